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
