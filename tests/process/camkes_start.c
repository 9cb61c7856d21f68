/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Start-up as CAmkES does it (libsel4camkes' camkes_start_control): its own
 * entry calls __sel4runtime_start_main with vectors it built itself: argv[1]
 * a thread number rather than a string, AT_PHENT = sizeof(Elf32_Phdr) on
 * every class, one PT_TLS written from linker symbols with p_align =
 * sizeof(long), an IPC buffer and no TCB. With BIG, the TLS fits neither
 * the static area nor an area the linker sized (the grouped-component
 * case): a caller whose stack size is unknown gets a named stop, not TLS
 * borrowed from its stack. With ROOT_AUXV, the vectors carry the boot info
 * and no IPC-buffer entry, as sel4runtime's own root-task entry passes
 * them: the IPC buffer then comes from the boot info. With FROM_SYMBOLS, the
 * header comes from linker symbols as CAmkES makes it (camkes_tls.lds), in a
 * Release-style link (--gc-sections) of a program whose TLS is all .tbss:
 * its p_vaddr is where .rodata ended, at an odd address (or with WORD, at
 * a word but not at the TLS alignment), and its size counts the padding
 * before .tbss. With OTHER_END the header also ends 64 bytes after the
 * ELF's own PT_TLS: it then describes something else, and is used as given,
 * with the word alignment it claims.
 */
#include "harness.h"
#include <sel4runtime/start.h>

static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
#ifdef FROM_SYMBOLS
__thread unsigned char aligned_data[16] __attribute__((aligned(64)));
extern unsigned char _tdata_start[], _tdata_end[], _tbss_end[];
#else
__thread unsigned char aligned_data[16] __attribute__((aligned(64))) = {7};
#endif
#ifdef BIG
__thread unsigned char big_tbss[40000];
#endif
#ifdef FROM_SYMBOLS
__thread int counter;
#else
__thread int counter = 5;
#endif

extern Elf_Ehdr const __ehdr_start;
void sel4rt_copy(void *dst, void const *src, size_t n);
static Elf_Phdr tls_header;
static char const *argv_[3];
static char const *envp_[2] = {"seL4=1", 0};
static auxv_t auxv_[7];
#ifdef ROOT_AUXV
static struct test_bootinfo bootinfo = {.num_nodes = 1, .ipc_buffer = ipc_buffer};
#define NAME "rootserver"
#else
#define NAME "camkes"
#endif

static void camkes_start(void)
{
#ifdef FROM_SYMBOLS
    tls_header.p_type = PT_TLS;
    tls_header.p_vaddr = (uintptr_t)_tdata_start;
    tls_header.p_filesz = (uintptr_t)_tdata_end - (uintptr_t)_tdata_start;
    tls_header.p_memsz = (uintptr_t)_tbss_end - (uintptr_t)_tdata_start;
#ifdef OTHER_END
    tls_header.p_memsz += 64;
#endif
#else
    Elf_Phdr const *ph = (Elf_Phdr const *)((char const *)&__ehdr_start + __ehdr_start.e_phoff);
    for (int i = 0; i < __ehdr_start.e_phnum; i++) {
        if (ph[i].p_type == PT_TLS) {
            sel4rt_copy(&tls_header, &ph[i], sizeof(tls_header)); /* no struct copy: no memcpy here */
        }
    }
#endif
    tls_header.p_offset = 0;
    tls_header.p_align = sizeof(long);
    argv_[0] = NAME;
    argv_[1] = (char const *)(uintptr_t)3; /* the thread's number */
    argv_[2] = 0;
    auxv_[0] = (auxv_t){.a_type = AT_PHENT, .a_un.a_val = 32};
    auxv_[1] = (auxv_t){.a_type = AT_PHNUM, .a_un.a_val = 1};
    auxv_[2] = (auxv_t){.a_type = AT_PHDR, .a_un.a_ptr = &tls_header};
    auxv_[3] = (auxv_t){.a_type = AT_SYSINFO, .a_un.a_val = 0};
#ifdef ROOT_AUXV
    auxv_[4] = (auxv_t){.a_type = AT_SEL4_BOOT_INFO, .a_un.a_ptr = &bootinfo};
#else
    auxv_[4] = (auxv_t){.a_type = AT_SEL4_IPC_BUFFER_PTR, .a_un.a_ptr = ipc_buffer};
#endif
    auxv_[5] = (auxv_t){.a_type = AT_PAGESZ, .a_un.a_val = 0x1000};
    auxv_[6] = (auxv_t){.a_type = AT_NULL, .a_un.a_val = 0};
    __sel4runtime_start_main(main, 2, argv_, envp_, auxv_);
}

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    test_entry = camkes_start;
    return (uintptr_t)&harness_stack[4096 - 16];
}

int main(int argc, char const *const *argv)
{
    CHECK_EQ(argc, 2);
    CHECK_EQ((uintptr_t)argv[1], 3);
    CHECK(streq(sel4runtime_process_name(), NAME));
#ifdef ROOT_AUXV
    CHECK(sel4runtime_bootinfo() == (void *)&bootinfo);
#else
    CHECK(sel4runtime_bootinfo() == 0);
#endif
    CHECK(sel4runtime_initial_tls_enabled());
    CHECK(__sel4_ipc_buffer == ipc_buffer);
    /* Laundered: the compiler takes the declared alignment for granted and would fold the check. */
    uintptr_t at = (uintptr_t)aligned_data;
    __asm__("" : "+r"(at));
#ifdef FROM_SYMBOLS
    /* The cases these variants are for. */
#ifdef WORD
    CHECK((uintptr_t)_tdata_start % sizeof(long) == 0 && (uintptr_t)_tdata_start % 64 != 0);
#else
    CHECK((uintptr_t)_tdata_start % sizeof(long) != 0);
#endif
    CHECK_EQ(aligned_data[0], 0);
    CHECK_EQ(counter, 0);
    counter = 5;
    CHECK_EQ(counter, 5);
#else
    CHECK_EQ(aligned_data[0], 7);
    CHECK_EQ(counter, 5);
#endif
#ifdef OTHER_END
    CHECK(sel4runtime_get_tls_size() >= tls_header.p_memsz);
    CHECK(sel4runtime_get_tls_align() < 64); /* the ELF's own headers would give 64 */
#else
    /* The real alignment, for new threads too: not the word the made-up header claims. */
    CHECK_EQ(sel4runtime_get_tls_align(), 64);
    CHECK_EQ(at % 64, 0);
#endif
    return report(NAME);
}
