/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A root task for counting instructions on seL4, kernel included
 * (bench/RESULTS.md, "On seL4"), built against whichever runtime is at
 * projects/sel4runtime: sel4rt or upstream sel4runtime. The counts are
 * taken from a QEMU single-step trace (bench/sel4_count.awk) between the
 * first executed instructions of these symbols:
 *   (a) the ELF entry (_sel4_start; floor_start with MEASURE_FLOOR) -> main
 *   (b) measure_begin               -> thread_entry
 *   (c) measure_begin               -> measure_tls_read
 * The TCB and endpoint are retyped before measure_begin (not counted).
 * Between the markers: the runtime's TLS set-up for the new thread (its IPC
 * buffer included), seL4_TCB_Configure, seL4_TCB_WriteRegisters,
 * seL4_TCB_SetTLSBase, seL4_TCB_Resume, and seL4_Recv, which blocks the root
 * task so the kernel switches to the new thread.
 *
 * MEASURE_TLS: bytes of the root task's own __thread data: 0, or half
 * initialised (.tdata, tls_data) and half zeroed (.tbss, tls_bss); with
 * 4096 the .tdata half is 4 KiB-aligned. (libsel4's __sel4_ipc_buffer is in
 * every image.) Ends in measure_done, or in measure_fail when a check
 * failed (a debug kernel prints which).
 */
#include <sel4/sel4.h>
#include <sel4runtime.h>
#include "entry.h"
#include "image.h"
#include "objects.h"
#include "print.h"

#ifndef MEASURE_TLS
#define MEASURE_TLS 0
#endif
#ifndef MEASURE_API
#define MEASURE_API 0
#endif
#ifndef MEASURE_FLOOR
#define MEASURE_FLOOR 0
#endif
#ifdef CONFIG_KERNEL_MCS
#error "non-MCS TCB calls"
#endif

#define NOINLINE __attribute__((noinline, noipa, used)) /* noipa: no identical-code folding at -O3 */
/* An empty asm keeps the calls and the functions distinct at -O3. */
#define BARRIER() __asm__ volatile("" ::: "memory")

#if MEASURE_TLS > 0
#if MEASURE_TLS == 4096
#define TLS_DATA_ALIGN __attribute__((aligned(4096)))
#else
#define TLS_DATA_ALIGN
#endif
__thread unsigned char tls_data[MEASURE_TLS / 2] TLS_DATA_ALIGN = {1};
__thread unsigned char tls_bss[MEASURE_TLS / 2];
#endif

static char ipc_page[4096] __attribute__((aligned(4096)));
static unsigned char tls_region[MEASURE_TLS + 16384] __attribute__((aligned(4096)));
static seL4_Word stack[1024] __attribute__((aligned(16)));
static seL4_UserContext regs;
static seL4_CPtr endpoint, tcb;
static volatile seL4_Word thread_value;

NOINLINE void measure_begin(void) { BARRIER(); }
NOINLINE void measure_tls_read(seL4_Word v) { thread_value = v; BARRIER(); }
NOINLINE void measure_done(void) { BARRIER(); }
NOINLINE void measure_fail(void) { BARRIER(); }

NOINLINE void thread_entry(void)
{
#if MEASURE_TLS > 0
    seL4_Word v = tls_data[0];                         /* first __thread access */
#else
    seL4_Word v = (seL4_Word)seL4_GetIPCBuffer();       /* __sel4_ipc_buffer */
#endif
    measure_tls_read(v);
    int ok = seL4_GetIPCBuffer() == (void *)ipc_page ? 1 : 0x100; /* label 1 = all good */
#if MEASURE_TLS > 0
    ok |= v == 1 ? 0 : 0x200;
    ok |= tls_data[MEASURE_TLS / 2 - 1] == 0 ? 0 : 0x400;
    ok |= tls_bss[0] == 0 && tls_bss[MEASURE_TLS / 2 - 1] == 0 ? 0 : 0x800;
#endif
    /* MRs 4 and 5 go through the IPC buffer on x86_64 and aarch64. */
    for (int i = 0; i < 6; i++) {
        seL4_SetMR(i, 100 + i);
    }
    seL4_Send(endpoint, seL4_MessageInfo_new(ok, 0, 0, 6));
    seL4_TCB_Suspend(tcb);
}

