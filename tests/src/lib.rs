//! Workspace-level integration tests live in `tests/`.
//!
//! This library is itself a test: it is a crate that depends on `conference-api` alone
//! and generates bindings for all five conference operations of SignalWire's document,
//! as a user's crate would. The integration tests call what it generates.

/// Bindings for create, list, get, update and delete, from a copy of SignalWire's extract.
pub mod video_conferences {
    conference_api::generate!(
        "fixtures/video_conferences.openapi.json",
        check_examples,
        names { Color = "#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary" }
    );
}

/// SignalWire's documents exactly as SignalWire publishes them (`fixtures/published/`,
/// YAML), each generated whole, with no help from the macro call.
pub mod published {
    /// The REST document: 253 operations, 912 schemas. It holds the ten families whose
    /// extracts (`fixtures/signalwire/`) the snapshots are made from.
    pub mod signalwire_rest {
        conference_api::generate!(
            "fixtures/published/signalwire-rest.openapi.yaml",
            check_examples
        );
    }
    /// The Compatibility API (LaML, Twilio-compatible): form-encoded request bodies.
    pub mod compatibility {
        conference_api::generate!(
            "fixtures/published/compatibility.openapi.yaml",
            check_examples
        );
    }
}

use conference_api::{ConferenceSize, CreateConferenceRequest, VideoLayout, VideoQuality};

/// A request with every field set, each colour distinct, and the documentation's leap
/// second and date-only forms.
pub fn full_request() -> CreateConferenceRequest {
    CreateConferenceRequest::builder("Weekly sync")
        .name("weekly_sync")
        .description("Team meeting")
        .join_from("2022-01-01T23:59:60Z")
        .join_until("2022-01-02")
        .quality(VideoQuality::Quality1080p)
        .layout(VideoLayout::Highlight1Responsive)
        .size(ConferenceSize::Small)
        .record_on_start(true)
        .enable_room_previews(true)
        .enable_chat(false)
        .dark_primary("#000001")
        .dark_background("#000002")
        .dark_foreground("#000003")
        .dark_success("#000004")
        .dark_negative("#000005")
        .light_primary("#aaaaa1")
        .light_background("#aaaaa2")
        .light_foreground("#aaaaa3")
        .light_success("#aaaaa4")
        .light_negative("#aaaaa5")
        .build()
        .expect("a valid request")
}
