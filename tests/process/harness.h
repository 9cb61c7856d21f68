/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * For tests that start the runtime from a crafted state: the program's
 * entry is _test_start (arch/<arch>/harness.S), which calls test_setup on
 * the real stack, then switches to the stack it returns and jumps to
 * test_entry with test_arg0 in the first argument register. test_setup
 * runs before there is any TLS and must not touch it.
 */
#pragma once

#include "check.h"

void _start(void);
void _sel4_start(void);

void (*test_entry)(void);
uintptr_t test_arg0;

uintptr_t test_setup(uintptr_t *real_sp);

/* A bootinfo-shaped block: the head seL4_BootInfo starts with. */
struct test_bootinfo {
    uintptr_t extra_len;
    uintptr_t node_id;
    uintptr_t num_nodes;
    uintptr_t num_iopt_levels;
    void *ipc_buffer;
    uintptr_t rest[16];
};

/*
 * A System V start block at the top of a private stack: argc (0 or 1),
 * argv, envp {"A=1"}, then the auxv pairs given (n words) and AT_NULL.
 * No AT_PHDR unless given: the runtime then finds its headers itself.
 * Returns the stack pointer to start _start with.
 */
static uintptr_t harness_stack[4096] __attribute__((aligned(16)));

static inline uintptr_t harness_stack_with_auxv(char const *argv0, uintptr_t const *aux, size_t n)
{
    static char const env0[] = "A=1";
    /* 16-byte aligned, by index: the runtime's frames grow down below it. */
    size_t per16 = 16 / sizeof(uintptr_t);
    uintptr_t *top = &harness_stack[(4096 - 8 - n) / per16 * per16];
    uintptr_t *s = top;
    *s++ = argv0 ? 1 : 0;
    if (argv0) {
        *s++ = (uintptr_t)argv0;
    }
    *s++ = 0;
    *s++ = (uintptr_t)env0;
    *s++ = 0;
    for (size_t i = 0; i < n; i++) {
        *s++ = aux[i];
    }
    *s++ = AT_NULL;
    *s++ = 0;
    test_entry = _start;
    return (uintptr_t)top;
}

/* The usual start block: AT_PAGESZ and, if given, the IPC buffer. */
static inline uintptr_t harness_process_stack(char const *argv0, void *ipc_buffer)
{
    uintptr_t aux[] = {AT_PAGESZ, 4096, AT_SEL4_IPC_BUFFER_PTR, (uintptr_t)ipc_buffer};
    return harness_stack_with_auxv(argv0, aux, ipc_buffer ? 4 : 2);
}
