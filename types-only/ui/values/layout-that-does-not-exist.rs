use conference_api::VideoLayout;

fn main() {
    let _ = VideoLayout::Layout12x12;
}
