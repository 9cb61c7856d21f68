/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The TLS image every start-up variant carries: IMAGE_SIZE bytes, half
 * initialised (.tdata), half zeroed (.tbss), and a main that leaves at
 * once through a raw exit system call, so what is counted is entry to main.
 */
#pragma once

#if IMAGE_SIZE > 0
__thread unsigned char image_data[IMAGE_SIZE / 2] __attribute__((aligned(16))) = {1};
__thread unsigned char image_bss[IMAGE_SIZE / 2] __attribute__((aligned(16)));
#endif

static inline __attribute__((noreturn)) void raw_exit(int code)
{
#if defined(__x86_64__)
    __asm__ __volatile__("syscall" ::"a"(231), "D"(code));
#elif defined(__aarch64__)
    register long x0 __asm__("x0") = code;
    register long x8 __asm__("x8") = 94;
    __asm__ __volatile__("svc #0" ::"r"(x0), "r"(x8));
#else
#error "bench: add this arch's exit_group"
#endif
    __builtin_unreachable();
}

int main(void)
{
#if IMAGE_SIZE > 0
    /* Touch the image so it cannot be dropped, and check it arrived. */
    raw_exit(image_data[0] == 1 && image_bss[IMAGE_SIZE / 2 - 1] == 0 ? 0 : 1);
#else
    raw_exit(0);
#endif
}
