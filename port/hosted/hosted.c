/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The hosted port: sel4rt's kernel-facing layer for Linux, used to prove
 * the runtime in real processes. Linux hands a process the same System V
 * start stack seL4 loaders build and the thread-pointer hardware is real,
 * so all it must supply is: set the thread pointer, write to stderr, exit,
 * and (for thread tests) start a thread. The IPC buffer pointer lives in a
 * __thread variable named and typed as libsel4's.
 */
#include "../../src/sel4rt.h"
#include "hosted.h"

__thread void *__sel4_ipc_buffer;

/* Linux system call numbers and the one thing that differs per arch: the thread pointer. */
#if defined(__x86_64__)
enum { SYS_write = 1, SYS_mprotect = 10, SYS_exit = 60, SYS_exit_group = 231, SYS_sched_yield = 24, SYS_arch_prctl = 158 };
#define ARCH_SET_FS 0x1002
static void set_tp(uintptr_t tp)
{
    sel4rt_linux_syscall(SYS_arch_prctl, ARCH_SET_FS, (long)tp, 0);
}
#elif defined(__i386__)
enum { SYS_write = 4, SYS_mprotect = 125, SYS_exit = 1, SYS_exit_group = 252, SYS_sched_yield = 158, SYS_set_thread_area = 243 };
struct user_desc {
    unsigned entry_number;
    unsigned base_addr;
    unsigned limit;
    unsigned flags; /* seg_32bit:1 contents:2 read_exec_only:1 limit_in_pages:1 seg_not_present:1 useable:1 */
};
static void set_tp(uintptr_t tp)
{
    /*
     * Reuse this thread's GS descriptor if it is a TLS one, else ask for a
     * free slot. (GS may start as the data selector: qemu-i386 does that.)
     */
    unsigned gs;
    __asm__ __volatile__("mov %%gs, %0" : "=r"(gs));
    struct user_desc d = {gs ? gs >> 3 : (unsigned)-1, (unsigned)tp, 0xfffff, 0x51};
    if (sel4rt_linux_syscall(SYS_set_thread_area, (long)&d, 0, 0) != 0) {
        d.entry_number = (unsigned)-1;
        if (sel4rt_linux_syscall(SYS_set_thread_area, (long)&d, 0, 0) != 0) {
            return;
        }
    }
    gs = d.entry_number * 8 + 3;
    __asm__ __volatile__("mov %0, %%gs" ::"r"(gs));
}
#elif defined(__aarch64__)
enum { SYS_write = 64, SYS_mprotect = 226, SYS_exit = 93, SYS_exit_group = 94, SYS_sched_yield = 124 };
static void set_tp(uintptr_t tp)
{
    __asm__ __volatile__("msr tpidr_el0, %0" ::"r"(tp));
}
#elif defined(__arm__)
enum { SYS_write = 4, SYS_mprotect = 125, SYS_exit = 1, SYS_exit_group = 248, SYS_sched_yield = 158, SYS_set_tls = 0xf0005 };
static void set_tp(uintptr_t tp)
{
    sel4rt_linux_syscall(SYS_set_tls, (long)tp, 0, 0);
}
#elif defined(__riscv)
enum { SYS_write = 64, SYS_mprotect = 226, SYS_exit = 93, SYS_exit_group = 94, SYS_sched_yield = 124 };
static void set_tp(uintptr_t tp)
{
    __asm__ __volatile__("mv tp, %0" ::"r"(tp));
}
#else
#error "no hosted port for this architecture"
#endif

void __sel4runtime_set_tp(sel4runtime_uintptr_t tls_base)
{
    set_tp(tls_base);
}

void sel4rt_port_write(char const *s, size_t n)
{
    sel4rt_linux_syscall(SYS_write, 2, (long)s, (long)n);
}

void sel4rt_port_set_ipc_buffer(void *ipc_buffer)
{
    __sel4_ipc_buffer = ipc_buffer;
}

void *sel4rt_port_ipc_buffer_slot(void)
{
    return &__sel4_ipc_buffer;
}

void sel4rt_port_initial_thread_ready(struct sel4rt_env const *env)
{
    (void)env;
}

int sel4rt_port_unmap_image_page(void const *bootinfo, void *page)
{
    /* No frames to unmap here: the page itself becomes inaccessible, as unmapped. */
    (void)bootinfo;
    return (int)sel4rt_linux_syscall(SYS_mprotect, (long)page, 4096, 0);
}

_Noreturn void sel4rt_port_exit(int code, struct sel4rt_env const *env)
{
    (void)env;
    for (;;) {
        sel4rt_linux_syscall(SYS_exit_group, code, 0, 0);
    }
}

_Noreturn void sel4rt_port_stop_thread(void)
{
    for (;;) {
        sel4rt_linux_syscall(SYS_exit, 0, 0, 0);
    }
}

/* ---- threads, for the tests ---- */

struct start_args {
    void (*fn)(void *);
    void *arg;
    uintptr_t tp;
};

static int thread_entry(void *p)
{
    struct start_args *a = p;
#if defined(__i386__)
    /* A new thread must get its own GS descriptor, not rewrite its parent's. */
    __asm__ __volatile__("mov %0, %%gs" ::"r"(0));
#endif
    /* As a seL4 thread would have it: TLS in place before its first instruction of C. */
    set_tp(a->tp);
    a->fn(a->arg);
    return 0;
}

int sel4rt_hosted_spawn(void (*fn)(void *), void *arg, void *stack, size_t stack_size, uintptr_t tp)
{
    /* The start arguments live at the top of the new stack, below what the thread uses. */
    uintptr_t top = ((uintptr_t)stack + stack_size - sizeof(struct start_args)) & ~(uintptr_t)15;
    struct start_args *a = (struct start_args *)top;
    a->fn = fn;
    a->arg = arg;
    a->tp = tp;
    return sel4rt_linux_clone(thread_entry, a, (void *)top) < 0 ? -1 : 0;
}

void sel4rt_hosted_yield(void)
{
    sel4rt_linux_syscall(SYS_sched_yield, 0, 0, 0);
}

_Noreturn void sel4rt_hosted_exit_thread(int code)
{
    for (;;) {
        sel4rt_linux_syscall(SYS_exit, code, 0, 0);
    }
}
