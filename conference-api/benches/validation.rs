//! Issue 3: the generated validation against a hand-written baseline, in one run.
//!
//! `cargo bench -p conference-api --bench validation`
//!
//! A fully populated request (all 21 fields) and an invalid one (5 broken rules) are
//! checked by `CreateConferenceRequestBuilder::validate` (on builders read from JSON, which
//! hold every value raw: a builder's setters check text at once, so `validate()` on a
//! builder made with setters only looks for bad values; that is timed too) and by a
//! hand-written baseline
//! that does the same checks on the same strings with the `regex` crate (patterns
//! compiled once, lazily, in `LazyLock`s) and `chars().count()`. Both check the two
//! date-times with `conference_api::DateTime::check`, so that cost is the same on both
//! sides; it is also timed alone and the ratio without it is printed.
//!
//! The variants alternate inside every round (machines are noisy): each round times a
//! batch of calls of each variant in turn, the order rotating from round to round, and
//! the figures are the medians over the rounds.
//!
//! Issue 12 adds, against the same baseline in the same run: parsing a request's JSON and
//! validating it (`serde_json::from_str::<CreateConferenceRequest>` against
//! `serde_json::from_str` of a hand-written `#[derive(Deserialize)]` struct followed by the
//! baseline's checks), and rejecting an invalid request with every violation
//! (`conference_api::from_json_str`, violations kept as data, against the same baseline;
//! also through `serde_json::from_str`, whose error type holds text, so every message is
//! worded there).
//!
//! Building a request from values at hand and encoding it (builder, `build`,
//! `serde_json::to_vec`) is timed against the baseline's checks and encoding of a struct
//! that borrows the same values, as the client bench's hand-written request does: neither
//! side copies text before the work measured.
//!
//! Two more variants show how low any reader built on `serde_json` can go on the invalid
//! request, in the same run: `serde_json`'s tokenizing alone (`IgnoredAny`), and
//! `#[derive(Deserialize)]` into a struct of the same 21 fields borrowing `&str` (nothing
//! checked, copied or reported).
//!
//! A counting global allocator proves that `validate()` allocates nothing on a valid
//! request: the bench fails otherwise.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use conference_api::{
    ConferenceSize, CreateConferenceRequest, CreateConferenceRequestBuilder, DateTime, VideoLayout,
    VideoQuality,
};
use regex::Regex;
use serde::{Deserialize, Serialize};

/// Counts every allocation (and reallocation) of the process.
struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

// SAFETY: delegates every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
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

fn allocations() -> u64 {
    ALLOCATIONS.load(Ordering::Relaxed)
}

// ---------------------------------------------------------------------------------------
// The requests.

