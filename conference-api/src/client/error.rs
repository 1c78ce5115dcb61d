//! What can go wrong when building a client or making a call.
//!
//! Every `Display` is self-sufficient: it names the operation, the cause (with
//! SignalWire's own messages, and the underlying I/O error for transport failures), and
//! what to do. The causes are also available through `source()` for callers that walk
//! the chain. No error ever contains the API token: what an error keeps of a server's
//! text passes through [`Error::redacted`] (see `secret::Redactor`) and is bounded.

use std::fmt;
use std::time::Duration;

use http::StatusCode;
use serde_json::Value;

use crate::ValidationErrors;
use crate::client::retry::RetryClass;
use crate::client::secret::{Redactor, TEXT_LIMIT, bounded};

/// Why a call failed.
///
/// The variants say whether the request may have reached SignalWire
/// ([`may_have_reached_server`](Error::may_have_reached_server)): that matters because
/// creating a conference is not idempotent. Matching must allow for variants and
/// fields added later:
///
/// ```
/// # use conference_api::{Error, TimeoutPhase};
/// fn describe(error: &Error) -> &'static str {
///     match error {
///         Error::Validation(_) => "fix the request",
///         Error::Api(api) if api.status().as_u16() == 401 => "fix the credentials",
///         Error::Timeout { phase: TimeoutPhase::Connect, .. } => "network trouble, nothing sent",
///         _ if error.is_retryable() => "try again later",
///         _ => "look at the conference list before trying again",
///     }
/// }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request broke the schema's rules; every violation is listed. Nothing was
    /// sent.
    Validation(ValidationErrors),

    /// A header given with [`Call::header`](crate::Call::header) is invalid, or one the
    /// client manages itself (`Authorization`, `Host`, `Content-Length`, …). Nothing
    /// was sent.
    #[non_exhaustive]
    InvalidHeader {
        /// The operation's ID (`create_video_conference`).
        operation: &'static str,
        /// The header's name, as given.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },

    /// A per-call option was refused (a zero [`Call::timeout`](crate::Call::timeout)).
    /// Nothing was sent.
    #[non_exhaustive]
    InvalidOption {
        /// The operation's ID.
        operation: &'static str,
        /// The option (`Call::timeout`).
        option: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },

    /// SignalWire answered with an error status that the API documents for this
    /// operation (for `create_video_conference`: 400, 401, 422, 500), with its
    /// messages decoded.
    Api(ApiError),

    /// SignalWire (or a proxy in front of it) answered with a status that is neither a
    /// success nor documented for the operation: 403, 404, 429, 503, a redirect…
    #[non_exhaustive]
    UnexpectedStatus {
        /// The operation's ID.
        operation: &'static str,
        /// The status.
        status: StatusCode,
        /// How long the server asked to wait (`Retry-After`), when it said.
        retry_after: Option<Duration>,
        /// A request-ID header of the response (`x-request-id` and the like), if any,
        /// with the API token redacted.
        request_id: Option<String>,
        /// The start of the body (512 bytes, cut at a character boundary), with the API
        /// token redacted.
        excerpt: String,
        /// How many attempts were made.
        attempts: u32,
    },

    /// SignalWire answered with a success status, but the body does not decode into
    /// the response type. **The request succeeded on the server**: a create has
    /// probably created the conference, so the call must not be retried blindly.
    /// Never retried.
    #[non_exhaustive]
    Decode {
        /// The operation's ID.
        operation: &'static str,
        /// The success status.
        status: StatusCode,
        /// Where in the JSON document decoding failed (`active_session.status`; `.` for
        /// the document itself).
        path: String,
        /// A request-ID header of the response, if any.
        request_id: Option<String>,
        /// The start of the body (512 bytes, cut at a character boundary), with the API
        /// token redacted.
        excerpt: String,
        /// How many attempts were made.
        attempts: u32,
        /// The JSON error.
        source: serde_json::Error,
    },

    /// SignalWire answered with a success status, but the body is larger than
    /// [`MAX_RESPONSE_BODY`](crate::MAX_RESPONSE_BODY); it was not read further.
    /// The request succeeded on the server. Never retried.
    #[non_exhaustive]
    ResponseTooLarge {
        /// The operation's ID.
        operation: &'static str,
        /// The success status.
        status: StatusCode,
        /// The limit that was exceeded, in bytes.
        limit: usize,
        /// How many attempts were made.
        attempts: u32,
    },

    /// The call took too long.
    #[non_exhaustive]
    Timeout {
        /// The operation's ID.
        operation: &'static str,
        /// Whether connecting timed out (nothing sent) or the whole call did.
        phase: TimeoutPhase,
        /// The timeout that expired, when the client knows it (not for a timeout
        /// configured on a `reqwest::Client` given to
        /// [`ClientBuilder::http_client`](crate::ClientBuilder::http_client)).
        after: Option<Duration>,
        /// How many attempts were made (started).
        attempts: u32,
    },

    /// The connection failed: refused, DNS, TLS, reset, or closed mid-response.
    #[non_exhaustive]
    Transport {
        /// The operation's ID.
        operation: &'static str,
        /// Whether it failed before the request was sent.
        phase: TransportPhase,
        /// The status, when the failure came while reading the body.
        status: Option<StatusCode>,
        /// How many attempts were made.
        attempts: u32,
        /// The HTTP client's error; its `source()` chain holds the I/O error.
        source: reqwest::Error,
    },
}

/// Which timeout expired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeoutPhase {
    /// Connecting (TCP and TLS) took longer than the connect timeout
    /// ([`ClientBuilder::connect_timeout`](crate::ClientBuilder::connect_timeout)).
    /// Nothing was sent.
    Connect,
    /// The whole call (every attempt, the waits between them, and reading the
    /// response) took longer than its timeout
    /// ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout),
    /// [`Call::timeout`](crate::Call::timeout)). The request may have reached the
    /// server.
    Call,
}

/// When a transport failure happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportPhase {
    /// Before the request was sent: connection refused, DNS resolution, TLS handshake.
    Connect,
    /// After the connection was made: the request may have reached the server (reset,
    /// closed before or while the response was read).
    InFlight,
}

