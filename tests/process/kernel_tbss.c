/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * An x86 root task with a large .tbss, loaded as seL4's x86 kernel loads
 * it: after the image is in place, every program header is "loaded" again,
 * PT_TLS included, which zeroes [p_vaddr + p_filesz, p_vaddr + p_memsz).
 * test_setup does that zeroing before the runtime starts; the sections
 * the linker placed after .tdata (.init_array, .data) must survive it.
 */
#include "harness.h"
#include <sel4runtime/start.h>

static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
static struct test_bootinfo bootinfo = {.num_nodes = 1, .ipc_buffer = ipc_buffer};

__thread int initialised = 11;
__thread unsigned char big_tbss[65536];
int data_after = 0x1234;
static int constructed;

__attribute__((constructor)) static void ctor(void)
{
    constructed = 1;
}

extern Elf_Ehdr const __ehdr_start;

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    Elf_Phdr const *ph = (Elf_Phdr const *)((char const *)&__ehdr_start + __ehdr_start.e_phoff);
    for (int i = 0; i < __ehdr_start.e_phnum; i++) {
        if (ph[i].p_type == PT_TLS) {
            unsigned char volatile *p = (unsigned char *)(uintptr_t)(ph[i].p_vaddr + ph[i].p_filesz);
            for (uintptr_t n = 0; n < ph[i].p_memsz - ph[i].p_filesz; n++) {
                p[n] = 0;
            }
        }
    }
    test_entry = _sel4_start;
    test_arg0 = (uintptr_t)&bootinfo;
    return 0x10;
}

int main(void)
{
    CHECK(constructed);
    CHECK_EQ(data_after, 0x1234);
    CHECK_EQ(initialised, 11);
    CHECK_EQ(big_tbss[65535], 0);
    return report("kernel_tbss");
}
