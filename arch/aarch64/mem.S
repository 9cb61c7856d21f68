/*
 * sel4rt_copy and sel4rt_zero for aarch64: 128 bytes a round through
 * q-register pairs, and DC ZVA (a whole cache block per instruction) for
 * large zeroing when DCZID_EL0 says user code may use it. Replaces
 * src/mem.c. Unaligned accesses are fine: TLS lives in normal memory.
 *
 * The last bytes are moved by one store of a vector ending at the last
 * byte, overlapping what went before, rather than by a ladder of smaller
 * stores (the source and destination never overlap each other).
 */
    .text

/* void sel4rt_copy(void *dst, void const *src, size_t n) */
    .global sel4rt_copy
    .type sel4rt_copy, %function
sel4rt_copy:
    add x4, x1, x2               /* source end */
    add x5, x0, x2               /* destination end */
    cmp x2, #32
    b.lo 5f
    subs x2, x2, #128
    b.lo 2f
1:  ldp q0, q1, [x1], #128
    ldp q2, q3, [x1, #-96]
    ldp q4, q5, [x1, #-64]
    ldp q6, q7, [x1, #-32]
    stp q0, q1, [x0], #128
    stp q2, q3, [x0, #-96]
    stp q4, q5, [x0, #-64]
    stp q6, q7, [x0, #-32]
    subs x2, x2, #128
    b.hs 1b
2:  tbz x2, #6, 3f               /* 0..127 left: 64, then 32, then the last 32 */
    ldp q0, q1, [x1], #64
    ldp q2, q3, [x1, #-32]
    stp q0, q1, [x0], #64
    stp q2, q3, [x0, #-32]
3:  tbz x2, #5, 4f
    ldp q0, q1, [x1]
    stp q0, q1, [x0]
4:  ldp q0, q1, [x4, #-32]
    stp q0, q1, [x5, #-32]
    ret
5:  tbz x2, #4, 6f               /* 16..31 */
    ldr q0, [x1]
    ldr q1, [x4, #-16]
    str q0, [x0]
    str q1, [x5, #-16]
    ret
6:  tbz x2, #3, 7f               /* 8..15 */
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
    movi v0.16b, #0
    cmp x1, #32
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
1:  stp q0, q0, [x0]             /* head, 64 bytes at a time: may run past the boundary */
    stp q0, q0, [x0, #32]
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
    cmp x1, #32
    b.lo 7f
3:  subs x1, x1, #128
    b.lo 5f
4:  stp q0, q0, [x0], #128
    stp q0, q0, [x0, #-96]
    stp q0, q0, [x0, #-64]
    stp q0, q0, [x0, #-32]
    subs x1, x1, #128
    b.hs 4b
5:  tbz x1, #6, 6f               /* 0..127 left: 64, then 32, then the last 32 */
    stp q0, q0, [x0], #64
    stp q0, q0, [x0, #-32]
6:  tbz x1, #5, 8f
    stp q0, q0, [x0]
8:  stp q0, q0, [x5, #-32]
    ret
7:  tbz x1, #4, 9f               /* 16..31 */
    str q0, [x0]
    str q0, [x5, #-16]
    ret
9:  tbz x1, #3, 10f              /* 8..15 */
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
