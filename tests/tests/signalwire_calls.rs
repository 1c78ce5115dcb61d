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

/// A list answer of two items, `item` and a copy with another `key` value, as
/// SignalWire's list operations shape it: a page of one could not show an item lost,
/// kept twice or out of order.
fn page_of(item: &Value, key: &str, other: &str) -> (Value, [Value; 2]) {
    let mut second = item.clone();
    second[key] = json!(other);
    let items = [item.clone(), second];
    let page = json!({"data": items, "links": {"self": LINKS, "first": LINKS}});
    (page, items)
}

/// Each decoded item holds every value that was sent, in order: encoded again, the
/// items are the ones sent.
fn assert_decoded_as_sent<T: serde::Serialize>(data: &[T], items: &[Value]) {
    let decoded: Vec<Value> = data
        .iter()
        .map(|item| serde_json::to_value(item).unwrap())
        .collect();
    assert_eq!(decoded, items);
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
    // SignalWire's examples of FabricAddress's fields.
    let item = json!({
        "id": "691af061-cd86-4893-a605-173f47afc4c2", "name": "justice-league",
        "display_name": "Justice League", "cover_url": "https://coverurl.com",
        "preview_url": "https://previewurl.com", "locked": true,
        "channels": {"audio": "/external/resource_name?channel=audio"},
        "created_at": "2024-05-06T12:20:00Z", "type": "app"
    });
    let (page, items) = page_of(&item, "display_name", "Teen Titans");
    let (stand_in, client) = answering(200, page).await;
    let page = client.list_resource_addresses_client().await.unwrap();
    assert_decoded_as_sent(&page.data, &items);
    assert_eq!(page.data[0].display_name, "Justice League");
    assert!(page.data[0].locked);
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
    // SignalWire's examples of AIAgentResponse's fields; the agent itself cut to what
    // it requires.
    let item = json!({
        "id": "a87db7ed-8ebe-42e4-829f-8ba5a4152f54",
        "project_id": "99151cf8-9548-4860-ba70-a8de824f3312",
        "display_name": "Booking Assistant", "type": "ai_agent",
        "created_at": "2024-05-06T12:20:00Z", "updated_at": "2024-05-06T12:20:00Z",
        "ai_agent": {
            "agent_id": "a87db7ed-8ebe-42e4-829f-8ba5a4152f54", "name": "Franklin",
            "prompt": {"text": "You take orders for Franklin's Pizza.", "temperature": 0.7},
            "hints": ["pizza", "pepperoni"]
        }
    });
    let (page, items) = page_of(&item, "display_name", "Support Assistant");
    let (stand_in, client) = answering(200, page).await;
    let page = client.list_ai_agents().await.unwrap();
    assert_decoded_as_sent(&page.data, &items);
    assert_eq!(page.data[0].display_name, "Booking Assistant");
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
    // SignalWire's examples of SipAddress's fields.
    let item = json!({
        "id": "b3f1c0a2-0f6e-4a9d-9b2a-1c2d3e4f5a6b", "type": "sip_address",
        "resource_id": "8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d", "name": "support-line",
        "display_name": "support-line", "context": "public",
        "uri": "sip:my-space-support-line@sip.signalwire.com", "user": "*",
        "encryption": "optional", "codecs": ["PCMU", "PCMA"],
        "ciphers": ["AEAD_AES_256_GCM_8", "AES_CM_128_HMAC_SHA1_80"],
        "ip_auth_enabled": false, "ip_auth": [],
        "calling_handler_resource_id": "1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718",
        "created_at": "2024-05-06T12:20:00Z", "updated_at": "2024-05-06T12:20:00Z"
    });
    let (mut answer, items) = page_of(&item, "name", "sales-line");
    answer["items_count"] = json!(2);
    let (stand_in, client) = answering(200, answer).await;
    let page = client.list_sip_addresses(&params).await.unwrap();
    assert_decoded_as_sent(&page.data, &items);
    assert_eq!(page.items_count, 2);
    assert_eq!(
        page.data[0].uri,
        "sip:my-space-support-line@sip.signalwire.com"
    );
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
    // SignalWire's examples of WhatsAppBusiness's fields, one nullable one null.
    let item = json!({
        "whatsapp_business_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "business_name": "Acme, Inc.", "business_portfolio_id": null,
        "waba_id": "109876543210987",
        "created_at": "2024-01-15T10:30:00Z", "updated_at": "2024-01-15T10:30:00Z"
    });
    let (page, items) = page_of(&item, "business_name", "Globex");
    let (stand_in, client) = answering(200, page).await;
    let page = client.list_whatsapp_businesses().await.unwrap();
    assert_decoded_as_sent(&page.data, &items);
    assert_eq!(page.data[0].waba_id, "109876543210987");
    let (method, path, ..) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("GET", "/api/messaging/whatsapp/businesses")
    );
}

#[tokio::test]
async fn relay_rest_lists_addresses() {
    use signalwire_rest::{Api, ListAddressesParams};
    // SignalWire's examples of Address's fields.
    let item = json!({
        "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "label": "My Address",
        "country": "US", "first_name": "Emmett", "last_name": "Brown",
        "street_number": "1640", "street_name": "Riverside Drive",
        "address_type": "Apartment", "address_number": "42", "city": "Alexandria",
        "state": "CA", "postal_code": "91905", "zip_code": "91905",
        "emergency_enabled": false, "validated": false, "validated_at": null
    });
    let (page, items) = page_of(&item, "label", "Other Address");
    let (stand_in, client) = answering(200, page).await;
    let page = client
        .list_addresses(&ListAddressesParams::default())
        .await
        .unwrap();
    assert_decoded_as_sent(&page.data, &items);
    assert_eq!(page.data[0].street_name, "Riverside Drive");
    let (method, path, query, _) = sent(&stand_in);
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("GET", "/api/relay/rest/addresses")
    );
    assert_eq!(query, None);
}
