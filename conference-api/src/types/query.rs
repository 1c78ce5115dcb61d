//! Query parameters that are arrays or objects, written as their `style` and `explode`
//! say (OpenAPI 3.1, "Style Values"), and cookie parameters gathered into one header.

use serde_json::Value;
use std::borrow::Cow;

/// How a query parameter that is an array or an object is written.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryStyle {
    /// `form`, `explode: true` (the default): `id=1&id=2`; an object's fields as
    /// parameters of their own (`a=1&b=2`).
    Form,
    /// `form`, `explode: false`: `id=1,2`; an object as `point=x,1,y,2`.
    FormUnexploded,
    /// `spaceDelimited`: `id=1%202`.
    SpaceDelimited,
    /// `pipeDelimited`: `id=1|2`.
    PipeDelimited,
    /// `deepObject`: `filter[a]=1&filter[b][c]=2`; an array inside as `filter[a]=1&filter[a]=2`.
    DeepObject,
}

/// Appends one `Cookie` header holding the cookie parameters `cookies` (`a=1; b=2`), if
/// any. Bytes that RFC 6265 does not allow in a cookie value (spaces, `"`, `,`, `;`,
/// `\\`, controls, non-ASCII) and `%` are percent-encoded, so a value cannot add cookies.
#[doc(hidden)]
pub fn push_cookies(
    headers: &mut Vec<(Cow<'static, str>, String)>,
    cookies: &[(Cow<'static, str>, String)],
) {
    if cookies.is_empty() {
        return;
    }
    let mut header = String::new();
    for (name, value) in cookies {
        if !header.is_empty() {
            header.push_str("; ");
        }
        header.push_str(name);
        header.push('=');
        for byte in value.bytes() {
            let allowed =
                matches!(byte, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E);
            if allowed && byte != b'%' {
                header.push(char::from(byte));
            } else {
                header.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    headers.push((Cow::Borrowed("cookie"), header));
}

/// Appends the pairs of the parameter `name` holding `value` (its JSON), as `style` says.
/// `null` and empty arrays or objects add nothing.
#[doc(hidden)]
pub fn query_json(
    query: &mut Vec<(Cow<'static, str>, String)>,
    name: &'static str,
    style: QueryStyle,
    value: &Value,
) {
    let joined =
        |separator: &str, parts: Vec<String>| (!parts.is_empty()).then(|| parts.join(separator));
    match (style, value) {
        (_, Value::Null) => {}
        (QueryStyle::DeepObject, Value::Object(_)) => deep(query, name.to_owned(), value),
        (QueryStyle::Form | QueryStyle::DeepObject, Value::Array(items)) => {
            for item in items {
                if let Some(text) = scalar(item) {
                    query.push((Cow::Borrowed(name), text));
                }
            }
        }
        (QueryStyle::Form, Value::Object(fields)) => {
            for (field, item) in fields {
                if let Some(text) = scalar(item) {
                    query.push((Cow::Owned(field.clone()), text));
                }
            }
        }
        (_, Value::Array(items)) => {
            let separator = match style {
                QueryStyle::SpaceDelimited => " ",
                QueryStyle::PipeDelimited => "|",
                _ => ",",
            };
            if let Some(text) = joined(separator, items.iter().filter_map(scalar).collect()) {
                query.push((Cow::Borrowed(name), text));
            }
        }
        (_, Value::Object(fields)) => {
            let parts = fields
                .iter()
                .filter_map(|(field, item)| Some(format!("{field},{}", scalar(item)?)))
                .collect();
            if let Some(text) = joined(",", parts) {
                query.push((Cow::Borrowed(name), text));
            }
        }
        (_, scalar_value) => {
            if let Some(text) = scalar(scalar_value) {
                query.push((Cow::Borrowed(name), text));
            }
        }
    }
}

/// `deepObject`: every leaf of the object under `name[field]…`.
fn deep(query: &mut Vec<(Cow<'static, str>, String)>, name: String, value: &Value) {
    match value {
        Value::Object(fields) => {
            for (field, item) in fields {
                deep(query, format!("{name}[{field}]"), item);
            }
        }
        Value::Array(items) => {
            for item in items {
                deep(query, name.clone(), item);
            }
        }
        _ => {
            if let Some(text) = scalar(value) {
                query.push((Cow::Owned(name), text));
            }
        }
    }
}

/// A scalar's text (strings as they are); `None` for `null` and for nested values,
/// which no style defines.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pairs(style: QueryStyle, value: Value) -> Vec<(String, String)> {
        let mut query = Vec::new();
        query_json(&mut query, "id", style, &value);
        query
            .into_iter()
            .map(|(name, text)| (name.into_owned(), text))
            .collect()
    }

    fn owned(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn arrays_follow_their_style() {
        let ids = json!(["1", 2, true]);
        assert_eq!(
            pairs(QueryStyle::Form, ids.clone()),
            owned(&[("id", "1"), ("id", "2"), ("id", "true")])
        );
        assert_eq!(
            pairs(QueryStyle::FormUnexploded, ids.clone()),
            owned(&[("id", "1,2,true")])
        );
        assert_eq!(
            pairs(QueryStyle::SpaceDelimited, ids.clone()),
            owned(&[("id", "1 2 true")])
        );
        assert_eq!(
            pairs(QueryStyle::PipeDelimited, ids),
            owned(&[("id", "1|2|true")])
        );
        assert!(pairs(QueryStyle::FormUnexploded, json!([])).is_empty());
        assert!(pairs(QueryStyle::Form, json!(null)).is_empty());
        // A union parameter that holds a string is one pair, whatever the style.
        assert_eq!(pairs(QueryStyle::Form, json!("7")), owned(&[("id", "7")]));
    }

    #[test]
    fn objects_follow_their_style() {
        let filter = json!({"role": "admin", "since": 5});
        assert_eq!(
            pairs(QueryStyle::Form, filter.clone()),
            owned(&[("role", "admin"), ("since", "5")])
        );
        assert_eq!(
            pairs(QueryStyle::FormUnexploded, filter.clone()),
            owned(&[("id", "role,admin,since,5")])
        );
        assert_eq!(
            pairs(
                QueryStyle::DeepObject,
                json!({"a": {"b": 1}, "c": ["x", "y"]})
            ),
            owned(&[("id[a][b]", "1"), ("id[c]", "x"), ("id[c]", "y")])
        );
    }
}
