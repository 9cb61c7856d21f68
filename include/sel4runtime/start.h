/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* The entry points between the architecture's start code and the portable core. */
#pragma once

#include <sel4runtime/auxv.h>
#include <sel4runtime/elf.h>
#include <sel4runtime/mode/elf.h>

int main();

/*
 * Set up the process from its vectors (TLS, IPC buffer, constructors), run
 * main(argc, argv, envp) and exit with its result. Does not return.
 */
void __sel4runtime_start_main(int (*main)(), unsigned long argc, char const *const *argv,
                              char const *const *envp, auxv_t const auxv[]);

/*
 * Everything __sel4runtime_start_main does before main: read the vectors,
 * give the initial thread its TLS (when it fits the static or linker-sized
 * area; see sel4runtime_initial_tls_enabled) and IPC buffer, and run the
 * constructors. For a replacement __sel4runtime_start_main.
 */
void __sel4runtime_load_env(int argc, char const *const *argv, char const *const *envp,
                            auxv_t const auxv[]);

/* .preinit_array, _init, .init_array in order; .fini_array in reverse, then _fini. */
void __sel4runtime_run_constructors(void);
void __sel4runtime_run_destructors(void);

/* Process-stack entry: sp points at argc, as _start found it. Does not return. */
void __sel4_start_c(void const *stack);

/* Root-task entry, on the runtime's static stack. Does not return. */
void __sel4_start_root(void *boot_info);
