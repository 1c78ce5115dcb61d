//! Scalars with rules: enums, and the checked newtypes that request fields with the same
//! rules share (`Color` for every `#rrggbb` field). A shared type is named once every use
//! is known.

use super::{Constrained, Enum, Lower, Options, Payload, Side, Ty, TypeBody, TypeDef, Variant};
use crate::naming;
use crate::parse::{NumberRules, Schema, StringFormat, StringRules, Width};
use serde_json::{Number, Value};
use std::collections::{HashMap, HashSet};

/// The rules of a constrained scalar; equal rules share one type. Numbers are kept as
/// the schema's JSON text, so the rules stay comparable.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rules {
    String {
        max_length: Option<u64>,
        min_length: Option<u64>,
        pattern: Option<String>,
    },
    Integer {
        int32: bool,
        minimum: Option<i64>,
        maximum: Option<i64>,
        multiple_of: Option<i64>,
    },
    Number {
        f32: bool,
        minimum: Option<String>,
        maximum: Option<String>,
        exclusive_minimum: Option<String>,
        exclusive_maximum: Option<String>,
        multiple_of: Option<String>,
    },
    /// An `enum` or `const` of values that are not all strings or all numbers, as JSON text.
    Values(Vec<String>),
}

impl Rules {
    /// A non-integer number's limits: minimum, maximum, exclusiveMinimum,
    /// exclusiveMaximum, multipleOf.
    pub fn number_limits(&self) -> Option<[Option<f64>; 5]> {
        let Rules::Number {
            minimum,
            maximum,
            exclusive_minimum,
            exclusive_maximum,
            multiple_of,
            ..
        } = self
        else {
            return None;
        };
        let limit = |text: &Option<String>| text.as_deref().and_then(|t| t.parse::<f64>().ok());
        Some(
            [
                minimum,
                maximum,
                exclusive_minimum,
                exclusive_maximum,
                multiple_of,
            ]
            .map(limit),
        )
    }
}

/// The request fields that use one set of rules.
#[derive(Default)]
pub struct Group {
    /// (pointer, wire name) of each field, in document order.
    fields: Vec<(String, String)>,
    component: Option<String>,
    doc: Option<String>,
}

