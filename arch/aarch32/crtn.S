/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Closing halves of _init and _fini. */
    .syntax unified
    .arm
    .section .init, "ax", %progbits
    pop {r4, lr}
    bx lr
    .section .fini, "ax", %progbits
    pop {r4, lr}
    bx lr
    .section .note.GNU-stack, "", %progbits
