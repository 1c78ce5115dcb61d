//! Calls against a tiny loopback HTTP/1.1 server, through the same paths generated
//! code uses.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::{
    Api, ApiErrorKind, Client, Conference, CreateConferenceRequest, DisplayName, Error,
    GetVideoConferenceParams, RetryPolicy, TimeoutPhase, TransportPhase,
};

const PROJECT: &str = "project-1";
const TOKEN: &str = "PT-very-secret-token-0123456789";

// ---------------------------------------------------------------------------------
// The operations, as this crate generates them from `schema/video_conferences.json`.

fn request() -> CreateConferenceRequest {
    CreateConferenceRequest::new(DisplayName::new("Standup").unwrap())
}

/// A conference as SignalWire answers it, with a key the schema does not list.
const CONFERENCE: &str = r##"{"id":"c0ffee00-0000-4000-8000-000000000001","name":"standup",
"display_name":"Standup","description":null,"join_from":null,"join_until":null,
"quality":"720p","layout":"grid-responsive","size":"medium","record_on_start":false,
"tone_on_entry_and_exit":true,"user_join_video_off":false,"room_join_video_off":false,
"enable_chat":true,"enable_room_previews":null,"dark_primary":"#044EF4",
"dark_background":"#1D2127","dark_foreground":"#FFFFFF","dark_success":"#17BB58",
"dark_negative":"#F42C50","light_primary":"#044EF4","light_background":"#FFFFFF",
"light_foreground":"#1D2127","light_success":"#17BB58","light_negative":"#F42C50",
"meta":null,"created_at":"2026-01-05T09:00:00Z","updated_at":"2026-01-05T09:00:00Z",
"extra":[1,2]}"##;

// ---------------------------------------------------------------------------------
// The loopback server.

#[derive(Clone)]
enum Reply {
    /// These bytes, then the connection is closed.
    Raw(Vec<u8>),
    /// A `200` with no `Content-Length`: `size` bytes, then close.
    Endless(usize),
    /// Wait, then reply.
    Delayed(Duration, Box<Reply>),
}

