/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Thread-local storage: the program's TLS image (from its real PT_TLS
 * program header), fresh copies of it for the initial thread and for new
 * threads, and writes into other threads' TLS. The image description is
 * written once before main and only read afterwards, so every function
 * here may be called from several threads at once.
 */
#include "sel4rt.h"

struct sel4rt_tls_image sel4rt_tls;

/*
 * One word written through a byte pointer: the thread pointer's self-pointer
 * and the canary. Trusted like mem.c's word accesses (docs/proofs.md).
 */
/*@ requires \valid(at + (0 .. SEL4RT_WORD - 1));
    assigns at[0 .. SEL4RT_WORD - 1];
*/
static inline void put_word(unsigned char *at, uintptr_t v)
{
    *(uintptr_t __attribute__((may_alias)) *)at = v;
}

/*@ requires sel4rt_native_ok && sel4rt_image_ok(&sel4rt_tls);
    requires \valid(base + (0 .. sel4rt_tls.layout.span - 1));
    requires \valid_read(sel4rt_tls.tdata + (0 .. sel4rt_tls.filesz - 1));
    requires \separated(base + (0 .. sel4rt_tls.layout.span - 1),
                        sel4rt_tls.tdata + (0 .. sel4rt_tls.filesz - 1), &sel4rt_tls);
    requires zeroed != 0 ==> \forall integer k; 0 <= k < sel4rt_tls.layout.span ==> base[k] == 0;
    assigns base[0 .. sel4rt_tls.layout.span - 1];
    ensures \forall integer k; 0 <= k < sel4rt_tls.filesz ==>
        base[sel4rt_tls.layout.block_offset + k] == sel4rt_tls.tdata[k];
    ensures \forall integer k; sel4rt_tls.filesz <= k < sel4rt_tls.memsz ==>
        base[sel4rt_tls.layout.block_offset + k] == 0;
    ensures \result == base + sel4rt_tls.layout.tp_offset;
*/
unsigned char *sel4rt_tls_write(unsigned char *base, uintptr_t shift, int zeroed)
{
    struct sel4rt_tls_layout const *l = &sel4rt_tls.layout;
    unsigned char *block = base + l->block_offset;
    size_t filesz = sel4rt_tls.filesz;
    /* For the provers: the control block lies outside the TLS block. */
#if SEL4RT_TLS_ABOVE_TP
    /*@ assert l->tcb_offset + SEL4RT_TCB_SIZE <= l->block_offset; */
#else
    /*@ assert l->block_offset + sel4rt_tls.memsz <= l->tp_offset; */
#endif

    /*
     * The block, then the control block. The alignment padding around the
     * block (before it in variant I, between it and the thread pointer in
     * variant II: up to 4 KiB or more) is never read, so it is left as it is.
     */
    if (filesz) { /* empty parts are common (no .tdata, or no .tbss): no call for them */
        sel4rt_copy(block, sel4rt_tls.tdata, filesz);
    }
    /* For the provers, after each write: what is already in place stays. */
    /*@ assert \forall integer k; 0 <= k < filesz ==> block[k] == sel4rt_tls.tdata[k]; */
    /*@ assert zeroed != 0 ==> \forall integer k; filesz <= k < sel4rt_tls.memsz ==> block[k] == 0; */
    if (sel4rt_tls.memsz > filesz && !zeroed) {
        sel4rt_zero(block + filesz, sel4rt_tls.memsz - filesz);
    }
    /*@ assert \forall integer k; filesz <= k < sel4rt_tls.memsz ==> block[k] == 0; */
#if SEL4RT_TCB_SIZE == 2 * __SIZEOF_POINTER__
    /* Two words (aarch64, aarch32): stores, not a call. */
    put_word(base + l->tcb_offset, 0);
    put_word(base + l->tcb_offset + SEL4RT_WORD, 0);
#elif SEL4RT_TCB_SIZE
    sel4rt_zero(base + l->tcb_offset, SEL4RT_TCB_SIZE);
#endif
    /*@ assert \forall integer k; filesz <= k < sel4rt_tls.memsz ==> block[k] == 0; */
    /*@ assert \forall integer k; 0 <= k < filesz ==> block[k] == sel4rt_tls.tdata[k]; */

    unsigned char *tcb = base + l->tp_offset;
#if !SEL4RT_TLS_ABOVE_TP
    /* Variant II: %fs:0 / %gs:0 must hold the thread pointer itself, as the thread will see it. */
    put_word(tcb, (uintptr_t)tcb + shift);
    /*@ assert \forall integer k; 0 <= k < filesz ==> block[k] == sel4rt_tls.tdata[k]; */
#else
    (void)shift; /* variant I holds no pointer into the region */
#endif
#ifdef SEL4RT_TCB_CANARY
    /* x86 compilers read the stack-protector canary from the thread's control block. */
    if ((uintptr_t)&__stack_chk_guard) { /* a weak symbol: compared as an address */
        put_word(tcb + SEL4RT_TCB_CANARY, __stack_chk_guard);
    }
#endif
    return tcb;
}

