/*
 * A process started with argc 0 and argv[0] NULL, and no AT_PHDR (the
 * runtime must then find its program headers through __ehdr_start).
 */
#include "harness.h"

static unsigned char ipc_buffer[1024] __attribute__((aligned(1024)));
static char const env0[] = "A=1";
/* The start block sits at the top; the runtime's frames grow down below it. */
static uintptr_t stack[4096] __attribute__((aligned(16)));

__thread int tls_value = 77;

uintptr_t test_setup(uintptr_t *real_sp)
{
    (void)real_sp;
    uintptr_t *top = stack + 4096 - 16;
    uintptr_t *s = top;
    *s++ = 0;                /* argc */
    *s++ = 0;                /* argv terminator */
    *s++ = (uintptr_t)env0;  /* envp */
    *s++ = 0;
    *s++ = AT_PAGESZ;
    *s++ = 4096;
    *s++ = AT_SEL4_IPC_BUFFER_PTR;
    *s++ = (uintptr_t)ipc_buffer;
    *s++ = AT_NULL;
    *s++ = 0;
    test_entry = _start;
    return (uintptr_t)top;
}

int main(int argc, char const *const *argv, char const *const *envp)
{
    CHECK_EQ(argc, 0);
    CHECK(argv[0] == 0);
    CHECK(streq(sel4runtime_process_name(), ""));
    CHECK(streq(envp[0], "A=1"));
    CHECK(envp[1] == 0);
    CHECK(__sel4_ipc_buffer == ipc_buffer);
    CHECK_EQ(tls_value, 77);
    return report("argc0");
}
