//! One generated method of each of SignalWire's other families, called over real HTTP:
//! the stand-in answers with a scripted body (it serves only conferences itself) and
//! captures what the client sent, so each test shows the request a user's call makes and
//! the response it decodes into.

use conference_standin::{Fault, StandIn};
use conference_tests::published::signalwire_rest;
use serde_json::{Value, json};

/// Answers the next request with `status` and `body`, and returns the client to call.
async fn answering(status: u16, body: Value) -> (StandIn, conference_api::Client) {
    let stand_in = StandIn::start().await.unwrap();
    stand_in.fail_next(Fault::status(status, body.to_string()));
    let client = stand_in.client().unwrap();
    (stand_in, client)
}

/// The method, path and query of the one request the stand-in received, and its body.
fn sent(stand_in: &StandIn) -> (String, String, Option<String>, Value) {
    let requests = stand_in.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    let request = &requests[0];
    let body = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
    (
        request.method.clone(),
        request.path.clone(),
        request.query.clone(),
        body,
    )
}

const LINKS: &str = "https://example.signalwire.com/api/next";

/// A list answer with no items, as SignalWire's list operations shape it.
fn empty_page() -> Value {
    json!({"data": [], "links": {"self": LINKS, "first": LINKS}})
}

#[tokio::test]
async fn ai_chat_sends_the_variant_its_discriminator_names() {
    use signalwire_rest::{Api, ChatRequest, ChatResponse};
    let request: ChatRequest = serde_json::from_value(json!({
        "jsonrpc": "2.0", "id": "req-1", "method": "chat",
        "params": {"id": "conv-123", "message": "Where is my order?"}
    }))
    .unwrap();
    assert!(matches!(request, ChatRequest::Chat(_)), "{request:?}");
    let answer = json!({"jsonrpc": "2.0", "id": "req-1", "result": {"response": "On its way"}});
    let (stand_in, client) = answering(200, answer.clone()).await;
    let response = client.chat_methods(&request).await.unwrap();
    assert!(
        !matches!(response, ChatResponse::Unknown(_)),
        "{response:?}"
    );
    assert_eq!(serde_json::to_value(&response).unwrap(), answer);
    let (method, path, _, body) = sent(&stand_in);
    assert_eq!((method.as_str(), path.as_str()), ("POST", "/api/ai/chat"));
    assert_eq!(body["method"], "chat");
}

#[tokio::test]
async fn ai_chat_refuses_a_method_no_variant_has() {
    use signalwire_rest::ChatRequest;
    let error = serde_json::from_value::<ChatRequest>(json!({
        "jsonrpc": "2.0", "id": "req-1", "method": "shout", "params": {}
    }))
    .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("method: \"shout\" selects no variant"),
        "{error}"
    );
}

#[tokio::test]
async fn fabric_addresses_lists_addresses() {
    use signalwire_rest::Api;
    let (stand_in, client) = answering(200, empty_page()).await;
    let page = client.list_resource_addresses_client().await.unwrap();
    assert!(page.data.is_empty());
    let (method, path, ..) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("GET", "/api/fabric/addresses")
    );
}

#[tokio::test]
async fn fabric_embeds_creates_a_token() {
    use signalwire_rest::{Api, EmbedsTokensRequest};
    let request: EmbedsTokensRequest =
        serde_json::from_value(json!({"token": "c2c_7acc0e5e968706a032983cd80cdca219"})).unwrap();
    let (stand_in, client) = answering(201, json!({"token": "eyJhbGciOiJkaXIi"})).await;
    let answer = client.create_guest_embed_token(&request).await.unwrap();
    assert_eq!(answer.token, "eyJhbGciOiJkaXIi");
    let (method, path, _, body) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("POST", "/api/fabric/embeds/tokens")
    );
    assert_eq!(
        body,
        json!({"token": "c2c_7acc0e5e968706a032983cd80cdca219"})
    );
}

