/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The auxiliary vector: type/value pairs after envp on a System V start
 * stack, ended by AT_NULL. seL4 process loaders add their own types
 * (64 and up) to hand a process its capabilities and IPC buffer.
 */
#pragma once

#define AT_NULL 0
#define AT_IGNORE 1
#define AT_EXECFD 2
#define AT_PHDR 3
#define AT_PHENT 4
#define AT_PHNUM 5
#define AT_PAGESZ 6
#define AT_BASE 7
#define AT_FLAGS 8
#define AT_ENTRY 9
#define AT_HWCAP 16
#define AT_RANDOM 25
#define AT_EXECFN 31
#define AT_SYSINFO 32

/* Program header types (kept here as well for code written against sel4runtime). */
#define PT_NULL 0
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_PHDR 6
#define PT_TLS 7
#define PT_NUM 8

/* seL4's own auxiliary vector types, as seL4 process loaders define them. */
#define AT_SEL4_BOOT_INFO 64
#define AT_SEL4_CSPACE_DESCRIPTOR 65
#define AT_SEL4_VSYSCALL 66
#define AT_SEL4_IPC_BUFFER_PTR 67
#define AT_SEL4_IPC_BUFFER 68
#define AT_SEL4_TCB 69
#define AT_SEL4_CNODE 70
#define AT_SEL4_VSPACE 71
#define AT_SEL4_ASID_POOL 72

/* One entry. The type is an int padded to a word, as in sel4runtime. */
typedef struct {
    int a_type;
    union {
        long a_val;
        void *a_ptr;
        void (*a_fnc)(void);
    } a_un;
} auxv_t;

#define ARRAY_LENGTH(a) (sizeof(a) / sizeof((a)[0]))
