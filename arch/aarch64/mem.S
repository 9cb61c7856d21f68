/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * sel4rt_copy and sel4rt_zero for aarch64, in general-purpose registers
 * only: these run in any thread, and a seL4 thread may have its FPU
 * disabled (seL4_TCBFlag_fpuDisabled), where one q-register access is a
 * fault; with lazy FPU switching it would cost a kernel trap and FPU state
 * on every later switch. 64 bytes a round through x-register pairs, and
 * DC ZVA (a whole cache block per instruction, no FPU) for large zeroing
 * when DCZID_EL0 says user code may use it. Replaces src/mem.c.
 * Unaligned accesses are fine: TLS lives in normal memory.
 *
 * The last bytes are moved by one 16-byte pair ending at the last byte,
 * overlapping what went before (the source and destination never overlap
 * each other).
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
    subs x2, x2, #64
    b.lo 2f
1:  ldp x6, x7, [x1], #64
    ldp x8, x9, [x1, #-48]
    ldp x10, x11, [x1, #-32]
    ldp x12, x13, [x1, #-16]
    stp x6, x7, [x0], #64
    stp x8, x9, [x0, #-48]
    stp x10, x11, [x0, #-32]
    stp x12, x13, [x0, #-16]
    subs x2, x2, #64
    b.hs 1b
2:  tbz x2, #5, 3f               /* 0..63 left: 32, then 16, then the last 16 */
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
7:  tbz x2, #2, 8f               /* 4..7 */
    ldr w6, [x1]
    ldr w7, [x4, #-4]
    str w6, [x0]
    str w7, [x5, #-4]
    ret
8:  cbz x2, 9f                   /* 1..3: first byte, then the last two */
    ldrb w6, [x1]
    strb w6, [x0]
    cmp x2, #2
    b.lo 9f
    ldrh w7, [x4, #-2]
    strh w7, [x5, #-2]
9:  ret
    .size sel4rt_copy, . - sel4rt_copy

/* void sel4rt_zero(void *dst, size_t n) */
    .global sel4rt_zero
    .type sel4rt_zero, %function
sel4rt_zero:
    add x5, x0, x1               /* end */
    cmp x1, #16
    b.lo 7f
    cmp x1, #2048                /* DC ZVA only pays off over many blocks */
    b.lo 3f
    mrs x2, dczid_el0
    tbnz x2, #4, 3f              /* DZP: DC ZVA not allowed here */
    and x2, x2, #15
    mov x3, #4
    lsl x3, x3, x2               /* block size in bytes */
    cmp x3, #64
    b.lo 3f
    cmp x1, x3, lsl #2           /* at least four blocks */
    b.lo 3f
    sub x4, x3, #1
    add x6, x0, x4
    bic x6, x6, x4               /* first block boundary */
1:  stp xzr, xzr, [x0]           /* head, 64 bytes at a time: may run past the boundary */
    stp xzr, xzr, [x0, #16]
    stp xzr, xzr, [x0, #32]
    stp xzr, xzr, [x0, #48]
    add x0, x0, #64
    cmp x0, x6
    b.lo 1b
    mov x0, x6
    bic x6, x5, x4               /* last block boundary */
2:  dc zva, x0
    add x0, x0, x3
    cmp x0, x6
    b.lo 2b
    sub x1, x5, x0               /* the tail, below one block */
    cmp x1, #16
    b.lo 7f
3:  subs x1, x1, #64
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
10: tbz x1, #2, 11f              /* 4..7 */
    str wzr, [x0]
    str wzr, [x5, #-4]
    ret
11: cbz x1, 12f                  /* 1..3: first byte, then the last two */
    strb wzr, [x0]
    cmp x1, #2
    b.lo 12f
    strh wzr, [x5, #-2]
12: ret
    .size sel4rt_zero, . - sel4rt_zero
    .section .note.GNU-stack, "", %progbits
