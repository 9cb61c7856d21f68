/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Root-task entry: the kernel leaves the bootinfo pointer in a0 and no stack. */
#include "riscv.h"
    .text
    .global _sel4_start
    .type _sel4_start, %function
_sel4_start:
    LOAD_GP
    la sp, sel4rt_root_stack_top
    li s0, 0
    li ra, 0
    call __sel4_start_root      /* a0 still holds the bootinfo pointer */
    unimp
    .size _sel4_start, . - _sel4_start

    .section .note.GNU-stack, "", %progbits
