/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* The root task's own image: where it lies, and the frame capabilities of its pages. */
#pragma once

#include <sel4/sel4.h>
#include <sel4runtime.h>
#include <sel4runtime/mode/elf.h>

/* An ELF header as far as e_phnum, for either runtime (upstream's headers have no Ehdr). */
struct image_ehdr {
    unsigned char ident[16];
    seL4_Uint16 type, machine;
    seL4_Uint32 version;
    Elf_Addr entry, phoff, shoff;
    seL4_Uint32 flags;
    seL4_Uint16 ehsize, phentsize, phnum;
};

/*
 * The linker's name for this image's own ELF header (GNU ld loads it with
 * the first segment). Not the runtime's auxv: upstream sel4runtime's root
 * task has only a made-up PT_TLS header there, and no PT_LOAD.
 */
extern struct image_ehdr const __ehdr_start;

/* The lowest (page-aligned) and highest addresses of our image, from its program headers. */
static inline void image_bounds(seL4_Word *low, seL4_Word *high)
{
    Elf_Phdr const *ph = (Elf_Phdr const *)((char const *)&__ehdr_start + __ehdr_start.phoff);
    *low = ~(seL4_Word)0;
    *high = 0;
    for (seL4_Word i = 0; i < __ehdr_start.phnum; i++) {
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
