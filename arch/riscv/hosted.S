/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Linux system calls for the hosted test port (ecall, number in a7). */
#include "riscv.h"
    .text
    .global sel4rt_linux_syscall
    .type sel4rt_linux_syscall, %function
sel4rt_linux_syscall:           /* (n, a, b, c) */
    mv a7, a0
    mv a0, a1
    mv a1, a2
    mv a2, a3
    ecall
    ret
    .size sel4rt_linux_syscall, . - sel4rt_linux_syscall

    .global sel4rt_linux_syscall6
    .type sel4rt_linux_syscall6, %function
sel4rt_linux_syscall6:          /* (n, args[6]) */
    mv a7, a0
    mv t0, a1
    REG_L a0, 0(t0)
    REG_L a1, SZREG(t0)
    REG_L a2, 2*SZREG(t0)
    REG_L a3, 3*SZREG(t0)
    REG_L a4, 4*SZREG(t0)
    REG_L a5, 5*SZREG(t0)
    ecall
    ret
    .size sel4rt_linux_syscall6, . - sel4rt_linux_syscall6

    .global sel4rt_linux_clone
    .type sel4rt_linux_clone, %function
sel4rt_linux_clone:             /* (fn, arg, stack top) */
    andi a2, a2, -16
    addi a2, a2, -16
    REG_S a0, 0(a2)
    REG_S a1, SZREG(a2)
    mv a1, a2
    li a0, 0x50f00              /* VM|FS|FILES|SIGHAND|THREAD|SYSVSEM */
    li a2, 0
    li a3, 0
    li a4, 0
    li a7, 220                  /* clone */
    ecall
    bnez a0, 1f
    REG_L t0, 0(sp)             /* child: fn(arg) on the new stack, then exit the thread */
    REG_L a0, SZREG(sp)
    li s0, 0
    li ra, 0
    jalr t0
    li a7, 93                   /* exit */
    ecall
    unimp
1:  ret
    .size sel4rt_linux_clone, . - sel4rt_linux_clone
    .section .note.GNU-stack, "", %progbits
