//! The client against servers that misbehave at the transport level, each written out
//! by hand on 127.0.0.1 (the stand-in behaves): keep-alive connections closed under
//! the client, a connection cut in the middle of a body, a body that trickles, a redirect to
//! another host, and `localhost` resolved without DNS.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use conference_api::{
    Api, Client, CreateConferenceRequest, DisplayName, Error, GetVideoConferenceParams,
    RetryPolicy, TimeoutPhase, TransportPhase, Uuid,
};
use conference_standin::StandIn;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const CONFERENCE: &str = include_str!("../fixtures/conference_response.json");

fn request() -> CreateConferenceRequest {
    CreateConferenceRequest::new(DisplayName::new("Weekly sync").unwrap())
}

fn client(port: u16) -> conference_api::ClientBuilder {
    Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .project_id("project-1")
        .api_token("PT-secret-token")
}

/// Reads one request (headers and a `Content-Length` body); `false` at end of stream.
async fn read_request(stream: &mut TcpStream) -> bool {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .and_then(|value| value.trim().parse().ok())
                .unwrap_or(0);
            while buffer.len() < end + 4 + length {
                match stream.read(&mut chunk).await {
                    Ok(0) | Err(_) => return false,
                    Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                }
            }
            return true;
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return false,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    }
}

fn ok_response() -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{CONFERENCE}",
        CONFERENCE.len()
    )
    .into_bytes()
}

/// A server that keeps connections alive but closes each one `idle_close` after its
/// last answer, as a load balancer does with its idle timeout. Counts requests.
async fn closing_keep_alive_server(idle_close: Duration) -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&requests);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                loop {
                    let read = tokio::time::timeout(idle_close, read_request(&mut stream));
                    match read.await {
                        Ok(true) => {
                            counter.fetch_add(1, Ordering::SeqCst);
                            if stream.write_all(&ok_response()).await.is_err() {
                                return;
                            }
                        }
                        // Closed by the client, or idle for too long: close it.
                        Ok(false) | Err(_) => return,
                    }
                }
            });
        }
    });
    (port, requests)
}

/// Issue 9: a pooled connection older than the pool's idle timeout is not reused, so a
/// server that closes idle connections later than that never closes one under a
/// request. Here the server closes after 300 ms and the calls come 300 ms apart, the
/// worst case: the client's 100 ms idle timeout makes each call open a fresh
/// connection, and every create lands exactly once.
#[tokio::test]
async fn connections_idle_longer_than_the_pool_timeout_are_not_reused() {
    let (port, requests) = closing_keep_alive_server(Duration::from_millis(300)).await;
    let client = client(port)
        .pool_idle_timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    for call in 0..6 {
        if call > 0 {
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        client
            .create_video_conference(&request())
            .await
            .unwrap_or_else(|error| panic!("create {call}: {error}"));
    }
    assert_eq!(requests.load(Ordering::SeqCst), 6);
}

/// A server that sends the status line, headers and part of the body, then closes
/// the connection.
#[tokio::test]
async fn a_connection_cut_in_the_middle_of_a_body_is_a_transport_error_that_reached_the_server() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            read_request(&mut stream).await;
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                CONFERENCE.len()
            );
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(&CONFERENCE.as_bytes()[..40]).await;
            drop(stream);
        }
    });
    let client = client(port).build().unwrap();
    let error = client
        .create_video_conference(&request())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Transport {
                phase: TransportPhase::InFlight,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.may_have_reached_server());
    assert!(!error.is_retryable(), "a create is not retried after this");
    // A get is idempotent: the safe policy retries it, and every attempt is counted.
    let id = Uuid::nil();
    let error = client
        .get_video_conference(&id, &GetVideoConferenceParams::default())
        .retry(RetryPolicy::safe(3).with_initial_backoff(Duration::ZERO))
        .await
        .unwrap_err();
    assert_eq!(error.attempts(), 3, "{error}");
}

/// A body that trickles one byte at a time never ends the call past its deadline.
#[tokio::test]
async fn a_body_that_trickles_ends_in_the_whole_call_timeout() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                read_request(&mut stream).await;
                let response = ok_response();
                for byte in response {
                    if stream.write_all(&[byte]).await.is_err() {
                        return;
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            });
        }
    });
    let client = client(port).build().unwrap();
    let started = std::time::Instant::now();
    let error = client
        .create_video_conference(&request())
        .timeout(Duration::from_millis(400))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Timeout {
                phase: TimeoutPhase::Call,
                ..
            }
        ),
        "{error:?}"
    );
    // Upper bound only: the deadline ended the call, not the body.
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// Redirects are not followed, so credentials cannot follow one to another host.
#[tokio::test]
async fn a_redirect_to_another_host_receives_nothing() {
    let elsewhere = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let elsewhere_port = elsewhere.local_addr().unwrap().port();
    let reached = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&reached);
    tokio::spawn(async move {
        while let Ok((_stream, _)) = elsewhere.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            read_request(&mut stream).await;
            let response = format!(
                "HTTP/1.1 307 Temporary Redirect\r\nlocation: http://localhost:{elsewhere_port}/api/video/conferences\r\ncontent-length: 0\r\n\r\n"
            );
            let _ = stream.write_all(response.as_bytes()).await;
        }
    });
    let client = client(port).build().unwrap();
    let error = client
        .create_video_conference(&request())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307), "{error}");
    assert!(
        error.to_string().contains("Redirects are not followed"),
        "{error}"
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        reached.load(Ordering::SeqCst),
        0,
        "nothing went to the other host"
    );
}

/// `http://localhost` is pinned to this machine without asking DNS, and works.
#[tokio::test]
async fn localhost_reaches_the_stand_in_without_dns() {
    let stand_in = StandIn::start().await.unwrap();
    let client = Client::builder()
        .base_url(format!("http://localhost:{}", stand_in.addr().port()))
        .project_id(stand_in.project_id())
        .api_token(stand_in.api_token())
        .build()
        .unwrap();
    let conference = client.create_video_conference(&request()).await.unwrap();
    assert_eq!(conference.display_name.as_deref(), Some("Weekly sync"));
}

/// Issue 9: a success whose date-time is not RFC 3339 still decodes (the conference
/// was created); the text is kept as sent.
#[tokio::test]
async fn a_response_date_time_that_is_not_rfc_3339_is_kept_not_fatal() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let mut answer: serde_json::Value = serde_json::from_str(CONFERENCE).unwrap();
    answer["created_at"] = serde_json::json!("2022-01-01 10:00:00Z");
    stand_in.fail_next(conference_standin::Fault::status(200, answer.to_string()));
    let conference = client.create_video_conference(&request()).await.unwrap();
    let conference_api::OrUnknown::Unknown(raw) = &conference.created_at else {
        panic!("expected the raw text, got {:?}", conference.created_at);
    };
    assert_eq!(raw.as_str(), Some("2022-01-01 10:00:00Z"));
    assert!(
        conference.updated_at.known().is_some(),
        "a valid one is still typed"
    );
}
