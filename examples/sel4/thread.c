/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A second thread made by hand with libsel4 and sel4rt only: a TCB and an
 * endpoint retyped from untyped memory, a page of the root task's own
 * image as its IPC buffer, and a TLS region prepared by
 * sel4runtime_setup_thread_tls, which also stores that IPC buffer as the
 * new thread's __sel4_ipc_buffer before it runs. The two threads then
 * exchange a message. (Non-MCS kernels.)
 */
#include <sel4/sel4.h>
#include <sel4runtime.h>
#include "entry.h"
#include "image.h"
#include "objects.h"
#include "print.h"

#ifdef CONFIG_KERNEL_MCS
#error "this example uses the non-MCS TCB and reply calls"
#endif

__thread seL4_Word tls_counter = 100;
__thread char tls_zeroed[32];

static char ipc_page[4096] __attribute__((aligned(4096)));
static char tls_region[8192];
static seL4_Word stack[2048] __attribute__((aligned(16)));
static seL4_UserContext regs; /* static: zero without a memset */
static seL4_CPtr endpoint, tcb;

static void second_thread(void)
{
    print("sel4rt-thread: second thread running\n");
    int clear = 1;
    for (int i = 0; i < 32; i++) {
        clear &= tls_zeroed[i] == 0;
    }
    check(tls_counter == 100 && clear, "second thread sees a fresh TLS image");
#ifdef CONFIG_LIB_SEL4_USE_THREAD_LOCALS
    check(seL4_GetIPCBuffer() == (void *)ipc_page, "second thread's __sel4_ipc_buffer is its own page");
#else
    /* LibSel4UseThreadLocals=OFF: one __sel4_ipc_buffer for all threads, so the
     * message below stays within the registers seL4 passes without the buffer. */
    check(seL4_GetIPCBuffer() == sel4runtime_bootinfo()->ipcBuffer,
          "one global __sel4_ipc_buffer (LibSel4UseThreadLocals=OFF)");
#endif
    tls_counter = 7;
    seL4_SetMR(0, 41);
    seL4_Call(endpoint, seL4_MessageInfo_new(0, 0, 0, 1));
    check(seL4_GetMR(0) == 42, "reply received through the second thread's IPC buffer");
    check(tls_counter == 7, "second thread's TLS kept its own value");
    seL4_Send(endpoint, seL4_MessageInfo_new(1, 0, 0, 0));
    seL4_TCB_Suspend(tcb);
}

int main(void)
{
    seL4_BootInfo *bi = sel4runtime_bootinfo();
    seL4_CPtr free_slot = bi->empty.start;
    print("sel4rt-thread: creating a second thread\n");

    tls_counter = 1; /* the new thread must not see this */
    tcb = make_object(bi, seL4_TCBObject, seL4_TCBBits, &free_slot);
    endpoint = make_object(bi, seL4_EndpointObject, seL4_EndpointBits, &free_slot);
    check(tcb && endpoint, "TCB and endpoint retyped");
    check(sel4runtime_get_tls_size() <= sizeof(tls_region), "TLS region large enough");

    seL4_Word tp = sel4runtime_setup_thread_tls(tls_region, sizeof(tls_region), ipc_page);
    check(tp != 0, "sel4runtime_setup_thread_tls gave a thread pointer");

    int err = seL4_TCB_Configure(tcb, seL4_CapNull, seL4_CapInitThreadCNode, 0, seL4_CapInitThreadVSpace, 0,
                                 (seL4_Word)ipc_page, own_frame(bi, ipc_page));
    err |= seL4_TCB_SetPriority(tcb, seL4_CapInitThreadTCB, seL4_MaxPrio - 1);
    seL4_Word sp = (seL4_Word)&stack[2048];
    set_entry(&regs, second_thread, sp);
#if defined(CONFIG_ARCH_AARCH64)
    /* Compilers read tpidr_el0 even when the kernel keeps TLS_BASE in tpidrro_el0 (tpidruro). */
    regs.tpidr_el0 = tp;
#endif
    err |= seL4_TCB_WriteRegisters(tcb, 0, 0, sizeof(regs) / sizeof(seL4_Word), &regs);
    /* After WriteRegisters, which also writes the thread-ID registers. */
    err |= seL4_TCB_SetTLSBase(tcb, tp);
    err |= seL4_TCB_Resume(tcb);
    check(err == seL4_NoError, "second thread configured and started");

    seL4_Word badge;
    seL4_MessageInfo_t info = seL4_Recv(endpoint, &badge);
    check(seL4_MessageInfo_get_length(info) == 1 && seL4_GetMR(0) == 41, "message from the second thread");
    seL4_SetMR(0, seL4_GetMR(0) + 1);
    seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 1));
    info = seL4_Recv(endpoint, &badge);
    check(seL4_MessageInfo_get_label(info) == 1, "second thread finished");
    check(tls_counter == 1, "root task's TLS untouched by the second thread");
    print("sel4rt-thread: done\n");
    return 0;
}
