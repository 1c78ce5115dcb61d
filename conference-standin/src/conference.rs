//! What SignalWire does with a `POST /api/video/conferences` body, from the schema's
//! generated types: validate it, apply the schema's defaults, answer a `Conference`.

use std::collections::HashSet;
use std::time::SystemTime;

use chrono::SubsecRound;
use conference_api::{
    Color, Conference, CreateConferenceRequest, CreateConferenceRequestBuilder, DateTime,
    RestApiErrorItem, StatusCode400, StatusCode400Error, StatusCode401, StatusCode401Error,
    StatusCode500, StatusCode500Error, Uuid, VideoStatusCode422,
};
use hyper::StatusCode;
use serde_json::Value;

/// What SignalWire's 422 items link to.
const ERROR_CODES_URL: &str = "https://signalwire.com/docs/apis/error-codes";

/// A JSON answer: status and body.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) body: Vec<u8>,
}

impl Answer {
    /// A body serialized with `serde_json::to_vec`; a `500` if that failed.
    fn encoded(status: StatusCode, body: serde_json::Result<Vec<u8>>) -> Answer {
        match body {
            Ok(body) => Answer { status, body },
            Err(_) => Answer::internal_error(),
        }
    }

    /// `400 {"error":"Bad Request"}`.
    pub(crate) fn bad_request() -> Answer {
        let body = StatusCode400 {
            error: StatusCode400Error::BadRequest.into(),
        };
        Answer::encoded(StatusCode::BAD_REQUEST, serde_json::to_vec(&body))
    }

    /// `401 {"error":"Unauthorized"}`.
    pub(crate) fn unauthorized() -> Answer {
        let body = StatusCode401 {
            error: StatusCode401Error::Unauthorized.into(),
        };
        Answer::encoded(StatusCode::UNAUTHORIZED, serde_json::to_vec(&body))
    }

    /// `422 {"errors":[…]}`, SignalWire's list of violations.
    fn invalid(errors: Vec<RestApiErrorItem>) -> Answer {
        Answer::encoded(
            StatusCode::UNPROCESSABLE_ENTITY,
            serde_json::to_vec(&VideoStatusCode422 { errors }),
        )
    }

    /// `404 {"error":"Not Found"}` (not in the schema: any other path or method).
    pub(crate) fn not_found() -> Answer {
        Answer {
            status: StatusCode::NOT_FOUND,
            body: br#"{"error":"Not Found"}"#.to_vec(),
        }
    }

    /// `413 {"error":"Payload Too Large"}` (not in the schema: a body over the limit).
    pub(crate) fn payload_too_large() -> Answer {
        Answer {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            body: br#"{"error":"Payload Too Large"}"#.to_vec(),
        }
    }

