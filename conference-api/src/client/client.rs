//! The client: where SignalWire is, the credentials, and the call defaults.

use std::borrow::Cow;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;
use reqwest::Url;
use reqwest::redirect;

use crate::client::error::ConfigError;
use crate::client::retry::RetryPolicy;
use crate::client::secret::{BasicAuth, Redactor, Secret};
use crate::client::tls::{self, RootCertificate, Trust};

/// How long connecting (TCP and TLS) may take by default:
/// [`ClientBuilder::connect_timeout`].
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long an idle pooled connection is kept for reuse by default: below the idle
/// timeouts of common load balancers and front ends (60 s and more), so the client
/// rarely reuses a connection that the other end is closing at that very moment:
/// [`ClientBuilder::pool_idle_timeout`].
pub const DEFAULT_POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// How long a whole call may take by default (every attempt, the waits between them,
/// and reading the response): [`ClientBuilder::timeout`].
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

const ENV_SPACE: &str = "SIGNALWIRE_SPACE";
const ENV_PROJECT_ID: &str = "SIGNALWIRE_PROJECT_ID";
const ENV_API_TOKEN: &str = "SIGNALWIRE_API_TOKEN";

const SET_SPACE: &str = "ClientBuilder::space";
const SET_BASE_URL: &str = "ClientBuilder::base_url";
const SET_PROJECT_ID: &str = "ClientBuilder::project_id";
const SET_API_TOKEN: &str = "ClientBuilder::api_token";

/// A SignalWire REST client: the space's base URL, the credentials (HTTP Basic auth
/// on every request: project ID and API token), and the defaults of every call
/// (timeouts, retries).
///
/// Cheap to clone (the state is shared behind an `Arc`), and meant to be built once
/// and shared: clones share one connection pool. Its `Debug` shows the base URL and
/// the project ID, never the token.
///
/// Calls need a Tokio runtime with the time driver on (as `#[tokio::main]` sets up).
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use std::time::Duration;
/// use conference_api::{Client, RetryPolicy};
///
/// // SIGNALWIRE_SPACE, SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN:
/// let client = Client::from_env()?;
///
/// // Or explicitly:
/// let client = Client::builder()
///     .space("example") // https://example.signalwire.com
///     .project_id("d5d2c7a6-…")
///     .api_token("PT…")
///     .timeout(Duration::from_secs(10))
///     .retry(RetryPolicy::safe(3))
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<ClientInner>,
}

pub(crate) struct ClientInner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: Url,
    pub(crate) project_id: String,
    pub(crate) authorization: BasicAuth,
    /// Takes the token out of what errors keep from the server.
    pub(crate) redactor: Redactor,
    pub(crate) user_agent: HeaderValue,
    pub(crate) timeout: Option<Duration>,
    /// `None` when off, or unknown (a `reqwest::Client` given by the user).
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
}

impl Client {
    /// A builder with the defaults: connect timeout [`DEFAULT_CONNECT_TIMEOUT`], whole
    /// call timeout [`DEFAULT_TIMEOUT`], no retries.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: `SIGNALWIRE_SPACE` (the space's
    /// hostname `example.signalwire.com`, its name `example`, or its `https://` URL),
    /// `SIGNALWIRE_PROJECT_ID` and `SIGNALWIRE_API_TOKEN`. A variable that is missing,
    /// empty or not Unicode is an error naming it. Surrounding whitespace is ignored.
    pub fn from_env() -> Result<Client, ConfigError> {
        Client::builder().with_env().build()
    }

    /// As [`from_env`](Client::from_env), reading the variables through `lookup`
    /// instead of the process environment (for tests, or another source of settings).
    ///
    /// ```
    /// use conference_api::Client;
    ///
    /// let client = Client::from_env_vars(|name| match name {
    ///     "SIGNALWIRE_SPACE" => Some("example.signalwire.com".to_owned()),
    ///     "SIGNALWIRE_PROJECT_ID" => Some("my-project".to_owned()),
    ///     "SIGNALWIRE_API_TOKEN" => Some("PTsecret".to_owned()),
    ///     _ => None,
    /// })
    /// .unwrap();
    /// assert_eq!(client.base_url(), "https://example.signalwire.com/");
    /// assert!(!format!("{client:?}").contains("PTsecret"));
    /// ```
    pub fn from_env_vars(lookup: impl Fn(&str) -> Option<String>) -> Result<Client, ConfigError> {
        Client::builder().with_env_vars(lookup).build()
    }

    /// The base URL requests go to (`https://example.signalwire.com/`).
    pub fn base_url(&self) -> &str {
        self.inner.base_url.as_str()
    }

    /// The project ID the client authenticates as.
    pub fn project_id(&self) -> &str {
        &self.inner.project_id
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        f.debug_struct("Client")
            .field("base_url", &inner.base_url.as_str())
            .field("project_id", &inner.project_id)
            .field("api_token", &inner.authorization)
            .field("timeout", &inner.timeout)
            .field("connect_timeout", &inner.connect_timeout)
            .field("retry", &inner.retry)
            .finish_non_exhaustive()
    }
}

/// A setting, with where it came from (an environment variable or a builder method)
/// for error messages. `value: None`: the environment variable was missing.
#[derive(Clone)]
struct Setting<T> {
    value: Option<T>,
    name: &'static str,
}

