/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * sel4rt: the C runtime of a seL4 program, behind sel4runtime's interface.
 *
 * Before main runs, the runtime has given the initial thread a TLS block
 * (from the program's PT_TLS), pointed the thread-pointer register at it,
 * stored the thread's IPC buffer pointer in libsel4's __sel4_ipc_buffer and
 * run the constructors. Everything here may be called from main on; the
 * thread functions may be called from any thread at once.
 */
#pragma once

#include <sel4runtime/stddef.h>
#include <sel4runtime/stdint.h>
#include <sel4runtime/auxv.h>

#if defined(__has_include)
#if __has_include(<sel4/sel4.h>)
#include <sel4/sel4.h>
#define SEL4RUNTIME_HAVE_LIBSEL4 1
#endif
#endif
#ifndef SEL4RUNTIME_HAVE_LIBSEL4
/* Built without libsel4 (the hosted test port): the bootinfo is opaque. */
typedef struct seL4_BootInfo seL4_BootInfo;
#endif

#include <sel4runtime/thread.h>

/* Basename of argv[0]; "" when argc is 0 or argv[0] is NULL. Never NULL. */
char const *sel4runtime_process_name(void);

/* The argument vector main received. */
char const *const *sel4runtime_argv(void);

/* The argument count main received (may be 0). */
int sel4runtime_argc(void);

/* The environment vector main received. */
char const *const *sel4runtime_envp(void);

/* The auxiliary vector, ended by AT_NULL. */
auxv_t const *sel4runtime_auxv(void);

/* The bootinfo of a root task (or AT_SEL4_BOOT_INFO of a process); NULL if none. */
seL4_BootInfo *sel4runtime_bootinfo(void);

/*
 * Bytes of caller memory, at any alignment, that sel4runtime_write_tls_image
 * needs for one thread: the TLS block, its control block, and slack to
 * align both inside the memory.
 */
sel4runtime_size_t sel4runtime_get_tls_size(void);

/*
 * Offset of the thread pointer from the start of the TLS region, for memory
 * already aligned to sel4runtime_get_tls_align(). Kept for sel4runtime's
 * callers; sel4runtime_write_tls_image returns the thread pointer itself.
 */
sel4runtime_size_t sel4runtime_get_tp_offset(void);

/* Alignment the thread pointer (and so a region's start) gets. */
sel4runtime_size_t sel4runtime_get_tls_align(void);

/*
 * Non-zero once the calling program's initial thread has its TLS. sel4rt's
 * own start gives it TLS before main or stops with a message, so there it is
 * 1 from main on; a program started through __sel4runtime_load_env may see 0
 * when its image fit nowhere (as with sel4runtime).
 */
int sel4runtime_initial_tls_enabled(void);

/*
 * Write a fresh TLS image (initialised .tdata, zeroed .tbss, control block)
 * into tls_memory, which holds at least sel4runtime_get_tls_size() bytes at
 * any alignment. Returns the thread pointer for the new thread (its
 * register, or seL4_TCB_SetTLSBase), or 0 if tls_memory is NULL.
 */
sel4runtime_uintptr_t sel4runtime_write_tls_image(void *tls_memory);

/*
 * As sel4runtime_write_tls_image, for a region of a known size. Returns 0
 * and writes nothing if the region is NULL or smaller than needed.
 */
sel4runtime_uintptr_t sel4runtime_write_tls_image_sized(void *tls_memory, sel4runtime_size_t size);

/*
 * Everything a hand-made seL4 thread needs before it runs: write a fresh
 * TLS image into [tls_memory, tls_memory + size), store ipc_buffer as that
 * thread's __sel4_ipc_buffer, and return the thread pointer to give it
 * (seL4_TCB_SetTLSBase, or its register). Returns 0 and writes nothing if
 * the region is NULL or too small.
 */
sel4runtime_uintptr_t sel4runtime_setup_thread_tls(void *tls_memory, sel4runtime_size_t size,
                                                   void *ipc_buffer);

/*
 * sel4runtime_setup_thread_tls for a thread of another address space (a
 * child's vspace): `local` is your mapping of the memory that the thread
 * will see at address `remote`. The image is written through `local`,
 * aligned for `remote`, with its pointers (and the returned thread pointer)
 * computed for `remote`; ipc_buffer is the thread's own IPC buffer address
 * there. Returns 0 and writes nothing if local is NULL, remote is 0, or
 * the region is too small.
 */
sel4runtime_uintptr_t sel4runtime_setup_thread_tls_at(void *local, sel4runtime_size_t size,
                                                      sel4runtime_uintptr_t remote, void *ipc_buffer);

/*
 * The thread pointer `tp` returned by sel4runtime_setup_thread_tls_at(local,
 * _, remote, _), as seen through `local`: pass it to
 * sel4runtime_set_tls_variable to set the remote thread's variables through
 * your mapping before it runs.
 */
static inline sel4runtime_uintptr_t sel4runtime_local_tls_base(void *local, sel4runtime_uintptr_t remote,
                                                               sel4runtime_uintptr_t tp)
{
    return tp ? tp - remote + (sel4runtime_uintptr_t)local : 0;
}

/*
 * Give the calling thread a fresh TLS image (as at start-up) in tls_memory
 * (sel4runtime_get_tls_size() bytes, any alignment), point its thread
 * pointer there and store the initial IPC buffer pointer in it. For a
 * thread that starts without TLS, e.g. a process cloned from a running
 * one. Returns the new thread pointer, 0 on NULL.
 */
sel4runtime_uintptr_t sel4runtime_move_initial_tls(void *tls_memory);

/*
 * Write `value` into the copy of the TLS variable `variable` that belongs
 * to the thread whose thread pointer is `thread_pointer`. Evaluates to 0 on
 * success, -1 (writing nothing) if the variable is not in the TLS block.
 */
#define sel4runtime_set_tls_variable(thread_pointer, variable, value) ({ \
    _Static_assert(sizeof(variable) == sizeof(value), "value has the size of the variable"); \
    __typeof__(variable) sel4runtime_typed_value_ = (value); \
    __sel4runtime_write_tls_variable((thread_pointer), (unsigned char *)&(variable), \
                                     (unsigned char *)&sel4runtime_typed_value_, \
                                     sizeof(sel4runtime_typed_value_)); \
})

