/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The sel4-tutorials (libraries-2) and CAmkES pattern: a buffer of
 * CONFIG_SEL4RUNTIME_STATIC_TLS bytes, declared by the caller, taken as
 * big enough for a thread's TLS. The image written there must stay inside
 * it, whatever sits next to it.
 */
#include "check.h"
#include <sel4runtime/gen_config.h>

__thread int value = 42;
__thread char zeroed[100];

static struct {
    unsigned char before[64];
    char tls_region[CONFIG_SEL4RUNTIME_STATIC_TLS];
    unsigned char after[64];
} g;

int main(void)
{
    for (int i = 0; i < 64; i++) {
        g.before[i] = g.after[i] = 0xa5;
    }
    /* CAmkES only uses its static regions when this holds. */
    CHECK(sel4runtime_get_tls_size() < CONFIG_SEL4RUNTIME_STATIC_TLS);
    uintptr_t tp = sel4runtime_write_tls_image(g.tls_region);
    CHECK(tp >= (uintptr_t)g.tls_region && tp < (uintptr_t)g.after);
    CHECK_EQ(sel4runtime_set_tls_variable(tp, __sel4_ipc_buffer, (void *)0x1000), 0);
    for (int i = 0; i < 64; i++) {
        CHECK_EQ(g.before[i], 0xa5);
        CHECK_EQ(g.after[i], 0xa5);
    }
    return report("static_tls_region");
}
