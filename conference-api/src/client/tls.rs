//! TLS: the certificates the client trusts, and the rustls configuration it hands to
//! reqwest.
//!
//! The crypto provider is chosen here, not by reqwest's features: the one the
//! application installed as rustls' process default, if any (so an application that
//! uses a FIPS provider, or a provider of its own, keeps it), else the one this crate's
//! features build in: aws-lc-rs with `aws-lc-rs` (also when `ring` is on too), ring
//! with `ring` alone. With neither feature and nothing installed, building a client
//! fails with a [`ConfigError::Tls`] naming the features. Nothing is installed
//! process-wide.

use std::fmt;
use std::sync::Arc;

use rustls::crypto::CryptoProvider;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::{self, PemObject};

use crate::client::error::ConfigError;

const FROM_PEM: &str = "RootCertificate::from_pem";
const FROM_PEM_BUNDLE: &str = "RootCertificate::from_pem_bundle";
pub(crate) const ADD_ROOT: &str = "ClientBuilder::add_root_certificate";

/// A certificate the client trusts as a root, in addition to the system's: the
/// certificate of a private certificate authority (a company gateway in front of the
/// API), or a server's self-signed certificate (a local stand-in server in https
/// mode). Given to [`ClientBuilder::add_root_certificate`](crate::ClientBuilder::add_root_certificate).
///
/// Its `Debug` shows the size of the certificate, not its bytes.
///
/// ```
/// use conference_api::{Client, RootCertificate};
///
/// # fn run(pem: &[u8]) -> Result<(), conference_api::ConfigError> {
/// let ca = RootCertificate::from_pem(pem)?; // -----BEGIN CERTIFICATE----- …
/// let client = Client::builder()
///     .base_url("https://signalwire-gateway.internal.example")
///     .project_id("my-project")
///     .api_token("PT…")
///     .add_root_certificate(ca)
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct RootCertificate {
    der: CertificateDer<'static>,
}

impl RootCertificate {
    /// A certificate in DER form (binary X.509). It is parsed when the client is
    /// built: a certificate that is not valid X.509 makes
    /// [`ClientBuilder::build`](crate::ClientBuilder::build) fail with a
    /// [`ConfigError`] naming `ClientBuilder::add_root_certificate`.
    pub fn from_der(der: impl Into<Vec<u8>>) -> RootCertificate {
        RootCertificate {
            der: CertificateDer::from(der.into()),
        }
    }

    /// The one certificate of a PEM document (`-----BEGIN CERTIFICATE-----`, base64,
    /// `-----END CERTIFICATE-----`); text around it and other sections are ignored.
    ///
    /// # Errors
    /// A [`ConfigError::Invalid`] naming `RootCertificate::from_pem`, never a panic:
    /// when the document holds no certificate, more than one (see
    /// [`from_pem_bundle`](RootCertificate::from_pem_bundle)), or a malformed section.
    pub fn from_pem(pem: &[u8]) -> Result<RootCertificate, ConfigError> {
        let mut certificates = parse_pem(pem, FROM_PEM)?;
        if certificates.len() > 1 {
            return Err(ConfigError::Invalid {
                setting: FROM_PEM,
                reason: format!(
                    "the PEM document holds {} certificates, not one: use \
                     RootCertificate::from_pem_bundle to trust each of them",
                    certificates.len()
                ),
            });
        }
        Ok(certificates.remove(0))
    }

    /// Every certificate of a PEM document, in order (a CA bundle file).
    ///
    /// # Errors
    /// As [`from_pem`](RootCertificate::from_pem), naming
    /// `RootCertificate::from_pem_bundle`; several certificates are what it expects.
    pub fn from_pem_bundle(pem: &[u8]) -> Result<Vec<RootCertificate>, ConfigError> {
        parse_pem(pem, FROM_PEM_BUNDLE)
    }

    /// The certificate in DER form.
    pub fn der(&self) -> &[u8] {
        self.der.as_ref()
    }
}

impl fmt::Debug for RootCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RootCertificate")
            .field("der_bytes", &self.der.len())
            .finish()
    }
}

