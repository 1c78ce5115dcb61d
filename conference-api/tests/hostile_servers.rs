//! Hostile servers: what errors keep of a server's text (never the token, always bounded), and
//! listings that a server cannot keep going forever. Every server here is the stand-in,
//! answering with scripted pages and faults.

use conference_api::{
    Api, Conference, CreateConferenceRequest, DisplayName, Error, ListVideoConferencesParams,
    MAX_PAGES_WITHOUT_PROGRESS, PageError, PageStream,
};
use conference_standin::{Fault, StandIn};
use futures_util::StreamExt;
use serde_json::{Value, json};

const PROJECT: &str = "project-21";
/// `/` and `+` make its percent-encoding differ from it.
const TOKEN: &str = "PTsecret/token+0123456789abcdef";
/// `base64("project-21:" + TOKEN)` without padding: what `Authorization: Basic` carries.
const BASIC: &str = "cHJvamVjdC0yMTpQVHNlY3JldC90b2tlbiswMTIzNDU2Nzg5YWJjZGVm";

/// Every byte of the token as `%XX`, and the usual encoding (only `/` and `+`).
fn percent_encodings() -> [String; 2] {
    let every: String = TOKEN.bytes().map(|b| format!("%{b:02X}")).collect();
    let usual = TOKEN.replace('/', "%2F").replace('+', "%2B");
    [every, usual]
}

/// The token with every character as JSON's `\u00XX`.
fn json_escaped() -> String {
    TOKEN
        .chars()
        .map(|c| format!("\\u{:04x}", c as u32))
        .collect()
}

async fn stand_in() -> StandIn {
    StandIn::builder()
        .project_id(PROJECT)
        .api_token(TOKEN)
        .start()
        .await
        .unwrap()
}

/// Neither `Display` nor `Debug` shows the token: raw, as the Basic credential's
/// base64, percent-encoded, JSON-escaped, or its first part.
fn assert_no_token(shown: &[String]) {
    let [every, usual] = percent_encodings();
    for text in shown {
        for form in [TOKEN, BASIC, &every, &usual, &json_escaped(), &TOKEN[..10]] {
            assert!(!text.contains(form), "{form:?} in {text}");
        }
    }
}

fn shown(error: &impl std::fmt::Debug) -> Vec<String> {
    vec![format!("{error:?}"), format!("{error:#?}")]
}

fn all_shown(error: &Error) -> Vec<String> {
    let mut texts = shown(error);
    texts.push(error.to_string());
    texts
}

fn request() -> CreateConferenceRequest {
    CreateConferenceRequest::new(DisplayName::new("Weekly sync").unwrap())
}

#[tokio::test]
async fn errors_never_show_the_token_a_server_echoes() {
    let stand_in = stand_in().await;
    let client = stand_in.client().unwrap();
    let [every, usual] = percent_encodings();
    let echo = format!("Authorization: Basic {BASIC}=");
    let faults = [
        // A documented 401 quoting the header.
        Fault::status(401, json!({ "error": echo }).to_string()),
        // A documented 422 whose items quote the token in every field and encoding.
        Fault::status(
            422,
            json!({ "errors": [{
                "type": TOKEN,
                "code": every,
                "message": format!("token {TOKEN} is not valid"),
                "attribute": usual,
                "url": format!("https://example.invalid/?api_token={usual}"),
            }]})
            .to_string(),
        ),
        // The token JSON-escaped: decoded in the message, escaped in the excerpt.
        Fault::status(
            500,
            format!(r#"{{"error":"bad credentials {}"}}"#, json_escaped()),
        ),
        // An undocumented 429 with the token in a request-ID header and the body.
        Fault::Status {
            status: 429,
            headers: vec![("x-request-id".to_owned(), TOKEN.to_owned())],
            body: format!("rate limited for {TOKEN}").into_bytes(),
        },
        // The token across the point where the body excerpt is cut (512 bytes).
        Fault::status(429, format!("{}{TOKEN} and more", "x".repeat(505))),
        // A success that does not decode, quoting the token.
        Fault::status(200, json!({ "id": TOKEN, "name": echo }).to_string()),
    ];
    for fault in faults {
        stand_in.fail_next(fault.clone());
        let error = client
            .create_video_conference(&request())
            .await
            .unwrap_err();
        assert!(error.status().is_some(), "{fault:?}: {error}");
        assert_no_token(&all_shown(&error));
        let text = error.to_string();
        assert!(text.contains("[redacted]"), "{fault:?}: {text}");
    }
}

#[tokio::test]
async fn a_link_quoting_the_token_is_redacted_in_a_page_error() {
    let stand_in = stand_in().await;
    let client = stand_in.client().unwrap();
    stand_in.fail_next(page(
        0..1,
        Some(&format!("https://example.invalid/{TOKEN}")),
    ));
    let results: Vec<_> = client
        .list_all_video_conferences(&ListVideoConferencesParams::default())
        .collect()
        .await;
    let error = results.last().unwrap().as_ref().unwrap_err();
    let mut texts = shown(error);
    texts.push(error.to_string());
    assert_no_token(&texts);
}

#[tokio::test]
async fn a_short_token_leaves_ordinary_error_text_whole() {
    let stand_in = StandIn::builder()
        .project_id("p")
        .api_token("t")
        .start()
        .await
        .unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(Fault::status(
        401,
        r#"{"error":"Unauthorized: the token t is not valid"}"#,
    ));
    let error = client
        .create_video_conference(&request())
        .await
        .unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains(": Unauthorized: the token [redacted] is not valid"),
        "{text}"
    );
    assert!(text.contains("SIGNALWIRE_API_TOKEN"), "{text}");
}

