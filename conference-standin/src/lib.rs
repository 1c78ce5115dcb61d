//! A stand-in for SignalWire's video conference API that runs on this machine: to try
//! [`conference_api`] without an account, to develop offline, and to test code that
//! creates conferences.
//!
//! [`StandIn`] serves `POST /api/video/conferences` on `127.0.0.1` over real HTTP, the
//! way SignalWire does, from the same schema and generated types as `conference_api`:
//!
//! - **Authentication**: HTTP Basic with the stand-in's project ID and API token
//!   ([`StandIn::project_id`], [`StandIn::api_token`]); anything else is answered
//!   `401 {"error":"Unauthorized"}`.
//! - **Validation**: the body is checked against every rule of the schema, and each
//!   violation becomes one item of SignalWire's `422` list:
//!   `{"errors":[{"type":"validation_error","code":"invalid_parameter","message":…,"attribute":"display_name","url":…}]}`.
//!   The schema closes the request object, so a key it does not list is a violation
//!   too; a name already used by a conference of this stand-in is one as well
//!   (`has already been taken`). A body that is not a JSON object:
//!   `400 {"error":"Bad Request"}`. A body over [`MAX_REQUEST_BODY`]: `413`.
//! - **Creation**: `200` with a [`Conference`](conference_api::Conference): a new UUID
//!   v4, `created_at`/`updated_at` now, the request's values, and the schema's defaults
//!   for the rest (the `DEFAULT_*` constants of
//!   [`CreateConferenceRequest`](conference_api::CreateConferenceRequest): quality
//!   `720p`, layout `grid-responsive`, size `medium`, chat on, the default colours).
//!   Without a `name`, one is made from the display name and the ID
//!   (`weekly-sync-1b4e28ba`). `description`, `join_from`, `join_until` and
//!   `enable_room_previews` are `null` when not given, `meta` is `null`,
//!   `record_on_start` is `false` unless given, `tone_on_entry_and_exit` is `true`,
//!   and `user_join_video_off` and `room_join_video_off` are `false`.
//! - **Anything else** (another path or method): `404 {"error":"Not Found"}`.
//!
//! It never panics on a request, whatever its bytes, and stops serving when the
//! [`StandIn`] is dropped.
//!
//! # Testing your code with the stand-in
//!
//! Start one per test, point your client at it, script the failures your code must
//! survive ([`Fault`]), and check what it sent ([`StandIn::requests`]):
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
//! // The next request fails as SignalWire's 500 does.
//! stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
//! let error = client.create_video_conference(&request).await.unwrap_err();
//! assert!(matches!(&error, Error::Api(api) if api.status() == 500));
//!
//! // Both requests were captured, with their JSON bodies; the token was not kept.
//! let requests = stand_in.requests();
//! assert_eq!(requests.len(), 2);
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
//! conference-standin: serving POST /api/video/conferences at http://127.0.0.1:8765
//! export SIGNALWIRE_SPACE=http://127.0.0.1:8765
//! export SIGNALWIRE_PROJECT_ID=standin-project
//! export SIGNALWIRE_API_TOKEN=standin-token
//! Press Ctrl-C to stop.
//! POST /api/video/conferences -> 200        (stderr: one line per request)
//! ```
//!
//! With those three variables set, [`Client::from_env`](conference_api::Client::from_env)
//! (and the `create_conference` example) talk to the stand-in. `--help` lists the
//! options (`--port`, `--project-id`, `--api-token`, `--quiet`).
#![deny(missing_docs)]

mod auth;
mod capture;
mod conference;
mod fault;
mod server;

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;

use conference_api::{Client, ClientBuilder, ConfigError, Uuid};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use capture::CapturedRequest;
pub use fault::Fault;

use server::Shared;

/// The largest request body the stand-in reads, in bytes (256 KiB); a larger one is
/// answered `413 {"error":"Payload Too Large"}`. A valid request is a few kilobytes.
pub const MAX_REQUEST_BODY: usize = 256 * 1024;

/// How many requests [`StandIn::requests`] keeps; older ones are forgotten first.
pub const MAX_CAPTURED_REQUESTS: usize = 10_000;

/// A running stand-in server on `127.0.0.1`. It stops when dropped.
///
/// Its task runs on the Tokio runtime that started it, so it serves while that
/// runtime runs (a `#[tokio::test]`, a `#[tokio::main]`).
pub struct StandIn {
    addr: SocketAddr,
    url: String,
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

    /// Its base URL, `http://127.0.0.1:PORT` (no trailing slash): what
    /// [`ClientBuilder::base_url`] takes, and what `SIGNALWIRE_SPACE` may be set to.
    pub fn url(&self) -> &str {
        &self.url
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

    /// A client builder set to its URL and credentials, for further settings
    /// (timeouts, retries) before `build()`.
    pub fn client_builder(&self) -> ClientBuilder {
        Client::builder()
            .base_url(self.url.as_str())
            .project_id(self.project_id())
            .api_token(self.api_token())
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
    /// [`MAX_CAPTURED_REQUESTS`]).
    pub fn requests(&self) -> Vec<CapturedRequest> {
        self.shared.state().requests.iter().cloned().collect()
    }

    /// The requests received so far, oldest first, forgetting them.
    pub fn take_requests(&self) -> Vec<CapturedRequest> {
        self.shared.state().requests.drain(..).collect()
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
            .field("project_id", &self.shared.project_id)
            .field("api_token", &"[redacted]")
            .field("pending_faults", &self.pending_faults())
            .finish_non_exhaustive()
    }
}

/// Settings of a [`StandIn`]: port and credentials.
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
#[derive(Clone, Default)]
pub struct StandInBuilder {
    port: u16,
    project_id: Option<String>,
    api_token: Option<String>,
    log_requests: bool,
}

impl StandInBuilder {
    /// The port on `127.0.0.1`; `0` (the default): any free port.
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
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

    /// Prints one line per request on stderr (`POST /api/video/conferences -> 200`);
    /// default off.
    pub fn log_requests(mut self, log: bool) -> Self {
        self.log_requests = log;
        self
    }

    /// Binds the port and starts serving on the current Tokio runtime.
    ///
    /// # Errors
    /// When the port cannot be bound, when not called within a Tokio runtime, or when
    /// a credential cannot be sent with Basic auth (empty, or a project ID with `:`).
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
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, self.port)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new(project_id, api_token, self.log_requests));
        let server = runtime.spawn(server::serve(listener, Arc::clone(&shared)));
        Ok(StandIn {
            addr,
            url: format!("http://{addr}"),
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
            .finish()
    }
}