/// The values of one request, as strings (the enums by their wire names).
struct Values {
    name: &'static str,
    display_name: String,
    description: &'static str,
    join_from: &'static str,
    join_until: &'static str,
    colors: [&'static str; 10],
}

const COLOR_FIELDS: [&str; 10] = [
    "dark_primary",
    "dark_background",
    "dark_foreground",
    "dark_success",
    "dark_negative",
    "light_primary",
    "light_background",
    "light_foreground",
    "light_success",
    "light_negative",
];

fn valid_values() -> Values {
    Values {
        name: "weekly_sync-2022",
        display_name: "Weekly sync: product & engineering ✓".to_owned(),
        description: "The weekly meeting of the product and engineering teams; agenda in the doc.",
        join_from: "2022-01-01T09:00:00Z",
        join_until: "2022-01-01T23:59:60Z",
        colors: [
            "#044EF4", "#FFFFFF", "#1D2127", "#17BB58", "#F42C50", "#044ef4", "#ffffff", "#1d2127",
            "#17bb58", "#f42c50",
        ],
    }
}

/// Five broken rules: a pattern, a length, a date, two colours.
fn invalid_values() -> Values {
    let mut values = valid_values();
    values.name = "bad name";
    values.display_name = "x".repeat(201);
    values.join_from = "2022-02-30";
    values.colors[0] = "#12345G";
    values.colors[9] = "044EF4";
    values
}

fn builder(values: &Values) -> CreateConferenceRequestBuilder {
    let [dp, db, df, ds, dn, lp, lb, lf, ls, ln] = values.colors;
    CreateConferenceRequest::builder(values.display_name.as_str())
        .name(values.name)
        .description(values.description)
        .join_from(values.join_from)
        .join_until(values.join_until)
        .quality(VideoQuality::Quality1080p)
        .layout(VideoLayout::Layout10x10)
        .size(ConferenceSize::Large)
        .record_on_start(true)
        .enable_room_previews(false)
        .enable_chat(true)
        .dark_primary(dp)
        .dark_background(db)
        .dark_foreground(df)
        .dark_success(ds)
        .dark_negative(dn)
        .light_primary(lp)
        .light_background(lb)
        .light_foreground(lf)
        .light_success(ls)
        .light_negative(ln)
}

// ---------------------------------------------------------------------------------------
// The hand-written baseline.

/// The same request as a hand-written program would hold it: its text owned when read
/// from JSON (`String`), borrowed when built from values at hand (`&str`).
struct HandRequest<S = String> {
    name: Option<S>,
    display_name: S,
    description: Option<S>,
    join_from: Option<S>,
    join_until: Option<S>,
    quality: Option<S>,
    layout: Option<S>,
    size: Option<S>,
    record_on_start: Option<bool>,
    enable_room_previews: Option<bool>,
    enable_chat: Option<bool>,
    colors: [Option<S>; 10],
}

/// The values borrowed, as the client bench's hand-written request holds them: building
/// it copies no text, so the build-and-encode baseline does only the checks and the
/// encoding.
fn hand_request(values: &Values) -> HandRequest<&str> {
    HandRequest {
        name: Some(values.name),
        display_name: &values.display_name,
        description: Some(values.description),
        join_from: Some(values.join_from),
        join_until: Some(values.join_until),
        quality: Some("1080p"),
        layout: Some("10x10"),
        size: Some("large"),
        record_on_start: Some(true),
        enable_room_previews: Some(false),
        enable_chat: Some(true),
        colors: values.colors.map(Some),
    }
}

/// The request as a hand-written program would read it from JSON: `HandJson<String>`.
/// `HandJson<&str>` is the same object read with nothing checked, copied or reported:
/// the floor of any reader built on `serde_json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HandJson<S> {
    name: Option<S>,
    display_name: S,
    description: Option<S>,
    join_from: Option<S>,
    join_until: Option<S>,
    quality: Option<S>,
    layout: Option<S>,
    size: Option<S>,
    record_on_start: Option<bool>,
    enable_room_previews: Option<bool>,
    enable_chat: Option<bool>,
    dark_primary: Option<S>,
    dark_background: Option<S>,
    dark_foreground: Option<S>,
    dark_success: Option<S>,
    dark_negative: Option<S>,
    light_primary: Option<S>,
    light_background: Option<S>,
    light_foreground: Option<S>,
    light_success: Option<S>,
    light_negative: Option<S>,
}

/// The baseline's parse and validate: serde's derive, then the same checks.
fn baseline_parse(json: &str) -> Result<HandRequest, Vec<(&'static str, &'static str)>> {
    let Ok(parsed) = serde_json::from_str::<HandJson<String>>(json) else {
        return Err(vec![("", "json")]);
    };
    let request = HandRequest {
        name: parsed.name,
        display_name: parsed.display_name,
        description: parsed.description,
        join_from: parsed.join_from,
        join_until: parsed.join_until,
        quality: parsed.quality,
        layout: parsed.layout,
        size: parsed.size,
        record_on_start: parsed.record_on_start,
        enable_room_previews: parsed.enable_room_previews,
        enable_chat: parsed.enable_chat,
        colors: [
            parsed.dark_primary,
            parsed.dark_background,
            parsed.dark_foreground,
            parsed.dark_success,
            parsed.dark_negative,
            parsed.light_primary,
            parsed.light_background,
            parsed.light_foreground,
            parsed.light_success,
            parsed.light_negative,
        ],
    };
    baseline_validate(&request).map(|()| request)
}

