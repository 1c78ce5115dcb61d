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

/// Bindings for ten other families of SignalWire's published document, each from its
/// unmodified extract (`fixtures/signalwire/`), with no help from the macro call.
pub mod signalwire {
    /// `/api/ai/chat`: a JSON-RPC union with a discriminator.
    pub mod ai_chat {
        conference_api::generate!("fixtures/signalwire/ai_chat.json", check_examples);
    }
    /// `/api/fabric/addresses`.
    pub mod fabric_addresses {
        conference_api::generate!("fixtures/signalwire/fabric_addresses.json", check_examples);
    }
    /// `/api/fabric/embeds`.
    pub mod fabric_embeds {
        conference_api::generate!("fixtures/signalwire/fabric_embeds.json", check_examples);
    }
    /// `/api/fabric/guests`.
    pub mod fabric_guests {
        conference_api::generate!("fixtures/signalwire/fabric_guests.json", check_examples);
    }
    /// `/api/fabric/resources`: 96 operations, 424 schemas, recursive SWML.
    pub mod fabric_resources {
        conference_api::generate!("fixtures/signalwire/fabric_resources.json", check_examples);
    }
    /// `/api/fabric/sip_addresses`.
    pub mod fabric_sip_addresses {
        conference_api::generate!(
            "fixtures/signalwire/fabric_sip_addresses.json",
            check_examples
        );
    }
    /// `/api/fabric/subscriber/invites`.
    pub mod fabric_subscriber_invites {
        conference_api::generate!(
            "fixtures/signalwire/fabric_subscriber_invites.json",
            check_examples
        );
    }
    /// `/api/messaging/logs`.
    pub mod messaging_logs {
        conference_api::generate!("fixtures/signalwire/messaging_logs.json", check_examples);
    }
    /// `/api/messaging/whatsapp`.
    pub mod messaging_whatsapp {
        conference_api::generate!(
            "fixtures/signalwire/messaging_whatsapp.json",
            check_examples
        );
    }
    /// `/api/relay/rest`: 72 operations.
    pub mod relay_rest {
        conference_api::generate!("fixtures/signalwire/relay_rest.json", check_examples);
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