impl<T> Setting<T> {
    fn given(value: T, name: &'static str) -> Self {
        Setting {
            value: Some(value),
            name,
        }
    }
}

#[derive(Clone)]
enum Endpoint {
    /// A space name, hostname or URL (`space()`, `SIGNALWIRE_SPACE`).
    Space(String),
    /// A full URL, possibly with a path prefix (`base_url()`).
    BaseUrl(String),
}

impl Endpoint {
    fn text(&self) -> &str {
        match self {
            Endpoint::Space(text) | Endpoint::BaseUrl(text) => text,
        }
    }
}

/// Renders a setting's value for an error message or `Debug`, with the credentials it
/// may hold replaced: a URL's `user:password@`, and the API token in any of the forms
/// [`Redactor`] finds (a token pasted into the wrong variable is still a token).
struct SettingRedactor(Redactor);

impl SettingRedactor {
    fn new(project_id: Option<&Setting<String>>, token: Option<&Setting<Secret>>) -> Self {
        let value = |setting: Option<&Setting<String>>| setting.and_then(|s| s.value.clone());
        let token = token
            .and_then(|setting| setting.value.as_ref())
            .map(Secret::expose);
        SettingRedactor(Redactor::new(value(project_id).as_deref(), token))
    }

    /// `value` without credentials, bounded.
    fn redact(&self, value: &str) -> String {
        // Everything up to the last `@` after the scheme may be user information:
        // `user:pass@host`, or a password that itself holds `@`.
        let start = value.find("://").map_or(0, |scheme| scheme + 3);
        let text = match value[start..].rfind('@') {
            Some(at) => format!("{}[redacted]@{}", &value[..start], &value[start + at + 1..]),
            None => value.to_owned(),
        };
        self.0.clean(&text)
    }

    /// A short, quoted excerpt of `value` without credentials.
    fn excerpt(&self, value: &str) -> String {
        crate::types::validation::excerpt(&self.redact(value))
    }
}

/// Whether the token is in a part of `url` that would carry it off the machine: user
/// information, a host name's label (DNS, TLS SNI), a path segment, the query or the
/// fragment, by [`Redactor`]'s rules (a short token only as a whole part, or between
/// punctuation). Not an IP address or the port, which hold only digits and dots.
fn url_holds_token(url: &Url, redactor: &Redactor) -> bool {
    let labels = url
        .domain()
        .into_iter()
        .flat_map(|domain| domain.split('.'));
    let segments = url.path_segments().into_iter().flatten();
    [url.username(), url.password().unwrap_or_default()]
        .into_iter()
        .chain(labels)
        .chain(segments)
        .chain(url.query())
        .chain(url.fragment())
        .any(|part| redactor.finds(part))
}

/// Configures a [`Client`]. Every setting has a method; nothing is checked before
/// [`build`](ClientBuilder::build), which never panics. Its `Debug` never shows the
/// API token.
#[derive(Clone)]
pub struct ClientBuilder {
    endpoint: Option<Setting<Endpoint>>,
    project_id: Option<Setting<String>>,
    api_token: Option<Setting<Secret>>,
    connect_timeout: Option<Option<Duration>>,
    pool_idle_timeout: Option<Option<Duration>>,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    user_agent_suffix: Option<String>,
    root_certificates: Vec<RootCertificate>,
    http_client: Option<reqwest::Client>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            endpoint: None,
            project_id: None,
            api_token: None,
            connect_timeout: None,
            pool_idle_timeout: None,
            timeout: Some(DEFAULT_TIMEOUT),
            retry: RetryPolicy::none(),
            user_agent_suffix: None,
            root_certificates: Vec::new(),
            http_client: None,
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redactor = SettingRedactor::new(self.project_id.as_ref(), self.api_token.as_ref());
        let endpoint = self.endpoint.as_ref().and_then(|s| s.value.as_ref());
        f.debug_struct("ClientBuilder")
            .field("endpoint", &endpoint.map(|e| redactor.redact(e.text())))
            .field("project_id", &self.project_id.as_ref().map(|s| &s.value))
            .field("api_token", &self.api_token.as_ref().map(|s| &s.value))
            .field("connect_timeout", &self.connect_timeout)
            .field("pool_idle_timeout", &self.pool_idle_timeout)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("root_certificates", &self.root_certificates.len())
            .field("http_client", &self.http_client.is_some())
            .finish()
    }
}

impl ClientBuilder {
    /// The SignalWire space: its name (`example`, for `https://example.signalwire.com`),
    /// its hostname (`example.signalwire.com`), or its `https://` URL without a path.
    /// Replaces an earlier [`base_url`](ClientBuilder::base_url).
    pub fn space(mut self, space: impl Into<String>) -> Self {
        self.endpoint = Some(Setting::given(Endpoint::Space(space.into()), SET_SPACE));
        self
    }

