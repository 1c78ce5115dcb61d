//! Objects: response structs (lenient), request structs (valid by construction) with
//! their builders, and the query parameters of operations.

use super::{doc, rust_type};
use crate::model::{Api, CheckedBy, Field, ParamIn, Rules, Side, Struct, Ty, TypeBody, TypeDef};
use crate::naming::{const_name, ident};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

pub fn emit_struct(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    match s.side {
        Side::Response => emit_response(api, def, s),
        Side::Request => emit_request(api, def, s),
    }
}

/// The declared type of a field: `Option` for optional and for nullable fields (both
/// `Option<Option<T>>` on the request side, where absent and `null` differ).
fn field_type(field: &Field, side: Side) -> TokenStream {
    let ty = rust_type(&field.ty);
    match (field.required, field.nullable, side) {
        (true, false, _) => ty,
        (false, true, Side::Request) => quote!(__rt::Option<__rt::Option<#ty>>),
        _ => quote!(__rt::Option<#ty>),
    }
}

fn field_doc(field: &Field) -> TokenStream {
    // Every public item gets a doc, so users' `missing_docs` lint stays quiet.
    let mut text = field
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` field.", field.wire));
    // Not `#[deprecated]` on the field: serde's derived impls would warn in users' crates.
    // The builder's setter carries the attribute.
    if field.deprecated {
        text.push_str("\n\n**Deprecated** in the schema.");
    }
    if let Some(default) = &field.default {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let constant = const_name(&field.name);
        text.push_str(&format!(
            "When unset, the server uses the schema's default `{}` ([`Self::DEFAULT_{constant}`]).",
            default_text(default)
        ));
    }
    doc(Some(&text))
}

fn default_text(default: &Value) -> String {
    match default {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// `#[serde(rename = "…")]` when the Rust name differs from the wire name.
fn rename(field: &Field) -> TokenStream {
    if field.name == field.wire {
        TokenStream::new()
    } else {
        let wire = &field.wire;
        quote!(#[serde(rename = #wire)])
    }
}

/// A field declaration where absent and `null` both mean `None` (responses, query
/// parameters): a missing optional field decodes as `None` and is not written back.
fn optional_field(field: &Field) -> TokenStream {
    let field_ident = ident(&field.name);
    let ty = field_type(field, Side::Response);
    let docs = field_doc(field);
    let rename = rename(field);
    let skip = (!field.required).then(
        || quote!(#[serde(default, skip_serializing_if = "::core::option::Option::is_none")]),
    );
    quote!(#docs #rename #skip pub #field_ident: #ty,)
}

fn emit_response(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc(def.doc.as_deref());
    let fields = s.fields.iter().map(|field| {
        let field_ident = ident(&field.name);
        let ty = field_type(field, Side::Response);
        let docs = field_doc(field);
        quote!(#docs pub #field_ident: #ty,)
    });
    let deprecated = super::deprecated(def.deprecated);
    let extra = extra_field(s).map(|(extra_ident, ty)| {
        let ty = rust_type(ty);
        quote! {
            /// The keys the schema does not list, typed by its `unevaluatedProperties`; a value
            /// that does not fit its type is left out rather than failing the response.
            pub #extra_ident: __rt::BTreeMap<__rt::String, #ty>,
        }
    });
    let defaults = default_consts(api, &s.fields);
    let defaults_impl = (!defaults.is_empty()).then(|| quote!(impl #name { #defaults }));
    let serialize = emit_serialize(&name, s);
    let deserialize = emit_read_response(&name, s);
    quote! {
        #docs
        ///
        /// Decoded leniently: fields the schema does not list are ignored, and enum values it
        /// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
        #deprecated
        #[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
        pub struct #name {
            #(#fields)*
            #extra
        }
        #defaults_impl
        #serialize
        #deserialize
    }
}

/// `Serialize` for a struct of either side: its fields in the schema's order, an optional
/// field left out when unset, then the keys the schema does not list.
fn emit_serialize(name: &proc_macro2::Ident, s: &Struct) -> TokenStream {
    let fields = s.fields.iter().map(|field| {
        let field_ident = ident(&field.name);
        let wire = &field.wire;
        match field.required {
            true => quote!(object.field(#wire, &self.#field_ident)?;),
            false => quote!(object.optional(#wire, &self.#field_ident)?;),
        }
    });
    let extra = extra_field(s).map(|(extra_ident, _)| quote!(object.extra(&self.#extra_ident)?;));
    // An object with nothing to write needs no `mut`.
    let body = if s.fields.is_empty() && extra.is_none() {
        quote!(__rt::ObjectWriter::new(serializer)?.end())
    } else {
        quote! {
            let mut object = __rt::ObjectWriter::new(serializer)?;
            #(#fields)* #extra
            object.end()
        }
    };
    quote! {
        #[allow(deprecated)]
        impl __rt::serde::Serialize for #name {
            fn serialize<__S: __rt::serde::Serializer>(&self, serializer: __S) -> __rt::Result<__S::Ok, __S::Error> {
                #body
            }
        }
    }
}

/// `Deserialize` for a response struct: each property read into a slot by the runtime's
/// generic visitor, then the struct made of the slots.
fn emit_read_response(name: &proc_macro2::Ident, s: &Struct) -> TokenStream {
    let expecting = format!("struct {name}");
    let wires = s.fields.iter().map(|field| &field.wire);
    let slots = s.fields.iter().map(|field| {
        let ty = field_type(field, Side::Response);
        quote!(__rt::Option<#ty>)
    });
    // The runtime names a field (a repeated or missing key) by its index in `NAMES`.
    let reads = (0..s.fields.len()).map(|index| {
        let slot = proc_macro2::Literal::usize_unsuffixed(index);
        quote!(#slot => __rt::response_slot(&mut slots.#slot, map),)
    });
    let made = s.fields.iter().enumerate().map(|(index, field)| {
        let field_ident = ident(&field.name);
        let slot = proc_macro2::Literal::usize_unsuffixed(index);
        // Optional and nullable fields are `Option`s: absent reads as `None`.
        match field.required && !field.nullable {
            true => quote!(#field_ident: Self::required(slots.#slot, #slot)?,),
            false => quote!(#field_ident: slots.#slot.flatten(),),
        }
    });
    let extra = extra_field(s);
    let extra_slot = extra.as_ref().map(|(_, ty)| {
        let ty = rust_type(ty);
        quote!(__rt::BTreeMap<__rt::String, #ty>)
    });
    let extra_index = proc_macro2::Literal::usize_unsuffixed(s.fields.len());
    let read_extra = extra.as_ref().map(|_| quote! {
        fn read_extra<'d, __A: __rt::serde::de::MapAccess<'d>>(slots: &mut Self::Slots, key: __rt::Cow<'d, str>, map: &mut __A) -> __rt::Result<(), __A::Error> {
            __rt::response_extra(&mut slots.#extra_index, key, map)
        }
    });
    let made_extra = extra
        .as_ref()
        .map(|(extra_ident, _)| quote!(#extra_ident: slots.#extra_index,));
    let read_body = if s.fields.is_empty() {
        quote!(let _ = (slots, index, map); __rt::Ok(true))
    } else {
        quote!(match index { #(#reads)* _ => __rt::Ok(true) })
    };
    let unused_slots = (s.fields.is_empty() && extra.is_none()).then(|| quote!(let _ = slots;));
    let (slots_type, slots_struct) = slots_of(name, slots.chain(extra_slot).collect());
    quote! {
        #[allow(deprecated)]
        impl<'de> __rt::serde::Deserialize<'de> for #name {
            fn deserialize<__D: __rt::serde::Deserializer<'de>>(deserializer: __D) -> __rt::Result<Self, __D::Error> {
                __rt::read_response::<Self, __D>(deserializer)
            }
        }
        #slots_struct
        #[allow(deprecated)]
        impl __rt::ResponseFields for #name {
            type Slots = #slots_type;
            const EXPECTING: &'static str = #expecting;
            const NAMES: &'static [&'static str] = &[#(#wires),*];
            fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(slots: &mut Self::Slots, index: usize, map: &mut __A) -> __rt::Result<bool, __A::Error> {
                #read_body
            }
            #read_extra
            fn finish<__E: __rt::serde::de::Error>(slots: Self::Slots) -> __rt::Result<Self, __E> {
                #unused_slots
                __rt::Ok(#name { #(#made)* #made_extra })
            }
        }
    }
}

/// The type a reader keeps its slots in, or a builder its values: a tuple, which needs
/// no item of its own, or past twelve (where std's tuples stop being `Default`, `Clone`
/// and `PartialEq`) a tuple struct named `named`, declared with `declare` (its derives and
/// visibility). Either way slot `i` is `.i`.
fn tuple_or_struct(
    named: proc_macro2::Ident,
    declare: TokenStream,
    types: Vec<TokenStream>,
) -> (TokenStream, TokenStream) {
    const STD_TUPLE_TRAITS: usize = 12;
    if types.len() <= STD_TUPLE_TRAITS {
        return (quote!((#(#types,)*)), TokenStream::new());
    }
    (
        quote!(#named),
        quote! {
            #declare struct #named(#(#types,)*);
        },
    )
}

/// A reader's slots: a struct past twelve is public as the trait's type is (its fields
/// are not).
fn slots_of(name: &proc_macro2::Ident, types: Vec<TokenStream>) -> (TokenStream, TokenStream) {
    let declare = quote!(#[doc(hidden)] #[derive(__rt::Default)] pub);
    tuple_or_struct(format_ident!("__{}Slots", name), declare, types)
}

/// `pub const DEFAULT_<FIELD>` for every field with a schema default.
fn default_consts(api: &Api, fields: &[Field]) -> TokenStream {
    let consts: Vec<TokenStream> = fields
        .iter()
        .filter_map(|field| {
            let default = field.default.as_ref()?;
            let (ty, value) = default_value(api, &field.ty, default)?;
            // After the field's Rust name, which is unique: wires can collide (`a-b`, `a_b`).
            let constant = format_ident!("DEFAULT_{}", const_name(&field.name));
            let text = format!(
                " The schema's default for `{}`: `{}`.",
                field.wire,
                default_text(default)
            );
            Some(quote!(#[doc = #text] pub const #constant: #ty = #value;))
        })
        .collect();
    if consts.is_empty() {
        return TokenStream::new();
    }
    quote!(#(#consts)*)
}

/// The type and constant expression of a default value. Defaults were checked against
/// their field's rules when the model was built.
fn default_value(api: &Api, ty: &Ty, default: &Value) -> Option<(TokenStream, TokenStream)> {
    let rust = rust_type(ty);
    let value = match (ty, default) {
        (Ty::Bool, Value::Bool(b)) => quote!(#b),
        (Ty::I32, Value::Number(n)) => {
            let n = i32::try_from(n.as_i64()?).ok()?;
            quote!(#n)
        }
        (Ty::I64, Value::Number(n)) => {
            let n = n.as_i64()?;
            quote!(#n)
        }
        (Ty::F64, Value::Number(n)) => {
            let n = n.as_f64()?;
            quote!(#n)
        }
        (Ty::String, Value::String(text)) => {
            return Some((quote!(&'static str), quote!(#text)));
        }
        (Ty::Named(name) | Ty::OrUnknown(name), _) => {
            let type_ident = ident(name);
            match api.types.get(name).map(|t| &t.body)? {
                TypeBody::Enum(e) => {
                    let wire = default_text(default);
                    let variant = e.variants.iter().find(|v| v.wire == wire)?;
                    let variant = ident(&variant.name);
                    return Some((quote!(#type_ident), quote!(#type_ident::#variant)));
                }
                TypeBody::Constrained(c) => match (&c.rules, default) {
                    (Rules::String { .. }, Value::String(text)) => {
                        quote!(#type_ident::from_static(#text))
                    }
                    (Rules::Integer { int32: true, .. }, Value::Number(n)) => {
                        let n = i32::try_from(n.as_i64()?).ok()?;
                        quote!(#type_ident::from_static(#n))
                    }
                    (Rules::Integer { .. }, Value::Number(n)) => {
                        let n = n.as_i64()?;
                        quote!(#type_ident::from_static(#n))
                    }
                    _ => return None,
                },
                _ => return None,
            }
        }
        _ => return None,
    };
    Some((rust, value))
}

fn emit_request(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let builder = format_ident!("{}Builder", def.name);
    let docs = doc(def.doc.as_deref());
    let fields = &s.fields;
    let required: Vec<&Field> = fields.iter().filter(|f| f.required).collect();

    let declared = fields.iter().map(|field| {
        let field_ident = ident(&field.name);
        let ty = field_type(field, Side::Request);
        let docs = field_doc(field);
        quote!(#docs pub #field_ident: #ty,)
    });

    let new_params = required.iter().map(|field| {
        let field_ident = ident(&field.name);
        let ty = field_type(field, Side::Request);
        quote!(#field_ident: #ty)
    });
    let extra = extra_field(s);
    let new_fields = fields
        .iter()
        .map(|field| {
            let field_ident = ident(&field.name);
            if field.required {
                quote!(#field_ident)
            } else {
                quote!(#field_ident: __rt::None)
            }
        })
        .chain(
            extra
                .as_ref()
                .map(|(extra_ident, _)| quote!(#extra_ident: __rt::BTreeMap::new())),
        );
    let extra_declared = extra.as_ref().map(|(extra_ident, ty)| {
        let ty = rust_type(ty);
        quote! {
            /// The keys the schema does not list, each checked against the schema of its
            /// `unevaluatedProperties`. Set them on the request; the builder does not take them.
            pub #extra_ident: __rt::BTreeMap<__rt::String, #ty>,
        }
    });
    let object_rules = emit_object_rules(s);
    let deprecated = super::deprecated(def.deprecated);
    let allow = super::allow_deprecated();
    let builder_params = required.iter().map(|field| {
        let field_ident = ident(&field.name);
        let (ty, _) = setter(api, field);
        quote!(#field_ident: #ty)
    });
    // The lifetime of borrowed text (`impl Into<Cow<'a, str>>`), when a parameter takes it.
    let builder_lifetime = required
        .iter()
        .any(|field| takes_text(api, field))
        .then(|| quote!(<'a>));
    let builder_calls = required.iter().map(|field| {
        let field_ident = ident(&field.name);
        quote!(.#field_ident(#field_ident))
    });
    let required_docs = required
        .iter()
        .map(|f| format!("`{}`", f.wire))
        .collect::<Vec<_>>()
        .join(", ");
    let new_doc = if required.is_empty() {
        " A request with every optional field unset.".to_owned()
    } else {
        format!(
            " A request with its required fields ({required_docs}) and every optional field unset."
        )
    };
    let defaults = default_consts(api, fields);
    // One parameter per required field, however many the schema has.
    let many_arguments = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let field_infos = fields.iter().map(|field| field_info(api, field));
    let wires = fields.iter().map(|field| &field.wire);
    let builder_items = emit_builder(api, def, s, &builder);
    let from_json = emit_from_json(def, s);
    let serialize = emit_serialize(&name, s);
    let builder_doc = format!(
        " A builder that takes raw values and checks them all at once in [`{builder}::build`], \
         which lists every broken rule."
    );
    let closed_note = if s.closed {
        quote!(#[doc = ""] #[doc = " Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught."])
    } else {
        TokenStream::new()
    };

    quote! {
        #docs
        ///
        /// Valid by construction: every field holds a checked value. Deserializing one (from
        /// JSON, a configuration file) runs the same checks and reports every broken rule.
        #closed_note
        #deprecated
        #[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
        pub struct #name {
            #(#declared)*
            #extra_declared
        }

        #serialize

        #allow
        impl #name {
            #object_rules

            #[doc = #new_doc]
            #many_arguments
            pub fn new(#(#new_params),*) -> Self {
                Self { #(#new_fields),* }
            }

            #[doc = #builder_doc]
            #many_arguments
            pub fn builder #builder_lifetime(#(#builder_params),*) -> #builder {
                <#builder as __rt::Default>::default() #(#builder_calls)*
            }

            #defaults

            /// Every field, with its documentation and rules, in the schema's order.
            pub const FIELDS: &'static [__rt::FieldInfo] = &[#(#field_infos),*];
        }

        #allow
        impl<'de> __rt::serde::Deserialize<'de> for #name {
            fn deserialize<__D: __rt::serde::Deserializer<'de>>(deserializer: __D) -> __rt::Result<Self, __D::Error> {
                __rt::deserialize_checked(deserializer)
            }
        }

        impl __rt::RequestBody for #name {}

        impl __rt::Names for #name {
            const NAMES: &'static [&'static str] = &[#(#wires),*];
        }

        #from_json

        #builder_items
    }
}

/// What a builder setter takes. Text is checked at once and kept typed when it keeps the
/// rules (else raw, so that `build` reports it); enums and booleans are typed already;
/// numbers, collections with rules, nested objects and unions are kept as JSON, which
/// `build` checks as it would a request read from JSON.
enum Takes {
    /// `impl Into<Cow<'a, str>>`: borrowed text is copied once, where it is kept (short
    /// text inline), and a `String` is kept as it is.
    Text,
    /// The field's own type.
    Typed,
    /// A number of this Rust type, kept as JSON.
    Number(TokenStream),
    /// A value of this type, kept as its JSON.
    Json(Ty),
    /// A `serde_json::Value`, kept as it is.
    Value,
}

fn takes(api: &Api, field: &Field) -> Takes {
    match &field.ty {
        Ty::String | Ty::DateTime | Ty::Uuid | Ty::Uri => Takes::Text,
        Ty::I32 | Ty::I64 => Takes::Number(quote!(i64)),
        // Collections with rules take the plain collection; `build` checks the rules.
        Ty::Items(inner, _) => Takes::Json(Ty::Vec(inner.clone())),
        Ty::Entries(inner, _) => Takes::Json(Ty::Map(inner.clone())),
        Ty::Bool => Takes::Typed,
        Ty::F32 | Ty::F64 => Takes::Number(rust_type(&field.ty)),
        Ty::Named(name) => match api.types.get(name).map(|t| &t.body) {
            Some(TypeBody::Constrained(c)) => match c.rules {
                Rules::String { .. } => Takes::Text,
                Rules::Integer { .. } => Takes::Number(quote!(i64)),
                Rules::Number { f32: true, .. } => Takes::Number(quote!(f32)),
                Rules::Number { .. } => Takes::Number(quote!(f64)),
                Rules::Values(_) => Takes::Value,
            },
            Some(TypeBody::Enum(_)) => Takes::Typed,
            _ => Takes::Json(field.ty.clone()),
        },
        other => Takes::Json(other.clone()),
    }
}

/// Whether a field's setter takes text, and so the lifetime `'a`.
fn takes_text(api: &Api, field: &Field) -> bool {
    matches!(takes(api, field), Takes::Text)
}

/// A setter's parameter type, and the builder slot it makes of `value`.
fn setter(api: &Api, field: &Field) -> (TokenStream, TokenStream) {
    match takes(api, field) {
        Takes::Text => (
            quote!(impl __rt::Into<__rt::Cow<'a, str>>),
            quote!(__rt::Slot::text(value.into())),
        ),
        Takes::Typed => {
            let value = match field.nullable {
                true => quote!(__rt::Some(value)),
                false => quote!(value),
            };
            (rust_type(&field.ty), quote!(__rt::Slot::Typed(#value)))
        }
        Takes::Number(ty) => (
            ty,
            quote!(__rt::Slot::Raw(__rt::serde_json::Value::from(value))),
        ),
        // An untyped schema's setter also takes its typed part (`From<T> for OrOther`).
        Takes::Json(ty @ Ty::OrOther(..)) => {
            let ty = rust_type(&ty);
            (
                quote!(impl __rt::Into<#ty>),
                quote!(__rt::Slot::Raw(
                    __rt::to_json::<#ty>(&value.into())
                )),
            )
        }
        Takes::Json(ty) => (
            rust_type(&ty),
            quote!(__rt::Slot::Raw(__rt::to_json(&value))),
        ),
        Takes::Value => (
            quote!(__rt::serde_json::Value),
            quote!(__rt::Slot::Raw(value)),
        ),
    }
}

/// The type a field's value is read as: nullable fields take `null` as `None`.
fn read_type(field: &Field) -> TokenStream {
    let ty = rust_type(&field.ty);
    if field.nullable {
        quote!(__rt::Option<#ty>)
    } else {
        ty
    }
}

fn emit_builder(api: &Api, def: &TypeDef, s: &Struct, builder: &proc_macro2::Ident) -> TokenStream {
    let name = ident(&def.name);
    let value_types = s.fields.iter().map(|field| {
        let ty = read_type(field);
        quote!(__rt::Option<__rt::Slot<#ty>>)
    });
    // Serde's derives cost rustc more than all other builder code together: the
    // builder's (de)serialization is the runtime's, driven by the wire names, and every
    // field is named by its index in them.
    let names = quote!(<#name as __rt::Names>::NAMES);
    // Values are held by index too: `.i` of the boxed tuple (or tuple struct).
    let indexes: Vec<_> = (0..s.fields.len())
        .map(proc_macro2::Literal::usize_unsuffixed)
        .collect();
    let closed = s.closed;
    let read = if s.fields.is_empty() {
        quote! {
            __rt::read_builder(deserializer, &[], #closed, &mut |_, _| false)?;
            __rt::Ok(<Self as __rt::Default>::default())
        }
    } else {
        quote! {
            let mut builder = <Self as __rt::Default>::default();
            let fields = &mut *builder.0;
            __rt::read_builder(deserializer, #names, #closed, &mut |index, value| match index {
                #(#indexes => __rt::put_raw(&mut fields.#indexes, value),)*
                _ => false,
            })?;
            __rt::Ok(builder)
        }
    };
    let setters = s.fields.iter().zip(&indexes).map(|(field, i)| {
        let field_ident = ident(&field.name);
        let (ty, value) = setter(api, field);
        let docs = field_doc(field);
        let null_setter = field.nullable.then(|| {
            let null_ident = format_ident!("{}_null", field.name);
            let text = format!(" Sends `{}` as `null`.", field.wire);
            quote! {
                #[doc = #text]
                #[inline]
                pub fn #null_ident(mut self) -> Self {
                    self.0.#i = __rt::Some(__rt::Slot::Typed(__rt::None));
                    self
                }
            }
        });
        let deprecated = super::deprecated(field.deprecated);
        let lifetime = takes_text(api, field).then(|| quote!(<'a>));
        quote! {
            #docs
            #deprecated
            #[inline]
            pub fn #field_ident #lifetime(mut self, value: #ty) -> Self {
                self.0.#i = __rt::Some(#value);
                self
            }
            #null_setter
        }
    });
    // The slot's type says what each field is checked as.
    let checks = s.fields.iter().zip(&indexes).map(|(field, i)| {
        let check = match field.required {
            true => quote!(required),
            false => quote!(optional),
        };
        quote!(check.#check(#i, &self.0.#i);)
    });
    let converts = s.fields.iter().zip(&indexes).map(|(field, i)| {
        let local = local(field);
        let take = match field.required {
            true => quote!(take_required),
            false => quote!(take_optional),
        };
        quote!(let #local = check.#take(#i, fields.#i);)
    });
    let start_checks = (!s.fields.is_empty())
        .then(|| quote!(let mut check = __rt::SlotChecks::new(#names, &mut errors);));
    // Nothing records into `errors` when there is no field and no rule.
    let errors_mut = (!s.fields.is_empty() || has_object_rules(s)).then(|| quote!(mut));
    let construct = construct(
        &name,
        s,
        quote!(__rt::BTreeMap::new()),
        quote!(errors.is_empty()),
        quote!(__rt::Ok),
    );
    // Rules on the object as a whole see the values as the request would send them.
    let object_rules = has_object_rules(s).then(|| {
        quote! {
            let whole = __rt::to_json(&self);
            #name::object_rules(&whole, __rt::Path::Root, &mut errors);
        }
    });
    // Boxed: a setter moves a pointer, not every value.
    let (fields_type, fields_struct) = tuple_or_struct(
        format_ident!("__{}Fields", builder),
        quote!(#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]),
        value_types.collect(),
    );
    let unbox = (!s.fields.is_empty()).then(|| quote!(let fields = *self.0;));
    let builder_text = builder.to_string();
    let debug_fields = s.fields.iter().zip(&indexes).map(|(field, i)| {
        let text = ident(&field.name).to_string();
        let text = text.trim_start_matches("r#");
        quote!(.field(#text, &self.0.#i))
    });
    quote! {
        #[doc = concat!(" The values of a [`", stringify!(#name), "`], every broken rule reported at once by [`build`](Self::build).")]
        ///
        /// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
        /// report). Deserializing one from JSON keeps every value as it was written, so `build` can
        /// report each broken rule, a wrong JSON type included.
        #[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
        pub struct #builder(__rt::Box<#fields_type>);
        #fields_struct

        impl<'de> __rt::serde::Deserialize<'de> for #builder {
            fn deserialize<__D: __rt::serde::Deserializer<'de>>(deserializer: __D) -> __rt::Result<Self, __D::Error> {
                #read
            }
        }

        impl __rt::serde::Serialize for #builder {
            fn serialize<__S: __rt::serde::Serializer>(&self, serializer: __S) -> __rt::Result<__S::Ok, __S::Error> {
                __rt::write_builder(serializer, #names, &[
                    #(self.0.#indexes.as_ref().map(__rt::to_json),)*
                ])
            }
        }

        impl __rt::Debug for #builder {
            fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
                f.debug_struct(#builder_text)
                    #(#debug_fields)*
                    .finish()
            }
        }

        #[allow(deprecated)]
        impl #builder {
            #(#setters)*

            /// Checks every value without building the request. Allocates nothing when all
            /// values are valid.
            pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
                let #errors_mut errors = __rt::ValidationErrors::new();
                #start_checks
                #(#checks)*
                #object_rules
                errors.into_result(|| ())
            }

            /// The request, or every rule its values break.
            pub fn build(self) -> __rt::Result<#name, __rt::ValidationErrors> {
                let #errors_mut errors = __rt::ValidationErrors::new();
                #object_rules
                #unbox
                #start_checks
                #(#converts)*
                #construct
                __rt::Err(errors)
            }
        }

        impl __rt::IntoBody<#name> for #builder {
            fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
                let request = self.build()?;
                __rt::IntoBody::<#name>::into_body(&request)
            }
        }
    }
}

/// The local variable that holds a field's converted value (prefixed, so that no field
/// name can shadow the generated code's own variables).
fn local(field: &Field) -> proc_macro2::Ident {
    format_ident!("field_{}", field.name)
}

/// `return wrap(Name { … })` when every required field converted and `valid` holds; a
/// missing or invalid value has been recorded already.
fn construct(
    name: &proc_macro2::Ident,
    s: &Struct,
    extra: TokenStream,
    valid: TokenStream,
    wrap: TokenStream,
) -> TokenStream {
    let fields = &s.fields;
    let extra = extra_field(s).map(|(extra_ident, _)| quote!(#extra_ident: #extra,));
    let inits = fields.iter().map(|field| {
        let field_ident = ident(&field.name);
        let local = local(field);
        quote!(#field_ident: #local,)
    });
    let required: Vec<_> = fields.iter().filter(|f| f.required).map(local).collect();
    if required.is_empty() {
        quote! {
            if #valid {
                return #wrap(#name { #(#inits)* #extra });
            }
        }
    } else {
        quote! {
            if let (#(__rt::Some(#required),)*) = (#(#required,)*)
                && #valid
            {
                return #wrap(#name { #(#inits)* #extra });
            }
        }
    }
}

/// `FromJson` for a request struct, field by field: every field is checked at its own
/// path and every violation recorded, the unknown keys of a closed object included.
/// Deserializing a request goes through it, and so does a request nested in another.
fn emit_from_json(def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let fields = &s.fields;
    // Each field named by its index in the struct's `Names::NAMES`.
    let checks = fields.iter().enumerate().map(|(i, field)| {
        let ty = rust_type(&field.ty);
        let check = format_ident!("{}", presence(field));
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        quote!(check.#check::<#ty>(#i);)
    });
    let check_unknown = s.closed.then(|| quote!(check.unknown_keys();));
    let check_extra = extra_field(s).map(|(_, ty)| {
        let ty = rust_type(ty);
        quote!(check.extra::<#ty>();)
    });
    let check_object = if fields.is_empty() && !s.closed && extra_field(s).is_none() {
        quote!(__rt::object(value, at, errors);)
    } else {
        quote! {
            let __rt::Some(object) = __rt::object(value, at, errors) else {
                return;
            };
            let mut check = __rt::CheckFields::new(object, <Self as __rt::Names>::NAMES, at, errors);
        }
    };
    let check_rules = has_object_rules(s).then(|| quote!(Self::object_rules(value, at, errors);));
    let allow = super::allow_deprecated();
    let (read_json, slots) = emit_read_json(&name, s);
    // A struct that reads itself converts a `Value` the same way (`FromJson`'s default
    // `from_json`): one reader, not two.
    let from_json = has_object_rules(s).then(|| emit_from_value(&name, s));
    quote! {
        #allow
        impl __rt::FromJson for #name {
            #read_json
            fn check_json(value: &__rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) {
                #check_rules
                #check_object
                #(#checks)*
                #check_extra
                #check_unknown
            }
            #from_json
        }
        #slots
    }
}

/// `FromJson::from_json` of a struct with rules on its JSON as a whole (which has no
/// reader of its own): the rules on the `Value`, then each field taken out of it.
fn emit_from_value(name: &proc_macro2::Ident, s: &Struct) -> TokenStream {
    let fields = &s.fields;
    let converts = fields.iter().map(|field| {
        let local = local(field);
        let wire = &field.wire;
        let ty = rust_type(&field.ty);
        let convert = format_ident!("{}", presence(field));
        quote!(let #local = __rt::#convert::<#ty>(errors, at, #wire, __rt::take(&mut object, #wire));)
    });
    let convert_unknown = s
        .closed
        .then(|| quote!(__rt::unknown_keys(&object, <Self as __rt::Names>::NAMES, at, errors);));
    let convert_object = match (fields.is_empty() && extra_field(s).is_none(), s.closed) {
        (false, _) => quote!(let mut object = __rt::into_object(value, at, errors)?;),
        (true, true) => quote!(let object = __rt::into_object(value, at, errors)?;),
        (true, false) => quote!(__rt::into_object(value, at, errors)?;),
    };
    let (convert_extra, extra) = match extra_field(s) {
        Some((_, ty)) => {
            let ty = rust_type(ty);
            (
                quote!(let field_extra = __rt::extra_from_json::<#ty>(&mut object, <Self as __rt::Names>::NAMES, at, errors);),
                quote!(field_extra),
            )
        }
        None => (TokenStream::new(), TokenStream::new()),
    };
    let construct = construct(
        name,
        s,
        extra,
        quote!(errors.len() == before),
        quote!(__rt::Some),
    );
    quote! {
        fn from_json(value: __rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) -> __rt::Option<Self> {
            let before = errors.len();
            Self::object_rules(&value, at, errors);
            #convert_object
            #(#converts)*
            #convert_extra
            #convert_unknown
            #construct
            __rt::None
        }
    }
}

/// `FromJson::read_json` for a request struct, and its `Fields`, which say what slots it
/// reads into: reads the object straight into one slot per field, each value
/// checked as it is read (`conference_api::__private::read_object` does the rest). An
/// object with rules on its JSON as a whole keeps the default, which reads its `Value`
/// first.
fn emit_read_json(name: &proc_macro2::Ident, s: &Struct) -> (TokenStream, TokenStream) {
    if has_object_rules(s) {
        return (TokenStream::new(), TokenStream::new());
    }
    let fields = &s.fields;
    let slots: Vec<proc_macro2::Literal> = (0..fields.len())
        .map(proc_macro2::Literal::usize_unsuffixed)
        .collect();
    let mut slot_types: Vec<TokenStream> = fields
        .iter()
        .map(|field| {
            let ty = read_type(field);
            quote!(__rt::Option<__rt::Option<#ty>>)
        })
        .collect();
    let closed = s.closed;
    // The slot's type tells `read_slot` what to read; the runtime hands `read` the field's
    // path and names a missing field by its index.
    let reads = slots
        .iter()
        .map(|slot| quote!(#slot => __rt::read_slot(&mut slots.#slot, map, at, errors),));
    let locals = fields.iter().zip(&slots).map(|(field, slot)| {
        let local = local(field);
        if field.required {
            quote!(let #local = order.required(slots.#slot, errors, at, #slot);)
        } else {
            quote!(let #local = slots.#slot.flatten();)
        }
    });
    // The map of keys the properties do not list, in the slot after the fields'.
    let extra_slot = proc_macro2::Literal::usize_unsuffixed(fields.len());
    let extra_type = extra_field(s).map(|(_, ty)| rust_type(ty));
    slot_types.extend(
        extra_type
            .iter()
            .map(|ty| quote!(__rt::BTreeMap<__rt::String, #ty>)),
    );
    let read_extra = extra_type.map(|ty| {
        quote! {
            fn read_extra<'d, __A: __rt::serde::de::MapAccess<'d>>(slots: &mut Self::Slots, key: __rt::Cow<'d, str>, map: &mut __A, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) -> __rt::Result<__rt::Option<__rt::Cow<'d, str>>, __A::Error> {
                if let __rt::Some(value) = map.next_value_seed(__rt::Seed::<#ty>::new(at.field(&key), errors))? {
                    slots.#extra_slot.insert(key.into_owned(), value);
                }
                __rt::Ok(__rt::None)
            }
        }
    });
    let construct = construct(
        name,
        s,
        quote!(slots.#extra_slot),
        quote!(order.valid(errors)),
        quote!(__rt::Some),
    );
    // `at` names where a missing required field was due.
    let unused_at = (!fields.iter().any(|f| f.required)).then(|| quote!(let _ = at;));
    let unused_slots =
        (fields.is_empty() && extra_field(s).is_none()).then(|| quote!(let _ = slots;));
    let read_body = if fields.is_empty() {
        quote!(let _ = (slots, index, map, at, errors); __rt::Ok(()))
    } else {
        quote!(match index { #(#reads)* _ => __rt::Ok(()) })
    };
    let read_json = quote! {
        fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(deserializer: __D, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) -> __rt::Result<__rt::Option<Self>, __D::Error> {
            __rt::read_object::<Self, __D>(deserializer, at, errors)
        }
    };
    let (slots_type, slots_struct) = slots_of(name, slot_types);
    let slots = quote! {
        #slots_struct
        #[allow(deprecated)]
        impl __rt::Fields for #name {
            type Slots = #slots_type;
            const CLOSED: bool = #closed;
            fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(slots: &mut Self::Slots, index: usize, map: &mut __A, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) -> __rt::Result<(), __A::Error> {
                #read_body
            }
            #read_extra
            fn finish(slots: Self::Slots, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors, order: &mut __rt::Order) -> __rt::Option<Self> {
                #unused_at
                #unused_slots
                #(#locals)*
                #construct
                __rt::None
            }
        }
    };
    (read_json, slots)
}

/// The Rust field that holds the keys the properties do not list, and their type.
fn extra_field(s: &Struct) -> Option<(proc_macro2::Ident, &Ty)> {
    let ty = s.extra.as_ref()?;
    let mut name = "additional_properties".to_owned();
    while s.fields.iter().any(|f| f.name == name) {
        name.push('_');
    }
    Some((format_ident!("{name}"), ty))
}

/// Whether the object has rules on its JSON as a whole: property counts, `not` and
/// `if`/`then`/`else` (of the object or of a field).
fn has_object_rules(s: &Struct) -> bool {
    s.min_properties.is_some()
        || s.max_properties.is_some()
        || !s.conditions.is_empty()
        || s.fields.iter().any(|f| !f.conditions.is_empty())
}

/// `fn object_rules`: the rules of [`has_object_rules`], checked on the object's JSON.
fn emit_object_rules(s: &Struct) -> TokenStream {
    if !has_object_rules(s) {
        return TokenStream::new();
    }
    let counts = (s.min_properties.is_some() || s.max_properties.is_some()).then(|| {
        let min = s.min_properties.unwrap_or(0);
        let max = s.max_properties.unwrap_or(u64::MAX);
        quote!(__rt::count_properties(value, #min, #max, at, errors);)
    });
    let own = s
        .conditions
        .iter()
        .map(|c| condition(c, quote!(value), quote!(at)));
    let fields = s
        .fields
        .iter()
        .filter(|f| !f.conditions.is_empty())
        .map(|field| {
            let wire = &field.wire;
            let checks = field
                .conditions
                .iter()
                .map(|c| condition(c, quote!(field_value), quote!(at.field(#wire))));
            quote! {
                if let __rt::Some(field_value) = value.get(#wire) {
                    #(#checks)*
                }
            }
        });
    quote! {
        /// The rules on the object's JSON as a whole.
        fn object_rules(value: &__rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) {
            #counts
            #(#own)*
            #(#fields)*
        }
    }
}

/// A `not` or `if`/`then`/`else` check of `value`.
fn condition(c: &CheckedBy, value: TokenStream, at: TokenStream) -> TokenStream {
    let check = |ty: &Ty| {
        let ty = rust_type(ty);
        quote!(<#ty as __rt::FromJson>::check_json as __rt::CheckFn)
    };
    let optional = |ty: &Option<Ty>| match ty {
        Some(ty) => {
            let check = check(ty);
            quote!(__rt::Some(#check))
        }
        None => quote!(__rt::None),
    };
    match c {
        CheckedBy::Not(ty) => {
            let not = check(ty);
            quote!(__rt::check_not(#value, #not, #at, errors);)
        }
        CheckedBy::IfThenElse(condition, then, otherwise) => {
            let condition = check(condition);
            let then = optional(then);
            let otherwise = optional(otherwise);
            quote!(__rt::check_if(#value, #condition, #then, #otherwise, #at, errors);)
        }
    }
}

/// Which runtime helper converts a raw value: `required`, `optional`, `required_nullable`
/// or `optional_nullable` (each with a `check_` twin that only validates).
fn presence(field: &Field) -> &'static str {
    match (field.required, field.nullable) {
        (true, false) => "required",
        (false, false) => "optional",
        (true, true) => "required_nullable",
        (false, true) => "optional_nullable",
    }
}

/// A `FieldInfo` literal: what a command line or a form needs to know of a field.
fn field_info(api: &Api, field: &Field) -> TokenStream {
    let name = &field.wire;
    let doc = field.doc.clone().unwrap_or_default();
    let required = field.required;
    let (kind, rules) = describe(api, &field.ty);
    let kind = format_ident!("{kind}");
    let default = match &field.default {
        Some(value) => {
            let text = default_text(value);
            quote!(__rt::Some(#text))
        }
        None => quote!(__rt::None),
    };
    quote!(__rt::FieldInfo::new(#name, #required, __rt::FieldKind::#kind, #rules, #default, #doc))
}

/// The JSON kind of a type and its rules in words.
fn describe(api: &Api, ty: &Ty) -> (&'static str, String) {
    match ty {
        Ty::Bool => ("Boolean", "true or false".to_owned()),
        Ty::I32 | Ty::I64 => ("Integer", "an integer".to_owned()),
        Ty::F32 | Ty::F64 => ("Number", "a number".to_owned()),
        Ty::Uri => ("String", "a URI (RFC 3986)".to_owned()),
        Ty::File => ("Json", "a file (a multipart/form-data part)".to_owned()),
        Ty::Boxed(inner) | Ty::Option(inner) => describe(api, inner),
        Ty::OrOther(inner, types) => (
            "Json",
            format!(
                "{}, or any JSON value that is not {}",
                describe(api, inner).1,
                types.names()
            ),
        ),
        Ty::Items(_, rules) => ("Json", count_words("a JSON array", "items", rules)),
        Ty::Entries(_, rules) => ("Json", count_words("a JSON object", "entries", rules)),
        Ty::Map(_) => ("Json", "a JSON object".to_owned()),
        Ty::String => ("String", "text".to_owned()),
        Ty::DateTime | Ty::LenientDateTime => (
            "String",
            "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)".to_owned(),
        ),
        Ty::Uuid => ("String", "a UUID".to_owned()),
        Ty::JsonObject => ("Json", "a JSON object".to_owned()),
        Ty::Json | Ty::Vec(_) => ("Json", "JSON".to_owned()),
        Ty::Named(name) | Ty::OrUnknown(name) => match api.types.get(name).map(|t| &t.body) {
            Some(TypeBody::Enum(e)) => {
                let values: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
                (
                    if e.numeric { "Number" } else { "String" },
                    format!("one of {}", values.join(", ")),
                )
            }
            Some(TypeBody::Constrained(c)) => match &c.rules {
                Rules::String {
                    max_length,
                    min_length,
                    pattern,
                } => {
                    let mut words = Vec::new();
                    if let Some(min) = min_length {
                        words.push(format!("at least {min} characters"));
                    }
                    if let Some(max) = max_length {
                        words.push(format!("at most {max} characters"));
                    }
                    if let Some(pattern) = pattern {
                        words.push(format!("matching {pattern}"));
                    }
                    ("String", format!("text, {}", words.join(", ")))
                }
                Rules::Integer {
                    minimum,
                    maximum,
                    multiple_of,
                    ..
                } => {
                    let mut words = vec!["an integer".to_owned()];
                    if let Some(min) = minimum {
                        words.push(format!("at least {min}"));
                    }
                    if let Some(max) = maximum {
                        words.push(format!("at most {max}"));
                    }
                    if let Some(step) = multiple_of {
                        words.push(format!("a multiple of {step}"));
                    }
                    ("Integer", words.join(", "))
                }
                Rules::Number { .. } => {
                    let mut words = vec!["a number".to_owned()];
                    let limits = c.rules.number_limits().unwrap_or_default();
                    let texts = ["at least", "at most", "above", "below", "a multiple of"];
                    for (text, limit) in texts.iter().zip(limits) {
                        if let Some(limit) = limit {
                            words.push(format!("{text} {limit}"));
                        }
                    }
                    ("Number", words.join(", "))
                }
                Rules::Values(texts) => ("Json", format!("one of {}", texts.join(", "))),
            },
            _ => ("Json", "a JSON object".to_owned()),
        },
    }
}

pub fn emit_params(api: &Api, def: &TypeDef, fields: &[Field]) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc(def.doc.as_deref());
    let declared = fields.iter().map(optional_field);
    let derive_default = fields
        .iter()
        .all(|f| !f.required)
        .then(|| quote!(__rt::Default,));
    let push = |field: &Field, list: TokenStream| {
        let field_ident = ident(&field.name);
        let wire = &field.wire;
        let push = match field.query_style {
            None => {
                quote!(#list.push((__rt::Cow::Borrowed(#wire), __rt::ToString::to_string(value)));)
            }
            Some(style) => {
                let style = format_ident!("{style:?}");
                quote!(__rt::query_json(&mut #list, #wire, __rt::QueryStyle::#style, &__rt::to_json(value));)
            }
        };
        if field.required {
            quote!({ let value = &self.#field_ident; #push })
        } else {
            quote! {
                if let __rt::Some(value) = &self.#field_ident {
                    #push
                }
            }
        }
    };
    // A list is declared only where something is pushed: no unused `mut` in users' crates.
    let pairs = |place: ParamIn, list: TokenStream| {
        let pushes: Vec<TokenStream> = fields
            .iter()
            .filter(|f| f.sent_in == place)
            .map(|f| push(f, list.clone()))
            .collect();
        (!pushes.is_empty()).then(|| {
            quote! {
                let mut #list: __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> = __rt::Vec::new();
                #(#pushes)*
            }
        })
    };
    let queries = match pairs(ParamIn::Query, quote!(query)) {
        Some(pushes) => quote!(#pushes query),
        None => quote!(__rt::Vec::new()),
    };
    let headers = pairs(ParamIn::Header, quote!(headers));
    let cookies = pairs(ParamIn::Cookie, quote!(cookies));
    let to_headers = (headers.is_some() || cookies.is_some()).then(|| {
        let headers = headers.unwrap_or_else(|| quote!(let mut headers = __rt::Vec::new();));
        let cookies =
            cookies.map(|cookies| quote!(#cookies __rt::push_cookies(&mut headers, &cookies);));
        quote! {
            /// The header and cookie parameters that are set, as headers (all cookies
            /// in one `Cookie` header).
            pub fn to_headers(&self) -> __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> {
                #headers
                #cookies
                headers
            }
        }
    });
    let defaults = default_consts(api, fields);
    quote! {
        #docs
        #[derive(__rt::Clone, __rt::Debug, #derive_default __rt::PartialEq, __rt::serde::Serialize, __rt::serde::Deserialize)]
        #[serde(crate = "::conference_api::__private::serde")]
        pub struct #name {
            #(#declared)*
        }

        impl #name {
            #defaults

            /// The query parameters that are set, as query pairs (arrays and objects
            /// written as their `style` says).
            pub fn to_query(&self) -> __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> {
                #queries
            }

            #to_headers
        }
    }
}

/// "a JSON array of at least 1 items" and the like.
fn count_words(what: &str, unit: &str, rules: &crate::model::CountRules) -> String {
    let mut words = vec![what.to_owned()];
    if let Some(min) = rules.min {
        words.push(format!("at least {min} {unit}"));
    }
    if let Some(max) = rules.max {
        words.push(format!("at most {max} {unit}"));
    }
    if rules.unique {
        words.push(format!("{unit} all different"));
    }
    words.join(", ")
}
