//! The client over https, against the stand-in in https mode (a self-signed
//! certificate for 127.0.0.1 and localhost, made when it starts): trusting it with
//! `ClientBuilder::add_root_certificate`, and what happens without it.

use conference_api::{
    Api, Client, ConfigError, CreateConferenceRequest, Error, RetryPolicy, RootCertificate,
    TransportPhase,
};
use conference_standin::StandIn;
use futures_util::TryStreamExt;

async fn tls_stand_in() -> StandIn {
    StandIn::builder().tls(true).start().await.unwrap()
}

/// Its URL and credentials, and nothing about its certificate.
fn untrusting_builder(stand_in: &StandIn, url: &str) -> conference_api::ClientBuilder {
    Client::builder()
        .base_url(url)
        .project_id(stand_in.project_id())
        .api_token(stand_in.api_token())
}

fn request(display_name: &str) -> CreateConferenceRequest {
    CreateConferenceRequest::builder(display_name)
        .build()
        .unwrap()
}

#[tokio::test]
async fn creates_gets_and_lists_over_https_trusting_the_stand_ins_certificate() {
    let stand_in = tls_stand_in().await;
    let url = stand_in.url().to_owned();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");
    let pem = stand_in.certificate_pem().unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"), "{pem}");

    let client = untrusting_builder(&stand_in, &url)
        .add_root_certificate(RootCertificate::from_pem(pem.as_bytes()).unwrap())
        .build()
        .unwrap();
    let created = client
        .create_video_conference(&request("Over TLS"))
        .await
        .unwrap();
    let fetched = client
        .get_video_conference(&created.id, &Default::default())
        .await
        .unwrap();
    assert_eq!(fetched, created);
    // Listing follows the stand-in's https links.
    stand_in.seed_conferences(3);
    let listed: Vec<_> = client
        .list_all_video_conferences(&conference_api::ListVideoConferencesParams {
            page_size: Some(conference_api::PageSize::new(2).unwrap()),
            ..Default::default()
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed, stand_in.conferences());
    assert_eq!(listed.len(), 4);
    let requests = stand_in.requests();
    assert_eq!(requests.len(), 4, "create, get, two pages");
    assert!(requests.iter().all(|request| request.authenticated));

    // The stand-in's own client trusts it too, by DER.
    assert_eq!(
        stand_in.root_certificate().unwrap().der(),
        stand_in.certificate_der().unwrap()
    );
    stand_in
        .client()
        .unwrap()
        .delete_video_conference(&created.id)
        .await
        .unwrap();
    assert_eq!(stand_in.conferences().len(), 3);
}

/// Without the certificate, the handshake fails before the request is written: the
/// error says so, says nothing may have reached the server, and is not retried (the
/// certificate will not be trusted on the next try either).
#[tokio::test]
async fn without_the_certificate_the_handshake_fails_before_anything_is_sent() {
    let stand_in = tls_stand_in().await;
    let client = untrusting_builder(&stand_in, stand_in.url())
        .retry(RetryPolicy::safe(3))
        .build()
        .unwrap();
    let error = client
        .create_video_conference(&request("Untrusted"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Transport {
                phase: TransportPhase::Connect,
                status: None,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(!error.may_have_reached_server(), "{error}");
    assert!(!error.is_retryable(), "{error}");
    assert_eq!(error.attempts(), 1, "{error}");
    let text = error.to_string();
    assert!(
        text.contains("could not connect to the server; nothing was sent"),
        "{text}"
    );
    assert!(text.contains("invalid peer certificate"), "{text}");
    assert!(
        text.contains("ClientBuilder::add_root_certificate"),
        "{text}"
    );
    assert!(!text.contains("may have reached"), "{text}");
    assert!(stand_in.requests().is_empty());

    // Idempotent operations do not retry it either.
    let error = client
        .list_video_conferences(&Default::default())
        .await
        .unwrap_err();
    assert_eq!(error.attempts(), 1, "{error}");
    assert!(stand_in.requests().is_empty());

    // Another stand-in's certificate is not this one's.
    let other = tls_stand_in().await;
    let error = untrusting_builder(&stand_in, stand_in.url())
        .add_root_certificate(other.root_certificate().unwrap())
        .build()
        .unwrap()
        .create_video_conference(&request("Wrong root"))
        .await
        .unwrap_err();
    assert!(!error.may_have_reached_server(), "{error}");
    assert!(
        error.to_string().contains("invalid peer certificate"),
        "{error}"
    );
    assert!(stand_in.requests().is_empty());
}

/// `https://localhost:PORT`: the client pins `localhost` to the loopback addresses
/// (never DNS) and checks the certificate against the name `localhost` (sent as SNI).
#[tokio::test]
async fn localhost_works_over_https_and_the_name_is_checked() {
    let stand_in = tls_stand_in().await;
    let url = format!("https://localhost:{}", stand_in.addr().port());
    let client = untrusting_builder(&stand_in, &url)
        .add_root_certificate(stand_in.root_certificate().unwrap())
        .build()
        .unwrap();
    assert_eq!(client.base_url(), format!("{url}/"));
    let created = client
        .create_video_conference(&request("By name"))
        .await
        .unwrap();
    assert_eq!(stand_in.conferences(), [created]);
    let host = stand_in.requests()[0].header("host").map(str::to_owned);
    assert_eq!(
        host,
        Some(format!("localhost:{}", stand_in.addr().port())),
        "the request went to the name"
    );
}

/// Plain http to the https port: the server's handshake fails on the request's
/// bytes and it closes the connection; the client never hangs.
#[tokio::test]
async fn plain_http_to_the_https_stand_in_fails_without_hanging() {
    let stand_in = tls_stand_in().await;
    let url = format!("http://{}", stand_in.addr());
    let client = untrusting_builder(&stand_in, &url)
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .unwrap();
    let error = client
        .list_video_conferences(&Default::default())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(stand_in.requests().is_empty());
}

#[test]
fn a_bad_pem_is_a_config_error_naming_the_function() {
    let error = RootCertificate::from_pem(b"not a certificate").unwrap_err();
    assert!(
        matches!(
            error,
            ConfigError::Invalid {
                setting: "RootCertificate::from_pem",
                ..
            }
        ),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("holds no certificate"),
        "{error}"
    );
}
