/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A TLS image (24 KiB) bigger than the static area (16 KiB by default):
 * the initial thread still gets TLS, in memory lent by its start stack.
 */
#include "check.h"

__thread unsigned char big_data[8192] = {[0] = 1, [4000] = 3, [8191] = 2};
__thread unsigned char big_bss[16384];

int main(void)
{
    unsigned char here;
    CHECK_EQ(big_data[0], 1);
    CHECK_EQ(big_data[4000], 3);
    CHECK_EQ(big_data[8191], 2);
    CHECK_EQ(big_data[1], 0);
    for (int i = 0; i < 16384; i++) {
        if (big_bss[i]) {
            CHECK_EQ(big_bss[i], 0);
            break;
        }
    }
    /* It lives on the stack, just above main's frame. */
    uintptr_t tp = sel4runtime_get_tls_base();
    uintptr_t sp = (uintptr_t)&here;
    CHECK(tp > sp && tp - sp < 64 * 1024);
    big_bss[16383] = 4;
    CHECK_EQ(big_bss[16383], 4);
    CHECK(sel4runtime_initial_tls_enabled());
    return report("tls_big");
}
