/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * libFuzzer target: start-stack and auxv parsing. The input becomes the
 * words of a start stack; argv entries are pointed at real strings (the
 * runtime reads argv[0] as one), and a zero tail ends every vector, as a
 * loader's stack would. Invariants are checked on whatever parses.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "sel4rt.h"

#define TAIL (2 * SEL4RT_AUXV_MAX + 8)

static char const *const names[] = {"", "/", "a", "/bin/prog", "dir/", "x/y/z", "//"};

int LLVMFuzzerTestOneInput(uint8_t const *data, size_t size)
{
    size_t n = size / sizeof(uintptr_t);
    uintptr_t *w = calloc(n + TAIL, sizeof(uintptr_t));
    if (n) {
        memcpy(w, data, n * sizeof(uintptr_t));
        w[0] %= n; /* argc, so argv and its NULL lie inside the buffer */
        for (size_t i = 1; i <= w[0]; i++) {
            w[i] = w[i] % 8 ? (uintptr_t)names[w[i] % 7] : 0;
        }
        w[w[0] + 1] = 0;
    }

    struct sel4rt_env env = {0};
    uintptr_t bad = 0;
    if (sel4rt_env_from_stack(w, &env) == SEL4RT_OK) {
        uintptr_t *end = w + n + TAIL;
        if ((uintptr_t *)env.auxv < w || (uintptr_t *)env.auxv >= end || (size_t)env.argc != w[0]) {
            abort();
        }
        char const *name = sel4rt_env_name(&env);
        size_t len = strlen(name);
        char const *arg0 = env.argc ? env.argv[0] : NULL;
        if (arg0 ? (len > strlen(arg0) || strcmp(arg0 + strlen(arg0) - len, name) != 0) : len != 0) {
            abort(); /* the name is a tail of argv[0] */
        }
        char const *problem = sel4rt_env_read_auxv(&env, &bad);
        if (!problem && env.phdr && env.phent != sizeof(Elf_Phdr)) {
            abort();
        }
        if (!problem && (env.pagesz & (env.pagesz - 1))) {
            abort();
        }
    }
    free(w);
    return 0;
}
