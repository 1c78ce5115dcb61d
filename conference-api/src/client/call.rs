//! One call of an operation: options, sending, retrying, reading and decoding.
//!
//! Generated client methods build a [`Call`] from a constant [`Operation`] and the
//! call's [`RequestParts`]; awaiting it does the rest.

use std::borrow::Cow;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{
    ACCEPT, AUTHORIZATION, CONNECTION, CONTENT_LENGTH, CONTENT_TYPE, DATE, HOST,
    PROXY_AUTHORIZATION, RETRY_AFTER, TRANSFER_ENCODING, USER_AGENT,
};
use http::{HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use crate::client::client::{Client, ClientInner};
use crate::client::error::{Error, ErrorResponse, TimeoutPhase, TransportPhase};
use crate::client::form::{self, MediaType};
use crate::client::retry::{RetryPolicy, parse_retry_after};
use crate::types::body::{DecodeError, decode_json};
use crate::{Rule, ValidationError, ValidationErrors};

/// The largest success body the client reads, in bytes (4 MiB). A conference is a few
/// kilobytes; a larger body ends the call with
/// [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge) instead of filling
/// memory.
pub const MAX_RESPONSE_BODY: usize = 4 * 1024 * 1024;

/// The most of an error body the client reads and an [`ApiError`](crate::ApiError)
/// keeps, in bytes (1 MiB); the rest is ignored. A cut body is never decoded into a
/// documented error type.
pub const MAX_ERROR_BODY: usize = 1024 * 1024;

/// Response headers that may carry a request ID, in order of preference.
const REQUEST_ID_HEADERS: [&str; 5] = [
    "x-request-id",
    "request-id",
    "x-correlation-id",
    "x-amzn-requestid",
    "cf-ray",
];

/// An HTTP method of an operation.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// GET
    Get,
    /// POST
    Post,
    /// PUT
    Put,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
}

impl Method {
    /// Whether repeating the request leaves the server as one request would
    /// (RFC 9110, section 9.2.2): `GET`, `PUT` and `DELETE`.
    pub(crate) fn is_idempotent(self) -> bool {
        matches!(self, Method::Get | Method::Put | Method::Delete)
    }

    fn to_http(self) -> http::Method {
        match self {
            Method::Get => http::Method::GET,
            Method::Post => http::Method::POST,
            Method::Put => http::Method::PUT,
            Method::Patch => http::Method::PATCH,
            Method::Delete => http::Method::DELETE,
        }
    }
}

/// What the schema says about an operation; generated as a `const`.
#[doc(hidden)]
#[derive(Debug)]
pub struct Operation {
    /// The `operationId` (`create_video_conference`).
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path with its `{parameters}` (`/api/video/conferences/{id}`), for logs.
    pub path_template: &'static str,
    /// The documented success status (the first, when there are several).
    pub success_status: u16,
    /// The error statuses the schema documents, decoded into [`Error::Api`]: a status
    /// code, a range's first digit (`4` for `4XX`) or `0` for `default` (every status).
    pub documented_errors: &'static [u16],
    /// The request body's media types, the default first; empty without a body.
    pub media: &'static [MediaType],
    /// The `Accept` header: the success bodies' media types.
    pub accept: &'static str,
    /// The body's fields that hold a [`FilePart`](crate::FilePart) (wire names).
    pub files: &'static [&'static str],
}

impl Operation {
    /// The response that documents the error status `code`, as OpenAPI picks it: the
    /// status listed itself, else its range (`4` for `4XX`), else `default` (`0`).
    /// `None`: the status is not documented.
    pub(crate) fn documented_response(&self, code: u16) -> Option<u16> {
        [code, code / 100, 0]
            .into_iter()
            .find(|wanted| self.documented_errors.contains(wanted))
    }
}

