//! A stand-in for SignalWire's video conference API that runs on this machine: to try
//! [`conference_api`] without an account, to develop offline, and to test code that
//! manages conferences.
//!
//! [`StandIn`] serves the five operations of `/api/video/conferences` on `127.0.0.1`
//! over real HTTP, the way SignalWire does, from the same schema and generated types as
//! `conference_api`. It keeps the conferences it creates (in memory, until it stops;
//! concurrent requests are safe):
//!
//! | request | answer |
//! | --- | --- |
//! | `GET /api/video/conferences` | `200` a page of [`ListConferencesResponse`](conference_api::ListConferencesResponse) |
//! | `POST /api/video/conferences` | `200` the created [`Conference`] |
//! | `GET /api/video/conferences/{id}` | `200` the conference |
//! | `PUT /api/video/conferences/{id}` | `200` the updated conference |
//! | `DELETE /api/video/conferences/{id}` | `204`, no body |
//!
//! - **Authentication**: HTTP Basic with the stand-in's project ID and API token
//!   ([`StandIn::project_id`], [`StandIn::api_token`]); anything else is answered
//!   `401 {"error":"Unauthorized"}`. Credentials are checked before the body is read,
//!   and the body of a request without them is never read (nor captured): its answer
//!   comes at once, and its connection is closed after it.
//! - **Validation** (create, update): the body is checked against every rule of the
//!   schema's `CreateConferenceRequest` or `UpdateConferenceRequest`, and each
//!   violation becomes one item of SignalWire's `422` list:
//!   `{"errors":[{"type":"validation_error","code":"invalid_parameter","message":…,"attribute":"display_name","url":…}]}`.
//!   The schema closes both request objects, so a key they do not list is a violation
//!   too (an update cannot rename: `name` is not one of its fields); a create's name
//!   already used by another conference of this stand-in is one as well
//!   (`has already been taken`). A body that is not a JSON object:
//!   `400 {"error":"Bad Request"}`. A body over [`MAX_REQUEST_BODY`]: `413`. A body
//!   that takes longer than [`StandInBuilder::body_read_timeout`] to arrive: `408`,
//!   and the connection is closed.
//! - **Creation**: a new UUID v4, `created_at`/`updated_at` now, the request's values,
//!   and the schema's defaults for the rest (the `DEFAULT_*` constants of
//!   [`CreateConferenceRequest`](conference_api::CreateConferenceRequest): quality
//!   `720p`, layout `grid-responsive`, size `medium`, chat on, the default colours).
//!   Without a `name`, one is made from the display name and the ID
//!   (`weekly-sync-1b4e28ba`). `description`, `join_from`, `join_until` and
//!   `enable_room_previews` are `null` when not given, `meta` is `null`,
//!   `record_on_start` is `false` unless given, `tone_on_entry_and_exit` is `true`,
//!   and `user_join_video_off` and `room_join_video_off` are `false`.
//! - **Update** (`PUT`): the fields the body gives replace the conference's, the others
//!   stay; `updated_at` becomes now.
//! - **Get, update, delete** of an ID it does not keep (never created, deleted, or not
//!   a UUID): `404 {"error":"Not Found"}`. After a delete, the conference is gone
//!   from listings too, and its name is free again.
//! - **Listing**: in creation order, oldest first (the order of
//!   [`StandIn::conferences`]). `page_size` (1 to 1000, default 50) conferences a
//!   page; `page_number` 0 (the default) is the first page, and a greater one needs the
//!   `page_token` of a link. `links.self`, `links.first`, `links.next` (only when there
//!   is a next page) and `links.prev` (only when `page_number` > 0) are absolute URLs
//!   on the stand-in (`http://127.0.0.1:PORT/api/video/conferences?page_number=1&page_size=50&page_token=…`)
//!   that carry the filters too. The first page fixes what its listing holds:
//!   conferences created while it is paged are not in it (a new listing shows them),
//!   and a page token is a cursor, not an offset, so neither creations nor deletions
//!   make later pages repeat or skip a conference. `starts_after` keeps the conferences
//!   whose `join_from` is at or after it, `ends_before` those whose `join_until` is at
//!   or before it (RFC 3339 date-times or Unix timestamps in seconds; a conference
//!   without that time is left out). `include_active_session` is checked; the
//!   stand-in runs no sessions, so there is never one to include. Each invalid
//!   parameter is one `422` item naming it: a `page_size` outside 1..=1000, a
//!   `page_number` below 0, either not an integer, `page_number` > 0 without a
//!   `page_token`, a token this stand-in did not give (or given for another page
//!   number), a timestamp that is neither form, a parameter given twice. Parameters
//!   the operation does not document are ignored.
//! - **Storage**: at most [`StandInBuilder::max_conferences`] (10,000 by default) at
//!   once. A create beyond that is answered
//!   `507 {"error":"Insufficient Storage: this stand-in keeps at most 10000 conferences …"}`
//!   and keeps nothing; a delete makes room.
//! - **Anything else** (another path or method): `404 {"error":"Not Found"}`.
//! - **Connections**: at most [`StandInBuilder::max_connections`] (1,024 by default)
//!   are served at once; further ones wait, unaccepted, until one closes. Of those, at
//!   most [`StandInBuilder::max_connections_per_peer`] (256 by default) from one IP
//!   address (on loopback, nearly every client is `127.0.0.1`): a further one from it
//!   is answered `429 {"error":"Too Many Requests: …"}` at once, naming the limit, and
//!   closed. A connection that has not sent a complete request head within
//!   [`StandInBuilder::header_read_timeout`] (5 s by default), new or kept alive
//!   between requests, is closed without an answer, which frees its place.
//! - **https** ([`StandInBuilder::tls`]): the same over TLS, with a self-signed
//!   certificate for `127.0.0.1` and `localhost` made when it starts
//!   ([`StandIn::certificate_pem`]); [`StandIn::client`] trusts it. For testing a
//!   client's TLS settings, such as [`ClientBuilder::add_root_certificate`].
//!
//! It never panics on a request, whatever its bytes, and stops serving when the
//! [`StandIn`] is dropped.
//!
//! # Testing your code with the stand-in
//!
//! Start one per test, point your client at it, give it conferences
//! ([`StandIn::seed_conferences`]), script the failures your code must survive
//! ([`Fault`], for any operation), and check what it sent ([`StandIn::requests`]) and
//! what it keeps ([`StandIn::conferences`]):
//!
//! ```
//! use conference_api::{Api, CreateConferenceRequest, DisplayName, Error};
//! use conference_standin::{Fault, StandIn};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let stand_in = StandIn::start().await?;
//! let client = stand_in.client()?; // its URL and credentials
//!
//! let request = CreateConferenceRequest::new(DisplayName::new("Weekly sync")?);
//! let conference = client.create_video_conference(&request).await?;
//! assert_eq!(conference.display_name.as_deref(), Some("Weekly sync"));
//! assert_eq!(conference.quality, CreateConferenceRequest::DEFAULT_QUALITY);
//!
//! // It keeps what it created.
//! let fetched = client
//!     .get_video_conference(&conference.id, &Default::default())
//!     .await?;
//! assert_eq!(fetched, conference);
//! assert_eq!(stand_in.conferences(), [conference]);
//!
//! // The next request fails as SignalWire's 500 does.
//! stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
//! let error = client.create_video_conference(&request).await.unwrap_err();
//! assert!(matches!(&error, Error::Api(api) if api.status() == 500));
//!
//! // The requests were captured, with their JSON bodies; the token was not kept.
//! let requests = stand_in.requests();
//! assert_eq!(requests.len(), 3);
//! assert_eq!(requests[0].json(), Some(serde_json::to_value(&request)?));
//! assert_eq!(requests[0].header("authorization"), Some("Basic [redacted]"));
//! # Ok(())
//! # }
//! ```
//!
//! # Running it on its own
//!
//! The `conference-standin` binary serves until it is interrupted (Ctrl-C). It prints
//! its URL and credentials as `export` lines for a shell (default port 8765, project
//! ID `standin-project`, API token `standin-token`), then a line per request on
//! stderr:
//!
//! ```text
//! $ cargo run -p conference-standin -- --port 8765
//! conference-standin: serving /api/video/conferences (list, create, get, update, delete) at http://127.0.0.1:8765 with 0 conferences
//! export SIGNALWIRE_SPACE=http://127.0.0.1:8765
//! export SIGNALWIRE_PROJECT_ID=standin-project
//! export SIGNALWIRE_API_TOKEN=standin-token
//! Press Ctrl-C to stop.
//! POST /api/video/conferences -> 200        (stderr: one line per request)
//! ```
//!
//! With those three variables set, [`Client::from_env`](conference_api::Client::from_env)
//! (and the `create_conference` example) talk to the stand-in, which keeps its
//! conferences from one command to the next. `--help` lists the options (`--port`,
//! `--project-id`, `--api-token`, `--seed N` for N sample conferences, `--quiet`, and
//! `--tls` to serve https: it writes its certificate to a PEM file and prints the
//! file's path).
#![deny(missing_docs)]

