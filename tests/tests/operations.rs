//! OpenAPI's operation model beyond SignalWire's habits, generated from a YAML document
//! (`fixtures/operations.openapi.yaml`) and called over real HTTP against the stand-in,
//! which answers with a scripted body and captures what the client sent.

use conference_api::Error;
use conference_standin::{Fault, StandIn};

mod operations {
    conference_api::generate!("fixtures/operations.openapi.yaml");
}

use operations::{
    Api, SearchThingsFilter, SearchThingsFilterSize, SearchThingsParams, SearchThingsSku, Thing,
};

async fn answering(status: u16, body: &str) -> (StandIn, conference_api::Client) {
    let stand_in = StandIn::start().await.unwrap();
    stand_in.fail_next(Fault::status(status, body.to_owned()));
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
