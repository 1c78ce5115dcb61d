//! OpenAPI's operation model beyond SignalWire's habits, generated from a YAML document
//! (`fixtures/operations.openapi.yaml`) and called over real HTTP against the stand-in,
//! which answers with a scripted body and captures what the client sent.

use conference_api::{Error, FilePart, MediaType};
use conference_standin::{Fault, StandIn};

mod operations {
    conference_api::generate!("fixtures/operations.openapi.yaml");
}

use operations::{
    Api, AuditParams, GetReportResponse, GetReportResponse202, Note, Outage, Problem, ProblemKind,
    Report, SearchThingsError, SearchThingsError404, SearchThingsFilter, SearchThingsFilterSize,
    SearchThingsParams, SearchThingsSku, Thing, UploadStickerBody, UploadStickerBodyMeta,
};

async fn answering(status: u16, body: impl Into<Vec<u8>>) -> (StandIn, conference_api::Client) {
    let stand_in = StandIn::start().await.unwrap();
    stand_in.fail_next(Fault::status(status, body));
    let client = stand_in.client().unwrap();
    (stand_in, client)
}

#[tokio::test]
async fn array_and_object_query_parameters_are_written_as_their_style_says() {
    let (stand_in, client) = answering(200, r#"{"data": ["a", "b"]}"#).await;
    let params = SearchThingsParams {
        ids: Some(vec![1, 2]),
        tags: Some(vec!["red".into(), "big box".into()]),
        colours: Some(vec!["blue".into(), "green".into()]),
        filter: Some(SearchThingsFilter {
            owner: Some("ann".into()),
            size: Some(SearchThingsFilterSize { min: Some(3) }),
        }),
        limit: Some(10.try_into().unwrap()),
        sku: Some(SearchThingsSku::List(vec!["s1".into(), "s2".into()])),
    };
    let found = client.search_things(&params).await.unwrap();
    assert_eq!(found.data, ["a", "b"]);
    let requests = stand_in.requests();
    // The server URL's path (`/v{version}/`, at its default) comes first.
    assert_eq!(requests[0].path, "/v2/search");
    assert_eq!(
        requests[0].query.as_deref(),
        Some(
            "ids=1&ids=2&tags=red%2Cbig+box&colours=blue%7Cgreen\
             &filter%5Bowner%5D=ann&filter%5Bsize%5D%5Bmin%5D=3&limit=10&sku=s1&sku=s2"
        )
    );

    let (stand_in, client) = answering(200, r#"{"data": []}"#).await;
    let one = SearchThingsParams {
        sku: Some(SearchThingsSku::String("s9".into())),
        ..Default::default()
    };
    client.search_things(&one).await.unwrap();
    assert_eq!(stand_in.requests()[0].query.as_deref(), Some("sku=s9"));
}

#[tokio::test]
async fn ranges_and_default_document_error_statuses() {
    // 418 is documented by `4XX`, 503 by `default`: both are API errors.
    for status in [418, 503] {
        let (_stand_in, client) = answering(status, r#"{"errors": []}"#).await;
        let error = client
            .search_things(&SearchThingsParams::default())
            .await
            .unwrap_err();
        assert!(matches!(error, Error::Api(_)), "{status}: {error:?}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
    }
}

/// `search_things` answered with `status` and `body`: its error, as an `ApiError`.
async fn search_error(status: u16, body: &str) -> conference_api::ApiError {
    let (_stand_in, client) = answering(status, body).await;
    match client.search_things(&SearchThingsParams::default()).await {
        Err(Error::Api(api)) => api,
        other => panic!("{status}: {other:?}"),
    }
}

#[tokio::test]
async fn a_default_error_body_comes_back_typed() {
    // 503 is documented only by `default`, whose body is an `Outage`
    // (`application/problem+json`).
    let body = r#"{"reason": "maintenance", "retry_in": 30, "extra": true}"#;
    let api = search_error(503, body).await;
    assert_eq!(api.status().as_u16(), 503);
    assert_eq!(api.body(), body);
    match SearchThingsError::from_api_error(&api) {
        Some(SearchThingsError::Default(Outage {
            reason, retry_in, ..
        })) => {
            assert_eq!((reason.as_str(), retry_in), ("maintenance", Some(30)));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_4xx_range_error_body_comes_back_typed_beside_signalwires_fields() {
    // 418 is not listed: the `4XX` range documents it, with a `Problem`. Decoding is
    // as lenient as for success bodies: an enum value the document does not list is
    // kept.
    let api = search_error(
        418,
        r#"{"code": 7, "message": "short and stout", "kind": "teapot"}"#,
    )
    .await;
    match SearchThingsError::from_api_error(&api) {
        Some(SearchThingsError::ClientError(Problem {
            code,
            message,
            kind,
            ..
        })) => {
            assert_eq!((code, message.as_str()), (7, "short and stout"));
            let Some(conference_api::OrUnknown::Unknown(kind)) = kind else {
                panic!("{kind:?}");
            };
            assert_eq!(kind.as_str(), Some("teapot"));
        }
        other => panic!("{other:?}"),
    }
    // The SignalWire-shape reading of the same error still works.
    assert_eq!(api.message(), Some("short and stout"));
    assert_eq!(api.kind(), conference_api::ApiErrorKind::Other);
    assert!(api.to_string().contains("short and stout"), "{api}");

    let api = search_error(400, r#"{"code": 1, "message": "no", "kind": "invalid"}"#).await;
    let Some(SearchThingsError::ClientError(problem)) = SearchThingsError::from_api_error(&api)
    else {
        panic!("{api:?}");
    };
    assert!(matches!(
        problem.kind,
        Some(conference_api::OrUnknown::Known(ProblemKind::Invalid))
    ));
}

#[tokio::test]
async fn an_exact_status_takes_precedence_over_its_range() {
    let api = search_error(404, r#"{"missing": "thing 9"}"#).await;
    match SearchThingsError::from_api_error(&api) {
        Some(SearchThingsError::NotFound(SearchThingsError404 { missing, .. })) => {
            assert_eq!(missing, "thing 9");
        }
        other => panic!("{other:?}"),
    }
    // A 404 body of the range's shape is not taken for the range's: the 404 response
    // documents the status, and this body is not its type.
    let api = search_error(404, r#"{"code": 4, "message": "gone"}"#).await;
    assert!(SearchThingsError::from_api_error(&api).is_none());
    // The body is still there, and so is SignalWire's reading.
    assert_eq!(api.body(), r#"{"code": 4, "message": "gone"}"#);
    assert_eq!(api.message(), Some("gone"));
}

#[tokio::test]
async fn an_error_body_that_does_not_decode_is_kept_as_text() {
    for (status, body) in [
        (500, "<html>upstream down</html>"),
        (418, r#"{"code": "7"}"#),
    ] {
        let api = search_error(status, body).await;
        assert!(
            SearchThingsError::from_api_error(&api).is_none(),
            "{status}"
        );
        assert_eq!(api.body(), body);
        assert!(api.body_is_complete());
    }
}

#[tokio::test]
async fn the_token_in_an_error_body_is_redacted_in_the_kept_body_and_the_typed_value() {
    let stand_in = StandIn::start().await.unwrap();
    let token = stand_in.api_token().to_owned();
    let body = format!(r#"{{"reason": "token {token} revoked", "retry_in": 1}}"#);
    stand_in.fail_next(Fault::status(500, body));
    let client = stand_in.client().unwrap();
    let error = client
        .search_things(&SearchThingsParams::default())
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("{error:?}")
    };
    assert!(!api.body().contains(&token), "{}", api.body());
    assert_eq!(
        api.body(),
        r#"{"reason": "token [redacted] revoked", "retry_in": 1}"#
    );
    let Some(SearchThingsError::Default(outage)) = SearchThingsError::from_api_error(api) else {
        panic!("{api:?}");
    };
    assert_eq!(outage.reason, "token [redacted] revoked");
    for text in [
        format!("{error}"),
        format!("{error:?}"),
        format!("{outage:?}"),
    ] {
        assert!(!text.contains(&token), "{text}");
    }
}

#[tokio::test]
async fn a_request_body_may_be_an_array_of_request_values() {
    let (stand_in, client) = answering(204, "").await;
    let things = vec![
        Thing::builder("one").build().unwrap(),
        Thing::new("two".parse().unwrap()),
    ];
    client.replace_things(&things).await.unwrap();
    let request = &stand_in.requests()[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("PUT", "/v2/things")
    );
    assert_eq!(request.body, br#"[{"name":"one"},{"name":"two"}]"#);
    // Each value was checked when it was made.
    assert!(Thing::builder("far too long").build().is_err());
}

/// The value of a request header the stand-in captured.
fn header<'r>(request: &'r conference_standin::CapturedRequest, name: &str) -> Option<&'r str> {
    request
        .headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn each_documented_success_status_comes_back_as_its_variant_with_its_body() {
    let (stand_in, client) = answering(200, r#"{"rows": 3}"#).await;
    let answer = client.get_report("r1").await.unwrap();
    assert_eq!(answer, GetReportResponse::Ok(Report { rows: 3 }));
    let request = &stand_in.requests()[0];
    assert_eq!(request.path, "/v2/reports/r1");
    assert_eq!(header(request, "accept"), Some("application/json"));

    let (_stand_in, client) = answering(202, r#"{"eta": 30}"#).await;
    let answer = client.get_report("r1").await.unwrap();
    assert_eq!(
        answer,
        GetReportResponse::Accepted(GetReportResponse202 { eta: 30 })
    );

    let (_stand_in, client) = answering(204, "").await;
    assert_eq!(
        client.get_report("r1").await.unwrap(),
        GetReportResponse::NoContent
    );

    // A success status the document does not list cannot be told apart: an error that
    // says which statuses were expected.
    let (_stand_in, client) = answering(203, r#"{"rows": 3}"#).await;
    let error = client.get_report("r1").await.unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("the success status 203 is not one the operation documents (200, 202, 204)"),
        "{error}"
    );
}

#[tokio::test]
async fn a_text_answer_is_a_string_and_a_binary_answer_is_its_bytes() {
    let csv = "rows\n3\n";
    let (stand_in, client) = answering(200, csv).await;
    assert_eq!(client.get_report_csv("r1").await.unwrap(), csv);
    assert_eq!(header(&stand_in.requests()[0], "accept"), Some("text/csv"));
    // Text must be UTF-8.
    let (_stand_in, client) = answering(200, b"caf\xE9".to_vec()).await;
    let error = client.get_report_csv("r1").await.unwrap_err();
    assert!(
        error
            .to_string()
            .contains("the text body is not UTF-8 (at byte 3)"),
        "{error}"
    );

    let png: &[u8] = b"\x89PNG\r\n\x1a\n\x00\xFF";
    let (stand_in, client) = answering(200, png.to_vec()).await;
    assert_eq!(client.get_report_chart("r1").await.unwrap(), png);
    assert_eq!(header(&stand_in.requests()[0], "accept"), Some("image/png"));
}

#[tokio::test]
async fn header_and_cookie_parameters_are_sent_as_headers() {
    let (stand_in, client) = answering(204, "").await;
    let mut params = AuditParams {
        x_api_version: 3,
        x_audit_log_reason: Some("tidy up".parse().unwrap()),
        x_tags: Some(vec!["a".into(), "b c".into()]),
        session: Some("s1; admin=1".into()),
        theme: Some("dark".into()),
    };
    client.audit(&params).await.unwrap();
    let request = &stand_in.requests()[0];
    assert_eq!(header(request, "x-api-version"), Some("3"));
    assert_eq!(header(request, "x-audit-log-reason"), Some("tidy up"));
    assert_eq!(header(request, "x-tags"), Some("a,b c"));
    // A value cannot add a cookie: `;` and the space are percent-encoded.
    assert_eq!(
        header(request, "cookie"),
        Some("session=s1%3B%20admin=1; theme=dark")
    );
    // The `Accept` parameter is not one: the client sets it from the responses.
    assert_eq!(header(request, "accept"), Some("application/json"));

    // The rules hold for header parameters too.
    assert!(
        "a reason that is far too long"
            .parse::<operations::XAuditLogReason>()
            .is_err()
    );
    // A value that is not header text is refused before anything is sent.
    params.x_audit_log_reason = Some("two\nlines".parse().unwrap());
    let (stand_in, client) = answering(204, "").await;
    let error = client.audit(&params).await.unwrap_err();
    assert!(
        matches!(&error, Error::InvalidHeader { name, .. } if name == "X-Audit-Log-Reason"),
        "{error:?}"
    );
    assert!(stand_in.requests().is_empty());
}

#[tokio::test]
async fn a_multipart_upload_sends_each_field_as_a_part_and_the_file_as_its_bytes() {
    let (stand_in, client) = answering(204, "").await;
    let png: &[u8] = b"\x89PNG\r\n\x00\xFF";
    let body = UploadStickerBody::builder(
        "wave",
        FilePart::new(png)
            .file_name("wave.png")
            .content_type("image/png"),
    )
    .tags(vec!["hi".into(), "bye".into()])
    .meta(UploadStickerBodyMeta { size: Some(3) })
    .build()
    .unwrap();
    client.upload_sticker(&body).await.unwrap();
    let request = &stand_in.requests()[0];
    let boundary = "conference-api-part-boundary-0";
    assert_eq!(
        header(request, "content-type"),
        Some(format!("multipart/form-data; boundary={boundary}").as_str())
    );
    let mut expected = Vec::new();
    for (head, content) in [
        ("name=\"name\"", &b"wave"[..]),
        ("name=\"tags\"", b"hi"),
        ("name=\"tags\"", b"bye"),
        (
            "name=\"meta\"\r\nContent-Type: application/json",
            br#"{"size":3}"#,
        ),
        (
            "name=\"file\"; filename=\"wave.png\"\r\nContent-Type: image/png",
            png,
        ),
    ] {
        expected.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; {head}\r\n\r\n").as_bytes(),
        );
        expected.extend_from_slice(content);
        expected.extend_from_slice(b"\r\n");
    }
    expected.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    assert_eq!(request.body, expected);

    // The other fields' rules are checked before anything is sent.
    let long = UploadStickerBody::builder(
        "a name far longer than thirty characters",
        FilePart::new(png),
    )
    .build();
    assert!(long.is_err());
}

#[tokio::test]
async fn a_body_with_a_file_goes_as_multipart_and_never_as_json() {
    // Without a file, the default (JSON).
    let (stand_in, client) = answering(204, "").await;
    let plain = Note::builder("hello").build().unwrap();
    client.create_note(&plain).await.unwrap();
    let request = &stand_in.requests()[0];
    assert_eq!(header(request, "content-type"), Some("application/json"));
    assert_eq!(request.body, br#"{"text":"hello"}"#);

    // With one, multipart, which the operation offers.
    let (stand_in, client) = answering(204, "").await;
    let with_file = Note::builder("hello")
        .attachment(FilePart::new(b"data".to_vec()))
        .build()
        .unwrap();
    client.create_note(&with_file).await.unwrap();
    let request = &stand_in.requests()[0];
    assert!(
        header(request, "content-type")
            .is_some_and(|t| t.starts_with("multipart/form-data; boundary=")),
        "{:?}",
        request.headers
    );
    assert!(
        request
            .body
            .windows(b"application/octet-stream\r\n\r\ndata\r\n".len())
            .any(|w| w == b"application/octet-stream\r\n\r\ndata\r\n")
    );

    // Asked for JSON, a file is refused before anything is sent.
    let (stand_in, client) = answering(204, "").await;
    let error = client
        .create_note(&with_file)
        .media_type(MediaType::Json)
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("attachment")
            && error.to_string().contains("multipart/form-data"),
        "{error}"
    );
    assert!(stand_in.requests().is_empty());
}
