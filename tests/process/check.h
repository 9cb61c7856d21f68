/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* What every real-process test shares: checks that count and say where they failed. */
#pragma once

#include <sel4runtime.h>
#include "hosted.h"

typedef sel4runtime_uintptr_t uintptr_t;
typedef sel4runtime_size_t size_t;

/* The runtime's own printer: %s, %u and %x (uintptr_t). */
void sel4rt_print(char const *fmt, ...);

static int check_failures;

#define CHECK(cond)                                                                         \
    do {                                                                                    \
        if (!(cond)) {                                                                      \
            sel4rt_print("FAIL %s:%u: %s\n", __FILE__, (uintptr_t)__LINE__, #cond);        \
            check_failures++;                                                               \
        }                                                                                   \
    } while (0)

#define CHECK_EQ(a, b)                                                                      \
    do {                                                                                    \
        uintptr_t check_a_ = (uintptr_t)(a), check_b_ = (uintptr_t)(b);                     \
        if (check_a_ != check_b_) {                                                         \
            sel4rt_print("FAIL %s:%u: %s == %s (%x != %x)\n", __FILE__, (uintptr_t)__LINE__, \
                         #a, #b, check_a_, check_b_);                                       \
            check_failures++;                                                               \
        }                                                                                   \
    } while (0)

static inline int streq(char const *a, char const *b)
{
    if (!a || !b) {
        return a == b;
    }
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/* A little-endian value from n bytes (every target here is little-endian). */
static inline uintptr_t le_value(unsigned char const *p, size_t n)
{
    uintptr_t v = 0;
    for (size_t i = n; i-- > 0;) {
        v = (v << 8) | p[i];
    }
    return v;
}

/* End of a test: one line, and the exit code CTest reads. */
static inline int report(char const *name)
{
    sel4rt_print("%s %s\n", check_failures ? "FAILED" : "PASSED", name);
    return check_failures ? 1 : 0;
}

/* Copy n bytes into an 8-byte local: from n > 8 on, it overruns it and its stack-protector canary. */
__attribute__((noinline, unused)) static void smash_stack(char volatile *p, int n)
{
    char buf[8];
    char volatile *b = buf;
    for (int i = 0; i < n; i++) {
        b[i] = p[i];
    }
}
