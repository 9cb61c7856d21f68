/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The stack protector's guard value and failure path. Both are weak so a
 * C library that brings its own (musl does) takes over without a clash;
 * the seeding below then fills the C library's guard.
 */
#include "sel4rt.h"

__attribute__((weak)) uintptr_t __stack_chk_guard;

__attribute__((weak, noreturn)) void __stack_chk_fail(void)
{
    sel4rt_fatal(SEL4RT_E_STACK_SMASH, "stack smashing detected: a stack-protector canary was overwritten");
}

/*
 * Seed the guard before any protected function returns: from AT_RANDOM's
 * 16 random bytes when the loader passed them (sel4rt makes them for a root
 * task), otherwise from the best entropy here (entropy.c) mixed with what
 * differs between runs (the stack, bootinfo and IPC buffer addresses).
 */
void sel4rt_seed_stack_guard(struct sel4rt_env const *env, void const *stack)
{
    uintptr_t guard = 0;
    if (env->random) {
        /* The bytes may be unaligned. Not __builtin_memcpy: with -mstrict-align (seL4's aarch64 flags) it becomes a call. */
        sel4rt_copy((unsigned char *)&guard, env->random, sizeof(guard));
    } else {
        uintptr_t seed = (uintptr_t)stack ^ (uintptr_t)env->bootinfo ^ ((uintptr_t)env->ipc_buffer >> 8);
        sel4rt_entropy(&guard, 1, seed);
    }
    /* A zero byte stops string functions from reading or writing past the guard. */
    guard &= ~(uintptr_t)0xff00;
    __stack_chk_guard = guard;
}