fn http(status: u16, headers: &[(&str, &str)], body: &str) -> Reply {
    let mut text = format!(
        "HTTP/1.1 {status} Whatever\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(body);
    Reply::Raw(text.into_bytes())
}

fn json(status: u16, body: &str) -> Reply {
    http(status, &[("content-type", "application/json")], body)
}

#[derive(Clone, Debug)]
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

struct Server {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Serves `replies` in order, one per request; the last one repeats.
    async fn start(replies: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let task = tokio::spawn({
            let seen = Arc::clone(&seen);
            let connections = Arc::clone(&connections);
            async move {
                while let Ok((stream, _)) = listener.accept().await {
                    connections.fetch_add(1, Ordering::SeqCst);
                    tokio::spawn(handle(stream, Arc::clone(&seen), replies.clone()));
                }
            }
        });
        Server {
            addr,
            seen,
            connections,
            task,
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn client(&self) -> Client {
        self.builder().build().unwrap()
    }

    fn builder(&self) -> crate::ClientBuilder {
        Client::builder()
            .base_url(self.url())
            .project_id(PROJECT)
            .api_token(TOKEN)
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    fn requests(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
}

async fn handle(mut stream: TcpStream, seen: Arc<Mutex<Vec<Seen>>>, replies: Vec<Reply>) {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_owned();
    let target = request_line.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + length {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    }
    let body = buffer[head_end..head_end + length].to_vec();
    let index = {
        let mut seen = seen.lock().unwrap();
        seen.push(Seen {
            method,
            target,
            headers,
            body,
        });
        seen.len() - 1
    };
    let Some(mut reply) = replies.get(index).or(replies.last()).cloned() else {
        return;
    };
    loop {
        match reply {
            Reply::Delayed(delay, next) => {
                tokio::time::sleep(delay).await;
                reply = *next;
            }
            Reply::Raw(bytes) => {
                let _ = stream.write_all(&bytes).await;
                let _ = stream.shutdown().await;
                return;
            }
            Reply::Endless(size) => {
                let head = "HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n";
                if stream.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let block = vec![b'x'; 64 * 1024];
                let mut sent = 0;
                while sent < size {
                    if stream.write_all(&block).await.is_err() {
                        return;
                    }
                    sent += block.len();
                }
                let _ = stream.shutdown().await;
                return;
            }
        }
    }
}

/// Neither `{:?}` nor `{}` of the error shows the token, plain or in the header.
fn assert_redacted(error: &Error) {
    for shown in [
        format!("{error:?}"),
        format!("{error:#?}"),
        error.to_string(),
    ] {
        assert!(!shown.contains(TOKEN), "token in {shown}");
        assert!(!shown.contains("cHJvamVjdC0x"), "auth header in {shown}");
    }
}

fn quick_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::safe(attempts)
        .with_initial_backoff(Duration::from_millis(5))
        .with_max_backoff(Duration::from_millis(20))
}

// ---------------------------------------------------------------------------------
// Success.

#[tokio::test]
async fn a_200_is_decoded_and_the_request_is_complete() {
    let server = Server::start(vec![json(200, CONFERENCE)]).await;
    let client = server.client();
    let conference = client.create_video_conference(&request()).await.unwrap();
    assert_eq!(
        conference.id.to_string(),
        "c0ffee00-0000-4000-8000-000000000001"
    );
    assert_eq!(conference.name, "standup");
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    let request = &seen[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, "/api/video/conferences");
    // base64("project-1:PT-very-secret-token-0123456789")
    assert_eq!(
        request.header("authorization"),
        Some("Basic cHJvamVjdC0xOlBULXZlcnktc2VjcmV0LXRva2VuLTAxMjM0NTY3ODk=")
    );
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(
        request.header("user-agent"),
        Some(concat!("conference-api/", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(request.body, br#"{"display_name":"Standup"}"#);

    // Through a builder too.
    client
        .create_video_conference(CreateConferenceRequest::builder("Standup"))
        .await
        .unwrap();
    assert!(
        server
            .seen()
            .iter()
            .all(|seen| seen.body == br#"{"display_name":"Standup"}"#)
    );
}

#[tokio::test]
async fn path_parameters_query_and_empty_answers() {
    let id = uuid::Uuid::parse_str("c0ffee00-0000-4000-8000-000000000001").unwrap();
    let server = Server::start(vec![json(200, CONFERENCE), http(204, &[], "")]).await;
    let client = server.client();
    let params = GetVideoConferenceParams {
        include_active_session: Some(true),
    };
    client.get_video_conference(&id, &params).await.unwrap();
    client.delete_video_conference(&id).await.unwrap();
    let seen = server.seen();
    assert_eq!(seen[0].method, "GET");
    assert_eq!(
        seen[0].target,
        "/api/video/conferences/c0ffee00-0000-4000-8000-000000000001?include_active_session=true"
    );
    assert_eq!(seen[0].header("content-type"), None);
    assert!(seen[0].body.is_empty());
    assert_eq!(seen[1].method, "DELETE");
    assert_eq!(
        seen[1].target,
        "/api/video/conferences/c0ffee00-0000-4000-8000-000000000001"
    );
}

#[test]
fn path_segments_are_percent_encoded() {
    use crate::__private::encode_path_segment;
    assert_eq!(encode_path_segment("abc-1.2_~"), "abc-1.2_~");
    assert_eq!(encode_path_segment("a/b c?d#e%"), "a%2Fb%20c%3Fd%23e%25");
    assert_eq!(encode_path_segment("é"), "%C3%A9");
}

#[test]
fn decode_json_reports_the_path_and_trailing_garbage() {
    use crate::__private::decode_json;
    let ok: Conference = decode_json(CONFERENCE.as_bytes()).unwrap();
    assert_eq!(ok.name, "standup");
    let wrong = CONFERENCE.replace(r#""name":"standup""#, r#""name":5"#);
    let error = decode_json::<Conference>(wrong.as_bytes()).unwrap_err();
    assert_eq!(error.path().to_string(), "name");
    let trailing = format!("{CONFERENCE} trailing");
    let error = decode_json::<Conference>(trailing.as_bytes()).unwrap_err();
    assert!(error.inner().to_string().contains("trailing"), "{error}");
    assert!(crate::__private::success_empty(204, b"anything").is_ok());
}

#[test]
fn text_bodies_must_be_utf8_and_bytes_are_kept_as_sent() {
    use crate::__private::{success_bytes, success_text};
    assert_eq!(success_text(200, "héllo".as_bytes()).unwrap(), "héllo");
    let error = success_text(200, b"ab\xFFcd").unwrap_err();
    assert_eq!(
        error.inner().to_string(),
        "the text body is not UTF-8 (at byte 2)"
    );
    assert_eq!(success_bytes(200, b"\x89PNG\xFF").unwrap(), b"\x89PNG\xFF");
}

#[test]
fn a_success_status_the_operation_does_not_document_is_a_decoding_error() {
    let error = crate::__private::undocumented_success::<()>(203, &[200, 201]).unwrap_err();
    assert_eq!(
        error.inner().to_string(),
        "the success status 203 is not one the operation documents (200, 201)"
    );
}

#[tokio::test]
async fn per_call_headers_are_sent_and_credentials_cannot_be_overridden() {
    let server = Server::start(vec![json(200, CONFERENCE)]).await;
    let client = server.client();
    client
        .create_video_conference(&request())
        .header("x-trace-id", "trace-1")
        .header("User-Agent", "custom/1")
        .await
        .unwrap();
    let seen = server.seen();
    assert_eq!(seen[0].header("x-trace-id"), Some("trace-1"));
    assert_eq!(seen[0].header("user-agent"), Some("custom/1"));

    for (name, value, reason) in [
        ("Authorization", "Basic abc", "the client sets it itself"),
        ("proxy-authorization", "x", "the client sets it itself"),
        ("content-length", "1", "the client sets it itself"),
        ("bad name", "x", "not a valid header name"),
        ("x-ok", "line\nbreak", "visible ASCII"),
        ("x-ok", "café", "visible ASCII"),
        ("x-ok", "\u{7f}", "visible ASCII"),
        ("Content-Type", "text/plain", "the body's media type"),
    ] {
        let error = client
            .create_video_conference(&request())
            .header(name, value)
            .header("x-later", "fine")
            .await
            .unwrap_err();
        let Error::InvalidHeader {
            name: ref shown, ..
        } = error
        else {
            panic!("{name}: {error:?}");
        };
        assert_eq!(shown, name);
        let text = error.to_string();
        assert!(text.contains(reason), "{text}");
        assert!(text.contains("nothing was sent"), "{text}");
        assert!(!error.may_have_reached_server());
        assert_eq!(error.attempts(), 0);
    }
    assert_eq!(server.requests(), 1);

    let error = client
        .create_video_conference(&request())
        .timeout(Duration::ZERO)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::InvalidOption {
                option: "Call::timeout",
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("longer than zero"), "{error}");
    assert!(!error.may_have_reached_server());
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn a_shared_reqwest_client_is_used() {
    let server = Server::start(vec![json(200, CONFERENCE)]).await;
    let http = crate::client::tls::test_http_client();
    let client = server.builder().http_client(http).build().unwrap();
    client.create_video_conference(&request()).await.unwrap();
    assert_eq!(server.requests(), 1);
}

#[test]
fn calls_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    let client = Client::builder()
        .space("example")
        .project_id(PROJECT)
        .api_token(TOKEN)
        .build()
        .unwrap();
    let call = client.create_video_conference(&request());
    let shown = format!("{call:?}");
    assert!(shown.contains("create_video_conference"), "{shown}");
    assert!(!shown.contains(TOKEN), "{shown}");
    let future = std::future::IntoFuture::into_future(call);
    assert_send(&future);
    fn assert_error_object<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error_object::<Error>();
    assert_error_object::<crate::ConfigError>();
    assert_error_object::<crate::ApiError>();
}

// ---------------------------------------------------------------------------------
// Validation: nothing leaves the process.

#[tokio::test]
async fn invalid_requests_make_no_request() {
    let server = Server::start(vec![json(200, CONFERENCE)]).await;
    let client = server.client().clone();
    let error = client
        .create_video_conference(CreateConferenceRequest::builder("Standup").name("stand up"))
        .retry(quick_retries(3))
        .await
        .unwrap_err();
    let Error::Validation(ref errors) = error else {
        panic!("{error:?}");
    };
    assert_eq!(errors.len(), 1);
    assert_eq!(
        error.to_string(),
        "the request was not sent: 1 invalid value:\n  name: \"stand up\" does not match the \
         pattern ^[A-Za-z0-9_-]+$ (rule: pattern ^[A-Za-z0-9_-]+$)"
    );
    assert!(!error.may_have_reached_server());
    assert!(!error.is_retryable());
    assert_eq!(error.attempts(), 0);
    assert_eq!(error.status(), None);
    assert!(std::error::Error::source(&error).is_some());
    assert_redacted(&error);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(server.connections.load(Ordering::SeqCst), 0);
    assert_eq!(server.requests(), 0);
}

// ---------------------------------------------------------------------------------
// Documented error statuses.

#[tokio::test]
async fn documented_error_statuses_become_api_errors() {
    let cases: [(u16, &str, ApiErrorKind, &[&str]); 4] = [
        (
            400,
            r#"{"error":"Bad Request"}"#,
            ApiErrorKind::BadRequest,
            &["400 Bad Request: Bad Request", "Nothing was created"],
        ),
        (
            401,
            r#"{"error":"Unauthorized"}"#,
            ApiErrorKind::Unauthorized,
            &[
                "401 Unauthorized: Unauthorized",
                "SIGNALWIRE_PROJECT_ID",
                "SIGNALWIRE_API_TOKEN",
                "Video scope",
            ],
        ),
        (
            422,
            r#"{"errors":[{"type":"validation_error","code":"invalid_parameter","message":"Name must be present","attribute":"name","url":"https://signalwire.com/docs/apis/error-codes"}]}"#,
            ApiErrorKind::Unprocessable,
            &[
                "422 Unprocessable Entity",
                "\n  - name: Name must be present [validation_error/invalid_parameter]",
                "nothing was created",
            ],
        ),
        (
            500,
            r#"{"error":"Internal Server Error"}"#,
            ApiErrorKind::Server,
            &[
                "500 Internal Server Error: Internal Server Error",
                "may or may not have taken effect",
            ],
        ),
    ];
    for (status, body, kind, fragments) in cases {
        let server = Server::start(vec![json(status, body)]).await;
        let error = server
            .client()
            .create_video_conference(&request())
            .retry(quick_retries(3))
            .await
            .unwrap_err();
        let Error::Api(ref api) = error else {
            panic!("{status}: {error:?}");
        };
        assert_eq!(api.status().as_u16(), status);
        assert_eq!(api.kind(), kind);
        assert_eq!(api.operation(), "create_video_conference");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(error.attempts(), 1);
        assert!(error.may_have_reached_server());
        assert!(!error.is_retryable());
        let text = error.to_string();
        assert!(
            text.starts_with("create_video_conference: SignalWire answered "),
            "{text}"
        );
        for fragment in fragments {
            assert!(
                text.contains(fragment),
                "{status}: {fragment:?} not in {text}"
            );
        }
        assert_redacted(&error);
        // Never retried, even with retries on.
        assert_eq!(server.requests(), 1, "{status}");
    }
}

#[tokio::test]
async fn the_401_display_says_what_to_do() {
    let server = Server::start(vec![json(401, r#"{"error":"Unauthorized"}"#)]).await;
    let error = server
        .client()
        .create_video_conference(&request())
        .await
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "create_video_conference: SignalWire answered 401 Unauthorized: Unauthorized\n\
         The credentials were refused. Check SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN (the \
         project ID and an API token of that project, in the space of SIGNALWIRE_SPACE), and \
         that the token has the Video scope."
    );
}

// ---------------------------------------------------------------------------------
// Other statuses, Retry-After and retries.

#[tokio::test]
async fn an_undocumented_404_is_unexpected_with_its_request_id() {
    let id = uuid::Uuid::nil();
    let server = Server::start(vec![http(
        404,
        &[("x-request-id", "req-42")],
        "no such thing",
    )])
    .await;
    // 404 is documented for get: an ApiError.
    let error = server
        .client()
        .get_video_conference(&id, &GetVideoConferenceParams::default())
        .await
        .unwrap_err();
    let Error::Api(ref api) = error else {
        panic!("{error:?}")
    };
    assert_eq!(api.kind(), ApiErrorKind::NotFound);
    assert_eq!(api.request_id(), Some("req-42"));
    assert_eq!(api.excerpt(), "no such thing");
    // But not for create.
    let error = server
        .client()
        .create_video_conference(&request())
        .await
        .unwrap_err();
    let Error::UnexpectedStatus {
        status,
        ref request_id,
        ref excerpt,
        retry_after,
        attempts,
        ..
    } = error
    else {
        panic!("{error:?}")
    };
    assert_eq!(status.as_u16(), 404);
    assert_eq!(request_id.as_deref(), Some("req-42"));
    assert_eq!(excerpt, "no such thing");
    assert_eq!(retry_after, None);
    assert_eq!(attempts, 1);
    let text = error.to_string();
    assert!(text.contains("404 Not Found"), "{text}");
    assert!(text.contains("does not document"), "{text}");
    assert!(text.contains("\"no such thing\""), "{text}");
    assert!(text.contains("check the ID and the space"), "{text}");
    assert!(text.ends_with("(request ID req-42)"), "{text}");
    assert_redacted(&error);
}

#[tokio::test]
async fn a_429_with_retry_after_is_reported_once_without_retries() {
    let server = Server::start(vec![
        http(
            429,
            &[("retry-after", "0")],
            r#"{"error":"Too Many Requests"}"#,
        ),
        json(200, CONFERENCE),
    ])
    .await;
    let error = server
        .client()
        .create_video_conference(&request())
        .await
        .unwrap_err();
    let Error::UnexpectedStatus {
        status,
        retry_after,
        attempts,
        ..
    } = error
    else {
        panic!("{error:?}")
    };
    assert_eq!(status.as_u16(), 429);
    assert_eq!(retry_after, Some(Duration::ZERO));
    assert_eq!(attempts, 1);
    assert!(error.is_retryable());
    assert!(error.may_have_reached_server());
    assert_eq!(error.retry_after(), Some(Duration::ZERO));
    let text = error.to_string();
    assert!(text.contains("429 Too Many Requests"), "{text}");
    assert!(
        text.contains("the server asked to retry after 0s."),
        "{text}"
    );
    assert_redacted(&error);
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn a_429_with_retry_after_is_retried_when_retries_are_on() {
    let server = Server::start(vec![
        http(429, &[("retry-after", "0")], ""),
        json(200, CONFERENCE),
    ])
    .await;
    let client = server
        .builder()
        .retry(RetryPolicy::safe(3))
        .build()
        .unwrap();
    let conference = client.create_video_conference(&request()).await.unwrap();
    assert_eq!(conference.name, "standup");
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn a_503_with_an_http_date_retry_after_is_honoured() {
    // A date 1 s after the response's Date header.
    let server = Server::start(vec![
        http(
            503,
            &[
                ("date", "Sun, 06 Nov 1994 08:49:36 GMT"),
                ("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT"),
            ],
            "",
        ),
        json(200, CONFERENCE),
    ])
    .await;
    let started = std::time::Instant::now();
    server
        .client()
        .create_video_conference(&request())
        .retry(RetryPolicy::safe(2))
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn only_safe_failures_are_retried() {
    // No Retry-After: not retried.
    let server = Server::start(vec![http(503, &[], "down"), json(200, CONFERENCE)]).await;
    let error = server
        .client()
        .create_video_conference(&request())
        .retry(quick_retries(3))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(!error.is_retryable());
    assert_eq!(server.requests(), 1);

    // A Retry-After beyond the cap: returned at once, with the wait.
    let server = Server::start(vec![http(429, &[("retry-after", "120")], "")]).await;
    let error = server
        .client()
        .create_video_conference(&request())
        .retry(quick_retries(3))
        .await
        .unwrap_err();
    assert_eq!(error.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(server.requests(), 1);

    // A wait that would end after the deadline: the 429 itself, not a timeout.
    let server = Server::start(vec![http(429, &[("retry-after", "5")], "")]).await;
    let started = std::time::Instant::now();
    let error = server
        .client()
        .create_video_conference(&request())
        .retry(quick_retries(3))
        .timeout(Duration::from_secs(1))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(server.requests(), 1);

    // A redirect is not followed.
    let server = Server::start(vec![http(302, &[("location", "/elsewhere")], "")]).await;
    let error = server
        .client()
        .create_video_conference(&request())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::UnexpectedStatus { status, .. } if status.as_u16() == 302),
        "{error:?}"
    );
    assert!(error.to_string().contains("Redirects are not followed"));
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn connection_refused_is_retried_and_counted() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .project_id(PROJECT)
        .api_token(TOKEN)
        .build()
        .unwrap();
    for (policy, attempts) in [(RetryPolicy::none(), 1), (quick_retries(3), 3)] {
        let error = client
            .create_video_conference(&request())
            .retry(policy)
            .await
            .unwrap_err();
        let Error::Transport {
            phase: TransportPhase::Connect,
            status: None,
            ..
        } = error
        else {
            panic!("{error:?}")
        };
        assert_eq!(error.attempts(), attempts);
        assert!(!error.may_have_reached_server());
        assert!(error.is_retryable());
        assert!(std::error::Error::source(&error).is_some());
        let text = error.to_string();
        assert!(
            text.starts_with(
                "create_video_conference: could not connect to the server; nothing was sent: "
            ),
            "{text}"
        );
        assert!(text.to_lowercase().contains("refused"), "{text}");
        if attempts > 1 {
            assert!(text.ends_with("(3 attempts)"), "{text}");
        }
        assert_redacted(&error);
    }
}

// ---------------------------------------------------------------------------------
// Timeouts.

#[tokio::test]
async fn a_slow_server_times_out_the_whole_call() {
    let slow = Reply::Delayed(Duration::from_secs(10), Box::new(json(200, CONFERENCE)));
    let server = Server::start(vec![slow]).await;
    // Per call.
    let started = std::time::Instant::now();
    let error = server
        .client()
        .create_video_conference(&request())
        .timeout(Duration::from_millis(300))
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(3));
    let Error::Timeout {
        phase: TimeoutPhase::Call,
        after,
        attempts,
        ..
    } = error
    else {
        panic!("{error:?}")
    };
    assert_eq!(after, Some(Duration::from_millis(300)));
    assert_eq!(attempts, 1);
    assert!(error.may_have_reached_server());
    assert!(!error.is_retryable());
    assert_eq!(
        error.to_string(),
        "create_video_conference: the call did not complete within 300ms (whole-call timeout, \
         retries included). The request may have reached SignalWire (a create may have created \
         the conference): check before retrying, or raise the timeout."
    );
    assert_redacted(&error);
    // From the client's setting, and not retried.
    let client = server
        .builder()
        .timeout(Duration::from_millis(200))
        .retry(quick_retries(3))
        .build()
        .unwrap();
    let error = client
        .create_video_conference(&request())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Timeout { phase: TimeoutPhase::Call, after: Some(after), .. } if after == Duration::from_millis(200)),
        "{error:?}"
    );
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn a_connect_that_hangs_times_out_in_the_connect_phase() {
    // A listener with a backlog of 0 that never accepts: once its queue is full,
    // the kernel drops further SYNs and connecting hangs.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(0).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..8 {
        match tokio::time::timeout(Duration::from_millis(200), TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => fillers.push(stream),
            _ => break,
        }
    }
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .project_id(PROJECT)
        .api_token(TOKEN)
        .connect_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let error = client
        .create_video_conference(&request())
        .retry(quick_retries(2))
        .await
        .unwrap_err();
    let Error::Timeout {
        phase: TimeoutPhase::Connect,
        after,
        attempts,
        ..
    } = error
    else {
        panic!("{error:?}")
    };
    assert_eq!(after, Some(Duration::from_millis(200)));
    assert_eq!(attempts, 2);
    assert!(!error.may_have_reached_server());
    assert!(error.is_retryable());
    let text = error.to_string();
    assert!(
        text.starts_with(
            "create_video_conference: could not connect to the server within 200ms (connect \
             timeout); nothing was sent."
        ),
        "{text}"
    );
    assert_redacted(&error);
    drop(fillers);
}

// ---------------------------------------------------------------------------------
// Broken and oversized responses.

#[tokio::test]
async fn a_connection_closed_mid_response_is_a_transport_error() {
    let partial = b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"id\":\"c0f".to_vec();
    let server = Server::start(vec![Reply::Raw(partial)]).await;
    let error = server
        .client()
        .create_video_conference(&request())
        .retry(quick_retries(3))
        .await
        .unwrap_err();
    let Error::Transport {
        phase: TransportPhase::InFlight,
        status: Some(status),
        ..
    } = error
    else {
        panic!("{error:?}")
    };
    assert_eq!(status.as_u16(), 200);
    assert!(error.may_have_reached_server());
    assert!(!error.is_retryable());
    assert!(std::error::Error::source(&error).is_some());
    let text = error.to_string();
    assert!(
        text.starts_with(
            "create_video_conference: the connection failed while reading the body of a 200 OK \
             response: "
        ),
        "{text}"
    );
    assert!(text.contains("may have reached SignalWire"), "{text}");
    assert_redacted(&error);
    assert_eq!(server.requests(), 1);

    // Closed before any response.
    let server = Server::start(vec![Reply::Raw(Vec::new())]).await;
    let error = server
        .client()
        .create_video_conference(&request())
        .retry(quick_retries(3))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Transport {
                phase: TransportPhase::InFlight,
                status: None,
                ..
            }
        ),
        "{error:?}"
    );
    let text = error.to_string();
    assert!(
        text.starts_with(
            "create_video_conference: the connection failed after the request was sent: "
        ),
        "{text}"
    );
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn a_success_body_that_does_not_decode_says_it_probably_succeeded() {
    let wrong_name = CONFERENCE.replace(r#""name":"standup""#, r#""name":5"#);
    let server = Server::start(vec![
        http(200, &[("x-request-id", "req-7")], "<html>hello</html>"),
        json(200, &wrong_name),
    ])
    .await;
    let client = server.client();
    let error = client
        .create_video_conference(&request())
        .retry(quick_retries(3))
        .await
        .unwrap_err();
    let Error::Decode {
        status,
        ref path,
        ref excerpt,
        ref request_id,
        attempts,
        ..
    } = error
    else {
        panic!("{error:?}")
    };
    assert_eq!(status.as_u16(), 200);
    assert_eq!(path, ".");
    assert_eq!(excerpt, "<html>hello</html>");
    assert_eq!(request_id.as_deref(), Some("req-7"));
    assert_eq!(attempts, 1);
    assert!(error.may_have_reached_server());
    assert!(!error.is_retryable());
    let text = error.to_string();
    assert!(
        text.starts_with(
            "create_video_conference: SignalWire answered 200 OK, but the response body does \
             not decode at `.`: expected value at line 1 column 1 (body: \"<html>hello</html>\")"
        ),
        "{text}"
    );
    assert!(text.contains("probably created the conference"), "{text}");
    assert!(text.contains("do not retry it blindly"), "{text}");
    assert_redacted(&error);
    assert_eq!(server.requests(), 1, "a decode failure was retried");

    let error = client
        .create_video_conference(&request())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Decode { ref path, .. } if path == "name"),
        "{error:?}"
    );
    assert!(error.to_string().contains("decode at `name`: invalid type"));
}

#[tokio::test]
async fn huge_bodies_are_not_read_into_memory() {
    // Declared too large: refused before reading.
    let declared =
        b"HTTP/1.1 200 OK\r\ncontent-length: 104857600\r\nconnection: close\r\n\r\n{}".to_vec();
    // Not declared: read up to the limit, then stopped.
    let server = Server::start(vec![
        Reply::Raw(declared),
        Reply::Endless(crate::MAX_RESPONSE_BODY + 1024 * 1024),
    ])
    .await;
    let client = server.client();
    for _ in 0..2 {
        let error = client
            .create_video_conference(&request())
            .retry(quick_retries(3))
            .await
            .unwrap_err();
        let Error::ResponseTooLarge { status, limit, .. } = error else {
            panic!("{error:?}")
        };
        assert_eq!(status.as_u16(), 200);
        assert_eq!(limit, crate::MAX_RESPONSE_BODY);
        assert!(!error.is_retryable());
        let text = error.to_string();
        assert!(
            text.starts_with(
                "create_video_conference: SignalWire answered 200 OK, but the response body is \
                 larger than 4194304 bytes"
            ),
            "{text}"
        );
        assert!(text.contains("probably created"), "{text}");
        assert_redacted(&error);
    }
    assert_eq!(server.requests(), 2);

    // A huge error body: the status, and a bounded excerpt.
    let body = format!("{{\"error\":\"{}\"}}", "x".repeat(1024 * 1024));
    let server = Server::start(vec![json(500, &body)]).await;
    let error = server
        .client()
        .create_video_conference(&request())
        .await
        .unwrap_err();
    let Error::Api(ref api) = error else {
        panic!("{error:?}")
    };
    assert_eq!(api.status().as_u16(), 500);
    assert!(api.excerpt().ends_with('…'));
    assert!(api.excerpt().len() <= 512 + '…'.len_utf8());
    assert!(
        error.to_string().len() < 2048,
        "{}",
        error.to_string().len()
    );
}

#[test]
fn error_statuses_are_documented_by_code_range_or_default() {
    use super::{Method, Operation};
    const fn operation(documented_errors: &'static [u16]) -> Operation {
        Operation {
            id: "op",
            method: Method::Get,
            path_template: "/",
            success_status: 200,
            documented_errors,
            media: &[],
            accept: "application/json",
            files: &[],
        }
    }
    let listed = operation(&[404, 422]);
    assert_eq!(listed.documented_response(404), Some(404));
    assert_eq!(listed.documented_response(422), Some(422));
    assert_eq!(listed.documented_response(400), None);
    assert_eq!(listed.documented_response(500), None);
    // `4XX`
    let range = operation(&[4]);
    assert_eq!(range.documented_response(400), Some(4));
    assert_eq!(range.documented_response(499), Some(4));
    assert_eq!(range.documented_response(500), None);
    assert_eq!(range.documented_response(399), None);
    // `default`
    let default = operation(&[0]);
    assert_eq!(default.documented_response(418), Some(0));
    assert_eq!(default.documented_response(503), Some(0));
    // The most specific response documents a status, whatever the document's order.
    let all = operation(&[0, 4, 404]);
    assert_eq!(all.documented_response(404), Some(404));
    assert_eq!(all.documented_response(418), Some(4));
    assert_eq!(all.documented_response(503), Some(0));
}
