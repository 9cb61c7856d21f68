/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * libFuzzer target: the layout arithmetic for every ABI, sizes and
 * alignments from the input. Whatever is accepted must place the block
 * and control block inside the region, aligned, at any misalignment.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "sel4rt.h"

int LLVMFuzzerTestOneInput(uint8_t const *data, size_t size)
{
    struct {
        uint8_t abi;
        uint8_t align_log2;
        uint8_t misalign;
        uint64_t memsz;
    } in = {0};
    memcpy(&in, data, size < sizeof(in) ? size : sizeof(in));
    struct sel4rt_tls_abi const *abi = &sel4rt_abis[in.abi % SEL4RT_NUM_ABIS].abi;
    size_t align = in.align_log2 % 70 < 64 ? (size_t)1 << (in.align_log2 % 64) : (size_t)in.align_log2;
    struct sel4rt_tls_layout l;
    if (sel4rt_tls_layout(abi, (size_t)in.memsz, align, &l) != 0) {
        return 0;
    }
    size_t a = align ? align : 1;
    if ((l.align & (l.align - 1)) || l.align < a || l.align < abi->word || l.region_size < l.span) {
        abort();
    }
    if (l.region_size > ((uintptr_t)1 << 61)) {
        return 0; /* too big to place anywhere; the runtime then stops with "needs N bytes" */
    }
    /* A region at an address with the given misalignment, far from zero so nothing wraps. */
    uintptr_t mem = ((uintptr_t)1 << 62) + in.misalign % l.align;
    uintptr_t base = (mem + l.align - 1) & ~(uintptr_t)(l.align - 1);
    uintptr_t tp = base + l.tp_offset, block = base + l.block_offset;
    if (base + l.span > mem + l.region_size || tp % l.align || block % a || block + in.memsz > base + l.span) {
        abort();
    }
    if (abi->above_tp ? (block < tp + abi->gap || tp != base) : (block + in.memsz > tp || tp + abi->tcb_size > base + l.span)) {
        abort(); /* variant I: block above tp past the gap; variant II: block below tp, TCB above */
    }
    return 0;
}
