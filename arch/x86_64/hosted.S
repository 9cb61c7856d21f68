/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Linux system calls for the hosted test port. */
#define CLONE_THREAD_FLAGS 0x50f00 /* VM|FS|FILES|SIGHAND|THREAD|SYSVSEM */
    .text
    .global sel4rt_linux_syscall
    .type sel4rt_linux_syscall, %function
sel4rt_linux_syscall:           /* (n, a, b, c) */
    mov %rdi, %rax
    mov %rsi, %rdi
    mov %rdx, %rsi
    mov %rcx, %rdx
    syscall
    ret
    .size sel4rt_linux_syscall, . - sel4rt_linux_syscall

    .global sel4rt_linux_syscall6
    .type sel4rt_linux_syscall6, %function
sel4rt_linux_syscall6:          /* (n, args[6]) */
    mov %rdi, %rax
    mov %rsi, %r11
    mov 0(%r11), %rdi
    mov 8(%r11), %rsi
    mov 16(%r11), %rdx
    mov 24(%r11), %r10
    mov 32(%r11), %r8
    mov 40(%r11), %r9
    syscall
    ret
    .size sel4rt_linux_syscall6, . - sel4rt_linux_syscall6

    .global sel4rt_linux_clone
    .type sel4rt_linux_clone, %function
sel4rt_linux_clone:             /* (fn, arg, stack top) */
    and $-16, %rdx
    sub $16, %rdx
    mov %rdi, 0(%rdx)
    mov %rsi, 8(%rdx)
    mov %rdx, %rsi
    mov $CLONE_THREAD_FLAGS, %edi
    xor %edx, %edx
    xor %r10d, %r10d
    xor %r8d, %r8d
    mov $56, %eax               /* clone */
    syscall
    test %rax, %rax
    jnz 1f
    xor %ebp, %ebp              /* child: fn(arg) on the new stack, then exit the thread */
    pop %rax
    pop %rdi
    call *%rax
    mov %eax, %edi
    mov $60, %eax               /* exit */
    syscall
    hlt
1:  ret
    .size sel4rt_linux_clone, . - sel4rt_linux_clone
    .section .note.GNU-stack, "", %progbits