mod auth;
mod capture;
mod conference;
mod fault;
mod server;
mod store;
mod tls;

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use conference_api::{Client, ClientBuilder, Conference, ConfigError, RootCertificate, Uuid};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use capture::CapturedRequest;
pub use fault::Fault;

use server::{ConnectionLimits, Shared};

/// The largest request body the stand-in reads, in bytes (256 KiB); a larger one is
/// answered `413 {"error":"Payload Too Large"}`. A valid request is a few kilobytes.
pub const MAX_REQUEST_BODY: usize = 256 * 1024;

/// How many requests [`StandIn::requests`] keeps; older ones are forgotten first.
pub const MAX_CAPTURED_REQUESTS: usize = 10_000;

/// How many bytes of heads and bodies [`StandIn::requests`] keeps (64 MiB); older
/// requests are forgotten first. A head may be some 400 KB: without this bound, the
/// 401s of a stranger's large heads would take gigabytes.
pub const MAX_CAPTURED_BYTES: usize = 64 << 20;

/// How long a request's body may take to arrive, by default (10 s): a request whose
/// body is still incomplete then is answered `408 {"error":"Request Timeout"}` and its
/// connection is closed. See [`StandInBuilder::body_read_timeout`].
pub const DEFAULT_BODY_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How many connections a stand-in serves at once, by default (1,024). See
/// [`StandInBuilder::max_connections`].
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;