/// The parts of one request, built by a generated method.
#[doc(hidden)]
#[derive(Debug)]
pub struct RequestParts {
    /// The path, with path parameters substituted and percent-encoded
    /// ([`encode_path_segment`]).
    pub path: String,
    /// The query parameters that are set, not yet encoded.
    pub query: Vec<(Cow<'static, str>, String)>,
    /// The header (and cookie) parameters that are set: sent as
    /// [`Call::header`](crate::Call::header) would send them, and refused as it refuses.
    pub headers: Vec<(Cow<'static, str>, String)>,
    /// The JSON body, or the rules the request broke; `None`: no body. It is sent in
    /// another media type ([`MediaType::Form`]) when the call says so.
    pub body: Option<Result<Vec<u8>, ValidationErrors>>,
}

/// A path parameter's value, percent-encoded: everything but RFC 3986's unreserved
/// characters (`A-Z a-z 0-9 - . _ ~`) is escaped, so a value cannot add path segments.
#[doc(hidden)]
pub fn encode_path_segment(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
    out
}

/// Why a success body could not be decoded, and where.
/// How a generated method decodes a success body, given the status it came with.
type Decoder<T> = fn(u16, &[u8]) -> Result<T, DecodeError>;

/// A decoding failure that is not at a place in a JSON document.
fn decode_failure(message: String) -> DecodeError {
    serde_path_to_error::Error::new(
        serde_path_to_error::Track::new().path(),
        <serde_json::Error as serde::de::Error>::custom(message),
    )
}

/// A [`Decoder`] for a JSON body.
#[doc(hidden)]
pub fn success_json<T: DeserializeOwned>(_status: u16, body: &[u8]) -> Result<T, DecodeError> {
    decode_json(body)
}

/// A [`Decoder`] for operations without a response body (`204 No Content`): any body
/// is ignored.
#[doc(hidden)]
pub fn success_empty(_status: u16, _body: &[u8]) -> Result<(), DecodeError> {
    Ok(())
}

/// A [`Decoder`] for a `text/*` body: its text, which must be UTF-8.
#[doc(hidden)]
pub fn success_text(_status: u16, body: &[u8]) -> Result<String, DecodeError> {
    String::from_utf8(body.to_vec()).map_err(|error| {
        decode_failure(format!(
            "the text body is not UTF-8 (at byte {})",
            error.utf8_error().valid_up_to()
        ))
    })
}

/// A [`Decoder`] for a binary body (`image/png`, `application/octet-stream`): its bytes.
#[doc(hidden)]
pub fn success_bytes(_status: u16, body: &[u8]) -> Result<Vec<u8>, DecodeError> {
    Ok(body.to_vec())
}

/// What a generated decoder of several success statuses answers for one the document
/// does not list: the caller could not tell which body it is.
#[doc(hidden)]
pub fn undocumented_success<T>(status: u16, documented: &[u16]) -> Result<T, DecodeError> {
    let documented: Vec<String> = documented.iter().map(u16::to_string).collect();
    Err(decode_failure(format!(
        "the success status {status} is not one the operation documents ({})",
        documented.join(", ")
    )))
}

/// One call of an operation, with its options. Nothing happens until it is awaited:
///
/// ```no_run
/// # use conference_api::{Client, RetryPolicy};
/// # use std::time::Duration;
/// # async fn run(client: Client, call: conference_api::Call<'_, ()>) -> Result<(), conference_api::Error> {
/// // let call = client.create_video_conference(&request);
/// call.timeout(Duration::from_secs(5))
///     .retry(RetryPolicy::safe(3))
///     .header("x-trace-id", "abc")
///     .await?;
/// # Ok(()) }
/// ```
///
/// Awaiting it returns `Result<T, Error>`: the response decoded, or an [`Error`]. A
/// request that breaks the schema's rules ends in [`Error::Validation`] before any
/// network activity.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, T> {
    client: &'a Client,
    operation: &'static Operation,
    parts: RequestParts,
    decode: Decoder<T>,
    timeout: Option<Option<Duration>>,
    retry: Option<RetryPolicy>,
    headers: HeaderMap,
    refused: Option<Error>,
    /// A query string that replaces the parts' query (a page link's).
    raw_query: Option<String>,
    /// The body's media type, when not the operation's first.
    media: Option<MediaType>,
}

impl<'a, T> Call<'a, T> {
    /// Called by generated methods.
    #[doc(hidden)]
    pub fn new(
        client: &'a Client,
        operation: &'static Operation,
        mut parts: RequestParts,
        decode: Decoder<T>,
    ) -> Self {
        let headers = std::mem::take(&mut parts.headers);
        let call = Call {
            client,
            operation,
            parts,
            decode,
            timeout: None,
            retry: None,
            headers: HeaderMap::new(),
            refused: None,
            raw_query: None,
            media: None,
        };
        headers
            .into_iter()
            .fold(call, |call, (name, value)| call.header(name, value))
    }

    /// Sends `query` (already encoded, without `?`) instead of the call's parameters:
    /// a link the server gave, such as a list's next page.
    pub(crate) fn with_raw_query(mut self, query: String) -> Self {
        self.raw_query = Some(query);
        self
    }

    /// The client and the operation the call is for.
    pub(crate) fn origin(&self) -> (&'a Client, &'static str) {
        (self.client, self.operation.id)
    }

