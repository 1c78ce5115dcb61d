//! `conference-api` without its client (`default-features = false`), used the way a
//! service with its own HTTP stack uses it: to check a create request it received
//! against SignalWire's rules before doing anything with it.
//!
//! `tests/compile_fail.rs` builds its cases against this crate, in a scratch crate of
//! its own, so they also prove that the types build without the client: one case names
//! `conference_api::Client` and must not compile, one uses the types and must run.

use conference_api::{CreateConferenceRequest, ValidationErrors};

/// The create request in `body` (JSON), or every rule it breaks, each named by its path
/// (`display_name`, `dark_primary`) so that the caller can answer with a 422 listing them.
pub fn check_create_request(body: &str) -> Result<CreateConferenceRequest, ValidationErrors> {
    conference_api::from_json_str(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use conference_api::{Rule, VideoLayout};

    #[test]
    fn a_valid_request_is_read_with_its_values() {
        let request =
            check_create_request(r#"{"display_name":"Weekly sync","layout":"2x2"}"#).unwrap();
        assert_eq!(request.display_name.as_str(), "Weekly sync");
        assert_eq!(request.layout, Some(VideoLayout::Layout2x2));
    }

    #[test]
    fn every_broken_rule_is_reported_at_its_field() {
        let errors = check_create_request(
            r##"{"name":"weekly sync","dark_primary":"044EF4","size":"huge"}"##,
        )
        .unwrap_err();
        let found: Vec<(String, Rule)> = errors
            .iter()
            .map(|error| (error.field().to_owned(), error.rule()))
            .collect();
        let fields: Vec<&str> = found.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(
            fields,
            ["name", "display_name", "size", "dark_primary"],
            "{errors}"
        );
        assert_eq!(found[1].1, Rule::Required);
    }
}
