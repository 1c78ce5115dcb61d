//! The generator's model: the types and operations to emit, resolved from the document.
//!
//! Built by [`Api::from_document`] in three passes: [`reach`] finds which components
//! each selected operation reaches and on which side of the wire, and names them
//! ([`names`]); [`operations`] lowers the operations, which lowers the schemas they
//! reach ([`convert`] for objects and arrays, [`scalars`] for constrained values,
//! [`unions`] for `anyOf`/`oneOf`); then [`scalars`] names the shared constrained types.
//! [`checks`] holds the rules that span several nodes.

mod checks;
mod convert;
mod names;
mod nesting;
mod operations;
mod pages;
mod reach;
mod scalars;
mod unions;

#[cfg(test)]
mod tests;

use crate::error::Ctxt;
use crate::parse::{JsonTypes, Parser, UnionKind};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

pub use crate::parse::template_names;
pub use pages::{Access, Pages};
pub use scalars::Rules;

/// Everything to emit for one schema file.
#[derive(Debug, Default)]
pub struct Api {
    /// Types by Rust name, so output order is stable.
    pub types: BTreeMap<String, TypeDef>,
    /// Operations in document order.
    pub operations: Vec<Operation>,
    /// The document's `examples`, each with the type it must fit, in document order.
    pub examples: Vec<Example>,
}

/// An `examples` value of a schema: a request example must validate, a response
/// example must decode.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub pointer: String,
    pub ty: Ty,
    pub side: Side,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    /// JSON pointer of the schema the type comes from.
    pub origin: String,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub body: TypeBody,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeBody {
    Struct(Struct),
    Enum(Enum),
    Constrained(Constrained),
    Union(UnionDef),
    /// The query parameters of one operation.
    Params(Vec<Field>),
}

/// Which way a value travels, which decides how strict it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// Sent by us: valid by construction, every rule checked.
    Request,
    /// Sent by the server: decoded leniently (unknown fields ignored, unknown enum values
    /// and union variants kept, request rules not applied).
    Response,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub side: Side,
    /// No keys beside the fields: a request deserialized from JSON rejects unknown keys.
    pub closed: bool,
    pub fields: Vec<Field>,
    /// The type of the keys the fields do not list (`unevaluatedProperties` with a schema).
    pub extra: Option<Ty>,
    /// `minProperties`/`maxProperties`: how many of the fields a request must set.
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    /// `not`, `if`/`then`/`else` of the object, checked on requests.
    pub conditions: Vec<CheckedBy>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The name on the wire.
    pub wire: String,
    /// The Rust field name, unique in its struct.
    pub name: String,
    pub doc: Option<String>,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub deprecated: bool,
    pub default: Option<Value>,
    pub pointer: String,
    /// `not`, `if`/`then`/`else` of the value, checked on requests.
    pub conditions: Vec<CheckedBy>,
    /// For a parameter that is not a scalar: how its value is written.
    pub query_style: Option<QueryStyle>,
    /// Where a parameter is sent (`Query` for the fields of other types).
    pub sent_in: ParamIn,
}

/// Where a parameter of a `…Params` struct is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamIn {
    Query,
    Header,
    /// One `Cookie` header holds them all.
    Cookie,
}

/// How a query parameter that is an array or an object is written (`style`, `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    /// `form` with `explode: true`, the default.
    Form,
    FormUnexploded,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

/// A rule checked on a request value's JSON by the types its subschemas lower to.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckedBy {
    /// The value must not be a valid `Ty`.
    Not(Ty),
    /// If the value is a valid first `Ty`, it must be a valid `then`, else a valid `else`.
    IfThenElse(Ty, Option<Ty>, Option<Ty>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub variants: Vec<Variant>,
    /// Number enums travel as JSON numbers.
    pub numeric: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub name: String,
    /// The value as written in the schema (`720p`, `20`).
    pub wire: String,
}

/// A scalar with rules: emitted as a checked newtype, shared by every request field that
/// has exactly the same rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Constrained {
    pub rules: Rules,
    /// Wire names of the fields that use it, for its documentation.
    pub used_by: Vec<String>,
}

/// `anyOf`/`oneOf`: a Rust enum with one variant per schema.
#[derive(Debug, Clone, PartialEq)]
pub struct UnionDef {
    pub side: Side,
    pub kind: UnionKind,
    pub variants: Vec<UnionVariant>,
    /// `discriminator.propertyName`: the variant is chosen by this property's value.
    pub tag: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub name: String,
    pub ty: Ty,
    /// The discriminator's value for this variant.
    pub tag: Option<String>,
    pub pointer: String,
}

