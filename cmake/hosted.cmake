# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# The hosted build: the runtime with its Linux port, and the tests that run it as real processes.

option(SEL4RT_TESTS "Build the real-process tests" ON)
option(SEL4RT_UNIT_TESTS "Build the unit tests (needs a hosted C library)" OFF)
option(SEL4RT_FUZZ "Build and run the libFuzzer targets (clang)" OFF)
option(SEL4RT_PRINTING "Link the runtime's messages (OFF: none, as in a seL4 build without KernelPrinting)" ON)
if(NOT SEL4RT_PRINTING)
    list(APPEND SEL4RT_RUNTIME_FLAGS -DSEL4RT_PRINTING=0)
endif()

sel4rt_gen_config()

add_library(sel4rt_headers INTERFACE)
target_include_directories(sel4rt_headers INTERFACE ${SEL4RT_PUBLIC_INCLUDES} ${SEL4RT_GEN_DIR})

# The runtime with its Linux port, as library <name> (the tests build a variant too).
function(sel4rt_add_hosted_runtime name)
    add_library(${name} STATIC ${SEL4RT_CORE_SOURCES} ${SEL4RT_ROOT}/port/hosted/hosted.c
        ${SEL4RT_ARCH_DIR}/hosted.S)
    target_link_libraries(${name} PUBLIC sel4rt_headers)
    target_include_directories(${name} PUBLIC ${SEL4RT_ROOT}/port/hosted)
    target_compile_options(${name} PRIVATE $<$<COMPILE_LANGUAGE:C>:${SEL4RT_RUNTIME_FLAGS}>)
    if(SEL4RT_SEL4_ARCH STREQUAL "aarch64")
        # Linux lets user mode read the virtual counter, as seL4 does with KernelArmExportVCNTUser.
        target_compile_definitions(${name} PRIVATE CONFIG_EXPORT_VCNT_USER=1)
    endif()
endfunction()
sel4rt_add_hosted_runtime(sel4runtime)
sel4rt_probe_tls_area()
if(SEL4RT_TLS_LINK_OPTIONS)
    target_link_options(sel4runtime INTERFACE ${SEL4RT_TLS_LINK_OPTIONS})
endif()

sel4rt_add_crt_objects(sel4rt_headers)
add_dependencies(sel4runtime sel4runtime_crt)

sel4rt_add_nolibc()

if(SEL4RT_TESTS OR SEL4RT_UNIT_TESTS OR SEL4RT_FUZZ)
    enable_testing()
    add_subdirectory(${SEL4RT_ROOT}/tests ${CMAKE_BINARY_DIR}/tests)
endif()

# The demo (scripts/setup runs it on every arch).
sel4rt_link_like_sel4()
add_executable(hello ${SEL4RT_ROOT}/examples/hosted/hello.c)
target_link_libraries(hello PRIVATE sel4runtime)
target_compile_definitions(hello PRIVATE SEL4RT_ARCH_NAME="${SEL4RT_SEL4_ARCH}")
target_compile_options(hello PRIVATE -std=gnu11 -O2 -ffreestanding -fno-builtin -fno-stack-protector -fno-pie)
add_dependencies(hello sel4runtime_crt)
