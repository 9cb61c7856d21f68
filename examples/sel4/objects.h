/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Kernel objects for the examples, retyped from the root task's untypeds. */
#pragma once

#include <sel4/sel4.h>

/* Retype one object of `type` from the first untyped that holds it, into the next free slot. */
static inline seL4_CPtr make_object(seL4_BootInfo *bi, seL4_Word type, seL4_Word size_bits, seL4_CPtr *free_slot)
{
    for (seL4_CPtr ut = bi->untyped.start; ut < bi->untyped.end; ut++) {
        seL4_UntypedDesc const *d = &bi->untypedList[ut - bi->untyped.start];
        if (d->isDevice || d->sizeBits < size_bits) {
            continue;
        }
        if (seL4_Untyped_Retype(ut, type, 0, seL4_CapInitThreadCNode, 0, 0, *free_slot, 1) == seL4_NoError) {
            return (*free_slot)++;
        }
    }
    return seL4_CapNull;
}
