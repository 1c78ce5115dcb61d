//! Generated streams page by page against a server started here on 127.0.0.1, for two
//! shapes: the conference listing (`conference_api`'s own bindings) and a fabric
//! listing with a path parameter (`list_ai_agent_addresses` of SignalWire's whole REST
//! document). Each is tried over several pages, with a `next` link that loops back,
//! and with a `next` link to another host, which must never be contacted.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use conference_api::{Client, PageError, PageStream};
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const PROJECT: &str = "project-paging";
const TOKEN: &str = "PTpaging-secret-0123456789";

/// A request as the server read it.
#[derive(Clone, Debug)]
struct Seen {
    /// The request target: path and query.
    target: String,
    authorization: Option<String>,
}

/// An HTTP/1.1 server on 127.0.0.1 that answers each request target with its scripted
/// JSON body (404 for any other), one request per connection.
struct Loopback {
    url: String,
    connections: Arc<AtomicUsize>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Loopback {
    async fn start(pages: BTreeMap<String, Value>) -> Loopback {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let connections = Arc::new(AtomicUsize::new(0));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (count, log) = (connections.clone(), seen.clone());
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                count.fetch_add(1, Ordering::SeqCst);
                let Some(request) = read_head(&mut socket).await else {
                    continue;
                };
                let (status, body) = match pages.get(&request.target) {
                    Some(page) => ("200 OK", page.to_string()),
                    None => ("404 Not Found", json!({"error": "Not Found"}).to_string()),
                };
                log.lock().unwrap().push(request);
                let answer = format!(
                    "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = socket.write_all(answer.as_bytes()).await;
                let _ = socket.shutdown().await;
            }
        });
        Loopback {
            url,
            connections,
            seen,
        }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    fn targets(&self) -> Vec<String> {
        self.seen().into_iter().map(|seen| seen.target).collect()
    }

    fn client(&self) -> Client {
        Client::builder()
            .base_url(&self.url)
            .project_id(PROJECT)
            .api_token(TOKEN)
            .build()
            .unwrap()
    }
}

/// The request line's target and the `Authorization` header of a request without a body.
async fn read_head(socket: &mut tokio::net::TcpStream) -> Option<Seen> {
    let mut head = Vec::new();
    let mut buffer = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = socket.read(&mut buffer).await.ok()?;
        if read == 0 || head.len() > 64 * 1024 {
            return None;
        }
        head.extend_from_slice(&buffer[..read]);
    }
    let head = String::from_utf8(head).ok()?;
    let mut lines = head.split("\r\n");
    let target = lines.next()?.split(' ').nth(1)?.to_owned();
    let authorization = lines
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.eq_ignore_ascii_case("authorization"))
        .map(|(_, value)| value.trim().to_owned());
    Some(Seen {
        target,
        authorization,
    })
}

/// Every item of a stream, then the error it ended with.
async fn drain<T>(mut stream: PageStream<'_, T>) -> (Vec<T>, Option<PageError>) {
    let mut items = Vec::new();
    while let Some(item) = stream.next().await {
        match item {
            Ok(item) => items.push(item),
            Err(error) => {
                assert!(stream.next().await.is_none(), "the error ends the stream");
                return (items, Some(error));
            }
        }
    }
    (items, None)
}

/// The credentials went to the API server on every page.
fn assert_authenticated(server: &Loopback) {
    for seen in server.seen() {
        let authorization = seen.authorization.unwrap_or_default();
        assert!(authorization.starts_with("Basic "), "{authorization:?}");
    }
}

/// No connection reached `server`, so neither a request nor the credentials did.
fn assert_never_contacted(server: &Loopback) {
    let seen = server.seen();
    let leaked = seen
        .iter()
        .filter(|seen| seen.authorization.is_some())
        .count();
    assert_eq!(
        leaked, 0,
        "the credentials reached the other host: {seen:?}"
    );
    assert_eq!(
        server.connections.load(Ordering::SeqCst),
        0,
        "the other host was contacted"
    );
}

/// A page of a SignalWire listing: these items and a `next` link when given.
fn page(self_link: &str, data: Vec<Value>, next: Option<String>) -> Value {
    let mut links = json!({"self": self_link, "first": self_link});
    if let Some(next) = next {
        links["next"] = json!(next);
    }
    json!({"data": data, "links": links})
}

// ---------------------------------------------------------------------------------
// The conference listing.

mod conferences {
    use super::*;
    use conference_api::{Api, ListVideoConferencesParams, PageSize};

    const PATH: &str = "/api/video/conferences";

    fn conference(n: u32) -> Value {
        let mut conference: Value =
            serde_json::from_str(include_str!("../fixtures/conference_response.json")).unwrap();
        conference["id"] = json!(format!("00000000-0000-4000-8000-{n:012}"));
        conference["name"] = json!(format!("conference_{n}"));
        conference
    }

