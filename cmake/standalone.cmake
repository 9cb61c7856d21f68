# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Standalone build against an installed libsel4, for projects outside seL4's
# CMake (cmake -DSEL4_PREFIX=<prefix> -DCMAKE_INSTALL_PREFIX=<dest>):
# <prefix>/libsel4/include is what a seL4 kernel build's `ninja install`
# leaves there (libsel4's headers with autoconf.h and gen_config).
# Installs lib/libsel4rt.a, lib/libsel4rt_nolibc.a, lib/crt0.o crti.o crtn.o,
# include/, lib/pkgconfig/sel4rt.pc and the linker scripts the link needs:
# each when the linker takes it, lib/tls_area.lds (unless Sel4RuntimeSizedTLS
# is OFF) and on x86 lib/tbss_reserve.lds.

set(SEL4_INCLUDE "${SEL4_PREFIX}/libsel4/include")
if(NOT EXISTS "${SEL4_INCLUDE}/sel4/sel4.h" OR NOT EXISTS "${SEL4_INCLUDE}/autoconf.h")
    message(FATAL_ERROR "sel4rt: no libsel4 install at SEL4_PREFIX=${SEL4_PREFIX} "
                        "(expected ${SEL4_INCLUDE}/sel4/sel4.h and autoconf.h)")
endif()

# The compiler must build for the kernel's architecture: else libsel4's
# system-call asm fails far from the cause.
set(arch_test_x86_64 "defined(__x86_64__)")
set(arch_test_ia32 "defined(__i386__)")
set(arch_test_aarch64 "defined(__aarch64__)")
set(arch_test_aarch32 "defined(__arm__)")
set(arch_test_arm_hyp "defined(__arm__)")
set(arch_test_riscv64 "defined(__riscv) && __riscv_xlen == 64")
set(arch_test_riscv32 "defined(__riscv) && __riscv_xlen == 32")
include(CheckCSourceCompiles)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
check_c_source_compiles("#if !(${arch_test_${SEL4RT_SEL4_ARCH}})\n#error\n#endif\nint x;\n" SEL4RT_COMPILER_IS_KERNEL_ARCH)
if(NOT SEL4RT_COMPILER_IS_KERNEL_ARCH)
    message(FATAL_ERROR "sel4rt: the libsel4 at SEL4_PREFIX is for ${SEL4RT_SEL4_ARCH}, but ${CMAKE_C_COMPILER} "
                        "does not build for it: give a compiler for ${SEL4RT_SEL4_ARCH} (-DCMAKE_C_COMPILER=...)")
endif()

sel4rt_gen_config()

add_library(sel4rt_headers INTERFACE)
target_include_directories(sel4rt_headers INTERFACE ${SEL4RT_PUBLIC_INCLUDES} ${SEL4RT_GEN_DIR} ${SEL4_INCLUDE})

add_library(sel4rt STATIC ${SEL4RT_CORE_SOURCES} ${SEL4RT_ROOT}/port/sel4/sel4.c)
target_link_libraries(sel4rt PUBLIC sel4rt_headers)
target_compile_options(sel4rt PRIVATE $<$<COMPILE_LANGUAGE:C>:${SEL4RT_RUNTIME_FLAGS}>)

sel4rt_add_crt_objects(sel4rt_headers)
add_dependencies(sel4rt sel4runtime_crt)
sel4rt_add_nolibc()

include(GNUInstallDirs)
install(TARGETS sel4rt sel4rt_nolibc ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${CMAKE_BINARY_DIR}/lib/crt0.o ${CMAKE_BINARY_DIR}/lib/crti.o ${CMAKE_BINARY_DIR}/lib/crtn.o
        DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${SEL4RT_ROOT}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h" REGEX "/include/mode/" EXCLUDE)
foreach(dir ${SEL4RT_ROOT}/include/mode/${SEL4RT_WORD_BITS} ${SEL4RT_ARCH_DIR}/include ${SEL4RT_GEN_DIR})
    install(DIRECTORY ${dir}/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endforeach()
sel4rt_probe_tls_area()
set(SEL4RT_PC_LINK_TLS_AREA "")
foreach(script ${SEL4RT_TLS_AREA_LDS} ${SEL4RT_TBSS_RESERVE_LDS})
    install(FILES ${script} DESTINATION ${CMAKE_INSTALL_LIBDIR})
    get_filename_component(name ${script} NAME)
    string(APPEND SEL4RT_PC_LINK_TLS_AREA " -Wl,-T,\${libdir}/${name}")
endforeach()
configure_file(${SEL4RT_ROOT}/cmake/sel4rt.pc.in ${CMAKE_BINARY_DIR}/sel4rt.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/sel4rt.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
