//! What a schema change does to the generated API: both documents are lowered to the
//! model the generator emits from, and the models are compared item by item.
//!
//! Types are matched by Rust name, fields and enum values by wire name, operations by
//! `operationId`. Every change is classed:
//!
//! - [`Class::Breaking`]: an item removed or renamed, a field becoming required (or its
//!   Rust type changing in any way), a request rule tightened, an enum value removed, an
//!   operation's error statuses changed or an error body's schema changed;
//! - [`Class::Additive`]: a new item, a request rule loosened, a new enum value (a request
//!   accepts more; a response names what it decoded as unknown);
//! - [`Class::Docs`]: descriptions, summaries, examples, deprecation, and a rule only
//!   requests enforce changed on a response type.
//!
//! Sides come from the model: a struct or union is a request type (reached from a request
//! body or a parameter: strict) or a response type (lenient); a component both sides use
//! is two types, `Name` and `NameResponse`. Rules only requests enforce (closing an
//! object, property counts, `not`/`if` conditions; lengths, patterns, ranges and item
//! counts exist only on request types) are breaking or additive on a request type and
//! docs on a response type: decoding ignores unknown keys and applies no request rule, and
//! the Rust type does not change. Types reached only from error bodies form the error
//! contract: an addition to one is breaking, except a new enum value.
//!
//! An enum's side is decided by its uses: a response field holds it as `OrUnknown<_>`, a
//! request field as itself. Every generated value enum is `#[non_exhaustive]`, so a new
//! value is additive on either side: a `match` outside the generating crate already has a
//! `_` arm. Removing a value is breaking.
//!
//! Only what the model holds is compared, so some changes are not seen or are classed
//! coarsely:
//! - not seen: security/auth, servers, headers, non-JSON content (a `text/plain` error
//!   body), and a response's length, pattern or range rules (not checked, not emitted);
//! - a type or operation renamed is reported as one removed and one added (breaking);
//! - a change of an object's typed extra keys (`unevaluatedProperties` with a schema) or of
//!   `not`/`if` conditions on a request, and any change of a union's tag or kind, is
//!   breaking, without ordering looser from tighter;
//! - a request field becoming optional is breaking, since its Rust type becomes an
//!   `Option`; a changed `default` is docs.

use crate::error::{Ctxt, Error};
use crate::model::{
    Api, Field, Operation, Options, Payload, Rules, Side, Struct, Ty, TypeBody, TypeDef, UnionDef,
};
use crate::parse;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

/// How a change affects users of the bindings, least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// No change to the Rust API or to what it accepts or decodes: descriptions,
    /// summaries, examples, deprecation, a request-only rule on a response type.
    Docs,
    /// Something new that existing code does not notice.
    Additive,
    /// Existing code may stop compiling or behave differently.
    Breaking,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Docs => "docs",
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        }
    }

    /// Parses `breaking`, `additive` or `docs`.
    pub fn parse(text: &str) -> Option<Class> {
        match text {
            "docs" => Some(Class::Docs),
            "additive" => Some(Class::Additive),
            "breaking" => Some(Class::Breaking),
            _ => None,
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One change to the generated API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub class: Class,
    /// The Rust item affected: `ChatErrorResponse::code`, `Api::chat_methods`,
    /// `ChatErrorCode::Code32008`.
    pub item: String,
    /// JSON pointer in the new document, or in the old one for a removal.
    pub pointer: String,
    /// What changed, in words.
    pub message: String,
}

/// Every change between two documents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub changes: Vec<Change>,
}

impl Report {
    /// The most severe class of change, `None` when nothing changed.
    pub fn worst(&self) -> Option<Class> {
        self.changes.iter().map(|c| c.class).max()
    }

    /// The semver bump for a crate re-exporting the bindings: `major`, `minor`, `patch`
    /// or `no change`.
    pub fn verdict(&self) -> &'static str {
        match self.worst() {
            Some(Class::Breaking) => "major",
            Some(Class::Additive) => "minor",
            Some(Class::Docs) => "patch",
            None => "no change",
        }
    }

    /// The report as JSON: `{"changes": [{class, item, pointer, message}], "verdict"}`.
    pub fn to_json(&self) -> Value {
        let changes: Vec<Value> = self
            .changes
            .iter()
            .map(|c| {
                json!({
                    "class": c.class.as_str(),
                    "item": c.item,
                    "pointer": c.pointer,
                    "message": c.message,
                })
            })
            .collect();
        json!({ "changes": changes, "verdict": self.verdict() })
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in &self.changes {
            writeln!(
                f,
                "{:<8}  {}  ({}): {}",
                c.class, c.item, c.pointer, c.message
            )?;
        }
        write!(f, "verdict: {}", self.verdict())
    }
}

/// Compares the APIs generated from `old` and `new` with the same options. An error's
/// location starts with the file it is in.
pub fn diff(old: &Path, new: &Path, options: &Options) -> Result<Report, Vec<Error>> {
    let read = |path: &Path| {
        parse::read_document(path)
            .map_err(|e| vec![e])
            .and_then(|doc| model(&doc, options))
            .map_err(|errors| in_file(path, errors))
    };
    let (old, new) = (read(old), read(new));
    match (old, new) {
        (Ok(old), Ok(new)) => Ok(compare(&old, &new)),
        (old, new) => Err(old.err().into_iter().chain(new.err()).flatten().collect()),
    }
}

fn in_file(path: &Path, errors: Vec<Error>) -> Vec<Error> {
    errors
        .into_iter()
        .map(|e| Error::new(format!("{}: {}", path.display(), e.location), e.message))
        .collect()
}

/// [`diff`] on documents already read.
pub fn diff_documents(old: &Value, new: &Value, options: &Options) -> Result<Report, Vec<Error>> {
    Ok(compare(&model(old, options)?, &model(new, options)?))
}

fn compare(old: &Api, new: &Api) -> Report {
    let mut cmp = Compare {
        old: Uses::of(old),
        new: Uses::of(new),
        changes: Vec::new(),
    };
    cmp.operations(old, new);
    cmp.types(old, new);
    cmp.examples(old, new);
    Report {
        changes: cmp.changes,
    }
}

