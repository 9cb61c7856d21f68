/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A stand-in for a C library's archive (musl's): its own __assert_fail,
 * strcpy and stack-protector guard, failure path and seeding, each in the
 * object it would have there.
 */
#include "check.h"

#if defined(FAKE_ASSERT)
void __assert_fail(char const *expr, char const *file, int line, char const *function)
{
    (void)file;
    (void)line;
    (void)function;
    sel4rt_print("libc __assert_fail: %s\n", expr);
    sel4runtime_exit(0);
    for (;;) {
    }
}
#elif defined(FAKE_STRCPY)
char *strcpy(char *dst, char const *src)
{
    dst[0] = 'L';
    dst[1] = '\0';
    (void)src;
    return dst;
}
#elif defined(FAKE_SSP)
/* A value no seeding would produce: the test checks sel4rt left it alone. */
uintptr_t __stack_chk_guard = (uintptr_t)0x5eed5eed;
void __stack_chk_fail(void)
{
    sel4rt_print("libc __stack_chk_fail\n");
    sel4runtime_exit(77);
    for (;;) {
    }
}
#endif
