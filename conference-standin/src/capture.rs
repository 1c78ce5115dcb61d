//! What the stand-in keeps of each request it received.

use std::collections::VecDeque;
use std::fmt;

/// One request the stand-in received, as [`StandIn::requests`](crate::StandIn::requests)
/// returns it: in the order of arrival, whatever the path, faulted ones included.
///
/// The API token is never stored: the `Authorization` header is kept as
/// `Basic [redacted]`, with the user name (the project ID) in
/// [`project_id`](Self::project_id) and whether the credentials were accepted in
/// [`authenticated`](Self::authenticated).
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CapturedRequest {
    /// The method, e.g. `POST`.
    pub method: String,
    /// The path, without the query: `/api/video/conferences`.
    pub path: String,
    /// The query string, without `?`, if there was one.
    pub query: Option<String>,
    /// The headers, in the order received, with lowercase names. `Authorization` and
    /// `Proxy-Authorization` values are redacted (`Basic [redacted]`).
    pub headers: Vec<(String, String)>,
    /// The user name of the request's Basic credentials (the project ID), if it had
    /// decodable ones.
    pub project_id: Option<String>,
    /// Whether the credentials were the ones the stand-in accepts.
    pub authenticated: bool,
    /// The body, as sent; empty when it was larger than
    /// [`MAX_REQUEST_BODY`](crate::MAX_REQUEST_BODY), and when the request was not
    /// [`authenticated`](Self::authenticated): such a body is never read, only the
    /// request's head is kept.
    pub body: Vec<u8>,
    /// The status the stand-in answered (or will answer, after a scripted delay);
    /// `None` when it closed the connection instead ([`Fault::Drop`](crate::Fault::Drop)).
    pub status: Option<u16>,
}

impl CapturedRequest {
    /// The value of the first header named `name` (any case), if any.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(header, _)| header.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The body as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

impl fmt::Debug for CapturedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CapturedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &self.headers)
            .field("project_id", &self.project_id)
            .field("authenticated", &self.authenticated)
            .field("body", &String::from_utf8_lossy(&self.body))
            .field("status", &self.status)
            .finish()
    }
}

/// The requests [`StandIn::requests`](crate::StandIn::requests) returns, oldest first:
/// at most [`MAX_CAPTURED_REQUESTS`](crate::MAX_CAPTURED_REQUESTS) of them, holding at
/// most [`MAX_CAPTURED_BYTES`](crate::MAX_CAPTURED_BYTES); older ones are forgotten first.
#[derive(Default)]
pub(crate) struct RequestLog {
    requests: VecDeque<CapturedRequest>,
    /// The [`CapturedRequest::size`] of `requests`, summed.
    bytes: usize,
}

impl RequestLog {
    pub(crate) fn push(&mut self, request: CapturedRequest) {
        self.bytes += request.size();
        self.requests.push_back(request);
        while self.requests.len() > crate::MAX_CAPTURED_REQUESTS
            || self.bytes > crate::MAX_CAPTURED_BYTES
        {
            let Some(oldest) = self.requests.pop_front() else {
                break;
            };
            self.bytes -= oldest.size();
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &CapturedRequest> {
        self.requests.iter()
    }

    pub(crate) fn take(&mut self) -> Vec<CapturedRequest> {
        self.bytes = 0;
        self.requests.drain(..).collect()
    }
}

impl CapturedRequest {
    /// The bytes of text and body it holds.
    fn size(&self) -> usize {
        let headers: usize = self.headers.iter().map(|(n, v)| n.len() + v.len()).sum();
        self.method.len()
            + self.path.len()
            + self.query.as_ref().map_or(0, String::len)
            + self.project_id.as_ref().map_or(0, String::len)
            + headers
            + self.body.len()
    }
}
