//! Issue 4: the generated client's overhead over a minimal hand-written reqwest call.
//!
//! `cargo bench -p conference-api --bench client`
//!
//! A minimal HTTP/1.1 server on loopback (in this file, on its own thread) answers every
//! request with SignalWire's example Conference. Three variants send the same request
//! through one shared `reqwest::Client` (so connection pooling is the same):
//!
//! - (a) hand-written: `reqwest` POST with `basic_auth`, body `serde_json::to_vec` of a
//!   hand-written struct, the answer decoded into a hand-written `Deserialize` struct;
//! - (b) `create_video_conference(&request)`, the request built once;
//! - (c) `create_video_conference(builder)`, the request built and validated every call.
//!
//! They alternate inside every round (the order rotating), each timing a batch of calls;
//! the figures are the medians over the rounds.

mod common;
#[path = "common/hand_written.rs"]
mod hand_written;

use std::hint::black_box;
use std::time::{Duration, Instant};

use conference_api::{
    Api, Client, Color, Conference, ConferenceSize, CreateConferenceRequest,
    CreateConferenceRequestBuilder, Description, DisplayName, Name, ValidationError, VideoLayout,
    VideoQuality,
};
use hand_written::HandConference;
use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const PROJECT_ID: &str = "d5d2c7a6-7c4b-4d4e-9f6a-0c1f8a1f2b3c";
const API_TOKEN: &str = "PTbench0123456789abcdef";

/// SignalWire's example response of "Create a Video Conference".
const CONFERENCE: &str = r##"{
  "id": "c22d24f6-5a47-4597-9a23-c7d01e696b92",
  "name": "my_conference",
  "display_name": "My Conference's Name",
  "description": null,
  "join_from": null,
  "join_until": "2022-12-31T23:59:59Z",
  "quality": "720p",
  "layout": "grid-responsive",
  "size": null,
  "record_on_start": false,
  "tone_on_entry_and_exit": true,
  "user_join_video_off": false,
  "room_join_video_off": false,
  "enable_chat": true,
  "enable_room_previews": null,
  "dark_primary": "#044EF4",
  "dark_background": null,
  "dark_foreground": "#1D2127",
  "dark_success": "#17BB58",
  "dark_negative": "#F42C50",
  "light_primary": "#044EF4",
  "light_background": "#FFFFFF",
  "light_foreground": "#1D2127",
  "light_success": "#17BB58",
  "light_negative": "#F42C50",
  "meta": {"team": "sales", "budget": 3},
  "created_at": "2022-01-01T10:00:00Z",
  "updated_at": "2022-01-01T11:00:00Z"
}"##;

// ---------------------------------------------------------------------------------------
// The server: HTTP/1.1 with keep-alive, one fixed answer.

/// Serves connections on `listener` until the process ends.
async fn serve(listener: TcpListener) {
    let response: &'static [u8] = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{CONFERENCE}",
        CONFERENCE.len()
    )
    .into_bytes()
    .leak();
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        tokio::spawn(connection(stream, response));
    }
}

