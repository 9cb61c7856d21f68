/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * From the architecture's entry code to main and back out: gather the
 * environment, give the initial thread its TLS and IPC buffer, run the
 * constructors, call main, exit.
 */
#include "sel4rt.h"
#include <sel4runtime/start.h>

/* seL4 IPC buffers are at least 512 bytes and aligned to their size. */
#define SEL4RT_IPC_BUFFER_ALIGN 512

typedef void (*sel4rt_routine)(void);
extern sel4rt_routine const __preinit_array_start[], __preinit_array_end[];
extern sel4rt_routine const __init_array_start[], __init_array_end[];
extern sel4rt_routine const __fini_array_start[], __fini_array_end[];
/* From crti.o/crtn.o; absent when a program links without them. */
extern void _init(void) __attribute__((weak));
extern void _fini(void) __attribute__((weak));

/* The program's own ELF header, mapped when the first PT_LOAD starts at offset 0. */
extern Elf_Ehdr const __ehdr_start __attribute__((weak, visibility("hidden")));

/*
 * A weak symbol's address, 0 when nothing defines it. On aarch64 GCC
 * reaches weak symbols through a GOT, which costs a static root task 80
 * bytes for these few; a literal-pool load needs none.
 */
#if defined(__aarch64__) && !defined(__FRAMAC__)
#define WEAK_ADDR(sym) __extension__({ uintptr_t a_; __asm__(".weak " #sym "\n\tldr %0, =" #sym : "=r"(a_)); a_; })
#else
#define WEAK_ADDR(sym) ((uintptr_t)&(sym))
#endif

/* The area the linker sized from the image (src/tls_area.lds), when the program was linked with it. */
extern unsigned char __sel4rt_tls_area[] __attribute__((weak, visibility("hidden")));
extern unsigned char __sel4rt_tls_area_end[] __attribute__((weak, visibility("hidden")));

/* Otherwise the initial thread's TLS goes here when it fits: ordinary .bss, never .tbss. */
static unsigned char initial_tls_area[CONFIG_SEL4RUNTIME_STATIC_TLS > 0 ? CONFIG_SEL4RUNTIME_STATIC_TLS : 1]
    __attribute__((aligned(16)));

long __sel4runtime_vsyscall(long sysnum, ...)
{
    (void)sysnum;
    return -1;
}
/* A program providing system calls (e.g. through libsel4muslcsys) overrides this. */
#ifndef __FRAMAC__ /* Frama-C takes no alias of a variadic function; sel4rt.h's declaration serves it. */
long sel4_vsyscall(long sysnum, ...) __attribute__((weak, alias("__sel4runtime_vsyscall")));
#endif

char const *sel4runtime_process_name(void)
{
    return sel4rt_env_name(&sel4rt_env);
}

char const *const *sel4runtime_argv(void)
{
    return sel4rt_env.argv;
}

int sel4runtime_argc(void)
{
    return sel4rt_env.argc;
}

char const *const *sel4runtime_envp(void)
{
    return sel4rt_env.envp;
}

auxv_t const *sel4runtime_auxv(void)
{
    return sel4rt_env.auxv;
}

seL4_BootInfo *sel4runtime_bootinfo(void)
{
    return sel4rt_env.bootinfo;
}

/* The program headers: from the auxiliary vector, else from our own ELF header. */
void sel4rt_find_phdrs(struct sel4rt_env *env)
{
    uintptr_t ehdr = WEAK_ADDR(__ehdr_start);
    if (env->phdr || !ehdr) {
        return;
    }
    /* The linker defines __ehdr_start as this program's own header, of this ELF class. */
    Elf_Ehdr const *eh = (Elf_Ehdr const *)ehdr;
    env->phdr = (unsigned char const *)eh + eh->e_phoff;
    env->phent = sizeof(Elf_Phdr);
    env->phnum = eh->e_phnum;
}

void __sel4runtime_run_constructors(void)
{
    for (sel4rt_routine const *f = __preinit_array_start; f < __preinit_array_end; f++) {
        (*f)();
    }
    if (WEAK_ADDR(_init)) {
        _init();
    }
    for (sel4rt_routine const *f = __init_array_start; f < __init_array_end; f++) {
        (*f)();
    }
}

void __sel4runtime_run_destructors(void)
{
    for (sel4rt_routine const *f = __fini_array_end; f > __fini_array_start;) {
        (*--f)();
    }
    if (WEAK_ADDR(_fini)) {
        _fini();
    }
}

