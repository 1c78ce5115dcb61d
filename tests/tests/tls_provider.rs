//! An application that installed a rustls crypto provider as the process default
//! (aws-lc-rs, a FIPS provider…) keeps it: clients built after that use it, not ring.
//! The client itself never installs one. A test binary of its own, as installing a
//! default is process-wide.

use std::sync::atomic::{AtomicUsize, Ordering};

use conference_api::{Api, CreateConferenceRequest};
use conference_standin::StandIn;
use rustls::crypto::{CryptoProvider, GetRandomFailed, SecureRandom, ring};

/// How often the installed provider was asked for random bytes (every TLS handshake
/// of a client that uses it does).
static DRAWS: AtomicUsize = AtomicUsize::new(0);

/// ring's randomness, counted.
#[derive(Debug)]
struct CountingRandom;

impl SecureRandom for CountingRandom {
    fn fill(&self, buf: &mut [u8]) -> Result<(), GetRandomFailed> {
        DRAWS.fetch_add(1, Ordering::SeqCst);
        ring_provider().secure_random.fill(buf)
    }
}

static COUNTING_RANDOM: CountingRandom = CountingRandom;

/// ring's provider: rustls 0.23.48 deprecates it for having no post-quantum key
/// exchange, not for a flaw (README: TLS).
#[allow(deprecated)]
fn ring_provider() -> CryptoProvider {
    ring::default_provider()
}

#[tokio::test]
async fn a_provider_installed_by_the_application_is_used_and_none_is_installed_otherwise() {
    // The stand-ins set ring on their own connections: their side is not counted.
    let stand_in = StandIn::builder().tls(true).start().await.unwrap();
    let other = StandIn::builder().tls(true).start().await.unwrap();
    let request = CreateConferenceRequest::builder("Provider")
        .build()
        .unwrap();

    stand_in
        .client()
        .unwrap()
        .create_video_conference(&request)
        .await
        .unwrap();
    // Built now, first connected after the install.
    let built_before = other.client().unwrap();
    assert!(
        CryptoProvider::get_default().is_none(),
        "building and using a client installed a process-wide provider"
    );

    CryptoProvider {
        secure_random: &COUNTING_RANDOM,
        ..ring_provider()
    }
    .install_default()
    .unwrap();

    // A client keeps the provider chosen when it was built (ring, as none was
    // installed then): its first handshake draws nothing from the installed one.
    built_before
        .create_video_conference(&request)
        .await
        .unwrap();
    assert_eq!(DRAWS.load(Ordering::SeqCst), 0);

    // A client built after the install handshakes with the installed provider.
    let built_after = stand_in.client().unwrap();
    built_after.create_video_conference(&request).await.unwrap();
    assert!(DRAWS.load(Ordering::SeqCst) > 0);
    assert_eq!(stand_in.conferences().len(), 2);
    assert_eq!(other.conferences().len(), 1);
}
