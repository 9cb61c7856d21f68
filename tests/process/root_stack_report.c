/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The stack-use report (Sel4RuntimeStackReport): a root task whose main
 * touches DEPTH bytes of stack below its frame. At exit the runtime must
 * print "rootserver: used N of 16384 bytes of stack" with N at least
 * DEPTH and at most DEPTH plus what start-up and exit themselves use
 * (checked by the test's OUTPUT pattern).
 */
#include "harness.h"

static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
static struct test_bootinfo bootinfo = {.num_nodes = 1, .ipc_buffer = ipc_buffer};

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    test_entry = _sel4_start;
    test_arg0 = (uintptr_t)&bootinfo;
    return 0x10;
}

/* Writes every byte of a DEPTH-byte array on the stack (volatile: none is optimised away). */
__attribute__((noinline)) static unsigned use_stack(void)
{
    unsigned char volatile area[DEPTH];
    for (unsigned i = 0; i < DEPTH; i++) {
        area[i] = (unsigned char)(i | 1);
    }
    return area[DEPTH - 1];
}

int main(void)
{
    return use_stack() == (unsigned char)((DEPTH - 1) | 1) ? 0 : 1;
}
