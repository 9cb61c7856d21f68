/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Built with -fstack-protector-all: the guard is seeded from AT_RANDOM
 * before main (and, on x86, copied to the thread's control block where
 * the compiler reads it), and a smashed stack ends in the runtime's
 * diagnostic, not in a return to a clobbered address.
 */
#include "check.h"

extern uintptr_t __stack_chk_guard;

int main(void)
{
    static char junk[64] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde";
    uintptr_t from_random = 0;
    for (auxv_t const *a = sel4runtime_auxv(); a->a_type != AT_NULL; a++) {
        if (a->a_type == AT_RANDOM) {
            /* The first word of the random bytes, as a load reads it. */
            from_random = le_value(a->a_un.a_ptr, sizeof(uintptr_t));
        }
    }
    CHECK(from_random != 0);
    CHECK_EQ(__stack_chk_guard, from_random & ~(uintptr_t)0xff00);
#ifdef SEL4RT_TCB_CANARY
    CHECK_EQ(*(uintptr_t *)(sel4runtime_get_tls_base() + SEL4RT_TCB_CANARY), __stack_chk_guard);
#endif
    smash_stack(junk, 8); /* in bounds: fine */
    sel4rt_print("%s\n", check_failures ? "guard wrong" : "guard seeded");
    smash_stack(junk, 40); /* overruns buf and its canary */
    sel4rt_print("returned past a smashed stack\n");
    return 1;
}
