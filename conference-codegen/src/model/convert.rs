//! Schemas to Rust types: references, objects, arrays, maps and fields.

use super::{CheckedBy, CountRules, Field, Lower, Side, Struct, Ty, TypeBody, TypeDef};
use crate::naming;
use crate::parse::{ArraySchema, Condition, Extra, JsonTypes, Kind, ObjectSchema, Schema};

impl Lower<'_> {
    /// The Rust type of a schema. `name_hint` names a type that has to be made for an
    /// inline object, enum or union.
    pub(super) fn ty(&mut self, schema: &Schema, side: Side, name_hint: &str) -> Option<Ty> {
        if self.depth >= super::MAX_LOWERING_DEPTH {
            if !self.too_deep {
                self.too_deep = true;
                self.cx.error(
                    &schema.pointer,
                    format!(
                        "schemas nest more than {} deep here (through $ref, properties, items, allOf, oneOf…): rustc cannot compile types nested this deep",
                        super::MAX_LOWERING_DEPTH
                    ),
                );
            }
            return None;
        }
        self.depth += 1;
        let ty = self.lower_ty(schema, side, name_hint);
        self.depth -= 1;
        ty
    }

    fn lower_ty(&mut self, schema: &Schema, side: Side, name_hint: &str) -> Option<Ty> {
        if side == Side::Request
            && !schema.conditions.is_empty()
            && !matches!(schema.kind, Kind::Object(_))
        {
            self.cx.error(
                &schema.pointer,
                "`not` and `if` are supported on objects and on properties; move it to the property that uses this schema",
            );
        }
        match &schema.kind {
            Kind::Ref(component) => self.component(component, side, &schema.pointer),
            Kind::Nullable(inner) => Some(Ty::Option(Box::new(self.ty(inner, side, name_hint)?))),
            Kind::String(rules) => Some(self.string(rules, side, name_hint, schema, None)),
            Kind::Integer(rules) | Kind::Number(rules) => {
                Some(self.number(rules, side, name_hint, schema, None))
            }
            Kind::Values(values) => Some(self.values(values, side, schema, None)),
            Kind::Null => Some(self.values(&[serde_json::Value::Null], side, schema, None)),
            Kind::Boolean => Some(Ty::Bool),
            Kind::Any => Some(Ty::Json),
            Kind::Array(array) => self.array(array, side, name_hint),
            Kind::Object(object) => self.object(object, schema, side, name_hint, None),
            Kind::Union(union) => self.union(union, schema, side, name_hint, None),
            Kind::Untyped(inner, types) => Some(or_other(self.ty(inner, side, name_hint)?, *types)),
        }
    }

    fn array(&mut self, array: &ArraySchema, side: Side, name_hint: &str) -> Option<Ty> {
        let items = self.ty(&array.items, side, &format!("{name_hint}Item"))?;
        let rules = CountRules {
            min: array.min_items.filter(|n| *n > 0),
            max: array.max_items,
            unique: array.unique,
        };
        Some(if side == Side::Request && rules != CountRules::default() {
            Ty::Items(Box::new(items), rules)
        } else {
            Ty::Vec(Box::new(items))
        })
    }

    /// An object: a struct, or a map when it lists no properties. `name` is the type's
    /// name when it was claimed already (a component).
    pub(super) fn object(
        &mut self,
        object: &ObjectSchema,
        schema: &Schema,
        side: Side,
        name_hint: &str,
        name: Option<String>,
    ) -> Option<Ty> {
        let counts = CountRules {
            min: object.min_properties.filter(|n| *n > 0),
            max: object.max_properties,
            unique: false,
        };
        if object.properties.is_empty() && schema.conditions.is_empty() {
            match &object.extra {
                Extra::Open if counts == CountRules::default() || side == Side::Response => {
                    return Some(Ty::JsonObject);
                }
                Extra::Open => return Some(Ty::Entries(Box::new(Ty::Json), counts)),
                Extra::Typed(values) => {
                    let values = self.ty(values, side, &format!("{name_hint}Value"))?;
                    return Some(
                        if side == Side::Request && counts != CountRules::default() {
                            Ty::Entries(Box::new(values), counts)
                        } else {
                            Ty::Map(Box::new(values))
                        },
                    );
                }
                Extra::Closed => {}
            }
        }
        // A request struct also takes its builder's name.
        let derived: &[&str] = match side {
            Side::Request => &["Builder"],
            Side::Response => &[],
        };
        let name = match name {
            Some(name) => name,
            None => self.names.claim_with(name_hint, &schema.pointer, derived),
        };
        // A component's name was taken before its side was known: claim the builder now.
        if side == Side::Request {
            let clashes = self
                .names
                .claim_derived(&name, &schema.pointer, &["Builder"]);
            for clash in clashes {
                self.cx.error(
                    &schema.pointer,
                    format!("the builder of `{name}` would be named {clash}"),
                );
            }
        }
        let mut fields: Vec<Field> = Vec::new();
        for (wire, property) in &object.properties {
            // The server sets read-only fields and never sends write-only ones.
            let skip = match side {
                Side::Request => property.read_only,
                Side::Response => property.write_only,
            };
            if skip {
                continue;
            }
            let required = object.required.contains(wire);
            if let Some(mut field) = self.field(wire, property, required, side, &name) {
                let reserved: &[&str] = if side == Side::Request {
                    &["build", "validate"]
                } else {
                    &[]
                };
                field.name = super::checks::unique_field_name(
                    &fields,
                    &field.name,
                    field.nullable,
                    reserved,
                );
                fields.push(field);
            }
        }
        let extra = match &object.extra {
            Extra::Typed(values) => Some(self.ty(values, side, &format!("{name}Value"))?),
            _ => None,
        };
        let conditions = match side {
            Side::Request => self.conditions(&schema.conditions, &name),
            Side::Response => Vec::new(),
        };
        self.define(TypeDef {
            name: name.clone(),
            origin: schema.pointer.clone(),
            doc: schema.description.clone().or_else(|| schema.title.clone()),
            deprecated: schema.deprecated,
            body: TypeBody::Struct(Struct {
                side,
                closed: object.extra == Extra::Closed,
                fields,
                extra,
                min_properties: counts.min.filter(|_| side == Side::Request),
                max_properties: counts.max.filter(|_| side == Side::Request),
                conditions,
            }),
        });
        Some(Ty::Named(name))
    }

    /// `not` and `if`/`then`/`else`, as the request types their schemas lower to.
    pub(super) fn conditions(
        &mut self,
        conditions: &[Condition],
        name_hint: &str,
    ) -> Vec<CheckedBy> {
        let mut checked = Vec::new();
        for condition in conditions {
            match condition {
                Condition::Not(not) => {
                    if let Some(ty) = self.ty(not, Side::Request, &format!("{name_hint}Not")) {
                        checked.push(CheckedBy::Not(ty));
                    }
                }
                Condition::IfThenElse {
                    condition,
                    then,
                    otherwise,
                } => {
                    let mut lower = |schema: &Option<Box<Schema>>, suffix: &str| {
                        schema.as_ref().and_then(|s| {
                            self.ty(s, Side::Request, &format!("{name_hint}{suffix}"))
                        })
                    };
                    let then = lower(then, "Then");
                    let otherwise = lower(otherwise, "Else");
                    if let Some(condition) =
                        self.ty(condition, Side::Request, &format!("{name_hint}If"))
                    {
                        checked.push(CheckedBy::IfThenElse(condition, then, otherwise));
                    }
                }
            }
        }
        checked
    }

    /// A property (or parameter) named `wire` of the type `parent`.
    pub(super) fn field(
        &mut self,
        wire: &str,
        schema: &Schema,
        required: bool,
        side: Side,
        parent: &str,
    ) -> Option<Field> {
        let (inner, nullable) = match &schema.kind {
            Kind::Nullable(inner) => (inner.as_ref(), true),
            _ => (schema, false),
        };
        let hint = format!("{parent}{}", naming::type_name(wire));
        let (ty, conditions) = if side == Side::Request
            && !inner.conditions.is_empty()
            && !matches!(inner.kind, Kind::Object(_))
        {
            // The field checks the conditions of a scalar, an array or a union.
            let plain = Schema {
                conditions: Vec::new(),
                ..inner.clone()
            };
            let conditions = self.conditions(&inner.conditions, &hint);
            (self.field_ty(&plain, side, &hint, wire)?, conditions)
        } else {
            (self.field_ty(inner, side, &hint, wire)?, Vec::new())
        };
        let doc = [
            &schema.description,
            &inner.description,
            &schema.title,
            &inner.title,
        ]
        .into_iter()
        .flatten()
        .next()
        .cloned();
        let doc = match inner.format_note.as_ref().or(schema.format_note.as_ref()) {
            Some(format) => Some(format!(
                "{}{}Format: `{format}` (not checked).",
                doc.as_deref().unwrap_or_default(),
                if doc.is_some() { "\n\n" } else { "" }
            )),
            None => doc,
        };
        let field_ty = match nullable {
            true => Ty::Option(Box::new(ty.clone())),
            false => ty.clone(),
        };
        self.examples(&[&schema.examples, &inner.examples], &field_ty, side);
        let mut field = Field {
            wire: wire.to_owned(),
            name: naming::field_name(wire),
            doc,
            ty,
            required,
            nullable,
            deprecated: schema.deprecated || inner.deprecated,
            default: schema.default.clone().or_else(|| inner.default.clone()),
            pointer: schema.pointer.clone(),
            conditions,
            query_style: None,
            sent_in: super::ParamIn::Query,
        };
        self.check_default(&mut field);
        Some(field)
    }

    /// A field's type: scalars are grouped by their field's name, everything else as `ty`.
    fn field_ty(&mut self, schema: &Schema, side: Side, hint: &str, wire: &str) -> Option<Ty> {
        match &schema.kind {
            Kind::String(rules) => Some(self.string(rules, side, hint, schema, Some(wire))),
            Kind::Integer(rules) | Kind::Number(rules) => {
                Some(self.number(rules, side, hint, schema, Some(wire)))
            }
            Kind::Values(values) => Some(self.values(values, side, schema, Some(wire))),
            Kind::Null => Some(self.values(&[serde_json::Value::Null], side, schema, Some(wire))),
            Kind::Untyped(inner, types) => {
                Some(or_other(self.field_ty(inner, side, hint, wire)?, *types))
            }
            _ => self.ty(schema, side, hint),
        }
    }

    /// The type of `#/components/schemas/<component>` on one side, lowered once. A
    /// component that contains itself is boxed where it does.
    pub(super) fn component(&mut self, component: &str, side: Side, from: &str) -> Option<Ty> {
        // Enums and constrained scalars are the same type on both sides (lenient on
        // responses through `OrUnknown`); look for them under either side.
        if let Some(state) = self.components.get(&(component.to_owned(), side)) {
            return match state {
                Some(done) => done.clone(),
                // Being lowered: a reference to itself, through a struct or a union.
                None => {
                    self.recursive.insert((component.to_owned(), side));
                    let named = Ty::Named(self.names.component(component, side));
                    Some(Ty::Boxed(Box::new(
                        match self.untyped_components.get(&(component.to_owned(), side)) {
                            Some(types) => Ty::OrOther(Box::new(named), *types),
                            None => named,
                        },
                    )))
                }
            };
        }
        let pointer = format!("#/components/schemas/{}", crate::parse::escape(component));
        let Some(raw) = self.doc.pointer(&pointer[1..]) else {
            self.cx
                .error(from, format!("dangling $ref: {pointer} does not exist"));
            return None;
        };
        self.components.insert((component.to_owned(), side), None);
        let parsed = self.parser.schema(raw, &pointer);
        if let Some(Kind::Untyped(_, types)) = parsed.as_ref().map(|schema| &schema.kind) {
            self.untyped_components
                .insert((component.to_owned(), side), *types);
        }
        let lowered = parsed
            .as_ref()
            .and_then(|schema| self.component_ty(component, schema, side));
        // A cycle of `$ref`s, arrays and nullables defines no type the box could hold.
        let name = self.names.component(component, side);
        let lowered = if self.recursive.contains(&(component.to_owned(), side))
            && !self.api.types.contains_key(&name)
        {
            self.cx.error(
                &pointer,
                "the schema contains itself only through $refs, arrays or nullables, which no Rust type can hold; put an object or a union in the cycle",
            );
            None
        } else {
            lowered
        };
        self.components
            .insert((component.to_owned(), side), Some(lowered.clone()));
        if let (Some(ty), Some(schema)) = (&lowered, &parsed) {
            self.examples(&[&schema.examples], ty, side);
        }
        lowered
    }

    /// The type of a component's schema, named after the component.
    fn component_ty(&mut self, component: &str, schema: &Schema, side: Side) -> Option<Ty> {
        let name = self.names.component(component, side);
        match &schema.kind {
            Kind::String(rules) if rules.values.is_none() => {
                Some(self.string(rules, side, &name, schema, None))
            }
            Kind::String(_) | Kind::Integer(_) | Kind::Number(_) => {
                self.shared_value(component, schema, side)
            }
            Kind::Object(object) => self.object(object, schema, side, &name, Some(name.clone())),
            Kind::Union(union) => self.union(union, schema, side, &name, Some(name.clone())),
            Kind::Untyped(inner, types) => {
                Some(or_other(self.component_ty(component, inner, side)?, *types))
            }
            _ => self.ty(schema, side, &name),
        }
    }

    /// Records examples to check against `ty`, when the macro call asks for the checks.
    pub(super) fn examples(
        &mut self,
        lists: &[&Vec<(String, serde_json::Value)>],
        ty: &Ty,
        side: Side,
    ) {
        if !self.check_examples {
            return;
        }
        for (pointer, value) in lists.iter().copied().flatten() {
            if self.examples_seen.insert((pointer.clone(), side)) {
                self.api.examples.push(super::Example {
                    pointer: pointer.clone(),
                    ty: ty.clone(),
                    side,
                    value: value.clone(),
                });
            }
        }
    }

    /// A component that is an enum or a constrained number: one Rust type for both sides.
    fn shared_value(&mut self, component: &str, schema: &Schema, side: Side) -> Option<Ty> {
        let name = self.names.shared(component);
        let ty = match &schema.kind {
            Kind::String(rules) => self.string(rules, Side::Request, &name, schema, None),
            Kind::Integer(rules) | Kind::Number(rules) => {
                self.number(rules, side, &name, schema, None)
            }
            _ => return self.ty(schema, side, &name),
        };
        Some(match ty {
            Ty::Named(name) if side == Side::Response && self.is_enum(&name) => Ty::OrUnknown(name),
            other => other,
        })
    }
}

/// The type of an untyped schema whose typed part is `inner`: JSON as it is when `inner`
/// takes every value of its JSON type anyway (a response's plain string).
fn or_other(inner: Ty, types: JsonTypes) -> Ty {
    match inner {
        Ty::Json | Ty::JsonObject | Ty::String | Ty::F64 => Ty::Json,
        Ty::Vec(item) if *item == Ty::Json => Ty::Json,
        inner => Ty::OrOther(Box::new(inner), types),
    }
}
