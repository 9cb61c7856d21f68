// SPDX-FileCopyrightText: 2026 sel4rt contributors
// SPDX-License-Identifier: BSD-2-Clause
//! The classic report, done right: a `no_std`, `no_main` Rust program with
//! `#[thread_local]` statics, started by sel4rt's entry code. sel4rt sets the
//! thread pointer and copies the TLS image before `main`, so the statics
//! just work; the program defines `main` and nothing of the start-up.
#![no_std]
#![no_main]
#![feature(thread_local)]

use core::panic::PanicInfo;

#[thread_local]
static mut COUNTER: u64 = 0x5e14;
#[thread_local]
static mut ZEROED: [u8; 64] = [0; 64];

/// A page-aligned, initialised `#[thread_local]`: the alignment a runtime
/// that lays TLS out at a fixed offset gets wrong.
#[repr(C, align(4096))]
struct Page([u8; 4096]);
#[thread_local]
static mut PAGE: Page = Page([0x7f; 4096]);

extern "C" {
    fn sel4rt_print(fmt: *const u8, ...);
    fn sel4runtime_process_name() -> *const u8;
    fn sel4runtime_exit(code: i32) -> !;
}

fn check(ok: bool, what: &[u8]) -> bool {
    unsafe {
        sel4rt_print(
            b"%s: %s\n\0".as_ptr(),
            if ok { b"ok\0".as_ptr() } else { b"FAILED\0".as_ptr() },
            what.as_ptr(),
        )
    };
    ok
}

#[no_mangle]
pub extern "C" fn main(_argc: i32, _argv: *const *const u8) -> i32 {
    let mut ok = true;
    unsafe {
        let counter = core::ptr::addr_of_mut!(COUNTER);
        let zeroed = core::ptr::addr_of_mut!(ZEROED);
        ok &= check(*counter == 0x5e14, b"initialised #[thread_local] static\0");
        ok &= check((*zeroed).iter().all(|&b| b == 0), b"zeroed #[thread_local] static\0");
        // Volatile, so that the compiler can neither assume the alignment it
        // asked for nor fold the initial bytes: the runtime must provide both.
        let page = core::ptr::addr_of_mut!(PAGE);
        let at = core::ptr::read_volatile(&(page as usize));
        let first = core::ptr::read_volatile(&(*page).0[0]);
        let last = core::ptr::read_volatile(&(*page).0[4095]);
        ok &= check(at % 4096 == 0 && first == 0x7f && last == 0x7f, b"4 KiB-aligned #[thread_local] static\0");
        core::ptr::write_volatile(&mut (*page).0[0], 0);
        *counter += 1;
        (*zeroed)[63] = 7;
        ok &= check(*counter == 0x5e15 && (*zeroed)[63] == 7, b"writes land in this thread's TLS\0");
        sel4rt_print(b"%s: done\n\0".as_ptr(), sel4runtime_process_name());
    }
    if ok { 0 } else { 1 }
}

#[panic_handler]
fn panic(_info: &PanicInfo) -> ! {
    unsafe { sel4runtime_exit(101) }
}
