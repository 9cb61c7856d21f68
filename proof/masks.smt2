; SPDX-FileCopyrightText: 2026 sel4rt contributors
; SPDX-License-Identifier: BSD-2-Clause
; src/spec.h's sel4rt_mask_facts, for 32- and 64-bit words: for a power of
; two a (a != 0 and a & (a - 1) == 0) and any y,
;   y & ~(a - 1) == y - y % a   and   y & (a - 1) == y % a.
; First: such an a is 1 << k for some k < width; then the facts for a = 1 << k.
; Every check must answer unsat (no counterexample). proof/run counts them.
(declare-const a (_ BitVec 32))
(assert (and (not (= a (_ bv0 32))) (= (bvand a (bvsub a (_ bv1 32))) (_ bv0 32))))
(assert (and (not (= a (bvshl (_ bv1 32) (_ bv0 32)))) (not (= a (bvshl (_ bv1 32) (_ bv1 32)))) (not (= a (bvshl (_ bv1 32) (_ bv2 32)))) (not (= a (bvshl (_ bv1 32) (_ bv3 32)))) (not (= a (bvshl (_ bv1 32) (_ bv4 32)))) (not (= a (bvshl (_ bv1 32) (_ bv5 32)))) (not (= a (bvshl (_ bv1 32) (_ bv6 32)))) (not (= a (bvshl (_ bv1 32) (_ bv7 32)))) (not (= a (bvshl (_ bv1 32) (_ bv8 32)))) (not (= a (bvshl (_ bv1 32) (_ bv9 32)))) (not (= a (bvshl (_ bv1 32) (_ bv10 32)))) (not (= a (bvshl (_ bv1 32) (_ bv11 32)))) (not (= a (bvshl (_ bv1 32) (_ bv12 32)))) (not (= a (bvshl (_ bv1 32) (_ bv13 32)))) (not (= a (bvshl (_ bv1 32) (_ bv14 32)))) (not (= a (bvshl (_ bv1 32) (_ bv15 32)))) (not (= a (bvshl (_ bv1 32) (_ bv16 32)))) (not (= a (bvshl (_ bv1 32) (_ bv17 32)))) (not (= a (bvshl (_ bv1 32) (_ bv18 32)))) (not (= a (bvshl (_ bv1 32) (_ bv19 32)))) (not (= a (bvshl (_ bv1 32) (_ bv20 32)))) (not (= a (bvshl (_ bv1 32) (_ bv21 32)))) (not (= a (bvshl (_ bv1 32) (_ bv22 32)))) (not (= a (bvshl (_ bv1 32) (_ bv23 32)))) (not (= a (bvshl (_ bv1 32) (_ bv24 32)))) (not (= a (bvshl (_ bv1 32) (_ bv25 32)))) (not (= a (bvshl (_ bv1 32) (_ bv26 32)))) (not (= a (bvshl (_ bv1 32) (_ bv27 32)))) (not (= a (bvshl (_ bv1 32) (_ bv28 32)))) (not (= a (bvshl (_ bv1 32) (_ bv29 32)))) (not (= a (bvshl (_ bv1 32) (_ bv30 32)))) (not (= a (bvshl (_ bv1 32) (_ bv31 32))))))
(check-sat)
(reset)
(declare-const y (_ BitVec 32))
(declare-const k (_ BitVec 32))
(assert (bvult k (_ bv32 32)))
(define-fun a () (_ BitVec 32) (bvshl (_ bv1 32) k))
(assert (not (and (= (bvand (bvnot (bvsub a (_ bv1 32))) y) (bvsub y (bvurem y a)))
                  (= (bvand y (bvsub a (_ bv1 32))) (bvurem y a)))))
