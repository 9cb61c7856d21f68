/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * For Eva only: proof/run puts this before every file. The linker places
 * each end symbol after its start, which C cannot say of two separate
 * symbols. Here each end becomes a pointer into the harness's start array
 * (proof/eva.c defines them), so Eva knows where each end is.
 */
#define __preinit_array_end (*sel4rt_eva_preinit_array_end)
#define __init_array_end (*sel4rt_eva_init_array_end)
#define __fini_array_end (*sel4rt_eva_fini_array_end)
#define __sel4rt_tls_area_end (*sel4rt_eva_tls_area_end)
