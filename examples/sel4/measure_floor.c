/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The floor for measure.c's start-up count on x86_64 (bench/RESULTS.md,
 * "On seL4"): a root-task start that does only what a correct drop-in
 * runtime with issue 12's root-stack guard and AT_RANDOM must do, written
 * by hand so that nothing is spent that need not be. Built instead of the
 * runtime's entry with -DSEL4RT_MEASURE_FLOOR=ON; counted from floor_start
 * to main. A failed check stops at ud2. Left out, though sel4rt or
 * sel4runtime do them: diagnostics, building argv, envp and auxv at run
 * time (here they are fixed at link time), images larger than its area,
 * and any help for new threads.
 *
 * With -DSEL4RT_MEASURE_FLOOR=LINKED the layout comes from the linker
 * instead (measure_floor.lds): no program-header search, no placement
 * arithmetic, and the fit is checked at link time. That is the least a
 * runtime could do that knows the image when it is linked.
 */
#include <sel4/sel4.h>

#if !defined(CONFIG_ARCH_X86_64)
#error "the floor is written for x86_64 only"
#endif

#define FLOOR_STACK 16384
#define FLOOR_AREA (16384 + 8192) /* measure.c's largest image below 64 KiB, 4 KiB-aligned */
#define FLOOR_STR(x) #x
#define FLOOR_S(x) FLOOR_STR(x)
#ifndef FLOOR_LINKED
#define FLOOR_LINKED 0
#endif

seL4_BootInfo *floor_bootinfo;
static seL4_Word floor_random[2];
/* main's argv {"rootserver"}, an empty envp, and after it the auxv with AT_RANDOM, as musl reads them. */
static seL4_Word floor_vectors[] __attribute__((used)) = {(seL4_Word) "rootserver", 0, 0, 25 /* AT_RANDOM */, (seL4_Word)floor_random, 0, 0};

/* The guard page, the stack above it, and the TLS area, in .bss. */
static char floor_root[4096 + FLOOR_STACK] __attribute__((aligned(4096), used));
char floor_area[FLOOR_AREA] __attribute__((aligned(16))); /* measure_floor.lds reads it */

/* libsel4's numbers for the assembly below (they depend on the configuration). */
__attribute__((used)) static void floor_constants(void)
{
    __asm__(".set FLOOR_BI_IPC, %c0\n"
            ".set FLOOR_BI_FRAMES, %c1\n"
            ".set FLOOR_SYS_TLS, %c2\n"
            ".set FLOOR_SYS_CALL, %c3\n"
            ".set FLOOR_UNMAP_INFO, %c4\n"
            :
            : "i"(__builtin_offsetof(seL4_BootInfo, ipcBuffer)),
              "i"(__builtin_offsetof(seL4_BootInfo, userImageFrames.start)),
              "i"(seL4_SysSetTLSBase), "i"(seL4_SysCall), "i"((seL4_Word)X86PageUnmap << 12));
}

/*
 * The kernel passes the bootinfo in rdi and gives no stack. A system call
 * keeps rsp in rbx, as libsel4 does: the kernel does not restore it.
 */
#if FLOOR_LINKED
/* Block, thread pointer and .tdata where the linker placed them; tp in rax and r12, as below. */
#define FLOOR_LAYOUT                                                            \
    "    mov $floor_tp, %eax\n"                                                 \
    "    mov %rax, (%rax)\n"                                                    \
    "    mov %rax, %r12\n"                                                      \
    "    mov $floor_block, %edi\n"                                              \
    "    mov $floor_tdata, %esi\n"                                              \
    "    mov $floor_tdata_words, %ecx\n"                                        \
    "    rep movsq\n"                                                           \
    "    mov $floor_tdata_bytes, %ecx\n"                                        \
    "    rep movsb\n"
