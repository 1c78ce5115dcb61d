//! Calls generated from SignalWire's documents as published (YAML, whole), over real
//! HTTP: the stand-in answers with a scripted body and captures what the client sent,
//! so each test shows what went over the wire and what came back.

use conference_api::{Error, MediaType, Uuid};
use conference_standin::{CapturedRequest, Fault, StandIn};
use conference_tests::published::{compatibility, signalwire_rest};
use serde_json::{Value, json};

/// Answers the next request with `status` and `body`, and returns the client to call.
async fn answering(status: u16, body: &Value) -> (StandIn, conference_api::Client) {
    let stand_in = StandIn::start().await.unwrap();
    stand_in.fail_next(Fault::status(status, body.to_string()));
    let client = stand_in.client().unwrap();
    (stand_in, client)
}

/// The one request the stand-in received.
fn sent(stand_in: &StandIn) -> CapturedRequest {
    let mut requests = stand_in.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    requests.remove(0)
}

fn header<'r>(request: &'r CapturedRequest, name: &str) -> Option<&'r str> {
    request
        .headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

const ACCOUNT: &str = "b3877c40-da60-4998-90ad-b792e98472af";

/// A `Message` as the Compatibility API answers.
fn message() -> Value {
    json!({
        "account_sid": ACCOUNT,
        "api_version": "2010-04-01",
        "body": "Hello",
        "num_segments": 1,
        "num_media": 2,
        "date_created": "Mon, 07 Dec 2026 10:00:00 +0000",
        "date_updated": "Mon, 07 Dec 2026 10:00:00 +0000",
        "direction": "outbound-api",
        "from": "+15550000001",
        "price_unit": "USD",
        "sid": "b3877c40-da60-4998-90ad-b792e98472ff",
        "status": "queued",
        "to": "+15550000002",
        "uri": "/api/laml/2010-04-01/Accounts/x/Messages/y.json",
        "subresource_uris": {"media": "/media.json"}
    })
}

#[tokio::test]
async fn a_compatibility_create_sends_a_form_under_the_servers_path() {
    use compatibility::{Api, CreateMessageRequest, CreateMessageRequestMediaUrl};
    let (stand_in, client) = answering(201, &message()).await;
    let account: Uuid = ACCOUNT.parse().unwrap();
    let mut request = CreateMessageRequest::new("+15550000002".into());
    request.from = Some("+15550000001".into());
    request.body = Some("Hello & goodbye = 100%".into());
    request.media_url = Some(CreateMessageRequestMediaUrl::List(vec![
        "https://example.com/a.png".into(),
        "https://example.com/b.png".into(),
    ]));
    request.send_as_mms = Some(true);
    let created = client.create_message(&account, &request).await.unwrap();
    assert_eq!(created.to, "+15550000002");
    assert_eq!(created.num_media, 2);

    let request = sent(&stand_in);
    assert_eq!(request.method, "POST");
    // The document's server is `https://{space_name}.signalwire.com/api/laml/2010-04-01`.
    assert_eq!(
        request.path,
        format!("/api/laml/2010-04-01/Accounts/{ACCOUNT}/Messages")
    );
    assert_eq!(
        header(&request, "content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        String::from_utf8(request.body).unwrap(),
        "To=%2B15550000002&From=%2B15550000001&Body=Hello+%26+goodbye+%3D+100%25\
         &MediaUrl=https%3A%2F%2Fexample.com%2Fa.png&MediaUrl=https%3A%2F%2Fexample.com%2Fb.png\
         &SendAsMms=true"
    );
}

#[tokio::test]
async fn a_media_type_the_operation_does_not_take_is_refused_before_sending() {
    use compatibility::{Api, CreateMessageRequest};
    let stand_in = StandIn::start().await.unwrap();
    let client = stand_in.client().unwrap();
    let account: Uuid = ACCOUNT.parse().unwrap();
    let request = CreateMessageRequest::new("+15550000002".into());
    let error = client
        .create_message(&account, &request)
        .media_type(MediaType::Json)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::InvalidOption {
                option: "Call::media_type",
                ..
            }
        ),
        "{error:?}"
    );
    assert!(stand_in.requests().is_empty());
}

#[tokio::test]
async fn an_optional_body_may_be_left_out() {
    use compatibility::{Api, UpdateConferenceRequest, UpdateConferenceRequestStatus};
    let conference = json!({
        "sid": "b3877c40-da60-4998-90ad-b792e98472cc",
        "account_sid": ACCOUNT,
        "date_created": "Mon, 07 Dec 2026 10:00:00 +0000",
        "date_updated": "Mon, 07 Dec 2026 10:00:00 +0000",
        "friendly_name": "room",
        "status": "completed",
        "api_version": "2010-04-01",
        "region": "us1",
        "uri": "/c.json",
        "subresource_uris": {"participants": "/p.json", "recordings": "/r.json"}
    });
    let account: Uuid = ACCOUNT.parse().unwrap();
    let sid: Uuid = "b3877c40-da60-4998-90ad-b792e98472cc".parse().unwrap();

    let (stand_in, client) = answering(200, &conference).await;
    let updated = client
        .update_conference(&account, &sid, None)
        .await
        .unwrap();
    assert_eq!(updated.friendly_name, "room");
    let request = sent(&stand_in);
    assert!(request.body.is_empty(), "{request:?}");
    assert_eq!(header(&request, "content-type"), None);

    let (stand_in, client) = answering(200, &conference).await;
    let mut update = UpdateConferenceRequest::new();
    update.status = Some(UpdateConferenceRequestStatus::Completed);
    client
        .update_conference(&account, &sid, Some(&update))
        .await
        .unwrap();
    assert_eq!(sent(&stand_in).body, b"Status=completed");
}

#[tokio::test]
async fn operations_that_share_an_operation_id_each_call_their_own_path() {
    // The REST document gives `create_token` to two operations.
    use signalwire_rest::{Api, CreateTokenRequest, NewPubSubToken};
    let project: CreateTokenRequest =
        serde_json::from_value(json!({"name": "ci", "permissions": ["calling"]})).unwrap();
    let answer = json!({
        "id": "b3877c40-da60-4998-90ad-b792e98472aa",
        "name": "ci",
        "permissions": ["calling"],
        "token": "PTabc"
    });
    let (stand_in, client) = answering(200, &answer).await;
    let token = client.create_token_project(&project).await.unwrap();
    assert_eq!(token.token, "PTabc");
    let request = sent(&stand_in);
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/api/project/tokens")
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&request.body).unwrap(),
        json!({"name": "ci", "permissions": ["calling"]})
    );

    let pubsub: NewPubSubToken =
        serde_json::from_value(json!({"ttl": 15, "channels": {"lobby": {"read": true}}})).unwrap();
    let (stand_in, client) = answering(200, &json!({"token": "eyJ0"})).await;
    let token = client.create_token_pubsub(&pubsub).await.unwrap();
    assert_eq!(token.token, "eyJ0");
    let request = sent(&stand_in);
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/api/pubsub/tokens")
    );
    assert_eq!(header(&request, "content-type"), Some("application/json"));
}
