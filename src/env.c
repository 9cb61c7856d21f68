/*
 * The program's vectors: argc/argv/envp/auxv from a System V start stack
 * (what Linux and seL4's process loaders build), and the values the
 * runtime needs out of the auxiliary vector.
 */
#include "sel4rt.h"

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
    env->name = sel4rt_basename(argc > 0 ? env->argv[0] : SEL4RUNTIME_NULL);
    return SEL4RT_OK;
}

char const *sel4rt_env_read_auxv(struct sel4rt_env *env, uintptr_t *bad)
{
    auxv_t const *a = env->auxv;
    size_t i;
    int have_phdr = 0, have_phnum = 0;
    for (i = 0; a && i < SEL4RT_AUXV_MAX && a[i].a_type != AT_NULL; i++) {
        uintptr_t v = (uintptr_t)a[i].a_un.a_val;
        switch (a[i].a_type) {
        case AT_PHDR:
            env->phdr = (void const *)v;
            have_phdr = 1;
            break;
        case AT_PHENT:
            env->phent = v;
            break;
        case AT_PHNUM:
            env->phnum = v;
            have_phnum = 1;
            break;
        case AT_PAGESZ:
            env->pagesz = v;
            break;
        case AT_RANDOM:
            env->random = (void const *)v;
            break;
        case AT_SYSINFO:
            env->sysinfo = (void *)v;
            break;
        case AT_SEL4_BOOT_INFO:
            env->bootinfo = (void *)v;
            break;
        case AT_SEL4_IPC_BUFFER_PTR:
            env->ipc_buffer = (void *)v;
            break;
        case AT_SEL4_TCB:
            env->tcb = v;
            break;
        default:
            break;
        }
    }
    if (a && i == SEL4RT_AUXV_MAX) {
        *bad = SEL4RT_AUXV_MAX;
        return "auxiliary vector has no AT_NULL within its first entries";
    }
    if (have_phdr && !have_phnum) {
        *bad = (uintptr_t)env->phdr;
        return "AT_PHDR without AT_PHNUM; AT_PHDR is";
    }
    if (have_phdr && env->phent != sizeof(Elf_Phdr)) {
        *bad = env->phent;
        return "AT_PHENT is not this ELF class's program-header size; it is";
    }
    if (env->pagesz & (env->pagesz - 1)) {
        *bad = env->pagesz;
        return "AT_PAGESZ is not a power of two:";
    }
    return SEL4RUNTIME_NULL;
}
