//! List operations that page the way SignalWire pages, and the names of their streams.
//!
//! SignalWire's listings (video, fabric, logs, relay…) answer one page as an object
//! with a `data` array and a `links` object whose `next` is the next page's URL, absent
//! (or empty) on the last page. The rule, read on the lowered model so that `$ref`,
//! `allOf` wrappers and nullable forms are already resolved: an operation pages this
//! way when
//! - its method is `GET`, without a request body,
//! - it has one success response, whose JSON body is a generated object with
//! - a property `data` whose type is an array (of any item type), and
//! - a property `links` whose type is a generated object with a property `next` of
//!   type string,
//!
//! each of the three required, optional or nullable. Such an operation gets a second
//! method that returns `conference_api::PageStream` of the array's items.

use super::{Api, Field, Operation, Payload, Side, Ty, TypeBody};
use std::collections::HashSet;

/// How generated code reads one page of a listing.
#[derive(Debug, Clone, PartialEq)]
pub struct Pages {
    /// The stream method's name (see [`stream_names`]).
    pub method: String,
    /// The page's type: the operation's success body.
    pub page: String,
    /// The type of an item of `data`.
    pub item: Ty,
    pub data: Access,
    pub links: Access,
    pub next: Access,
    /// The item's `id` when the item is an object that has one: the stream knows an
    /// item by it (else by the whole item) to see pages that repeat earlier ones.
    pub id: Option<Access>,
}

/// A field of a response struct, as generated code reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Access {
    /// The Rust field name.
    pub name: String,
    /// Whether its Rust type is an `Option` (the field is optional or nullable).
    pub optional: bool,
}

impl Access {
    fn of(field: &Field) -> Access {
        Access {
            name: field.name.clone(),
            optional: !field.required || field.nullable,
        }
    }
}

/// How `operation` pages, if it pages the way SignalWire pages (see the module's rule).
pub(super) fn detect(api: &Api, operation: &Operation, method: &str) -> Option<Pages> {
    if operation.method != "Get" || operation.body.is_some() || operation.response_enum.is_some() {
        return None;
    }
    let [success] = operation.successes.as_slice() else {
        return None;
    };
    let Payload::Json(Ty::Named(page)) = &success.body else {
        return None;
    };
    let fields = response_fields(api, page)?;
    let data = field(fields, "data")?;
    let Ty::Vec(item) = &data.ty else {
        return None;
    };
    let links = field(fields, "links")?;
    let Ty::Named(links_type) = &links.ty else {
        return None;
    };
    let next = field(response_fields(api, links_type)?, "next")?;
    if next.ty != Ty::String {
        return None;
    }
    let id = match &**item {
        Ty::Named(item) => response_fields(api, item)
            .and_then(|fields| field(fields, "id"))
            .map(Access::of),
        _ => None,
    };
    Some(Pages {
        method: method.to_owned(),
        page: page.clone(),
        item: (**item).clone(),
        data: Access::of(data),
        links: Access::of(links),
        next: Access::of(next),
        id,
    })
}

/// The fields of the response struct `name`.
fn response_fields<'a>(api: &'a Api, name: &str) -> Option<&'a [Field]> {
    match &api.types.get(name)?.body {
        TypeBody::Struct(s) if s.side == Side::Response => Some(&s.fields),
        _ => None,
    }
}

fn field<'a>(fields: &'a [Field], wire: &str) -> Option<&'a Field> {
    fields.iter().find(|field| field.wire == wire)
}

/// The stream method name of each of the document's method names, in their order: `all`
/// after the name's first word (`list_video_conferences` -> `list_all_video_conferences`,
/// `search_numbers` -> `search_all_numbers`, `list` -> `list_all`), which gives distinct
/// methods distinct names. Where that name is a method of the document, it gets `_pages`
/// (then `_pages_2`, `_pages_3`…) until it is no method, no other stream's name and no
/// name given already. Computed over the whole document, so that selecting operations
/// never changes a name.
pub(super) fn stream_names(methods: &[&str]) -> Vec<String> {
    let first: Vec<String> = methods.iter().map(|method| with_all(method)).collect();
    let is_method: HashSet<&str> = methods.iter().copied().collect();
    let mut taken: HashSet<String> = methods
        .iter()
        .map(|method| (*method).to_owned())
        .chain(first.iter().cloned())
        .collect();
    let mut names = Vec::with_capacity(first.len());
    for name in &first {
        let mut candidate = name.clone();
        if is_method.contains(name.as_str()) {
            candidate = format!("{name}_pages");
            let mut n = 2;
            while taken.contains(&candidate) {
                candidate = format!("{name}_pages_{n}");
                n += 1;
            }
            taken.insert(candidate.clone());
        }
        names.push(candidate);
    }
    names
}

