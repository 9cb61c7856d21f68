/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The root task's initial stack: the kernel starts it with none. Only
 * sel4_crt0.S refers to it, so processes (which never link _sel4_start)
 * reserve nothing. With Sel4RuntimeRootStackGuard, the stack starts on a
 * page boundary with a page of its own below it, which start-up unmaps:
 * an overflow then faults at a known address (`nm` shows
 * sel4rt_root_stack_guard) instead of overwriting the data below.
 */
#include <sel4runtime/gen_config.h>
#ifdef CONFIG_SEL4RUNTIME_ROOT_STACK_GUARD
#define SEL4RT_GUARD_PAGE 4096
    .section .bss.sel4rt_root_stack, "aw", %nobits
    .balign SEL4RT_GUARD_PAGE
    .global sel4rt_root_stack_guard
    .hidden sel4rt_root_stack_guard
sel4rt_root_stack_guard:
    .space SEL4RT_GUARD_PAGE
#else
    .bss
    .balign 16
#endif
    .global sel4rt_root_stack, sel4rt_root_stack_top
    .hidden sel4rt_root_stack, sel4rt_root_stack_top
sel4rt_root_stack:
    .space CONFIG_SEL4RUNTIME_ROOT_STACK
sel4rt_root_stack_top:
    .section .note.GNU-stack, "", %progbits
