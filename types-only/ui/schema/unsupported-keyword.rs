conference_api::generate!("ui/schema/unsupported-keyword.json");

fn main() {}
