// conference-api without its `client` feature has no client, and `generate!` emits no
// `Api` trait: a types-only build holds no HTTP code at all.
mod bindings {
    conference_api::generate!("../schema/video_conferences.json");
}

use bindings::Api;
use conference_api::Client;

fn main() {}
