/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Linked with the runtime built without a console (SEL4RT_PRINTING=0): a
 * TLS image too big for any area still stops start-up with exit code 115,
 * silently, and main never runs (it would exit 0).
 */
__thread unsigned char huge[65536];

int main(void)
{
    huge[0] = 1;
    return 0;
}
