/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Entropy for AT_RANDOM and the stack-protector guard, from the best source
 * user mode has: x86's RDSEED or RDRAND when CPUID offers them; otherwise a
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

/* x86's random-number instructions, unless a build (a test) turns them off. */
#if (defined(__x86_64__) || defined(__i386__)) && !defined(SEL4RT_NO_HW_RANDOM)
#define SEL4RT_HW_RANDOM 1
#else
#define SEL4RT_HW_RANDOM 0
#endif

#if SEL4RT_HW_RANDOM
/* CPUID's eax, ebx and ecx for a leaf. */
static void cpuid(unsigned leaf, unsigned r[3])
{
    unsigned d;
    __asm__ __volatile__("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(d) : "a"(leaf), "c"(0));
    (void)d;
}

/*
 * One word from RDSEED or RDRAND (`kind`); 0 when the instruction kept
 * failing. All zeros or all ones count as failures: some CPUs' RDRAND
 * reports success while returning all ones.
 */
static int hw_word(int kind, uintptr_t *out)
{
    unsigned char ok = 0;
    uintptr_t v = 0;
    for (int tries = 0; tries < 64 && !ok; tries++) {
        if (kind == SEL4RT_ENTROPY_RDSEED) {
            __asm__ __volatile__("rdseed %0; setc %1" : "=r"(v), "=qm"(ok) : : "cc");
        } else {
            __asm__ __volatile__("rdrand %0; setc %1" : "=r"(v), "=qm"(ok) : : "cc");
        }
        ok = ok && v != 0 && v != (uintptr_t)-1;
    }
    *out = v;
    return ok;
}

/* Which instruction the CPU offers: SEL4RT_ENTROPY_RDSEED, _RDRAND, or _NONE. */
static int hw_kind(void)
{
    unsigned r[3];
    cpuid(0, r);
    unsigned max_leaf = r[0];
    if (max_leaf >= 7) {
        cpuid(7, r);
        if (r[1] & (1u << 18)) {
            return SEL4RT_ENTROPY_RDSEED;
        }
    }
    cpuid(1, r);
    return (r[2] & (1u << 30)) ? SEL4RT_ENTROPY_RDRAND : SEL4RT_ENTROPY_NONE;
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

void sel4rt_entropy(unsigned char *out, size_t n, uintptr_t seed)
{
    int source = SEL4RT_ENTROPY_NONE;
    uintptr_t h = sel4rt_mix(seed, (uintptr_t)out);
#if SEL4RT_HW_RANDOM
    int kind = hw_kind();
#endif
    for (size_t i = 0; i < n; i += sizeof(uintptr_t)) {
        uintptr_t w = 0;
        int got = SEL4RT_ENTROPY_NONE;
#if SEL4RT_HW_RANDOM
        if (kind != SEL4RT_ENTROPY_NONE && hw_word(kind, &w)) {
            got = kind;
        }
#endif
        if (got == SEL4RT_ENTROPY_NONE) {
            uintptr_t c = read_counter();
            h = sel4rt_mix(h, c ^ i);
            w = h;
            got = c ? SEL4RT_ENTROPY_COUNTER : SEL4RT_ENTROPY_NONE;
        }
        if (!i || got < source) {
            source = got; /* the weakest source any word came from */
        }
        for (size_t k = 0; k < sizeof(w) && i + k < n; k++) {
            out[i + k] = (unsigned char)(w >> (8 * k));
        }
    }
    sel4rt_entropy_source = source;
}
