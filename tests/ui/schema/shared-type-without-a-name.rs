conference_api::generate!("ui/schema/shared-type-without-a-name.json");

fn main() {}
