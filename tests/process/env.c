/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* A process as Linux starts it: argv, envp and auxv as given, name = basename of argv[0]. */
#include "check.h"

int main(int argc, char const *const *argv, char const *const *envp)
{
    CHECK_EQ(argc, 3);
    CHECK(streq(argv[1], "one"));
    CHECK(streq(argv[2], "two"));
    CHECK(argv[3] == 0);
    CHECK(sel4runtime_argv() == argv);
    CHECK(sel4runtime_envp() == envp);
    CHECK_EQ(sel4runtime_argc(), 3);
    CHECK(streq(sel4runtime_process_name(), "env"));
    int pagesz_seen = 0;
    for (auxv_t const *a = sel4runtime_auxv(); a->a_type != AT_NULL; a++) {
        pagesz_seen |= a->a_type == AT_PAGESZ && a->a_un.a_val >= 4096;
    }
    CHECK(pagesz_seen);
    CHECK(sel4runtime_bootinfo() == 0);
    CHECK(__sel4_ipc_buffer == 0); /* Linux passes no AT_SEL4_IPC_BUFFER_PTR */
    return report("env");
}
