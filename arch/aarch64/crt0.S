/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Process entry: sp points at argc of a System V start stack (16-byte aligned). */
    .text
    .global _start
    .type _start, %function
_start:
    mov x29, #0                 /* outermost frame for unwinders and debuggers */
    mov x30, #0
    mov x0, sp
    bl __sel4_start_c
    brk #0
    .size _start, . - _start
    .section .note.GNU-stack, "", %progbits
