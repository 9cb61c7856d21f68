/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A process started with argc 0 and argv[0] NULL, and no AT_PHDR (the
 * runtime must then find its program headers through __ehdr_start) or
 * AT_RANDOM (the stack-protector guard then comes from sel4rt's own
 * sources, not left 0).
 */
#include "harness.h"

static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
__thread int tls_value = 77;
extern uintptr_t __stack_chk_guard;

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    return harness_process_stack(0, ipc_buffer);
}

int main(int argc, char const *const *argv, char const *const *envp)
{
    CHECK_EQ(argc, 0);
    CHECK(argv[0] == 0);
    CHECK(streq(sel4runtime_process_name(), ""));
    CHECK(streq(envp[0], "A=1"));
    CHECK(envp[1] == 0);
    CHECK(__sel4_ipc_buffer == ipc_buffer);
    CHECK_EQ(tls_value, 77);
    CHECK(__stack_chk_guard != 0);
    return report("argc0");
}