    /// This call's whole-call timeout (every attempt, the waits between them, and
    /// reading the response), instead of the client's; `None`: no limit. The connect
    /// timeout is a client setting
    /// ([`ClientBuilder::connect_timeout`](crate::ClientBuilder::connect_timeout)).
    ///
    /// A zero timeout is refused, as [`ClientBuilder::timeout`](crate::ClientBuilder::timeout)
    /// refuses it: awaiting the call returns [`Error::InvalidOption`] without sending
    /// anything.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        let timeout = timeout.into();
        if timeout == Some(Duration::ZERO) {
            self.refuse_option(
                "Call::timeout",
                "must be longer than zero (pass None to turn the timeout off)",
            );
        }
        self.timeout = Some(timeout);
        self
    }

    /// The media type to send the body in, among those the operation accepts (its
    /// documentation lists them; the first is the default). One it does not accept is
    /// refused: awaiting the call returns [`Error::InvalidOption`] without sending anything.
    pub fn media_type(mut self, media: MediaType) -> Self {
        if !self.operation.media.contains(&media) {
            self.refuse_option(
                "Call::media_type",
                "the operation does not accept that media type for its body",
            );
        }
        self.media = Some(media);
        self
    }

    /// Refuses the call for a bad option, unless something was refused already (the
    /// first refusal is the one reported).
    fn refuse_option(&mut self, option: &'static str, reason: &'static str) {
        if self.refused.is_none() {
            self.refused = Some(Error::InvalidOption {
                operation: self.operation.id,
                option,
                reason,
            });
        }
    }

    /// This call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// An extra request header (a trace ID…); it replaces a default of the same name
    /// (`User-Agent`, `Accept`). Its value must be visible ASCII characters, spaces and
    /// tabs. `Authorization`, `Proxy-Authorization`, `Host`, `Content-Length`,
    /// `Transfer-Encoding`, `Connection` and `Content-Type` (see [`Call::media_type`]) are
    /// refused, as are invalid names or values: awaiting the call then returns
    /// [`Error::InvalidHeader`] without sending anything.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        if self.refused.is_some() {
            return self;
        }
        let name = name.as_ref();
        let refuse = |reason| Error::InvalidHeader {
            operation: self.operation.id,
            name: name.to_owned(),
            reason,
        };
        let value = value.as_ref();
        // `HeaderValue` also takes bytes above 127 (obsolete text), which servers and
        // proxies read in different ways.
        let visible = value
            .bytes()
            .all(|b| b == b'\t' || (b' '..=b'~').contains(&b));
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value).ok().filter(|_| visible),
        ) {
            (Err(_), _) => self.refused = Some(refuse("not a valid header name")),
            (Ok(_), None) => {
                self.refused = Some(refuse(
                    "its value must be visible ASCII characters, spaces and tabs",
                ));
            }
            (Ok(name), Some(_))
                if [
                    AUTHORIZATION,
                    PROXY_AUTHORIZATION,
                    HOST,
                    CONTENT_LENGTH,
                    TRANSFER_ENCODING,
                    CONNECTION,
                ]
                .contains(&name) =>
            {
                self.refused = Some(refuse(
                    "the client sets it itself (credentials come from the client's settings)",
                ));
            }
            (Ok(name), Some(_)) if name == CONTENT_TYPE => {
                self.refused = Some(refuse(
                    "the client sets it from the body's media type (see Call::media_type)",
                ));
            }
            (Ok(name), Some(value)) => {
                self.headers.insert(name, value);
            }
        }
        self
    }
}

impl<T> fmt::Debug for Call<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("operation", &self.operation.id)
            .field("path", &self.parts.path)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field(
                "headers",
                &self
                    .headers
                    .keys()
                    .map(HeaderName::as_str)
                    .collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl<'a, T: Send + 'a> IntoFuture for Call<'a, T> {
    type Output = Result<T, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        // Every error of a call leaves here, with the token taken out of the server's text.
        let redactor = &self.client.inner.redactor;
        Box::pin(async move { self.run().await.map_err(|error| error.redacted(redactor)) })
    }
}

/// What every attempt of one call shares.
struct Exchange<'a, T> {
    client: &'a ClientInner,
    operation: &'static Operation,
    url: reqwest::Url,
    path: &'a str,
    /// The body and its `Content-Type`.
    body: Option<(Bytes, Cow<'static, str>)>,
    headers: HeaderMap,
    decode: Decoder<T>,
}

