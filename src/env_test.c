/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* The start-stack and auxiliary-vector parsing, on crafted vectors. */
#include "sel4rt.h"
#include "unit_test.h"

static struct sel4rt_env parse(uintptr_t const *stack)
{
    struct sel4rt_env env = {0};
    CHECK(sel4rt_env_from_stack(stack, &env) == SEL4RT_OK);
    return env;
}

int main(void)
{
    static char const prog[] = "/bin/sub/prog";
    static char const arg1[] = "x";
    static char const env1[] = "A=1";
    uintptr_t phdrs[8] = {0};
    uintptr_t stack[] = {
        2, (uintptr_t)prog, (uintptr_t)arg1, 0, (uintptr_t)env1, 0,
        AT_PHDR, (uintptr_t)phdrs, AT_PHENT, sizeof(Elf_Phdr), AT_PHNUM, 1,
        AT_PAGESZ, 4096, AT_SEL4_IPC_BUFFER_PTR, 0x1000, AT_SEL4_TCB, 5,
        AT_SEL4_BOOT_INFO, 0x2000, AT_RANDOM, 0x3000, AT_SYSINFO, 0x4000, 99, 7, AT_NULL, 0};
    struct sel4rt_env env = parse(stack);
    uintptr_t bad = 0;
    CHECK(env.argc == 2);
    CHECK_STR(env.argv[0], prog);
    CHECK(env.argv[2] == NULL);
    CHECK_STR(env.envp[0], "A=1");
    CHECK_STR(sel4rt_env_name(&env), "prog");
    CHECK(env.auxv == (auxv_t const *)&stack[6]);
    CHECK(sel4rt_env_read_auxv(&env, &bad) == NULL);
    CHECK(env.phdr == phdrs && env.phent == sizeof(Elf_Phdr) && env.phnum == 1);
    CHECK(env.pagesz == 4096);
    CHECK(env.ipc_buffer == (void *)0x1000 && env.tcb == 5 && env.bootinfo == (void *)0x2000);
    CHECK(env.random == (void *)0x3000 && env.sysinfo == (void *)0x4000);

    /* argc 0, argv[0] NULL: accepted, name "". */
    uintptr_t empty[] = {0, 0, 0, AT_NULL, 0};
    env = parse(empty);
    CHECK(env.argc == 0 && env.argv[0] == NULL && env.envp[0] == NULL);
    CHECK_STR(sel4rt_env_name(&env), "");
    CHECK(sel4rt_env_read_auxv(&env, &bad) == NULL);

    /* Names. */
    CHECK_STR(sel4rt_basename("a"), "a");
    CHECK_STR(sel4rt_basename("/a/b"), "b");
    CHECK_STR(sel4rt_basename("a/"), "a/");
    CHECK_STR(sel4rt_basename(""), "");
    CHECK_STR(sel4rt_basename(NULL), "");

    /* Bad vectors: each named, with the value. */
    uintptr_t no_phnum[] = {0, 0, 0, AT_PHDR, 0x1234, AT_NULL, 0};
    env = parse(no_phnum);
    CHECK_STR(sel4rt_env_read_auxv(&env, &bad), "AT_PHDR without AT_PHNUM; AT_PHDR is");
    CHECK(bad == 0x1234);
    uintptr_t bad_phent[] = {0, 0, 0, AT_PHDR, 0x1234, AT_PHNUM, 2, AT_PHENT, 7, AT_NULL, 0};
    env = parse(bad_phent);
    CHECK(strstr(sel4rt_env_read_auxv(&env, &bad), "AT_PHENT") && bad == 7);
    /* sel4runtime's convention (CAmkES): AT_PHENT 32 or none on any class means Elf_Phdr. */
    uintptr_t phent_32[] = {0, 0, 0, AT_PHDR, 0x1234, AT_PHNUM, 1, AT_PHENT, 32, AT_NULL, 0};
    env = parse(phent_32);
    CHECK(sel4rt_env_read_auxv(&env, &bad) == NULL && env.phent == sizeof(Elf_Phdr));
    uintptr_t phent_none[] = {0, 0, 0, AT_PHDR, 0x1234, AT_PHNUM, 1, AT_NULL, 0};
    env = parse(phent_none);
    CHECK(sel4rt_env_read_auxv(&env, &bad) == NULL && env.phent == sizeof(Elf_Phdr));
    uintptr_t bad_page[] = {0, 0, 0, AT_PAGESZ, 4097, AT_NULL, 0};
    env = parse(bad_page);
    CHECK(strstr(sel4rt_env_read_auxv(&env, &bad), "AT_PAGESZ") && bad == 4097);
    static uintptr_t endless[3 + 2 * SEL4RT_AUXV_MAX + 2];
    for (size_t i = 3; i < sizeof(endless) / sizeof(endless[0]); i += 2) {
        endless[i] = 99;
    }
    env = parse(endless);
    CHECK(strstr(sel4rt_env_read_auxv(&env, &bad), "no AT_NULL") && bad == SEL4RT_AUXV_MAX);
    return unit_report("env");
}