/*
 * Copy `bytes` from src into another thread's TLS, at the place that
 * corresponds to local_tls_dest in the calling thread's TLS. Returns 0, or
 * -1 (writing nothing) if the range is not inside the calling thread's
 * TLS block or dest_tls_base is 0.
 */
int __sel4runtime_write_tls_variable(sel4runtime_uintptr_t dest_tls_base,
                                     unsigned char *local_tls_dest,
                                     unsigned char *src,
                                     sel4runtime_size_t bytes);

/* Exit function: stops the process with the code. */
typedef void sel4runtime_exit_cb(int code);

/* Replace the exit function (NULL restores the default). Returns the previous one. */
sel4runtime_exit_cb *sel4runtime_set_exit(sel4runtime_exit_cb *cb);

/* Pre-exit hook: runs before the destructors, returns the exit code to use. */
typedef int sel4runtime_pre_exit_cb(int code);

/* Set the pre-exit hook (NULL for none). Returns the previous one. */
sel4runtime_pre_exit_cb *sel4runtime_set_pre_exit(sel4runtime_pre_exit_cb *cb);

/*
 * Exit: run the pre-exit hook, the destructors (.fini_array in reverse,
 * then _fini) once, then the exit function; never returns. Called again
 * (from a destructor or hook) it skips straight to the exit function.
 */
void sel4runtime_exit(int code) __attribute__((noreturn));

/* Point the calling thread's thread pointer at tls_base, the way the kernel allows. */
void __sel4runtime_set_tp(sel4runtime_uintptr_t tls_base);

/* Set the calling thread's thread pointer (see __sel4runtime_set_tp). */
static inline void sel4runtime_set_tls_base(sel4runtime_uintptr_t tls_base)
{
    __sel4runtime_set_tp(tls_base);
}
