# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# The choices init-build.sh offers, as in sel4test: -DPLATFORM=... -DSIMULATION=TRUE ...
set(PLATFORM "x86_64" CACHE STRING "Platform to build for")
set(SIMULATION OFF CACHE BOOL "Build for QEMU")
set(RELEASE OFF CACHE BOOL "Release kernel (no debug printing: the examples then say nothing)")
set(KernelSel4Arch "" CACHE STRING "aarch32, aarch64, arm_hyp, ia32, x86_64, riscv32, riscv64")
