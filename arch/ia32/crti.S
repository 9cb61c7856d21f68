/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Opening halves of _init and _fini; crtn.S closes them, .init/.fini code goes between. */
    .section .init, "ax", %progbits
    .global _init
    .type _init, %function
_init:
    sub $12, %esp
    .section .fini, "ax", %progbits
    .global _fini
    .type _fini, %function
_fini:
    sub $12, %esp
    .section .note.GNU-stack, "", %progbits
