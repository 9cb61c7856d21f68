/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The runtime's internal interface: what the portable core's files share,
 * and what each kernel-facing layer (port/sel4, port/hosted) must supply.
 * Nothing here includes libsel4.
 */
#pragma once

#include <sel4runtime.h>
#include <sel4runtime/gen_config.h>
#include <sel4runtime/mode/elf.h>

typedef sel4runtime_uintptr_t uintptr_t;
typedef sel4runtime_size_t size_t;

#define SEL4RT_WORD sizeof(uintptr_t)

/* Exit codes of the runtime's own fatal stops, one per kind of problem. */
enum sel4rt_error {
    SEL4RT_OK = 0,
    SEL4RT_E_STACK = 111,      /* start stack unreadable: argc/argv/envp/auxv */
    SEL4RT_E_AUXV = 112,       /* auxiliary vector malformed */
    SEL4RT_E_PHDR = 113,       /* program headers malformed or missing */
    SEL4RT_E_TLS = 114,        /* PT_TLS malformed */
    SEL4RT_E_TLS_SPACE = 115,  /* no memory for the initial thread's TLS */
    SEL4RT_E_BOOTINFO = 116,   /* bootinfo pointer bad */
    SEL4RT_E_IPC_BUFFER = 117, /* IPC buffer pointer bad */
    SEL4RT_E_STACK_SMASH = 118, /* stack-protector canary overwritten */
    SEL4RT_E_ASSERT = 119       /* libsel4 assertion failed (no C library's __assert_fail) */
};

/* ---- environment (env.c) ---- */

struct sel4rt_env {
    int argc;
    char const *const *argv;
    char const *const *envp;
    auxv_t const *auxv;
    char const *argv0; /* argv[0] as it was at start-up (NULL without one): the name comes from it */
    char const *name;  /* set by the root task's entry only: the name the kernel already gave it; else from argv0 */

    /* Read from the auxiliary vector (0 when absent). */
    void const *phdr;
    size_t phent;
    size_t phnum;
    size_t pagesz;
    void const *random;
    void *sysinfo;
    void *bootinfo;
    void *ipc_buffer;
    uintptr_t tcb;
};

/* Most auxv entries read before the vector counts as unterminated. */
#define SEL4RT_AUXV_MAX 256

/* Fill argc/argv/envp/auxv from a System V start stack. */
int sel4rt_env_from_stack(uintptr_t const *sp, struct sel4rt_env *env);
/*
 * Fill the auxv-derived fields from env->auxv. Returns NULL, or what is
 * wrong (a phrase the offending value *bad can follow).
 */
char const *sel4rt_env_read_auxv(struct sel4rt_env *env, uintptr_t *bad);
/* Basename of a path; "" for NULL. */
char const *sel4rt_basename(char const *path);
/*
 * The program's name: env->name when the entry set it, else basename of
 * argv0, "" without one. Found when asked, not at start-up; from the saved
 * argv0 rather than through argv, which a process cloned from a running
 * one (sel4test's helpers) finds stale.
 */
char const *sel4rt_env_name(struct sel4rt_env const *env);

extern struct sel4rt_env sel4rt_env;

/* ---- start-up stages (start.c), shared with the default __sel4runtime_start_main ---- */

/* seL4_CapInitThreadTCB: the root task's TCB capability slot, fixed by seL4's ABI. */
#define SEL4RT_INIT_THREAD_TCB 1

/* The head of seL4_BootInfo, whose layout seL4's ABI fixes. */
struct sel4rt_bootinfo_head {
    uintptr_t extra_len;
    uintptr_t node_id;
    uintptr_t num_nodes;
    uintptr_t num_iopt_levels;
    void *ipc_buffer;
};

/* The program headers: from the auxiliary vector, else from our own ELF header. */
void sel4rt_find_phdrs(struct sel4rt_env *env);
/* The default AT_SYSINFO: no system calls. */
long sel4_vsyscall(long sysnum, ...);

/* Fill sel4rt_env from the vectors and find the TLS image; stops with a message on bad input. */
void sel4rt_read_env(int argc, char const *const *argv, char const *const *envp, auxv_t const *auxv);
/*
 * The part of sel4rt_read_env after the vectors: seed the stack guard and
 * find the TLS image in the program headers. The root task's start calls
 * it directly, having filled sel4rt_env itself.
 */
