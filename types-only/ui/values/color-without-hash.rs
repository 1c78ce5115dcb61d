use conference_api::Color;

const BRAND: Color = Color::from_static("044EF4");

fn main() {
    let _ = BRAND;
}