    /// The base URL requests go to, instead of the space's: `https://…`, possibly with
    /// a path prefix (a gateway), or `http://` to this machine only (`127.0.0.1`,
    /// `::1`, `localhost`: a local stand-in server); credentials are never sent over
    /// plain `http://` across the network. Replaces an earlier
    /// [`space`](ClientBuilder::space).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint = Some(Setting::given(Endpoint::BaseUrl(url.into()), SET_BASE_URL));
        self
    }

    /// The project ID: the user name of HTTP Basic auth.
    pub fn project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(Setting::given(project_id.into(), SET_PROJECT_ID));
        self
    }

    /// An API token of the project, with the Video scope: the password of HTTP Basic
    /// auth. Kept in a type that never prints it.
    pub fn api_token(mut self, api_token: impl Into<String>) -> Self {
        self.api_token = Some(Setting::given(Secret::new(api_token.into()), SET_API_TOKEN));
        self
    }

    /// Reads `SIGNALWIRE_SPACE`, `SIGNALWIRE_PROJECT_ID` and `SIGNALWIRE_API_TOKEN`
    /// (see [`Client::from_env`]); later builder calls override them. A missing
    /// variable is reported by [`build`](ClientBuilder::build).
    pub fn with_env(self) -> Self {
        self.with_env_vars(|name| std::env::var(name).ok())
    }

    /// As [`with_env`](ClientBuilder::with_env), reading the variables through
    /// `lookup`.
    pub fn with_env_vars(mut self, lookup: impl Fn(&str) -> Option<String>) -> Self {
        self.endpoint = Some(Setting {
            value: lookup(ENV_SPACE).map(Endpoint::Space),
            name: ENV_SPACE,
        });
        self.project_id = Some(Setting {
            value: lookup(ENV_PROJECT_ID),
            name: ENV_PROJECT_ID,
        });
        self.api_token = Some(Setting {
            value: lookup(ENV_API_TOKEN).map(Secret::new),
            name: ENV_API_TOKEN,
        });
        self
    }

    /// How long connecting (TCP and TLS) may take, per attempt; `None`: no limit.
    /// Default: [`DEFAULT_CONNECT_TIMEOUT`]. Not combinable with
    /// [`http_client`](ClientBuilder::http_client): configure that client instead.
    pub fn connect_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.connect_timeout = Some(timeout.into());
        self
    }

    /// How long an idle connection stays in the pool for reuse; `None`: as long as the
    /// other end keeps it. Default: [`DEFAULT_POOL_IDLE_TIMEOUT`]. Set it below the idle
    /// timeout of a proxy or load balancer in front of the API, so the client never
    /// reuses a connection that the other end is about to close. Not combinable with
    /// [`http_client`](ClientBuilder::http_client): configure that client instead.
    ///
    /// Why it matters: a request written on a connection the server is closing at that
    /// moment fails as [`TransportPhase::InFlight`](crate::TransportPhase::InFlight)
    /// ("may have reached the server") though the server never read it. Against a
    /// server that closes idle connections after 300 ms, with creates 295 to 305 ms
    /// apart, 3 of 50 creates failed that way with reqwest's default of 90 s, and none
    /// with a pool timeout below the server's (`tests/tests/hardening.rs` keeps the
    /// second case). What remains: a server that closes sooner than this timeout can
    /// still race a request. Idempotent operations retry that failure under
    /// [`RetryPolicy::safe`]; a create cannot tell it from a request that arrived.
    pub fn pool_idle_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.pool_idle_timeout = Some(timeout.into());
        self
    }

    /// How long a whole call may take: every attempt, the waits between retries, and
    /// reading the response; `None`: no limit. Default: [`DEFAULT_TIMEOUT`].
    /// Overridable per call with [`Call::timeout`](crate::Call::timeout).
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// Which failures are retried; default [`RetryPolicy::none`]. Overridable per call
    /// with [`Call::retry`](crate::Call::retry).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Appended to the `User-Agent` header, after `conference-api/<version>`
    /// (e.g. `my-app/1.2`).
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Trusts `certificate` as a root, in addition to the system's trust store: the
    /// certificate of a private CA that signed the server's certificate (a gateway in
    /// front of the API), or a server's self-signed certificate (the stand-in server
    /// in https mode). Call it once per certificate. A certificate that is not valid
    /// X.509 makes [`build`](ClientBuilder::build) fail, naming this method. Not
    /// combinable with [`http_client`](ClientBuilder::http_client): add the
    /// certificate to that client instead.
    ///
    /// TLS itself: rustls, with the crypto provider the application installed as
    /// rustls' process default if it did (`CryptoProvider::install_default`), else
    /// ring; TLS 1.2 and 1.3.
    pub fn add_root_certificate(mut self, certificate: RootCertificate) -> Self {
        self.root_certificates.push(certificate);
        self
    }

    /// Sends requests through this `reqwest::Client` (to share its connection pool,
    /// proxy and TLS settings). Its own connect timeout, proxies and redirect policy
    /// apply; the client built otherwise follows no redirects and, for a loopback
    /// base URL, uses no proxy.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// The client, or the first unusable setting: space or base URL, then project
    /// ID, API token, timeouts, user agent, root certificates.
    pub fn build(self) -> Result<Client, ConfigError> {
        let endpoint = self.endpoint.unwrap_or(Setting {
            value: None,
            name: SET_SPACE,
        });
        let redactor = SettingRedactor::new(self.project_id.as_ref(), self.api_token.as_ref());
        let base_url = match &endpoint.value {
            None => {
                return Err(ConfigError::Missing {
                    setting: endpoint.name,
                });
            }
            Some(Endpoint::Space(space)) => parse_space(space, endpoint.name, &redactor)?,
            Some(Endpoint::BaseUrl(url)) => parse_url(url.trim(), endpoint.name, true, &redactor)?,
        };
        if url_holds_token(&base_url, &redactor.0) {
            return Err(ConfigError::Invalid {
                setting: endpoint.name,
                reason: "holds the API token: give the space there, and the token only as \
                         the API token"
                    .to_owned(),
            });
        }

        let (project_id, project_id_name) = required(self.project_id, SET_PROJECT_ID)?;
        let project_id = project_id.trim();
        check_credential(project_id, project_id_name, true)?;

        let (token, token_name) = required(self.api_token, SET_API_TOKEN)?;
        let token = Secret::new(token.expose().trim().to_owned());
        check_credential(token.expose(), token_name, false)?;
        let authorization =
            BasicAuth::new(project_id, &token).ok_or_else(|| ConfigError::Invalid {
                setting: token_name,
                reason: "cannot be sent in an HTTP header".to_owned(),
            })?;

        if self.timeout == Some(Duration::ZERO) {
            return Err(zero_timeout("ClientBuilder::timeout"));
        }
        let connect_timeout = match self.connect_timeout {
            Some(Some(Duration::ZERO)) => {
                return Err(zero_timeout("ClientBuilder::connect_timeout"));
            }
            Some(timeout) => timeout,
            None => Some(DEFAULT_CONNECT_TIMEOUT),
        };

        let mut user_agent = format!("conference-api/{}", env!("CARGO_PKG_VERSION"));
        if let Some(suffix) = &self.user_agent_suffix {
            user_agent.push(' ');
            user_agent.push_str(suffix.trim());
        }
        let user_agent = HeaderValue::from_str(&user_agent).map_err(|_| ConfigError::Invalid {
            setting: "ClientBuilder::user_agent_suffix",
            reason: "must be visible ASCII characters and spaces".to_owned(),
        })?;

        let pool_idle_timeout = match self.pool_idle_timeout {
            Some(Some(Duration::ZERO)) => {
                return Err(zero_timeout("ClientBuilder::pool_idle_timeout"));
            }
            Some(timeout) => timeout,
            None => Some(DEFAULT_POOL_IDLE_TIMEOUT),
        };

        let (http, connect_timeout) = match self.http_client {
            Some(http) => {
                if self.connect_timeout.is_some() {
                    return Err(ConfigError::ConnectTimeoutWithHttpClient);
                }
                if self.pool_idle_timeout.is_some() {
                    return Err(not_with_http_client(
                        "ClientBuilder::pool_idle_timeout",
                        "set it on that reqwest::Client",
                    ));
                }
                if !self.root_certificates.is_empty() {
                    return Err(not_with_http_client(
                        tls::ADD_ROOT,
                        "add the certificate to that reqwest::Client \
                         (reqwest::ClientBuilder::add_root_certificate)",
                    ));
                }
                if base_url.scheme() == "http" && is_localhost_name(&base_url) {
                    // That client resolves `localhost` itself, maybe through DNS.
                    return Err(ConfigError::Invalid {
                        setting: endpoint.name,
                        reason: "plain http:// to the name localhost needs the client's own \
                                 resolution of it (a reqwest::Client given to \
                                 ClientBuilder::http_client may ask DNS): use \
                                 http://127.0.0.1 or http://[::1]"
                            .to_owned(),
                    });
                }
                (http, None)
            }
            None => {
                // Plain http never meets TLS: every request goes to the base URL and no
                // redirect is followed, so the system's trust store is not read.
                let trust = if base_url.scheme() == "https" {
                    Trust::SystemAndAdded
                } else {
                    Trust::AddedOnly
                };
                let tls = tls::client_config(&self.root_certificates, trust)?;
                let mut builder = reqwest::Client::builder()
                    .tls_backend_preconfigured(tls)
                    .redirect(redirect::Policy::none())
                    .pool_idle_timeout(pool_idle_timeout)
                    // Pinned, never asked of DNS: plain http is allowed to it because it
                    // is this machine. Port 0: the URL's port.
                    .resolve_to_addrs(
                        "localhost",
                        &[
                            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), 0),
                            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), 0),
                        ],
                    );
                if let Some(timeout) = connect_timeout {
                    builder = builder.connect_timeout(timeout);
                }
                if is_loopback(&base_url) {
                    // Never route a loopback call (maybe plain http) through a proxy.
                    builder = builder.no_proxy();
                }
                let http = builder
                    .build()
                    .map_err(|source| ConfigError::HttpClient { source })?;
                (http, connect_timeout)
            }
        };

        Ok(Client {
            inner: Arc::new(ClientInner {
                http,
                base_url,
                redactor: Redactor::new(Some(project_id), Some(token.expose())),
                project_id: project_id.to_owned(),
                authorization,
                user_agent,
                timeout: self.timeout,
                connect_timeout,
                retry: self.retry,
            }),
        })
    }
}

