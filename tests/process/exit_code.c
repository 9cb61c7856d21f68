/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/* main's return value is the process's exit code. */
#include "check.h"

int main(int argc, char **argv)
{
    (void)argv;
    return 41 + argc;
}
