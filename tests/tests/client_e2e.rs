//! The client end to end, against the stand-in server over real HTTP: each outcome a
//! caller can meet, as the caller sees it.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use conference_api::{
    Api, ApiErrorKind, Color, Conference, ConferenceSize, CreateConferenceRequest, Description,
    DisplayName, Error, MAX_RESPONSE_BODY, Name, OrUnknown, RetryPolicy, TimeoutPhase,
    TransportPhase, VideoLayout, VideoQuality,
};
use conference_standin::{Fault, StandIn};
use conference_tests::full_request;
use serde_json::Value;

fn minimal_request() -> CreateConferenceRequest {
    CreateConferenceRequest::new(DisplayName::new("Weekly sync").unwrap())
}

/// A real answer of the stand-in, as JSON, for faults that alter it.
async fn real_answer() -> Value {
    let stand_in = StandIn::start().await.unwrap();
    let conference = stand_in
        .client()
        .unwrap()
        .create_video_conference(&minimal_request())
        .await
        .unwrap();
    serde_json::to_value(&conference).unwrap()
}

#[tokio::test]
async fn creates_a_conference_with_every_field_set() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let request = full_request();
    let conference = client.create_video_conference(&request).await.unwrap();

    assert_eq!(conference.name, "weekly_sync");
    assert_eq!(conference.display_name.as_deref(), Some("Weekly sync"));
    assert_eq!(conference.description.as_deref(), Some("Team meeting"));
    assert_eq!(conference.join_from, request.join_from.map(Into::into));
    assert_eq!(
        conference.join_until.map(|at| at.to_string()).as_deref(),
        Some("2022-01-02T00:00:00Z")
    );
    assert_eq!(conference.quality, VideoQuality::Quality1080p);
    assert_eq!(conference.layout, VideoLayout::Highlight1Responsive);
    assert_eq!(
        conference.size,
        Some(OrUnknown::Known(ConferenceSize::Small))
    );
    assert!(conference.record_on_start);
    assert_eq!(conference.enable_room_previews, Some(true));
    assert!(!conference.enable_chat);
    let colours = [
        (&conference.dark_primary, &request.dark_primary),
        (&conference.dark_background, &request.dark_background),
        (&conference.dark_foreground, &request.dark_foreground),
        (&conference.dark_success, &request.dark_success),
        (&conference.dark_negative, &request.dark_negative),
        (&conference.light_primary, &request.light_primary),
        (&conference.light_background, &request.light_background),
        (&conference.light_foreground, &request.light_foreground),
        (&conference.light_success, &request.light_success),
        (&conference.light_negative, &request.light_negative),
    ];
    for (answered, sent) in colours {
        assert_eq!(answered.as_deref(), sent.as_ref().map(Color::as_str));
    }
    assert_eq!(
        stand_in.requests()[0].json(),
        Some(serde_json::to_value(&request).unwrap())
    );
}

#[tokio::test]
async fn creates_a_conference_from_a_display_name_alone() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let conference: Conference = client
        .create_video_conference(&minimal_request())
        .await
        .unwrap();
    assert_eq!(conference.display_name.as_deref(), Some("Weekly sync"));
    assert_eq!(conference.quality, CreateConferenceRequest::DEFAULT_QUALITY);
    assert!(!conference.name.is_empty());
    assert_eq!(
        stand_in.requests()[0].json(),
        Some(serde_json::json!({"display_name": "Weekly sync"}))
    );

    // A builder goes through the same call.
    let conference = client
        .create_video_conference(CreateConferenceRequest::builder("From a builder"))
        .await
        .unwrap();
    assert_eq!(conference.display_name.as_deref(), Some("From a builder"));
}

#[tokio::test]
async fn documented_error_statuses_become_api_errors_with_signalwire_messages() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let cases = [
        (400, "Bad Request", ApiErrorKind::BadRequest),
        (500, "Internal Server Error", ApiErrorKind::Server),
    ];
    for (status, message, kind) in cases {
        stand_in.fail_next(Fault::status(status, format!(r#"{{"error":"{message}"}}"#)));
        let error = client
            .create_video_conference(&minimal_request())
            .await
            .unwrap_err();
        let Error::Api(api) = &error else {
            panic!("{status}: expected Error::Api, got {error:?}");
        };
        assert_eq!(api.status().as_u16(), status);
        assert_eq!(api.kind(), kind);
        assert_eq!(api.message(), Some(message));
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        let text = error.to_string();
        assert!(text.contains(&format!("{status} {message}")), "{text}");
        assert!(text.contains(&format!(": {message}")), "{text}");
        assert!(!error.is_retryable());
    }
}

#[tokio::test]
async fn a_wrong_password_is_unauthorized() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in
        .client_builder()
        .api_token("PTnot-the-token")
        .build()
        .unwrap();
    let error = client
        .create_video_conference(&minimal_request())
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.kind(), ApiErrorKind::Unauthorized);
    assert_eq!(api.message(), Some("Unauthorized"));
    let text = error.to_string();
    assert!(text.contains("401 Unauthorized: Unauthorized"), "{text}");
    assert!(text.contains("SIGNALWIRE_API_TOKEN"), "{text}");
    assert!(!text.contains("PTnot-the-token"), "{text}");
    assert!(!stand_in.requests()[0].authenticated);
}