/// How many connections a stand-in serves at once from one IP address, by default
/// (256): far more than a test client opens, and a quarter of
/// [`DEFAULT_MAX_CONNECTIONS`], so that one address cannot take every place. See
/// [`StandInBuilder::max_connections_per_peer`].
pub const DEFAULT_MAX_CONNECTIONS_PER_PEER: usize = 256;

/// How long a connection may take to send a complete request head, by default (5 s):
/// a client on this machine sends it at once. See
/// [`StandInBuilder::header_read_timeout`].
pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);

/// How many conferences a stand-in keeps at once, by default (10,000): ten times the
/// largest listing this project's tests and benchmarks make, and, at about 15 KB each,
/// some 150 MB at most. See [`StandInBuilder::max_conferences`].
pub const DEFAULT_MAX_CONFERENCES: usize = 10_000;

/// A running stand-in server on `127.0.0.1`. It stops when dropped.
///
/// Its task runs on the Tokio runtime that started it, so it serves while that
/// runtime runs (a `#[tokio::test]`, a `#[tokio::main]`).
pub struct StandIn {
    addr: SocketAddr,
    url: String,
    /// In https mode: its certificate, DER and PEM.
    certificate: Option<(Vec<u8>, String)>,
    shared: Arc<Shared>,
    server: JoinHandle<()>,
}

impl StandIn {
    /// Starts a stand-in on a free port, with a fresh random project ID and API token.
    ///
    /// # Errors
    /// When no port could be bound, or when not called within a Tokio runtime.
    pub async fn start() -> io::Result<StandIn> {
        StandIn::builder().start().await
    }

    /// A builder, for a fixed port or credentials.
    pub fn builder() -> StandInBuilder {
        StandInBuilder::default()
    }

