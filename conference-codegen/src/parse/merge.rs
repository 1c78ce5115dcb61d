//! `allOf`, and keywords beside a union, rewritten at the JSON level into one schema
//! before it is lowered: the model never sees an `allOf` it has to reason about.

use super::{
    ANNOTATIONS, ARRAY_KEYWORDS, NUMBER_KEYWORDS, OBJECT_KEYWORDS, STRING_KEYWORDS, component_of,
};
use serde_json::{Map, Value};

/// A problem with its pointer.
type Problem = (String, String);

/// The schema that `object` (which has `allOf`) describes, with its parts merged: the
/// properties and `required` of every part, the tightest of each bound, enums
/// intersected. Parts that contradict each other (two types, two patterns) are refused.
pub fn all_of(doc: &Value, object: &Map<String, Value>, at: &str) -> Result<Value, Problem> {
    all_of_within(doc, object, at, &mut Vec::new())
}

/// [`all_of`] inside the parts of the components in `resolving`, which are being merged.
fn all_of_within(
    doc: &Value,
    object: &Map<String, Value>,
    at: &str,
    resolving: &mut Vec<String>,
) -> Result<Value, Problem> {
    let parts = object
        .get("allOf")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut merged = Map::new();
    // Keywords beside `allOf` are one more part; its annotations win (they describe this use).
    let mut beside = object.clone();
    beside.remove("allOf");
    merge_into(&mut merged, &beside, at)?;
    for (i, part) in parts.iter().enumerate() {
        let part_at = format!("{at}/{i}");
        let resolved = flatten(doc, part, &part_at, resolving)?;
        merge_into(&mut merged, &resolved, &part_at)?;
    }
    Ok(Value::Object(merged))
}

/// A part with its `$ref`s followed and its own `allOf` merged. `resolving` holds the
/// components whose parts are being flattened: one of them again is a cycle.
/// How many components an `allOf` may merge through, one inside the next, before it is
/// refused: each is a level of recursion, and the macro runs on rustc's 8 MiB stack.
const MAX_MERGED: usize = 256;

fn flatten(
    doc: &Value,
    part: &Value,
    at: &str,
    resolving: &mut Vec<String>,
) -> Result<Map<String, Value>, Problem> {
    let Some(object) = part.as_object() else {
        return match part {
            Value::Bool(true) => Ok(Map::new()),
            _ => Err((
                at.to_owned(),
                "an allOf part must be a schema object".to_owned(),
            )),
        };
    };
    if let Some(reference) = object.get("$ref") {
        let name = reference.as_str().and_then(component_of);
        let target = name
            .as_ref()
            .and_then(|name| doc.pointer(&format!("/components/schemas/{}", super::escape(name))));
        let (Some(name), Some(target)) = (name, target) else {
            return Err((
                format!("{at}/$ref"),
                format!("dangling $ref: {reference} does not exist"),
            ));
        };
        if resolving.contains(&name) {
            return Err((
                format!("{at}/$ref"),
                "allOf parts refer to each other in a cycle".to_owned(),
            ));
        }
        if resolving.len() >= MAX_MERGED {
            return Err((
                format!("{at}/$ref"),
                format!(
                    "allOf parts nest more than {MAX_MERGED} components deep here: a chain this long is refused rather than followed off the stack"
                ),
            ));
        }
        resolving.push(name);
        let resolved = flatten(doc, target, at, resolving);
        resolving.pop();
        let mut resolved = resolved?;
        // Annotations beside the `$ref` describe this use of it.
        for (key, value) in object {
            if key != "$ref" {
                resolved.insert(key.clone(), value.clone());
            }
        }
        return Ok(resolved);
    }
    if object.contains_key("allOf") {
        return match all_of_within(doc, object, &format!("{at}/allOf"), resolving)? {
            Value::Object(map) => Ok(map),
            _ => Ok(Map::new()),
        };
    }
    Ok(object.clone())
}

