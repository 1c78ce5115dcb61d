//! TEMPORARY: compile-only stand-ins for the client runtime being written elsewhere.
#![allow(missing_docs, dead_code)]
use crate::ValidationErrors;
use std::marker::PhantomData;
pub struct Client;
pub struct Call<'a, T>(PhantomData<&'a T>);
impl<'a, T> Call<'a, T> {
    pub fn new(_: &'a Client, _: &'static Operation, _: RequestParts, _: fn(&[u8]) -> Result<T, serde_json::Error>) -> Self { Call(PhantomData) }
}
pub trait IntoBody<T> { fn into_body(self) -> Result<Vec<u8>, ValidationErrors>; }
pub trait RequestBody {}
impl<T: RequestBody + serde::Serialize> IntoBody<T> for &T { fn into_body(self) -> Result<Vec<u8>, ValidationErrors> { Ok(serde_json::to_vec(self).unwrap_or_default()) } }
pub enum Method { Get, Post, Put, Patch, Delete }
pub struct Operation { pub id: &'static str, pub method: Method, pub path_template: &'static str, pub success_status: u16, pub documented_errors: &'static [u16] }
pub struct RequestParts { pub path: String, pub query: Vec<(&'static str, String)>, pub body: Option<Result<Vec<u8>, ValidationErrors>> }
pub fn decode_json<T: serde::de::DeserializeOwned>(b: &[u8]) -> Result<T, serde_json::Error> { serde_json::from_slice(b) }
pub fn decode_empty(_: &[u8]) -> Result<(), serde_json::Error> { Ok(()) }
pub fn encode_path_segment(s: &str) -> String { s.to_owned() }
