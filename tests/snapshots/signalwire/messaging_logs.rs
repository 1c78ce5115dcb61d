const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/messaging_logs.json");
/// Details on charges associated with this log.
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
pub struct ChargeDetail {
    /// Description for this charge.
    pub description: ::std::string::String,
    /// Charged amount.
    pub charge: f64,
}
/// The parameters of `list_message_logs` but its path's.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::default::Default,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ListMessageLogsParams {
    /// Include logs for deleted activity.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_INCLUDE_DELETED`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub include_deleted: ::core::option::Option<bool>,
    /// Return logs for activity prior to this date.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub created_before: ::core::option::Option<::std::string::String>,
    /// Return logs for activity on this date.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub created_on: ::core::option::Option<::std::string::String>,
    /// Return logs for activity after this date.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub created_after: ::core::option::Option<::std::string::String>,
    /// Specify the number of results to return on a single page. The default page size is `50` and the maximum is `1000`.
    ///
    /// When unset, the server uses the schema's default `50` ([`Self::DEFAULT_PAGE_SIZE`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_size: ::core::option::Option<PageSize>,
    /// Page number to retrieve. Requires `page_token` when greater than `0`.
    ///
    /// When unset, the server uses the schema's default `0` ([`Self::DEFAULT_PAGE_NUMBER`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_number: ::core::option::Option<PageNumber>,
    /// Token for cursor-based pagination. Required when `page_number` is greater than `0`. The token is returned in pagination links.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_token: ::core::option::Option<::std::string::String>,
}
impl ListMessageLogsParams {
    /// The schema's default for `include_deleted`: `false`.
    pub const DEFAULT_INCLUDE_DELETED: bool = false;
    /// The schema's default for `page_size`: `50`.
    pub const DEFAULT_PAGE_SIZE: PageSize = PageSize::from_static(50i32);
    /// The schema's default for `page_number`: `0`.
    pub const DEFAULT_PAGE_NUMBER: PageNumber = PageNumber::from_static(0i32);
    /// The query parameters that are set, as query pairs (arrays and objects
    /// written as their `style` says).
    pub fn to_query(
        &self,
    ) -> ::std::vec::Vec<(::std::borrow::Cow<'static, str>, ::std::string::String)> {
        let mut query: ::std::vec::Vec<
            (::std::borrow::Cow<'static, str>, ::std::string::String),
        > = ::std::vec::Vec::new();
        if let ::core::option::Option::Some(value) = &self.include_deleted {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("include_deleted"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.created_before {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("created_before"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.created_on {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("created_on"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.created_after {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("created_after"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.page_size {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("page_size"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.page_number {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("page_number"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.page_token {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("page_token"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        query
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
pub struct LogListResponse {
    /// Object containing pagination links
    pub links: LogPaginationResponse,
    /// Array of message log entries
    pub data: ::std::vec::Vec<MessageLog>,
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
pub struct LogPaginationResponse {
    /// URL to current page
    #[serde(rename = "self")]
    pub self_: ::std::string::String,
    /// URL to first page
    pub first: ::std::string::String,
    /// URL to next page (if available)
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub next: ::core::option::Option<::std::string::String>,
    /// URL to previous page (if available)
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub prev: ::core::option::Option<::std::string::String>,
}
/// Response model for message log retrieve endpoint
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
pub struct LogRetrieveResponse {
    /// A unique identifier for the log.
    pub id: ::conference_api::Uuid,
    /// The origin phone number.
    pub from: ::std::string::String,
    /// The destination phone number.
    pub to: ::std::string::String,
    /// The status of the message.
    pub status: ::conference_api::OrUnknown<LogRetrieveResponseStatus>,
    /// The direction of the message.
    pub direction: ::conference_api::OrUnknown<LogRetrieveResponseDirection>,
    /// The kind of message.
    pub kind: ::conference_api::OrUnknown<LogRetrieveResponseKind>,
    /// Source of this log entry.
    pub source: ::conference_api::OrUnknown<LogRetrieveResponseSource>,
    /// Type of this log entry.
    pub r#type: ::conference_api::OrUnknown<LogRetrieveResponseType>,
    /// URL for the resource associated with this log entry. Null for Relay messages.
    pub url: ::core::option::Option<::std::string::String>,
    /// The number of segments.
    pub number_of_segments: i32,
    /// The charge in dollars.
    pub charge: f64,
    /// Details on charges associated with this log.
    pub charge_details: ::std::vec::Vec<ChargeDetail>,
    /// Date and time when the message entry was created.
    pub created_at: ::conference_api::OrUnknown<::conference_api::DateTime>,
    /// Description of the error when the message failed. Null when the message did not fail. LaML messages use the codes documented at https://signalwire.com/docs/compatibility-api/rest/error-codes.
    pub error_message: ::core::option::Option<::std::string::String>,
    /// Error code identifying why the message failed. Null when the message did not fail. Some Relay messages may have an `error_message` without an `error_code` — the `error_code` is a newer pattern that is not used in all Relay areas.
    pub error_code: ::core::option::Option<::std::string::String>,
}
/// The direction of the message.
///
/// One of: inbound, outbound, outbound-api, outbound-call, outbound-reply.
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
pub enum LogRetrieveResponseDirection {
    /// `inbound`
    Inbound,
    /// `outbound`
    Outbound,
    /// `outbound-api`
    OutboundApi,
    /// `outbound-call`
    OutboundCall,
    /// `outbound-reply`
    OutboundReply,
}
impl ::core::fmt::Debug for LogRetrieveResponseDirection {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &[
            "Inbound",
            "Outbound",
            "OutboundApi",
            "OutboundCall",
            "OutboundReply",
        ];
        f.write_str(NAMES[*self as usize])
    }
}
impl LogRetrieveResponseDirection {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::Inbound,
        Self::Outbound,
        Self::OutboundApi,
        Self::OutboundCall,
        Self::OutboundReply,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "inbound",
        "outbound",
        "outbound-api",
        "outbound-call",
        "outbound-reply",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for LogRetrieveResponseDirection {
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
::conference_api::__string_enum!(LogRetrieveResponseDirection);
/// The kind of message.
///
/// One of: sms, mms.
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
pub enum LogRetrieveResponseKind {
    /// `sms`
    Sms,
    /// `mms`
    Mms,
}
impl ::core::fmt::Debug for LogRetrieveResponseKind {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Sms", "Mms"];
        f.write_str(NAMES[*self as usize])
    }
}
impl LogRetrieveResponseKind {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Sms, Self::Mms];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["sms", "mms"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for LogRetrieveResponseKind {
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
::conference_api::__string_enum!(LogRetrieveResponseKind);
/// Source of this log entry.
///
/// One of: realtime_api, laml.
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
pub enum LogRetrieveResponseSource {
    /// `realtime_api`
    RealtimeApi,
    /// `laml`
    Laml,
}
impl ::core::fmt::Debug for LogRetrieveResponseSource {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["RealtimeApi", "Laml"];
        f.write_str(NAMES[*self as usize])
    }
}
impl LogRetrieveResponseSource {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::RealtimeApi, Self::Laml];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["realtime_api", "laml"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for LogRetrieveResponseSource {
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
::conference_api::__string_enum!(LogRetrieveResponseSource);
/// The status of the message.
///
/// One of: queued, initiated, delivered, sent, received, undelivered, failed.
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
pub enum LogRetrieveResponseStatus {
    /// `queued`
    Queued,
    /// `initiated`
    Initiated,
    /// `delivered`
    Delivered,
    /// `sent`
    Sent,
    /// `received`
    Received,
    /// `undelivered`
    Undelivered,
    /// `failed`
    Failed,
}
impl ::core::fmt::Debug for LogRetrieveResponseStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &[
            "Queued",
            "Initiated",
            "Delivered",
            "Sent",
            "Received",
            "Undelivered",
            "Failed",
        ];
        f.write_str(NAMES[*self as usize])
    }
}
impl LogRetrieveResponseStatus {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::Queued,
        Self::Initiated,
        Self::Delivered,
        Self::Sent,
        Self::Received,
        Self::Undelivered,
        Self::Failed,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "queued",
        "initiated",
        "delivered",
        "sent",
        "received",
        "undelivered",
        "failed",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for LogRetrieveResponseStatus {
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
::conference_api::__string_enum!(LogRetrieveResponseStatus);
/// Type of this log entry.
///
/// One of: relay_message, laml_message.
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
pub enum LogRetrieveResponseType {
    /// `relay_message`
    RelayMessage,
    /// `laml_message`
    LamlMessage,
}
impl ::core::fmt::Debug for LogRetrieveResponseType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["RelayMessage", "LamlMessage"];
        f.write_str(NAMES[*self as usize])
    }
}
impl LogRetrieveResponseType {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::RelayMessage, Self::LamlMessage];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["relay_message", "laml_message"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for LogRetrieveResponseType {
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
::conference_api::__string_enum!(LogRetrieveResponseType);
/// Message log entry with all activity details
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
pub struct MessageLog {
    /// A unique identifier for the log.
    pub id: ::conference_api::Uuid,
    /// The origin phone number.
    pub from: ::std::string::String,
    /// The destination phone number.
    pub to: ::std::string::String,
    /// The status of the message.
    pub status: ::conference_api::OrUnknown<MessageLogStatus>,
    /// The direction of the message.
    pub direction: ::conference_api::OrUnknown<MessageLogDirection>,
    /// The kind of message.
    pub kind: ::conference_api::OrUnknown<MessageLogKind>,
    /// Source of this log entry.
    pub source: ::conference_api::OrUnknown<MessageLogSource>,
    /// Type of this log entry.
    pub r#type: ::conference_api::OrUnknown<MessageLogType>,
    /// URL for the resource associated with this log entry. Null for Relay messages.
    pub url: ::core::option::Option<::std::string::String>,
    /// The number of segments.
    pub number_of_segments: i32,
    /// The charge in dollars.
    pub charge: f64,
    /// Details on charges associated with this log.
    pub charge_details: ::std::vec::Vec<ChargeDetail>,
    /// Date and time when the message entry was created.
    pub created_at: ::conference_api::OrUnknown<::conference_api::DateTime>,
    /// Description of the error when the message failed. Null when the message did not fail. LaML messages use the codes documented at https://signalwire.com/docs/compatibility-api/rest/error-codes.
    pub error_message: ::core::option::Option<::std::string::String>,
    /// Error code identifying why the message failed. Null when the message did not fail. Some Relay messages may have an `error_message` without an `error_code` — the `error_code` is a newer pattern that is not used in all Relay areas.
    pub error_code: ::core::option::Option<::std::string::String>,
}
/// The direction of the message.
///
/// One of: inbound, outbound, outbound-api, outbound-call, outbound-reply.
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
pub enum MessageLogDirection {
    /// `inbound`
    Inbound,
    /// `outbound`
    Outbound,
    /// `outbound-api`
    OutboundApi,
    /// `outbound-call`
    OutboundCall,
    /// `outbound-reply`
    OutboundReply,
}
impl ::core::fmt::Debug for MessageLogDirection {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &[
            "Inbound",
            "Outbound",
            "OutboundApi",
            "OutboundCall",
            "OutboundReply",
        ];
        f.write_str(NAMES[*self as usize])
    }
}
impl MessageLogDirection {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::Inbound,
        Self::Outbound,
        Self::OutboundApi,
        Self::OutboundCall,
        Self::OutboundReply,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "inbound",
        "outbound",
        "outbound-api",
        "outbound-call",
        "outbound-reply",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for MessageLogDirection {
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
::conference_api::__string_enum!(MessageLogDirection);
/// The kind of message.
///
/// One of: sms, mms.
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
pub enum MessageLogKind {
    /// `sms`
    Sms,
    /// `mms`
    Mms,
}
impl ::core::fmt::Debug for MessageLogKind {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Sms", "Mms"];
        f.write_str(NAMES[*self as usize])
    }
}
impl MessageLogKind {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Sms, Self::Mms];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["sms", "mms"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for MessageLogKind {
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
::conference_api::__string_enum!(MessageLogKind);
/// The request contains invalid parameters. See errors for details.
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
pub struct MessageLogShowStatusCode422 {
    /// List of validation errors.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
}
/// Source of this log entry.
///
/// One of: realtime_api, laml.
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
pub enum MessageLogSource {
    /// `realtime_api`
    RealtimeApi,
    /// `laml`
    Laml,
}
impl ::core::fmt::Debug for MessageLogSource {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["RealtimeApi", "Laml"];
        f.write_str(NAMES[*self as usize])
    }
}
impl MessageLogSource {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::RealtimeApi, Self::Laml];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["realtime_api", "laml"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for MessageLogSource {
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
::conference_api::__string_enum!(MessageLogSource);
/// The status of the message.
///
/// One of: queued, initiated, delivered, sent, received, undelivered, failed.
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
pub enum MessageLogStatus {
    /// `queued`
    Queued,
    /// `initiated`
    Initiated,
    /// `delivered`
    Delivered,
    /// `sent`
    Sent,
    /// `received`
    Received,
    /// `undelivered`
    Undelivered,
    /// `failed`
    Failed,
}
impl ::core::fmt::Debug for MessageLogStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &[
            "Queued",
            "Initiated",
            "Delivered",
            "Sent",
            "Received",
            "Undelivered",
            "Failed",
        ];
        f.write_str(NAMES[*self as usize])
    }
}
impl MessageLogStatus {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::Queued,
        Self::Initiated,
        Self::Delivered,
        Self::Sent,
        Self::Received,
        Self::Undelivered,
        Self::Failed,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "queued",
        "initiated",
        "delivered",
        "sent",
        "received",
        "undelivered",
        "failed",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for MessageLogStatus {
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
::conference_api::__string_enum!(MessageLogStatus);
/// Type of this log entry.
///
/// One of: relay_message, laml_message.
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
pub enum MessageLogType {
    /// `relay_message`
    RelayMessage,
    /// `laml_message`
    LamlMessage,
}
impl ::core::fmt::Debug for MessageLogType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["RelayMessage", "LamlMessage"];
        f.write_str(NAMES[*self as usize])
    }
}
impl MessageLogType {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::RelayMessage, Self::LamlMessage];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["relay_message", "laml_message"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for MessageLogType {
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
::conference_api::__string_enum!(MessageLogType);
/// The request contains invalid parameters. See errors for details.
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
pub struct MessageLogsListStatusCode422 {
    /// List of validation errors.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
}
/// A value that is at least 0. Used by `page_number`.
///
/// Make one with [`new`](Self::new) (checked at run time), or from a literal with `from_static` in a `const`, checked at compile time:
///
/// ```text
/// const VALUE: PageNumber = PageNumber::from_static(…);
/// ```
///
/// [`new_unchecked`](Self::new_unchecked) skips the check: it is the escape hatch for the day the server accepts more than this schema says.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub struct PageNumber(i32);
impl PageNumber {
    /// The smallest valid value.
    pub const MINIMUM: i32 = 0;
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(
        value: i32,
    ) -> ::core::option::Option<::conference_api::Rule> {
        if (value as i64) < 0 {
            return ::core::option::Option::Some(::conference_api::Rule::Minimum(0f64));
        }
        ::core::option::Option::None
    }
    /// A value from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: i32) -> Self {
        match Self::broken_rule(value) {
            ::core::option::Option::None => Self(value),
            ::core::option::Option::Some(_) => {
                ::core::panic!("invalid PageNumber literal: below the minimum 0")
            }
        }
    }
}
::conference_api::__integer_value!(PageNumber, i32);
/// A value that is at least 1 and is at most 1000. Used by `page_size`.
///
/// Make one with [`new`](Self::new) (checked at run time), or from a literal with `from_static` in a `const`, checked at compile time:
///
/// ```text
/// const VALUE: PageSize = PageSize::from_static(…);
/// ```
///
/// [`new_unchecked`](Self::new_unchecked) skips the check: it is the escape hatch for the day the server accepts more than this schema says.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub struct PageSize(i32);
impl PageSize {
    /// The smallest valid value.
    pub const MINIMUM: i32 = 1;
    /// The largest valid value.
    pub const MAXIMUM: i32 = 1000;
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(
        value: i32,
    ) -> ::core::option::Option<::conference_api::Rule> {
        if (value as i64) < 1 {
            return ::core::option::Option::Some(::conference_api::Rule::Minimum(1f64));
        }
        if (value as i64) > 1000 {
            return ::core::option::Option::Some(
                ::conference_api::Rule::Maximum(1000f64),
            );
        }
        ::core::option::Option::None
    }
    /// A value from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: i32) -> Self {
        match Self::broken_rule(value) {
            ::core::option::Option::None => Self(value),
            ::core::option::Option::Some(::conference_api::Rule::Minimum(_)) => {
                ::core::panic!("invalid PageSize literal: below the minimum 1")
            }
            ::core::option::Option::Some(_) => {
                ::core::panic!("invalid PageSize literal: above the maximum 1000")
            }
        }
    }
}
::conference_api::__integer_value!(PageSize, i32);
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
/// The request is invalid.
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
pub struct StatusCode400 {
    /// The `error` field.
    pub error: ::conference_api::OrUnknown<StatusCode400Error>,
}
///
/// One of: Bad Request.
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
pub enum StatusCode400Error {
    /// `Bad Request`
    BadRequest,
}
impl ::core::fmt::Debug for StatusCode400Error {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["BadRequest"];
        f.write_str(NAMES[*self as usize])
    }
}
impl StatusCode400Error {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::BadRequest];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["Bad Request"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for StatusCode400Error {
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
::conference_api::__string_enum!(StatusCode400Error);
/// Access is unauthorized.
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
pub struct StatusCode401 {
    /// The `error` field.
    pub error: ::conference_api::OrUnknown<StatusCode401Error>,
}
///
/// One of: Unauthorized.
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
pub enum StatusCode401Error {
    /// `Unauthorized`
    Unauthorized,
}
impl ::core::fmt::Debug for StatusCode401Error {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Unauthorized"];
        f.write_str(NAMES[*self as usize])
    }
}
impl StatusCode401Error {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Unauthorized];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["Unauthorized"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for StatusCode401Error {
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
::conference_api::__string_enum!(StatusCode401Error);
/// The server cannot find the requested resource.
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
pub struct StatusCode404 {
    /// The `error` field.
    pub error: ::conference_api::OrUnknown<StatusCode404Error>,
}
///
/// One of: Not Found.
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
pub enum StatusCode404Error {
    /// `Not Found`
    NotFound,
}
impl ::core::fmt::Debug for StatusCode404Error {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["NotFound"];
        f.write_str(NAMES[*self as usize])
    }
}
impl StatusCode404Error {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::NotFound];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["Not Found"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for StatusCode404Error {
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
::conference_api::__string_enum!(StatusCode404Error);
/// An internal server error occurred.
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
pub struct StatusCode500 {
    /// The `error` field.
    pub error: ::conference_api::OrUnknown<StatusCode500Error>,
}
///
/// One of: Internal Server Error.
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
pub enum StatusCode500Error {
    /// `Internal Server Error`
    InternalServerError,
}
impl ::core::fmt::Debug for StatusCode500Error {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["InternalServerError"];
        f.write_str(NAMES[*self as usize])
    }
}
impl StatusCode500Error {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::InternalServerError];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["Internal Server Error"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for StatusCode500Error {
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
::conference_api::__string_enum!(StatusCode500Error);
/// The error bodies `list_message_logs` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum ListMessageLogsError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 422.
    UnprocessableEntity(MessageLogsListStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl ListMessageLogsError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("list_message_logs")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `get_message_log` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum GetMessageLogError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 422.
    UnprocessableEntity(MessageLogShowStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl GetMessageLogError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("get_message_log")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The operations of the schema, as methods of [`Client`](::conference_api::Client).
/// Bring the trait into scope to call them.
pub trait Api {
    /// List message logs.
    ///
    /// List the available logs.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Messaging_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/messaging/logs`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`ListMessageLogsError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn list_message_logs<'a>(
        &'a self,
        params: &ListMessageLogsParams,
    ) -> ::conference_api::Call<'a, LogListResponse>;
    /// Every item of [`list_message_logs`](Self::list_message_logs), page after page: the first page as that call asks for it, each next one with the query of the page's `links.next`.
    ///
    /// Returns a [`PageStream`](::conference_api::PageStream): it asks for a page when the items of the one before have been taken, follows links only on the client's base URL, and ends with one [`PageError`](::conference_api::PageError) when a page fails or the server never reaches a last page.
    fn list_all_message_logs<'a>(
        &'a self,
        params: &ListMessageLogsParams,
    ) -> ::conference_api::PageStream<'a, MessageLog>;
    /// Get message log.
    ///
    /// Find a log by ID.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Messaging_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/messaging/logs/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`GetMessageLogError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn get_message_log<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, LogRetrieveResponse>;
}
impl Api for ::conference_api::Client {
    fn list_message_logs<'a>(
        &'a self,
        params: &ListMessageLogsParams,
    ) -> ::conference_api::Call<'a, LogListResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "list_message_logs",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/messaging/logs",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/messaging/logs"),
            query: params.to_query(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<LogListResponse>,
        )
    }
    fn list_all_message_logs<'a>(
        &'a self,
        params: &ListMessageLogsParams,
    ) -> ::conference_api::PageStream<'a, MessageLog> {
        let params = ::core::clone::Clone::clone(params);
        ::conference_api::PageStream::new(
            move || self.list_message_logs(&params),
            |page: LogListResponse| (page.data, page.links.next),
            |item: &MessageLog, digest| digest.id(&item.id),
        )
    }
    fn get_message_log<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, LogRetrieveResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "get_message_log",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/messaging/logs/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/messaging/logs/{}",
                ::conference_api::__private::encode_path_segment(&
                ::std::string::ToString::to_string(id))
            ),
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<LogRetrieveResponse>,
        )
    }
}