/*@ assigns \nothing;
    ensures \result == sel4rt_block_at(tp);
*/
static inline __attribute__((always_inline)) unsigned char *block_at(uintptr_t tp)
{
    struct sel4rt_tls_layout const *l = &sel4rt_tls.layout;
    return (unsigned char *)(tp - l->tp_offset + l->block_offset);
}

/*@ assigns \nothing;
    ensures \result == sel4rt_block_at(tp);
*/
unsigned char *sel4rt_tls_block_of(uintptr_t tp)
{
    return block_at(tp);
}

sel4runtime_size_t sel4runtime_get_tls_size(void)
{
    return sel4rt_tls.layout.region_size;
}

sel4runtime_size_t sel4runtime_get_tp_offset(void)
{
    return sel4rt_tls.layout.tp_offset;
}

sel4runtime_size_t sel4runtime_get_tls_align(void)
{
    return sel4rt_tls.layout.align;
}

int sel4runtime_initial_tls_enabled(void)
{
    /* Always 1 from main on, except after __sel4runtime_load_env found no room. */
    return __atomic_load_n(&sel4rt_initial_tp, __ATOMIC_ACQUIRE) != 0;
}

/*
 * Region start inside [mem, mem + size), or NULL if it does not fit. The
 * memory will be used at address `at` (mem's own address, or where another
 * address space maps it): the region is aligned there.
 */
/*@ requires sel4rt_image_ok(&sel4rt_tls);
    assigns \nothing;
    ensures \result == \null || (mem != \null && \exists integer pad; 0 <= pad && pad + sel4rt_tls.layout.span <= size
                                  && \result == mem + pad);
*/
/* Inlined whatever the optimisation level: a call would cost each new thread more than its body. */
static inline __attribute__((always_inline)) unsigned char *place(unsigned char *mem, size_t size, uintptr_t at)
{
    struct sel4rt_tls_layout const *l = &sel4rt_tls.layout;
    /* Bytes from `at` up to the next multiple of the alignment. */
    size_t pad = (size_t)(0 - at) & (l->align - 1);
    if (!mem || pad > size || size - pad < l->span) {
        return SEL4RUNTIME_NULL;
    }
    return mem + pad;
}

/*@ requires sel4rt_native_ok && sel4rt_image_ok(&sel4rt_tls);
    requires sel4rt_tls_memory_ok((unsigned char *)tls_memory, size);
    requires zeroed != 0 ==> \forall integer k; 0 <= k < size ==> ((unsigned char *)tls_memory)[k] == 0;
    assigns ((unsigned char *)tls_memory)[0 .. size - 1];
    ensures \result == 0 ==> sel4rt_unchanged{Pre}((unsigned char *)tls_memory, size);
*/
uintptr_t sel4rt_write_tls_image_into(void *tls_memory, size_t size, int zeroed)
{
    /* zeroed: .bss the loader cleared and nothing used yet, where clearing .tbss again costs a store a word. */
    unsigned char *base = place(tls_memory, size, (uintptr_t)tls_memory);
    return base ? (uintptr_t)sel4rt_tls_write(base, 0, zeroed) : 0;
}

/*@ requires sel4rt_native_ok && sel4rt_image_ok(&sel4rt_tls);
    requires sel4rt_tls_memory_ok((unsigned char *)tls_memory, size);
    assigns ((unsigned char *)tls_memory)[0 .. size - 1];
    ensures \result == 0 ==> sel4rt_unchanged{Pre}((unsigned char *)tls_memory, size);
*/
sel4runtime_uintptr_t sel4runtime_write_tls_image_sized(void *tls_memory, sel4runtime_size_t size)
{
    return sel4rt_write_tls_image_into(tls_memory, size, 0);
}

/*@ requires sel4rt_native_ok && sel4rt_image_ok(&sel4rt_tls);
    requires sel4rt_tls_memory_ok((unsigned char *)tls_memory, sel4rt_tls.layout.region_size);
    assigns ((unsigned char *)tls_memory)[0 .. sel4rt_tls.layout.region_size - 1];
*/
sel4runtime_uintptr_t sel4runtime_write_tls_image(void *tls_memory)
{
    return sel4runtime_write_tls_image_sized(tls_memory, sel4rt_tls.layout.region_size);
}