/// An error status that the API documents for the operation, with SignalWire's
/// messages.
///
/// SignalWire's error bodies are `{"error":"Unauthorized"}` or
/// `{"errors":[{"type":…,"code":…,"message":…,"attribute":…,"url":…}]}` (422). They
/// are decoded leniently: a body of another shape still gives the status and an
/// excerpt.
///
/// The body itself is kept too ([`body`](ApiError::body), at most
/// [`MAX_ERROR_BODY`](crate::MAX_ERROR_BODY), with the API token redacted): for an
/// operation whose document gives its error responses a JSON schema, the generated
/// `{Operation}Error::from_api_error` decodes it into the type documented for the
/// status that came (the status itself, else its range `4XX`, else `default`).
#[derive(Clone, Debug)]
pub struct ApiError {
    inner: Box<ApiErrorInner>,
}

#[derive(Clone, Debug)]
struct ApiErrorInner {
    operation: &'static str,
    status: StatusCode,
    kind: ApiErrorKind,
    message: Option<String>,
    items: Vec<ErrorItem>,
    retry_after: Option<Duration>,
    request_id: Option<String>,
    excerpt: String,
    attempts: u32,
    /// How many items of the body's `errors` were left out (beyond [`MAX_ITEMS`]).
    omitted_items: usize,
    body: KeptBody,
    /// The response of the document that documents the status: the status itself, a
    /// range's first digit (`4` for `4XX`) or `0` for `default`.
    documented_as: Option<u16>,
}

/// An error body as an [`ApiError`] keeps it. Its `Debug` gives only its size: the
/// start of the body is in the excerpt, and a log line should not hold a megabyte.
#[derive(Clone)]
struct KeptBody {
    text: String,
    /// Nothing was left out: the body was read whole, and redaction did not push it
    /// over the limit.
    complete: bool,
}

impl fmt::Debug for KeptBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = if self.complete { "" } else { ", cut" };
        write!(f, "<{} bytes{whole}>", self.text.len())
    }
}

/// The most items of an error list an [`ApiError`] keeps.
const MAX_ITEMS: usize = 32;

/// The class of an [`ApiError`], from its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiErrorKind {
    /// 400: SignalWire could not understand the request.
    BadRequest,
    /// 401: the project ID or API token was not accepted.
    Unauthorized,
    /// 403: the credentials are not allowed to do this (the token's scopes).
    Forbidden,
    /// 404: nothing at this path.
    NotFound,
    /// 422: SignalWire rejected values of the request; see [`ApiError::items`].
    Unprocessable,
    /// 429: rate limited.
    TooManyRequests,
    /// 5xx: SignalWire failed while handling the request.
    Server,
    /// Any other status.
    Other,
}

/// One item of a SignalWire error list (`errors` in a 422 body). Every field is
/// optional: a missing or non-string value is `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorItem {
    error_type: Option<String>,
    code: Option<String>,
    message: Option<String>,
    attribute: Option<String>,
    url: Option<String>,
}

impl ErrorItem {
    /// `type`, e.g. `validation_error`.
    pub fn error_type(&self) -> Option<&str> {
        self.error_type.as_deref()
    }

    /// `code`, e.g. `invalid_parameter`.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// `message`, e.g. `Name must be present`.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// `attribute`: the request field concerned, e.g. `name`.
    pub fn attribute(&self) -> Option<&str> {
        self.attribute.as_deref()
    }

    /// `url`: SignalWire's documentation of the error code.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    fn from_json(value: &Value) -> Self {
        let field = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_owned);
        match value {
            Value::String(message) => ErrorItem {
                message: Some(message.clone()),
                ..ErrorItem::default()
            },
            _ => ErrorItem {
                error_type: field("type"),
                code: field("code"),
                message: field("message"),
                attribute: field("attribute"),
                url: field("url"),
            },
        }
    }
}

impl fmt::Display for ErrorItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(attribute) = &self.attribute {
            write!(f, "{}: ", Escaped(attribute))?;
        }
        match &self.message {
            Some(message) => write!(f, "{}", Escaped(message))?,
            None => f.write_str("(no message)")?,
        }
        match (&self.error_type, &self.code) {
            (Some(kind), Some(code)) => write!(f, " [{}/{}]", Escaped(kind), Escaped(code))?,
            (Some(one), None) | (None, Some(one)) => write!(f, " [{}]", Escaped(one))?,
            (None, None) => {}
        }
        if let Some(url) = &self.url {
            write!(f, " (see {})", Escaped(url))?;
        }
        Ok(())
    }
}

/// What the client kept of an error response, to build an error from.
pub(crate) struct ErrorResponse {
    pub(crate) operation: &'static str,
    pub(crate) status: StatusCode,
    pub(crate) retry_after: Option<Duration>,
    pub(crate) request_id: Option<String>,
    pub(crate) body: Vec<u8>,
    pub(crate) truncated: bool,
    pub(crate) attempts: u32,
}

impl ApiError {
    /// `documented_as`: the response of the document that documents the status (see
    /// [`Operation::documented_response`](crate::client::call::Operation)).
    pub(crate) fn new(response: &ErrorResponse, documented_as: Option<u16>) -> Self {
        let mut message = None;
        let mut items = Vec::new();
        if let Ok(json) = serde_json::from_slice::<Value>(&response.body) {
            message = ["error", "message"]
                .iter()
                .find_map(|key| json.get(key).and_then(Value::as_str))
                .map(str::to_owned);
            if let Some(list) = json.get("errors").and_then(Value::as_array) {
                items = list.iter().map(ErrorItem::from_json).collect();
            }
        }
        ApiError {
            inner: Box::new(ApiErrorInner {
                operation: response.operation,
                status: response.status,
                kind: ApiErrorKind::from_status(response.status),
                message,
                items,
                retry_after: response.retry_after,
                request_id: response.request_id.clone(),
                excerpt: excerpt(&response.body, response.truncated),
                attempts: response.attempts,
                omitted_items: 0,
                body: KeptBody {
                    text: String::from_utf8_lossy(&response.body).into_owned(),
                    complete: !response.truncated,
                },
                documented_as,
            }),
        }
    }

    /// See [`Error::redacted`].
    fn redact(&mut self, redactor: &Redactor) {
        let inner = &mut *self.inner;
        clean_option(&mut inner.message, redactor);
        clean_option(&mut inner.request_id, redactor);
        inner.excerpt = clean_excerpt(&inner.excerpt, redactor);
        clean_body(&mut inner.body, redactor);
        inner.omitted_items += inner.items.len().saturating_sub(MAX_ITEMS);
        inner.items.truncate(MAX_ITEMS);
        for item in &mut inner.items {
            for field in [
                &mut item.error_type,
                &mut item.code,
                &mut item.message,
                &mut item.attribute,
                &mut item.url,
            ] {
                clean_option(field, redactor);
            }
        }
    }

