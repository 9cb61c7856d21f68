/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Kernel objects for the examples: objects retyped from the root task's
 * untypeds, and the root task's own image frames.
 */
#pragma once

#include <sel4/sel4.h>
#include <sel4runtime.h>
#include <sel4runtime/mode/elf.h>

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

/* The frame cap of a page of our own image: image frames come in address order. */
static inline seL4_CPtr own_frame(seL4_BootInfo *bi, void const *page)
{
    Elf_Phdr const *ph = 0;
    seL4_Word n = 0, low = ~(seL4_Word)0;
    for (auxv_t const *a = sel4runtime_auxv(); a->a_type != AT_NULL; a++) {
        if (a->a_type == AT_PHDR) {
            ph = a->a_un.a_ptr;
        } else if (a->a_type == AT_PHNUM) {
            n = a->a_un.a_val;
        }
    }
    for (seL4_Word i = 0; ph && i < n; i++) {
        if (ph[i].p_type == PT_LOAD && ph[i].p_vaddr < low) {
            low = ph[i].p_vaddr;
        }
    }
    return bi->userImageFrames.start + (((seL4_Word)page - (low & ~(seL4_Word)4095)) >> 12);
}
