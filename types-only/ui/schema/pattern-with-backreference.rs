conference_api::generate!("ui/schema/pattern-with-backreference.json");

fn main() {}
