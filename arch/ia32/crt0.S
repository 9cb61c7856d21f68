/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Process entry: %esp points at argc of a System V start stack. */
    .text
    .global _start
    .type _start, %function
_start:
    xor %ebp, %ebp
    mov %esp, %eax
    and $-16, %esp
    sub $12, %esp               /* with the push below: 16-byte aligned at the call */
    push %eax
    call __sel4_start_c
    hlt
    .size _start, . - _start
    .section .note.GNU-stack, "", %progbits