// ---------------------------------------------------------------------------------
// Listings.

/// A conference as SignalWire answers it, with this ID.
fn conference(id: u32) -> Value {
    json!({
        "id": format!("00000000-0000-4000-8000-{id:012}"),
        "name": format!("conference_{id}"),
        "display_name": "Weekly sync", "description": null, "join_from": null,
        "join_until": null, "quality": "720p", "layout": "grid-responsive",
        "size": "medium", "record_on_start": false, "tone_on_entry_and_exit": true,
        "user_join_video_off": false, "room_join_video_off": false, "enable_chat": true,
        "enable_room_previews": null, "dark_primary": "#044EF4",
        "dark_background": "#1D2127", "dark_foreground": "#FFFFFF",
        "dark_success": "#17BB58", "dark_negative": "#F42C50",
        "light_primary": "#044EF4", "light_background": "#FFFFFF",
        "light_foreground": "#1D2127", "light_success": "#17BB58",
        "light_negative": "#F42C50", "meta": null,
        "created_at": "2026-01-05T09:00:00Z", "updated_at": "2026-01-05T09:00:00Z",
    })
}

/// One page of a listing: conferences `ids`, and a `next` link when given.
fn page(ids: std::ops::Range<u32>, next: Option<&str>) -> Fault {
    let mut links = json!({
        "self": "https://example.signalwire.com/api/video/conferences",
        "first": "https://example.signalwire.com/api/video/conferences",
    });
    if let Some(next) = next {
        links["next"] = json!(next);
    }
    let data: Vec<Value> = ids.map(conference).collect();
    Fault::status(200, json!({ "links": links, "data": data }).to_string())
}

/// Pages of conferences `ids` that only a counter in their `next` link tells apart,
/// more than a listing takes.
fn serve_pages_with_new_links(stand_in: &StandIn, ids: std::ops::Range<u32>) {
    for n in 1..=20 {
        stand_in.fail_next(page(ids.clone(), Some(&format!("?page_token=SAME&n={n}"))));
    }
}

/// Lists every conference with the default parameters: how many, then the error the
/// listing ended with.
async fn list_all(stand_in: &StandIn) -> (usize, Option<PageError>) {
    let client = stand_in.client().unwrap();
    drain(client.list_all_video_conferences(&ListVideoConferencesParams::default())).await
}

/// Every item of the stream: how many conferences, then the error it ended with.
async fn drain(mut stream: PageStream<'_, Conference>) -> (usize, Option<PageError>) {
    let mut conferences = 0;
    while let Some(item) = stream.next().await {
        match item {
            Ok(_) => conferences += 1,
            Err(error) => {
                assert!(stream.next().await.is_none(), "the error ends the stream");
                return (conferences, Some(error));
            }
        }
    }
    (conferences, None)
}

#[tokio::test]
async fn pages_that_repeat_with_a_new_link_each_time_end_the_listing() {
    let stand_in = stand_in().await;
    // The same conferences on every page; only a counter in the link changes.
    serve_pages_with_new_links(&stand_in, 0..3);
    let (conferences, error) = list_all(&stand_in).await;
    let error = error.expect("the listing ends with an error");
    let limit = MAX_PAGES_WITHOUT_PROGRESS;
    assert_eq!(conferences, 3, "the repeated pages are not yielded again");
    assert_eq!(error.page(), limit + 1);
    assert_eq!(error.yielded(), 3);
    assert!(error.call_error().is_none());
    let text = error.to_string();
    assert!(text.contains("not advancing"), "{text}");
    assert_eq!(stand_in.requests().len(), limit as usize + 1);
}

