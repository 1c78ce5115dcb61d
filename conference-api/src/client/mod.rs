//! The HTTP client (the `client` feature): the `Client` and its settings, one call of an
//! operation, request encodings beyond JSON, errors, retries, TLS and paging.

pub(crate) mod call;
// `client::client`: the `Client` type itself, beside the parts of a call it makes.
#[allow(clippy::module_inception)]
pub(crate) mod client;
pub(crate) mod error;
pub(crate) mod form;
pub(crate) mod multipart;
pub(crate) mod pages;
pub(crate) mod retry;
pub(crate) mod secret;
pub(crate) mod tls;