/// The certificates of a PEM document: at least one, or an error naming `setting`.
fn parse_pem(pem: &[u8], setting: &'static str) -> Result<Vec<RootCertificate>, ConfigError> {
    let invalid = |reason: String| ConfigError::Invalid { setting, reason };
    let mut certificates = Vec::new();
    for (index, item) in CertificateDer::pem_slice_iter(pem).enumerate() {
        let der = item.map_err(|error| {
            let problem = match error {
                pem::Error::MissingSectionEnd { .. } => {
                    "has no matching `-----END …-----` line".to_owned()
                }
                pem::Error::IllegalSectionStart { .. } => {
                    "starts with a malformed `-----BEGIN …-----` line".to_owned()
                }
                pem::Error::Base64Decode(_) => "is not valid base64".to_owned(),
                pem::Error::SectionTooLarge => "is too large".to_owned(),
                other => format!("cannot be read ({other})"),
            };
            invalid(format!(
                "the PEM section after certificate {index} {problem}"
            ))
        })?;
        certificates.push(RootCertificate { der });
    }
    if certificates.is_empty() {
        return Err(invalid(
            "holds no certificate (a `-----BEGIN CERTIFICATE-----` section); a binary \
             (DER) certificate goes to RootCertificate::from_der"
                .to_owned(),
        ));
    }
    Ok(certificates)
}

/// The provider the client's TLS uses: the application's process default, if it
/// installed one, else the one this crate's features build in. Never installs anything.
pub(crate) fn crypto_provider() -> Result<Arc<CryptoProvider>, ConfigError> {
    choose_provider(CryptoProvider::get_default(), built_in_provider)
}

/// The installed provider, else the built-in one, else an error that says how to get one.
fn choose_provider(
    installed: Option<&Arc<CryptoProvider>>,
    built_in: impl FnOnce() -> Option<CryptoProvider>,
) -> Result<Arc<CryptoProvider>, ConfigError> {
    if let Some(installed) = installed {
        return Ok(Arc::clone(installed));
    }
    built_in().map(Arc::new).ok_or_else(|| ConfigError::Tls {
        reason: "no rustls crypto provider: enable the `ring` or `aws-lc-rs` feature of \
                 conference-api, or install a process default \
                 (`CryptoProvider::install_default`) before building the client"
            .to_owned(),
    })
}

/// The provider this crate's features build in, if any: aws-lc-rs when its feature is
/// on, also beside `ring` (the default feature: `aws-lc-rs` is the one enabled on
/// purpose).
#[cfg(feature = "aws-lc-rs")]
fn built_in_provider() -> Option<CryptoProvider> {
    Some(rustls::crypto::aws_lc_rs::default_provider())
}

// rustls 0.23.48 deprecates ring's provider for having no post-quantum key exchange,
// not for a flaw: its TLS 1.2 and 1.3 suites and X25519 and NIST-curve exchanges are
// sound, and the `aws-lc-rs` feature is there for whoever needs the post-quantum one.
#[cfg(all(feature = "ring", not(feature = "aws-lc-rs")))]
#[allow(deprecated)]
fn built_in_provider() -> Option<CryptoProvider> {
    Some(rustls::crypto::ring::default_provider())
}

#[cfg(not(any(feature = "ring", feature = "aws-lc-rs")))]
fn built_in_provider() -> Option<CryptoProvider> {
    None
}

/// Which certificates a client trusts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Trust {
    /// The system's trust store, and the added roots: for an `https://` base URL.
    SystemAndAdded,
    /// Only the added roots: for a plain `http://` base URL on this machine, where the
    /// client never speaks TLS (it follows no redirects, and every request goes to
    /// the base URL), so the system's store is not even read.
    AddedOnly,
}

