/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Initialised and zeroed __thread data at alignment ALIGN, read through
 * compiler-generated TLS accesses: if the runtime's layout disagreed with
 * the linker's by one byte, the values or the alignment would be wrong.
 * With TBSS_ALIGN only the zeroed data carries ALIGN (the .tbss section
 * then sets PT_TLS's alignment on its own). With FIXED_AREA the program is
 * linked without the linker-sized area: the TLS goes in the runtime's
 * static area in .bss, not on the stack.
 */
#include "check.h"

#ifdef TBSS_ALIGN
#define DATA_ALIGN 1
#else
#define DATA_ALIGN ALIGN
#endif

__thread unsigned int first_word __attribute__((aligned(DATA_ALIGN))) = 0x11223344u;
__thread unsigned char pattern[37] = {
    1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78, 85, 92, 99, 106, 113, 120, 127,
    134, 141, 148, 155, 162, 169, 176, 183, 190, 197, 204, 211, 218, 225, 232, 239, 246, 253};
__thread unsigned long long wide = 0x0102030405060708ull;
__thread unsigned char zeroed[100] __attribute__((aligned(ALIGN)));
__thread uintptr_t zeroed_word;

#ifdef FIXED_AREA
static uintptr_t distance(uintptr_t a, uintptr_t b)
{
    return a > b ? a - b : b - a;
}
static int in_bss;
#endif

int main(void)
{
#ifdef FIXED_AREA
    int on_stack;
    CHECK(distance(sel4runtime_get_tls_base(), (uintptr_t)&in_bss)
          < distance(sel4runtime_get_tls_base(), (uintptr_t)&on_stack));
#endif
    CHECK_EQ(first_word, 0x11223344u);
    for (int i = 0; i < 37; i++) {
        CHECK_EQ(pattern[i], (unsigned char)(1 + 7 * i));
    }
    CHECK(wide == 0x0102030405060708ull);
    for (int i = 0; i < 100; i++) {
        CHECK_EQ(zeroed[i], 0);
    }
    CHECK_EQ(zeroed_word, 0);
    CHECK_EQ((uintptr_t)&first_word % DATA_ALIGN, 0);
    CHECK_EQ((uintptr_t)&zeroed % ALIGN, 0);
    CHECK_EQ(sel4runtime_get_tls_base() % ALIGN, 0);

    /* Writes land where reads find them, and nowhere else. */
    first_word = 7;
    zeroed[99] = 9;
    CHECK_EQ(first_word, 7);
    CHECK_EQ(zeroed[99], 9);
    CHECK_EQ(pattern[36], 253);

#if !SEL4RT_TLS_ABOVE_TP
    /* Variant II: the word at the thread pointer points to itself. */
    CHECK_EQ(*(uintptr_t *)sel4runtime_get_tls_base(), sel4runtime_get_tls_base());
#endif
    return report("tls_align");
}
