/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The seL4 port: sel4rt's kernel-facing layer, and the only code that
 * includes libsel4.
 */
#include <autoconf.h>
#include <sel4/sel4.h>
#include "../../src/sel4rt.h"

/* The core reads the IPC buffer pointer from the head of seL4_BootInfo without libsel4. */
_Static_assert(__builtin_offsetof(seL4_BootInfo, ipcBuffer) == 4 * sizeof(seL4_Word),
               "seL4_BootInfo.ipcBuffer moved");

void __sel4runtime_set_tp(sel4runtime_uintptr_t tls_base)
{
#if defined(CONFIG_SET_TLS_BASE_SELF)
    /* The register compiled code reads is one user code cannot write
     * (TPIDRURO, or FS/GS base without FSGSBASE): the kernel writes it. */
    seL4_SetTLSBase(tls_base);
#if defined(CONFIG_ARCH_AARCH64)
    /* KernelArmTLSReg=tpidruro: the kernel now holds it in tpidrro_el0, but
     * compilers read tpidr_el0, which is per thread too and ours to write. */
    __asm__ __volatile__("msr tpidr_el0, %0" ::"r"(tls_base));
#endif
#elif defined(CONFIG_ARCH_AARCH64)
    __asm__ __volatile__("msr tpidr_el0, %0" ::"r"(tls_base));
#elif defined(CONFIG_ARCH_AARCH32) || defined(CONFIG_ARCH_ARM_HYP)
    __asm__ __volatile__("mcr p15, 0, %0, c13, c0, 2" ::"r"(tls_base));
#elif defined(CONFIG_ARCH_X86_64)
    __asm__ __volatile__("wrfsbase %0" ::"r"(tls_base));
#elif defined(CONFIG_ARCH_RISCV)
    __asm__ __volatile__("mv tp, %0" ::"r"(tls_base));
#else
#error "sel4rt: no way to set the thread pointer on this architecture"
#endif
}

void sel4rt_port_write(char const *s, size_t n)
{
#ifdef CONFIG_PRINTING
    for (size_t i = 0; i < n; i++) {
        seL4_DebugPutChar(s[i]);
    }
#else
    (void)s;
    (void)n;
#endif
}

void sel4rt_port_set_ipc_buffer(void *ipc_buffer)
{
    seL4_SetIPCBuffer(ipc_buffer);
}

void *sel4rt_port_ipc_buffer_slot(void)
{
#ifdef CONFIG_LIB_SEL4_USE_THREAD_LOCALS
    return &__sel4_ipc_buffer;
#else
    /* One global for every thread (LibSel4UseThreadLocals=OFF): nothing per thread to set. */
    return SEL4RUNTIME_NULL;
#endif
}

void sel4rt_port_initial_thread_ready(struct sel4rt_env const *env)
{
#ifdef CONFIG_DEBUG_BUILD
    /*
     * A debug kernel names the initial thread "rootserver" when it creates
     * it, the name the root task's entry sets (env->name): naming it again
     * would cost a system call for nothing. A process takes its name from
     * argv[0]. Naming copies the name through the IPC buffer, so it needs one.
     */
    if (!env->name && env->tcb && env->ipc_buffer) {
        char const *name = sel4rt_env_name(env);
        if (*name) {
            seL4_DebugNameThread(env->tcb, name);
        }
    }
#else
    (void)env;
#endif
}

int sel4rt_port_unmap_image_page(void const *bootinfo, void *page)
{
    /*
     * The kernel gives the root task one frame capability per page of its
     * image, in address order, and maps the IPC buffer on the page right
     * after the last (every architecture's boot.c): the frame of `page`
     * counts back from there, with no need to find where the image starts.
     */
    seL4_BootInfo const *bi = bootinfo;
    seL4_Word end = (seL4_Word)bi->ipcBuffer, at = (seL4_Word)page;
    seL4_Word size = (seL4_Word)1 << seL4_PageBits;
    if (at & (size - 1)) {
        return seL4_AlignmentError;
    }
    if (at >= end) {
        return seL4_RangeError;
    }
    /* Pages from `page` up to the IPC buffer: 1 for the image's last. */
    seL4_Word back = (end - at) / size;
    if (back > bi->userImageFrames.end - bi->userImageFrames.start) {
        return seL4_RangeError;
    }
    /*
     * The invocation by hand rather than through libsel4's seL4_*_Page_Unmap:
     * that one copies registers into the IPC buffer on failure, through TLS,
     * and the thread has neither yet. Nothing but the label goes in or out.
     */
#if defined(CONFIG_ARCH_X86)
    seL4_Word label = X86PageUnmap;
#elif defined(CONFIG_ARCH_ARM)
    seL4_Word label = ARMPageUnmap;
#elif defined(CONFIG_ARCH_RISCV)
    seL4_Word label = RISCVPageUnmap;
#else
#error "sel4rt: no page-unmap invocation for this architecture"
#endif
    seL4_CPtr frame = bi->userImageFrames.end - back;
    seL4_MessageInfo_t info = seL4_MessageInfo_new(label, 0, 0, 0);
    /* As many message registers as the architecture passes in registers (none is read: length 0). */
    seL4_Word mr0 = 0, mr1 = 0;
#if defined(CONFIG_ARCH_IA32) && defined(CONFIG_KERNEL_MCS)
    (void)mr1;
    seL4_MessageInfo_t out = seL4_CallWithMRs(frame, info, &mr0);
#elif defined(CONFIG_ARCH_IA32)
    seL4_MessageInfo_t out = seL4_CallWithMRs(frame, info, &mr0, &mr1);
#else
    seL4_Word mr2 = 0, mr3 = 0;
    seL4_MessageInfo_t out = seL4_CallWithMRs(frame, info, &mr0, &mr1, &mr2, &mr3);
#endif
    return (int)seL4_MessageInfo_get_label(out);
}

/*
 * Block for good without using the CPU, without capabilities and without
 * the IPC buffer: a receive on the empty slot 0 is a capability fault,
 * which the kernel reports to the thread's fault handler or, with none,
 * answers by making the thread inactive. A debug kernel prints the fault.
 */
_Noreturn void sel4rt_port_stop_thread(void)
{
    for (;;) {
#ifdef CONFIG_KERNEL_MCS
        seL4_Wait(seL4_CapNull, SEL4RUNTIME_NULL);
#else
        seL4_Recv(seL4_CapNull, SEL4RUNTIME_NULL);
#endif
    }
}

_Noreturn void sel4rt_port_exit(int code, struct sel4rt_env const *env)
{
#if SEL4RT_PRINTING
    char const *name = sel4rt_env_name(env);
    sel4rt_print("%s: exit(%d)\n", *name ? name : "sel4rt", (uintptr_t)code);
#else
    (void)code;
#endif
    /*
     * The one TCB the runtime knows (the root task's, or AT_SEL4_TCB) is
     * the initial thread's: suspending it stops the program's first thread,
     * and the caller too when that is the caller. Only once TLS exists:
     * on failure, libsel4 stores the error in the IPC buffer through TLS.
     */
    if (env->tcb && __atomic_load_n(&sel4rt_initial_tp, __ATOMIC_ACQUIRE)) {
        seL4_TCB_Suspend(env->tcb);
    }
    sel4rt_port_stop_thread();
}