impl<'a, T: Send + 'a> Call<'a, T> {
    async fn run(self) -> Result<T, Error> {
        if let Some(error) = self.refused {
            return Err(error);
        }
        let body = match self.parts.body {
            None => None,
            Some(Ok(json)) => {
                let media = body_media(self.operation, self.media, &json)?;
                match form::encode(json, media, self.operation.files) {
                    Ok((body, content_type)) => Some((Bytes::from(body), content_type)),
                    Err(error) => return Err(Error::Validation(error.into())),
                }
            }
            Some(Err(errors)) => return Err(Error::Validation(errors)),
        };
        let client = &*self.client.inner;
        let timeout = self.timeout.unwrap_or(client.timeout);
        let policy = self.retry.unwrap_or(client.retry);
        let deadline = timeout.and_then(|timeout| Instant::now().checked_add(timeout));
        let mut url = client.url_for(&self.parts.path, &self.parts.query);
        if let Some(query) = &self.raw_query {
            url.set_query(Some(query));
        }
        let exchange = Exchange {
            client,
            operation: self.operation,
            url,
            path: &self.parts.path,
            body,
            headers: self.headers,
            decode: self.decode,
        };
        let mut attempt = 0;
        loop {
            attempt += 1;
            let outcome = match deadline {
                Some(deadline) => tokio::time::timeout_at(deadline, exchange.attempt(attempt))
                    .await
                    .unwrap_or_else(|_| {
                        Err(Error::Timeout {
                            operation: exchange.operation.id,
                            phase: TimeoutPhase::Call,
                            after: timeout,
                            attempts: attempt,
                        })
                    }),
                None => exchange.attempt(attempt).await,
            };
            let error = match outcome {
                Ok(value) => return Ok(value),
                Err(error) => error,
            };
            let Some(delay) = policy.delay(
                error.retry_class(exchange.operation.method.is_idempotent()),
                attempt,
            ) else {
                return Err(error);
            };
            if let Some(deadline) = deadline
                && Instant::now()
                    .checked_add(delay)
                    .is_none_or(|end| end >= deadline)
            {
                // The retry could not finish in time: the real cause is more useful
                // than a timeout.
                return Err(error);
            }
            tracing::info!(
                operation = exchange.operation.id,
                attempt,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                status = error.status().map(|status| status.as_u16()),
                "retrying SignalWire call"
            );
            tokio::time::sleep(delay).await;
        }
    }
}

impl<T> Exchange<'_, T> {
    async fn attempt(&self, attempt: u32) -> Result<T, Error> {
        let started = Instant::now();
        let method = self.operation.method.to_http();
        let mut request = self
            .client
            .http
            .request(method.clone(), self.url.clone())
            .header(
                AUTHORIZATION,
                self.client.authorization.header_value().clone(),
            )
            .header(USER_AGENT, self.client.user_agent.clone())
            .header(ACCEPT, accept(self.operation.accept));
        if let Some((body, content_type)) = &self.body {
            request = request
                .header(CONTENT_TYPE, content_type.as_ref())
                .body(body.clone());
        }
        let request = request.headers(self.headers.clone());

        let result = match request.send().await {
            Ok(response) => self.read(response, attempt).await,
            Err(error) => Err(self.send_error(error, attempt)),
        };
        let duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        match &result {
            Ok(_) => tracing::debug!(
                operation = self.operation.id,
                method = %method,
                path = self.path,
                attempt,
                duration_ms,
                "SignalWire call succeeded"
            ),
            Err(error) => tracing::debug!(
                operation = self.operation.id,
                method = %method,
                path = self.path,
                attempt,
                duration_ms,
                status = error.status().map(|status| status.as_u16()),
                reached_server = error.may_have_reached_server(),
                "SignalWire call attempt failed"
            ),
        }
        result
    }

    /// A failure before any response.
    fn send_error(&self, source: reqwest::Error, attempts: u32) -> Error {
        let operation = self.operation.id;
        if source.is_connect() || source.is_builder() {
            if source.is_timeout() {
                Error::Timeout {
                    operation,
                    phase: TimeoutPhase::Connect,
                    after: self.client.connect_timeout,
                    attempts,
                }
            } else {
                Error::Transport {
                    operation,
                    phase: TransportPhase::Connect,
                    status: None,
                    attempts,
                    source,
                }
            }
        } else if source.is_timeout() {
            // A timeout of a `reqwest::Client` given by the user.
            Error::Timeout {
                operation,
                phase: TimeoutPhase::Call,
                after: None,
                attempts,
            }
        } else {
            Error::Transport {
                operation,
                phase: TransportPhase::InFlight,
                status: None,
                attempts,
                source,
            }
        }
    }

    async fn read(&self, mut response: reqwest::Response, attempts: u32) -> Result<T, Error> {
        let operation = self.operation.id;
        let status = response.status();
        let request_id = request_id(response.headers());
        tracing::debug!(
            operation,
            path = self.path,
            status = status.as_u16(),
            attempt = attempts,
            "SignalWire answered"
        );
        if status.is_success() {
            if status.as_u16() != self.operation.success_status {
                tracing::debug!(
                    operation,
                    status = status.as_u16(),
                    documented = self.operation.success_status,
                    "success status differs from the documented one"
                );
            }
            let too_large = Error::ResponseTooLarge {
                operation,
                status,
                limit: MAX_RESPONSE_BODY,
                attempts,
            };
            if response
                .content_length()
                .is_some_and(|length| length > MAX_RESPONSE_BODY as u64)
            {
                return Err(too_large);
            }
            let body = read_limited(&mut response, MAX_RESPONSE_BODY).await;
            if let Some(source) = body.error {
                return Err(Error::Transport {
                    operation,
                    phase: TransportPhase::InFlight,
                    status: Some(status),
                    attempts,
                    source,
                });
            }
            if body.over_limit {
                return Err(too_large);
            }
            (self.decode)(status.as_u16(), &body.bytes).map_err(|error| Error::Decode {
                operation,
                status,
                path: error.path().to_string(),
                request_id,
                excerpt: crate::client::error::excerpt(&body.bytes, false),
                attempts,
                source: error.into_inner(),
            })
        } else {
            let headers = response.headers();
            let retry_after = headers
                .get(RETRY_AFTER)
                .and_then(|value| parse_retry_after(value, headers.get(DATE), SystemTime::now()));
            // A failure while reading an error body still leaves the status: keep what
            // was read.
            let body = read_limited(&mut response, MAX_ERROR_BODY).await;
            let documented = self.operation.documented_response(status.as_u16());
            Err(Error::from_error_response(
                ErrorResponse {
                    operation,
                    status,
                    retry_after,
                    request_id,
                    truncated: body.over_limit || body.error.is_some(),
                    body: body.bytes,
                    attempts,
                },
                documented,
            ))
        }
    }
}

