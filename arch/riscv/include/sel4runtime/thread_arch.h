/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * RISC-V (32 and 64): TLS variant I with no control block: `tp` points at
 * the first byte of the TLS block.
 */
#pragma once

#include <sel4runtime/stdint.h>

#define SEL4RT_TLS_ABOVE_TP 1
#define SEL4RT_TLS_GAP 0
#define SEL4RT_TCB_SIZE 0

#define TLS_ABOVE_TP
#define GAP_ABOVE_TP SEL4RT_TLS_GAP

/* The register itself, under sel4runtime's names. */
static inline sel4runtime_uintptr_t sel4runtime_read_tp(void)
{
    sel4runtime_uintptr_t v;
    __asm__ __volatile__("mv %0, tp" : "=r"(v));
    return v;
}

static inline void sel4runtime_write_tp(sel4runtime_uintptr_t v)
{
    __asm__ __volatile__("mv tp, %0" ::"r"(v));
}

/*@ assigns \nothing; */
static inline sel4runtime_uintptr_t sel4runtime_get_tls_base(void)
{
    sel4runtime_uintptr_t tp;
    __asm__ __volatile__("mv %0, tp" : "=r"(tp));
    return tp;
}
