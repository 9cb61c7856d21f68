/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * The whole runtime under Eva (proof/run): a process started from a System
 * V stack, a root task started from its bootinfo, CAmkES's start, and a
 * replacement __sel4runtime_start_main, each running main, which gives new
 * threads their TLS and IPC buffer, writes a thread's variable, calls the
 * rest of the runtime's API, and exits through a hook, a destructor and a
 * callback. The ports are replaced by the stubs below; the linker's
 * symbols by the objects below (and proof/eva-linker.h).
 */
#include "sel4rt.h"
#include <sel4runtime/start.h>

/*@ requires min <= max;
    assigns \result \from min, max;
    ensures min <= \result <= max;
*/
extern int Frama_C_interval(int min, int max);

/* ---- what the linker and the loader provide ---- */

static unsigned char const tdata[24] __attribute__((aligned(16))) = {1, 2, 3};
/* The ELF header and its program headers, as the linker places them at __ehdr_start. */
static struct {
    Elf_Ehdr ehdr;
    Elf_Phdr phdrs[2];
} const image = {
    .ehdr = {
        .e_ident = {0x7f, 'E', 'L', 'F'},
        .e_phoff = sizeof(Elf_Ehdr), /* as in a real ELF: no padding between the two */
        .e_phentsize = sizeof(Elf_Phdr),
        .e_phnum = 2,
    },
    .phdrs = {
        {.p_type = PT_LOAD},
        {.p_type = PT_TLS, .p_vaddr = (uintptr_t)tdata, .p_filesz = sizeof(tdata), .p_memsz = 200, .p_align = 16},
    },
};
Elf_Ehdr const *sel4rt_eva_ehdr = &image.ehdr;

static int ctor_runs, dtor_runs;
static void ctor(void)
{
    ctor_runs++;
}
/*
 * The hooks below enter sel4runtime_exit again on one branch only: Eva
 * analyses that nested call from exit's contract (it does not return), so
 * the other branch carries the analysis on through the rest of exit.
 */
static void dtor(void)
{
    dtor_runs++;
    if (Frama_C_interval(0, 1)) {
        sel4runtime_exit(3); /* re-entered from a destructor */
    }
}
/* crti.o's and crtn.o's, which the runtime calls when linked. */
void _init(void)
{
    ctor_runs++;
}
void _fini(void)
{
    dtor_runs++;
}
typedef void (*routine)(void);
routine const __preinit_array_start[1] = {ctor};
routine const __init_array_start[1] = {ctor};
routine const __fini_array_start[1] = {dtor};
/* The area the linker script sizes (src/tls_area.lds). */
unsigned char __sel4rt_tls_area[512];
/* Where the linker puts the ends (proof/eva-linker.h names them so). */
routine const (*sel4rt_eva_preinit_array_end)[] = (routine const (*)[])(__preinit_array_start + 1);
routine const (*sel4rt_eva_init_array_end)[] = (routine const (*)[])(__init_array_start + 1);
routine const (*sel4rt_eva_fini_array_end)[] = (routine const (*)[])(__fini_array_start + 1);
unsigned char (*sel4rt_eva_tls_area_end)[] = (unsigned char (*)[])(__sel4rt_tls_area + sizeof(__sel4rt_tls_area));
/* The root task's stack and the guard page under it (src/root_stack.S). */
unsigned char sel4rt_root_stack[CONFIG_SEL4RUNTIME_ROOT_STACK], sel4rt_root_stack_guard[4096];

/* ---- the port ---- */

static uintptr_t eva_tp;
static void *ipc_slot;

void sel4rt_port_write(char const *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        (void)*(char const volatile *)&s[i];
    }
}
void sel4rt_port_set_ipc_buffer(void *ipc_buffer)
{
    ipc_slot = ipc_buffer;
}
void *sel4rt_port_ipc_buffer_slot(void)
{
    return (unsigned char *)sel4rt_tls_block_of(eva_tp);
}
void sel4rt_port_initial_thread_ready(struct sel4rt_env const *env)
{
    (void)env;
}
int sel4rt_port_unmap_image_page(void const *bootinfo, void *page)
{
    (void)bootinfo, (void)page;
    return Frama_C_interval(0, 1) ? 0 : -1; /* 0, or seL4's error for a frame the image does not have */
}
/*@ assigns \nothing; ensures \false; */
_Noreturn void sel4rt_port_exit(int code, struct sel4rt_env const *env);
/*@ assigns \nothing; ensures \false; */
_Noreturn void sel4rt_port_stop_thread(void);

void __sel4runtime_set_tp(sel4runtime_uintptr_t tp)
{
    eva_tp = tp;
}

/* ---- the program ---- */

static unsigned char thread_tls[1024], moved_tls[1024], remote_tls[1024];
static void *thread_ipc;

static int on_pre_exit(int code)
{
    if (Frama_C_interval(0, 1)) {
        sel4runtime_exit(code + 1); /* re-entered from the hook */
    }
    return code + 2;
}
static int exit_cb_runs;
static void on_exit(int code)
{
    exit_cb_runs += code != 0;
}

/* src/nolibc.c's two, as libsel4 calls them; src/ssp.c's; the default system call. */
char *strcpy(char *dst, char const *src);
_Noreturn void __assert_fail(char const *expr, char const *file, int line, char const *function);
_Noreturn void __stack_chk_fail(void);
long __sel4runtime_vsyscall(long sysnum, ...);

