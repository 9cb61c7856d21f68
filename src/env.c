/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The program's vectors: argc/argv/envp/auxv from a System V start stack
 * (what Linux and seL4's process loaders build), and the values the
 * runtime needs out of the auxiliary vector.
 */
#include "sel4rt.h"

/* sizeof(Elf32_Phdr), the AT_PHENT sel4runtime's callers pass whatever the ELF class. */
#define SEL4RT_SEL4RUNTIME_PHENT 32

struct sel4rt_env sel4rt_env;

/*@ requires path == \null || \exists integer n; sel4rt_string_ends(path, n);
    assigns \nothing;
    ensures path != \null ==> \base_addr(\result) == \base_addr(path) && path <= \result;
*/
char const *sel4rt_basename(char const *path)
{
    if (!path) {
        return "";
    }
    char const *name = path;
    /*@ loop invariant path <= p && \base_addr(p) == \base_addr(path);
        loop invariant path <= name <= p + 1 && \base_addr(name) == \base_addr(path);
        loop invariant \exists integer n; p - path <= n && sel4rt_string_ends(path, n);
        loop assigns p, name;
    */
    for (char const *p = path; *p; p++) {
        if (*p == '/' && p[1] != '\0') {
            name = p + 1;
        }
    }
    return name;
}

char const *sel4rt_env_name(struct sel4rt_env const *env)
{
    return env->name ? env->name : sel4rt_basename(env->argv0);
}

/*@ requires \valid(env);
    requires sp == \null || sel4rt_start_stack_ok(sp);
    assigns env->argc, env->argv, env->envp, env->auxv, env->argv0;
    ensures \result == SEL4RT_OK || \result == SEL4RT_E_STACK;
    ensures \result == SEL4RT_OK <==> sp != \null && sp[0] <= 0x7fffffff;
    ensures \result == SEL4RT_OK ==> env->argc == sp[0];
*/
int sel4rt_env_from_stack(uintptr_t const *sp, struct sel4rt_env *env)
{
    if (!sp) {
        return SEL4RT_E_STACK;
    }
    uintptr_t argc = sp[0];
    /* A negative int argc cannot come from a real loader. */
    if (argc > 0x7fffffff) {
        return SEL4RT_E_STACK;
    }
    /* Walked as words, which is what the loader wrote. */
    uintptr_t const *envp = sp + 1 + argc + 1;
    uintptr_t const *e = envp;
    /*@ loop invariant envp <= e && \base_addr(e) == \base_addr(sp);
        loop invariant \exists integer n; e - envp <= n && sel4rt_vector_ends(envp, n);
        loop assigns e;
    */
    while (*e) {
        e++;
    }
    env->argc = (int)argc;
    env->argv = (char const *const *)(sp + 1);
    env->envp = (char const *const *)envp;
    env->auxv = (auxv_t const *)(e + 1);
    env->argv0 = argc > 0 ? (char const *)sp[1] : SEL4RUNTIME_NULL;
    return SEL4RT_OK;
}

/* The auxv types the runtime reads, each with a slot; every other type lands in SLOT_OTHER. */
enum { SLOT_OTHER, SLOT_PHDR, SLOT_PHENT, SLOT_PHNUM, SLOT_PAGESZ, SLOT_RANDOM, SLOT_SYSINFO,
       SLOT_BOOT_INFO, SLOT_IPC_BUFFER, SLOT_TCB, SLOTS };

static unsigned char const slot_of[AT_SEL4_TCB + 1] = {
    [AT_PHDR] = SLOT_PHDR,
    [AT_PHENT] = SLOT_PHENT,
    [AT_PHNUM] = SLOT_PHNUM,
    [AT_PAGESZ] = SLOT_PAGESZ,
    [AT_RANDOM] = SLOT_RANDOM,
    [AT_SYSINFO] = SLOT_SYSINFO,
    [AT_SEL4_BOOT_INFO] = SLOT_BOOT_INFO,
    [AT_SEL4_IPC_BUFFER_PTR] = SLOT_IPC_BUFFER,
    [AT_SEL4_TCB] = SLOT_TCB,
};

/*@ requires \valid(env) && \valid(bad) && \separated(env, bad);
    requires sel4rt_auxv_ok(env->auxv);
    assigns env->phdr, env->phent, env->phnum, env->pagesz, env->random, env->sysinfo,
            env->bootinfo, env->ipc_buffer, env->tcb, *bad;
    ensures \result == \null ==>
        (env->phdr == \null || (env->phnum != 0 && env->phent == sizeof(Elf_Phdr)))
        && (env->pagesz & (env->pagesz - 1)) == 0;
*/
char const *sel4rt_env_read_auxv(struct sel4rt_env *env, uintptr_t *bad)
{
    /*
     * One table look-up and one store per entry, whatever its type: this
     * loop is most of the runtime's fixed start-up cost (Linux passes about
     * twenty entries). A value of 0 counts as absent.
     */
    uintptr_t v[SLOTS];
    /*@ loop invariant 0 <= s <= SLOTS;
        loop assigns s, v[0 .. SLOTS - 1];
    */
    for (int s = 0; s < SLOTS; s++) {
        v[s] = 0;
    }
    auxv_t const *a = env->auxv;
    if (a) {
        /*@ loop invariant 0 <= i <= SEL4RT_AUXV_MAX;
            loop invariant \exists integer n; i <= n && sel4rt_auxv_ends(a, n);
            loop assigns i, v[0 .. SLOTS - 1];
        */
        for (size_t i = 0; a[i].a_type != AT_NULL; i++) {
            if (i == SEL4RT_AUXV_MAX) {
                *bad = SEL4RT_AUXV_MAX;
                return SEL4RT_WHY("auxiliary vector has no AT_NULL within its first entries");
            }
            unsigned type = (unsigned)a[i].a_type;
            if (type < sizeof(slot_of)) {
                v[slot_of[type]] = (uintptr_t)a[i].a_un.a_val;
            }
        }
    }
    env->phdr = (void const *)v[SLOT_PHDR];
    env->phent = v[SLOT_PHENT];
    env->phnum = v[SLOT_PHNUM];
    env->pagesz = v[SLOT_PAGESZ];
    env->random = (void const *)v[SLOT_RANDOM];
    env->sysinfo = (void *)v[SLOT_SYSINFO];
    env->bootinfo = (void *)v[SLOT_BOOT_INFO];
    env->ipc_buffer = (void *)v[SLOT_IPC_BUFFER];
    env->tcb = v[SLOT_TCB];
    if (env->phdr && !env->phnum) {
        *bad = (uintptr_t)env->phdr;
        return SEL4RT_WHY("AT_PHDR without AT_PHNUM; AT_PHDR is");
    }
    if (env->phdr && (env->phent == 0 || env->phent == SEL4RT_SEL4RUNTIME_PHENT)) {
        /*
         * sel4runtime never read AT_PHENT, and its callers wrote what it
         * wrote itself: sizeof(Elf32_Phdr) on every architecture (CAmkES
         * still does). Their headers are this class's Elf_Phdr.
         */
        env->phent = sizeof(Elf_Phdr);
    }
    if (env->phdr && env->phent != sizeof(Elf_Phdr)) {
        *bad = env->phent;
        return SEL4RT_WHY("AT_PHENT is not this ELF class's program-header size; it is");
    }
    if (env->pagesz & (env->pagesz - 1)) {
        *bad = env->pagesz;
        return SEL4RT_WHY("AT_PAGESZ is not a power of two:");
    }
    return SEL4RUNTIME_NULL;
}
