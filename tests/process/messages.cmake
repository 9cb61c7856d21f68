# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Whether the runtime's message text is in program FILE: EXPECT=none (built
# without a console) or EXPECT=some (the printing build, the control).
file(STRINGS "${FILE}" found REGEX "sel4rt: |PT_TLS|auxiliary vector|Sel4RuntimeStaticTLS|stack smashing")
list(LENGTH found n)
if(EXPECT STREQUAL "none" AND n GREATER 0)
    message(FATAL_ERROR "${n} message strings in ${FILE}, e.g. ${found}")
elseif(EXPECT STREQUAL "some" AND n EQUAL 0)
    message(FATAL_ERROR "no message strings in ${FILE}: the check sees nothing")
endif()
message("${n} message strings in ${FILE}")
