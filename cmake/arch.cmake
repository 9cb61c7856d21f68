# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Which arch/ folder and word size: from seL4's KernelSel4Arch; in a standalone
# build, from the installed kernel's configuration (cmake/standalone.cmake checks
# the compiler against it); else from the compiler's target.
set(sel4rt_kernel_config "${SEL4_PREFIX}/libsel4/include/kernel/gen_config.h")
if(DEFINED KernelSel4Arch)
    set(SEL4RT_SEL4_ARCH "${KernelSel4Arch}")
elseif(DEFINED SEL4_PREFIX AND EXISTS "${sel4rt_kernel_config}")
    file(STRINGS "${sel4rt_kernel_config}" SEL4RT_SEL4_ARCH REGEX "^#define CONFIG_SEL4_ARCH +[a-z0-9_]+")
    string(REGEX REPLACE "^#define CONFIG_SEL4_ARCH +([a-z0-9_]+).*" "\\1" SEL4RT_SEL4_ARCH "${SEL4RT_SEL4_ARCH}")
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|amd64|AMD64)$")
    set(SEL4RT_SEL4_ARCH x86_64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(i.86|x86)$")
    set(SEL4RT_SEL4_ARCH ia32)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
    set(SEL4RT_SEL4_ARCH aarch64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^arm")
    set(SEL4RT_SEL4_ARCH aarch32)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^riscv(32|64)$")
    set(SEL4RT_SEL4_ARCH ${CMAKE_SYSTEM_PROCESSOR})
else()
    message(FATAL_ERROR "sel4rt: no support for processor '${CMAKE_SYSTEM_PROCESSOR}'")
endif()

if(SEL4RT_SEL4_ARCH MATCHES "^riscv")
    set(SEL4RT_ARCH_DIR "${CMAKE_CURRENT_LIST_DIR}/../arch/riscv")
elseif(SEL4RT_SEL4_ARCH STREQUAL "arm_hyp")
    set(SEL4RT_ARCH_DIR "${CMAKE_CURRENT_LIST_DIR}/../arch/aarch32")
else()
    set(SEL4RT_ARCH_DIR "${CMAKE_CURRENT_LIST_DIR}/../arch/${SEL4RT_SEL4_ARCH}")
endif()
get_filename_component(SEL4RT_ARCH_DIR "${SEL4RT_ARCH_DIR}" ABSOLUTE)

if(SEL4RT_SEL4_ARCH MATCHES "^(x86_64|aarch64|riscv64)$")
    set(SEL4RT_WORD_BITS 64)
else()
    set(SEL4RT_WORD_BITS 32)
endif()

get_filename_component(SEL4RT_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)

# Option defaults, the same in every build (sel4runtime's for the two it has).
set(SEL4RT_DEFAULT_ROOT_STACK 16384)
set(SEL4RT_DEFAULT_STATIC_TLS 16384)
set(SEL4RT_DEFAULT_STACK_TLS 32768)

# Builds outside seL4's CMake (hosted, standalone): the options as cache
# entries and <sel4runtime/gen_config.h> from them, as seL4's config would.
macro(sel4rt_gen_config)
    set(Sel4RuntimeRootStack ${SEL4RT_DEFAULT_ROOT_STACK} CACHE STRING "Size of the root task's initial stack (bytes)")
    set(Sel4RuntimeStaticTLS ${SEL4RT_DEFAULT_STATIC_TLS} CACHE STRING "Size of the static area for the initial thread's TLS (bytes)")
    set(Sel4RuntimeStackTLS ${SEL4RT_DEFAULT_STACK_TLS} CACHE STRING
        "Most bytes of its start stack a process lends to TLS that does not fit the static area")
    option(Sel4RuntimeRootStackGuard "Unmap a guard page under the root task's stack" ON)
    option(Sel4RuntimeStackReport "Print the root task's stack use at exit (fills the stack at start-up)" OFF)
    set(CONFIG_SEL4RUNTIME_ROOT_STACK_GUARD ${Sel4RuntimeRootStackGuard})
    set(CONFIG_SEL4RUNTIME_STACK_REPORT ${Sel4RuntimeStackReport})
    set(SEL4RT_GEN_DIR "${CMAKE_BINARY_DIR}/gen_config")
    configure_file(${SEL4RT_ROOT}/cmake/gen_config.h.in ${SEL4RT_GEN_DIR}/sel4runtime/gen_config.h)
endmacro()

set(SEL4RT_CORE_SOURCES
    ${SEL4RT_ROOT}/src/diag.c
    ${SEL4RT_ROOT}/src/entropy.c
    ${SEL4RT_ROOT}/src/env.c
    ${SEL4RT_ROOT}/src/exit.c
    ${SEL4RT_ROOT}/src/layout.c
    ${SEL4RT_ROOT}/src/mem.c
    ${SEL4RT_ROOT}/src/pt_tls.c
    ${SEL4RT_ROOT}/src/ssp.c
    ${SEL4RT_ROOT}/src/root_stack.S
    ${SEL4RT_ROOT}/src/start.c
    ${SEL4RT_ROOT}/src/start_root.c
    ${SEL4RT_ROOT}/src/start_main.c
    ${SEL4RT_ROOT}/src/tls.c
    ${SEL4RT_ARCH_DIR}/sel4_crt0.S
)
if(SEL4RT_SEL4_ARCH MATCHES "^(aarch32|arm_hyp)$")
    list(APPEND SEL4RT_CORE_SOURCES ${SEL4RT_ARCH_DIR}/aeabi_read_tp.S)
endif()
# An architecture may bring its own copy/zero (arch/<arch>/mem.S) instead of src/mem.c.
if(EXISTS ${SEL4RT_ARCH_DIR}/mem.S)
    list(REMOVE_ITEM SEL4RT_CORE_SOURCES ${SEL4RT_ROOT}/src/mem.c)
    list(APPEND SEL4RT_CORE_SOURCES ${SEL4RT_ARCH_DIR}/mem.S)
endif()

set(SEL4RT_PUBLIC_INCLUDES
    ${SEL4RT_ROOT}/include
    ${SEL4RT_ROOT}/include/mode/${SEL4RT_WORD_BITS}
    ${SEL4RT_ARCH_DIR}/include
)

# The runtime runs before the C environment exists: no library calls, no
# stack protector (the canary is not set yet), no loops turned into memset.
# -Os whatever the build type (after its flags, so it wins): seL4's default
# Debug compiles user code without optimisation, and the tests here should
# run the code seL4 programs get. -Os rather than -O2: the code runs once
# per program or thread, so size is what a root task pays for (bench/RESULTS.md).
# No unwind tables: nothing unwinds through start-up code, and on aarch64
# they would be a fifth of the runtime's size.
set(SEL4RT_RUNTIME_FLAGS -std=gnu11 -Os -ffreestanding -fno-builtin -fno-stack-protector -fno-pic -fno-pie
    -fno-asynchronous-unwind-tables -fno-unwind-tables
    -Wall -Wextra -Werror=implicit-function-declaration)
if(CMAKE_C_COMPILER_ID STREQUAL "GNU")
    list(APPEND SEL4RT_RUNTIME_FLAGS -fno-tree-loop-distribute-patterns)
endif()
# No FPU or SIMD registers anywhere in the runtime: it runs in threads whose FPU
# may be disabled (seL4_TCBFlag_fpuDisabled), and on seL4 the first FPU use
# traps to the kernel. Where the compiler has the flag, it enforces that for C.
include(CheckCCompilerFlag)
check_c_compiler_flag(-mgeneral-regs-only SEL4RT_HAVE_GENERAL_REGS_ONLY)
if(SEL4RT_HAVE_GENERAL_REGS_ONLY AND NOT SEL4RT_SEL4_ARCH MATCHES "^riscv")
    list(APPEND SEL4RT_RUNTIME_FLAGS -mgeneral-regs-only)
endif()
if(SEL4RT_SEL4_ARCH MATCHES "^riscv")
    # GNU ld 2.40 relaxes the address of a weak hidden __ehdr_start to 0.
    list(APPEND SEL4RT_RUNTIME_FLAGS -mno-relax)
endif()
if(SEL4RT_SEL4_ARCH STREQUAL "aarch64")
    # Atomics inline, not calls into libgcc's out-of-line helpers.
    list(APPEND SEL4RT_RUNTIME_FLAGS -mno-outline-atomics)
endif()

# crt0.o, crti.o, crtn.o in ${CMAKE_BINARY_DIR}/lib, where seL4's build looks for them.
function(sel4rt_add_crt_objects include_target)
    set(outputs)
    foreach(crt crt0 crti crtn)
        add_library(sel4rt_${crt} OBJECT ${SEL4RT_ARCH_DIR}/${crt}.S)
        target_link_libraries(sel4rt_${crt} PRIVATE ${include_target})
        set(out "${CMAKE_BINARY_DIR}/lib/${crt}.o")
        add_custom_command(OUTPUT "${out}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/lib"
            COMMAND ${CMAKE_COMMAND} -E copy "$<TARGET_OBJECTS:sel4rt_${crt}>" "${out}"
            DEPENDS sel4rt_${crt} ${SEL4RT_ARCH_DIR}/${crt}.S COMMAND_EXPAND_LISTS)
        list(APPEND outputs "${out}")
    endforeach()
    add_custom_target(sel4runtime_crt DEPENDS ${outputs})
endfunction()

# sel4rt_nolibc: __assert_fail and strcpy for programs with no C library
# (src/nolibc.c), a library of its own so it never shadows a C library's.
function(sel4rt_add_nolibc)
    add_library(sel4rt_nolibc STATIC ${SEL4RT_ROOT}/src/nolibc.c)
    target_link_libraries(sel4rt_nolibc PUBLIC sel4rt_headers ${ARGN})
    target_compile_options(sel4rt_nolibc PRIVATE $<$<COMPILE_LANGUAGE:C>:${SEL4RT_RUNTIME_FLAGS}>)
endfunction()

# Link this directory's executables as a seL4 program is linked:
# crt0.o crti.o <objects> <libraries> crtn.o, static, no C library.
macro(sel4rt_link_like_sel4)
    set(CMAKE_C_LINK_EXECUTABLE
        "<CMAKE_C_COMPILER> <FLAGS> <CMAKE_C_LINK_FLAGS> <LINK_FLAGS> -nostdlib -static -no-pie ${CMAKE_BINARY_DIR}/lib/crt0.o ${CMAKE_BINARY_DIR}/lib/crti.o <OBJECTS> -o <TARGET> <LINK_LIBRARIES> ${CMAKE_BINARY_DIR}/lib/crtn.o")
endmacro()

# Linker scripts every program linked with the runtime gets, each probed with
# this toolchain's compiler and flags (sets SEL4RT_TLS_LINK_OPTIONS):
# - src/tls_area.lds, the linker-sized initial TLS area (SEL4RT_TLS_AREA_LDS
#   is its path, or "" when the linker refuses it or Sel4RuntimeSizedTLS is
#   OFF). GNU ld takes it; LLD wants .tdata and .tbss to exist, which the
#   empty ones src/layout.c brings (src/tls_area_anchors.h, linked by the
#   probe too) provide, unless --gc-sections removes them; programs then
#   use the fixed Sel4RuntimeStaticTLS area instead.
# - x86 only, whatever Sel4RuntimeSizedTLS says: src/tbss_reserve.lds, which
#   keeps free the .tbss range the kernel zeroes in a root task
#   (SEL4RT_TBSS_RESERVE_LDS, or "" with a warning when the linker refuses it).
option(Sel4RuntimeSizedTLS "Size the initial thread's TLS area at link time (src/tls_area.lds); OFF for links whose own linker scripts do not mix with it" ON)
# The compiler driver's flags for a link, as a list.
function(sel4rt_link_flags result)
    separate_arguments(flags UNIX_COMMAND "${CMAKE_C_FLAGS} ${CMAKE_EXE_LINKER_FLAGS}")
    if(CMAKE_C_COMPILER_TARGET)
        list(APPEND flags "--target=${CMAKE_C_COMPILER_TARGET}")
    endif()
    set(${result} ${flags} PARENT_SCOPE)
endfunction()

function(sel4rt_link_probe result script)
    set(dir "${CMAKE_BINARY_DIR}/sel4rt_tls_area_probe")
    file(WRITE "${dir}/probe.c"
        "#include \"${SEL4RT_ROOT}/src/tls_area_anchors.h\"\n"
        "__asm__(SEL4RT_TLS_AREA_ANCHORS);\n"
        "void _start(void) {}\n")
    sel4rt_link_flags(flags)
    execute_process(
        COMMAND ${CMAKE_C_COMPILER} ${flags} -nostdlib -static -ffreestanding "${dir}/probe.c"
                "-Wl,-T,${script}" -o "${dir}/probe"
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(rc EQUAL 0)
        set(${result} "${script}" PARENT_SCOPE)
    else()
        set(${result} "" PARENT_SCOPE)
    endif()
endfunction()

function(sel4rt_probe_tls_area)
    set(options "")
    set(area "")
    if(NOT Sel4RuntimeSizedTLS)
        message(STATUS "sel4rt: Sel4RuntimeSizedTLS is OFF; initial TLS uses the fixed area")
    else()
        sel4rt_link_probe(area "${SEL4RT_ROOT}/src/tls_area.lds")
        if(area)
            list(APPEND options "-Wl,-T,${area}")
            message(STATUS "sel4rt: initial TLS area sized by the linker")
        else()
            message(STATUS "sel4rt: the linker refuses src/tls_area.lds; initial TLS uses the fixed area")
        endif()
    endif()
    set(reserve "")
    if(SEL4RT_SEL4_ARCH MATCHES "^(x86_64|ia32)$")
        sel4rt_link_probe(reserve "${SEL4RT_ROOT}/src/tbss_reserve.lds")
        if(reserve)
            list(APPEND options "-Wl,-T,${reserve}")
        else()
            message(WARNING "sel4rt: the linker refuses src/tbss_reserve.lds: in an x86 root task with "
                            ".tbss, the kernel will zero what the linker put after .tdata")
        endif()
    endif()
    set(SEL4RT_TLS_AREA_LDS "${area}" PARENT_SCOPE)
    set(SEL4RT_TBSS_RESERVE_LDS "${reserve}" PARENT_SCOPE)
    set(SEL4RT_TLS_LINK_OPTIONS ${options} PARENT_SCOPE)
endfunction()
