/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* Start-up cost: this program linked with sel4rt, musl or glibc (see bench/run). */
#include "image.h"
