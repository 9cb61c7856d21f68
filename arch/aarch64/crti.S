/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Opening halves of _init and _fini; crtn.S closes them, .init/.fini code goes between. */
    .section .init, "ax", %progbits
    .global _init
    .type _init, %function
_init:
    stp x29, x30, [sp, #-16]!
    mov x29, sp
    .section .fini, "ax", %progbits
    .global _fini
    .type _fini, %function
_fini:
    stp x29, x30, [sp, #-16]!
    mov x29, sp
    .section .note.GNU-stack, "", %progbits
