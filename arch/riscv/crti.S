/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Opening halves of _init and _fini; crtn.S closes them, .init/.fini code goes between. */
#include "riscv.h"
    .section .init, "ax", %progbits
    .global _init
    .type _init, %function
_init:
    addi sp, sp, -16
    REG_S ra, 16 - SZREG(sp)
    .section .fini, "ax", %progbits
    .global _fini
    .type _fini, %function
_fini:
    addi sp, sp, -16
    REG_S ra, 16 - SZREG(sp)
    .section .note.GNU-stack, "", %progbits
