//! The HTTP server: accepting connections, reading requests, scripted faults, routing.

use std::collections::VecDeque;
use std::collections::hash_map::{Entry, HashMap};
use std::convert::Infallible;
use std::fmt;
use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use conference_api::{RestApiErrorItem, Uuid};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use hyper::body::{Frame, Incoming, SizeHint};
use hyper::header::{self, HeaderName, HeaderValue};
use hyper::http::request::Parts;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;

use crate::auth::{basic_credentials, credentials_match};
use crate::capture::RequestLog;
use crate::conference::{self, Answer};
use crate::store::{self, Store};
use crate::{CapturedRequest, Fault, MAX_REQUEST_BODY};

/// The collection: list (`GET`) and create (`POST`).
const CONFERENCES_PATH: &str = "/api/video/conferences";

/// How long a TLS handshake may take (https mode): a connection that has not finished
/// it by then is closed, so that it cannot hold one of the connection places forever.
const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// What the server and its [`StandIn`](crate::StandIn) handle share.
pub(crate) struct Shared {
    pub(crate) project_id: String,
    pub(crate) api_token: String,
    pub(crate) log_requests: bool,
    /// How long a request's body may take to arrive.
    pub(crate) body_read_timeout: Duration,
    /// The absolute URL of the collection, for the links of listings.
    list_url: String,
    state: Mutex<State>,
}

pub(crate) struct State {
    pub(crate) faults: VecDeque<Fault>,
    pub(crate) requests: RequestLog,
    pub(crate) store: Store,
}

/// The operation a request asks for. `None` in an ID: not a UUID (no such conference).
enum Route {
    List,
    Create,
    Get(Option<Uuid>),
    Update(Option<Uuid>),
    Delete(Option<Uuid>),
}

impl Route {
    /// The operation of `method` on `path`; `None`: no such operation (`404`).
    fn of(method: &Method, path: &str) -> Option<Route> {
        if path == CONFERENCES_PATH {
            return match *method {
                Method::GET => Some(Route::List),
                Method::POST => Some(Route::Create),
                _ => None,
            };
        }
        let segment = path
            .strip_prefix(CONFERENCES_PATH)?
            .strip_prefix('/')
            .filter(|segment| !segment.is_empty() && !segment.contains('/'))?;
        let id = Uuid::try_parse(segment).ok();
        match *method {
            Method::GET => Some(Route::Get(id)),
            Method::PUT => Some(Route::Update(id)),
            Method::DELETE => Some(Route::Delete(id)),
            _ => None,
        }
    }
}

impl Shared {
    pub(crate) fn new(
        url: &str,
        project_id: String,
        api_token: String,
        log_requests: bool,
        body_read_timeout: Duration,
        max_conferences: usize,
    ) -> Self {
        Shared {
            project_id,
            api_token,
            log_requests,
            body_read_timeout,
            list_url: format!("{url}{CONFERENCES_PATH}"),
            state: Mutex::new(State {
                faults: VecDeque::new(),
                requests: RequestLog::default(),
                store: Store::new(max_conferences),
            }),
        }
    }

    /// The state; a panic elsewhere while it was locked does not make it unusable.
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether the request carries the accepted credentials, and the user name it
    /// sent.
    fn authenticate(&self, parts: &Parts) -> (bool, Option<String>) {
        match parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(basic_credentials)
        {
            Some((user, password)) => {
                let accepted =
                    credentials_match(&user, &password, &self.project_id, &self.api_token);
                (accepted.into(), Some(user))
            }
            None => (false, None),
        }
    }

