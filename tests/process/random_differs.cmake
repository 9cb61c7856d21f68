# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Run CMD twice; pass if both exit 0 and print different "random ..." lines.
foreach(run 1 2)
    execute_process(COMMAND ${CMD} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out TIMEOUT 50)
    message("${out}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "run ${run}: exit code ${rc}")
    endif()
    string(REGEX MATCH "random [0-9a-fx.]+" line${run} "${out}")
    if(line${run} STREQUAL "")
        message(FATAL_ERROR "run ${run}: no random line")
    endif()
endforeach()
if(line1 STREQUAL line2)
    message(FATAL_ERROR "two runs got the same AT_RANDOM bytes: ${line1}")
endif()
