/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The guard page under the root task's stack: a root task that recurses
 * past its stack must fault at once, inside the page nm shows as
 * sel4rt_root_stack_guard, not run on over the data below. A SIGSEGV
 * handler on its own stack checks the faulting address and exits 42; any
 * other fault address exits 43; no fault at all exits 44.
 */
#include "harness.h"

#if defined(__x86_64__)
enum { SYS_rt_sigaction = 13, SYS_sigaltstack = 131, SYS_exit_group = 231 };
#elif defined(__i386__)
enum { SYS_rt_sigaction = 174, SYS_sigaltstack = 186, SYS_exit_group = 252 };
#elif defined(__arm__)
enum { SYS_rt_sigaction = 174, SYS_sigaltstack = 186, SYS_exit_group = 248 };
#else
enum { SYS_rt_sigaction = 134, SYS_sigaltstack = 132, SYS_exit_group = 94 };
#endif
#define SIGSEGV 11
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#if defined(__riscv)
#define SA_RESTORER 0 /* none: the kernel returns through its vDSO (never used here) */
#else
#define SA_RESTORER 0x04000000
#endif

static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
static struct test_bootinfo bootinfo = {.num_nodes = 1, .ipc_buffer = ipc_buffer};
static unsigned char alt_stack[16384] __attribute__((aligned(16)));

extern unsigned char sel4rt_root_stack_guard[];

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    test_entry = _sel4_start;
    test_arg0 = (uintptr_t)&bootinfo;
    return 0x10;
}

/* The kernel's siginfo: si_addr follows three ints, at a word boundary. */
struct siginfo_head {
    int signo, errno_, code;
    void *addr __attribute__((aligned(sizeof(void *))));
};

static void on_segv(int sig, struct siginfo_head *si, void *context)
{
    (void)sig, (void)context;
    uintptr_t at = (uintptr_t)si->addr, guard = (uintptr_t)sel4rt_root_stack_guard;
    int in_guard = at >= guard && at - guard < 4096;
    sel4rt_print("fault at %x, guard page %x: %s\n", at, guard, in_guard ? "in the guard page" : "elsewhere");
    for (;;) {
        sel4rt_linux_syscall(SYS_exit_group, in_guard ? 42 : 43, 0, 0);
    }
}

static void never_returns(void)
{
}

/*
 * Deep enough to pass any stack: each level keeps 512 bytes live and hands
 * their address down, so no compiler can turn the recursion into a loop.
 */
__attribute__((noinline)) static unsigned recurse(unsigned depth, unsigned char volatile *caller)
{
    unsigned char volatile frame[512];
    frame[0] = (unsigned char)(caller[0] + 1);
    frame[511] = (unsigned char)depth;
    if (depth == 0) {
        return frame[0];
    }
    return recurse(depth - 1, frame) + frame[511];
}

int main(void)
{
    struct {
        void *sp;
        int flags;
        size_t size;
    } ss = {alt_stack, 0, sizeof(alt_stack)};
    long ss_args[6] = {(long)&ss, 0, 0, 0, 0, 0};
    CHECK_EQ(sel4rt_linux_syscall6(SYS_sigaltstack, ss_args), 0);
    struct {
        void *handler;
        unsigned long flags;
        void *restorer;
        unsigned long mask[2];
    } act = {(void *)on_segv, SA_SIGINFO | SA_ONSTACK | SA_RESTORER, (void *)never_returns, {0, 0}};
    long act_args[6] = {SIGSEGV, (long)&act, 0, 8, 0, 0};
    CHECK_EQ(sel4rt_linux_syscall6(SYS_rt_sigaction, act_args), 0);
    if (check_failures) {
        return report("root_guard");
    }
    /* 16 KiB of stack is 32 levels; ask for far more. */
    unsigned char volatile first[1] = {0};
    unsigned r = recurse(1000, first);
    sel4rt_print("recursion returned %u: no fault\n", (uintptr_t)r);
    return 44;
}