#[tokio::test]
async fn empty_pages_with_a_new_link_each_time_end_the_listing() {
    let stand_in = stand_in().await;
    serve_pages_with_new_links(&stand_in, 0..0);
    let (conferences, error) = list_all(&stand_in).await;
    let error = error.expect("the listing ends with an error");
    let limit = MAX_PAGES_WITHOUT_PROGRESS;
    assert_eq!(conferences, 0);
    assert_eq!(error.page(), limit);
    assert!(error.to_string().contains("not advancing"), "{error}");
    assert_eq!(stand_in.requests().len(), limit as usize);
}

#[tokio::test]
async fn a_few_empty_pages_between_full_ones_do_not_end_the_listing() {
    let stand_in = stand_in().await;
    let limit = MAX_PAGES_WITHOUT_PROGRESS;
    stand_in.fail_next(page(0..2, Some("?n=0")));
    for n in 1..limit {
        stand_in.fail_next(page(0..0, Some(&format!("?n={n}"))));
    }
    stand_in.fail_next(page(2..4, None));
    let (conferences, error) = list_all(&stand_in).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(conferences, 4);
}

#[tokio::test]
async fn the_page_limit_ends_a_listing_that_goes_on() {
    let stand_in = stand_in().await;
    let client = stand_in.client().unwrap();
    for n in 0..10 {
        stand_in.fail_next(page(n * 2..n * 2 + 2, Some(&format!("?n={}", n + 1))));
    }
    let stream = client
        .list_all_video_conferences(&ListVideoConferencesParams::default())
        .max_pages(3);
    let (conferences, error) = drain(stream).await;
    let error = error.expect("the listing ends with an error");
    assert_eq!(
        conferences, 6,
        "the conferences of the pages fetched come first"
    );
    assert_eq!(error.page(), 3);
    assert_eq!(error.yielded(), 6);
    assert!(error.to_string().contains("at most 3 pages"), "{error}");
    assert_eq!(stand_in.requests().len(), 3);
}

#[tokio::test]
async fn an_unusable_next_link_counts_the_conferences_of_its_page() {
    let stand_in = stand_in().await;
    // No query: nothing to ask the next page with.
    stand_in.fail_next(page(
        0..5,
        Some("https://example.signalwire.com/api/video/conferences"),
    ));
    let (conferences, error) = list_all(&stand_in).await;
    let error = error.expect("the listing ends with an error");
    assert_eq!(conferences, 5);
    assert_eq!(error.yielded(), 5);
    assert_eq!(error.page(), 1);
    let text = error.to_string();
    assert!(
        text.contains("listing list_video_conferences stopped after page 1 (5 items were listed)"),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------
// Bounded error text.

/// Well below what the server sent: texts are kept to about a KiB each.
const SHOWN_LIMIT: usize = 8 * 1024;

#[tokio::test]
async fn a_huge_next_link_gives_a_bounded_error_without_the_token() {
    let stand_in = stand_in().await;
    let link = format!("?api_token={TOKEN}&pad={}", "a".repeat(1 << 20));
    stand_in.fail_next(page(0..1, Some(&link)));
    let (_, error) = list_all(&stand_in).await;
    let error = error.expect("the listing ends with an error");
    let mut texts = shown(&error);
    texts.push(error.to_string());
    for text in &texts {
        assert!(text.len() < SHOWN_LIMIT, "{} bytes", text.len());
    }
    // The cut is noted in the URL, percent-encoded as a URL keeps it.
    assert!(texts[2].contains("more%20bytes)"), "{}", texts[2]);
    assert_no_token(&texts);
}

#[tokio::test]
async fn long_messages_and_many_items_are_bounded() {
    let stand_in = stand_in().await;
    let client = stand_in.client().unwrap();
    let items: Vec<Value> = (0..2000).map(|i| json!({ "message": i })).collect();
    let faults = [
        Fault::status(500, json!({ "error": "é".repeat(30_000) }).to_string()),
        Fault::status(422, json!({ "errors": items }).to_string()),
        Fault::Status {
            status: 429,
            headers: vec![("x-request-id".to_owned(), "r".repeat(190))],
            body: "y".repeat(60_000).into_bytes(),
        },
    ];
    for fault in faults {
        stand_in.fail_next(fault.clone());
        let error = client
            .create_video_conference(&request())
            .await
            .unwrap_err();
        for text in all_shown(&error) {
            assert!(text.len() < SHOWN_LIMIT, "{fault:?}: {} bytes", text.len());
        }
    }
    stand_in.fail_next(Fault::status(
        422,
        json!({ "errors": (0..40).map(|i| json!({ "message": format!("m{i}") })).collect::<Vec<_>>() })
            .to_string(),
    ));
    let error = client
        .create_video_conference(&request())
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(api.items().len(), 32);
    assert!(error.to_string().contains("… (8 more)"), "{error}");
}