/*@ requires sel4rt_native_ok && sel4rt_image_ok(&sel4rt_tls);
    requires sel4rt_tls_memory_ok((unsigned char *)local, size);
    assigns ((unsigned char *)local)[0 .. size - 1];
*/
sel4runtime_uintptr_t sel4runtime_setup_thread_tls_at(void *local, sel4runtime_size_t size,
                                                      sel4runtime_uintptr_t remote, void *ipc_buffer)
{
    /* The thread pointer must not wrap or be 0, which means failure. */
    if (!remote || !size || size - 1 > (uintptr_t)-1 - remote) {
        return 0;
    }
    unsigned char *base = place(local, size, remote);
    if (!base) {
        return 0;
    }
    uintptr_t shift = remote - (uintptr_t)local; /* modulo the word: local may lie above remote */
    unsigned char *local_tp = sel4rt_tls_write(base, shift, 0);
    unsigned char *slot = sel4rt_port_ipc_buffer_slot();
    if (slot) {
        /*
         * The IPC buffer variable lies at the same offset in every thread's
         * block: found in the caller's, stored in the new one's (as
         * __sel4runtime_write_tls_variable would, without a copy loop).
         */
        uintptr_t off = (uintptr_t)slot - (uintptr_t)block_at(sel4runtime_get_tls_base());
        if (off < sel4rt_tls.memsz && sel4rt_tls.memsz - off >= sizeof(ipc_buffer)) {
            /* From local_tp, which equals base + tp_offset: keeping base as well across the calls costs registers. */
            put_word(local_tp - sel4rt_tls.layout.tp_offset + sel4rt_tls.layout.block_offset + off,
                     (uintptr_t)ipc_buffer);
        }
    }
    return (uintptr_t)local_tp + shift;
}

/*@ requires sel4rt_native_ok && sel4rt_image_ok(&sel4rt_tls);
    requires sel4rt_tls_memory_ok((unsigned char *)tls_memory, size);
    assigns ((unsigned char *)tls_memory)[0 .. size - 1];
*/
sel4runtime_uintptr_t sel4runtime_setup_thread_tls(void *tls_memory, sel4runtime_size_t size,
                                                   void *ipc_buffer)
{
    return sel4runtime_setup_thread_tls_at(tls_memory, size, (uintptr_t)tls_memory, ipc_buffer);
}

sel4runtime_uintptr_t sel4runtime_move_initial_tls(void *tls_memory)
{
    /*
     * A fresh image, as at start-up: callers include processes cloned from
     * a running one that start without a thread pointer, so the old TLS
     * cannot be read.
     */
    uintptr_t tp = sel4runtime_write_tls_image(tls_memory);
    if (!tp) {
        return 0;
    }
    sel4rt_enter_initial_tls(tp);
    return tp;
}

/*@ requires sel4rt_image_ok(&sel4rt_tls);
    requires dest_tls_base != 0 ==>
        \valid(sel4rt_block_at(dest_tls_base) + (0 .. sel4rt_tls.memsz - 1));
    requires \valid_read(src + (0 .. bytes - 1));
    requires \separated(sel4rt_block_at(dest_tls_base) + (0 .. sel4rt_tls.memsz - 1),
                        src + (0 .. bytes - 1), &sel4rt_tls);
    assigns sel4rt_block_at(dest_tls_base)[0 .. sel4rt_tls.memsz - 1];
    ensures \result == 0 || \result == -1;
    ensures \result == -1 ==> \forall integer k; 0 <= k < sel4rt_tls.memsz ==>
        sel4rt_block_at(dest_tls_base)[k] == \old(sel4rt_block_at(dest_tls_base)[k]);
*/
int __sel4runtime_write_tls_variable(sel4runtime_uintptr_t dest_tls_base,
                                     unsigned char *local_tls_dest,
                                     unsigned char *src,
                                     sel4runtime_size_t bytes)
{
    uintptr_t block = (uintptr_t)block_at(sel4runtime_get_tls_base());
    uintptr_t at = (uintptr_t)local_tls_dest;
    size_t memsz = sel4rt_tls.memsz;
    if (!dest_tls_base || at < block || at - block > memsz || bytes > memsz - (at - block)) {
        return -1;
    }
    sel4rt_copy(block_at(dest_tls_base) + (at - block), src, bytes);
    return 0;
}
