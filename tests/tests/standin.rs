//! The stand-in server, seen from the wire: what it answers, what it captures, how
//! scripted faults arrive. Raw requests go through a tiny HTTP/1.1 client over a
//! plain TCP socket, so bodies the typed client would never send can be sent.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant, SystemTime};

use conference_api::{
    Api, ApiErrorKind, Conference, ConferenceSize, CreateConferenceRequest,
    CreateConferenceRequestBuilder, Error, GetVideoConferenceParams, ListConferencesResponse,
    ListVideoConferencesParams, PageNumber, PageSize, StatusCode400, StatusCode401, StatusCode404,
    UpdateConferenceRequest, UpdateConferenceRequestBuilder, Uuid, VideoLayout, VideoQuality,
    VideoStatusCode422,
};
use conference_standin::{Fault, MAX_REQUEST_BODY, StandIn};
use serde_json::{Value, json};

const PATH: &str = "/api/video/conferences";

/// An HTTP response as it came off the socket.
#[derive(Debug)]
struct Raw {
    status: u16,
    /// Lowercase names.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(header, _)| header == name)
            .map(|(_, value)| value.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "not JSON ({error}): {:?}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// Sends `bytes` and closes the connection without waiting for an answer (a client
/// that goes away).
async fn send_and_hang_up(addr: SocketAddr, bytes: Vec<u8>) {
    tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).expect("connect to the stand-in");
        let _ = stream.write_all(&bytes);
    })
    .await
    .expect("the raw client thread");
}

/// Sends `request` as it is and reads the answer until the server closes the
/// connection or `limit` bytes came. `None`: no status line arrived (the connection
/// was closed without an answer).
async fn exchange(addr: SocketAddr, request: Vec<u8>, limit: usize) -> Option<Raw> {
    tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).expect("connect to the stand-in");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        // The server may answer (and close) before reading everything: ignore that.
        let _ = stream.write_all(&request);
        let mut received = Vec::new();
        let mut buffer = [0; 16 * 1024];
        while received.len() < limit {
            match stream.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
            }
        }
        parse_response(&received)
    })
    .await
    .expect("the raw client thread")
}

fn parse_response(received: &[u8]) -> Option<Raw> {
    let end = received.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&received[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let mut body = received[end + 4..].to_vec();
    let length = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse().ok());
    if let Some(length) = length {
        body.truncate(length);
    }
    Some(Raw {
        status,
        headers,
        body,
    })
}

