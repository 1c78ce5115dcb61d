//! The generator behind `conference_api::generate!`: reads an OpenAPI 3.1 document,
//! checks it, builds a model of its types and operations, and emits Rust tokens.
//!
//! ```text
//! schema.json --parse--> Schema nodes --model--> Api (types, operations) --emit--> tokens
//! ```
//! Every problem in the schema is an [`Error`] naming its JSON pointer; one run reports
//! all of them. The proc-macro crate only turns the path literal into a call of
//! [`generate`] and errors into `compile_error!`s.

pub mod diff;
mod emit;
mod error;
mod model;
mod naming;
mod parse;
pub mod pattern;

pub use error::Error;
pub use model::Options;

use proc_macro2::TokenStream;
use std::path::Path;

/// The tokens of the bindings for the schema at `schema_path`, or every problem found.
pub fn generate(schema_path: &Path, options: &Options) -> Result<TokenStream, Vec<Error>> {
    let document = parse::read_document(schema_path).map_err(|e| vec![e])?;
    let cx = error::Ctxt::new();
    let api = model::Api::from_document(&cx, &document, options);
    cx.check()?;
    Ok(emit::emit(&api, schema_path, options))
}

/// The generated code for `schema_path`, formatted for people to read and review. The
/// file is named as given (not made absolute), so the output is the same on every machine.
#[cfg(feature = "print")]
pub fn generate_source(schema_path: &Path, options: &Options) -> Result<String, Vec<Error>> {
    let tokens = generate(schema_path, options)?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| {
        vec![Error::new(
            "#",
            format!("the generated code does not parse (a generator bug): {e}"),
        )]
    })?;
    Ok(prettyplease::unparse(&file))
}
