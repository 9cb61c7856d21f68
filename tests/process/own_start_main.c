/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A program that supplies its own __sel4runtime_start_main, as sel4runtime
 * allows (its default lives alone in its object): it links without a
 * clash, the runtime's entry code calls it, and __sel4runtime_load_env
 * does everything before main. With BIG the TLS fits nowhere:
 * __sel4runtime_load_env says so and returns, and
 * sel4runtime_initial_tls_enabled() tells the caller.
 */
#include "check.h"
#include <sel4runtime/start.h>

__thread int value = 42;
#ifdef BIG
/* More than the static area holds, linked without the sized area: no initial TLS. */
__thread unsigned char big_tbss[40000];
#endif
static int constructed;
static int started_here;

__attribute__((constructor)) static void ctor(void)
{
    constructed++;
}

void __sel4runtime_start_main(int (*main_fn)(), unsigned long argc, char const *const *argv,
                              char const *const *envp, auxv_t const auxv[])
{
    started_here = 1;
    __sel4runtime_load_env((int)argc, argv, envp, auxv);
#ifdef BIG
    /* What a caller of __sel4runtime_load_env must ask before anything touches TLS. */
    if (!sel4runtime_initial_tls_enabled()) {
        sel4rt_print("no initial TLS; constructors run %u\n", (uintptr_t)constructed);
        sel4runtime_exit(7);
    }
#endif
    sel4runtime_exit(main_fn((int)argc, argv, envp));
}

int main(void)
{
    CHECK(started_here);
    CHECK_EQ(constructed, 1);
    CHECK(sel4runtime_initial_tls_enabled());
    CHECK_EQ(value, 42);
    return report("own_start_main");
}
