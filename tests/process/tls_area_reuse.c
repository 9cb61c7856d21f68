/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The first image in the static TLS area skips clearing .tbss, because
 * unused .bss is zero. A second image in the same area (here a second
 * __sel4runtime_load_env, as a program with its own start may call it)
 * must clear it: the first thread's writes are still there.
 */
#include "check.h"
#include <sel4runtime/start.h>

__thread int seeded = 7;
__thread unsigned char scratch[512];
static int loads;

/*
 * Not inline: a compiler may read the thread pointer once per function,
 * and in the caller it is still 0 before the first __sel4runtime_load_env.
 */
__attribute__((noinline)) static void dirty(void)
{
    for (int i = 0; i < (int)sizeof(scratch); i++) {
        scratch[i] = 0xa5;
    }
    seeded = 8;
}

void __sel4runtime_start_main(int (*main_fn)(), unsigned long argc, char const *const *argv,
                              char const *const *envp, auxv_t const auxv[])
{
    __sel4runtime_load_env((int)argc, argv, envp, auxv);
    loads++;
    dirty();
    __sel4runtime_load_env((int)argc, argv, envp, auxv);
    loads++;
    sel4runtime_exit(main_fn((int)argc, argv, envp));
}

int main(void)
{
    CHECK_EQ(loads, 2);
    CHECK(sel4runtime_initial_tls_enabled());
    CHECK_EQ(seeded, 7);
    int dirty = 0;
    for (int i = 0; i < (int)sizeof(scratch); i++) {
        dirty += scratch[i] != 0;
    }
    CHECK_EQ(dirty, 0);
    return report("tls_area_reuse");
}
