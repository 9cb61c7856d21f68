/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Threads made by hand, as on seL4: each gets a TLS region (deliberately
 * misaligned memory) through sel4runtime_setup_thread_tls with its own IPC
 * buffer, a TLS variable set from outside before it runs, and its thread
 * pointer before its first instruction. They run at the same time and
 * each must see a fresh image, its own IPC buffer and its own writes.
 */
#include "check.h"

#if defined(__i386__)
/* qemu-i386 shares the 3 TLS descriptors of a process among all its threads. */
#define NTHREADS 2
#else
#define NTHREADS 3
#endif
#define SPIN_LIMIT 2000000

__thread int tls_counter = 100;
__thread unsigned char tls_zero[32];
__thread int tls_id;

static unsigned char tls_mem[NTHREADS][4096];
static unsigned char dirty[4096];
static unsigned char stacks[NTHREADS][16384] __attribute__((aligned(16)));
static unsigned char ipc_buffers[NTHREADS][1024] __attribute__((aligned(1024)));
static int started;
static int finished;
static int results[NTHREADS];

static int wait_for(int *counter, int value)
{
    for (long i = 0; i < SPIN_LIMIT; i++) {
        if (__atomic_load_n(counter, __ATOMIC_ACQUIRE) >= value) {
            return 1;
        }
        sel4rt_hosted_yield();
    }
    return 0;
}

/* Bytes of another thread's copy of one of our own TLS variables. */
static unsigned char const *in_image(uintptr_t tp, void const *own_variable)
{
    return (unsigned char const *)(tp + ((uintptr_t)own_variable - sel4runtime_get_tls_base()));
}

static int all_zero(unsigned char const *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i]) {
            return 0;
        }
    }
    return 1;
}

static void thread_main(void *arg)
{
    int i = (int)(uintptr_t)arg;
    int bad = 0;
    if (tls_counter != 100) {
        bad |= 1; /* a fresh image, not the creator's modified copy */
    }
    for (int k = 0; k < 32; k++) {
        if (tls_zero[k]) {
            bad |= 2;
        }
    }
    if (tls_id != i + 1) {
        bad |= 4;
    }
    if (__sel4_ipc_buffer != ipc_buffers[i]) {
        bad |= 8;
    }
    tls_counter = 200 + i;
    tls_zero[i] = (unsigned char)(i + 1);
    __atomic_add_fetch(&started, 1, __ATOMIC_ACQ_REL);
    /* All threads alive at once: each waits for the others before finishing. */
    if (!wait_for(&started, NTHREADS)) {
        bad |= 16;
    }
    if (tls_counter != 200 + i || tls_zero[i] != i + 1 || __sel4_ipc_buffer != ipc_buffers[i]) {
        bad |= 32;
    }
    results[i] = bad;
    __atomic_add_fetch(&finished, 1, __ATOMIC_ACQ_REL);
    sel4rt_hosted_exit_thread(0);
}

int main(void)
{
    tls_counter = 1;
    tls_zero[0] = 5;
    size_t size = sel4runtime_get_tls_size();
    CHECK(size + NTHREADS * 3 <= sizeof(tls_mem[0]));

    CHECK_EQ(sel4runtime_write_tls_image(0), 0);
    CHECK_EQ(sel4runtime_write_tls_image_sized(tls_mem[0], 1), 0);
    /* Smaller than the padding up to the first aligned address: refused, not wrapped around. */
    uintptr_t align = sel4runtime_get_tls_align();
    unsigned char *past_aligned = tls_mem[0] + ((align + 1 - ((uintptr_t)tls_mem[0] & (align - 1))) & (align - 1));
    CHECK_EQ(sel4runtime_write_tls_image_sized(past_aligned, align - 2), 0);
    CHECK_EQ(sel4runtime_setup_thread_tls(tls_mem[0] + 1, size / 2, ipc_buffers[0]), 0);

    /*
     * Memory that held something else: the fresh image clears every .tbss
     * byte (these three are all this program's .tbss), and a variable set
     * from outside gets all its bytes.
     */
    CHECK(size <= sizeof(dirty));
    for (size_t k = 0; k < sizeof(dirty); k++) {
        dirty[k] = 0xa5;
    }
    uintptr_t dtp = sel4runtime_write_tls_image(dirty);
    CHECK(dtp != 0);
    CHECK(all_zero(in_image(dtp, tls_zero), sizeof(tls_zero)));
    CHECK(all_zero(in_image(dtp, &tls_id), sizeof(tls_id)));
    CHECK(all_zero(in_image(dtp, &__sel4_ipc_buffer), sizeof(__sel4_ipc_buffer)));
    CHECK_EQ(le_value(in_image(dtp, &tls_counter), sizeof(tls_counter)), 100);
    void *word = (void *)(uintptr_t)0x0123456789abcdefull;
    CHECK_EQ(sel4runtime_set_tls_variable(dtp, __sel4_ipc_buffer, word), 0);
    CHECK_EQ(le_value(in_image(dtp, &__sel4_ipc_buffer), sizeof(word)), (uintptr_t)word);

    for (int i = 0; i < NTHREADS; i++) {
        uintptr_t tp = sel4runtime_setup_thread_tls(tls_mem[i] + 1 + 2 * i, size, ipc_buffers[i]);
        CHECK(tp != 0);
        CHECK_EQ(tp & (sel4runtime_get_tls_align() - 1), 0);
        CHECK(tp >= (uintptr_t)tls_mem[i] && tp < (uintptr_t)tls_mem[i] + size);
        /* The region starts at the first aligned address of the memory given. */
        uintptr_t start = tp - sel4runtime_get_tp_offset();
        CHECK_EQ(start & (align - 1), 0);
        CHECK(start >= (uintptr_t)(tls_mem[i] + 1 + 2 * i) && start - (uintptr_t)(tls_mem[i] + 1 + 2 * i) < align);
        CHECK_EQ(sel4runtime_set_tls_variable(tp, tls_id, i + 1), 0);
        /* Outside the TLS block, or running past it: refused, nothing written. */
        CHECK_EQ(sel4runtime_set_tls_variable(tp, started, 1), -1);
        CHECK_EQ(__sel4runtime_write_tls_variable(tp, (unsigned char *)((uintptr_t)&tls_id + 2 * size),
                                                  (unsigned char *)stacks, 1),
                 -1);
        CHECK_EQ(__sel4runtime_write_tls_variable(tp, (unsigned char *)&tls_id, (unsigned char *)stacks,
                                                  size * 2),
                 -1);
        CHECK_EQ(sel4runtime_set_tls_variable(0, tls_id, 1), -1);
        CHECK_EQ(sel4rt_hosted_spawn(thread_main, (void *)(uintptr_t)i, stacks[i], sizeof(stacks[i]), tp), 0);
    }
    CHECK(wait_for(&finished, NTHREADS));
    for (int i = 0; i < NTHREADS; i++) {
        CHECK_EQ(results[i], 0);
    }
    CHECK_EQ(tls_counter, 1);
    CHECK_EQ(tls_zero[0], 5);
    CHECK_EQ(tls_zero[1], 0);
    CHECK(__sel4_ipc_buffer == 0);
    return report("threads");
}
