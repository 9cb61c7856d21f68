/*
 * sel4rt_copy and sel4rt_zero for x86_64: 32-byte AVX moves when the CPU
 * has AVX and the kernel has enabled its register state (CPUID says
 * OSXSAVE and AVX, XCR0 has the XMM and YMM bits; seL4 enables YMM only
 * with KernelXSaveFeatureSet including it), else the 16-byte SSE2 moves
 * every x86_64 has. Replaces src/mem.c.
 *
 * Below two vector widths, two overlapping moves of the widest size that
 * fits do the job without a loop; above, rounds of eight vectors, then
 * one last vector ending at the last byte (overlapping is harmless: the
 * source and destination never overlap each other).
 */
    .text

/*
 * 0 until the first call finds out, then 16 or 32. Racing first calls
 * write the same value. Global (hidden) so a test can force 16.
 */
    .bss
    .global sel4rt_x86_vec_width
    .hidden sel4rt_x86_vec_width
sel4rt_x86_vec_width:
    .byte 0
    .text

/* eax := usable vector width. Keeps rdi, rsi, rdx. */
    .type vec_detect, @function
vec_detect:
    push %rbx
    mov %rdx, %r9
    mov $16, %r10d
    mov $1, %eax
    cpuid
    and $0x18000000, %ecx /* OSXSAVE (bit 27) and AVX (bit 28) */
    cmp $0x18000000, %ecx
    jne 1f
    xor %ecx, %ecx
    xgetbv /* XCR0: only readable when OSXSAVE is set */
    and $6, %eax
    cmp $6, %eax
    jne 1f
    mov $32, %r10d
1:  mov %r10b, sel4rt_x86_vec_width(%rip)
    mov %r10d, %eax
    mov %r9, %rdx
    pop %rbx
    ret
    .size vec_detect, . - vec_detect

/* rdx > 2 * \w bytes from (rsi) to (rdi), \w bytes a move through \r\()0..7. */
.macro COPY_ROUNDS w, r, mov
    xor %ecx, %ecx
    lea -8*\w(%rdx), %r8
    cmp $8*\w, %rdx
    jb 2f
1:  \mov 0*\w(%rsi,%rcx), %\r\()0
    \mov 1*\w(%rsi,%rcx), %\r\()1
    \mov 2*\w(%rsi,%rcx), %\r\()2
    \mov 3*\w(%rsi,%rcx), %\r\()3
    \mov 4*\w(%rsi,%rcx), %\r\()4
    \mov 5*\w(%rsi,%rcx), %\r\()5
    \mov 6*\w(%rsi,%rcx), %\r\()6
    \mov 7*\w(%rsi,%rcx), %\r\()7
    \mov %\r\()0, 0*\w(%rdi,%rcx)
    \mov %\r\()1, 1*\w(%rdi,%rcx)
    \mov %\r\()2, 2*\w(%rdi,%rcx)
    \mov %\r\()3, 3*\w(%rdi,%rcx)
    \mov %\r\()4, 4*\w(%rdi,%rcx)
    \mov %\r\()5, 5*\w(%rdi,%rcx)
    \mov %\r\()6, 6*\w(%rdi,%rcx)
    \mov %\r\()7, 7*\w(%rdi,%rcx)
    add $8*\w, %rcx
    cmp %r8, %rcx
    jbe 1b
2:  lea -\w(%rdx), %r8
    jmp 4f
3:  \mov (%rsi,%rcx), %\r\()0
    \mov %\r\()0, (%rdi,%rcx)
    add $\w, %rcx
4:  cmp %r8, %rcx
    jb 3b
    \mov -\w(%rsi,%rdx), %\r\()0
    \mov %\r\()0, -\w(%rdi,%rdx)
.endm

/* The same for zeroing rsi > 2 * \w bytes at (rdi), with \r\()0 already zero. */
.macro ZERO_ROUNDS w, r, mov
    xor %ecx, %ecx
    lea -8*\w(%rsi), %r8
    cmp $8*\w, %rsi
    jb 2f
1:  \mov %\r\()0, 0*\w(%rdi,%rcx)
    \mov %\r\()0, 1*\w(%rdi,%rcx)
    \mov %\r\()0, 2*\w(%rdi,%rcx)
    \mov %\r\()0, 3*\w(%rdi,%rcx)
    \mov %\r\()0, 4*\w(%rdi,%rcx)
    \mov %\r\()0, 5*\w(%rdi,%rcx)
    \mov %\r\()0, 6*\w(%rdi,%rcx)
    \mov %\r\()0, 7*\w(%rdi,%rcx)
    add $8*\w, %rcx
    cmp %r8, %rcx
    jbe 1b
