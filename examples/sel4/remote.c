/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * A thread in a second address space, made with libsel4 and sel4rt only.
 * The root task builds a new vspace, maps its own image there at the same
 * addresses (so the child runs the same code), and maps a few of its pages
 * at other addresses only: the child's TLS region (`remote`) and IPC
 * buffer. sel4runtime_setup_thread_tls_at writes the child's TLS image
 * through the root task's own mapping (`local`) with its pointers made for
 * `remote`; the child then checks its TLS and calls the root task.
 * (Non-MCS kernels.)
 */
#include <sel4/sel4.h>
#include <sel4runtime.h>
#include <sel4runtime/mode/elf.h>
#include "entry.h"
#include "image.h"
#include "print.h"

#ifdef CONFIG_KERNEL_MCS
#error "this example uses the non-MCS TCB and reply calls"
#endif

#define PAGE ((seL4_Word)1 << seL4_PageBits)
#define FAULT_BADGE 0xfa
#define MSG_WORDS 6 /* more than the message registers: part goes through the IPC buffers */

__thread seL4_Word tls_counter = 100;
__thread char tls_zeroed[32];
__thread char tls_aligned[16] __attribute__((aligned(4096)));
__thread int child_id;

/* Pages of our image that the child sees only at other addresses. */
static char tls_pages[8 * 4096] __attribute__((aligned(4096)));
static char ipc_page[4096] __attribute__((aligned(4096)));
static seL4_Word child_stack[2048] __attribute__((aligned(16)));
static seL4_UserContext regs; /* static: zero without a memset */

/* The image's data pages are shared with the child: it reads these too. */
static seL4_BootInfo *bi;
static seL4_CPtr endpoint, tcb, vspace, free_slot;
static seL4_Word tls_remote, ipc_remote;
static int failures;

static void expect(int ok, char const *what)
{
    failures += !ok;
    check(ok, what);
}

static void print_value(char const *name, seL4_Word v)
{
    print(name);
    print_hex(v);
    print("\n");
}

#if defined(CONFIG_ARCH_X86)
#ifdef CONFIG_ARCH_X86_64
#define VSPACE_OBJECT seL4_X64_PML4Object
/* Paging levels below the top, lowest first. */
static seL4_Word const table_types[] = {seL4_X86_PageTableObject, seL4_X86_PageDirectoryObject, seL4_X86_PDPTObject};
#else
#define VSPACE_OBJECT seL4_X86_PageDirectoryObject
static seL4_Word const table_types[] = {seL4_X86_PageTableObject};
#endif

static seL4_Error map_table(int level, seL4_CPtr table, seL4_Word vaddr)
{
    switch (level) {
#ifdef CONFIG_ARCH_X86_64
    case 2:
        return seL4_X86_PDPT_Map(table, vspace, vaddr, seL4_X86_Default_VMAttributes);
    case 1:
        return seL4_X86_PageDirectory_Map(table, vspace, vaddr, seL4_X86_Default_VMAttributes);
#endif
    default:
        return seL4_X86_PageTable_Map(table, vspace, vaddr, seL4_X86_Default_VMAttributes);
    }
}

static seL4_Error map_page(seL4_CPtr frame, seL4_Word vaddr)
{
    return seL4_X86_Page_Map(frame, vspace, vaddr, seL4_AllRights, seL4_X86_Default_VMAttributes);
}

static seL4_Error assign_asid(void)
{
    return seL4_X86_ASIDPool_Assign(seL4_CapInitThreadASIDPool, vspace);
}
#elif defined(CONFIG_ARCH_ARM)
#ifdef CONFIG_ARCH_AARCH64
#define VSPACE_OBJECT seL4_ARM_VSpaceObject
#else
#define VSPACE_OBJECT seL4_ARM_PageDirectoryObject
#endif
/* One table type below the top: the kernel puts it at the first level missing. */
static seL4_Word const table_types[] = {seL4_ARM_PageTableObject};

static seL4_Error map_table(int level, seL4_CPtr table, seL4_Word vaddr)
{
    (void)level;
    return seL4_ARM_PageTable_Map(table, vspace, vaddr, seL4_ARM_Default_VMAttributes);
}

