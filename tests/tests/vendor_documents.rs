//! Another vendor's OpenAPI 3.1 document, unmodified (`fixtures/vendors/`), generated
//! and compiled whole as a user would: Discord's document, 242 operations, 539 schemas.

use conference_codegen::{Options, generate};
use std::path::Path;

mod discord {
    conference_api::generate!("fixtures/vendors/discord.openapi.json");
}

/// Discord's whole document generates and compiles (this module), and its constructs
/// come out as a user of it expects: a multipart upload whose file is a `FilePart`,
/// several success statuses as an enum.
#[test]
fn discords_document_generates_whole() {
    let tokens = generate(
        Path::new("fixtures/vendors/discord.openapi.json"),
        &Options::default(),
    )
    .unwrap_or_else(|errors| panic!("{errors:#?}"))
    .to_string();
    // 242 operations, each a method of the client trait.
    let (_, declared) = tokens.split_once("pub trait Api {").unwrap();
    let (declared, _) = declared.split_once("impl Api for").unwrap();
    assert_eq!(declared.matches(" -> __rt :: Call <").count(), 242);
    // The sticker upload's file is a file part, sent as multipart.
    let sticker = discord::CreateGuildStickerBody::builder(
        "wave",
        "hi",
        conference_api::FilePart::new(b"GIF89a".to_vec()),
    );
    assert!(sticker.build().is_ok());
    // Its name has rules (2 to 30 characters), checked before anything is sent.
    let short = discord::CreateGuildStickerBody::builder(
        "w",
        "hi",
        conference_api::FilePart::new(b"GIF89a".to_vec()),
    );
    assert!(short.build().is_err());
}

/// Selecting by tag on SignalWire's published documents generates exactly the tagged
/// operations, under the names they have in the whole document.
#[test]
fn selecting_by_tag_works_on_the_published_documents() {
    let methods = |file: &str, tag: &str| -> Vec<String> {
        let options = Options {
            tags: vec![tag.to_owned()],
            ..Options::default()
        };
        let tokens = generate(Path::new(file), &options)
            .unwrap_or_else(|errors| panic!("{file}: {errors:?}"))
            .to_string();
        // The methods declared by `trait Api`, before its implementation.
        let (_, declared) = tokens
            .split_once("pub trait Api {")
            .expect("a client trait");
        let (declared, _) = declared
            .split_once("impl Api for")
            .expect("its implementation");
        let mut found: Vec<String> = declared
            .split("fn ")
            .skip(1)
            .filter_map(|rest| rest.split_once(" < 'a >").map(|(name, _)| name.to_owned()))
            .filter(|name| !name.contains(' '))
            .collect();
        found.sort();
        found
    };
    assert_eq!(
        methods("fixtures/published/compatibility.openapi.yaml", "Queues"),
        [
            "create_queue",
            "delete_queue",
            "list_queues",
            "retrieve_queue",
            "update_queue"
        ]
    );
    let numbers = methods(
        "fixtures/published/signalwire-rest.openapi.yaml",
        "Phone Numbers",
    );
    // Eight operations, and a stream for each of the two that page.
    assert_eq!(
        numbers,
        [
            "assign_e911_address",
            "list_all_phone_numbers",
            "list_phone_numbers",
            "purchase_phone_number",
            "release_phone_number",
            "remove_e911_address",
            "retrieve_phone_number",
            "search_all_available_phone_numbers",
            "search_available_phone_numbers",
            "update_phone_number"
        ]
    );
}

/// Discord documents `429` with a `RatelimitedResponse` and every other client error
/// (`4XX`) with an `ErrorResponse`: a call against a loopback server gets each body
/// typed by the response that documents its status, the status itself first.
#[tokio::test]
async fn discords_documented_error_bodies_come_back_typed() {
    use conference_standin::{Fault, StandIn};
    use discord::{Api, ErrorResponse, GetGatewayError, RatelimitedResponse};
    async fn gateway_error(status: u16, body: &str) -> conference_api::ApiError {
        let stand_in = StandIn::start().await.unwrap();
        stand_in.fail_next(Fault::status(status, body));
        let client = stand_in.client().unwrap();
        let error = client.get_gateway().await.unwrap_err();
        assert_eq!(stand_in.requests()[0].path, "/api/v10/gateway");
        match error {
            conference_api::Error::Api(api) => api,
            other => panic!("{other:?}"),
        }
    }
    let limited = r#"{"code": 0, "message": "You are being rate limited.", "retry_after": 1.5, "global": false}"#;
    match GetGatewayError::from_api_error(&gateway_error(429, limited).await) {
        Some(GetGatewayError::TooManyRequests(RatelimitedResponse {
            retry_after,
            global,
            ..
        })) => assert_eq!((retry_after, global), (1.5, false)),
        other => panic!("{other:?}"),
    }
    let missing = r#"{"code": 50001, "message": "Missing Access"}"#;
    match GetGatewayError::from_api_error(&gateway_error(403, missing).await) {
        Some(GetGatewayError::ClientError(ErrorResponse { code, message, .. })) => {
            assert_eq!((code, message.as_str()), (50001, "Missing Access"));
        }
        other => panic!("{other:?}"),
    }
}
