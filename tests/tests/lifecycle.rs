//! The conference lifecycle beyond create, end to end against the stand-in: following
//! pages as a stream, and what each operation retries.
//!
//! Pages here are scripted ([`Fault::Status`] answers with list bodies), so the links a
//! server may send (on another host, looping, cut off) can be tried; the stateful
//! stand-in's own listing is tested in `standin.rs`.

use conference_api::{
    Api, ApiErrorKind, Conference, CreateConferenceRequest, DisplayName, Error,
    GetVideoConferenceParams, ListVideoConferencesParams, PageSize, RetryPolicy, TransportPhase,
    Uuid,
};
use conference_standin::{Fault, StandIn};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

/// A conference as SignalWire answers it, with this ID.
fn conference(id: u32) -> Value {
    let mut conference: Value =
        serde_json::from_str(include_str!("../fixtures/conference_response.json")).unwrap();
    conference["id"] = json!(format!("00000000-0000-4000-8000-{id:012}"));
    conference["name"] = json!(format!("conference_{id}"));
    conference
}

/// One page of a listing: conferences `ids`, and a `next` link when given.
fn page(ids: std::ops::Range<u32>, next: Option<&str>) -> Fault {
    let mut links = json!({
        "self": "https://example.signalwire.com/api/video/conferences",
        "first": "https://example.signalwire.com/api/video/conferences?page_number=0",
    });
    if let Some(next) = next {
        links["next"] = json!(next);
    }
    let data: Vec<Value> = ids.map(conference).collect();
    Fault::status(200, json!({ "links": links, "data": data }).to_string())
}

/// A stream can move to a spawned task.
fn assert_send<T: Send>(_: &T) {}

fn ids(conferences: &[Conference]) -> Vec<String> {
    conferences.iter().map(|c| c.name.clone()).collect()
}

#[tokio::test]
async fn a_listing_follows_next_links_lazily_to_the_last_page() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(page(
        0..3,
        Some("https://example.signalwire.com/api/video/conferences?page_number=1&page_token=PA1"),
    ));
    // Relative links work too.
    stand_in.fail_next(page(
        3..6,
        Some("/api/video/conferences?page_number=2&page_token=PA2"),
    ));
    stand_in.fail_next(page(
        6..9,
        Some("?page_number=3&page_size=3&page_token=PA3"),
    ));
    stand_in.fail_next(page(9..10, None));

    let params = ListVideoConferencesParams {
        page_size: Some(PageSize::new(3).unwrap()),
        include_active_session: Some(true),
        ..Default::default()
    };
    let mut stream = client.list_all_video_conferences(&params);
    assert_send(&stream);
    // Nothing is fetched before the stream is polled, and one page per buffer.
    assert_eq!(stand_in.requests().len(), 0);
    let first = stream.next().await.unwrap().unwrap();
    assert_eq!(first.name, "conference_0");
    assert_eq!(stand_in.requests().len(), 1);
    assert_eq!(stream.pages_fetched(), 1);

    let rest: Vec<Conference> = stream.try_collect().await.unwrap();
    assert_eq!(rest.len(), 9);
    assert_eq!(rest.last().unwrap().name, "conference_9");

    let queries: Vec<Option<String>> = stand_in
        .requests()
        .iter()
        .map(|request| request.query.clone())
        .collect();
    assert_eq!(
        queries,
        [
            Some("include_active_session=true&page_size=3".to_owned()),
            Some("page_number=1&page_token=PA1".to_owned()),
            Some("page_number=2&page_token=PA2".to_owned()),
            Some("page_number=3&page_size=3&page_token=PA3".to_owned()),
        ]
    );
    for request in stand_in.requests() {
        assert_eq!(request.method, "GET");
        assert_eq!(request.path, "/api/video/conferences");
        assert!(request.authenticated, "every page carries the credentials");
    }
}

#[tokio::test]
async fn a_link_to_another_host_is_followed_on_the_clients_own_host() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(page(
        0..1,
        Some("https://attacker.example/steal?page_number=1&page_token=PA1"),
    ));
    stand_in.fail_next(page(1..2, None));
    let all: Vec<Conference> = client
        .list_all_video_conferences(&ListVideoConferencesParams::default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&all), ["conference_0", "conference_1"]);
    let second = &stand_in.requests()[1];
    assert_eq!(second.path, "/api/video/conferences");
    assert_eq!(
        second.query.as_deref(),
        Some("page_number=1&page_token=PA1")
    );
}

