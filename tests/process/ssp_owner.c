/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * One owner of the stack-protector guard, whatever the link order. Linked
 * with a C-library-like archive that defines the guard and its failure
 * path: with that archive first (LIBC_FIRST) its definitions are used and
 * sel4rt must not write its guard; with sel4runtime first, sel4rt's are
 * used and seeded, and the archive's object is never linked.
 */
#include "check.h"

extern uintptr_t __stack_chk_guard;

int main(void)
{
#ifdef LIBC_FIRST
    CHECK_EQ(__stack_chk_guard, 0x5eed5eed);
#ifdef SEL4RT_TCB_CANARY
    /* x86: the compiler reads the canary from the thread's control block, copied from that guard. */
    CHECK_EQ(*(uintptr_t *)(sel4runtime_get_tls_base() + SEL4RT_TCB_CANARY), 0x5eed5eed);
#endif
#else
    CHECK(__stack_chk_guard != 0x5eed5eed && __stack_chk_guard != 0);
#endif
    if (check_failures) {
        return report("ssp_owner");
    }
    static char junk[64] = "0123456789abcdef0123456789abcdef0123456789abcdef";
    smash_stack(junk, 40); /* overruns buf and its canary */
    return 1;
}
