/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Copy and zero with full-word stores. The runtime has no C library, and
 * the compiler is told not to turn these loops back into memcpy/memset.
 */
#include "sel4rt.h"

typedef uintptr_t __attribute__((may_alias)) word_t;

void sel4rt_copy(void *dst, void const *src, size_t n)
{
    unsigned char *d = dst;
    unsigned char const *s = src;
    /* Word copies need both sides equally misaligned; the TLS image and its
     * block are both aligned to p_align, so this is the usual case. */
    if ((((uintptr_t)d ^ (uintptr_t)s) & (SEL4RT_WORD - 1)) == 0) {
        for (; n && ((uintptr_t)d & (SEL4RT_WORD - 1)); n--) {
            *d++ = *s++;
        }
        /* Eight words a round: loop overhead stays small beside the stores. */
        for (; n >= 8 * SEL4RT_WORD; n -= 8 * SEL4RT_WORD) {
            word_t *dw = (word_t *)d;
            word_t const *sw = (word_t const *)s;
            for (int i = 0; i < 8; i++) {
                dw[i] = sw[i];
            }
            d += 8 * SEL4RT_WORD;
            s += 8 * SEL4RT_WORD;
        }
        for (; n >= SEL4RT_WORD; n -= SEL4RT_WORD) {
            *(word_t *)d = *(word_t const *)s;
            d += SEL4RT_WORD;
            s += SEL4RT_WORD;
        }
    }
    for (; n; n--) {
        *d++ = *s++;
    }
}

void sel4rt_zero(void *dst, size_t n)
{
    unsigned char *d = dst;
    for (; n && ((uintptr_t)d & (SEL4RT_WORD - 1)); n--) {
        *d++ = 0;
    }
    for (; n >= 8 * SEL4RT_WORD; n -= 8 * SEL4RT_WORD) {
        word_t *dw = (word_t *)d;
        for (int i = 0; i < 8; i++) {
            dw[i] = 0;
        }
        d += 8 * SEL4RT_WORD;
    }
    for (; n >= SEL4RT_WORD; n -= SEL4RT_WORD) {
        *(word_t *)d = 0;
        d += SEL4RT_WORD;
    }
    for (; n; n--) {
        *d++ = 0;
    }
}