    /// Its base URL, `http://127.0.0.1:PORT`, or `https://127.0.0.1:PORT` in https
    /// mode ([`StandInBuilder::tls`]), with no trailing slash: what
    /// [`ClientBuilder::base_url`] takes, and what `SIGNALWIRE_SPACE` may be set to.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// In https mode ([`StandInBuilder::tls`]), its self-signed certificate in DER
    /// form; `None` over plain http.
    pub fn certificate_der(&self) -> Option<&[u8]> {
        self.certificate.as_ref().map(|(der, _)| der.as_slice())
    }

    /// In https mode, its self-signed certificate in PEM form
    /// (`-----BEGIN CERTIFICATE-----`…), for clients other than `conference_api`'s
    /// (`curl --cacert FILE`); `None` over plain http.
    pub fn certificate_pem(&self) -> Option<&str> {
        self.certificate.as_ref().map(|(_, pem)| pem.as_str())
    }

    /// In https mode, its certificate as a root for
    /// [`ClientBuilder::add_root_certificate`] (what [`client_builder`](Self::client_builder)
    /// adds); `None` over plain http.
    pub fn root_certificate(&self) -> Option<RootCertificate> {
        self.certificate_der().map(RootCertificate::from_der)
    }

    /// Its address (`127.0.0.1:PORT`).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The project ID it accepts (the Basic auth user name).
    pub fn project_id(&self) -> &str {
        &self.shared.project_id
    }

    /// The API token it accepts (the Basic auth password).
    pub fn api_token(&self) -> &str {
        &self.shared.api_token
    }

    /// A client builder set to its URL and credentials (and, in https mode, trusting
    /// its certificate), for further settings (timeouts, retries) before `build()`.
    pub fn client_builder(&self) -> ClientBuilder {
        let builder = Client::builder()
            .base_url(self.url.as_str())
            .project_id(self.project_id())
            .api_token(self.api_token());
        match self.root_certificate() {
            Some(root) => builder.add_root_certificate(root),
            None => builder,
        }
    }

    /// A client of it with the default settings.
    ///
    /// # Errors
    /// As [`ClientBuilder::build`] (in practice only when the HTTP client cannot be
    /// set up).
    pub fn client(&self) -> Result<Client, ConfigError> {
        self.client_builder().build()
    }

    /// The next request that arrives gets `fault`, after the faults already scripted.
    pub fn fail_next(&self, fault: Fault) {
        self.shared.state().faults.push_back(fault);
    }

    /// The next `count` requests that arrive get `fault`, after the faults already
    /// scripted.
    pub fn fail_next_n(&self, count: usize, fault: Fault) {
        let mut state = self.shared.state();
        state.faults.extend(std::iter::repeat_n(fault, count));
    }

    /// How many scripted faults are still waiting for a request.
    pub fn pending_faults(&self) -> usize {
        self.shared.state().faults.len()
    }

    /// Forgets the scripted faults that no request took yet.
    pub fn clear_faults(&self) {
        self.shared.state().faults.clear();
    }

    /// The requests received so far, oldest first (at most
    /// [`MAX_CAPTURED_REQUESTS`], holding at most [`MAX_CAPTURED_BYTES`]).
    pub fn requests(&self) -> Vec<CapturedRequest> {
        self.shared.state().requests.iter().cloned().collect()
    }

    /// The requests received so far, oldest first, forgetting them.
    pub fn take_requests(&self) -> Vec<CapturedRequest> {
        self.shared.state().requests.take()
    }

