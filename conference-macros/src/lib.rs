//! The `generate!` macro of `conference-api`: a thin shim over `conference-codegen`.
//!
//! ```text
//! conference_api::generate!("schema/video_conferences.json");
//! conference_api::generate!(
//!     "openapi/fabric_resources.json",
//!     operations = ["list_fabric_addresses", "get_fabric_address"],
//!     tags = ["Addresses"],
//!     names { Color = "#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary" }
//! );
//! ```
//! The path is relative to the calling crate's `Cargo.toml`. `operations` and `tags`
//! select the operations to generate (by `operationId`, by tag; both must match when
//! both are given), with only the components they reach. `names` renames a type that
//! several fields share (same rules): give the JSON pointer of any one of those fields.
//! Problems in the schema are compile errors at the path literal, each naming the file
//! and the JSON pointer.
//!
//! One environment variable changes where paths are read from:
//! `CONFERENCE_API_MANIFEST_DIR`, when set at build time, replaces the calling crate's
//! directory for **every** `generate!` call of the build. It exists for compile-fail
//! tests (trybuild builds each case in a scratch crate under `target/`, where a relative
//! path would no longer find the schema); do not set it in a normal build.

use proc_macro::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token, braced, bracketed};

/// Generates the types, validators and client methods of an OpenAPI 3.1 document.
/// See the crate documentation of `conference-api` for what it emits.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    let call = syn::parse_macro_input!(input as Call);
    expand(&call)
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}

struct Call {
    path: LitStr,
    names: Vec<(Ident, LitStr)>,
    operations: Vec<LitStr>,
    tags: Vec<LitStr>,
    check_examples: bool,
}

impl Parse for Call {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let mut call = Call {
            path,
            names: Vec::new(),
            operations: Vec::new(),
            tags: Vec::new(),
            check_examples: false,
        };
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let keyword: Ident = input.parse()?;
            if keyword == "check_examples" {
                // For this workspace's tests: see `Options::check_examples`.
                call.check_examples = true;
            } else if keyword == "names" {
                // names { Type = "<pointer>", … }
                let content;
                braced!(content in input);
                while !content.is_empty() {
                    let name: Ident = content.parse()?;
                    content.parse::<Token![=]>()?;
                    let pointer: LitStr = content.parse()?;
                    call.names.push((name, pointer));
                    if content.parse::<Option<Token![,]>>()?.is_none() {
                        break;
                    }
                }
            } else if keyword == "operations" || keyword == "tags" {
                // operations = ["<operationId>", …]
                input.parse::<Token![=]>()?;
                let content;
                bracketed!(content in input);
                let list = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
                let target = if keyword == "operations" {
                    &mut call.operations
                } else {
                    &mut call.tags
                };
                target.extend(list);
            } else {
                return Err(syn::Error::new(
                    keyword.span(),
                    "expected `operations = [\"<operationId>\", …]`, `tags = [\"<tag>\", …]` or `names { Type = \"<JSON pointer>\", … }`",
                ));
            }
        }
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the macro's arguments"));
        }
        Ok(call)
    }
}

fn expand(call: &Call) -> syn::Result<proc_macro2::TokenStream> {
    let relative = call.path.value();
    let root = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let mut joined = std::path::Path::new(&root).join(&relative);
    // Compile-fail tests build each case in a scratch crate under `target/`; they set
    // CONFERENCE_API_MANIFEST_DIR so that their cases' paths keep meaning "relative to
    // the test crate's Cargo.toml". Crates whose file is where it should be (the
    // conference-api dependency itself) are not affected.
    if !joined.exists()
        && let Some(cases) = std::env::var_os("CONFERENCE_API_MANIFEST_DIR")
    {
        joined = std::path::Path::new(&cases).join(&relative);
    }
    // A clean absolute path, as Cargo will list it among the files the crate depends on.
    let path = std::fs::canonicalize(&joined).unwrap_or(joined);
    let options = conference_codegen::Options {
        names: call
            .names
            .iter()
            .map(|(name, pointer)| (name.to_string(), pointer.value()))
            .collect(),
        operations: call.operations.iter().map(LitStr::value).collect(),
        tags: call.tags.iter().map(LitStr::value).collect(),
        check_examples: call.check_examples,
        types_only: !cfg!(feature = "client"),
    };
    conference_codegen::generate(&path, &options).map_err(|errors| {
        // JSON has no Rust spans: every problem points at the path literal.
        errors
            .into_iter()
            .map(|e| syn::Error::new(call.path.span(), format!("{relative}: {e}")))
            .reduce(|mut all, e| {
                all.combine(e);
                all
            })
            .unwrap_or_else(|| syn::Error::new(call.path.span(), "the schema could not be read"))
    })
}
