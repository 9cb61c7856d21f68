/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Messages from the runtime. They go through the kernel-facing layer's
 * debug output, which works before TLS exists, so a start-up failure is
 * always named instead of surfacing later as a bare fault.
 */
#include "sel4rt.h"

#if SEL4RT_PRINTING

/* The compiler's own varargs: seL4 builds compile without any standard headers. */
typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)

static void put(char const *s, size_t n)
{
    sel4rt_port_write(s, n);
}

static void put_str(char const *s)
{
    size_t n = 0;
    if (!s) {
        s = "(null)";
    }
    while (s[n]) {
        n++;
    }
    put(s, n);
}

/* Decimal without division: 32-bit targets have no divide helpers here. */
static void put_dec(uintptr_t v)
{
    uintptr_t p = 1;
    while (p <= (uintptr_t)-1 / 10 && p * 10 <= v) {
        p *= 10;
    }
    for (;;) {
        char c = '0';
        while (v >= p) {
            v -= p;
            c++;
        }
        put(&c, 1);
        if (p == 1) {
            break;
        }
        /* Next lower power of ten: the largest q with q * 10 == p. */
        uintptr_t q = 1;
        while (q * 10 < p) {
            q *= 10;
        }
        p = q;
    }
}

static void put_hex(uintptr_t v)
{
    char buf[2 + 2 * sizeof(uintptr_t)];
    size_t i = sizeof(buf);
    /* Bounded by the digit count, not by v, so the analysers see the buffer's bound. */
    for (size_t d = 0; d < 2 * sizeof(uintptr_t); d++) {
        buf[--i] = "0123456789abcdef"[v & 0xf];
        v >>= 4;
        if (!v) {
            break;
        }
    }
    buf[--i] = 'x';
    buf[--i] = '0';
    put(buf + i, sizeof(buf) - i);
}

static void vprint(char const *fmt, va_list ap)
{
    char const *run = fmt;
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            continue;
        }
        put(run, (size_t)(fmt - run));
        fmt++;
        if (*fmt == 's') {
            put_str(va_arg(ap, char const *));
        } else if (*fmt == 'u') {
            put_dec(va_arg(ap, uintptr_t));
        } else if (*fmt == 'd') {
            sel4runtime_intptr_t v = (sel4runtime_intptr_t)va_arg(ap, uintptr_t);
            if (v < 0) {
                put("-", 1);
            }
            put_dec(v < 0 ? -(uintptr_t)v : (uintptr_t)v);
        } else if (*fmt == 'x') {
            put_hex(va_arg(ap, uintptr_t));
        } else if (*fmt == '\0') {
            fmt--;
        } else {
            put(fmt, 1);
        }
        run = fmt + 1;
    }
    put(run, (size_t)(fmt - run));
}

void sel4rt_print(char const *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprint(fmt, ap);
    va_end(ap);
}

_Noreturn void sel4rt_fatal(int code, char const *fmt, ...)
{
    va_list ap;
    char const *name = sel4rt_env_name(&sel4rt_env);
    if (*name) {
        put_str(name);
        put_str(": ");
    }
    put_str("sel4rt: ");
    va_start(ap, fmt);
    vprint(fmt, ap);
    va_end(ap);
    put("\n", 1);
    /* No destructors: the program's state cannot be trusted after this. */
    sel4rt_port_exit(code, &sel4rt_env);
}
#endif
