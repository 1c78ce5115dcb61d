use conference_api::CreateConferenceRequest;

fn main() {
    let _ = CreateConferenceRequest::builder().name("weekly_sync").build();
}
