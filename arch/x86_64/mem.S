/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * sel4rt_copy and sel4rt_zero for x86_64, in general-purpose registers
 * only: these run in any thread, and a seL4 thread may have its FPU
 * disabled (seL4_TCBFlag_fpuDisabled), where one SSE or AVX instruction
 * is a fault; with lazy FPU switching it would cost a kernel trap and FPU
 * state on every later switch. Replaces src/mem.c.
 *
 * From 8 bytes: rep movsq / rep stosq (fast strings, one instruction for
 * every 8 bytes), then one word ending at the last byte, overlapping what
 * went before (the source and destination never overlap each other).
 * Below 8: rep movsb / rep stosb. Small on purpose: a root task pays for
 * every byte of the runtime.
 */
    .text

/* void sel4rt_copy(void *dst, void const *src, size_t n) */
    .global sel4rt_copy
    .type sel4rt_copy, @function
sel4rt_copy:
    mov %rdx, %rcx
    cmp $8, %rdx
    jb 1f
    mov -8(%rsi,%rdx), %r8       /* the last word, moved after the rounds */
    lea -8(%rdi,%rdx), %r9
    shr $3, %rcx
    rep movsq
    mov %r8, (%r9)
    ret
1:  rep movsb
    ret
    .size sel4rt_copy, . - sel4rt_copy

/* void sel4rt_zero(void *dst, size_t n) */
    .global sel4rt_zero
    .type sel4rt_zero, @function
sel4rt_zero:
    xor %eax, %eax
    mov %rsi, %rcx
    cmp $8, %rsi
    jb 1f
    lea -8(%rdi,%rsi), %r9
    shr $3, %rcx
    rep stosq
    mov %rax, (%r9)
    ret
1:  rep stosb
    ret
    .size sel4rt_zero, . - sel4rt_zero

    .section .note.GNU-stack, "", %progbits