/// The setting's value and name, or `Missing` naming the variable or the method.
fn required<T: AsRef<str>>(
    setting: Option<Setting<T>>,
    method: &'static str,
) -> Result<(T, &'static str), ConfigError> {
    match setting {
        Some(Setting {
            value: Some(value),
            name,
        }) if !value.as_ref().trim().is_empty() => Ok((value, name)),
        Some(Setting { name, .. }) => Err(ConfigError::Missing { setting: name }),
        None => Err(ConfigError::Missing { setting: method }),
    }
}

/// A setting of the client's own `reqwest::Client` given with a user's one.
fn not_with_http_client(setting: &'static str, advice: &str) -> ConfigError {
    ConfigError::Invalid {
        setting,
        reason: format!(
            "cannot apply to a reqwest::Client given to ClientBuilder::http_client: {advice}"
        ),
    }
}

fn zero_timeout(setting: &'static str) -> ConfigError {
    ConfigError::Invalid {
        setting,
        reason: "must be longer than zero (pass None to turn the timeout off)".to_owned(),
    }
}

/// Project IDs and tokens have no spaces or control characters (a pasted newline is
/// a common mistake), and the project ID, the Basic auth user name, has no `:`. The
/// value is never echoed: a token given as the project ID must not be printed.
fn check_credential(
    value: &str,
    setting: &'static str,
    user_name: bool,
) -> Result<(), ConfigError> {
    let reason = if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        "contains spaces or control characters"
    } else if user_name && value.contains(':') {
        "contains `:`, which HTTP Basic auth does not allow in a user name"
    } else {
        return Ok(());
    };
    Err(ConfigError::Invalid {
        setting,
        reason: reason.to_owned(),
    })
}

