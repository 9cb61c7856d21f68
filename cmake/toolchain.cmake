# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Toolchain for the hosted test builds: -DSEL4RT_TARGET=<arch> -DSEL4RT_CC=gcc|clang|clang-bfd.
# gcc: GCC and GNU ld. clang: Clang and LLD. clang-bfd: Clang and GNU ld, the pair
# seL4's own LLVM builds use (its llvm.cmake links through the triple's binutils).
# Arches use seL4's names: aarch64 aarch32 x86_64 ia32 riscv64 riscv32.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY) # no C library to link a probe against
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES SEL4RT_TARGET SEL4RT_CC)

if(SEL4RT_TARGET STREQUAL "x86_64")
    set(processor x86_64)
    set(triple x86_64-linux-gnu)
    set(qemu "")
    set(gnu_cc gcc) # the host's
elseif(SEL4RT_TARGET STREQUAL "ia32")
    set(processor i686)
    set(triple i686-linux-gnu)
    set(qemu qemu-i386)
elseif(SEL4RT_TARGET STREQUAL "aarch64")
    set(processor aarch64)
    set(triple aarch64-linux-gnu)
    set(qemu qemu-aarch64)
    set(flags "-mstrict-align") # as seL4's build compiles aarch64 user code
elseif(SEL4RT_TARGET STREQUAL "aarch32")
    set(processor arm)
    set(triple arm-linux-gnueabihf)
    set(qemu qemu-arm)
    set(flags "-marm") # ARM mode; Debian's armhf defaults are armv7-a with VFP
    if(SEL4RT_CC STREQUAL "clang")
        set(triple armv7a-linux-gnueabihf)
    endif() # clang-bfd keeps the binutils' triple, by which Clang finds GNU ld
elseif(SEL4RT_TARGET STREQUAL "riscv64")
    set(processor riscv64)
    set(triple riscv64-linux-gnu)
    set(qemu qemu-riscv64)
elseif(SEL4RT_TARGET STREQUAL "riscv32")
    set(processor riscv32)
    set(triple riscv32-unknown-linux-gnu)
    set(qemu qemu-riscv32)
    set(flags "-march=rv32imac -mabi=ilp32")
    # Debian has no riscv32 Linux toolchain. GCC: the bare-metal riscv64-unknown-elf
    # one (docs/compatibility.md's sel4test riscv32 runs use it too). GNU ld:
    # riscv64's, which links 32-bit too.
    set(gnu_cc riscv64-unknown-elf-gcc)
    set(gnu_ld riscv64-linux-gnu-ld.bfd)
else()
    message(FATAL_ERROR "SEL4RT_TARGET must be one of aarch64 aarch32 x86_64 ia32 riscv64 riscv32")
endif()
set(CMAKE_SYSTEM_PROCESSOR ${processor})

if(SEL4RT_CC MATCHES "^clang(-bfd)?$")
    set(CMAKE_C_COMPILER clang)
    set(CMAKE_ASM_COMPILER clang)
    set(CMAKE_C_COMPILER_TARGET ${triple})
    set(CMAKE_ASM_COMPILER_TARGET ${triple})
    if(SEL4RT_CC STREQUAL "clang-bfd")
        if(gnu_ld)
            set(link_flags "--ld-path=/usr/bin/${gnu_ld}")
        else()
            set(link_flags "-fuse-ld=bfd")
        endif()
    else()
        set(link_flags "-fuse-ld=lld")
        if(processor MATCHES "^riscv")
            set(flags "${flags} -mno-relax") # LLD 14 cannot relax RISC-V
        endif()
    endif()
elseif(SEL4RT_CC STREQUAL "gcc")
    if(gnu_cc)
        set(CMAKE_C_COMPILER ${gnu_cc})
    else()
        set(CMAKE_C_COMPILER ${triple}-gcc)
    endif()
    set(CMAKE_ASM_COMPILER ${CMAKE_C_COMPILER})
else()
    message(FATAL_ERROR "SEL4RT_CC must be gcc, clang or clang-bfd")
endif()

set(CMAKE_C_FLAGS_INIT "${flags}")
set(CMAKE_ASM_FLAGS_INIT "${flags}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "${flags} ${link_flags}")
if(qemu)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${qemu})
endif()
