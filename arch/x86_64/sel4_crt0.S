/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Root-task entry: the kernel leaves the bootinfo pointer in %rdi and no stack. */
    .text
    .global _sel4_start
    .type _sel4_start, %function
_sel4_start:
    lea sel4rt_root_stack_top(%rip), %rsp
    xor %ebp, %ebp
    call __sel4_start_root      /* %rdi still holds the bootinfo pointer */
    hlt
    .size _sel4_start, . - _sel4_start

    .section .note.GNU-stack, "", %progbits