/// The TLS configuration of the client's connections: TLS 1.2 and 1.3, server
/// certificates checked against `trust` and `roots`, HTTP/1.1 (the only HTTP version
/// the client speaks).
pub(crate) fn client_config(
    roots: &[RootCertificate],
    trust: Trust,
) -> Result<rustls::ClientConfig, ConfigError> {
    let provider = crypto_provider()?;
    // Each added root on its own, so that a bad one is named.
    let mut added = rustls::RootCertStore::empty();
    for (index, root) in roots.iter().enumerate() {
        added
            .add(root.der.clone())
            .map_err(|error| ConfigError::Invalid {
                setting: ADD_ROOT,
                reason: format!(
                    "certificate {} of {} is not a usable X.509 certificate ({error})",
                    index + 1,
                    roots.len()
                ),
            })?;
    }
    let builder = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|error| ConfigError::Tls {
            reason: format!(
                "the rustls crypto provider installed by the application supports neither \
                 TLS 1.2 nor TLS 1.3 ({error})"
            ),
        })?;
    let mut config = match trust {
        Trust::AddedOnly => builder.with_root_certificates(added),
        Trust::SystemAndAdded => {
            let verifier = rustls_platform_verifier::Verifier::new_with_extra_roots(
                roots.iter().map(|root| root.der.clone()),
                provider,
            )
            .map_err(|error| ConfigError::Tls {
                reason: format!(
                    "the system's trust store cannot be used ({error}); a private CA can be \
                     trusted with {ADD_ROOT}"
                ),
            })?;
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verifier))
        }
    }
    .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// A `reqwest::Client` for unit tests that need one of their own: reqwest is built