/// The request's JSON, every field set.
fn request_json(values: &Values) -> String {
    let mut object = serde_json::json!({
        "name": values.name,
        "display_name": values.display_name,
        "description": values.description,
        "join_from": values.join_from,
        "join_until": values.join_until,
        "quality": "1080p",
        "layout": "10x10",
        "size": "large",
        "record_on_start": true,
        "enable_room_previews": false,
        "enable_chat": true,
    });
    for (field, color) in COLOR_FIELDS.iter().zip(values.colors) {
        object[*field] = serde_json::Value::from(color);
    }
    object.to_string()
}

static NAME_PATTERN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("^[A-Za-z0-9_-]+$").expect("a valid regex"));
static COLOR_PATTERN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("^#[0-9a-fA-F]{6}$").expect("a valid regex"));

/// The same checks as `validate()`: every broken rule as (field, rule), in field order.
fn baseline_validate<S: AsRef<str>>(
    request: &HandRequest<S>,
) -> Result<(), Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    if let Some(name) = &request.name {
        let name = name.as_ref();
        if name.chars().count() > 100 {
            errors.push(("name", "maxLength"));
        } else if !NAME_PATTERN.is_match(name) {
            errors.push(("name", "pattern"));
        }
    }
    if request.display_name.as_ref().chars().count() > 200 {
        errors.push(("display_name", "maxLength"));
    }
    if let Some(description) = &request.description
        && description.as_ref().chars().count() > 3000
    {
        errors.push(("description", "maxLength"));
    }
    for (field, value) in [
        ("join_from", &request.join_from),
        ("join_until", &request.join_until),
    ] {
        if let Some(value) = value
            && DateTime::check(value.as_ref()).is_err()
        {
            errors.push((field, "format"));
        }
    }
    if let Some(quality) = &request.quality
        && !matches!(quality.as_ref(), "720p" | "1080p")
    {
        errors.push(("quality", "enum"));
    }
    if let Some(layout) = &request.layout
        && !matches!(
            layout.as_ref(),
            "grid-responsive"
                | "grid-responsive-mobile"
                | "highlight-1-responsive"
                | "1x1"
                | "2x1"
                | "2x2"
                | "5up"
                | "3x3"
                | "4x4"
                | "5x5"
                | "6x6"
                | "8x8"
                | "10x10"
        )
    {
        errors.push(("layout", "enum"));
    }
    if let Some(size) = &request.size
        && !matches!(size.as_ref(), "small" | "medium" | "large")
    {
        errors.push(("size", "enum"));
    }
    // Booleans are typed: nothing to check.
    let _ = (
        request.record_on_start,
        request.enable_room_previews,
        request.enable_chat,
    );
    for (field, color) in COLOR_FIELDS.iter().zip(&request.colors) {
        if let Some(color) = color
            && !COLOR_PATTERN.is_match(color.as_ref())
        {
            errors.push((field, "pattern"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The baseline's request body: a hand-written `#[derive(Serialize)]` view of it.
#[derive(Serialize)]
struct HandBody<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    display_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    join_from: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    join_until: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quality: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    layout: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    record_on_start: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_room_previews: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_chat: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dark_primary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dark_background: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dark_foreground: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dark_success: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dark_negative: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    light_primary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    light_background: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    light_foreground: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    light_success: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    light_negative: Option<&'a str>,
}

/// The baseline's request as JSON.
fn encode_hand<S: AsRef<str>>(request: &HandRequest<S>) -> Vec<u8> {
    let [
        dark_primary,
        dark_background,
        dark_foreground,
        dark_success,
        dark_negative,
        light_primary,
        light_background,
        light_foreground,
        light_success,
        light_negative,
    ] = &request.colors;
    let body = HandBody {
        display_name: request.display_name.as_ref(),
        name: request.name.as_ref().map(AsRef::as_ref),
        description: request.description.as_ref().map(AsRef::as_ref),
        join_from: request.join_from.as_ref().map(AsRef::as_ref),
        join_until: request.join_until.as_ref().map(AsRef::as_ref),
        quality: request.quality.as_ref().map(AsRef::as_ref),
        layout: request.layout.as_ref().map(AsRef::as_ref),
        size: request.size.as_ref().map(AsRef::as_ref),
        record_on_start: request.record_on_start,
        enable_room_previews: request.enable_room_previews,
        enable_chat: request.enable_chat,
        dark_primary: dark_primary.as_ref().map(AsRef::as_ref),
        dark_background: dark_background.as_ref().map(AsRef::as_ref),
        dark_foreground: dark_foreground.as_ref().map(AsRef::as_ref),
        dark_success: dark_success.as_ref().map(AsRef::as_ref),
        dark_negative: dark_negative.as_ref().map(AsRef::as_ref),
        light_primary: light_primary.as_ref().map(AsRef::as_ref),
        light_background: light_background.as_ref().map(AsRef::as_ref),
        light_foreground: light_foreground.as_ref().map(AsRef::as_ref),
        light_success: light_success.as_ref().map(AsRef::as_ref),
        light_negative: light_negative.as_ref().map(AsRef::as_ref),
    };
    serde_json::to_vec(&body).unwrap_or_default()
}

/// A hand-written byte loop for one colour, the "about 3 ns" of the issue.
fn byte_loop_color(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 7 && bytes[0] == b'#' && bytes[1..].iter().all(u8::is_ascii_hexdigit)
}

// ---------------------------------------------------------------------------------------
// Measuring.

fn main() {
    let quick = common::quick_mode();
    let (rounds, batch) = if quick { (20, 100) } else { (3000, 400) };

    // Builders read from JSON hold raw values, which `validate()` checks one by one.
    let valid: CreateConferenceRequestBuilder =
        serde_json::from_str(&request_json(&valid_values())).expect("a builder reads JSON");
    let invalid: CreateConferenceRequestBuilder =
        serde_json::from_str(&request_json(&invalid_values())).expect("a builder reads JSON");
    let typed_valid = builder(&valid_values());
    assert_eq!(typed_valid.clone().build(), valid.clone().build());
    let (valid_held, invalid_held) = (valid_values(), invalid_values());
    let hand_valid = hand_request(&valid_held);
    let hand_invalid = hand_request(&invalid_held);

    // Both sides agree, and warm up (the regexes compile here).
    valid.validate().expect("the valid request is valid");
    baseline_validate(&hand_valid).expect("the baseline agrees on the valid request");
    let generated_errors: Vec<(String, String)> = invalid
        .validate()
        .expect_err("the invalid request is invalid")
        .iter()
        .map(|e| (e.field().to_owned(), rule_name(e.rule()).to_owned()))
        .collect();
    let baseline_errors: Vec<(String, String)> = baseline_validate(&hand_invalid)
        .expect_err("the baseline agrees on the invalid request")
        .into_iter()
        .map(|(f, r)| (f.to_owned(), r.to_owned()))
        .collect();
    let mut sorted_generated = generated_errors.clone();
    sorted_generated.sort();
    let mut sorted_baseline = baseline_errors;
    sorted_baseline.sort();
    assert_eq!(
        sorted_generated, sorted_baseline,
        "both sides find the same broken rules"
    );
    assert!(valid.clone().build().is_ok());

    // Parsing: both sides accept the valid JSON and find the same broken rules in the
    // invalid one.
    let valid_json = request_json(&valid_values());
    let invalid_json = request_json(&invalid_values());
    let parsed: CreateConferenceRequest =
        serde_json::from_str(&valid_json).expect("the valid JSON parses");
    assert_eq!(parsed, valid.clone().build().expect("valid"));
    baseline_parse(&valid_json).expect("the baseline parses the valid JSON");
    let mut parse_errors: Vec<(String, String)> =
        conference_api::from_json_str::<CreateConferenceRequest>(&invalid_json)
            .expect_err("the invalid JSON is refused")
            .iter()
            .map(|e| (e.field().to_owned(), rule_name(e.rule()).to_owned()))
            .collect();
    parse_errors.sort();
    let mut baseline_parse_errors: Vec<(String, String)> = baseline_parse(&invalid_json)
        .err()
        .expect("the baseline refuses the invalid JSON")
        .into_iter()
        .map(|(f, r)| (f.to_owned(), r.to_owned()))
        .collect();
    baseline_parse_errors.sort();
    assert_eq!(
        parse_errors, baseline_parse_errors,
        "both sides find the same broken rules in the JSON"
    );
    assert_eq!(parse_errors, sorted_generated);
    // The floor reads the same text whole (a failed read would time an early exit).
    serde_json::from_str::<HandJson<&str>>(&invalid_json).expect("serde's derive reads it");

    // No allocation on a valid request, first on its own...
    let before = allocations();
    for _ in 0..100_000 {
        black_box(black_box(&valid).validate()).expect("valid");
    }
    let standalone_allocations = allocations() - before;
    // ...then during the timed batches below.
    let mut timed_allocations = 0u64;

    let mut generated_valid = || {
        black_box(black_box(&valid).validate().is_ok());
    };
    let mut baseline_valid = || {
        black_box(baseline_validate(black_box(&hand_valid)).is_ok());
    };
    let mut generated_invalid = || {
        black_box(black_box(&invalid).validate().is_err());
    };
    let mut baseline_invalid = || {
        black_box(baseline_validate(black_box(&hand_invalid)).is_err());
    };
    let dates = [valid_values().join_from, valid_values().join_until];
    let mut date_times = || {
        for date in black_box(&dates) {
            black_box(DateTime::check(date).is_ok());
        }
    };
    let color = "#1D2127";
    let mut generated_color = || {
        black_box(conference_api::Color::broken_rule(black_box(color)).is_none());
    };
    let mut regex_color = || {
        black_box(COLOR_PATTERN.is_match(black_box(color)));
    };
    let mut loop_color = || {
        black_box(byte_loop_color(black_box(color)));
    };
    // Where the generated time goes: the ten colours, and the name.
    let colors = valid_values().colors;
    let mut generated_ten_colors = || {
        for color in black_box(&colors) {
            black_box(conference_api::Color::broken_rule(color).is_none());
        }
    };
    let name = valid_values().name;
    let mut generated_name = || {
        black_box(conference_api::Name::broken_rule(black_box(name)).is_none());
    };
    let mut mark = 0;
    let started = Instant::now();
    let medians = common::measure(
        rounds,
        batch,
        &mut [
            &mut generated_valid,
            &mut baseline_valid,
            &mut generated_invalid,
            &mut baseline_invalid,
            &mut date_times,
            &mut generated_color,
            &mut regex_color,
            &mut loop_color,
            &mut generated_ten_colors,
            &mut generated_name,
        ],
        |variant, before| {
            // Allocations during the timed batches of the valid `validate()`.
            if variant == 0 {
                if before {
                    mark = allocations();
                } else {
                    timed_allocations += allocations() - mark;
                }
            }
        },
    );
    let wall = started.elapsed();
    let [gv, bv, gi, bi, dt, gc, rc, lc, g10, gn] = medians[..] else {
        unreachable!()
    };

    // Parsing, and building from a builder, against the baseline, in their own rounds.
    let mut generated_parse = || {
        let parsed = serde_json::from_str::<CreateConferenceRequest>(black_box(&valid_json));
        black_box(parsed.is_ok());
    };
    let mut baseline_parse_valid = || {
        black_box(baseline_parse(black_box(&valid_json)).is_ok());
    };
    let mut generated_reject = || {
        let parsed =
            conference_api::from_json_str::<CreateConferenceRequest>(black_box(&invalid_json));
        black_box(parsed.is_err());
    };
    let mut generated_reject_serde = || {
        let parsed = serde_json::from_str::<CreateConferenceRequest>(black_box(&invalid_json));
        black_box(parsed.is_err());
    };
    let mut baseline_reject = || {
        black_box(baseline_parse(black_box(&invalid_json)).is_err());
    };
    let mut tokenize_only = || {
        let read = serde_json::from_str::<serde::de::IgnoredAny>(black_box(&invalid_json));
        black_box(read.is_ok());
    };
    let mut derive_borrowed = || {
        let read = serde_json::from_str::<HandJson<&str>>(black_box(&invalid_json));
        black_box(read.is_ok());
    };
    let values = valid_values();
    let mut generated_typed_validate = || {
        black_box(black_box(&typed_valid).validate().is_ok());
    };
    let mut generated_build = || {
        let request = builder(black_box(&values)).build().expect("valid");
        black_box(serde_json::to_vec(&request).expect("encodes"));
    };
    let mut baseline_build = || {
        let request = hand_request(black_box(&values));
        baseline_validate(&request).expect("valid");
        black_box(encode_hand(&request));
    };
    let started = Instant::now();
    let parse_medians = common::measure(
        rounds,
        batch / 4,
        &mut [
            &mut generated_parse,
            &mut baseline_parse_valid,
            &mut generated_reject,
            &mut generated_reject_serde,
            &mut baseline_reject,
            &mut generated_build,
            &mut baseline_build,
            &mut generated_typed_validate,
            &mut tokenize_only,
            &mut derive_borrowed,
        ],
        |_, _| {},
    );
    let parse_wall = started.elapsed();
    let [gp, bp, gr, grs, br, gb, bb, gtv, tok, der] = parse_medians[..] else {
        unreachable!()
    };

    println!(
        "validation: {rounds} rounds x {batch} calls per variant, alternating; medians (ns per call)"
    );
    println!(
        "  valid request (21 fields)   generated validate() {gv:>9.1} ns   baseline (regex) {bv:>9.1} ns   ratio {:.3}",
        gv / bv
    );
    println!(
        "  invalid request (5 broken)  generated validate() {gi:>9.1} ns   baseline (regex) {bi:>9.1} ns   ratio {:.3}",
        gi / bi
    );
    println!("  2 x DateTime::check (in both sides above)        {dt:>9.1} ns");
    println!(
        "  valid request without the date-times: generated {:.1} ns, baseline {:.1} ns, ratio {:.3}",
        gv - dt,
        bv - dt,
        (gv - dt) / (bv - dt)
    );
    println!(
        "  one colour: Color::broken_rule {gc:.1} ns, regex {rc:.1} ns, hand-written byte loop {lc:.1} ns"
    );
    println!(
        "  generated, by part: 10 colours {g10:.1} ns, name ({} bytes) {gn:.1} ns, 2 date-times {dt:.1} ns, the rest {:.1} ns",
        name.len(),
        gv - g10 - gn - dt
    );
    println!(
        "  target (generated <= 0.25 x baseline on the valid request): {}",
        if gv <= 0.25 * bv { "met" } else { "NOT met" }
    );
    println!(
        "  allocations in valid validate(): {standalone_allocations} in 100000 calls, {timed_allocations} in {} timed calls",
        rounds as u64 * u64::from(batch)
    );
    println!("  ({:.1} s)", wall.as_secs_f64());
    println!(
        "parsing JSON ({} and {} bytes): {rounds} rounds x {} calls per variant, alternating; medians (ns per call)",
        valid_json.len(),
        invalid_json.len(),
        batch / 4
    );
    println!(
        "  parse + validate a valid request   generated {gp:>9.1} ns   baseline (serde derive + regex) {bp:>9.1} ns   ratio {:.3} (goal <= 0.8)",
        gp / bp
    );
    println!(
        "  reject an invalid one (5 broken)   generated {gr:>9.1} ns   baseline {br:>9.1} ns   ratio {:.3} (goal <= 0.5)",
        gr / br
    );
    println!(
        "    the same through serde_json::from_str (its error holds the worded text) {grs:.1} ns, ratio {:.3}",
        grs / br
    );
    println!(
        "    serde_json's floor on the same text: tokenizing alone (IgnoredAny) {tok:.1} ns, ratio {:.3}; derive into 21 borrowed &str fields, nothing checked {der:.1} ns, ratio {:.3}",
        tok / br,
        der / br
    );
    println!(
        "  builder: build + encode            generated {gb:>9.1} ns   baseline (hand struct + checks + to_vec) {bb:>9.1} ns   ratio {:.3}",
        gb / bb
    );
    println!("  validate() of a builder made with setters (which checked the text): {gtv:.1} ns");
    println!("  ({:.1} s)", parse_wall.as_secs_f64());
    assert_eq!(
        standalone_allocations, 0,
        "validate() allocated on a valid request"
    );
    assert_eq!(
        timed_allocations, 0,
        "validate() allocated on a valid request"
    );
}

fn rule_name(rule: conference_api::Rule) -> &'static str {
    use conference_api::Rule;
    match rule {
        Rule::MaxLength(_) => "maxLength",
        Rule::MinLength(_) => "minLength",
        Rule::Pattern(_) => "pattern",
        Rule::Enum(_) => "enum",
        Rule::Format(_) => "format",
        Rule::Required => "required",
        _ => "other",
    }
}