    /// The operation's ID (`create_video_conference`).
    pub fn operation(&self) -> &'static str {
        self.inner.operation
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.inner.status
    }

    /// The class of the error, from its status.
    pub fn kind(&self) -> ApiErrorKind {
        self.inner.kind
    }

    /// SignalWire's message (`error` of the body: `Unauthorized`), if any.
    pub fn message(&self) -> Option<&str> {
        self.inner.message.as_deref()
    }

    /// SignalWire's list of errors (`errors` of a 422 body), possibly empty; at most
    /// the first 32 are kept.
    pub fn items(&self) -> &[ErrorItem] {
        &self.inner.items
    }

    /// How long the server asked to wait (`Retry-After`), when it said.
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// A request-ID header of the response (`x-request-id` and the like), if any.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// The start of the body (512 bytes, cut at a character boundary), with the API
    /// token redacted.
    pub fn excerpt(&self) -> &str {
        &self.inner.excerpt
    }

    /// How many attempts were made.
    pub fn attempts(&self) -> u32 {
        self.inner.attempts
    }

    /// The body as sent (invalid UTF-8 replaced), with the API token redacted as in
    /// every error; at most [`MAX_ERROR_BODY`](crate::MAX_ERROR_BODY) bytes, the rest
    /// left out. The generated `{Operation}Error::from_api_error` decodes it into the
    /// type the document gives the status.
    pub fn body(&self) -> &str {
        &self.inner.body.text
    }

    /// Whether [`body`](Self::body) is the whole body (a larger one is cut, and never
    /// decoded into a documented type).
    pub fn body_is_complete(&self) -> bool {
        self.inner.body.complete
    }

    /// The response of the document that documents the status, if this is an error of
    /// `operation`: the status itself, a range's first digit (`4` for `4XX`) or `0`
    /// for `default`. What a generated `from_api_error` picks its variant by.
    #[doc(hidden)]
    pub fn __documented_as(&self, operation: &str) -> Option<u16> {
        self.inner
            .documented_as
            .filter(|_| self.inner.operation == operation)
    }

    /// The whole body decoded into a documented error type, as success bodies are
    /// decoded (leniently: unknown fields and enum values are kept or ignored).
    #[doc(hidden)]
    pub fn __body_as<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        let body = &self.inner.body;
        body.complete
            .then(|| crate::types::body::decode_json(body.text.as_bytes()).ok())
            .flatten()
    }
}

impl ApiErrorKind {
    fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            400 => ApiErrorKind::BadRequest,
            401 => ApiErrorKind::Unauthorized,
            403 => ApiErrorKind::Forbidden,
            404 => ApiErrorKind::NotFound,
            422 => ApiErrorKind::Unprocessable,
            429 => ApiErrorKind::TooManyRequests,
            500..=599 => ApiErrorKind::Server,
            _ => ApiErrorKind::Other,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        write!(
            f,
            "{}: SignalWire answered {}",
            inner.operation, inner.status
        )?;
        if let Some(message) = &inner.message {
            write!(f, ": {}", Escaped(message))?;
        }
        for item in &inner.items {
            write!(f, "\n  - {item}")?;
        }
        if inner.omitted_items > 0 {
            write!(f, "\n  - … ({} more)", inner.omitted_items)?;
        }
        if inner.message.is_none() && inner.items.is_empty() {
            write!(f, " (body: {:?})", inner.excerpt)?;
        }
        write!(f, "\n{}", hint(inner.status, inner.retry_after))?;
        write_context(f, inner.attempts, inner.request_id.as_deref())
    }
}

impl std::error::Error for ApiError {}

/// What to do about an error status.
fn hint(status: StatusCode, retry_after: Option<Duration>) -> String {
    let wait = match retry_after {
        Some(wait) if wait.subsec_nanos() == 0 => {
            format!("the server asked to retry after {}s", wait.as_secs())
        }
        Some(wait) => format!("the server asked to retry after {wait:?}"),
        None => "the server sent no Retry-After".to_owned(),
    };
    match status.as_u16() {
        400 => "SignalWire could not understand the request. Nothing was created. If the \
                request was built with this crate, the bindings may be out of date with the API."
            .to_owned(),
        401 => "The credentials were refused. Check SIGNALWIRE_PROJECT_ID and \
                SIGNALWIRE_API_TOKEN (the project ID and an API token of that project, in \
                the space of SIGNALWIRE_SPACE), and that the token has the Video scope."
            .to_owned(),
        403 => "The credentials were accepted but may not do this: check that the API token \
                has the Video scope."
            .to_owned(),
        404 => "Nothing was found at this path: check the ID and the space \
                (SIGNALWIRE_SPACE, or the base URL)."
            .to_owned(),
        422 => "SignalWire rejected the values listed; nothing was created. Fix them and \
                send again."
            .to_owned(),
        429 => format!("Rate limited: nothing was done; {wait}."),
        503 => format!(
            "SignalWire is unavailable; {wait}. With Retry-After, the request was not \
             processed; without it, check whether it took effect before retrying."
        ),
        500..=599 => "SignalWire failed while handling the request: it may or may not have \
                      taken effect (a create may have created the conference). Check before \
                      retrying."
            .to_owned(),
        300..=399 => "Redirects are not followed: check the space or base URL.".to_owned(),
        _ => "Check the request and the space; the request may have taken effect.".to_owned(),
    }
}

/// Server text as printed: control characters (a newline that would forge a log
/// line, an ESC that would drive a terminal) and bidirectional overrides are escaped
/// as Rust escapes them (`\n`, `\u{1b}`); everything else is printed as sent.
pub(crate) struct Escaped<'a>(pub(crate) &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for c in self.0.chars() {
            let reorders = matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || reorders {
                write!(f, "{}", c.escape_default())?;
            } else {
                f.write_char(c)?;
            }
        }
        Ok(())
    }
}

/// ` (3 attempts; request ID abc)`, or nothing.
fn write_context(
    f: &mut fmt::Formatter<'_>,
    attempts: u32,
    request_id: Option<&str>,
) -> fmt::Result {
    match (attempts > 1, request_id) {
        (true, Some(id)) => write!(f, " ({attempts} attempts; request ID {})", Escaped(id)),
        (true, None) => write!(f, " ({attempts} attempts)"),
        (false, Some(id)) => write!(f, " (request ID {})", Escaped(id)),
        (false, None) => Ok(()),
    }
}

/// A server's text as an error keeps it: see [`Redactor::clean`].
fn clean_option(text: &mut Option<String>, redactor: &Redactor) {
    if let Some(text) = text {
        *text = redactor.clean(text);
    }
}

