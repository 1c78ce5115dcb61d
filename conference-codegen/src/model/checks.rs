//! Rules that span several nodes, one function each.

use super::{Field, Lower, Rules, Ty, TypeBody};
use serde_json::Value;

/// Rule: each field needs a Rust name of its own, and one that is not a method of the
/// request builder (`build`, `validate`), whose setters are named after fields (nor the
/// `…_null` setter of a nullable field, nor, for a `nullable` field, one whose name is
/// its own `…_null`). A clash takes the next free `name_2`…, so no schema needs renaming.
pub(super) fn unique_field_name(
    earlier: &[Field],
    name: &str,
    nullable: bool,
    reserved: &[&str],
) -> String {
    let taken = |candidate: &str| {
        let null_setter = format!("{candidate}_null");
        reserved.contains(&candidate)
            || earlier.iter().any(|f| {
                f.name == candidate
                    || (f.nullable && format!("{}_null", f.name) == candidate)
                    || (nullable && f.name == null_setter)
            })
    };
    super::names::next_free(name, "_", taken)
}

impl Lower<'_> {
    /// Rule: a default must itself be a valid value of its field, or the documented
    /// default would be a value users cannot send. SignalWire's own document breaks it
    /// (`session_timeout`: minimum 1, default 0), so a broken default is not a compile
    /// error: it is left out of the generated constants, and the field's docs say why.
    pub(super) fn check_default(&self, field: &mut Field) {
        let Some(default) = &field.default else {
            return;
        };
        if default.is_null() && field.nullable {
            return;
        }
        if let Some(problem) = self.default_problem(&field.ty, default) {
            let note = format!(
                "The schema gives the default `{default}`, which is not a valid value ({problem}): \
                 the server's behaviour when the field is unset is not known."
            );
            field.doc = Some(match field.doc.take() {
                Some(doc) => format!("{doc}\n\n{note}"),
                None => note,
            });
            field.default = None;
        }
    }

    /// Why `default` is not a value of `ty`, if it is not.
    fn default_problem(&self, ty: &Ty, default: &Value) -> Option<String> {
        let wrong_type = |expected: &str| Some(format!("expected {expected}"));
        match ty {
            Ty::Bool if !default.is_boolean() => wrong_type("a boolean"),
            Ty::File => Some("a file has no default".to_owned()),
            Ty::String | Ty::Uri if !default.is_string() => wrong_type("a string"),
            Ty::DateTime | Ty::LenientDateTime => match default.as_str() {
                None => wrong_type("a string"),
                Some(text) if !is_date_time(text) => Some("not an RFC 3339 date-time".to_owned()),
                Some(_) => None,
            },
            Ty::Uuid => match default.as_str() {
                None => wrong_type("a string"),
                Some(text) if !is_hyphenated_uuid(text) => Some("not a hyphenated UUID".to_owned()),
                Some(_) => None,
            },
            Ty::I32 | Ty::I64 if !default.is_i64() && !default.is_u64() => wrong_type("an integer"),
            Ty::F32 | Ty::F64 if !default.is_number() => wrong_type("a number"),
            Ty::Vec(_) | Ty::Items(..) if !default.is_array() => wrong_type("an array"),
            Ty::JsonObject | Ty::Map(_) | Ty::Entries(..) if !default.is_object() => {
                wrong_type("an object")
            }
            Ty::Option(inner) | Ty::Boxed(inner) if !default.is_null() => {
                self.default_problem(inner, default)
            }
            Ty::OrOther(inner, types) if types.contains(default) => {
                self.default_problem(inner, default)
            }
            Ty::Named(name) | Ty::OrUnknown(name) => {
                match self.api.types.get(name).map(|t| &t.body) {
                    Some(TypeBody::Enum(e)) => (!e
                        .variants
                        .iter()
                        .any(|v| enum_wire_matches(&v.wire, default, e.numeric)))
                    .then(|| "not one of the enum's values".to_owned()),
                    _ => self
                        .placeholder_rules(name)
                        .filter(|rules| !rules_accept(rules, default))
                        .map(|_| "it breaks the field's rules".to_owned()),
                }
            }
            _ => None,
        }
    }
}

fn enum_wire_matches(wire: &str, value: &Value, numeric: bool) -> bool {
    if numeric {
        value.as_f64().is_some() && value.as_f64() == wire.parse::<f64>().ok()
    } else {
        value.as_str() == Some(wire)
    }
}

/// Whether a value keeps the rules; the generated newtypes check the same at run time.
fn rules_accept(rules: &Rules, value: &Value) -> bool {
    match rules {
        Rules::String {
            max_length,
            min_length,
            pattern,
        } => {
            let Some(text) = value.as_str() else {
                return false;
            };
            let length = text.chars().count() as u64;
            max_length.is_none_or(|max| length <= max)
                && min_length.is_none_or(|min| length >= min)
                && pattern
                    .as_deref()
                    .is_none_or(|p| crate::pattern::compile(p).is_ok_and(|dfa| dfa.is_match(text)))
        }
        Rules::Integer {
            minimum,
            maximum,
            multiple_of,
            ..
        } => {
            let Some(number) = value.as_i64() else {
                return false;
            };
            minimum.is_none_or(|min| number >= min)
                && maximum.is_none_or(|max| number <= max)
                && multiple_of.is_none_or(|step| number % step == 0)
        }
        Rules::Number { .. } => {
            let Some(number) = value.as_f64() else {
                return false;
            };
            let [minimum, maximum, above, below, step] = rules.number_limits().unwrap_or_default();
            minimum.is_none_or(|min| number >= min)
                && maximum.is_none_or(|max| number <= max)
                && above.is_none_or(|min| number > min)
                && below.is_none_or(|max| number < max)
                && step.is_none_or(|step| {
                    let quotient = number / step;
                    (quotient - quotient.round()).abs() < 1e-9
                })
        }
        Rules::Values(texts) => texts
            .iter()
            .any(|text| serde_json::from_str::<Value>(text).is_ok_and(|v| &v == value)),
    }
}

/// RFC 3339 `date-time` (or the bare date the runtime also accepts), checked by shape.
fn is_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    let date = digits(0..4)
        && bytes.get(4) == Some(&b'-')
        && digits(5..7)
        && bytes.get(7) == Some(&b'-')
        && digits(8..10);
    if !date {
        return false;
    }
    if bytes.len() == 10 {
        return true;
    }
    matches!(bytes.get(10), Some(b'T' | b't'))
        && digits(11..13)
        && bytes.get(13) == Some(&b':')
        && digits(14..16)
        && bytes.get(16) == Some(&b':')
        && digits(17..19)
        && text[19..]
            .trim_start_matches(|c: char| c == '.' || c.is_ascii_digit())
            .chars()
            .next()
            .is_some_and(|c| matches!(c, 'Z' | 'z' | '+' | '-'))
}

/// The RFC 9562 hyphenated form: 8-4-4-4-12 hexadecimal digits.
fn is_hyphenated_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}