    fn conferences(range: std::ops::Range<u32>) -> Vec<Value> {
        range.map(conference).collect()
    }

    fn names(items: &[conference_api::Conference]) -> Vec<String> {
        items.iter().map(|c| c.name.clone()).collect()
    }

    #[tokio::test]
    async fn several_pages_are_followed_to_the_last() {
        let server = Loopback::start(BTreeMap::from([
            (
                format!("{PATH}?page_size=2"),
                page(
                    PATH,
                    conferences(0..2),
                    Some(format!(
                        "https://example.signalwire.com{PATH}?page_number=1&page_token=PA1"
                    )),
                ),
            ),
            (
                format!("{PATH}?page_number=1&page_token=PA1"),
                page(
                    PATH,
                    conferences(2..4),
                    Some(format!("{PATH}?page_number=2&page_token=PA2")),
                ),
            ),
            (
                format!("{PATH}?page_number=2&page_token=PA2"),
                page(PATH, conferences(4..5), None),
            ),
        ]))
        .await;
        let client = server.client();
        let params = ListVideoConferencesParams {
            page_size: Some(PageSize::new(2).unwrap()),
            ..Default::default()
        };
        let mut stream = client.list_all_video_conferences(&params);
        assert_eq!(server.connections.load(Ordering::SeqCst), 0, "lazy");
        let first = stream.next().await.unwrap().unwrap();
        assert_eq!(first.name, "conference_0");
        assert_eq!(server.targets().len(), 1, "one page per buffer");
        let (rest, error) = drain(stream).await;
        assert!(error.is_none(), "{error:?}");
        assert_eq!(
            names(&rest),
            [
                "conference_1",
                "conference_2",
                "conference_3",
                "conference_4"
            ]
        );
        assert_eq!(server.targets().len(), 3);
        assert_authenticated(&server);
    }

    #[tokio::test]
    async fn a_next_link_that_loops_back_is_cut() {
        let looping = format!("{PATH}?page_number=1&page_token=PA1");
        let server = Loopback::start(BTreeMap::from([
            (
                PATH.to_owned(),
                page(PATH, conferences(0..2), Some(looping.clone())),
            ),
            // Page 2 leads back to itself, with new conferences each time it is read.
            (
                looping.clone(),
                page(PATH, conferences(2..4), Some(looping.clone())),
            ),
        ]))
        .await;
        let client = server.client();
        let (items, error) = drain(client.list_all_video_conferences(&Default::default())).await;
        let error = error.expect("the loop ends the listing with an error");
        assert_eq!(items.len(), 4);
        assert_eq!((error.page(), error.yielded()), (2, 4));
        assert!(error.call_error().is_none());
        assert!(
            error.to_string().contains("repeats a page already fetched"),
            "{error}"
        );
        assert_eq!(server.targets(), [PATH.to_owned(), looping]);
    }

    #[tokio::test]
    async fn a_next_link_to_another_host_never_reaches_it() {
        let foreign = Loopback::start(BTreeMap::new()).await;
        let link = format!("{}/steal?page_number=1&page_token=PA1", foreign.url);
        let server = Loopback::start(BTreeMap::from([
            (PATH.to_owned(), page(PATH, conferences(0..1), Some(link))),
            (
                format!("{PATH}?page_number=1&page_token=PA1"),
                page(PATH, conferences(1..2), None),
            ),
        ]))
        .await;
        let client = server.client();
        let (items, error) = drain(client.list_all_video_conferences(&Default::default())).await;
        assert_never_contacted(&foreign);
        assert!(error.is_none(), "{error:?}");
        assert_eq!(names(&items), ["conference_0", "conference_1"]);
        // The link's query, on this client's host and the operation's path.
        assert_eq!(
            server.targets()[1],
            format!("{PATH}?page_number=1&page_token=PA1")
        );
        assert_authenticated(&server);
    }
}

// ---------------------------------------------------------------------------------
// A fabric listing of SignalWire's whole REST document, with a path parameter.

mod fabric {
    use super::*;
    use conference_api::Uuid;
    use conference_tests::published::signalwire_rest::{Api, FabricAddressApp};

    const AGENT: &str = "a87db7ed-8ebe-42e4-829f-8ba5a4152f54";

    fn path() -> String {
        format!("/api/fabric/resources/ai_agents/{AGENT}/addresses")
    }

    fn agent() -> Uuid {
        Uuid::parse_str(AGENT).unwrap()
    }

    fn address(n: u32) -> Value {
        json!({
            "id": format!("691af061-cd86-4893-a605-{n:012}"),
            "name": format!("address_{n}"),
            "display_name": "Justice League",
            "cover_url": "https://coverurl.com",
            "preview_url": "https://previewurl.com",
            "locked": false,
            "channels": {"audio": "/external/resource_name?channel=audio"},
            "created_at": "2024-05-06T12:20:00Z",
            "type": "app",
        })
    }

