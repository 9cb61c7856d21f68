/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Linux system calls for the hosted test port (svc #0, number in x8). */
    .text
    .global sel4rt_linux_syscall
    .type sel4rt_linux_syscall, %function
sel4rt_linux_syscall:           /* (n, a, b, c) */
    mov x8, x0
    mov x0, x1
    mov x1, x2
    mov x2, x3
    svc #0
    ret
    .size sel4rt_linux_syscall, . - sel4rt_linux_syscall

    .global sel4rt_linux_syscall6
    .type sel4rt_linux_syscall6, %function
sel4rt_linux_syscall6:          /* (n, args[6]) */
    mov x8, x0
    mov x9, x1
    ldp x0, x1, [x9]
    ldp x2, x3, [x9, #16]
    ldp x4, x5, [x9, #32]
    svc #0
    ret
    .size sel4rt_linux_syscall6, . - sel4rt_linux_syscall6

    .global sel4rt_linux_clone
    .type sel4rt_linux_clone, %function
sel4rt_linux_clone:             /* (fn, arg, stack top) */
    and x2, x2, #~15
    stp x0, x1, [x2, #-16]!
    mov x1, x2
    mov x0, #0x0f00             /* VM|FS|FILES|SIGHAND|THREAD|SYSVSEM */
    movk x0, #0x5, lsl #16
    mov x2, #0
    mov x3, #0
    mov x4, #0
    mov x8, #220                /* clone */
    svc #0
    cbnz x0, 1f
    ldp x1, x0, [sp], #16       /* child: fn(arg) on the new stack, then exit the thread */
    mov x29, #0
    mov x30, #0
    blr x1
    mov x8, #93                 /* exit */
    svc #0
    brk #0
1:  ret
    .size sel4rt_linux_clone, . - sel4rt_linux_clone
    .section .note.GNU-stack, "", %progbits
