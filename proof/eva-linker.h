/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * For Eva only: proof/run puts this before every file. The linker places
 * each end symbol right after its array, and the program headers right
 * after the ELF header, which C cannot say of separate symbols. Here each
 * end becomes a pointer one past the harness's start array, and
 * __ehdr_start a pointer to a header followed by its program headers
 * (proof/eva.c defines them), so Eva knows where each one is.
 */
#define __preinit_array_end (*sel4rt_eva_preinit_array_end)
#define __init_array_end (*sel4rt_eva_init_array_end)
#define __fini_array_end (*sel4rt_eva_fini_array_end)
#define __sel4rt_tls_area_end (*sel4rt_eva_tls_area_end)
#define __ehdr_start (*sel4rt_eva_ehdr)
