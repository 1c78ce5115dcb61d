//! The generated request and response types, as a user meets them.

use conference_api::{
    Color, Conference, ConferenceSize, CreateConferenceRequest, DateTime, DisplayName, Name,
    OrUnknown, Rule, VideoLayout, VideoQuality,
};

use conference_tests::full_request;

const RESPONSE: &str = include_str!("../fixtures/conference_response.json");

#[test]
fn a_builder_reports_every_broken_rule_at_once() {
    let builder = CreateConferenceRequest::builder("x".repeat(201))
        .name("bad name")
        .dark_primary("#12345G")
        .light_negative("044EF4")
        .join_from("2022-02-30");
    let validated = builder.validate().unwrap_err();
    let errors = builder.build().unwrap_err();
    let found: Vec<(&str, Rule)> = errors.iter().map(|e| (e.field(), e.rule())).collect();
    let checked: Vec<(&str, Rule)> = validated.iter().map(|e| (e.field(), e.rule())).collect();
    assert_eq!(checked, found, "validate() and build() agree");
    assert_eq!(
        found,
        [
            ("name", Rule::Pattern("^[A-Za-z0-9_-]+$")),
            ("display_name", Rule::MaxLength(200)),
            ("join_from", Rule::Format("date-time")),
            ("dark_primary", Rule::Pattern("^#[0-9a-fA-F]{6}$")),
            ("light_negative", Rule::Pattern("^#[0-9a-fA-F]{6}$")),
        ]
    );
    let text = errors.to_string();
    assert_eq!(
        text.lines().count(),
        6,
        "a header and one line per violation:\n{text}"
    );
    assert!(
        text.contains("display_name: is 201 characters long, 1 over the limit of 200"),
        "{text}"
    );
    assert!(
        text.contains("name: \"bad name\" does not match the pattern ^[A-Za-z0-9_-]+$"),
        "{text}"
    );
}

#[test]
fn lengths_count_code_points_not_bytes() {
    // 200 emoji are 800 bytes but 200 code points: at the limit.
    let at_limit = "😀".repeat(200);
    assert!(DisplayName::new(at_limit.clone()).is_ok());
    let over = format!("{at_limit}é");
    let error = DisplayName::new(over).unwrap_err();
    assert_eq!(error.rule(), Rule::MaxLength(200));
    assert!(error.problem().contains("201 characters"), "{error}");
    // Combining marks are code points of their own, as JSON Schema counts them.
    assert!(DisplayName::new("e\u{301}".repeat(100)).is_ok());
    assert!(DisplayName::new("e\u{301}".repeat(100) + "e").is_err());
}

#[test]
fn a_request_without_its_required_field_is_reported() {
    let builder =
        serde_json::from_str::<conference_api::CreateConferenceRequestBuilder>("{}").unwrap();
    let checked = builder.validate().unwrap_err();
    let errors = builder.build().unwrap_err();
    for errors in [checked, errors] {
        let found: Vec<_> = errors.iter().map(|e| (e.field(), e.rule())).collect();
        assert_eq!(found, [("display_name", Rule::Required)]);
    }
}

#[test]
fn deserializing_a_request_runs_the_same_checks() {
    let error = serde_json::from_str::<CreateConferenceRequest>(
        r##"{"display_name": "Sync", "name": "a b", "quality": "4k", "dark_primary": "#12345G", "enable_chat": "yes"}"##,
    )
    .unwrap_err()
    .to_string();
    for expected in [
        "name: \"a b\" does not match",
        "quality: \"4k\" is not one of: 720p, 1080p",
        "dark_primary: \"#12345G\" does not match",
        "enable_chat: expected a boolean, got a string",
    ] {
        assert!(
            error.contains(expected),
            "{expected:?} missing from:\n{error}"
        );
    }
}

#[test]
fn deserializing_a_request_rejects_unknown_keys_and_nulls() {
    let typo = serde_json::from_str::<CreateConferenceRequest>(
        r#"{"display_name": "Sync", "dispaly_name": "x"}"#,
    );
    let typo = typo.unwrap_err().to_string();
    assert!(
        typo.contains("dispaly_name: is not a field of this object (did you mean display_name?)"),
        "{typo}"
    );
    // Unknown keys are reported with every other violation, not instead of them.
    let both = serde_json::from_str::<CreateConferenceRequest>(
        r#"{"dispaly_name": "Sync", "name": "a b"}"#,
    )
    .unwrap_err()
    .to_string();
    for expected in [
        "3 invalid values:",
        "name: \"a b\" does not match",
        "display_name: is required but was not given",
        "dispaly_name: is not a field of this object",
    ] {
        assert!(
            both.contains(expected),
            "{expected:?} missing from:\n{both}"
        );
    }
    let null = serde_json::from_str::<CreateConferenceRequest>(
        r#"{"display_name": "Sync", "name": null}"#,
    );
    assert!(
        null.unwrap_err()
            .to_string()
            .contains("name: expected a string, got null")
    );
}

