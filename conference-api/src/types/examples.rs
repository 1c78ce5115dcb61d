//! Checks of a schema's own `examples` against the generated types, for the tests of
//! generated bindings (`generate!(…, check_examples)`).

use crate::types::from_json::FromJson;
use crate::types::path::Path;
use crate::types::validation::ValidationErrors;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A request example must keep every rule of its type, and the value read from it must
/// encode to JSON that reads back to the same value.
pub fn check_request_example<T: FromJson + Serialize + PartialEq>(
    json: &str,
) -> Result<(), String> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut errors = ValidationErrors::new();
    T::check_json(&value, Path::Root, &mut errors);
    if !errors.is_empty() {
        return Err(errors.to_string());
    }
    let read = T::from_json(value, Path::Root, &mut errors)
        .ok_or_else(|| format!("passed check_json but from_json refused it: {errors}"))?;
    let encoded = serde_json::to_value(&read).map_err(|e| format!("does not encode: {e}"))?;
    let again = T::from_json(encoded.clone(), Path::Root, &mut errors).ok_or_else(|| {
        let encoded = crate::types::validation::excerpt(&encoded.to_string());
        format!("its encoding {encoded} breaks a rule: {errors}")
    })?;
    round_trip(&read, &again, &encoded)
}

/// A response example must decode (enum values and date-times included: a client keeps
/// an unlisted one as [`OrUnknown::Unknown`](crate::OrUnknown), an example must not
/// have one), and the decoded value must encode to JSON that decodes to the same value.
pub fn check_response_example<T: DeserializeOwned + Serialize + PartialEq>(
    json: &str,
) -> Result<(), String> {
    let decode = |json: &[u8]| {
        crate::types::or_unknown::strictly(|| crate::types::body::decode_json::<T>(json))
            .map_err(|e| format!("at `{}`: {}", e.path(), e.inner()))
    };
    let decoded = decode(json.as_bytes())?;
    let encoded = serde_json::to_value(&decoded).map_err(|e| format!("does not encode: {e}"))?;
    let again = decode(encoded.to_string().as_bytes()).map_err(|why| {
        let encoded = crate::types::validation::excerpt(&encoded.to_string());
        format!("its encoding {encoded} does not decode: {why}")
    })?;
    round_trip(&decoded, &again, &encoded)
}

/// What was read, encoded and read again must be what was read first.
fn round_trip<T: PartialEq>(first: &T, again: &T, encoded: &Value) -> Result<(), String> {
    if first == again {
        Ok(())
    } else {
        Err(format!(
            "encoded as {}, which reads back as another value",
            crate::types::validation::excerpt(&encoded.to_string())
        ))
    }
}
