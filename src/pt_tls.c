/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Find and check the program's PT_TLS program header: everything the
 * runtime learns about the TLS image comes from here, so every field is
 * checked before it is used.
 */
#include "sel4rt.h"

/*@ requires \valid(out) && \valid(bad) && \separated(out, bad, phdrs + (0 .. phnum - 1));
    requires phent != sizeof(Elf_Phdr) || \valid_read(phdrs + (0 .. phnum - 1));
    requires sel4rt_abi_ok(&sel4rt_native_abi) && \separated(out, &sel4rt_native_abi);
    assigns *out, *bad;
    ensures \result == \null ==> sel4rt_image_ok(out);
*/
char const *sel4rt_tls_from_phdrs(Elf_Phdr const *phdrs, size_t phent, size_t phnum,
                                  struct sel4rt_tls_image *out, uintptr_t *bad)
{
    Elf_Phdr const *tls = SEL4RUNTIME_NULL;

    if (phent != sizeof(Elf_Phdr)) {
        *bad = phent;
        return SEL4RT_WHY("program-header entries are not this ELF class's size; they are");
    }
    /*
     * seL4 programs are static and not position-independent, so p_vaddr is
     * the address. (No load bias from PT_PHDR: seL4 loaders pass AT_PHDR
     * pointing at a copy of the headers on the stack.)
     */
    /*@ loop invariant 0 <= i <= phnum;
        loop invariant tls == \null || \exists integer k; 0 <= k < i && tls == phdrs + k;
        loop assigns i, tls;
        loop variant phnum - i;
    */
    for (size_t i = 0; i < phnum; i++) {
        if (phdrs[i].p_type == PT_TLS) {
            if (tls) {
                *bad = i;
                return SEL4RT_WHY("more than one PT_TLS program header; the second is number");
            }
            tls = &phdrs[i];
        }
    }

    out->tdata = SEL4RUNTIME_NULL;
    out->filesz = 0;
    out->memsz = 0;
    out->align = 1;
    if (tls) {
        uintptr_t align = (uintptr_t)tls->p_align;
        if (align == 0) {
            align = 1;
        }
        if (align & (align - 1)) {
            *bad = align;
            return SEL4RT_WHY("PT_TLS p_align is not a power of two:");
        }
        if (tls->p_filesz > tls->p_memsz) {
            *bad = (uintptr_t)tls->p_filesz;
            return SEL4RT_WHY("PT_TLS p_filesz is larger than p_memsz; p_filesz is");
        }
        if (tls->p_filesz && (tls->p_vaddr == 0 || tls->p_vaddr > (uintptr_t)-1 - tls->p_filesz)) {
            *bad = (uintptr_t)tls->p_vaddr;
            return SEL4RT_WHY("PT_TLS initialised data does not fit the address space; p_vaddr is");
        }
        /*
         * Only the initialised data is read from p_vaddr. With none, the
         * address is never used, and a header made up from linker symbols
         * (CAmkES's) may put it wherever .rodata ended.
         */
        if (tls->p_filesz && ((uintptr_t)tls->p_vaddr & (align - 1))) {
            *bad = (uintptr_t)tls->p_vaddr;
            return SEL4RT_WHY("PT_TLS p_vaddr is not aligned to p_align:");
        }
        out->filesz = (size_t)tls->p_filesz;
        out->memsz = (size_t)tls->p_memsz;
        out->align = align;
        /* An empty .tdata may be given address 0 (LLD); nothing is read then. */
        out->tdata = out->filesz ? (unsigned char const *)(uintptr_t)tls->p_vaddr
                                 : SEL4RUNTIME_NULL;
    }
    if (sel4rt_tls_layout(&sel4rt_native_abi, out->memsz, out->align, &out->layout)) {
        *bad = out->memsz;
        return SEL4RT_WHY("PT_TLS sizes overflow when laid out; p_memsz is");
    }
    return SEL4RUNTIME_NULL;
}
