/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Fixed-width integer types for the runtime's public interface. The
 * runtime is built without a C library, so it cannot use <stdint.h>.
 */
#pragma once

_Static_assert(sizeof(char) == 1, "char is 8 bits");
_Static_assert(sizeof(short) == 2, "short is 16 bits");
_Static_assert(sizeof(int) == 4, "int is 32 bits");
_Static_assert(sizeof(long long) == 8, "long long is 64 bits");
_Static_assert(sizeof(long) == sizeof(void *), "long is the word size on every seL4 ABI");

typedef signed char sel4runtime_int8_t;
typedef signed short sel4runtime_int16_t;
typedef signed int sel4runtime_int32_t;
typedef signed long long sel4runtime_int64_t;

typedef unsigned char sel4runtime_uint8_t;
typedef unsigned short sel4runtime_uint16_t;
typedef unsigned int sel4runtime_uint32_t;
typedef unsigned long long sel4runtime_uint64_t;

typedef signed long sel4runtime_intptr_t;
typedef unsigned long sel4runtime_uintptr_t;