static seL4_Error map_page(seL4_CPtr frame, seL4_Word vaddr)
{
    return seL4_ARM_Page_Map(frame, vspace, vaddr, seL4_AllRights, seL4_ARM_Default_VMAttributes);
}

static seL4_Error assign_asid(void)
{
    return seL4_ARM_ASIDPool_Assign(seL4_CapInitThreadASIDPool, vspace);
}
#elif defined(CONFIG_ARCH_RISCV)
#define VSPACE_OBJECT seL4_RISCV_PageTableObject
static seL4_Word const table_types[] = {seL4_RISCV_PageTableObject};

static seL4_Error map_table(int level, seL4_CPtr table, seL4_Word vaddr)
{
    (void)level;
    return seL4_RISCV_PageTable_Map(table, vspace, vaddr, seL4_RISCV_Default_VMAttributes);
}

static seL4_Error map_page(seL4_CPtr frame, seL4_Word vaddr)
{
    return seL4_RISCV_Page_Map(frame, vspace, vaddr, seL4_AllRights, seL4_RISCV_Default_VMAttributes);
}

static seL4_Error assign_asid(void)
{
    return seL4_RISCV_ASIDPool_Assign(seL4_CapInitThreadASIDPool, vspace);
}
#else
#error "remote.c supports x86, ARM and RISC-V"
#endif

#define LEVELS (sizeof(table_types) / sizeof(table_types[0]))

static void child(void)
{
    print("sel4rt-remote: child running in the second vspace\n");
    int clear = 1;
    for (int i = 0; i < 32; i++) {
        clear &= tls_zeroed[i] == 0;
    }
    expect(tls_counter == 100, "child: initialised __thread data");
    expect(clear, "child: zeroed __thread data");
    seL4_Word at = (seL4_Word)&tls_aligned;
    print_value("sel4rt-remote: child: &tls_aligned = ", at);
    expect(at % 4096 == 0 && at >= tls_remote && at < tls_remote + sizeof(tls_pages),
           "child: 4 KiB-aligned __thread variable, inside [remote, remote + size)");
    expect(child_id == 3, "child: child_id == 3, set through the local mapping");
    expect(seL4_GetIPCBuffer() == (seL4_IPCBuffer *)ipc_remote,
           "child: seL4_GetIPCBuffer() is its IPC buffer's address in its own vspace");

    tls_counter = 7;
    for (int i = 0; i < MSG_WORDS; i++) {
        seL4_SetMR(i, 0x100 + i);
    }
    seL4_MessageInfo_t info = seL4_Call(endpoint, seL4_MessageInfo_new(0, 0, 0, MSG_WORDS));
    int ok = seL4_MessageInfo_get_length(info) == MSG_WORDS;
    for (int i = 0; i < MSG_WORDS; i++) {
        ok &= seL4_GetMR(i) == (seL4_Word)(0x200 + i);
    }
    expect(ok, "child: reply received");
    expect(tls_counter == 7, "child: its TLS kept its own value");
    seL4_Send(endpoint, seL4_MessageInfo_new(1, 0, 0, 0));
    seL4_TCB_Suspend(tcb);
}

/*
 * Retype one object of `type` into the next free slot. Every object here
 * fits in one untyped of 64 KiB: smaller ones are passed over, as a retype
 * that fails for lack of room makes a debug kernel print a complaint.
 */
static seL4_CPtr make_object(seL4_Word type)
{
    for (seL4_CPtr ut = bi->untyped.start; ut < bi->untyped.end && free_slot < bi->empty.end; ut++) {
        seL4_UntypedDesc const *d = &bi->untypedList[ut - bi->untyped.start];
        if (d->isDevice || d->sizeBits < 16) {
            continue;
        }
        if (seL4_Untyped_Retype(ut, type, 0, seL4_CapInitThreadCNode, 0, 0, free_slot, 1) == seL4_NoError) {
            return free_slot++;
        }
    }
    return seL4_CapNull;
}

