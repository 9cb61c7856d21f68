/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The default __sel4runtime_start_main, alone in its object as in
 * sel4runtime, so a program may supply its own (which then calls
 * __sel4runtime_load_env) without a clash. Never returns, so TLS borrowed
 * from this frame's stack stays valid for the program's life.
 */
#include "sel4rt.h"
#include <sel4runtime/start.h>

void __sel4runtime_start_main(int (*main_fn)(), unsigned long argc, char const *const *argv,
                              char const *const *envp, auxv_t const auxv[])
{
    sel4rt_read_env((int)argc, argv, envp, auxv);
    uintptr_t tp = sel4rt_place_initial_tls();
    /*
     * Only sel4rt's own entry code knows how much stack there is to lend;
     * another caller (CAmkES) gets a named stop rather than an overrun.
     */
    size_t need = sel4rt_tls.layout.region_size;
    if (!tp && need <= sel4rt_stack_budget) {
        tp = sel4runtime_write_tls_image(__builtin_alloca(need));
    }
    if (!tp) {
        sel4rt_no_initial_tls(sel4rt_stack_budget);
    }
    sel4rt_enter_initial_tls(tp);
    __sel4runtime_run_constructors();
    sel4runtime_exit((main_fn ? main_fn : main)((int)argc, argv, envp));
}
