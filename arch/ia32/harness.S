/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Test harness entry: test_setup(real sp) picks the stack, entry and first argument (%ebx). */
    .text
    .global _test_start
_test_start:
    mov %esp, %eax
    and $-16, %esp
    sub $12, %esp
    push %eax
    call test_setup
    mov %eax, %esp
    mov test_arg0, %ebx
    jmp *test_entry
    .section .note.GNU-stack, "", %progbits