/// `all` after the first word of a snake_case name.
fn with_all(name: &str) -> String {
    match name.split_once('_') {
        Some((first, rest)) => format!("{first}_all_{rest}"),
        None => format!("{name}_all"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Api, Options};
    use super::*;
    use crate::error::Ctxt;
    use serde_json::{Value, json};

    fn lower(doc: &Value, options: &Options) -> Api {
        let cx = Ctxt::new();
        let api = Api::from_document(&cx, doc, options);
        cx.check().expect("the document lowers");
        api
    }

    /// A document whose operations each answer `{"data": …, "links": …}`: (method,
    /// path, operationId, data schema, links schema, required keys of the page).
    fn document(operations: &[(&str, &str, &str, Value, Value, Value)]) -> Value {
        let mut paths = serde_json::Map::new();
        for (method, path, id, data, links, required) in operations {
            let page = json!({
                "type": "object", "required": required,
                "properties": {"data": data, "links": links}
            });
            let mut operation = json!({
                "operationId": id,
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": page}}}}
            });
            if path.contains("{id}") {
                operation["parameters"] = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]);
            }
            let item = paths.entry(path.to_string()).or_insert_with(|| json!({}));
            item[method] = operation;
        }
        json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": paths,
            "components": {"schemas": {
                "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}}},
                "Note": {"type": "object", "properties": {"id": {"type": "string"}, "text": {"type": "string"}}},
                "Links": {"type": "object", "properties": {"self": {"type": "string"}, "next": {"type": "string", "format": "uri"}}}
            }}
        })
    }

    fn things() -> Value {
        json!({"type": "array", "items": {"$ref": "#/components/schemas/Thing"}})
    }

    /// SignalWire's links: a `$ref` under an `allOf` wrapper with a description.
    fn links() -> Value {
        json!({"allOf": [{"$ref": "#/components/schemas/Links"}], "description": "Pagination links."})
    }

    fn pages<'a>(api: &'a Api, id: &str) -> Option<&'a Pages> {
        let operation = api.operations.iter().find(|op| op.id == id).unwrap();
        operation.pages.as_ref()
    }

    fn access(name: &str, optional: bool) -> Access {
        Access {
            name: name.to_owned(),
            optional,
        }
    }

    #[test]
    fn a_get_with_data_and_links_next_pages() {
        let required = json!(["data", "links"]);
        let doc = document(&[
            (
                "get",
                "/things",
                "list_things",
                things(),
                links(),
                required.clone(),
            ),
            (
                "get",
                "/things/{id}/notes",
                "list_thing_notes",
                json!({"type": "array", "items": {"$ref": "#/components/schemas/Note"}}),
                links(),
                json!([]),
            ),
            (
                "get",
                "/words",
                "list_words",
                json!({"type": "array", "items": {"type": "string"}}),
                json!({"anyOf": [{"$ref": "#/components/schemas/Links"}, {"type": "null"}]}),
                required,
            ),
        ]);
        let api = lower(&doc, &Options::default());
        let things = pages(&api, "list_things").expect("list_things pages");
        assert_eq!(things.method, "list_all_things");
        assert_eq!(things.item, Ty::Named("Thing".into()));
        assert_eq!(
            (&things.data, &things.links, &things.next, &things.id),
            (
                &access("data", false),
                &access("links", false),
                &access("next", true),
                &Some(access("id", false))
            )
        );
        // Optional `data` and `links`, an optional `id`.
        let notes = pages(&api, "list_thing_notes").expect("list_thing_notes pages");
        assert_eq!(notes.method, "list_all_thing_notes");
        assert_eq!(
            (&notes.data, &notes.links, &notes.id),
            (
                &access("data", true),
                &access("links", true),
                &Some(access("id", true))
            )
        );
        // Nullable links; items without an `id` are known by their whole value.
        let words = pages(&api, "list_words").expect("list_words pages");
        assert_eq!(
            (words.item.clone(), words.links.optional, words.id.clone()),
            (Ty::String, true, None)
        );
    }

    #[test]
    fn other_shapes_do_not_page() {
        let required = json!(["data", "links"]);
        let no_next = json!({"type": "object", "properties": {"self": {"type": "string"}}});
        let number_next = json!({"type": "object", "properties": {"next": {"type": "integer"}}});
        let doc = document(&[
            // The same page, but not a GET.
            (
                "post",
                "/things",
                "search_things",
                things(),
                links(),
                required.clone(),
            ),
            ("get", "/a", "no_next", things(), no_next, required.clone()),
            (
                "get",
                "/b",
                "number_next",
                things(),
                number_next,
                required.clone(),
            ),
            (
                "get",
                "/c",
                "data_not_an_array",
                json!({"$ref": "#/components/schemas/Thing"}),
                links(),
                required.clone(),
            ),
            (
                "get",
                "/d",
                "links_not_an_object",
                things(),
                json!({"type": "string"}),
                required,
            ),
        ]);
        let api = lower(&doc, &Options::default());
        for operation in &api.operations {
            assert_eq!(operation.pages, None, "{}", operation.id);
        }
        // Two success statuses: the call returns an enum, not a page.
        let mut doc = document(&[(
            "get",
            "/things",
            "list_things",
            things(),
            links(),
            json!([]),
        )]);
        let ok = doc["paths"]["/things"]["get"]["responses"]["200"].clone();
        doc["paths"]["/things"]["get"]["responses"]["206"] = ok;
        assert_eq!(lower(&doc, &Options::default()).operations[0].pages, None);
    }

    #[test]
    fn stream_names_insert_all_after_the_first_word_and_never_clash() {
        assert_eq!(
            stream_names(&[
                "list_video_conferences",
                "search_numbers",
                "list",
                "get_thing"
            ]),
            [
                "list_all_video_conferences",
                "search_all_numbers",
                "list_all",
                "get_all_thing"
            ]
        );
        // `list_all_things` is a method already, and so is `list_all_things_pages`.
        assert_eq!(
            stream_names(&["list_things", "list_all_things", "list_all_things_pages"]),
            [
                "list_all_things_pages_2",
                "list_all_all_things",
                "list_all_all_things_pages"
            ]
        );
    }

    /// The stream of `list_things` cannot take the name of the operation
    /// `list_all_things`, and its name does not depend on which operations are selected.
    #[test]
    fn a_stream_name_a_method_has_gets_a_suffix_whatever_is_selected() {
        let doc = document(&[
            (
                "get",
                "/things",
                "list_things",
                things(),
                links(),
                json!([]),
            ),
            (
                "get",
                "/all_things",
                "list_all_things",
                things(),
                links(),
                json!([]),
            ),
        ]);
        let api = lower(&doc, &Options::default());
        assert_eq!(
            pages(&api, "list_things").unwrap().method,
            "list_all_things_pages"
        );
        assert_eq!(
            pages(&api, "list_all_things").unwrap().method,
            "list_all_all_things"
        );
        let only = Options {
            operations: vec!["list_things".into()],
            ..Options::default()
        };
        let api = lower(&doc, &only);
        assert_eq!(
            pages(&api, "list_things").unwrap().method,
            "list_all_things_pages"
        );
    }

    fn published(name: &str) -> Api {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/published")
            .join(name);
        lower(
            &crate::parse::read_document(&path).unwrap(),
            &Options::default(),
        )
    }

    /// SignalWire's REST document as published: every listing with `links.next` (66 of
    /// its GETs; its three WhatsApp listings and `list_voice_log_events` have no links)
    /// gets a stream, in every family, under a name no method has.
    #[test]
    fn the_published_rest_document_s_listings_get_streams() {
        let api = published("signalwire-rest.openapi.yaml");
        let streams: Vec<(&str, &str)> = api
            .operations
            .iter()
            .filter_map(|op| Some((op.name.as_str(), op.pages.as_ref()?.method.as_str())))
            .collect();
        assert_eq!(streams.len(), 66);
        for pair in [
            ("list_video_conferences", "list_all_video_conferences"),
            ("list_rooms", "list_all_rooms"),
            ("list_resources", "list_all_resources"),
            ("list_ai_agent_addresses", "list_all_ai_agent_addresses"),
            ("list_voice_logs", "list_all_voice_logs"),
            ("list_phone_numbers", "list_all_phone_numbers"),
            (
                "search_available_phone_numbers",
                "search_all_available_phone_numbers",
            ),
        ] {
            assert!(streams.contains(&pair), "{pair:?}");
        }
        for name in ["list_whatsapp_numbers", "list_voice_log_events"] {
            assert!(!streams.iter().any(|(op, _)| *op == name), "{name}");
        }
        let methods: HashSet<&str> = api.operations.iter().map(|op| op.name.as_str()).collect();
        let names: HashSet<&str> = streams.iter().map(|(_, stream)| *stream).collect();
        assert_eq!(names.len(), streams.len());
        assert!(names.is_disjoint(&methods));
    }

    /// The Compatibility API pages the LaML way (`next_page_uri`): no stream.
    #[test]
    fn the_compatibility_document_has_no_signalwire_listing() {
        let api = published("compatibility.openapi.yaml");
        assert!(api.operations.iter().all(|op| op.pages.is_none()));
    }
}
