/*
 * sel4rt_copy and sel4rt_zero for aarch64: 128 bytes a round through
 * q-register pairs, and DC ZVA (a whole cache block per instruction) for
 * zeroing when DCZID_EL0 says user code may use it. Replaces src/mem.c.
 * Unaligned accesses are fine: TLS lives in normal memory.
 */
    .text

/* void sel4rt_copy(void *dst, void const *src, size_t n) */
    .global sel4rt_copy
    .type sel4rt_copy, %function
sel4rt_copy:
    subs x2, x2, #128
    b.lo 2f
1:  ldp q0, q1, [x1]
    ldp q2, q3, [x1, #32]
    ldp q4, q5, [x1, #64]
    ldp q6, q7, [x1, #96]
    stp q0, q1, [x0]
    stp q2, q3, [x0, #32]
    stp q4, q5, [x0, #64]
    stp q6, q7, [x0, #96]
    add x1, x1, #128
    add x0, x0, #128
    subs x2, x2, #128
    b.hs 1b
2:  add x2, x2, #128            /* 0..127 left */
    tbz x2, #6, 3f
    ldp q0, q1, [x1], #32
    ldp q2, q3, [x1], #32
    stp q0, q1, [x0], #32
    stp q2, q3, [x0], #32
3:  tbz x2, #5, 4f
    ldp q0, q1, [x1], #32
    stp q0, q1, [x0], #32
4:  tbz x2, #4, 5f
    ldr q0, [x1], #16
    str q0, [x0], #16
5:  tbz x2, #3, 6f
    ldr x3, [x1], #8
    str x3, [x0], #8
6:  tbz x2, #2, 7f
    ldr w3, [x1], #4
    str w3, [x0], #4
7:  tbz x2, #1, 8f
    ldrh w3, [x1], #2
    strh w3, [x0], #2
8:  tbz x2, #0, 9f
    ldrb w3, [x1]
    strb w3, [x0]
9:  ret
    .size sel4rt_copy, . - sel4rt_copy

/* void sel4rt_zero(void *dst, size_t n) */
    .global sel4rt_zero
    .type sel4rt_zero, %function
sel4rt_zero:
    cmp x1, #512                 /* below this, plain stores win */
    b.lo 5f
    mrs x2, dczid_el0
    tbnz x2, #4, 5f              /* DZP: DC ZVA not allowed here */
    and x2, x2, #15
    mov x3, #4
    lsl x3, x3, x2               /* block size in bytes */
    sub x4, x3, #1
1:  tst x0, #15                  /* head: to 16 bytes, then to a block */
    b.eq 2f
    strb wzr, [x0], #1
    sub x1, x1, #1
    b 1b
2:  tst x0, x4
    b.eq 3f
    stp xzr, xzr, [x0], #16
    sub x1, x1, #16
    b 2b
3:  lsl x5, x3, #1               /* two blocks a round */
4:  cmp x1, x5
    b.lo 5f
    dc zva, x0
    add x0, x0, x3
    dc zva, x0
    add x0, x0, x3
    sub x1, x1, x5
    b 4b
5:  cmp x1, #64                  /* 64 bytes a round with plain stores */
    b.lo 6f
    stp xzr, xzr, [x0]
    stp xzr, xzr, [x0, #16]
    stp xzr, xzr, [x0, #32]
    stp xzr, xzr, [x0, #48]
    add x0, x0, #64
    sub x1, x1, #64
    b 5b
6:  cmp x1, #16
    b.lo 7f
    stp xzr, xzr, [x0], #16
    sub x1, x1, #16
    b 6b
7:  cbz x1, 8f
    strb wzr, [x0], #1
    sub x1, x1, #1
    b 7b
8:  ret
    .size sel4rt_zero, . - sel4rt_zero
    .section .note.GNU-stack, "", %progbits
