/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Empty .tdata and .tbss sections, as assembler text: LLD evaluates
 * src/tls_area.lds only when both sections exist. src/layout.c puts them
 * in every program; the build's linker probe (cmake/arch.cmake) links the
 * same text, so it tests what programs get.
 */
#pragma once

#define SEL4RT_TLS_AREA_ANCHORS                               \
    ".pushsection .tdata, \"awT\", %progbits\n\t.popsection\n\t" \
    ".pushsection .tbss, \"awT\", %nobits\n\t.popsection\n\t"
