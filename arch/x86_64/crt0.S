/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Process entry: %rsp points at argc of a System V start stack. */
    .text
    .global _start
    .type _start, %function
_start:
    xor %ebp, %ebp              /* outermost frame for unwinders and debuggers */
    mov %rsp, %rdi
    and $-16, %rsp              /* the ABI wants 16-byte alignment at each call */
    call __sel4_start_c
    hlt
    .size _start, . - _start
    .section .note.GNU-stack, "", %progbits
