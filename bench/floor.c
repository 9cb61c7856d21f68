/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The floor: a hand-written start that does only what cannot be avoided,
 * with everything known at link time: copy .tdata, zero .tbss (word
 * stores), make the thread pointer point at it, call main. No vectors
 * parsed, no headers read, no constructors. bench/floor.lds gives the
 * image bounds.
 */
#include "image.h"

typedef unsigned long word;
extern char _tdata_start[], _tdata_end[], _tbss_end[];

#define ALIGN 16
static unsigned char area[IMAGE_SIZE + 64 + 2 * ALIGN] __attribute__((aligned(ALIGN)));

__attribute__((noreturn, used)) void floor_start(void)
{
    word filesz = (word)(_tdata_end - _tdata_start), memsz = (word)(_tbss_end - _tdata_start);
#if defined(__x86_64__)
    word *block = (word *)area;
    word tp = (word)area + ((memsz + ALIGN - 1) & ~(word)(ALIGN - 1));
#else
    word tp = (word)area;
    word *block = (word *)(area + 16); /* aarch64: 16-byte control block */
#endif
    word const *src = (word const *)_tdata_start;
    word i = 0, nf = filesz / sizeof(word), nm = memsz / sizeof(word);
    /* Word stores, eight a round, as any good copy loop does. */
    for (; i + 8 <= nf; i += 8) {
        for (int k = 0; k < 8; k++) {
            block[i + k] = src[i + k];
        }
    }
    for (; i < nf; i++) {
        block[i] = src[i];
    }
    for (; i + 8 <= nm; i += 8) {
        for (int k = 0; k < 8; k++) {
            block[i + k] = 0;
        }
    }
    for (; i < nm; i++) {
        block[i] = 0;
    }
#if defined(__x86_64__)
    *(word *)tp = tp;
    __asm__ __volatile__("syscall" ::"a"(158), "D"(0x1002), "S"(tp) : "rcx", "r11", "memory");
#else
    __asm__ __volatile__("msr tpidr_el0, %0" ::"r"(tp));
#endif
    main();
    __builtin_unreachable();
}

#if defined(__x86_64__)
__asm__(".globl _start\n_start:\n xor %ebp, %ebp\n and $-16, %rsp\n call floor_start\n");
#else
__asm__(".globl _start\n_start:\n mov x29, #0\n mov x30, #0\n bl floor_start\n");
#endif
