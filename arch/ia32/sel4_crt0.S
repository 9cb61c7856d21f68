/* Root-task entry: the kernel leaves the bootinfo pointer in %ebx and no stack. */
#include <sel4runtime/gen_config.h>
    .text
    .global _sel4_start
    .type _sel4_start, %function
_sel4_start:
    lea sel4rt_root_stack_top, %esp
    xor %ebp, %ebp
    sub $12, %esp
    push %ebx
    call __sel4_start_root
    hlt
    .size _sel4_start, . - _sel4_start

    .bss
    .balign 16
sel4rt_root_stack:
    .space CONFIG_SEL4RUNTIME_ROOT_STACK
sel4rt_root_stack_top:
    .section .note.GNU-stack, "", %progbits
