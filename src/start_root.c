/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The root task's start, after sel4_crt0.S put it on the stack of
 * root_stack.S: the vectors a process would get (with AT_RANDOM), the
 * guard page under the stack, and the stack-use report. Only _sel4_start
 * brings this file into a link, so processes carry none of it.
 */
#include "sel4rt.h"
#include <sel4runtime/start.h>

/* The root task keeps this much of its stack for main when lending the rest to TLS. */
#define SEL4RT_ROOT_STACK_KEEP 4096
/* Page size of the image frames the kernel gives the root task. */
#define SEL4RT_IMAGE_PAGE 4096
/* What an unused stack word holds when the stack-use report is on. */
#define SEL4RT_STACK_FILL ((uintptr_t)0x5e145e145e145e14ull)

extern unsigned char sel4rt_root_stack[CONFIG_SEL4RUNTIME_ROOT_STACK];
#ifdef CONFIG_SEL4RUNTIME_ROOT_STACK_GUARD
extern unsigned char sel4rt_root_stack_guard[SEL4RT_IMAGE_PAGE];
#endif

#ifdef CONFIG_SEL4RUNTIME_STACK_REPORT
/* Set once the root task's start ran: the report is only for it. */
static int started_as_root;

/*
 * Mark the stack below the caller's frame as unused. `here` is an address
 * in that frame; the 1 KiB under it stays untouched, for the rest of the
 * frame and this function's own.
 */
static void fill_stack(uintptr_t here)
{
    uintptr_t lo = (uintptr_t)sel4rt_root_stack;
    if (here < lo + 1024 || here - lo > CONFIG_SEL4RUNTIME_ROOT_STACK) {
        return; /* not on the root stack (a harness calling in) */
    }
    size_t words = (here - 1024 - lo) / SEL4RT_WORD;
    uintptr_t volatile *w = (uintptr_t volatile *)(void *)sel4rt_root_stack;
    for (size_t i = 0; i < words; i++) {
        w[i] = SEL4RT_STACK_FILL;
    }
}

void sel4rt_report_stack(void)
{
    if (!started_as_root) {
        return;
    }
    uintptr_t const *w = (uintptr_t const *)(void const *)sel4rt_root_stack;
    size_t n = CONFIG_SEL4RUNTIME_ROOT_STACK / SEL4RT_WORD, i = 0;
    while (i < n && w[i] == SEL4RT_STACK_FILL) {
        i++;
    }
    size_t used = CONFIG_SEL4RUNTIME_ROOT_STACK - i * SEL4RT_WORD;
    (void)used; /* unused without a console */
    sel4rt_print("%s: used %u of %u bytes of stack\n", sel4rt_env_name(&sel4rt_env), used,
                 (uintptr_t)CONFIG_SEL4RUNTIME_ROOT_STACK);
}
#endif

#ifdef CONFIG_SEL4RUNTIME_ROOT_STACK_GUARD
/*
 * Unmap the page under the stack. Done before the thread has TLS, so the
 * invocation touches no IPC buffer (port/sel4).
 */
static void unmap_guard(void const *bootinfo)
{
    int err = sel4rt_port_unmap_image_page(bootinfo, sel4rt_root_stack_guard);
    if (err) {
        sel4rt_print("%s: sel4rt: the stack guard page at %x stays mapped (error %d): "
                     "a stack overflow will not fault\n",
                     sel4rt_env_name(&sel4rt_env), (uintptr_t)sel4rt_root_stack_guard, (uintptr_t)err);
    }
}
#endif

void __sel4_start_root(void *boot_info)
{
    struct sel4rt_bootinfo_head const *bi = boot_info;
    /*
     * The vectors a process would find on its stack, laid out the same way
     * (envp runs straight into auxv: musl's __init_libc relies on it). The
     * auxv is written as words: a_type is an int, and musl reads whole words.
     */
    struct {
        char const *argv[2];
        char const *envp[2];
        uintptr_t auxv[2 * 10];
        uintptr_t random[16 / SEL4RT_WORD]; /* AT_RANDOM's 16 bytes */
    } v;
#ifdef CONFIG_SEL4RUNTIME_STACK_REPORT
    fill_stack((uintptr_t)&v);
    started_as_root = 1;
#endif
    /* Field by field: an aggregate initialiser may become a memset call, and there is no libc. */
    v.argv[0] = "rootserver";
    v.argv[1] = SEL4RUNTIME_NULL;
    v.envp[0] = "seL4=1";
    v.envp[1] = SEL4RUNTIME_NULL;
    sel4rt_env.argv0 = v.argv[0];
    sel4rt_env.name = v.argv[0]; /* the kernel names the initial thread so itself (port/sel4) */
    if (!bi || ((uintptr_t)bi & (SEL4RT_WORD - 1))) {
        sel4rt_fatal(SEL4RT_E_BOOTINFO, "bootinfo pointer %x is NULL or not word-aligned", (uintptr_t)bi);
    }
    sel4rt_find_phdrs(&sel4rt_env);
#ifdef CONFIG_SEL4RUNTIME_ROOT_STACK_GUARD
    unmap_guard(boot_info);
#endif
    /* Nothing hands a root task random bytes: AT_RANDOM from the best source here. */
    sel4rt_entropy(v.random, 16 / SEL4RT_WORD,
                   (uintptr_t)boot_info ^ ((uintptr_t)bi->ipc_buffer >> 8) ^ bi->extra_len);

    /*
     * sel4rt_env as the auxv below would fill it, without parsing that:
     * the vector is for the program (sel4runtime_auxv, musl), and a root
     * task linked with --gc-sections then carries no parser.
     */
    struct sel4rt_env *env = &sel4rt_env;
    env->argc = 1;
    env->argv = v.argv;
    env->envp = v.envp;
    env->auxv = (auxv_t const *)(void *)v.auxv;
    env->pagesz = SEL4RT_IMAGE_PAGE;
    env->random = v.random;
    env->sysinfo = (void *)sel4_vsyscall;
    env->bootinfo = boot_info;
    env->ipc_buffer = bi->ipc_buffer;
    env->tcb = SEL4RT_INIT_THREAD_TCB;

    uintptr_t *a = v.auxv;
    if (env->phdr) {
        *a++ = AT_PHDR;
        *a++ = (uintptr_t)env->phdr;
        *a++ = AT_PHENT;
        *a++ = env->phent;
        *a++ = AT_PHNUM;
        *a++ = env->phnum;
    }
    *a++ = AT_PAGESZ;
    *a++ = SEL4RT_IMAGE_PAGE;
    *a++ = AT_SYSINFO;
    *a++ = (uintptr_t)env->sysinfo;
    *a++ = AT_RANDOM;
    *a++ = (uintptr_t)v.random;
    *a++ = AT_SEL4_BOOT_INFO;
    *a++ = (uintptr_t)boot_info;
    *a++ = AT_SEL4_IPC_BUFFER_PTR;
    *a++ = (uintptr_t)bi->ipc_buffer;
    *a++ = AT_SEL4_TCB;
    *a++ = SEL4RT_INIT_THREAD_TCB;
    *a++ = AT_NULL;
    *a = 0;
    sel4rt_stack_budget = CONFIG_SEL4RUNTIME_ROOT_STACK > SEL4RT_ROOT_STACK_KEEP
                              ? CONFIG_SEL4RUNTIME_ROOT_STACK - SEL4RT_ROOT_STACK_KEEP
                              : 0;
    sel4rt_read_image(env);
    sel4rt_run_main(main);
}
