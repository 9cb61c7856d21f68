/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Opening halves of _init and _fini; crtn.S closes them, .init/.fini code goes between. */
    .syntax unified
    .arm
    .section .init, "ax", %progbits
    .global _init
    .type _init, %function
_init:
    push {r4, lr}               /* two registers keep sp 8-byte aligned */
    .section .fini, "ax", %progbits
    .global _fini
    .type _fini, %function
_fini:
    push {r4, lr}
    .section .note.GNU-stack, "", %progbits