int main(int argc, char const *const *argv, char const *const *envp)
{
    (void)envp;
    char name[16];
    if (argc > 0 && argv[0]) {
        (void)strcpy(name, argv[0]);
    }
    if (!sel4rt_abi_named(Frama_C_interval(0, 1) ? "riscv64" : "mips")) {
        __assert_fail("abi", "eva.c", __LINE__, "main");
    }
    /* A thread of another address space, which maps the memory at another address. */
    (void)sel4runtime_setup_thread_tls_at(remote_tls, sizeof(remote_tls), Frama_C_interval(1, 1 << 20) * 8,
                                          &thread_ipc);
    sel4runtime_size_t size = Frama_C_interval(0, sizeof(thread_tls));
    sel4runtime_uintptr_t tp = sel4runtime_setup_thread_tls(thread_tls, size, &thread_ipc);
    if (tp) {
        unsigned char v = 7;
        unsigned char *local = sel4rt_tls_block_of(eva_tp) + Frama_C_interval(0, 300);
        (void)__sel4runtime_write_tls_variable(tp, local, &v, 1);
    }
    /* The rest of the public API a program may call. */
    size_t sum = (size_t)sel4runtime_argc() + (size_t)sel4runtime_argv() + (size_t)sel4runtime_envp() +
                 (size_t)sel4runtime_auxv() + (size_t)sel4runtime_bootinfo() + sel4runtime_get_tls_size() +
                 sel4runtime_get_tls_align() + sel4runtime_get_tp_offset() + (size_t)sel4runtime_initial_tls_enabled();
    (void)sum;
    (void)*sel4runtime_process_name();
    (void)__sel4runtime_vsyscall(Frama_C_interval(0, 500));
    switch (Frama_C_interval(0, 2)) {
    case 0:
        __stack_chk_fail();
    case 1:
        if (sel4runtime_get_tls_size() <= sizeof(moved_tls)) {
            (void)sel4runtime_move_initial_tls(moved_tls);
        }
        break;
    default:
        break;
    }
    sel4runtime_set_pre_exit(on_pre_exit);
    sel4runtime_set_exit(on_exit);
    return argc;
}

/* ---- the four entries ---- */

static char const arg0[] = "/bin/prog", arg1[] = "-v", env0[] = "A=1";
static unsigned char random_bytes[16];
static unsigned char ipc_buffer[512] __attribute__((aligned(512)));

void eva_process(void)
{
    uintptr_t stack[] = {
        2, (uintptr_t)arg0, (uintptr_t)arg1, 0, (uintptr_t)env0, 0,
        AT_PHDR, (uintptr_t)image.phdrs, AT_PHENT, sizeof(Elf_Phdr), AT_PHNUM, 2,
        AT_PAGESZ, 4096, AT_RANDOM, (uintptr_t)random_bytes,
        AT_SEL4_IPC_BUFFER_PTR, (uintptr_t)ipc_buffer, AT_NULL, 0,
    };
    __sel4_start_c(stack);
}

void eva_root(void)
{
    static struct {
        uintptr_t head[4];
        void *ipc_buffer;
    } bootinfo = {.ipc_buffer = ipc_buffer};
    __sel4_start_root(&bootinfo);
}

/*
 * CAmkES's start (libsel4camkes start.c): __sel4runtime_start_main with
 * vectors it makes up: one PT_TLS of its own whose alignment is
 * understated as sizeof(long), AT_PHENT the size of a 32-bit program
 * header whatever the ELF class, and argv[1] a thread number. The runtime
 * then reads the image's own headers (start.c: prefer_own_headers).
 */
void eva_camkes(void)
{
    static Elf_Phdr const made_up = {
        .p_type = PT_TLS, .p_vaddr = (uintptr_t)tdata, .p_filesz = sizeof(tdata), .p_memsz = 200,
        .p_align = sizeof(long),
    };
    static char const *const argv[] = {"camkes", (char const *)3, SEL4RUNTIME_NULL};
    static char const *const envp[] = {"seL4=1", SEL4RUNTIME_NULL};
    static auxv_t const auxv[] = {
        {.a_type = AT_PHENT, .a_un.a_val = 32},
        {.a_type = AT_PHNUM, .a_un.a_val = 1},
        {.a_type = AT_PHDR, .a_un.a_val = (uintptr_t)&made_up},
        {.a_type = AT_SYSINFO, .a_un.a_val = (uintptr_t)sel4_vsyscall},
        {.a_type = AT_SEL4_IPC_BUFFER_PTR, .a_un.a_val = (uintptr_t)ipc_buffer},
        {.a_type = AT_PAGESZ, .a_un.a_val = 0x1000},
        {.a_type = AT_NULL},
    };
    __sel4runtime_start_main(main, 2, argv, envp, auxv);
}

/*
 * A replacement __sel4runtime_start_main, as a program may write one:
 * __sel4runtime_load_env, then main and exit itself (no AT_RANDOM here).
 */
void eva_own_start(void)
{
    static char const *const argv[] = {arg0, SEL4RUNTIME_NULL};
    static char const *const envp[] = {SEL4RUNTIME_NULL};
    static auxv_t const auxv[] = {
        {.a_type = AT_PHDR, .a_un.a_val = (uintptr_t)image.phdrs},
        {.a_type = AT_PHENT, .a_un.a_val = sizeof(Elf_Phdr)},
        {.a_type = AT_PHNUM, .a_un.a_val = 2},
        {.a_type = AT_SEL4_IPC_BUFFER_PTR, .a_un.a_val = (uintptr_t)ipc_buffer},
        {.a_type = AT_NULL},
    };
    __sel4runtime_load_env(1, argv, envp, auxv);
    if (sel4runtime_initial_tls_enabled()) {
        sel4runtime_exit(main(1, argv, envp));
    }
}
