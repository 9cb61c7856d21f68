/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Console output for the examples: seL4_DebugPutChar, so debug kernels only. */
#pragma once

#include <sel4/sel4.h>

static inline void print(char const *s)
{
#ifdef CONFIG_PRINTING
    while (*s) {
        seL4_DebugPutChar(*s++);
    }
#else
    (void)s;
#endif
}

static inline void print_hex(seL4_Word v)
{
    char buf[2 + 2 * sizeof(seL4_Word) + 1];
    int i = sizeof(buf) - 1;
    buf[i] = '\0';
    do {
        buf[--i] = "0123456789abcdef"[v & 0xf];
        v >>= 4;
    } while (v);
    buf[--i] = 'x';
    buf[--i] = '0';
    print(&buf[i]);
}

static inline void check(int ok, char const *what)
{
    print(ok ? "  ok: " : "  FAILED: ");
    print(what);
    print("\n");
}