/// Answers every request of one connection; ends when the client closes it.
async fn connection(mut stream: TcpStream, response: &'static [u8]) {
    let _ = stream.set_nodelay(true);
    let mut buffer: Vec<u8> = Vec::with_capacity(16 * 1024);
    loop {
        // The head.
        let head_end = loop {
            if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
            match stream.read_buf(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        };
        let head = std::str::from_utf8(&buffer[..head_end]).unwrap_or_default();
        let body_length = head
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, value)| value.trim().parse::<usize>().ok())
            .unwrap_or(0);
        assert!(
            head.lines().any(|line| line
                .to_ascii_lowercase()
                .starts_with("authorization: basic ")),
            "every variant sends Basic auth"
        );
        // The body.
        while buffer.len() < head_end + body_length {
            match stream.read_buf(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
        buffer.drain(..head_end + body_length);
        if stream.write_all(response).await.is_err() {
            return;
        }
    }
}

// ---------------------------------------------------------------------------------------
// (a) The hand-written call.

/// The request, as a hand-written program would write it.
#[derive(Serialize)]
struct HandRequest {
    name: &'static str,
    display_name: &'static str,
    description: &'static str,
    join_from: &'static str,
    join_until: &'static str,
    quality: &'static str,
    layout: &'static str,
    size: &'static str,
    record_on_start: bool,
    enable_room_previews: bool,
    enable_chat: bool,
    dark_primary: &'static str,
    dark_background: &'static str,
    dark_foreground: &'static str,
    dark_success: &'static str,
    dark_negative: &'static str,
    light_primary: &'static str,
    light_background: &'static str,
    light_foreground: &'static str,
    light_success: &'static str,
    light_negative: &'static str,
}

const HAND_REQUEST: HandRequest = HandRequest {
    name: "weekly_sync",
    display_name: "Weekly sync",
    description: "Team meeting",
    join_from: "2022-01-01T09:00:00Z",
    join_until: "2022-01-02T00:00:00Z",
    quality: "1080p",
    layout: "10x10",
    size: "large",
    record_on_start: true,
    enable_room_previews: false,
    enable_chat: true,
    dark_primary: "#044EF4",
    dark_background: "#FFFFFF",
    dark_foreground: "#1D2127",
    dark_success: "#17BB58",
    dark_negative: "#F42C50",
    light_primary: "#044ef4",
    light_background: "#ffffff",
    light_foreground: "#1d2127",
    light_success: "#17bb58",
    light_negative: "#f42c50",
};

async fn hand_written(http: &reqwest::Client, url: &str) -> HandConference {
    let body = serde_json::to_vec(&HAND_REQUEST).expect("serializable");
    let response = http
        .post(url)
        .basic_auth(PROJECT_ID, Some(API_TOKEN))
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await
        .expect("sent");
    assert!(response.status().is_success());
    let bytes = response.bytes().await.expect("read");
    serde_json::from_slice(&bytes).expect("decoded")
}

// ---------------------------------------------------------------------------------------
// (b), (c) The generated client.

fn builder() -> CreateConferenceRequestBuilder {
    let r = &HAND_REQUEST;
    CreateConferenceRequest::builder(r.display_name)
        .name(r.name)
        .description(r.description)
        .join_from(r.join_from)
        .join_until(r.join_until)
        .quality(VideoQuality::Quality1080p)
        .layout(VideoLayout::Layout10x10)
        .size(ConferenceSize::Large)
        .record_on_start(r.record_on_start)
        .enable_room_previews(r.enable_room_previews)
        .enable_chat(r.enable_chat)
        .dark_primary(r.dark_primary)
        .dark_background(r.dark_background)
        .dark_foreground(r.dark_foreground)
        .dark_success(r.dark_success)
        .dark_negative(r.dark_negative)
        .light_primary(r.light_primary)
        .light_background(r.light_background)
        .light_foreground(r.light_foreground)
        .light_success(r.light_success)
        .light_negative(r.light_negative)
}

/// (e) The request built every call from the checked value types, without the builder's
/// raw JSON values: the fast way to build and validate.
fn typed() -> Result<CreateConferenceRequest, ValidationError> {
    let r = &HAND_REQUEST;
    Ok(CreateConferenceRequest {
        name: Some(Name::new(r.name)?),
        description: Some(Description::new(r.description)?),
        join_from: Some(r.join_from.parse()?),
        join_until: Some(r.join_until.parse()?),
        quality: Some(VideoQuality::Quality1080p),
        layout: Some(VideoLayout::Layout10x10),
        size: Some(ConferenceSize::Large),
        record_on_start: Some(r.record_on_start),
        enable_room_previews: Some(r.enable_room_previews),
        enable_chat: Some(r.enable_chat),
        dark_primary: Some(Color::new(r.dark_primary)?),
        dark_background: Some(Color::new(r.dark_background)?),
        dark_foreground: Some(Color::new(r.dark_foreground)?),
        dark_success: Some(Color::new(r.dark_success)?),
        dark_negative: Some(Color::new(r.dark_negative)?),
        light_primary: Some(Color::new(r.light_primary)?),
        light_background: Some(Color::new(r.light_background)?),
        light_foreground: Some(Color::new(r.light_foreground)?),
        light_success: Some(Color::new(r.light_success)?),
        light_negative: Some(Color::new(r.light_negative)?),
        ..CreateConferenceRequest::new(DisplayName::new(r.display_name)?)
    })
}

// ---------------------------------------------------------------------------------------
// Measuring.

fn main() {
    let quick = common::quick_mode();
    let (budget, batch) = if quick {
        (Duration::from_millis(300), 4)
    } else {
        (Duration::from_secs(32), 8)
    };

    // The server, on a thread and runtime of its own.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    listener.set_nonblocking(true).expect("non-blocking");
    let address = listener.local_addr().expect("an address");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            serve(TcpListener::from_std(listener).expect("a tokio listener")).await;
        });
    });

    // The client side, on this thread.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let http = hand_written::plain_http_client();
    let base_url = format!("http://{address}");
    let url = format!("{base_url}/api/video/conferences");
    let client = Client::builder()
        .base_url(&base_url)
        .project_id(PROJECT_ID)
        .api_token(API_TOKEN)
        .http_client(http.clone())
        .build()
        .expect("a client");
    let request = builder().build().expect("a valid request");

    // All three send the same JSON and decode the same answer.
    assert_eq!(
        serde_json::to_value(&HAND_REQUEST).unwrap(),
        serde_json::to_value(&request).unwrap(),
        "the hand-written and generated requests are the same JSON"
    );
    runtime.block_on(async {
        let a = hand_written(&http, &url).await;
        let b: Conference = client
            .create_video_conference(&request)
            .await
            .expect("(b) succeeds");
        let c: Conference = client
            .create_video_conference(builder())
            .await
            .expect("(c) succeeds");
        assert_eq!(a.id, b.id.to_string());
        assert_eq!(b, c);
        assert_eq!(b.meta.as_ref().map(|m| m.len()), Some(2));
    });

    // Warm up: connections pooled, caches hot.
    runtime.block_on(async {
        for _ in 0..300 {
            black_box(hand_written(&http, &url).await);
            black_box(client.create_video_conference(&request).await.expect("(b)"));
            black_box(
                client
                    .create_video_conference(builder())
                    .await
                    .expect("(c)"),
            );
        }
    });

    // The three variants of the issue, (d) = (b) without the whole-call timeout, to show
    // what the timer costs, and (e) = (c) built from the value types instead of a builder.
    let started = Instant::now();
    let (round, [a, b, c, d, e]) = hand_written::alternate(budget, |variant| {
        runtime.block_on(async {
            let t = Instant::now();
            for _ in 0..batch {
                match variant {
                    0 => {
                        black_box(hand_written(&http, &url).await);
                    }
                    1 => {
                        black_box(
                            client
                                .create_video_conference(black_box(&request))
                                .await
                                .expect("(b)"),
                        );
                    }
                    2 => {
                        black_box(
                            client
                                .create_video_conference(builder())
                                .await
                                .expect("(c)"),
                        );
                    }
                    3 => {
                        let call = client
                            .create_video_conference(black_box(&request))
                            .timeout(None);
                        black_box(call.await.expect("(d)"));
                    }
                    _ => {
                        let request = typed().expect("(e) is valid");
                        black_box(client.create_video_conference(&request).await.expect("(e)"));
                    }
                }
            }
            (t.elapsed(), batch)
        })
    });
    let wall = started.elapsed();

    // Where the difference goes, without the network: encoding and decoding alone.
    let body = CONFERENCE.as_bytes();
    let parts = common::measure(
        if quick { 20 } else { 2000 },
        if quick { 10 } else { 200 },
        &mut [
            &mut || {
                black_box(serde_json::to_vec(black_box(&HAND_REQUEST)).expect("encoded"));
            },
            &mut || {
                black_box(
                    conference_api::IntoBody::into_body(black_box(&request)).expect("encoded"),
                );
            },
            &mut || {
                black_box(
                    conference_api::IntoBody::<CreateConferenceRequest>::into_body(builder())
                        .expect("encoded"),
                );
            },
            &mut || {
                black_box(
                    serde_json::from_slice::<HandConference>(black_box(body)).expect("decoded"),
                );
            },
            &mut || {
                black_box(serde_json::from_slice::<Conference>(black_box(body)).expect("decoded"));
            },
            &mut || {
                black_box(
                    conference_api::__private::decode_json::<Conference>(black_box(body))
                        .expect("decoded"),
                );
            },
        ],
        |_, _| {},
    );
    let [
        enc_hand,
        enc_request,
        enc_builder,
        dec_hand,
        dec_plain,
        dec_generated,
    ] = parts[..]
    else {
        unreachable!()
    };

    println!(
        "client: {round} rounds x {batch} calls per variant, alternating, over loopback HTTP/1.1 keep-alive; medians"
    );
    println!(
        "  (a) hand-written reqwest call                  {:>9.2} us",
        a / 1000.0
    );
    println!(
        "  (b) generated, request built once              {:>9.2} us   b/a {:.4}   target <= 1.02: {}",
        b / 1000.0,
        b / a,
        if b / a <= 1.02 { "met" } else { "NOT met" }
    );
    println!(
        "  (c) generated, built + validated every call    {:>9.2} us   c/a {:.4}   target <= 1.03: {}",
        c / 1000.0,
        c / a,
        if c / a <= 1.03 { "met" } else { "NOT met" }
    );
    println!(
        "  (d) as (b), without the whole-call timeout     {:>9.2} us   d/a {:.4}",
        d / 1000.0,
        d / a
    );
    println!(
        "  (e) as (c), built from the value types         {:>9.2} us   e/a {:.4}   target <= 1.03: {}",
        e / 1000.0,
        e / a,
        if e / a <= 1.03 { "met" } else { "NOT met" }
    );
    println!("  ({:.1} s measuring)", wall.as_secs_f64());
    println!("  without the network (medians, us per call):");
    println!(
        "    encode: hand-written struct {:.2}, generated request {:.2}, builder -> build -> encode {:.2}",
        enc_hand / 1000.0,
        enc_request / 1000.0,
        enc_builder / 1000.0
    );
    println!(
        "    decode: hand-written struct {:.2}, Conference with serde_json {:.2}, Conference as the client decodes it (serde_path_to_error) {:.2}",
        dec_hand / 1000.0,
        dec_plain / 1000.0,
        dec_generated / 1000.0
    );
}
