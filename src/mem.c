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

/*
 * The only places that see bytes as a word. Their contracts are what a
 * may_alias word access means in C, and are trusted (docs/proofs.md): the
 * typed memory model WP uses cannot express a word read as its bytes.
 */
/*@ requires \valid(d + (0 .. SEL4RT_WORD - 1)) && \valid_read(s + (0 .. SEL4RT_WORD - 1));
    requires \separated(d + (0 .. SEL4RT_WORD - 1), s + (0 .. SEL4RT_WORD - 1));
    assigns d[0 .. SEL4RT_WORD - 1];
    ensures \forall unsigned char *p, *q;
        d <= p < d + SEL4RT_WORD && q - s == p - d ==> *p == *q;
*/
static inline void copy_word(unsigned char *d, unsigned char const *s)
{
    *(word_t *)d = *(word_t const *)s;
}

/*@ requires \valid(d + (0 .. SEL4RT_WORD - 1));
    assigns d[0 .. SEL4RT_WORD - 1];
    ensures \forall unsigned char *p; d <= p < d + SEL4RT_WORD ==> *p == 0;
*/
static inline void zero_word(unsigned char *d)
{
    *(word_t *)d = 0;
}

/*@ requires \valid(dst + (0 .. n - 1)) && \valid_read(src + (0 .. n - 1));
    requires \separated(dst + (0 .. n - 1), src + (0 .. n - 1));
    assigns dst[0 .. n - 1];
    ensures \forall integer k; 0 <= k < n ==> dst[k] == src[k];
    ensures \forall unsigned char *p, *q; \base_addr(p) == \base_addr(dst) && \base_addr(q) == \base_addr(src)
        && dst <= p < dst + n && q - src == p - dst ==> *p == *q;
*/
void sel4rt_copy(unsigned char *dst, unsigned char const *src, size_t n)
{
    unsigned char *d = dst;
    unsigned char const *s = src;
    /* Word copies need both sides equally misaligned; the TLS image and its
     * block are both aligned to p_align, so this is the usual case. */
    if ((((uintptr_t)d ^ (uintptr_t)s) & (SEL4RT_WORD - 1)) == 0) {
        /*@ loop invariant 0 <= n <= \at(n, Pre);
            loop invariant d == dst + (\at(n, Pre) - n) && s == src + (\at(n, Pre) - n);
            loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n ==> dst[k] == src[k];
            loop assigns n, d, s, dst[0 .. \at(n, Pre) - 1];
            loop variant n;
        */
        for (; n && ((uintptr_t)d & (SEL4RT_WORD - 1)); n--) {
            *d++ = *s++;
        }
        /* Eight words a round: loop overhead stays small beside the stores. */
        /*@ loop invariant 0 <= n <= \at(n, Pre);
            loop invariant d == dst + (\at(n, Pre) - n) && s == src + (\at(n, Pre) - n);
            loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n ==> dst[k] == src[k];
            loop assigns n, d, s, dst[0 .. \at(n, Pre) - 1];
            loop variant n;
        */
        for (; n >= 8 * SEL4RT_WORD; n -= 8 * SEL4RT_WORD) {
            /*@ loop invariant 0 <= i <= 8 * SEL4RT_WORD && i % SEL4RT_WORD == 0;
                loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n + i ==> dst[k] == src[k];
                loop assigns i, dst[0 .. \at(n, Pre) - 1];
                loop variant 8 * SEL4RT_WORD - i;
            */
            for (size_t i = 0; i < 8 * SEL4RT_WORD; i += SEL4RT_WORD) {
                copy_word(d + i, s + i);
            }
            d += 8 * SEL4RT_WORD;
            s += 8 * SEL4RT_WORD;
        }
        /*@ loop invariant 0 <= n <= \at(n, Pre);
            loop invariant d == dst + (\at(n, Pre) - n) && s == src + (\at(n, Pre) - n);
            loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n ==> dst[k] == src[k];
            loop assigns n, d, s, dst[0 .. \at(n, Pre) - 1];
            loop variant n;
        */
        for (; n >= SEL4RT_WORD; n -= SEL4RT_WORD) {
            copy_word(d, s);
            d += SEL4RT_WORD;
            s += SEL4RT_WORD;
        }
    }
    /*@ loop invariant 0 <= n <= \at(n, Pre);
        loop invariant d == dst + (\at(n, Pre) - n) && s == src + (\at(n, Pre) - n);
        loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n ==> dst[k] == src[k];
        loop assigns n, d, s, dst[0 .. \at(n, Pre) - 1];
        loop variant n;
    */
    for (; n; n--) {
        *d++ = *s++;
    }
    /* For the proof: the same fact by address, which is how callers use it. */
    /*@ assert \forall unsigned char *p, *q; \base_addr(p) == \base_addr(dst) && \base_addr(q) == \base_addr(src)
            && dst <= p < dst + \at(n, Pre) && q - src == p - dst ==> p == dst + (p - dst) && q == src + (p - dst);
    */
}

