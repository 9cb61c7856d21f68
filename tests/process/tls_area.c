/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The linker-sized initial TLS area (src/tls_area.lds): a 64 KiB image,
 * too big for the fixed area and the stack's loan, lands in it; the area
 * holds the image plus no more than alignment slack and the 64 bytes left
 * for a control block.
 */
#include "check.h"
#include <sel4runtime/mode/elf.h>

#ifndef ALIGN
#define ALIGN 64
#endif
__thread unsigned char data[100] __attribute__((aligned(ALIGN))) = {[0] = 7, [99] = 9};
__thread unsigned char huge[65536];

extern unsigned char __sel4rt_tls_area[], __sel4rt_tls_area_end[];

static Elf_Phdr const *pt_tls(void)
{
    Elf_Phdr const *ph = 0;
    uintptr_t n = 0;
    for (auxv_t const *a = sel4runtime_auxv(); a->a_type != AT_NULL; a++) {
        if (a->a_type == AT_PHDR) {
            ph = a->a_un.a_ptr;
        } else if (a->a_type == AT_PHNUM) {
            n = (uintptr_t)a->a_un.a_val;
        }
    }
    for (uintptr_t i = 0; ph && i < n; i++) {
        if (ph[i].p_type == PT_TLS) {
            return &ph[i];
        }
    }
    return 0;
}

int main(void)
{
    uintptr_t area = (uintptr_t)__sel4rt_tls_area, end = (uintptr_t)__sel4rt_tls_area_end;
    uintptr_t tp = sel4runtime_get_tls_base();
    Elf_Phdr const *tls = pt_tls();
    CHECK(tls != 0);
    if (!tls) {
        return report("tls_area");
    }
    sel4rt_print("area %x..%x (%u bytes) for p_memsz %u, p_align %u; tp %x\n", area, end, end - area,
                 (uintptr_t)tls->p_memsz, (uintptr_t)tls->p_align, tp);

    /* The image is in the area, whole, and correct. */
    CHECK(tp >= area && tp <= end);
    CHECK((uintptr_t)&data[0] >= area && (uintptr_t)&huge[65535] < end);
    CHECK_EQ(data[0], 7);
    CHECK_EQ(data[99], 9);
    CHECK_EQ(data[50], 0);
    int nonzero = 0;
    for (int i = 0; i < 65536; i++) {
        nonzero |= huge[i];
    }
    CHECK_EQ(nonzero, 0);
    CHECK_EQ((uintptr_t)&data[0] % ALIGN, 0);

    /* No more than the image, one alignment of padding before .tbss and one of rounding, and 64 bytes. */
    uintptr_t a = (uintptr_t)tls->p_align > 16 ? (uintptr_t)tls->p_align : 16;
    CHECK(end - area >= (uintptr_t)tls->p_memsz);
    CHECK(end - area <= (uintptr_t)tls->p_memsz + 2 * a + 64);
    return report("tls_area");
}
