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

/* Cheap mixing (splitmix-style) for the fallback seed; no divisions. */
static uintptr_t mix(uintptr_t h, uintptr_t v)
{
    h ^= v + (uintptr_t)0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

/*
 * Seed the guard before any protected function returns: from AT_RANDOM's
 * 16 kernel-supplied random bytes when the loader passed them, otherwise
 * from what differs between runs here (addresses of the stack, bootinfo
 * and IPC buffer, and a cycle counter where user mode can read one) -
 * weak, but not a constant.
 */
void sel4rt_seed_stack_guard(struct sel4rt_env const *env, void const *stack)
{
    uintptr_t guard = 0;
    if (env->random) {
        /* The bytes may be unaligned. Not __builtin_memcpy: with -mstrict-align (seL4's aarch64 flags) it becomes a call. */
        sel4rt_copy((unsigned char *)&guard, env->random, sizeof(guard));
    } else {
        uintptr_t counter = 0;
#if defined(__x86_64__) || defined(__i386__)
        unsigned lo, hi;
        __asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
        counter = lo ^ ((uintptr_t)hi << (sizeof(uintptr_t) > 4 ? 32 : 0));
#endif
        guard = mix(mix(mix(mix(0, (uintptr_t)stack), (uintptr_t)env->bootinfo), (uintptr_t)env->ipc_buffer),
                    counter ^ (uintptr_t)&guard);
    }
    /* A zero byte stops string functions from reading or writing past the guard. */
    guard &= ~(uintptr_t)0xff00;
    __stack_chk_guard = guard;
}
