# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Found by seL4 builds (find_package(sel4runtime)): the runtime lives here.
# sel4runtime_import_project() adds it, creating the sel4runtime library and
# the sel4runtime_crt target that puts crt0.o, crti.o and crtn.o in
# ${CMAKE_BINARY_DIR}/lib.
set(SEL4_RUNTIME_DIR "${CMAKE_CURRENT_LIST_DIR}" CACHE STRING "Where sel4rt (the sel4runtime drop-in) lives")
mark_as_advanced(SEL4_RUNTIME_DIR)

function(sel4runtime_import_project)
    add_subdirectory(${SEL4_RUNTIME_DIR} sel4runtime)
endfunction()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(sel4runtime DEFAULT_MSG SEL4_RUNTIME_DIR)
