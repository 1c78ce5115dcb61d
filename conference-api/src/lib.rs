//! Typed, validated bindings for SignalWire's "Create a Video Conference" endpoint.
#![deny(missing_docs)]

// Generated code names the runtime as `::conference_api::…`, in this crate as in users'.
extern crate self as conference_api;

mod datetime;
mod field;
mod or_unknown;
mod pattern;
mod call;
mod client;
mod error;
mod retry;
mod secret;
mod validation;
mod values;

pub use conference_macros::generate;
pub use datetime::{DateTime, DateTimeProblem};
pub use field::{FieldInfo, FieldKind};
pub use or_unknown::{OrUnknown, UnknownValue};
pub use call::{Call, IntoBody, MAX_RESPONSE_BODY};
pub use client::{Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};
pub use error::{ApiError, ApiErrorKind, ConfigError, Error, ErrorItem, TimeoutPhase, TransportPhase};
pub use retry::RetryPolicy;
pub use uuid::Uuid;
pub use validation::{Rule, ValidationError, ValidationErrors};

mod generated {
    crate::generate!(
        "../schema/create_video_conference.json",
        names { Color = "#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary" }
    );
}
pub use generated::*;

/// What generated code needs from the runtime. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::field::{
        FromJson, check_optional, check_optional_nullable, check_required, check_required_nullable, enum_violation,
        nested_from_json, optional, optional_nullable, present, required, required_nullable, to_json, type_violation,
        violation,
    };
    pub use crate::pattern::Dfa;
    pub use crate::call::{
        Call, Method, Operation, RequestBody, RequestParts, decode_empty, decode_json, encode_path_segment,
    };
    pub use crate::validation::{code_points, excerpt};
    pub use serde;
    pub use serde_json;
}