impl Lower<'_> {
    pub(super) fn string(
        &mut self,
        rules: &StringRules,
        side: Side,
        name_hint: &str,
        schema: &Schema,
        field: Option<&str>,
    ) -> Ty {
        if let Some(values) = &rules.values {
            return self.enumeration(name_hint, values, false, side, schema);
        }
        if (rules.format, side) == (Some(StringFormat::Binary), Side::Request) {
            return Ty::File;
        }
        let base = match (rules.format, side) {
            (Some(StringFormat::DateTime), Side::Request) => Ty::DateTime,
            (Some(StringFormat::DateTime), Side::Response) => Ty::LenientDateTime,
            (Some(StringFormat::Uuid), _) => Ty::Uuid,
            (Some(StringFormat::Uri), Side::Request) => Ty::Uri,
            _ => Ty::String,
        };
        let constrained =
            rules.max_length.is_some() || rules.min_length.is_some() || rules.pattern.is_some();
        // Request-side rules never apply to responses: the server may already have relaxed them.
        if !constrained || side == Side::Response {
            return base;
        }
        if !matches!(base, Ty::String | Ty::Uri) {
            self.cx.error(
                &schema.pointer,
                "length or pattern rules on a date-time or uuid are not supported",
            );
            return base;
        }
        let key = Rules::String {
            max_length: rules.max_length,
            min_length: rules.min_length,
            pattern: rules.pattern.clone(),
        };
        self.group(key, schema, field)
    }

    pub(super) fn number(
        &mut self,
        rules: &NumberRules,
        side: Side,
        name_hint: &str,
        schema: &Schema,
        field: Option<&str>,
    ) -> Ty {
        if let Some(values) = &rules.values {
            let wires: Vec<String> = values.iter().map(ToString::to_string).collect();
            return self.enumeration(name_hint, &wires, true, side, schema);
        }
        let base = match rules.width {
            Width::I32 => Ty::I32,
            Width::I64 => Ty::I64,
            Width::F32 => Ty::F32,
            Width::F64 => Ty::F64,
        };
        let bounded = rules.minimum.is_some()
            || rules.maximum.is_some()
            || rules.exclusive_minimum.is_some()
            || rules.exclusive_maximum.is_some()
            || rules.multiple_of.is_some();
        if !bounded || side == Side::Response {
            return base;
        }
        let key = if rules.width.is_integer() {
            // Integers have exact inclusive bounds: `exclusiveMinimum: 0` is `minimum: 1`.
            let low = [
                rules
                    .minimum
                    .as_ref()
                    .map(|n| integer_bound(n, f64::ceil, 0.0)),
                rules
                    .exclusive_minimum
                    .as_ref()
                    .map(|n| integer_bound(n, f64::floor, 1.0)),
            ];
            let high = [
                rules
                    .maximum
                    .as_ref()
                    .map(|n| integer_bound(n, f64::floor, 0.0)),
                rules
                    .exclusive_maximum
                    .as_ref()
                    .map(|n| integer_bound(n, f64::ceil, -1.0)),
            ];
            let step = rules.multiple_of.as_ref().and_then(|n| n.as_i64());
            if rules.multiple_of.is_some() && step.is_none() {
                return self.number_rules(rules, side, schema, field);
            }
            Rules::Integer {
                int32: rules.width == Width::I32,
                minimum: low.into_iter().flatten().max(),
                maximum: high.into_iter().flatten().min(),
                multiple_of: step.filter(|s| *s != 1),
            }
        } else {
            return self.number_rules(rules, side, schema, field);
        };
        self.group(key, schema, field)
    }

    fn number_rules(
        &mut self,
        rules: &NumberRules,
        _side: Side,
        schema: &Schema,
        field: Option<&str>,
    ) -> Ty {
        let text = |n: &Option<Number>| n.as_ref().map(ToString::to_string);
        let key = Rules::Number {
            f32: rules.width == Width::F32,
            minimum: text(&rules.minimum),
            maximum: text(&rules.maximum),
            exclusive_minimum: text(&rules.exclusive_minimum),
            exclusive_maximum: text(&rules.exclusive_maximum),
            multiple_of: text(&rules.multiple_of),
        };
        self.group(key, schema, field)
    }

    /// Values of any JSON type (`enum: [true, 1]`, `const: {…}`): checked on requests,
    /// kept as JSON in responses.
    pub(super) fn values(
        &mut self,
        values: &[Value],
        side: Side,
        schema: &Schema,
        field: Option<&str>,
    ) -> Ty {
        if side == Side::Response {
            return Ty::Json;
        }
        let texts = values.iter().map(Value::to_string).collect();
        self.group(Rules::Values(texts), schema, field)
    }

    /// Records a use of constrained rules; the shared type is named once all uses are known.
    fn group(&mut self, rules: Rules, schema: &Schema, field: Option<&str>) -> Ty {
        let group = self.groups.entry(rules.clone()).or_default();
        match field {
            Some(wire) => group.fields.push((schema.pointer.clone(), wire.to_owned())),
            None => {
                let component = schema
                    .pointer
                    .strip_prefix("#/components/schemas/")
                    .filter(|rest| !rest.contains('/'))
                    .map(|rest| rest.replace("~1", "/").replace("~0", "~"));
                group.component = group.component.take().or(component);
            }
        }
        if group.doc.is_none() {
            group.doc = schema.description.clone();
        }
        Ty::Named(group_placeholder(&rules))
    }

    /// An enum type, defined once per schema node (a component reached from both sides,
    /// or an inline enum in a component with a request and a response type, is one enum).
    fn enumeration(
        &mut self,
        name: &str,
        wires: &[String],
        numeric: bool,
        side: Side,
        schema: &Schema,
    ) -> Ty {
        let existing = self
            .api
            .types
            .values()
            .find(|t| t.origin == schema.pointer && matches!(t.body, TypeBody::Enum(_)))
            .map(|t| t.name.clone());
        let name = match existing {
            Some(name) => name,
            None => {
                let owner = self.names.owner(name).map(str::to_owned);
                let name = if owner.as_deref() == Some(schema.pointer.as_str()) {
                    name.to_owned()
                } else {
                    self.names.claim(name, &schema.pointer)
                };
                let mut variants: Vec<Variant> = Vec::new();
                let mut seen: HashSet<&str> = HashSet::new();
                let mut taken = super::names::VariantNames::default();
                for wire in wires {
                    if !seen.insert(wire) {
                        continue;
                    }
                    variants.push(Variant {
                        name: taken.claim(naming::variant_name(&name, wire)),
                        wire: wire.clone(),
                    });
                }
                self.define(TypeDef {
                    name: name.clone(),
                    origin: schema.pointer.clone(),
                    doc: schema.description.clone().or_else(|| schema.title.clone()),
                    deprecated: schema.deprecated,
                    body: TypeBody::Enum(Enum { variants, numeric }),
                });
                name
            }
        };
        match side {
            Side::Request => Ty::Named(name),
            Side::Response => Ty::OrUnknown(name),
        }
    }

    /// Names every constrained type and replaces the placeholders in fields with it.
    pub(super) fn name_groups(&mut self, options: &Options) {
        let groups = std::mem::take(&mut self.groups);
        let mut names: HashMap<String, String> = HashMap::new();
        for (rules, group) in &groups {
            let origin = group.fields.first().map_or_else(
                || {
                    format!(
                        "#/components/schemas/{}",
                        crate::parse::escape(group.component.as_deref().unwrap_or_default())
                    )
                },
                |(pointer, _)| pointer.clone(),
            );
            let (wanted, chosen) = self.group_name(group, options);
            let name = match (&group.component, self.names.owner(&wanted)) {
                (Some(component), _) if wanted == self.names.shared(component) => wanted,
                // A name the macro call asks for is taken as it is, or refused.
                (_, Some(owner)) if chosen => {
                    self.cx.error(
                        &origin,
                        format!("`names` asks for `{wanted}` here, but {owner} is already called `{wanted}`; choose another name"),
                    );
                    continue;
                }
                _ => self.names.claim(&wanted, &origin),
            };
            let mut used_by: Vec<String> =
                group.fields.iter().map(|(_, wire)| wire.clone()).collect();
            used_by.dedup();
            self.define(TypeDef {
                name: name.clone(),
                origin,
                doc: group.doc.clone(),
                deprecated: false,
                body: TypeBody::Constrained(Constrained {
                    rules: rules.clone(),
                    used_by,
                }),
            });
            names.insert(group_placeholder(rules), name);
        }
        for def in self.api.types.values_mut() {
            match &mut def.body {
                TypeBody::Struct(s) => {
                    for field in &mut s.fields {
                        field.rename_types(&names);
                    }
                    if let Some(extra) = &mut s.extra {
                        extra.rename(&names);
                    }
                    s.conditions.iter_mut().for_each(|c| c.rename(&names));
                }
                TypeBody::Params(fields) => fields.iter_mut().for_each(|f| f.rename_types(&names)),
                TypeBody::Union(u) => u.variants.iter_mut().for_each(|v| v.ty.rename(&names)),
                TypeBody::Enum(_) | TypeBody::Constrained(_) => {}
            }
        }
        for example in &mut self.api.examples {
            example.ty.rename(&names);
        }
        for operation in &mut self.api.operations {
            operation
                .path_params
                .iter_mut()
                .for_each(|f| f.rename_types(&names));
            if let Some(ty) = &mut operation.body {
                ty.rename(&names);
            }
            for success in &mut operation.successes {
                if let Payload::Json(ty) = &mut success.body {
                    ty.rename(&names);
                }
            }
        }
    }

    /// A constrained type is named by the macro call's `names`; else after its component;
    /// else after its field when one name uses it; else after the words its fields' names
    /// share (`*_color` -> `Color`); else after its first field in document order.
    /// The name, and whether the macro call chose it.
    fn group_name(&self, group: &Group, options: &Options) -> (String, bool) {
        if let Some((name, _)) = options
            .names
            .iter()
            .find(|(_, pointer)| group.fields.iter().any(|(p, _)| p == pointer))
        {
            return (name.clone(), true);
        }
        if let Some(component) = &group.component {
            return (self.names.shared(component), false);
        }
        let mut wires: Vec<&str> = group.fields.iter().map(|(_, w)| w.as_str()).collect();
        let first = wires.first().copied().unwrap_or("value");
        wires.sort_unstable();
        wires.dedup();
        let name = match common_words(&wires) {
            Some(words) => naming::type_name(&words),
            None => naming::type_name(first),
        };
        (name, false)
    }
}

