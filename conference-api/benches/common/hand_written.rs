//! What the client benchmarks share: their hand-written baselines' `reqwest::Client`
//! and conference type, and timing variants for a time budget (not in `common`, which
//! `conference-tests`' benchmark shares and which has neither reqwest nor serde).

use std::time::{Duration, Instant};

use serde::Deserialize;

/// Times `N` variants alternately until `budget` has passed, and for at least 3 rounds:
/// each round runs one batch of every variant in turn, the order rotating from round to
/// round. `batch(variant)` runs one batch and says how long it took and how many calls
/// it made. Returns the number of rounds and each variant's median ns per call.
pub fn alternate<const N: usize>(
    budget: Duration,
    mut batch: impl FnMut(usize) -> (Duration, u32),
) -> (usize, [f64; N]) {
    let mut samples: [Vec<f64>; N] = std::array::from_fn(|_| Vec::new());
    let started = Instant::now();
    let mut round = 0;
    while started.elapsed() < budget || round < 3 {
        for k in 0..N {
            let variant = (round + k) % N;
            let (elapsed, calls) = batch(variant);
            samples[variant].push(elapsed.as_nanos() as f64 / f64::from(calls));
        }
        round += 1;
    }
    (round, samples.map(crate::common::median))
}

/// A `reqwest::Client` of the benchmark's own, for plain http on loopback (the
/// hand-written baselines share it with the client under test). The workspace builds
/// reqwest without a rustls crypto provider (`conference_api::Client` brings its own
/// TLS configuration), so `reqwest::Client::new()` would panic: this one is given a
/// configuration with ring that trusts nothing, as no TLS is spoken (ring's provider
/// is deprecated for having no post-quantum key exchange, which plain http never uses).
#[allow(deprecated)]
pub fn plain_http_client() -> reqwest::Client {
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports TLS 1.2 and 1.3")
        .with_root_certificates(rustls::RootCertStore::empty())
        .with_no_client_auth();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .no_proxy()
        .build()
        .expect("a reqwest client")
}

/// The hand-written program's conference: every field SignalWire documents, as plain
/// types, the same fields as the generated `Conference`.
#[derive(Deserialize)]
#[allow(dead_code)] // Decoded, not read (but for `id`): the benches measure decoding.
pub struct HandConference {
    pub id: String,
    name: String,
    display_name: Option<String>,
    description: Option<String>,
    join_from: Option<String>,
    join_until: Option<String>,
    quality: Option<String>,
    layout: Option<String>,
    size: Option<String>,
    record_on_start: bool,
    tone_on_entry_and_exit: bool,
    user_join_video_off: bool,
    room_join_video_off: bool,
    enable_chat: bool,
    enable_room_previews: Option<bool>,
    dark_primary: Option<String>,
    dark_background: Option<String>,
    dark_foreground: Option<String>,
    dark_success: Option<String>,
    dark_negative: Option<String>,
    light_primary: Option<String>,
    light_background: Option<String>,
    light_foreground: Option<String>,
    light_success: Option<String>,
    light_negative: Option<String>,
    meta: Option<serde_json::Map<String, serde_json::Value>>,
    created_at: String,
    updated_at: String,
}