void sel4rt_read_image(struct sel4rt_env *env);
/*
 * From a filled sel4rt_env to the end: the initial thread's TLS (on this
 * frame's stack if need be), constructors, main, exit.
 */
_Noreturn void sel4rt_run_main(int (*main_fn)());
/* Write the initial TLS into the linker-sized area, else the static area; 0 if it fits neither. */
uintptr_t sel4rt_place_initial_tls(void);
/* Stop, naming how much TLS was needed and what was available. */
_Noreturn void sel4rt_no_initial_tls(size_t stack_budget);
/* Point the thread pointer at tp and store the IPC buffer pointer. */
void sel4rt_enter_initial_tls(uintptr_t tp);
/* Bytes of stack sel4rt's own entry code lets the initial TLS borrow (0 for other callers). */
extern size_t sel4rt_stack_budget;
/* The initial thread's thread pointer, 0 until it has TLS. */
extern uintptr_t sel4rt_initial_tp;

/* ---- TLS layout arithmetic (layout.c): pure, per ABI ---- */

/* The facts an architecture contributes to TLS layout. */
struct sel4rt_tls_abi {
    int above_tp;    /* variant I: block above the thread pointer */
    size_t gap;      /* variant I: control block between tp and the block */
    size_t tcb_size; /* bytes of control block (variant II: above tp) */
    size_t word;     /* the ABI's word size */
};

/*
 * Where things go in one thread's TLS region, as offsets from the region
 * start once it is aligned to `align`.
 */
struct sel4rt_tls_layout {
    size_t align;        /* alignment of the region start and thread pointer */
    size_t tp_offset;    /* thread pointer */
    size_t block_offset; /* first byte of the TLS block (.tdata then .tbss) */
    size_t tcb_offset;   /* control block */
    size_t span;         /* bytes used from the aligned start */
    size_t region_size;  /* span plus slack to align memory of any alignment */
};

int sel4rt_tls_layout(struct sel4rt_tls_abi const *abi, size_t memsz, size_t align,
                      struct sel4rt_tls_layout *out);

extern struct sel4rt_tls_abi const sel4rt_native_abi;

/* Every seL4 architecture's facts (abis.c: tests and tools only). */
#define SEL4RT_NUM_ABIS 6
struct sel4rt_named_abi {
    char const *name; /* seL4's KernelSel4Arch spelling */
    struct sel4rt_tls_abi abi;
};
extern struct sel4rt_named_abi const sel4rt_abis[SEL4RT_NUM_ABIS];
struct sel4rt_tls_abi const *sel4rt_abi_named(char const *name);

/* ---- the TLS image and threads (tls.c) ---- */

struct sel4rt_tls_image {
    unsigned char const *tdata;
    size_t filesz;
    size_t memsz;
    size_t align;
    struct sel4rt_tls_layout layout;
};

extern struct sel4rt_tls_image sel4rt_tls;

/* Find and check PT_TLS; no PT_TLS gives an empty image. Returns NULL or what is wrong. */
char const *sel4rt_tls_from_phdrs(Elf_Phdr const *phdrs, size_t phent, size_t phnum,
                          struct sel4rt_tls_image *out, uintptr_t *bad);
/*
 * Write a fresh image into region start `base`, for a thread that will see
 * that region at `base + shift` (aligned to layout.align): shift is 0 for
 * a thread of this address space, else the distance to another address
 * space's mapping of the same memory. Returns where the thread pointer
 * points in the region, as a pointer (so that the callers' arithmetic on it
 * stays pointer arithmetic, which WP follows); the thread's own thread
 * pointer is that address plus shift. `zeroed`: the
 * region's .tbss bytes are known to be 0 already, so they are not cleared.
 */
unsigned char *sel4rt_tls_write(unsigned char *base, uintptr_t shift, int zeroed);
/* sel4runtime_write_tls_image_sized; `zeroed`: the memory holds only zeros (unused .bss). */
uintptr_t sel4rt_write_tls_image_into(void *tls_memory, size_t size, int zeroed);
/* First byte of the calling thread's TLS block. */
unsigned char *sel4rt_tls_block_of(uintptr_t tp);