impl super::Field {
    fn rename_types(&mut self, names: &HashMap<String, String>) {
        self.ty.rename(names);
        self.conditions.iter_mut().for_each(|c| c.rename(names));
    }
}

impl super::CheckedBy {
    fn rename(&mut self, names: &HashMap<String, String>) {
        match self {
            super::CheckedBy::Not(ty) => ty.rename(names),
            super::CheckedBy::IfThenElse(condition, then, otherwise) => {
                condition.rename(names);
                then.iter_mut()
                    .chain(otherwise.iter_mut())
                    .for_each(|t| t.rename(names));
            }
        }
    }
}

impl Ty {
    fn rename(&mut self, names: &HashMap<String, String>) {
        match self {
            Ty::Named(name) => {
                if let Some(real) = names.get(name) {
                    *name = real.clone();
                }
            }
            Ty::Vec(inner)
            | Ty::Items(inner, _)
            | Ty::Map(inner)
            | Ty::Entries(inner, _)
            | Ty::Boxed(inner)
            | Ty::Option(inner)
            | Ty::OrOther(inner, _) => inner.rename(names),
            _ => {}
        }
    }
}

/// An inclusive integer bound from a schema number: `round` it, then step by `offset`
/// (an exclusive bound is one past the inclusive one).
fn integer_bound(number: &Number, round: fn(f64) -> f64, offset: f64) -> i64 {
    match number.as_i64() {
        Some(n) => n.saturating_add(offset as i64),
        None => (round(number.as_f64().unwrap_or_default()) + offset) as i64,
    }
}

/// The longest run of `_`-separated words that ends (or else starts) every name.
pub(super) fn common_words(names: &[&str]) -> Option<String> {
    let split: Vec<Vec<&str>> = names.iter().map(|n| n.split('_').collect()).collect();
    let shortest = split.iter().map(Vec::len).min()?;
    let suffix = (1..=shortest)
        .take_while(|&n| {
            split
                .iter()
                .all(|w| w[w.len() - n] == split[0][split[0].len() - n])
        })
        .last();
    if let Some(n) = suffix {
        return Some(split[0][split[0].len() - n..].join("_"));
    }
    let prefix = (1..=shortest)
        .take_while(|&n| split.iter().all(|w| w[n - 1] == split[0][n - 1]))
        .last()?;
    Some(split[0][..prefix].join("_"))
}

/// A name no schema can produce, standing for a constrained type until it is named.
pub(super) fn group_placeholder(rules: &Rules) -> String {
    format!("{rules:?}")
}

/// The rules of a placeholder, for checks made before the groups are named.
impl Lower<'_> {
    pub(super) fn placeholder_rules(&self, name: &str) -> Option<&Rules> {
        self.groups
            .keys()
            .find(|rules| group_placeholder(rules) == name)
    }
}
