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
 * From 64 bytes: rep movsq / rep stosq (fast strings, one instruction
 * for every 8 bytes), then one word ending at the last byte. Below 64:
 * two overlapping runs of the widest size that fits, no loop (the source
 * and destination never overlap each other).
 */
    .text

/* void sel4rt_copy(void *dst, void const *src, size_t n) */
    .global sel4rt_copy
    .type sel4rt_copy, @function
sel4rt_copy:
    cmp $64, %rdx
    jb 1f
    mov -8(%rsi,%rdx), %r8       /* the last word, moved after the rounds */
    lea -8(%rdi,%rdx), %r9
    mov %rdx, %rcx
    shr $3, %rcx
    rep movsq
    mov %r8, (%r9)
    ret
1:  cmp $16, %rdx
    jb 2f
    mov (%rsi), %r8              /* 16..63: 16 or 32 from each end */
    mov 8(%rsi), %r9
    mov -16(%rsi,%rdx), %r10
    mov -8(%rsi,%rdx), %r11
    cmp $32, %rdx
    jb 5f
    mov 16(%rsi), %rax
    mov 24(%rsi), %rcx
    mov %rax, 16(%rdi)
    mov %rcx, 24(%rdi)
    mov -32(%rsi,%rdx), %rax
    mov -24(%rsi,%rdx), %rcx
    mov %rax, -32(%rdi,%rdx)
    mov %rcx, -24(%rdi,%rdx)
5:  mov %r8, (%rdi)
    mov %r9, 8(%rdi)
    mov %r10, -16(%rdi,%rdx)
    mov %r11, -8(%rdi,%rdx)
    ret
2:  cmp $8, %rdx                 /* 8..15 */
    jb 3f
    mov (%rsi), %r8
    mov -8(%rsi,%rdx), %r9
    mov %r8, (%rdi)
    mov %r9, -8(%rdi,%rdx)
    ret
3:  cmp $4, %rdx                 /* 4..7 */
    jb 4f
    mov (%rsi), %r8d
    mov -4(%rsi,%rdx), %r9d
    mov %r8d, (%rdi)
    mov %r9d, -4(%rdi,%rdx)
    ret
4:  test %rdx, %rdx              /* 1..3: the first byte, then the last two */
    jz 6f
    movzbl (%rsi), %r8d
    mov %r8b, (%rdi)
    cmp $2, %rdx
    jb 6f
    movzwl -2(%rsi,%rdx), %r8d
    mov %r8w, -2(%rdi,%rdx)
6:  ret
    .size sel4rt_copy, . - sel4rt_copy

/* void sel4rt_zero(void *dst, size_t n) */
    .global sel4rt_zero
    .type sel4rt_zero, @function
sel4rt_zero:
    xor %eax, %eax
    cmp $64, %rsi
    jb 1f
    lea -8(%rdi,%rsi), %r9
    mov %rsi, %rcx
    shr $3, %rcx
    rep stosq
    mov %rax, (%r9)
    ret
1:  cmp $16, %rsi                /* 16..63 */
    jb 2f
    mov %rax, (%rdi)
    mov %rax, 8(%rdi)
    mov %rax, -16(%rdi,%rsi)
    mov %rax, -8(%rdi,%rsi)
    cmp $32, %rsi
    jb 6f
    mov %rax, 16(%rdi)
    mov %rax, 24(%rdi)
    mov %rax, -32(%rdi,%rsi)
    mov %rax, -24(%rdi,%rsi)
    ret
2:  cmp $8, %rsi                 /* 8..15 */
    jb 3f
    mov %rax, (%rdi)
    mov %rax, -8(%rdi,%rsi)
    ret
3:  cmp $4, %rsi                 /* 4..7 */
    jb 4f
    mov %eax, (%rdi)
    mov %eax, -4(%rdi,%rsi)
    ret
4:  test %rsi, %rsi              /* 1..3 */
    jz 6f
    mov %al, (%rdi)
    cmp $2, %rsi
    jb 6f
    mov %ax, -2(%rdi,%rsi)
6:  ret
    .size sel4rt_zero, . - sel4rt_zero
    .section .note.GNU-stack, "", %progbits
