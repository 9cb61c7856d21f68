/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The words the contracts (ACSL, checked by Frama-C/WP: proof/run) are
 * written in. Compilers see only comments here; docs/proofs.md says what
 * is proven and what is trusted.
 */
#pragma once

#ifdef __FRAMAC__
/*
 * Frama-C does not know GCC's __atomic builtins. The proofs read them as
 * what they do within one thread; that they are atomic across threads is
 * trusted (docs/proofs.md).
 */
#define __atomic_load_n(p, order) (*(p))
#define __atomic_store_n(p, v, order) ((void)(*(p) = (v)))
#define __atomic_exchange_n(p, v, order) \
    ({ __typeof__(*(p)) sel4rt_old_ = *(p); *(p) = (v); sel4rt_old_; })
#define __atomic_compare_exchange_n(p, expected, desired, weak, success, failure) \
    ({ int sel4rt_same_ = *(p) == *(expected); \
       if (sel4rt_same_) { *(p) = (desired); } else { *(expected) = *(p); } \
       sel4rt_same_; })
#endif

/* The largest size_t, for the contracts (there is no <stdint.h>). */
#define SEL4RT_SIZE_MAX ((size_t)-1)

/*@
  // A power of two, in the form the code tests it: x & (x - 1) == 0.
  predicate sel4rt_pow2(integer a) = 0 < a && (a & (a - 1)) == 0;

  // x rounded up to a multiple of a (a > 0), in mathematical integers.
  logic integer sel4rt_round_up(integer x, integer a) = (x + a - 1) - (x + a - 1) % a;

  lemma sel4rt_round_up_bounds: \forall integer x, a; 0 <= x && 0 < a ==>
      x <= sel4rt_round_up(x, a) <= x + a - 1;
  lemma sel4rt_round_up_multiple: \forall integer x, a; 0 <= x && 0 < a ==>
      sel4rt_round_up(x, a) % a == 0;

  logic integer sel4rt_max(integer a, integer b) = a > b ? a : b;

  // PT_TLS's p_align with 0 meaning 1, as the linkers read it.
  logic integer sel4rt_image_align(integer align) = align == 0 ? 1 : align;

  // What an ABI description must satisfy (every entry in src/abis.c does: src/layout_test.c).
  predicate sel4rt_abi_ok(struct sel4rt_tls_abi *abi) =
      \valid_read(abi) && sel4rt_pow2(abi->word) && abi->word <= 64
      && (abi->above_tp ? abi->tcb_size <= abi->gap : abi->word <= abi->tcb_size);

  // The offsets for variant I (block above the thread pointer), before any bound is checked.
  logic integer sel4rt_v1_block(struct sel4rt_tls_abi *abi, integer align) =
      sel4rt_round_up(abi->gap, sel4rt_image_align(align));
  logic integer sel4rt_v1_span(struct sel4rt_tls_abi *abi, integer memsz, integer align) =
      sel4rt_round_up(sel4rt_v1_block(abi, align) + memsz, abi->word);
  // Variant II (block below it).
  logic integer sel4rt_v2_below(integer memsz, integer align) =
      sel4rt_round_up(memsz, sel4rt_image_align(align));
  logic integer sel4rt_tp_align(struct sel4rt_tls_abi *abi, integer align) =
      sel4rt_max(sel4rt_image_align(align), abi->word);
  logic integer sel4rt_v2_tp(struct sel4rt_tls_abi *abi, integer memsz, integer align) =
      sel4rt_round_up(sel4rt_v2_below(memsz, align), sel4rt_tp_align(abi, align));

  // Every intermediate value of the layout fits a size_t: the layout exists.
  predicate sel4rt_layout_fits(struct sel4rt_tls_abi *abi, integer memsz, integer align) =
      abi->above_tp
        ? abi->gap + sel4rt_image_align(align) - 1 <= SEL4RT_SIZE_MAX
          && sel4rt_v1_block(abi, align) + memsz + abi->word - 1 <= SEL4RT_SIZE_MAX
          && sel4rt_v1_span(abi, memsz, align) + sel4rt_tp_align(abi, align) - 1 <= SEL4RT_SIZE_MAX
        : memsz + sel4rt_image_align(align) - 1 <= SEL4RT_SIZE_MAX
          && sel4rt_v2_below(memsz, align) + sel4rt_tp_align(abi, align) - 1 <= SEL4RT_SIZE_MAX
          && sel4rt_v2_tp(abi, memsz, align) + abi->tcb_size + sel4rt_tp_align(abi, align) - 1
               <= SEL4RT_SIZE_MAX;

  // What a layout guarantees: the static linker's local-exec offsets, an
  // aligned thread pointer, and everything inside region_size.
  predicate sel4rt_layout_of(struct sel4rt_tls_layout *l, struct sel4rt_tls_abi *abi,
                             integer memsz, integer align) =
      l->align == sel4rt_tp_align(abi, align) && sel4rt_pow2(l->align)
      && l->tp_offset % l->align == 0
      && (abi->above_tp
          ? l->tp_offset == 0 && l->tcb_offset == 0
            && l->block_offset == sel4rt_round_up(abi->gap, sel4rt_image_align(align))
            && l->tcb_offset + abi->tcb_size <= l->block_offset
          : l->tp_offset - l->block_offset == sel4rt_round_up(memsz, sel4rt_image_align(align))
            && l->tcb_offset == l->tp_offset
            && l->tcb_offset + abi->tcb_size <= l->span)
      && l->block_offset + memsz <= l->span
      && l->tp_offset <= l->span
      && l->region_size == l->span + l->align - 1
      // enough for memory at any address m, once m is rounded up to l->align
      && (\forall integer m; 0 <= m ==>
            sel4rt_round_up(m, l->align) - m + l->span <= l->region_size);

  // A vector of words whose entry n is the first 0, readable up to it.
  predicate sel4rt_vector_ends(uintptr_t *v, integer n) =
      0 <= n && \valid_read(v + (0 .. n)) && v[n] == 0;

  // A System V start stack as loaders build it: argc, then argc argument
  // pointers and a 0, then environment pointers up to a 0.
  predicate sel4rt_start_stack_ok(uintptr_t *sp) =
      \valid_read(sp) && (sp[0] <= 0x7fffffff ==>
          \valid_read(sp + (0 .. sp[0] + 1))
          && \exists integer n; sel4rt_vector_ends(sp + sp[0] + 2, n));

  // A string readable up to its terminating NUL at index n.
  predicate sel4rt_string_ends(char *s, integer n) =
      0 <= n && \valid_read(s + (0 .. n)) && s[n] == 0;

  // An auxiliary vector readable up to entry n, which is AT_NULL or the last one the runtime reads.
  predicate sel4rt_auxv_ends(auxv_t *a, integer n) =
      0 <= n <= SEL4RT_AUXV_MAX && \valid_read(a + (0 .. n))
      && (n == SEL4RT_AUXV_MAX || a[n].a_type == AT_NULL);
  predicate sel4rt_auxv_ok(auxv_t *a) = a == \null || \exists integer n; sel4rt_auxv_ends(a, n);

  // This architecture's facts (layout.c's sel4rt_native_abi, from arch/<arch>/), assumed by
  // the contracts; layout.c checks them with _Static_assert.
  predicate sel4rt_native_ok =
      sel4rt_abi_ok(&sel4rt_native_abi) && sel4rt_native_abi.tcb_size == SEL4RT_TCB_SIZE
      && sel4rt_native_abi.word == sizeof(uintptr_t)
      && (sel4rt_native_abi.above_tp != 0) == (SEL4RT_TLS_ABOVE_TP != 0);

  // A checked TLS image, as src/pt_tls.c accepts it, laid out for this architecture.
  predicate sel4rt_image_ok(struct sel4rt_tls_image *img) =
      img->filesz <= img->memsz && sel4rt_pow2(img->align)
      && sel4rt_layout_of(&img->layout, &sel4rt_native_abi, img->memsz, img->align);

  // Memory a TLS image may be written into (NULL is allowed: the writers refuse it).
  predicate sel4rt_tls_memory_ok(unsigned char *m, integer size) =
      (m != \null ==> \valid(m + (0 .. size - 1)))
      && \valid_read(sel4rt_tls.tdata + (0 .. sel4rt_tls.filesz - 1))
      && \separated(m + (0 .. size - 1), sel4rt_tls.tdata + (0 .. sel4rt_tls.filesz - 1), &sel4rt_tls);

  // The size bytes at m are as they were at label L.
  predicate sel4rt_unchanged{L}(unsigned char *m, integer size) =
      \forall integer k; 0 <= k < size ==> m[k] == \at(m[k], L);

  // The TLS block of the thread whose thread pointer is tp (tls.c's sel4rt_tls_block_of).
  logic unsigned char *sel4rt_block_at(integer tp) =
      (unsigned char *)(uintptr_t)
          ((uintptr_t)(tp - sel4rt_tls.layout.tp_offset) + sel4rt_tls.layout.block_offset);
*/

/*@ ghost
  // Facts about masks with a power of two, proved apart from WP, by Z3 over
  // 32- and 64-bit bit-vectors (proof/masks.smt2): WP's provers cannot do it.
  /@ requires sel4rt_pow2(a) && y <= SEL4RT_SIZE_MAX;
     assigns \nothing;
     ensures ((size_t)~(a - 1) & y) == y - y % a;
     ensures (y & (a - 1)) == y % a;
  @/
  void sel4rt_mask_facts(size_t y, size_t a);
*/
