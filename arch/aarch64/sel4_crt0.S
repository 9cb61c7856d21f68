/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Root-task entry: the kernel leaves the bootinfo pointer in x0 and no stack. */
    .text
    .global _sel4_start
    .type _sel4_start, %function
_sel4_start:
    adrp x9, sel4rt_root_stack_top
    add x9, x9, :lo12:sel4rt_root_stack_top
    mov sp, x9
    mov x29, #0
    mov x30, #0
    bl __sel4_start_root        /* x0 still holds the bootinfo pointer */
    brk #0
    .size _sel4_start, . - _sel4_start

    .section .note.GNU-stack, "", %progbits