#[tokio::test]
async fn fabric_guests_creates_a_guest_token() {
    use signalwire_rest::{Api, SubscriberGuestTokenCreateRequest};
    let request: SubscriberGuestTokenCreateRequest = serde_json::from_value(json!({
        "allowed_addresses": ["3fa85f64-5717-4562-b3fc-2c963f66afa6"], "expire_at": 1725513600
    }))
    .unwrap();
    let (stand_in, client) =
        answering(201, json!({"token": "guest", "refresh_token": "refresh"})).await;
    let answer = client
        .create_subscriber_guest_token(&request)
        .await
        .unwrap();
    assert_eq!(
        (answer.token.as_str(), answer.refresh_token.as_str()),
        ("guest", "refresh")
    );
    let (method, path, ..) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("POST", "/api/fabric/guests/tokens")
    );
}

#[tokio::test]
async fn fabric_resources_lists_ai_agents() {
    use signalwire_rest::Api;
    let (stand_in, client) = answering(200, empty_page()).await;
    let page = client.list_ai_agents().await.unwrap();
    assert!(page.data.is_empty());
    let (method, path, ..) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("GET", "/api/fabric/resources/ai_agents")
    );
}

#[tokio::test]
async fn fabric_sip_addresses_sends_typed_query_parameters() {
    use signalwire_rest::{Api, ListSipAddressesParams};
    let params: ListSipAddressesParams = serde_json::from_value(json!({"page_size": 10})).unwrap();
    let (stand_in, client) = answering(
        200,
        json!({"data": [], "items_count": 0, "links": {"self": LINKS, "first": LINKS}}),
    )
    .await;
    client.list_sip_addresses(&params).await.unwrap();
    let (method, path, query, _) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("GET", "/api/fabric/sip_addresses")
    );
    assert_eq!(query.as_deref(), Some("page_size=10"));
}

#[tokio::test]
async fn fabric_subscriber_invites_creates_an_invite() {
    use signalwire_rest::{Api, SubscriberInviteTokenCreateRequest};
    let request: SubscriberInviteTokenCreateRequest = serde_json::from_value(json!({
        "address_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    }))
    .unwrap();
    let (stand_in, client) = answering(201, json!({"token": "invite"})).await;
    let answer = client
        .create_subscriber_invite_token(&request)
        .await
        .unwrap();
    assert_eq!(answer.token, "invite");
    let (method, path, ..) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("POST", "/api/fabric/subscriber/invites")
    );
}

#[tokio::test]
async fn messaging_logs_gets_a_log_by_id() {
    use signalwire_rest::Api;
    let id = conference_api::Uuid::parse_str("3fa85f64-5717-4562-b3fc-2c963f66afa6").unwrap();
    let log = json!({
        "id": id.to_string(), "from": "+15551234567", "to": "+15557654321",
        "status": "delivered", "direction": "outbound-api", "kind": "sms",
        "source": "realtime_api", "type": "relay", "url": "https://example.signalwire.com/log",
        "number_of_segments": 1, "charge": 0.0079, "charge_details": [],
        "created_at": "2024-01-01T10:00:00Z"
    });
    let (stand_in, client) = answering(200, log).await;
    let answer = client.get_message_log(&id).await.unwrap();
    assert_eq!(
        serde_json::to_value(&answer).unwrap()["from"],
        "+15551234567"
    );
    let (method, path, ..) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        (
            "GET",
            "/api/messaging/logs/3fa85f64-5717-4562-b3fc-2c963f66afa6"
        )
    );
}

#[tokio::test]
async fn messaging_whatsapp_lists_businesses() {
    use signalwire_rest::Api;
    let (stand_in, client) = answering(200, empty_page()).await;
    client.list_whatsapp_businesses().await.unwrap();
    let (method, path, ..) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("GET", "/api/messaging/whatsapp/businesses")
    );
}

#[tokio::test]
async fn relay_rest_lists_addresses() {
    use signalwire_rest::{Api, ListAddressesParams};
    let (stand_in, client) = answering(200, empty_page()).await;
    client
        .list_addresses(&ListAddressesParams::default())
        .await
        .unwrap();
    let (method, path, query, _) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("GET", "/api/relay/rest/addresses")
    );
    assert_eq!(query, None);
}