fn base64(input: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let bytes = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(bytes[0]) << 16 | u32::from(bytes[1]) << 8 | u32::from(bytes[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `POST`-style request bytes with a body and, if given, raw `Authorization`.
fn request_bytes(method: &str, path: &str, authorization: Option<&str>, body: &[u8]) -> Vec<u8> {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(authorization) = authorization {
        head.push_str(&format!("Authorization: {authorization}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

fn basic(user: &str, password: &str) -> String {
    format!("Basic {}", base64(format!("{user}:{password}").as_bytes()))
}

/// A request with the stand-in's own credentials.
async fn send(stand_in: &StandIn, method: &str, path: &str, body: &[u8]) -> Raw {
    let authorization = basic(stand_in.project_id(), stand_in.api_token());
    exchange(
        stand_in.addr(),
        request_bytes(method, path, Some(&authorization), body),
        usize::MAX,
    )
    .await
    .expect("an answer")
}

async fn post_json(stand_in: &StandIn, body: &Value) -> Raw {
    send(stand_in, "POST", PATH, body.to_string().as_bytes()).await
}

/// The `required` list of `Video.Conference`, read from the schema the bindings are
/// generated from.
fn required_conference_keys() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../schema/video_conferences.json"
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let required = schema["components"]["schemas"]["Video.Conference"]["required"]
        .as_array()
        .expect("Video.Conference lists its required keys");
    assert!(required.len() > 20, "{required:?}");
    required
        .iter()
        .map(|key| key.as_str().unwrap().to_owned())
        .collect()
}

/// Checks a 200 answer as a client of SignalWire relies on it, and decodes it.
fn check_conference(raw: &Raw) -> Conference {
    assert_eq!(raw.status, 200, "{raw:?}");
    assert_eq!(raw.header("content-type"), Some("application/json"));
    let json = raw.json();
    for key in required_conference_keys() {
        assert!(json.get(&key).is_some(), "the answer lacks `{key}`: {json}");
    }
    let conference: Conference = serde_json::from_value(json).expect("decodes into Conference");
    assert_eq!(conference.id.get_version_num(), 4);
    let name_ok = !conference.name.is_empty()
        && conference.name.len() <= 100
        && conference
            .name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    assert!(
        name_ok,
        "name {:?} breaks the schema's rules",
        conference.name
    );
    conference
}

fn every_field() -> Value {
    json!({
        "display_name": "Weekly sync",
        "name": "weekly_sync",
        "description": "Team meeting",
        "join_from": "2022-01-01T23:59:60Z",
        "join_until": "2022-01-02",
        "quality": "1080p",
        "layout": "10x10",
        "size": "large",
        "record_on_start": true,
        "enable_room_previews": false,
        "enable_chat": false,
        "dark_primary": "#000001",
        "dark_background": "#000002",
        "dark_foreground": "#000003",
        "dark_success": "#000004",
        "dark_negative": "#000005",
        "light_primary": "#00000a",
        "light_background": "#00000b",
        "light_foreground": "#00000c",
        "light_success": "#00000d",
        "light_negative": "#00000e",
    })
}

#[tokio::test]
async fn every_answer_decodes_into_the_generated_types() {
    let stand_in = StandIn::start().await.unwrap();

    let minimal = check_conference(&post_json(&stand_in, &json!({"display_name": "x"})).await);
    assert_eq!(minimal.display_name.as_deref(), Some("x"));
    check_conference(&post_json(&stand_in, &every_field()).await);

    let bad = post_json(&stand_in, &json!({"name": "a b"})).await;
    assert_eq!(bad.status, 422);
    let list: VideoStatusCode422 = serde_json::from_slice(&bad.body).unwrap();
    assert_eq!(list.errors.len(), 2, "{list:?}");

    let unauthorized = exchange(
        stand_in.addr(),
        request_bytes("POST", PATH, None, b"{}"),
        usize::MAX,
    )
    .await
    .unwrap();
    assert_eq!(unauthorized.status, 401);
    let _: StatusCode401 = serde_json::from_slice(&unauthorized.body).unwrap();

    let not_json = send(&stand_in, "POST", PATH, b"display_name=x").await;
    assert_eq!(not_json.status, 400);
    let _: StatusCode400 = serde_json::from_slice(&not_json.body).unwrap();
}

#[tokio::test]
async fn unset_fields_get_the_schema_defaults() {
    let stand_in = StandIn::start().await.unwrap();
    let before = SystemTime::now();
    let raw = post_json(&stand_in, &json!({"display_name": "Weekly sync"})).await;
    let conference = check_conference(&raw);

    type Request = CreateConferenceRequest;
    assert_eq!(conference.quality, Request::DEFAULT_QUALITY);
    assert_eq!(conference.layout, Request::DEFAULT_LAYOUT);
    assert_eq!(conference.size.as_ref().unwrap(), &Request::DEFAULT_SIZE);
    assert_eq!(conference.enable_chat, Request::DEFAULT_ENABLE_CHAT);
    let colours = [
        (&conference.dark_primary, Request::DEFAULT_DARK_PRIMARY),
        (
            &conference.dark_background,
            Request::DEFAULT_DARK_BACKGROUND,
        ),
        (
            &conference.dark_foreground,
            Request::DEFAULT_DARK_FOREGROUND,
        ),
        (&conference.dark_success, Request::DEFAULT_DARK_SUCCESS),
        (&conference.dark_negative, Request::DEFAULT_DARK_NEGATIVE),
        (&conference.light_primary, Request::DEFAULT_LIGHT_PRIMARY),
        (
            &conference.light_background,
            Request::DEFAULT_LIGHT_BACKGROUND,
        ),
        (
            &conference.light_foreground,
            Request::DEFAULT_LIGHT_FOREGROUND,
        ),
        (&conference.light_success, Request::DEFAULT_LIGHT_SUCCESS),
        (&conference.light_negative, Request::DEFAULT_LIGHT_NEGATIVE),
    ];
    for (answered, default) in colours {
        assert_eq!(answered.as_deref(), Some(default.as_str()));
    }

    // Every default the schema documents (FieldInfo::default), as written on the wire.
    let json = raw.json();
    let mut defaults = 0;
    for field in Request::FIELDS {
        if let Some(default) = field.default {
            let answered = match &json[field.name] {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            assert_eq!(answered, default, "default of {}", field.name);
            defaults += 1;
        }
    }
    assert_eq!(defaults, 14);

    // Nullable fields are null when unset; the rest have their documented values.
    for key in [
        "description",
        "join_from",
        "join_until",
        "enable_room_previews",
        "meta",
    ] {
        assert_eq!(json[key], Value::Null, "{key}");
    }
    assert!(!conference.record_on_start);
    assert!(conference.tone_on_entry_and_exit);
    assert!(!conference.user_join_video_off);
    assert!(!conference.room_join_video_off);
    assert!(conference.active_session.is_none());
    assert!(
        conference.name.starts_with("weekly-sync-"),
        "{}",
        conference.name
    );

    let created: SystemTime = conference.created_at.known().unwrap().into_chrono().into();
    let now = SystemTime::now();
    assert!(
        created + Duration::from_secs(1) >= before && created <= now,
        "created_at {} is not now",
        conference.created_at
    );
    assert_eq!(conference.created_at, conference.updated_at);
}

#[tokio::test]
async fn given_values_are_kept() {
    let stand_in = StandIn::start().await.unwrap();
    let conference = check_conference(&post_json(&stand_in, &every_field()).await);
    assert_eq!(conference.name, "weekly_sync");
    assert_eq!(conference.description.as_deref(), Some("Team meeting"));
    assert_eq!(
        conference.join_from.unwrap().to_string(),
        "2022-01-01T23:59:60Z"
    );
    assert_eq!(
        conference.join_until.unwrap().to_string(),
        "2022-01-02T00:00:00Z"
    );
    assert_eq!(conference.quality, VideoQuality::Quality1080p);
    assert_eq!(conference.layout, VideoLayout::Layout10x10);
    assert_eq!(conference.size.unwrap(), ConferenceSize::Large);
    assert!(conference.record_on_start);
    assert_eq!(conference.enable_room_previews, Some(false));
    assert!(!conference.enable_chat);
    assert_eq!(conference.dark_primary.as_deref(), Some("#000001"));
    assert_eq!(conference.light_negative.as_deref(), Some("#00000e"));
}

#[tokio::test]
async fn each_violation_is_one_422_item_naming_its_field() {
    let stand_in = StandIn::start().await.unwrap();
    let body = json!({
        "display_name": "x".repeat(201),
        "name": "a b",
        "quality": "4k",
        "record_on_start": "yes",
        "join_from": "2022-02-30",
        "dark_primary": "#12345G",
        "colour": "#FFFFFF",
    });
    let raw = post_json(&stand_in, &body).await;
    assert_eq!(raw.status, 422);
    assert_eq!(raw.header("content-type"), Some("application/json"));
    let items = raw.json()["errors"].as_array().unwrap().clone();

    // The same violations, in the same words, as the validators give.
    let mut known = body.clone();
    known.as_object_mut().unwrap().remove("colour");
    let expected = serde_json::from_value::<CreateConferenceRequestBuilder>(known)
        .unwrap()
        .build()
        .unwrap_err();
    assert_eq!(items.len(), expected.len() + 1, "{items:#?}");
    for (item, error) in items.iter().zip(&expected) {
        assert_eq!(item["attribute"], error.field());
        assert_eq!(item["message"], error.problem());
    }
    let attributes: BTreeSet<&str> = items
        .iter()
        .map(|item| item["attribute"].as_str().unwrap())
        .collect();
    let expected_attributes: BTreeSet<&str> = [
        "display_name",
        "name",
        "quality",
        "record_on_start",
        "join_from",
        "dark_primary",
        "colour",
    ]
    .into();
    assert_eq!(attributes, expected_attributes);

    // SignalWire's item shape, and nothing else.
    for item in &items {
        let keys: BTreeSet<&str> = item
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["attribute", "code", "message", "type", "url"].into());
        assert_eq!(item["type"], "validation_error");
        assert_eq!(item["code"], "invalid_parameter");
        assert!(item["url"].as_str().unwrap().starts_with("https://"));
        assert!(!item["message"].as_str().unwrap().is_empty());
    }
    let name = items
        .iter()
        .find(|item| item["attribute"] == "name")
        .unwrap();
    assert_eq!(
        name["message"],
        "\"a b\" does not match the pattern ^[A-Za-z0-9_-]+$"
    );
    // A key the schema does not list comes last, in SignalWire's words.
    let last = items.last().unwrap();
    assert_eq!(last["attribute"], "colour");
    assert_eq!(last["message"], "is not a parameter of this endpoint");

    // A missing display name is a violation too.
    let raw = post_json(&stand_in, &json!({})).await;
    assert_eq!(raw.status, 422);
    assert_eq!(raw.json()["errors"][0]["attribute"], "display_name");
    assert_eq!(
        raw.json()["errors"][0]["message"],
        "is required but was not given"
    );
}

#[tokio::test]
async fn a_name_is_taken_once() {
    let stand_in = StandIn::start().await.unwrap();
    let body = json!({"display_name": "A", "name": "standup"});
    check_conference(&post_json(&stand_in, &body).await);
    let again = post_json(&stand_in, &body).await;
    assert_eq!(again.status, 422);
    assert_eq!(again.json()["errors"][0]["attribute"], "name");
    assert_eq!(
        again.json()["errors"][0]["message"],
        "has already been taken"
    );
}

#[tokio::test]
async fn bodies_that_are_not_json_objects_are_bad_requests() {
    let stand_in = StandIn::start().await.unwrap();
    let bodies: [&[u8]; 7] = [
        b"",
        b"nope",
        b"[1]",
        b"null",
        b"\"display_name\"",
        b"{\"display_name\":",
        b"{\"display_name\":\"\xff\"}",
    ];
    for body in bodies {
        let raw = send(&stand_in, "POST", PATH, body).await;
        assert_eq!(raw.status, 400, "{:?}", String::from_utf8_lossy(body));
        assert_eq!(raw.body, br#"{"error":"Bad Request"}"#);
    }
}

#[tokio::test]
async fn wrong_or_missing_credentials_are_unauthorized() {
    let stand_in = StandIn::start().await.unwrap();
    let body = br#"{"display_name":"x"}"#;
    let wrong = [
        Some(basic(stand_in.project_id(), "wrong")),
        Some(basic("someone-else", stand_in.api_token())),
        Some(format!("Bearer {}", stand_in.api_token())),
        Some("Basic !!!".to_owned()),
        None,
    ];
    for authorization in wrong {
        let raw = exchange(
            stand_in.addr(),
            request_bytes("POST", PATH, authorization.as_deref(), body),
            usize::MAX,
        )
        .await
        .unwrap();
        assert_eq!(raw.status, 401, "{authorization:?}");
        assert_eq!(raw.body, br#"{"error":"Unauthorized"}"#);
    }
    assert!(
        stand_in
            .requests()
            .iter()
            .all(|request| !request.authenticated)
    );
}

#[tokio::test]
async fn an_unauthenticated_body_is_never_read() {
    // A body read before authentication would be waited for until this timeout.
    let stand_in = StandIn::builder()
        .body_read_timeout(Duration::from_secs(3600))
        .start()
        .await
        .unwrap();
    let declared = 1 << 20;
    for (authorization, path) in [
        (None, PATH.to_owned()),
        (Some(basic(stand_in.project_id(), "wrong")), PATH.to_owned()),
        (
            Some(basic("someone-else", stand_in.api_token())),
            format!("{PATH}/{}", Uuid::new_v4()),
        ),
    ] {
        // Declares a 1 MiB body and sends 16 bytes of it: the answer can only come
        // from a server that does not wait for the rest.
        let method = if path == PATH { "POST" } else { "PUT" };
        let mut bytes = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
             Content-Length: {declared}\r\n"
        );
        if let Some(authorization) = &authorization {
            bytes.push_str(&format!("Authorization: {authorization}\r\n"));
        }
        bytes.push_str("\r\n{\"display_name\":");
        let (raw, closed) = send_partial(stand_in.addr(), bytes.into_bytes()).await;
        let raw = raw.unwrap_or_else(|| panic!("no answer before the body ({authorization:?})"));
        assert_eq!(raw.status, 401, "{authorization:?}");
        assert_eq!(raw.body, br#"{"error":"Unauthorized"}"#);
        // The rest of the body is not read, so the connection ends with the answer.
        assert_eq!(raw.header("connection"), Some("close"));
        assert!(closed, "the connection stayed open");
    }
    // Captured with their heads, not their bodies.
    let requests = stand_in.take_requests();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert!(!request.authenticated);
        assert!(request.body.is_empty(), "{request:?}");
        assert_eq!(request.status, Some(401));
        assert_eq!(
            request.header("content-length"),
            Some(declared.to_string().as_str())
        );
    }
    // A request without a body keeps its connection: nothing is left unread.
    let addr = stand_in.addr();
    let raw = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .write_all(format!("GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes())
            .unwrap();
        read_one_response(&mut stream)
    })
    .await
    .unwrap();
    assert_eq!(raw.status, 401);
    assert_eq!(raw.header("connection"), None);
    check_conference(&post_json(&stand_in, &json!({"display_name": "x"})).await);
}

#[tokio::test]
async fn a_full_stand_in_refuses_creates_with_507_until_a_delete() {
    let stand_in = StandIn::builder().max_conferences(2).start().await.unwrap();
    let first = check_conference(&post_json(&stand_in, &json!({"display_name": "1"})).await);
    check_conference(&post_json(&stand_in, &json!({"display_name": "2"})).await);

    let raw = post_json(&stand_in, &json!({"display_name": "3"})).await;
    assert_eq!(raw.status, 507, "{raw:?}");
    assert_eq!(raw.header("content-type"), Some("application/json"));
    // Shaped like the other error bodies, and naming the limit.
    let body = raw.json();
    let error = body["error"].as_str().unwrap_or_else(|| panic!("{body}"));
    assert_eq!(
        body.as_object().map(|object| object.len()),
        Some(1),
        "{body}"
    );
    assert!(error.starts_with("Insufficient Storage"), "{error}");
    assert!(error.contains("at most 2 conferences"), "{error}");
    assert!(error.contains("max_conferences"), "{error}");
    assert_eq!(stand_in.conferences().len(), 2);
    // An invalid body or a taken name is still told as such.
    let raw = post_json(&stand_in, &json!({"display_name": "x".repeat(201)})).await;
    assert_eq!(
        attributes_422(&raw),
        BTreeSet::from(["display_name".to_owned()])
    );
    let raw = post_json(&stand_in, &json!({"display_name": "x", "name": first.name})).await;
    assert_eq!(attributes_422(&raw), BTreeSet::from(["name".to_owned()]));
    // Seeding stops at the limit too; the rest is served as usual.
    assert!(stand_in.seed_conferences(5).is_empty());
    assert_eq!(list_page(&stand_in, PATH).await.data.len(), 2);
    let at = format!("{PATH}/{}", first.id);
    assert_eq!(
        send(&stand_in, "PUT", &at, br#"{"display_name":"changed"}"#)
            .await
            .status,
        200
    );

    // The typed client sees the 507, and is not told to retry it.
    let client = stand_in.client().unwrap();
    let request = CreateConferenceRequest::builder("3").build().unwrap();
    let error = client.create_video_conference(&request).await.unwrap_err();
    assert_eq!(error.status().map(|status| status.as_u16()), Some(507));
    assert!(!error.is_retryable(), "{error}");

    // A delete makes room.
    assert_eq!(send(&stand_in, "DELETE", &at, b"").await.status, 204);
    client.create_video_conference(&request).await.unwrap();
    assert_eq!(stand_in.conferences().len(), 2);
    assert_eq!(
        post_json(&stand_in, &json!({"display_name": "4"}))
            .await
            .status,
        507
    );
}

#[tokio::test]
async fn other_paths_and_methods_are_not_found() {
    let stand_in = StandIn::start().await.unwrap();
    let id = check_conference(&post_json(&stand_in, &json!({"display_name": "x"})).await).id;
    for (method, path) in [
        ("PUT", PATH.to_owned()),
        ("DELETE", PATH.to_owned()),
        ("PATCH", PATH.to_owned()),
        ("POST", "/api/video/conferences/".to_owned()),
        ("GET", "/api/video/conferences/".to_owned()),
        ("POST", format!("{PATH}/{id}")),
        ("PATCH", format!("{PATH}/{id}")),
        ("GET", format!("{PATH}/{id}/sessions")),
        ("GET", "/api/video/conference".to_owned()),
        (
            "GET",
            "/api/video/conferences/c22d24f6-5a47-4597-9a23-c7d01e696b92".to_owned(),
        ),
        ("GET", "/api/video/conferences/not-a-uuid".to_owned()),
        ("PUT", "/api/video/conferences/not-a-uuid".to_owned()),
        ("DELETE", "/api/video/conferences/42".to_owned()),
        ("POST", "/".to_owned()),
    ] {
        let raw = send(&stand_in, method, &path, b"{}").await;
        assert_eq!(raw.status, 404, "{method} {path}");
        assert_eq!(raw.body, br#"{"error":"Not Found"}"#);
        let _: StatusCode404 = serde_json::from_slice(&raw.body).unwrap();
    }
    // Nothing of that touched the one conference.
    assert_eq!(stand_in.conferences().len(), 1);
}

#[tokio::test]
async fn an_oversized_body_is_refused_and_the_server_lives_on() {
    let stand_in = StandIn::start().await.unwrap();
    let huge = format!(
        r#"{{"display_name":"x","description":"{}"}}"#,
        "y".repeat(MAX_REQUEST_BODY)
    );
    let raw = send(&stand_in, "POST", PATH, huge.as_bytes()).await;
    assert_eq!(raw.status, 413);
    assert_eq!(raw.body, br#"{"error":"Payload Too Large"}"#);
    check_conference(&post_json(&stand_in, &json!({"display_name": "x"})).await);
}

#[tokio::test]
async fn no_input_brings_it_down() {
    let stand_in = StandIn::start().await.unwrap();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let inputs: Vec<Vec<u8>> = vec![
        b"\x00\x01\x02 garbage \xff\r\n\r\n".to_vec(),
        b"GET / HTTP/9.9\r\n\r\n".to_vec(),
        format!(
            "GET /{} HTTP/1.1\r\nConnection: close\r\n\r\n",
            "a".repeat(200_000)
        )
        .into_bytes(),
        format!(
            "GET / HTTP/1.1\r\nConnection: close\r\nX: {}\r\n\r\n",
            "b".repeat(200_000)
        )
        .into_bytes(),
        b"POST /api/video/conferences HTTP/1.1\r\nContent-Length: abc\r\n\r\n".to_vec(),
        b"POST /api/video/conferences HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
            .to_vec(),
        request_bytes(
            "POST",
            PATH,
            Some(&basic(stand_in.project_id(), stand_in.api_token())),
            deep.as_bytes(),
        ),
        request_bytes(
            "POST",
            PATH,
            Some(&basic(stand_in.project_id(), stand_in.api_token())),
            br#"{"display_name":"\ud800","size":1e999999,"enable_chat":[{}]}"#,
        ),
        request_bytes("POST", PATH, Some("Basic \u{7f}\u{1}"), b"{}"),
    ];
    // A client that goes away in the middle of its body.
    send_and_hang_up(
        stand_in.addr(),
        b"POST /api/video/conferences HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"di".to_vec(),
    )
    .await;
    for input in inputs {
        // Whatever it answers, if anything, it keeps serving.
        let answer = exchange(stand_in.addr(), input, 64 * 1024).await;
        if let Some(answer) = answer {
            assert!(answer.status >= 400, "{answer:?}");
        }
        check_conference(&post_json(&stand_in, &json!({"display_name": "still here"})).await);
    }
}

#[tokio::test]
async fn scripted_faults_arrive_as_scripted() {
    let stand_in = StandIn::start().await.unwrap();
    let ok = json!({"display_name": "x"});

    // A status, its headers and body, exactly; on any path, before authentication.
    stand_in.fail_next(Fault::Status {
        status: 503,
        headers: vec![
            ("Retry-After".to_owned(), "7".to_owned()),
            ("Content-Type".to_owned(), "text/plain".to_owned()),
        ],
        body: b"down for maintenance".to_vec(),
    });
    let raw = exchange(
        stand_in.addr(),
        request_bytes("GET", "/anything", None, b""),
        usize::MAX,
    )
    .await
    .unwrap();
    assert_eq!(raw.status, 503);
    assert_eq!(raw.header("retry-after"), Some("7"));
    assert_eq!(raw.header("content-type"), Some("text/plain"));
    assert_eq!(raw.body, b"down for maintenance");

    // The next N requests, then normal service again.
    stand_in.fail_next_n(
        2,
        Fault::status(500, r#"{"error":"Internal Server Error"}"#),
    );
    assert_eq!(stand_in.pending_faults(), 2);
    for _ in 0..2 {
        let raw = post_json(&stand_in, &ok).await;
        assert_eq!(raw.status, 500);
        assert_eq!(raw.header("content-type"), Some("application/json"));
        assert_eq!(raw.body, br#"{"error":"Internal Server Error"}"#);
    }
    assert_eq!(stand_in.pending_faults(), 0);
    check_conference(&post_json(&stand_in, &ok).await);

    // A delay, then the usual answer.
    stand_in.fail_next(Fault::Delay(Duration::from_millis(400)));
    let started = Instant::now();
    check_conference(&post_json(&stand_in, &ok).await);
    assert!(started.elapsed() >= Duration::from_millis(400));

    // A dropped connection: no answer at all.
    stand_in.fail_next(Fault::Drop);
    let authorization = basic(stand_in.project_id(), stand_in.api_token());
    let dropped = exchange(
        stand_in.addr(),
        request_bytes(
            "POST",
            PATH,
            Some(&authorization),
            ok.to_string().as_bytes(),
        ),
        usize::MAX,
    )
    .await;
    assert!(dropped.is_none(), "{dropped:?}");

    // A body without end, sent in chunks: read 1 MiB of it, then hang up.
    stand_in.fail_next(Fault::EndlessBody { status: 200 });
    let endless = exchange(
        stand_in.addr(),
        request_bytes("POST", PATH, Some(&authorization), b"{}"),
        1 << 20,
    )
    .await
    .unwrap();
    assert_eq!(endless.status, 200);
    assert_eq!(endless.header("transfer-encoding"), Some("chunked"));
    assert_eq!(endless.header("content-length"), None);
    assert!(endless.body.len() > 512 * 1024);

    // A script that cannot be sent says why.
    stand_in.fail_next(Fault::status(1000, "x"));
    let raw = post_json(&stand_in, &ok).await;
    assert_eq!(raw.status, 500);
    assert!(
        String::from_utf8_lossy(&raw.body)
            .contains("scripted status 1000 is not a valid HTTP status"),
        "{raw:?}"
    );

    // Forgotten faults never arrive.
    stand_in.fail_next(Fault::Drop);
    stand_in.clear_faults();
    check_conference(&post_json(&stand_in, &ok).await);

    let statuses: Vec<Option<u16>> = stand_in.requests().iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [
            Some(503),
            Some(500),
            Some(500),
            Some(200),
            Some(200),
            None,
            Some(200),
            Some(500),
            Some(200)
        ]
    );
}

#[tokio::test]
async fn captured_requests_show_what_was_sent_but_not_the_token() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let request = serde_json::from_value::<CreateConferenceRequestBuilder>(every_field())
        .unwrap()
        .build()
        .unwrap();
    client.create_video_conference(&request).await.unwrap();

    let requests = stand_in.requests();
    assert_eq!(requests.len(), 1);
    let captured = &requests[0];
    assert_eq!(captured.method, "POST");
    assert_eq!(captured.path, PATH);
    assert_eq!(captured.query, None);
    assert_eq!(
        captured.json(),
        Some(serde_json::to_value(&request).unwrap())
    );
    // Date-only values are sent as the date-times they mean.
    let mut sent = every_field();
    sent["join_until"] = "2022-01-02T00:00:00Z".into();
    assert_eq!(captured.json(), Some(sent));
    assert_eq!(captured.header("Content-Type"), Some("application/json"));
    assert!(
        captured
            .header("user-agent")
            .is_some_and(|agent| agent.starts_with("conference-api/")),
        "{captured:?}"
    );
    assert_eq!(captured.header("authorization"), Some("Basic [redacted]"));
    assert_eq!(captured.project_id.as_deref(), Some(stand_in.project_id()));
    assert!(captured.authenticated);
    assert_eq!(captured.status, Some(200));

    // A wrong token is not kept either.
    let wrong = stand_in
        .client_builder()
        .api_token("PTwrong-token")
        .build()
        .unwrap();
    wrong.create_video_conference(&request).await.unwrap_err();
    let requests = stand_in.take_requests();
    assert_eq!(requests.len(), 2);
    assert!(!requests[1].authenticated);
    assert_eq!(requests[1].status, Some(401));
    let printed = format!("{requests:?}");
    for secret in [stand_in.api_token(), "PTwrong-token"] {
        assert!(!printed.contains(secret), "{printed}");
        for captured in &requests {
            assert!(
                captured
                    .headers
                    .iter()
                    .all(|(_, value)| !value.contains(secret))
            );
        }
    }
    assert!(stand_in.requests().is_empty());
}

#[tokio::test]
async fn custom_credentials_and_port() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let stand_in = StandIn::builder()
        .port(port)
        .project_id("my-project")
        .api_token("PTmine")
        .start()
        .await
        .unwrap();
    assert_eq!(stand_in.url(), format!("http://127.0.0.1:{port}"));
    assert_eq!(stand_in.addr().port(), port);
    let client = stand_in.client().unwrap();
    let request = CreateConferenceRequest::builder("x").build().unwrap();
    client.create_video_conference(&request).await.unwrap();
    assert_eq!(
        stand_in.requests()[0].project_id.as_deref(),
        Some("my-project")
    );
    assert!(!format!("{stand_in:?}").contains("PTmine"));

    // Two stand-ins started without settings accept different credentials.
    let first = StandIn::start().await.unwrap();
    let second = StandIn::start().await.unwrap();
    assert_ne!(first.api_token(), second.api_token());
    assert_ne!(first.project_id(), second.project_id());
    assert_ne!(first.addr(), second.addr());

    // A credential Basic auth cannot carry is refused.
    let error = StandIn::builder()
        .project_id("a:b")
        .start()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
}

#[tokio::test]
async fn it_stops_serving_when_dropped() {
    let stand_in = StandIn::start().await.unwrap();
    let addr = stand_in.addr();
    let client = stand_in
        .client_builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    // A call in flight when the server goes away ends at once, without an answer.
    stand_in.fail_next(Fault::Delay(Duration::from_secs(15)));
    let call = tokio::spawn(async move {
        let request = CreateConferenceRequest::builder("x").build().unwrap();
        client.create_video_conference(&request).await
    });
    while stand_in.requests().is_empty() {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let started = Instant::now();
    drop(stand_in);
    let error = call.await.unwrap().unwrap_err();
    assert!(
        matches!(error, conference_api::Error::Transport { .. }),
        "{error}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));

    // And the port no longer accepts connections.
    let deadline = Instant::now() + Duration::from_secs(5);
    while TcpStream::connect(addr).is_ok() {
        assert!(Instant::now() < deadline, "still accepting on {addr}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

// ---------------------------------------------------------------------------------
// The stand-in keeps conferences: get, update, list, delete.
// ---------------------------------------------------------------------------------

/// `GET` of a path (and query) with the stand-in's credentials.
async fn get(stand_in: &StandIn, path: &str) -> Raw {
    send(stand_in, "GET", path, b"").await
}

/// A listing page: checks its answer and decodes it.
async fn list_page(stand_in: &StandIn, path: &str) -> ListConferencesResponse {
    let raw = get(stand_in, path).await;
    assert_eq!(raw.status, 200, "{path}: {raw:?}");
    assert_eq!(raw.header("content-type"), Some("application/json"));
    let json = raw.json();
    for conference in json["data"].as_array().expect("data is a list") {
        for key in required_conference_keys() {
            assert!(
                conference.get(&key).is_some(),
                "lacks `{key}`: {conference}"
            );
        }
    }
    serde_json::from_value(json).expect("decodes into ListConferencesResponse")
}

/// The path and query of a link the stand-in gave, which must be absolute and on it.
fn link_path<'a>(stand_in: &StandIn, link: &'a str) -> &'a str {
    let rest = link
        .strip_prefix(stand_in.url())
        .unwrap_or_else(|| panic!("{link} is not a link on {}", stand_in.url()));
    assert!(rest.starts_with(&format!("{PATH}?")), "{link}");
    rest
}

fn ids(conferences: &[Conference]) -> Vec<Uuid> {
    conferences.iter().map(|conference| conference.id).collect()
}

/// The attributes of a 422 answer's items, after checking SignalWire's item shape.
fn attributes_422(raw: &Raw) -> BTreeSet<String> {
    assert_eq!(raw.status, 422, "{raw:?}");
    let list: VideoStatusCode422 = serde_json::from_slice(&raw.body).unwrap();
    assert!(!list.errors.is_empty());
    list.errors
        .iter()
        .map(|item| {
            assert_eq!(item.r#type, "validation_error");
            assert_eq!(item.code, "invalid_parameter");
            assert!(!item.message.is_empty());
            item.attribute
                .clone()
                .expect("every item names its parameter")
        })
        .collect()
}

#[tokio::test]
async fn a_conference_lives_through_create_get_update_list_and_delete() {
    let stand_in = StandIn::start().await.unwrap();
    let created = check_conference(
        &post_json(
            &stand_in,
            &json!({"display_name": "Weekly sync", "layout": "2x2", "join_from": "2030-01-01"}),
        )
        .await,
    );
    let at = format!("{PATH}/{}", created.id);

    // Get: the conference as created.
    let fetched = check_conference(&get(&stand_in, &at).await);
    assert_eq!(fetched, created);
    let with_session =
        check_conference(&get(&stand_in, &format!("{at}?include_active_session=true")).await);
    assert_eq!(with_session, created);

    // Update: the given fields change, the rest stay, updated_at moves on.
    let update = json!({
        "display_name": "Renamed",
        "quality": "1080p",
        "enable_chat": false,
        "tone_on_entry_and_exit": false,
        "dark_primary": "#123456",
        "join_until": "2030-01-02T10:00:00Z",
    });
    let raw = send(&stand_in, "PUT", &at, update.to_string().as_bytes()).await;
    let updated = check_conference(&raw);
    assert_eq!(updated.id, created.id);
    assert_eq!(updated.name, created.name);
    assert_eq!(updated.display_name.as_deref(), Some("Renamed"));
    assert_eq!(updated.quality, VideoQuality::Quality1080p);
    assert!(!updated.enable_chat);
    assert!(!updated.tone_on_entry_and_exit);
    assert_eq!(updated.dark_primary.as_deref(), Some("#123456"));
    assert_eq!(
        updated
            .join_until
            .as_ref()
            .map(|time| time.to_string())
            .as_deref(),
        Some("2030-01-02T10:00:00Z")
    );
    assert_eq!(updated.layout, VideoLayout::Layout2x2);
    assert_eq!(updated.join_from, created.join_from);
    assert_eq!(updated.light_primary, created.light_primary);
    assert_eq!(updated.created_at, created.created_at);
    assert!(updated.updated_at.known().unwrap() >= created.updated_at.known().unwrap());
    assert_eq!(check_conference(&get(&stand_in, &at).await), updated);

    // The typed client sees the same.
    let client = stand_in.client().unwrap();
    let typed = UpdateConferenceRequest::builder("Renamed again")
        .build()
        .unwrap();
    let again = client
        .update_video_conference(&created.id, &typed)
        .await
        .unwrap();
    assert_eq!(again.display_name.as_deref(), Some("Renamed again"));
    assert_eq!(again.quality, VideoQuality::Quality1080p);
    let got = client
        .get_video_conference(&created.id, &GetVideoConferenceParams::default())
        .await
        .unwrap();
    assert_eq!(got, again);

    // List: it is there, as updated.
    let page = list_page(&stand_in, PATH).await;
    assert_eq!(page.data, std::slice::from_ref(&again));
    assert_eq!(stand_in.conferences(), [again]);

    // Delete: 204 without a body; then it is gone everywhere.
    let raw = send(&stand_in, "DELETE", &at, b"").await;
    assert_eq!(raw.status, 204, "{raw:?}");
    assert!(raw.body.is_empty());
    assert_eq!(raw.header("content-type"), None);
    for method in ["GET", "PUT", "DELETE"] {
        let raw = send(&stand_in, method, &at, update.to_string().as_bytes()).await;
        assert_eq!(raw.status, 404, "{method} after delete");
        assert_eq!(raw.body, br#"{"error":"Not Found"}"#);
    }
    assert!(list_page(&stand_in, PATH).await.data.is_empty());
    assert!(stand_in.conferences().is_empty());
    let error = client
        .get_video_conference(&created.id, &GetVideoConferenceParams::default())
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.kind(), ApiErrorKind::NotFound);
    assert_eq!(api.message(), Some("Not Found"));

    // Its name is free again.
    let name = json!({"display_name": "x", "name": created.name});
    check_conference(&post_json(&stand_in, &name).await);
}

#[tokio::test]
async fn listing_pages_follow_next_and_prev_links() {
    let stand_in = StandIn::start().await.unwrap();
    let seeded = stand_in.seed_conferences(10);
    assert_eq!(seeded.len(), 10);
    assert_eq!(stand_in.conferences(), seeded);

    // Forward: pages of 3, 3, 3 and 1, in creation order, by following `next`.
    let mut pages = vec![list_page(&stand_in, &format!("{PATH}?page_size=3")).await];
    while let Some(next) = pages.last().unwrap().links.next.clone() {
        assert!(pages.len() < 10, "the next links do not end");
        let page = list_page(&stand_in, link_path(&stand_in, &next)).await;
        assert_eq!(page.links.self_, next, "self is the link followed");
        pages.push(page);
    }
    let sizes: Vec<usize> = pages.iter().map(|page| page.data.len()).collect();
    assert_eq!(sizes, [3, 3, 3, 1]);
    let listed: Vec<Conference> = pages.iter().flat_map(|page| page.data.clone()).collect();
    assert_eq!(listed, seeded);

    // The links: absolute, with page_number and page_size; prev only after page 0.
    let base = format!("{}{PATH}?", stand_in.url());
    for (number, page) in pages.iter().enumerate() {
        let links = &page.links;
        assert_eq!(links.first, format!("{base}page_number=0&page_size=3"));
        assert!(
            links
                .self_
                .starts_with(&format!("{base}page_number={number}&page_size=3")),
            "{links:?}"
        );
        if number > 0 {
            assert!(links.self_.contains("&page_token="), "{links:?}");
        }
        assert_eq!(links.prev.is_some(), number > 0, "{links:?}");
        assert_eq!(links.next.is_some(), number < 3, "{links:?}");
    }

    // Backward: `prev` from the last page gives the pages before, down to page 0.
    let mut page = pages.pop().unwrap();
    while let Some(prev) = page.links.prev.clone() {
        page = list_page(&stand_in, link_path(&stand_in, &prev)).await;
        let expected = pages.pop().expect("no more pages than forward");
        assert_eq!(ids(&page.data), ids(&expected.data));
        assert!(page.links.next.is_some());
    }
    assert!(pages.is_empty(), "prev stopped early");
    assert_eq!(ids(&page.data), ids(&seeded[..3]));

    // `first` is page 0; the default page size is 50.
    let first = list_page(&stand_in, link_path(&stand_in, &page.links.first)).await;
    assert_eq!(ids(&first.data), ids(&seeded[..3]));
    let all = list_page(&stand_in, PATH).await;
    assert_eq!(all.data, seeded);
    assert_eq!(all.links.next, None);
    assert_eq!(all.links.prev, None);
    assert_eq!(all.links.self_, format!("{base}page_number=0&page_size=50"));

    // The typed client follows a next link's token too.
    let client = stand_in.client().unwrap();
    let params = ListVideoConferencesParams {
        page_size: Some(PageSize::new(4).unwrap()),
        ..Default::default()
    };
    let first = client.list_video_conferences(&params).await.unwrap();
    let next = first.links.next.unwrap();
    let token = next
        .split('&')
        .find_map(|pair| pair.strip_prefix("page_token="))
        .unwrap();
    let second = client
        .list_video_conferences(&ListVideoConferencesParams {
            page_number: Some(PageNumber::new(1).unwrap()),
            page_token: Some(token.to_owned()),
            ..params
        })
        .await
        .unwrap();
    assert_eq!(ids(&second.data), ids(&seeded[4..8]));
}

#[tokio::test]
async fn creating_and_deleting_while_paging_neither_repeats_nor_skips() {
    let stand_in = StandIn::start().await.unwrap();
    let seeded = stand_in.seed_conferences(10);
    let client = stand_in.client().unwrap();

    let first = list_page(&stand_in, &format!("{PATH}?page_size=4")).await;
    assert_eq!(ids(&first.data), ids(&seeded[..4]));

    // Between pages: new conferences, and the deletion of one already listed.
    let mut created = Vec::new();
    for i in 0..5 {
        let request = CreateConferenceRequest::builder(format!("Late {i}"))
            .build()
            .unwrap();
        created.push(client.create_video_conference(&request).await.unwrap());
    }
    client.delete_video_conference(&seeded[1].id).await.unwrap();

    let mut listed = first.data.clone();
    let mut next = first.links.next.clone();
    while let Some(link) = next {
        let page = list_page(&stand_in, link_path(&stand_in, &link)).await;
        listed.extend(page.data);
        next = page.links.next;
    }
    // Exactly the conferences that existed when the listing started, once each.
    assert_eq!(ids(&listed), ids(&seeded));

    // A deletion ahead of the cursor only leaves that conference out.
    let second = list_page(
        &stand_in,
        link_path(&stand_in, first.links.next.as_ref().unwrap()),
    )
    .await;
    client.delete_video_conference(&seeded[5].id).await.unwrap();
    let third = list_page(
        &stand_in,
        link_path(&stand_in, second.links.next.as_ref().unwrap()),
    )
    .await;
    let mut expected = ids(&seeded[8..10]);
    expected.retain(|id| *id != seeded[5].id);
    assert_eq!(ids(&third.data), expected);

    // A new listing shows the new conferences, after the old ones.
    let fresh = list_page(&stand_in, PATH).await;
    let mut expected: Vec<Uuid> = ids(&seeded);
    expected.retain(|id| *id != seeded[1].id && *id != seeded[5].id);
    expected.extend(ids(&created));
    assert_eq!(ids(&fresh.data), expected);
    assert_eq!(ids(&stand_in.conferences()), expected);
}

#[tokio::test]
async fn listing_filters_select_by_join_times() {
    let stand_in = StandIn::start().await.unwrap();
    // Sample n can be joined from 2030-01-01T00:00:00Z + n hours, for an hour.
    let seeded = stand_in.seed_conferences(10);
    // Without join times: never selected by a filter.
    check_conference(&post_json(&stand_in, &json!({"display_name": "untimed"})).await);

    let starts = "starts_after=2030-01-01T05%3A00%3A00Z";
    let page = list_page(&stand_in, &format!("{PATH}?{starts}")).await;
    assert_eq!(ids(&page.data), ids(&seeded[4..]));

    // 2030-01-01T08:00:00Z as a Unix timestamp; an offset date-time means the same.
    let ends = "ends_before=1893484800";
    let page = list_page(&stand_in, &format!("{PATH}?{ends}")).await;
    assert_eq!(ids(&page.data), ids(&seeded[..7]));
    let page = list_page(
        &stand_in,
        &format!("{PATH}?ends_before=2030-01-01T09%3A00%3A00%2B01%3A00"),
    )
    .await;
    assert_eq!(ids(&page.data), ids(&seeded[..7]));

    // Both, paged by 2: the links carry the filters.
    let mut page = list_page(&stand_in, &format!("{PATH}?{starts}&{ends}&page_size=2")).await;
    let mut listed = page.data.clone();
    for link in [&page.links.self_, &page.links.first] {
        assert!(link.contains(starts) && link.contains(ends), "{link}");
    }
    while let Some(next) = page.links.next.clone() {
        assert!(next.contains(starts) && next.contains(ends), "{next}");
        page = list_page(&stand_in, link_path(&stand_in, &next)).await;
        listed.extend(page.data.clone());
    }
    assert_eq!(ids(&listed), ids(&seeded[4..7]));
    let prev = page.links.prev.unwrap();
    assert!(prev.contains(starts) && prev.contains(ends), "{prev}");

    // include_active_session is accepted; there is no session to include.
    let page = list_page(&stand_in, &format!("{PATH}?include_active_session=true")).await;
    assert_eq!(page.data.len(), 11);
    assert!(page.data.iter().all(|c| c.active_session.is_none()));
}

#[tokio::test]
async fn invalid_list_parameters_are_422_items_naming_them() {
    let stand_in = StandIn::start().await.unwrap();
    stand_in.seed_conferences(5);
    let page = list_page(&stand_in, &format!("{PATH}?page_size=2")).await;
    let next = page.links.next.unwrap();
    let token = next
        .split('&')
        .find_map(|pair| pair.strip_prefix("page_token="))
        .unwrap()
        .to_owned();
    let other = StandIn::start().await.unwrap();
    other.seed_conferences(5);
    let foreign = list_page(&other, &format!("{PATH}?page_size=2")).await;
    let foreign = foreign.links.next.unwrap();
    let foreign_token = foreign
        .split('&')
        .find_map(|pair| pair.strip_prefix("page_token="))
        .unwrap();

    let cases: Vec<(String, &[&str])> = vec![
        ("page_size=0".to_owned(), &["page_size"]),
        ("page_size=5000".to_owned(), &["page_size"]),
        ("page_size=abc".to_owned(), &["page_size"]),
        ("page_size=".to_owned(), &["page_size"]),
        ("page_size=10&page_size=20".to_owned(), &["page_size"]),
        ("page_number=1".to_owned(), &["page_token"]),
        ("page_number=-1".to_owned(), &["page_number"]),
        ("page_number=one".to_owned(), &["page_number"]),
        ("page_number=99999999999".to_owned(), &["page_number"]),
        ("page_number=1&page_token=bogus".to_owned(), &["page_token"]),
        (
            format!("page_number=1&page_token={foreign_token}"),
            &["page_token"],
        ),
        // The token of page 1 is not the token of page 2.
        (format!("page_number=2&page_token={token}"), &["page_token"]),
        ("starts_after=yesterday".to_owned(), &["starts_after"]),
        ("ends_before=1e9".to_owned(), &["ends_before"]),
        ("ends_before=2030-02-30".to_owned(), &["ends_before"]),
        (
            "include_active_session=yes".to_owned(),
            &["include_active_session"],
        ),
        (
            "page_size=0&starts_after=x&page_number=2".to_owned(),
            &["page_size", "starts_after", "page_token"],
        ),
    ];
    for (query, expected) in cases {
        let raw = get(&stand_in, &format!("{PATH}?{query}")).await;
        let expected: BTreeSet<String> = expected.iter().map(|name| (*name).to_owned()).collect();
        assert_eq!(attributes_422(&raw), expected, "{query}");
    }
    let raw = get(&stand_in, &format!("{PATH}?page_size=5000")).await;
    assert_eq!(
        raw.json()["errors"][0]["message"],
        PageSize::new(5000).unwrap_err().problem()
    );

    // The token of page 1, with page_number 1, is fine; unknown parameters are ignored.
    let page = list_page(
        &stand_in,
        &format!("{PATH}?page_number=1&page_size=2&page_token={token}&colour=red"),
    )
    .await;
    assert_eq!(page.data.len(), 2);

    // The typed client gets the 422 as an error with the items.
    let client = stand_in.client().unwrap();
    let params = ListVideoConferencesParams {
        page_size: Some(PageSize::new_unchecked(5000)),
        starts_after: Some("soon".to_owned()),
        ..Default::default()
    };
    let error = client.list_video_conferences(&params).await.unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.kind(), ApiErrorKind::Unprocessable);
    let attributes: BTreeSet<&str> = api
        .items()
        .iter()
        .filter_map(|item| item.attribute())
        .collect();
    assert_eq!(attributes, ["page_size", "starts_after"].into());

    // A bad include_active_session on get is one too.
    let id = stand_in.conferences()[0].id;
    let raw = get(&stand_in, &format!("{PATH}/{id}?include_active_session=1")).await;
    assert_eq!(
        attributes_422(&raw),
        ["include_active_session".to_owned()].into()
    );
}

#[tokio::test]
async fn update_bodies_are_validated_like_create_bodies() {
    let stand_in = StandIn::start().await.unwrap();
    let created = check_conference(&post_json(&stand_in, &json!({"display_name": "x"})).await);
    let at = format!("{PATH}/{}", created.id);

    let body = json!({
        "display_name": "y".repeat(201),
        "name": "renamed",
        "quality": "4k",
        "record_on_start": "yes",
        "join_from": "tomorrow",
        "dark_primary": "red",
        "colour": "blue",
    });
    let raw = send(&stand_in, "PUT", &at, body.to_string().as_bytes()).await;
    assert_eq!(raw.status, 422, "{raw:?}");
    let json = raw.json();
    let items = json["errors"].as_array().unwrap();
    // Every rule the generated builder finds, with its message, and both unknown keys.
    let mut known = body.clone();
    known.as_object_mut().unwrap().remove("name");
    known.as_object_mut().unwrap().remove("colour");
    let expected = serde_json::from_value::<UpdateConferenceRequestBuilder>(known)
        .unwrap()
        .build()
        .unwrap_err();
    assert_eq!(items.len(), expected.len() + 2, "{items:#?}");
    for (item, error) in items.iter().zip(&expected) {
        assert_eq!(item["attribute"], error.field());
        assert_eq!(item["message"], error.problem());
    }
    assert_eq!(
        attributes_422(&raw),
        [
            "display_name",
            "name",
            "quality",
            "record_on_start",
            "join_from",
            "dark_primary",
            "colour"
        ]
        .map(str::to_owned)
        .into()
    );
    let name = items
        .iter()
        .find(|item| item["attribute"] == "name")
        .unwrap();
    assert_eq!(name["message"], "is not a parameter of this endpoint");

    // display_name is required on update too.
    let raw = send(&stand_in, "PUT", &at, br#"{"quality":"720p"}"#).await;
    assert_eq!(attributes_422(&raw), ["display_name".to_owned()].into());
    assert_eq!(
        raw.json()["errors"][0]["message"],
        "is required but was not given"
    );

    // Not a JSON object: 400. Nothing changed by any of it.
    let raw = send(&stand_in, "PUT", &at, b"[1]").await;
    assert_eq!(raw.status, 400);
    assert_eq!(stand_in.conferences(), [created]);

    // An unknown conference is 404 whatever the body.
    let raw = send(
        &stand_in,
        "PUT",
        &format!("{PATH}/{}", Uuid::new_v4()),
        body.to_string().as_bytes(),
    )
    .await;
    assert_eq!(raw.status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_creates_all_land_with_unique_ids_and_names() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..64 {
        let client = client.clone();
        tasks.spawn(async move {
            // Half with a name of their own, half with a made-up one.
            let mut builder = CreateConferenceRequest::builder("Parallel");
            if i % 2 == 0 {
                builder = builder.name(format!("parallel_{i}"));
            }
            client
                .create_video_conference(&builder.build().unwrap())
                .await
        });
    }
    // And eight tasks that want the same name: one gets it.
    for _ in 0..8 {
        let client = client.clone();
        tasks.spawn(async move {
            let request = CreateConferenceRequest::builder("Contested")
                .name("contested")
                .build()
                .unwrap();
            client.create_video_conference(&request).await
        });
    }
    let mut created = Vec::new();
    let mut refused = 0;
    while let Some(result) = tasks.join_next().await {
        match result.unwrap() {
            Ok(conference) => created.push(conference),
            Err(Error::Api(api)) => {
                assert_eq!(api.kind(), ApiErrorKind::Unprocessable);
                assert_eq!(api.items()[0].attribute(), Some("name"));
                assert_eq!(api.items()[0].message(), Some("has already been taken"));
                refused += 1;
            }
            Err(error) => panic!("{error}"),
        }
    }
    assert_eq!(created.len(), 65);
    assert_eq!(refused, 7);
    let unique_ids: BTreeSet<Uuid> = created.iter().map(|c| c.id).collect();
    let unique_names: BTreeSet<&str> = created.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(unique_ids.len(), 65);
    assert_eq!(unique_names.len(), 65);
    let kept: BTreeSet<Uuid> = stand_in.conferences().iter().map(|c| c.id).collect();
    assert_eq!(kept, unique_ids);
    let listed = list_page(&stand_in, &format!("{PATH}?page_size=1000")).await;
    assert_eq!(ids(&listed.data), ids(&stand_in.conferences()));
}

/// Sends `head` and `body_start` and reads until the server closes the connection;
/// `true` in the result when it did close it (rather than the 10 s read limit ending
/// the wait).
async fn send_partial(addr: SocketAddr, bytes: Vec<u8>) -> (Option<Raw>, bool) {
    tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).expect("connect to the stand-in");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.write_all(&bytes).unwrap();
        let mut received = Vec::new();
        let mut buffer = [0; 16 * 1024];
        let closed = loop {
            match stream.read(&mut buffer) {
                Ok(0) => break true,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
                Err(error) if error.kind() == std::io::ErrorKind::ConnectionReset => break true,
                Err(_) => break false,
            }
        };
        (parse_response(&received), closed)
    })
    .await
    .expect("the raw client thread")
}

#[tokio::test]
async fn a_body_sent_too_slowly_is_answered_408_and_the_connection_closed() {
    let stand_in = StandIn::builder()
        .body_read_timeout(Duration::from_millis(200))
        .start()
        .await
        .unwrap();
    let authorization = basic(stand_in.project_id(), stand_in.api_token());
    for method in ["POST", "PUT"] {
        let path = if method == "POST" {
            PATH.to_owned()
        } else {
            format!("{PATH}/{}", Uuid::new_v4())
        };
        // Declares 100 bytes, sends 4, then nothing more (the connection stays open).
        let mut bytes = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {authorization}\r\n\
             Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        )
        .into_bytes();
        bytes.extend_from_slice(b"{\"di");
        let started = Instant::now();
        let (raw, closed) = send_partial(stand_in.addr(), bytes).await;
        let raw = raw.expect("an answer");
        assert_eq!(raw.status, 408, "{raw:?}");
        assert_eq!(raw.body, br#"{"error":"Request Timeout"}"#);
        assert_eq!(raw.header("connection"), Some("close"));
        assert!(closed, "the connection stayed open");
        assert!(started.elapsed() >= Duration::from_millis(200));
    }
    let requests = stand_in.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|request| request.status == Some(408)));
    // A scripted fault is left for the next complete request, which is served as usual.
    stand_in.fail_next(Fault::status(503, "{}"));
    assert_eq!(
        post_json(&stand_in, &json!({"display_name": "x"}))
            .await
            .status,
        503
    );
    check_conference(&post_json(&stand_in, &json!({"display_name": "x"})).await);
}

/// Reads one response from a kept-alive connection: its head, then `Content-Length`
/// bytes of body.
fn read_one_response(stream: &mut TcpStream) -> Raw {
    let mut received = Vec::new();
    let mut buffer = [0; 4096];
    loop {
        if let Some(raw) = parse_response(&received) {
            let length: usize = raw
                .header("content-length")
                .and_then(|value| value.parse().ok())
                .unwrap_or(0);
            if raw.body.len() >= length {
                return raw;
            }
        }
        let n = stream.read(&mut buffer).expect("the answer arrives");
        assert!(n > 0, "closed before the answer was complete");
        received.extend_from_slice(&buffer[..n]);
    }
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_until_one_closes() {
    let stand_in = StandIn::builder().max_connections(1).start().await.unwrap();
    let addr = stand_in.addr();
    let authorization = basic(stand_in.project_id(), stand_in.api_token());

    // One served connection, kept alive after its answer: it holds the only place.
    let request =
        format!("GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {authorization}\r\n\r\n");
    let held = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let raw = read_one_response(&mut stream);
        (stream, raw)
    })
    .await
    .unwrap();
    let (held, raw) = held;
    assert_eq!(raw.status, 200, "{raw:?}");

    // A second connection is not served while the first is open…
    let waiting = tokio::spawn(exchange(
        addr,
        request_bytes(
            "POST",
            PATH,
            Some(&authorization),
            br#"{"display_name":"x"}"#,
        ),
        usize::MAX,
    ));
    let mut waiting = Box::pin(waiting);
    let early = tokio::time::timeout(Duration::from_millis(300), &mut waiting).await;
    assert!(early.is_err(), "served beyond the cap: {early:?}");
    assert_eq!(stand_in.requests().len(), 1);

    // …and is, once it closes.
    drop(held);
    let raw = tokio::time::timeout(Duration::from_secs(10), waiting)
        .await
        .expect("served once a place is free")
        .unwrap()
        .expect("an answer");
    check_conference(&raw);

    // A cap of 0 cannot serve anything: refused at start.
    let error = StandIn::builder()
        .max_connections(0)
        .start()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
}

#[tokio::test]
async fn connections_that_send_no_complete_head_are_closed_and_free_their_place() {
    let stand_in = StandIn::builder()
        .max_connections(1)
        .header_read_timeout(Duration::from_millis(200))
        .start()
        .await
        .unwrap();
    let addr = stand_in.addr();
    // Takes the only place with part of a head, and never finishes it.
    let idle = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .write_all(format!("GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n").as_bytes())
            .unwrap();
        stream
    })
    .await
    .unwrap();
    // Waits behind it (unaccepted), and is served once the stand-in closed it.
    check_conference(&post_json(&stand_in, &json!({"display_name": "x"})).await);
    let authorization = basic(stand_in.project_id(), stand_in.api_token());
    let (idle, kept_alive) = tokio::task::spawn_blocking(move || {
        let mut idle = idle;
        let mut received = Vec::new();
        let idle = idle.read_to_end(&mut received).map(|_| received);
        // A kept-alive connection idle after its answer is closed too.
        let mut stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let request = format!(
            "GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {authorization}\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).unwrap();
        assert_eq!(read_one_response(&mut stream).status, 200);
        let mut rest = Vec::new();
        let kept_alive = stream.read_to_end(&mut rest).map(|_| rest);
        (idle, kept_alive)
    })
    .await
    .unwrap();
    // Closed without an answer (an error here: still open after 10 s).
    assert_eq!(idle.map_err(|error| error.kind()), Ok(Vec::new()));
    assert_eq!(kept_alive.map_err(|error| error.kind()), Ok(Vec::new()));

    // A timeout of zero could serve nothing: refused at start.
    let error = StandIn::builder()
        .header_read_timeout(Duration::ZERO)
        .start()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
}

/// `GET` of the listing on a kept-alive connection from `stream`, and its answer.
fn get_kept_alive(stream: &mut TcpStream, authorization: &str) -> Raw {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let request =
        format!("GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {authorization}\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    read_one_response(stream)
}

#[tokio::test]
async fn one_address_gets_its_share_of_connections_and_no_more() {
    let stand_in = StandIn::builder()
        .max_connections_per_peer(2)
        .start()
        .await
        .unwrap();
    let addr = stand_in.addr();
    let authorization = basic(stand_in.project_id(), stand_in.api_token());

    // Two kept-alive connections from 127.0.0.1 hold its share.
    let held_authorization = authorization.clone();
    let (mut held, refused) = tokio::task::spawn_blocking(move || {
        let held: Vec<TcpStream> = (0..2)
            .map(|_| {
                let mut stream = TcpStream::connect(addr).unwrap();
                assert_eq!(get_kept_alive(&mut stream, &held_authorization).status, 200);
                stream
            })
            .collect();
        // A third is refused at once, before it sends anything.
        let mut third = TcpStream::connect(addr).unwrap();
        third
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut received = Vec::new();
        let _ = third.read_to_end(&mut received);
        (held, parse_response(&received))
    })
    .await
    .unwrap();
    let refused = refused.expect("an answer to the connection over the share");
    assert_eq!(refused.status, 429, "{refused:?}");
    assert_eq!(refused.header("connection"), Some("close"));
    assert_eq!(refused.header("content-type"), Some("application/json"));
    let body = refused.json();
    let error = body["error"].as_str().unwrap_or_else(|| panic!("{body}"));
    assert!(error.contains("at most 2 connections"), "{error}");
    assert!(error.contains("max_connections_per_peer"), "{error}");
    assert_eq!(stand_in.requests().len(), 2);

    // Another loopback address has a share of its own (where the system lets a client
    // bind one: Linux does; macOS only with an alias).
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    if socket.bind("127.0.0.2:0".parse().unwrap()).is_ok() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut stream = socket.connect(addr).await.unwrap();
        let request = request_bytes("GET", PATH, Some(&authorization), b"");
        stream.write_all(&request).await.unwrap();
        let mut received = Vec::new();
        stream.read_to_end(&mut received).await.unwrap();
        assert_eq!(parse_response(&received).map(|raw| raw.status), Some(200));
    }

    // Closing one frees a place: a connection from 127.0.0.1 is served again (once the
    // stand-in has seen the close).
    drop(held.pop());
    let request = request_bytes(
        "POST",
        PATH,
        Some(&authorization),
        br#"{"display_name":"x"}"#,
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match exchange(addr, request.clone(), usize::MAX).await {
            Some(raw) if raw.status != 429 => {
                check_conference(&raw);
                break;
            }
            // Refused (with the answer, or closed before it was read): not seen yet.
            _ => {
                assert!(
                    Instant::now() < deadline,
                    "the closed connection's place stayed taken"
                );
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
    }

    // A share of 0 could serve nothing: refused at start.
    let error = StandIn::builder()
        .max_connections_per_peer(0)
        .start()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
}

#[tokio::test]
async fn faults_apply_to_get_update_delete_and_list() {
    let stand_in = StandIn::start().await.unwrap();
    let created = check_conference(&post_json(&stand_in, &json!({"display_name": "x"})).await);
    let at = format!("{PATH}/{}", created.id);
    let update = br#"{"display_name":"changed"}"#;

    stand_in.fail_next(Fault::status(503, r#"{"error":"Service Unavailable"}"#));
    let raw = get(&stand_in, &at).await;
    assert_eq!(raw.status, 503);
    assert_eq!(raw.body, br#"{"error":"Service Unavailable"}"#);

    // A dropped update is not applied.
    stand_in.fail_next(Fault::Drop);
    let authorization = basic(stand_in.project_id(), stand_in.api_token());
    let dropped = exchange(
        stand_in.addr(),
        request_bytes("PUT", &at, Some(&authorization), update),
        usize::MAX,
    )
    .await;
    assert!(dropped.is_none(), "{dropped:?}");
    assert_eq!(stand_in.conferences(), std::slice::from_ref(&created));

    stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
    assert_eq!(get(&stand_in, PATH).await.status, 500);

    // A failed delete leaves the conference; a delayed one deletes it, late.
    stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
    assert_eq!(send(&stand_in, "DELETE", &at, b"").await.status, 500);
    assert_eq!(stand_in.conferences().len(), 1);
    stand_in.fail_next(Fault::Delay(Duration::from_millis(200)));
    let started = Instant::now();
    assert_eq!(send(&stand_in, "DELETE", &at, b"").await.status, 204);
    assert!(started.elapsed() >= Duration::from_millis(200));
    assert!(stand_in.conferences().is_empty());

    // The typed client sees a scripted 500 on get as SignalWire's 500.
    let client = stand_in.client().unwrap();
    stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
    let error = client
        .get_video_conference(&created.id, &GetVideoConferenceParams::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Api(api) if api.kind() == ApiErrorKind::Server),
        "{error}"
    );

    // Every request was captured, with its method, path, query and status.
    let seen: Vec<(String, String, Option<u16>)> = stand_in
        .requests()
        .into_iter()
        .map(|request| (request.method, request.path, request.status))
        .collect();
    let expected = [
        ("POST", PATH.to_owned(), Some(200)),
        ("GET", at.clone(), Some(503)),
        ("PUT", at.clone(), None),
        ("GET", PATH.to_owned(), Some(500)),
        ("DELETE", at.clone(), Some(500)),
        ("DELETE", at.clone(), Some(204)),
        ("GET", at.clone(), Some(500)),
    ]
    .map(|(method, path, status)| (method.to_owned(), path, status));
    assert_eq!(seen, expected);
    let put = &stand_in.requests()[2];
    assert_eq!(put.body, update);
}
