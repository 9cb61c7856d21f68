/* Root-task entry: the kernel leaves the bootinfo pointer in a0 and no stack. */
#include <sel4runtime/gen_config.h>
#include "riscv.h"
    .text
    .global _sel4_start
    .type _sel4_start, %function
_sel4_start:
    LOAD_GP
    la sp, sel4rt_root_stack_top
    li s0, 0
    li ra, 0
    call __sel4_start_root      /* a0 still holds the bootinfo pointer */
    unimp
    .size _sel4_start, . - _sel4_start

    .bss
    .balign 16
sel4rt_root_stack:
    .space CONFIG_SEL4RUNTIME_ROOT_STACK
sel4rt_root_stack_top:
    .section .note.GNU-stack, "", %progbits
