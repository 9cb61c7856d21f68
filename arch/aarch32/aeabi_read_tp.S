/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * __aeabi_read_tp: the thread pointer for code built with -mtp=soft. Its
 * contract lets it clobber only r0, so it is a register read, not a call
 * into C.
 */
#if defined(__has_include)
#if __has_include(<autoconf.h>)
#include <autoconf.h>
#endif
#endif
    .syntax unified
    .arm
    .text
    .global __aeabi_read_tp
    .type __aeabi_read_tp, %function
__aeabi_read_tp:
#ifdef CONFIG_ARM_TLS_REG_TPIDRU
    mrc p15, 0, r0, c13, c0, 2
#else
    mrc p15, 0, r0, c13, c0, 3
#endif
    bx lr
    .size __aeabi_read_tp, . - __aeabi_read_tp
    .section .note.GNU-stack, "", %progbits
