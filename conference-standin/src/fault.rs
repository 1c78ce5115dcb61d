//! Failures a test scripts for the next requests.

use std::time::Duration;

/// What the stand-in does to one request instead of (or before) answering it as
/// SignalWire would. Script faults with [`StandIn::fail_next`](crate::StandIn::fail_next)
/// and [`StandIn::fail_next_n`](crate::StandIn::fail_next_n); each request that arrives
/// takes the oldest scripted fault, whatever its path, and is captured as usual.
///
/// ```
/// use std::time::Duration;
/// use conference_standin::Fault;
///
/// // SignalWire's 500, as the API documents it:
/// let failure = Fault::status(500, r#"{"error":"Internal Server Error"}"#);
/// // Rate limited, come back at once:
/// let limited = Fault::Status {
///     status: 429,
///     headers: vec![("Retry-After".to_owned(), "0".to_owned())],
///     body: br#"{"error":"Too Many Requests"}"#.to_vec(),
/// };
/// // A slow server, and one that hangs up:
/// let slow = Fault::Delay(Duration::from_secs(2));
/// let gone = Fault::Drop;
/// # let _ = (failure, limited, slow, gone);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Answer with this status, headers and body, without looking at the request (no
    /// authentication, no validation). `Content-Type: application/json` is added
    /// unless `headers` has a `Content-Type`; `Content-Length` is set from the body.
    /// An invalid status (outside 100..=999) or header, or a `Content-Length` or
    /// `Transfer-Encoding` header, is answered with a `500` whose body says what was
    /// wrong with the script.
    Status {
        /// The HTTP status, e.g. `429`.
        status: u16,
        /// Extra response headers, e.g. `("Retry-After", "0")`.
        headers: Vec<(String, String)>,
        /// The body, sent as it is (it need not be JSON).
        body: Vec<u8>,
    },
    /// Handle the request as usual, but wait this long before answering (a slow
    /// server).
    Delay(Duration),
    /// Read the request, then close the connection without answering (a server or
    /// proxy that hangs up). The request is captured with no status. (As always, the
    /// body of an unauthenticated request is not read.)
    Drop,
    /// Answer with this status and a body that never ends (sent in chunks, without
    /// `Content-Length`), until the client hangs up: a client that reads responses
    /// without a limit never returns.
    EndlessBody {
        /// The HTTP status, e.g. `200`.
        status: u16,
    },
}

impl Fault {
    /// [`Fault::Status`] without extra headers.
    pub fn status(status: u16, body: impl Into<Vec<u8>>) -> Fault {
        Fault::Status {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }
}
