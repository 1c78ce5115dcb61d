//! Turns the model into Rust tokens. Generated code names everything by absolute paths
//! (`::conference_api::…`, `::core::…`), so it compiles in any crate that depends on
//! `conference-api`, whatever that crate has in scope.

mod client;
mod structs;
mod values;

use crate::model::{Api, Ty, TypeBody};
use proc_macro2::TokenStream;
use quote::quote;
use std::path::Path;

/// All items for one schema file. `schema_path` is included as bytes so that Cargo
/// rebuilds the calling crate when the file changes.
pub fn emit(api: &Api, schema_path: &Path) -> TokenStream {
    let tracked = schema_path.to_string_lossy();
    let types = api.types.values().map(|def| match &def.body {
        TypeBody::Struct(s) => structs::emit_struct(api, def, s),
        TypeBody::Params(fields) => structs::emit_params(api, def, fields),
        TypeBody::Enum(e) => values::emit_enum(def, e),
        TypeBody::Constrained(c) => values::emit_constrained(def, c),
    });
    let client = client::emit_client(api);
    quote! {
        const _: &[u8] = ::core::include_bytes!(#tracked);
        #(#types)*
        #client
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
        Ty::F64 => quote!(f64),
        Ty::String => quote!(::std::string::String),
        Ty::DateTime => quote!(::conference_api::DateTime),
        Ty::Uuid => quote!(::conference_api::Uuid),
        Ty::JsonObject => {
            quote!(::conference_api::__private::serde_json::Map<::std::string::String, ::conference_api::__private::serde_json::Value>)
        }
        Ty::Json => quote!(::conference_api::__private::serde_json::Value),
        Ty::Named(name) => {
            let ident = crate::naming::ident(name);
            quote!(#ident)
        }
        Ty::OrUnknown(name) => {
            let ident = crate::naming::ident(name);
            quote!(::conference_api::OrUnknown<#ident>)
        }
        Ty::Vec(inner) => {
            let inner = rust_type(inner);
            quote!(::std::vec::Vec<#inner>)
        }
    }
}

/// `{` and `}` doubled, for text that goes into a `panic!` format string.
fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}