/* Map `frame` in the child, adding the paging structures the kernel reports missing. */
static seL4_Error map_frame(seL4_CPtr frame, seL4_Word vaddr)
{
    static seL4_CPtr spare[LEVELS]; /* a table retyped but not yet placed: kept for the next try */
    seL4_Error err;
    while ((err = map_page(frame, vaddr)) == seL4_FailedLookup) {
        /* Going up from the lowest level: a level fails too while the one above it is missing. */
        unsigned level = 0;
        do {
            if (!spare[level]) {
                spare[level] = make_object(table_types[level]);
            }
            if (!spare[level]) {
                return seL4_NotEnoughMemory;
            }
            err = map_table(level, spare[level], vaddr);
            if (err == seL4_NoError) {
                spare[level] = seL4_CapNull;
            }
        } while (err == seL4_FailedLookup && ++level < LEVELS);
        if (err != seL4_NoError) {
            return err;
        }
    }
    return err;
}

/* A frame cap maps at one place only: map a copy of it. */
static seL4_Error map_copy(seL4_CPtr frame, seL4_Word vaddr)
{
    if (free_slot >= bi->empty.end) {
        return seL4_NotEnoughMemory;
    }
    seL4_CPtr copy = free_slot++;
    seL4_Error err = seL4_CNode_Copy(seL4_CapInitThreadCNode, copy, seL4_WordBits, seL4_CapInitThreadCNode, frame,
                                     seL4_WordBits, seL4_AllRights);
    return err != seL4_NoError ? err : map_frame(copy, vaddr);
}

/* The next message from the child, or 0 after telling of its fault. */
static int from_child(seL4_MessageInfo_t *info)
{
    seL4_Word badge;
    *info = seL4_Recv(endpoint, &badge);
    if (badge != FAULT_BADGE) {
        return 1;
    }
    failures++;
    if (seL4_MessageInfo_get_label(*info) == seL4_Fault_VMFault) {
        print("  FAILED: the child faulted: vm fault at address ");
        print_hex(seL4_GetMR(seL4_VMFault_Addr));
        print(", ip ");
        print_hex(seL4_GetMR(seL4_VMFault_IP));
    } else {
        print("  FAILED: the child faulted: fault type ");
        print_hex(seL4_MessageInfo_get_label(*info));
    }
    print("\n");
    return 0;
}

