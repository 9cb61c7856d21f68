/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Moving the initial thread's TLS gives it a fresh image elsewhere, with the
 * IPC buffer pointer it started with, and repoints the thread pointer.
 */
#include "harness.h"

__thread int value = 10;
__thread char zeroed[16];

static unsigned char new_home[4096];
static unsigned char fake_ipc[1024] __attribute__((aligned(1024)));

/*
 * Compilers treat a TLS address as fixed for the thread (LLVM 14 even
 * across functions), so after the move TLS is read only through functions
 * called through volatile pointers, which must compute it afresh.
 */
static int *value_addr(void)
{
    return &value;
}
static char *zeroed_addr(void)
{
    return zeroed;
}
static void *ipc_buffer_value(void)
{
    return __sel4_ipc_buffer;
}
static int *(*volatile value_now)(void) = value_addr;
static char *(*volatile zeroed_now)(void) = zeroed_addr;
static void *(*volatile ipc_buffer_now)(void) = ipc_buffer_value;

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    return harness_process_stack("move_tls", fake_ipc);
}

int main(void)
{
    value = 11;
    zeroed[3] = 4;
    uintptr_t old_tp = sel4runtime_get_tls_base();
    CHECK(sel4runtime_get_tls_size() + 5 <= sizeof(new_home));

    /*
     * A process cloned from a running one (sel4test's inter-AS helpers) may
     * find argv stale: moving TLS names the thread, which must not read
     * through argv.
     */
    ((char const **)sel4runtime_argv())[0] = (char const *)9;
    CHECK(streq(sel4runtime_process_name(), "move_tls"));

    uintptr_t tp = sel4runtime_move_initial_tls(new_home + 5);
    CHECK(tp != 0 && tp != old_tp);
    CHECK_EQ(sel4runtime_get_tls_base(), tp);
    CHECK(tp >= (uintptr_t)new_home && tp < (uintptr_t)new_home + sizeof(new_home));
    int *v = value_now();
    CHECK_EQ(*v, 10);
    CHECK_EQ(zeroed_now()[3], 0);
    CHECK(ipc_buffer_now() == fake_ipc);
    CHECK((uintptr_t)v >= (uintptr_t)new_home && (uintptr_t)v < (uintptr_t)new_home + sizeof(new_home));
    CHECK_EQ(sel4runtime_move_initial_tls(0), 0);
    return report("move_tls");
}
