/*
 * SPDX-FileCopyrightText: 2026 sel4rt contributors
 * SPDX-License-Identifier: BSD-2-Clause
 */
/*
 * Ending the program: the pre-exit hook and the destructors once, the exit
 * callback once, then the port's exit, however often and from wherever
 * sel4runtime_exit is entered again (a hook, a destructor, another thread).
 */
#include "sel4rt.h"
#include <sel4runtime/start.h>

static sel4runtime_exit_cb *exit_cb;
static sel4runtime_pre_exit_cb *pre_exit_cb;
static int destructors_started;
static int exit_cb_called;
/* Which thread is ending the program: its thread pointer, or 1 before TLS exists. */
static uintptr_t exiting_thread;

/*
 * How often each stage has run, for the contracts only (proof/run): exit
 * must never run one twice.
 */
//@ ghost int sel4rt_destructor_runs; int sel4rt_exit_cb_runs;

/*@ // Each stage has run at most once, and only after its flag was raised.
  predicate sel4rt_exit_ok =
      0 <= sel4rt_destructor_runs <= destructors_started <= 1
      && 0 <= sel4rt_exit_cb_runs <= exit_cb_called <= 1;
*/

/* The atomic steps (Frama-C reads them sequentially: src/spec.h). */
/*@ requires \valid(flag);
    assigns *flag;
    ensures *flag == 1 && (\result != 0 <==> \old(*flag) == 0);
*/
static inline int first_time(int *flag)
{
    return !__atomic_exchange_n(flag, 1, __ATOMIC_ACQ_REL);
}

/*@ assigns \nothing; ensures \result == pre_exit_cb; */
static inline sel4runtime_pre_exit_cb *current_pre_exit(void)
{
    return __atomic_load_n(&pre_exit_cb, __ATOMIC_ACQUIRE);
}

/*@ assigns \nothing; ensures \result == exit_cb; */
static inline sel4runtime_exit_cb *current_exit_cb(void)
{
    return __atomic_load_n(&exit_cb, __ATOMIC_ACQUIRE);
}

/* Takes the program's exit for thread me; 0 when another thread has it. */
/*@ assigns exiting_thread; */
static inline int claim_exit(uintptr_t me)
{
    uintptr_t owner = 0;
    return __atomic_compare_exchange_n(&exiting_thread, &owner, me, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
           || owner == me;
}

/*
 * The calling thread's identity for exit, never 0: its thread pointer once
 * the program has TLS (so a thread that calls exit needs TLS; on x86 the
 * pointer is read through %fs:0 / %gs:0), 1 before.
 */
/*@ assigns \nothing; */
static inline uintptr_t this_thread(void)
{
    return __atomic_load_n(&sel4rt_initial_tp, __ATOMIC_ACQUIRE) ? sel4runtime_get_tls_base() | 1 : 1;
}

/*
 * The program's own code, which may enter sel4runtime_exit again (or set
 * the hooks) but touches exit's state no other way: the model the proof
 * assumes of hooks, destructors and callbacks.
 */
/*@ requires sel4rt_exit_ok;
    assigns exit_cb, pre_exit_cb, destructors_started, exit_cb_called, exiting_thread,
            sel4rt_destructor_runs, sel4rt_exit_cb_runs;
    ensures sel4rt_exit_ok;
*/
static inline int run_pre_exit(sel4runtime_pre_exit_cb *pre, int code)
{
    return pre(code);
}

/*@ requires sel4rt_exit_ok;
    assigns exit_cb, pre_exit_cb, destructors_started, exit_cb_called, exiting_thread,
            sel4rt_destructor_runs, sel4rt_exit_cb_runs;
    ensures sel4rt_exit_ok;
*/
static inline void run_exit_cb(sel4runtime_exit_cb *cb, int code)
{
    cb(code);
}

/*@ requires sel4rt_exit_ok;
    assigns exit_cb, pre_exit_cb, destructors_started, exit_cb_called, exiting_thread,
            sel4rt_destructor_runs, sel4rt_exit_cb_runs;
    ensures sel4rt_exit_ok;
*/
void __sel4runtime_run_destructors(void);

/*@ assigns \nothing; ensures \false; */
_Noreturn void sel4rt_port_stop_thread(void);
/*@ assigns \nothing; ensures \false; */
_Noreturn void sel4rt_port_exit(int code, struct sel4rt_env const *env);

/*@ assigns exit_cb; ensures \result == \old(exit_cb) && exit_cb == cb; */
sel4runtime_exit_cb *sel4runtime_set_exit(sel4runtime_exit_cb *cb)
{
    return __atomic_exchange_n(&exit_cb, cb, __ATOMIC_ACQ_REL);
}

/*@ assigns pre_exit_cb; ensures \result == \old(pre_exit_cb) && pre_exit_cb == cb; */
sel4runtime_pre_exit_cb *sel4runtime_set_pre_exit(sel4runtime_pre_exit_cb *cb)
{
    return __atomic_exchange_n(&pre_exit_cb, cb, __ATOMIC_ACQ_REL);
}

/*@ requires sel4rt_exit_ok;
    assigns exit_cb, pre_exit_cb, destructors_started, exit_cb_called, exiting_thread,
            sel4rt_destructor_runs, sel4rt_exit_cb_runs;
    ensures \false;
*/
void sel4runtime_exit(int code)
{
    if (!claim_exit(this_thread())) {
        /* Another thread is already ending the program and will finish it: stop this one. */
        sel4rt_port_stop_thread();
    }
    /* Each stage runs once, so exit called again from a hook or destructor moves on. */
    if (first_time(&destructors_started)) {
        //@ ghost sel4rt_destructor_runs++;
        //@ assert once: sel4rt_destructor_runs == 1;
        sel4runtime_pre_exit_cb *pre = current_pre_exit();
        if (pre) {
            code = run_pre_exit(pre, code);
        }
        __sel4runtime_run_destructors();
#ifdef CONFIG_SEL4RUNTIME_STACK_REPORT
        if ((uintptr_t)sel4rt_report_stack) { /* a weak symbol: compared as an address */
            sel4rt_report_stack();
        }
#endif
    }
    sel4runtime_exit_cb *cb = current_exit_cb();
    if (cb && first_time(&exit_cb_called)) {
        //@ ghost sel4rt_exit_cb_runs++;
        //@ assert once: sel4rt_exit_cb_runs == 1;
        run_exit_cb(cb, code);
    }
    sel4rt_port_exit(code, &sel4rt_env);
}
