conference_api::generate!("ui/schema/pattern-with-lookahead.json");

fn main() {}