fn model(doc: &Value, options: &Options) -> Result<Api, Vec<Error>> {
    let cx = Ctxt::new();
    // The report compares examples too, so the model must collect them.
    let options = Options {
        check_examples: true,
        ..options.clone()
    };
    let api = Api::from_document(&cx, doc, &options);
    cx.check()?;
    Ok(api)
}

/// How the types of one API are used.
struct Uses {
    /// Enums held by a request (as themselves).
    request_enums: BTreeSet<String>,
    /// Enums held by a response (as `OrUnknown<_>`).
    response_enums: BTreeSet<String>,
    /// Types reached from a request, query, path or success response.
    reached: BTreeSet<String>,
    /// Types reached from an error body.
    errors: BTreeSet<String>,
}

impl Uses {
    fn of(api: &Api) -> Uses {
        let mut uses = Uses {
            request_enums: BTreeSet::new(),
            response_enums: BTreeSet::new(),
            reached: BTreeSet::new(),
            errors: BTreeSet::new(),
        };
        for def in api.types.values() {
            for ty in def.body.tys() {
                uses.enums_in(ty);
            }
        }
        for op in &api.operations {
            let mut roots: Vec<String> = op.query.iter().cloned().collect();
            let mut tys: Vec<&Ty> = op.path_params.iter().map(|p| &p.ty).collect();
            tys.extend(op.success_tys());
            tys.extend(&op.body);
            for ty in tys {
                uses.enums_in(ty);
                named_in(ty, &mut roots);
            }
            reach(api, roots, &mut uses.reached);
            let mut roots = Vec::new();
            for ty in op.error_bodies.iter().filter_map(|(_, ty)| ty.as_ref()) {
                uses.enums_in(ty);
                named_in(ty, &mut roots);
            }
            reach(api, roots, &mut uses.errors);
        }
        uses
    }

    fn enums_in(&mut self, ty: &Ty) {
        walk(ty, &mut |ty| match ty {
            Ty::OrUnknown(name) => {
                self.response_enums.insert(name.clone());
            }
            Ty::Named(name) => {
                self.request_enums.insert(name.clone());
            }
            _ => {}
        });
    }

    /// Whether a type is only reached from error bodies: part of the error contract.
    fn error_only(&self, name: &str) -> bool {
        self.errors.contains(name) && !self.reached.contains(name)
    }
}

/// Adds to `reached` every type named from `roots`, transitively.
fn reach(api: &Api, mut roots: Vec<String>, reached: &mut BTreeSet<String>) {
    while let Some(name) = roots.pop() {
        if !reached.insert(name.clone()) {
            continue;
        }
        if let Some(def) = api.types.get(&name) {
            for ty in def.body.tys() {
                named_in(ty, &mut roots);
            }
        }
    }
}

fn walk(ty: &Ty, f: &mut impl FnMut(&Ty)) {
    f(ty);
    match ty {
        Ty::Vec(inner)
        | Ty::Items(inner, _)
        | Ty::Map(inner)
        | Ty::Entries(inner, _)
        | Ty::Boxed(inner)
        | Ty::Option(inner)
        | Ty::OrOther(inner, _) => walk(inner, f),
        _ => {}
    }
}

fn named_in(ty: &Ty, out: &mut Vec<String>) {
    out.extend(ty.named().map(str::to_owned));
}

/// The Rust spelling of a field's type, for messages.
fn show(ty: &Ty) -> String {
    match ty {
        Ty::Bool => "bool".into(),
        Ty::I32 => "i32".into(),
        Ty::I64 => "i64".into(),
        Ty::F32 => "f32".into(),
        Ty::F64 => "f64".into(),
        Ty::String => "String".into(),
        Ty::DateTime => "DateTime".into(),
        Ty::LenientDateTime => "OrUnknown<DateTime>".into(),
        Ty::Uuid => "Uuid".into(),
        Ty::Uri => "Uri".into(),
        Ty::File => "FilePart".into(),
        Ty::JsonObject => "Map<String, Value>".into(),
        Ty::Json => "Value".into(),
        Ty::Named(name) => name.clone(),
        Ty::OrUnknown(name) => format!("OrUnknown<{name}>"),
        Ty::Vec(inner) => format!("Vec<{}>", show(inner)),
        Ty::Items(inner, rules) => format!("Items<{}> {rules:?}", show(inner)),
        Ty::Map(inner) => format!("Map<String, {}>", show(inner)),
        Ty::Entries(inner, rules) => format!("Entries<{}> {rules:?}", show(inner)),
        Ty::Boxed(inner) => format!("Box<{}>", show(inner)),
        Ty::Option(inner) => format!("Option<{}>", show(inner)),
        Ty::OrOther(inner, types) => format!("OrOther<{}, {}>", show(inner), types.0),
    }
}

/// The declared Rust type of a field, as the generator emits it: `Option` for optional
/// and for nullable fields, both on the request side.
fn show_field(field: &Field, side: Side) -> String {
    let ty = show(&field.ty);
    match (field.required, field.nullable, side) {
        (true, false, _) => ty,
        (false, true, Side::Request) => format!("Option<Option<{ty}>>"),
        _ => format!("Option<{ty}>"),
    }
}

fn presence(field: &Field) -> String {
    let required = if field.required {
        "required"
    } else {
        "optional"
    };
    let nullable = if field.nullable { ", nullable" } else { "" };
    format!("{required}{nullable}")
}

struct Compare {
    old: Uses,
    new: Uses,
    changes: Vec<Change>,
}

impl Compare {
    fn push(&mut self, class: Class, item: impl Into<String>, pointer: &str, message: String) {
        self.changes.push(Change {
            class,
            item: item.into(),
            pointer: pointer.to_owned(),
            message,
        });
    }

