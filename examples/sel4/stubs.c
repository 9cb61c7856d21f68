/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * For measure.c built against upstream sel4runtime, which expects a C
 * library: stand-ins for the two functions its link asks for.
 */
void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
    (void)expr; (void)file; (void)line; (void)func;
    for (;;) {
    }
}

/* seL4_DebugNameThread (Debug libsel4, called by upstream env.c) uses strcpy;
 * the same loop as sel4rt's src/nolibc.c. */
char *strcpy(char *dst, char const *src)
{
    char *d = dst;
    while ((*d++ = *src++) != '\0') {
    }
    return dst;
}