/// `SIGNALWIRE_SPACE` / `space()`: a space name, a hostname, or an `https://` URL
/// without a path.
fn parse_space(
    value: &str,
    setting: &'static str,
    redactor: &SettingRedactor,
) -> Result<Url, ConfigError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ConfigError::Missing { setting });
    }
    if value.contains("://") {
        return parse_url(value, setting, false, redactor);
    }
    let expected = "expected a space name (`example`), its hostname (`example.signalwire.com`) \
                    or an https:// URL";
    let invalid = |problem: &str| ConfigError::Invalid {
        setting,
        reason: format!("{} {problem}; {expected}", redactor.excerpt(value)),
    };
    if value.len() > 253 {
        return Err(invalid("is too long for a hostname"));
    }
    let labels: Vec<&str> = value
        .strip_suffix('.')
        .unwrap_or(value)
        .split('.')
        .collect();
    for label in &labels {
        if label.is_empty() || label.len() > 63 {
            return Err(invalid("has an empty or overlong name between dots"));
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(invalid(
                "may only contain letters, digits, `-` and `.` (no path, port, spaces or scheme)",
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(invalid("has a name that starts or ends with `-`"));
        }
    }
    let host = labels.join(".").to_ascii_lowercase();
    let url = if labels.len() == 1 {
        format!("https://{host}.signalwire.com/")
    } else {
        format!("https://{host}/")
    };
    parse_url(&url, setting, false, redactor)
}

/// A base URL: `https://`, or `http://` to a loopback host; no credentials, query or
/// fragment; a path only if `allow_path`.
fn parse_url(
    value: &str,
    setting: &'static str,
    allow_path: bool,
    redactor: &SettingRedactor,
) -> Result<Url, ConfigError> {
    let invalid = |reason: String| ConfigError::Invalid { setting, reason };
    let mut url = Url::parse(value).map_err(|error| {
        invalid(format!(
            "{} is not a valid URL ({error})",
            redactor.excerpt(value)
        ))
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        // Not echoed: it holds credentials.
        return Err(invalid(
            "the URL must not contain credentials (`user:password@`): use the project ID and \
             API token settings"
                .to_owned(),
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid(format!("{} has no host", redactor.excerpt(value))));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(ConfigError::InsecureUrl {
                setting,
                url: redactor.redact(url.as_str()),
            });
        }
        other => {
            return Err(invalid(format!(
                "the scheme {other:?} is not supported: use https://"
            )));
        }
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(format!(
            "{} must not have a query or fragment",
            redactor.excerpt(value)
        )));
    }
    if !allow_path && url.path() != "/" {
        return Err(invalid(format!(
            "{} must not have a path: give the space only (the API paths are added by the \
             client)",
            redactor.excerpt(value)
        )));
    }
    let path = url.path().trim_end_matches('/').to_owned();
    url.set_path(&path);
    Ok(url)
}

/// Whether the URL's host is this machine for certain: an address in 127.0.0.0/8,
/// `::1`, or the name `localhost`, which the client pins to those without asking DNS.
/// Not `localhost.` (a DNS name a resolver may answer with any address).
fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => is_localhost_name(url),
    }
}

fn is_localhost_name(url: &Url) -> bool {
    url.host_str()
        .is_some_and(|host| host.eq_ignore_ascii_case("localhost"))
}