    fn addresses(range: std::ops::Range<u32>) -> Vec<Value> {
        range.map(address).collect()
    }

    fn names(items: &[FabricAddressApp]) -> Vec<String> {
        items.iter().map(|a| a.name.clone()).collect()
    }

    /// SignalWire's own form of a `next` link: absolute, with the type filter.
    fn next(page: u32) -> String {
        format!(
            "https://example.signalwire.com{}?page_number={page}&page_size=2&page_token=PA{page}&type=ai_agent",
            path()
        )
    }

    fn target(page: u32) -> String {
        format!(
            "{}?page_number={page}&page_size=2&page_token=PA{page}&type=ai_agent",
            path()
        )
    }

    #[tokio::test]
    async fn several_pages_are_followed_to_the_last() {
        let server = Loopback::start(BTreeMap::from([
            (path(), page(&path(), addresses(0..2), Some(next(1)))),
            (target(1), page(&path(), addresses(2..4), Some(next(2)))),
            (target(2), page(&path(), addresses(4..5), None)),
        ]))
        .await;
        let client = server.client();
        let agent = agent();
        let mut stream = client.list_all_ai_agent_addresses(&agent);
        assert_eq!(server.connections.load(Ordering::SeqCst), 0, "lazy");
        let first = stream.next().await.unwrap().unwrap();
        assert_eq!(first.name, "address_0");
        assert_eq!(server.targets().len(), 1, "one page per buffer");
        let (rest, error) = drain(stream).await;
        assert!(error.is_none(), "{error:?}");
        assert_eq!(
            names(&rest),
            ["address_1", "address_2", "address_3", "address_4"]
        );
        assert_eq!(server.targets(), [path(), target(1), target(2)]);
        assert_authenticated(&server);
    }

    #[tokio::test]
    async fn a_next_link_that_loops_back_is_cut() {
        let server = Loopback::start(BTreeMap::from([
            (path(), page(&path(), addresses(0..2), Some(next(1)))),
            (target(1), page(&path(), addresses(2..4), Some(next(2)))),
            // Back to page 1.
            (target(2), page(&path(), addresses(4..6), Some(next(1)))),
        ]))
        .await;
        let client = server.client();
        let (items, error) = drain(client.list_all_ai_agent_addresses(&agent())).await;
        let error = error.expect("the loop ends the listing with an error");
        assert_eq!(items.len(), 6);
        assert_eq!((error.page(), error.yielded()), (3, 6));
        assert_eq!(error.operation(), "list_ai_agent_addresses");
        assert!(
            error.to_string().contains("repeats a page already fetched"),
            "{error}"
        );
        assert_eq!(server.targets(), [path(), target(1), target(2)]);
    }

    /// Items are known by their `id`: a page of the same addresses, changed in some
    /// other field, brings nothing new.
    #[tokio::test]
    async fn a_page_that_repeats_the_items_before_is_not_yielded_again() {
        let repeated = |n: u32| {
            let mut data = addresses(0..2);
            for address in &mut data {
                address["display_name"] = json!(format!("renamed {n} times"));
            }
            page(&path(), data, Some(next(n + 1)))
        };
        // A new link on every page, the same addresses on each.
        let server = Loopback::start(
            (1..=10)
                .map(|n| (target(n), repeated(n)))
                .chain([(path(), page(&path(), addresses(0..2), Some(next(1))))])
                .collect(),
        )
        .await;
        let client = server.client();
        let (items, error) = drain(client.list_all_ai_agent_addresses(&agent())).await;
        let error = error.expect("a server that does not advance ends the listing");
        let limit = conference_api::MAX_PAGES_WITHOUT_PROGRESS;
        assert_eq!(names(&items), ["address_0", "address_1"]);
        assert_eq!(error.page(), limit + 1);
        assert!(error.to_string().contains("not advancing"), "{error}");
    }

    #[tokio::test]
    async fn a_next_link_to_another_host_never_reaches_it() {
        let foreign = Loopback::start(BTreeMap::new()).await;
        let link = format!(
            "{}{}?page_number=1&page_size=2&page_token=PA1&type=ai_agent",
            foreign.url,
            path()
        );
        let server = Loopback::start(BTreeMap::from([
            (path(), page(&path(), addresses(0..2), Some(link))),
            (target(1), page(&path(), addresses(2..3), None)),
        ]))
        .await;
        let client = server.client();
        let (items, error) = drain(client.list_all_ai_agent_addresses(&agent())).await;
        assert_never_contacted(&foreign);
        assert!(error.is_none(), "{error:?}");
        assert_eq!(names(&items), ["address_0", "address_1", "address_2"]);
        assert_eq!(server.targets(), [path(), target(1)]);
        assert_authenticated(&server);
    }
}