    /// Creates `count` valid sample conferences, as if each had been `POST`ed (without
    /// a request: they are not captured and take no scripted fault), and returns them
    /// in creation order. For pagination tests and benchmarks. It stops early when the
    /// stand-in keeps as many conferences as it may
    /// ([`StandInBuilder::max_conferences`]): fewer are returned then.
    ///
    /// The `n`th conference this stand-in creates (counting every conference created
    /// so far, from 1, deleted ones too) has the display name `Sample conference n`, a
    /// name made from it and its ID (`sample-conference-n-1b4e28ba`), can be joined for an hour from `n` hours after
    /// 2030-01-01T00:00:00Z (`join_from`, `join_until`: something for `starts_after`
    /// and `ends_before` to select), and has the schema's defaults otherwise.
    ///
    /// ```
    /// use conference_api::{Api, ListVideoConferencesParams, PageSize};
    /// use conference_standin::StandIn;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let stand_in = StandIn::start().await?;
    /// let seeded = stand_in.seed_conferences(120);
    /// assert_eq!(seeded.len(), 120);
    /// assert_eq!(seeded[0].display_name.as_deref(), Some("Sample conference 1"));
    ///
    /// // Listed in creation order, 50 a page by default.
    /// let client = stand_in.client()?;
    /// let page = client
    ///     .list_video_conferences(&ListVideoConferencesParams::default())
    ///     .await?;
    /// assert_eq!(page.data, seeded[..50]);
    /// assert!(page.links.next.is_some());
    /// # Ok(())
    /// # }
    /// ```
    pub fn seed_conferences(&self, count: usize) -> Vec<Conference> {
        let mut state = self.shared.state();
        let mut seeded = Vec::with_capacity(count);
        for _ in 0..count {
            if state.store.is_full() {
                break;
            }
            let number = state.store.next_sequence();
            // The name is made from the display name and the ID, as for a create
            // without a name: a free one is drawn.
            if let Ok(conference) = conference::insert(conference::sample(number), &mut state.store)
            {
                seeded.push(conference);
            }
        }
        seeded
    }

    /// The conferences it keeps now, in the order listings return them (creation
    /// order, oldest first).
    ///
    /// ```
    /// use conference_api::{Api, CreateConferenceRequest};
    /// use conference_standin::StandIn;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let stand_in = StandIn::start().await?;
    /// let client = stand_in.client()?;
    /// let request = CreateConferenceRequest::builder("Weekly sync").build()?;
    /// let created = client.create_video_conference(&request).await?;
    /// assert_eq!(stand_in.conferences(), [created.clone()]);
    ///
    /// client.delete_video_conference(&created.id).await?;
    /// assert!(stand_in.conferences().is_empty());
    /// # Ok(())
    /// # }
    /// ```
    pub fn conferences(&self) -> Vec<Conference> {
        self.shared.state().store.all()
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        // Ends the accept loop and, with it, every open connection.
        self.server.abort();
    }
}

impl fmt::Debug for StandIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StandIn")
            .field("url", &self.url)
            .field("tls", &self.certificate.is_some())
            .field("project_id", &self.shared.project_id)
            .field("api_token", &"[redacted]")
            .field("pending_faults", &self.pending_faults())
            .finish_non_exhaustive()
    }
}

/// Settings of a [`StandIn`]: port, credentials, limits, https.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// use conference_standin::StandIn;
///
/// let stand_in = StandIn::builder()
///     .project_id("my-project")
///     .api_token("PTmy-token")
///     .start()
///     .await?;
/// assert_eq!(stand_in.project_id(), "my-project");
/// assert!(stand_in.url().starts_with("http://127.0.0.1:"));
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct StandInBuilder {
    port: u16,
    project_id: Option<String>,
    api_token: Option<String>,
    log_requests: bool,
    body_read_timeout: Duration,
    max_connections: usize,
    max_connections_per_peer: usize,
    header_read_timeout: Duration,
    max_conferences: usize,
    tls: bool,
}

impl Default for StandInBuilder {
    fn default() -> Self {
        StandInBuilder {
            port: 0,
            project_id: None,
            api_token: None,
            log_requests: false,
            body_read_timeout: DEFAULT_BODY_READ_TIMEOUT,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            max_connections_per_peer: DEFAULT_MAX_CONNECTIONS_PER_PEER,
            header_read_timeout: DEFAULT_HEADER_READ_TIMEOUT,
            max_conferences: DEFAULT_MAX_CONFERENCES,
            tls: false,
        }
    }
}

