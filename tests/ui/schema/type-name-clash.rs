conference_api::generate!("ui/schema/type-name-clash.json");

fn main() {}
