# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Inside a seL4 build: the drop-in for projects/sel4runtime. Same targets,
# options and outputs as sel4runtime; libsel4 comes from the build.

sel4rt_probe_tls_area()
# sel4runtime's names for where it lives, which callers may use.
set(sel4runtime_SOURCE_DIR "${SEL4RT_ROOT}" CACHE INTERNAL "")
set(sel4runtime_BINARY_DIR "${CMAKE_CURRENT_BINARY_DIR}" CACHE INTERNAL "")

set(configure_string "")
config_string(Sel4RuntimeRootStack SEL4RUNTIME_ROOT_STACK
    "Size of the root task's initial stack (bytes)" DEFAULT ${SEL4RT_DEFAULT_ROOT_STACK} UNQUOTE)
config_string(Sel4RuntimeStaticTLS SEL4RUNTIME_STATIC_TLS
    "Size of the static (.bss) area for the initial thread's TLS, used when the linker did not size one; callers size their own TLS buffers from it (bytes)"
    DEFAULT ${SEL4RT_DEFAULT_STATIC_TLS} UNQUOTE)
config_string(Sel4RuntimeStackTLS SEL4RUNTIME_STACK_TLS
    "Most bytes of its start stack a process lends to TLS that does not fit the static area"
    DEFAULT ${SEL4RT_DEFAULT_STACK_TLS} UNQUOTE)
config_option(Sel4RuntimeRootStackGuard SEL4RUNTIME_ROOT_STACK_GUARD
    "Unmap a guard page under the root task's stack, so an overflow faults at once" DEFAULT ON)
config_option(Sel4RuntimeStackReport SEL4RUNTIME_STACK_REPORT
    "Print how much of its stack the root task used, at exit (fills the stack at start-up)" DEFAULT OFF)
add_config_library(sel4runtime "${configure_string}")

if(NOT KernelPrinting)
    # No console to print on: link no message text or formatting (src/sel4rt.h).
    list(APPEND SEL4RT_RUNTIME_FLAGS -DSEL4RT_PRINTING=0)
endif()

add_library(sel4rt_headers INTERFACE)
target_include_directories(sel4rt_headers INTERFACE ${SEL4RT_PUBLIC_INCLUDES})
target_link_libraries(sel4rt_headers INTERFACE sel4_autoconf sel4runtime_Config)

# The crt objects are in the library too, as in sel4runtime, for links that do not list them.
set(crt_sources ${SEL4RT_ARCH_DIR}/crt0.S ${SEL4RT_ARCH_DIR}/crti.S ${SEL4RT_ARCH_DIR}/crtn.S)
add_library(sel4runtime STATIC ${SEL4RT_CORE_SOURCES} ${SEL4RT_ROOT}/port/sel4/sel4.c ${crt_sources})
target_link_libraries(sel4runtime PUBLIC sel4rt_headers sel4 sel4_autoconf sel4runtime_Config)
target_compile_options(sel4runtime PRIVATE $<$<COMPILE_LANGUAGE:C>:${SEL4RT_RUNTIME_FLAGS}>)
if(SEL4RT_TLS_LINK_OPTIONS)
    # Every program linked with the runtime gets the linker-sized TLS area (and, on x86, the .tbss reserve).
    target_link_options(sel4runtime INTERFACE ${SEL4RT_TLS_LINK_OPTIONS})
endif()

sel4rt_add_crt_objects(sel4rt_headers)
add_dependencies(sel4runtime sel4runtime_crt)
add_library(sel4runtime_crt_obj OBJECT ${crt_sources})
target_link_libraries(sel4runtime_crt_obj PRIVATE sel4rt_headers)

sel4rt_add_nolibc(sel4)