fn merge_into(
    out: &mut Map<String, Value>,
    part: &Map<String, Value>,
    at: &str,
) -> Result<(), Problem> {
    for (key, value) in part {
        let Some(existing) = out.get(key).cloned() else {
            out.insert(key.clone(), value.clone());
            continue;
        };
        let contradiction = |what: &str| {
            Err((
                format!("{at}/{}", super::escape(key)),
                format!("the allOf parts contradict each other: {what} ({existing} and {value})"),
            ))
        };
        let merged = match key.as_str() {
            _ if ANNOTATIONS.contains(&key.as_str())
                || key.starts_with("x-")
                || key == "discriminator" =>
            {
                existing
            }
            "type" => match (existing.as_str(), value.as_str()) {
                (Some(a), Some(b)) if a == b => existing,
                (Some("integer"), Some("number")) | (Some("number"), Some("integer")) => {
                    Value::from("integer")
                }
                _ => return contradiction("two types"),
            },
            "properties" => {
                let mut properties = existing.as_object().cloned().unwrap_or_default();
                for (name, schema) in value.as_object().into_iter().flatten() {
                    let combined = match properties.remove(name) {
                        Some(first) if first != *schema => Value::Object(Map::from_iter([(
                            "allOf".to_owned(),
                            Value::Array(vec![first, schema.clone()]),
                        )])),
                        _ => schema.clone(),
                    };
                    properties.insert(name.clone(), combined);
                }
                Value::Object(properties)
            }
            "required" => {
                let mut names = existing.as_array().cloned().unwrap_or_default();
                for name in value.as_array().into_iter().flatten() {
                    if !names.contains(name) {
                        names.push(name.clone());
                    }
                }
                Value::Array(names)
            }
            "maxLength" | "maxItems" | "maxProperties" | "maximum" | "exclusiveMaximum" => {
                tighter(&existing, value, f64::min)
            }
            "minLength" | "minItems" | "minProperties" | "minimum" | "exclusiveMinimum" => {
                tighter(&existing, value, f64::max)
            }
            "uniqueItems" => {
                Value::Bool(existing == Value::Bool(true) || *value == Value::Bool(true))
            }
            "nullable" => Value::Bool(existing == Value::Bool(true) && *value == Value::Bool(true)),
            "enum" => {
                let theirs = value.as_array().cloned().unwrap_or_default();
                let both: Vec<Value> = existing
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|v| theirs.contains(v))
                    .cloned()
                    .collect();
                if both.is_empty() {
                    return contradiction("no value is in both enums");
                }
                Value::Array(both)
            }
            "items" | "unevaluatedProperties" | "additionalProperties" => {
                if is_closed(&existing) || is_closed(value) {
                    if key == "items" {
                        return contradiction("no array item is valid");
                    }
                    Value::Object(Map::from_iter([(
                        "not".to_owned(),
                        Value::Object(Map::new()),
                    )]))
                } else {
                    Value::Object(Map::from_iter([(
                        "allOf".to_owned(),
                        Value::Array(vec![existing, value.clone()]),
                    )]))
                }
            }
            _ if existing == *value => existing,
            "pattern" => return contradiction("two patterns"),
            "format" => return contradiction("two formats"),
            "const" => return contradiction("two constants"),
            "multipleOf" => return contradiction("two multipleOf"),
            "anyOf" | "oneOf" => {
                return Err((
                    format!("{at}/{key}"),
                    format!(
                        "allOf parts with their own {key} are not supported; write the union outside the allOf"
                    ),
                ));
            }
            _ => return contradiction(&format!("two values of `{key}`")),
        };
        out.insert(key.clone(), merged);
    }
    Ok(())
}

fn tighter(a: &Value, b: &Value, pick: fn(f64, f64) -> f64) -> Value {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) if pick(x, y) == y => b.clone(),
        _ => a.clone(),
    }
}

fn is_closed(value: &Value) -> bool {
    value == &Value::Bool(false)
        || value
            .get("not")
            .is_some_and(|n| n == &Value::Bool(true) || n.as_object().is_some_and(Map::is_empty))
}

/// A variant of a union with the keywords beside the union that apply to its type
/// (`maximum` to integers, `maxLength` to strings…), as an `allOf` when there are any.
/// A variant without a type of its own takes the union's `type` and all its keywords.
pub fn with_siblings(
    doc: &Value,
    variant: &Value,
    siblings: &Map<String, Value>,
    union_type: Option<&Value>,
) -> Value {
    let mut applicable = siblings.clone();
    match type_of(doc, variant, 0) {
        Some(type_name) => keep_applicable(&mut applicable, &type_name),
        None => {
            if let Some(union_type) = union_type {
                applicable.insert("type".to_owned(), union_type.clone());
            }
        }
    }
    if applicable.is_empty() {
        return variant.clone();
    }
    Value::Object(Map::from_iter([(
        "allOf".to_owned(),
        Value::Array(vec![variant.clone(), Value::Object(applicable)]),
    )]))
}

/// Keeps only the keywords of `object` that constrain values of `type_name`.
pub fn keep_applicable(object: &mut Map<String, Value>, type_name: &str) {
    let own: &[&str] = match type_name {
        "string" => STRING_KEYWORDS,
        "integer" | "number" => NUMBER_KEYWORDS,
        "object" => OBJECT_KEYWORDS,
        "array" => ARRAY_KEYWORDS,
        _ => &[],
    };
    let typed: Vec<&str> = [
        STRING_KEYWORDS,
        NUMBER_KEYWORDS,
        OBJECT_KEYWORDS,
        ARRAY_KEYWORDS,
    ]
    .concat();
    object.retain(|key, _| own.contains(&key.as_str()) || !typed.contains(&key.as_str()));
}

/// The `type` of a schema, following `$ref`s and single-part wrappers.
fn type_of(doc: &Value, schema: &Value, depth: usize) -> Option<String> {
    if depth > 32 {
        return None;
    }
    let object = schema.as_object()?;
    if let Some(name) = object.get("type").and_then(Value::as_str) {
        return Some(name.to_owned());
    }
    if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
        let name = component_of(reference)?;
        let target = doc.pointer(&format!("/components/schemas/{}", super::escape(&name)))?;
        return type_of(doc, target, depth + 1);
    }
    if let Some([part]) = object
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        return type_of(doc, part, depth + 1);
    }
    None
}
