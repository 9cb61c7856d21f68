# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Run CMD; pass if it exits with RC and (when OUTPUT is set) its stderr+stdout match OUTPUT.
execute_process(COMMAND ${CMD} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out TIMEOUT 50)
message("${out}")
if(NOT "${rc}" STREQUAL "${RC}")
    message(FATAL_ERROR "exit code ${rc}, expected ${RC}")
endif()
if(NOT "${OUTPUT}" STREQUAL "" AND NOT "${out}" MATCHES "${OUTPUT}")
    message(FATAL_ERROR "output does not match: ${OUTPUT}")
endif()
