#[allow(unused_imports)]
use ::conference_api::__private as __rt;
const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/messaging_logs.json");
/// Details on charges associated with this log.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ChargeDetail {
    /// Description for this charge.
    pub description: __rt::String,
    /// Charged amount.
    pub charge: f64,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ChargeDetail {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("description", &self.description)?;
        object.field("charge", &self.charge)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ChargeDetail {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ChargeDetail {
    type Slots = (__rt::Option<__rt::String>, __rt::Option<f64>);
    const EXPECTING: &'static str = "struct ChargeDetail";
    const NAMES: &'static [&'static str] = &["description", "charge"];
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
        __rt::Ok(ChargeDetail {
            description: Self::required(slots.0, 0)?,
            charge: Self::required(slots.1, 1)?,
        })
    }
}
/// The parameters of `list_message_logs` but its path's.
#[derive(
    __rt::Clone,
    __rt::Debug,
    __rt::Default,
    __rt::PartialEq,
    __rt::serde::Serialize,
    __rt::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ListMessageLogsParams {
    /// Include logs for deleted activity.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_INCLUDE_DELETED`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub include_deleted: __rt::Option<bool>,
    /// Return logs for activity prior to this date.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub created_before: __rt::Option<__rt::String>,
    /// Return logs for activity on this date.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub created_on: __rt::Option<__rt::String>,
    /// Return logs for activity after this date.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub created_after: __rt::Option<__rt::String>,
    /// Specify the number of results to return on a single page. The default page size is `50` and the maximum is `1000`.
    ///
    /// When unset, the server uses the schema's default `50` ([`Self::DEFAULT_PAGE_SIZE`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_size: __rt::Option<PageSize>,
    /// Page number to retrieve. Requires `page_token` when greater than `0`.
    ///
    /// When unset, the server uses the schema's default `0` ([`Self::DEFAULT_PAGE_NUMBER`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_number: __rt::Option<PageNumber>,
    /// Token for cursor-based pagination. Required when `page_number` is greater than `0`. The token is returned in pagination links.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_token: __rt::Option<__rt::String>,
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
    pub fn to_query(&self) -> __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> {
        let mut query: __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> = __rt::Vec::new();
        if let __rt::Some(value) = &self.include_deleted {
            query
                .push((
                    __rt::Cow::Borrowed("include_deleted"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.created_before {
            query
                .push((
                    __rt::Cow::Borrowed("created_before"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.created_on {
            query
                .push((
                    __rt::Cow::Borrowed("created_on"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.created_after {
            query
                .push((
                    __rt::Cow::Borrowed("created_after"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.page_size {
            query
                .push((
                    __rt::Cow::Borrowed("page_size"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.page_number {
            query
                .push((
                    __rt::Cow::Borrowed("page_number"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.page_token {
            query
                .push((
                    __rt::Cow::Borrowed("page_token"),
                    __rt::ToString::to_string(value),
                ));
        }
        query
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct LogListResponse {
    /// Object containing pagination links
    pub links: LogPaginationResponse,
    /// Array of message log entries
    pub data: __rt::Vec<MessageLog>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for LogListResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("links", &self.links)?;
        object.field("data", &self.data)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for LogListResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for LogListResponse {
    type Slots = (
        __rt::Option<LogPaginationResponse>,
        __rt::Option<__rt::Vec<MessageLog>>,
    );
    const EXPECTING: &'static str = "struct LogListResponse";
    const NAMES: &'static [&'static str] = &["links", "data"];
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
        __rt::Ok(LogListResponse {
            links: Self::required(slots.0, 0)?,
            data: Self::required(slots.1, 1)?,
        })
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct LogPaginationResponse {
    /// URL to current page
    pub self_: __rt::String,
    /// URL to first page
    pub first: __rt::String,
    /// URL to next page (if available)
    pub next: __rt::Option<__rt::String>,
    /// URL to previous page (if available)
    pub prev: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for LogPaginationResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("self", &self.self_)?;
        object.field("first", &self.first)?;
        object.optional("next", &self.next)?;
        object.optional("prev", &self.prev)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for LogPaginationResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for LogPaginationResponse {
    type Slots = (
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::String>>,
    );
    const EXPECTING: &'static str = "struct LogPaginationResponse";
    const NAMES: &'static [&'static str] = &["self", "first", "next", "prev"];
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
        __rt::Ok(LogPaginationResponse {
            self_: Self::required(slots.0, 0)?,
            first: Self::required(slots.1, 1)?,
            next: slots.2.flatten(),
            prev: slots.3.flatten(),
        })
    }
}
/// Response model for message log retrieve endpoint
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct LogRetrieveResponse {
    /// A unique identifier for the log.
    pub id: __rt::Uuid,
    /// The origin phone number.
    pub from: __rt::String,
    /// The destination phone number.
    pub to: __rt::String,
    /// The status of the message.
    pub status: __rt::OrUnknown<LogRetrieveResponseStatus>,
    /// The direction of the message.
    pub direction: __rt::OrUnknown<LogRetrieveResponseDirection>,
    /// The kind of message.
    pub kind: __rt::OrUnknown<LogRetrieveResponseKind>,
    /// Source of this log entry.
    pub source: __rt::OrUnknown<LogRetrieveResponseSource>,
    /// Type of this log entry.
    pub r#type: __rt::OrUnknown<LogRetrieveResponseType>,
    /// URL for the resource associated with this log entry. Null for Relay messages.
    pub url: __rt::Option<__rt::String>,
    /// The number of segments.
    pub number_of_segments: i32,
    /// The charge in dollars.
    pub charge: f64,
    /// Details on charges associated with this log.
    pub charge_details: __rt::Vec<ChargeDetail>,
    /// Date and time when the message entry was created.
    pub created_at: __rt::OrUnknown<__rt::DateTime>,
    /// Description of the error when the message failed. Null when the message did not fail. LaML messages use the codes documented at https://signalwire.com/docs/compatibility-api/rest/error-codes.
    pub error_message: __rt::Option<__rt::String>,
    /// Error code identifying why the message failed. Null when the message did not fail. Some Relay messages may have an `error_message` without an `error_code` — the `error_code` is a newer pattern that is not used in all Relay areas.
    pub error_code: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for LogRetrieveResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("from", &self.from)?;
        object.field("to", &self.to)?;
        object.field("status", &self.status)?;
        object.field("direction", &self.direction)?;
        object.field("kind", &self.kind)?;
        object.field("source", &self.source)?;
        object.field("type", &self.r#type)?;
        object.field("url", &self.url)?;
        object.field("number_of_segments", &self.number_of_segments)?;
        object.field("charge", &self.charge)?;
        object.field("charge_details", &self.charge_details)?;
        object.field("created_at", &self.created_at)?;
        object.field("error_message", &self.error_message)?;
        object.field("error_code", &self.error_code)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for LogRetrieveResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[doc(hidden)]
#[derive(__rt::Default)]
pub struct __LogRetrieveResponseSlots(
    __rt::Option<__rt::Uuid>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::OrUnknown<LogRetrieveResponseStatus>>,
    __rt::Option<__rt::OrUnknown<LogRetrieveResponseDirection>>,
    __rt::Option<__rt::OrUnknown<LogRetrieveResponseKind>>,
    __rt::Option<__rt::OrUnknown<LogRetrieveResponseSource>>,
    __rt::Option<__rt::OrUnknown<LogRetrieveResponseType>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<i32>,
    __rt::Option<f64>,
    __rt::Option<__rt::Vec<ChargeDetail>>,
    __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
);
#[allow(deprecated)]
impl __rt::ResponseFields for LogRetrieveResponse {
    type Slots = __LogRetrieveResponseSlots;
    const EXPECTING: &'static str = "struct LogRetrieveResponse";
    const NAMES: &'static [&'static str] = &[
        "id",
        "from",
        "to",
        "status",
        "direction",
        "kind",
        "source",
        "type",
        "url",
        "number_of_segments",
        "charge",
        "charge_details",
        "created_at",
        "error_message",
        "error_code",
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
            5 => __rt::response_slot(&mut slots.5, map),
            6 => __rt::response_slot(&mut slots.6, map),
            7 => __rt::response_slot(&mut slots.7, map),
            8 => __rt::response_slot(&mut slots.8, map),
            9 => __rt::response_slot(&mut slots.9, map),
            10 => __rt::response_slot(&mut slots.10, map),
            11 => __rt::response_slot(&mut slots.11, map),
            12 => __rt::response_slot(&mut slots.12, map),
            13 => __rt::response_slot(&mut slots.13, map),
            14 => __rt::response_slot(&mut slots.14, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(LogRetrieveResponse {
            id: Self::required(slots.0, 0)?,
            from: Self::required(slots.1, 1)?,
            to: Self::required(slots.2, 2)?,
            status: Self::required(slots.3, 3)?,
            direction: Self::required(slots.4, 4)?,
            kind: Self::required(slots.5, 5)?,
            source: Self::required(slots.6, 6)?,
            r#type: Self::required(slots.7, 7)?,
            url: slots.8.flatten(),
            number_of_segments: Self::required(slots.9, 9)?,
            charge: Self::required(slots.10, 10)?,
            charge_details: Self::required(slots.11, 11)?,
            created_at: Self::required(slots.12, 12)?,
            error_message: slots.13.flatten(),
            error_code: slots.14.flatten(),
        })
    }
}
/// The direction of the message.
///
/// One of: inbound, outbound, outbound-api, outbound-call, outbound-reply.
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
impl __rt::Debug for LogRetrieveResponseDirection {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for LogRetrieveResponseDirection {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum LogRetrieveResponseKind {
    /// `sms`
    Sms,
    /// `mms`
    Mms,
}
impl __rt::Debug for LogRetrieveResponseKind {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for LogRetrieveResponseKind {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum LogRetrieveResponseSource {
    /// `realtime_api`
    RealtimeApi,
    /// `laml`
    Laml,
}
impl __rt::Debug for LogRetrieveResponseSource {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for LogRetrieveResponseSource {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
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
impl __rt::Debug for LogRetrieveResponseStatus {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for LogRetrieveResponseStatus {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum LogRetrieveResponseType {
    /// `relay_message`
    RelayMessage,
    /// `laml_message`
    LamlMessage,
}
impl __rt::Debug for LogRetrieveResponseType {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for LogRetrieveResponseType {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(LogRetrieveResponseType);
/// Message log entry with all activity details
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct MessageLog {
    /// A unique identifier for the log.
    pub id: __rt::Uuid,
    /// The origin phone number.
    pub from: __rt::String,
    /// The destination phone number.
    pub to: __rt::String,
    /// The status of the message.
    pub status: __rt::OrUnknown<MessageLogStatus>,
    /// The direction of the message.
    pub direction: __rt::OrUnknown<MessageLogDirection>,
    /// The kind of message.
    pub kind: __rt::OrUnknown<MessageLogKind>,
    /// Source of this log entry.
    pub source: __rt::OrUnknown<MessageLogSource>,
    /// Type of this log entry.
    pub r#type: __rt::OrUnknown<MessageLogType>,
    /// URL for the resource associated with this log entry. Null for Relay messages.
    pub url: __rt::Option<__rt::String>,
    /// The number of segments.
    pub number_of_segments: i32,
    /// The charge in dollars.
    pub charge: f64,
    /// Details on charges associated with this log.
    pub charge_details: __rt::Vec<ChargeDetail>,
    /// Date and time when the message entry was created.
    pub created_at: __rt::OrUnknown<__rt::DateTime>,
    /// Description of the error when the message failed. Null when the message did not fail. LaML messages use the codes documented at https://signalwire.com/docs/compatibility-api/rest/error-codes.
    pub error_message: __rt::Option<__rt::String>,
    /// Error code identifying why the message failed. Null when the message did not fail. Some Relay messages may have an `error_message` without an `error_code` — the `error_code` is a newer pattern that is not used in all Relay areas.
    pub error_code: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for MessageLog {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("from", &self.from)?;
        object.field("to", &self.to)?;
        object.field("status", &self.status)?;
        object.field("direction", &self.direction)?;
        object.field("kind", &self.kind)?;
        object.field("source", &self.source)?;
        object.field("type", &self.r#type)?;
        object.field("url", &self.url)?;
        object.field("number_of_segments", &self.number_of_segments)?;
        object.field("charge", &self.charge)?;
        object.field("charge_details", &self.charge_details)?;
        object.field("created_at", &self.created_at)?;
        object.field("error_message", &self.error_message)?;
        object.field("error_code", &self.error_code)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for MessageLog {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[doc(hidden)]
#[derive(__rt::Default)]
pub struct __MessageLogSlots(
    __rt::Option<__rt::Uuid>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::OrUnknown<MessageLogStatus>>,
    __rt::Option<__rt::OrUnknown<MessageLogDirection>>,
    __rt::Option<__rt::OrUnknown<MessageLogKind>>,
    __rt::Option<__rt::OrUnknown<MessageLogSource>>,
    __rt::Option<__rt::OrUnknown<MessageLogType>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<i32>,
    __rt::Option<f64>,
    __rt::Option<__rt::Vec<ChargeDetail>>,
    __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
);
#[allow(deprecated)]
impl __rt::ResponseFields for MessageLog {
    type Slots = __MessageLogSlots;
    const EXPECTING: &'static str = "struct MessageLog";
    const NAMES: &'static [&'static str] = &[
        "id",
        "from",
        "to",
        "status",
        "direction",
        "kind",
        "source",
        "type",
        "url",
        "number_of_segments",
        "charge",
        "charge_details",
        "created_at",
        "error_message",
        "error_code",
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
            5 => __rt::response_slot(&mut slots.5, map),
            6 => __rt::response_slot(&mut slots.6, map),
            7 => __rt::response_slot(&mut slots.7, map),
            8 => __rt::response_slot(&mut slots.8, map),
            9 => __rt::response_slot(&mut slots.9, map),
            10 => __rt::response_slot(&mut slots.10, map),
            11 => __rt::response_slot(&mut slots.11, map),
            12 => __rt::response_slot(&mut slots.12, map),
            13 => __rt::response_slot(&mut slots.13, map),
            14 => __rt::response_slot(&mut slots.14, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(MessageLog {
            id: Self::required(slots.0, 0)?,
            from: Self::required(slots.1, 1)?,
            to: Self::required(slots.2, 2)?,
            status: Self::required(slots.3, 3)?,
            direction: Self::required(slots.4, 4)?,
            kind: Self::required(slots.5, 5)?,
            source: Self::required(slots.6, 6)?,
            r#type: Self::required(slots.7, 7)?,
            url: slots.8.flatten(),
            number_of_segments: Self::required(slots.9, 9)?,
            charge: Self::required(slots.10, 10)?,
            charge_details: Self::required(slots.11, 11)?,
            created_at: Self::required(slots.12, 12)?,
            error_message: slots.13.flatten(),
            error_code: slots.14.flatten(),
        })
    }
}
/// The direction of the message.
///
/// One of: inbound, outbound, outbound-api, outbound-call, outbound-reply.
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
impl __rt::Debug for MessageLogDirection {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for MessageLogDirection {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum MessageLogKind {
    /// `sms`
    Sms,
    /// `mms`
    Mms,
}
impl __rt::Debug for MessageLogKind {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for MessageLogKind {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(MessageLogKind);
/// The request contains invalid parameters. See errors for details.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct MessageLogShowStatusCode422 {
    /// List of validation errors.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for MessageLogShowStatusCode422 {
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
impl<'de> __rt::serde::Deserialize<'de> for MessageLogShowStatusCode422 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for MessageLogShowStatusCode422 {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct MessageLogShowStatusCode422";
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
        __rt::Ok(MessageLogShowStatusCode422 {
            errors: Self::required(slots.0, 0)?,
        })
    }
}
/// Source of this log entry.
///
/// One of: realtime_api, laml.
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
pub enum MessageLogSource {
    /// `realtime_api`
    RealtimeApi,
    /// `laml`
    Laml,
}
impl __rt::Debug for MessageLogSource {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for MessageLogSource {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
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
impl __rt::Debug for MessageLogStatus {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for MessageLogStatus {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum MessageLogType {
    /// `relay_message`
    RelayMessage,
    /// `laml_message`
    LamlMessage,
}
impl __rt::Debug for MessageLogType {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for MessageLogType {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(MessageLogType);
/// The request contains invalid parameters. See errors for details.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct MessageLogsListStatusCode422 {
    /// List of validation errors.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for MessageLogsListStatusCode422 {
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
impl<'de> __rt::serde::Deserialize<'de> for MessageLogsListStatusCode422 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for MessageLogsListStatusCode422 {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct MessageLogsListStatusCode422";
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
        __rt::Ok(MessageLogsListStatusCode422 {
            errors: Self::required(slots.0, 0)?,
        })
    }
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
    __rt::Clone,
    __rt::Copy,
    __rt::Debug,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub struct PageNumber(i32);
impl PageNumber {
    /// The smallest valid value.
    pub const MINIMUM: i32 = 0;
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(value: i32) -> __rt::Option<__rt::Rule> {
        if (value as i64) < 0 {
            return __rt::Some(__rt::Rule::Minimum(0f64));
        }
        __rt::None
    }
    /// A value from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: i32) -> Self {
        match Self::broken_rule(value) {
            __rt::None => Self(value),
            __rt::Some(_) => {
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
    __rt::Clone,
    __rt::Copy,
    __rt::Debug,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub struct PageSize(i32);
impl PageSize {
    /// The smallest valid value.
    pub const MINIMUM: i32 = 1;
    /// The largest valid value.
    pub const MAXIMUM: i32 = 1000;
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(value: i32) -> __rt::Option<__rt::Rule> {
        if (value as i64) < 1 {
            return __rt::Some(__rt::Rule::Minimum(1f64));
        }
        if (value as i64) > 1000 {
            return __rt::Some(__rt::Rule::Maximum(1000f64));
        }
        __rt::None
    }
    /// A value from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: i32) -> Self {
        match Self::broken_rule(value) {
            __rt::None => Self(value),
            __rt::Some(__rt::Rule::Minimum(_)) => {
                ::core::panic!("invalid PageSize literal: below the minimum 1")
            }
            __rt::Some(_) => {
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
/// The request is invalid.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct StatusCode400 {
    /// The `error` field.
    pub error: __rt::OrUnknown<StatusCode400Error>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for StatusCode400 {
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
impl<'de> __rt::serde::Deserialize<'de> for StatusCode400 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for StatusCode400 {
    type Slots = (__rt::Option<__rt::OrUnknown<StatusCode400Error>>,);
    const EXPECTING: &'static str = "struct StatusCode400";
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
        __rt::Ok(StatusCode400 {
            error: Self::required(slots.0, 0)?,
        })
    }
}
///
/// One of: Bad Request.
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
pub enum StatusCode400Error {
    /// `Bad Request`
    BadRequest,
}
impl __rt::Debug for StatusCode400Error {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for StatusCode400Error {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(StatusCode400Error);
/// Access is unauthorized.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct StatusCode401 {
    /// The `error` field.
    pub error: __rt::OrUnknown<StatusCode401Error>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for StatusCode401 {
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
impl<'de> __rt::serde::Deserialize<'de> for StatusCode401 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for StatusCode401 {
    type Slots = (__rt::Option<__rt::OrUnknown<StatusCode401Error>>,);
    const EXPECTING: &'static str = "struct StatusCode401";
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
        __rt::Ok(StatusCode401 {
            error: Self::required(slots.0, 0)?,
        })
    }
}
///
/// One of: Unauthorized.
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
pub enum StatusCode401Error {
    /// `Unauthorized`
    Unauthorized,
}
impl __rt::Debug for StatusCode401Error {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for StatusCode401Error {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(StatusCode401Error);
/// The server cannot find the requested resource.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct StatusCode404 {
    /// The `error` field.
    pub error: __rt::OrUnknown<StatusCode404Error>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for StatusCode404 {
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
impl<'de> __rt::serde::Deserialize<'de> for StatusCode404 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for StatusCode404 {
    type Slots = (__rt::Option<__rt::OrUnknown<StatusCode404Error>>,);
    const EXPECTING: &'static str = "struct StatusCode404";
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
        __rt::Ok(StatusCode404 {
            error: Self::required(slots.0, 0)?,
        })
    }
}
///
/// One of: Not Found.
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
pub enum StatusCode404Error {
    /// `Not Found`
    NotFound,
}
impl __rt::Debug for StatusCode404Error {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for StatusCode404Error {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(StatusCode404Error);
/// An internal server error occurred.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct StatusCode500 {
    /// The `error` field.
    pub error: __rt::OrUnknown<StatusCode500Error>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for StatusCode500 {
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
impl<'de> __rt::serde::Deserialize<'de> for StatusCode500 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for StatusCode500 {
    type Slots = (__rt::Option<__rt::OrUnknown<StatusCode500Error>>,);
    const EXPECTING: &'static str = "struct StatusCode500";
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
        __rt::Ok(StatusCode500 {
            error: Self::required(slots.0, 0)?,
        })
    }
}
///
/// One of: Internal Server Error.
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
pub enum StatusCode500Error {
    /// `Internal Server Error`
    InternalServerError,
}
impl __rt::Debug for StatusCode500Error {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for StatusCode500Error {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(StatusCode500Error);
/// The error bodies `list_message_logs` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
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
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("list_message_logs")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `get_message_log` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
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
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("get_message_log")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
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
    ) -> __rt::Call<'a, LogListResponse>;
    /// Every item of [`list_message_logs`](Self::list_message_logs), page after page: the first page as that call asks for it, each next one with the query of the page's `links.next`.
    ///
    /// Returns a [`PageStream`](::conference_api::PageStream): it asks for a page when the items of the one before have been taken, follows links only on the client's base URL, and ends with one [`PageError`](::conference_api::PageError) when a page fails or the server never reaches a last page.
    fn list_all_message_logs<'a>(
        &'a self,
        params: &ListMessageLogsParams,
    ) -> __rt::PageStream<'a, MessageLog>;
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
        id: &__rt::Uuid,
    ) -> __rt::Call<'a, LogRetrieveResponse>;
}
impl Api for __rt::Client {
    fn list_message_logs<'a>(
        &'a self,
        params: &ListMessageLogsParams,
    ) -> __rt::Call<'a, LogListResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "list_message_logs",
            method: __rt::Method::Get,
            path_template: "/api/messaging/logs",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/messaging/logs"),
            query: params.to_query(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<LogListResponse>)
    }
    fn list_all_message_logs<'a>(
        &'a self,
        params: &ListMessageLogsParams,
    ) -> __rt::PageStream<'a, MessageLog> {
        let params = __rt::Clone::clone(params);
        __rt::PageStream::new(
            move || self.list_message_logs(&params),
            |page: LogListResponse| (page.data, page.links.next),
            |item: &MessageLog, digest| digest.id(&item.id),
        )
    }
    fn get_message_log<'a>(
        &'a self,
        id: &__rt::Uuid,
    ) -> __rt::Call<'a, LogRetrieveResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "get_message_log",
            method: __rt::Method::Get,
            path_template: "/api/messaging/logs/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/messaging/logs/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<LogRetrieveResponse>,
        )
    }
}
