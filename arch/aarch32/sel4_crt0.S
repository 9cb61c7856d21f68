/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Root-task entry: the kernel leaves the bootinfo pointer in r0 and no stack. */
    .syntax unified
    .arm
    .text
    .global _sel4_start
    .type _sel4_start, %function
_sel4_start:
    ldr sp, =sel4rt_root_stack_top
    mov fp, #0
    mov lr, #0
    bl __sel4_start_root        /* r0 still holds the bootinfo pointer */
    udf #0
    .size _sel4_start, . - _sel4_start
    .ltorg

    .section .note.GNU-stack, "", %progbits
