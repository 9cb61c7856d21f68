/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Only zeroed TLS: .tdata is empty (LLD gives it address 0) and must not be read. */
#include "check.h"

__thread uintptr_t counter;
__thread char buffer[64] __attribute__((aligned(16)));

int main(void)
{
    CHECK_EQ(counter, 0);
    for (int i = 0; i < 64; i++) {
        CHECK_EQ(buffer[i], 0);
    }
    counter = 5;
    buffer[63] = 1;
    CHECK_EQ(counter, 5);
    CHECK_EQ((uintptr_t)buffer % 16, 0);
    return report("tls_only_tbss");
}
