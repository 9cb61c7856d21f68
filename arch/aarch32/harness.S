/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Test harness entry: test_setup(real sp) picks the stack, entry and first argument to start with. */
    .syntax unified
    .arm
    .text
    .global _test_start
_test_start:
    mov r0, sp
    bic sp, sp, #7
    bl test_setup
    mov sp, r0
    ldr r1, =test_arg0
    ldr r0, [r1]
    ldr r1, =test_entry
    ldr r1, [r1]
    bx r1
    .ltorg
    .section .note.GNU-stack, "", %progbits