/* The one PT_TLS among phnum headers of this class, or NULL (none, or several). */
static Elf_Phdr const *raw_pt_tls(Elf_Phdr const *ph, size_t phnum)
{
    Elf_Phdr const *found = SEL4RUNTIME_NULL;
    for (size_t i = 0; i < phnum; i++) {
        if (ph[i].p_type == PT_TLS) {
            if (found) {
                return SEL4RUNTIME_NULL;
            }
            found = &ph[i];
        }
    }
    return found;
}

/*
 * Program headers a caller made up (CAmkES writes one PT_TLS from linker
 * symbols, with p_align = sizeof(long)) understate the alignment; and when
 * the program has no initialised TLS data and --gc-sections dropped the
 * empty .tdata, that p_vaddr is wherever .rodata ended (short of the TLS
 * alignment, perhaps of a word) and p_memsz counts the padding up to .tbss.
 * When our own ELF headers have a PT_TLS the made-up one describes (the
 * same end, the same initialised bytes, a start less than one alignment
 * earlier), read ours instead: it is the layout the code was linked for.
 */
static void prefer_own_headers(struct sel4rt_env *env)
{
    uintptr_t ehdr = WEAK_ADDR(__ehdr_start);
    if (!ehdr || !env->phdr || env->phent != sizeof(Elf_Phdr)) {
        return;
    }
    Elf_Ehdr const *eh = (Elf_Ehdr const *)ehdr;
    Elf_Phdr const *own = (Elf_Phdr const *)((unsigned char const *)eh + eh->e_phoff);
    if ((void const *)own == env->phdr || eh->e_phentsize != sizeof(Elf_Phdr)) {
        return;
    }
    Elf_Phdr const *given = raw_pt_tls(env->phdr, env->phnum);
    Elf_Phdr const *real = raw_pt_tls(own, eh->e_phnum);
    if (!given || !real) {
        return;
    }
    uintptr_t gv = (uintptr_t)given->p_vaddr, rv = (uintptr_t)real->p_vaddr;
    uintptr_t align = real->p_align ? (uintptr_t)real->p_align : 1;
    int same_data = given->p_filesz == 0 ? real->p_filesz == 0
                                         : gv == rv && given->p_filesz == real->p_filesz;
    if (same_data && gv <= rv && rv - gv < align && given->p_memsz >= real->p_memsz
        && given->p_memsz - real->p_memsz == rv - gv) {
        env->phdr = own;
        env->phnum = eh->e_phnum;
    }
}

uintptr_t sel4rt_place_initial_tls(void)
{
    uintptr_t tp = 0;
    /*
     * Both areas are .bss: all zeros, as every ELF loader leaves it, until
     * an image goes in, after which the initial thread pointer is set. The
     * first image skips clearing .tbss (a store per word).
     */
    int fresh = !__atomic_load_n(&sel4rt_initial_tp, __ATOMIC_RELAXED);
    /*
     * As addresses, not pointers: C defines neither the difference of two
     * objects' pointers nor a weak symbol's comparison with NULL.
     */
    uintptr_t area = WEAK_ADDR(__sel4rt_tls_area);
    if (area) {
        tp = sel4rt_write_tls_image_into((void *)area, (size_t)(WEAK_ADDR(__sel4rt_tls_area_end) - area), fresh);
    }
    if (!tp) {
        tp = sel4rt_write_tls_image_into(initial_tls_area, sizeof(initial_tls_area), fresh);
    }
    return tp;
}

void sel4rt_read_env(int argc, char const *const *argv, char const *const *envp, auxv_t const *auxv)
{
    struct sel4rt_env *env = &sel4rt_env;
    env->argc = argc;
    env->argv = argv;
    env->envp = envp;
    env->auxv = auxv;
    env->argv0 = argc > 0 && argv ? argv[0] : SEL4RUNTIME_NULL;
    env->name = SEL4RUNTIME_NULL; /* from argv0, even in an image copied from a running root task */

    uintptr_t bad = 0;
    char const *problem = sel4rt_env_read_auxv(env, &bad);
    if (problem) {
        sel4rt_fatal(SEL4RT_E_AUXV, "%s %x", problem, bad);
    }
    if (env->bootinfo && !env->ipc_buffer) {
        struct sel4rt_bootinfo_head const *bi = env->bootinfo;
        env->ipc_buffer = bi->ipc_buffer;
        env->tcb = env->tcb ? env->tcb : SEL4RT_INIT_THREAD_TCB;
    }
    prefer_own_headers(env);
    sel4rt_read_image(env);
}

