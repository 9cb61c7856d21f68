/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Test harness entry: test_setup(real sp) picks the stack, entry and first argument to start with. */
#include "riscv.h"
    .text
    .global _test_start
_test_start:
    LOAD_GP
    mv a0, sp
    call test_setup
    mv sp, a0
    la t0, test_arg0
    REG_L a0, 0(t0)
    la t0, test_entry
    REG_L t0, 0(t0)
    jr t0
    .section .note.GNU-stack, "", %progbits
