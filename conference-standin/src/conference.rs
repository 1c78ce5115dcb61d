//! What SignalWire does with a create or update body, from the schema's generated
//! types: validate it, apply the schema's defaults (create) or the given fields
//! (update), answer a `Conference`.

use std::time::SystemTime;

use chrono::SubsecRound;
use conference_api::{
    Color, Conference, CreateConferenceRequest, DateTime, DisplayName, RestApiErrorItem, Rule,
    StatusCode400, StatusCode400Error, StatusCode401, StatusCode401Error, StatusCode404,
    StatusCode404Error, StatusCode500, StatusCode500Error, UpdateConferenceRequest, Uuid,
    ValidationErrors, VideoStatusCode422, from_json_str,
};
use hyper::StatusCode;
use serde::Serialize;

use crate::store::Store;

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

    /// A `200`-like answer with `body` as JSON.
    pub(crate) fn json(status: StatusCode, body: &impl Serialize) -> Answer {
        Answer::encoded(status, serde_json::to_vec(body))
    }

    /// `204` without a body.
    pub(crate) fn no_content() -> Answer {
        Answer {
            status: StatusCode::NO_CONTENT,
            body: Vec::new(),
        }
    }

    /// `408 {"error":"Request Timeout"}` (not in the schema: a body sent too slowly).
    pub(crate) fn request_timeout() -> Answer {
        Answer {
            status: StatusCode::REQUEST_TIMEOUT,
            body: br#"{"error":"Request Timeout"}"#.to_vec(),
        }
    }

    /// `422 {"errors":[…]}`, SignalWire's list of violations.
    pub(crate) fn invalid(errors: Vec<RestApiErrorItem>) -> Answer {
        Answer::encoded(
            StatusCode::UNPROCESSABLE_ENTITY,
            serde_json::to_vec(&VideoStatusCode422 { errors }),
        )
    }

    /// `404 {"error":"Not Found"}`: an unknown conference, or any other path or
    /// method.
    pub(crate) fn not_found() -> Answer {
        let body = StatusCode404 {
            error: StatusCode404Error::NotFound.into(),
        };
        Answer::encoded(StatusCode::NOT_FOUND, serde_json::to_vec(&body))
    }

    /// `413 {"error":"Payload Too Large"}` (not in the schema: a body over the limit).
    pub(crate) fn payload_too_large() -> Answer {
        Answer {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            body: br#"{"error":"Payload Too Large"}"#.to_vec(),
        }
    }

    /// `507 {"error":"Insufficient Storage: …"}` (not in the schema): a create when the
    /// stand-in keeps `limit` conferences already. Not `429`: waiting does not help (and
    /// clients retry a `429`), a delete does.
    pub(crate) fn insufficient_storage(limit: usize) -> Answer {
        let body = serde_json::json!({
            "error": format!(
                "Insufficient Storage: this stand-in keeps at most {limit} conferences \
                 (StandInBuilder::max_conferences); delete one to make room"
            )
        });
        Answer::encoded(StatusCode::INSUFFICIENT_STORAGE, serde_json::to_vec(&body))
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
pub(crate) fn item(attribute: &str, message: &str) -> RestApiErrorItem {
    RestApiErrorItem {
        r#type: "validation_error".to_owned(),
        code: "invalid_parameter".to_owned(),
        message: message.to_owned(),
        attribute: Some(attribute.to_owned()),
        url: ERROR_CODES_URL.to_owned(),
    }
}

/// A request body read by `read` (`from_json_str` of a closed request object of the
/// schema): the request when every rule holds; else the `422` with one item per
/// violation (a key the object does not list is one), or the `400` for a body that is
/// not a JSON object.
fn checked<R>(
    body: &[u8],
    read: impl FnOnce(&str) -> Result<R, ValidationErrors>,
) -> Result<R, Answer> {
    let text = std::str::from_utf8(body).map_err(|_| Answer::bad_request())?;
    read(text).map_err(|errors| {
        // A violation of the whole body: not JSON, or not an object.
        if errors.iter().any(|error| error.field().is_empty()) {
            return Answer::bad_request();
        }
        let items = errors.iter().map(|error| match error.rule() {
            Rule::UnknownField => item(error.field(), "is not a parameter of this endpoint"),
            _ => item(error.field(), error.problem()),
        });
        Answer::invalid(items.collect())
    })
}

/// Handles an authenticated create: validates the body, keeps the new conference in
/// `store` (a name is a unique identifier among them) and answers it.
pub(crate) fn create(body: &[u8], store: &mut Store) -> Answer {
    let request = match checked(body, from_json_str::<CreateConferenceRequest>) {
        Ok(request) => request,
        Err(answer) => return answer,
    };
    match insert(request, store) {
        Ok(conference) => Answer::json(StatusCode::OK, &conference),
        Err(refused) => refused,
    }
}

/// Keeps the conference `request` creates in `store`; else the `422` of a name that is
/// already taken, or the `507` of a full store.
pub(crate) fn insert(
    request: CreateConferenceRequest,
    store: &mut Store,
) -> Result<Conference, Answer> {
    let mut id = Uuid::new_v4();
    let name = match &request.name {
        Some(name) => name.as_str().to_owned(),
        None => {
            // A made-up name carries 8 hex digits of the ID: draw another ID in the
            // unlikely case that name (or ID) exists already.
            let mut name = generated_name(request.display_name.as_str(), &id);
            for _ in 0..16 {
                if !store.name_taken(&name) && store.get(&id).is_none() {
                    break;
                }
                id = Uuid::new_v4();
                name = generated_name(request.display_name.as_str(), &id);
            }
            name
        }
    };
    if store.name_taken(&name) || store.get(&id).is_some() {
        return Err(Answer::invalid(vec![item(
            "name",
            "has already been taken",
        )]));
    }
    if store.is_full() {
        return Err(Answer::insufficient_storage(store.limit()));
    }
    let conference = conference(request, id, name);
    store.insert(conference.clone());
    Ok(conference)
}

/// Handles an authenticated update of the conference `id`: validates the body against
/// `UpdateConferenceRequest` as create does against `CreateConferenceRequest`, applies
/// the fields it gives, refreshes `updated_at` and answers the conference.
pub(crate) fn update(id: &Uuid, body: &[u8], store: &mut Store) -> Answer {
    let Some(conference) = store.get_mut(id) else {
        return Answer::not_found();
    };
    let request = match checked(body, from_json_str::<UpdateConferenceRequest>) {
        Ok(request) => request,
        Err(answer) => return answer,
    };
    apply(conference, request);
    Answer::json(StatusCode::OK, conference)
}

/// The fields an update gives replace the conference's; the rest stay.
fn apply(conference: &mut Conference, request: UpdateConferenceRequest) {
    let UpdateConferenceRequest {
        display_name,
        description,
        join_from,
        join_until,
        quality,
        layout,
        size,
        record_on_start,
        tone_on_entry_and_exit,
        room_join_video_off,
        user_join_video_off,
        enable_room_previews,
        enable_chat,
        dark_primary,
        dark_background,
        dark_foreground,
        dark_success,
        dark_negative,
        light_primary,
        light_background,
        light_foreground,
        light_success,
        light_negative,
    } = request;
    let c = conference;
    c.display_name = Some(display_name.into_string());
    if let Some(description) = description {
        c.description = Some(description.into_string());
    }
    if join_from.is_some() {
        c.join_from = join_from.map(Into::into);
    }
    if join_until.is_some() {
        c.join_until = join_until.map(Into::into);
    }
    if let Some(quality) = quality {
        c.quality = quality.into();
    }
    if let Some(layout) = layout {
        c.layout = layout.into();
    }
    if let Some(size) = size {
        c.size = Some(size.into());
    }
    let flags = [
        (record_on_start, &mut c.record_on_start),
        (tone_on_entry_and_exit, &mut c.tone_on_entry_and_exit),
        (room_join_video_off, &mut c.room_join_video_off),
        (user_join_video_off, &mut c.user_join_video_off),
        (enable_chat, &mut c.enable_chat),
    ];
    for (given, flag) in flags {
        if let Some(given) = given {
            *flag = given;
        }
    }
    if enable_room_previews.is_some() {
        c.enable_room_previews = enable_room_previews;
    }
    let colours = [
        (dark_primary, &mut c.dark_primary),
        (dark_background, &mut c.dark_background),
        (dark_foreground, &mut c.dark_foreground),
        (dark_success, &mut c.dark_success),
        (dark_negative, &mut c.dark_negative),
        (light_primary, &mut c.light_primary),
        (light_background, &mut c.light_background),
        (light_foreground, &mut c.light_foreground),
        (light_success, &mut c.light_success),
        (light_negative, &mut c.light_negative),
    ];
    for (given, colour) in colours {
        if let Some(given) = given {
            *colour = Some(given.into_string());
        }
    }
    c.updated_at = now().into();
}

/// A valid request for the `number`th sample conference of
/// [`StandIn::seed_conferences`](crate::StandIn::seed_conferences): display name
/// `Sample conference N`, joinable for an hour from N hours after 2030-01-01T00:00:00Z.
pub(crate) fn sample(number: u64) -> CreateConferenceRequest {
    let display_name = DisplayName::new_unchecked(format!("Sample conference {number}"));
    let mut request = CreateConferenceRequest::new(display_name);
    let hour = chrono::TimeDelta::hours(1);
    let start = chrono::DateTime::<chrono::Utc>::from_timestamp(SAMPLE_EPOCH, 0)
        .zip(
            i64::try_from(number)
                .ok()
                .and_then(chrono::TimeDelta::try_hours),
        )
        .and_then(|(epoch, offset)| epoch.checked_add_signed(offset));
    request.join_from = start.map(DateTime::from);
    request.join_until = start
        .and_then(|start| start.checked_add_signed(hour))
        .map(DateTime::from);
    request
}

/// 2030-01-01T00:00:00Z: the samples' first `join_from`.
const SAMPLE_EPOCH: i64 = 1_893_456_000;

/// Now, in whole seconds, as SignalWire writes its timestamps.
fn now() -> DateTime {
    DateTime::from(chrono::DateTime::<chrono::Utc>::from(SystemTime::now()).trunc_subsecs(0))
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
    let now = now();
    let colour =
        |given: Option<Color>, default: Color| Some(given.unwrap_or(default).into_string());
    Conference {
        id,
        name,
        display_name: Some(request.display_name.into_string()),
        description: request
            .description
            .map(|description| description.into_string()),
        join_from: request.join_from.map(Into::into),
        join_until: request.join_until.map(Into::into),
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
        created_at: now.into(),
        updated_at: now.into(),
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
