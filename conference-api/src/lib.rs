//! Typed, validated Rust bindings for SignalWire's video conference REST API: create,
//! list, get, update and delete conferences (`/api/video/conferences`), generated at
//! compile time from the OpenAPI schema in `schema/video_conferences.json` by
//! [`generate!`].
//!
//! ```no_run
//! use conference_api::{Api, Client, CreateConferenceRequest, UpdateConferenceRequest, VideoLayout};
//! use futures_util::TryStreamExt;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // SIGNALWIRE_SPACE, SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN.
//! let client = Client::from_env()?;
//! let request = CreateConferenceRequest::builder("Weekly sync")
//!     .name("weekly_sync")
//!     .layout(VideoLayout::Layout2x2)
//!     .dark_primary("#044EF4")
//!     .build()?; // every broken rule at once, before anything is sent
//! let conference = client.create_video_conference(&request).await?;
//! println!("created {} ({})", conference.name, conference.id);
//!
//! let update = UpdateConferenceRequest::builder("Weekly sync (moved)")
//!     .enable_chat(false)
//!     .build()?;
//! client.update_video_conference(&conference.id, &update).await?;
//! let again = client.get_video_conference(&conference.id, &Default::default()).await?;
//! assert!(!again.enable_chat);
//!
//! let page = client.list_video_conferences(&Default::default()).await?; // one page
//! println!("{} on the first page", page.data.len());
//! let mut all = client.list_all_video_conferences(&Default::default()); // every page
//! while let Some(conference) = all.try_next().await? {
//!     println!("{} {}", conference.id, conference.name);
//! }
//! client.delete_video_conference(&conference.id).await?;
//! # Ok(())
//! # }
//! ```
//!
//! # Requests are valid by construction
//!
//! Every rule of the schema (`required`, `maxLength` counted in code points, `pattern`,
//! `enum`, `format: date-time`) is enforced by generated code. Constrained values are
//! newtypes ([`DisplayName`], [`Name`], [`Description`], [`Color`]): `new` checks at run
//! time, `from_static` in a `const` checks at compile time, and `new_unchecked` is the one
//! escape hatch for the day SignalWire relaxes a rule before this schema is regenerated.
//! [`CreateConferenceRequest::builder`] takes raw values and reports every broken rule in
//! one [`ValidationErrors`]; deserializing a request runs the same checks, nested objects
//! included, and names each value by its path (`members[2].id`). Keys a closed object
//! does not list are violations too.
//!
//! Bindings of other operations ([`generate!`]) use the same runtime types: arrays and
//! maps with count rules are [`Items`] and [`Entries`], `format: uri` is [`Uri`], and
//! `format: uuid` accepts only the hyphenated form.
//!
//! # Errors
//!
//! Every call returns `Result<T, conference_api::Error>`. Its `Display` is complete on its
//! own: the operation, SignalWire's own messages (each 422 item's `attribute` and message),
//! and what to do next.
//! - [`Error::Validation`]: the request broke the schema; every violation is listed and
//!   nothing was sent.
//! - [`Error::InvalidHeader`] and [`Error::InvalidOption`]: a per-call header or option
//!   was refused; nothing was sent.
//! - [`Error::Api`]: a status the API documents for the operation (every operation: 400,
//!   401, 500; create, list, get and update: 422; get, update and delete: 404), decoded
//!   into an [`ApiError`] with `kind()`, `message()` and `items()`. It keeps the body
//!   ([`ApiError::body`], the token redacted): where the document gives an error response
//!   a JSON schema, the generated `{Operation}Error::from_api_error` (e.g.
//!   [`CreateVideoConferenceError`]) decodes it into the documented type for the status
//!   that came, the status itself first, then its range (`4XX`), then `default`.
//! - [`Error::UnexpectedStatus`]: any other status (403, 429, 503, redirects), with
//!   `retry_after` and a bounded excerpt of the body.
//! - [`Error::Decode`] and [`Error::ResponseTooLarge`]: the server answered with success
//!   but the body is unusable. The request succeeded on the server and a create has
//!   probably created the conference, so these are never retried: look it up first.
//! - [`Error::Timeout`]: `Connect` means nothing was sent; `Call` means the whole-call
//!   deadline passed.
//! - [`Error::Transport`]: `Connect` covers refused, DNS and TLS failures (a server
//!   certificate the client does not trust among them); `InFlight` a reset or a
//!   connection closed mid-response.
//!
//! [`Error::may_have_reached_server`] is false only when nothing was sent: use it before
//! retrying a create yourself. Bodies are read up to [`MAX_RESPONSE_BODY`] (4 MiB) for
//! successes and [`MAX_ERROR_BODY`] (1 MiB) for errors. No error, `Debug` output or log
//! event contains the API token: every text an error keeps from the server (bodies,
//! header values, SignalWire's messages, URLs) has the token replaced by `[redacted]`,
//! also as the base64 of the Basic credential and percent- or JSON-escaped, even when a
//! server echoes it; a token under 8 bytes only where it stands alone, so that ordinary
//! words keep their letters. Each such text but the kept body ([`ApiError::body`], up to
//! [`MAX_ERROR_BODY`]) is kept to 1 KiB, cut at a character boundary with
//! `… (N more bytes)`.
//!
//! # Retries and timeouts
//!
//! Retries are off by default. [`RetryPolicy::safe`] retries what is safe for the
//! operation at hand. For every operation: connect failures (refused, DNS, TLS, connect
//! timeout: nothing was sent) after a jittered exponential backoff (200 ms doubling,
//! capped at 5 s), except a server certificate the client does not trust (it would
//! not be trusted on the next try), and 429 or 503 answers that carry `Retry-After`, waiting as asked up
//! to a cap (30 s). List, get, update and delete are idempotent (`GET`, `PUT`,
//! `DELETE`), so they also retry a connection lost mid-call and 408, 429 and 5xx
//! answers. Create never retries anything that may have reached the server: it is not
//! idempotent and SignalWire documents no idempotency key. The attempt count is kept in
//! the error ([`Error::attempts`]); [`RetryPolicy`] says what a retried delete or update
//! means.
//!
//! Timeouts are on by default: connect 5 s per attempt ([`ClientBuilder::connect_timeout`])
//! and 30 s for the whole call, retries and body included ([`ClientBuilder::timeout`], or
//! [`Call::timeout`] per call). Per call, [`Call::retry`] and [`Call::header`] override the
//! client's settings without building a new client.
//!
//! # TLS
//!
//! Connections to `https://` base URLs use rustls, TLS 1.2 and 1.3, with the crypto
//! provider the application installed as rustls' process default if it did
//! (`CryptoProvider::install_default`: aws-lc-rs, a FIPS provider), else ring; the
//! client never installs one. Server certificates are checked against the system's
//! trust store, plus any root added with [`ClientBuilder::add_root_certificate`] (a
//! private CA: [`RootCertificate::from_pem`]). The stand-in serves https too
//! (`StandIn::builder().tls(true)`), with a self-signed certificate its own client
//! trusts.
//!
//! # Listing
//!
//! [`list_video_conferences`](Api::list_video_conferences) returns one page: its
//! conferences and its `links` (`next`, `prev`).
//! [`list_all_video_conferences`](Api::list_all_video_conferences) returns a
//! [`PageStream`] (a `futures_core::Stream`, so `futures`' `StreamExt`/`TryStreamExt`
//! apply) that asks for the next page only when the items of the page before have been
//! taken, sends the `next` link's query to the client's own base URL, and ends after the
//! last page. A failed page ends it with a [`PageError`] that names the page; the
//! conferences before it have been yielded. A server that never gives a last page ends
//! it with a [`PageError`] too: a `next` link seen before, [`MAX_PAGES_WITHOUT_PROGRESS`]
//! pages in a row without a new conference, or more than [`PageStream::max_pages`] pages
//! ([`DEFAULT_MAX_PAGES`] by default).
//!
//! [`generate!`] gives the same stream to every list operation that pages the way
//! SignalWire pages, in any family (fabric resources, video rooms, logs): a `GET`
//! without a body whose one success body has a `data` array and a `links` object with
//! a string `next`. Its method is the operation's with `all` after the first word
//! (`list_rooms` -> `list_all_rooms`), or with `_pages` added where the document has a
//! method of that name already.
//!
//! # Testing your code
//!
//! The `conference-standin` crate is a local SignalWire: it serves these operations on
//! 127.0.0.1 from the same schema, scripts faults (a status, a delay, a dropped
//! connection) and captures the requests it received. Add it as a dev-dependency:
//!
//! ```
//! use conference_api::{Api, CreateConferenceRequest, DisplayName};
//! use conference_standin::{Fault, StandIn};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let stand_in = StandIn::start().await?;
//! let client = stand_in.client()?;
//! let request = CreateConferenceRequest::new(DisplayName::new("Weekly sync")?);
//! stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
//! let error = client.create_video_conference(&request).await.unwrap_err();
//! assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
//! let conference = client.create_video_conference(&request).await?;
//! assert_eq!(conference.quality, CreateConferenceRequest::DEFAULT_QUALITY);
//! assert_eq!(stand_in.requests().len(), 2);
//! # Ok(())
//! # }
//! ```
//!
//! # Forward compatibility
//!
//! Responses decode leniently: fields the schema does not list are ignored, `null` is
//! accepted wherever the schema allows it, request-side rules (patterns, lengths) never
//! apply to responses, and an enum value the schema does not list yet is kept in
//! [`OrUnknown::Unknown`] (with a `tracing` warning) instead of failing the whole
//! response. Response date-times are `OrUnknown<DateTime>` for the same reason: one that
//! is not RFC 3339 (`2022-01-01 10:00:00Z`) is kept as its text instead of failing a
//! response whose request succeeded. Match on response enums with a fallback arm. Request enums stay closed: a
//! request can only hold values the schema lists.
//!
//! # Features
//!
//! `client` (default) adds the HTTP client: [`Client`], the `Api` trait that
//! [`generate!`] emits and its implementation, errors, retries, TLS and listings.
//! Without it (`default-features = false`), the crate is the generated types, their
//! builders and validators, [`from_json_str`] and [`generate!`] (emitting types only),
//! with no HTTP, TLS or async runtime among its dependencies: for a service that checks
//! the requests it receives, or sends them with its own HTTP stack.
//!
//! # Bindings for other operations
//!
//! [`generate!`] works in any crate that depends on `conference-api`: point it at another
//! operation's extract of SignalWire's OpenAPI document and call what it generates
//! through the trait it emits (`Api`), implemented for [`Client`].
#![deny(missing_docs)]

