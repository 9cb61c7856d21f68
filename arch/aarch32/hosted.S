/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Linux system calls for the hosted test port (EABI: svc #0, number in r7). */
    .syntax unified
    .arm
    .text
    .global sel4rt_linux_syscall
    .type sel4rt_linux_syscall, %function
sel4rt_linux_syscall:           /* (n, a, b, c) */
    push {r7, lr}
    mov r7, r0
    mov r0, r1
    mov r1, r2
    mov r2, r3
    svc #0
    pop {r7, pc}
    .size sel4rt_linux_syscall, . - sel4rt_linux_syscall

    .global sel4rt_linux_syscall6
    .type sel4rt_linux_syscall6, %function
sel4rt_linux_syscall6:          /* (n, args[6]) */
    push {r4, r5, r7, lr}
    mov r7, r0
    mov ip, r1
    ldm ip, {r0-r5}
    svc #0
    pop {r4, r5, r7, pc}
    .size sel4rt_linux_syscall6, . - sel4rt_linux_syscall6

    .global sel4rt_linux_clone
    .type sel4rt_linux_clone, %function
sel4rt_linux_clone:             /* (fn, arg, stack top) */
    push {r4, r7}
    bic r2, r2, #15
    sub r2, r2, #16
    str r0, [r2]
    str r1, [r2, #4]
    mov r1, r2
    movw r0, #0x0f00            /* VM|FS|FILES|SIGHAND|THREAD|SYSVSEM */
    movt r0, #0x5
    mov r2, #0
    mov r3, #0
    mov r4, #0
    mov r7, #120                /* clone */
    svc #0
    cmp r0, #0
    bne 1f
    ldr r1, [sp]                /* child: fn(arg) on the new stack, then exit the thread */
    ldr r0, [sp, #4]
    mov fp, #0
    mov lr, #0
    blx r1
    mov r7, #1                  /* exit */
    svc #0
    udf #0
1:  pop {r4, r7}
    bx lr
    .size sel4rt_linux_clone, . - sel4rt_linux_clone
    .section .note.GNU-stack, "", %progbits
