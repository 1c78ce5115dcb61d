conference_api::generate!(
    "ui/schema/name-already-taken.json",
    names { Thing = "#/components/schemas/Api.Thing/properties/title" }
);

fn main() {}