/// A body read up to a limit.
struct LimitedBody {
    bytes: Vec<u8>,
    /// More than the limit was sent; `bytes` holds the first `limit` bytes.
    over_limit: bool,
    /// Reading failed; `bytes` holds what came before.
    error: Option<reqwest::Error>,
}

/// Reads at most `limit` bytes of the body, chunk by chunk, and stops there.
async fn read_limited(response: &mut reqwest::Response, limit: usize) -> LimitedBody {
    let expected = response
        .content_length()
        .and_then(|length| usize::try_from(length).ok())
        .unwrap_or(0);
    let mut body = LimitedBody {
        bytes: Vec::with_capacity(expected.min(limit)),
        over_limit: false,
        error: None,
    };
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = limit - body.bytes.len();
                if chunk.len() > room {
                    body.bytes.extend_from_slice(&chunk[..room]);
                    body.over_limit = true;
                    return body;
                }
                body.bytes.extend_from_slice(&chunk);
            }
            Ok(None) => return body,
            Err(error) => {
                body.error = Some(error);
                return body;
            }
        }
    }
}

/// The media type a body is sent in: the call's choice, else the operation's first, or
/// multipart when the body holds a file and the operation takes multipart. A file in
/// any other media type is refused.
fn body_media(
    operation: &Operation,
    chosen: Option<MediaType>,
    json: &[u8],
) -> Result<MediaType, Error> {
    let default = operation.media.first().copied().unwrap_or(MediaType::Json);
    let Some(file) = form::file_in(json, operation.files) else {
        return Ok(chosen.unwrap_or(default));
    };
    match chosen {
        None if operation.media.contains(&MediaType::Multipart) => Ok(MediaType::Multipart),
        Some(MediaType::Multipart) => Ok(MediaType::Multipart),
        _ => Err(Error::Validation(
            ValidationError::new(
                file,
                Rule::Type("file"),
                "is a file, which only a multipart/form-data body can carry",
            )
            .into(),
        )),
    }
}

/// The `Accept` header for the document's media types; `*/*` if they cannot be one
/// (a document's keys are not checked to be header text).
fn accept(media: &'static str) -> HeaderValue {
    HeaderValue::from_str(media).unwrap_or(HeaderValue::from_static("*/*"))
}

/// The first request-ID header of the response, if it is short printable text.
fn request_id(headers: &HeaderMap) -> Option<String> {
    REQUEST_ID_HEADERS.iter().find_map(|name| {
        let value = headers.get(*name)?.to_str().ok()?.trim();
        (!value.is_empty() && value.len() <= 200).then(|| value.to_owned())
    })
}

#[cfg(test)]
#[path = "call_tests.rs"]
mod tests;