/// An [`excerpt`], redacted: when it was cut (it ends with `…`), a start of the token
/// the cut left at its end is redacted too.
fn clean_excerpt(excerpt: &str, redactor: &Redactor) -> String {
    let redacted = match excerpt.strip_suffix('…') {
        Some(head) => format!("{}…", redactor.redact_cut(head)),
        None => redactor.redact(excerpt).into_owned(),
    };
    // Redaction can lengthen a text (a one-letter token becomes `[redacted]`).
    bounded(&redacted, TEXT_LIMIT).into_owned()
}

/// A kept body, redacted. A cut body may end inside the token: that start is redacted
/// too. Redaction can lengthen a body (a one-letter token becomes `[redacted]`): one
/// pushed over the limit is cut, and then no longer complete.
fn clean_body(body: &mut KeptBody, redactor: &Redactor) {
    let redacted = match body.complete {
        true => redactor.redact(&body.text),
        false => redactor.redact_cut(&body.text),
    };
    if let std::borrow::Cow::Owned(redacted) = redacted {
        body.text = redacted;
    }
    if body.text.len() > crate::client::call::MAX_ERROR_BODY {
        let end = body
            .text
            .floor_char_boundary(crate::client::call::MAX_ERROR_BODY);
        body.text.truncate(end);
        body.complete = false;
    }
}

/// A URL in an error (reqwest's errors keep the request's): path and query redacted
/// and bounded (the query comes from a server's `next` link), the fragment dropped.
fn clean_url(url: &mut reqwest::Url, redactor: &Redactor) {
    let path = redactor.clean(url.path());
    let query = url.query().map(|query| redactor.clean(query));
    url.set_path(&path);
    url.set_query(query.as_deref());
    url.set_fragment(None);
}

/// The most of a body kept in an error message, in bytes.
pub(crate) const EXCERPT_LIMIT: usize = 512;

/// The first [`EXCERPT_LIMIT`] bytes of a body as text, cut at a character boundary
/// (invalid UTF-8 replaced), with `…` when something was left out.
pub(crate) fn excerpt(body: &[u8], truncated: bool) -> String {
    let mut end = body.len().min(EXCERPT_LIMIT);
    // Do not cut a character: step back over its continuation bytes (at most 3).
    let mut back = 0;
    while end < body.len() && end > 0 && back < 3 && body[end] & 0xC0 == 0x80 {
        end -= 1;
        back += 1;
    }
    let mut text = String::from_utf8_lossy(&body[..end]).into_owned();
    if end < body.len() || truncated {
        text.push('…');
    }
    text
}

impl Error {
    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) => Some(api.status()),
            Error::UnexpectedStatus { status, .. }
            | Error::Decode { status, .. }
            | Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Transport { status, .. } => *status,
            Error::Validation(_)
            | Error::InvalidHeader { .. }
            | Error::InvalidOption { .. }
            | Error::Timeout { .. } => None,
        }
    }

    /// Whether trying the same call again later is safe for any operation, create
    /// included, and may succeed: the failure cannot have reached the server (a connect
    /// failure or connect timeout, but not a server certificate the client does not
    /// trust, which fails again), or the server asked to come back (a 429 or 503 with
    /// `Retry-After`). [`RetryPolicy::safe`](crate::RetryPolicy::safe) retries these
    /// for every operation, and more for idempotent ones (list, get, update, delete).
    pub fn is_retryable(&self) -> bool {
        self.retry_class(false) != RetryClass::Never
    }

    /// Whether the request may have reached SignalWire (and so may have taken effect:
    /// a create may have created the conference). `false` only when nothing was sent:
    /// a validation or header error, a connect failure, a connect timeout.
    pub fn may_have_reached_server(&self) -> bool {
        !matches!(
            self,
            Error::Validation(_)
                | Error::InvalidHeader { .. }
                | Error::InvalidOption { .. }
                | Error::Timeout {
                    phase: TimeoutPhase::Connect,
                    ..
                }
                | Error::Transport {
                    phase: TransportPhase::Connect,
                    ..
                }
        )
    }

    /// How many attempts the call made (`0`: nothing was tried, as for a validation
    /// error).
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Validation(_) | Error::InvalidHeader { .. } | Error::InvalidOption { .. } => 0,
            Error::Api(api) => api.attempts(),
            Error::UnexpectedStatus { attempts, .. }
            | Error::Decode { attempts, .. }
            | Error::ResponseTooLarge { attempts, .. }
            | Error::Timeout { attempts, .. }
            | Error::Transport { attempts, .. } => *attempts,
        }
    }

    /// How long the server asked to wait before retrying (`Retry-After`), when it said.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api(api) => api.retry_after(),
            Error::UnexpectedStatus { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// How [`RetryPolicy::safe`](crate::RetryPolicy::safe) treats this failure of an
    /// operation that is `idempotent` (by its HTTP method) or not.
    pub(crate) fn retry_class(&self, idempotent: bool) -> RetryClass {
        match self {
            // The request could not even be built: it would fail the same way again.
            Error::Transport { source, .. } if source.is_builder() => RetryClass::Never,
            // The server's certificate was not trusted: it will not be on the next try.
            Error::Transport { source, .. } if is_certificate_rejection(source) => {
                RetryClass::Never
            }
            Error::Timeout {
                phase: TimeoutPhase::Connect,
                ..
            }
            | Error::Transport {
                phase: TransportPhase::Connect,
                ..
            } => RetryClass::Backoff,
            Error::Transport {
                phase: TransportPhase::InFlight,
                ..
            } if idempotent => RetryClass::Backoff,
            Error::Api(_) | Error::UnexpectedStatus { .. } => {
                let status = self.status().map_or(0, |status| status.as_u16());
                match (status, self.retry_after()) {
                    (429 | 503, Some(wait)) => RetryClass::After(wait),
                    (408 | 429 | 500 | 502 | 503 | 504, wait) if idempotent => {
                        wait.map_or(RetryClass::Backoff, RetryClass::After)
                    }
                    _ => RetryClass::Never,
                }
            }
            _ => RetryClass::Never,
        }
    }

    /// This error with every text it keeps from the server passed through `redactor`
    /// and bounded: bodies, header values (the request ID), SignalWire's messages, a
    /// decoding error's path and message (they quote the body), and the URL of an HTTP
    /// library error (it holds the query of a server's `next` link). Every error of a
    /// call leaves through here, so none shows the token, raw or encoded.
    pub(crate) fn redacted(mut self, redactor: &Redactor) -> Self {
        match &mut self {
            Error::Api(api) => api.redact(redactor),
            Error::UnexpectedStatus {
                request_id,
                excerpt,
                ..
            } => {
                clean_option(request_id, redactor);
                *excerpt = clean_excerpt(excerpt, redactor);
            }
            Error::Decode {
                path,
                request_id,
                excerpt,
                source,
                ..
            } => {
                *path = redactor.clean(path);
                clean_option(request_id, redactor);
                *excerpt = clean_excerpt(excerpt, redactor);
                let text = source.to_string();
                let clean = redactor.clean(&text);
                if clean != text {
                    // serde_json quotes the values it rejects; its position is in the text.
                    *source = <serde_json::Error as serde::de::Error>::custom(clean);
                }
            }
            Error::Transport { source, .. } => {
                if let Some(url) = source.url_mut() {
                    clean_url(url, redactor);
                }
            }
            Error::Validation(_)
            | Error::InvalidHeader { .. }
            | Error::InvalidOption { .. }
            | Error::ResponseTooLarge { .. }
            | Error::Timeout { .. } => {}
        }
        self
    }

    /// An error status: an [`Error::Api`] when the document documents it (`documented_as`,
    /// see [`ApiError::new`]), else [`Error::UnexpectedStatus`].
    pub(crate) fn from_error_response(response: ErrorResponse, documented_as: Option<u16>) -> Self {
        if documented_as.is_some() {
            Error::Api(ApiError::new(&response, documented_as))
        } else {
            Error::UnexpectedStatus {
                operation: response.operation,
                status: response.status,
                retry_after: response.retry_after,
                excerpt: excerpt(&response.body, response.truncated),
                request_id: response.request_id,
                attempts: response.attempts,
            }
        }
    }
}