(check-sat)
(reset)
(declare-const a (_ BitVec 64))
(assert (and (not (= a (_ bv0 64))) (= (bvand a (bvsub a (_ bv1 64))) (_ bv0 64))))
(assert (and (not (= a (bvshl (_ bv1 64) (_ bv0 64)))) (not (= a (bvshl (_ bv1 64) (_ bv1 64)))) (not (= a (bvshl (_ bv1 64) (_ bv2 64)))) (not (= a (bvshl (_ bv1 64) (_ bv3 64)))) (not (= a (bvshl (_ bv1 64) (_ bv4 64)))) (not (= a (bvshl (_ bv1 64) (_ bv5 64)))) (not (= a (bvshl (_ bv1 64) (_ bv6 64)))) (not (= a (bvshl (_ bv1 64) (_ bv7 64)))) (not (= a (bvshl (_ bv1 64) (_ bv8 64)))) (not (= a (bvshl (_ bv1 64) (_ bv9 64)))) (not (= a (bvshl (_ bv1 64) (_ bv10 64)))) (not (= a (bvshl (_ bv1 64) (_ bv11 64)))) (not (= a (bvshl (_ bv1 64) (_ bv12 64)))) (not (= a (bvshl (_ bv1 64) (_ bv13 64)))) (not (= a (bvshl (_ bv1 64) (_ bv14 64)))) (not (= a (bvshl (_ bv1 64) (_ bv15 64)))) (not (= a (bvshl (_ bv1 64) (_ bv16 64)))) (not (= a (bvshl (_ bv1 64) (_ bv17 64)))) (not (= a (bvshl (_ bv1 64) (_ bv18 64)))) (not (= a (bvshl (_ bv1 64) (_ bv19 64)))) (not (= a (bvshl (_ bv1 64) (_ bv20 64)))) (not (= a (bvshl (_ bv1 64) (_ bv21 64)))) (not (= a (bvshl (_ bv1 64) (_ bv22 64)))) (not (= a (bvshl (_ bv1 64) (_ bv23 64)))) (not (= a (bvshl (_ bv1 64) (_ bv24 64)))) (not (= a (bvshl (_ bv1 64) (_ bv25 64)))) (not (= a (bvshl (_ bv1 64) (_ bv26 64)))) (not (= a (bvshl (_ bv1 64) (_ bv27 64)))) (not (= a (bvshl (_ bv1 64) (_ bv28 64)))) (not (= a (bvshl (_ bv1 64) (_ bv29 64)))) (not (= a (bvshl (_ bv1 64) (_ bv30 64)))) (not (= a (bvshl (_ bv1 64) (_ bv31 64)))) (not (= a (bvshl (_ bv1 64) (_ bv32 64)))) (not (= a (bvshl (_ bv1 64) (_ bv33 64)))) (not (= a (bvshl (_ bv1 64) (_ bv34 64)))) (not (= a (bvshl (_ bv1 64) (_ bv35 64)))) (not (= a (bvshl (_ bv1 64) (_ bv36 64)))) (not (= a (bvshl (_ bv1 64) (_ bv37 64)))) (not (= a (bvshl (_ bv1 64) (_ bv38 64)))) (not (= a (bvshl (_ bv1 64) (_ bv39 64)))) (not (= a (bvshl (_ bv1 64) (_ bv40 64)))) (not (= a (bvshl (_ bv1 64) (_ bv41 64)))) (not (= a (bvshl (_ bv1 64) (_ bv42 64)))) (not (= a (bvshl (_ bv1 64) (_ bv43 64)))) (not (= a (bvshl (_ bv1 64) (_ bv44 64)))) (not (= a (bvshl (_ bv1 64) (_ bv45 64)))) (not (= a (bvshl (_ bv1 64) (_ bv46 64)))) (not (= a (bvshl (_ bv1 64) (_ bv47 64)))) (not (= a (bvshl (_ bv1 64) (_ bv48 64)))) (not (= a (bvshl (_ bv1 64) (_ bv49 64)))) (not (= a (bvshl (_ bv1 64) (_ bv50 64)))) (not (= a (bvshl (_ bv1 64) (_ bv51 64)))) (not (= a (bvshl (_ bv1 64) (_ bv52 64)))) (not (= a (bvshl (_ bv1 64) (_ bv53 64)))) (not (= a (bvshl (_ bv1 64) (_ bv54 64)))) (not (= a (bvshl (_ bv1 64) (_ bv55 64)))) (not (= a (bvshl (_ bv1 64) (_ bv56 64)))) (not (= a (bvshl (_ bv1 64) (_ bv57 64)))) (not (= a (bvshl (_ bv1 64) (_ bv58 64)))) (not (= a (bvshl (_ bv1 64) (_ bv59 64)))) (not (= a (bvshl (_ bv1 64) (_ bv60 64)))) (not (= a (bvshl (_ bv1 64) (_ bv61 64)))) (not (= a (bvshl (_ bv1 64) (_ bv62 64)))) (not (= a (bvshl (_ bv1 64) (_ bv63 64))))))
(check-sat)
(reset)
(declare-const y (_ BitVec 64))
(declare-const k (_ BitVec 64))
(assert (bvult k (_ bv64 64)))
(define-fun a () (_ BitVec 64) (bvshl (_ bv1 64) k))
(assert (not (and (= (bvand (bvnot (bvsub a (_ bv1 64))) y) (bvsub y (bvurem y a)))
                  (= (bvand y (bvsub a (_ bv1 64))) (bvurem y a)))))
(check-sat)
(reset)
