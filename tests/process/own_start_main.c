/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A program that supplies its own __sel4runtime_start_main, as sel4runtime
 * allows (its default lives alone in its object): it links without a
 * clash, the runtime's entry code calls it, and __sel4runtime_load_env
 * does everything before main.
 */
#include "check.h"
#include <sel4runtime/start.h>

__thread int value = 42;
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
