/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Closing halves of _init and _fini. */
    .section .init, "ax", %progbits
    ldp x29, x30, [sp], #16
    ret
    .section .fini, "ax", %progbits
    ldp x29, x30, [sp], #16
    ret
    .section .note.GNU-stack, "", %progbits
