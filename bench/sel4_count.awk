# SPDX-FileCopyrightText: 2026 sel4rt contributors
# SPDX-License-Identifier: BSD-2-Clause
# Instruction counts for bench/RESULTS.md ("On seL4"), from a QEMU
# "-d exec,nochain -singlestep" log streamed in: counts "Trace" lines (one
# per executed instruction, user and kernel) between the first executions
# of marker addresses, found with nm on the root task (examples/sel4/measure.c).
# Variables (-v): ENTRY MAIN BEG THREAD TLSREAD DONE FAIL (16 hex digits,
# as QEMU prints the pc), EV = "addr:name ..." kernel functions whose first
# instruction is counted as an event, IRQEV = the name of the kernel's IRQ
# handler, IRQSTART = "addr ..." the kernel's interrupt entry points (x86_64:
# the int_XX stubs; aarch64: the vector for IRQs from EL0). In an excursion
# into the kernel that reaches IRQEV, the lines from the last IRQSTART entry
# to the return to user mode are an interrupt taken (irq_lines); an IRQ that
# was pending during a system call is taken right at its return to user
# mode, so only that tail is the interrupt's.
# IDLE_LO, IDLE_HI: the kernel's idle_thread [lo, hi): reaching it after the
# entry means the root task blocked for good (e.g. it faulted): result "idle".
# Kernel lines: pc >= 0x8000000000000000.
# Window X->Y = lines from X's first instruction (included) to Y's first
# instruction (excluded).
BEGIN {
    FS = "/"
    nev = split(EV, evs, " ")
    for (i = 1; i <= nev; i++) {
        split(evs[i], p, ":")
        evname[p[1]] = p[2]
        if (!(p[2] in seen)) { seen[p[2]] = 1; names[++nnames] = p[2] }
    }
    nev = nnames
    nis = split(IRQSTART, iss, " ")
    for (i = 1; i <= nis; i++) irqstart[iss[i]] = 1
    n = 0; kern = 0; entries = 0; irqlines = 0; prevk = 0; seenk = 0; result = "incomplete"
}
!/^Trace/ { next }
{
    pc = $2 ""   # a string: hex addresses must not compare as numbers (e.g. 401e47)
    k = (length(pc) == 16 && substr(pc, 1, 1) >= "8")
    if (k) {
        seenk = 1
        if (!prevk) { entries++; exclen = 0; excirq = 0; excsys = 0; irqfrom = -1 }
        if (pc in irqstart) irqfrom = exclen
        exclen++
        kern++
        if (pc >= IDLE_LO && pc < IDLE_HI && ("entry" in L)) { result = "idle"; exit }
        if (pc in evname) {
            e = evname[pc]
            cnt[e]++
            if (e == IRQEV && irqfrom >= 0) excirq = 1
            if (e ~ /syscall|fastpath/) excsys = 1
        }
    } else {
        if (prevk) {
            if (excirq) { irqlines += exclen - irqfrom; irqs++ }
            if (excirq && excsys) mixed++
        }
        if (pc == ENTRY && seenk && !("entry" in L)) snap("entry")
        else if (pc == MAIN && ("entry" in L) && !("main" in L)) snap("main")
        else if (pc == BEG && ("main" in L) && !("begin" in L)) snap("begin")
        else if (pc == THREAD && ("begin" in L) && !("thread" in L)) snap("thread")
        else if (pc == TLSREAD && ("thread" in L) && !("tlsread" in L)) snap("tlsread")
        else if (pc == DONE && ("tlsread" in L)) { result = "ok"; exit }
        else if (pc == FAIL && ("tlsread" in L)) { result = "FAIL"; exit }
    }
    # Per-address counts inside windows (a) and (b) (address, count), if PROF names a file.
    if (PROF != "") {
        if (("entry" in L) && !("main" in L)) pa[pc]++
        else if (("begin" in L) && !("thread" in L)) pb[pc]++
    }
    prevk = k
    n++
}
function snap(m,   i) {
    L[m] = n; K[m] = kern; E[m] = entries; I[m] = irqlines; Q[m] = irqs + 0; M[m] = mixed + 0
    for (i = 1; i <= nev; i++) C[m, names[i]] = cnt[names[i]] + 0
}
function win(label, x, y,   i, s, t) {
    if (!(x in L) || !(y in L)) { print label, "missing"; return }
    t = L[y] - L[x]
    s = label " total=" t " user=" (t - (K[y] - K[x])) " kernel=" (K[y] - K[x]) " kernel_entries=" (E[y] - E[x]) \
        " irqs=" (Q[y] - Q[x]) " irq_lines=" (I[y] - I[x]) " mixed_irq_syscall=" (M[y] - M[x]) \
        " total_minus_irq=" (t - (I[y] - I[x]))
    for (i = 1; i <= nev; i++)
        if (C[y, names[i]] - C[x, names[i]]) s = s " " names[i] "=" (C[y, names[i]] - C[x, names[i]])
    print s
}
END {
    if (PROF != "") {
        for (x in pa) print "a", x, pa[x] > PROF
        for (x in pb) print "b", x, pb[x] > PROF
    }
    print "result", result, "lines_read=" n
    win("a", "entry", "main")
    win("b", "begin", "thread")
    win("c", "begin", "tlsread")
}
