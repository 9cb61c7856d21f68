/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * aarch32: TLS variant I with an 8-byte control block at the thread
 * pointer. Compilers read the thread pointer from TPIDRURO (or call
 * __aeabi_read_tp), which user code cannot write: the kernel sets it.
 * With KernelArmTLSReg=tpidru the thread pointer lives in TPIDRURW.
 */
#pragma once

#include <sel4runtime/stdint.h>
#if defined(__has_include)
#if __has_include(<autoconf.h>)
#include <autoconf.h>
#endif
#endif

#define SEL4RT_TLS_ABOVE_TP 1
#define SEL4RT_TLS_GAP 8
#define SEL4RT_TCB_SIZE 8

#define TLS_ABOVE_TP
#define GAP_ABOVE_TP SEL4RT_TLS_GAP

/* TPIDRURW and TPIDRURO, under sel4runtime's (aarch64-style) names. */
static inline sel4runtime_uintptr_t sel4runtime_read_tpidr_el0(void)
{
    sel4runtime_uintptr_t v;
    __asm__ __volatile__("mrc p15, 0, %0, c13, c0, 2" : "=r"(v));
    return v;
}

static inline void sel4runtime_write_tpidr_el0(sel4runtime_uintptr_t v)
{
    __asm__ __volatile__("mcr p15, 0, %0, c13, c0, 2" ::"r"(v));
}

static inline sel4runtime_uintptr_t sel4runtime_read_tpidrro_el0(void)
{
    sel4runtime_uintptr_t v;
    __asm__ __volatile__("mrc p15, 0, %0, c13, c0, 3" : "=r"(v));
    return v;
}

/*@ assigns \nothing; */
static inline sel4runtime_uintptr_t sel4runtime_get_tls_base(void)
{
    sel4runtime_uintptr_t tp;
#ifdef CONFIG_ARM_TLS_REG_TPIDRU
    __asm__ __volatile__("mrc p15, 0, %0, c13, c0, 2" : "=r"(tp));
#else
    __asm__ __volatile__("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
#endif
    return tp;
}
