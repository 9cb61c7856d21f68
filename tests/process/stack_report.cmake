# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Run CMD; pass if it exits 0 and reports "used N of SIZE bytes of stack" with MIN <= N <= MAX.
execute_process(COMMAND ${CMD} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out TIMEOUT 50)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exit code ${rc}, expected 0")
endif()
if(NOT out MATCHES "rootserver: used ([0-9]+) of ${SIZE} bytes of stack\n")
    message(FATAL_ERROR "no stack report for a ${SIZE}-byte stack")
endif()
set(used ${CMAKE_MATCH_1})
if(used LESS ${MIN} OR used GREATER ${MAX})
    message(FATAL_ERROR "reported ${used} bytes used; the program used between ${MIN} and ${MAX}")
endif()
