use conference_api::Name;

const ROOM: Name = Name::from_static("weekly sync");

fn main() {
    let _ = ROOM;
}
