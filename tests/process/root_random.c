/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * AT_RANDOM for a root task, which nothing else gives one: 16 bytes in the
 * auxiliary vector sel4rt builds from the bootinfo, from the best source
 * here (RDRAND where CPUID offers it, else a counter), and the
 * stack-protector guard seeded from those same bytes. Prints them, so
 * random_differs.cmake can check that two runs get different ones.
 * FALLBACK: linked with a runtime built without the hardware sources.
 */
#include "harness.h"

static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
static struct test_bootinfo bootinfo = {.num_nodes = 1, .ipc_buffer = ipc_buffer};

/* The runtime's own: which source the bytes came from (src/sel4rt.h). */
extern int sel4rt_entropy_source;
extern uintptr_t __stack_chk_guard;
enum { NONE, COUNTER, RDRAND };

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    test_entry = _sel4_start;
    test_arg0 = (uintptr_t)&bootinfo;
    return 0x10;
}

/* The source this CPU should give, asked independently of the runtime. */
static int expected_source(void)
{
#if defined(FALLBACK) || !(defined(__x86_64__) || defined(__i386__))
#if defined(__riscv) || defined(__arm__)
    return NONE;
#else
    return COUNTER;
#endif
#else
    unsigned a, b, c, d;
    __asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    return (c & (1u << 30)) ? RDRAND : COUNTER;
#endif
}

int main(void)
{
    unsigned char const *random = 0;
    int count = 0;
    for (auxv_t const *a = sel4runtime_auxv(); a->a_type != AT_NULL; a++) {
        if (a->a_type == AT_RANDOM) {
            random = a->a_un.a_ptr;
            count++;
        }
    }
    CHECK_EQ(count, 1);
    if (!random) {
        return report("root_random");
    }
    unsigned char any = 0;
    for (int i = 0; i < 16; i++) {
        any |= random[i];
    }
    CHECK(any != 0);
    CHECK_EQ(sel4rt_entropy_source, expected_source());
    /* Every word filled, none repeating the one before it, whichever source filled them. */
    uintptr_t words[16 / sizeof(uintptr_t)];
    for (unsigned i = 0; i < 16 / sizeof(uintptr_t); i++) {
        words[i] = le_value(random + i * sizeof(uintptr_t), sizeof(uintptr_t));
        CHECK(words[i] != 0);
        CHECK(i == 0 || words[i] != words[i - 1]);
    }

    /* The canary is the first word (its second byte zeroed, as ssp.c does). */
    CHECK_EQ(__stack_chk_guard, words[0] & ~(uintptr_t)0xff00);

    sel4rt_print("source %u random ", (uintptr_t)sel4rt_entropy_source);
    for (int i = 0; i < 16; i++) {
        sel4rt_print("%x.", (uintptr_t)random[i]);
    }
    sel4rt_print("\n");
    return report("root_random");
}
