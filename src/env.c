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

char const *sel4rt_basename(char const *path)
{
    if (!path) {
        return "";
    }
    char const *name = path;
    for (char const *p = path; *p; p++) {
        if (*p == '/' && p[1] != '\0') {
            name = p + 1;
        }
    }
    return name;
}

char const *sel4rt_env_name(struct sel4rt_env const *env)
{
    return sel4rt_basename(env->argv0);
}

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
    env->argc = (int)argc;
    env->argv = (char const *const *)(sp + 1);
    env->envp = env->argv + argc + 1;
    char const *const *e = env->envp;
    while (*e) {
        e++;
    }
    env->auxv = (auxv_t const *)(e + 1);
    env->argv0 = argc > 0 ? env->argv[0] : SEL4RUNTIME_NULL;
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

char const *sel4rt_env_read_auxv(struct sel4rt_env *env, uintptr_t *bad)
{
    /*
     * One table look-up and one store per entry, whatever its type: this
     * loop is most of the runtime's fixed start-up cost (Linux passes about
     * twenty entries). A value of 0 counts as absent.
     */
    uintptr_t v[SLOTS];
    for (int s = 0; s < SLOTS; s++) {
        v[s] = 0;
    }
    auxv_t const *a = env->auxv;
    if (a) {
        auxv_t const *end = a + SEL4RT_AUXV_MAX;
        for (; a->a_type != AT_NULL; a++) {
            if (a == end) {
                *bad = SEL4RT_AUXV_MAX;
                return "auxiliary vector has no AT_NULL within its first entries";
            }
            unsigned type = (unsigned)a->a_type;
            if (type < sizeof(slot_of)) {
                v[slot_of[type]] = (uintptr_t)a->a_un.a_val;
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
        return "AT_PHDR without AT_PHNUM; AT_PHDR is";
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
        return "AT_PHENT is not this ELF class's program-header size; it is";
    }
    if (env->pagesz & (env->pagesz - 1)) {
        *bad = env->pagesz;
        return "AT_PAGESZ is not a power of two:";
    }
    return SEL4RUNTIME_NULL;
}
