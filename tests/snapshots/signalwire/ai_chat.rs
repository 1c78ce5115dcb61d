#[allow(unused_imports)]
use ::conference_api::__private as __rt;
const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/ai_chat.json");
/// One entry in the conversation. Beyond `role` and `content`, an entry carries whatever per-turn
/// detail applies to it, such as recognition confidence on a caller turn or timings on a reply.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct AiCallLogEntry {
    /// Who produced the entry. Common roles include `system`, `user`, `assistant`, and `tool`. Other
    /// roles may appear, so filter to the roles your application uses rather than assuming a fixed set.
    pub role: __rt::String,
    /// The text of the entry.
    pub content: __rt::String,
    /// When the entry was added, as a Unix timestamp in microseconds. Omitted on entries without one.
    pub timestamp: __rt::Option<i64>,
    /// The tool calls the agent made on this turn. Present only on a turn that made any.
    pub tool_calls: __rt::Option<
        __rt::Vec<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
    >,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for AiCallLogEntry {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("role", &self.role)?;
        object.field("content", &self.content)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("tool_calls", &self.tool_calls)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for AiCallLogEntry {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for AiCallLogEntry {
    type Slots = (
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<i64>>,
        __rt::Option<
            __rt::Option<
                __rt::Vec<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
            >,
        >,
    );
    const EXPECTING: &'static str = "struct AiCallLogEntry";
    const NAMES: &'static [&'static str] = &[
        "role",
        "content",
        "timestamp",
        "tool_calls",
    ];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            3 => __rt::response_slot(&mut slots.3, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(AiCallLogEntry {
            role: Self::required(slots.0, 0)?,
            content: Self::required(slots.1, 1)?,
            timestamp: slots.2.flatten(),
            tool_calls: slots.3.flatten(),
        })
    }
}
/// create_conversation result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatConversationCreatedResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: __rt::OrUnknown<ChatConversationCreatedResponseJsonrpc>,
    /// The `id` from your request.
    pub id: __rt::String,
    /// The conversation that now exists.
    pub result: ChatConversationCreatedResponseResult,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatConversationCreatedResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("result", &self.result)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatConversationCreatedResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatConversationCreatedResponse {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatConversationCreatedResponseJsonrpc>>,
        __rt::Option<__rt::String>,
        __rt::Option<ChatConversationCreatedResponseResult>,
    );
    const EXPECTING: &'static str = "struct ChatConversationCreatedResponse";
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "result"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatConversationCreatedResponse {
            jsonrpc: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
            result: Self::required(slots.2, 2)?,
        })
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatConversationCreatedResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatConversationCreatedResponseJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatConversationCreatedResponseJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatConversationCreatedResponseJsonrpc);
/// The conversation that now exists.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatConversationCreatedResponseResult {
    /// What happened. `created` for a new conversation, `reinitialized` when `reinit` reset an
    /// existing one, and `exists` when one was already there and was left alone.
    pub status: __rt::OrUnknown<ChatConversationCreatedResponseResultStatus>,
    /// The conversation id.
    pub id: __rt::String,
    /// The agent's opening line, when the agent greets first.
    pub initial_message: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatConversationCreatedResponseResult {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("status", &self.status)?;
        object.field("id", &self.id)?;
        object.optional("initial_message", &self.initial_message)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatConversationCreatedResponseResult {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatConversationCreatedResponseResult {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatConversationCreatedResponseResultStatus>>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::String>>,
    );
    const EXPECTING: &'static str = "struct ChatConversationCreatedResponseResult";
    const NAMES: &'static [&'static str] = &["status", "id", "initial_message"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatConversationCreatedResponseResult {
            status: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
            initial_message: slots.2.flatten(),
        })
    }
}
/// What happened. `created` for a new conversation, `reinitialized` when `reinit` reset an
/// existing one, and `exists` when one was already there and was left alone.
///
/// One of: created, reinitialized, exists.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatConversationCreatedResponseResultStatus {
    /// `created`
    Created,
    /// `reinitialized`
    Reinitialized,
    /// `exists`
    Exists,
}
impl __rt::Debug for ChatConversationCreatedResponseResultStatus {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatConversationCreatedResponseResultStatus {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatConversationCreatedResponseResultStatus);
/// delete result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatConversationDeletedResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: __rt::OrUnknown<ChatConversationDeletedResponseJsonrpc>,
    /// The `id` from your request.
    pub id: __rt::String,
    /// The outcome of deleting the conversation.
    pub result: ChatConversationDeletedResponseResult,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatConversationDeletedResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("result", &self.result)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatConversationDeletedResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatConversationDeletedResponse {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatConversationDeletedResponseJsonrpc>>,
        __rt::Option<__rt::String>,
        __rt::Option<ChatConversationDeletedResponseResult>,
    );
    const EXPECTING: &'static str = "struct ChatConversationDeletedResponse";
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "result"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatConversationDeletedResponse {
            jsonrpc: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
            result: Self::required(slots.2, 2)?,
        })
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatConversationDeletedResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatConversationDeletedResponseJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatConversationDeletedResponseJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatConversationDeletedResponseJsonrpc);
/// The outcome of deleting the conversation.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatConversationDeletedResponseResult {
    /// `deleted` when the conversation was removed, `not_found` when no conversation had that id.
    pub status: __rt::OrUnknown<ChatConversationDeletedResponseResultStatus>,
    /// The conversation id.
    pub id: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatConversationDeletedResponseResult {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("status", &self.status)?;
        object.field("id", &self.id)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatConversationDeletedResponseResult {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatConversationDeletedResponseResult {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatConversationDeletedResponseResultStatus>>,
        __rt::Option<__rt::String>,
    );
    const EXPECTING: &'static str = "struct ChatConversationDeletedResponseResult";
    const NAMES: &'static [&'static str] = &["status", "id"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatConversationDeletedResponseResult {
            status: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
        })
    }
}
/// `deleted` when the conversation was removed, `not_found` when no conversation had that id.
///
/// One of: deleted, not_found.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatConversationDeletedResponseResultStatus {
    /// `deleted`
    Deleted,
    /// `not_found`
    NotFound,
}
impl __rt::Debug for ChatConversationDeletedResponseResultStatus {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatConversationDeletedResponseResultStatus {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatConversationDeletedResponseResultStatus);
/// end_conversation result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatConversationEndedResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: __rt::OrUnknown<ChatConversationEndedResponseJsonrpc>,
    /// The `id` from your request.
    pub id: __rt::String,
    /// The outcome of ending the conversation.
    pub result: ChatConversationEndedResponseResult,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatConversationEndedResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("result", &self.result)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatConversationEndedResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatConversationEndedResponse {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatConversationEndedResponseJsonrpc>>,
        __rt::Option<__rt::String>,
        __rt::Option<ChatConversationEndedResponseResult>,
    );
    const EXPECTING: &'static str = "struct ChatConversationEndedResponse";
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "result"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatConversationEndedResponse {
            jsonrpc: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
            result: Self::required(slots.2, 2)?,
        })
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatConversationEndedResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatConversationEndedResponseJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatConversationEndedResponseJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatConversationEndedResponseJsonrpc);
/// The outcome of ending the conversation.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatConversationEndedResponseResult {
    /// `ended` when the conversation was ended, `not_found` when no conversation had that id.
    pub status: __rt::OrUnknown<ChatConversationEndedResponseResultStatus>,
    /// The conversation id.
    pub id: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatConversationEndedResponseResult {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("status", &self.status)?;
        object.field("id", &self.id)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatConversationEndedResponseResult {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatConversationEndedResponseResult {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatConversationEndedResponseResultStatus>>,
        __rt::Option<__rt::String>,
    );
    const EXPECTING: &'static str = "struct ChatConversationEndedResponseResult";
    const NAMES: &'static [&'static str] = &["status", "id"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatConversationEndedResponseResult {
            status: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
        })
    }
}
/// `ended` when the conversation was ended, `not_found` when no conversation had that id.
///
/// One of: ended, not_found.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatConversationEndedResponseResultStatus {
    /// `ended`
    Ended,
    /// `not_found`
    NotFound,
}
impl __rt::Debug for ChatConversationEndedResponseResultStatus {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatConversationEndedResponseResultStatus {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatCreateConversationRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatCreateConversationRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: __rt::String,
    /// Creates a conversation, or resets an existing one when `reinit` is set.
    pub method: ChatCreateConversationRequestMethod,
    /// The parameters for `create_conversation`.
    pub params: ChatCreateConversationRequestParams,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatCreateConversationRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("method", &self.method)?;
        object.field("params", &self.params)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatCreateConversationRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatCreateConversationRequestJsonrpc,
        id: __rt::String,
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
        id: impl __rt::Into<__rt::Cow<'a, str>>,
        method: ChatCreateConversationRequestMethod,
        params: ChatCreateConversationRequestParams,
    ) -> ChatCreateConversationRequestBuilder {
        <ChatCreateConversationRequestBuilder as __rt::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "jsonrpc",
            true,
            __rt::FieldKind::String,
            "one of 2.0",
            __rt::None,
            "The JSON-RPC version. Always `2.0`.",
        ),
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "Your identifier for this request, echoed back on the response so you can match the two.",
        ),
        __rt::FieldInfo::new(
            "method",
            true,
            __rt::FieldKind::String,
            "one of create_conversation",
            __rt::None,
            "Creates a conversation, or resets an existing one when `reinit` is set.",
        ),
        __rt::FieldInfo::new(
            "params",
            true,
            __rt::FieldKind::Json,
            "a JSON object",
            __rt::None,
            "The parameters for `create_conversation`.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatCreateConversationRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatCreateConversationRequest {}
impl __rt::Names for ChatCreateConversationRequest {
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "method", "params"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatCreateConversationRequest {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<ChatCreateConversationRequestJsonrpc>(0);
        check.required::<__rt::String>(1);
        check.required::<ChatCreateConversationRequestMethod>(2);
        check.required::<ChatCreateConversationRequestParams>(3);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatCreateConversationRequest {
    type Slots = (
        __rt::Option<__rt::Option<ChatCreateConversationRequestJsonrpc>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<ChatCreateConversationRequestMethod>>,
        __rt::Option<__rt::Option<ChatCreateConversationRequestParams>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_jsonrpc = order.required(slots.0, errors, at, 0);
        let field_id = order.required(slots.1, errors, at, 1);
        let field_method = order.required(slots.2, errors, at, 2);
        let field_params = order.required(slots.3, errors, at, 3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && order.valid(errors)
        {
            return __rt::Some(ChatCreateConversationRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatCreateConversationRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<ChatCreateConversationRequestJsonrpc>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<ChatCreateConversationRequestMethod>>,
            __rt::Option<__rt::Slot<ChatCreateConversationRequestParams>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatCreateConversationRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatCreateConversationRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatCreateConversationRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatCreateConversationRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatCreateConversationRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatCreateConversationRequestBuilder")
            .field("jsonrpc", &self.0.0)
            .field("id", &self.0.1)
            .field("method", &self.0.2)
            .field("params", &self.0.3)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatCreateConversationRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatCreateConversationRequestJsonrpc) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Creates a conversation, or resets an existing one when `reinit` is set.
    #[inline]
    pub fn method(mut self, value: ChatCreateConversationRequestMethod) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The parameters for `create_conversation`.
    #[inline]
    pub fn params(mut self, value: ChatCreateConversationRequestParams) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatCreateConversationRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.required(2, &self.0.2);
        check.required(3, &self.0.3);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<ChatCreateConversationRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatCreateConversationRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_jsonrpc = check.take_required(0, fields.0);
        let field_id = check.take_required(1, fields.1);
        let field_method = check.take_required(2, fields.2);
        let field_params = check.take_required(3, fields.3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return __rt::Ok(ChatCreateConversationRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatCreateConversationRequest>
for ChatCreateConversationRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatCreateConversationRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatCreateConversationRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatCreateConversationRequestJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatCreateConversationRequestJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatCreateConversationRequestMethod {
    /// `create_conversation`
    CreateConversation,
}
impl __rt::Debug for ChatCreateConversationRequestMethod {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatCreateConversationRequestMethod {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatCreateConversationRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: __rt::String,
    /// The publicly reachable URL serving your agent's SWML. `localhost` and private network addresses
    /// cannot be reached by SignalWire.
    pub config_url: __rt::Uri,
    /// An opening message from the user, sent as part of creating the conversation.
    pub user_message: __rt::Option<__rt::String>,
    /// Seconds a conversation may sit idle before it ends.
    ///
    /// When unset, the server uses the schema's default `3600` ([`Self::DEFAULT_CONVERSATION_TIMEOUT`]).
    pub conversation_timeout: __rt::Option<i32>,
    /// Arbitrary data about the user, included in webhooks generated for this conversation.
    pub user_meta_data: __rt::Option<
        __rt::serde_json::Map<__rt::String, __rt::serde_json::Value>,
    >,
    /// Reset an existing conversation instead of returning it as-is. Clears the message history.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_REINIT`]).
    pub reinit: __rt::Option<bool>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatCreateConversationRequestParams {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("config_url", &self.config_url)?;
        object.optional("user_message", &self.user_message)?;
        object.optional("conversation_timeout", &self.conversation_timeout)?;
        object.optional("user_meta_data", &self.user_meta_data)?;
        object.optional("reinit", &self.reinit)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatCreateConversationRequestParams {
    /// A request with its required fields (`id`, `config_url`) and every optional field unset.
    pub fn new(id: __rt::String, config_url: __rt::Uri) -> Self {
        Self {
            id,
            config_url,
            user_message: __rt::None,
            conversation_timeout: __rt::None,
            user_meta_data: __rt::None,
            reinit: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatCreateConversationRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl __rt::Into<__rt::Cow<'a, str>>,
        config_url: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> ChatCreateConversationRequestParamsBuilder {
        <ChatCreateConversationRequestParamsBuilder as __rt::Default>::default()
            .id(id)
            .config_url(config_url)
    }
    /// The schema's default for `conversation_timeout`: `3600`.
    pub const DEFAULT_CONVERSATION_TIMEOUT: i32 = 3600i32;
    /// The schema's default for `reinit`: `false`.
    pub const DEFAULT_REINIT: bool = false;
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
        ),
        __rt::FieldInfo::new(
            "config_url",
            true,
            __rt::FieldKind::String,
            "a URI (RFC 3986)",
            __rt::None,
            "The publicly reachable URL serving your agent's SWML. `localhost` and private network addresses\ncannot be reached by SignalWire.",
        ),
        __rt::FieldInfo::new(
            "user_message",
            false,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "An opening message from the user, sent as part of creating the conversation.",
        ),
        __rt::FieldInfo::new(
            "conversation_timeout",
            false,
            __rt::FieldKind::Integer,
            "an integer",
            __rt::Some("3600"),
            "Seconds a conversation may sit idle before it ends.",
        ),
        __rt::FieldInfo::new(
            "user_meta_data",
            false,
            __rt::FieldKind::Json,
            "a JSON object",
            __rt::None,
            "Arbitrary data about the user, included in webhooks generated for this conversation.",
        ),
        __rt::FieldInfo::new(
            "reinit",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::Some("false"),
            "Reset an existing conversation instead of returning it as-is. Clears the message history.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatCreateConversationRequestParams {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatCreateConversationRequestParams {}
impl __rt::Names for ChatCreateConversationRequestParams {
    const NAMES: &'static [&'static str] = &[
        "id",
        "config_url",
        "user_message",
        "conversation_timeout",
        "user_meta_data",
        "reinit",
    ];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatCreateConversationRequestParams {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<__rt::String>(0);
        check.required::<__rt::Uri>(1);
        check.optional::<__rt::String>(2);
        check.optional::<i32>(3);
        check
            .optional::<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>(4);
        check.optional::<bool>(5);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatCreateConversationRequestParams {
    type Slots = (
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::Uri>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<i32>>,
        __rt::Option<
            __rt::Option<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
        >,
        __rt::Option<__rt::Option<bool>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            4 => __rt::read_slot(&mut slots.4, map, at, errors),
            5 => __rt::read_slot(&mut slots.5, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_id = order.required(slots.0, errors, at, 0);
        let field_config_url = order.required(slots.1, errors, at, 1);
        let field_user_message = slots.2.flatten();
        let field_conversation_timeout = slots.3.flatten();
        let field_user_meta_data = slots.4.flatten();
        let field_reinit = slots.5.flatten();
        if let (__rt::Some(field_id), __rt::Some(field_config_url)) = (
            field_id,
            field_config_url,
        ) && order.valid(errors)
        {
            return __rt::Some(ChatCreateConversationRequestParams {
                id: field_id,
                config_url: field_config_url,
                user_message: field_user_message,
                conversation_timeout: field_conversation_timeout,
                user_meta_data: field_user_meta_data,
                reinit: field_reinit,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatCreateConversationRequestParamsBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<__rt::Uri>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<i32>>,
            __rt::Option<
                __rt::Slot<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
            >,
            __rt::Option<__rt::Slot<bool>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatCreateConversationRequestParamsBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatCreateConversationRequestParams as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                4 => __rt::put_raw(&mut fields.4, value),
                5 => __rt::put_raw(&mut fields.5, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatCreateConversationRequestParamsBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatCreateConversationRequestParams as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
                self.0.4.as_ref().map(__rt::to_json),
                self.0.5.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatCreateConversationRequestParamsBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatCreateConversationRequestParamsBuilder")
            .field("id", &self.0.0)
            .field("config_url", &self.0.1)
            .field("user_message", &self.0.2)
            .field("conversation_timeout", &self.0.3)
            .field("user_meta_data", &self.0.4)
            .field("reinit", &self.0.5)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatCreateConversationRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// The publicly reachable URL serving your agent's SWML. `localhost` and private network addresses
    /// cannot be reached by SignalWire.
    #[inline]
    pub fn config_url<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// An opening message from the user, sent as part of creating the conversation.
    #[inline]
    pub fn user_message<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Seconds a conversation may sit idle before it ends.
    ///
    /// When unset, the server uses the schema's default `3600` ([`Self::DEFAULT_CONVERSATION_TIMEOUT`]).
    #[inline]
    pub fn conversation_timeout(mut self, value: i64) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Raw(__rt::serde_json::Value::from(value)));
        self
    }
    /// Arbitrary data about the user, included in webhooks generated for this conversation.
    #[inline]
    pub fn user_meta_data(
        mut self,
        value: __rt::serde_json::Map<__rt::String, __rt::serde_json::Value>,
    ) -> Self {
        self.0.4 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Reset an existing conversation instead of returning it as-is. Clears the message history.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_REINIT`]).
    #[inline]
    pub fn reinit(mut self, value: bool) -> Self {
        self.0.5 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatCreateConversationRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.optional(2, &self.0.2);
        check.optional(3, &self.0.3);
        check.optional(4, &self.0.4);
        check.optional(5, &self.0.5);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<ChatCreateConversationRequestParams, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatCreateConversationRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_id = check.take_required(0, fields.0);
        let field_config_url = check.take_required(1, fields.1);
        let field_user_message = check.take_optional(2, fields.2);
        let field_conversation_timeout = check.take_optional(3, fields.3);
        let field_user_meta_data = check.take_optional(4, fields.4);
        let field_reinit = check.take_optional(5, fields.5);
        if let (__rt::Some(field_id), __rt::Some(field_config_url)) = (
            field_id,
            field_config_url,
        ) && errors.is_empty()
        {
            return __rt::Ok(ChatCreateConversationRequestParams {
                id: field_id,
                config_url: field_config_url,
                user_message: field_user_message,
                conversation_timeout: field_conversation_timeout,
                user_meta_data: field_user_meta_data,
                reinit: field_reinit,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatCreateConversationRequestParams>
for ChatCreateConversationRequestParamsBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatCreateConversationRequestParams>::into_body(&request)
    }
}
/// delete
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatDeleteRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatDeleteRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: __rt::String,
    /// Removes the conversation and its messages. Nothing is post-processed and no webhook fires.
    pub method: ChatDeleteRequestMethod,
    /// The parameters for `delete`.
    pub params: ChatDeleteRequestParams,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatDeleteRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("method", &self.method)?;
        object.field("params", &self.params)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatDeleteRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatDeleteRequestJsonrpc,
        id: __rt::String,
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
        id: impl __rt::Into<__rt::Cow<'a, str>>,
        method: ChatDeleteRequestMethod,
        params: ChatDeleteRequestParams,
    ) -> ChatDeleteRequestBuilder {
        <ChatDeleteRequestBuilder as __rt::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "jsonrpc",
            true,
            __rt::FieldKind::String,
            "one of 2.0",
            __rt::None,
            "The JSON-RPC version. Always `2.0`.",
        ),
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "Your identifier for this request, echoed back on the response so you can match the two.",
        ),
        __rt::FieldInfo::new(
            "method",
            true,
            __rt::FieldKind::String,
            "one of delete",
            __rt::None,
            "Removes the conversation and its messages. Nothing is post-processed and no webhook fires.",
        ),
        __rt::FieldInfo::new(
            "params",
            true,
            __rt::FieldKind::Json,
            "a JSON object",
            __rt::None,
            "The parameters for `delete`.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatDeleteRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatDeleteRequest {}
impl __rt::Names for ChatDeleteRequest {
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "method", "params"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatDeleteRequest {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<ChatDeleteRequestJsonrpc>(0);
        check.required::<__rt::String>(1);
        check.required::<ChatDeleteRequestMethod>(2);
        check.required::<ChatDeleteRequestParams>(3);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatDeleteRequest {
    type Slots = (
        __rt::Option<__rt::Option<ChatDeleteRequestJsonrpc>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<ChatDeleteRequestMethod>>,
        __rt::Option<__rt::Option<ChatDeleteRequestParams>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_jsonrpc = order.required(slots.0, errors, at, 0);
        let field_id = order.required(slots.1, errors, at, 1);
        let field_method = order.required(slots.2, errors, at, 2);
        let field_params = order.required(slots.3, errors, at, 3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && order.valid(errors)
        {
            return __rt::Some(ChatDeleteRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatDeleteRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<ChatDeleteRequestJsonrpc>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<ChatDeleteRequestMethod>>,
            __rt::Option<__rt::Slot<ChatDeleteRequestParams>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatDeleteRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatDeleteRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatDeleteRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatDeleteRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatDeleteRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatDeleteRequestBuilder")
            .field("jsonrpc", &self.0.0)
            .field("id", &self.0.1)
            .field("method", &self.0.2)
            .field("params", &self.0.3)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatDeleteRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatDeleteRequestJsonrpc) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Removes the conversation and its messages. Nothing is post-processed and no webhook fires.
    #[inline]
    pub fn method(mut self, value: ChatDeleteRequestMethod) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The parameters for `delete`.
    #[inline]
    pub fn params(mut self, value: ChatDeleteRequestParams) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatDeleteRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.required(2, &self.0.2);
        check.required(3, &self.0.3);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<ChatDeleteRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatDeleteRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_jsonrpc = check.take_required(0, fields.0);
        let field_id = check.take_required(1, fields.1);
        let field_method = check.take_required(2, fields.2);
        let field_params = check.take_required(3, fields.3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return __rt::Ok(ChatDeleteRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatDeleteRequest> for ChatDeleteRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatDeleteRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatDeleteRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatDeleteRequestJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatDeleteRequestJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatDeleteRequestMethod {
    /// `delete`
    Delete,
}
impl __rt::Debug for ChatDeleteRequestMethod {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatDeleteRequestMethod {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatDeleteRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatDeleteRequestParams {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatDeleteRequestParams {
    /// A request with its required fields (`id`) and every optional field unset.
    pub fn new(id: __rt::String) -> Self {
        Self { id }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatDeleteRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> ChatDeleteRequestParamsBuilder {
        <ChatDeleteRequestParamsBuilder as __rt::Default>::default().id(id)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatDeleteRequestParams {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatDeleteRequestParams {}
impl __rt::Names for ChatDeleteRequestParams {
    const NAMES: &'static [&'static str] = &["id"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatDeleteRequestParams {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<__rt::String>(0);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatDeleteRequestParams {
    type Slots = (__rt::Option<__rt::Option<__rt::String>>,);
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_id = order.required(slots.0, errors, at, 0);
        if let (__rt::Some(field_id),) = (field_id,) && order.valid(errors) {
            return __rt::Some(ChatDeleteRequestParams {
                id: field_id,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatDeleteRequestParamsBuilder(
    __rt::Box<(__rt::Option<__rt::Slot<__rt::String>>,)>,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatDeleteRequestParamsBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatDeleteRequestParams as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatDeleteRequestParamsBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatDeleteRequestParams as __rt::Names>::NAMES,
            &[self.0.0.as_ref().map(__rt::to_json)],
        )
    }
}
impl __rt::Debug for ChatDeleteRequestParamsBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatDeleteRequestParamsBuilder").field("id", &self.0.0).finish()
    }
}
#[allow(deprecated)]
impl ChatDeleteRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatDeleteRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<ChatDeleteRequestParams, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatDeleteRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_id = check.take_required(0, fields.0);
        if let (__rt::Some(field_id),) = (field_id,) && errors.is_empty() {
            return __rt::Ok(ChatDeleteRequestParams {
                id: field_id,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatDeleteRequestParams> for ChatDeleteRequestParamsBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatDeleteRequestParams>::into_body(&request)
    }
}
/// end_conversation
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatEndConversationRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatEndConversationRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: __rt::String,
    /// Ends the conversation and starts post-processing: the summary, and a request to your
    /// `post_prompt_url` when your SWML sets one.
    pub method: ChatEndConversationRequestMethod,
    /// The parameters for `end_conversation`.
    pub params: ChatEndConversationRequestParams,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatEndConversationRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("method", &self.method)?;
        object.field("params", &self.params)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatEndConversationRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatEndConversationRequestJsonrpc,
        id: __rt::String,
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
        id: impl __rt::Into<__rt::Cow<'a, str>>,
        method: ChatEndConversationRequestMethod,
        params: ChatEndConversationRequestParams,
    ) -> ChatEndConversationRequestBuilder {
        <ChatEndConversationRequestBuilder as __rt::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "jsonrpc",
            true,
            __rt::FieldKind::String,
            "one of 2.0",
            __rt::None,
            "The JSON-RPC version. Always `2.0`.",
        ),
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "Your identifier for this request, echoed back on the response so you can match the two.",
        ),
        __rt::FieldInfo::new(
            "method",
            true,
            __rt::FieldKind::String,
            "one of end_conversation",
            __rt::None,
            "Ends the conversation and starts post-processing: the summary, and a request to your\n`post_prompt_url` when your SWML sets one.",
        ),
        __rt::FieldInfo::new(
            "params",
            true,
            __rt::FieldKind::Json,
            "a JSON object",
            __rt::None,
            "The parameters for `end_conversation`.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatEndConversationRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatEndConversationRequest {}
impl __rt::Names for ChatEndConversationRequest {
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "method", "params"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatEndConversationRequest {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<ChatEndConversationRequestJsonrpc>(0);
        check.required::<__rt::String>(1);
        check.required::<ChatEndConversationRequestMethod>(2);
        check.required::<ChatEndConversationRequestParams>(3);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatEndConversationRequest {
    type Slots = (
        __rt::Option<__rt::Option<ChatEndConversationRequestJsonrpc>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<ChatEndConversationRequestMethod>>,
        __rt::Option<__rt::Option<ChatEndConversationRequestParams>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_jsonrpc = order.required(slots.0, errors, at, 0);
        let field_id = order.required(slots.1, errors, at, 1);
        let field_method = order.required(slots.2, errors, at, 2);
        let field_params = order.required(slots.3, errors, at, 3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && order.valid(errors)
        {
            return __rt::Some(ChatEndConversationRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatEndConversationRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<ChatEndConversationRequestJsonrpc>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<ChatEndConversationRequestMethod>>,
            __rt::Option<__rt::Slot<ChatEndConversationRequestParams>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatEndConversationRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatEndConversationRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatEndConversationRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatEndConversationRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatEndConversationRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatEndConversationRequestBuilder")
            .field("jsonrpc", &self.0.0)
            .field("id", &self.0.1)
            .field("method", &self.0.2)
            .field("params", &self.0.3)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatEndConversationRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatEndConversationRequestJsonrpc) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Ends the conversation and starts post-processing: the summary, and a request to your
    /// `post_prompt_url` when your SWML sets one.
    #[inline]
    pub fn method(mut self, value: ChatEndConversationRequestMethod) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The parameters for `end_conversation`.
    #[inline]
    pub fn params(mut self, value: ChatEndConversationRequestParams) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatEndConversationRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.required(2, &self.0.2);
        check.required(3, &self.0.3);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<ChatEndConversationRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatEndConversationRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_jsonrpc = check.take_required(0, fields.0);
        let field_id = check.take_required(1, fields.1);
        let field_method = check.take_required(2, fields.2);
        let field_params = check.take_required(3, fields.3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return __rt::Ok(ChatEndConversationRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatEndConversationRequest> for ChatEndConversationRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatEndConversationRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatEndConversationRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatEndConversationRequestJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatEndConversationRequestJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatEndConversationRequestMethod {
    /// `end_conversation`
    EndConversation,
}
impl __rt::Debug for ChatEndConversationRequestMethod {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatEndConversationRequestMethod {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatEndConversationRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatEndConversationRequestParams {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatEndConversationRequestParams {
    /// A request with its required fields (`id`) and every optional field unset.
    pub fn new(id: __rt::String) -> Self {
        Self { id }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatEndConversationRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> ChatEndConversationRequestParamsBuilder {
        <ChatEndConversationRequestParamsBuilder as __rt::Default>::default().id(id)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatEndConversationRequestParams {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatEndConversationRequestParams {}
impl __rt::Names for ChatEndConversationRequestParams {
    const NAMES: &'static [&'static str] = &["id"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatEndConversationRequestParams {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<__rt::String>(0);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatEndConversationRequestParams {
    type Slots = (__rt::Option<__rt::Option<__rt::String>>,);
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_id = order.required(slots.0, errors, at, 0);
        if let (__rt::Some(field_id),) = (field_id,) && order.valid(errors) {
            return __rt::Some(ChatEndConversationRequestParams {
                id: field_id,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatEndConversationRequestParamsBuilder(
    __rt::Box<(__rt::Option<__rt::Slot<__rt::String>>,)>,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatEndConversationRequestParamsBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatEndConversationRequestParams as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatEndConversationRequestParamsBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatEndConversationRequestParams as __rt::Names>::NAMES,
            &[self.0.0.as_ref().map(__rt::to_json)],
        )
    }
}
impl __rt::Debug for ChatEndConversationRequestParamsBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatEndConversationRequestParamsBuilder")
            .field("id", &self.0.0)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatEndConversationRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatEndConversationRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<ChatEndConversationRequestParams, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatEndConversationRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_id = check.take_required(0, fields.0);
        if let (__rt::Some(field_id),) = (field_id,) && errors.is_empty() {
            return __rt::Ok(ChatEndConversationRequestParams {
                id: field_id,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatEndConversationRequestParams>
for ChatEndConversationRequestParamsBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatEndConversationRequestParams>::into_body(&request)
    }
}
/// A JSON-RPC error returned for the requested method.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatError {
    /// Which failure this was. See [API error codes](/docs/apis/error-codes) for descriptions and troubleshooting context.
    pub code: __rt::OrUnknown<ChatErrorCode>,
    /// A short description of the failure.
    pub message: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatError {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("code", &self.code)?;
        object.field("message", &self.message)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatError {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatError {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatErrorCode>>,
        __rt::Option<__rt::String>,
    );
    const EXPECTING: &'static str = "struct ChatError";
    const NAMES: &'static [&'static str] = &["code", "message"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatError {
            code: Self::required(slots.0, 0)?,
            message: Self::required(slots.1, 1)?,
        })
    }
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
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
impl __rt::Debug for ChatErrorCode {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatErrorCode {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
impl __rt::serde::Serialize for ChatErrorCode {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
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
    fn from_number(number: f64) -> __rt::Option<Self> {
        if number == -32001f64 {
            return __rt::Some(Self::Code32001);
        }
        if number == -32002f64 {
            return __rt::Some(Self::Code32002);
        }
        if number == -32003f64 {
            return __rt::Some(Self::Code32003);
        }
        if number == -32004f64 {
            return __rt::Some(Self::Code32004);
        }
        if number == -32005f64 {
            return __rt::Some(Self::Code32005);
        }
        if number == -32006f64 {
            return __rt::Some(Self::Code32006);
        }
        if number == -32007f64 {
            return __rt::Some(Self::Code32007);
        }
        if number == -32600f64 {
            return __rt::Some(Self::Code32600);
        }
        if number == -32601f64 {
            return __rt::Some(Self::Code32601);
        }
        if number == -32602f64 {
            return __rt::Some(Self::Code32602);
        }
        if number == -32603f64 {
            return __rt::Some(Self::Code32603);
        }
        __rt::None
    }
}
impl<'de> __rt::serde::Deserialize<'de> for ChatErrorCode {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let number = <f64 as __rt::serde::Deserialize>::deserialize(deserializer)?;
        Self::from_number(number)
            .ok_or_else(|| {
                <__D::Error as __rt::serde::de::Error>::custom(
                    __rt::enum_violation(Self::VALUES, &number.to_string()),
                )
            })
    }
}
impl __rt::Display for ChatErrorCode {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl __rt::FromJson for ChatErrorCode {
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        __rt::number_enum(value, at, errors, Self::VALUES, Self::from_number);
    }
    fn from_json(
        value: __rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Option<Self> {
        __rt::number_enum(&value, at, errors, Self::VALUES, Self::from_number)
    }
}
/// A JSON-RPC method failure returned under HTTP 200. After confirming the HTTP status, inspect the
/// envelope for this `error` member.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatErrorResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: __rt::OrUnknown<ChatErrorResponseJsonrpc>,
    /// The `id` from your request.
    pub id: __rt::String,
    /// The error that ended this call.
    pub error: ChatError,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatErrorResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("error", &self.error)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatErrorResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatErrorResponse {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatErrorResponseJsonrpc>>,
        __rt::Option<__rt::String>,
        __rt::Option<ChatError>,
    );
    const EXPECTING: &'static str = "struct ChatErrorResponse";
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "error"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatErrorResponse {
            jsonrpc: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
            error: Self::required(slots.2, 2)?,
        })
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatErrorResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatErrorResponseJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatErrorResponseJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatErrorResponseJsonrpc);
/// The request body was not valid JSON. The response is not a JSON-RPC envelope.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatInvalidJsonError {
    /// Details about the malformed request body.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatInvalidJsonError {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("errors", &self.errors)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatInvalidJsonError {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatInvalidJsonError {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct ChatInvalidJsonError";
    const NAMES: &'static [&'static str] = &["errors"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatInvalidJsonError {
            errors: Self::required(slots.0, 0)?,
        })
    }
}
/// chat_log
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatLogRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatLogRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: __rt::String,
    /// Reads the conversation back. Changes nothing.
    pub method: ChatLogRequestMethod,
    /// The parameters for `chat_log`.
    pub params: ChatLogRequestParams,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatLogRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("method", &self.method)?;
        object.field("params", &self.params)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatLogRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatLogRequestJsonrpc,
        id: __rt::String,
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
        id: impl __rt::Into<__rt::Cow<'a, str>>,
        method: ChatLogRequestMethod,
        params: ChatLogRequestParams,
    ) -> ChatLogRequestBuilder {
        <ChatLogRequestBuilder as __rt::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "jsonrpc",
            true,
            __rt::FieldKind::String,
            "one of 2.0",
            __rt::None,
            "The JSON-RPC version. Always `2.0`.",
        ),
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "Your identifier for this request, echoed back on the response so you can match the two.",
        ),
        __rt::FieldInfo::new(
            "method",
            true,
            __rt::FieldKind::String,
            "one of chat_log",
            __rt::None,
            "Reads the conversation back. Changes nothing.",
        ),
        __rt::FieldInfo::new(
            "params",
            true,
            __rt::FieldKind::Json,
            "a JSON object",
            __rt::None,
            "The parameters for `chat_log`.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatLogRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatLogRequest {}
impl __rt::Names for ChatLogRequest {
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "method", "params"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatLogRequest {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<ChatLogRequestJsonrpc>(0);
        check.required::<__rt::String>(1);
        check.required::<ChatLogRequestMethod>(2);
        check.required::<ChatLogRequestParams>(3);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatLogRequest {
    type Slots = (
        __rt::Option<__rt::Option<ChatLogRequestJsonrpc>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<ChatLogRequestMethod>>,
        __rt::Option<__rt::Option<ChatLogRequestParams>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_jsonrpc = order.required(slots.0, errors, at, 0);
        let field_id = order.required(slots.1, errors, at, 1);
        let field_method = order.required(slots.2, errors, at, 2);
        let field_params = order.required(slots.3, errors, at, 3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && order.valid(errors)
        {
            return __rt::Some(ChatLogRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatLogRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<ChatLogRequestJsonrpc>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<ChatLogRequestMethod>>,
            __rt::Option<__rt::Slot<ChatLogRequestParams>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatLogRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatLogRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatLogRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatLogRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatLogRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatLogRequestBuilder")
            .field("jsonrpc", &self.0.0)
            .field("id", &self.0.1)
            .field("method", &self.0.2)
            .field("params", &self.0.3)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatLogRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatLogRequestJsonrpc) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Reads the conversation back. Changes nothing.
    #[inline]
    pub fn method(mut self, value: ChatLogRequestMethod) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The parameters for `chat_log`.
    #[inline]
    pub fn params(mut self, value: ChatLogRequestParams) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatLogRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.required(2, &self.0.2);
        check.required(3, &self.0.3);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<ChatLogRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatLogRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_jsonrpc = check.take_required(0, fields.0);
        let field_id = check.take_required(1, fields.1);
        let field_method = check.take_required(2, fields.2);
        let field_params = check.take_required(3, fields.3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return __rt::Ok(ChatLogRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatLogRequest> for ChatLogRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatLogRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatLogRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatLogRequestJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatLogRequestJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatLogRequestMethod {
    /// `chat_log`
    ChatLog,
}
impl __rt::Debug for ChatLogRequestMethod {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatLogRequestMethod {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatLogRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatLogRequestParams {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatLogRequestParams {
    /// A request with its required fields (`id`) and every optional field unset.
    pub fn new(id: __rt::String) -> Self {
        Self { id }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatLogRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> ChatLogRequestParamsBuilder {
        <ChatLogRequestParamsBuilder as __rt::Default>::default().id(id)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatLogRequestParams {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatLogRequestParams {}
impl __rt::Names for ChatLogRequestParams {
    const NAMES: &'static [&'static str] = &["id"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatLogRequestParams {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<__rt::String>(0);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatLogRequestParams {
    type Slots = (__rt::Option<__rt::Option<__rt::String>>,);
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_id = order.required(slots.0, errors, at, 0);
        if let (__rt::Some(field_id),) = (field_id,) && order.valid(errors) {
            return __rt::Some(ChatLogRequestParams {
                id: field_id,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatLogRequestParamsBuilder(
    __rt::Box<(__rt::Option<__rt::Slot<__rt::String>>,)>,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatLogRequestParamsBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatLogRequestParams as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatLogRequestParamsBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatLogRequestParams as __rt::Names>::NAMES,
            &[self.0.0.as_ref().map(__rt::to_json)],
        )
    }
}
impl __rt::Debug for ChatLogRequestParamsBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatLogRequestParamsBuilder").field("id", &self.0.0).finish()
    }
}
#[allow(deprecated)]
impl ChatLogRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatLogRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<ChatLogRequestParams, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatLogRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_id = check.take_required(0, fields.0);
        if let (__rt::Some(field_id),) = (field_id,) && errors.is_empty() {
            return __rt::Ok(ChatLogRequestParams {
                id: field_id,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatLogRequestParams> for ChatLogRequestParamsBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatLogRequestParams>::into_body(&request)
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatMethodsError401 {
    /// How to make the account eligible to use this endpoint.
    pub message: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatMethodsError401 {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("message", &self.message)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatMethodsError401 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatMethodsError401 {
    type Slots = (__rt::Option<__rt::String>,);
    const EXPECTING: &'static str = "struct ChatMethodsError401";
    const NAMES: &'static [&'static str] = &["message"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatMethodsError401 {
            message: Self::required(slots.0, 0)?,
        })
    }
}
/// chat result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatReplyResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: __rt::OrUnknown<ChatReplyResponseJsonrpc>,
    /// The `id` from your request.
    pub id: __rt::String,
    /// The agent's turn.
    pub result: ChatReplyResponseResult,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatReplyResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("result", &self.result)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatReplyResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatReplyResponse {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatReplyResponseJsonrpc>>,
        __rt::Option<__rt::String>,
        __rt::Option<ChatReplyResponseResult>,
    );
    const EXPECTING: &'static str = "struct ChatReplyResponse";
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "result"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatReplyResponse {
            jsonrpc: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
            result: Self::required(slots.2, 2)?,
        })
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatReplyResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatReplyResponseJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatReplyResponseJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatReplyResponseJsonrpc);
/// The agent's turn.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatReplyResponseResult {
    /// The agent's reply. When this call created the conversation, this is the agent's opening message.
    pub response: __rt::String,
    /// An event one of your tools raised for your application to act on, present only when the turn
    /// produced one. The contents under `event` are whatever your tool sent, so the shape is yours;
    /// the convention is a `type` key your client can switch on.
    pub user_event: __rt::Option<
        __rt::serde_json::Map<__rt::String, __rt::serde_json::Value>,
    >,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatReplyResponseResult {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("response", &self.response)?;
        object.optional("user_event", &self.user_event)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatReplyResponseResult {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatReplyResponseResult {
    type Slots = (
        __rt::Option<__rt::String>,
        __rt::Option<
            __rt::Option<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
        >,
    );
    const EXPECTING: &'static str = "struct ChatReplyResponseResult";
    const NAMES: &'static [&'static str] = &["response", "user_event"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatReplyResponseResult {
            response: Self::required(slots.0, 0)?,
            user_event: slots.1.flatten(),
        })
    }
}
/// A JSON-RPC request. The `method` field selects which of the six methods runs, and `params` carries
/// that method's arguments.
///
/// Authenticate with HTTP Basic authentication. `params` contains only the arguments for the selected
/// method; do not put project IDs, API tokens, or Space IDs in the JSON-RPC body.
///
/// A request value must fit exactly one variant (`oneOf`).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
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
impl __rt::serde::Serialize for ChatRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        match self {
            Self::CreateConversation(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::Chat(value) => __rt::serde::Serialize::serialize(value, serializer),
            Self::EndConversation(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::Delete(value) => __rt::serde::Serialize::serialize(value, serializer),
            Self::ChatLog(value) => __rt::serde::Serialize::serialize(value, serializer),
            Self::Summarize(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::FromJson for ChatRequest {
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        match __rt::union_tag(value, "method", Self::TAGS, at, errors) {
            __rt::Some("create_conversation") => {
                <ChatCreateConversationRequest as __rt::FromJson>::check_json(
                    value,
                    at,
                    errors,
                )
            }
            __rt::Some("chat") => {
                <ChatSendMessageRequest as __rt::FromJson>::check_json(value, at, errors)
            }
            __rt::Some("end_conversation") => {
                <ChatEndConversationRequest as __rt::FromJson>::check_json(
                    value,
                    at,
                    errors,
                )
            }
            __rt::Some("delete") => {
                <ChatDeleteRequest as __rt::FromJson>::check_json(value, at, errors)
            }
            __rt::Some("chat_log") => {
                <ChatLogRequest as __rt::FromJson>::check_json(value, at, errors)
            }
            __rt::Some("summarize") => {
                <ChatSummarizeRequest as __rt::FromJson>::check_json(value, at, errors)
            }
            _ => {}
        }
    }
    fn from_json(
        value: __rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Option<Self> {
        match __rt::union_tag(&value, "method", Self::TAGS, at, errors) {
            __rt::Some("create_conversation") => {
                <ChatCreateConversationRequest as __rt::FromJson>::from_json(
                        value,
                        at,
                        errors,
                    )
                    .map(Self::CreateConversation)
            }
            __rt::Some("chat") => {
                <ChatSendMessageRequest as __rt::FromJson>::from_json(value, at, errors)
                    .map(Self::Chat)
            }
            __rt::Some("end_conversation") => {
                <ChatEndConversationRequest as __rt::FromJson>::from_json(
                        value,
                        at,
                        errors,
                    )
                    .map(Self::EndConversation)
            }
            __rt::Some("delete") => {
                <ChatDeleteRequest as __rt::FromJson>::from_json(value, at, errors)
                    .map(Self::Delete)
            }
            __rt::Some("chat_log") => {
                <ChatLogRequest as __rt::FromJson>::from_json(value, at, errors)
                    .map(Self::ChatLog)
            }
            __rt::Some("summarize") => {
                <ChatSummarizeRequest as __rt::FromJson>::from_json(value, at, errors)
                    .map(Self::Summarize)
            }
            _ => __rt::None,
        }
    }
}
impl __rt::RequestBody for ChatRequest {}
/// A JSON-RPC response. Which result you get follows from the method you sent; a response echoes no
/// `method` of its own.
///
/// Check the HTTP status first. On HTTP 200, inspect the envelope for an `error` member. HTTP-level
/// errors returned with another status are not JSON-RPC envelopes.
///
/// Decoded leniently: the first variant that keeps the whole value, else the first that decodes, else [`Unknown`](Self::Unknown) with the JSON as it came.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
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
    Unknown(__rt::serde_json::Value),
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
impl __rt::serde::Serialize for ChatResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        match self {
            Self::ChatConversationCreatedResponse(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::ChatReplyResponse(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::ChatConversationEndedResponse(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::ChatConversationDeletedResponse(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::ChatTranscriptResponse(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::ChatSummaryResponse(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::ChatErrorResponse(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::Unknown(value) => __rt::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let value = <__rt::serde_json::Value as __rt::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        const TRIES: &[__rt::TryVariant<ChatResponse>] = &[
            |value| {
                __rt::try_variant::<ChatConversationCreatedResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatConversationCreatedResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                __rt::try_variant::<ChatReplyResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatReplyResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                __rt::try_variant::<ChatConversationEndedResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatConversationEndedResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                __rt::try_variant::<ChatConversationDeletedResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatConversationDeletedResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                __rt::try_variant::<ChatTranscriptResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatTranscriptResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                __rt::try_variant::<ChatSummaryResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatSummaryResponse(decoded),
                        whole,
                    ))
            },
            |value| {
                __rt::try_variant::<ChatErrorResponse>(value)
                    .map(|(decoded, whole)| (
                        ChatResponse::ChatErrorResponse(decoded),
                        whole,
                    ))
            },
        ];
        __rt::Ok(__rt::first_fitting(&value, TRIES).unwrap_or(Self::Unknown(value)))
    }
}
/// chat
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatSendMessageRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatSendMessageRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: __rt::String,
    /// Sends a message and returns the agent's reply. One request is one full turn, including any tool
    /// calls the agent makes along the way, so expect this to take seconds rather than milliseconds.
    pub method: ChatSendMessageRequestMethod,
    /// The parameters for `chat`.
    pub params: ChatSendMessageRequestParams,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatSendMessageRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("method", &self.method)?;
        object.field("params", &self.params)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatSendMessageRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatSendMessageRequestJsonrpc,
        id: __rt::String,
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
        id: impl __rt::Into<__rt::Cow<'a, str>>,
        method: ChatSendMessageRequestMethod,
        params: ChatSendMessageRequestParams,
    ) -> ChatSendMessageRequestBuilder {
        <ChatSendMessageRequestBuilder as __rt::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "jsonrpc",
            true,
            __rt::FieldKind::String,
            "one of 2.0",
            __rt::None,
            "The JSON-RPC version. Always `2.0`.",
        ),
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "Your identifier for this request, echoed back on the response so you can match the two.",
        ),
        __rt::FieldInfo::new(
            "method",
            true,
            __rt::FieldKind::String,
            "one of chat",
            __rt::None,
            "Sends a message and returns the agent's reply. One request is one full turn, including any tool\ncalls the agent makes along the way, so expect this to take seconds rather than milliseconds.",
        ),
        __rt::FieldInfo::new(
            "params",
            true,
            __rt::FieldKind::Json,
            "a JSON object",
            __rt::None,
            "The parameters for `chat`.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatSendMessageRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatSendMessageRequest {}
impl __rt::Names for ChatSendMessageRequest {
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "method", "params"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatSendMessageRequest {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<ChatSendMessageRequestJsonrpc>(0);
        check.required::<__rt::String>(1);
        check.required::<ChatSendMessageRequestMethod>(2);
        check.required::<ChatSendMessageRequestParams>(3);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatSendMessageRequest {
    type Slots = (
        __rt::Option<__rt::Option<ChatSendMessageRequestJsonrpc>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<ChatSendMessageRequestMethod>>,
        __rt::Option<__rt::Option<ChatSendMessageRequestParams>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_jsonrpc = order.required(slots.0, errors, at, 0);
        let field_id = order.required(slots.1, errors, at, 1);
        let field_method = order.required(slots.2, errors, at, 2);
        let field_params = order.required(slots.3, errors, at, 3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && order.valid(errors)
        {
            return __rt::Some(ChatSendMessageRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatSendMessageRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<ChatSendMessageRequestJsonrpc>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<ChatSendMessageRequestMethod>>,
            __rt::Option<__rt::Slot<ChatSendMessageRequestParams>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatSendMessageRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatSendMessageRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatSendMessageRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatSendMessageRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatSendMessageRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatSendMessageRequestBuilder")
            .field("jsonrpc", &self.0.0)
            .field("id", &self.0.1)
            .field("method", &self.0.2)
            .field("params", &self.0.3)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatSendMessageRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatSendMessageRequestJsonrpc) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Sends a message and returns the agent's reply. One request is one full turn, including any tool
    /// calls the agent makes along the way, so expect this to take seconds rather than milliseconds.
    #[inline]
    pub fn method(mut self, value: ChatSendMessageRequestMethod) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The parameters for `chat`.
    #[inline]
    pub fn params(mut self, value: ChatSendMessageRequestParams) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatSendMessageRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.required(2, &self.0.2);
        check.required(3, &self.0.3);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<ChatSendMessageRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatSendMessageRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_jsonrpc = check.take_required(0, fields.0);
        let field_id = check.take_required(1, fields.1);
        let field_method = check.take_required(2, fields.2);
        let field_params = check.take_required(3, fields.3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return __rt::Ok(ChatSendMessageRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatSendMessageRequest> for ChatSendMessageRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatSendMessageRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatSendMessageRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatSendMessageRequestJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatSendMessageRequestJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatSendMessageRequestMethod {
    /// `chat`
    Chat,
}
impl __rt::Debug for ChatSendMessageRequestMethod {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatSendMessageRequestMethod {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatSendMessageRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: __rt::String,
    /// The message to send.
    pub message: __rt::String,
    /// Who the message is from. A `system` message steers the agent without appearing as something
    /// the user said.
    ///
    /// When unset, the server uses the schema's default `user` ([`Self::DEFAULT_ROLE`]).
    pub role: __rt::Option<ChatSendMessageRequestParamsRole>,
    /// Creates the conversation if it does not exist yet, using this SWML. Sending it here means one
    /// call instead of two, at the cost of never receiving `initial_message`, so the agent does not
    /// speak first.
    pub config_url: __rt::Option<__rt::Uri>,
    /// Applies only when this call creates the conversation.
    ///
    /// When unset, the server uses the schema's default `3600` ([`Self::DEFAULT_CONVERSATION_TIMEOUT`]).
    pub conversation_timeout: __rt::Option<i32>,
    /// Arbitrary data about the user, included in webhooks generated for this conversation.
    pub user_meta_data: __rt::Option<
        __rt::serde_json::Map<__rt::String, __rt::serde_json::Value>,
    >,
    /// Applies only when this call creates the conversation.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_REINIT`]).
    pub reinit: __rt::Option<bool>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatSendMessageRequestParams {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("message", &self.message)?;
        object.optional("role", &self.role)?;
        object.optional("config_url", &self.config_url)?;
        object.optional("conversation_timeout", &self.conversation_timeout)?;
        object.optional("user_meta_data", &self.user_meta_data)?;
        object.optional("reinit", &self.reinit)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatSendMessageRequestParams {
    /// A request with its required fields (`id`, `message`) and every optional field unset.
    pub fn new(id: __rt::String, message: __rt::String) -> Self {
        Self {
            id,
            message,
            role: __rt::None,
            config_url: __rt::None,
            conversation_timeout: __rt::None,
            user_meta_data: __rt::None,
            reinit: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatSendMessageRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl __rt::Into<__rt::Cow<'a, str>>,
        message: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> ChatSendMessageRequestParamsBuilder {
        <ChatSendMessageRequestParamsBuilder as __rt::Default>::default()
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
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
        ),
        __rt::FieldInfo::new(
            "message",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The message to send.",
        ),
        __rt::FieldInfo::new(
            "role",
            false,
            __rt::FieldKind::String,
            "one of user, system",
            __rt::Some("user"),
            "Who the message is from. A `system` message steers the agent without appearing as something\nthe user said.",
        ),
        __rt::FieldInfo::new(
            "config_url",
            false,
            __rt::FieldKind::String,
            "a URI (RFC 3986)",
            __rt::None,
            "Creates the conversation if it does not exist yet, using this SWML. Sending it here means one\ncall instead of two, at the cost of never receiving `initial_message`, so the agent does not\nspeak first.",
        ),
        __rt::FieldInfo::new(
            "conversation_timeout",
            false,
            __rt::FieldKind::Integer,
            "an integer",
            __rt::Some("3600"),
            "Applies only when this call creates the conversation.",
        ),
        __rt::FieldInfo::new(
            "user_meta_data",
            false,
            __rt::FieldKind::Json,
            "a JSON object",
            __rt::None,
            "Arbitrary data about the user, included in webhooks generated for this conversation.",
        ),
        __rt::FieldInfo::new(
            "reinit",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::Some("false"),
            "Applies only when this call creates the conversation.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatSendMessageRequestParams {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatSendMessageRequestParams {}
impl __rt::Names for ChatSendMessageRequestParams {
    const NAMES: &'static [&'static str] = &[
        "id",
        "message",
        "role",
        "config_url",
        "conversation_timeout",
        "user_meta_data",
        "reinit",
    ];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatSendMessageRequestParams {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<__rt::String>(0);
        check.required::<__rt::String>(1);
        check.optional::<ChatSendMessageRequestParamsRole>(2);
        check.optional::<__rt::Uri>(3);
        check.optional::<i32>(4);
        check
            .optional::<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>(5);
        check.optional::<bool>(6);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatSendMessageRequestParams {
    type Slots = (
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<ChatSendMessageRequestParamsRole>>,
        __rt::Option<__rt::Option<__rt::Uri>>,
        __rt::Option<__rt::Option<i32>>,
        __rt::Option<
            __rt::Option<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
        >,
        __rt::Option<__rt::Option<bool>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            4 => __rt::read_slot(&mut slots.4, map, at, errors),
            5 => __rt::read_slot(&mut slots.5, map, at, errors),
            6 => __rt::read_slot(&mut slots.6, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_id = order.required(slots.0, errors, at, 0);
        let field_message = order.required(slots.1, errors, at, 1);
        let field_role = slots.2.flatten();
        let field_config_url = slots.3.flatten();
        let field_conversation_timeout = slots.4.flatten();
        let field_user_meta_data = slots.5.flatten();
        let field_reinit = slots.6.flatten();
        if let (__rt::Some(field_id), __rt::Some(field_message)) = (
            field_id,
            field_message,
        ) && order.valid(errors)
        {
            return __rt::Some(ChatSendMessageRequestParams {
                id: field_id,
                message: field_message,
                role: field_role,
                config_url: field_config_url,
                conversation_timeout: field_conversation_timeout,
                user_meta_data: field_user_meta_data,
                reinit: field_reinit,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatSendMessageRequestParamsBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<ChatSendMessageRequestParamsRole>>,
            __rt::Option<__rt::Slot<__rt::Uri>>,
            __rt::Option<__rt::Slot<i32>>,
            __rt::Option<
                __rt::Slot<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
            >,
            __rt::Option<__rt::Slot<bool>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatSendMessageRequestParamsBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatSendMessageRequestParams as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                4 => __rt::put_raw(&mut fields.4, value),
                5 => __rt::put_raw(&mut fields.5, value),
                6 => __rt::put_raw(&mut fields.6, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatSendMessageRequestParamsBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatSendMessageRequestParams as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
                self.0.4.as_ref().map(__rt::to_json),
                self.0.5.as_ref().map(__rt::to_json),
                self.0.6.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatSendMessageRequestParamsBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatSendMessageRequestParamsBuilder")
            .field("id", &self.0.0)
            .field("message", &self.0.1)
            .field("role", &self.0.2)
            .field("config_url", &self.0.3)
            .field("conversation_timeout", &self.0.4)
            .field("user_meta_data", &self.0.5)
            .field("reinit", &self.0.6)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatSendMessageRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// The message to send.
    #[inline]
    pub fn message<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Who the message is from. A `system` message steers the agent without appearing as something
    /// the user said.
    ///
    /// When unset, the server uses the schema's default `user` ([`Self::DEFAULT_ROLE`]).
    #[inline]
    pub fn role(mut self, value: ChatSendMessageRequestParamsRole) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Creates the conversation if it does not exist yet, using this SWML. Sending it here means one
    /// call instead of two, at the cost of never receiving `initial_message`, so the agent does not
    /// speak first.
    #[inline]
    pub fn config_url<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Applies only when this call creates the conversation.
    ///
    /// When unset, the server uses the schema's default `3600` ([`Self::DEFAULT_CONVERSATION_TIMEOUT`]).
    #[inline]
    pub fn conversation_timeout(mut self, value: i64) -> Self {
        self.0.4 = __rt::Some(__rt::Slot::Raw(__rt::serde_json::Value::from(value)));
        self
    }
    /// Arbitrary data about the user, included in webhooks generated for this conversation.
    #[inline]
    pub fn user_meta_data(
        mut self,
        value: __rt::serde_json::Map<__rt::String, __rt::serde_json::Value>,
    ) -> Self {
        self.0.5 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Applies only when this call creates the conversation.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_REINIT`]).
    #[inline]
    pub fn reinit(mut self, value: bool) -> Self {
        self.0.6 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatSendMessageRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.optional(2, &self.0.2);
        check.optional(3, &self.0.3);
        check.optional(4, &self.0.4);
        check.optional(5, &self.0.5);
        check.optional(6, &self.0.6);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<ChatSendMessageRequestParams, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatSendMessageRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_id = check.take_required(0, fields.0);
        let field_message = check.take_required(1, fields.1);
        let field_role = check.take_optional(2, fields.2);
        let field_config_url = check.take_optional(3, fields.3);
        let field_conversation_timeout = check.take_optional(4, fields.4);
        let field_user_meta_data = check.take_optional(5, fields.5);
        let field_reinit = check.take_optional(6, fields.6);
        if let (__rt::Some(field_id), __rt::Some(field_message)) = (
            field_id,
            field_message,
        ) && errors.is_empty()
        {
            return __rt::Ok(ChatSendMessageRequestParams {
                id: field_id,
                message: field_message,
                role: field_role,
                config_url: field_config_url,
                conversation_timeout: field_conversation_timeout,
                user_meta_data: field_user_meta_data,
                reinit: field_reinit,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatSendMessageRequestParams>
for ChatSendMessageRequestParamsBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatSendMessageRequestParams>::into_body(&request)
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatSendMessageRequestParamsRole {
    /// `user`
    User,
    /// `system`
    System,
}
impl __rt::Debug for ChatSendMessageRequestParamsRole {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatSendMessageRequestParamsRole {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatSendMessageRequestParamsRole);
/// The AI chat service did not respond before the request timed out or could not be reached. This is not a JSON-RPC error and carries no code.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatServiceUnavailableError {
    /// A short description of the failure.
    pub error: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatServiceUnavailableError {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("error", &self.error)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatServiceUnavailableError {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatServiceUnavailableError {
    type Slots = (__rt::Option<__rt::String>,);
    const EXPECTING: &'static str = "struct ChatServiceUnavailableError";
    const NAMES: &'static [&'static str] = &["error"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatServiceUnavailableError {
            error: Self::required(slots.0, 0)?,
        })
    }
}
/// summarize
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatSummarizeRequest {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: ChatSummarizeRequestJsonrpc,
    /// Your identifier for this request, echoed back on the response so you can match the two.
    pub id: __rt::String,
    /// Generates a summary of the conversation on demand. Limited to one call per minute per
    /// conversation; over that returns `-32005`.
    pub method: ChatSummarizeRequestMethod,
    /// The parameters for `summarize`.
    pub params: ChatSummarizeRequestParams,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatSummarizeRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("method", &self.method)?;
        object.field("params", &self.params)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatSummarizeRequest {
    /// A request with its required fields (`jsonrpc`, `id`, `method`, `params`) and every optional field unset.
    pub fn new(
        jsonrpc: ChatSummarizeRequestJsonrpc,
        id: __rt::String,
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
        id: impl __rt::Into<__rt::Cow<'a, str>>,
        method: ChatSummarizeRequestMethod,
        params: ChatSummarizeRequestParams,
    ) -> ChatSummarizeRequestBuilder {
        <ChatSummarizeRequestBuilder as __rt::Default>::default()
            .jsonrpc(jsonrpc)
            .id(id)
            .method(method)
            .params(params)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "jsonrpc",
            true,
            __rt::FieldKind::String,
            "one of 2.0",
            __rt::None,
            "The JSON-RPC version. Always `2.0`.",
        ),
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "Your identifier for this request, echoed back on the response so you can match the two.",
        ),
        __rt::FieldInfo::new(
            "method",
            true,
            __rt::FieldKind::String,
            "one of summarize",
            __rt::None,
            "Generates a summary of the conversation on demand. Limited to one call per minute per\nconversation; over that returns `-32005`.",
        ),
        __rt::FieldInfo::new(
            "params",
            true,
            __rt::FieldKind::Json,
            "a JSON object",
            __rt::None,
            "The parameters for `summarize`.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatSummarizeRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatSummarizeRequest {}
impl __rt::Names for ChatSummarizeRequest {
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "method", "params"];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatSummarizeRequest {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<ChatSummarizeRequestJsonrpc>(0);
        check.required::<__rt::String>(1);
        check.required::<ChatSummarizeRequestMethod>(2);
        check.required::<ChatSummarizeRequestParams>(3);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatSummarizeRequest {
    type Slots = (
        __rt::Option<__rt::Option<ChatSummarizeRequestJsonrpc>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<ChatSummarizeRequestMethod>>,
        __rt::Option<__rt::Option<ChatSummarizeRequestParams>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_jsonrpc = order.required(slots.0, errors, at, 0);
        let field_id = order.required(slots.1, errors, at, 1);
        let field_method = order.required(slots.2, errors, at, 2);
        let field_params = order.required(slots.3, errors, at, 3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && order.valid(errors)
        {
            return __rt::Some(ChatSummarizeRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatSummarizeRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<ChatSummarizeRequestJsonrpc>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<ChatSummarizeRequestMethod>>,
            __rt::Option<__rt::Slot<ChatSummarizeRequestParams>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatSummarizeRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatSummarizeRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatSummarizeRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatSummarizeRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatSummarizeRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatSummarizeRequestBuilder")
            .field("jsonrpc", &self.0.0)
            .field("id", &self.0.1)
            .field("method", &self.0.2)
            .field("params", &self.0.3)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatSummarizeRequestBuilder {
    /// The JSON-RPC version. Always `2.0`.
    #[inline]
    pub fn jsonrpc(mut self, value: ChatSummarizeRequestJsonrpc) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Your identifier for this request, echoed back on the response so you can match the two.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Generates a summary of the conversation on demand. Limited to one call per minute per
    /// conversation; over that returns `-32005`.
    #[inline]
    pub fn method(mut self, value: ChatSummarizeRequestMethod) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The parameters for `summarize`.
    #[inline]
    pub fn params(mut self, value: ChatSummarizeRequestParams) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatSummarizeRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.required(2, &self.0.2);
        check.required(3, &self.0.3);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<ChatSummarizeRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatSummarizeRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_jsonrpc = check.take_required(0, fields.0);
        let field_id = check.take_required(1, fields.1);
        let field_method = check.take_required(2, fields.2);
        let field_params = check.take_required(3, fields.3);
        if let (
            __rt::Some(field_jsonrpc),
            __rt::Some(field_id),
            __rt::Some(field_method),
            __rt::Some(field_params),
        ) = (field_jsonrpc, field_id, field_method, field_params) && errors.is_empty()
        {
            return __rt::Ok(ChatSummarizeRequest {
                jsonrpc: field_jsonrpc,
                id: field_id,
                method: field_method,
                params: field_params,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatSummarizeRequest> for ChatSummarizeRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatSummarizeRequest>::into_body(&request)
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatSummarizeRequestJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatSummarizeRequestJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatSummarizeRequestJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatSummarizeRequestMethod {
    /// `summarize`
    Summarize,
}
impl __rt::Debug for ChatSummarizeRequestMethod {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatSummarizeRequestMethod {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatSummarizeRequestParams {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    pub id: __rt::String,
    /// How to summarize. Overrides the `post_prompt` text in your SWML for this call only.
    pub summary_prompt: __rt::Option<__rt::String>,
    /// Sampling temperature for the summary.
    ///
    /// When unset, the server uses the schema's default `0.3` ([`Self::DEFAULT_TEMPERATURE`]).
    pub temperature: __rt::Option<f32>,
    /// Nucleus sampling cutoff for the summary.
    ///
    /// When unset, the server uses the schema's default `0.3` ([`Self::DEFAULT_TOP_P`]).
    pub top_p: __rt::Option<f32>,
    /// Penalty applied to tokens by how often they have already appeared.
    ///
    /// When unset, the server uses the schema's default `1` ([`Self::DEFAULT_FREQUENCY_PENALTY`]).
    pub frequency_penalty: __rt::Option<f32>,
    /// Penalty applied to tokens that have appeared at all.
    ///
    /// When unset, the server uses the schema's default `1` ([`Self::DEFAULT_PRESENCE_PENALTY`]).
    pub presence_penalty: __rt::Option<f32>,
    /// Longest summary to generate, in tokens.
    ///
    /// When unset, the server uses the schema's default `512` ([`Self::DEFAULT_MAX_TOKENS`]).
    pub max_tokens: __rt::Option<i32>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatSummarizeRequestParams {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.optional("summary_prompt", &self.summary_prompt)?;
        object.optional("temperature", &self.temperature)?;
        object.optional("top_p", &self.top_p)?;
        object.optional("frequency_penalty", &self.frequency_penalty)?;
        object.optional("presence_penalty", &self.presence_penalty)?;
        object.optional("max_tokens", &self.max_tokens)?;
        object.end()
    }
}
#[allow(deprecated)]
impl ChatSummarizeRequestParams {
    /// A request with its required fields (`id`) and every optional field unset.
    pub fn new(id: __rt::String) -> Self {
        Self {
            id,
            summary_prompt: __rt::None,
            temperature: __rt::None,
            top_p: __rt::None,
            frequency_penalty: __rt::None,
            presence_penalty: __rt::None,
            max_tokens: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`ChatSummarizeRequestParamsBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        id: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> ChatSummarizeRequestParamsBuilder {
        <ChatSummarizeRequestParamsBuilder as __rt::Default>::default().id(id)
    }
    /// The schema's default for `max_tokens`: `512`.
    pub const DEFAULT_MAX_TOKENS: i32 = 512i32;
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "id",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.",
        ),
        __rt::FieldInfo::new(
            "summary_prompt",
            false,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "How to summarize. Overrides the `post_prompt` text in your SWML for this call only.",
        ),
        __rt::FieldInfo::new(
            "temperature",
            false,
            __rt::FieldKind::Number,
            "a number",
            __rt::Some("0.3"),
            "Sampling temperature for the summary.",
        ),
        __rt::FieldInfo::new(
            "top_p",
            false,
            __rt::FieldKind::Number,
            "a number",
            __rt::Some("0.3"),
            "Nucleus sampling cutoff for the summary.",
        ),
        __rt::FieldInfo::new(
            "frequency_penalty",
            false,
            __rt::FieldKind::Number,
            "a number",
            __rt::Some("1"),
            "Penalty applied to tokens by how often they have already appeared.",
        ),
        __rt::FieldInfo::new(
            "presence_penalty",
            false,
            __rt::FieldKind::Number,
            "a number",
            __rt::Some("1"),
            "Penalty applied to tokens that have appeared at all.",
        ),
        __rt::FieldInfo::new(
            "max_tokens",
            false,
            __rt::FieldKind::Integer,
            "an integer",
            __rt::Some("512"),
            "Longest summary to generate, in tokens.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatSummarizeRequestParams {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for ChatSummarizeRequestParams {}
impl __rt::Names for ChatSummarizeRequestParams {
    const NAMES: &'static [&'static str] = &[
        "id",
        "summary_prompt",
        "temperature",
        "top_p",
        "frequency_penalty",
        "presence_penalty",
        "max_tokens",
    ];
}
#[allow(deprecated)]
impl __rt::FromJson for ChatSummarizeRequestParams {
    fn read_json<'de, __D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<__rt::Option<Self>, __D::Error> {
        __rt::read_object::<Self, __D>(deserializer, at, errors)
    }
    fn check_json(
        value: &__rt::serde_json::Value,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) {
        let __rt::Some(object) = __rt::object(value, at, errors) else {
            return;
        };
        let mut check = __rt::CheckFields::new(
            object,
            <Self as __rt::Names>::NAMES,
            at,
            errors,
        );
        check.required::<__rt::String>(0);
        check.optional::<__rt::String>(1);
        check.optional::<f32>(2);
        check.optional::<f32>(3);
        check.optional::<f32>(4);
        check.optional::<f32>(5);
        check.optional::<i32>(6);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for ChatSummarizeRequestParams {
    type Slots = (
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<f32>>,
        __rt::Option<__rt::Option<f32>>,
        __rt::Option<__rt::Option<f32>>,
        __rt::Option<__rt::Option<f32>>,
        __rt::Option<__rt::Option<i32>>,
    );
    const CLOSED: bool = true;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            1 => __rt::read_slot(&mut slots.1, map, at, errors),
            2 => __rt::read_slot(&mut slots.2, map, at, errors),
            3 => __rt::read_slot(&mut slots.3, map, at, errors),
            4 => __rt::read_slot(&mut slots.4, map, at, errors),
            5 => __rt::read_slot(&mut slots.5, map, at, errors),
            6 => __rt::read_slot(&mut slots.6, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_id = order.required(slots.0, errors, at, 0);
        let field_summary_prompt = slots.1.flatten();
        let field_temperature = slots.2.flatten();
        let field_top_p = slots.3.flatten();
        let field_frequency_penalty = slots.4.flatten();
        let field_presence_penalty = slots.5.flatten();
        let field_max_tokens = slots.6.flatten();
        if let (__rt::Some(field_id),) = (field_id,) && order.valid(errors) {
            return __rt::Some(ChatSummarizeRequestParams {
                id: field_id,
                summary_prompt: field_summary_prompt,
                temperature: field_temperature,
                top_p: field_top_p,
                frequency_penalty: field_frequency_penalty,
                presence_penalty: field_presence_penalty,
                max_tokens: field_max_tokens,
            });
        }
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct ChatSummarizeRequestParamsBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<f32>>,
            __rt::Option<__rt::Slot<f32>>,
            __rt::Option<__rt::Slot<f32>>,
            __rt::Option<__rt::Slot<f32>>,
            __rt::Option<__rt::Slot<i32>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for ChatSummarizeRequestParamsBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <ChatSummarizeRequestParams as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                4 => __rt::put_raw(&mut fields.4, value),
                5 => __rt::put_raw(&mut fields.5, value),
                6 => __rt::put_raw(&mut fields.6, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for ChatSummarizeRequestParamsBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <ChatSummarizeRequestParams as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
                self.0.4.as_ref().map(__rt::to_json),
                self.0.5.as_ref().map(__rt::to_json),
                self.0.6.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for ChatSummarizeRequestParamsBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("ChatSummarizeRequestParamsBuilder")
            .field("id", &self.0.0)
            .field("summary_prompt", &self.0.1)
            .field("temperature", &self.0.2)
            .field("top_p", &self.0.3)
            .field("frequency_penalty", &self.0.4)
            .field("presence_penalty", &self.0.5)
            .field("max_tokens", &self.0.6)
            .finish()
    }
}
#[allow(deprecated)]
impl ChatSummarizeRequestParamsBuilder {
    /// The conversation this method acts on. You choose the value when you create the conversation, and it is scoped to your project.
    #[inline]
    pub fn id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// How to summarize. Overrides the `post_prompt` text in your SWML for this call only.
    #[inline]
    pub fn summary_prompt<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Sampling temperature for the summary.
    ///
    /// When unset, the server uses the schema's default `0.3` ([`Self::DEFAULT_TEMPERATURE`]).
    #[inline]
    pub fn temperature(mut self, value: f32) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::Raw(__rt::serde_json::Value::from(value)));
        self
    }
    /// Nucleus sampling cutoff for the summary.
    ///
    /// When unset, the server uses the schema's default `0.3` ([`Self::DEFAULT_TOP_P`]).
    #[inline]
    pub fn top_p(mut self, value: f32) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Raw(__rt::serde_json::Value::from(value)));
        self
    }
    /// Penalty applied to tokens by how often they have already appeared.
    ///
    /// When unset, the server uses the schema's default `1` ([`Self::DEFAULT_FREQUENCY_PENALTY`]).
    #[inline]
    pub fn frequency_penalty(mut self, value: f32) -> Self {
        self.0.4 = __rt::Some(__rt::Slot::Raw(__rt::serde_json::Value::from(value)));
        self
    }
    /// Penalty applied to tokens that have appeared at all.
    ///
    /// When unset, the server uses the schema's default `1` ([`Self::DEFAULT_PRESENCE_PENALTY`]).
    #[inline]
    pub fn presence_penalty(mut self, value: f32) -> Self {
        self.0.5 = __rt::Some(__rt::Slot::Raw(__rt::serde_json::Value::from(value)));
        self
    }
    /// Longest summary to generate, in tokens.
    ///
    /// When unset, the server uses the schema's default `512` ([`Self::DEFAULT_MAX_TOKENS`]).
    #[inline]
    pub fn max_tokens(mut self, value: i64) -> Self {
        self.0.6 = __rt::Some(__rt::Slot::Raw(__rt::serde_json::Value::from(value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <ChatSummarizeRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.optional(1, &self.0.1);
        check.optional(2, &self.0.2);
        check.optional(3, &self.0.3);
        check.optional(4, &self.0.4);
        check.optional(5, &self.0.5);
        check.optional(6, &self.0.6);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<ChatSummarizeRequestParams, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <ChatSummarizeRequestParams as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_id = check.take_required(0, fields.0);
        let field_summary_prompt = check.take_optional(1, fields.1);
        let field_temperature = check.take_optional(2, fields.2);
        let field_top_p = check.take_optional(3, fields.3);
        let field_frequency_penalty = check.take_optional(4, fields.4);
        let field_presence_penalty = check.take_optional(5, fields.5);
        let field_max_tokens = check.take_optional(6, fields.6);
        if let (__rt::Some(field_id),) = (field_id,) && errors.is_empty() {
            return __rt::Ok(ChatSummarizeRequestParams {
                id: field_id,
                summary_prompt: field_summary_prompt,
                temperature: field_temperature,
                top_p: field_top_p,
                frequency_penalty: field_frequency_penalty,
                presence_penalty: field_presence_penalty,
                max_tokens: field_max_tokens,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<ChatSummarizeRequestParams> for ChatSummarizeRequestParamsBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<ChatSummarizeRequestParams>::into_body(&request)
    }
}
/// The result of requesting a summary. A generated summary is returned in `summary`. If summary
/// generation fails after the request succeeds, the reason can be returned in `error`; this is not
/// a JSON-RPC error and carries no code.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatSummaryResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: __rt::OrUnknown<ChatSummaryResponseJsonrpc>,
    /// The `id` from your request.
    pub id: __rt::String,
    /// The outcome of summarizing.
    pub result: ChatSummaryResponseResult,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatSummaryResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("result", &self.result)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatSummaryResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatSummaryResponse {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatSummaryResponseJsonrpc>>,
        __rt::Option<__rt::String>,
        __rt::Option<ChatSummaryResponseResult>,
    );
    const EXPECTING: &'static str = "struct ChatSummaryResponse";
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "result"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatSummaryResponse {
            jsonrpc: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
            result: Self::required(slots.2, 2)?,
        })
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatSummaryResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatSummaryResponseJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatSummaryResponseJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatSummaryResponseJsonrpc);
/// The outcome of summarizing.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatSummaryResponseResult {
    /// The generated summary.
    pub summary: __rt::Option<__rt::String>,
    /// Why no summary was produced.
    pub error: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatSummaryResponseResult {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.optional("summary", &self.summary)?;
        object.optional("error", &self.error)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatSummaryResponseResult {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatSummaryResponseResult {
    type Slots = (
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::String>>,
    );
    const EXPECTING: &'static str = "struct ChatSummaryResponseResult";
    const NAMES: &'static [&'static str] = &["summary", "error"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatSummaryResponseResult {
            summary: slots.0.flatten(),
            error: slots.1.flatten(),
        })
    }
}
/// chat_log result
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatTranscriptResponse {
    /// The JSON-RPC version. Always `2.0`.
    pub jsonrpc: __rt::OrUnknown<ChatTranscriptResponseJsonrpc>,
    /// The `id` from your request.
    pub id: __rt::String,
    /// The entries recorded for the conversation.
    pub result: ChatTranscriptResponseResult,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatTranscriptResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("jsonrpc", &self.jsonrpc)?;
        object.field("id", &self.id)?;
        object.field("result", &self.result)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatTranscriptResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatTranscriptResponse {
    type Slots = (
        __rt::Option<__rt::OrUnknown<ChatTranscriptResponseJsonrpc>>,
        __rt::Option<__rt::String>,
        __rt::Option<ChatTranscriptResponseResult>,
    );
    const EXPECTING: &'static str = "struct ChatTranscriptResponse";
    const NAMES: &'static [&'static str] = &["jsonrpc", "id", "result"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatTranscriptResponse {
            jsonrpc: Self::required(slots.0, 0)?,
            id: Self::required(slots.1, 1)?,
            result: Self::required(slots.2, 2)?,
        })
    }
}
/// The JSON-RPC version. Always `2.0`.
///
/// One of: 2.0.
///
/// Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm.
#[non_exhaustive]
#[derive(
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum ChatTranscriptResponseJsonrpc {
    /// `2.0`
    Jsonrpc20,
}
impl __rt::Debug for ChatTranscriptResponseJsonrpc {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ChatTranscriptResponseJsonrpc {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(ChatTranscriptResponseJsonrpc);
/// The entries recorded for the conversation.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChatTranscriptResponseResult {
    /// Every entry in the conversation, in order. Alongside the dialogue this can carry your own
    /// prompt and other non-dialogue entries, so filter to `user` and `assistant` before displaying a
    /// transcript.
    pub chat_log: __rt::Vec<AiCallLogEntry>,
    /// Structured timeline entries returned for the conversation. The entry shape depends on the
    /// events recorded for that conversation.
    pub call_timeline: __rt::Option<
        __rt::Vec<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
    >,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChatTranscriptResponseResult {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("chat_log", &self.chat_log)?;
        object.optional("call_timeline", &self.call_timeline)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChatTranscriptResponseResult {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChatTranscriptResponseResult {
    type Slots = (
        __rt::Option<__rt::Vec<AiCallLogEntry>>,
        __rt::Option<
            __rt::Option<
                __rt::Vec<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
            >,
        >,
    );
    const EXPECTING: &'static str = "struct ChatTranscriptResponseResult";
    const NAMES: &'static [&'static str] = &["chat_log", "call_timeline"];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ChatTranscriptResponseResult {
            chat_log: Self::required(slots.0, 0)?,
            call_timeline: slots.1.flatten(),
        })
    }
}
/// Details about a specific error.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct RestApiErrorItem {
    /// The category of error.
    pub r#type: __rt::String,
    /// A specific error code.
    pub code: __rt::String,
    /// A description of what caused the error.
    pub message: __rt::String,
    /// The request parameter that caused the error, if applicable.
    pub attribute: __rt::Option<__rt::String>,
    /// A link to documentation about this error.
    pub url: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for RestApiErrorItem {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("type", &self.r#type)?;
        object.field("code", &self.code)?;
        object.field("message", &self.message)?;
        object.optional("attribute", &self.attribute)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for RestApiErrorItem {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for RestApiErrorItem {
    type Slots = (
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::String>,
    );
    const EXPECTING: &'static str = "struct RestApiErrorItem";
    const NAMES: &'static [&'static str] = &[
        "type",
        "code",
        "message",
        "attribute",
        "url",
    ];
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
    ) -> __rt::Result<bool, __A::Error> {
        match index {
            0 => __rt::response_slot(&mut slots.0, map),
            1 => __rt::response_slot(&mut slots.1, map),
            2 => __rt::response_slot(&mut slots.2, map),
            3 => __rt::response_slot(&mut slots.3, map),
            4 => __rt::response_slot(&mut slots.4, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(RestApiErrorItem {
            r#type: Self::required(slots.0, 0)?,
            code: Self::required(slots.1, 1)?,
            message: Self::required(slots.2, 2)?,
            attribute: slots.3.flatten(),
            url: Self::required(slots.4, 4)?,
        })
    }
}
/// The error bodies `chat_methods` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
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
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("chat_methods")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            502 => error.__body_as().map(Self::BadGateway),
            _ => __rt::None,
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
        body: impl __rt::IntoBody<ChatRequest>,
    ) -> __rt::Call<'a, ChatResponse>;
}
impl Api for __rt::Client {
    fn chat_methods<'a>(
        &'a self,
        body: impl __rt::IntoBody<ChatRequest>,
    ) -> __rt::Call<'a, ChatResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "chat_methods",
            method: __rt::Method::Post,
            path_template: "/api/ai/chat",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 502u16],
            media: &[__rt::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/ai/chat"),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::Some(__rt::IntoBody::into_body(body)),
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<ChatResponse>)
    }
}
