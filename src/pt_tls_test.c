/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Finding and checking PT_TLS among crafted program headers. */
#include "sel4rt.h"
#include "unit_test.h"

static Elf_Phdr ph(unsigned type, uintptr_t vaddr, size_t filesz, size_t memsz, size_t align)
{
    Elf_Phdr p = {0};
    p.p_type = type;
    p.p_vaddr = vaddr;
    p.p_filesz = filesz;
    p.p_memsz = memsz;
    p.p_align = align;
    return p;
}

static char const *find(Elf_Phdr const *phdrs, size_t n, struct sel4rt_tls_image *img, uintptr_t *bad)
{
    return sel4rt_tls_from_phdrs(phdrs, sizeof(Elf_Phdr), n, img, bad);
}

int main(void)
{
    struct sel4rt_tls_image img;
    uintptr_t bad = 0;

    Elf_Phdr good[] = {ph(PT_LOAD, 0x400000, 0x100, 0x100, 0x1000), ph(PT_TLS, 0x401000, 24, 100, 64)};
    CHECK(find(good, 2, &img, &bad) == NULL);
    CHECK(img.tdata == (void *)0x401000 && img.filesz == 24 && img.memsz == 100 && img.align == 64);
    CHECK(img.layout.align == 64);

    /* No PT_TLS: an empty image, still a valid layout (a thread pointer is still set). */
    CHECK(find(good, 1, &img, &bad) == NULL);
    CHECK(img.memsz == 0 && img.tdata == NULL && img.align == 1);

    /* p_align 0 and 1 both mean 1; an empty .tdata at address 0 (LLD) is never read. */
    Elf_Phdr zero_align[] = {ph(PT_TLS, 0, 0, 16, 0)};
    CHECK(find(zero_align, 1, &img, &bad) == NULL);
    CHECK(img.align == 1 && img.tdata == NULL && img.memsz == 16);

    /* Entries of the other ELF class's size (32 or 56 bytes) are not read as this class's. */
    size_t other = sizeof(Elf_Phdr) == 56 ? 32 : 56;
    CHECK(strstr(sel4rt_tls_from_phdrs(good, other, 2, &img, &bad), "not this ELF class's size") && bad == other);

    Elf_Phdr two[] = {ph(PT_TLS, 0x1000, 0, 8, 8), ph(PT_TLS, 0x2000, 0, 8, 8)};
    CHECK(strstr(find(two, 2, &img, &bad), "more than one PT_TLS") && bad == 1);
    Elf_Phdr odd_align[] = {ph(PT_TLS, 0x1000, 0, 8, 24)};
    CHECK(strstr(find(odd_align, 1, &img, &bad), "not a power of two") && bad == 24);
    Elf_Phdr file_gt_mem[] = {ph(PT_TLS, 0x1000, 9, 8, 8)};
    CHECK(strstr(find(file_gt_mem, 1, &img, &bad), "p_filesz is larger") && bad == 9);
    Elf_Phdr unaligned[] = {ph(PT_TLS, 0x1004, 4, 8, 16)};
    CHECK(strstr(find(unaligned, 1, &img, &bad), "not aligned") && bad == 0x1004);
    Elf_Phdr unaligned_empty[] = {ph(PT_TLS, 0x1003, 0, 8, 8)}; /* no initialised data: p_vaddr unused */
    CHECK(find(unaligned_empty, 1, &img, &bad) == 0 && img.tdata == 0 && img.memsz == 8 && img.align == 8);
    Elf_Phdr data_at_zero[] = {ph(PT_TLS, 0, 4, 8, 4)};
    CHECK(strstr(find(data_at_zero, 1, &img, &bad), "does not fit the address space") && bad == 0);
    Elf_Phdr data_wraps[] = {ph(PT_TLS, (uintptr_t)-16, 32, 32, 16)};
    CHECK(strstr(find(data_wraps, 1, &img, &bad), "does not fit the address space"));
    Elf_Phdr huge[] = {ph(PT_TLS, 0x1000, 0, (size_t)-4, 16)};
    CHECK(strstr(find(huge, 1, &img, &bad), "overflow"));
    return unit_report("pt_tls");
}
