/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * exit called again from a destructor and from the exit function: no
 * destructor runs twice and nothing loops; the last code wins.
 */
#include "check.h"

static void fini_calls_exit(void)
{
    sel4rt_print("fini A\n");
    sel4runtime_exit(7);
}
static void fini_b(void)
{
    sel4rt_print("fini B\n");
}
__attribute__((used, section(".fini_array"))) static void (*const fini_entries[])(void) = {fini_calls_exit,
                                                                                          fini_b};

static void on_exit(int code)
{
    sel4rt_print("exit %u\n", (uintptr_t)code);
    sel4runtime_exit(9);
}

int main(void)
{
    sel4runtime_set_exit(on_exit);
    return 0;
}