#[tokio::test]
async fn values_the_server_rejects_come_back_item_by_item() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    // The escape hatch skips the client's checks; the server still applies them.
    let mut request = CreateConferenceRequest::new(DisplayName::new_unchecked("x".repeat(201)));
    request.name = Some(Name::new_unchecked("a b"));
    request.description = Some(Description::new_unchecked("fine"));
    request.dark_primary = Some(Color::new_unchecked("#12345G"));
    let error = client.create_video_conference(&request).await.unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.kind(), ApiErrorKind::Unprocessable);
    let attributes: BTreeSet<&str> = api
        .items()
        .iter()
        .filter_map(|item| item.attribute())
        .collect();
    assert_eq!(attributes, ["dark_primary", "display_name", "name"].into());
    for item in api.items() {
        assert_eq!(item.error_type(), Some("validation_error"));
        assert_eq!(item.code(), Some("invalid_parameter"));
        assert!(item.url().is_some());
    }
    let text = error.to_string();
    for line in [
        "name: \"a b\" does not match the pattern ^[A-Za-z0-9_-]+$",
        "display_name: is 201 characters long, 1 over the limit of 200",
        "dark_primary: \"#12345G\" does not match the pattern ^#[0-9a-fA-F]{6}$",
    ] {
        assert!(text.contains(line), "{line:?} missing from:\n{text}");
    }
    assert!(text.contains("422 Unprocessable Entity"), "{text}");
}

#[tokio::test]
async fn an_invalid_request_never_reaches_the_server() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let builder = CreateConferenceRequest::builder("x".repeat(201))
        .name("bad name")
        .dark_primary("#12345G");
    let error = client.create_video_conference(builder).await.unwrap_err();
    let Error::Validation(errors) = &error else {
        panic!("expected Error::Validation, got {error:?}");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field()).collect();
    assert_eq!(fields, ["name", "display_name", "dark_primary"]);
    assert!(
        error
            .to_string()
            .starts_with("the request was not sent: 3 invalid values")
    );
    assert_eq!(error.attempts(), 0);
    assert!(!error.may_have_reached_server());
    assert!(stand_in.requests().is_empty());
}

#[tokio::test]
async fn a_slow_server_ends_in_a_timeout_naming_the_phase() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(Fault::Delay(Duration::from_secs(10)));
    let started = Instant::now();
    let error = client
        .create_video_conference(&minimal_request())
        .timeout(Duration::from_millis(300))
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    let Error::Timeout { phase, after, .. } = &error else {
        panic!("expected Error::Timeout, got {error:?}");
    };
    assert_eq!(*phase, TimeoutPhase::Call);
    assert_eq!(*after, Some(Duration::from_millis(300)));
    assert!(error.may_have_reached_server());
    assert!(!error.is_retryable());
    let text = error.to_string();
    assert!(text.contains("whole-call timeout"), "{text}");
    assert!(text.contains("within 300ms"), "{text}");
    assert_eq!(stand_in.requests().len(), 1);
}

#[tokio::test]
async fn a_closed_connection_is_a_transport_error() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(Fault::Drop);
    let error = client
        .create_video_conference(&minimal_request())
        .await
        .unwrap_err();
    let Error::Transport { phase, status, .. } = &error else {
        panic!("expected Error::Transport, got {error:?}");
    };
    assert_eq!(*phase, TransportPhase::InFlight);
    assert_eq!(*status, None);
    assert!(error.may_have_reached_server());
    assert!(!error.is_retryable());
    let text = error.to_string();
    assert!(text.contains("the connection failed"), "{text}");
    assert!(text.contains("may have reached SignalWire"), "{text}");
    assert_eq!(stand_in.requests().len(), 1);
}

#[tokio::test]
async fn a_success_that_is_not_json_is_a_decode_error_saying_it_was_probably_created() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    stand_in.fail_next(Fault::status(200, "<html>created</html>"));
    let error = client
        .create_video_conference(&minimal_request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert!(!error.is_retryable());
    let text = error.to_string();
    assert!(text.contains("probably created"), "{text}");
    assert!(text.contains("<html>created</html>"), "{text}");

    // A success without a required field names the field.
    let mut answer = real_answer().await;
    answer.as_object_mut().unwrap().remove("created_at");
    stand_in.fail_next(Fault::status(200, answer.to_string()));
    let error = client
        .create_video_conference(&minimal_request())
        .await
        .unwrap_err();
    let Error::Decode { path, .. } = &error else {
        panic!("expected Error::Decode, got {error:?}");
    };
    assert!(error.to_string().contains("created_at"), "{error}");
    assert_eq!(path, ".");
}

