/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Linked as CAmkES links: sel4runtime before the C library. The C
 * library's __assert_fail and strcpy must be the ones used; sel4rt's
 * stand-ins (sel4rt_nolibc) only when no C library is linked (NOLIBC).
 */
#include "check.h"

void __assert_fail(char const *expr, char const *file, int line, char const *function);
char *strcpy(char *dst, char const *src);

int main(void)
{
    char buf[8];
    strcpy(buf, "ab");
#ifdef NOLIBC
    CHECK(streq(buf, "ab"));
#else
    CHECK(streq(buf, "L"));
#endif
    if (check_failures) {
        return report("libc_order");
    }
    __assert_fail("x == 1", "file.c", 3, "fn");
    return 1;
}
