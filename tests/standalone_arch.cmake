# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# The standalone build (-DSEL4_PREFIX) takes its architecture from the installed
# kernel's configuration, not from the host, and refuses at configure time a
# compiler for another one. Configuring needs no real libsel4: a made-up install
# naming aarch64 is enough.
# -DROOT=<sel4rt source> -DWORK=<scratch directory> -DCROSS=<aarch64 gcc> -DHOST_CC=<host compiler>
set(inc ${WORK}/prefix/libsel4/include)
file(REMOVE_RECURSE ${WORK})
file(WRITE ${inc}/sel4/sel4.h "")
file(WRITE ${inc}/autoconf.h "#include <kernel/gen_config.h>\n")
file(WRITE ${inc}/kernel/gen_config.h "#pragma once\n#define CONFIG_SEL4_ARCH  aarch64\n#define CONFIG_ARCH_AARCH64  1\n")

# An aarch64 compiler given only as CMAKE_C_COMPILER, as the README shows (CMake
# then takes the host's processor, and the assembler from the C compiler).
execute_process(COMMAND ${CMAKE_COMMAND} -S ${ROOT} -B ${WORK}/cross -DSEL4_PREFIX=${WORK}/prefix
    -DCMAKE_C_COMPILER=${CROSS}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configuring with ${CROSS} for an aarch64 kernel failed:\n${out}")
endif()
file(GLOB_RECURSE made ${WORK}/cross/CMakeFiles/*/build.make)
set(crt0 "")
foreach(f ${made})
    file(STRINGS ${f} hit REGEX "arch/[a-z0-9_]+/crt0\\.S")
    string(REGEX MATCH "arch/[a-z0-9_]+/crt0\\.S" hit "${hit}")
    if(hit)
        set(crt0 ${hit})
    endif()
endforeach()
if(NOT crt0 STREQUAL "arch/aarch64/crt0.S")
    message(FATAL_ERROR "the aarch64 build's crt0 is '${crt0}', not arch/aarch64/crt0.S")
endif()

# The host's compiler for the same kernel: a named stop at configure time.
execute_process(COMMAND ${CMAKE_COMMAND} -S ${ROOT} -B ${WORK}/host -DSEL4_PREFIX=${WORK}/prefix
    -DCMAKE_C_COMPILER=${HOST_CC}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
string(REGEX REPLACE "[ \n]+" " " flat "${out}")
if(rc EQUAL 0 OR NOT flat MATCHES "the libsel4 at SEL4_PREFIX is for aarch64, but .* does not build for it")
    message(FATAL_ERROR "configuring with ${HOST_CC} for an aarch64 kernel did not stop as it should:\n${out}")
endif()
message("ok: ${crt0} with ${CROSS}; ${HOST_CC} refused")