2:  lea -\w(%rsi), %r8
    jmp 4f
3:  \mov %\r\()0, (%rdi,%rcx)
    add $\w, %rcx
4:  cmp %r8, %rcx
    jb 3b
    \mov %\r\()0, -\w(%rdi,%rsi)
.endm

/* void sel4rt_copy(void *dst, void const *src, size_t n) */
    .global sel4rt_copy
    .type sel4rt_copy, @function
sel4rt_copy:
    cmp $16, %rdx
    jb .Lcopy_small
    cmp $32, %rdx
    jbe .Lcopy_two16
    movzbl sel4rt_x86_vec_width(%rip), %eax
    test %eax, %eax
    jnz 1f
    call vec_detect
1:  cmp $32, %eax
    jne .Lcopy_sse
    cmp $64, %rdx
    jbe .Lcopy_two32
    COPY_ROUNDS 32, ymm, vmovdqu
    vzeroupper
    ret
.Lcopy_two32: /* 33..64 */
    vmovdqu (%rsi), %ymm0
    vmovdqu -32(%rsi,%rdx), %ymm1
    vmovdqu %ymm0, (%rdi)
    vmovdqu %ymm1, -32(%rdi,%rdx)
    vzeroupper
    ret
.Lcopy_sse: /* above 32 */
    COPY_ROUNDS 16, xmm, movdqu
    ret
.Lcopy_two16: /* 16..32 */
    movdqu (%rsi), %xmm0
    movdqu -16(%rsi,%rdx), %xmm1
    movdqu %xmm0, (%rdi)
    movdqu %xmm1, -16(%rdi,%rdx)
    ret
.Lcopy_small: /* 0..15 */
    cmp $8, %rdx
    jb 1f
    mov (%rsi), %rax
    mov -8(%rsi,%rdx), %rcx
    mov %rax, (%rdi)
    mov %rcx, -8(%rdi,%rdx)
    ret
1:  cmp $4, %rdx
    jb 2f
    mov (%rsi), %eax
    mov -4(%rsi,%rdx), %ecx
    mov %eax, (%rdi)
    mov %ecx, -4(%rdi,%rdx)
    ret
2:  test %rdx, %rdx
    jz 3f
    movzbl (%rsi), %eax
    mov %al, (%rdi)
    cmp $2, %rdx
    jb 3f
    movzwl -2(%rsi,%rdx), %eax /* bytes n-2, n-1 (byte 0 again when n is 2) */
    mov %ax, -2(%rdi,%rdx)
3:  ret
    .size sel4rt_copy, . - sel4rt_copy

/* void sel4rt_zero(void *dst, size_t n) */
    .global sel4rt_zero
    .type sel4rt_zero, @function
sel4rt_zero:
    cmp $16, %rsi
    jb .Lzero_small
    pxor %xmm0, %xmm0
    cmp $32, %rsi
    jbe .Lzero_two16
    movzbl sel4rt_x86_vec_width(%rip), %eax
    test %eax, %eax
    jnz 1f
    call vec_detect
1:  cmp $32, %eax
    jne .Lzero_sse
    vpxor %xmm0, %xmm0, %xmm0 /* clears all of ymm0 */
    cmp $64, %rsi
    jbe .Lzero_two32
    ZERO_ROUNDS 32, ymm, vmovdqu
    vzeroupper
    ret
.Lzero_two32: /* 33..64 */
    vmovdqu %ymm0, (%rdi)
    vmovdqu %ymm0, -32(%rdi,%rsi)
    vzeroupper
    ret
.Lzero_sse: /* above 32 */
    ZERO_ROUNDS 16, xmm, movdqu
    ret
.Lzero_two16: /* 16..32 */
    movdqu %xmm0, (%rdi)
    movdqu %xmm0, -16(%rdi,%rsi)
    ret
.Lzero_small: /* 0..15 */
    xor %eax, %eax
    cmp $8, %rsi
    jb 1f
    mov %rax, (%rdi)
    mov %rax, -8(%rdi,%rsi)
    ret
1:  cmp $4, %rsi
    jb 2f
    mov %eax, (%rdi)
    mov %eax, -4(%rdi,%rsi)
    ret
2:  test %rsi, %rsi
    jz 3f
    mov %al, (%rdi)
    mov %al, -1(%rdi,%rsi)
    cmp $3, %rsi
    jb 3f
    mov %al, 1(%rdi) /* n is 3 */
3:  ret
    .size sel4rt_zero, . - sel4rt_zero
    .section .note.GNU-stack, "", @progbits