#else
#define FLOOR_LAYOUT                                                            \
    /* PT_TLS, from the last program header back: GNU ld puts it near the end. */ \
    "    lea __ehdr_start(%rip), %rax\n"                                        \
    "    movzwl 56(%rax), %ecx\n"              /* e_phnum */                    \
    "    imul $56, %ecx, %ecx\n"                                                \
    "    add 32(%rax), %rax\n"                 /* e_phoff: the first header */  \
    "    lea -56(%rax,%rcx), %rsi\n"                                            \
    "1:  cmpl $7, (%rsi)\n"                    /* PT_TLS */                     \
    "    je 2f\n"                                                               \
    "    sub $56, %rsi\n"                                                       \
    "    cmp %rax, %rsi\n"                                                      \
    "    jae 1b\n"                                                              \
    "    ud2\n"                                                                 \
    /* Variant II: the block ends at tp, both at p_align. */                    \
    "2:  mov 48(%rsi), %rcx\n"                 /* p_align */                    \
    "    dec %rcx\n"                                                            \
    "    lea floor_area(%rip), %rdi\n"                                          \
    "    add %rcx, %rdi\n"                                                      \
    "    mov 40(%rsi), %rax\n"                 /* p_memsz */                    \
    "    add %rcx, %rax\n"                                                      \
    "    not %rcx\n"                                                            \
    "    and %rcx, %rdi\n"                     /* the block */                  \
    "    and %rcx, %rax\n"                                                      \
    "    add %rdi, %rax\n"                     /* tp */                         \
    "    cmp $floor_area+" FLOOR_S(FLOOR_AREA) "-8, %rax\n" /* tp and its self-pointer fit */ \
    "    ja 9f\n"                                                               \
    "    mov %rax, (%rax)\n"                                                    \
    "    mov %rax, %r12\n"                                                      \
    "    mov 32(%rsi), %rcx\n"                 /* p_filesz */                   \
    "    mov 16(%rsi), %rsi\n"                 /* p_vaddr */                    \
    "    mov %ecx, %edx\n"                                                      \
    "    shr $3, %rcx\n"                                                        \
    "    rep movsq\n"                          /* 8 bytes a step, the most this CPU counts */ \
    "    and $7, %edx\n"                                                        \
    "    mov %edx, %ecx\n"                                                      \
    "    rep movsb\n"
#endif

__asm__(".text\n"
        ".globl floor_start\n"
        "floor_start:\n"
        "    lea floor_root+4096+" FLOOR_S(FLOOR_STACK) "(%rip), %rsp\n"
        "    mov %rdi, %rbp\n"
        "    mov %rdi, floor_bootinfo(%rip)\n"
        FLOOR_LAYOUT
        "    mov %r12, %rdi\n"
        "    mov $FLOOR_SYS_TLS, %rdx\n"
        "    mov %rsp, %rbx\n"
        "    syscall\n"
        "    mov %rbx, %rsp\n"
        "    mov FLOOR_BI_IPC(%rbp), %rax\n"
        "    mov %rax, %fs:__sel4_ipc_buffer@tpoff\n"
        /* The guard: the frame cap of the page under the stack. */
        "    mov $floor_root, %edi\n"
        "    sub $__executable_start, %rdi\n"
        "    shr $12, %rdi\n"
        "    add FLOOR_BI_FRAMES(%rbp), %rdi\n"
        "    mov $FLOOR_UNMAP_INFO, %esi\n"
        "    mov $FLOOR_SYS_CALL, %rdx\n"
        "    mov %rsp, %rbx\n"
        "    syscall\n"
        "    mov %rbx, %rsp\n"
        "    shr $12, %rsi\n"                      /* the reply's label: the error */
        "    jnz 9f\n"
        "    mov $1, %eax\n"
        "    cpuid\n"
        "    bt $30, %ecx\n"                       /* RDRAND, as sel4rt (the guide says why not RDSEED) */
        "    jc 6f\n"
        "    rdtsc\n"
        "    shl $32, %rdx\n"
        "    or %rdx, %rax\n"
        "    xor %rbp, %rax\n"
        "    mov %rax, floor_random(%rip)\n"
        "    xor %rsp, %rax\n"
        "    mov %rax, floor_random+8(%rip)\n"
        /* Constructors in sel4runtime's order: .preinit_array, _init, .init_array. */
        "3:  mov $__preinit_array_start, %ebx\n"
        "4:  cmp $__preinit_array_end, %rbx\n"
        "    jae 10f\n"
        "    call *(%rbx)\n"
        "    add $8, %rbx\n"
        "    jmp 4b\n"
        "10: call _init\n"
        "    mov $__init_array_start, %ebx\n"
        "7:  cmp $__init_array_end, %rbx\n"
        "    jae 8f\n"
        "    call *(%rbx)\n"
        "    add $8, %rbx\n"
        "    jmp 7b\n"
        "8:  mov $1, %edi\n"                      /* main(argc, argv, envp), as sel4runtime calls it */
        "    mov $floor_vectors, %esi\n"
        "    mov $floor_vectors+16, %edx\n"
        "    call main\n"
        "9:  ud2\n"
        "6:  rdrand %rax\n"
        "    jnc 6b\n"
        "    mov %rax, floor_random(%rip)\n"
        "61: rdrand %rax\n"
        "    jnc 61b\n"
        "    mov %rax, floor_random+8(%rip)\n"
        "    jmp 3b\n");
