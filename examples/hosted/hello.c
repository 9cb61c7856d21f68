/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The demo: a program built with sel4rt's entry code and the hosted port,
 * run as a Linux process. It shows what main finds: TLS in place, the
 * thread pointer set, a fresh TLS image for a thread made by hand.
 */
#include <sel4runtime.h>

void sel4rt_print(char const *fmt, ...);

__thread char greeting[] = "hello from sel4rt";
__thread unsigned long counter;

int main(int argc, char const *const *argv)
{
    static unsigned char region[4096];
    (void)argv;
    counter = (unsigned long)argc;
    sel4rt_print("%s: %s (%s, thread pointer %x, TLS region %u bytes aligned to %u)\n",
                 sel4runtime_process_name(), greeting, SEL4RT_ARCH_NAME, sel4runtime_get_tls_base(),
                 sel4runtime_get_tls_size(), sel4runtime_get_tls_align());
    unsigned char ipc[1];
    sel4runtime_uintptr_t tp = sel4runtime_setup_thread_tls(region, sizeof(region), ipc);
    sel4rt_print("%s: a new thread's TLS would start at thread pointer %x\n", sel4runtime_process_name(), tp);
    return tp ? 0 : 1;
}
