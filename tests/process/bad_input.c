/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Hostile start-up input, one case per build (-DCASE=<name>): each must
 * end in the runtime's one-line diagnostic and its exit code, never a
 * fault and never main. The expected line is in CMakeLists.txt.
 */
#include "harness.h"
#include <sel4runtime/mode/elf.h>

#define IS(name) (__builtin_strcmp(#name, CASE_NAME) == 0)
#define STR2(x) #x
#define STR(x) STR2(x)
#define CASE_NAME STR(CASE)

__thread int tls_value = 5;

static Elf_Phdr phdrs[2];
static struct test_bootinfo bootinfo __attribute__((aligned(16)));
static uintptr_t aux[2 * 300];

static Elf_Phdr tls_phdr(uintptr_t vaddr, size_t filesz, size_t memsz, size_t align)
{
    Elf_Phdr p = {0};
    p.p_type = PT_TLS;
    p.p_vaddr = vaddr;
    p.p_filesz = filesz;
    p.p_memsz = memsz;
    p.p_align = align;
    return p;
}

/* An auxv whose program headers are the crafted ones above. */
static uintptr_t with_phdrs(size_t n)
{
    uintptr_t a[] = {AT_PHDR, (uintptr_t)phdrs, AT_PHENT, sizeof(Elf_Phdr), AT_PHNUM, n};
    return harness_stack_with_auxv("bad_input", a, 6);
}

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    size_t n = 0;
    if (IS(auxv_phdr_without_phnum)) {
        aux[n++] = AT_PHDR;
        aux[n++] = 0x1000;
    } else if (IS(auxv_phent)) {
        uintptr_t a[] = {AT_PHDR, 0x1000, AT_PHNUM, 1, AT_PHENT, 7};
        return harness_stack_with_auxv("bad_input", a, 6);
    } else if (IS(auxv_pagesz)) {
        aux[n++] = AT_PAGESZ;
        aux[n++] = 3000;
    } else if (IS(auxv_unterminated)) {
        for (; n < 2 * 300; n += 2) {
            aux[n] = 99;
            aux[n + 1] = n;
        }
    } else if (IS(tls_align)) {
        phdrs[0] = tls_phdr(0x1000, 0, 8, 24);
        return with_phdrs(1);
    } else if (IS(tls_filesz)) {
        phdrs[0] = tls_phdr(0x1000, 16, 8, 8);
        return with_phdrs(1);
    } else if (IS(tls_two)) {
        phdrs[0] = tls_phdr(0x1000, 0, 8, 8);
        phdrs[1] = tls_phdr(0x2000, 0, 8, 8);
        return with_phdrs(2);
    } else if (IS(tls_data_at_zero)) {
        phdrs[0] = tls_phdr(0, 4, 8, 4);
        return with_phdrs(1);
    } else if (IS(tls_overflow)) {
        phdrs[0] = tls_phdr(0x1000, 0, (size_t)-8, 16);
        return with_phdrs(1);
    } else if (IS(argc_huge)) {
        static uintptr_t stack[64] __attribute__((aligned(16)));
        stack[32] = (uintptr_t)1 << 31; /* no loader passes 2^31 arguments */
        test_entry = _start;
        return (uintptr_t)&stack[32];
    } else if (IS(ipc_misaligned)) {
        aux[n++] = AT_SEL4_IPC_BUFFER_PTR;
        aux[n++] = 0x10010;
    } else if (IS(bootinfo_null)) {
        test_entry = _sel4_start;
        test_arg0 = 0;
        return 0x10;
    } else if (IS(bootinfo_misaligned)) {
        test_entry = _sel4_start;
        test_arg0 = (uintptr_t)&bootinfo + 2;
        return 0x10;
    }
    return harness_stack_with_auxv("bad_input", aux, n);
}

int main(void)
{
    sel4rt_print("main ran with tls_value %u\n", (uintptr_t)tls_value);
    return 0;
}
