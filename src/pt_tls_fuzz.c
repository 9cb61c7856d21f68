/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* libFuzzer target: finding and checking PT_TLS among arbitrary program headers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "sel4rt.h"

int LLVMFuzzerTestOneInput(uint8_t const *data, size_t size)
{
    size_t n = size / sizeof(Elf_Phdr);
    Elf_Phdr *ph = malloc((n ? n : 1) * sizeof(Elf_Phdr));
    memcpy(ph, data, n * sizeof(Elf_Phdr));
    struct sel4rt_tls_image img;
    uintptr_t bad = 0;
    if (!sel4rt_tls_from_phdrs(ph, sizeof(Elf_Phdr), n, &img, &bad)) {
        struct sel4rt_tls_layout const *l = &img.layout;
        if (img.align == 0 || (img.align & (img.align - 1)) || img.filesz > img.memsz
            || (img.filesz == 0) != (img.tdata == NULL) || l->span < img.memsz
            || l->region_size < l->span || l->align < img.align) {
            abort();
        }
    }
    free(ph);
    return 0;
}
