/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Test harness entry: test_setup(real sp) picks the stack, entry and first argument to start with. */
    .text
    .global _test_start
_test_start:
    mov %rsp, %rdi
    and $-16, %rsp
    call test_setup
    mov %rax, %rsp
    mov test_arg0(%rip), %rdi
    jmp *test_entry(%rip)
    .section .note.GNU-stack, "", %progbits