const SUCCEEDED: &str = "The request succeeded on the server (a create has probably created \
                         the conference): do not retry it blindly, look the resource up first.";

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation(errors) => write!(f, "the request was not sent: {errors}"),
            Error::InvalidHeader {
                operation,
                name,
                reason,
            } => write!(
                f,
                "{operation}: header {name:?} was refused: {reason}; nothing was sent"
            ),
            Error::InvalidOption {
                operation,
                option,
                reason,
            } => write!(
                f,
                "{operation}: {option} was refused: {reason}; nothing was sent"
            ),
            Error::Api(api) => api.fmt(f),
            Error::UnexpectedStatus {
                operation,
                status,
                retry_after,
                request_id,
                excerpt,
                attempts,
            } => {
                write!(
                    f,
                    "{operation}: SignalWire answered {status}, a status the API does not \
                     document for this operation (body: {excerpt:?})\n{}",
                    hint(*status, *retry_after)
                )?;
                write_context(f, *attempts, request_id.as_deref())
            }
            Error::Decode {
                operation,
                status,
                path,
                request_id,
                excerpt,
                attempts,
                source,
            } => {
                write!(
                    f,
                    "{operation}: SignalWire answered {status}, but the response body does not \
                     decode at `{path}`: {source} (body: {excerpt:?})\n{SUCCEEDED}"
                )?;
                write_context(f, *attempts, request_id.as_deref())
            }
            Error::ResponseTooLarge {
                operation,
                status,
                limit,
                attempts,
            } => {
                write!(
                    f,
                    "{operation}: SignalWire answered {status}, but the response body is larger \
                     than {limit} bytes, the most this client reads; it was not decoded.\n\
                     {SUCCEEDED}"
                )?;
                write_context(f, *attempts, None)
            }
            Error::Timeout {
                operation,
                phase,
                after,
                attempts,
            } => {
                let after = match after {
                    Some(after) => format!(" within {after:?}"),
                    None => String::new(),
                };
                match phase {
                    TimeoutPhase::Connect => write!(
                        f,
                        "{operation}: could not connect to the server{after} (connect timeout); \
                         nothing was sent. Check the network and the space or base URL, or \
                         raise the connect timeout."
                    )?,
                    TimeoutPhase::Call => write!(
                        f,
                        "{operation}: the call did not complete{after} (whole-call timeout, \
                         retries included). The request may have reached SignalWire (a create \
                         may have created the conference): check before retrying, or raise \
                         the timeout."
                    )?,
                }
                write_context(f, *attempts, None)
            }
            Error::Transport {
                operation,
                phase,
                status,
                attempts,
                source,
            } => {
                match phase {
                    TransportPhase::Connect => write!(
                        f,
                        "{operation}: could not connect to the server; nothing was sent: "
                    )?,
                    TransportPhase::InFlight => {
                        write!(f, "{operation}: the connection failed")?;
                        if let Some(status) = status {
                            write!(f, " while reading the body of a {status} response")?;
                        } else {
                            write!(f, " after the request was sent")?;
                        }
                        f.write_str(": ")?;
                    }
                }
                write_chain(f, source)?;
                if is_certificate_rejection(source) {
                    f.write_str(
                        "\nThe server's TLS certificate was not accepted. If a private CA \
                         signed it (a gateway, a local server), trust that CA with \
                         ClientBuilder::add_root_certificate.",
                    )?;
                }
                if *phase == TransportPhase::InFlight {
                    f.write_str(
                        "\nThe request may have reached SignalWire (a create may have created \
                         the conference): check before retrying.",
                    )?;
                }
                write_context(f, *attempts, None)
            }
        }
    }
}

