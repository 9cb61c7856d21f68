/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * aarch64: TLS variant I. The thread pointer is tpidr_el0 (or tpidrro_el0
 * when the kernel is configured with KernelArmTLSReg=tpidruro); a 16-byte
 * control block sits at the thread pointer and the TLS block follows it,
 * rounded up to the block's alignment.
 */
#pragma once

#include <sel4runtime/stdint.h>
#if defined(__has_include)
#if __has_include(<autoconf.h>)
#include <autoconf.h>
#endif
#endif

#define SEL4RT_TLS_ABOVE_TP 1
#define SEL4RT_TLS_GAP 16
#define SEL4RT_TCB_SIZE 16

/* sel4runtime's names for the same facts. */
#define TLS_ABOVE_TP
#define GAP_ABOVE_TP SEL4RT_TLS_GAP

/* The registers themselves, under sel4runtime's names. */
static inline sel4runtime_uintptr_t sel4runtime_read_tpidr_el0(void)
{
    sel4runtime_uintptr_t v;
    __asm__ __volatile__("mrs %0, tpidr_el0" : "=r"(v));
    return v;
}

static inline void sel4runtime_write_tpidr_el0(sel4runtime_uintptr_t v)
{
    __asm__ __volatile__("msr tpidr_el0, %0" ::"r"(v));
}

static inline sel4runtime_uintptr_t sel4runtime_read_tpidrro_el0(void)
{
    sel4runtime_uintptr_t v;
    __asm__ __volatile__("mrs %0, tpidrro_el0" : "=r"(v));
    return v;
}

/*@ assigns \nothing; */
static inline sel4runtime_uintptr_t sel4runtime_get_tls_base(void)
{
    sel4runtime_uintptr_t tp;
#ifdef CONFIG_ARM_TLS_REG_TPIDRURO
    __asm__ __volatile__("mrs %0, tpidrro_el0" : "=r"(tp));
#else
    __asm__ __volatile__("mrs %0, tpidr_el0" : "=r"(tp));
#endif
    return tp;
}