#[test]
fn optional_fields_are_omitted_when_unset_and_never_sent_as_null() {
    let request = CreateConferenceRequest::new(DisplayName::new("Weekly sync").unwrap());
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"display_name":"Weekly sync"}"#
    );
}

#[test]
fn request_json_round_trips_byte_for_byte() {
    let json = serde_json::to_string(&full_request()).unwrap();
    let again: CreateConferenceRequest = serde_json::from_str(&json).unwrap();
    assert_eq!(again, full_request());
    assert_eq!(serde_json::to_string(&again).unwrap(), json);
    assert!(
        json.contains(r#""join_from":"2022-01-01T23:59:60Z""#),
        "{json}"
    );
    assert!(
        json.contains(r#""join_until":"2022-01-02T00:00:00Z""#),
        "{json}"
    );
    assert!(
        json.contains(r#""quality":"1080p","layout":"highlight-1-responsive","size":"small""#),
        "{json}"
    );
}

#[test]
fn a_date_alone_means_midnight_utc() {
    let request = CreateConferenceRequest::builder("Sync")
        .join_from("2022-01-01")
        .build()
        .unwrap();
    assert_eq!(
        request.join_from,
        Some(DateTime::parse("2022-01-01T00:00:00Z").unwrap())
    );
}

#[test]
fn schema_defaults_are_visible_and_not_sent() {
    assert_eq!(
        CreateConferenceRequest::DEFAULT_QUALITY,
        VideoQuality::Quality720p
    );
    assert_eq!(
        CreateConferenceRequest::DEFAULT_LAYOUT,
        VideoLayout::GridResponsive
    );
    assert_eq!(
        CreateConferenceRequest::DEFAULT_SIZE,
        ConferenceSize::Medium
    );
    const { assert!(CreateConferenceRequest::DEFAULT_ENABLE_CHAT) };
    assert_eq!(
        CreateConferenceRequest::DEFAULT_DARK_PRIMARY.as_str(),
        "#044EF4"
    );
    assert_eq!(
        CreateConferenceRequest::DEFAULT_LIGHT_BACKGROUND.as_str(),
        "#FFFFFF"
    );
    let request = CreateConferenceRequest::builder("Sync").build().unwrap();
    assert_eq!(request.quality, None);
}

#[test]
fn enums_keep_their_wire_strings() {
    let layouts: Vec<String> = VideoLayout::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(layouts, VideoLayout::VALUES);
    assert_eq!(VideoLayout::Layout5up.as_str(), "5up");
    assert_eq!(VideoQuality::Quality720p.as_str(), "720p");
    assert_eq!(
        "grid-responsive-mobile".parse::<VideoLayout>().unwrap(),
        VideoLayout::GridResponsiveMobile
    );
    let error = "11x11".parse::<VideoLayout>().unwrap_err();
    assert_eq!(error.rule(), Rule::Enum(VideoLayout::VALUES));
}

#[test]
fn literals_are_checked_in_const() {
    const BRAND: Color = Color::from_static("#044EF4");
    const ROOM: Name = Name::from_static("weekly_sync");
    let request = CreateConferenceRequest {
        name: Some(ROOM),
        dark_primary: Some(BRAND),
        ..CreateConferenceRequest::new(DisplayName::from_static("Weekly sync"))
    };
    assert_eq!(request.dark_primary.unwrap().as_str(), "#044EF4");
}

#[test]
fn the_escape_hatch_skips_the_check_and_says_so() {
    let relaxed = Name::new_unchecked("allowed tomorrow");
    assert_eq!(relaxed.as_str(), "allowed tomorrow");
    assert!(Name::new("allowed tomorrow").is_err());
}

#[test]
fn signalwires_example_response_decodes() {
    let conference: Conference = serde_json::from_str(RESPONSE).unwrap();
    assert_eq!(
        conference.id.to_string(),
        "c22d24f6-5a47-4597-9a23-c7d01e696b92"
    );
    assert_eq!(conference.description, None);
    assert_eq!(conference.quality, VideoQuality::Quality720p);
    assert_eq!(conference.size, None);
    assert_eq!(conference.active_session, None);
    assert_eq!(conference.meta.unwrap()["team"], "sales");
    assert_eq!(
        conference.join_until.unwrap().to_string(),
        "2022-12-31T23:59:59Z"
    );
}

#[test]
fn responses_are_lenient_where_the_server_may_grow() {
    let mut value: serde_json::Value = serde_json::from_str(RESPONSE).unwrap();
    value["layout"] = "12x12".into();
    value["size"] = "huge".into();
    value["a_field_from_the_future"] = true.into();
    // Request-side rules never apply to responses.
    value["dark_primary"] = "blue".into();
    value["active_session"] =
        serde_json::json!({"id": "s1", "fps": 25, "status": "paused", "quality": "1080p"});
    let conference: Conference = serde_json::from_value(value).unwrap();
    assert_eq!(conference.layout.to_string(), "12x12");
    assert!(matches!(&conference.layout, OrUnknown::Unknown(v) if v.as_str() == Some("12x12")));
    assert_eq!(conference.size.unwrap().to_string(), "huge");
    assert_eq!(conference.dark_primary.as_deref(), Some("blue"));
    let session = conference.active_session.unwrap();
    assert_eq!(session.fps.as_ref().unwrap().to_string(), "25");
    assert_eq!(
        session.quality,
        Some(OrUnknown::Known(VideoQuality::Quality1080p))
    );
    // The unknown values survive a round trip unchanged.
    let again = serde_json::to_value(&session).unwrap();
    assert_eq!(again["fps"], 25);
    assert_eq!(again["status"], "paused");
}

#[test]
fn numeric_enums_travel_as_numbers() {
    use conference_api::VideoFps;
    assert_eq!(serde_json::to_string(&VideoFps::Fps30).unwrap(), "30");
    assert_eq!(
        serde_json::from_str::<VideoFps>("20").unwrap(),
        VideoFps::Fps20
    );
    assert_eq!(
        serde_json::from_str::<VideoFps>("20.0").unwrap(),
        VideoFps::Fps20
    );
    assert!(serde_json::from_str::<VideoFps>("25").is_err());
}

#[test]
fn field_metadata_comes_from_the_schema() {
    let fields = CreateConferenceRequest::FIELDS;
    assert_eq!(fields.len(), 21);
    let display_name = fields.iter().find(|f| f.name == "display_name").unwrap();
    assert!(display_name.required);
    assert!(
        display_name
            .doc
            .starts_with("Display name of the video conference")
    );
    assert_eq!(display_name.rules, "text, at most 200 characters");
    let layout = fields.iter().find(|f| f.name == "layout").unwrap();
    assert_eq!(layout.default, Some("grid-responsive"));
}

#[test]
fn every_generated_type_serializes_both_ways() {
    use conference_api::CreateConferenceRequestBuilder;
    use conference_tests::video_conferences::{ListVideoConferencesParams, PageSize};
    // A builder keeps raw values, a null included, and writes them back as they were.
    let raw = r#"{"name":null,"display_name":"Sync","quality":"4k"}"#;
    let builder: CreateConferenceRequestBuilder = serde_json::from_str(raw).unwrap();
    assert_eq!(serde_json::to_string(&builder).unwrap(), raw);
    // Query parameters too, with their own checked types.
    let params = ListVideoConferencesParams {
        page_size: Some(PageSize::new(100).unwrap()),
        ..Default::default()
    };
    let json = serde_json::to_string(&params).unwrap();
    assert_eq!(json, r#"{"page_size":100}"#);
    assert_eq!(
        serde_json::from_str::<ListVideoConferencesParams>(&json).unwrap(),
        params
    );
    assert!(serde_json::from_str::<ListVideoConferencesParams>(r#"{"page_size":5000}"#).is_err());
    assert_eq!(params.to_query(), [("page_size".into(), "100".to_owned())]);
}

#[test]
fn a_builder_prints_each_field_with_its_own_value() {
    let builder = CreateConferenceRequest::builder("Weekly sync")
        .name("weekly")
        .enable_chat(true)
        .dark_primary("#12345G");
    let text = format!("{builder:?}");
    assert!(
        text.starts_with("CreateConferenceRequestBuilder { name: "),
        "{text}"
    );
    for field in [
        r#"name: Some(Typed("weekly"))"#,
        r#"display_name: Some(Typed("Weekly sync"))"#,
        "description: None",
        "enable_chat: Some(Typed(true))",
        // A value that broke its rule is kept as it was given, for `build` to report.
        r##"dark_primary: Some(Raw(String("#12345G")))"##,
        "light_negative: None",
    ] {
        assert!(text.contains(field), "{field} in {text}");
    }
}
