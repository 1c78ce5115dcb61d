conference_api::generate!("ui/schema/no-such-file.json");

fn main() {}