/* The root task's own TLS and IPC buffer, as it reaches main: failed-check bits 1, 2 and 4. */
static seL4_Word check_root(seL4_BootInfo *bi)
{
    seL4_Word fails = 0;
#if MEASURE_TLS > 0
    fails |= tls_data[0] == 1 ? 0 : 1;                              /* .tdata */
    fails |= tls_bss[MEASURE_TLS / 2 - 1] == 0 ? 0 : 2;             /* .tbss */
#endif
    fails |= seL4_GetIPCBuffer() == bi->ipcBuffer ? 0 : 4;          /* IPC buffer */
    return fails;
}

#if MEASURE_FLOOR
/*
 * Started by measure_floor.c instead of the runtime: only the root task's
 * own TLS and IPC buffer are checked (the runtime's thread calls need its
 * start), and 4 KiB-aligned data must come out aligned.
 */
extern seL4_BootInfo *floor_bootinfo;

int main(void)
{
    seL4_Word fails = check_root(floor_bootinfo);
#if MEASURE_TLS == 4096
    /* Through an asm, or the compiler takes the alignment from the declaration. */
    seL4_Word at = (seL4_Word)tls_data;
    __asm__("" : "+r"(at));
    fails |= (at & 4095) == 0 ? 0 : 0x1000;
#endif
    print(fails ? "measure: floor FAILED\n" : "measure: floor ok\n");
    if (fails) {
        measure_fail();
    } else {
        measure_done();
    }
    seL4_TCB_Suspend(seL4_CapInitThreadTCB);
    return 0;
}
#else
int main(void)
{
    seL4_BootInfo *bi = sel4runtime_bootinfo();
    seL4_CPtr free_slot = bi->empty.start;
    /* Failed checks, one bit each (printed in Debug builds). */
    seL4_Word fails = check_root(bi);
#if MEASURE_TLS > 0
    tls_data[0] = 2; /* the new thread must see a fresh image */
#endif
    tcb = make_object(bi, seL4_TCBObject, seL4_TCBBits, &free_slot);
    endpoint = make_object(bi, seL4_EndpointObject, seL4_EndpointBits, &free_slot);
    fails |= tcb != 0 && endpoint != 0 ? 0 : 8;
    fails |= sel4runtime_get_tls_size() <= sizeof(tls_region) ? 0 : 0x10;
    seL4_CPtr ipc_frame = own_frame(bi, ipc_page);
    seL4_Word sp = (seL4_Word)&stack[1024];
    set_entry(&regs, thread_entry, sp);

    measure_begin();
#if MEASURE_SEL4RT && MEASURE_API == 0
    seL4_Word tp = sel4runtime_setup_thread_tls(tls_region, sizeof(tls_region), ipc_page);
#else
    seL4_Word tp = sel4runtime_write_tls_image(tls_region);
    sel4runtime_set_tls_variable(tp, __sel4_ipc_buffer, (seL4_IPCBuffer *)ipc_page);
#endif
    int err = seL4_TCB_Configure(tcb, seL4_CapNull, seL4_CapInitThreadCNode, 0, seL4_CapInitThreadVSpace, 0,
                                 (seL4_Word)ipc_page, ipc_frame);
#if defined(CONFIG_ARCH_AARCH64)
    regs.tpidr_el0 = tp;
#endif
    err |= seL4_TCB_WriteRegisters(tcb, 0, 0, sizeof(regs) / sizeof(seL4_Word), &regs);
    err |= seL4_TCB_SetTLSBase(tcb, tp);
    err |= seL4_TCB_Resume(tcb);
    seL4_Word badge;
    seL4_MessageInfo_t info = seL4_Recv(endpoint, &badge);
    /* Not counted from here on. */
    fails |= tp != 0 && err == seL4_NoError ? 0 : 0x20;
    fails |= seL4_MessageInfo_get_length(info) == 6 && seL4_GetMR(4) == 104 && seL4_GetMR(5) == 105 ? 0 : 0x40;
    fails |= seL4_MessageInfo_get_label(info) == 1 ? 0 : (seL4_MessageInfo_get_label(info) & ~(seL4_Word)0xff);
#if MEASURE_TLS > 0
    fails |= tls_data[0] == 2 ? 0 : 0x80;                           /* root's TLS untouched */
#endif
    if (!fails) {
        print("measure: ok\n");
        measure_done();
    } else {
        print("measure: FAILED checks ");
        print_hex(fails);
        print("\n");
        measure_fail();
    }
    seL4_TCB_Suspend(seL4_CapInitThreadTCB);
    return 0;
}
#endif
