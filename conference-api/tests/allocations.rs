//! What the validation benchmark asserts, as a test that runs in CI: checking a valid
//! request read from JSON (every value checked) allocates nothing. A counting global allocator counts this thread's
//! allocations only, so the test harness's other threads cannot disturb the count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use conference_api::{
    CreateConferenceRequest, CreateConferenceRequestBuilder, UpdateConferenceRequestBuilder,
    VideoQuality,
};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

fn count() {
    // `try_with`: the thread-local may already be gone while the thread exits.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: delegates every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: as above; `ptr` was allocated by `System` through this allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `body` made on this thread.
fn allocations_of(body: impl FnOnce()) -> u64 {
    let before = ALLOCATIONS.with(Cell::get);
    body();
    ALLOCATIONS.with(Cell::get) - before
}

/// Builders read from JSON: every value is kept raw, so `validate` runs every check
/// (setters check text when it is set, and `validate` then skips it).
fn builders(
    dark_primary: &str,
) -> (
    CreateConferenceRequestBuilder,
    UpdateConferenceRequestBuilder,
) {
    let create = serde_json::json!({
        "display_name": "Weekly sync ✓",
        "name": "weekly_sync",
        "description": "Every Monday, in the room on the second floor.",
        "join_from": "2026-01-05T09:00:00Z",
        "join_until": "2026-12-28T10:00:00+01:00",
        "quality": "1080p",
        "layout": "10x10",
        "size": "large",
        "record_on_start": true,
        "enable_chat": true,
        "dark_primary": dark_primary,
        "dark_background": "#1D2127",
        "light_primary": "#044ef4",
        "light_negative": "#F42C50",
    });
    let update = serde_json::json!({
        "display_name": "Weekly sync (moved to Tuesday afternoons)",
        "description": "Every Tuesday.",
        "layout": "2x2",
        "dark_primary": "#000000",
    });
    (
        serde_json::from_value(create).expect("a builder reads any JSON object"),
        serde_json::from_value(update).expect("a builder reads any JSON object"),
    )
}

#[test]
fn validating_a_valid_request_allocates_nothing() {
    let (create, update) = builders("#044EF4");
    // The checks run: the same builder with one bad colour is refused.
    let (invalid, _) = builders("#044EF");
    let refused = invalid.validate().expect_err("a bad colour");
    assert_eq!(refused.len(), 1, "{refused}");
    // Warm-up: anything lazily initialised once is not the check's cost.
    create.validate().expect("valid");
    update.validate().expect("valid");

    let create_allocations = allocations_of(|| {
        for _ in 0..100 {
            black_box(black_box(&create).validate()).expect("valid");
        }
    });
    let update_allocations = allocations_of(|| {
        for _ in 0..100 {
            black_box(black_box(&update).validate()).expect("valid");
        }
    });
    assert_eq!(create_allocations, 0, "create's validate() allocated");
    assert_eq!(update_allocations, 0, "update's validate() allocated");

    // The counter counts: an invalid request's errors are allocated.
    assert!(allocations_of(|| drop(black_box(&invalid).validate())) > 0);
}

#[test]
fn setters_copy_short_borrowed_text_without_allocating_and_keep_a_string() {
    let bare = allocations_of(|| drop(black_box(CreateConferenceRequest::builder("Sync"))));
    // Text up to 24 bytes is kept inline; dates are parsed; enums are values.
    let short = allocations_of(|| {
        let builder = CreateConferenceRequest::builder("Weekly sync ✓")
            .name("weekly_sync")
            .description("Every Monday.")
            .join_from("2026-01-05T09:00:00Z")
            .quality(VideoQuality::Quality1080p)
            .dark_primary("#044EF4")
            .light_negative("#F42C50");
        drop(black_box(builder));
    });
    assert_eq!(
        short, bare,
        "short borrowed text was copied through a String"
    );
    // A long `String` is kept as it is: no allocation beyond the one it arrived with.
    let long = "An agenda longer than what is kept inline.".to_owned();
    let given = allocations_of(|| {
        let builder = CreateConferenceRequest::builder("Sync").description(black_box(long));
        drop(black_box(builder));
    });
    assert_eq!(given, bare, "a String's text was copied");
}
