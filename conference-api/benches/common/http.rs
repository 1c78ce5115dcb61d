//! The benchmarks' own `reqwest::Client` (not in `common`, which
//! `conference-tests`' benchmark shares and which has no reqwest).

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
