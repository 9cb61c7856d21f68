/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * exit from a second thread while the initial thread is already exiting:
 * the destructors run once and to the end, the exit function runs once,
 * after them, with the first exit's code; the late thread just stops.
 */
#include "check.h"

#define SPINS 200000

static unsigned char tls_mem[4096];
static unsigned char stack[16384] __attribute__((aligned(16)));
static int in_fini;
static int second_calling;

static void second_thread(void *arg)
{
    (void)arg;
    for (long i = 0; i < SPINS && !__atomic_load_n(&in_fini, __ATOMIC_ACQUIRE); i++) {
        sel4rt_hosted_yield();
    }
    __atomic_store_n(&second_calling, 1, __ATOMIC_RELEASE);
    sel4runtime_exit(4);
}

static void fini(void)
{
    sel4rt_print("fini\n");
    __atomic_store_n(&in_fini, 1, __ATOMIC_RELEASE);
    long i = 0;
    for (; i < SPINS && !__atomic_load_n(&second_calling, __ATOMIC_ACQUIRE); i++) {
        sel4rt_hosted_yield();
    }
    /* Give the second thread time to get through exit if it were going to. */
    for (int k = 0; k < 2000; k++) {
        sel4rt_hosted_yield();
    }
    sel4rt_print(i < SPINS ? "fini done\n" : "second thread never called exit\n");
}
__attribute__((used, section(".fini_array"))) static void (*const fini_entry)(void) = fini;

static void on_exit(int code)
{
    sel4rt_print("exit %u\n", (uintptr_t)code);
}

int main(void)
{
    sel4runtime_set_exit(on_exit);
    uintptr_t tp = sel4runtime_setup_thread_tls(tls_mem, sizeof(tls_mem), 0);
    CHECK(tp != 0);
    CHECK_EQ(sel4rt_hosted_spawn(second_thread, 0, stack, sizeof(stack), tp), 0);
    if (check_failures) {
        return report("exit_thread");
    }
    return 3;
}
