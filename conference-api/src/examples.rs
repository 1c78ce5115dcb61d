//! Checks of a schema's own `examples` against the generated types, for the tests of
//! generated bindings (`generate!(…, check_examples)`).

use crate::field::FromJson;
use crate::path::Path;
use crate::validation::ValidationErrors;
use serde_json::Value;

/// A request example must keep every rule of its type.
pub fn check_request_example<T: FromJson>(json: &str) -> Result<(), String> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut errors = ValidationErrors::new();
    T::check_json(&value, Path::Root, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.to_string())
    }
}

/// A response example must decode; the error names where decoding failed.
pub fn check_response_example<T: serde::de::DeserializeOwned>(json: &str) -> Result<(), String> {
    crate::call::decode_json::<T>(json.as_bytes())
        .map(|_| ())
        .map_err(|e| format!("at `{}`: {}", e.path(), e.inner()))
}
