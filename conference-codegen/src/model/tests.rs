//! Unit tests of the model on small hand-made documents.

use super::scalars::common_words;
use super::*;
use serde_json::json;

/// A document with one POST operation whose body and answer are the given schemas.
fn document(request: Value, response: Value, extra: Value) -> Value {
    let mut schemas = json!({"Api.Request": request, "Api.Response": response});
    if let (Some(schemas), Some(extra)) = (schemas.as_object_mut(), extra.as_object()) {
        schemas.extend(extra.clone());
    }
    json!({
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"post": {
            "operationId": "create_thing",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Api.Request"}}}},
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Api.Response"}}}},
                "422": {"description": "bad"}
            }
        }}},
        "components": {"schemas": schemas}
    })
}

fn lower(doc: &Value, options: &Options) -> Result<Api, Vec<crate::Error>> {
    let cx = Ctxt::new();
    let api = Api::from_document(&cx, doc, options);
    cx.check().map(|()| api)
}

fn fields<'a>(api: &'a Api, name: &str) -> &'a [Field] {
    match &api.types[name].body {
        TypeBody::Struct(s) => &s.fields,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

#[test]
fn request_rules_make_newtypes_and_response_rules_are_dropped() {
    let title = json!({"type": "string", "maxLength": 10, "pattern": "^[a-z]+$"});
    let doc = document(
        json!({"type": "object", "required": ["title"], "properties": {"title": title}}),
        json!({"type": "object", "properties": {"title": title}}),
        json!({}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    assert_eq!(fields(&api, "Request")[0].ty, Ty::Named("Title".into()));
    assert!(matches!(api.types["Title"].body, TypeBody::Constrained(_)));
    assert_eq!(fields(&api, "Response")[0].ty, Ty::String);
    let operation = &api.operations[0];
    assert_eq!(
        (
            operation.successes[0].status,
            operation.error_statuses.as_slice()
        ),
        (200, &[422][..])
    );
    assert_eq!(operation.body, Some(Ty::Named("Request".into())));
}

#[test]
fn enums_are_closed_in_requests_and_lenient_in_responses() {
    let quality =
        json!({"allOf": [{"$ref": "#/components/schemas/Api.Quality"}], "default": "720p"});
    let doc = document(
        json!({"type": "object", "properties": {"quality": quality}}),
        json!({"type": "object", "required": ["quality"], "properties": {"quality": quality}}),
        json!({"Api.Quality": {"type": "string", "enum": ["720p", "1080p"]}}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    assert_eq!(fields(&api, "Request")[0].ty, Ty::Named("Quality".into()));
    assert_eq!(
        fields(&api, "Response")[0].ty,
        Ty::OrUnknown("Quality".into())
    );
    assert_eq!(fields(&api, "Request")[0].default, Some(json!("720p")));
    let TypeBody::Enum(e) = &api.types["Quality"].body else {
        panic!()
    };
    let names: Vec<&str> = e.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Quality720p", "Quality1080p"]);
}

#[test]
fn nullable_and_optional_are_kept_apart() {
    let doc = document(
        json!({"type": "object", "required": ["a"], "properties": {
            "a": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "b": {"anyOf": [{"type": "null"}, {"type": "boolean"}]},
            "c": {"type": "integer", "format": "int32"}
        }}),
        json!({"type": "object", "properties": {"meta": {"anyOf": [{"type": "object", "unevaluatedProperties": {}}, {"type": "null"}]}}}),
        json!({}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    let shapes: Vec<(bool, bool, Ty)> = fields(&api, "Request")
        .iter()
        .map(|f| (f.required, f.nullable, f.ty.clone()))
        .collect();
    assert_eq!(
        shapes,
        [
            (true, true, Ty::String),
            (false, true, Ty::Bool),
            (false, false, Ty::I32)
        ]
    );
    assert_eq!(fields(&api, "Response")[0].ty, Ty::JsonObject);
}

#[test]
fn fields_with_equal_rules_share_a_type_named_after_their_common_words() {
    let color = json!({"type": "string", "pattern": "^#[0-9a-f]{6}$"});
    let doc = document(
        json!({"type": "object", "properties": {"primary_color": color, "background_color": color}}),
        json!({"type": "object"}),
        json!({}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    let types: Vec<&Ty> = fields(&api, "Request").iter().map(|f| &f.ty).collect();
    assert_eq!(
        types,
        [&Ty::Named("Color".into()), &Ty::Named("Color".into())]
    );
    let TypeBody::Constrained(c) = &api.types["Color"].body else {
        panic!()
    };
    assert_eq!(c.used_by, ["primary_color", "background_color"]);
}

#[test]
fn a_shared_type_without_common_words_is_named_after_its_first_field() {
    let color = json!({"type": "string", "pattern": "^#[0-9a-f]{6}$"});
    let doc = document(
        json!({"type": "object", "properties": {"primary": color, "background": color}}),
        json!({"type": "object"}),
        json!({}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    assert!(api.types.contains_key("Primary"), "{:?}", api.types.keys());
    let options = Options {
        names: vec![(
            "Shade".into(),
            "#/components/schemas/Api.Request/properties/background".into(),
        )],
        ..Options::default()
    };
    let api = lower(&doc, &options).unwrap();
    assert!(api.types.contains_key("Shade"));
}

#[test]
fn every_problem_is_reported_with_its_pointer() {
    let doc = document(
        json!({"type": "object", "properties": {
            "a": {"$ref": "#/components/schemas/Api.Missing"},
            "b": {"type": "string", "minItems": 1},
            "c": {"anyOf": "x"},
            "d": {"type": "integer", "minimum": "zero"},
            "e": {"type": "strng"}
        }}),
        json!({"type": "object"}),
        json!({}),
    );
    let errors = lower(&doc, &Options::default()).unwrap_err();
    let at: Vec<&str> = errors.iter().map(|e| e.location.as_str()).collect();
    assert_eq!(
        at,
        [
            "#/components/schemas/Api.Request/properties/b/minItems",
            "#/components/schemas/Api.Request/properties/c/anyOf",
            "#/components/schemas/Api.Request/properties/d/minimum",
            "#/components/schemas/Api.Request/properties/e/type",
            "#/components/schemas/Api.Request/properties/a",
        ]
    );
    assert!(errors[4].message.contains("dangling $ref"));
}

#[test]
fn a_default_that_breaks_its_rules_is_documented_not_refused() {
    let doc = document(
        json!({"type": "object", "properties": {"timeout": {"type": "integer", "minimum": 1, "default": 0}}}),
        json!({"type": "object"}),
        json!({}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    let field = &fields(&api, "Request")[0];
    assert_eq!(field.default, None);
    assert!(
        field.doc.as_deref().unwrap().contains("default `0`"),
        "{field:?}"
    );
}

#[test]
fn path_templates_need_their_parameters() {
    let object = json!({"type": "object", "properties": {"a": {"type": "string"}}});
    let mut doc = document(object.clone(), object, json!({}));
    let post = doc["paths"]["/things"]["post"].clone();
    doc["paths"]["/things/{id}"] = json!({"put": post});
    let errors = lower(&doc, &Options::default()).unwrap_err();
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        ["the path has {id} but no path parameter `id`"],
        "{errors:?}"
    );
}

#[test]
fn operations_that_share_an_id_or_have_none_get_distinct_documented_names() {
    let object = json!({"type": "object", "properties": {"a": {"type": "string"}}});
    let mut doc = document(object.clone(), object, json!({}));
    let post = doc["paths"]["/things"]["post"].clone();
    // SignalWire's `create_token`: two paths, one operationId.
    doc["paths"]["/api/project/tokens"] = json!({"post": post.clone()});
    doc["paths"]["/api/pubsub/tokens"] = json!({"post": post.clone()});
    let mut anonymous = post;
    anonymous.as_object_mut().unwrap().remove("operationId");
    doc["paths"]["/things/search"] = json!({"post": anonymous});
    let api = lower(&doc, &Options::default()).unwrap();
    let names: Vec<(&str, &str)> = api
        .operations
        .iter()
        .map(|o| (o.id.as_str(), o.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("create_thing", "create_thing_things"),
            ("create_thing", "create_thing_api_project_tokens"),
            ("create_thing", "create_thing_api_pubsub_tokens"),
            ("post_things_search", "post_things_search"),
        ]
    );
    let note = api.operations[1].doc.as_deref().unwrap();
    assert!(
        note.contains("gives the operationId `create_thing` to 3 operations (`POST /things`, `POST /api/project/tokens`, `POST /api/pubsub/tokens`)"),
        "{note}"
    );
    assert!(
        api.operations[3]
            .doc
            .as_deref()
            .unwrap()
            .contains("no operationId: the method is named after `POST /things/search`"),
        "{:?}",
        api.operations[3].doc
    );
    // Selecting one of them keeps its name.
    let options = Options {
        tags: Vec::new(),
        operations: vec!["create_thing".into()],
        ..Options::default()
    };
    let selected = lower(&doc, &options).unwrap();
    assert_eq!(
        selected.operations[2].name,
        "create_thing_api_pubsub_tokens"
    );
}

#[test]
fn properties_that_share_a_rust_name_get_the_next_free_one() {
    let doc = document(
        json!({"type": "object", "properties": {"foo-bar": {"type": "string"}, "foo_bar": {"type": "string"}, "build": {"type": "boolean"}}}),
        json!({"type": "object"}),
        json!({}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    let names: Vec<&str> = fields(&api, "Request")
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, ["foo_bar", "foo_bar_2", "build_2"]);
}

#[test]
fn a_nullable_field_does_not_take_the_name_of_an_earlier_null_setter() {
    // Found by `tests/fuzz_generator.rs`: `a_null` and then a nullable `a` gave the
    // builder two `a_null` methods (the field's setter and `a`'s null setter).
    let doc = document(
        json!({"type": "object", "properties": {"a_null": {"type": "string"}, "a": {"type": ["string", "null"]}}}),
        json!({"type": "object"}),
        json!({}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    let names: Vec<&str> = fields(&api, "Request")
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, ["a_null", "a_2"]);
}

#[test]
fn a_cycle_of_refs_arrays_and_nullables_is_refused() {
    // Found by `tests/fuzz_generator.rs`: `A: {$ref: A}` (or `B -> C -> B`, or an array
    // of itself) lowered to `Box<A>` with no type `A` defined.
    let reference = |name: &str| json!({ "$ref": format!("#/components/schemas/{name}") });
    let doc = document(
        json!({"type": "object", "properties": {
            "a": reference("A"), "b": reference("B"), "l": reference("L"), "s": reference("S")
        }}),
        json!({"type": "object"}),
        json!({
            "A": reference("A"),
            "B": reference("C"),
            "C": {"anyOf": [reference("B"), {"type": "null"}]},
            "L": {"type": "array", "items": reference("L")},
            "S": {"type": "object", "properties": {"next": reference("S")}},
        }),
    );
    let errors = lower(&doc, &Options::default()).unwrap_err();
    let locations: Vec<&str> = errors.iter().map(|e| e.location.as_str()).collect();
    assert_eq!(
        locations,
        [
            "#/components/schemas/A",
            "#/components/schemas/B",
            "#/components/schemas/L"
        ]
    );
    assert!(errors[0].message.contains("contains itself"), "{errors:?}");
}

#[test]
fn a_component_on_both_sides_gets_a_strict_and_a_lenient_type() {
    let shared = json!({"$ref": "#/components/schemas/Api.Shared"});
    let doc = document(
        json!({"type": "object", "properties": {"shared": shared}}),
        json!({"type": "object", "properties": {"shared": shared}}),
        json!({"Api.Shared": {"type": "object", "unevaluatedProperties": {"not": {}}, "properties": {"name": {"type": "string", "maxLength": 3}}}}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    let TypeBody::Struct(strict) = &api.types["Shared"].body else {
        panic!()
    };
    let TypeBody::Struct(lenient) = &api.types["SharedResponse"].body else {
        panic!()
    };
    assert_eq!((strict.side, strict.closed), (Side::Request, true));
    assert_eq!(lenient.side, Side::Response);
    assert_eq!(lenient.fields[0].ty, Ty::String);
    assert_eq!(
        fields(&api, "Response")[0].ty,
        Ty::Named("SharedResponse".into())
    );
}

#[test]
fn unions_name_their_variants_and_recursion_is_boxed() {
    let doc = document(
        json!({"type": "object", "properties": {
            "value": {"anyOf": [{"type": "integer"}, {"type": "string"}, {"$ref": "#/components/schemas/Api.Node"}]}
        }}),
        json!({"type": "object"}),
        json!({"Api.Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Api.Node"}}}}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    let TypeBody::Union(union) = &api.types["RequestValue"].body else {
        panic!()
    };
    let names: Vec<&str> = union.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Integer", "String", "Node"]);
    assert_eq!(
        fields(&api, "Node")[0].ty,
        Ty::Boxed(Box::new(Ty::Named("Node".into())))
    );
}

#[test]
fn numbers_and_collections_keep_their_rules_on_requests_only() {
    let rules = json!({"type": "object", "properties": {
        "ratio": {"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.5},
        "count": {"type": "integer", "exclusiveMaximum": 10},
        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": true}
    }});
    let doc = document(rules.clone(), rules, json!({}));
    let api = lower(&doc, &Options::default()).unwrap();
    let request: Vec<&Ty> = fields(&api, "Request").iter().map(|f| &f.ty).collect();
    assert_eq!(request[0], &Ty::Named("Ratio".into()));
    assert!(
        matches!(&api.types["Count"].body, TypeBody::Constrained(c) if c.rules == Rules::Integer { int32: false, minimum: None, maximum: Some(9), multiple_of: None })
    );
    assert_eq!(
        request[2],
        &Ty::Items(
            Box::new(Ty::String),
            CountRules {
                min: Some(1),
                max: None,
                unique: true
            }
        )
    );
    let response: Vec<&Ty> = fields(&api, "Response").iter().map(|f| &f.ty).collect();
    assert_eq!(
        response,
        [&Ty::F64, &Ty::I64, &Ty::Vec(Box::new(Ty::String))]
    );
}

#[test]
fn untyped_schemas_keep_their_rules_for_their_type_and_take_other_types() {
    let properties = json!({"type": "object", "properties": {
        "code": {"maxLength": 2},
        "pick": {"properties": {"a": {"type": "integer"}}, "required": ["a"]},
        "when": {"format": "date-time"},
        "note": {"format": "email"}
    }});
    let doc = document(properties.clone(), properties, json!({}));
    let api = lower(&doc, &Options::default()).unwrap();
    let other = |ty: Ty, bits: u8| Ty::OrOther(Box::new(ty), JsonTypes(bits));
    let request: Vec<Ty> = fields(&api, "Request")
        .iter()
        .map(|f| f.ty.clone())
        .collect();
    assert_eq!(
        request,
        [
            other(Ty::Named("Code".into()), 8),
            other(Ty::Named("RequestPick".into()), 32),
            other(Ty::DateTime, 8),
            Ty::Json,
        ]
    );
    assert!(matches!(&api.types["Code"].body, TypeBody::Constrained(c)
        if c.rules == Rules::String { max_length: Some(2), min_length: None, pattern: None }));
    // A response takes any string: the rules are the request's, so any value is JSON.
    let response: Vec<Ty> = fields(&api, "Response")
        .iter()
        .map(|f| f.ty.clone())
        .collect();
    assert_eq!(
        response,
        [
            Ty::Json,
            other(Ty::Named("ResponsePick".into()), 32),
            other(Ty::LenientDateTime, 8),
            Ty::Json,
        ]
    );
}

#[test]
fn a_const_null_field_is_a_checked_value_named_after_its_field() {
    let properties = json!({"type": "object", "properties": {"cleared": {"const": null}}});
    let doc = document(properties.clone(), properties, json!({}));
    let api = lower(&doc, &Options::default()).unwrap();
    assert_eq!(fields(&api, "Request")[0].ty, Ty::Named("Cleared".into()));
    assert!(
        matches!(&api.types["Cleared"].body, TypeBody::Constrained(c)
        if c.rules == Rules::Values(vec!["null".to_owned()]))
    );
    assert_eq!(fields(&api, "Response")[0].ty, Ty::Json);
}

#[test]
fn an_untyped_component_inside_itself_takes_other_types_there_too() {
    let doc = document(
        json!({"$ref": "#/components/schemas/Api.Tree"}),
        json!({"type": "object"}),
        json!({"Api.Tree": {"properties": {"child": {"$ref": "#/components/schemas/Api.Tree"}}}}),
    );
    let api = lower(&doc, &Options::default()).unwrap();
    let tree = Ty::OrOther(Box::new(Ty::Named("Tree".into())), JsonTypes(32));
    assert_eq!(api.operations[0].body, Some(tree.clone()));
    assert_eq!(fields(&api, "Tree")[0].ty, Ty::Boxed(Box::new(tree)));
}

#[test]
fn operations_can_be_selected_by_id_and_tag() {
    let mut doc = document(
        json!({"type": "object"}),
        json!({"type": "object"}),
        json!({}),
    );
    doc["paths"]["/other"] = json!({"get": {"operationId": "list_other", "tags": ["Other"], "responses": {"204": {"description": "none"}}}});
    let by_id = Options {
        operations: vec!["list_other".into()],
        ..Options::default()
    };
    let api = lower(&doc, &by_id).unwrap();
    assert_eq!(api.operations.len(), 1);
    assert!(
        !api.types.contains_key("Request"),
        "unreached components are not generated"
    );
    let by_tag = Options {
        tags: vec!["Other".into()],
        ..Options::default()
    };
    assert_eq!(lower(&doc, &by_tag).unwrap().operations[0].id, "list_other");
    let unknown = Options {
        operations: vec!["nope".into()],
        ..Options::default()
    };
    let errors = lower(&doc, &unknown).unwrap_err();
    assert!(
        errors[0].message.contains("create_thing, list_other"),
        "{errors:?}"
    );
}

#[test]
fn only_openapi_3_1_is_read() {
    let mut doc = document(
        json!({"type": "object"}),
        json!({"type": "object"}),
        json!({}),
    );
    doc["openapi"] = json!("3.0.3");
    let errors = lower(&doc, &Options::default()).unwrap_err();
    assert_eq!(errors[0].location, "#/openapi");
}

#[test]
fn common_words_prefer_a_suffix() {
    assert_eq!(
        common_words(&["dark_color", "light_color"]).as_deref(),
        Some("color")
    );
    assert_eq!(
        common_words(&["page_size", "page_number"]).as_deref(),
        Some("page")
    );
    assert_eq!(common_words(&["primary", "background"]), None);
}

#[test]
fn responses_may_be_refs_ranges_and_default_and_content_keywords_are_annotations() {
    let mut doc = document(
        json!({"type": "object", "properties": {
            "avatar": {"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"}
        }}),
        json!({"type": "object", "properties": {"id": {"type": "string"}}}),
        json!({}),
    );
    doc["paths"]["/things"]["post"]["responses"] = json!({
        "200": {"$ref": "#/components/responses/Thing"},
        "404": {"description": "missing"},
        "4XX": {"description": "client error"},
        "5xx": {"description": "server error"},
        "default": {"$ref": "#/components/responses/Error"}
    });
    doc["components"]["responses"] = json!({
        "Thing": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Api.Response"}}}},
        "Error": {"description": "error", "content": {"application/json": {"schema": {"type": "object"}}}}
    });
    let api = lower(&doc, &Options::default()).unwrap();
    let operation = &api.operations[0];
    assert_eq!(operation.successes.len(), 1);
    assert_eq!(
        operation.successes[0].body,
        Payload::Json(Ty::Named("Response".into()))
    );
    assert_eq!(operation.error_statuses, [404, 4, 5, 0]);

    doc["paths"]["/things"]["post"]["responses"]["6XX"] = json!({"description": "no"});
    doc["paths"]["/things"]["post"]["responses"]["201"] =
        json!({"$ref": "#/components/responses/Nope"});
    let errors = lower(&doc, &Options::default()).unwrap_err();
    let found: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.location.as_str(), e.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "#/paths/~1things/post/responses/6XX",
                "response `6XX` is not a status code, a range (`4XX`) or `default`"
            ),
            (
                "#/paths/~1things/post/responses/201/$ref",
                "dangling $ref: #/components/responses/Nope does not exist"
            ),
        ]
    );
}

#[test]
fn a_request_bodys_own_examples_are_request_examples_of_the_body_type() {
    let mut doc = document(
        json!({"type": "object", "properties": {"name": {"type": "string"}}}),
        json!({"type": "object"}),
        json!({}),
    );
    let body = "/paths/~1things/post/requestBody/content";
    doc.pointer_mut(body).unwrap()["application/x-www-form-urlencoded"] =
        json!({"schema": {"$ref": "#/components/schemas/Api.Request"}, "example": {"name": "f"}});
    doc.pointer_mut(&format!("{body}/application~1json"))
        .unwrap()["examples"] = json!({
        "inline": {"summary": "s", "value": {"name": "i"}},
        "shared": {"$ref": "#/components/examples/Shared"},
        "elsewhere": {"externalValue": "https://example.com/thing.json"}
    });
    doc["components"]["examples"] = json!({"Shared": {"value": {"name": "r"}}});
    let checked = Options {
        check_examples: true,
        ..Options::default()
    };
    let api = lower(&doc, &checked).unwrap();
    let found: Vec<(&str, &Value)> = api
        .examples
        .iter()
        .inspect(|e| {
            assert_eq!(
                (&e.ty, e.side),
                (&Ty::Named("Request".into()), Side::Request)
            )
        })
        .map(|e| (e.pointer.as_str(), &e.value))
        .collect();
    let at = "#/paths/~1things/post/requestBody/content";
    assert_eq!(
        found,
        [
            (
                &*format!("{at}/application~1json/examples/inline/value"),
                &json!({"name": "i"})
            ),
            (
                &*format!("{at}/application~1json/examples/shared"),
                &json!({"name": "r"})
            ),
            (
                &*format!("{at}/application~1x-www-form-urlencoded/example"),
                &json!({"name": "f"})
            ),
        ]
    );
    assert!(
        lower(&doc, &Options::default())
            .unwrap()
            .examples
            .is_empty()
    );

    doc["components"]["examples"] = json!({});
    let errors = lower(&doc, &checked).unwrap_err();
    assert_eq!(
        errors[0].message,
        "dangling $ref: #/components/examples/Shared does not exist"
    );
}

#[test]
fn several_success_statuses_make_an_enum_and_non_json_bodies_are_text_or_bytes() {
    let mut doc = document(
        json!({"type": "object"}),
        json!({"type": "object"}),
        json!({}),
    );
    doc["paths"]["/things"]["post"]["responses"] = json!({
        "2XX": {"description": "other", "content": {"text/csv": {"schema": {"type": "string"}}}},
        "204": {"description": "nothing"},
        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Api.Response"}}}},
        "201": {"description": "made", "content": {"image/png": {}}}
    });
    let api = lower(&doc, &Options::default()).unwrap();
    let operation = &api.operations[0];
    assert_eq!(
        operation.response_enum.as_deref(),
        Some("CreateThingResponse")
    );
    let found: Vec<(u16, bool, &str, &Payload, &str)> = operation
        .successes
        .iter()
        .map(|s| {
            (
                s.status,
                s.range,
                s.variant.as_str(),
                &s.body,
                s.media.as_str(),
            )
        })
        .collect();
    let json_body = Payload::Json(Ty::JsonObject);
    assert_eq!(
        found,
        [
            (200, false, "Ok", &json_body, "application/json"),
            (201, false, "Created", &Payload::Bytes, "image/png"),
            (204, false, "NoContent", &Payload::Empty, "application/json"),
            (200, true, "Success", &Payload::Text, "text/csv"),
        ]
    );
}

/// A document whose request is the first of `n` components `C0`, `C1`…, each made by
/// `link` from a `$ref` to the next (the last refers to an object).
fn chain(n: usize, link: impl Fn(Value) -> Value) -> Value {
    let mut extra = serde_json::Map::new();
    for i in 0..n {
        let next = if i + 1 == n {
            json!({"type": "object", "properties": {"end": {"type": "string"}}})
        } else {
            json!({"$ref": format!("#/components/schemas/C{}", i + 1)})
        };
        extra.insert(format!("C{i}"), link(next));
    }
    let request =
        json!({"type": "object", "properties": {"first": {"$ref": "#/components/schemas/C0"}}});
    document(request, json!({"type": "object"}), Value::Object(extra))
}

/// Lowers `doc` on a thread with rustc's main-thread stack (8 MiB), where the macro runs:
/// the errors, or `None` when it succeeded. A stack overflow would abort the test binary.
fn lower_on_rustc_stack(doc: Value) -> Option<Vec<(String, String)>> {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            lower(&doc, &Options::default()).err().map(|errors| {
                errors
                    .into_iter()
                    .map(|e| (e.location, e.message))
                    .collect()
            })
        })
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn chains_of_schemas_too_deep_for_rustc_are_refused_at_a_pointer_without_crashing() {
    let object = |next: Value| json!({"type": "object", "properties": {"next": next}});
    let alias = |next: Value| next;
    let all_of = |next: Value| json!({"allOf": [next, {"type": "object", "properties": {"x": {"type": "string"}}}]});
    let one_of = |next: Value| json!({"oneOf": [next, {"type": "integer"}]});
    type Link = Box<dyn Fn(Value) -> Value>;
    let links: [(&str, Link); 4] = [
        ("object", Box::new(object)),
        ("alias", Box::new(alias)),
        ("allOf", Box::new(all_of)),
        ("oneOf", Box::new(one_of)),
    ];
    for (kind, link) in &links {
        for n in [100, 2_000, 10_000] {
            let errors = lower_on_rustc_stack(chain(n, link));
            // Aliases are followed to what they name and `allOf` parts are merged: a
            // chain of them is one type, which is fine as long as it did not crash.
            if matches!(*kind, "alias" | "allOf") && errors.is_none() {
                continue;
            }
            let errors = errors.unwrap_or_else(|| panic!("a {kind} chain of {n} was accepted"));
            assert!(
                errors
                    .iter()
                    .any(|(at, message)| at.starts_with("#/components/schemas/")
                        && message.contains("nest")),
                "{kind} chain of {n}: {errors:?}"
            );
        }
    }
    // A chain rustc compiles is generated.
    assert_eq!(lower_on_rustc_stack(chain(MAX_NESTING - 4, object)), None);
}

#[test]
fn documented_error_bodies_get_an_enum_whose_name_never_takes_a_schemas() {
    let doc = document(
        json!({"type": "object"}),
        json!({"type": "object"}),
        // A component already named as the enum would be.
        json!({"Api.CreateThingError": {"type": "object", "properties": {"code": {"type": "integer"}}}}),
    );
    let mut with_body = doc.clone();
    with_body["paths"]["/things"]["post"]["responses"]["default"] = json!({
        "description": "error",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Api.CreateThingError"}}}
    });
    let api = lower(&with_body, &Options::default()).unwrap();
    let operation = &api.operations[0];
    assert!(api.types.contains_key("CreateThingError"));
    assert_eq!(operation.error_enum.as_deref(), Some("CreateThingError2"));
    assert_eq!(
        operation.error_bodies,
        [(422, None), (0, Some(Ty::Named("CreateThingError".into())))]
    );
    // Without a JSON error body there is nothing to type: no enum.
    let api = lower(&doc, &Options::default()).unwrap();
    assert_eq!(api.operations[0].error_enum, None);
}