    fn doc(&mut self, item: &str, pointer: &str, old: &Option<String>, new: &Option<String>) {
        if old != new {
            let what = match (old, new) {
                (None, Some(_)) => "documentation added",
                (Some(_), None) => "documentation removed",
                _ => "documentation changed",
            };
            self.push(Class::Docs, item, pointer, what.to_owned());
        }
    }

    fn deprecated(&mut self, item: &str, pointer: &str, old: bool, new: bool) {
        if old != new {
            let what = if new {
                "now deprecated"
            } else {
                "no longer deprecated"
            };
            self.push(Class::Docs, item, pointer, what.to_owned());
        }
    }

    fn operations(&mut self, old: &Api, new: &Api) {
        let old_ops: BTreeMap<&str, &Operation> = old
            .operations
            .iter()
            .map(|o| (o.name.as_str(), o))
            .collect();
        let new_ops: BTreeMap<&str, &Operation> = new
            .operations
            .iter()
            .map(|o| (o.name.as_str(), o))
            .collect();
        for (name, o) in &old_ops {
            if !new_ops.contains_key(name) {
                let item = format!("Api::{name}");
                self.push(
                    Class::Breaking,
                    item,
                    &o.pointer,
                    "operation removed".into(),
                );
            }
        }
        for (name, n) in &new_ops {
            let item = format!("Api::{name}");
            let Some(o) = old_ops.get(name) else {
                self.push(Class::Additive, item, &n.pointer, "operation added".into());
                continue;
            };
            let at = &n.pointer;
            if (o.method, &o.path) != (n.method, &n.path) {
                let message = format!("now {} {} (was {} {})", n.method, n.path, o.method, o.path);
                self.push(Class::Breaking, &item, at, message);
            }
            self.fields(&item, Side::Request, false, &o.path_params, &n.path_params);
            if o.query != n.query {
                let message = format!("query type now {:?} (was {:?})", n.query, o.query);
                self.push(Class::Breaking, &item, at, message);
            }
            if o.body != n.body {
                let shown = |body: &Option<Ty>| body.as_ref().map_or("none".to_owned(), show);
                let message = format!("body type now {} (was {})", shown(&n.body), shown(&o.body));
                self.push(Class::Breaking, &item, at, message);
            }
            let shown = |op: &Operation| {
                let statuses: Vec<String> = op
                    .successes
                    .iter()
                    .map(|success| {
                        let status = if success.range {
                            "2XX".to_owned()
                        } else {
                            success.status.to_string()
                        };
                        match &success.body {
                            Payload::Json(ty) => format!("{status} {}", show(ty)),
                            Payload::Empty => format!("{status} without body"),
                            Payload::Text => format!("{status} text ({})", success.media),
                            Payload::Bytes => format!("{status} bytes ({})", success.media),
                        }
                    })
                    .collect();
                statuses.join(", ")
            };
            if shown(o) != shown(n) {
                let message = format!("success response now {} (was {})", shown(n), shown(o));
                self.push(Class::Breaking, &item, at, message);
            }
            for (status, body) in &n.error_bodies {
                let Some((_, old_body)) = o.error_bodies.iter().find(|(s, _)| s == status) else {
                    continue;
                };
                if old_body != body {
                    let show_body =
                        |ty: &Option<Ty>| ty.as_ref().map_or("no JSON body".into(), show);
                    let message = format!(
                        "error contract changed: the {status} body is now {} (was {})",
                        show_body(body),
                        show_body(old_body)
                    );
                    let pointer = format!("{at}/responses/{status}");
                    self.push(Class::Breaking, &item, &pointer, message);
                }
            }
            if o.error_statuses != n.error_statuses {
                let message = format!(
                    "error contract changed: documented error statuses now {:?} (were {:?})",
                    n.error_statuses, o.error_statuses
                );
                self.push(Class::Breaking, &item, &format!("{at}/responses"), message);
            }
            self.doc(&item, at, &o.doc, &n.doc);
            self.deprecated(&item, at, o.deprecated, n.deprecated);
        }
    }

    fn types(&mut self, old: &Api, new: &Api) {
        for (name, o) in &old.types {
            if !new.types.contains_key(name) {
                let message = if self.old.error_only(name) {
                    "error body type removed (error contract changed)"
                } else {
                    "type removed"
                };
                self.push(Class::Breaking, name, &o.origin, message.into());
            }
        }
        for (name, n) in &new.types {
            let Some(o) = old.types.get(name) else {
                self.push(Class::Additive, name, &n.origin, "type added".into());
                continue;
            };
            self.type_def(o, n);
        }
    }

    fn type_def(&mut self, o: &TypeDef, n: &TypeDef) {
        let name = n.name.as_str();
        let at = n.origin.as_str();
        self.doc(name, at, &o.doc, &n.doc);
        self.deprecated(name, at, o.deprecated, n.deprecated);
        let before = self.changes.len();
        match (&o.body, &n.body) {
            (TypeBody::Struct(o), TypeBody::Struct(n)) => self.structs(name, at, o, n),
            (TypeBody::Params(o), TypeBody::Params(n)) => {
                self.fields(name, Side::Request, true, o, n)
            }
            (TypeBody::Enum(o), TypeBody::Enum(n)) => {
                if o.numeric != n.numeric {
                    let message =
                        format!("now a {} enum", if n.numeric { "number" } else { "string" });
                    self.push(Class::Breaking, name, at, message);
                }
                let sides = self.enum_sides(name);
                let old: BTreeMap<&str, &str> = o
                    .variants
                    .iter()
                    .map(|v| (v.wire.as_str(), v.name.as_str()))
                    .collect();
                for v in &o.variants {
                    if !n.variants.iter().any(|w| w.wire == v.wire) {
                        let message = format!("value `{}` removed ({sides})", v.wire);
                        self.push(Class::Breaking, format!("{name}::{}", v.name), at, message);
                    }
                }
                for v in &n.variants {
                    match old.get(v.wire.as_str()) {
                        None => {
                            let message = if sides == "response-only enum" {
                                format!(
                                    "value `{}` added ({sides}: decoded as unknown before, now named)",
                                    v.wire
                                )
                            } else {
                                format!(
                                    "value `{}` added ({sides}; the enum is `#[non_exhaustive]`, so a `match` on it has a `_` arm already)",
                                    v.wire
                                )
                            };
                            self.push(Class::Additive, format!("{name}::{}", v.name), at, message);
                        }
                        Some(old_name) if *old_name != v.name => {
                            let message =
                                format!("variant for `{}` renamed from {old_name}", v.wire);
                            self.push(Class::Breaking, format!("{name}::{}", v.name), at, message);
                        }
                        Some(_) => {}
                    }
                }
            }
            (TypeBody::Constrained(o), TypeBody::Constrained(n)) => {
                self.rules(name, at, &o.rules, &n.rules)
            }
            (TypeBody::Union(o), TypeBody::Union(n)) => self.unions(name, at, o, n),
            (o, n) => {
                let message = format!("now a {} (was a {})", kind(n), kind(o));
                self.push(Class::Breaking, name, at, message);
            }
        }
        // A change to a type only error bodies reach changes the error contract, except a
        // new enum value: the error was decoded as unknown before, and is named now.
        let is_enum = matches!(n.body, TypeBody::Enum(_));
        if self.new.error_only(name) && self.old.error_only(name) && !is_enum {
            for change in &mut self.changes[before..] {
                if change.class == Class::Additive {
                    change.class = Class::Breaking;
                    change.message =
                        format!("{} (error body: error contract changed)", change.message);
                }
            }
        }
    }

