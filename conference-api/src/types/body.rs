//! Request and response bodies as JSON: what makes a value a request body, and the
//! decoding that names the place where a body failed.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::types::validation::{Rule, ValidationError, ValidationErrors};

/// What a request body can be made from: a reference to a request (`&request`), or a
/// generated builder, whose `into_body` checks the schema's rules first.
pub trait IntoBody<T> {
    /// The JSON body, or every rule the request breaks.
    fn into_body(self) -> Result<Vec<u8>, ValidationErrors>;
}

/// Marks a generated request type (valid by construction) as a request body.
#[doc(hidden)]
pub trait RequestBody {}

impl<T: RequestBody + Serialize> IntoBody<T> for &T {
    fn into_body(self) -> Result<Vec<u8>, ValidationErrors> {
        encode_json(self)
    }
}

/// The JSON of a request body that is valid by construction (an array or map of
/// request values, a checked scalar).
#[doc(hidden)]
pub fn encode_json<T: Serialize + ?Sized>(body: &T) -> Result<Vec<u8>, ValidationErrors> {
    serde_json::to_vec(body).map_err(|error| {
        ValidationError::new(
            "(request body)",
            Rule::Type("JSON"),
            format!("could not be serialized to JSON: {error}"),
        )
        .into()
    })
}

/// A body that did not decode, with the path to where it failed.
pub(crate) type DecodeError = serde_path_to_error::Error<serde_json::Error>;

/// Decodes a JSON success body, reporting where decoding failed. The fast path is plain
/// serde_json; only a body that fails is decoded again with path tracking, which costs
/// about as much as the decoding itself.
#[doc(hidden)]
pub fn decode_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    if let Ok(value) = serde_json::from_slice(body) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer)?;
    deserializer.end().map_err(|error| {
        serde_path_to_error::Error::new(serde_path_to_error::Track::new().path(), error)
    })?;
    Ok(value)
}
