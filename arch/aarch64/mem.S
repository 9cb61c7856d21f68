/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * sel4rt_copy and sel4rt_zero for aarch64, in general-purpose registers
 * only: these run in any thread, and a seL4 thread may have its FPU
 * disabled (seL4_TCBFlag_fpuDisabled), where one q-register access is a
 * fault; with lazy FPU switching it would cost a kernel trap and FPU state
 * on every later switch. 128 bytes a round through x-register pairs.
 * Replaces src/mem.c. Unaligned accesses are fine: TLS lives in normal
 * memory.
 *
 * From 16 bytes, the last bytes are moved by one 16-byte pair ending at
 * the last byte, overlapping what went before (the source and destination
 * never overlap each other). Below 8, byte by byte: small on purpose, as
 * a root task pays for every byte of the runtime.
 */
    .text

/* void sel4rt_copy(void *dst, void const *src, size_t n) */
    .global sel4rt_copy
    .type sel4rt_copy, %function
sel4rt_copy:
    add x4, x1, x2               /* source end */
    add x5, x0, x2               /* destination end */
    cmp x2, #16
    b.lo 5f
    subs x2, x2, #128
    b.lo 11f
1:  ldp x6, x7, [x1], #128
    ldp x8, x9, [x1, #-112]
    ldp x10, x11, [x1, #-96]
    ldp x12, x13, [x1, #-80]
    stp x6, x7, [x0], #128
    stp x8, x9, [x0, #-112]
    stp x10, x11, [x0, #-96]
    stp x12, x13, [x0, #-80]
    ldp x6, x7, [x1, #-64]
    ldp x8, x9, [x1, #-48]
    ldp x10, x11, [x1, #-32]
    ldp x12, x13, [x1, #-16]
    stp x6, x7, [x0, #-64]
    stp x8, x9, [x0, #-48]
    stp x10, x11, [x0, #-32]
    stp x12, x13, [x0, #-16]
    subs x2, x2, #128
    b.hs 1b
11: tbz x2, #6, 2f               /* 0..127 left: 64, 32, 16, then the last 16 */
    ldp x6, x7, [x1], #64
    ldp x8, x9, [x1, #-48]
    ldp x10, x11, [x1, #-32]
    ldp x12, x13, [x1, #-16]
    stp x6, x7, [x0], #64
    stp x8, x9, [x0, #-48]
    stp x10, x11, [x0, #-32]
    stp x12, x13, [x0, #-16]
2:  tbz x2, #5, 3f
    ldp x6, x7, [x1], #32
    ldp x8, x9, [x1, #-16]
    stp x6, x7, [x0], #32
    stp x8, x9, [x0, #-16]
3:  tbz x2, #4, 4f
    ldp x6, x7, [x1]
    stp x6, x7, [x0]
4:  ldp x6, x7, [x4, #-16]
    stp x6, x7, [x5, #-16]
    ret
5:  tbz x2, #3, 7f               /* 8..15 */
    ldr x6, [x1]
    ldr x7, [x4, #-8]
    str x6, [x0]
    str x7, [x5, #-8]
    ret
7:  cbz x2, 9f                   /* 1..7 */
8:  ldrb w6, [x1], #1
    strb w6, [x0], #1
    cmp x0, x5
    b.ne 8b
9:  ret
    .size sel4rt_copy, . - sel4rt_copy

/* void sel4rt_zero(void *dst, size_t n) */
    .global sel4rt_zero
    .type sel4rt_zero, %function
sel4rt_zero:
    add x5, x0, x1               /* end */
    cmp x1, #16
    b.lo 7f
    subs x1, x1, #64
    b.lo 5f
4:  stp xzr, xzr, [x0], #64
    stp xzr, xzr, [x0, #-48]
    stp xzr, xzr, [x0, #-32]
    stp xzr, xzr, [x0, #-16]
    subs x1, x1, #64
    b.hs 4b
5:  tbz x1, #5, 6f               /* 0..63 left: 32, then 16, then the last 16 */
    stp xzr, xzr, [x0], #32
    stp xzr, xzr, [x0, #-16]
6:  tbz x1, #4, 8f
    stp xzr, xzr, [x0]
8:  stp xzr, xzr, [x5, #-16]
    ret
7:  tbz x1, #3, 10f              /* 8..15 */
    str xzr, [x0]
    str xzr, [x5, #-8]
    ret
10: cbz x1, 12f                  /* 1..7 */
11: strb wzr, [x0], #1
    cmp x0, x5
    b.ne 11b
12: ret
    .size sel4rt_zero, . - sel4rt_zero

    .section .note.GNU-stack, "", %progbits
