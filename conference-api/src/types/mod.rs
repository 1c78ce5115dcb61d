//! What generated types call to read, check and encode values: the half of the runtime
//! that a types-only build (no `client` feature) keeps.

pub(crate) mod body;
pub(crate) mod collections;
pub(crate) mod datetime;
pub(crate) mod datetime_problem;
pub(crate) mod examples;
pub(crate) mod field;
pub(crate) mod file;
pub(crate) mod from_json;
#[cfg(test)]
pub(crate) mod log_capture;
#[cfg(test)]
mod nested_tests;
pub(crate) mod number;
pub(crate) mod object;
pub(crate) mod or_other;
pub(crate) mod or_unknown;
pub(crate) mod path;
pub(crate) mod pattern;
pub(crate) mod query;
pub(crate) mod read;
pub(crate) mod report;
pub(crate) mod rules;
pub(crate) mod slot;
pub(crate) mod unions;
pub(crate) mod uri;
pub(crate) mod validation;
mod values;
