/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Process entry: sp points at argc of a System V start stack (16-byte aligned). */
#include "riscv.h"
    .text
    .global _start
    .type _start, %function
_start:
    LOAD_GP
    li s0, 0                    /* outermost frame for unwinders and debuggers */
    li ra, 0
    mv a0, sp
    andi sp, sp, -16
    call __sel4_start_c
    unimp
    .size _start, . - _start
    .section .note.GNU-stack, "", %progbits