    /// `500 {"error":"Internal Server Error"}`, built without anything that can fail.
    fn internal_error() -> Answer {
        let body = serde_json::to_vec(&StatusCode500 {
            error: StatusCode500Error::InternalServerError.into(),
        })
        .unwrap_or_else(|_| br#"{"error":"Internal Server Error"}"#.to_vec());
        Answer {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            body,
        }
    }
}

/// One item of a 422 list, as SignalWire writes it.
fn item(attribute: &str, message: &str) -> RestApiErrorItem {
    RestApiErrorItem {
        r#type: "validation_error".to_owned(),
        code: "invalid_parameter".to_owned(),
        message: message.to_owned(),
        attribute: Some(attribute.to_owned()),
        url: ERROR_CODES_URL.to_owned(),
    }
}

/// Handles an authenticated create: `taken` holds the names of the conferences created
/// so far (a name is a unique identifier).
pub(crate) fn create(body: &[u8], taken: &mut HashSet<String>) -> Answer {
    let Ok(Value::Object(mut object)) = serde_json::from_slice::<Value>(body) else {
        return Answer::bad_request();
    };
    // The schema closes the request object: a key it does not list is a violation.
    let unknown: Vec<String> = object
        .keys()
        .filter(|key| {
            !CreateConferenceRequest::FIELDS
                .iter()
                .any(|field| field.name == key.as_str())
        })
        .cloned()
        .collect();
    for key in &unknown {
        object.remove(key);
    }
    let built =
        match serde_json::from_value::<CreateConferenceRequestBuilder>(Value::Object(object)) {
            Ok(builder) => builder.build(),
            Err(_) => return Answer::bad_request(),
        };
    let mut items = Vec::new();
    let request = match built {
        Ok(request) => Some(request),
        Err(errors) => {
            items.extend(
                errors
                    .iter()
                    .map(|error| item(error.field(), error.problem())),
            );
            None
        }
    };
    items.extend(
        unknown
            .iter()
            .map(|key| item(key, "is not a parameter of this endpoint")),
    );
    match request {
        Some(request) if items.is_empty() => {
            let id = Uuid::new_v4();
            let name = match &request.name {
                Some(name) => name.as_str().to_owned(),
                None => generated_name(request.display_name.as_str(), &id),
            };
            if !taken.insert(name.clone()) {
                items.push(item("name", "has already been taken"));
                return Answer::invalid(items);
            }
            Answer::encoded(
                StatusCode::OK,
                serde_json::to_vec(&conference(request, id, name)),
            )
        }
        _ => Answer::invalid(items),
    }
}

/// A name for a conference created without one: a slug of the display name and the
/// start of its ID (`weekly-sync-1b4e28ba`), which matches `^[A-Za-z0-9_-]+$` and has
/// at most 69 characters.
pub(crate) fn generated_name(display_name: &str, id: &Uuid) -> String {
    let mut slug = String::new();
    for c in display_name.chars() {
        if slug.len() >= 60 {
            break;
        }
        if c.is_ascii_alphanumeric() || c == '_' {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "conference" } else { slug };
    let hex = id.simple().to_string();
    format!("{slug}-{}", &hex[..8])
}

/// The conference SignalWire answers for a valid request: the request's values, the
/// schema's defaults for the rest.
fn conference(request: CreateConferenceRequest, id: Uuid, name: String) -> Conference {
    type Request = CreateConferenceRequest;
    let now =
        DateTime::from(chrono::DateTime::<chrono::Utc>::from(SystemTime::now()).trunc_subsecs(0));
    let colour =
        |given: Option<Color>, default: Color| Some(given.unwrap_or(default).into_string());
    Conference {
        id,
        name,
        display_name: Some(request.display_name.into_string()),
        description: request
            .description
            .map(|description| description.into_string()),
        join_from: request.join_from,
        join_until: request.join_until,
        quality: request.quality.unwrap_or(Request::DEFAULT_QUALITY).into(),
        layout: request.layout.unwrap_or(Request::DEFAULT_LAYOUT).into(),
        size: Some(request.size.unwrap_or(Request::DEFAULT_SIZE).into()),
        record_on_start: request.record_on_start.unwrap_or(false),
        tone_on_entry_and_exit: true,
        user_join_video_off: false,
        room_join_video_off: false,
        enable_chat: request.enable_chat.unwrap_or(Request::DEFAULT_ENABLE_CHAT),
        enable_room_previews: request.enable_room_previews,
        dark_primary: colour(request.dark_primary, Request::DEFAULT_DARK_PRIMARY),
        dark_background: colour(request.dark_background, Request::DEFAULT_DARK_BACKGROUND),
        dark_foreground: colour(request.dark_foreground, Request::DEFAULT_DARK_FOREGROUND),
        dark_success: colour(request.dark_success, Request::DEFAULT_DARK_SUCCESS),
        dark_negative: colour(request.dark_negative, Request::DEFAULT_DARK_NEGATIVE),
        light_primary: colour(request.light_primary, Request::DEFAULT_LIGHT_PRIMARY),
        light_background: colour(request.light_background, Request::DEFAULT_LIGHT_BACKGROUND),
        light_foreground: colour(request.light_foreground, Request::DEFAULT_LIGHT_FOREGROUND),
        light_success: colour(request.light_success, Request::DEFAULT_LIGHT_SUCCESS),
        light_negative: colour(request.light_negative, Request::DEFAULT_LIGHT_NEGATIVE),
        meta: None,
        created_at: now,
        updated_at: now,
        active_session: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use conference_api::Name;

    #[test]
    fn generated_names_are_valid_names() {
        let id = Uuid::parse_str("1b4e28ba-2fa1-4d2b-883f-0016d3cca427").unwrap();
        for (display_name, expected) in [
            ("Weekly sync", "weekly-sync-1b4e28ba"),
            ("  Ünïcode — only!! ", "n-code-only-1b4e28ba"),
            ("", "conference-1b4e28ba"),
            ("???", "conference-1b4e28ba"),
            ("a_b-c", "a_b-c-1b4e28ba"),
        ] {
            let name = generated_name(display_name, &id);
            assert_eq!(name, expected);
            Name::new(name).unwrap();
        }
        let long = generated_name(&"x".repeat(200), &id);
        assert_eq!(long.len(), 69);
        Name::new(long).unwrap();
    }
}
