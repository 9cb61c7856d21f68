# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Fail if the runtime library holds any FPU or SIMD instruction: every
# function in it may run in a thread whose FPU is disabled.
# -DOBJDUMP=<objdump> -DLIB=<libsel4runtime.a> -DARCH=<seL4 arch name>
execute_process(COMMAND ${OBJDUMP} -d --no-show-raw-insn ${LIB} OUTPUT_VARIABLE dis RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${OBJDUMP} failed on ${LIB}")
endif()
if(ARCH MATCHES "^(x86_64|ia32)$")
    set(fp "%(xmm|ymm|zmm|mm|st)[0-9(]|[ \t](fld|fst|fxsave|fxrstor|xsave|xrstor|ldmxcsr|stmxcsr|emms)")
elseif(ARCH STREQUAL "aarch64")
    # A register is followed by , ] . } or the line's end; a branch target ("b d8 <f>") by a space.
    set(fp "[ \t,{]([qvdsh][0-9]+)([],.}\n]|$)")
elseif(ARCH STREQUAL "aarch32")
    set(fp "[0-9a-f]:[ \t]+v[a-z]|[ \t,{]([qds][0-9]+)([],}\n]|$)")
else()
    set(fp "[0-9a-f]:[ \t]+(f[a-df-z]|fe[a-mo-z]|v[a-z])") # not fence
endif()
string(REGEX MATCHALL "[^\n]*(${fp})[^\n]*" hits "${dis}")
if(hits)
    string(REPLACE ";" "\n" hits "${hits}")
    message(FATAL_ERROR "FPU/SIMD instructions in ${LIB}:\n${hits}")
endif()
message("no FPU or SIMD instruction in ${LIB}")