void sel4rt_read_image(struct sel4rt_env *env)
{
    uintptr_t bad = 0;
    if (WEAK_ADDR(sel4rt_seed_stack_guard)) {
        /* Only when the guard is ours: a C library that owns it seeds it itself (ssp.c). */
        sel4rt_seed_stack_guard(env, &bad);
    }
    if (!env->phdr) {
        sel4rt_find_phdrs(env);
    }
    if (!env->phdr) {
        sel4rt_fatal(SEL4RT_E_PHDR, "no program headers: no AT_PHDR and no __ehdr_start (link the ELF headers into the first PT_LOAD)");
    }
    char const *problem = sel4rt_tls_from_phdrs(env->phdr, env->phent, env->phnum, &sel4rt_tls, &bad);
    if (problem) {
        sel4rt_fatal(SEL4RT_E_TLS, "%s %x", problem, bad);
    }
}

_Noreturn void sel4rt_run_main(int (*main_fn)())
{
    struct sel4rt_env const *env = &sel4rt_env;
    uintptr_t tp = sel4rt_place_initial_tls();
    /*
     * Only sel4rt's own entry code knows how much stack there is to lend;
     * another caller (CAmkES) gets a named stop rather than an overrun.
     * Borrowed from this frame, which lives as long as the program.
     */
    size_t need = sel4rt_tls.layout.region_size;
    if (!tp && need <= sel4rt_stack_budget) {
        tp = sel4runtime_write_tls_image(__builtin_alloca(need));
    }
    if (!tp) {
        sel4rt_no_initial_tls(sel4rt_stack_budget);
    }
    sel4rt_enter_initial_tls(tp);
    __sel4runtime_run_constructors();
    sel4runtime_exit((main_fn ? main_fn : main)(env->argc, env->argv, env->envp));
}

_Noreturn void sel4rt_no_initial_tls(size_t stack_budget)
{
    size_t need = sel4rt_tls.layout.region_size;
    (void)need, (void)stack_budget; /* unused without a console */
    sel4rt_fatal(SEL4RT_E_TLS_SPACE,
                 "the initial thread's TLS needs %u bytes; the static area holds %u "
                 "(raise Sel4RuntimeStaticTLS to %u) and the stack may lend %u",
                 need, (uintptr_t)sizeof(initial_tls_area), need, stack_budget);
}

void sel4rt_enter_initial_tls(uintptr_t tp)
{
    struct sel4rt_env *env = &sel4rt_env;
    __sel4runtime_set_tp(tp);
    if (env->ipc_buffer) {
        if ((uintptr_t)env->ipc_buffer & (SEL4RT_IPC_BUFFER_ALIGN - 1)) {
            sel4rt_fatal(SEL4RT_E_IPC_BUFFER, "IPC buffer pointer %x is not %u-byte aligned",
                         (uintptr_t)env->ipc_buffer, (uintptr_t)SEL4RT_IPC_BUFFER_ALIGN);
        }
        sel4rt_port_set_ipc_buffer(env->ipc_buffer);
    }
    /* Published only now: exit uses libsel4 invocations, which need TLS and the IPC buffer. */
    __atomic_store_n(&sel4rt_initial_tp, tp, __ATOMIC_RELEASE);
    sel4rt_port_initial_thread_ready(env);
}

void __sel4runtime_load_env(int argc, char const *const *argv, char const *const *envp,
                            auxv_t const auxv[])
{
    sel4rt_read_env(argc, argv, envp, auxv);
    uintptr_t tp = sel4rt_place_initial_tls();
    if (tp) {
        sel4rt_enter_initial_tls(tp);
    } else {
        /*
         * As sel4runtime: this returns to its caller, so nothing can be
         * borrowed from our frame; the caller checks
         * sel4runtime_initial_tls_enabled() and may move the TLS itself.
         */
        sel4rt_print("%s: sel4rt: no initial TLS: it needs %u bytes, the static area holds %u\n",
                     sel4rt_env_name(&sel4rt_env), sel4rt_tls.layout.region_size,
                     (uintptr_t)sizeof(initial_tls_area));
    }
    __sel4runtime_run_constructors();
}

size_t sel4rt_stack_budget;

void __sel4_start_c(void const *stack)
{
    struct sel4rt_env *v = &sel4rt_env;
    if (sel4rt_env_from_stack(stack, v)) {
        /* Not dereferenced here: the pointer itself may be the problem. */
        sel4rt_fatal(SEL4RT_E_STACK, "the start stack at %x holds no valid argc", (uintptr_t)stack);
    }
    sel4rt_stack_budget = CONFIG_SEL4RUNTIME_STACK_TLS;
    __sel4runtime_start_main(main, (unsigned long)v->argc, v->argv, v->envp, v->auxv);
}

uintptr_t sel4rt_initial_tp;
