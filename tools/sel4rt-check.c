/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * sel4rt-check <elf>: read a built seL4 program and say, one verdict per
 * line, whether its start-up will work with sel4rt: who its entry is, its
 * TLS and whether it fits, whether its ELF headers are mapped (the root
 * task finds PT_TLS through them), how libsel4's __sel4_ipc_buffer is
 * reached, and anything that will make start-up fail. Exit status 1 when
 * something will fail, 2 when the file cannot be read as ELF.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../src/sel4rt.h"

#define PT_LOAD_ 1
#define PT_TLS_ 7
#define SHT_SYMTAB 2
#define SHT_RELA 4
#define SHT_REL 9
#define SHF_ALLOC 0x2
#define SHF_TLS 0x400
#define STT_OBJECT 1
#define STT_TLS 6
#define EM_386 3
#define EM_ARM 40
#define EM_X86_64 62
#define EM_AARCH64 183
#define EM_RISCV 243

static unsigned char *img;
static size_t img_size;
static int is64, failures;

/* Little-endian field reads, bounds-checked against the file. */
static uint64_t rd(size_t off, int bytes)
{
    uint64_t v = 0;
    if (off + bytes > img_size) {
        fprintf(stderr, "sel4rt-check: truncated ELF (read at %zu)\n", off);
        exit(2);
    }
    for (int i = bytes - 1; i >= 0; i--) {
        v = (v << 8) | img[off + i];
    }
    return v;
}
#define W(off32, off64) rd(is64 ? (off64) : (off32), is64 ? 8 : 4)

struct phdr {
    uint32_t type;
    uint64_t offset, vaddr, filesz, memsz, align;
};
static struct phdr get_phdr(size_t at)
{
    struct phdr p;
    p.type = (uint32_t)rd(at, 4);
    p.offset = W(at + 4, at + 8);
    p.vaddr = W(at + 8, at + 16);
    p.filesz = is64 ? rd(at + 32, 8) : rd(at + 16, 4);
    p.memsz = is64 ? rd(at + 40, 8) : rd(at + 20, 4);
    p.align = is64 ? rd(at + 48, 8) : rd(at + 28, 4);
    return p;
}

struct shdr {
    uint32_t name, type, link;
    uint64_t flags, addr, offset, size, entsize;
};
static size_t shoff, shentsize, shnum, shstrndx;
static struct shdr get_shdr(size_t i)
{
    size_t at = shoff + i * shentsize;
    struct shdr s;
    s.name = (uint32_t)rd(at, 4);
    s.type = (uint32_t)rd(at + 4, 4);
    s.flags = W(at + 8, at + 8);
    s.addr = W(at + 12, at + 16);
    s.offset = W(at + 16, at + 24);
    s.size = W(at + 20, at + 32);
    s.link = (uint32_t)rd(at + (is64 ? 40 : 24), 4);
    s.entsize = W(at + 36, at + 56);
    return s;
}
static char const *str_at(struct shdr const *strtab, uint64_t off)
{
    if (off >= strtab->size || strtab->offset + strtab->size > img_size) {
        return "";
    }
    char const *s = (char const *)img + strtab->offset + off;
    return memchr(s, 0, strtab->size - off) ? s : "";
}

/* The symbol table: name, value, type, section (0: undefined). */
struct sym {
    char const *name;
    uint64_t value;
    unsigned type;
    unsigned shndx;
};
static struct shdr symtab, symstr;
static size_t nsyms;
static struct sym get_sym(size_t i)
{
    size_t at = symtab.offset + i * symtab.entsize;
    struct sym s;
    s.name = str_at(&symstr, rd(at, 4));
    s.value = is64 ? rd(at + 8, 8) : rd(at + 4, 4);
    s.type = (unsigned)(rd(at + (is64 ? 4 : 12), 1) & 0xf);
    s.shndx = (unsigned)rd(at + (is64 ? 6 : 14), 2);
    return s;
}
static long find_sym(char const *name)
{
    for (size_t i = 1; i < nsyms; i++) {
        if (strcmp(get_sym(i).name, name) == 0) {
            return (long)i;
        }
    }
    return -1;
}

