//! Typed, validated bindings for SignalWire's "Create a Video Conference" endpoint.
#![deny(missing_docs)]

// Generated code names the runtime as `::conference_api::…`, in this crate as in users'.
extern crate self as conference_api;

mod datetime;
mod or_unknown;
mod pattern;
mod validation;

pub use datetime::DateTime;
pub use or_unknown::{OrUnknown, UnknownValue};
pub use validation::{Rule, ValidationError, ValidationErrors};

/// What generated code needs from the runtime. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::pattern::Dfa;
    pub use crate::validation::{code_points, excerpt};
    pub use serde;
    pub use serde_json;
    pub use uuid;
}
