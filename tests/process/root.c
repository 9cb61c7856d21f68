/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The root-task path: enter _sel4_start as seL4 does, with the bootinfo
 * pointer in the first argument register and a stack pointer that faults
 * if used (0x10). The runtime must move to its own stack, take TLS facts
 * from its own ELF headers (4096-byte aligned data here), store the IPC
 * buffer from the bootinfo, and exit cleanly when main returns. With
 * BIG_TLS (linked without the sized area, on a runtime with a 64 KiB root
 * stack) the TLS fits no static area and the root stack lends it.
 */
#include "harness.h"
#include <sel4runtime/start.h>

static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
static struct test_bootinfo bootinfo = {.num_nodes = 1, .ipc_buffer = ipc_buffer};

__thread unsigned int aligned_data __attribute__((aligned(4096))) = 0xabcdef01u;
__thread unsigned int zeroed_data[3];
#ifdef BIG_TLS
__thread unsigned char big_tbss[20000];
extern unsigned char sel4rt_root_stack[];
#endif

extern unsigned char sel4rt_root_stack_top[];
/* The program headers as Linux gave them (AT_PHDR, AT_PHNUM), for comparison. */
static uintptr_t linux_phdr, linux_phnum;

uintptr_t test_setup(uintptr_t *real_sp)
{
    uintptr_t *p = real_sp + 1 + real_sp[0] + 1; /* past argc and argv */
    while (*p++) {
    }
    for (; p[0] != AT_NULL; p += 2) {
        if (p[0] == AT_PHDR) {
            linux_phdr = p[1];
        } else if (p[0] == AT_PHNUM) {
            linux_phnum = p[1];
        }
    }
    /* Stale data where the runtime will build the auxv, as a reused stack would have. */
    unsigned char *below = (unsigned char *)((uintptr_t)sel4rt_root_stack_top - 2048);
    for (int i = 0; i < 2048; i++) {
        below[i] = 0xff;
    }
    test_entry = _sel4_start;
    test_arg0 = (uintptr_t)&bootinfo;
    return 0x10;
}

int main(int argc, char const *const *argv, char const *const *envp)
{
    unsigned char here;
    CHECK_EQ(argc, 1);
    CHECK(streq(argv[0], "rootserver"));
    CHECK(argv[1] == 0);
    /* As on a process's stack: envp's NULL, then the auxv, which musl's __init_libc finds there. */
    CHECK(streq(envp[0], "seL4=1") && envp[1] == 0);
    CHECK((void const *)&envp[2] == (void const *)sel4runtime_auxv());
    CHECK(streq(sel4runtime_process_name(), "rootserver"));
    CHECK(sel4runtime_bootinfo() == (void *)&bootinfo);
    CHECK(__sel4_ipc_buffer == ipc_buffer);
    CHECK_EQ(aligned_data, 0xabcdef01u);
    CHECK_EQ((uintptr_t)&aligned_data % 4096, 0);
    CHECK_EQ(zeroed_data[0] | zeroed_data[1] | zeroed_data[2], 0);
    CHECK((uintptr_t)&here > 0x10000); /* on the runtime's stack, not at 0x10 */
#ifdef BIG_TLS
    uintptr_t tp = sel4runtime_get_tls_base();
    CHECK(tp > (uintptr_t)sel4rt_root_stack && tp < (uintptr_t)sel4rt_root_stack_top);
    CHECK(big_tbss[0] == 0 && big_tbss[sizeof(big_tbss) - 1] == 0);
#endif

    /* What a program reading the auxv finds: each entry once, with the root task's values. */
    CHECK(linux_phdr != 0);
    int seen = 0;
    for (auxv_t const *a = sel4runtime_auxv(); a->a_type != AT_NULL; a++) {
        uintptr_t v = a->a_un.a_val;
        if (a->a_type == AT_SEL4_TCB) {
            seen += 1;
            CHECK_EQ(v, 1); /* seL4_CapInitThreadTCB */
        } else if (a->a_type == AT_SEL4_BOOT_INFO) {
            seen += 10;
            CHECK(v == (uintptr_t)&bootinfo);
        } else if (a->a_type == AT_SEL4_IPC_BUFFER_PTR) {
            seen += 100;
            CHECK(v == (uintptr_t)ipc_buffer);
        } else if (a->a_type == AT_PAGESZ) {
            seen += 1000;
            CHECK_EQ(v, 4096);
        } else if (a->a_type == AT_PHDR) {
            seen += 10000;
            CHECK_EQ(v, linux_phdr);
        } else if (a->a_type == AT_PHNUM) {
            seen += 100000;
            CHECK_EQ(v, linux_phnum);
        } else if (a->a_type == AT_PHENT) {
            seen += 1000000;
            CHECK_EQ(v, sizeof(Elf_Phdr));
        }
    }
    CHECK_EQ(seen, 1111111);
    /* Whole words, as musl's __init_libc reads them: no stale upper half in a type. */
    uintptr_t const *w = (uintptr_t const *)(void const *)sel4runtime_auxv();
    int n = 0;
    for (; n < 20 && w[0] != AT_NULL; n++, w += 2) {
        CHECK(w[0] < 0x100);
    }
    CHECK(n < 20 && w[1] == 0);
    return report("root");
}
