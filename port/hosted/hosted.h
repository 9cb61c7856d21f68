/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* The hosted (Linux) port's extras for test programs. */
#pragma once

#include <sel4runtime.h>

/* The thread's IPC buffer pointer, as libsel4 names it. */
extern __thread void *__sel4_ipc_buffer;

/* arch/<arch>/hosted.S: a Linux system call with up to three arguments. */
long sel4rt_linux_syscall(long n, long a, long b, long c);
/* arch/<arch>/hosted.S: a Linux system call with six arguments, taken from args. */
long sel4rt_linux_syscall6(long n, long const args[6]);
/* arch/<arch>/hosted.S: start a thread sharing everything, running fn(arg) on `stack` (its top). */
long sel4rt_linux_clone(int (*fn)(void *), void *arg, void *stack);

/* Start a thread on [stack, stack + stack_size) with thread pointer tp, running fn(arg). */
int sel4rt_hosted_spawn(void (*fn)(void *), void *arg, void *stack, sel4runtime_size_t stack_size,
                        sel4runtime_uintptr_t tp);
void sel4rt_hosted_yield(void);
_Noreturn void sel4rt_hosted_exit_thread(int code);
