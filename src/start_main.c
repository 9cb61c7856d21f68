/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The default __sel4runtime_start_main, alone in its object as in
 * sel4runtime, so a program may supply its own (which then calls
 * __sel4runtime_load_env) without a clash. Processes enter through it;
 * the root task's start fills sel4rt_env itself and goes straight to
 * sel4rt_run_main, so a root task linked with --gc-sections carries no
 * auxv parser.
 */
#include "sel4rt.h"
#include <sel4runtime/start.h>

void __sel4runtime_start_main(int (*main_fn)(), unsigned long argc, char const *const *argv,
                              char const *const *envp, auxv_t const auxv[])
{
    sel4rt_read_env((int)argc, argv, envp, auxv);
    sel4rt_run_main(main_fn);
}