#[tokio::test]
async fn an_error_on_page_two_comes_after_the_items_of_page_one_and_names_the_page() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(page(0..4, Some("?page_number=1&page_token=PA1")));
    stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));

    let mut stream = client
        .list_all_video_conferences(&ListVideoConferencesParams::default())
        .retry(RetryPolicy::none());
    let mut yielded = Vec::new();
    let error = loop {
        match stream.next().await.expect("the stream ends with the error") {
            Ok(conference) => yielded.push(conference),
            Err(error) => break error,
        }
    };
    assert_eq!(yielded.len(), 4, "page 1's conferences came first");
    assert_eq!(error.page(), 2);
    assert_eq!(error.yielded(), 4);
    let Some(Error::Api(api)) = error.call_error() else {
        panic!("expected the call's Error::Api, got {error:?}");
    };
    assert_eq!(api.status(), 500);
    assert_eq!(api.operation(), "list_video_conferences");
    let message = error.to_string();
    assert!(message.contains("page 2"), "{message}");
    assert!(message.contains("4 items were listed"), "{message}");
    assert!(
        std::error::Error::source(&error).is_some(),
        "the call's error is the source"
    );
    assert!(
        stream.next().await.is_none(),
        "the stream ends after its error"
    );
    assert_eq!(stand_in.requests().len(), 2);
}

#[tokio::test]
async fn a_page_is_retried_under_the_safe_policy_and_the_listing_goes_on() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(page(0..2, Some("?page_number=1&page_token=PA1")));
    stand_in.fail_next(Fault::Drop);
    stand_in.fail_next(page(2..3, None));
    let all: Vec<Conference> = client
        .list_all_video_conferences(&ListVideoConferencesParams::default())
        .retry(RetryPolicy::safe(2).with_initial_backoff(std::time::Duration::ZERO))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 3);
    let queries: Vec<Option<String>> = stand_in
        .requests()
        .iter()
        .map(|r| r.query.clone())
        .collect();
    assert_eq!(
        queries[1], queries[2],
        "the dropped page was asked for again"
    );
}

#[tokio::test]
async fn a_server_whose_links_loop_ends_the_listing_with_an_error() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(page(0..1, Some("?page_number=1&page_token=PA1")));
    stand_in.fail_next(page(1..2, Some("?page_number=1&page_token=PA1")));
    let results: Vec<_> = client
        .list_all_video_conferences(&ListVideoConferencesParams::default())
        .collect()
        .await;
    assert_eq!(
        results.len(),
        3,
        "two conferences, then the error: {results:?}"
    );
    let error = results[2].as_ref().unwrap_err();
    assert_eq!(error.page(), 2);
    assert!(error.call_error().is_none());
    assert!(error.to_string().contains("repeats a page"), "{error}");
    assert_eq!(stand_in.requests().len(), 2, "the loop was not followed");
}

fn request() -> CreateConferenceRequest {
    CreateConferenceRequest::new(DisplayName::new("Weekly sync").unwrap())
}

fn no_wait(attempts: u32) -> RetryPolicy {
    RetryPolicy::safe(attempts).with_initial_backoff(std::time::Duration::ZERO)
}

#[tokio::test]
async fn get_and_delete_retry_a_500_and_a_dropped_connection_create_does_not() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let id = Uuid::parse_str("c22d24f6-5a47-4597-9a23-c7d01e696b92").unwrap();
    let answer = serde_json::to_vec(&conference(7)).unwrap();

    stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
    stand_in.fail_next(Fault::status(200, answer.clone()));
    let got = client
        .get_video_conference(&id, &GetVideoConferenceParams::default())
        .retry(no_wait(3))
        .await
        .unwrap();
    assert_eq!(got.name, "conference_7");

    stand_in.fail_next(Fault::Drop);
    stand_in.fail_next(Fault::status(204, ""));
    client
        .delete_video_conference(&id)
        .retry(no_wait(3))
        .await
        .unwrap();
    assert_eq!(stand_in.requests().len(), 4);

    // Create may have created a conference each time: neither failure is retried.
    stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
    let error = client
        .create_video_conference(&request())
        .retry(no_wait(3))
        .await
        .unwrap_err();
    assert_eq!(error.attempts(), 1);
    stand_in.fail_next(Fault::Drop);
    let error = client
        .create_video_conference(&request())
        .retry(no_wait(3))
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        Error::Transport {
            phase: TransportPhase::InFlight,
            ..
        }
    ));
    assert_eq!(error.attempts(), 1);
    assert_eq!(stand_in.requests().len(), 6);
}

#[tokio::test]
async fn a_404_is_not_retried_and_says_not_found() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(Fault::status(404, r#"{"error":"Not Found"}"#));
    let id = Uuid::parse_str("c22d24f6-5a47-4597-9a23-c7d01e696b92").unwrap();
    let error = client
        .delete_video_conference(&id)
        .retry(no_wait(3))
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.kind(), ApiErrorKind::NotFound);
    assert_eq!(error.attempts(), 1);
}