impl ClientInner {
    /// The URL of `path` (already percent-encoded) under the base URL, with `query`.
    pub(crate) fn url_for(&self, path: &str, query: &[(Cow<'static, str>, String)]) -> Url {
        let mut url = self.base_url.clone();
        let joined = format!("{}{path}", self.base_url.path().trim_end_matches('/'));
        url.set_path(&joined);
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in query {
                pairs.append_pair(name, value);
            }
        }
        url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "PT-very-secret-token-0123456789";

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    fn from_space(space: &str) -> Result<Client, ConfigError> {
        Client::from_env_vars(env(&[
            ("SIGNALWIRE_SPACE", space),
            ("SIGNALWIRE_PROJECT_ID", "project-1"),
            ("SIGNALWIRE_API_TOKEN", TOKEN),
        ]))
    }

    #[test]
    fn from_env_accepts_the_three_forms_of_the_space() {
        for space in [
            "example",
            "Example",
            "example.signalwire.com",
            " example.signalwire.com\n",
            "example.signalwire.com.",
            "https://example.signalwire.com",
            "https://example.signalwire.com/",
        ] {
            let client = from_space(space).unwrap_or_else(|e| panic!("{space:?}: {e}"));
            assert_eq!(
                client.base_url(),
                "https://example.signalwire.com/",
                "{space:?}"
            );
            assert_eq!(client.project_id(), "project-1");
        }
        let client = from_space("https://gateway.example.org:8443").unwrap();
        assert_eq!(client.base_url(), "https://gateway.example.org:8443/");
        let client = from_space("http://127.0.0.1:8080").unwrap();
        assert_eq!(client.base_url(), "http://127.0.0.1:8080/");
        let client = from_space("http://localhost:8080/").unwrap();
        assert_eq!(client.base_url(), "http://localhost:8080/");
        let client = from_space("http://[::1]:8080").unwrap();
        assert_eq!(client.base_url(), "http://[::1]:8080/");
    }

    #[test]
    fn from_env_rejects_other_spaces_clearly() {
        let cases = [
            ("example.signalwire.com/api", "letters, digits"),
            ("https://example.signalwire.com/api", "must not have a path"),
            ("exa mple", "letters, digits"),
            ("example..com", "empty or overlong"),
            ("-example", "starts or ends with `-`"),
            ("example.signalwire.com:443", "letters, digits"),
            ("https://", "not a valid URL"),
            ("https://example.signalwire.com?x=1", "query or fragment"),
            ("ftp://example.signalwire.com", "scheme \"ftp\""),
            (
                "https://user:pw@example.signalwire.com",
                "must not contain credentials",
            ),
        ];
        for (space, expected) in cases {
            let error = from_space(space).unwrap_err();
            assert!(
                matches!(
                    error,
                    ConfigError::Invalid {
                        setting: "SIGNALWIRE_SPACE",
                        ..
                    }
                ),
                "{space:?}: {error:?}"
            );
            let text = error.to_string();
            assert!(text.starts_with("SIGNALWIRE_SPACE: "), "{text}");
            assert!(text.contains(expected), "{space:?}: {text}");
        }
        // The password of a URL is never echoed.
        let text = from_space("https://user:hunter2@example.signalwire.com")
            .unwrap_err()
            .to_string();
        assert!(!text.contains("hunter2"), "{text}");
    }

    #[test]
    fn plain_http_to_another_host_is_refused() {
        for url in [
            "http://example.signalwire.com",
            "http://10.0.0.1:8080",
            "http://localhost.example.com",
            "http://[::2]",
        ] {
            let error = from_space(url).unwrap_err();
            assert!(
                matches!(
                    error,
                    ConfigError::InsecureUrl {
                        setting: "SIGNALWIRE_SPACE",
                        ..
                    }
                ),
                "{url}: {error:?}"
            );
            assert!(error.to_string().contains("refusing to send credentials"));
            let error = Client::builder()
                .base_url(url)
                .project_id("p")
                .api_token(TOKEN)
                .build()
                .unwrap_err();
            assert!(
                matches!(
                    error,
                    ConfigError::InsecureUrl {
                        setting: "ClientBuilder::base_url",
                        ..
                    }
                ),
                "{url}: {error:?}"
            );
        }
        for url in [
            "http://127.0.0.1:1234",
            "http://127.5.6.7",
            "http://LOCALHOST:99",
        ] {
            Client::builder()
                .base_url(url)
                .project_id("p")
                .api_token(TOKEN)
                .build()
                .unwrap_or_else(|e| panic!("{url}: {e}"));
        }
    }

    /// Issue 9: no configuration error or `Debug` output shows credentials, whatever
    /// the input: user information in any position, and the token itself.
    #[test]
    fn config_errors_and_builder_debug_never_show_credentials() {
        let secret = "PTsecret0123456789abcdef";
        let spaces = [
            format!("proj-1:{secret}@example.signalwire.com"),
            format!("https://proj-1:{secret}@exa mple.signalwire.com"),
            format!("https://proj-1:{secret}@example.signalwire.com:99999"),
            format!("https://proj-1:{secret}@"),
            format!("https://p:{secret}@example.signalwire.com/x y"),
            format!("http://u:{secret}@@10.0.0.1"),
            secret.to_owned(),
            format!("x{secret} y"),
            format!("http://10.0.0.1/{secret}"),
            format!("https://example.signalwire.com/?token={secret}"),
        ];
        for space in &spaces {
            let vars = [
                ("SIGNALWIRE_SPACE", space.as_str()),
                ("SIGNALWIRE_PROJECT_ID", "proj-1"),
                ("SIGNALWIRE_API_TOKEN", secret),
            ];
            let from_env = Client::from_env_vars(env(&vars)).unwrap_err();
            let builder = Client::builder()
                .base_url(space.as_str())
                .project_id("proj-1")
                .api_token(secret);
            let debug = format!("{builder:?}");
            let from_builder = builder.build().unwrap_err();
            for text in [
                from_env.to_string(),
                format!("{from_env:?}"),
                from_builder.to_string(),
                format!("{from_builder:?}"),
                debug,
            ] {
                assert!(!text.contains(secret), "{space:?} leaked: {text}");
                assert!(
                    !text.contains("PTsecret"),
                    "{space:?} leaked a part: {text}"
                );
            }
        }
        // A URL password is redacted even when no token is configured yet.
        let builder = Client::builder().base_url("https://user:hunter2@example.com");
        assert!(!format!("{builder:?}").contains("hunter2"));
        assert!(format!("{builder:?}").contains("[redacted]@example.com"));
    }

    /// Issue 21: the token is looked for where a URL would carry it off the machine,
    /// not as a substring: a one-letter token does not refuse every URL.
    #[test]
    fn a_short_token_refuses_only_urls_that_would_carry_it() {
        let build = |url: &str, token: &str| {
            Client::builder()
                .base_url(url)
                .project_id("p")
                .api_token(token)
                .build()
        };
        for url in [
            "http://127.0.0.1:8080",
            "https://gateway.example.org/signalwire",
            "http://[::1]:1",
        ] {
            build(url, "t").unwrap_or_else(|e| panic!("{url}: {e}"));
        }
        build("http://127.0.0.1:8080", "8080").unwrap();
        let refused = |url: &str, token: &str| {
            let error = build(url, token).unwrap_err();
            assert!(
                matches!(&error, ConfigError::Invalid { reason, .. } if reason.contains("holds the API token")),
                "{url}: {error:?}"
            );
        };
        refused("http://127.0.0.1:8080/t", "t");
        refused("https://t.example.org", "t");
        refused("https://gateway.example.org/a/%74", "t");
        let error = Client::builder()
            .space("T")
            .project_id("p")
            .api_token("t")
            .build()
            .unwrap_err();
        assert!(error.to_string().contains("holds the API token"), "{error}");
        // A long token is found inside a part, percent-encoded, and never echoed.
        let encoded: String = TOKEN.bytes().map(|b| format!("%{b:02X}")).collect();
        for url in [
            format!("https://gateway.example.org/x{TOKEN}"),
            format!("https://gateway.example.org/{encoded}"),
        ] {
            refused(&url, TOKEN);
            let text = format!("{:?}", build(&url, TOKEN).unwrap_err());
            assert!(!text.contains(&encoded), "{text}");
        }
    }

    /// Issue 9: plain http only where the address is this machine for certain.
    #[test]
    fn plain_http_goes_only_to_names_that_cannot_leave_the_machine() {
        for url in [
            "http://localhost.",
            "http://localhost.:8080",
            "http://LOCALHOST.:1",
        ] {
            let error = Client::builder()
                .base_url(url)
                .project_id("p")
                .api_token(TOKEN)
                .build()
                .unwrap_err();
            assert!(
                matches!(error, ConfigError::InsecureUrl { .. }),
                "{url}: {error:?}"
            );
        }
        // A reqwest::Client of the user's resolves `localhost` its own way.
        let error = Client::builder()
            .base_url("http://localhost:8080")
            .project_id("p")
            .api_token(TOKEN)
            .http_client(crate::client::tls::test_http_client())
            .build()
            .unwrap_err();
        assert!(error.to_string().contains("http://127.0.0.1"), "{error}");
        Client::builder()
            .base_url("http://127.0.0.1:8080")
            .project_id("p")
            .api_token(TOKEN)
            .http_client(crate::client::tls::test_http_client())
            .build()
            .unwrap();
    }

    #[test]
    fn missing_or_empty_variables_are_named() {
        let full = [
            ("SIGNALWIRE_SPACE", "example"),
            ("SIGNALWIRE_PROJECT_ID", "project-1"),
            ("SIGNALWIRE_API_TOKEN", TOKEN),
        ];
        for missing in [
            "SIGNALWIRE_SPACE",
            "SIGNALWIRE_PROJECT_ID",
            "SIGNALWIRE_API_TOKEN",
        ] {
            let without: Vec<_> = full
                .iter()
                .copied()
                .filter(|(k, _)| *k != missing)
                .collect();
            let error = Client::from_env_vars(env(&without)).unwrap_err();
            assert!(
                matches!(error, ConfigError::Missing { setting } if setting == missing),
                "{missing}: {error:?}"
            );
            assert!(error.to_string().starts_with(missing), "{error}");
            let empty: Vec<_> = full
                .iter()
                .map(|&(k, v)| if k == missing { (k, "  ") } else { (k, v) })
                .collect();
            let error = Client::from_env_vars(env(&empty)).unwrap_err();
            assert_eq!(error.setting(), Some(missing), "{error:?}");
            assert!(!error.to_string().contains(TOKEN));
        }
        // Builder methods win over the environment.
        let client = Client::builder()
            .with_env_vars(env(&[]))
            .space("other")
            .project_id("p")
            .api_token(TOKEN)
            .build()
            .unwrap();
        assert_eq!(client.base_url(), "https://other.signalwire.com/");
        // Without any setting, the builder methods are named.
        let error = Client::builder().build().unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::space"));
        let error = Client::builder().space("x").build().unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::project_id"));
        let error = Client::builder()
            .space("x")
            .project_id("p")
            .build()
            .unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::api_token"));
    }

    #[test]
    fn bad_credentials_and_settings_are_errors_not_panics() {
        let builder = || Client::builder().space("example");
        let error = builder()
            .project_id("a:b")
            .api_token(TOKEN)
            .build()
            .unwrap_err();
        assert!(error.to_string().contains("`:`"), "{error}");
        let error = builder()
            .project_id(TOKEN)
            .api_token("SECRET\nVALUE")
            .build()
            .unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::api_token"));
        assert!(!format!("{error} {error:?}").contains("SECRET"), "{error}");
        let error = builder()
            .project_id("p")
            .api_token(TOKEN)
            .timeout(Duration::ZERO)
            .build()
            .unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::timeout"));
        let error = builder()
            .project_id("p")
            .api_token(TOKEN)
            .connect_timeout(Duration::ZERO)
            .build()
            .unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::connect_timeout"));
        let error = builder()
            .project_id("p")
            .api_token(TOKEN)
            .user_agent_suffix("bad\u{1}agent")
            .build()
            .unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::user_agent_suffix"));
        let error = builder()
            .project_id("p")
            .api_token(TOKEN)
            .connect_timeout(Duration::from_secs(1))
            .http_client(crate::client::tls::test_http_client())
            .build()
            .unwrap_err();
        assert!(matches!(error, ConfigError::ConnectTimeoutWithHttpClient));
        // No limit is allowed.
        let client = builder()
            .project_id("p")
            .api_token(TOKEN)
            .timeout(None)
            .connect_timeout(None)
            .build()
            .unwrap();
        assert_eq!(client.inner.timeout, None);
        assert_eq!(client.inner.connect_timeout, None);
    }

    #[test]
    fn root_certificates_compose_with_the_other_settings() {
        let root = || crate::RootCertificate::from_der(vec![0x30, 0x03, 0x02, 0x01, 0x01]);
        let builder = Client::builder()
            .base_url("https://gateway.example.org")
            .project_id("p")
            .api_token(TOKEN)
            .add_root_certificate(root())
            .add_root_certificate(root());
        // The count, never the bytes.
        let shown = format!("{builder:?}");
        assert!(shown.contains("root_certificates: 2"), "{shown}");
        assert!(!shown.contains("48, 3"), "{shown}");
        // Not X.509: the build names the method and the certificate.
        let error = builder.clone().build().unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::add_root_certificate"));
        assert!(error.to_string().contains("certificate 1 of 2"), "{error}");
        // A reqwest::Client of the user's has its own roots.
        let error = builder
            .http_client(crate::client::tls::test_http_client())
            .build()
            .unwrap_err();
        assert_eq!(error.setting(), Some("ClientBuilder::add_root_certificate"));
        assert!(
            error
                .to_string()
                .contains("reqwest::ClientBuilder::add_root_certificate"),
            "{error}"
        );
    }

    #[test]
    fn client_and_builder_never_print_the_token() {
        let builder = Client::builder()
            .space("example")
            .project_id("project-1")
            .api_token(TOKEN)
            .user_agent_suffix("my-app/1.0");
        let shown = format!("{builder:?} {builder:#?}");
        assert!(!shown.contains(TOKEN), "{shown}");
        assert!(shown.contains("[redacted]"), "{shown}");
        let client = builder.build().unwrap();
        let shown = format!("{client:?} {client:#?}");
        assert!(!shown.contains(TOKEN), "{shown}");
        assert!(shown.contains("project-1"), "{shown}");
        assert!(shown.contains("[redacted]"), "{shown}");
        assert!(client.inner.authorization.header_value().is_sensitive());
        assert_eq!(
            client.inner.user_agent,
            format!("conference-api/{} my-app/1.0", env!("CARGO_PKG_VERSION"))
        );
        // The environment path too.
        let builder = Client::builder().with_env_vars(env(&[("SIGNALWIRE_API_TOKEN", TOKEN)]));
        assert!(!format!("{builder:?}").contains(TOKEN));
    }

    #[test]
    fn urls_keep_a_base_path_and_encode_queries() {
        let client = Client::builder()
            .base_url("https://gateway.example.org/signalwire/")
            .project_id("p")
            .api_token(TOKEN)
            .build()
            .unwrap();
        assert_eq!(client.base_url(), "https://gateway.example.org/signalwire");
        let url = client.inner.url_for(
            "/api/video/conferences/a%2Fb",
            &[
                ("include".into(), "a b&c".to_owned()),
                ("n".into(), "1".to_owned()),
            ],
        );
        assert_eq!(
            url.as_str(),
            "https://gateway.example.org/signalwire/api/video/conferences/a%2Fb?include=a+b%26c&n=1"
        );
        let client = from_space("example").unwrap();
        assert_eq!(
            client.inner.url_for("/api/video/conferences", &[]).as_str(),
            "https://example.signalwire.com/api/video/conferences"
        );
    }
}
