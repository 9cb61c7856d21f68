# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Bytes of text and data the runtime puts in a program, from a GNU ld map:
# input sections of libsel4runtime.a's members and the crt objects, except
# the hosted port's (PORT members) and anything NOBITS.
/^Linker script and memory map/ { on = 1; next }
!on { next }
/^ \.[^ ]+$/ { pend = $1; next }
{
    if (pend != "" && $1 ~ /^0x/ && NF >= 3) { sec = pend; size = $2; file = $3 }
    else if ($1 ~ /^\./ && $2 ~ /^0x/ && $3 ~ /^0x/ && NF >= 4) { sec = $1; size = $3; file = $4 }
    else { pend = ""; next }
    pend = ""
    if (sec !~ /^\.(text|rodata|data|init|fini|preinit_array|init_array|fini_array|tdata|got)/) next
    if (file ~ /libsel4runtime\.a\(hosted\./) next
    if (file !~ /libsel4runtime\.a\(/ && file !~ /\/crt[0in]\.o$/) next
    total += hex(size)
}
END { print total + 0 }
function hex(s,   i, v) {
    v = 0
    for (i = 3; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
    return v
}
