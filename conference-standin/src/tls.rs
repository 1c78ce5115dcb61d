//! The https mode: a self-signed certificate made at start-up, and the TLS settings of
//! the connections the stand-in accepts.

use std::io;
use std::sync::Arc;

use rcgen::{CertificateParams, DistinguishedName, DnType, KeyPair};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::crypto::ring;
use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

/// The names the certificate is valid for: the stand-in's address and the name
/// clients pin to it.
const NAMES: [&str; 2] = ["127.0.0.1", "localhost"];

/// A stand-in's TLS: its acceptor and the certificate clients trust.
pub(crate) struct Tls {
    pub(crate) acceptor: TlsAcceptor,
    pub(crate) certificate_der: Vec<u8>,
    pub(crate) certificate_pem: String,
}

/// A fresh key pair (ECDSA P-256) and a self-signed certificate for [`NAMES`], and TLS
/// 1.2 and 1.3 with them over ring (the provider of `conference_api`'s default
/// feature: the stand-in sets its own and installs none process-wide). HTTP/1.1
/// only, as the stand-in serves. The private key never leaves this process.
pub(crate) fn self_signed() -> io::Result<Tls> {
    let mut params = CertificateParams::new(NAMES.map(str::to_owned))
        .map_err(|error| failed("certificate parameters", error))?;
    let mut subject = DistinguishedName::new();
    subject.push(DnType::CommonName, "conference-standin (self-signed)");
    params.distinguished_name = subject;
    let key = KeyPair::generate().map_err(|error| failed("key pair", error))?;
    let certificate = params
        .self_signed(&key)
        .map_err(|error| failed("certificate", error))?;
    let private_key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let mut config = ServerConfig::builder_with_provider(Arc::new(provider()))
        .with_safe_default_protocol_versions()
        .map_err(|error| failed("TLS versions", error))?
        .with_no_client_auth()
        .with_single_cert(vec![certificate.der().clone()], private_key)
        .map_err(|error| failed("TLS configuration", error))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Tls {
        acceptor: TlsAcceptor::from(Arc::new(config)),
        certificate_der: certificate.der().to_vec(),
        certificate_pem: certificate.pem(),
    })
}

/// ring's provider. rustls 0.23.48 deprecates it for having no post-quantum key
/// exchange, not for a flaw; a stand-in on loopback needs none, and ring is already
/// here for rcgen's key pair.
#[allow(deprecated)]
fn provider() -> tokio_rustls::rustls::crypto::CryptoProvider {
    ring::default_provider()
}

fn failed(what: &str, error: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!(
        "the stand-in's https mode: cannot make its {what}: {error}"
    ))
}
