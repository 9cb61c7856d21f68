/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Size type and null pointer for the runtime's public interface. */
#pragma once

#include <sel4runtime/stdint.h>

typedef sel4runtime_uintptr_t sel4runtime_size_t;

#define SEL4RUNTIME_NULL ((void *)0)
