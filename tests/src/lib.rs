//! Workspace-level integration tests live in `tests/`.
//!
//! This library is itself a test: it is a crate that depends on `conference-api` alone
//! and generates bindings for all five conference operations of SignalWire's document,
//! as a user's crate would. The integration tests call what it generates.

/// Bindings for create, list, get, update and delete, from a copy of SignalWire's extract.
pub mod video_conferences {
    conference_api::generate!(
        "fixtures/video_conferences.openapi.json",
        names { Color = "#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary" }
    );
}