/// `error: cause: cause …`, skipping a cause whose text its parent already shows.
fn write_chain(f: &mut fmt::Formatter<'_>, error: &dyn std::error::Error) -> fmt::Result {
    let mut shown = error.to_string();
    f.write_str(&shown)?;
    let mut next = error.source();
    while let Some(cause) = next {
        let text = cause.to_string();
        if !shown.contains(&text) {
            write!(f, ": {text}")?;
            shown = text;
        }
        next = cause.source();
    }
    Ok(())
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Validation(errors) => Some(errors),
            Error::Decode { source, .. } => Some(source),
            Error::Transport { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<ValidationErrors> for Error {
    fn from(errors: ValidationErrors) -> Self {
        Error::Validation(errors)
    }
}

/// Why a [`Client`](crate::Client) could not be built. Names the setting (the
/// environment variable, or the builder method) and never contains the API token.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfigError {
    /// A required setting was not given, or is empty.
    #[non_exhaustive]
    Missing {
        /// The environment variable (`SIGNALWIRE_API_TOKEN`) or builder method
        /// (`ClientBuilder::api_token`).
        setting: &'static str,
    },
    /// A setting's value is unusable.
    #[non_exhaustive]
    Invalid {
        /// The environment variable or builder method.
        setting: &'static str,
        /// What is wrong, and what is expected. Never contains the API token.
        reason: String,
    },
    /// The base URL is plain `http://` to a host that is not the local machine: the
    /// credentials would cross the network unencrypted.
    #[non_exhaustive]
    InsecureUrl {
        /// The environment variable or builder method.
        setting: &'static str,
        /// The URL that was refused.
        url: String,
    },
    /// Both a connect timeout and an existing `reqwest::Client` were given: the
    /// connect timeout is a setting of the `reqwest::Client`.
    #[non_exhaustive]
    ConnectTimeoutWithHttpClient,
    /// The client's TLS could not be set up: the system's trust store cannot be read
    /// (and no root was added), a crypto provider installed by the application
    /// does not support TLS 1.2 or 1.3, or there is no provider (neither the `ring`
    /// nor the `aws-lc-rs` feature is on, and the application installed none).
    #[non_exhaustive]
    Tls {
        /// What failed. Never contains the API token.
        reason: String,
    },
    /// The HTTP client could not be built (its TLS setup failed).
    #[non_exhaustive]
    HttpClient {
        /// reqwest's error.
        source: reqwest::Error,
    },
}

impl ConfigError {
    /// The environment variable or builder method concerned, if one is.
    pub fn setting(&self) -> Option<&'static str> {
        match self {
            ConfigError::Missing { setting }
            | ConfigError::Invalid { setting, .. }
            | ConfigError::InsecureUrl { setting, .. } => Some(setting),
            ConfigError::ConnectTimeoutWithHttpClient => Some("ClientBuilder::connect_timeout"),
            ConfigError::Tls { .. } | ConfigError::HttpClient { .. } => None,
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing { setting } => {
                write!(f, "{setting} is not set")?;
                if setting.starts_with("SIGNALWIRE_") {
                    f.write_str(" (or is empty, or is not valid Unicode)")?;
                }
                f.write_str(": ")?;
                f.write_str(match *setting {
                    "SIGNALWIRE_SPACE" => {
                        "set it to your SignalWire space, e.g. `example.signalwire.com`"
                    }
                    "SIGNALWIRE_PROJECT_ID" => "set it to your SignalWire project ID",
                    "SIGNALWIRE_API_TOKEN" => {
                        "set it to an API token of the project, with the Video scope"
                    }
                    "ClientBuilder::space" => {
                        "call ClientBuilder::space(\"example\") or ClientBuilder::base_url(..), \
                         or ClientBuilder::with_env() to read SIGNALWIRE_SPACE"
                    }
                    "ClientBuilder::project_id" => {
                        "call ClientBuilder::project_id(..), or ClientBuilder::with_env() to \
                         read SIGNALWIRE_PROJECT_ID"
                    }
                    "ClientBuilder::api_token" => {
                        "call ClientBuilder::api_token(..), or ClientBuilder::with_env() to read \
                         SIGNALWIRE_API_TOKEN"
                    }
                    _ => "give it a value",
                })
            }
            ConfigError::Invalid { setting, reason } => write!(f, "{setting}: {reason}"),
            ConfigError::InsecureUrl { setting, url } => write!(
                f,
                "{setting}: refusing to send credentials over plain http to {url:?}: use \
                 https:// (plain http:// is only allowed to this machine: 127.0.0.1, ::1, \
                 localhost)"
            ),
            ConfigError::ConnectTimeoutWithHttpClient => f.write_str(
                "ClientBuilder::connect_timeout cannot apply to a reqwest::Client given to \
                 ClientBuilder::http_client: set the connect timeout on that reqwest::Client",
            ),
            ConfigError::Tls { reason } => write!(f, "TLS cannot be set up: {reason}"),
            ConfigError::HttpClient { source } => {
                f.write_str("the HTTP client could not be built: ")?;
                write_chain(f, source)
            }
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigError::HttpClient { source } => Some(source),
            _ => None,
        }
    }
}

