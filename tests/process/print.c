/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The runtime's printer (src/diag.c), which every diagnostic and the seL4
 * port's exit line go through: each conversion at the values where its
 * code takes another path. The expected output is in
 * tests/process/CMakeLists.txt.
 */
#include "check.h"

int main(void)
{
    sel4rt_print("u %u %u %u %u %u\n", (uintptr_t)0, (uintptr_t)9, (uintptr_t)10, (uintptr_t)4096,
                 (uintptr_t)1000000);
    sel4rt_print("max %u\n", (uintptr_t)-1);
    sel4rt_print("d %d %d %d %d\n", (uintptr_t)0, (uintptr_t)42, (uintptr_t)-42, (uintptr_t)1 << (8 * sizeof(uintptr_t) - 1));
    sel4rt_print("x %x %x %x %x\n", (uintptr_t)0, (uintptr_t)0xabc, (uintptr_t)0x10, (uintptr_t)-1);
    sel4rt_print("s %s %s|\n", "seL4", (char const *)0);
    sel4rt_print("%% %q end%");
    sel4rt_print("\n");
    return 0;
}