    fn enum_sides(&self, name: &str) -> &'static str {
        let request =
            self.new.request_enums.contains(name) || self.old.request_enums.contains(name);
        let response =
            self.new.response_enums.contains(name) || self.old.response_enums.contains(name);
        match (request, response) {
            (true, true) => "request and response enum",
            (true, false) => "request enum: the set of values a request may send",
            (false, true) => "response-only enum",
            (false, false) => "unused enum",
        }
    }

    fn structs(&mut self, name: &str, at: &str, o: &Struct, n: &Struct) {
        if o.side != n.side {
            let message = format!("now a {:?} type (was {:?})", n.side, o.side);
            self.push(Class::Breaking, name, at, message);
        }
        self.fields(name, n.side, true, &o.fields, &n.fields);
        if o.extra != n.extra {
            // The keys the fields do not list are a field of their own on either side.
            let shown = |extra: &Option<Ty>| extra.as_ref().map_or("none".to_owned(), show);
            let message = format!(
                "type of the keys the schema does not list now {} (was {})",
                shown(&n.extra),
                shown(&o.extra)
            );
            let class = match (n.side, &o.extra) {
                (Side::Response, None) => Class::Additive,
                _ => Class::Breaking,
            };
            self.push(class, name, at, message);
        }
        if o.closed != n.closed {
            let (class, message) = if n.closed {
                (
                    Class::Breaking,
                    "object closed (keys the schema does not list are refused)",
                )
            } else {
                (
                    Class::Additive,
                    "object opened (keys the schema does not list are allowed)",
                )
            };
            self.request_rule(n.side, name, at, class, message.to_owned());
        }
        let counts = [
            ("minProperties", o.min_properties, n.min_properties, false),
            ("maxProperties", o.max_properties, n.max_properties, true),
        ];
        for (what, old, new, upper) in counts {
            let count = |v: Option<u64>| v.map(|v| v as f64);
            if let Some((class, message)) = bound_change(what, count(old), count(new), upper) {
                self.request_rule(n.side, name, at, class, message);
            }
        }
        if o.conditions != n.conditions {
            // Not ordered: a changed `not` or `if` is treated as tighter.
            let message = "conditions (`not`, `if`/`then`/`else`) changed".to_owned();
            self.request_rule(n.side, name, at, Class::Breaking, message);
        }
    }

    /// A change to a rule only requests enforce. Responses are decoded leniently (unknown
    /// keys ignored, rules not applied): on a response type the change is documentation.
    fn request_rule(&mut self, side: Side, item: &str, at: &str, class: Class, message: String) {
        match side {
            Side::Request => self.push(class, item, at, message),
            Side::Response => self.push(
                Class::Docs,
                item,
                at,
                format!("{message}; only requests enforce it: responses are decoded leniently, no effect on decoding"),
            ),
        }
    }

    /// Fields of a struct (`field_items`: `Type::field`) or path parameters of an
    /// operation (`Api::method(param)`).
    fn fields(&mut self, owner: &str, side: Side, field_items: bool, old: &[Field], new: &[Field]) {
        let item = |f: &Field| {
            if field_items {
                format!("{owner}::{}", f.name)
            } else {
                format!("{owner}({})", f.name)
            }
        };
        for o in old {
            if !new.iter().any(|n| n.wire == o.wire) {
                self.push(
                    Class::Breaking,
                    item(o),
                    &o.pointer,
                    format!("field `{}` removed", o.wire),
                );
            }
        }
        for n in new {
            let it = item(n);
            let Some(o) = old.iter().find(|o| o.wire == n.wire) else {
                let (class, message) = match (side, n.required) {
                    (Side::Request, true) => (Class::Breaking, "required request field added"),
                    (Side::Request, false) => (Class::Additive, "optional request field added"),
                    (Side::Response, _) => (Class::Additive, "response field added"),
                };
                self.push(class, it, &n.pointer, message.into());
                continue;
            };
            if o.name != n.name {
                let message = format!("Rust name changed from `{}`", o.name);
                self.push(Class::Breaking, &it, &n.pointer, message);
            }
            let (old_ty, new_ty) = (show_field(o, side), show_field(n, side));
            if old_ty != new_ty {
                let message = format!("type now {new_ty} (was {old_ty})");
                self.push(Class::Breaking, &it, &n.pointer, message);
            } else if (o.required, o.nullable) != (n.required, n.nullable) {
                // The Rust type is the same: only what the wire accepts changed.
                let tighter = (n.required && !o.required) || (o.nullable && !n.nullable);
                let class = match side {
                    Side::Request if tighter => Class::Breaking,
                    Side::Request => Class::Additive,
                    // Decoded into the same Option either way.
                    Side::Response => Class::Docs,
                };
                let message = format!(
                    "now {} (was {}); the Rust type stays {new_ty}",
                    presence(n),
                    presence(o)
                );
                self.push(class, &it, &n.pointer, message);
            }
            if o.default != n.default {
                let message = format!("default now {:?} (was {:?})", n.default, o.default);
                self.push(Class::Docs, &it, &n.pointer, message);
            }
            if o.conditions != n.conditions {
                let message = "conditions (`not`, `if`/`then`/`else`) changed".to_owned();
                self.request_rule(side, &it, &n.pointer, Class::Breaking, message);
            }
            self.doc(&it, &n.pointer, &o.doc, &n.doc);
            self.deprecated(&it, &n.pointer, o.deprecated, n.deprecated);
        }
    }

    fn rules(&mut self, name: &str, at: &str, o: &Rules, n: &Rules) {
        let mut changes: Vec<(Class, String)> = Vec::new();
        let num = |s: &Option<String>| s.as_ref().and_then(|s| s.parse::<f64>().ok());
        let int = |v: &Option<i64>| v.map(|v| v as f64);
        let len = |v: &Option<u64>| v.map(|v| v as f64);
        match (o, n) {
            (
                Rules::String {
                    max_length: a_max,
                    min_length: a_min,
                    pattern: a_pat,
                },
                Rules::String {
                    max_length: b_max,
                    min_length: b_min,
                    pattern: b_pat,
                },
            ) => {
                changes.extend(bound_change("maxLength", len(a_max), len(b_max), true));
                changes.extend(bound_change("minLength", len(a_min), len(b_min), false));
                if a_pat != b_pat {
                    let class = if b_pat.is_none() {
                        Class::Additive
                    } else {
                        Class::Breaking
                    };
                    changes.push((class, format!("pattern now {b_pat:?} (was {a_pat:?})")));
                }
            }
            (
                Rules::Integer {
                    int32: a32,
                    minimum: a_min,
                    maximum: a_max,
                    multiple_of: a_mul,
                },
                Rules::Integer {
                    int32: b32,
                    minimum: b_min,
                    maximum: b_max,
                    multiple_of: b_mul,
                },
            ) => {
                if a32 != b32 {
                    let width = |w: &bool| if *w { "i32" } else { "i64" };
                    changes.push((
                        Class::Breaking,
                        format!("integer width now {} (was {})", width(b32), width(a32)),
                    ));
                }
                changes.extend(bound_change("minimum", int(a_min), int(b_min), false));
                changes.extend(bound_change("maximum", int(a_max), int(b_max), true));
                if a_mul != b_mul {
                    let class = if b_mul.is_none() {
                        Class::Additive
                    } else {
                        Class::Breaking
                    };
                    changes.push((class, format!("multipleOf now {b_mul:?} (was {a_mul:?})")));
                }
            }
            (
                Rules::Number {
                    f32: a32,
                    minimum: a_min,
                    maximum: a_max,
                    exclusive_minimum: a_xmin,
                    exclusive_maximum: a_xmax,
                    multiple_of: a_mul,
                },
                Rules::Number {
                    f32: b32,
                    minimum: b_min,
                    maximum: b_max,
                    exclusive_minimum: b_xmin,
                    exclusive_maximum: b_xmax,
                    multiple_of: b_mul,
                },
            ) => {
                if a32 != b32 {
                    changes.push((Class::Breaking, "float width changed".into()));
                }
                changes.extend(bound_change("minimum", num(a_min), num(b_min), false));
                changes.extend(bound_change("maximum", num(a_max), num(b_max), true));
                changes.extend(bound_change(
                    "exclusiveMinimum",
                    num(a_xmin),
                    num(b_xmin),
                    false,
                ));
                changes.extend(bound_change(
                    "exclusiveMaximum",
                    num(a_xmax),
                    num(b_xmax),
                    true,
                ));
                if a_mul != b_mul {
                    let class = if b_mul.is_none() {
                        Class::Additive
                    } else {
                        Class::Breaking
                    };
                    changes.push((class, format!("multipleOf now {b_mul:?} (was {a_mul:?})")));
                }
            }
            (Rules::Values(a), Rules::Values(b)) => {
                for value in a.iter().filter(|v| !b.contains(v)) {
                    changes.push((
                        Class::Breaking,
                        format!("request value {value} no longer allowed"),
                    ));
                }
                for value in b.iter().filter(|v| !a.contains(v)) {
                    changes.push((
                        Class::Additive,
                        format!("request value {value} now allowed"),
                    ));
                }
            }
            _ => changes.push((Class::Breaking, format!("rules now {n:?} (were {o:?})"))),
        }
        for (class, message) in changes {
            self.push(class, name, at, message);
        }
    }

    fn unions(&mut self, name: &str, at: &str, o: &UnionDef, n: &UnionDef) {
        if (o.side, o.kind, &o.tag) != (n.side, n.kind, &n.tag) {
            let message = format!(
                "union now {:?} {:?} tagged by {:?} (was {:?} {:?} tagged by {:?})",
                n.side, n.kind, n.tag, o.side, o.kind, o.tag
            );
            self.push(Class::Breaking, name, at, message);
        }
        for v in &o.variants {
            if !n.variants.iter().any(|w| w.name == v.name) {
                let item = format!("{name}::{}", v.name);
                self.push(
                    Class::Breaking,
                    item,
                    &v.pointer,
                    "union variant removed".into(),
                );
            }
        }
        for v in &n.variants {
            let item = format!("{name}::{}", v.name);
            match o.variants.iter().find(|w| w.name == v.name) {
                None => self.push(
                    Class::Additive,
                    item,
                    &v.pointer,
                    "union variant added".into(),
                ),
                Some(w) if (&w.ty, &w.tag) != (&v.ty, &v.tag) => {
                    let message = format!(
                        "variant now {} tagged {:?} (was {} tagged {:?})",
                        show(&v.ty),
                        v.tag,
                        show(&w.ty),
                        w.tag
                    );
                    self.push(Class::Breaking, item, &v.pointer, message);
                }
                Some(_) => {}
            }
        }
    }

    fn examples(&mut self, old: &Api, new: &Api) {
        let old_ex: BTreeMap<&str, &Value> = old
            .examples
            .iter()
            .map(|e| (e.pointer.as_str(), &e.value))
            .collect();
        let new_ex: BTreeMap<&str, &Value> = new
            .examples
            .iter()
            .map(|e| (e.pointer.as_str(), &e.value))
            .collect();
        for (pointer, value) in &old_ex {
            if !new_ex.contains_key(pointer) {
                self.push(Class::Docs, "examples", pointer, "example removed".into());
            } else if new_ex[pointer] != *value {
                self.push(Class::Docs, "examples", pointer, "example changed".into());
            }
        }
        for pointer in new_ex.keys().filter(|p| !old_ex.contains_key(*p)) {
            self.push(Class::Docs, "examples", pointer, "example added".into());
        }
    }
}

