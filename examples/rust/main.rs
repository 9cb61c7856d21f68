// SPDX-FileCopyrightText: 2026 sel4rt contributors
// SPDX-License-Identifier: BSD-2-Clause
//! The classic report, done right: a `no_std`, `no_main` Rust program with
//! `#[thread_local]` statics, started by sel4rt's entry code. sel4rt sets the
//! thread pointer and copies the TLS image before `main`, so the statics
//! just work; the program defines `main` and nothing of the start-up.
//!
//! It uses no more than the public API, so it prints nothing itself: `main`
//! returns 0 when every check holds, else one bit per failed check, and the
//! runtime reports that status (on seL4: `<name>: exit(N)`).
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
    fn sel4runtime_exit(code: i32) -> !;
}

/// The bits of `main`'s status, one per check.
const INITIALISED: i32 = 1;
const ZEROED_BIT: i32 = 2;
const ALIGNED: i32 = 4;
const WRITES: i32 = 8;

#[no_mangle]
pub extern "C" fn main(_argc: i32, _argv: *const *const u8) -> i32 {
    let mut failed = 0;
    unsafe {
        let counter = core::ptr::addr_of_mut!(COUNTER);
        let zeroed = core::ptr::addr_of_mut!(ZEROED);
        if *counter != 0x5e14 {
            failed |= INITIALISED;
        }
        if !(*zeroed).iter().all(|&b| b == 0) {
            failed |= ZEROED_BIT;
        }
        // Volatile, so that the compiler can neither assume the alignment it
        // asked for nor fold the initial bytes: the runtime must provide both.
        let page = core::ptr::addr_of_mut!(PAGE);
        let at = core::ptr::read_volatile(&(page as usize));
        let first = core::ptr::read_volatile(&(*page).0[0]);
        let last = core::ptr::read_volatile(&(*page).0[4095]);
        if at % 4096 != 0 || first != 0x7f || last != 0x7f {
            failed |= ALIGNED;
        }
        // A store keeps the static a variable, not a constant rustc may fold.
        core::ptr::write_volatile(&mut (*page).0[0], 0);
        *counter += 1;
        (*zeroed)[63] = 7;
        // Read back through memory, not from what the compiler just stored.
        if core::ptr::read_volatile(counter) != 0x5e15 || core::ptr::read_volatile(&(*zeroed)[63]) != 7 {
            failed |= WRITES;
        }
    }
    failed
}

#[panic_handler]
fn panic(_info: &PanicInfo) -> ! {
    unsafe { sel4runtime_exit(101) }
}