/// A builder's setters that keep their argument as it is, each with its documentation:
/// `name: Type,` makes `pub fn name(self, name: Type) -> Self`.
macro_rules! setters {
    ($($(#[$doc:meta])* $name:ident: $ty:ty,)*) => {
        $(
            $(#[$doc])*
            pub fn $name(mut self, $name: $ty) -> Self {
                self.$name = $name;
                self
            }
        )*
    };
}

impl StandInBuilder {
    setters! {
        /// The port on `127.0.0.1`; `0` (the default): any free port.
        port: u16,
        /// Prints one line per request on stderr (`POST /api/video/conferences -> 200`);
        /// default off.
        log_requests: bool,
        /// How long a request's body may take to arrive, from the end of its headers;
        /// default [`DEFAULT_BODY_READ_TIMEOUT`] (10 s). A request whose body is still
        /// incomplete then (a `POST` or `PUT` that declares a body and sends it too slowly)
        /// is answered `408 {"error":"Request Timeout"}` and its connection is closed; it
        /// is captured with status 408 and takes no scripted fault.
        body_read_timeout: Duration,
        /// How many connections it serves at once; default [`DEFAULT_MAX_CONNECTIONS`]
        /// (1,024). Beyond that, new connections are not refused: they are not accepted
        /// yet, and wait in the operating system's listen queue until a served connection
        /// closes (an idle one closes after the
        /// [`header_read_timeout`](Self::header_read_timeout)). Must be at least 1.
        max_connections: usize,
        /// How many connections it serves at once from one IP address; default
        /// [`DEFAULT_MAX_CONNECTIONS_PER_PEER`] (256). A further connection from that
        /// address is refused at once, before it sends anything: over plain http it is
        /// answered `429 {"error":"Too Many Requests: at most 256 connections at once from
        /// one address …"}` and closed (over TLS, only closed). Must be at least 1.
        ///
        /// The stand-in listens on `127.0.0.1`, so its clients are this machine's, and
        /// nearly all of them connect from `127.0.0.1`: for them this is the limit of
        /// connections at once, and it should stay above what a test opens in parallel.
        /// A client that binds another loopback address (`127.0.0.2`) has a share of its
        /// own. What frees the places of clients that connect and send nothing is the
        /// [`header_read_timeout`](Self::header_read_timeout).
        max_connections_per_peer: usize,
        /// How long a connection may take to send a complete request head (request line
        /// and headers); default [`DEFAULT_HEADER_READ_TIMEOUT`] (5 s). It runs from when
        /// the connection is accepted (after the TLS handshake, in https mode) and, on a
        /// kept-alive connection, from the end of each answer: a connection that sends
        /// nothing, or only part of a head, is then closed without an answer, and its place
        /// is free. Idle kept-alive connections are closed after this long too, which
        /// clients' connection pools expect. Must be more than zero.
        header_read_timeout: Duration,
        /// How many conferences it keeps at once; default [`DEFAULT_MAX_CONFERENCES`]
        /// (10,000). A create when it keeps that many already is answered
        /// `507 Insufficient Storage`, with a body that names the limit
        /// (`{"error":"Insufficient Storage: this stand-in keeps at most 10000 conferences …"}`),
        /// and keeps nothing; a delete makes room again. [`StandIn::seed_conferences`]
        /// stops there too. `0` refuses every create (to test how a client takes a `507`).
        ///
        /// ```
        /// use conference_api::{Api, CreateConferenceRequest, Error};
        /// use conference_standin::StandIn;
        ///
        /// # #[tokio::main(flavor = "current_thread")]
        /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
        /// let stand_in = StandIn::builder().max_conferences(1).start().await?;
        /// let client = stand_in.client()?;
        /// let first = client
        ///     .create_video_conference(&CreateConferenceRequest::builder("First").build()?)
        ///     .await?;
        /// let second = CreateConferenceRequest::builder("Second").build()?;
        /// let error = client.create_video_conference(&second).await.unwrap_err();
        /// assert_eq!(error.status().map(|status| status.as_u16()), Some(507));
        ///
        /// client.delete_video_conference(&first.id).await?;
        /// client.create_video_conference(&second).await?;
        /// # Ok(())
        /// # }
        /// ```
        max_conferences: usize,
        /// Serves https instead of plain http (default off): with a certificate for
        /// `127.0.0.1` and `localhost` made at start-up and signed by its own key
        /// (self-signed), TLS 1.2 and 1.3 over rustls with ring, HTTP/1.1. Its
        /// [`url`](StandIn::url) is then `https://127.0.0.1:PORT`, its certificate is
        /// given by [`StandIn::certificate_der`], [`StandIn::certificate_pem`] and
        /// [`StandIn::root_certificate`], and [`StandIn::client`] trusts it. A client that
        /// does not trust it fails the TLS handshake: that connection is closed, nothing
        /// else changes. A handshake not done within 10 s is ended too.
        ///
        /// ```
        /// use conference_api::{Api, CreateConferenceRequest};
        /// use conference_standin::StandIn;
        ///
        /// # #[tokio::main(flavor = "current_thread")]
        /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
        /// let stand_in = StandIn::builder().tls(true).start().await?;
        /// assert!(stand_in.url().starts_with("https://127.0.0.1:"));
        /// let client = stand_in.client()?; // trusts the stand-in's certificate
        /// let request = CreateConferenceRequest::builder("Over TLS").build()?;
        /// client.create_video_conference(&request).await?;
        /// # Ok(())
        /// # }
        /// ```
        tls: bool,
    }

    /// The project ID it accepts; default: a random UUID.
    pub fn project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(project_id.into());
        self
    }

    /// The API token it accepts; default: a random `PT…` token.
    pub fn api_token(mut self, api_token: impl Into<String>) -> Self {
        self.api_token = Some(api_token.into());
        self
    }

    /// Binds the port and starts serving on the current Tokio runtime.
    ///
    /// # Errors
    /// When the port cannot be bound, when not called within a Tokio runtime, when
    /// a credential cannot be sent with Basic auth (empty, or a project ID with `:`),
    /// when [`max_connections`](Self::max_connections) or
    /// [`max_connections_per_peer`](Self::max_connections_per_peer) is 0, when
    /// [`header_read_timeout`](Self::header_read_timeout) is zero, or (in https mode) when
    /// the certificate cannot be made.
    pub async fn start(self) -> io::Result<StandIn> {
        let runtime = tokio::runtime::Handle::try_current().map_err(|error| {
            io::Error::other(format!("the stand-in needs a Tokio runtime: {error}"))
        })?;
        let project_id = self
            .project_id
            .unwrap_or_else(|| Uuid::new_v4().to_string());
        let api_token = self
            .api_token
            .unwrap_or_else(|| format!("PT{}", Uuid::new_v4().simple()));
        if project_id.is_empty() || project_id.contains(':') || api_token.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "the project ID and API token must not be empty, and the project ID must not \
                 contain `:` (HTTP Basic auth)",
            ));
        }
        if self.max_connections == 0 || self.max_connections_per_peer == 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "max_connections and max_connections_per_peer must be at least 1",
            ));
        }
        if self.header_read_timeout.is_zero() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "header_read_timeout must be more than zero",
            ));
        }
        let tls = if self.tls {
            Some(tls::self_signed()?)
        } else {
            None
        };
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, self.port)).await?;
        let addr = listener.local_addr()?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        let url = format!("{scheme}://{addr}");
        let shared = Arc::new(Shared::new(
            &url,
            project_id,
            api_token,
            self.log_requests,
            self.body_read_timeout,
            self.max_conferences,
        ));
        let (acceptor, certificate) = match tls {
            Some(tls) => (
                Some(tls.acceptor),
                Some((tls.certificate_der, tls.certificate_pem)),
            ),
            None => (None, None),
        };
        let server = runtime.spawn(server::serve(
            listener,
            Arc::clone(&shared),
            ConnectionLimits {
                total: self.max_connections,
                per_peer: self.max_connections_per_peer,
                header_read_timeout: self.header_read_timeout,
            },
            acceptor,
        ));
        Ok(StandIn {
            addr,
            url,
            certificate,
            shared,
            server,
        })
    }
}

impl fmt::Debug for StandInBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StandInBuilder")
            .field("port", &self.port)
            .field("project_id", &self.project_id)
            .field("api_token", &self.api_token.as_ref().map(|_| "[redacted]"))
            .field("log_requests", &self.log_requests)
            .field("body_read_timeout", &self.body_read_timeout)
            .field("max_connections", &self.max_connections)
            .field("max_connections_per_peer", &self.max_connections_per_peer)
            .field("header_read_timeout", &self.header_read_timeout)
            .field("max_conferences", &self.max_conferences)
            .field("tls", &self.tls)
            .finish()
    }
}