/// Whether `error` (or a cause of it) is this client rejecting the server's
/// certificate: a TLS handshake that failed before anything was sent, and fails the
/// same way every time until the certificate or the client's roots change.
pub(crate) fn is_certificate_rejection(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(cause) = next {
        if let Some(rustls::Error::InvalidCertificate(_)) = cause.downcast_ref::<rustls::Error>() {
            return true;
        }
        // An I/O error's `source()` skips the error it wraps: look at that one itself.
        next = match cause
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => cause.source(),
        };
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &str) -> ErrorResponse {
        ErrorResponse {
            operation: "create_video_conference",
            status: StatusCode::from_u16(status).unwrap(),
            retry_after: None,
            request_id: None,
            body: body.as_bytes().to_vec(),
            truncated: false,
            attempts: 1,
        }
    }

    #[test]
    fn signalwire_422_items_are_decoded_and_displayed() {
        let body = r#"{"errors":[{"type":"validation_error","code":"invalid_parameter","message":"Name must be present","attribute":"name","url":"https://signalwire.com/docs/apis/error-codes"},{"message":"Size is odd","attribute":null,"extra":1}]}"#;
        let error = ApiError::new(&response(422, body), Some(422));
        assert_eq!(error.kind(), ApiErrorKind::Unprocessable);
        assert_eq!(error.message(), None);
        assert_eq!(error.items().len(), 2);
        let first = &error.items()[0];
        assert_eq!(first.attribute(), Some("name"));
        assert_eq!(first.message(), Some("Name must be present"));
        assert_eq!(first.code(), Some("invalid_parameter"));
        assert_eq!(first.error_type(), Some("validation_error"));
        assert_eq!(
            first.url(),
            Some("https://signalwire.com/docs/apis/error-codes")
        );
        assert_eq!(error.items()[1].attribute(), None);
        let text = error.to_string();
        assert!(text.contains("422 Unprocessable Entity"), "{text}");
        assert!(
            text.contains(
                "name: Name must be present [validation_error/invalid_parameter] (see https://signalwire.com/docs/apis/error-codes)"
            ),
            "{text}"
        );
        assert!(text.contains("Size is odd"), "{text}");
        assert!(text.contains("nothing was created"), "{text}");
    }

    #[test]
    fn error_bodies_of_other_shapes_keep_status_and_excerpt() {
        let error = ApiError::new(&response(500, "<html>upstream down</html>"), Some(500));
        assert_eq!(error.kind(), ApiErrorKind::Server);
        assert_eq!(error.message(), None);
        assert_eq!(error.excerpt(), "<html>upstream down</html>");
        let text = error.to_string();
        assert!(text.contains("500 Internal Server Error"), "{text}");
        assert!(text.contains("<html>upstream down</html>"), "{text}");
        assert!(text.contains("may or may not have taken effect"), "{text}");

        let error = ApiError::new(&response(401, r#"{"error":42,"errors":"no"}"#), Some(401));
        assert_eq!(error.message(), None);
        assert!(error.items().is_empty());
        let error = ApiError::new(&response(400, r#"["Bad Request"]"#), Some(400));
        assert_eq!(error.kind(), ApiErrorKind::BadRequest);
        let error = ApiError::new(&response(404, r#"{"errors":["gone"]}"#), Some(404));
        assert_eq!(error.kind(), ApiErrorKind::NotFound);
        assert_eq!(error.items()[0].message(), Some("gone"));
    }

    #[test]
    fn excerpts_are_bounded_at_character_boundaries() {
        assert_eq!(excerpt(b"short", false), "short");
        assert_eq!(excerpt(b"short", true), "short…");
        let long = "é".repeat(600); // 1200 bytes
        assert_eq!(
            excerpt(long.as_bytes(), false),
            format!("{}…", "é".repeat(EXCERPT_LIMIT / 2))
        );
        // A 4-byte character straddling the slice end is dropped, not mangled.
        let mut body = "a".repeat(EXCERPT_LIMIT - 1).into_bytes();
        body.extend_from_slice("😀".as_bytes());
        body.extend_from_slice(b"tail");
        let cut = excerpt(&body, false);
        assert_eq!(cut, format!("{}…", "a".repeat(EXCERPT_LIMIT - 1)));
        assert_eq!(excerpt(&[0xFF, b'x'], false), "\u{FFFD}x");
    }

    #[test]
    fn connect_failures_and_retry_after_are_retryable_the_rest_not() {
        let connect_timeout = Error::Timeout {
            operation: "op",
            phase: TimeoutPhase::Connect,
            after: Some(Duration::from_secs(5)),
            attempts: 1,
        };
        assert!(connect_timeout.is_retryable());
        assert!(!connect_timeout.may_have_reached_server());
        assert_eq!(connect_timeout.status(), None);

        let call_timeout = Error::Timeout {
            operation: "op",
            phase: TimeoutPhase::Call,
            after: None,
            attempts: 2,
        };
        assert!(!call_timeout.is_retryable());
        assert!(call_timeout.may_have_reached_server());
        assert_eq!(call_timeout.attempts(), 2);

        let throttled = |status: u16, retry_after: Option<Duration>| Error::UnexpectedStatus {
            operation: "op",
            status: StatusCode::from_u16(status).unwrap(),
            retry_after,
            request_id: None,
            excerpt: String::new(),
            attempts: 1,
        };
        assert!(throttled(429, Some(Duration::ZERO)).is_retryable());
        assert!(throttled(503, Some(Duration::ZERO)).is_retryable());
        assert!(!throttled(429, None).is_retryable());
        assert!(!throttled(502, Some(Duration::ZERO)).is_retryable());
        assert!(throttled(429, None).may_have_reached_server());

        let mut documented_429 = response(429, "{}");
        documented_429.retry_after = Some(Duration::from_secs(1));
        let api = Error::from_error_response(documented_429, Some(0));
        assert!(matches!(api, Error::Api(_)));
        assert!(api.is_retryable());
        assert_eq!(api.retry_after(), Some(Duration::from_secs(1)));

        let validation = Error::from(ValidationErrors::new());
        assert!(!validation.is_retryable());
        assert!(!validation.may_have_reached_server());
        assert_eq!(validation.attempts(), 0);
    }

    #[test]
    fn idempotent_operations_also_retry_transient_failures_that_reached_the_server() {
        let status = |status: u16, retry_after: Option<Duration>| Error::UnexpectedStatus {
            operation: "op",
            status: StatusCode::from_u16(status).unwrap(),
            retry_after,
            request_id: None,
            excerpt: String::new(),
            attempts: 1,
        };
        for code in [408, 429, 500, 502, 503, 504] {
            assert_eq!(status(code, None).retry_class(true), RetryClass::Backoff);
            assert_eq!(status(code, None).retry_class(false), RetryClass::Never);
            let wait = Some(Duration::from_secs(2));
            assert_eq!(
                status(code, wait).retry_class(true),
                RetryClass::After(Duration::from_secs(2)),
            );
        }
        for code in [400, 401, 404, 409, 422, 501] {
            assert_eq!(status(code, None).retry_class(true), RetryClass::Never);
        }
        let documented_500 = Error::from_error_response(response(500, "{}"), Some(0));
        assert_eq!(documented_500.retry_class(true), RetryClass::Backoff);
        assert_eq!(documented_500.retry_class(false), RetryClass::Never);
        let decode = Error::Decode {
            operation: "op",
            status: StatusCode::OK,
            path: ".".to_owned(),
            request_id: None,
            excerpt: String::new(),
            attempts: 1,
            source: serde_json::from_str::<u8>("x").unwrap_err(),
        };
        assert_eq!(decode.retry_class(true), RetryClass::Never);
        let call_timeout = Error::Timeout {
            operation: "op",
            phase: TimeoutPhase::Call,
            after: None,
            attempts: 1,
        };
        assert_eq!(call_timeout.retry_class(true), RetryClass::Never);
    }

    /// Issue 9: a request the HTTP library cannot build fails the same way every time.
    #[test]
    fn a_request_that_could_not_be_built_is_never_retried() {
        let source = crate::client::tls::test_http_client()
            .get("not a url")
            .build()
            .unwrap_err();
        assert!(source.is_builder());
        let error = Error::Transport {
            operation: "op",
            phase: TransportPhase::Connect,
            status: None,
            attempts: 1,
            source,
        };
        assert_eq!(error.retry_class(true), RetryClass::Never);
        assert!(!error.is_retryable());
    }

    /// Issue 9: server text cannot forge log lines or drive a terminal.
    #[test]
    fn server_text_is_printed_with_control_characters_escaped() {
        let forged = "bad\nINFO forged line \u{1b}[31mred\u{202E}txt";
        let error = Error::from_error_response(
            response(500, &serde_json::json!({ "error": forged }).to_string()),
            Some(0),
        );
        let text = error.to_string();
        assert!(
            text.contains(r"bad\nINFO forged line \u{1b}[31mred\u{202e}txt"),
            "{text}"
        );
        let body = serde_json::json!({ "errors": [{
            "type": "validation_error\r",
            "code": "invalid\u{7}",
            "message": "is invalid\nERROR injected",
            "attribute": "name\u{1b}[2J",
            "url": "https://x\n",
        }]});
        let text =
            Error::from_error_response(response(422, &body.to_string()), Some(0)).to_string();
        for line in text.lines() {
            assert!(!line.starts_with("ERROR"), "{text}");
        }
        assert!(!text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\r'));
        assert!(
            text.contains(r"name\u{1b}[2J: is invalid\nERROR injected"),
            "{text}"
        );
        // Text that needs no escaping is printed as sent, accents included.
        let plain = Error::from_error_response(response(500, r#"{"error":"Défaut"}"#), Some(0));
        assert!(plain.to_string().contains(": Défaut"));
    }

    #[test]
    fn display_of_variants_built_by_hand() {
        let text = Error::Timeout {
            operation: "create_video_conference",
            phase: TimeoutPhase::Connect,
            after: Some(Duration::from_secs(5)),
            attempts: 3,
        }
        .to_string();
        assert_eq!(
            text,
            "create_video_conference: could not connect to the server within 5s (connect \
             timeout); nothing was sent. Check the network and the space or base URL, or raise \
             the connect timeout. (3 attempts)"
        );

        let text = Error::ResponseTooLarge {
            operation: "create_video_conference",
            status: StatusCode::OK,
            limit: 4 << 20,
            attempts: 1,
        }
        .to_string();
        assert!(text.contains("200 OK"), "{text}");
        assert!(text.contains("larger than 4194304 bytes"), "{text}");
        assert!(text.contains("probably created"), "{text}");
        assert!(text.contains("do not retry it blindly"), "{text}");

        let text = Error::InvalidHeader {
            operation: "create_video_conference",
            name: "Authorization".to_owned(),
            reason: "the client sets it",
        }
        .to_string();
        assert_eq!(
            text,
            "create_video_conference: header \"Authorization\" was refused: the client sets \
             it; nothing was sent"
        );

        let text = Error::UnexpectedStatus {
            operation: "create_video_conference",
            status: StatusCode::FORBIDDEN,
            retry_after: None,
            request_id: Some("req-1".to_owned()),
            excerpt: "{\"error\":\"Forbidden\"}".to_owned(),
            attempts: 1,
        }
        .to_string();
        assert!(text.contains("403 Forbidden"), "{text}");
        assert!(text.contains("Video scope"), "{text}");
        assert!(text.contains("(request ID req-1)"), "{text}");
        assert!(text.contains(r#"{\"error\":\"Forbidden\"}"#), "{text}");
    }

    #[test]
    fn config_error_display_names_the_setting() {
        let cases = [
            (
                ConfigError::Missing {
                    setting: "SIGNALWIRE_API_TOKEN",
                },
                "SIGNALWIRE_API_TOKEN is not set (or is empty, or is not valid Unicode): set it \
                 to an API token of the project, with the Video scope",
            ),
            (
                ConfigError::Missing {
                    setting: "ClientBuilder::space",
                },
                "ClientBuilder::space is not set: call ClientBuilder::space(\"example\") or \
                 ClientBuilder::base_url(..), or ClientBuilder::with_env() to read \
                 SIGNALWIRE_SPACE",
            ),
            (
                ConfigError::Invalid {
                    setting: "SIGNALWIRE_SPACE",
                    reason: "has a path".to_owned(),
                },
                "SIGNALWIRE_SPACE: has a path",
            ),
            (
                ConfigError::InsecureUrl {
                    setting: "ClientBuilder::base_url",
                    url: "http://example.com/".to_owned(),
                },
                "ClientBuilder::base_url: refusing to send credentials over plain http to \
                 \"http://example.com/\": use https:// (plain http:// is only allowed to this \
                 machine: 127.0.0.1, ::1, localhost)",
            ),
            (
                ConfigError::ConnectTimeoutWithHttpClient,
                "ClientBuilder::connect_timeout cannot apply to a reqwest::Client given to \
                 ClientBuilder::http_client: set the connect timeout on that reqwest::Client",
            ),
        ];
        for (error, expected) in cases {
            assert_eq!(error.to_string(), expected);
            assert!(error.setting().is_some());
        }
    }

    /// The body an `ApiError` keeps: what generated error enums decode.
    #[test]
    fn the_kept_body_is_redacted_bounded_and_decoded_only_whole_for_its_operation() {
        let redactor = Redactor::new(Some("project"), Some("PTsecret-token-1234"));
        let body = r#"{"message":"PTsecret-token-1234 is wrong","n":1}"#;
        let Error::Api(api) =
            Error::from_error_response(response(401, body), Some(0)).redacted(&redactor)
        else {
            panic!()
        };
        assert_eq!(api.body(), r#"{"message":"[redacted] is wrong","n":1}"#);
        assert!(api.body_is_complete());
        assert_eq!(api.__documented_as("create_video_conference"), Some(0));
        // An error of another operation is not this operation's to type.
        assert_eq!(api.__documented_as("list_video_conferences"), None);
        let decoded: Value = api.__body_as().unwrap();
        assert_eq!(decoded["message"], "[redacted] is wrong");
        // `Debug` gives the body's size, not the body.
        let debug = format!("{api:?}");
        assert!(debug.contains("body: <39 bytes>"), "{debug}");
        assert!(!debug.contains("PTsecret"), "{debug}");

        // A cut body may end inside the token: that start is redacted too, and a cut
        // body is never decoded.
        let mut cut = response(500, r#"{"message":"PTsecret-tok"#);
        cut.truncated = true;
        let Error::Api(api) = Error::from_error_response(cut, Some(500)).redacted(&redactor) else {
            panic!()
        };
        assert_eq!(api.body(), r#"{"message":"[redacted]"#);
        assert!(!api.body_is_complete());
        assert_eq!(api.__body_as::<Value>(), None);
        // Even when what was read happens to be JSON (`12` of `1234`).
        let mut number = response(500, "12");
        number.truncated = true;
        let Error::Api(api) = Error::from_error_response(number, Some(500)) else {
            panic!()
        };
        assert_eq!(api.__body_as::<Value>(), None);

        // Redaction that lengthens a body past the limit cuts it: no longer complete.
        let short = Redactor::new(None, Some("t"));
        let long = format!("{} t", "x".repeat(crate::MAX_ERROR_BODY - 2));
        let Error::Api(api) =
            Error::from_error_response(response(500, &long), Some(0)).redacted(&short)
        else {
            panic!()
        };
        assert_eq!(api.body().len(), crate::MAX_ERROR_BODY);
        assert!(!api.body_is_complete());
    }
}