    /// SignalWire's answer to the request. `body` is `None` when it was not read: over
    /// the limit, or not authenticated (answered `401` or `404` without it).
    fn answer(&self, parts: &Parts, authenticated: bool, body: Option<&Bytes>) -> Answer {
        let Some(route) = Route::of(&parts.method, parts.uri.path()) else {
            return Answer::not_found();
        };
        if !authenticated {
            return Answer::unauthorized();
        }
        let query = parts.uri.query();
        match (route, body) {
            (Route::List, _) => match self.state().store.list(query, &self.list_url) {
                Ok(page) => Answer::json(StatusCode::OK, &page),
                Err(items) => Answer::invalid(items),
            },
            (Route::Create, Some(body)) => conference::create(body, &mut self.state().store),
            (Route::Create | Route::Update(_), None) => Answer::payload_too_large(),
            (Route::Get(id), _) => {
                let state = self.state();
                match id.as_ref().and_then(|id| state.store.get(id)) {
                    None => Answer::not_found(),
                    Some(conference) => match check_get_query(query) {
                        Ok(()) => Answer::json(StatusCode::OK, conference),
                        Err(items) => Answer::invalid(items),
                    },
                }
            }
            (Route::Update(None) | Route::Delete(None), _) => Answer::not_found(),
            (Route::Update(Some(id)), Some(body)) => {
                conference::update(&id, body, &mut self.state().store)
            }
            (Route::Delete(Some(id)), _) => {
                if self.state().store.remove(&id) {
                    Answer::no_content()
                } else {
                    Answer::not_found()
                }
            }
        }
    }
}

/// The query of a get: `include_active_session`, if given, is a boolean. The stand-in
/// runs no sessions, so there is never an active session to include.
fn check_get_query(query: Option<&str>) -> Result<(), Vec<RestApiErrorItem>> {
    let items: Vec<RestApiErrorItem> = store::decode_query(query.unwrap_or(""))
        .into_iter()
        .filter(|(name, _)| name == "include_active_session")
        .filter_map(|(name, value)| store::boolean_item(&name, &value))
        .collect();
    if items.is_empty() { Ok(()) } else { Err(items) }
}

/// How many connections are served, and how long a request head may take.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ConnectionLimits {
    /// At once, in all: beyond that, connections wait unaccepted.
    pub(crate) total: usize,
    /// At once, from one IP address: beyond that, connections are refused.
    pub(crate) per_peer: usize,
    /// How long a connection may take to send a complete request head, when it is new
    /// and between the requests of a kept-alive one: then it is closed.
    pub(crate) header_read_timeout: Duration,
}

/// Accepts connections until the task is aborted; aborting it also ends every
/// connection (they live in its `JoinSet`). At most `limits.total` are served at once:
/// beyond that, new connections are not accepted (they wait in the operating system's
/// listen queue) until one ends. A connection from an address that already has
/// `limits.per_peer` open is refused at once ([`refuse`]). With `tls`, each connection
/// is served after its TLS handshake (in the connection's own task, so a slow
/// handshake holds up no other connection).
pub(crate) async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    limits: ConnectionLimits,
    tls: Option<TlsAcceptor>,
) {
    let permits = Arc::new(Semaphore::new(limits.total));
    let peers = Arc::new(Peers::new(limits.per_peer));
    let mut connections = JoinSet::new();
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&permits).acquire_owned() => permit,
            Some(_) = connections.join_next(), if !connections.is_empty() => continue,
        };
        // The semaphore is never closed; if it were, serving would end.
        let Ok(permit) = permit else { return };
        let accepted = loop {
            tokio::select! {
                accepted = listener.accept() => break accepted,
                Some(_) = connections.join_next(), if !connections.is_empty() => {}
            }
        };
        match accepted {
            Ok((stream, peer)) => {
                let Some(place) = Peers::enter(&peers, peer.ip()) else {
                    refuse(stream, limits.per_peer, tls.is_none());
                    continue;
                };
                let shared = Arc::clone(&shared);
                let tls = tls.clone();
                let timeout = limits.header_read_timeout;
                connections.spawn(async move {
                    match tls {
                        None => serve_connection(stream, shared, timeout).await,
                        Some(acceptor) => {
                            let handshake = acceptor.accept(stream);
                            // A failed or too slow handshake (a client that does not
                            // trust the certificate, or speaks plain http) only ends
                            // this connection.
                            if let Ok(Ok(stream)) =
                                tokio::time::timeout(TLS_HANDSHAKE_TIMEOUT, handshake).await
                            {
                                serve_connection(stream, shared, timeout).await;
                            }
                        }
                    }
                    // The connection's places are free again.
                    drop(place);
                    drop(permit);
                });
            }
            // Out of file descriptors and the like: wait instead of spinning.
            Err(_) => {
                drop(permit);
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
    }
}