// Generated code names the runtime as `::conference_api::…`, in this crate as in users'.
extern crate self as conference_api;

// The two halves of the runtime. `types`: what generated types call to read, check and
// encode values; always built. `client`: the HTTP client that sends them (the `client`
// feature). The client uses the types; the types never use the client.
#[cfg(feature = "client")]
mod client;
mod types;

#[cfg(feature = "client")]
pub use client::call::{Call, MAX_ERROR_BODY, MAX_RESPONSE_BODY};
#[cfg(feature = "client")]
pub use client::client::{
    Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_POOL_IDLE_TIMEOUT, DEFAULT_TIMEOUT,
};
#[cfg(feature = "client")]
pub use client::error::{
    ApiError, ApiErrorKind, ConfigError, Error, ErrorItem, TimeoutPhase, TransportPhase,
};
#[cfg(feature = "client")]
pub use client::form::MediaType;
#[cfg(feature = "client")]
pub use client::pages::{
    DEFAULT_MAX_PAGES, MAX_PAGES_WITHOUT_PROGRESS, PageError, PageStream, REMEMBERED_DIGESTS,
};
#[cfg(feature = "client")]
pub use client::retry::RetryPolicy;
#[cfg(feature = "client")]
pub use client::tls::RootCertificate;
pub use conference_macros::generate;
pub use types::body::IntoBody;
pub use types::collections::{Entries, Items};
pub use types::datetime::DateTime;
pub use types::datetime_problem::DateTimeProblem;
pub use types::field::{FieldInfo, FieldKind};
pub use types::file::FilePart;
pub use types::or_other::{OrOther, json_type};
pub use types::or_unknown::{OrUnknown, UnknownValue};
pub use types::read::from_json_str;
pub use types::uri::{Uri, UriProblem};
pub use types::validation::{Rule, ValidationError, ValidationErrors};
pub use uuid::Uuid;

