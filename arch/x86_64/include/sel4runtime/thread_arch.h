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

#define SEL4RT_TLS_ABOVE_TP 0
#define SEL4RT_TCB_SIZE 64
#define SEL4RT_TCB_CANARY 0x28

static inline sel4runtime_uintptr_t sel4runtime_get_tls_base(void)
{
    sel4runtime_uintptr_t tp;
    __asm__ __volatile__("mov %%fs:0, %0" : "=r"(tp));
    return tp;
}