/// How many connections each peer address has open, up to a limit.
struct Peers {
    limit: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
}

/// One connection's place among its address's; given back when dropped (also when its
/// task is aborted).
struct PeerPlace {
    peers: Arc<Peers>,
    ip: IpAddr,
}

impl Peers {
    fn new(limit: usize) -> Self {
        Peers {
            limit,
            open: Mutex::new(HashMap::new()),
        }
    }

    fn open(&self) -> MutexGuard<'_, HashMap<IpAddr, usize>> {
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A place for a connection from `ip`; `None` when it has `limit` open already.
    fn enter(peers: &Arc<Peers>, ip: IpAddr) -> Option<PeerPlace> {
        let mut open = peers.open();
        let count = open.entry(ip).or_insert(0);
        if *count >= peers.limit {
            return None;
        }
        *count += 1;
        Some(PeerPlace {
            peers: Arc::clone(peers),
            ip,
        })
    }
}

impl Drop for PeerPlace {
    fn drop(&mut self) {
        let mut open = self.peers.open();
        if let Entry::Occupied(mut count) = open.entry(self.ip) {
            *count.get_mut() -= 1;
            // Addresses without connections are forgotten: the map stays small.
            if *count.get() == 0 {
                count.remove();
            }
        }
    }
}

/// Refuses a connection over its address's share, at once and without reading a
/// request: so that it holds no place and costs nothing while the client waits. Over
/// plain http it is answered `429 {"error":"Too Many Requests: …"}`, naming the limit;
/// over TLS it is closed (an answer would need a handshake first).
fn refuse(stream: TcpStream, limit: usize, plain_http: bool) {
    if !plain_http {
        return;
    }
    // Non-blocking, as it was for Tokio: no call below waits.
    let Ok(mut stream) = stream.into_std() else {
        return;
    };
    let body = format!(
        r#"{{"error":"Too Many Requests: at most {limit} connections at once from one address (StandInBuilder::max_connections_per_peer)"}}"#
    );
    let response = format!(
        "HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    // A fresh socket's send buffer takes this small answer whole; if it did not, the
    // client sees the connection closed instead.
    let _ = stream.write_all(response.as_bytes());
    let _ = stream.shutdown(Shutdown::Write);
    // What the client sent already is read and dropped, so that closing does not reset
    // the connection (a reset can destroy the answer before the client reads it).
    let mut buffer = [0; 4096];
    for _ in 0..16 {
        match stream.read(&mut buffer) {
            Ok(read) if read > 0 => {}
            _ => break,
        }
    }
}

/// Serves HTTP/1.1 requests on one connection until it ends.
async fn serve_connection<S>(stream: S, shared: Arc<Shared>, header_read_timeout: Duration)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |request| handle(Arc::clone(&shared), request));
    // A connection error (the client hung up, a malformed request, a scripted drop, a
    // head not sent in time) only ends this connection.
    let _ = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(header_read_timeout)
        .serve_connection(TokioIo::new(stream), service)
        .await;
}

/// Ends a connection without an answer.
#[derive(Debug)]
struct Hangup;

impl fmt::Display for Hangup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection closed without an answer")
    }
}

impl std::error::Error for Hangup {}

