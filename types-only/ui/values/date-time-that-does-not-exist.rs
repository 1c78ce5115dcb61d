fn main() {
    let _ = conference_api::datetime!("2022-02-30T10:00:00Z");
}
