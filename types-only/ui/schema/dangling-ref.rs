conference_api::generate!("ui/schema/dangling-ref.json");

fn main() {}