/// A Rust type of a field, parameter, item or variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    Bool,
    I32,
    I64,
    F32,
    F64,
    String,
    DateTime,
    /// A response's date-time: `OrUnknown<DateTime>`, which keeps the text of one that
    /// is not RFC 3339 instead of failing the whole response.
    LenientDateTime,
    Uuid,
    /// A checked RFC 3986 URI (requests only; responses keep the text).
    Uri,
    /// A file's bytes (`format: binary`), a part of a multipart request body
    /// (`conference_api::FilePart`; responses keep the text).
    File,
    /// A free-form JSON object.
    JsonObject,
    /// Any JSON value.
    Json,
    /// A generated type.
    Named(String),
    /// A generated enum, decoded leniently: `OrUnknown<Name>`.
    OrUnknown(String),
    Vec(Box<Ty>),
    /// An array with `minItems`/`maxItems`/`uniqueItems` (requests only).
    Items(Box<Ty>, CountRules),
    /// An object whose keys are free and whose values are typed.
    Map(Box<Ty>),
    /// A map with `minProperties`/`maxProperties` (requests only).
    Entries(Box<Ty>, CountRules),
    /// A type that contains itself.
    Boxed(Box<Ty>),
    /// A value that may be `null` where no field says so (an array item, a variant).
    Option(Box<Ty>),
    /// The value of a schema without `type`: the `Ty` for values of these JSON types,
    /// any value of another type as it is (`conference_api::OrOther`).
    OrOther(Box<Ty>, JsonTypes),
}

/// Bounds on the number of items or entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct CountRules {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub unique: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The `operationId` (or, without one, the method name), for logs and errors.
    pub id: String,
    /// The client method's name, unique in the document (see `operations::select`).
    pub name: String,
    pub pointer: String,
    pub method: &'static str,
    pub path: String,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub path_params: Vec<Field>,
    /// Name of the generated `…Params` struct, when the operation has query, header or
    /// cookie parameters.
    pub query: Option<String>,
    /// The request body's type: a generated struct or union (sent from a reference or
    /// a builder, `IntoBody`), or any other type (an array, a map, a scalar), sent as is.
    pub body: Option<Ty>,
    /// The body's media types, in the document's order (the first is sent by default).
    pub body_media: Vec<BodyMedia>,
    /// Whether the document requires the body (`requestBody.required`).
    pub body_required: bool,
    /// The body's top-level fields that are files (wire names): sent as multipart parts.
    pub body_files: Vec<String>,
    /// The documented success statuses, in the document's order (at least one).
    pub successes: Vec<Success>,
    /// The generated enum a call returns when there are several success statuses (one
    /// variant per status); with one, the call returns its body's type.
    pub response_enum: Option<String>,
    /// The documented error responses: a status, a range's first digit (`4XX` is 4) or
    /// 0 (`default`), in the document's order.
    pub error_statuses: Vec<u16>,
    /// The type each error response's JSON body lowers to (`None`: no JSON body).
    pub error_bodies: Vec<(u16, Option<Ty>)>,
    /// The generated enum of the typed error bodies (`{Operation}Error`, one variant per
    /// error response with a JSON body), when there is at least one such body.
    pub error_enum: Option<String>,
    /// How it pages, when it pages the way SignalWire pages: it then gets a stream
    /// method too (see `pages`).
    pub pages: Option<Pages>,
}

impl Operation {
    /// The types of the JSON success bodies.
    pub fn success_tys(&self) -> impl Iterator<Item = &Ty> {
        self.successes
            .iter()
            .filter_map(|success| match &success.body {
                Payload::Json(ty) => Some(ty),
                _ => None,
            })
    }
}

impl TypeBody {
    /// The types of its fields or variants.
    pub fn tys(&self) -> Vec<&Ty> {
        match self {
            TypeBody::Struct(s) => s
                .fields
                .iter()
                .map(|f| &f.ty)
                .chain(s.extra.as_ref())
                .collect(),
            TypeBody::Params(fields) => fields.iter().map(|f| &f.ty).collect(),
            TypeBody::Union(u) => u.variants.iter().map(|v| &v.ty).collect(),
            TypeBody::Enum(_) | TypeBody::Constrained(_) => Vec::new(),
        }
    }
}

impl Ty {
    /// The generated types it names, itself or inside a container.
    pub fn named(&self) -> Option<&str> {
        match self {
            Ty::Named(name) | Ty::OrUnknown(name) => Some(name),
            Ty::Vec(inner)
            | Ty::Items(inner, _)
            | Ty::Map(inner)
            | Ty::Entries(inner, _)
            | Ty::Boxed(inner)
            | Ty::Option(inner)
            | Ty::OrOther(inner, _) => inner.named(),
            _ => None,
        }
    }
}

/// A documented success status and what its body decodes to.
#[derive(Debug, Clone, PartialEq)]
pub struct Success {
    /// The status code (200 for the `2XX` range).
    pub status: u16,
    /// Documented as the `2XX` range: any 2xx status not listed itself.
    pub range: bool,
    pub body: Payload,
    /// The response's media type, asked for in `Accept` (`application/json` without body).
    pub media: String,
    /// The variant of `Operation::response_enum` (`Ok`, `Created`…).
    pub variant: String,
}

/// What a success body decodes to.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// No body (`204`, or no `content`): `()`.
    Empty,
    /// JSON decoded into the type.
    Json(Ty),
    /// A `text/*` body, as a `String`.
    Text,
    /// Any other media type (`image/png`, `application/octet-stream`), as bytes.
    Bytes,
}

