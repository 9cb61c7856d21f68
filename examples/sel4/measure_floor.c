/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The floor for measure.c's start-up count on x86_64 (bench/RESULTS.md,
 * "On seL4"): a root-task start that does only what every drop-in runtime
 * with a root-stack guard page must do, written to be as short as it can
 * be. Built instead of sel4rt's entry with -DSEL4RT_MEASURE_FLOOR=ON; the
 * count is from floor_start to main.
 *
 * What it does: find PT_TLS through the ELF headers (a drop-in does not own
 * the linker script, so nothing else gives the image's size and alignment),
 * place the block at the image's alignment in zeroed .bss (so .tbss needs
 * no stores), copy .tdata, store the x86_64 TCB self-pointer, set the
 * thread pointer and the IPC buffer, unmap the frame under the stack, fill
 * AT_RANDOM, run _init and the init arrays, call main. What it leaves out,
 * although sel4rt or sel4runtime do it: every check, building argv, envp
 * and auxv at run time, images larger than its area, and any help for new
 * threads.
 */
#include <sel4/sel4.h>

#if !defined(CONFIG_ARCH_X86_64)
#error "the floor is written for x86_64 only"
#endif

typedef void (*floor_fn)(void);

extern const char __ehdr_start[], __executable_start[];
extern floor_fn __preinit_array_start[], __preinit_array_end[];
extern floor_fn __init_array_start[], __init_array_end[];
extern void _init(void);
extern int main(void);

seL4_BootInfo *floor_bootinfo;

/* The guard page, then the stack above it, each page-aligned in .bss. */
static struct {
    char guard[4096];
    char stack[16384];
} floor_root __attribute__((aligned(4096)));

/* Room for measure.c's largest image below 64 KiB at 4 KiB alignment. */
static char floor_area[16384 + 8192] __attribute__((aligned(16)));

/*
 * AT_RANDOM as issue 12 asks: RDSEED or RDRAND when CPUID has them, else
 * the time-stamp counter mixed with addresses. The auxiliary vector that
 * hands it on is fixed at link time, so costs nothing here.
 */
static seL4_Word floor_random[2];
seL4_Word floor_auxv[4] = {25 /* AT_RANDOM */, (seL4_Word)floor_random, 0, 0};

/* One word from RDSEED or RDRAND, retried until the carry flag says it is good. */
#define FLOOR_HW_WORD(insn, out)                                                       \
    do {                                                                               \
        unsigned char ok_;                                                             \
        do {                                                                           \
            __asm__ volatile(insn " %0; setc %1" : "=r"(out), "=qm"(ok_));             \
        } while (!ok_);                                                                \
    } while (0)

static inline void floor_entropy(seL4_Word mix)
{
    unsigned a, b, c, d;
    seL4_Word r0, r1;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(7), "c"(0));
    if (b & (1u << 18)) {
        FLOOR_HW_WORD("rdseed", r0);
        FLOOR_HW_WORD("rdseed", r1);
    } else {
        __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
        if (c & (1u << 30)) {
            FLOOR_HW_WORD("rdrand", r0);
            FLOOR_HW_WORD("rdrand", r1);
        } else {
            __asm__ volatile("rdtsc" : "=a"(a), "=d"(d));
            r0 = ((seL4_Word)d << 32 | a) ^ mix;
            r1 = r0 * 0x9e3779b97f4a7c15u ^ (seL4_Word)&r0;
        }
    }
    floor_random[0] = r0;
    floor_random[1] = r1;
}

__attribute__((noreturn, used)) void floor_main(seL4_BootInfo *bi)
{
    floor_bootinfo = bi;
    /* PT_TLS, from the last header back: GNU ld puts it near the end. */
    const unsigned char *eh = (const unsigned char *)__ehdr_start;
    const unsigned char *first = eh + *(const seL4_Word *)(eh + 32);       /* e_phoff */
    const unsigned char *ph = first + 56 * (*(const unsigned short *)(eh + 56) - 1);
    while (*(const unsigned *)ph != 7) {
        if (ph == first) {
            __builtin_trap();
        }
        ph -= 56;
    }
    seL4_Word vaddr = *(const seL4_Word *)(ph + 16), filesz = *(const seL4_Word *)(ph + 32);
    seL4_Word memsz = *(const seL4_Word *)(ph + 40), mask = *(const seL4_Word *)(ph + 48) - 1;
    seL4_Word block = ((seL4_Word)floor_area + mask) & ~mask;
    seL4_Word tp = block + ((memsz + mask) & ~mask);
    *(seL4_Word *)tp = tp;
    /* Eight bytes per counted instruction: the most this CPU moves. */
    seL4_Word words = filesz / 8, dst = block, src = vaddr;
    __asm__ volatile("rep movsq" : "+c"(words), "+D"(dst), "+S"(src) : : "memory");
    words = filesz & 7;
    __asm__ volatile("rep movsb" : "+c"(words), "+D"(dst), "+S"(src) : : "memory");
    seL4_SetTLSBase(tp);
    seL4_SetIPCBuffer(bi->ipcBuffer);
    seL4_X86_Page_Unmap(bi->userImageFrames.start +
                        (((seL4_Word)floor_root.guard - (seL4_Word)__executable_start) >> 12));
    floor_entropy((seL4_Word)bi);
    _init();
    for (floor_fn *f = __preinit_array_start; f < __preinit_array_end; f++) {
        (*f)();
    }
    for (floor_fn *f = __init_array_start; f < __init_array_end; f++) {
        (*f)();
    }
    main();
    __builtin_unreachable();
}

/* The kernel passes the bootinfo in rdi and no stack. */
__asm__(".text\n"
        ".globl floor_start\n"
        "floor_start:\n"
        "    lea floor_root+4096+16384(%rip), %rsp\n"
        "    call floor_main\n");
