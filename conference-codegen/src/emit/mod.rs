//! Turns the model into Rust tokens. Generated code names everything through one alias,
//! `use ::conference_api::__private as __rt`, which re-exports the runtime and the
//! standard items it needs, so it compiles in any crate that depends on `conference-api`,
//! whatever that crate has in scope.

mod client;
mod numbers;
mod structs;
mod unions;
mod values;

use crate::model::{Api, Options, Rules, Side, Ty, TypeBody};
use proc_macro2::TokenStream;
use quote::quote;
use std::path::Path;

/// All items for one schema file. `schema_path` is included as bytes so that Cargo
/// rebuilds the calling crate when the file changes.
pub fn emit(api: &Api, schema_path: &Path, options: &Options) -> TokenStream {
    let tracked = schema_path.to_string_lossy();
    let types = api.types.values().map(|def| match &def.body {
        TypeBody::Struct(s) => structs::emit_struct(api, def, s),
        TypeBody::Params(fields) => structs::emit_params(api, def, fields),
        TypeBody::Enum(e) => values::emit_enum(def, e),
        TypeBody::Union(u) => unions::emit_union(def, u),
        TypeBody::Constrained(c) => match &c.rules {
            Rules::String {
                max_length,
                min_length,
                pattern,
            } => values::emit_string(def, c, *max_length, *min_length, pattern.as_deref()),
            Rules::Integer {
                int32,
                minimum,
                maximum,
                multiple_of,
            } => numbers::emit_integer(def, c, *int32, *minimum, *maximum, *multiple_of),
            Rules::Number { f32, .. } => {
                numbers::emit_number(def, c, *f32, c.rules.number_limits().unwrap_or_default())
            }
            Rules::Values(texts) => numbers::emit_values(def, c, texts),
        },
    });
    let client = (!options.types_only).then(|| client::emit_client(api));
    let examples = options.check_examples.then(|| examples(api));
    quote! {
        // Generated code names the runtime and the standard items through this one alias
        // (`__rt::Option`, not `::core::option::Option`): paths were a fifth of its text.
        #[allow(unused_imports)]
        use ::conference_api::__private as __rt;
        const _: &[u8] = ::core::include_bytes!(#tracked);
        #(#types)*
        #client
        #examples
    }
}

/// `__check_examples()`: each of the document's `examples` checked against its type, as
/// (JSON pointer, `Err(why)` when a request example breaks a rule or a response example
/// does not decode).
fn examples(api: &Api) -> TokenStream {
    // A table of checks, not one call each: a function with thousands of calls would
    // need a stack frame larger than a test thread's stack in debug builds.
    let checks = api.examples.iter().map(|example| {
        let pointer = &example.pointer;
        let json = example.value.to_string();
        let ty = rust_type(&example.ty);
        let check = match example.side {
            Side::Request => quote!(__rt::check_request_example::<#ty>),
            Side::Response => quote!(__rt::check_response_example::<#ty>),
        };
        quote!((#pointer, #json, #check as fn(&str) -> __rt::Result<(), __rt::String>))
    });
    quote! {
        /// Every `examples` value of the schema: (JSON pointer, the example as JSON, the
        /// check of its generated type), for tests that feed the checks other JSON too.
        #[doc(hidden)]
        #[allow(deprecated)]
        pub const __EXAMPLES: &[(&str, &str, fn(&str) -> __rt::Result<(), __rt::String>)] = &[#(#checks),*];

        /// Every `examples` value of the schema, checked against its generated type.
        #[doc(hidden)]
        pub fn __check_examples() -> __rt::Vec<(&'static str, __rt::Result<(), __rt::String>)> {
            __EXAMPLES.iter().map(|(pointer, json, check)| (*pointer, check(json))).collect()
        }
    }
}

/// `#[doc = "…"]` attributes, one per line of `text`.
fn doc(text: Option<&str>) -> TokenStream {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return TokenStream::new();
    };
    let lines = text.lines().map(|line| {
        // Control characters from schema values (a NUL in an enum value) would garble docs.
        let line: String = std::iter::once(' ')
            .chain(line.chars().flat_map(|c| {
                let escaped: Vec<char> = if c.is_control() && c != '\t' {
                    c.escape_unicode().collect()
                } else {
                    vec![c]
                };
                escaped
            }))
            .collect();
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// The Rust type of a field, without the `Option` that optional fields add.
fn rust_type(ty: &Ty) -> TokenStream {
    match ty {
        Ty::Bool => quote!(bool),
        Ty::I32 => quote!(i32),
        Ty::I64 => quote!(i64),
        Ty::F32 => quote!(f32),
        Ty::F64 => quote!(f64),
        Ty::Uri => quote!(__rt::Uri),
        Ty::File => quote!(__rt::FilePart),
        Ty::String => quote!(__rt::String),
        Ty::DateTime => quote!(__rt::DateTime),
        Ty::LenientDateTime => quote!(__rt::OrUnknown<__rt::DateTime>),
        Ty::Uuid => quote!(__rt::Uuid),
        Ty::JsonObject => {
            quote!(__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>)
        }
        Ty::Json => quote!(__rt::serde_json::Value),
        Ty::Named(name) => {
            let ident = crate::naming::ident(name);
            quote!(#ident)
        }
        Ty::OrUnknown(name) => {
            let ident = crate::naming::ident(name);
            quote!(__rt::OrUnknown<#ident>)
        }
        Ty::Vec(inner) => {
            let inner = rust_type(inner);
            quote!(__rt::Vec<#inner>)
        }
        Ty::Items(inner, rules) => {
            let inner = rust_type(inner);
            let min = rules.min.unwrap_or(0);
            let max = rules.max.unwrap_or(u64::MAX);
            let unique = rules.unique;
            quote!(__rt::Items<#inner, #min, #max, #unique>)
        }
        Ty::Map(inner) => {
            let inner = rust_type(inner);
            quote!(__rt::BTreeMap<__rt::String, #inner>)
        }
        Ty::Entries(inner, rules) => {
            let inner = rust_type(inner);
            let min = rules.min.unwrap_or(0);
            let max = rules.max.unwrap_or(u64::MAX);
            quote!(__rt::Entries<#inner, #min, #max>)
        }
        Ty::Boxed(inner) => {
            let inner = rust_type(inner);
            quote!(__rt::Box<#inner>)
        }
        Ty::Option(inner) => {
            let inner = rust_type(inner);
            quote!(__rt::Option<#inner>)
        }
        Ty::OrOther(inner, types) => {
            let inner = rust_type(inner);
            let types = proc_macro2::Literal::u8_unsuffixed(types.0);
            quote!(__rt::OrOther<#inner, #types>)
        }
    }
}

/// `{` and `}` doubled, for text that goes into a `panic!` format string.
fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// `#[deprecated]` for what the schema marks `deprecated: true`.
fn deprecated(yes: bool) -> TokenStream {
    if yes {
        quote!(#[deprecated = "deprecated in the schema"])
    } else {
        TokenStream::new()
    }
}

/// Generated impls use deprecated items themselves; only users' uses should warn.
fn allow_deprecated() -> TokenStream {
    quote!(#[allow(deprecated)])
}
