/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The smallest sel4rt root task: __thread data with 4 KiB alignment (the
 * case sel4runtime lays out wrongly for root tasks), libsel4's IPC buffer
 * pointer set before main, and a clean return from main (sel4rt prints the
 * exit code and suspends the thread instead of jumping to address 0).
 */
#include <sel4/sel4.h>
#include <sel4runtime.h>
#include "print.h"

__thread seL4_Word page_aligned __attribute__((aligned(4096))) = 0x5e14;
__thread char zeroed[64];
#if SEL4RT_HELLO_EXTRA_TLS
/* -DSEL4RT_HELLO_EXTRA_TLS=<bytes>: a TLS image larger than the static area. */
__thread char extra_tls[SEL4RT_HELLO_EXTRA_TLS] = {1};
#endif
#if SEL4RT_HELLO_EXTRA_TBSS
/*
 * -DSEL4RT_HELLO_EXTRA_TBSS=<bytes>: a large .tbss. On x86 the kernel zeroes
 * that range of a root task after loading it; what follows .tdata (here the
 * constructor's .init_array entry and a .data value) must not be there.
 */
__thread char extra_tbss[SEL4RT_HELLO_EXTRA_TBSS];
static int constructed;
static seL4_Word data_value = 0xda7a;
__attribute__((constructor)) static void construct(void)
{
    constructed = 1;
}
#endif

#if SEL4RT_HELLO_OVERFLOW
/*
 * -DSEL4RT_HELLO_OVERFLOW=1: recurse past the end of the root stack. With
 * Sel4RuntimeRootStackGuard the kernel reports a VM fault inside the page
 * `nm` shows as sel4rt_root_stack_guard; without it the recursion runs over
 * whatever lies below the stack. Each level hands its frame's address down,
 * so the compiler cannot turn the recursion into a loop.
 */
static seL4_Word recurse(seL4_Word depth, seL4_Word volatile *caller)
{
    seL4_Word volatile frame[64];
    frame[0] = caller[0] + 1;
    frame[63] = depth;
    return depth ? recurse(depth - 1, frame) + frame[63] : frame[0];
}
#endif

int main(void)
{
    seL4_BootInfo *bi = sel4runtime_bootinfo();
    print("sel4rt-hello: hello from a sel4rt root task\n");
    check(bi != 0, "bootinfo from the first argument register");
    check(seL4_GetIPCBuffer() == bi->ipcBuffer, "seL4_GetIPCBuffer() is the bootinfo's IPC buffer");
    check(page_aligned == 0x5e14, "initialised __thread data");
    check(((seL4_Word)&page_aligned & 4095) == 0, "__thread data 4 KiB-aligned");
    int clear = 1;
    for (int i = 0; i < 64; i++) {
        clear &= zeroed[i] == 0;
    }
    check(clear, "zeroed __thread data");
    unsigned char const *random = 0;
    for (auxv_t const *a = sel4runtime_auxv(); a->a_type != AT_NULL; a++) {
        if (a->a_type == AT_RANDOM) {
            random = a->a_un.a_ptr;
        }
    }
    check(random != 0, "16 random bytes in AT_RANDOM");
    if (random) {
        print("sel4rt-hello: AT_RANDOM starts ");
        print_hex(random[0] | (seL4_Word)random[1] << 8 | (seL4_Word)random[2] << 16 | (seL4_Word)random[3] << 24);
        print("\n");
    }
#if SEL4RT_HELLO_EXTRA_TLS
    check(extra_tls[0] == 1 && extra_tls[SEL4RT_HELLO_EXTRA_TLS - 1] == 0, "large TLS image in place");
#endif
#if SEL4RT_HELLO_EXTRA_TBSS
    check(constructed && data_value == 0xda7a, ".init_array and .data after a large .tbss intact");
    check(extra_tbss[0] == 0 && extra_tbss[SEL4RT_HELLO_EXTRA_TBSS - 1] == 0, "large .tbss zeroed");
#endif
    print("sel4rt-hello: thread pointer ");
    print_hex(sel4runtime_get_tls_base());
#if SEL4RT_HELLO_OVERFLOW
    print(", now overflowing the stack\n");
    seL4_Word volatile first[1] = {0};
    print_hex(recurse(100000, first));
    print(": the recursion returned: nothing stopped the overflow\n");
    return 1;
#endif
    print(", returning 0 from main\n");
    return 0;
}
