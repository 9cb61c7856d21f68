/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Constructors run in order (.preinit_array, _init, .init_array) with TLS
 * already usable; at exit the pre-exit hook, then .fini_array in reverse,
 * then _fini (the .fini section), then the exit function. The test's expected
 * output pins the order.
 */
#include "check.h"

__thread int tls_value = 1234;
static int order[4];
static int ran;

static void preinit(void)
{
    order[ran++] = tls_value == 1234 ? 1 : -1;
}
/* Called from the .init section, between crti.o's prologue and crtn.o's epilogue. */
void init_section_hook(void)
{
    order[ran++] = tls_value == 1234 ? 2 : -2;
}
/* Called from the .fini section, after the .fini_array. */
void fini_section_hook(void)
{
    sel4rt_print("fini section\n");
}
#if defined(__x86_64__) || defined(__i386__) || defined(__riscv)
__asm__(".pushsection .init, \"ax\"\n call init_section_hook\n .popsection");
__asm__(".pushsection .fini, \"ax\"\n call fini_section_hook\n .popsection");
#elif defined(__aarch64__) || defined(__arm__)
__asm__(".pushsection .init, \"ax\"\n bl init_section_hook\n .popsection");
__asm__(".pushsection .fini, \"ax\"\n bl fini_section_hook\n .popsection");
#endif

static void init(void)
{
    order[ran++] = tls_value == 1234 ? 3 : -3;
    tls_value = 5678;
}
static void fini_a(void)
{
    sel4rt_print("fini A\n");
}
static void fini_b(void)
{
    sel4rt_print("fini B\n");
}

__attribute__((used, section(".preinit_array"))) static void (*const preinit_entry)(void) = preinit;
__attribute__((used, section(".init_array"))) static void (*const init_entry)(void) = init;
__attribute__((used, section(".fini_array"))) static void (*const fini_entries[])(void) = {fini_a, fini_b};

static int pre_exit(int code)
{
    sel4rt_print("pre-exit %u\n", (uintptr_t)code);
    return code + 2;
}

static void on_exit(int code)
{
    sel4rt_print("exit %u\n", (uintptr_t)code);
}

int main(void)
{
    CHECK_EQ(ran, 3);
    CHECK_EQ(order[0], 1);
    CHECK_EQ(order[1], 2);
    CHECK_EQ(order[2], 3);
    CHECK_EQ(tls_value, 5678);
    CHECK(sel4runtime_set_pre_exit(pre_exit) == 0);
    CHECK(sel4runtime_set_exit(on_exit) == 0);
    /* Each returns the callback it replaces. */
    CHECK(sel4runtime_set_pre_exit(pre_exit) == pre_exit);
    CHECK(sel4runtime_set_exit(on_exit) == on_exit);
    report("ctors");
    return check_failures ? 1 : 3;
}
