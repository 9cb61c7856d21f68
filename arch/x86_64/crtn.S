/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Closing halves of _init and _fini. */
    .section .init, "ax", %progbits
    add $8, %rsp
    ret
    .section .fini, "ax", %progbits
    add $8, %rsp
    ret
    .section .note.GNU-stack, "", %progbits
