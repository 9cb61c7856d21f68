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

/* sel4rt_native_ok (src/spec.h), which the contracts assume: checked here, at build time. */
_Static_assert((sizeof(uintptr_t) & (sizeof(uintptr_t) - 1)) == 0, "the word is a power of two");
#if SEL4RT_TLS_ABOVE_TP
_Static_assert(SEL4RT_TCB_SIZE <= SEL4RT_TLS_GAP, "variant I: the control block fits the gap");
#else
_Static_assert(sizeof(uintptr_t) <= SEL4RT_TCB_SIZE, "variant II: the control block holds the self-pointer");
#endif
#ifdef SEL4RT_TCB_CANARY
_Static_assert(SEL4RT_TCB_CANARY + sizeof(uintptr_t) <= SEL4RT_TCB_SIZE, "the canary is inside the control block");
#endif

/*
 * Each step checks before it adds, so a size that does not fit is refused
 * rather than wrapped (and the proof sees plain arithmetic).
 */
/*@ requires sel4rt_pow2(align) && \valid(out);
    assigns *out;
    ensures \result == 0 || \result == -1;
    ensures \result == 0 <==> x + align - 1 <= SEL4RT_SIZE_MAX;
    ensures \result == 0 ==> *out == sel4rt_round_up(x, align);
*/
static int round_up(size_t x, size_t align, size_t *out)
{
    if (x > SEL4RT_SIZE_MAX - (align - 1)) {
        return -1;
    }
    //@ ghost sel4rt_mask_facts(x + (align - 1), align);
    *out = (x + (align - 1)) & ~(align - 1);
    return 0;
}

/*@ requires \valid(out);
    assigns *out;
    ensures \result == 0 || \result == -1;
    ensures \result == 0 <==> a + b <= SEL4RT_SIZE_MAX;
    ensures \result == 0 ==> *out == a + b;
*/
static int add(size_t a, size_t b, size_t *out)
{
    if (a > SEL4RT_SIZE_MAX - b) {
        return -1;
    }
    *out = a + b;
    return 0;
}

/*@ requires sel4rt_abi_ok(abi) && \valid(out) && \separated(abi, out);
    assigns *out;
    behavior not_power_of_two:
      assumes align != 0 && !sel4rt_pow2(align);
      ensures \result == -1;
    behavior laid_out:
      assumes align == 0 || sel4rt_pow2(align);
      ensures \result == 0 || \result == -1;
      ensures \result == 0 <==> sel4rt_layout_fits(abi, memsz, align);
      ensures \result == 0 ==> sel4rt_layout_of(out, abi, memsz, align);
    complete behaviors;
    disjoint behaviors;
*/
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
