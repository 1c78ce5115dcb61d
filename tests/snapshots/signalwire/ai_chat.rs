const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/ai_chat.json");
/// One entry in the conversation. Beyond `role` and `content`, an entry carries whatever per-turn
/// detail applies to it, such as recognition confidence on a caller turn or timings on a reply.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct AiCallLogEntry {
    /// Who produced the entry. Common roles include `system`, `user`, `assistant`, and `tool`. Other
    /// roles may appear, so filter to the roles your application uses rather than assuming a fixed set.
    pub role: ::std::string::String,
    /// The text of the entry.
    pub content: ::std::string::String,
    /// When the entry was added, as a Unix timestamp in microseconds. Omitted on entries without one.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub timestamp: ::core::option::Option<i64>,
    /// The tool calls the agent made on this turn. Present only on a turn that made any.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub tool_calls: ::core::option::Option<
        ::std::vec::Vec<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >,
    >,
}
/// create_conversation result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatConversationCreatedResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ::conference_api::OrUnknown<ChatConversationCreatedResponseJsonrpc>,
    /// The `id` from your request.
    pub id: ::std::string::String,
    /// The conversation that now exists.
    pub result: ChatConversationCreatedResponseResult,
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatConversationCreatedResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatConversationCreatedResponseJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatConversationCreatedResponseJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatConversationCreatedResponseJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatConversationCreatedResponseJsonrpc);
/// The conversation that now exists.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatConversationCreatedResponseResult {
    /// What happened. `created` for a new conversation, `reinitialized` when `reinit` reset an
    /// existing one, and `exists` when one was already there and was left alone.
    pub status: ::conference_api::OrUnknown<ChatConversationCreatedResponseResultStatus>,
    /// The conversation id.
    pub id: ::std::string::String,
    /// The agent's opening line, when the agent greets first.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub initial_message: ::core::option::Option<::std::string::String>,
}
/// What happened. `created` for a new conversation, `reinitialized` when `reinit` reset an
/// existing one, and `exists` when one was already there and was left alone.
///
/// One of: created, reinitialized, exists.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatConversationCreatedResponseResultStatus {
    /// `created`
    Created,
    /// `reinitialized`
    Reinitialized,
    /// `exists`
    Exists,
}
impl ::core::fmt::Debug for ChatConversationCreatedResponseResultStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Created", "Reinitialized", "Exists"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatConversationCreatedResponseResultStatus {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Created, Self::Reinitialized, Self::Exists];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["created", "reinitialized", "exists"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatConversationCreatedResponseResultStatus {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatConversationCreatedResponseResultStatus);
/// delete result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatConversationDeletedResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ::conference_api::OrUnknown<ChatConversationDeletedResponseJsonrpc>,
    /// The `id` from your request.
    pub id: ::std::string::String,
    /// The outcome of deleting the conversation.
    pub result: ChatConversationDeletedResponseResult,
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatConversationDeletedResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatConversationDeletedResponseJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatConversationDeletedResponseJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatConversationDeletedResponseJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatConversationDeletedResponseJsonrpc);
/// The outcome of deleting the conversation.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatConversationDeletedResponseResult {
    /// `deleted` when the conversation was removed, `not_found` when no conversation had that id.
    pub status: ::conference_api::OrUnknown<ChatConversationDeletedResponseResultStatus>,
    /// The conversation id.
    pub id: ::std::string::String,
}
/// `deleted` when the conversation was removed, `not_found` when no conversation had that id.
///
/// One of: deleted, not_found.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatConversationDeletedResponseResultStatus {
    /// `deleted`
    Deleted,
    /// `not_found`
    NotFound,
}
impl ::core::fmt::Debug for ChatConversationDeletedResponseResultStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Deleted", "NotFound"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatConversationDeletedResponseResultStatus {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Deleted, Self::NotFound];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["deleted", "not_found"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatConversationDeletedResponseResultStatus {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatConversationDeletedResponseResultStatus);
/// end_conversation result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatConversationEndedResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ::conference_api::OrUnknown<ChatConversationEndedResponseJsonrpc>,
    /// The `id` from your request.
    pub id: ::std::string::String,
    /// The outcome of ending the conversation.
    pub result: ChatConversationEndedResponseResult,
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatConversationEndedResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatConversationEndedResponseJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatConversationEndedResponseJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatConversationEndedResponseJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatConversationEndedResponseJsonrpc);
/// The outcome of ending the conversation.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatConversationEndedResponseResult {
    /// `ended` when the conversation was ended, `not_found` when no conversation had that id.
    pub status: ::conference_api::OrUnknown<ChatConversationEndedResponseResultStatus>,
    /// The conversation id.
    pub id: ::std::string::String,
}
/// `ended` when the conversation was ended, `not_found` when no conversation had that id.
///
/// One of: ended, not_found.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatConversationEndedResponseResultStatus {
    /// `ended`
    Ended,
    /// `not_found`
    NotFound,
}
impl ::core::fmt::Debug for ChatConversationEndedResponseResultStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Ended", "NotFound"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatConversationEndedResponseResultStatus {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Ended, Self::NotFound];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["ended", "not_found"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatConversationEndedResponseResultStatus {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatConversationEndedResponseResultStatus);
/// create_conversation
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatCreateConversationRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatCreateConversationRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: ::std::string::String,
    /// Creates a conversation, or resets an existing one when `reinit` is set.
    pub method: ChatCreateConversationRequestMethod,
    /// The parameters for `create_conversation`.
    pub params: ChatCreateConversationRequestParams,
}
#[allow(deprecated)]
impl ChatCreateConversationRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatCreateConversationRequestJsonrpc,
        id: ::std::string::String,
        method: ChatCreateConversationRequestMethod,
        params: ChatCreateConversationRequestParams,
    ) -> Self {
        Self {
            jsonrpc,
            id,
            method,
            params,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatCreateConversationRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        jsonrpc: ChatCreateConversationRequestJsonrpc,
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        method: ChatCreateConversationRequestMethod,
        params: ChatCreateConversationRequestParams,
    ) -> ChatCreateConversationRequestBuilder {
        <ChatCreateConversationRequestBuilder as ::core::default::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "jsonrpc",
            doc: "The JSON-RPC version. Always `2.0`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of 2.0",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "id",
            doc: "Your identifier for this request, echoed back on the response so you can match the two.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "method",
            doc: "Creates a conversation, or resets an existing one when `reinit` is set.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of create_conversation",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "params",
            doc: "The parameters for `create_conversation`.",
            required: true,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON object",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatCreateConversationRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatCreateConversationRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatCreateConversationRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<
                ::core::option::Option<ChatCreateConversationRequestJsonrpc>,
            >,
            f1: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f2: ::core::option::Option<
                ::core::option::Option<ChatCreateConversationRequestMethod>,
            >,
            f3: ::core::option::Option<
                ::core::option::Option<ChatCreateConversationRequestParams>,
            >,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatCreateConversationRequest;
            const NAMES: &'static [&'static str] = &[
                "jsonrpc",
                "id",
                "method",
                "params",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "jsonrpc" => ::core::option::Option::Some(0),
                    "id" => ::core::option::Option::Some(1),
                    "method" => ::core::option::Option::Some(2),
                    "params" => ::core::option::Option::Some(3),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ChatCreateConversationRequestJsonrpc,
                            __A,
                        >(&mut self.f0, map, at, "jsonrpc", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f1, map, at, "id", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ChatCreateConversationRequestMethod,
                            __A,
                        >(&mut self.f2, map, at, "method", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ChatCreateConversationRequestParams,
                            __A,
                        >(&mut self.f3, map, at, "params", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatCreateConversationRequest> {
                let field_jsonrpc = order.required(self.f0, errors, at, 0, "jsonrpc");
                let field_id = order.required(self.f1, errors, at, 1, "id");
                let field_method = order.required(self.f2, errors, at, 2, "method");
                let field_params = order.required(self.f3, errors, at, 3, "params");
                if let (
                    ::core::option::Option::Some(field_jsonrpc),
                    ::core::option::Option::Some(field_id),
                    ::core::option::Option::Some(field_method),
                    ::core::option::Option::Some(field_params),
                ) = (field_jsonrpc, field_id, field_method, field_params)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatCreateConversationRequest {
                        jsonrpc: field_jsonrpc,
                        id: field_id,
                        method: field_method,
                        params: field_params,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ChatCreateConversationRequestJsonrpc,
        >(errors, at, "jsonrpc", object.get("jsonrpc"));
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_required::<
            ChatCreateConversationRequestMethod,
        >(errors, at, "method", object.get("method"));
        ::conference_api::__private::check_required::<
            ChatCreateConversationRequestParams,
        >(errors, at, "params", object.get("params"));
        ::conference_api::__private::unknown_keys(
            object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_jsonrpc = ::conference_api::__private::required::<
            ChatCreateConversationRequestJsonrpc,
        >(
            errors,
            at,
            "jsonrpc",
            ::conference_api::__private::take(&mut object, "jsonrpc"),
        );
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_method = ::conference_api::__private::required::<
            ChatCreateConversationRequestMethod,
        >(
            errors,
            at,
            "method",
            ::conference_api::__private::take(&mut object, "method"),
        );
        let field_params = ::conference_api::__private::required::<
            ChatCreateConversationRequestParams,
        >(
            errors,
            at,
            "params",
            ::conference_api::__private::take(&mut object, "params"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatCreateConversationRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatCreateConversationRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatCreateConversationRequestBuilder(
    ::std::boxed::Box<__ChatCreateConversationRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatCreateConversationRequestBuilderFields {
    jsonrpc: ::core::option::Option<
        ::conference_api::__private::Slot<ChatCreateConversationRequestJsonrpc>,
    >,
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    method: ::core::option::Option<
        ::conference_api::__private::Slot<ChatCreateConversationRequestMethod>,
    >,
    params: ::core::option::Option<
        ::conference_api::__private::Slot<ChatCreateConversationRequestParams>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatCreateConversationRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["jsonrpc", "id", "method", "params"],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(&mut fields.jsonrpc, value)
                }
                1usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                2usize => ::conference_api::__private::put_raw(&mut fields.method, value),
                3usize => ::conference_api::__private::put_raw(&mut fields.params, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for ChatCreateConversationRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "jsonrpc",
                    self.0.jsonrpc.as_ref().map(::conference_api::__private::to_json),
                ),
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "method",
                    self.0.method.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "params",
                    self.0.params.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatCreateConversationRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatCreateConversationRequestBuilder")
            .field("jsonrpc", &self.0.jsonrpc)
            .field("id", &self.0.id)
            .field("method", &self.0.method)
            .field("params", &self.0.params)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatCreateConversationRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatCreateConversationRequestJsonrpc) -> Self {
        self.0.jsonrpc = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Creates a conversation, or resets an existing one when `reinit` is set.
    #[inline]
    pub fn method(mut self, value: ChatCreateConversationRequestMethod) -> Self {
        self.0.method = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The parameters for `create_conversation`.
    #[inline]
    pub fn params(mut self, value: ChatCreateConversationRequestParams) -> Self {
        self.0.params = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ChatCreateConversationRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", self.0.jsonrpc.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatCreateConversationRequestMethod,
        >(&mut errors, at, "method", self.0.method.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatCreateConversationRequestParams,
        >(&mut errors, at, "params", self.0.params.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatCreateConversationRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_jsonrpc = ::conference_api::__private::required_slot::<
            ChatCreateConversationRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", fields.jsonrpc);
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_method = ::conference_api::__private::required_slot::<
            ChatCreateConversationRequestMethod,
        >(&mut errors, at, "method", fields.method);
        let field_params = ::conference_api::__private::required_slot::<
            ChatCreateConversationRequestParams,
        >(&mut errors, at, "params", fields.params);
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatCreateConversationRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatCreateConversationRequest>
for ChatCreateConversationRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatCreateConversationRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatCreateConversationRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatCreateConversationRequestJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatCreateConversationRequestJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatCreateConversationRequestJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatCreateConversationRequestJsonrpc);
/// Creates a conversation, or resets an existing one when `reinit` is set.
///
/// One of: create_conversation.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatCreateConversationRequestMethod {
    /// `create_conversation`
    CreateConversation,
}
impl ::core::fmt::Debug for ChatCreateConversationRequestMethod {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["CreateConversation"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatCreateConversationRequestMethod {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::CreateConversation];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["create_conversation"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatCreateConversationRequestMethod {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatCreateConversationRequestMethod);
/// The parameters for `create_conversation`.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatCreateConversationRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: ::std::string::String,
    /// The publicly reachable URL serving your agent's SWML. `localhost` and private network addresses
    /// cannot be reached by SignalWire.
    pub config_url: ::conference_api::Uri,
    /// An opening message from the user, sent as part of creating the conversation.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub user_message: ::core::option::Option<::std::string::String>,
    /// Seconds a conversation may sit idle before it ends.
    ///
    /// When unset, the server uses the schema's default `3600` ([`Self::DEFAULT_CONVERSATION_TIMEOUT`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub conversation_timeout: ::core::option::Option<i32>,
    /// Arbitrary data about the user, included in webhooks generated for this conversation.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub user_meta_data: ::core::option::Option<
        ::conference_api::__private::serde_json::Map<
            ::std::string::String,
            ::conference_api::__private::serde_json::Value,
        >,
    >,
    /// Reset an existing conversation instead of returning it as-is. Clears the message history.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_REINIT`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub reinit: ::core::option::Option<bool>,
}
#[allow(deprecated)]
impl ChatCreateConversationRequestParams {
    /// A request with its required fields (`id`, `config_url`) and every optional field unset.
    pub fn new(id: ::std::string::String, config_url: ::conference_api::Uri) -> Self {
        Self {
            id,
            config_url,
            user_message: ::core::option::Option::None,
            conversation_timeout: ::core::option::Option::None,
            user_meta_data: ::core::option::Option::None,
            reinit: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatCreateConversationRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        config_url: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> ChatCreateConversationRequestParamsBuilder {
        <ChatCreateConversationRequestParamsBuilder as ::core::default::Default>::default()
            .id(id)
            .config_url(config_url)
    }
    /// The schema's default for `conversation_timeout`: `3600`.
    pub const DEFAULT_CONVERSATION_TIMEOUT: i32 = 3600i32;
    /// The schema's default for `reinit`: `false`.
    pub const DEFAULT_REINIT: bool = false;
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "id",
            doc: "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "config_url",
            doc: "The publicly reachable URL serving your agent's SWML. `localhost` and private network addresses\ncannot be reached by SignalWire.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "a URI (RFC 3986)",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "user_message",
            doc: "An opening message from the user, sent as part of creating the conversation.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "conversation_timeout",
            doc: "Seconds a conversation may sit idle before it ends.",
            required: false,
            kind: ::conference_api::FieldKind::Integer,
            rules: "an integer",
            default: ::core::option::Option::Some("3600"),
        },
        ::conference_api::FieldInfo {
            name: "user_meta_data",
            doc: "Arbitrary data about the user, included in webhooks generated for this conversation.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON object",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "reinit",
            doc: "Reset an existing conversation instead of returning it as-is. Clears the message history.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::Some("false"),
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatCreateConversationRequestParams {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatCreateConversationRequestParams {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatCreateConversationRequestParams {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f1: ::core::option::Option<::core::option::Option<::conference_api::Uri>>,
            f2: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f3: ::core::option::Option<::core::option::Option<i32>>,
            f4: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::__private::serde_json::Map<
                        ::std::string::String,
                        ::conference_api::__private::serde_json::Value,
                    >,
                >,
            >,
            f5: ::core::option::Option<::core::option::Option<bool>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatCreateConversationRequestParams;
            const NAMES: &'static [&'static str] = &[
                "id",
                "config_url",
                "user_message",
                "conversation_timeout",
                "user_meta_data",
                "reinit",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "id" => ::core::option::Option::Some(0),
                    "config_url" => ::core::option::Option::Some(1),
                    "user_message" => ::core::option::Option::Some(2),
                    "conversation_timeout" => ::core::option::Option::Some(3),
                    "user_meta_data" => ::core::option::Option::Some(4),
                    "reinit" => ::core::option::Option::Some(5),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f0, map, at, "id", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Uri,
                            __A,
                        >(&mut self.f1, map, at, "config_url", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f2, map, at, "user_message", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            i32,
                            __A,
                        >(&mut self.f3, map, at, "conversation_timeout", errors)
                    }
                    4 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::__private::serde_json::Map<
                                ::std::string::String,
                                ::conference_api::__private::serde_json::Value,
                            >,
                            __A,
                        >(&mut self.f4, map, at, "user_meta_data", errors)
                    }
                    5 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f5, map, at, "reinit", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatCreateConversationRequestParams> {
                let field_id = order.required(self.f0, errors, at, 0, "id");
                let field_config_url = order
                    .required(self.f1, errors, at, 1, "config_url");
                let field_user_message = self.f2.flatten();
                let field_conversation_timeout = self.f3.flatten();
                let field_user_meta_data = self.f4.flatten();
                let field_reinit = self.f5.flatten();
                if let (
                    ::core::option::Option::Some(field_id),
                    ::core::option::Option::Some(field_config_url),
                ) = (field_id, field_config_url) && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatCreateConversationRequestParams {
                        id: field_id,
                        config_url: field_config_url,
                        user_message: field_user_message,
                        conversation_timeout: field_conversation_timeout,
                        user_meta_data: field_user_meta_data,
                        reinit: field_reinit,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_required::<
            ::conference_api::Uri,
        >(errors, at, "config_url", object.get("config_url"));
        ::conference_api::__private::check_optional::<
            ::std::string::String,
        >(errors, at, "user_message", object.get("user_message"));
        ::conference_api::__private::check_optional::<
            i32,
        >(errors, at, "conversation_timeout", object.get("conversation_timeout"));
        ::conference_api::__private::check_optional::<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >(errors, at, "user_meta_data", object.get("user_meta_data"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "reinit", object.get("reinit"));
        ::conference_api::__private::unknown_keys(
            object,
            &[
                "id",
                "config_url",
                "user_message",
                "conversation_timeout",
                "user_meta_data",
                "reinit",
            ],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_config_url = ::conference_api::__private::required::<
            ::conference_api::Uri,
        >(
            errors,
            at,
            "config_url",
            ::conference_api::__private::take(&mut object, "config_url"),
        );
        let field_user_message = ::conference_api::__private::optional::<
            ::std::string::String,
        >(
            errors,
            at,
            "user_message",
            ::conference_api::__private::take(&mut object, "user_message"),
        );
        let field_conversation_timeout = ::conference_api::__private::optional::<
            i32,
        >(
            errors,
            at,
            "conversation_timeout",
            ::conference_api::__private::take(&mut object, "conversation_timeout"),
        );
        let field_user_meta_data = ::conference_api::__private::optional::<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >(
            errors,
            at,
            "user_meta_data",
            ::conference_api::__private::take(&mut object, "user_meta_data"),
        );
        let field_reinit = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "reinit",
            ::conference_api::__private::take(&mut object, "reinit"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &[
                "id",
                "config_url",
                "user_message",
                "conversation_timeout",
                "user_meta_data",
                "reinit",
            ],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_config_url),
        ) = (field_id, field_config_url) && errors.len() == before
        {
            return ::core::option::Option::Some(ChatCreateConversationRequestParams {
                id: field_id,
                config_url: field_config_url,
                user_message: field_user_message,
                conversation_timeout: field_conversation_timeout,
                user_meta_data: field_user_meta_data,
                reinit: field_reinit,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatCreateConversationRequestParams),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatCreateConversationRequestParamsBuilder(
    ::std::boxed::Box<__ChatCreateConversationRequestParamsBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatCreateConversationRequestParamsBuilderFields {
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    config_url: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::Uri>,
    >,
    user_message: ::core::option::Option<
        ::conference_api::__private::Slot<::std::string::String>,
    >,
    conversation_timeout: ::core::option::Option<::conference_api::__private::Slot<i32>>,
    user_meta_data: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >,
    >,
    reinit: ::core::option::Option<::conference_api::__private::Slot<bool>>,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatCreateConversationRequestParamsBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &[
                "id",
                "config_url",
                "user_message",
                "conversation_timeout",
                "user_meta_data",
                "reinit",
            ],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                1usize => {
                    ::conference_api::__private::put_raw(&mut fields.config_url, value)
                }
                2usize => {
                    ::conference_api::__private::put_raw(&mut fields.user_message, value)
                }
                3usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.conversation_timeout,
                        value,
                    )
                }
                4usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.user_meta_data,
                        value,
                    )
                }
                5usize => ::conference_api::__private::put_raw(&mut fields.reinit, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for ChatCreateConversationRequestParamsBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "config_url",
                    self.0.config_url.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "user_message",
                    self
                        .0
                        .user_message
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "conversation_timeout",
                    self
                        .0
                        .conversation_timeout
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "user_meta_data",
                    self
                        .0
                        .user_meta_data
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "reinit",
                    self.0.reinit.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatCreateConversationRequestParamsBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatCreateConversationRequestParamsBuilder")
            .field("id", &self.0.id)
            .field("config_url", &self.0.config_url)
            .field("user_message", &self.0.user_message)
            .field("conversation_timeout", &self.0.conversation_timeout)
            .field("user_meta_data", &self.0.user_meta_data)
            .field("reinit", &self.0.reinit)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatCreateConversationRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// The publicly reachable URL serving your agent's SWML. `localhost` and private network addresses
    /// cannot be reached by SignalWire.
    #[inline]
    pub fn config_url<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.config_url = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// An opening message from the user, sent as part of creating the conversation.
    #[inline]
    pub fn user_message<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.user_message = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Seconds a conversation may sit idle before it ends.
    ///
    /// When unset, the server uses the schema's default `3600` ([`Self::DEFAULT_CONVERSATION_TIMEOUT`]).
    #[inline]
    pub fn conversation_timeout(mut self, value: i64) -> Self {
        self.0.conversation_timeout = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::serde_json::Value::from(value),
            ),
        );
        self
    }
    /// Arbitrary data about the user, included in webhooks generated for this conversation.
    #[inline]
    pub fn user_meta_data(
        mut self,
        value: ::conference_api::__private::serde_json::Map<
            ::std::string::String,
            ::conference_api::__private::serde_json::Value,
        >,
    ) -> Self {
        self.0.user_meta_data = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Reset an existing conversation instead of returning it as-is. Clears the message history.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_REINIT`]).
    #[inline]
    pub fn reinit(mut self, value: bool) -> Self {
        self.0.reinit = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::conference_api::Uri,
        >(&mut errors, at, "config_url", self.0.config_url.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::std::string::String,
        >(&mut errors, at, "user_message", self.0.user_message.as_ref());
        ::conference_api::__private::check_optional_slot::<
            i32,
        >(&mut errors, at, "conversation_timeout", self.0.conversation_timeout.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >(&mut errors, at, "user_meta_data", self.0.user_meta_data.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "reinit", self.0.reinit.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatCreateConversationRequestParams,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_config_url = ::conference_api::__private::required_slot::<
            ::conference_api::Uri,
        >(&mut errors, at, "config_url", fields.config_url);
        let field_user_message = ::conference_api::__private::optional_slot::<
            ::std::string::String,
        >(&mut errors, at, "user_message", fields.user_message);
        let field_conversation_timeout = ::conference_api::__private::optional_slot::<
            i32,
        >(&mut errors, at, "conversation_timeout", fields.conversation_timeout);
        let field_user_meta_data = ::conference_api::__private::optional_slot::<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >(&mut errors, at, "user_meta_data", fields.user_meta_data);
        let field_reinit = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "reinit", fields.reinit);
        if let (
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_config_url),
        ) = (field_id, field_config_url) && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatCreateConversationRequestParams {
                id: field_id,
                config_url: field_config_url,
                user_message: field_user_message,
                conversation_timeout: field_conversation_timeout,
                user_meta_data: field_user_meta_data,
                reinit: field_reinit,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatCreateConversationRequestParams>
for ChatCreateConversationRequestParamsBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<
            ChatCreateConversationRequestParams,
        >::into_body(&request)
    }
}
/// delete
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatDeleteRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatDeleteRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: ::std::string::String,
    /// Removes the conversation and its messages. Nothing is post-processed and no webhook fires.
    pub method: ChatDeleteRequestMethod,
    /// The parameters for `delete`.
    pub params: ChatDeleteRequestParams,
}
#[allow(deprecated)]
impl ChatDeleteRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatDeleteRequestJsonrpc,
        id: ::std::string::String,
        method: ChatDeleteRequestMethod,
        params: ChatDeleteRequestParams,
    ) -> Self {
        Self {
            jsonrpc,
            id,
            method,
            params,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatDeleteRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        jsonrpc: ChatDeleteRequestJsonrpc,
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        method: ChatDeleteRequestMethod,
        params: ChatDeleteRequestParams,
    ) -> ChatDeleteRequestBuilder {
        <ChatDeleteRequestBuilder as ::core::default::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "jsonrpc",
            doc: "The JSON-RPC version. Always `2.0`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of 2.0",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "id",
            doc: "Your identifier for this request, echoed back on the response so you can match the two.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "method",
            doc: "Removes the conversation and its messages. Nothing is post-processed and no webhook fires.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of delete",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "params",
            doc: "The parameters for `delete`.",
            required: true,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON object",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for ChatDeleteRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatDeleteRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatDeleteRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<ChatDeleteRequestJsonrpc>>,
            f1: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f2: ::core::option::Option<::core::option::Option<ChatDeleteRequestMethod>>,
            f3: ::core::option::Option<::core::option::Option<ChatDeleteRequestParams>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatDeleteRequest;
            const NAMES: &'static [&'static str] = &[
                "jsonrpc",
                "id",
                "method",
                "params",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "jsonrpc" => ::core::option::Option::Some(0),
                    "id" => ::core::option::Option::Some(1),
                    "method" => ::core::option::Option::Some(2),
                    "params" => ::core::option::Option::Some(3),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ChatDeleteRequestJsonrpc,
                            __A,
                        >(&mut self.f0, map, at, "jsonrpc", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f1, map, at, "id", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ChatDeleteRequestMethod,
                            __A,
                        >(&mut self.f2, map, at, "method", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ChatDeleteRequestParams,
                            __A,
                        >(&mut self.f3, map, at, "params", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatDeleteRequest> {
                let field_jsonrpc = order.required(self.f0, errors, at, 0, "jsonrpc");
                let field_id = order.required(self.f1, errors, at, 1, "id");
                let field_method = order.required(self.f2, errors, at, 2, "method");
                let field_params = order.required(self.f3, errors, at, 3, "params");
                if let (
                    ::core::option::Option::Some(field_jsonrpc),
                    ::core::option::Option::Some(field_id),
                    ::core::option::Option::Some(field_method),
                    ::core::option::Option::Some(field_params),
                ) = (field_jsonrpc, field_id, field_method, field_params)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatDeleteRequest {
                        jsonrpc: field_jsonrpc,
                        id: field_id,
                        method: field_method,
                        params: field_params,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ChatDeleteRequestJsonrpc,
        >(errors, at, "jsonrpc", object.get("jsonrpc"));
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_required::<
            ChatDeleteRequestMethod,
        >(errors, at, "method", object.get("method"));
        ::conference_api::__private::check_required::<
            ChatDeleteRequestParams,
        >(errors, at, "params", object.get("params"));
        ::conference_api::__private::unknown_keys(
            object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_jsonrpc = ::conference_api::__private::required::<
            ChatDeleteRequestJsonrpc,
        >(
            errors,
            at,
            "jsonrpc",
            ::conference_api::__private::take(&mut object, "jsonrpc"),
        );
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_method = ::conference_api::__private::required::<
            ChatDeleteRequestMethod,
        >(
            errors,
            at,
            "method",
            ::conference_api::__private::take(&mut object, "method"),
        );
        let field_params = ::conference_api::__private::required::<
            ChatDeleteRequestParams,
        >(
            errors,
            at,
            "params",
            ::conference_api::__private::take(&mut object, "params"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatDeleteRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatDeleteRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatDeleteRequestBuilder(::std::boxed::Box<__ChatDeleteRequestBuilderFields>);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatDeleteRequestBuilderFields {
    jsonrpc: ::core::option::Option<
        ::conference_api::__private::Slot<ChatDeleteRequestJsonrpc>,
    >,
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    method: ::core::option::Option<
        ::conference_api::__private::Slot<ChatDeleteRequestMethod>,
    >,
    params: ::core::option::Option<
        ::conference_api::__private::Slot<ChatDeleteRequestParams>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatDeleteRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["jsonrpc", "id", "method", "params"],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(&mut fields.jsonrpc, value)
                }
                1usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                2usize => ::conference_api::__private::put_raw(&mut fields.method, value),
                3usize => ::conference_api::__private::put_raw(&mut fields.params, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for ChatDeleteRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "jsonrpc",
                    self.0.jsonrpc.as_ref().map(::conference_api::__private::to_json),
                ),
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "method",
                    self.0.method.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "params",
                    self.0.params.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatDeleteRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatDeleteRequestBuilder")
            .field("jsonrpc", &self.0.jsonrpc)
            .field("id", &self.0.id)
            .field("method", &self.0.method)
            .field("params", &self.0.params)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatDeleteRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatDeleteRequestJsonrpc) -> Self {
        self.0.jsonrpc = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Removes the conversation and its messages. Nothing is post-processed and no webhook fires.
    #[inline]
    pub fn method(mut self, value: ChatDeleteRequestMethod) -> Self {
        self.0.method = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The parameters for `delete`.
    #[inline]
    pub fn params(mut self, value: ChatDeleteRequestParams) -> Self {
        self.0.params = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ChatDeleteRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", self.0.jsonrpc.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatDeleteRequestMethod,
        >(&mut errors, at, "method", self.0.method.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatDeleteRequestParams,
        >(&mut errors, at, "params", self.0.params.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<ChatDeleteRequest, ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_jsonrpc = ::conference_api::__private::required_slot::<
            ChatDeleteRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", fields.jsonrpc);
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_method = ::conference_api::__private::required_slot::<
            ChatDeleteRequestMethod,
        >(&mut errors, at, "method", fields.method);
        let field_params = ::conference_api::__private::required_slot::<
            ChatDeleteRequestParams,
        >(&mut errors, at, "params", fields.params);
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatDeleteRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatDeleteRequest> for ChatDeleteRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatDeleteRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatDeleteRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatDeleteRequestJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatDeleteRequestJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatDeleteRequestJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatDeleteRequestJsonrpc);
/// Removes the conversation and its messages. Nothing is post-processed and no webhook fires.
///
/// One of: delete.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatDeleteRequestMethod {
    /// `delete`
    Delete,
}
impl ::core::fmt::Debug for ChatDeleteRequestMethod {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Delete"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatDeleteRequestMethod {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Delete];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["delete"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatDeleteRequestMethod {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatDeleteRequestMethod);
/// The parameters for `delete`.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatDeleteRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: ::std::string::String,
}
#[allow(deprecated)]
impl ChatDeleteRequestParams {
    /// A request with its required fields (`id`) and every optional field unset.
    pub fn new(id: ::std::string::String) -> Self {
        Self { id }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatDeleteRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> ChatDeleteRequestParamsBuilder {
        <ChatDeleteRequestParamsBuilder as ::core::default::Default>::default().id(id)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "id",
            doc: "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatDeleteRequestParams {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatDeleteRequestParams {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatDeleteRequestParams {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<::std::string::String>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatDeleteRequestParams;
            const NAMES: &'static [&'static str] = &["id"];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "id" => ::core::option::Option::Some(0),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f0, map, at, "id", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatDeleteRequestParams> {
                let field_id = order.required(self.f0, errors, at, 0, "id");
                if let (::core::option::Option::Some(field_id),) = (field_id,)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatDeleteRequestParams {
                        id: field_id,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::unknown_keys(object, &["id"], at, errors);
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        ::conference_api::__private::unknown_keys(&object, &["id"], at, errors);
        if let (::core::option::Option::Some(field_id),) = (field_id,)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatDeleteRequestParams {
                id: field_id,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatDeleteRequestParams),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatDeleteRequestParamsBuilder(
    ::std::boxed::Box<__ChatDeleteRequestParamsBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatDeleteRequestParamsBuilderFields {
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatDeleteRequestParamsBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["id"],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for ChatDeleteRequestParamsBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[("id", self.0.id.as_ref().map(::conference_api::__private::to_json))],
        )
    }
}
impl ::core::fmt::Debug for ChatDeleteRequestParamsBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatDeleteRequestParamsBuilder").field("id", &self.0.id).finish()
    }
}
#[allow(deprecated)]
impl ChatDeleteRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatDeleteRequestParams,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        if let (::core::option::Option::Some(field_id),) = (field_id,)
            && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatDeleteRequestParams {
                id: field_id,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatDeleteRequestParams>
for ChatDeleteRequestParamsBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatDeleteRequestParams>::into_body(&request)
    }
}
/// end_conversation
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatEndConversationRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatEndConversationRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: ::std::string::String,
    /// Ends the conversation and starts post-processing: the summary, and a request to your
    /// `post_prompt_url` when your SWML sets one.
    pub method: ChatEndConversationRequestMethod,
    /// The parameters for `end_conversation`.
    pub params: ChatEndConversationRequestParams,
}
#[allow(deprecated)]
impl ChatEndConversationRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatEndConversationRequestJsonrpc,
        id: ::std::string::String,
        method: ChatEndConversationRequestMethod,
        params: ChatEndConversationRequestParams,
    ) -> Self {
        Self {
            jsonrpc,
            id,
            method,
            params,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatEndConversationRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        jsonrpc: ChatEndConversationRequestJsonrpc,
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        method: ChatEndConversationRequestMethod,
        params: ChatEndConversationRequestParams,
    ) -> ChatEndConversationRequestBuilder {
        <ChatEndConversationRequestBuilder as ::core::default::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "jsonrpc",
            doc: "The JSON-RPC version. Always `2.0`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of 2.0",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "id",
            doc: "Your identifier for this request, echoed back on the response so you can match the two.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "method",
            doc: "Ends the conversation and starts post-processing: the summary, and a request to your\n`post_prompt_url` when your SWML sets one.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of end_conversation",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "params",
            doc: "The parameters for `end_conversation`.",
            required: true,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON object",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatEndConversationRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatEndConversationRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatEndConversationRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<
                ::core::option::Option<ChatEndConversationRequestJsonrpc>,
            >,
            f1: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f2: ::core::option::Option<
                ::core::option::Option<ChatEndConversationRequestMethod>,
            >,
            f3: ::core::option::Option<
                ::core::option::Option<ChatEndConversationRequestParams>,
            >,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatEndConversationRequest;
            const NAMES: &'static [&'static str] = &[
                "jsonrpc",
                "id",
                "method",
                "params",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "jsonrpc" => ::core::option::Option::Some(0),
                    "id" => ::core::option::Option::Some(1),
                    "method" => ::core::option::Option::Some(2),
                    "params" => ::core::option::Option::Some(3),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ChatEndConversationRequestJsonrpc,
                            __A,
                        >(&mut self.f0, map, at, "jsonrpc", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f1, map, at, "id", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ChatEndConversationRequestMethod,
                            __A,
                        >(&mut self.f2, map, at, "method", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ChatEndConversationRequestParams,
                            __A,
                        >(&mut self.f3, map, at, "params", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatEndConversationRequest> {
                let field_jsonrpc = order.required(self.f0, errors, at, 0, "jsonrpc");
                let field_id = order.required(self.f1, errors, at, 1, "id");
                let field_method = order.required(self.f2, errors, at, 2, "method");
                let field_params = order.required(self.f3, errors, at, 3, "params");
                if let (
                    ::core::option::Option::Some(field_jsonrpc),
                    ::core::option::Option::Some(field_id),
                    ::core::option::Option::Some(field_method),
                    ::core::option::Option::Some(field_params),
                ) = (field_jsonrpc, field_id, field_method, field_params)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatEndConversationRequest {
                        jsonrpc: field_jsonrpc,
                        id: field_id,
                        method: field_method,
                        params: field_params,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ChatEndConversationRequestJsonrpc,
        >(errors, at, "jsonrpc", object.get("jsonrpc"));
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_required::<
            ChatEndConversationRequestMethod,
        >(errors, at, "method", object.get("method"));
        ::conference_api::__private::check_required::<
            ChatEndConversationRequestParams,
        >(errors, at, "params", object.get("params"));
        ::conference_api::__private::unknown_keys(
            object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_jsonrpc = ::conference_api::__private::required::<
            ChatEndConversationRequestJsonrpc,
        >(
            errors,
            at,
            "jsonrpc",
            ::conference_api::__private::take(&mut object, "jsonrpc"),
        );
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_method = ::conference_api::__private::required::<
            ChatEndConversationRequestMethod,
        >(
            errors,
            at,
            "method",
            ::conference_api::__private::take(&mut object, "method"),
        );
        let field_params = ::conference_api::__private::required::<
            ChatEndConversationRequestParams,
        >(
            errors,
            at,
            "params",
            ::conference_api::__private::take(&mut object, "params"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatEndConversationRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatEndConversationRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatEndConversationRequestBuilder(
    ::std::boxed::Box<__ChatEndConversationRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatEndConversationRequestBuilderFields {
    jsonrpc: ::core::option::Option<
        ::conference_api::__private::Slot<ChatEndConversationRequestJsonrpc>,
    >,
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    method: ::core::option::Option<
        ::conference_api::__private::Slot<ChatEndConversationRequestMethod>,
    >,
    params: ::core::option::Option<
        ::conference_api::__private::Slot<ChatEndConversationRequestParams>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatEndConversationRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["jsonrpc", "id", "method", "params"],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(&mut fields.jsonrpc, value)
                }
                1usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                2usize => ::conference_api::__private::put_raw(&mut fields.method, value),
                3usize => ::conference_api::__private::put_raw(&mut fields.params, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for ChatEndConversationRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "jsonrpc",
                    self.0.jsonrpc.as_ref().map(::conference_api::__private::to_json),
                ),
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "method",
                    self.0.method.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "params",
                    self.0.params.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatEndConversationRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatEndConversationRequestBuilder")
            .field("jsonrpc", &self.0.jsonrpc)
            .field("id", &self.0.id)
            .field("method", &self.0.method)
            .field("params", &self.0.params)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatEndConversationRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatEndConversationRequestJsonrpc) -> Self {
        self.0.jsonrpc = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Ends the conversation and starts post-processing: the summary, and a request to your
    /// `post_prompt_url` when your SWML sets one.
    #[inline]
    pub fn method(mut self, value: ChatEndConversationRequestMethod) -> Self {
        self.0.method = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The parameters for `end_conversation`.
    #[inline]
    pub fn params(mut self, value: ChatEndConversationRequestParams) -> Self {
        self.0.params = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ChatEndConversationRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", self.0.jsonrpc.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatEndConversationRequestMethod,
        >(&mut errors, at, "method", self.0.method.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatEndConversationRequestParams,
        >(&mut errors, at, "params", self.0.params.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatEndConversationRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_jsonrpc = ::conference_api::__private::required_slot::<
            ChatEndConversationRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", fields.jsonrpc);
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_method = ::conference_api::__private::required_slot::<
            ChatEndConversationRequestMethod,
        >(&mut errors, at, "method", fields.method);
        let field_params = ::conference_api::__private::required_slot::<
            ChatEndConversationRequestParams,
        >(&mut errors, at, "params", fields.params);
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatEndConversationRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatEndConversationRequest>
for ChatEndConversationRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatEndConversationRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatEndConversationRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatEndConversationRequestJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatEndConversationRequestJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatEndConversationRequestJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatEndConversationRequestJsonrpc);
/// Ends the conversation and starts post-processing: the summary, and a request to your
/// `post_prompt_url` when your SWML sets one.
///
/// One of: end_conversation.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatEndConversationRequestMethod {
    /// `end_conversation`
    EndConversation,
}
impl ::core::fmt::Debug for ChatEndConversationRequestMethod {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["EndConversation"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatEndConversationRequestMethod {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::EndConversation];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["end_conversation"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatEndConversationRequestMethod {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatEndConversationRequestMethod);
/// The parameters for `end_conversation`.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatEndConversationRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: ::std::string::String,
}
#[allow(deprecated)]
impl ChatEndConversationRequestParams {
    /// A request with its required fields (`id`) and every optional field unset.
    pub fn new(id: ::std::string::String) -> Self {
        Self { id }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatEndConversationRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> ChatEndConversationRequestParamsBuilder {
        <ChatEndConversationRequestParamsBuilder as ::core::default::Default>::default()
            .id(id)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "id",
            doc: "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatEndConversationRequestParams {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatEndConversationRequestParams {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatEndConversationRequestParams {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<::std::string::String>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatEndConversationRequestParams;
            const NAMES: &'static [&'static str] = &["id"];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "id" => ::core::option::Option::Some(0),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f0, map, at, "id", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatEndConversationRequestParams> {
                let field_id = order.required(self.f0, errors, at, 0, "id");
                if let (::core::option::Option::Some(field_id),) = (field_id,)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatEndConversationRequestParams {
                        id: field_id,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::unknown_keys(object, &["id"], at, errors);
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        ::conference_api::__private::unknown_keys(&object, &["id"], at, errors);
        if let (::core::option::Option::Some(field_id),) = (field_id,)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatEndConversationRequestParams {
                id: field_id,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatEndConversationRequestParams),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatEndConversationRequestParamsBuilder(
    ::std::boxed::Box<__ChatEndConversationRequestParamsBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatEndConversationRequestParamsBuilderFields {
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatEndConversationRequestParamsBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["id"],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for ChatEndConversationRequestParamsBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[("id", self.0.id.as_ref().map(::conference_api::__private::to_json))],
        )
    }
}
impl ::core::fmt::Debug for ChatEndConversationRequestParamsBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatEndConversationRequestParamsBuilder")
            .field("id", &self.0.id)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatEndConversationRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatEndConversationRequestParams,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        if let (::core::option::Option::Some(field_id),) = (field_id,)
            && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatEndConversationRequestParams {
                id: field_id,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatEndConversationRequestParams>
for ChatEndConversationRequestParamsBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<
            ChatEndConversationRequestParams,
        >::into_body(&request)
    }
}
/// A JSON-RPC error returned for the requested method.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatError {
    /// Which failure this was. See [API error codes](/docs/apis/error-codes) for descriptions and troubleshooting context.
    pub code: ::conference_api::OrUnknown<ChatErrorCode>,
    /// A short description of the failure.
    pub message: ::std::string::String,
}
/// Why a method failed. `-32600` and below are the standard JSON-RPC codes; the rest are specific to
/// AI chat. See [API error codes](/docs/apis/error-codes) for the codes callers should handle
/// and what they mean.
///
/// One of: -32001, -32002, -32003, -32004, -32005, -32006, -32007, -32600, -32601, -32602, -32603.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatErrorCode {
    /// `-32001`
    Code32001,
    /// `-32002`
    Code32002,
    /// `-32003`
    Code32003,
    /// `-32004`
    Code32004,
    /// `-32005`
    Code32005,
    /// `-32006`
    Code32006,
    /// `-32007`
    Code32007,
    /// `-32600`
    Code32600,
    /// `-32601`
    Code32601,
    /// `-32602`
    Code32602,
    /// `-32603`
    Code32603,
}
impl ::core::fmt::Debug for ChatErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &[
            "Code32001",
            "Code32002",
            "Code32003",
            "Code32004",
            "Code32005",
            "Code32006",
            "Code32007",
            "Code32600",
            "Code32601",
            "Code32602",
            "Code32603",
        ];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatErrorCode {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::Code32001,
        Self::Code32002,
        Self::Code32003,
        Self::Code32004,
        Self::Code32005,
        Self::Code32006,
        Self::Code32007,
        Self::Code32600,
        Self::Code32601,
        Self::Code32602,
        Self::Code32603,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "-32001",
        "-32002",
        "-32003",
        "-32004",
        "-32005",
        "-32006",
        "-32007",
        "-32600",
        "-32601",
        "-32602",
        "-32603",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatErrorCode {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
impl ::conference_api::__private::serde::Serialize for ChatErrorCode {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::Code32001 => serializer.serialize_i64(-32001i64),
            Self::Code32002 => serializer.serialize_i64(-32002i64),
            Self::Code32003 => serializer.serialize_i64(-32003i64),
            Self::Code32004 => serializer.serialize_i64(-32004i64),
            Self::Code32005 => serializer.serialize_i64(-32005i64),
            Self::Code32006 => serializer.serialize_i64(-32006i64),
            Self::Code32007 => serializer.serialize_i64(-32007i64),
            Self::Code32600 => serializer.serialize_i64(-32600i64),
            Self::Code32601 => serializer.serialize_i64(-32601i64),
            Self::Code32602 => serializer.serialize_i64(-32602i64),
            Self::Code32603 => serializer.serialize_i64(-32603i64),
        }
    }
}
impl ChatErrorCode {
    fn from_number(number: f64) -> ::core::option::Option<Self> {
        if number == -32001f64 {
            return ::core::option::Option::Some(Self::Code32001);
        }
        if number == -32002f64 {
            return ::core::option::Option::Some(Self::Code32002);
        }
        if number == -32003f64 {
            return ::core::option::Option::Some(Self::Code32003);
        }
        if number == -32004f64 {
            return ::core::option::Option::Some(Self::Code32004);
        }
        if number == -32005f64 {
            return ::core::option::Option::Some(Self::Code32005);
        }
        if number == -32006f64 {
            return ::core::option::Option::Some(Self::Code32006);
        }
        if number == -32007f64 {
            return ::core::option::Option::Some(Self::Code32007);
        }
        if number == -32600f64 {
            return ::core::option::Option::Some(Self::Code32600);
        }
        if number == -32601f64 {
            return ::core::option::Option::Some(Self::Code32601);
        }
        if number == -32602f64 {
            return ::core::option::Option::Some(Self::Code32602);
        }
        if number == -32603f64 {
            return ::core::option::Option::Some(Self::Code32603);
        }
        ::core::option::Option::None
    }
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for ChatErrorCode {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let number = <f64 as ::conference_api::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_number(number)
            .ok_or_else(|| {
                <__D::Error as ::conference_api::__private::serde::de::Error>::custom(
                    ::conference_api::__private::enum_violation(
                        Self::VALUES,
                        &number.to_string(),
                    ),
                )
            })
    }
}
impl ::core::fmt::Display for ChatErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::conference_api::__private::FromJson for ChatErrorCode {
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        ::conference_api::__private::number_enum(
            value,
            at,
            errors,
            Self::VALUES,
            Self::from_number,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        ::conference_api::__private::number_enum(
            &value,
            at,
            errors,
            Self::VALUES,
            Self::from_number,
        )
    }
}
/// A JSON-RPC method failure returned under HTTP 200. After confirming the HTTP status, inspect the
/// envelope for this `error` member.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatErrorResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ::conference_api::OrUnknown<ChatErrorResponseJsonrpc>,
    /// The `id` from your request.
    pub id: ::std::string::String,
    /// The error that ended this call.
    pub error: ChatError,
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatErrorResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatErrorResponseJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatErrorResponseJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatErrorResponseJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatErrorResponseJsonrpc);
/// The request body was not valid JSON. The response is not a JSON-RPC envelope.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatInvalidJsonError {
    /// Details about the malformed request body.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
}
/// chat_log
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatLogRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatLogRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: ::std::string::String,
    /// Reads the conversation back. Changes nothing.
    pub method: ChatLogRequestMethod,
    /// The parameters for `chat_log`.
    pub params: ChatLogRequestParams,
}
#[allow(deprecated)]
impl ChatLogRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatLogRequestJsonrpc,
        id: ::std::string::String,
        method: ChatLogRequestMethod,
        params: ChatLogRequestParams,
    ) -> Self {
        Self {
            jsonrpc,
            id,
            method,
            params,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatLogRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        jsonrpc: ChatLogRequestJsonrpc,
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        method: ChatLogRequestMethod,
        params: ChatLogRequestParams,
    ) -> ChatLogRequestBuilder {
        <ChatLogRequestBuilder as ::core::default::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "jsonrpc",
            doc: "The JSON-RPC version. Always `2.0`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of 2.0",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "id",
            doc: "Your identifier for this request, echoed back on the response so you can match the two.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "method",
            doc: "Reads the conversation back. Changes nothing.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of chat_log",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "params",
            doc: "The parameters for `chat_log`.",
            required: true,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON object",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for ChatLogRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatLogRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatLogRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<ChatLogRequestJsonrpc>>,
            f1: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f2: ::core::option::Option<::core::option::Option<ChatLogRequestMethod>>,
            f3: ::core::option::Option<::core::option::Option<ChatLogRequestParams>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatLogRequest;
            const NAMES: &'static [&'static str] = &[
                "jsonrpc",
                "id",
                "method",
                "params",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "jsonrpc" => ::core::option::Option::Some(0),
                    "id" => ::core::option::Option::Some(1),
                    "method" => ::core::option::Option::Some(2),
                    "params" => ::core::option::Option::Some(3),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ChatLogRequestJsonrpc,
                            __A,
                        >(&mut self.f0, map, at, "jsonrpc", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f1, map, at, "id", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ChatLogRequestMethod,
                            __A,
                        >(&mut self.f2, map, at, "method", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ChatLogRequestParams,
                            __A,
                        >(&mut self.f3, map, at, "params", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatLogRequest> {
                let field_jsonrpc = order.required(self.f0, errors, at, 0, "jsonrpc");
                let field_id = order.required(self.f1, errors, at, 1, "id");
                let field_method = order.required(self.f2, errors, at, 2, "method");
                let field_params = order.required(self.f3, errors, at, 3, "params");
                if let (
                    ::core::option::Option::Some(field_jsonrpc),
                    ::core::option::Option::Some(field_id),
                    ::core::option::Option::Some(field_method),
                    ::core::option::Option::Some(field_params),
                ) = (field_jsonrpc, field_id, field_method, field_params)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatLogRequest {
                        jsonrpc: field_jsonrpc,
                        id: field_id,
                        method: field_method,
                        params: field_params,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ChatLogRequestJsonrpc,
        >(errors, at, "jsonrpc", object.get("jsonrpc"));
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_required::<
            ChatLogRequestMethod,
        >(errors, at, "method", object.get("method"));
        ::conference_api::__private::check_required::<
            ChatLogRequestParams,
        >(errors, at, "params", object.get("params"));
        ::conference_api::__private::unknown_keys(
            object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_jsonrpc = ::conference_api::__private::required::<
            ChatLogRequestJsonrpc,
        >(
            errors,
            at,
            "jsonrpc",
            ::conference_api::__private::take(&mut object, "jsonrpc"),
        );
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_method = ::conference_api::__private::required::<
            ChatLogRequestMethod,
        >(
            errors,
            at,
            "method",
            ::conference_api::__private::take(&mut object, "method"),
        );
        let field_params = ::conference_api::__private::required::<
            ChatLogRequestParams,
        >(
            errors,
            at,
            "params",
            ::conference_api::__private::take(&mut object, "params"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatLogRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatLogRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatLogRequestBuilder(::std::boxed::Box<__ChatLogRequestBuilderFields>);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatLogRequestBuilderFields {
    jsonrpc: ::core::option::Option<
        ::conference_api::__private::Slot<ChatLogRequestJsonrpc>,
    >,
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    method: ::core::option::Option<
        ::conference_api::__private::Slot<ChatLogRequestMethod>,
    >,
    params: ::core::option::Option<
        ::conference_api::__private::Slot<ChatLogRequestParams>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatLogRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["jsonrpc", "id", "method", "params"],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(&mut fields.jsonrpc, value)
                }
                1usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                2usize => ::conference_api::__private::put_raw(&mut fields.method, value),
                3usize => ::conference_api::__private::put_raw(&mut fields.params, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for ChatLogRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "jsonrpc",
                    self.0.jsonrpc.as_ref().map(::conference_api::__private::to_json),
                ),
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "method",
                    self.0.method.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "params",
                    self.0.params.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatLogRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatLogRequestBuilder")
            .field("jsonrpc", &self.0.jsonrpc)
            .field("id", &self.0.id)
            .field("method", &self.0.method)
            .field("params", &self.0.params)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatLogRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatLogRequestJsonrpc) -> Self {
        self.0.jsonrpc = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Reads the conversation back. Changes nothing.
    #[inline]
    pub fn method(mut self, value: ChatLogRequestMethod) -> Self {
        self.0.method = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The parameters for `chat_log`.
    #[inline]
    pub fn params(mut self, value: ChatLogRequestParams) -> Self {
        self.0.params = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ChatLogRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", self.0.jsonrpc.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatLogRequestMethod,
        >(&mut errors, at, "method", self.0.method.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatLogRequestParams,
        >(&mut errors, at, "params", self.0.params.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<ChatLogRequest, ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_jsonrpc = ::conference_api::__private::required_slot::<
            ChatLogRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", fields.jsonrpc);
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_method = ::conference_api::__private::required_slot::<
            ChatLogRequestMethod,
        >(&mut errors, at, "method", fields.method);
        let field_params = ::conference_api::__private::required_slot::<
            ChatLogRequestParams,
        >(&mut errors, at, "params", fields.params);
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatLogRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatLogRequest> for ChatLogRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatLogRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatLogRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatLogRequestJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatLogRequestJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatLogRequestJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatLogRequestJsonrpc);
/// Reads the conversation back. Changes nothing.
///
/// One of: chat_log.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatLogRequestMethod {
    /// `chat_log`
    ChatLog,
}
impl ::core::fmt::Debug for ChatLogRequestMethod {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["ChatLog"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatLogRequestMethod {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::ChatLog];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["chat_log"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatLogRequestMethod {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatLogRequestMethod);
/// The parameters for `chat_log`.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatLogRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: ::std::string::String,
}
#[allow(deprecated)]
impl ChatLogRequestParams {
    /// A request with its required fields (`id`) and every optional field unset.
    pub fn new(id: ::std::string::String) -> Self {
        Self { id }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatLogRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> ChatLogRequestParamsBuilder {
        <ChatLogRequestParamsBuilder as ::core::default::Default>::default().id(id)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "id",
            doc: "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for ChatLogRequestParams {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatLogRequestParams {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatLogRequestParams {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<::std::string::String>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatLogRequestParams;
            const NAMES: &'static [&'static str] = &["id"];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "id" => ::core::option::Option::Some(0),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f0, map, at, "id", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatLogRequestParams> {
                let field_id = order.required(self.f0, errors, at, 0, "id");
                if let (::core::option::Option::Some(field_id),) = (field_id,)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatLogRequestParams {
                        id: field_id,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::unknown_keys(object, &["id"], at, errors);
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        ::conference_api::__private::unknown_keys(&object, &["id"], at, errors);
        if let (::core::option::Option::Some(field_id),) = (field_id,)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatLogRequestParams {
                id: field_id,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatLogRequestParams),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatLogRequestParamsBuilder(
    ::std::boxed::Box<__ChatLogRequestParamsBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatLogRequestParamsBuilderFields {
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatLogRequestParamsBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["id"],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for ChatLogRequestParamsBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[("id", self.0.id.as_ref().map(::conference_api::__private::to_json))],
        )
    }
}
impl ::core::fmt::Debug for ChatLogRequestParamsBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatLogRequestParamsBuilder").field("id", &self.0.id).finish()
    }
}
#[allow(deprecated)]
impl ChatLogRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatLogRequestParams,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        if let (::core::option::Option::Some(field_id),) = (field_id,)
            && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatLogRequestParams {
                id: field_id,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatLogRequestParams> for ChatLogRequestParamsBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatLogRequestParams>::into_body(&request)
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatMethodsError401 {
    /// How to make the account eligible to use this endpoint.
    pub message: ::std::string::String,
}
/// chat result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatReplyResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ::conference_api::OrUnknown<ChatReplyResponseJsonrpc>,
    /// The `id` from your request.
    pub id: ::std::string::String,
    /// The agent's turn.
    pub result: ChatReplyResponseResult,
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatReplyResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatReplyResponseJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatReplyResponseJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatReplyResponseJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatReplyResponseJsonrpc);
/// The agent's turn.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatReplyResponseResult {
    /// The agent's reply. When this call created the conversation, this is the agent's opening message.
    pub response: ::std::string::String,
    /// An event one of your tools raised for your application to act on, present only when the turn
    /// produced one. The contents under `event` are whatever your tool sent, so the shape is yours;
    /// the convention is a `type` key your client can switch on.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub user_event: ::core::option::Option<
        ::conference_api::__private::serde_json::Map<
            ::std::string::String,
            ::conference_api::__private::serde_json::Value,
        >,
    >,
}
/// A JSON-RPC request. The `method` field selects which of the six methods runs, and `params` carries
/// that method's arguments.
///
/// Authenticate with HTTP Basic authentication. `params` contains only the arguments for the selected
/// method; do not put project IDs, API tokens, or Space IDs in the JSON-RPC body.
///
/// A request value must fit exactly one variant (`oneOf`).
#[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
pub enum ChatRequest {
    /// `method` is `create_conversation`.
    CreateConversation(ChatCreateConversationRequest),
    /// `method` is `chat`.
    Chat(ChatSendMessageRequest),
    /// `method` is `end_conversation`.
    EndConversation(ChatEndConversationRequest),
    /// `method` is `delete`.
    Delete(ChatDeleteRequest),
    /// `method` is `chat_log`.
    ChatLog(ChatLogRequest),
    /// `method` is `summarize`.
    Summarize(ChatSummarizeRequest),
}
#[allow(deprecated)]
impl ChatRequest {
    /// The variants' names, in the schema's order.
    pub const VARIANTS: &'static [&'static str] = &[
        "CreateConversation",
        "Chat",
        "EndConversation",
        "Delete",
        "ChatLog",
        "Summarize",
    ];
    /// The discriminator's value of each variant, in order.
    pub const TAGS: &'static [&'static str] = &[
        "create_conversation",
        "chat",
        "end_conversation",
        "delete",
        "chat_log",
        "summarize",
    ];
}
#[allow(deprecated)]
impl ::conference_api::__private::serde::Serialize for ChatRequest {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::CreateConversation(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::Chat(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::EndConversation(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::Delete(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::ChatLog(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::Summarize(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
        }
    }
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for ChatRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatRequest {
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        match ::conference_api::__private::union_tag(
            value,
            "method",
            Self::TAGS,
            at,
            errors,
        ) {
            ::core::option::Option::Some("create_conversation") => {
                <ChatCreateConversationRequest as ::conference_api::__private::FromJson>::check_json(
                    value,
                    at,
                    errors,
                )
            }
            ::core::option::Option::Some("chat") => {
                <ChatSendMessageRequest as ::conference_api::__private::FromJson>::check_json(
                    value,
                    at,
                    errors,
                )
            }
            ::core::option::Option::Some("end_conversation") => {
                <ChatEndConversationRequest as ::conference_api::__private::FromJson>::check_json(
                    value,
                    at,
                    errors,
                )
            }
            ::core::option::Option::Some("delete") => {
                <ChatDeleteRequest as ::conference_api::__private::FromJson>::check_json(
                    value,
                    at,
                    errors,
                )
            }
            ::core::option::Option::Some("chat_log") => {
                <ChatLogRequest as ::conference_api::__private::FromJson>::check_json(
                    value,
                    at,
                    errors,
                )
            }
            ::core::option::Option::Some("summarize") => {
                <ChatSummarizeRequest as ::conference_api::__private::FromJson>::check_json(
                    value,
                    at,
                    errors,
                )
            }
            _ => {}
        }
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        match ::conference_api::__private::union_tag(
            &value,
            "method",
            Self::TAGS,
            at,
            errors,
        ) {
            ::core::option::Option::Some("create_conversation") => {
                <ChatCreateConversationRequest as ::conference_api::__private::FromJson>::from_json(
                        value,
                        at,
                        errors,
                    )
                    .map(Self::CreateConversation)
            }
            ::core::option::Option::Some("chat") => {
                <ChatSendMessageRequest as ::conference_api::__private::FromJson>::from_json(
                        value,
                        at,
                        errors,
                    )
                    .map(Self::Chat)
            }
            ::core::option::Option::Some("end_conversation") => {
                <ChatEndConversationRequest as ::conference_api::__private::FromJson>::from_json(
                        value,
                        at,
                        errors,
                    )
                    .map(Self::EndConversation)
            }
            ::core::option::Option::Some("delete") => {
                <ChatDeleteRequest as ::conference_api::__private::FromJson>::from_json(
                        value,
                        at,
                        errors,
                    )
                    .map(Self::Delete)
            }
            ::core::option::Option::Some("chat_log") => {
                <ChatLogRequest as ::conference_api::__private::FromJson>::from_json(
                        value,
                        at,
                        errors,
                    )
                    .map(Self::ChatLog)
            }
            ::core::option::Option::Some("summarize") => {
                <ChatSummarizeRequest as ::conference_api::__private::FromJson>::from_json(
                        value,
                        at,
                        errors,
                    )
                    .map(Self::Summarize)
            }
            _ => ::core::option::Option::None,
        }
    }
}
impl ::conference_api::__private::RequestBody for ChatRequest {}
/// A JSON-RPC response. Which result you get follows from the method you sent; a response echoes no
/// `method` of its own.
///
/// Check the HTTP status first. On HTTP 200, inspect the envelope for an `error` member. HTTP-level
/// errors returned with another status are not JSON-RPC envelopes.
///
/// Decoded leniently: the first variant that keeps the whole value, else the first that decodes, else [`Unknown`](Self::Unknown) with the JSON as it came.
#[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
pub enum ChatResponse {
    /// A value of this type (`#/components/schemas/AI.ChatResponse/anyOf/0`).
    ChatConversationCreatedResponse(ChatConversationCreatedResponse),
    /// A value of this type (`#/components/schemas/AI.ChatResponse/anyOf/1`).
    ChatReplyResponse(ChatReplyResponse),
    /// A value of this type (`#/components/schemas/AI.ChatResponse/anyOf/2`).
    ChatConversationEndedResponse(ChatConversationEndedResponse),
    /// A value of this type (`#/components/schemas/AI.ChatResponse/anyOf/3`).
    ChatConversationDeletedResponse(ChatConversationDeletedResponse),
    /// A value of this type (`#/components/schemas/AI.ChatResponse/anyOf/4`).
    ChatTranscriptResponse(ChatTranscriptResponse),
    /// A value of this type (`#/components/schemas/AI.ChatResponse/anyOf/5`).
    ChatSummaryResponse(ChatSummaryResponse),
    /// A value of this type (`#/components/schemas/AI.ChatResponse/anyOf/6`).
    ChatErrorResponse(ChatErrorResponse),
    /// A value that fits no variant the schema lists (yet), kept as it was sent.
    Unknown(::conference_api::__private::serde_json::Value),
}
#[allow(deprecated)]
impl ChatResponse {
    /// The variants' names, in the schema's order (without `Unknown`).
    pub const VARIANTS: &'static [&'static str] = &[
        "ChatConversationCreatedResponse",
        "ChatReplyResponse",
        "ChatConversationEndedResponse",
        "ChatConversationDeletedResponse",
        "ChatTranscriptResponse",
        "ChatSummaryResponse",
        "ChatErrorResponse",
    ];
}
#[allow(deprecated)]
impl ::conference_api::__private::serde::Serialize for ChatResponse {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::ChatConversationCreatedResponse(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::ChatReplyResponse(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::ChatConversationEndedResponse(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::ChatConversationDeletedResponse(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::ChatTranscriptResponse(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::ChatSummaryResponse(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::ChatErrorResponse(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::Unknown(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
        }
    }
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for ChatResponse {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let value = <::conference_api::__private::serde_json::Value as ::conference_api::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        const TRIES: &[::conference_api::__private::TryVariant<ChatResponse>] = &[
            |value| {
                ::conference_api::__private::try_variant::<
                    ChatConversationCreatedResponse,
                >(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatConversationCreatedResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                ::conference_api::__private::try_variant::<ChatReplyResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatReplyResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                ::conference_api::__private::try_variant::<
                    ChatConversationEndedResponse,
                >(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatConversationEndedResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                ::conference_api::__private::try_variant::<
                    ChatConversationDeletedResponse,
                >(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatConversationDeletedResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                ::conference_api::__private::try_variant::<ChatTranscriptResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatTranscriptResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                ::conference_api::__private::try_variant::<ChatSummaryResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatSummaryResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                ::conference_api::__private::try_variant::<ChatErrorResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatErrorResponse(decoded),
                        whole,
                    ))
            },
        ];
        ::core::result::Result::Ok(
            ::conference_api::__private::first_fitting(&value, TRIES)
                .unwrap_or(Self::Unknown(value)),
        )
    }
}
/// chat
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatSendMessageRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatSendMessageRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: ::std::string::String,
    /// Sends a message and returns the agent's reply. One request is one full turn, including any tool
    /// calls the agent makes along the way, so expect this to take seconds rather than milliseconds.
    pub method: ChatSendMessageRequestMethod,
    /// The parameters for `chat`.
    pub params: ChatSendMessageRequestParams,
}
#[allow(deprecated)]
impl ChatSendMessageRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatSendMessageRequestJsonrpc,
        id: ::std::string::String,
        method: ChatSendMessageRequestMethod,
        params: ChatSendMessageRequestParams,
    ) -> Self {
        Self {
            jsonrpc,
            id,
            method,
            params,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatSendMessageRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        jsonrpc: ChatSendMessageRequestJsonrpc,
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        method: ChatSendMessageRequestMethod,
        params: ChatSendMessageRequestParams,
    ) -> ChatSendMessageRequestBuilder {
        <ChatSendMessageRequestBuilder as ::core::default::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "jsonrpc",
            doc: "The JSON-RPC version. Always `2.0`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of 2.0",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "id",
            doc: "Your identifier for this request, echoed back on the response so you can match the two.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "method",
            doc: "Sends a message and returns the agent's reply. One request is one full turn, including any tool\ncalls the agent makes along the way, so expect this to take seconds rather than milliseconds.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of chat",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "params",
            doc: "The parameters for `chat`.",
            required: true,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON object",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatSendMessageRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatSendMessageRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatSendMessageRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<
                ::core::option::Option<ChatSendMessageRequestJsonrpc>,
            >,
            f1: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f2: ::core::option::Option<
                ::core::option::Option<ChatSendMessageRequestMethod>,
            >,
            f3: ::core::option::Option<
                ::core::option::Option<ChatSendMessageRequestParams>,
            >,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatSendMessageRequest;
            const NAMES: &'static [&'static str] = &[
                "jsonrpc",
                "id",
                "method",
                "params",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "jsonrpc" => ::core::option::Option::Some(0),
                    "id" => ::core::option::Option::Some(1),
                    "method" => ::core::option::Option::Some(2),
                    "params" => ::core::option::Option::Some(3),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ChatSendMessageRequestJsonrpc,
                            __A,
                        >(&mut self.f0, map, at, "jsonrpc", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f1, map, at, "id", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ChatSendMessageRequestMethod,
                            __A,
                        >(&mut self.f2, map, at, "method", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ChatSendMessageRequestParams,
                            __A,
                        >(&mut self.f3, map, at, "params", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatSendMessageRequest> {
                let field_jsonrpc = order.required(self.f0, errors, at, 0, "jsonrpc");
                let field_id = order.required(self.f1, errors, at, 1, "id");
                let field_method = order.required(self.f2, errors, at, 2, "method");
                let field_params = order.required(self.f3, errors, at, 3, "params");
                if let (
                    ::core::option::Option::Some(field_jsonrpc),
                    ::core::option::Option::Some(field_id),
                    ::core::option::Option::Some(field_method),
                    ::core::option::Option::Some(field_params),
                ) = (field_jsonrpc, field_id, field_method, field_params)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatSendMessageRequest {
                        jsonrpc: field_jsonrpc,
                        id: field_id,
                        method: field_method,
                        params: field_params,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ChatSendMessageRequestJsonrpc,
        >(errors, at, "jsonrpc", object.get("jsonrpc"));
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_required::<
            ChatSendMessageRequestMethod,
        >(errors, at, "method", object.get("method"));
        ::conference_api::__private::check_required::<
            ChatSendMessageRequestParams,
        >(errors, at, "params", object.get("params"));
        ::conference_api::__private::unknown_keys(
            object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_jsonrpc = ::conference_api::__private::required::<
            ChatSendMessageRequestJsonrpc,
        >(
            errors,
            at,
            "jsonrpc",
            ::conference_api::__private::take(&mut object, "jsonrpc"),
        );
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_method = ::conference_api::__private::required::<
            ChatSendMessageRequestMethod,
        >(
            errors,
            at,
            "method",
            ::conference_api::__private::take(&mut object, "method"),
        );
        let field_params = ::conference_api::__private::required::<
            ChatSendMessageRequestParams,
        >(
            errors,
            at,
            "params",
            ::conference_api::__private::take(&mut object, "params"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatSendMessageRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatSendMessageRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatSendMessageRequestBuilder(
    ::std::boxed::Box<__ChatSendMessageRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatSendMessageRequestBuilderFields {
    jsonrpc: ::core::option::Option<
        ::conference_api::__private::Slot<ChatSendMessageRequestJsonrpc>,
    >,
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    method: ::core::option::Option<
        ::conference_api::__private::Slot<ChatSendMessageRequestMethod>,
    >,
    params: ::core::option::Option<
        ::conference_api::__private::Slot<ChatSendMessageRequestParams>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatSendMessageRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["jsonrpc", "id", "method", "params"],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(&mut fields.jsonrpc, value)
                }
                1usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                2usize => ::conference_api::__private::put_raw(&mut fields.method, value),
                3usize => ::conference_api::__private::put_raw(&mut fields.params, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for ChatSendMessageRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "jsonrpc",
                    self.0.jsonrpc.as_ref().map(::conference_api::__private::to_json),
                ),
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "method",
                    self.0.method.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "params",
                    self.0.params.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatSendMessageRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatSendMessageRequestBuilder")
            .field("jsonrpc", &self.0.jsonrpc)
            .field("id", &self.0.id)
            .field("method", &self.0.method)
            .field("params", &self.0.params)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatSendMessageRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatSendMessageRequestJsonrpc) -> Self {
        self.0.jsonrpc = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Sends a message and returns the agent's reply. One request is one full turn, including any tool
    /// calls the agent makes along the way, so expect this to take seconds rather than milliseconds.
    #[inline]
    pub fn method(mut self, value: ChatSendMessageRequestMethod) -> Self {
        self.0.method = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The parameters for `chat`.
    #[inline]
    pub fn params(mut self, value: ChatSendMessageRequestParams) -> Self {
        self.0.params = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ChatSendMessageRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", self.0.jsonrpc.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatSendMessageRequestMethod,
        >(&mut errors, at, "method", self.0.method.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatSendMessageRequestParams,
        >(&mut errors, at, "params", self.0.params.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatSendMessageRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_jsonrpc = ::conference_api::__private::required_slot::<
            ChatSendMessageRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", fields.jsonrpc);
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_method = ::conference_api::__private::required_slot::<
            ChatSendMessageRequestMethod,
        >(&mut errors, at, "method", fields.method);
        let field_params = ::conference_api::__private::required_slot::<
            ChatSendMessageRequestParams,
        >(&mut errors, at, "params", fields.params);
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatSendMessageRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatSendMessageRequest>
for ChatSendMessageRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatSendMessageRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatSendMessageRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatSendMessageRequestJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatSendMessageRequestJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatSendMessageRequestJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatSendMessageRequestJsonrpc);
/// Sends a message and returns the agent's reply. One request is one full turn, including any tool
/// calls the agent makes along the way, so expect this to take seconds rather than milliseconds.
///
/// One of: chat.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatSendMessageRequestMethod {
    /// `chat`
    Chat,
}
impl ::core::fmt::Debug for ChatSendMessageRequestMethod {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Chat"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatSendMessageRequestMethod {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Chat];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["chat"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatSendMessageRequestMethod {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatSendMessageRequestMethod);
/// The parameters for `chat`.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatSendMessageRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: ::std::string::String,
    /// The message to send.
    pub message: ::std::string::String,
    /// Who the message is from. A `system` message steers the agent without appearing as something
    /// the user said.
    ///
    /// When unset, the server uses the schema's default `user` ([`Self::DEFAULT_ROLE`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub role: ::core::option::Option<ChatSendMessageRequestParamsRole>,
    /// Creates the conversation if it does not exist yet, using this SWML. Sending it here means one
    /// call instead of two, at the cost of never receiving `initial_message`, so the agent does not
    /// speak first.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub config_url: ::core::option::Option<::conference_api::Uri>,
    /// Applies only when this call creates the conversation.
    ///
    /// When unset, the server uses the schema's default `3600` ([`Self::DEFAULT_CONVERSATION_TIMEOUT`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub conversation_timeout: ::core::option::Option<i32>,
    /// Arbitrary data about the user, included in webhooks generated for this conversation.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub user_meta_data: ::core::option::Option<
        ::conference_api::__private::serde_json::Map<
            ::std::string::String,
            ::conference_api::__private::serde_json::Value,
        >,
    >,
    /// Applies only when this call creates the conversation.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_REINIT`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub reinit: ::core::option::Option<bool>,
}
#[allow(deprecated)]
impl ChatSendMessageRequestParams {
    /// A request with its required fields (`id`, `message`) and every optional field unset.
    pub fn new(id: ::std::string::String, message: ::std::string::String) -> Self {
        Self {
            id,
            message,
            role: ::core::option::Option::None,
            config_url: ::core::option::Option::None,
            conversation_timeout: ::core::option::Option::None,
            user_meta_data: ::core::option::Option::None,
            reinit: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatSendMessageRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        message: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> ChatSendMessageRequestParamsBuilder {
        <ChatSendMessageRequestParamsBuilder as ::core::default::Default>::default()
            .id(id)
            .message(message)
    }
    /// The schema's default for `role`: `user`.
    pub const DEFAULT_ROLE: ChatSendMessageRequestParamsRole = ChatSendMessageRequestParamsRole::User;
    /// The schema's default for `conversation_timeout`: `3600`.
    pub const DEFAULT_CONVERSATION_TIMEOUT: i32 = 3600i32;
    /// The schema's default for `reinit`: `false`.
    pub const DEFAULT_REINIT: bool = false;
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "id",
            doc: "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "message",
            doc: "The message to send.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "role",
            doc: "Who the message is from. A `system` message steers the agent without appearing as something\nthe user said.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of user, system",
            default: ::core::option::Option::Some("user"),
        },
        ::conference_api::FieldInfo {
            name: "config_url",
            doc: "Creates the conversation if it does not exist yet, using this SWML. Sending it here means one\ncall instead of two, at the cost of never receiving `initial_message`, so the agent does not\nspeak first.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "a URI (RFC 3986)",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "conversation_timeout",
            doc: "Applies only when this call creates the conversation.",
            required: false,
            kind: ::conference_api::FieldKind::Integer,
            rules: "an integer",
            default: ::core::option::Option::Some("3600"),
        },
        ::conference_api::FieldInfo {
            name: "user_meta_data",
            doc: "Arbitrary data about the user, included in webhooks generated for this conversation.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON object",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "reinit",
            doc: "Applies only when this call creates the conversation.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::Some("false"),
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatSendMessageRequestParams {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatSendMessageRequestParams {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatSendMessageRequestParams {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f1: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f2: ::core::option::Option<
                ::core::option::Option<ChatSendMessageRequestParamsRole>,
            >,
            f3: ::core::option::Option<::core::option::Option<::conference_api::Uri>>,
            f4: ::core::option::Option<::core::option::Option<i32>>,
            f5: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::__private::serde_json::Map<
                        ::std::string::String,
                        ::conference_api::__private::serde_json::Value,
                    >,
                >,
            >,
            f6: ::core::option::Option<::core::option::Option<bool>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatSendMessageRequestParams;
            const NAMES: &'static [&'static str] = &[
                "id",
                "message",
                "role",
                "config_url",
                "conversation_timeout",
                "user_meta_data",
                "reinit",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "id" => ::core::option::Option::Some(0),
                    "message" => ::core::option::Option::Some(1),
                    "role" => ::core::option::Option::Some(2),
                    "config_url" => ::core::option::Option::Some(3),
                    "conversation_timeout" => ::core::option::Option::Some(4),
                    "user_meta_data" => ::core::option::Option::Some(5),
                    "reinit" => ::core::option::Option::Some(6),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f0, map, at, "id", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f1, map, at, "message", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ChatSendMessageRequestParamsRole,
                            __A,
                        >(&mut self.f2, map, at, "role", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Uri,
                            __A,
                        >(&mut self.f3, map, at, "config_url", errors)
                    }
                    4 => {
                        ::conference_api::__private::read_slot::<
                            i32,
                            __A,
                        >(&mut self.f4, map, at, "conversation_timeout", errors)
                    }
                    5 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::__private::serde_json::Map<
                                ::std::string::String,
                                ::conference_api::__private::serde_json::Value,
                            >,
                            __A,
                        >(&mut self.f5, map, at, "user_meta_data", errors)
                    }
                    6 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f6, map, at, "reinit", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatSendMessageRequestParams> {
                let field_id = order.required(self.f0, errors, at, 0, "id");
                let field_message = order.required(self.f1, errors, at, 1, "message");
                let field_role = self.f2.flatten();
                let field_config_url = self.f3.flatten();
                let field_conversation_timeout = self.f4.flatten();
                let field_user_meta_data = self.f5.flatten();
                let field_reinit = self.f6.flatten();
                if let (
                    ::core::option::Option::Some(field_id),
                    ::core::option::Option::Some(field_message),
                ) = (field_id, field_message) && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatSendMessageRequestParams {
                        id: field_id,
                        message: field_message,
                        role: field_role,
                        config_url: field_config_url,
                        conversation_timeout: field_conversation_timeout,
                        user_meta_data: field_user_meta_data,
                        reinit: field_reinit,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "message", object.get("message"));
        ::conference_api::__private::check_optional::<
            ChatSendMessageRequestParamsRole,
        >(errors, at, "role", object.get("role"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Uri,
        >(errors, at, "config_url", object.get("config_url"));
        ::conference_api::__private::check_optional::<
            i32,
        >(errors, at, "conversation_timeout", object.get("conversation_timeout"));
        ::conference_api::__private::check_optional::<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >(errors, at, "user_meta_data", object.get("user_meta_data"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "reinit", object.get("reinit"));
        ::conference_api::__private::unknown_keys(
            object,
            &[
                "id",
                "message",
                "role",
                "config_url",
                "conversation_timeout",
                "user_meta_data",
                "reinit",
            ],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_message = ::conference_api::__private::required::<
            ::std::string::String,
        >(
            errors,
            at,
            "message",
            ::conference_api::__private::take(&mut object, "message"),
        );
        let field_role = ::conference_api::__private::optional::<
            ChatSendMessageRequestParamsRole,
        >(errors, at, "role", ::conference_api::__private::take(&mut object, "role"));
        let field_config_url = ::conference_api::__private::optional::<
            ::conference_api::Uri,
        >(
            errors,
            at,
            "config_url",
            ::conference_api::__private::take(&mut object, "config_url"),
        );
        let field_conversation_timeout = ::conference_api::__private::optional::<
            i32,
        >(
            errors,
            at,
            "conversation_timeout",
            ::conference_api::__private::take(&mut object, "conversation_timeout"),
        );
        let field_user_meta_data = ::conference_api::__private::optional::<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >(
            errors,
            at,
            "user_meta_data",
            ::conference_api::__private::take(&mut object, "user_meta_data"),
        );
        let field_reinit = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "reinit",
            ::conference_api::__private::take(&mut object, "reinit"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &[
                "id",
                "message",
                "role",
                "config_url",
                "conversation_timeout",
                "user_meta_data",
                "reinit",
            ],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_message),
        ) = (field_id, field_message) && errors.len() == before
        {
            return ::core::option::Option::Some(ChatSendMessageRequestParams {
                id: field_id,
                message: field_message,
                role: field_role,
                config_url: field_config_url,
                conversation_timeout: field_conversation_timeout,
                user_meta_data: field_user_meta_data,
                reinit: field_reinit,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatSendMessageRequestParams),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatSendMessageRequestParamsBuilder(
    ::std::boxed::Box<__ChatSendMessageRequestParamsBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatSendMessageRequestParamsBuilderFields {
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    message: ::core::option::Option<
        ::conference_api::__private::Slot<::std::string::String>,
    >,
    role: ::core::option::Option<
        ::conference_api::__private::Slot<ChatSendMessageRequestParamsRole>,
    >,
    config_url: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::Uri>,
    >,
    conversation_timeout: ::core::option::Option<::conference_api::__private::Slot<i32>>,
    user_meta_data: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >,
    >,
    reinit: ::core::option::Option<::conference_api::__private::Slot<bool>>,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatSendMessageRequestParamsBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &[
                "id",
                "message",
                "role",
                "config_url",
                "conversation_timeout",
                "user_meta_data",
                "reinit",
            ],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                1usize => {
                    ::conference_api::__private::put_raw(&mut fields.message, value)
                }
                2usize => ::conference_api::__private::put_raw(&mut fields.role, value),
                3usize => {
                    ::conference_api::__private::put_raw(&mut fields.config_url, value)
                }
                4usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.conversation_timeout,
                        value,
                    )
                }
                5usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.user_meta_data,
                        value,
                    )
                }
                6usize => ::conference_api::__private::put_raw(&mut fields.reinit, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for ChatSendMessageRequestParamsBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "message",
                    self.0.message.as_ref().map(::conference_api::__private::to_json),
                ),
                ("role", self.0.role.as_ref().map(::conference_api::__private::to_json)),
                (
                    "config_url",
                    self.0.config_url.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "conversation_timeout",
                    self
                        .0
                        .conversation_timeout
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "user_meta_data",
                    self
                        .0
                        .user_meta_data
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "reinit",
                    self.0.reinit.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatSendMessageRequestParamsBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatSendMessageRequestParamsBuilder")
            .field("id", &self.0.id)
            .field("message", &self.0.message)
            .field("role", &self.0.role)
            .field("config_url", &self.0.config_url)
            .field("conversation_timeout", &self.0.conversation_timeout)
            .field("user_meta_data", &self.0.user_meta_data)
            .field("reinit", &self.0.reinit)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatSendMessageRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// The message to send.
    #[inline]
    pub fn message<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.message = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Who the message is from. A `system` message steers the agent without appearing as something
    /// the user said.
    ///
    /// When unset, the server uses the schema's default `user` ([`Self::DEFAULT_ROLE`]).
    #[inline]
    pub fn role(mut self, value: ChatSendMessageRequestParamsRole) -> Self {
        self.0.role = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Creates the conversation if it does not exist yet, using this SWML. Sending it here means one
    /// call instead of two, at the cost of never receiving `initial_message`, so the agent does not
    /// speak first.
    #[inline]
    pub fn config_url<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.config_url = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Applies only when this call creates the conversation.
    ///
    /// When unset, the server uses the schema's default `3600` ([`Self::DEFAULT_CONVERSATION_TIMEOUT`]).
    #[inline]
    pub fn conversation_timeout(mut self, value: i64) -> Self {
        self.0.conversation_timeout = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::serde_json::Value::from(value),
            ),
        );
        self
    }
    /// Arbitrary data about the user, included in webhooks generated for this conversation.
    #[inline]
    pub fn user_meta_data(
        mut self,
        value: ::conference_api::__private::serde_json::Map<
            ::std::string::String,
            ::conference_api::__private::serde_json::Value,
        >,
    ) -> Self {
        self.0.user_meta_data = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Applies only when this call creates the conversation.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_REINIT`]).
    #[inline]
    pub fn reinit(mut self, value: bool) -> Self {
        self.0.reinit = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "message", self.0.message.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ChatSendMessageRequestParamsRole,
        >(&mut errors, at, "role", self.0.role.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Uri,
        >(&mut errors, at, "config_url", self.0.config_url.as_ref());
        ::conference_api::__private::check_optional_slot::<
            i32,
        >(&mut errors, at, "conversation_timeout", self.0.conversation_timeout.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >(&mut errors, at, "user_meta_data", self.0.user_meta_data.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "reinit", self.0.reinit.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatSendMessageRequestParams,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_message = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "message", fields.message);
        let field_role = ::conference_api::__private::optional_slot::<
            ChatSendMessageRequestParamsRole,
        >(&mut errors, at, "role", fields.role);
        let field_config_url = ::conference_api::__private::optional_slot::<
            ::conference_api::Uri,
        >(&mut errors, at, "config_url", fields.config_url);
        let field_conversation_timeout = ::conference_api::__private::optional_slot::<
            i32,
        >(&mut errors, at, "conversation_timeout", fields.conversation_timeout);
        let field_user_meta_data = ::conference_api::__private::optional_slot::<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >(&mut errors, at, "user_meta_data", fields.user_meta_data);
        let field_reinit = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "reinit", fields.reinit);
        if let (
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_message),
        ) = (field_id, field_message) && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatSendMessageRequestParams {
                id: field_id,
                message: field_message,
                role: field_role,
                config_url: field_config_url,
                conversation_timeout: field_conversation_timeout,
                user_meta_data: field_user_meta_data,
                reinit: field_reinit,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatSendMessageRequestParams>
for ChatSendMessageRequestParamsBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatSendMessageRequestParams>::into_body(&request)
    }
}
/// Who the message is from. A `system` message steers the agent without appearing as something
/// the user said.
///
/// One of: user, system.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatSendMessageRequestParamsRole {
    /// `user`
    User,
    /// `system`
    System,
}
impl ::core::fmt::Debug for ChatSendMessageRequestParamsRole {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["User", "System"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatSendMessageRequestParamsRole {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::User, Self::System];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["user", "system"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatSendMessageRequestParamsRole {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatSendMessageRequestParamsRole);
/// The AI chat service did not respond before the request timed out or could not be reached. This is not a JSON-RPC error and carries no code.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatServiceUnavailableError {
    /// A short description of the failure.
    pub error: ::std::string::String,
}
/// summarize
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatSummarizeRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatSummarizeRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: ::std::string::String,
    /// Generates a summary of the conversation on demand. Limited to one call per minute per
    /// conversation; over that returns `-32005`.
    pub method: ChatSummarizeRequestMethod,
    /// The parameters for `summarize`.
    pub params: ChatSummarizeRequestParams,
}
#[allow(deprecated)]
impl ChatSummarizeRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatSummarizeRequestJsonrpc,
        id: ::std::string::String,
        method: ChatSummarizeRequestMethod,
        params: ChatSummarizeRequestParams,
    ) -> Self {
        Self {
            jsonrpc,
            id,
            method,
            params,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatSummarizeRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        jsonrpc: ChatSummarizeRequestJsonrpc,
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        method: ChatSummarizeRequestMethod,
        params: ChatSummarizeRequestParams,
    ) -> ChatSummarizeRequestBuilder {
        <ChatSummarizeRequestBuilder as ::core::default::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "jsonrpc",
            doc: "The JSON-RPC version. Always `2.0`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of 2.0",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "id",
            doc: "Your identifier for this request, echoed back on the response so you can match the two.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "method",
            doc: "Generates a summary of the conversation on demand. Limited to one call per minute per\nconversation; over that returns `-32005`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of summarize",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "params",
            doc: "The parameters for `summarize`.",
            required: true,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON object",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for ChatSummarizeRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatSummarizeRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatSummarizeRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<
                ::core::option::Option<ChatSummarizeRequestJsonrpc>,
            >,
            f1: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f2: ::core::option::Option<
                ::core::option::Option<ChatSummarizeRequestMethod>,
            >,
            f3: ::core::option::Option<
                ::core::option::Option<ChatSummarizeRequestParams>,
            >,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatSummarizeRequest;
            const NAMES: &'static [&'static str] = &[
                "jsonrpc",
                "id",
                "method",
                "params",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "jsonrpc" => ::core::option::Option::Some(0),
                    "id" => ::core::option::Option::Some(1),
                    "method" => ::core::option::Option::Some(2),
                    "params" => ::core::option::Option::Some(3),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ChatSummarizeRequestJsonrpc,
                            __A,
                        >(&mut self.f0, map, at, "jsonrpc", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f1, map, at, "id", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ChatSummarizeRequestMethod,
                            __A,
                        >(&mut self.f2, map, at, "method", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ChatSummarizeRequestParams,
                            __A,
                        >(&mut self.f3, map, at, "params", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatSummarizeRequest> {
                let field_jsonrpc = order.required(self.f0, errors, at, 0, "jsonrpc");
                let field_id = order.required(self.f1, errors, at, 1, "id");
                let field_method = order.required(self.f2, errors, at, 2, "method");
                let field_params = order.required(self.f3, errors, at, 3, "params");
                if let (
                    ::core::option::Option::Some(field_jsonrpc),
                    ::core::option::Option::Some(field_id),
                    ::core::option::Option::Some(field_method),
                    ::core::option::Option::Some(field_params),
                ) = (field_jsonrpc, field_id, field_method, field_params)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatSummarizeRequest {
                        jsonrpc: field_jsonrpc,
                        id: field_id,
                        method: field_method,
                        params: field_params,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ChatSummarizeRequestJsonrpc,
        >(errors, at, "jsonrpc", object.get("jsonrpc"));
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_required::<
            ChatSummarizeRequestMethod,
        >(errors, at, "method", object.get("method"));
        ::conference_api::__private::check_required::<
            ChatSummarizeRequestParams,
        >(errors, at, "params", object.get("params"));
        ::conference_api::__private::unknown_keys(
            object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_jsonrpc = ::conference_api::__private::required::<
            ChatSummarizeRequestJsonrpc,
        >(
            errors,
            at,
            "jsonrpc",
            ::conference_api::__private::take(&mut object, "jsonrpc"),
        );
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_method = ::conference_api::__private::required::<
            ChatSummarizeRequestMethod,
        >(
            errors,
            at,
            "method",
            ::conference_api::__private::take(&mut object, "method"),
        );
        let field_params = ::conference_api::__private::required::<
            ChatSummarizeRequestParams,
        >(
            errors,
            at,
            "params",
            ::conference_api::__private::take(&mut object, "params"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &["jsonrpc", "id", "method", "params"],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatSummarizeRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatSummarizeRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatSummarizeRequestBuilder(
    ::std::boxed::Box<__ChatSummarizeRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatSummarizeRequestBuilderFields {
    jsonrpc: ::core::option::Option<
        ::conference_api::__private::Slot<ChatSummarizeRequestJsonrpc>,
    >,
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    method: ::core::option::Option<
        ::conference_api::__private::Slot<ChatSummarizeRequestMethod>,
    >,
    params: ::core::option::Option<
        ::conference_api::__private::Slot<ChatSummarizeRequestParams>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatSummarizeRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["jsonrpc", "id", "method", "params"],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(&mut fields.jsonrpc, value)
                }
                1usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                2usize => ::conference_api::__private::put_raw(&mut fields.method, value),
                3usize => ::conference_api::__private::put_raw(&mut fields.params, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for ChatSummarizeRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "jsonrpc",
                    self.0.jsonrpc.as_ref().map(::conference_api::__private::to_json),
                ),
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "method",
                    self.0.method.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "params",
                    self.0.params.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatSummarizeRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatSummarizeRequestBuilder")
            .field("jsonrpc", &self.0.jsonrpc)
            .field("id", &self.0.id)
            .field("method", &self.0.method)
            .field("params", &self.0.params)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatSummarizeRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatSummarizeRequestJsonrpc) -> Self {
        self.0.jsonrpc = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Generates a summary of the conversation on demand. Limited to one call per minute per
    /// conversation; over that returns `-32005`.
    #[inline]
    pub fn method(mut self, value: ChatSummarizeRequestMethod) -> Self {
        self.0.method = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The parameters for `summarize`.
    #[inline]
    pub fn params(mut self, value: ChatSummarizeRequestParams) -> Self {
        self.0.params = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ChatSummarizeRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", self.0.jsonrpc.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatSummarizeRequestMethod,
        >(&mut errors, at, "method", self.0.method.as_ref());
        ::conference_api::__private::check_required_slot::<
            ChatSummarizeRequestParams,
        >(&mut errors, at, "params", self.0.params.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatSummarizeRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_jsonrpc = ::conference_api::__private::required_slot::<
            ChatSummarizeRequestJsonrpc,
        >(&mut errors, at, "jsonrpc", fields.jsonrpc);
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_method = ::conference_api::__private::required_slot::<
            ChatSummarizeRequestMethod,
        >(&mut errors, at, "method", fields.method);
        let field_params = ::conference_api::__private::required_slot::<
            ChatSummarizeRequestParams,
        >(&mut errors, at, "params", fields.params);
        if let (
            ::core::option::Option::Some(field_jsonrpc),
            ::core::option::Option::Some(field_id),
            ::core::option::Option::Some(field_method),
            ::core::option::Option::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatSummarizeRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatSummarizeRequest> for ChatSummarizeRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatSummarizeRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatSummarizeRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatSummarizeRequestJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatSummarizeRequestJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatSummarizeRequestJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatSummarizeRequestJsonrpc);
/// Generates a summary of the conversation on demand. Limited to one call per minute per
/// conversation; over that returns `-32005`.
///
/// One of: summarize.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatSummarizeRequestMethod {
    /// `summarize`
    Summarize,
}
impl ::core::fmt::Debug for ChatSummarizeRequestMethod {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Summarize"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatSummarizeRequestMethod {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Summarize];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["summarize"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatSummarizeRequestMethod {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatSummarizeRequestMethod);
/// The parameters for `summarize`.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatSummarizeRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: ::std::string::String,
    /// How to summarize. Overrides the `post_prompt` text in your SWML for this call only.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub summary_prompt: ::core::option::Option<::std::string::String>,
    /// Sampling temperature for the summary.
    ///
    /// When unset, the server uses the schema's default `0.3` ([`Self::DEFAULT_TEMPERATURE`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub temperature: ::core::option::Option<f32>,
    /// Nucleus sampling cutoff for the summary.
    ///
    /// When unset, the server uses the schema's default `0.3` ([`Self::DEFAULT_TOP_P`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub top_p: ::core::option::Option<f32>,
    /// Penalty applied to tokens by how often they have already appeared.
    ///
    /// When unset, the server uses the schema's default `1` ([`Self::DEFAULT_FREQUENCY_PENALTY`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub frequency_penalty: ::core::option::Option<f32>,
    /// Penalty applied to tokens that have appeared at all.
    ///
    /// When unset, the server uses the schema's default `1` ([`Self::DEFAULT_PRESENCE_PENALTY`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub presence_penalty: ::core::option::Option<f32>,
    /// Longest summary to generate, in tokens.
    ///
    /// When unset, the server uses the schema's default `512` ([`Self::DEFAULT_MAX_TOKENS`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub max_tokens: ::core::option::Option<i32>,
}
#[allow(deprecated)]
impl ChatSummarizeRequestParams {
    /// A request with its required fields (`id`) and every optional field unset.
    pub fn new(id: ::std::string::String) -> Self {
        Self {
            id,
            summary_prompt: ::core::option::Option::None,
            temperature: ::core::option::Option::None,
            top_p: ::core::option::Option::None,
            frequency_penalty: ::core::option::Option::None,
            presence_penalty: ::core::option::Option::None,
            max_tokens: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatSummarizeRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> ChatSummarizeRequestParamsBuilder {
        <ChatSummarizeRequestParamsBuilder as ::core::default::Default>::default().id(id)
    }
    /// The schema's default for `max_tokens`: `512`.
    pub const DEFAULT_MAX_TOKENS: i32 = 512i32;
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "id",
            doc: "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "summary_prompt",
            doc: "How to summarize. Overrides the `post_prompt` text in your SWML for this call only.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "temperature",
            doc: "Sampling temperature for the summary.",
            required: false,
            kind: ::conference_api::FieldKind::Number,
            rules: "a number",
            default: ::core::option::Option::Some("0.3"),
        },
        ::conference_api::FieldInfo {
            name: "top_p",
            doc: "Nucleus sampling cutoff for the summary.",
            required: false,
            kind: ::conference_api::FieldKind::Number,
            rules: "a number",
            default: ::core::option::Option::Some("0.3"),
        },
        ::conference_api::FieldInfo {
            name: "frequency_penalty",
            doc: "Penalty applied to tokens by how often they have already appeared.",
            required: false,
            kind: ::conference_api::FieldKind::Number,
            rules: "a number",
            default: ::core::option::Option::Some("1"),
        },
        ::conference_api::FieldInfo {
            name: "presence_penalty",
            doc: "Penalty applied to tokens that have appeared at all.",
            required: false,
            kind: ::conference_api::FieldKind::Number,
            rules: "a number",
            default: ::core::option::Option::Some("1"),
        },
        ::conference_api::FieldInfo {
            name: "max_tokens",
            doc: "Longest summary to generate, in tokens.",
            required: false,
            kind: ::conference_api::FieldKind::Integer,
            rules: "an integer",
            default: ::core::option::Option::Some("512"),
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatSummarizeRequestParams {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for ChatSummarizeRequestParams {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for ChatSummarizeRequestParams {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f1: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f2: ::core::option::Option<::core::option::Option<f32>>,
            f3: ::core::option::Option<::core::option::Option<f32>>,
            f4: ::core::option::Option<::core::option::Option<f32>>,
            f5: ::core::option::Option<::core::option::Option<f32>>,
            f6: ::core::option::Option<::core::option::Option<i32>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = ChatSummarizeRequestParams;
            const NAMES: &'static [&'static str] = &[
                "id",
                "summary_prompt",
                "temperature",
                "top_p",
                "frequency_penalty",
                "presence_penalty",
                "max_tokens",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "id" => ::core::option::Option::Some(0),
                    "summary_prompt" => ::core::option::Option::Some(1),
                    "temperature" => ::core::option::Option::Some(2),
                    "top_p" => ::core::option::Option::Some(3),
                    "frequency_penalty" => ::core::option::Option::Some(4),
                    "presence_penalty" => ::core::option::Option::Some(5),
                    "max_tokens" => ::core::option::Option::Some(6),
                    _ => ::core::option::Option::None,
                }
            }
            fn read<'d, __A: ::conference_api::__private::serde::de::MapAccess<'d>>(
                &mut self,
                index: usize,
                map: &mut __A,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
            ) -> ::core::result::Result<(), __A::Error> {
                match index {
                    0 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f0, map, at, "id", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f1, map, at, "summary_prompt", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            f32,
                            __A,
                        >(&mut self.f2, map, at, "temperature", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            f32,
                            __A,
                        >(&mut self.f3, map, at, "top_p", errors)
                    }
                    4 => {
                        ::conference_api::__private::read_slot::<
                            f32,
                            __A,
                        >(&mut self.f4, map, at, "frequency_penalty", errors)
                    }
                    5 => {
                        ::conference_api::__private::read_slot::<
                            f32,
                            __A,
                        >(&mut self.f5, map, at, "presence_penalty", errors)
                    }
                    6 => {
                        ::conference_api::__private::read_slot::<
                            i32,
                            __A,
                        >(&mut self.f6, map, at, "max_tokens", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<ChatSummarizeRequestParams> {
                let field_id = order.required(self.f0, errors, at, 0, "id");
                let field_summary_prompt = self.f1.flatten();
                let field_temperature = self.f2.flatten();
                let field_top_p = self.f3.flatten();
                let field_frequency_penalty = self.f4.flatten();
                let field_presence_penalty = self.f5.flatten();
                let field_max_tokens = self.f6.flatten();
                if let (::core::option::Option::Some(field_id),) = (field_id,)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(ChatSummarizeRequestParams {
                        id: field_id,
                        summary_prompt: field_summary_prompt,
                        temperature: field_temperature,
                        top_p: field_top_p,
                        frequency_penalty: field_frequency_penalty,
                        presence_penalty: field_presence_penalty,
                        max_tokens: field_max_tokens,
                    });
                }
                ::core::option::Option::None
            }
        }
        ::conference_api::__private::read_object::<
            __Slots,
            __D,
        >(deserializer, at, errors)
    }
    fn check_json(
        value: &::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) {
        let ::core::option::Option::Some(object) = ::conference_api::__private::object(
            value,
            at,
            errors,
        ) else {
            return;
        };
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "id", object.get("id"));
        ::conference_api::__private::check_optional::<
            ::std::string::String,
        >(errors, at, "summary_prompt", object.get("summary_prompt"));
        ::conference_api::__private::check_optional::<
            f32,
        >(errors, at, "temperature", object.get("temperature"));
        ::conference_api::__private::check_optional::<
            f32,
        >(errors, at, "top_p", object.get("top_p"));
        ::conference_api::__private::check_optional::<
            f32,
        >(errors, at, "frequency_penalty", object.get("frequency_penalty"));
        ::conference_api::__private::check_optional::<
            f32,
        >(errors, at, "presence_penalty", object.get("presence_penalty"));
        ::conference_api::__private::check_optional::<
            i32,
        >(errors, at, "max_tokens", object.get("max_tokens"));
        ::conference_api::__private::unknown_keys(
            object,
            &[
                "id",
                "summary_prompt",
                "temperature",
                "top_p",
                "frequency_penalty",
                "presence_penalty",
                "max_tokens",
            ],
            at,
            errors,
        );
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_id = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "id", ::conference_api::__private::take(&mut object, "id"));
        let field_summary_prompt = ::conference_api::__private::optional::<
            ::std::string::String,
        >(
            errors,
            at,
            "summary_prompt",
            ::conference_api::__private::take(&mut object, "summary_prompt"),
        );
        let field_temperature = ::conference_api::__private::optional::<
            f32,
        >(
            errors,
            at,
            "temperature",
            ::conference_api::__private::take(&mut object, "temperature"),
        );
        let field_top_p = ::conference_api::__private::optional::<
            f32,
        >(errors, at, "top_p", ::conference_api::__private::take(&mut object, "top_p"));
        let field_frequency_penalty = ::conference_api::__private::optional::<
            f32,
        >(
            errors,
            at,
            "frequency_penalty",
            ::conference_api::__private::take(&mut object, "frequency_penalty"),
        );
        let field_presence_penalty = ::conference_api::__private::optional::<
            f32,
        >(
            errors,
            at,
            "presence_penalty",
            ::conference_api::__private::take(&mut object, "presence_penalty"),
        );
        let field_max_tokens = ::conference_api::__private::optional::<
            i32,
        >(
            errors,
            at,
            "max_tokens",
            ::conference_api::__private::take(&mut object, "max_tokens"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &[
                "id",
                "summary_prompt",
                "temperature",
                "top_p",
                "frequency_penalty",
                "presence_penalty",
                "max_tokens",
            ],
            at,
            errors,
        );
        if let (::core::option::Option::Some(field_id),) = (field_id,)
            && errors.len() == before
        {
            return ::core::option::Option::Some(ChatSummarizeRequestParams {
                id: field_id,
                summary_prompt: field_summary_prompt,
                temperature: field_temperature,
                top_p: field_top_p,
                frequency_penalty: field_frequency_penalty,
                presence_penalty: field_presence_penalty,
                max_tokens: field_max_tokens,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(ChatSummarizeRequestParams),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct ChatSummarizeRequestParamsBuilder(
    ::std::boxed::Box<__ChatSummarizeRequestParamsBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __ChatSummarizeRequestParamsBuilderFields {
    id: ::core::option::Option<::conference_api::__private::Slot<::std::string::String>>,
    summary_prompt: ::core::option::Option<
        ::conference_api::__private::Slot<::std::string::String>,
    >,
    temperature: ::core::option::Option<::conference_api::__private::Slot<f32>>,
    top_p: ::core::option::Option<::conference_api::__private::Slot<f32>>,
    frequency_penalty: ::core::option::Option<::conference_api::__private::Slot<f32>>,
    presence_penalty: ::core::option::Option<::conference_api::__private::Slot<f32>>,
    max_tokens: ::core::option::Option<::conference_api::__private::Slot<i32>>,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for ChatSummarizeRequestParamsBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &[
                "id",
                "summary_prompt",
                "temperature",
                "top_p",
                "frequency_penalty",
                "presence_penalty",
                "max_tokens",
            ],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.id, value),
                1usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.summary_prompt,
                        value,
                    )
                }
                2usize => {
                    ::conference_api::__private::put_raw(&mut fields.temperature, value)
                }
                3usize => ::conference_api::__private::put_raw(&mut fields.top_p, value),
                4usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.frequency_penalty,
                        value,
                    )
                }
                5usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.presence_penalty,
                        value,
                    )
                }
                6usize => {
                    ::conference_api::__private::put_raw(&mut fields.max_tokens, value)
                }
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for ChatSummarizeRequestParamsBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                ("id", self.0.id.as_ref().map(::conference_api::__private::to_json)),
                (
                    "summary_prompt",
                    self
                        .0
                        .summary_prompt
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "temperature",
                    self.0.temperature.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "top_p",
                    self.0.top_p.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "frequency_penalty",
                    self
                        .0
                        .frequency_penalty
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "presence_penalty",
                    self
                        .0
                        .presence_penalty
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "max_tokens",
                    self.0.max_tokens.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for ChatSummarizeRequestParamsBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("ChatSummarizeRequestParamsBuilder")
            .field("id", &self.0.id)
            .field("summary_prompt", &self.0.summary_prompt)
            .field("temperature", &self.0.temperature)
            .field("top_p", &self.0.top_p)
            .field("frequency_penalty", &self.0.frequency_penalty)
            .field("presence_penalty", &self.0.presence_penalty)
            .field("max_tokens", &self.0.max_tokens)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatSummarizeRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// How to summarize. Overrides the `post_prompt` text in your SWML for this call only.
    #[inline]
    pub fn summary_prompt<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.summary_prompt = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Sampling temperature for the summary.
    ///
    /// When unset, the server uses the schema's default `0.3` ([`Self::DEFAULT_TEMPERATURE`]).
    #[inline]
    pub fn temperature(mut self, value: f32) -> Self {
        self.0.temperature = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::serde_json::Value::from(value),
            ),
        );
        self
    }
    /// Nucleus sampling cutoff for the summary.
    ///
    /// When unset, the server uses the schema's default `0.3` ([`Self::DEFAULT_TOP_P`]).
    #[inline]
    pub fn top_p(mut self, value: f32) -> Self {
        self.0.top_p = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::serde_json::Value::from(value),
            ),
        );
        self
    }
    /// Penalty applied to tokens by how often they have already appeared.
    ///
    /// When unset, the server uses the schema's default `1` ([`Self::DEFAULT_FREQUENCY_PENALTY`]).
    #[inline]
    pub fn frequency_penalty(mut self, value: f32) -> Self {
        self.0.frequency_penalty = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::serde_json::Value::from(value),
            ),
        );
        self
    }
    /// Penalty applied to tokens that have appeared at all.
    ///
    /// When unset, the server uses the schema's default `1` ([`Self::DEFAULT_PRESENCE_PENALTY`]).
    #[inline]
    pub fn presence_penalty(mut self, value: f32) -> Self {
        self.0.presence_penalty = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::serde_json::Value::from(value),
            ),
        );
        self
    }
    /// Longest summary to generate, in tokens.
    ///
    /// When unset, the server uses the schema's default `512` ([`Self::DEFAULT_MAX_TOKENS`]).
    #[inline]
    pub fn max_tokens(mut self, value: i64) -> Self {
        self.0.max_tokens = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::serde_json::Value::from(value),
            ),
        );
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(
        &self,
    ) -> ::core::result::Result<(), ::conference_api::ValidationErrors> {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", self.0.id.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::std::string::String,
        >(&mut errors, at, "summary_prompt", self.0.summary_prompt.as_ref());
        ::conference_api::__private::check_optional_slot::<
            f32,
        >(&mut errors, at, "temperature", self.0.temperature.as_ref());
        ::conference_api::__private::check_optional_slot::<
            f32,
        >(&mut errors, at, "top_p", self.0.top_p.as_ref());
        ::conference_api::__private::check_optional_slot::<
            f32,
        >(&mut errors, at, "frequency_penalty", self.0.frequency_penalty.as_ref());
        ::conference_api::__private::check_optional_slot::<
            f32,
        >(&mut errors, at, "presence_penalty", self.0.presence_penalty.as_ref());
        ::conference_api::__private::check_optional_slot::<
            i32,
        >(&mut errors, at, "max_tokens", self.0.max_tokens.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        ChatSummarizeRequestParams,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_id = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "id", fields.id);
        let field_summary_prompt = ::conference_api::__private::optional_slot::<
            ::std::string::String,
        >(&mut errors, at, "summary_prompt", fields.summary_prompt);
        let field_temperature = ::conference_api::__private::optional_slot::<
            f32,
        >(&mut errors, at, "temperature", fields.temperature);
        let field_top_p = ::conference_api::__private::optional_slot::<
            f32,
        >(&mut errors, at, "top_p", fields.top_p);
        let field_frequency_penalty = ::conference_api::__private::optional_slot::<
            f32,
        >(&mut errors, at, "frequency_penalty", fields.frequency_penalty);
        let field_presence_penalty = ::conference_api::__private::optional_slot::<
            f32,
        >(&mut errors, at, "presence_penalty", fields.presence_penalty);
        let field_max_tokens = ::conference_api::__private::optional_slot::<
            i32,
        >(&mut errors, at, "max_tokens", fields.max_tokens);
        if let (::core::option::Option::Some(field_id),) = (field_id,)
            && errors.is_empty()
        {
            return ::core::result::Result::Ok(ChatSummarizeRequestParams {
                id: field_id,
                summary_prompt: field_summary_prompt,
                temperature: field_temperature,
                top_p: field_top_p,
                frequency_penalty: field_frequency_penalty,
                presence_penalty: field_presence_penalty,
                max_tokens: field_max_tokens,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<ChatSummarizeRequestParams>
for ChatSummarizeRequestParamsBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<ChatSummarizeRequestParams>::into_body(&request)
    }
}
/// The result of requesting a summary. A generated summary is returned in `summary`. If summary
/// generation fails after the request succeeds, the reason can be returned in `error`; this is not
/// a JSON-RPC error and carries no code.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatSummaryResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ::conference_api::OrUnknown<ChatSummaryResponseJsonrpc>,
    /// The `id` from your request.
    pub id: ::std::string::String,
    /// The outcome of summarizing.
    pub result: ChatSummaryResponseResult,
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatSummaryResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatSummaryResponseJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatSummaryResponseJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatSummaryResponseJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatSummaryResponseJsonrpc);
/// The outcome of summarizing.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatSummaryResponseResult {
    /// The generated summary.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub summary: ::core::option::Option<::std::string::String>,
    /// Why no summary was produced.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub error: ::core::option::Option<::std::string::String>,
}
/// chat_log result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatTranscriptResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ::conference_api::OrUnknown<ChatTranscriptResponseJsonrpc>,
    /// The `id` from your request.
    pub id: ::std::string::String,
    /// The entries recorded for the conversation.
    pub result: ChatTranscriptResponseResult,
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub enum ChatTranscriptResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl ::core::fmt::Debug for ChatTranscriptResponseJsonrpc {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Jsonrpc20"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ChatTranscriptResponseJsonrpc {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Jsonrpc20];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["2.0"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ChatTranscriptResponseJsonrpc {
    type Err = ::conference_api::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match ::conference_api::__private::enum_index(Self::VALUES, BY_WIRE, text) {
            ::core::option::Option::Some(i) => ::core::result::Result::Ok(Self::ALL[i]),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::conference_api::__private::enum_violation(Self::VALUES, text),
                )
            }
        }
    }
}
::conference_api::__string_enum!(ChatTranscriptResponseJsonrpc);
/// The entries recorded for the conversation.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ChatTranscriptResponseResult {
    /// Every entry in the conversation, in order. Alongside the dialogue this can carry your own
    /// prompt and other non-dialogue entries, so filter to `user` and `assistant` before displaying a
    /// transcript.
    pub chat_log: ::std::vec::Vec<AiCallLogEntry>,
    /// Structured timeline entries returned for the conversation. The entry shape depends on the
    /// events recorded for that conversation.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub call_timeline: ::core::option::Option<
        ::std::vec::Vec<
            ::conference_api::__private::serde_json::Map<
                ::std::string::String,
                ::conference_api::__private::serde_json::Value,
            >,
        >,
    >,
}
/// Details about a specific error.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct RestApiErrorItem {
    /// The category of error.
    pub r#type: ::std::string::String,
    /// A specific error code.
    pub code: ::std::string::String,
    /// A description of what caused the error.
    pub message: ::std::string::String,
    /// The request parameter that caused the error, if applicable.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub attribute: ::core::option::Option<::std::string::String>,
    /// A link to documentation about this error.
    pub url: ::std::string::String,
}
/// The error bodies `chat_methods` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum ChatMethodsError {
    /// Status 400.
    BadRequest(ChatInvalidJsonError),
    /// Status 401.
    Unauthorized(ChatMethodsError401),
    /// Status 502.
    BadGateway(ChatServiceUnavailableError),
}
impl ChatMethodsError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("chat_methods")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            502 => error.__body_as().map(Self::BadGateway),
            _ => ::core::option::Option::None,
        }
    }
}
/// The operations of the schema, as methods of [`Client`](::conference_api::Client).
/// Bring the trait into scope to call them.
pub trait Api {
    /// Send AI chat methods.
    ///
    /// Hold a text conversation with an AI agent. All six methods travel over this endpoint in a
    /// JSON-RPC 2.0 body. Put the method name in `method` and its arguments in `params`.
    ///
    /// Your agent is an SWML document you serve, and `config_url` is where you serve it. A
    /// conversation is a series of turns addressed by an `id` you choose. A turn is one user message
    /// and the agent's reply, including any tool calls made along the way. One request runs one turn.
    ///
    /// ## Methods
    ///
    /// | Method | Description |
    /// |---|---|
    /// | `create_conversation` | Create a conversation, or reset an existing one |
    /// | `chat` | Send a message and receive the agent's reply |
    /// | `end_conversation` | End the conversation and trigger post-processing |
    /// | `delete` | Remove the conversation, with no post-processing |
    /// | `chat_log` | Read the conversation back |
    /// | `summarize` | Generate a summary on demand |
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Chat_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `POST /api/ai/chat`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`ChatMethodsError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn chat_methods<'a>(
        &'a self,
        body: impl ::conference_api::IntoBody<ChatRequest>,
    ) -> ::conference_api::Call<'a, ChatResponse>;
}
impl Api for ::conference_api::Client {
    fn chat_methods<'a>(
        &'a self,
        body: impl ::conference_api::IntoBody<ChatRequest>,
    ) -> ::conference_api::Call<'a, ChatResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "chat_methods",
            method: ::conference_api::__private::Method::Post,
            path_template: "/api/ai/chat",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 502u16],
            media: &[::conference_api::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/ai/chat"),
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::Some(
                ::conference_api::IntoBody::into_body(body),
            ),
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<ChatResponse>,
        )
    }
}
