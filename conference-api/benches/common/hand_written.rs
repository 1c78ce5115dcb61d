//! What the client benchmarks' hand-written baselines share: their `reqwest::Client`
//! and their conference type (not in `common`, which `conference-tests`' benchmark
//! shares and which has neither reqwest nor serde).

use serde::Deserialize;

/// A `reqwest::Client` of the benchmark's own, for plain http on loopback (the
/// hand-written baselines share it with the client under test). The workspace builds
/// reqwest without a rustls crypto provider (`conference_api::Client` brings its own
/// TLS configuration), so `reqwest::Client::new()` would panic: this one is given a
/// configuration with ring that trusts nothing, as no TLS is spoken.
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
