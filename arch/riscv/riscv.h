/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Word-size spellings shared by the RISC-V assembly files. */
#if __riscv_xlen == 64
#define REG_S sd
#define REG_L ld
#define SZREG 8
#else
#define REG_S sw
#define REG_L lw
#define SZREG 4
#endif

/* Load gp for linker relaxation; must not itself be relaxed to gp. */
#define LOAD_GP            \
    .option push;          \
    .option norelax;       \
    la gp, __global_pointer$; \
    .option pop