/* ---- stack protector (ssp.c) ---- */

/*
 * Weak references: the guard, and the seeding that comes with sel4rt's own
 * definition of it, are linked only when the program uses the stack
 * protector and no C library placed before sel4rt already defines them.
 */
extern uintptr_t __stack_chk_guard __attribute__((weak));
/* Seed __stack_chk_guard from AT_RANDOM, else from run-to-run differences. */
void sel4rt_seed_stack_guard(struct sel4rt_env const *env, void const *stack) __attribute__((weak));

/* ---- entropy (entropy.c) ---- */

/*
 * Fill out[0 .. words) from the best source user mode has here, mixed
 * with seed. Sets sel4rt_entropy_source to the weakest source used.
 */
void sel4rt_entropy(uintptr_t *out, size_t words, uintptr_t seed);
enum { SEL4RT_ENTROPY_NONE, SEL4RT_ENTROPY_COUNTER, SEL4RT_ENTROPY_RDRAND };
extern int sel4rt_entropy_source;
/* Fold v into the hash h (every input bit reaches every output bit). */
uintptr_t sel4rt_mix(uintptr_t h, uintptr_t v);

/* ---- the root task (start_root.c) ---- */

/* Print the root task's stack use (Sel4RuntimeStackReport). */
/*@ assigns \nothing; */
void sel4rt_report_stack(void) __attribute__((weak));

/* ---- memory (mem.c) ---- */

void sel4rt_copy(unsigned char *dst, unsigned char const *src, size_t n);
void sel4rt_zero(unsigned char *dst, size_t n);

/* ---- diagnostics (diag.c) ---- */

/*
 * A build whose kernel has no console (seL4 without CONFIG_PRINTING) sets
 * SEL4RT_PRINTING to 0: then no message text or formatting is linked, and a
 * fatal stop only exits with its code.
 */
#ifndef SEL4RT_PRINTING
#define SEL4RT_PRINTING 1
#endif
#if SEL4RT_PRINTING
/* Write a message: %s string; %u, %d (signed), %x hex, each passed as uintptr_t. */
void sel4rt_print(char const *fmt, ...);
/* Print "sel4rt: <message>" and stop through the exit path with `code`. */
_Noreturn void sel4rt_fatal(int code, char const *fmt, ...);
/* A problem's description, returned by the checks in env.c and pt_tls.c. */
#define SEL4RT_WHY(text) text
#else
#define sel4rt_print(...) ((void)0)
#define sel4rt_fatal(code, ...) sel4rt_port_exit((code), &sel4rt_env)
#define SEL4RT_WHY(text) ""
#endif

/* ---- what a kernel-facing layer supplies (port/<kernel>/) ---- */

/* __sel4runtime_set_tp (declared in sel4runtime.h): point the thread pointer. */
/* Write debug output; may drop it when the kernel has no console. */
void sel4rt_port_write(char const *s, size_t n);
/* Store ipc_buffer as the calling thread's IPC buffer pointer. */
void sel4rt_port_set_ipc_buffer(void *ipc_buffer);
/* Address of the calling thread's IPC buffer variable, or NULL if it is not thread-local. */
/*@ assigns \nothing; */
void *sel4rt_port_ipc_buffer_slot(void);
/* The initial thread has TLS and its IPC buffer (e.g. name it in the kernel). */
void sel4rt_port_initial_thread_ready(struct sel4rt_env const *env);
/*
 * Stop the program for good: the default exit, after the destructors and
 * exit function, from any thread, before or after TLS exists. Must not return.
 */
_Noreturn void sel4rt_port_exit(int code, struct sel4rt_env const *env);
/*
 * Unmap the page of the root task's own image at `page` (page-aligned).
 * Returns 0 or an error code. Called before the thread has TLS or an IPC
 * buffer.
 */
int sel4rt_port_unmap_image_page(void const *bootinfo, void *page);
/* Stop the calling thread for good, without using the CPU (another thread is exiting). */
_Noreturn void sel4rt_port_stop_thread(void);

/* The contracts' vocabulary (comments to a compiler). */
#include "spec.h"
