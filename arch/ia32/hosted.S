/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Linux system calls for the hosted test port (int $0x80, arguments in ebx, ecx, edx). */
#define CLONE_THREAD_FLAGS 0x50f00 /* VM|FS|FILES|SIGHAND|THREAD|SYSVSEM */
    .text
    .global sel4rt_linux_syscall
    .type sel4rt_linux_syscall, %function
sel4rt_linux_syscall:           /* (n, a, b, c) */
    push %ebx
    mov 8(%esp), %eax
    mov 12(%esp), %ebx
    mov 16(%esp), %ecx
    mov 20(%esp), %edx
    int $0x80
    pop %ebx
    ret
    .size sel4rt_linux_syscall, . - sel4rt_linux_syscall

    .global sel4rt_linux_syscall6
    .type sel4rt_linux_syscall6, %function
sel4rt_linux_syscall6:          /* (n, args[6]) */
    push %ebx
    push %esi
    push %edi
    push %ebp
    mov 20(%esp), %eax
    mov 24(%esp), %ebp
    mov 0(%ebp), %ebx
    mov 4(%ebp), %ecx
    mov 8(%ebp), %edx
    mov 12(%ebp), %esi
    mov 16(%ebp), %edi
    mov 20(%ebp), %ebp
    int $0x80
    pop %ebp
    pop %edi
    pop %esi
    pop %ebx
    ret
    .size sel4rt_linux_syscall6, . - sel4rt_linux_syscall6

    .global sel4rt_linux_clone
    .type sel4rt_linux_clone, %function
sel4rt_linux_clone:             /* (fn, arg, stack top) */
    push %ebx
    push %esi
    push %edi
    mov 24(%esp), %ecx
    and $-16, %ecx
    sub $16, %ecx
    mov 20(%esp), %eax
    mov %eax, 0(%ecx)           /* arg, where fn will find it */
    mov 16(%esp), %eax
    mov %eax, 4(%ecx)           /* fn */
    mov $CLONE_THREAD_FLAGS, %ebx
    xor %edx, %edx
    xor %esi, %esi
    xor %edi, %edi
    mov $120, %eax              /* clone */
    int $0x80
    test %eax, %eax
    jnz 1f
    xor %ebp, %ebp              /* child: fn(arg) on the new stack, then exit the thread */
    call *4(%esp)
    mov %eax, %ebx
    mov $1, %eax                /* exit */
    int $0x80
    hlt
1:  pop %edi
    pop %esi
    pop %ebx
    ret
    .size sel4rt_linux_clone, . - sel4rt_linux_clone
    .section .note.GNU-stack, "", %progbits
