/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Entropy for AT_RANDOM and the stack-protector guard, from the best source
 * user mode has: x86's RDRAND when CPUID offers it; otherwise a
 * counter user mode may read (x86's time-stamp counter; on aarch64 only
 * when the kernel exports its virtual or physical count), mixed with
 * addresses. Without either, as on RISC-V, the result is predictable:
 * docs/guide.md says how strong each is.
 */
#include "sel4rt.h"

int sel4rt_entropy_source;

/*
 * Fold v into h so that every bit of either changes about half of the
 * result's (MurmurHash3's finaliser): a counter that differs only in its
 * low bits from run to run must still change every byte it feeds.
 */
/*@ assigns \nothing; */
uintptr_t sel4rt_mix(uintptr_t h, uintptr_t v)
{
    uintptr_t x = h ^ (v + (uintptr_t)0x9e3779b97f4a7c15ull);
#if __SIZEOF_POINTER__ == 8
    x ^= x >> 33;
    x *= (uintptr_t)0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= (uintptr_t)0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
#else
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
#endif
    return x;
}

/* x86's RDRAND, unless a build (a test) turns it off. */
#if (defined(__x86_64__) || defined(__i386__)) && !defined(SEL4RT_NO_HW_RANDOM)
#define SEL4RT_HW_RANDOM 1
#else
#define SEL4RT_HW_RANDOM 0
#endif

#if SEL4RT_HW_RANDOM
/* Whether CPUID offers RDRAND (leaf 1, ecx bit 30). */
static int have_rdrand(void)
{
    unsigned a = 1, b, c = 0, d;
    __asm__ __volatile__("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
    (void)b, (void)d;
    return (c >> 30) & 1;
}

/*
 * One word from RDRAND; 0 when it kept failing. All zeros or all ones
 * count as failures: some CPUs' RDRAND reports success while returning
 * all ones.
 */
static int rdrand_word(uintptr_t *out)
{
    for (int tries = 0; tries < 16; tries++) {
        unsigned char ok;
        __asm__ __volatile__("rdrand %0; setc %1" : "=r"(*out), "=qm"(ok) : : "cc");
        if (ok && *out != 0 && *out != (uintptr_t)-1) {
            return 1;
        }
    }
    return 0;
}
#endif

/* A counter that differs from run to run, where user mode may read one; 0 elsewhere. */
static uintptr_t read_counter(void)
{
#if defined(__x86_64__) || defined(__i386__)
    unsigned lo, hi;
    __asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
    return lo ^ ((uintptr_t)hi << (sizeof(uintptr_t) > 4 ? 32 : 0));
#elif defined(__aarch64__) && defined(CONFIG_EXPORT_VCNT_USER)
    uintptr_t v;
    __asm__ __volatile__("mrs %0, cntvct_el0" : "=r"(v));
    return v;
#elif defined(__aarch64__) && defined(CONFIG_EXPORT_PCNT_USER)
    uintptr_t v;
    __asm__ __volatile__("mrs %0, cntpct_el0" : "=r"(v));
    return v;
#else
    /*
     * RISC-V: seL4 leaves scounteren clear, so rdtime and rdcycle would
     * trap. aarch32: not read (nothing here can test it).
     */
    return 0;
#endif
}

/* seed need not be mixed: every word below mixes it in whole. */
void sel4rt_entropy(uintptr_t *out, size_t words, uintptr_t seed)
{
    int source = SEL4RT_ENTROPY_RDRAND;
#if SEL4RT_HW_RANDOM
    int hw = have_rdrand();
#endif
    uintptr_t h = seed ^ (uintptr_t)out;
    for (size_t i = 0; i < words; i++) {
#if SEL4RT_HW_RANDOM
        if (hw && rdrand_word(&out[i])) {
            continue;
        }
#endif
        if (source == SEL4RT_ENTROPY_RDRAND) {
            /* The first word RDRAND did not give: one counter read, the weakest source used. */
            uintptr_t c = read_counter();
            h = sel4rt_mix(h, c);
            source = c ? SEL4RT_ENTROPY_COUNTER : SEL4RT_ENTROPY_NONE;
        } else {
            /*
             * Further words from the same read, through a cheap bijection:
             * reading the counter again a few cycles later would add
             * next to nothing, and each word's bytes still differ.
             */
            h = (h ^ (h >> (4 * sizeof(h)))) * (uintptr_t)0x9e3779b97f4a7c15ull;
        }
        out[i] = h;
    }
    sel4rt_entropy_source = source;
}
