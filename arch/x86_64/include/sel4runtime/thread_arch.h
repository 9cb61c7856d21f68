/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * x86_64: TLS variant II. The TLS block ends at the thread pointer (FS
 * base); the control block above it starts with a pointer to itself
 * (compilers read %fs:0 to take a TLS variable's address) and holds the
 * stack-protector canary at %fs:0x28, where GCC looks for it.
 */
#pragma once

#include <sel4runtime/stdint.h>
#if defined(__has_include)
#if __has_include(<autoconf.h>)
#include <autoconf.h>
#endif
#endif

#define SEL4RT_TLS_ABOVE_TP 0
#define SEL4RT_TCB_SIZE 64
#define SEL4RT_TCB_CANARY 0x28

#ifdef CONFIG_FSGSBASE_INST
/* With KernelFSGSBase=inst user code may read and write the bases directly (sel4runtime's names). */
static inline sel4runtime_uintptr_t sel4runtime_read_fs_base(void)
{
    sel4runtime_uintptr_t v;
    __asm__ __volatile__("rdfsbase %0" : "=r"(v));
    return v;
}

static inline void sel4runtime_write_fs_base(sel4runtime_uintptr_t v)
{
    __asm__ __volatile__("wrfsbase %0" ::"r"(v));
}

static inline sel4runtime_uintptr_t sel4runtime_read_gs_base(void)
{
    sel4runtime_uintptr_t v;
    __asm__ __volatile__("rdgsbase %0" : "=r"(v));
    return v;
}

static inline void sel4runtime_write_gs_base(sel4runtime_uintptr_t v)
{
    __asm__ __volatile__("wrgsbase %0" ::"r"(v));
}
#endif

/* %fs:0 holds the thread pointer itself (the control block's self-pointer), readable without FSGSBASE. */
/*@ assigns \nothing; */
static inline sel4runtime_uintptr_t sel4runtime_get_tls_base(void)
{
    sel4runtime_uintptr_t tp;
    __asm__ __volatile__("mov %%fs:0, %0" : "=r"(tp));
    return tp;
}
