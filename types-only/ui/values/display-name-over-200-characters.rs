use conference_api::DisplayName;

// 201 characters (code points): one over the schema's maxLength.
const TITLE: DisplayName = DisplayName::from_static(concat!(
    "This display name goes on and on, past the two hundred  ",
    "characters that SignalWire allows for the display name of ",
    "a video conference, so the constant that holds it must not ",
    "compile at all: shorten it!!",
));

fn main() {
    let _ = TITLE;
}