mod generated {
    crate::generate!(
        "schema/video_conferences.json",
        names { Color = "#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary" }
    );
}
pub use generated::*;

/// What generated code needs from the runtime. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "client")]
    pub use crate::client::call::{
        Call, Method, Operation, RequestParts, encode_path_segment, success_bytes, success_empty,
        success_json, success_text, undocumented_success,
    };
    pub use crate::types::body::{RequestBody, decode_json, encode_json};
    pub use crate::types::collections::json_equal;
    pub use crate::types::examples::{check_request_example, check_response_example};
    pub use crate::types::field::{
        CheckFields, check_number, check_optional, check_optional_nullable, check_required,
        check_required_nullable, check_string, enum_index, from_json_root, into_object,
        number_enum, object, optional, optional_nullable, parse_string, parse_uuid, required,
        required_nullable, string_from_json, take, to_json, unknown_keys,
    };
    pub use crate::types::from_json::FromJson;
    pub use crate::types::number::{
        JsonNumber, is_multiple_of, is_multiple_of_int, number_violation,
    };
    pub use crate::types::object::{
        ObjectWriter, ResponseFields, read_response, response_extra, response_slot,
    };
    pub use crate::types::path::Path;
    pub use crate::types::pattern::{Dfa, Matcher};
    pub use crate::types::query::{QueryStyle, push_cookies, query_json};
    pub use crate::types::read::{
        Fields, Names, Order, Seed, deserialize_checked, expect_str, non_string, read_object,
        read_scalar, read_slot, read_text, read_text_into,
    };
    pub use crate::types::report::{
        count_violation, duplicate_violation, enum_violation, one_of_violation, record,
        record_type, record_violation, type_violation, violation,
    };
    pub use crate::types::rules::{
        check_extra, check_if, check_not, count_properties, extra_from_json,
    };
    pub use crate::types::slot::{
        FromText, Slot, SlotChecks, put_raw, read_builder, write_builder,
    };
    pub use crate::types::unions::{
        CheckFn, TryVariant, UnionKind, first_fitting, keeps_all, one_of_values, try_variant,
        union_choice, union_tag,
    };
    pub use crate::types::uri::uri_violation;
    pub use crate::types::validation::{code_points, excerpt};
    pub use compact_str::CompactString;
    pub use serde;
    pub use serde_json;

    // What generated code names through its alias (`__rt::Option`, `__rt::Uri`): short
    // paths keep the emitted text small, and derives resolve through the same names.
    #[cfg(feature = "client")]
    pub use crate::{ApiError, Client, MediaType, PageStream};
    pub use crate::{
        DateTime, Entries, FieldInfo, FieldKind, FilePart, IntoBody, Items, OrOther, OrUnknown,
        Rule, Uri, Uuid, ValidationError, ValidationErrors,
    };
    pub use core::clone::Clone;
    pub use core::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use core::convert::Into;
    pub use core::default::Default;
    pub use core::fmt::{self, Debug, Display};
    pub use core::hash::Hash;
    pub use core::marker::Copy;
    pub use core::option::Option::{self, None, Some};
    pub use core::result::Result::{self, Err, Ok};
    pub use core::str::FromStr;
    pub use std::borrow::{Cow, ToOwned};
    pub use std::boxed::Box;
    pub use std::collections::BTreeMap;
    pub use std::string::{String, ToString};
    pub use std::vec::Vec;
}