/// A bound moved: an upper bound (`upper`) tightens when it drops, a lower one when it rises.
fn bound_change(
    what: &str,
    old: Option<f64>,
    new: Option<f64>,
    upper: bool,
) -> Option<(Class, String)> {
    let class = match (old, new) {
        (a, b) if a == b => return None,
        (None, Some(_)) => Class::Breaking,
        (Some(_), None) => Class::Additive,
        (Some(a), Some(b)) if (b < a) == upper => Class::Breaking,
        _ => Class::Additive,
    };
    let word = if class == Class::Breaking {
        "tightened"
    } else {
        "loosened"
    };
    let show = |v: Option<f64>| v.map_or_else(|| "none".to_owned(), |v| v.to_string());
    Some((
        class,
        format!("{what} {word}: now {} (was {})", show(new), show(old)),
    ))
}

fn kind(body: &TypeBody) -> &'static str {
    match body {
        TypeBody::Struct(_) => "struct",
        TypeBody::Enum(_) => "enum",
        TypeBody::Constrained(_) => "checked newtype",
        TypeBody::Union(_) => "union",
        TypeBody::Params(_) => "parameters struct",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document with one POST operation: its body, its answer, and its 422 error body.
    fn document(request: Value, response: Value, problem: Value) -> Value {
        let reference = |name: &str| json!({"$ref": format!("#/components/schemas/Api.{name}")});
        json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/things": {"post": {
                "operationId": "create_thing",
                "description": "Creates a thing.",
                "requestBody": {"required": true, "content": {"application/json": {"schema": reference("Request")}}},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": reference("Response")}}},
                    "422": {"description": "bad", "content": {"application/json": {"schema": reference("Problem")}}}
                }
            }}},
            "components": {"schemas": {"Api.Request": request, "Api.Response": response, "Api.Problem": problem}}
        })
    }

    fn object(required: &[&str], properties: Value) -> Value {
        json!({"type": "object", "required": required, "properties": properties})
    }

    fn problem() -> Value {
        object(&["message"], json!({"message": {"type": "string"}}))
    }

    /// A document whose request has the given properties (all required) and whose
    /// response has a `status` string.
    fn with_request(properties: Value) -> Value {
        let required: Vec<String> = properties.as_object().unwrap().keys().cloned().collect();
        let required: Vec<&str> = required.iter().map(String::as_str).collect();
        document(
            object(&required, properties),
            object(&["status"], json!({"status": {"type": "string"}})),
            problem(),
        )
    }

    fn run(old: &Value, new: &Value) -> Report {
        diff_documents(old, new, &Options::default()).unwrap()
    }

    /// The (class, item) pairs of the report, and its verdict.
    fn classes(old: &Value, new: &Value) -> (Vec<(Class, String)>, &'static str) {
        let report = run(old, new);
        println!("{report}");
        let mut changes: Vec<(Class, String)> = report
            .changes
            .iter()
            .map(|c| (c.class, c.item.clone()))
            .collect();
        changes.dedup();
        (changes, report.verdict())
    }

    fn one(class: Class, item: &str) -> Vec<(Class, String)> {
        vec![(class, item.to_owned())]
    }

    #[test]
    fn the_same_document_is_no_change() {
        let doc = with_request(json!({"title": {"type": "string"}}));
        assert_eq!(classes(&doc, &doc), (vec![], "no change"));
    }

    #[test]
    fn descriptions_and_examples_are_docs_only() {
        let old = with_request(json!({"title": {"type": "string", "examples": ["a"]}}));
        let new = with_request(
            json!({"title": {"type": "string", "description": "The title.", "examples": ["b"]}}),
        );
        let (changes, verdict) = classes(&old, &new);
        assert_eq!(verdict, "patch");
        assert!(changes.contains(&(Class::Docs, "Request::title".into())));
        assert!(changes.contains(&(Class::Docs, "examples".into())));
        let mut old_op = old.clone();
        old_op["paths"]["/things"]["post"]["description"] = json!("Makes a thing.");
        assert_eq!(
            classes(&old_op, &old),
            (one(Class::Docs, "Api::create_thing"), "patch")
        );
    }

    #[test]
    fn new_fields_by_side_and_requiredness() {
        let old = with_request(json!({"title": {"type": "string"}}));
        let mut optional = old.clone();
        optional["components"]["schemas"]["Api.Request"]["properties"]["note"] =
            json!({"type": "string"});
        assert_eq!(
            classes(&old, &optional),
            (one(Class::Additive, "Request::note"), "minor")
        );
        let required =
            with_request(json!({"title": {"type": "string"}, "note": {"type": "string"}}));
        assert_eq!(
            classes(&old, &required),
            (one(Class::Breaking, "Request::note"), "major")
        );
        let mut response = old.clone();
        response["components"]["schemas"]["Api.Response"]["properties"]["id"] =
            json!({"type": "string"});
        response["components"]["schemas"]["Api.Response"]["required"] = json!(["status", "id"]);
        assert_eq!(
            classes(&old, &response),
            (one(Class::Additive, "Response::id"), "minor")
        );
        // And back: removing a field is breaking on either side.
        assert_eq!(classes(&response, &old).1, "major");
        assert_eq!(
            classes(&optional, &old),
            (one(Class::Breaking, "Request::note"), "major")
        );
    }

    #[test]
    fn a_field_becoming_required_is_breaking() {
        let mut old =
            with_request(json!({"title": {"type": "string"}, "note": {"type": "string"}}));
        old["components"]["schemas"]["Api.Request"]["required"] = json!(["title"]);
        let new = with_request(json!({"title": {"type": "string"}, "note": {"type": "string"}}));
        let report = run(&old, &new);
        assert_eq!(report.verdict(), "major");
        assert!(report.changes.iter().any(|c| c.item == "Request::note"
            && c.class == Class::Breaking
            && c.pointer == "#/components/schemas/Api.Request/properties/note"));
    }

    #[test]
    fn free_strings_becoming_enums_and_integer_widths_are_breaking() {
        let old = with_request(
            json!({"kind": {"type": "string"}, "count": {"type": "integer", "format": "int32"}}),
        );
        let new = with_request(
            json!({"kind": {"type": "string", "enum": ["a", "b"]}, "count": {"type": "integer"}}),
        );
        let (changes, verdict) = classes(&old, &new);
        assert_eq!(verdict, "major");
        assert!(
            changes.contains(&(Class::Breaking, "Request::kind".into())),
            "{changes:?}"
        );
        assert!(
            changes.contains(&(Class::Breaking, "Request::count".into())),
            "{changes:?}"
        );
    }

    #[test]
    fn request_rules_tightened_are_breaking_and_loosened_additive() {
        let title = |rules: Value| {
            let mut schema = json!({"type": "string"});
            schema
                .as_object_mut()
                .unwrap()
                .extend(rules.as_object().unwrap().clone());
            with_request(json!({"title": schema}))
        };
        let base = title(json!({"maxLength": 10}));
        let shorter = title(json!({"maxLength": 5}));
        let longer = title(json!({"maxLength": 20}));
        let pattern = title(json!({"maxLength": 10, "pattern": "^[a-z]+$"}));
        assert_eq!(
            classes(&base, &shorter),
            (one(Class::Breaking, "Title"), "major")
        );
        assert_eq!(
            classes(&base, &longer),
            (one(Class::Additive, "Title"), "minor")
        );
        assert_eq!(
            classes(&base, &pattern),
            (one(Class::Breaking, "Title"), "major")
        );
        assert_eq!(
            classes(&pattern, &base),
            (one(Class::Additive, "Title"), "minor")
        );
        let count = |rules: Value| {
            let mut schema = json!({"type": "integer", "maximum": 100});
            schema
                .as_object_mut()
                .unwrap()
                .extend(rules.as_object().unwrap().clone());
            with_request(json!({"count": schema}))
        };
        let (changes, verdict) = classes(&count(json!({})), &count(json!({"minimum": 1})));
        assert_eq!(verdict, "major");
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].0, Class::Breaking);
        // A response's rules are not checked: changing them changes no Rust item.
        let response = |max: u64| {
            document(
                object(&[], json!({"note": {"type": "string"}})),
                object(
                    &["status"],
                    json!({"status": {"type": "string", "maxLength": max}}),
                ),
                problem(),
            )
        };
        assert_eq!(classes(&response(10), &response(5)), (vec![], "no change"));
    }

    /// Every object schema of `doc` closed with `unevaluatedProperties: {not: {}}`.
    fn closed(mut doc: Value) -> Value {
        for schema in doc["components"]["schemas"]
            .as_object_mut()
            .unwrap()
            .values_mut()
        {
            schema["unevaluatedProperties"] = json!({"not": {}});
        }
        doc
    }

    #[test]
    fn closing_objects_breaks_requests_only() {
        let open = with_request(json!({"title": {"type": "string"}}));
        let report = run(&open, &closed(open.clone()));
        println!("{report}");
        let changes: Vec<(Class, &str)> = report
            .changes
            .iter()
            .map(|c| (c.class, c.item.as_str()))
            .collect();
        assert_eq!(
            changes,
            [
                (Class::Docs, "Problem"),
                (Class::Breaking, "Request"),
                (Class::Docs, "Response"),
            ]
        );
        assert!(
            report.changes[2]
                .message
                .contains("responses are decoded leniently, no effect on decoding"),
            "{report}"
        );
        // The error body stays docs: only an error body's additions change its contract.
        assert!(report.changes[0].message.contains("no effect on decoding"));
        let (changes, verdict) = classes(&closed(open.clone()), &open);
        assert_eq!(
            (changes, verdict),
            (
                vec![
                    (Class::Docs, "Problem".to_owned()),
                    (Class::Additive, "Request".to_owned()),
                    (Class::Docs, "Response".to_owned()),
                ],
                "minor"
            )
        );
    }

    #[test]
    fn a_type_on_both_sides_breaks_on_its_request_side() {
        let shared = json!({"$ref": "#/components/schemas/Api.Shared"});
        let mut open = document(
            object(&["shared"], json!({"shared": shared})),
            object(&["shared"], json!({"shared": shared})),
            problem(),
        );
        open["components"]["schemas"]["Api.Shared"] =
            object(&[], json!({"note": {"type": "string"}}));
        let mut shut = open.clone();
        shut["components"]["schemas"]["Api.Shared"]["unevaluatedProperties"] = json!({"not": {}});
        assert_eq!(
            classes(&open, &shut),
            (
                vec![
                    (Class::Breaking, "Shared".to_owned()),
                    (Class::Docs, "SharedResponse".to_owned()),
                ],
                "major"
            )
        );
    }

    #[test]
    fn property_counts_and_typed_keys_by_side() {
        let request = |rules: Value| {
            let mut doc = with_request(json!({"title": {"type": "string"}}));
            for (key, value) in rules.as_object().unwrap() {
                doc["components"]["schemas"]["Api.Request"][key] = value.clone();
            }
            doc
        };
        let (none, at_most_2, at_most_1) = (
            request(json!({})),
            request(json!({"maxProperties": 2})),
            request(json!({"maxProperties": 1})),
        );
        assert_eq!(
            classes(&none, &at_most_2),
            (one(Class::Breaking, "Request"), "major")
        );
        assert_eq!(
            classes(&at_most_1, &at_most_2),
            (one(Class::Additive, "Request"), "minor")
        );
        assert_eq!(
            classes(&at_most_2, &at_most_1),
            (one(Class::Breaking, "Request"), "major")
        );
        // Keys typed by `unevaluatedProperties` are a field of their own: new on a
        // response, it is additive; on a request, the keys a request may send change.
        let typed = json!({"type": "integer"});
        let mut response = none.clone();
        response["components"]["schemas"]["Api.Response"]["unevaluatedProperties"] = typed.clone();
        assert_eq!(
            classes(&none, &response),
            (one(Class::Additive, "Response"), "minor")
        );
        assert_eq!(classes(&response, &none).1, "major");
        let typed_request = request(json!({"unevaluatedProperties": typed}));
        assert_eq!(
            classes(&none, &typed_request),
            (one(Class::Breaking, "Request"), "major")
        );
    }

    #[test]
    fn enum_values_by_side() {
        let request =
            |values: Value| with_request(json!({"color": {"type": "string", "enum": values}}));
        let (changes, verdict) =
            classes(&request(json!(["red", "blue"])), &request(json!(["red"])));
        assert_eq!(verdict, "major");
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert!(changes[0].1.ends_with("::Blue"), "{changes:?}");
        let report = run(&request(json!(["red"])), &request(json!(["red", "blue"])));
        assert_eq!((report.changes.len(), report.verdict()), (1, "minor"));
        assert!(
            report.changes[0].message.contains("`#[non_exhaustive]`"),
            "{report}"
        );

        let response = |values: Value| {
            document(
                object(&[], json!({"note": {"type": "string"}})),
                object(
                    &["color"],
                    json!({"color": {"type": "string", "enum": values}}),
                ),
                problem(),
            )
        };
        let report = run(&response(json!(["red"])), &response(json!(["red", "blue"])));
        assert_eq!(report.verdict(), "minor");
        assert_eq!(report.changes.len(), 1);
        assert!(
            report.changes[0].message.contains("response-only"),
            "{report}"
        );
        assert!(
            report.changes[0]
                .message
                .contains("decoded as unknown before"),
            "{report}"
        );
    }

    #[test]
    fn error_contract_changes_are_breaking() {
        let old = with_request(json!({"title": {"type": "string"}}));
        let mut statuses = old.clone();
        statuses["paths"]["/things"]["post"]["responses"]["404"] = json!({"description": "none"});
        let report = run(&old, &statuses);
        assert_eq!(report.verdict(), "major");
        assert_eq!(report.changes.len(), 1);
        assert_eq!(report.changes[0].item, "Api::create_thing");
        assert_eq!(report.changes[0].pointer, "#/paths/~1things/post/responses");
        assert!(report.changes[0].message.contains("[422, 404]"), "{report}");

        // A new optional field would be additive on a response; on an error body the
        // error contract changes.
        let mut body = old.clone();
        body["components"]["schemas"]["Api.Problem"]["properties"]["detail"] =
            json!({"type": "string"});
        let report = run(&old, &body);
        assert_eq!(report.verdict(), "major", "{report}");
        assert!(
            report.changes[0].message.contains("error contract"),
            "{report}"
        );

        // A new value of an enum only error bodies hold is named, as on any response.
        let problem_kind = |values: Value| {
            let mut doc = old.clone();
            doc["components"]["schemas"]["Api.Problem"]["properties"]["kind"] =
                json!({"type": "string", "enum": values});
            doc
        };
        let report = run(
            &problem_kind(json!(["a"])),
            &problem_kind(json!(["a", "b"])),
        );
        assert_eq!(report.verdict(), "minor", "{report}");
        assert!(
            report.changes[0]
                .message
                .contains("decoded as unknown before"),
            "{report}"
        );
        let report = run(
            &problem_kind(json!(["a", "b"])),
            &problem_kind(json!(["a"])),
        );
        assert_eq!(report.verdict(), "major", "{report}");

        // The 422 body becomes another schema.
        let mut other = old.clone();
        other["paths"]["/things"]["post"]["responses"]["422"]["content"]["application/json"]["schema"] =
            json!({"type": "object", "properties": {"reason": {"type": "string"}}});
        let report = run(&old, &other);
        assert_eq!(report.verdict(), "major", "{report}");
        let body = report
            .changes
            .iter()
            .find(|c| c.pointer == "#/paths/~1things/post/responses/422")
            .unwrap();
        assert_eq!(
            (body.class, body.item.as_str()),
            (Class::Breaking, "Api::create_thing")
        );
        assert!(body.message.contains("422 body is now"), "{report}");
        assert!(
            report
                .changes
                .iter()
                .any(|c| c.item == "Problem" && c.class == Class::Breaking),
            "{report}"
        );
    }

    #[test]
    fn operations_added_and_removed() {
        let old = with_request(json!({"title": {"type": "string"}}));
        let mut renamed = old.clone();
        renamed["paths"]["/things"]["post"]["operationId"] = json!("make_thing");
        let (changes, verdict) = classes(&old, &renamed);
        assert_eq!(verdict, "major");
        assert!(changes.contains(&(Class::Breaking, "Api::create_thing".into())));
        assert!(changes.contains(&(Class::Additive, "Api::make_thing".into())));
    }

    #[test]
    fn json_report_and_class_order() {
        assert!(Class::Docs < Class::Additive && Class::Additive < Class::Breaking);
        assert_eq!(Class::parse("additive"), Some(Class::Additive));
        assert_eq!(Class::parse("minor"), None);
        let old = with_request(json!({"title": {"type": "string"}}));
        let json = run(&old, &old).to_json();
        assert_eq!(json, json!({"changes": [], "verdict": "no change"}));
    }
}
