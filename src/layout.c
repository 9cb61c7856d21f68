/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * TLS layout arithmetic. It must agree with what the static linker assumed
 * when it resolved local-exec offsets:
 *   variant I  (arm, riscv): block = tp + round_up(gap, p_align)
 *   variant II (x86):        block = tp - round_up(p_memsz, p_align)
 * with tp aligned to p_align. Everything is checked for overflow because
 * the sizes come from the program headers.
 */
#include "sel4rt.h"
#include "tls_area_anchors.h"

/*
 * The room src/tls_area.lds leaves beside the block, as absolute symbols
 * the linker reads: the gap below it (variant I) and the control block
 * above it (variant II).
 */
#define SEL4RT_STR_(x) #x
#define SEL4RT_STR(x) SEL4RT_STR_(x)
#if SEL4RT_TLS_ABOVE_TP
#define SEL4RT_AREA_GAP SEL4RT_TLS_GAP
#define SEL4RT_AREA_TCB 0
#else
#define SEL4RT_AREA_GAP 0
#define SEL4RT_AREA_TCB SEL4RT_TCB_SIZE
#endif
__asm__(".globl __sel4rt_tls_gap\n\t.set __sel4rt_tls_gap, " SEL4RT_STR(SEL4RT_AREA_GAP) "\n\t"
        ".globl __sel4rt_tls_tcb\n\t.set __sel4rt_tls_tcb, " SEL4RT_STR(SEL4RT_AREA_TCB) "\n\t"
        SEL4RT_TLS_AREA_ANCHORS);
/* Without those symbols the script assumes 16 and 64. */
_Static_assert(SEL4RT_AREA_GAP <= 16 && SEL4RT_AREA_TCB <= 64, "tls_area.lds's defaults are too small");

struct sel4rt_tls_abi const sel4rt_native_abi = {
    .above_tp = SEL4RT_TLS_ABOVE_TP,
#if SEL4RT_TLS_ABOVE_TP
    .gap = SEL4RT_TLS_GAP,
#endif
    .tcb_size = SEL4RT_TCB_SIZE,
    .word = sizeof(uintptr_t),
};

static int round_up(size_t x, size_t align, size_t *out)
{
    size_t r = (x + (align - 1)) & ~(align - 1);
    if (r < x) {
        return -1;
    }
    *out = r;
    return 0;
}

static int add(size_t a, size_t b, size_t *out)
{
    *out = a + b;
    return *out < a ? -1 : 0;
}

int sel4rt_tls_layout(struct sel4rt_tls_abi const *abi, size_t memsz, size_t align,
                      struct sel4rt_tls_layout *out)
{
    if (align == 0) {
        align = 1;
    }
    if (align & (align - 1)) {
        return -1;
    }
    /* The thread pointer is always word-aligned: control blocks hold words. */
    size_t tp_align = align > abi->word ? align : abi->word;
    size_t end;
    out->align = tp_align;
    if (abi->above_tp) {
        out->tp_offset = 0;
        out->tcb_offset = 0;
        if (round_up(abi->gap, align, &out->block_offset)
            || add(out->block_offset, memsz, &end)
            || round_up(end, abi->word, &out->span)) {
            return -1;
        }
    } else {
        size_t below;
        if (round_up(memsz, align, &below) || round_up(below, tp_align, &out->tp_offset)) {
            return -1;
        }
        out->block_offset = out->tp_offset - below;
        out->tcb_offset = out->tp_offset;
        if (add(out->tp_offset, abi->tcb_size, &out->span)) {
            return -1;
        }
    }
    return add(out->span, tp_align - 1, &out->region_size);
}
