fn main() {
    value_pyramid::app::panic::install();
    // The lists are read from IndexedDB before the page is drawn, so that every view starts
    // from what was kept.
    // So is the language's file, if it is not English: the first page is drawn in the language
    // it was left in, with no English flash before it.
    let language =
        value_pyramid::app::browser::load_language(value_pyramid::app::initial_language());
    wasm_bindgen_futures::spawn_local(async move {
        value_pyramid::app::storage::open().await;
        language.await;
        leptos::mount::mount_to_body(value_pyramid::app::App);
    });
}

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use wasm_bindgen::prelude::wasm_bindgen;

/// The allocator, counting the bytes live and the most live at once: WebAssembly memory only
/// grows, so its size tells the peak but not what is held, nor where the peak was reached; the
/// memory benchmark reads both from here (`heap_live_bytes`, `heap_peak_bytes`).
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is `System`'s own; the counts are only added beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(live, Relaxed);
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The bytes allocated and not yet freed.
#[wasm_bindgen]
pub fn heap_live_bytes() -> usize {
    LIVE.load(Relaxed)
}

/// The most bytes live at once since the page started or since the last call, which starts
/// the next period from what is live now.
#[wasm_bindgen]
pub fn heap_peak_bytes() -> usize {
    PEAK.swap(LIVE.load(Relaxed), Relaxed)
}
