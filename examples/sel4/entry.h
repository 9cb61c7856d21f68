/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* A new thread's entry registers, for the examples that start threads. */
#pragma once

#include <sel4/sel4.h>

/* Point a new thread's registers at entry, on a stack whose top is sp (16-byte aligned). */
static inline void set_entry(seL4_UserContext *regs, void (*entry)(void), seL4_Word sp)
{
#if defined(CONFIG_ARCH_X86_64)
    regs->rip = (seL4_Word)entry;
    regs->rsp = sp - sizeof(seL4_Word); /* as if called: rsp + 8 is 16-byte aligned */
#elif defined(CONFIG_ARCH_IA32)
    regs->eip = (seL4_Word)entry;
    regs->esp = sp - sizeof(seL4_Word);
#elif defined(CONFIG_ARCH_RISCV)
    regs->pc = (seL4_Word)entry;
    regs->sp = sp;
    __asm__("mv %0, gp" : "=r"(regs->gp)); /* linker relaxation may address data through gp */
#else
    regs->pc = (seL4_Word)entry;
    regs->sp = sp;
#endif
}
