//! Which components the selected operations reach, and from which side of the wire:
//! a component reached from both a request and a response gets two Rust types, a strict
//! one and a lenient one, so the names are decided before anything is lowered.

use super::operations::Selected;
use crate::parse::component_of;
use serde_json::Value;
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct Reach {
    pub request: BTreeSet<String>,
    pub response: BTreeSet<String>,
}

impl Reach {
    pub fn of(doc: &Value, selected: &[Selected<'_>]) -> Reach {
        let mut request = Vec::new();
        let mut response = Vec::new();
        for operation in selected {
            for key in ["requestBody", "parameters"] {
                if let Some(value) = operation.raw.get(key) {
                    refs(doc, value, &mut request);
                }
            }
            if let Some(parameters) = operation.item.get("parameters") {
                refs(doc, parameters, &mut request);
            }
            if let Some(responses) = operation.raw.get("responses") {
                refs(doc, responses, &mut response);
            }
        }
        Reach {
            request: closure(doc, request),
            response: closure(doc, response),
        }
    }
}

/// Every component `value` names, directly or through `#/components/parameters`.
fn refs(doc: &Value, value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            for (key, inner) in object {
                match (key.as_str(), inner.as_str()) {
                    ("$ref", Some(reference)) => {
                        if let Some(component) = component_of(reference) {
                            out.push(component);
                        } else if reference.starts_with("#/components/parameters/")
                            && let Some(parameter) = doc.pointer(&reference[1..])
                        {
                            refs(doc, parameter, out);
                        }
                    }
                    _ => refs(doc, inner, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| refs(doc, item, out)),
        _ => {}
    }
}

/// The components in `start` and every component they reach.
fn closure(doc: &Value, mut pending: Vec<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    while let Some(component) = pending.pop() {
        if !seen.insert(component.clone()) {
            continue;
        }
        let pointer = format!("/components/schemas/{}", crate::parse::escape(&component));
        if let Some(schema) = doc.pointer(&pointer) {
            refs(doc, schema, &mut pending);
        }
    }
    seen
}