static void verdict(char const *kind, char const *fmt, ...) __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static void verdict(char const *kind, char const *fmt, ...)
{
    va_list ap;
    printf("%-5s ", kind);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    failures += strcmp(kind, "FAIL:") == 0;
}

/* The TLS model a relocation type stands for, or NULL if not a TLS relocation. */
static char const *tls_model(unsigned machine, unsigned type)
{
    switch (machine) {
    case EM_X86_64:
        return type == 23 ? "local-exec" : type == 22 ? "initial-exec" : type == 19 ? "general-dynamic"
             : type == 20 ? "local-dynamic" : type == 34 || type == 35 ? "TLS descriptors" : NULL;
    case EM_386:
        return type == 17 || type == 34 ? "local-exec" : type == 15 || type == 16 || type == 33 ? "initial-exec"
             : type == 18 ? "general-dynamic" : type == 19 ? "local-dynamic" : NULL;
    case EM_AARCH64:
        return type >= 544 && type <= 551 ? "local-exec" : type >= 539 && type <= 543 ? "initial-exec"
             : type >= 512 && type <= 516 ? "general-dynamic" : type >= 517 && type <= 538 ? "local-dynamic"
             : type >= 560 && type <= 570 ? "TLS descriptors" : NULL;
    case EM_ARM:
        return type == 108 ? "local-exec" : type == 107 ? "initial-exec" : type == 104 ? "general-dynamic"
             : type == 105 ? "local-dynamic" : NULL;
    case EM_RISCV:
        return type >= 29 && type <= 32 ? "local-exec" : type == 21 ? "initial-exec"
             : type == 22 ? "general-dynamic" : NULL;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    size_t static_tls = 16384, stack_tls = 32768, root_stack = 16384;
    char const *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--static-tls") && i + 1 < argc) {
            static_tls = strtoul(argv[++i], NULL, 0);
        } else if (!strcmp(argv[i], "--stack-tls") && i + 1 < argc) {
            stack_tls = strtoul(argv[++i], NULL, 0);
        } else if (!strcmp(argv[i], "--root-stack") && i + 1 < argc) {
            root_stack = strtoul(argv[++i], NULL, 0);
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: sel4rt-check [--static-tls N] [--stack-tls N] [--root-stack N] <elf>\n"
                        "  sizes are the build's Sel4RuntimeStaticTLS, Sel4RuntimeStackTLS, Sel4RuntimeRootStack\n");
        return 2;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    img_size = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    img = malloc(img_size ? img_size : 1);
    if (fread(img, 1, img_size, f) != img_size || img_size < 52 || memcmp(img, "\177ELF", 4) != 0) {
        fprintf(stderr, "sel4rt-check: %s is not an ELF file\n", path);
        return 2;
    }
    fclose(f);
    is64 = img[4] == 2;
    if (img[5] != 1) {
        fprintf(stderr, "sel4rt-check: %s is big-endian; seL4's architectures are little-endian\n", path);
        return 2;
    }
    unsigned etype = (unsigned)rd(16, 2), machine = (unsigned)rd(18, 2);
    uint64_t entry = W(24, 24), phoff = W(28, 32);
    shoff = W(32, 40);
    size_t phentsize = rd(is64 ? 54 : 42, 2), phnum = rd(is64 ? 56 : 44, 2);
    shentsize = rd(is64 ? 58 : 46, 2);
    shnum = rd(is64 ? 60 : 48, 2);
    shstrndx = rd(is64 ? 62 : 50, 2);

    char const *arch = machine == EM_X86_64 ? "x86_64" : machine == EM_386 ? "ia32"
                     : machine == EM_AARCH64 ? "aarch64" : machine == EM_ARM ? "aarch32"
                     : machine == EM_RISCV ? (is64 ? "riscv64" : "riscv32") : NULL;
    if (!arch) {
        verdict("FAIL:", "machine %u is not one of seL4's architectures", machine);
        return 1;
    }
    struct sel4rt_tls_abi abi = *sel4rt_abi_named(arch);
    printf("%s: %s %s\n", path, arch, etype == 1 ? "object file" : etype == 2 ? "executable" : "ELF");

    /* Sections: the symbol table, init/fini arrays, relocations. */
    struct shdr shstr = shnum && shstrndx < shnum ? get_shdr(shstrndx) : (struct shdr){0};
    int has_init = 0, has_fini = 0;
    for (size_t i = 0; i < shnum; i++) {
        struct shdr s = get_shdr(i);
        char const *name = str_at(&shstr, s.name);
        has_init |= !strcmp(name, ".init_array") || !strcmp(name, ".preinit_array");
        has_fini |= !strcmp(name, ".fini_array");
        if (s.type == SHT_SYMTAB && s.entsize) {
            symtab = s;
            symstr = get_shdr(s.link);
            nsyms = s.size / s.entsize;
        }
    }

    /* Entry. */
    int root_task = 0;
    if (etype == 2) {
        /* A function symbol at the entry, else any named one (linkers put markers there too). */
        char const *entry_name = NULL;
        for (int want_func = 1; want_func >= 0 && !entry_name; want_func--) {
            for (size_t i = 1; i < nsyms && !entry_name; i++) {
                struct sym s = get_sym(i);
                if (s.value == entry && *s.name && (want_func ? s.type == 2 : s.type == 0)) {
                    entry_name = s.name;
                }
            }
        }
        int ours = find_sym("sel4rt_env") >= 0;
        root_task = entry_name && !strcmp(entry_name, "_sel4_start");
        if (!entry_name) {
            verdict("warn:", "entry point 0x%llx has no symbol (stripped?)", (unsigned long long)entry);
        } else if ((root_task || !strcmp(entry_name, "_start")) && ours) {
            verdict("ok:", "entry %s is sel4rt's (%s)", entry_name, root_task ? "root task" : "process");
        } else if (root_task || !strcmp(entry_name, "_start")) {
            verdict("warn:", "entry %s is not sel4rt's (another runtime's start code?)", entry_name);
        } else {
            verdict("warn:", "entry %s is not sel4rt's _start or _sel4_start", entry_name);
        }
    }

    /* Program headers: PT_TLS, and whether the headers themselves are loaded. */
    int headers_mapped = 0, tls_count = 0;
    struct phdr tls = {0};
    for (size_t i = 0; i < phnum; i++) {
        struct phdr p = get_phdr(phoff + i * phentsize);
        if (p.type == PT_LOAD_ && p.offset == 0 && p.filesz >= phoff + phnum * phentsize) {
            headers_mapped = 1;
        }
        if (p.type == PT_TLS_) {
            tls = p;
            tls_count++;
        }
    }
    if (etype == 2) {
        if (headers_mapped) {
            verdict("ok:", "ELF and program headers are in the first PT_LOAD (the root-task path reads PT_TLS there)");
        } else if (root_task) {
            verdict("FAIL:", "the ELF headers are not in any PT_LOAD, so a root task cannot find its PT_TLS; "
                             "link without -N/-n or a script that drops SIZEOF_HEADERS");
        } else {
            verdict("note:", "the ELF headers are not mapped; fine for a process (its loader passes AT_PHDR), "
                             "not for a root task");
        }
    }
    if (tls_count > 1) {
        verdict("FAIL:", "%d PT_TLS program headers; the runtime accepts one", tls_count);
    } else if (tls_count == 1) {
        size_t align = tls.align ? (size_t)tls.align : 1;
        struct sel4rt_tls_layout l;
        if (sel4rt_tls_layout(&abi, (size_t)tls.memsz, align, &l)) {
            verdict("FAIL:", "PT_TLS size %llu with alignment %llu cannot be laid out",
                    (unsigned long long)tls.memsz, (unsigned long long)tls.align);
        } else {
            /* The static area is 16-byte aligned: more alignment costs the difference. */
            size_t need = l.span + (l.align > 16 ? l.align - 16 : 0);
            size_t lend = root_task ? (root_stack > 4096 ? root_stack - 4096 : 0) : stack_tls;
            printf("info: PT_TLS: %llu bytes (%llu initialised), alignment %zu; one thread needs %zu bytes\n",
                   (unsigned long long)tls.memsz, (unsigned long long)tls.filesz, align, l.region_size);
            /* Defined only when the program was linked with src/tls_area.lds (start.o refers to them weakly). */
            long area = find_sym("__sel4rt_tls_area"), area_end = find_sym("__sel4rt_tls_area_end");
            if (area >= 0 && (area_end < 0 || !get_sym(area).shndx || !get_sym(area_end).shndx)) {
                area = area_end = -1;
            }
            size_t area_size = area >= 0 ? (size_t)(get_sym(area_end).value - get_sym(area).value) : 0;
            if (area >= 0 && l.span <= area_size) {
                verdict("ok:", "the initial thread's TLS (%zu bytes) fits the area the linker sized for it (%zu, "
                               "src/tls_area.lds)", l.span, area_size);
            } else if (area >= 0) {
                verdict("FAIL:", "the linker-sized TLS area (%zu bytes) is smaller than the initial thread's TLS "
                                 "(%zu): was src/tls_area.lds changed?", area_size, l.span);
            } else if (need <= static_tls) {
                verdict("ok:", "the initial thread's TLS (%zu bytes) fits the static area (%zu, Sel4RuntimeStaticTLS)",
                        need, static_tls);
            } else if (l.region_size <= lend) {
                verdict("note:", "the initial thread's TLS (%zu bytes) exceeds the static area (%zu); it will be "
                                 "taken from the %s stack (up to %zu)", need, static_tls,
                        root_task ? "root task's" : "start", lend);
            } else {
                verdict("FAIL:", "the initial thread's TLS needs %zu bytes: more than the static area (%zu) and "
                                 "what the stack may lend (%zu); raise Sel4RuntimeStaticTLS to %zu",
                        l.region_size, static_tls, lend, l.region_size);
            }
        }
    } else {
        verdict("info:", "no PT_TLS: the program has no thread-local data");
    }
    /*
     * seL4's x86 kernel loads a root task itself, PT_TLS like any other
     * header: it zeroes [p_vaddr + p_filesz, p_vaddr + p_memsz) after the
     * rest is loaded. Nothing may lie there (src/tbss_reserve.lds).
     */
    if (tls_count == 1 && root_task && (machine == EM_X86_64 || machine == EM_386) && tls.memsz > tls.filesz) {
        uint64_t lo = tls.vaddr + tls.filesz, hi = tls.vaddr + tls.memsz;
        struct shdr shstr = shnum && shstrndx < shnum ? get_shdr(shstrndx) : (struct shdr){0};
        int clobbered = 0;
        for (size_t i = 0; i < shnum; i++) {
            struct shdr sh = get_shdr(i);
            if ((sh.flags & SHF_ALLOC) && !(sh.flags & SHF_TLS) && sh.size && sh.addr < hi && sh.addr + sh.size > lo
                && strcmp(str_at(&shstr, sh.name), ".bss.rel.ro") != 0) {
                verdict("FAIL:", "the x86 kernel zeroes the root task's .tbss range [0x%llx, 0x%llx) after loading "
                                 "it, and %s lies there; link with src/tbss_reserve.lds",
                        (unsigned long long)lo, (unsigned long long)hi, str_at(&shstr, sh.name));
                clobbered = 1;
            }
        }
        if (!clobbered) {
            verdict("ok:", "nothing lies in the .tbss range the x86 kernel zeroes");
        }
    }

    /* The root task's stack (src/root_stack.S) and the guard page under it. */
    long stack = find_sym("sel4rt_root_stack"), top = find_sym("sel4rt_root_stack_top");
    if (root_task && stack >= 0 && top >= 0) {
        uint64_t lo = get_sym(stack).value, hi = get_sym(top).value;
        printf("info: root stack: %llu bytes at [0x%llx, 0x%llx) (Sel4RuntimeRootStack)\n",
               (unsigned long long)(hi - lo), (unsigned long long)lo, (unsigned long long)hi);
        long guard = find_sym("sel4rt_root_stack_guard");
        if (guard >= 0) {
            uint64_t g = get_sym(guard).value;
            verdict("ok:", "a stack overflow faults in the guard page [0x%llx, 0x%llx), unmapped at start-up",
                    (unsigned long long)g, (unsigned long long)(g + 4096));
        } else {
            verdict("note:", "no guard page under the root stack (Sel4RuntimeRootStackGuard off): an overflow "
                             "overwrites what lies below it");
        }
    }

    /* libsel4's IPC buffer pointer and how it is reached. */
    long ipc = find_sym("__sel4_ipc_buffer");
    if (ipc < 0) {
        verdict("info:", "__sel4_ipc_buffer is not referenced (no libsel4 calls)");
    } else {
        struct sym s = get_sym((size_t)ipc);
        if (s.type == STT_TLS) {
            verdict("ok:", "__sel4_ipc_buffer is thread-local (LibSel4UseThreadLocals=ON)");
        } else {
            verdict("note:", "__sel4_ipc_buffer is an ordinary global (LibSel4UseThreadLocals=OFF): one IPC buffer "
                             "pointer for every thread");
        }
        char models[256] = "";
        for (size_t i = 0; i < shnum; i++) {
            struct shdr r = get_shdr(i);
            if ((r.type != SHT_RELA && r.type != SHT_REL) || !r.entsize || r.link >= shnum) {
                continue;
            }
            for (size_t k = 0; k < r.size / r.entsize; k++) {
                uint64_t info = is64 ? rd(r.offset + k * r.entsize + 8, 8) : rd(r.offset + k * r.entsize + 4, 4);
                uint64_t symi = is64 ? info >> 32 : info >> 8;
                unsigned type = (unsigned)(is64 ? info & 0xffffffff : info & 0xff);
                char const *m = tls_model(machine, type);
                if (symi == (uint64_t)ipc && m && !strstr(models, m) && strlen(models) + strlen(m) + 3 < sizeof(models)) {
                    strcat(strcat(models, *models ? ", " : ""), m);
                }
            }
        }
        if (*models) {
            verdict("info:", "__sel4_ipc_buffer is reached with: %s", models);
        } else if (s.type == STT_TLS) {
            verdict("info:", "__sel4_ipc_buffer: no relocations left (resolved at link time, local-exec)");
        }
    }

    verdict("info:", "constructors: %s; destructors: %s",
            has_init ? ".init_array present" : "none", has_fini ? ".fini_array present" : "none");

    if (find_sym("__emutls_get_address") >= 0) {
        verdict("FAIL:", "uses emulated TLS (__emutls_get_address): the compiler had no native TLS "
                         "(a bare-metal toolchain?); no runtime's TLS set-up can serve it; use a *-linux-* toolchain");
    } else {
        for (size_t i = 1; i < nsyms; i++) {
            if (!strncmp(get_sym(i).name, "__emutls_v.", 11)) {
                verdict("FAIL:", "uses emulated TLS (%s): the compiler had no native TLS; use a *-linux-* toolchain",
                        get_sym(i).name);
                break;
            }
        }
    }
    printf("%s\n", failures ? "verdict: start-up will fail" : "verdict: nothing found that will stop start-up");
    return failures ? 1 : 0;
}
