/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Per-architecture thread-pointer access, chosen by the include path. */
#pragma once

#include <sel4runtime/thread_arch.h>