/// A request body's media type that the client can encode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyMedia {
    /// `application/json` (and `+json` types).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`, whose top-level `format: binary` fields are file parts.
    Multipart,
}

impl BodyMedia {
    /// The media type's name.
    pub fn as_str(self) -> &'static str {
        match self {
            BodyMedia::Json => "application/json",
            BodyMedia::Form => "application/x-www-form-urlencoded",
            BodyMedia::Multipart => "multipart/form-data",
        }
    }

    /// The media type named `key` in a `content` map, if the client can send it.
    pub fn of(key: &str) -> Option<Self> {
        let essence = key.split(';').next().unwrap_or(key).trim();
        if essence == "application/json" || essence.ends_with("+json") {
            Some(BodyMedia::Json)
        } else if essence == "application/x-www-form-urlencoded" {
            Some(BodyMedia::Form)
        } else if essence == "multipart/form-data" {
            Some(BodyMedia::Multipart)
        } else {
            None
        }
    }
}

/// Options given in the macro call.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Names for shared constrained types: (type name, JSON pointer of one field that
    /// uses it). Without one, a shared type is named after the words its fields' names
    /// share, or after the first of them.
    pub names: Vec<(String, String)>,
    /// Generate only these operations (by `operationId`); empty means all.
    pub operations: Vec<String>,
    /// Generate only the operations with one of these tags; empty means all.
    pub tags: Vec<String>,
    /// Also generate `__check_examples()`, which checks every `examples` value of the
    /// document against its generated type (for this workspace's tests).
    pub check_examples: bool,
    /// Emit the types only: no `Api` trait, client implementation or response enums
    /// (conference-api without its `client` feature).
    pub types_only: bool,
}

/// The state of the lowering: what has been defined, and what is known of the document.
struct Lower<'a> {
    cx: &'a Ctxt,
    doc: &'a Value,
    parser: Parser<'a>,
    api: Api,
    /// Rust names of components, and every other name taken so far.
    names: names::Names,
    /// (component, side) -> its lowered type; `None` while it is being lowered.
    components: HashMap<(String, Side), Option<Option<Ty>>>,
    /// Constrained rules -> the request fields that use them.
    groups: BTreeMap<Rules, scalars::Group>,
    /// Whether to collect `examples` (only `check_examples` emits them).
    check_examples: bool,
    /// (pointer, side) of the examples collected, so each is checked once per side.
    examples_seen: HashSet<(String, Side)>,
    /// (component, side) referred to while it was being lowered: it contains itself.
    recursive: HashSet<(String, Side)>,
    /// Components without `type` (`Kind::Untyped`): a reference to one from inside
    /// itself takes other JSON types too.
    untyped_components: HashMap<(String, Side), JsonTypes>,
    /// How many schemas the one being lowered is nested in (see `MAX_LOWERING_DEPTH`).
    depth: usize,
    /// Whether lowering went too deep (reported once).
    too_deep: bool,
}

/// The longest chain of generated types containing one another that is generated:
/// rustc gives up on longer ones (E0320, "overflow evaluating the requirement", from
/// about 80 links), without a word about the schema.
pub const MAX_NESTING: usize = 64;

/// How deep lowering follows schemas into schemas before it gives up, with an error at
/// the schema, rather than overflowing rustc's 8 MiB stack (a chain of about 800
/// components did). A link of a chain of types is a few schemas deep.
const MAX_LOWERING_DEPTH: usize = 4 * MAX_NESTING;

impl Api {
    /// Whether `ty` is a generated struct or union: a request type with a builder.
    pub(crate) fn is_object(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::Named(name) if matches!(
            self.types.get(name).map(|t| &t.body),
            Some(TypeBody::Struct(_) | TypeBody::Union(_))
        ))
    }

    /// Builds the model of a whole OpenAPI document. Problems are recorded in `cx`.
    pub(crate) fn from_document(cx: &Ctxt, doc: &Value, options: &Options) -> Api {
        let parser = Parser::new(cx, doc);
        let Some(selected) = operations::select(cx, doc, options) else {
            return Api::default();
        };
        let reach = reach::Reach::of(doc, &selected);
        let mut lower = Lower {
            cx,
            doc,
            parser,
            api: Api::default(),
            names: names::Names::for_components(doc, &reach),
            components: HashMap::new(),
            groups: BTreeMap::new(),
            check_examples: options.check_examples,
            examples_seen: HashSet::new(),
            recursive: HashSet::new(),
            untyped_components: HashMap::new(),
            depth: 0,
            too_deep: false,
        };
        lower.operations(&selected);
        lower.name_groups(options);
        nesting::check(cx, &lower.api);
        lower.api
    }
}

impl Lower<'_> {
    /// Registers a generated type under `def.name`, which the caller has claimed.
    fn define(&mut self, def: TypeDef) {
        self.api.types.insert(def.name.clone(), def);
    }

    fn is_enum(&self, name: &str) -> bool {
        matches!(
            self.api.types.get(name).map(|t| &t.body),
            Some(TypeBody::Enum(_))
        )
    }
}
