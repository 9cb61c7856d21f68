/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A TLS image (64 KiB) that fits neither the static area nor what the
 * stack may lend: start-up stops with a message naming the size and the
 * option to raise, and main never runs.
 */
#include "check.h"

__thread unsigned char huge[65536];

int main(void)
{
    huge[0] = 1;
    sel4rt_print("main ran\n");
    return 0;
}
