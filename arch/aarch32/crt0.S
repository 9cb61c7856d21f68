/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Process entry: sp points at argc of a System V start stack. */
    .syntax unified
    .arm
    .text
    .global _start
    .type _start, %function
_start:
    mov fp, #0                  /* outermost frame for unwinders and debuggers */
    mov lr, #0
    mov r0, sp
    bic sp, sp, #7              /* AAPCS: 8-byte aligned at public interfaces */
    bl __sel4_start_c
    udf #0
    .size _start, . - _start
    .section .note.GNU-stack, "", %progbits
