// Built and run without conference-api's `client` feature: the generated types,
// builders, validators, `from_json_str` and `generate!` work on their own.
mod bindings {
    conference_api::generate!("../schema/video_conferences.json");
}

fn main() {
    let errors = conference_types_only::check_create_request(r#"{"name":"weekly sync"}"#)
        .expect_err("no display name, and a name with a space");
    assert_eq!(errors.len(), 2, "{errors}");

    let request = bindings::CreateConferenceRequest::builder("Weekly sync")
        .name("weekly_sync")
        .build()
        .expect("a valid request");
    assert_eq!(request.display_name.as_str(), "Weekly sync");
    assert!(
        bindings::UpdateConferenceRequest::builder("Weekly sync")
            .join_from("yesterday")
            .build()
            .is_err()
    );
}
