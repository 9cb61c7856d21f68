/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * ia32: TLS variant II through the GS segment. The TLS block ends at the
 * thread pointer; the control block above it starts with a pointer to
 * itself (%gs:0) and holds the stack-protector canary at %gs:0x14.
 */
#pragma once

#include <sel4runtime/stdint.h>

#define SEL4RT_TLS_ABOVE_TP 0
#define SEL4RT_TCB_SIZE 32
#define SEL4RT_TCB_CANARY 0x14

/*@ assigns \nothing; */
static inline sel4runtime_uintptr_t sel4runtime_get_tls_base(void)
{
    sel4runtime_uintptr_t tp;
    __asm__ __volatile__("movl %%gs:0, %0" : "=r"(tp));
    return tp;
}
