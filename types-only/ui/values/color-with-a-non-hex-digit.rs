use conference_api::Color;

const BRAND: Color = Color::from_static("#12345G");

fn main() {
    let _ = BRAND;
}
