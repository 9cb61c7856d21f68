/*
 * TLS layout arithmetic. It must agree with what the static linker assumed
 * when it resolved local-exec offsets:
 *   variant I  (arm, riscv): block = tp + round_up(gap, p_align)
 *   variant II (x86):        block = tp - round_up(p_memsz, p_align)
 * with tp aligned to p_align. Everything is checked for overflow because
 * the sizes come from the program headers.
 */
#include "sel4rt.h"

/* src/tls_area.lds leaves 64 bytes beside the block for these. */
_Static_assert(SEL4RT_TCB_SIZE <= 64, "control block larger than tls_area.lds allows");
#if SEL4RT_TLS_ABOVE_TP
_Static_assert(SEL4RT_TLS_GAP <= 16, "gap larger than tls_area.lds's minimum alignment of 16 allows");
#endif

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