#[tokio::test]
async fn unknown_enum_values_and_fields_still_decode() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let mut answer = real_answer().await;
    answer["quality"] = "4k".into();
    answer["layout"] = "12x12".into();
    answer["size"] = "huge".into();
    answer["added_later"] = serde_json::json!({"a": 1});
    stand_in.fail_next(Fault::status(200, answer.to_string()));
    let conference = client
        .create_video_conference(&minimal_request())
        .await
        .unwrap();
    let OrUnknown::Unknown(quality) = &conference.quality else {
        panic!("expected an unknown quality, got {:?}", conference.quality);
    };
    assert_eq!(quality.as_str(), Some("4k"));
    assert_eq!(conference.layout.to_string(), "12x12");
    assert!(conference.layout.known().is_none());
    assert_eq!(
        conference.size.as_ref().map(ToString::to_string).as_deref(),
        Some("huge")
    );
    assert_eq!(conference.display_name.as_deref(), Some("Weekly sync"));
}

#[tokio::test]
async fn a_huge_success_body_is_refused_without_reading_it_all() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();

    // Announced by Content-Length.
    stand_in.fail_next(Fault::status(200, vec![b' '; MAX_RESPONSE_BODY + 1]));
    let error = client
        .create_video_conference(&minimal_request())
        .await
        .unwrap_err();
    let Error::ResponseTooLarge { limit, .. } = &error else {
        panic!("expected Error::ResponseTooLarge, got {error:?}");
    };
    assert_eq!(*limit, MAX_RESPONSE_BODY);
    assert!(!error.is_retryable());
    assert!(error.to_string().contains("probably created"), "{error}");

    // Not announced, and without end: the client must stop reading by itself.
    stand_in.fail_next(Fault::EndlessBody { status: 200 });
    let error = client
        .create_video_conference(&minimal_request())
        .timeout(Duration::from_secs(20))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::ResponseTooLarge { .. }), "{error:?}");
}

#[tokio::test]
async fn rate_limiting_is_retried_only_when_asked() {
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let limited = Fault::Status {
        status: 429,
        headers: vec![("Retry-After".to_owned(), "0".to_owned())],
        body: br#"{"error":"Too Many Requests"}"#.to_vec(),
    };

    // Retries off (the default): one attempt, the wait reported.
    stand_in.fail_next(limited.clone());
    let error = client
        .create_video_conference(&minimal_request())
        .await
        .unwrap_err();
    let Error::UnexpectedStatus {
        status,
        retry_after,
        ..
    } = &error
    else {
        panic!("expected Error::UnexpectedStatus, got {error:?}");
    };
    assert_eq!(status.as_u16(), 429);
    assert_eq!(*retry_after, Some(Duration::ZERO));
    assert!(error.is_retryable());
    assert_eq!(error.attempts(), 1);
    assert!(error.to_string().contains("Rate limited"), "{error}");
    assert_eq!(stand_in.take_requests().len(), 1);

    // Safe retries: the second attempt succeeds.
    stand_in.fail_next(limited);
    let conference = client
        .create_video_conference(&minimal_request())
        .retry(RetryPolicy::safe(2))
        .await
        .unwrap();
    assert_eq!(conference.display_name.as_deref(), Some("Weekly sync"));
    let statuses: Vec<Option<u16>> = stand_in.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [Some(429), Some(200)]);
}

#[tokio::test]
async fn bindings_generated_in_another_crate_talk_to_the_stand_in() {
    use conference_tests::video_conferences as other;

    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let request = other::CreateConferenceRequest::builder("Other crate")
        .build()
        .unwrap();
    // Both bindings' traits are in scope: name the other crate's.
    let conference = other::Api::create_video_conference(&client, &request)
        .await
        .unwrap();
    assert_eq!(conference.display_name.as_deref(), Some("Other crate"));

    // The stand-in keeps what it created: get answers it, through the other crate's
    // bindings and types.
    let fetched = other::Api::get_video_conference(
        &client,
        &conference.id,
        &other::GetVideoConferenceParams::default(),
    )
    .await
    .unwrap();
    assert_eq!(fetched, conference);

    // An ID it never created is 404, which get documents.
    let unknown = conference_api::Uuid::new_v4();
    let error = other::Api::get_video_conference(
        &client,
        &unknown,
        &other::GetVideoConferenceParams::default(),
    )
    .await
    .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.kind(), ApiErrorKind::NotFound);
    assert_eq!(api.message(), Some("Not Found"));
    assert_eq!(api.operation(), "get_video_conference");
    let requests = stand_in.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[1].method, "GET");
    assert_eq!(
        requests[1].path,
        format!("/api/video/conferences/{}", conference.id)
    );
    assert_eq!(requests[1].status, Some(200));
    assert_eq!(
        requests[2].path,
        format!("/api/video/conferences/{unknown}")
    );
    assert_eq!(requests[2].status, Some(404));
}
