/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The few ELF types the runtime reads: the file header (to find the
 * program headers of a root task through __ehdr_start) and the program
 * headers (to find PT_TLS). Field layouts are fixed by the System V gABI.
 */
#pragma once

#include <sel4runtime/stdint.h>

typedef sel4runtime_uint16_t Elf32_Half;
typedef sel4runtime_uint16_t Elf64_Half;
typedef sel4runtime_uint32_t Elf32_Word;
typedef sel4runtime_int32_t Elf32_Sword;
typedef sel4runtime_uint32_t Elf64_Word;
typedef sel4runtime_int32_t Elf64_Sword;
typedef sel4runtime_uint64_t Elf32_Xword;
typedef sel4runtime_int64_t Elf32_Sxword;
typedef sel4runtime_uint64_t Elf64_Xword;
typedef sel4runtime_int64_t Elf64_Sxword;
typedef sel4runtime_uint32_t Elf32_Addr;
typedef sel4runtime_uint64_t Elf64_Addr;
typedef sel4runtime_uint32_t Elf32_Off;
typedef sel4runtime_uint64_t Elf64_Off;
typedef sel4runtime_uint16_t Elf32_Section;
typedef sel4runtime_uint16_t Elf64_Section;

#define SEL4RUNTIME_EI_NIDENT 16

typedef struct {
    unsigned char e_ident[SEL4RUNTIME_EI_NIDENT];
    Elf32_Half e_type;
    Elf32_Half e_machine;
    Elf32_Word e_version;
    Elf32_Addr e_entry;
    Elf32_Off e_phoff;
    Elf32_Off e_shoff;
    Elf32_Word e_flags;
    Elf32_Half e_ehsize;
    Elf32_Half e_phentsize;
    Elf32_Half e_phnum;
    Elf32_Half e_shentsize;
    Elf32_Half e_shnum;
    Elf32_Half e_shstrndx;
} Elf32_Ehdr;

typedef struct {
    unsigned char e_ident[SEL4RUNTIME_EI_NIDENT];
    Elf64_Half e_type;
    Elf64_Half e_machine;
    Elf64_Word e_version;
    Elf64_Addr e_entry;
    Elf64_Off e_phoff;
    Elf64_Off e_shoff;
    Elf64_Word e_flags;
    Elf64_Half e_ehsize;
    Elf64_Half e_phentsize;
    Elf64_Half e_phnum;
    Elf64_Half e_shentsize;
    Elf64_Half e_shnum;
    Elf64_Half e_shstrndx;
} Elf64_Ehdr;

typedef struct {
    Elf32_Word p_type;
    Elf32_Off p_offset;
    Elf32_Addr p_vaddr;
    Elf32_Addr p_paddr;
    Elf32_Word p_filesz;
    Elf32_Word p_memsz;
    Elf32_Word p_flags;
    Elf32_Word p_align;
} Elf32_Phdr;

typedef struct {
    Elf64_Word p_type;
    Elf64_Word p_flags;
    Elf64_Off p_offset;
    Elf64_Addr p_vaddr;
    Elf64_Addr p_paddr;
    Elf64_Xword p_filesz;
    Elf64_Xword p_memsz;
    Elf64_Xword p_align;
} Elf64_Phdr;
