/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The TLS facts of every seL4 architecture, in one table, for the code
 * that reasons about other architectures than its own: the unit tests, the
 * fuzz target and sel4rt-check. (The runtime itself uses sel4rt_native_abi,
 * from its own arch/<arch>/ header.) Not linked into the runtime.
 */
#include "sel4rt.h"

struct sel4rt_named_abi const sel4rt_abis[SEL4RT_NUM_ABIS] = {
    {"aarch64", {.above_tp = 1, .gap = 16, .tcb_size = 16, .word = 8}},
    {"aarch32", {.above_tp = 1, .gap = 8, .tcb_size = 8, .word = 4}},
    {"riscv64", {.above_tp = 1, .gap = 0, .tcb_size = 0, .word = 8}},
    {"riscv32", {.above_tp = 1, .gap = 0, .tcb_size = 0, .word = 4}},
    {"x86_64", {.above_tp = 0, .tcb_size = 64, .word = 8}},
    {"ia32", {.above_tp = 0, .tcb_size = 32, .word = 4}},
};

struct sel4rt_tls_abi const *sel4rt_abi_named(char const *name)
{
    for (int i = 0; i < SEL4RT_NUM_ABIS; i++) {
        char const *a = sel4rt_abis[i].name, *b = name;
        while (*a && *a == *b) {
            a++;
            b++;
        }
        if (*a == *b) {
            return &sel4rt_abis[i].abi;
        }
    }
    return SEL4RUNTIME_NULL;
}
