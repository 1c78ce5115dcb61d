conference_api::generate!("ui/schema/invalid-json.json");

fn main() {}
