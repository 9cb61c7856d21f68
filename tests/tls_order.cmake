# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Fail if any instruction on the start-up path reads TLS before the thread
# pointer is written: the compiler must not hoist a TLS access (a __thread
# variable, the stack-protector canary at %fs:0x28, ...) above that point.
# From the entry symbol, each function is read in address order and every
# direct call or jump to another function is followed, until a call that
# reaches __sel4runtime_set_tp; the rest of that function runs with TLS.
# Calls to the fatal stops are not followed: exit reads the thread pointer
# only once sel4rt_initial_tp is published (docs/proofs.md).
# -DOBJDUMP=<objdump> -DELF=<program> -DARCH=<seL4 arch name> [-DENTRY=_start]
if(NOT ENTRY)
    set(ENTRY _start)
endif()
execute_process(COMMAND ${OBJDUMP} -d --no-show-raw-insn ${ELF} OUTPUT_VARIABLE dis RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${OBJDUMP} failed on ${ELF}")
endif()

if(ARCH STREQUAL "x86_64")
    set(tls_read "%fs:|rdfsbase")
elseif(ARCH STREQUAL "ia32")
    set(tls_read "%gs:|rdgsbase")
elseif(ARCH STREQUAL "aarch64")
    set(tls_read "mrs[ \t]+x[0-9]+, *tpidr(ro)?_el0")
elseif(ARCH STREQUAL "aarch32")
    set(tls_read "mrc[ \t]+(p)?15, *(0, *)?[a-z0-9]+, *c(r)?13, *c(r)?0, *(\\{)?[23]")
else()
    # tp as a source: a base register, or any operand after the first.
    set(tls_read "\\(tp\\)|,[ \t]*tp([ \t]*,|[ \t]*$)")
endif()
set(branch "^(call[a-z]*|j[a-z]*|b|bl|blx|b\\.[a-z]+|b[a-z][a-z]|tail|jal|jalr|c\\.j|c\\.jal)$")
set(stops "sel4rt_fatal;sel4rt_no_initial_tls")

# One list of lines per function, in a variable named after it.
string(REPLACE ";" "," dis "${dis}")
string(REPLACE "\n" ";" lines "${dis}")
set(current "")
set(functions "")
foreach(line IN LISTS lines)
    # Local labels a linker kept (LLD keeps Clang's RISC-V .Lpcrel_hi*) do not start a function.
    if(line MATCHES "^[0-9a-f]+ <\\.L[^>]*>:$")
        continue()
    elseif(line MATCHES "^[0-9a-f]+ <([^>]+)>:$")
        set(current "${CMAKE_MATCH_1}")
        list(APPEND functions "${current}")
        set("F_${current}" "")
    elseif(current AND line MATCHES "^ *[0-9a-f]+:[ \t]")
        list(APPEND "F_${current}" "${line}")
    endif()
endforeach()

# Scan one function; global property R_<name> is set if it reaches the thread-pointer write.
function(scan name)
    set_property(GLOBAL APPEND PROPERTY VISITED "${name}")
    foreach(line IN LISTS "F_${name}")
        # Drop the disassembler's comments (# // @ ;), which name data symbols.
        string(REGEX REPLACE "[ \t](#|//|@|;).*$" "" code "${line}")
        if(code MATCHES "${tls_read}")
            set_property(GLOBAL APPEND PROPERTY FAILURES "${name}: ${line}")
        endif()
        # The target is in the operands (LLVM on ARM then adds a comment), or in the
        # comment (GNU objdump on RISC-V's auipc+jalr pairs).
        set(target "")
        if(code MATCHES "<([^>+]+)>[ \t]*$")
            set(target "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<([^>+]+)>[ \t]*$")
            set(target "${CMAKE_MATCH_1}")
        endif()
        if(target AND code MATCHES "^ *[0-9a-f]+:[ \t]+([a-z.]+)")
            string(REGEX REPLACE "^ *[0-9a-f]+:[ \t]+([a-z.]+).*" "\\1" op "${code}")
            if(op MATCHES "${branch}" AND NOT target STREQUAL name)
                if(target STREQUAL "__sel4runtime_set_tp")
                    set_property(GLOBAL PROPERTY "R_${name}" 1)
                    return()
                endif()
                get_property(visited GLOBAL PROPERTY VISITED)
                list(FIND stops "${target}" stop)
                list(FIND visited "${target}" seen)
                list(FIND functions "${target}" known)
                if(stop EQUAL -1 AND seen EQUAL -1 AND NOT known EQUAL -1)
                    scan("${target}")
                endif()
                get_property(r GLOBAL PROPERTY "R_${target}")
                if(r)
                    set_property(GLOBAL PROPERTY "R_${name}" 1)
                    return()
                endif()
            endif()
        endif()
    endforeach()
endfunction()

list(FIND functions "${ENTRY}" has_entry)
if(has_entry EQUAL -1)
    message(FATAL_ERROR "${ELF} has no ${ENTRY}")
endif()
scan("${ENTRY}")
get_property(reaches GLOBAL PROPERTY "R_${ENTRY}")
get_property(failures GLOBAL PROPERTY FAILURES)
get_property(visited GLOBAL PROPERTY VISITED)
if(NOT reaches)
    message(FATAL_ERROR "no call to __sel4runtime_set_tp found from ${ENTRY} in ${ELF}: the check saw nothing")
endif()
if(failures)
    string(REPLACE ";" "\n  " failures "${failures}")
    message(FATAL_ERROR "TLS read before the thread pointer is written, in ${ELF}:\n  ${failures}")
endif()
string(REPLACE ";" " " visited "${visited}")
message("no TLS read before __sel4runtime_set_tp from ${ENTRY}; read:${visited}")
