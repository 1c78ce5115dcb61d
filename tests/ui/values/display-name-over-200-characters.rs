use conference_api::DisplayName;

const TITLE: DisplayName = DisplayName::from_static(
    "This display name goes on and on, past the two hundred characters that SignalWire allows for the name of a video conference, so the constant that holds it must not compile at all: shorten it please, now!!",
);

fn main() {
    let _ = TITLE;
}
