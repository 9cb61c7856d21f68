/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Closing halves of _init and _fini. */
#include "riscv.h"
    .section .init, "ax", %progbits
    REG_L ra, 16 - SZREG(sp)
    addi sp, sp, 16
    ret
    .section .fini, "ax", %progbits
    REG_L ra, 16 - SZREG(sp)
    addi sp, sp, 16
    ret
    .section .note.GNU-stack, "", %progbits
