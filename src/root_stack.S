/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The root task's initial stack: the kernel starts it with none. Only
 * sel4_crt0.S refers to it, so processes (which never link _sel4_start)
 * reserve nothing.
 */
#include <sel4runtime/gen_config.h>
    .bss
    .balign 16
    .global sel4rt_root_stack_top
    .hidden sel4rt_root_stack_top
sel4rt_root_stack:
    .space CONFIG_SEL4RUNTIME_ROOT_STACK
sel4rt_root_stack_top:
    .section .note.GNU-stack, "", %progbits