/*@ requires \valid(dst + (0 .. n - 1));
    assigns dst[0 .. n - 1];
    ensures \forall integer k; 0 <= k < n ==> dst[k] == 0;
    ensures \forall unsigned char *p; \base_addr(p) == \base_addr(dst) && dst <= p < dst + n ==> *p == 0;
*/
void sel4rt_zero(unsigned char *dst, size_t n)
{
    unsigned char *d = dst;
    /*@ loop invariant 0 <= n <= \at(n, Pre) && d == dst + (\at(n, Pre) - n);
        loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n ==> dst[k] == 0;
        loop assigns n, d, dst[0 .. \at(n, Pre) - 1];
        loop variant n;
    */
    for (; n && ((uintptr_t)d & (SEL4RT_WORD - 1)); n--) {
        *d++ = 0;
    }
    /*@ loop invariant 0 <= n <= \at(n, Pre) && d == dst + (\at(n, Pre) - n);
        loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n ==> dst[k] == 0;
        loop assigns n, d, dst[0 .. \at(n, Pre) - 1];
        loop variant n;
    */
    for (; n >= 8 * SEL4RT_WORD; n -= 8 * SEL4RT_WORD) {
        /*@ loop invariant 0 <= i <= 8 * SEL4RT_WORD && i % SEL4RT_WORD == 0;
            loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n + i ==> dst[k] == 0;
            loop assigns i, dst[0 .. \at(n, Pre) - 1];
            loop variant 8 * SEL4RT_WORD - i;
        */
        for (size_t i = 0; i < 8 * SEL4RT_WORD; i += SEL4RT_WORD) {
            zero_word(d + i);
        }
        d += 8 * SEL4RT_WORD;
    }
    /*@ loop invariant 0 <= n <= \at(n, Pre) && d == dst + (\at(n, Pre) - n);
        loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n ==> dst[k] == 0;
        loop assigns n, d, dst[0 .. \at(n, Pre) - 1];
        loop variant n;
    */
    for (; n >= SEL4RT_WORD; n -= SEL4RT_WORD) {
        zero_word(d);
        d += SEL4RT_WORD;
    }
    /*@ loop invariant 0 <= n <= \at(n, Pre) && d == dst + (\at(n, Pre) - n);
        loop invariant \forall integer k; 0 <= k < \at(n, Pre) - n ==> dst[k] == 0;
        loop assigns n, d, dst[0 .. \at(n, Pre) - 1];
        loop variant n;
    */
    for (; n; n--) {
        *d++ = 0;
    }
    /* For the proof: the same fact by address, which is how callers use it. */
    /*@ assert \forall unsigned char *p; \base_addr(p) == \base_addr(dst) && dst <= p < dst + \at(n, Pre)
            ==> p == dst + (p - dst) && *p == dst[p - dst];
    */
}
