/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * What libsel4's inline functions need from a C library, for programs
 * built on libsel4 and sel4rt alone: __assert_fail (seL4_Assert) and
 * strcpy (seL4_DebugNameThread). A library of its own (sel4rt_nolibc),
 * never part of libsel4runtime.a: the linker takes the first archive
 * member that defines a symbol, weak or not, so in a link that lists
 * sel4runtime before the C library these would replace the C library's.
 */
#include "sel4rt.h"

__attribute__((weak, noreturn)) void __assert_fail(char const *expr, char const *file, int line,
                                                   char const *function)
{
    (void)expr, (void)file, (void)line, (void)function; /* unused without a console */
    sel4rt_fatal(SEL4RT_E_ASSERT, "assertion '%s' failed in %s (%s:%d)", expr, function, file, (uintptr_t)line);
}

__attribute__((weak)) char *strcpy(char *dst, char const *src)
{
    char *d = dst;
    while ((*d++ = *src++) != '\0') {
    }
    return dst;
}
