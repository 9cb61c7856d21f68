/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Thread TLS cost: one sel4runtime_write_tls_image of an IMAGE_SIZE image
 * (with DO_OP=1), or nothing (DO_OP=0); the difference in instructions is
 * the call's cost. With LIBC=1 the same bytes are moved by the C library's
 * memcpy + memset instead, for comparison.
 */
#if LIBC
#include <string.h>
#else
#include <sel4runtime.h>
#endif

#include "image.h"

static unsigned char region[IMAGE_SIZE + 4096] __attribute__((aligned(64)));
static unsigned char tdata_copy[IMAGE_SIZE / 2 + 1] = {1};
/* Not a constant, so the compiler calls the library rather than inlining small copies. */
static volatile unsigned long half = IMAGE_SIZE / 2;

__attribute__((constructor)) static void op(void)
{
#if DO_OP && LIBC
    memcpy(region, tdata_copy, half);
    memset(region + half, 0, half);
#elif DO_OP
    sel4runtime_write_tls_image(region);
#endif
    (void)tdata_copy;
}