async fn handle(shared: Arc<Shared>, request: Request<Incoming>) -> Result<Response<Body>, Hangup> {
    let (parts, incoming) = request.into_parts();
    // Credentials first: the body of a request without them is never read, so a
    // stranger's bytes cost no memory.
    let (authenticated, project_id) = shared.authenticate(&parts);
    // Closed after the answer: the unread rest of its body cannot be told from a next
    // request.
    let close = !authenticated && !hyper::body::Body::is_end_stream(&incoming);
    let body = if authenticated {
        match read_body(&shared, &parts, incoming, project_id.clone()).await? {
            Ok(body) => body,
            Err(timed_out) => return Ok(timed_out),
        }
    } else {
        drop(incoming);
        None
    };
    let fault = shared.state().faults.pop_front();
    let scripted = fault.is_some();
    let mut delay = None;
    let mut response = match fault {
        None => Some(json_response(shared.answer(
            &parts,
            authenticated,
            body.as_ref(),
        ))),
        Some(Fault::Delay(wait)) => {
            delay = Some(wait);
            Some(json_response(shared.answer(
                &parts,
                authenticated,
                body.as_ref(),
            )))
        }
        Some(Fault::Drop) => None,
        Some(Fault::Status {
            status,
            headers,
            body,
        }) => Some(scripted_response(
            status,
            &headers,
            Body::Full(Some(body.into())),
        )),
        Some(Fault::EndlessBody { status }) => Some(scripted_response(
            status,
            &[],
            Body::Endless(Bytes::from(vec![b' '; 64 * 1024])),
        )),
    };
    if let Some(response) = response.as_mut().filter(|_| close) {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    let status = response.as_ref().map(|response| response.status().as_u16());
    log(&shared, &parts, status, scripted);
    capture(&shared, &parts, authenticated, project_id, body, status);
    if let Some(wait) = delay {
        tokio::time::sleep(wait).await;
    }
    response.ok_or(Hangup)
}

/// Reads an authenticated request's body: `Ok(Some(body))`, `Ok(None)` when it is over
/// [`MAX_REQUEST_BODY`], or the `408` answer when it arrives too slowly (captured
/// here). `Err`: the client went away while sending.
async fn read_body(
    shared: &Shared,
    parts: &Parts,
    incoming: Incoming,
    project_id: Option<String>,
) -> Result<Result<Option<Bytes>, Response<Body>>, Hangup> {
    let read = Limited::new(incoming, MAX_REQUEST_BODY).collect();
    match tokio::time::timeout(shared.body_read_timeout, read).await {
        Ok(Ok(collected)) => Ok(Ok(Some(collected.to_bytes()))),
        Ok(Err(error)) if error.is::<LengthLimitError>() => Ok(Ok(None)),
        Ok(Err(_)) => Err(Hangup),
        // Too slow: `408`, and the connection is closed (what is left of the body
        // cannot be told from a next request). No scripted fault is taken.
        Err(_) => {
            let mut response = json_response(Answer::request_timeout());
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            log(shared, parts, Some(408), false);
            capture(shared, parts, true, project_id, None, Some(408));
            Ok(Err(response))
        }
    }
}

/// One line on stderr per request, when asked for.
fn log(shared: &Shared, parts: &Parts, status: Option<u16>, scripted: bool) {
    if !shared.log_requests {
        return;
    }
    let outcome = status.map_or_else(|| "connection closed".to_owned(), |s| s.to_string());
    let note = if scripted { " (scripted fault)" } else { "" };
    // A closed stderr must not end the server: the line is dropped instead.
    let _ = writeln!(
        std::io::stderr(),
        "{} {} -> {outcome}{note}",
        parts.method,
        parts.uri.path()
    );
}

fn capture(
    shared: &Shared,
    parts: &Parts,
    authenticated: bool,
    project_id: Option<String>,
    body: Option<Bytes>,
    status: Option<u16>,
) {
    let headers = parts
        .headers
        .iter()
        .map(|(name, value)| {
            let value = if name == header::AUTHORIZATION || name == header::PROXY_AUTHORIZATION {
                redacted(value)
            } else {
                String::from_utf8_lossy(value.as_bytes()).into_owned()
            };
            (name.as_str().to_owned(), value)
        })
        .collect();
    let request = CapturedRequest {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers,
        project_id,
        authenticated,
        body: body.map(Vec::from).unwrap_or_default(),
        status,
    };
    shared.state().requests.push(request);
}

/// `Basic [redacted]`: the scheme is kept, the credentials never.
fn redacted(value: &HeaderValue) -> String {
    let text = String::from_utf8_lossy(value.as_bytes());
    match text.trim().split_once(' ') {
        Some((scheme, _)) if scheme.bytes().all(|b| b.is_ascii_alphabetic()) => {
            format!("{scheme} [redacted]")
        }
        _ => "[redacted]".to_owned(),
    }
}

/// The answer as a response: a JSON body, or none (`204`).
fn json_response(answer: Answer) -> Response<Body> {
    let empty = answer.body.is_empty();
    let body = (!empty).then(|| Bytes::from(answer.body));
    let mut response = Response::new(Body::Full(body));
    *response.status_mut() = answer.status;
    if !empty {
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
    }
    response
}

/// A scripted answer, or a `500` saying why the script cannot be sent.
fn scripted_response(status: u16, headers: &[(String, String)], body: Body) -> Response<Body> {
    let script_error = |problem: String| {
        let body = serde_json::json!({ "error": format!("conference-standin: {problem}") });
        json_response(Answer {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            body: body.to_string().into_bytes(),
        })
    };
    let Ok(status) = StatusCode::from_u16(status) else {
        return script_error(format!(
            "scripted status {status} is not a valid HTTP status"
        ));
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    for (name, value) in headers {
        let parsed = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        );
        let (Ok(name), Ok(value)) = parsed else {
            return script_error(format!("scripted header {name:?}: {value:?} is not valid"));
        };
        if name == header::CONTENT_LENGTH || name == header::TRANSFER_ENCODING {
            return script_error(format!(
                "scripted header {name} is set by the server from the body"
            ));
        }
        response.headers_mut().append(name, value);
    }
    if !response.headers().contains_key(header::CONTENT_TYPE) {
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
    }
    response
}

/// A response body: all at once (with `Content-Length`), or without end.
pub(crate) enum Body {
    /// The whole body; `None` once sent.
    Full(Option<Bytes>),
    /// This chunk, again and again.
    Endless(Bytes),
}

impl hyper::body::Body for Body {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            Body::Full(data) => Poll::Ready(data.take().map(|data| Ok(Frame::data(data)))),
            Body::Endless(chunk) => Poll::Ready(Some(Ok(Frame::data(chunk.clone())))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, Body::Full(None))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            Body::Full(Some(data)) => SizeHint::with_exact(data.len() as u64),
            Body::Full(None) => SizeHint::with_exact(0),
            Body::Endless(_) => SizeHint::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_log_is_bounded_in_bytes_not_only_in_requests() {
        let shared = Shared::new(
            "http://127.0.0.1:1",
            "project".into(),
            "token".into(),
            false,
            Duration::from_secs(1),
            1,
        );
        // Near hyper's largest head: a stranger's 401s must not add up to gigabytes.
        let filler = "x".repeat(400_000);
        let (parts, ()) = Request::post(CONFERENCES_PATH)
            .header("x-filler", filler.as_str())
            .body(())
            .unwrap()
            .into_parts();
        for _ in 0..300 {
            capture(&shared, &parts, false, None, None, Some(401));
        }
        let state = shared.state();
        let kept: usize = state
            .requests
            .iter()
            .map(|r| {
                r.headers
                    .iter()
                    .map(|(n, v)| n.len() + v.len())
                    .sum::<usize>()
            })
            .sum();
        assert!(kept <= crate::MAX_CAPTURED_BYTES, "{kept} bytes kept");
        assert!(
            kept > crate::MAX_CAPTURED_BYTES / 2,
            "only {kept} bytes kept"
        );
    }
}
