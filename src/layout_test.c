/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The layout arithmetic for every seL4 ABI, checked against the linkers'
 * own formulas (computed here with division, independently of layout.c's
 * bit tricks) and against placement in memory of every misalignment.
 */
#include "sel4rt.h"
#include "unit_test.h"

static size_t up(size_t x, size_t a)
{
    return (x + a - 1) / a * a;
}

static void check_case(struct sel4rt_tls_abi const *abi, size_t memsz, size_t align)
{
    struct sel4rt_tls_layout l;
    CHECK(sel4rt_tls_layout(abi, memsz, align, &l) == 0);
    size_t a = align ? align : 1;
    size_t tp_align = a > abi->word ? a : abi->word;
    CHECK(l.align == tp_align);
    CHECK(l.region_size == l.span + tp_align - 1);
    if (abi->above_tp) {
        CHECK(l.tp_offset == 0);
        CHECK(l.block_offset == up(abi->gap, a)); /* the linkers' variant I offset */
        CHECK(l.span >= l.block_offset + memsz);
        CHECK(l.span % abi->word == 0);
    } else {
        CHECK(l.tp_offset - l.block_offset == up(memsz, a)); /* the linkers' variant II offset */
        CHECK(l.tcb_offset == l.tp_offset);
        CHECK(l.span == l.tp_offset + abi->tcb_size);
    }
    /* Placed at every misalignment, everything fits the region and is aligned. */
    for (size_t mis = 0; mis < tp_align && mis < 64; mis++) {
        uintptr_t mem = 0x100000 * tp_align + mis;
        uintptr_t base = (mem + tp_align - 1) & ~(uintptr_t)(tp_align - 1);
        CHECK(base + l.span <= mem + l.region_size);
        CHECK((base + l.tp_offset) % tp_align == 0);
        CHECK((base + l.block_offset) % a == 0);
        CHECK(base + l.block_offset + memsz <= base + l.span);
    }
}

int main(void)
{
    static size_t const sizes[] = {0, 1, 3, 8, 17, 100, 4095, 4096, 4097, 65536, 1 << 20};
    for (size_t i = 0; i < SEL4RT_NUM_ABIS; i++) {
        /* sel4rt_abi_ok (src/spec.h), which the proofs assume of every ABI. */
        struct sel4rt_tls_abi const *abi = &sel4rt_abis[i].abi;
        CHECK(abi->word && (abi->word & (abi->word - 1)) == 0 && abi->word <= 64);
        CHECK(abi->above_tp ? abi->tcb_size <= abi->gap : abi->word <= abi->tcb_size);
        for (size_t align = 0; align <= 65536; align = align ? align * 2 : 1) {
            for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
                check_case(&sel4rt_abis[i].abi, sizes[s], align);
            }
        }
    }

    /* Known values, worked by hand from the ABI documents. */
    struct sel4rt_tls_layout l;
    sel4rt_tls_layout(sel4rt_abi_named("aarch64"), 8, 4096, &l); /* aarch64: 16-byte TCB rounded to 4096 */
    CHECK(l.block_offset == 4096 && l.span == 4104);
    sel4rt_tls_layout(sel4rt_abi_named("aarch32"), 4, 4, &l); /* aarch32: 8-byte gap */
    CHECK(l.block_offset == 8 && l.span == 12);
    sel4rt_tls_layout(sel4rt_abi_named("riscv64"), 5, 1, &l); /* riscv: tp at the block */
    CHECK(l.block_offset == 0 && l.span == 8);
    sel4rt_tls_layout(sel4rt_abi_named("x86_64"), 20, 16, &l); /* x86_64: 20 bytes round to 32 below tp */
    CHECK(l.tp_offset == 32 && l.block_offset == 0 && l.span == 96);
    sel4rt_tls_layout(sel4rt_abi_named("ia32"), 20, 64, &l); /* ia32: 64-byte alignment */
    CHECK(l.tp_offset == 64 && l.block_offset == 0 && l.align == 64);

    /* The table agrees with the facts this build's own runtime uses. */
    struct sel4rt_tls_abi const *native = sel4rt_abi_named("x86_64");
    CHECK(native->above_tp == sel4rt_native_abi.above_tp && native->tcb_size == sel4rt_native_abi.tcb_size
          && native->word == sel4rt_native_abi.word && native->gap == sel4rt_native_abi.gap);
    CHECK(sel4rt_abi_named("mips") == NULL);

    /* Refused: non-power-of-two alignment, sizes that overflow. */
    CHECK(sel4rt_tls_layout(sel4rt_abi_named("aarch64"), 8, 3, &l) != 0);
    CHECK(sel4rt_tls_layout(sel4rt_abi_named("aarch64"), (size_t)-8, 16, &l) != 0);
    CHECK(sel4rt_tls_layout(sel4rt_abi_named("x86_64"), (size_t)-8, 16, &l) != 0);
    CHECK(sel4rt_tls_layout(sel4rt_abi_named("x86_64"), (size_t)-40, 8, &l) != 0); /* the control block overflows */
    CHECK(sel4rt_tls_layout(sel4rt_abi_named("aarch64"), 8, (size_t)1 << 63, &l) != 0);
    return unit_report("layout");
}
