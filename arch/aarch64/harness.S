/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Test harness entry: test_setup(real sp) picks the stack, entry and first argument to start with. */
    .text
    .global _test_start
_test_start:
    mov x0, sp
    bl test_setup
    mov sp, x0
    adrp x9, test_arg0
    ldr x0, [x9, :lo12:test_arg0]
    adrp x9, test_entry
    ldr x9, [x9, :lo12:test_entry]
    br x9
    .section .note.GNU-stack, "", %progbits
