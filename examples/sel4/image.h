/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* The root task's own image: where it lies, and the frame capabilities of its pages. */
#pragma once

#include <sel4/sel4.h>
#include <sel4runtime.h>
#include <sel4runtime/mode/elf.h>

/* The lowest (page-aligned) and highest addresses of our image, from its program headers. */
static inline void image_bounds(seL4_Word *low, seL4_Word *high)
{
    Elf_Phdr const *ph = 0;
    seL4_Word n = 0;
    *low = ~(seL4_Word)0;
    *high = 0;
    for (auxv_t const *a = sel4runtime_auxv(); a->a_type != AT_NULL; a++) {
        if (a->a_type == AT_PHDR) {
            ph = a->a_un.a_ptr;
        } else if (a->a_type == AT_PHNUM) {
            n = a->a_un.a_val;
        }
    }
    for (seL4_Word i = 0; ph && i < n; i++) {
        if (ph[i].p_type == PT_LOAD) {
            *low = ph[i].p_vaddr < *low ? ph[i].p_vaddr : *low;
            *high = ph[i].p_vaddr + ph[i].p_memsz > *high ? ph[i].p_vaddr + ph[i].p_memsz : *high;
        }
    }
    *low &= ~(((seL4_Word)1 << seL4_PageBits) - 1);
}

/* The frame cap of a page of our image: the kernel hands them out in address order. */
static inline seL4_CPtr own_frame(seL4_BootInfo *bi, void const *page)
{
    seL4_Word low, high;
    image_bounds(&low, &high);
    return bi->userImageFrames.start + (((seL4_Word)page - low) >> seL4_PageBits);
}