int main(void)
{
    bi = sel4runtime_bootinfo();
    free_slot = bi->empty.start;
    seL4_Word low, high;
    image_bounds(&low, &high);
    print("sel4rt-remote: creating a thread in a second vspace\n");

    tcb = make_object(seL4_TCBObject);
    endpoint = make_object(seL4_EndpointObject);
    vspace = make_object(VSPACE_OBJECT);
    /* Faults come to us on the same endpoint, told apart by the badge. */
    seL4_CPtr fault_ep = free_slot++;
    int err = seL4_CNode_Mint(seL4_CapInitThreadCNode, fault_ep, seL4_WordBits, seL4_CapInitThreadCNode, endpoint,
                              seL4_WordBits, seL4_AllRights, FAULT_BADGE);
    expect(tcb && endpoint && vspace && err == seL4_NoError, "TCB, endpoint and top-level paging object retyped");
    expect(assign_asid() == seL4_NoError, "ASID assigned to the new vspace");

    /* Child addresses: 2 MiB past the image, so new paging structures too. */
    seL4_Word const big = (seL4_Word)1 << 21;
    tls_remote = ((high + big - 1) & ~(big - 1)) + big;
#ifdef CONFIG_LIB_SEL4_USE_THREAD_LOCALS
    ipc_remote = tls_remote + sizeof(tls_pages) + PAGE; /* an unmapped page in between */
#else
    /* One global __sel4_ipc_buffer for all threads: the child's buffer sits where ours does in our vspace. */
    ipc_remote = (seL4_Word)bi->ipcBuffer;
#endif

    /* The image at the same addresses, but for the pages the child must see elsewhere only. */
    seL4_Word frames = bi->userImageFrames.end - bi->userImageFrames.start;
    err = 0;
    for (seL4_Word i = 0; i < frames; i++) {
        seL4_Word va = low + i * PAGE;
        if ((va >= (seL4_Word)tls_pages && va < (seL4_Word)tls_pages + sizeof(tls_pages)) ||
            va == (seL4_Word)ipc_page) {
            continue;
        }
        err |= map_copy(bi->userImageFrames.start + i, va);
    }
    expect(err == seL4_NoError, "image mapped at its own addresses in the new vspace");
    for (seL4_Word off = 0; off < sizeof(tls_pages); off += PAGE) {
        err |= map_copy(own_frame(bi, tls_pages + off), tls_remote + off);
    }
    err |= map_copy(own_frame(bi, ipc_page), ipc_remote);
    expect(err == seL4_NoError, "TLS pages and IPC buffer mapped at the child's addresses only");

    tls_counter = 1; /* the child must not see this */
    print_value("sel4rt-remote: TLS size = ", sel4runtime_get_tls_size());
    expect(sel4runtime_get_tls_size() <= sizeof(tls_pages), "TLS region large enough");
    seL4_Word tp = sel4runtime_setup_thread_tls_at(tls_pages, sizeof(tls_pages), tls_remote, (void *)ipc_remote);
    print_value("sel4rt-remote: local  = ", (seL4_Word)tls_pages);
    print_value("sel4rt-remote: remote = ", tls_remote);
    print_value("sel4rt-remote: tp     = ", tp);
    print_value("sel4rt-remote: child IPC buffer = ", ipc_remote);
    expect(tp >= tls_remote && tp < tls_remote + sizeof(tls_pages), "thread pointer inside the remote region");
    expect(sel4runtime_set_tls_variable(sel4runtime_local_tls_base(tls_pages, tls_remote, tp), child_id, 3) == 0,
           "child_id set through the local mapping");

    err = seL4_TCB_Configure(tcb, fault_ep, seL4_CapInitThreadCNode, 0, vspace, 0, ipc_remote,
                             own_frame(bi, ipc_page));
    err |= seL4_TCB_SetPriority(tcb, seL4_CapInitThreadTCB, seL4_MaxPrio - 1);
    seL4_Word sp = (seL4_Word)&child_stack[2048];
    set_entry(&regs, child, sp);
#if defined(CONFIG_ARCH_AARCH64)
    /* Compilers read tpidr_el0 even when the kernel keeps TLS_BASE in tpidrro_el0. */
    regs.tpidr_el0 = tp;
#endif
    err |= seL4_TCB_WriteRegisters(tcb, 0, 0, sizeof(regs) / sizeof(seL4_Word), &regs);
    /* After WriteRegisters, which also writes the thread-ID registers. */
    err |= seL4_TCB_SetTLSBase(tcb, tp);
    err |= seL4_TCB_Resume(tcb);
    expect(err == seL4_NoError, "child configured and started");

    seL4_MessageInfo_t info;
    if (from_child(&info)) {
        int ok = seL4_MessageInfo_get_length(info) == MSG_WORDS;
        for (int i = 0; i < MSG_WORDS; i++) {
            ok &= seL4_GetMR(i) == (seL4_Word)(0x100 + i);
        }
        expect(ok, "message from the child");
        /* Its message is still in its buffer: the frame we see at ipc_page. */
        seL4_IPCBuffer const volatile *mine = (seL4_IPCBuffer const volatile *)ipc_page;
        expect(mine->msg[MSG_WORDS - 1] == 0x100 + MSG_WORDS - 1, "child's IPC buffer is our ipc_page frame");
        for (int i = 0; i < MSG_WORDS; i++) {
            seL4_SetMR(i, 0x200 + i);
        }
        seL4_Reply(seL4_MessageInfo_new(0, 0, 0, MSG_WORDS));
        if (from_child(&info)) {
            expect(seL4_MessageInfo_get_label(info) == 1, "child finished");
        }
    }
    expect(tls_counter == 1, "root task's TLS untouched by the child");
    print(failures ? "sel4rt-remote: FAILED\n" : "sel4rt-remote: done\n");
    return failures != 0;
}
