/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * TLS for a thread of another address space (sel4runtime_setup_thread_tls_at),
 * as a loader on seL4 writes it: one memory object (a memfd) mapped twice,
 * at `local` and at `remote`, whose addresses differ modulo the image's
 * 16 KiB alignment. The image is written through `local` only; a thread
 * then runs with its thread pointer in `remote` and checks each variable,
 * its alignment there, and its IPC buffer pointer; what it writes must show
 * through `local`.
 */
#include "check.h"

#if defined(__x86_64__)
enum { SYS_mmap = 9, SYS_ftruncate = 77, SYS_memfd_create = 319 };
#elif defined(__i386__)
enum { SYS_mmap = 192 /* mmap2 */, SYS_ftruncate = 93, SYS_memfd_create = 356 };
#elif defined(__arm__)
enum { SYS_mmap = 192 /* mmap2 */, SYS_ftruncate = 93, SYS_memfd_create = 385 };
#else /* aarch64, riscv: the generic table */
enum { SYS_mmap = 222, SYS_ftruncate = 46, SYS_memfd_create = 279 };
#endif
enum { PROT_NONE = 0, PROT_RW = 3, MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_FIXED = 0x10, MAP_ANON = 0x20 };

#define ALIGN 16384
#define REGION (4 * ALIGN)

__thread int tls_init = 1234;
__thread unsigned char tls_zero[40];
__thread int tls_id;
__thread long tls_aligned __attribute__((aligned(ALIGN))) = 77;
__thread char tls_page[16] __attribute__((aligned(4096))) = "page";

static unsigned char stack[16384] __attribute__((aligned(16)));
static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
static uintptr_t remote_lo, remote_hi;
static int done;
static int result = -1;

static void *map(void *at, size_t size, long prot, long flags, long fd)
{
    long args[6] = {(long)at, (long)size, prot, flags, fd, 0};
    long r = sel4rt_linux_syscall6(SYS_mmap, args);
    return (r < 0 && r > -4096) ? 0 : (void *)r;
}

static int in_remote(void const *p)
{
    return (uintptr_t)p >= remote_lo && (uintptr_t)p < remote_hi;
}

static void thread_main(void *arg)
{
    (void)arg;
    int bad = 0;
    if (tls_init != 1234) {
        bad |= 1;
    }
    for (unsigned k = 0; k < sizeof(tls_zero); k++) {
        if (tls_zero[k]) {
            bad |= 2;
        }
    }
    if (tls_id != 7) {
        bad |= 4; /* set through the local mapping before the thread ran */
    }
    if (tls_aligned != 77 || ((uintptr_t)&tls_aligned & (ALIGN - 1))) {
        bad |= 8;
    }
    if (!streq(tls_page, "page") || ((uintptr_t)tls_page & 4095)) {
        bad |= 16;
    }
    /* Every variable where this thread sees its TLS, never where the loader wrote it. */
    if (!in_remote(&tls_init) || !in_remote(tls_zero) || !in_remote(&tls_aligned) || !in_remote(tls_page)) {
        bad |= 32;
    }
    if (__sel4_ipc_buffer != ipc_buffer) {
        bad |= 64;
    }
    tls_init = 4321;
    result = bad;
    __atomic_store_n(&done, 1, __ATOMIC_RELEASE);
    sel4rt_hosted_exit_thread(0);
}

int main(void)
{
    size_t size = sel4runtime_get_tls_size();
    CHECK(size <= REGION);
    CHECK_EQ(sel4runtime_get_tls_align(), ALIGN);

    long name_args[6] = {(long)"tls", 0, 0, 0, 0, 0};
    long fd = sel4rt_linux_syscall6(SYS_memfd_create, name_args);
    CHECK(fd >= 0);
    CHECK_EQ(sel4rt_linux_syscall(SYS_ftruncate, fd, REGION, 0), 0);

    /* Room for both mappings, placed so that remote = local + 4 KiB (mod 16 KiB). */
    unsigned char *space = map(0, 4 * REGION, PROT_NONE, MAP_PRIVATE | MAP_ANON, -1);
    CHECK(space != 0);
    unsigned char *local_map = (unsigned char *)(((uintptr_t)space + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1));
    unsigned char *remote_map = local_map + REGION + ALIGN + 4096;
    CHECK(map(local_map, REGION, PROT_RW, MAP_SHARED | MAP_FIXED, fd) == local_map);
    CHECK(map(remote_map, REGION, PROT_RW, MAP_SHARED | MAP_FIXED, fd) == remote_map);
    remote_lo = (uintptr_t)remote_map;
    remote_hi = remote_lo + REGION;
    if (check_failures) {
        return report("remote_tls");
    }
    /* The same memory: a write through one mapping shows in the other. */
    /* (volatile: the compiler sees two distinct addresses and may reorder the accesses) */
    ((unsigned char volatile *)local_map)[100] = 0x5a;
    CHECK_EQ(((unsigned char volatile *)remote_map)[100], 0x5a);

    /* Refused, writing nothing: no local memory, remote 0, too small, wrapping past the top. */
    for (size_t k = 0; k < REGION; k++) {
        local_map[k] = 0xee;
    }
    CHECK_EQ(sel4runtime_setup_thread_tls_at(0, REGION, remote_lo, ipc_buffer), 0);
    CHECK_EQ(sel4runtime_setup_thread_tls_at(local_map, REGION, 0, ipc_buffer), 0);
    CHECK_EQ(sel4runtime_setup_thread_tls_at(local_map, size / 2, remote_lo, ipc_buffer), 0);
    CHECK_EQ(sel4runtime_setup_thread_tls_at(local_map, REGION, (uintptr_t)0 - REGION / 2, ipc_buffer), 0);
    int untouched = 1;
    for (size_t k = 0; k < REGION; k++) {
        untouched &= local_map[k] == 0xee;
    }
    CHECK(untouched);

    uintptr_t tp = sel4runtime_setup_thread_tls_at(local_map, REGION, remote_lo, ipc_buffer);
    CHECK(in_remote((void *)tp));
    CHECK_EQ(tp & (ALIGN - 1), 0);
    uintptr_t local_tp = sel4runtime_local_tls_base(local_map, remote_lo, tp);
    CHECK_EQ(local_tp - (uintptr_t)local_map, tp - remote_lo);
    CHECK_EQ(sel4runtime_set_tls_variable(local_tp, tls_id, 7), 0);
    /* The loader's own variables are its own. */
    CHECK_EQ(tls_id, 0);
    CHECK_EQ(tls_init, 1234);

    CHECK_EQ(sel4rt_hosted_spawn(thread_main, 0, stack, sizeof(stack), tp), 0);
    for (long i = 0; i < 2000000 && !__atomic_load_n(&done, __ATOMIC_ACQUIRE); i++) {
        sel4rt_hosted_yield();
    }
    CHECK_EQ(result, 0);
    /* The thread's write, read back through the local mapping. */
    int const *mine = &tls_init;
    int const *its = (int const *)(local_tp + ((uintptr_t)mine - sel4runtime_get_tls_base()));
    CHECK_EQ(*its, 4321);
    CHECK_EQ(tls_init, 1234);
    return report("remote_tls");
}