/// without a crypto provider (`rustls-no-provider`), so `reqwest::Client::new()` would
/// panic. Plain http on loopback only: no proxy, no trusted root.
#[cfg(test)]
pub(crate) fn test_http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .tls_backend_preconfigured(client_config(&[], Trust::AddedOnly).unwrap())
        .no_proxy()
        .build()
        .unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-signed certificate for `localhost`, made with `openssl req -x509 -newkey ec
    /// -pkeyopt ec_paramgen_curve:prime256v1 -days 36500 -subj "/CN=conference-api test
    /// root" -addext subjectAltName=DNS:localhost` (its key was thrown away: it is only
    /// parsed here, never served).
    const CERTIFICATE: &str = "-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIULapG29EsFAu2hXFZWjNJSDieK4wwCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYY29uZmVyZW5jZS1hcGkgdGVzdCByb290MCAXDTI2MTIwMzEz
MDkzM1oYDzIxMjYxMTA5MTMwOTMzWjAjMSEwHwYDVQQDDBhjb25mZXJlbmNlLWFw
aSB0ZXN0IHJvb3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARh2TGzDYHDep7w
+h++DVVM8Jl7yjCjDNSKHr0HumfMbdhF4cGy/o0BrM5tMzQkZUP5UFChH71t1GAl
LnjjoVpgo2kwZzAdBgNVHQ4EFgQUCCQFrY/PzW8e+mPyhEAiRs0a4UswHwYDVR0j
BBgwFoAUCCQFrY/PzW8e+mPyhEAiRs0a4UswDwYDVR0TAQH/BAUwAwEB/zAUBgNV
HREEDTALgglsb2NhbGhvc3QwCgYIKoZIzj0EAwIDSAAwRQIhAMuFDMrP+m2bcS2k
j94b82ocbUosHNPcaGAqrhjE8JI7AiBEDRiqw0hIrsUJ1kXkwBWx6p2xvqVBeqWx
OhJM6sax1Q==
-----END CERTIFICATE-----
";

    fn reason(error: ConfigError, setting: &str) -> String {
        match error {
            ConfigError::Invalid {
                setting: named,
                reason,
            } if named == setting => reason,
            other => panic!("not Invalid {{ {setting} }}: {other:?}"),
        }
    }

    #[test]
    fn from_pem_reads_one_certificate_with_text_around_it() {
        let text = format!("subject: localhost\n{CERTIFICATE}\ntrailing words\n");
        let root = RootCertificate::from_pem(text.as_bytes()).unwrap();
        assert_eq!(root.der()[0], 0x30, "DER starts with a SEQUENCE");
        assert_eq!(root, RootCertificate::from_der(root.der().to_vec()));
        // Windows line ends too.
        let crlf = CERTIFICATE.replace('\n', "\r\n");
        assert_eq!(RootCertificate::from_pem(crlf.as_bytes()).unwrap(), root);
        // Other sections (a key pasted along) are ignored.
        let with_key =
            format!("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n{CERTIFICATE}");
        assert_eq!(
            RootCertificate::from_pem(with_key.as_bytes()).unwrap(),
            root
        );
        let shown = format!("{root:?}");
        assert!(
            shown.starts_with("RootCertificate { der_bytes: "),
            "{shown}"
        );
    }

    #[test]
    fn from_pem_errors_say_what_is_wrong_and_never_panic() {
        let no_pem = reason(RootCertificate::from_pem(b"").unwrap_err(), FROM_PEM);
        assert!(no_pem.contains("holds no certificate"), "{no_pem}");
        let der = reason(
            RootCertificate::from_pem(&[0x30, 0x82, 0xff, 0x00, 0x9c]).unwrap_err(),
            FROM_PEM,
        );
        assert!(der.contains("RootCertificate::from_der"), "{der}");
        let key_only = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        let key_only = reason(
            RootCertificate::from_pem(key_only.as_bytes()).unwrap_err(),
            FROM_PEM,
        );
        assert!(key_only.contains("holds no certificate"), "{key_only}");

        let unterminated = CERTIFICATE.replace("-----END CERTIFICATE-----\n", "");
        let unterminated = reason(
            RootCertificate::from_pem(unterminated.as_bytes()).unwrap_err(),
            FROM_PEM,
        );
        assert!(
            unterminated.contains("no matching `-----END"),
            "{unterminated}"
        );
        let bad_base64 = CERTIFICATE.replace("MIIBszCC", "MII*szCC");
        let bad_base64 = reason(
            RootCertificate::from_pem(bad_base64.as_bytes()).unwrap_err(),
            FROM_PEM,
        );
        assert!(bad_base64.contains("not valid base64"), "{bad_base64}");
        let bad_start =
            CERTIFICATE.replace("-----BEGIN CERTIFICATE-----", "-----BEGIN CERTIFICATE");
        let bad_start = reason(
            RootCertificate::from_pem(bad_start.as_bytes()).unwrap_err(),
            FROM_PEM,
        );
        assert!(bad_start.contains("malformed `-----BEGIN"), "{bad_start}");

        let two = format!("{CERTIFICATE}{CERTIFICATE}");
        let two_reason = reason(
            RootCertificate::from_pem(two.as_bytes()).unwrap_err(),
            FROM_PEM,
        );
        assert!(two_reason.contains("holds 2 certificates"), "{two_reason}");
        assert!(two_reason.contains("from_pem_bundle"), "{two_reason}");
        assert_eq!(
            RootCertificate::from_pem_bundle(two.as_bytes())
                .unwrap()
                .len(),
            2
        );
        let empty_bundle = reason(
            RootCertificate::from_pem_bundle(b"nothing").unwrap_err(),
            FROM_PEM_BUNDLE,
        );
        assert!(
            empty_bundle.contains("holds no certificate"),
            "{empty_bundle}"
        );
        // The message starts with the function's name.
        let text = RootCertificate::from_pem(b"").unwrap_err().to_string();
        assert!(text.starts_with("RootCertificate::from_pem: "), "{text}");
    }

    #[test]
    fn from_pem_survives_arbitrary_bytes() {
        // Fixed so that a failure repeats; `TLS_FUZZ_SEED` tries another.
        let start = std::env::var("TLS_FUZZ_SEED")
            .ok()
            .and_then(|seed| seed.parse().ok())
            .unwrap_or(0x2545_f491_4f6c_dd1d_u64)
            | 1; // xorshift never leaves 0
        let mut seed = start;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let pieces: [&[u8]; 6] = [
            b"-----BEGIN CERTIFICATE-----\n",
            b"-----END CERTIFICATE-----\n",
            b"MIIB\n",
            b"\r\n",
            b"-----BEGIN ",
            &[0xff, 0x00, b'=', b'-'],
        ];
        let mut distinct = std::collections::HashSet::new();
        for round in 0..4_000 {
            let mut input = Vec::new();
            // The length comes from the generator too, so every round draws afresh.
            for _ in 0..next() % 16 {
                let draw = next();
                match pieces.get((draw % 8) as usize) {
                    Some(piece) => input.extend_from_slice(piece),
                    // A random byte: what no list of pieces foresees.
                    None => input.push((draw >> 32) as u8),
                }
            }
            let outcome = std::panic::catch_unwind(|| {
                let _ = RootCertificate::from_pem(&input);
                let _ = RootCertificate::from_pem_bundle(&input);
            });
            assert!(
                outcome.is_ok(),
                "panicked on {input:?} (round {round}); replay with TLS_FUZZ_SEED={start}"
            );
            distinct.insert(input);
        }
        // The inputs really vary: a generator stuck on a few would test nothing.
        assert!(
            distinct.len() > 3_000,
            "only {} distinct inputs (TLS_FUZZ_SEED={start})",
            distinct.len()
        );
    }

    /// The key exchange groups of a provider, by name, in order of preference.
    fn groups(provider: &CryptoProvider) -> Vec<rustls::NamedGroup> {
        provider
            .kx_groups
            .iter()
            .map(|group| group.name())
            .collect()
    }

    // No provider at all cannot be tested here: the dev-dependency on conference-standin
    // depends on this crate with its default features, so every test build has `ring`
    // (`choose_provider` is tested without one below; CI checks that the library
    // builds without either feature).
    #[test]
    fn the_provider_follows_the_features_unless_the_application_installed_one() {
        // No test of this crate installs a process default.
        assert!(CryptoProvider::get_default().is_none());
        let chosen = crypto_provider();
        #[cfg(feature = "aws-lc-rs")]
        {
            // aws-lc-rs, also when `ring` is on, and post-quantum first.
            let chosen = chosen.unwrap();
            assert_eq!(
                groups(&chosen),
                groups(&rustls::crypto::aws_lc_rs::default_provider())
            );
            assert_eq!(groups(&chosen)[0], rustls::NamedGroup::X25519MLKEM768);
        }
        #[cfg(all(feature = "ring", not(feature = "aws-lc-rs")))]
        {
            let chosen = chosen.unwrap();
            #[allow(deprecated)] // see `built_in_provider`
            let ring = rustls::crypto::ring::default_provider();
            assert_eq!(groups(&chosen), groups(&ring));
            assert!(!groups(&chosen).contains(&rustls::NamedGroup::X25519MLKEM768));
        }
        // Still nothing installed: choosing never installs.
        assert!(CryptoProvider::get_default().is_none());

        for trust in [Trust::SystemAndAdded, Trust::AddedOnly] {
            let config = client_config(&[], trust).unwrap();
            assert_eq!(config.alpn_protocols, [b"http/1.1".to_vec()]);
        }
    }

    #[test]
    fn the_installed_provider_comes_first_and_without_any_the_error_names_the_features() {
        // Whatever the features build in, an installed default is the one used.
        let installed = Arc::new(CryptoProvider {
            kx_groups: Vec::new(),
            ..provider_for_tests()
        });
        let chosen = choose_provider(Some(&installed), || panic!("not asked")).unwrap();
        assert!(Arc::ptr_eq(&chosen, &installed));
        let chosen = choose_provider(None, || Some(provider_for_tests())).unwrap();
        assert!(!chosen.kx_groups.is_empty());
        // Neither: the error says what to do, whatever features this test runs with.
        let text = choose_provider(None, || None).unwrap_err().to_string();
        assert!(text.contains("`ring` or `aws-lc-rs` feature"), "{text}");
        assert!(text.contains("install_default"), "{text}");
    }

    /// A provider built into this test build: the crate's, else ring (always there in
    /// tests, see above).
    fn provider_for_tests() -> CryptoProvider {
        #[allow(deprecated)] // see `built_in_provider`
        built_in_provider().unwrap_or_else(rustls::crypto::ring::default_provider)
    }

    #[test]
    fn a_root_that_is_not_x509_fails_the_build_naming_the_method() {
        let good = RootCertificate::from_pem(CERTIFICATE.as_bytes()).unwrap();
        let bad = RootCertificate::from_der(b"not a certificate".to_vec());
        for trust in [Trust::SystemAndAdded, Trust::AddedOnly] {
            client_config(std::slice::from_ref(&good), trust).unwrap();
            let error = client_config(&[good.clone(), bad.clone()], trust).unwrap_err();
            let text = reason(error, ADD_ROOT);
            assert!(
                text.starts_with("certificate 2 of 2 is not a usable X.509"),
                "{text}"
            );
        }
    }
}
