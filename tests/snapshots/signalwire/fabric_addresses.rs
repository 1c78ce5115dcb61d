#[allow(unused_imports)]
use ::conference_api::__private as __rt;
const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/fabric_addresses.json");
///
/// Decoded leniently: the first variant that keeps the whole value, else the first that decodes, else [`Unknown`](Self::Unknown) with the JSON as it came.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub enum AddressChannel {
    /// A value of this type (`#/components/schemas/AddressChannel/anyOf/0`).
    AudioChannel(AudioChannel),
    /// A value of this type (`#/components/schemas/AddressChannel/anyOf/1`).
    MessagingChannel(MessagingChannel),
    /// A value of this type (`#/components/schemas/AddressChannel/anyOf/2`).
    VideoChannel(VideoChannel),
    /// A value that fits no variant the schema lists (yet), kept as it was sent.
    Unknown(__rt::serde_json::Value),
}
#[allow(deprecated)]
impl AddressChannel {
    /// The variants' names, in the schema's order (without `Unknown`).
    pub const VARIANTS: &'static [&'static str] = &[
        "AudioChannel",
        "MessagingChannel",
        "VideoChannel",
    ];
}
#[allow(deprecated)]
impl __rt::serde::Serialize for AddressChannel {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        match self {
            Self::AudioChannel(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::MessagingChannel(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::VideoChannel(value) => {
                __rt::serde::Serialize::serialize(value, serializer)
            }
            Self::Unknown(value) => __rt::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for AddressChannel {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let value = <__rt::serde_json::Value as __rt::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        const TRIES: &[__rt::TryVariant<AddressChannel>] = &[
            |value| {
                __rt::try_variant::<AudioChannel>(value)
                    .map(|(decoded, whole)| (
                        AddressChannel::AudioChannel(decoded),
                        whole,
                    ))
            },
            |value| {
                __rt::try_variant::<MessagingChannel>(value)
                    .map(|(decoded, whole)| (
                        AddressChannel::MessagingChannel(decoded),
                        whole,
                    ))
            },
            |value| {
                __rt::try_variant::<VideoChannel>(value)
                    .map(|(decoded, whole)| (
                        AddressChannel::VideoChannel(decoded),
                        whole,
                    ))
            },
        ];
        __rt::Ok(__rt::first_fitting(&value, TRIES).unwrap_or(Self::Unknown(value)))
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct AudioChannel {
    /// Audio Channel of Fabric Address
    pub audio: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for AudioChannel {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("audio", &self.audio)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for AudioChannel {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for AudioChannel {
    type Slots = (__rt::Option<__rt::String>,);
    const EXPECTING: &'static str = "struct AudioChannel";
    const NAMES: &'static [&'static str] = &["audio"];
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
        __rt::Ok(AudioChannel {
            audio: Self::required(slots.0, 0)?,
        })
    }
}
/// DisplayTypes
///
/// One of: app, room, call, subscriber.
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
pub enum DisplayTypes {
    /// `app`
    App,
    /// `room`
    Room,
    /// `call`
    Call,
    /// `subscriber`
    Subscriber,
}
impl __rt::Debug for DisplayTypes {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        const NAMES: &[&str] = &["App", "Room", "Call", "Subscriber"];
        f.write_str(NAMES[*self as usize])
    }
}
impl DisplayTypes {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::App,
        Self::Room,
        Self::Call,
        Self::Subscriber,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["app", "room", "call", "subscriber"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl __rt::FromStr for DisplayTypes {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(DisplayTypes);
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct FabricAddress {
    /// Unique ID of the Fabric Address.
    pub id: __rt::Uuid,
    /// Name of the Fabric Address.
    pub name: __rt::String,
    /// Display name of the Fabric Address.
    pub display_name: __rt::String,
    /// Cover url of the Fabric Address.
    pub cover_url: __rt::String,
    /// Preview url of the Fabric Address.
    pub preview_url: __rt::String,
    /// Locks the Fabric Address. This is used to prevent the Fabric Address from accepting calls.
    pub locked: bool,
    /// Channels of the Fabric Address.
    pub channels: AddressChannel,
    /// Fabric Address Creation Date.
    pub created_at: __rt::OrUnknown<__rt::DateTime>,
    /// The `type` field.
    pub r#type: __rt::OrUnknown<DisplayTypes>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for FabricAddress {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("name", &self.name)?;
        object.field("display_name", &self.display_name)?;
        object.field("cover_url", &self.cover_url)?;
        object.field("preview_url", &self.preview_url)?;
        object.field("locked", &self.locked)?;
        object.field("channels", &self.channels)?;
        object.field("created_at", &self.created_at)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for FabricAddress {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for FabricAddress {
    type Slots = (
        __rt::Option<__rt::Uuid>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<bool>,
        __rt::Option<AddressChannel>,
        __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
        __rt::Option<__rt::OrUnknown<DisplayTypes>>,
    );
    const EXPECTING: &'static str = "struct FabricAddress";
    const NAMES: &'static [&'static str] = &[
        "id",
        "name",
        "display_name",
        "cover_url",
        "preview_url",
        "locked",
        "channels",
        "created_at",
        "type",
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
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(FabricAddress {
            id: Self::required(slots.0, 0)?,
            name: Self::required(slots.1, 1)?,
            display_name: Self::required(slots.2, 2)?,
            cover_url: Self::required(slots.3, 3)?,
            preview_url: Self::required(slots.4, 4)?,
            locked: Self::required(slots.5, 5)?,
            channels: Self::required(slots.6, 6)?,
            created_at: Self::required(slots.7, 7)?,
            r#type: Self::required(slots.8, 8)?,
        })
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct FabricAddressPaginationResponse {
    /// Link of the current page
    pub self_: __rt::String,
    /// Link to the first page
    pub first: __rt::String,
    /// Link to the next page
    pub next: __rt::Option<__rt::String>,
    /// Link to the previous page
    pub prev: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for FabricAddressPaginationResponse {
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
impl<'de> __rt::serde::Deserialize<'de> for FabricAddressPaginationResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for FabricAddressPaginationResponse {
    type Slots = (
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::String>>,
    );
    const EXPECTING: &'static str = "struct FabricAddressPaginationResponse";
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
        __rt::Ok(FabricAddressPaginationResponse {
            self_: Self::required(slots.0, 0)?,
            first: Self::required(slots.1, 1)?,
            next: slots.2.flatten(),
            prev: slots.3.flatten(),
        })
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct FabricAddressesResponse {
    /// An array of objects containing a list of Resource Addresses
    pub data: __rt::Vec<FabricAddress>,
    /// Object containing pagination links
    pub links: FabricAddressPaginationResponse,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for FabricAddressesResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("data", &self.data)?;
        object.field("links", &self.links)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for FabricAddressesResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for FabricAddressesResponse {
    type Slots = (
        __rt::Option<__rt::Vec<FabricAddress>>,
        __rt::Option<FabricAddressPaginationResponse>,
    );
    const EXPECTING: &'static str = "struct FabricAddressesResponse";
    const NAMES: &'static [&'static str] = &["data", "links"];
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
        __rt::Ok(FabricAddressesResponse {
            data: Self::required(slots.0, 0)?,
            links: Self::required(slots.1, 1)?,
        })
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct MessagingChannel {
    /// Messaging Channel of Fabric Address
    pub messaging: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for MessagingChannel {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("messaging", &self.messaging)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for MessagingChannel {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for MessagingChannel {
    type Slots = (__rt::Option<__rt::String>,);
    const EXPECTING: &'static str = "struct MessagingChannel";
    const NAMES: &'static [&'static str] = &["messaging"];
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
        __rt::Ok(MessagingChannel {
            messaging: Self::required(slots.0, 0)?,
        })
    }
}
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
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct VideoChannel {
    /// Video Channel of Fabric Address
    pub video: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for VideoChannel {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("video", &self.video)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for VideoChannel {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for VideoChannel {
    type Slots = (__rt::Option<__rt::String>,);
    const EXPECTING: &'static str = "struct VideoChannel";
    const NAMES: &'static [&'static str] = &["video"];
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
        __rt::Ok(VideoChannel {
            video: Self::required(slots.0, 0)?,
        })
    }
}
/// The error bodies `list_resource_addresses_client` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum ListResourceAddressesClientError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl ListResourceAddressesClientError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("list_resource_addresses_client")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `get_resource_address_client` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum GetResourceAddressClientError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl GetResourceAddressClientError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("get_resource_address_client")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The operations of the schema, as methods of [`Client`](::conference_api::Client).
/// Bring the trait into scope to call them.
pub trait Api {
    /// List Resource Addresses from a Client.
    ///
    /// Lists resource addresses visible to the authenticated [subscriber](/docs/platform/subscribers). This endpoint uses bearer token authentication with a SAT (Subscriber Access Token),
    /// which can be generated using the [Create Subscriber Token endpoint](/docs/apis/rest/subscribers/tokens/create-subscriber-token).
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Voice_, _Messaging_, _Fax_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/fabric/addresses`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`ListResourceAddressesClientError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn list_resource_addresses_client<'a>(
        &'a self,
    ) -> __rt::Call<'a, FabricAddressesResponse>;
    /// Every item of [`list_resource_addresses_client`](Self::list_resource_addresses_client), page after page: the first page as that call asks for it, each next one with the query of the page's `links.next`.
    ///
    /// Returns a [`PageStream`](::conference_api::PageStream): it asks for a page when the items of the one before have been taken, follows links only on the client's base URL, and ends with one [`PageError`](::conference_api::PageError) when a page fails or the server never reaches a last page.
    fn list_all_resource_addresses_client<'a>(
        &'a self,
    ) -> __rt::PageStream<'a, FabricAddress>;
    /// Get Resource Address from a Client.
    ///
    /// Returns a resource address by ID. This endpoint uses bearer token authentication with a SAT ([Subscriber](/docs/platform/subscribers) Access Token),
    /// which can be generated using the [Create Subscriber Token endpoint](/docs/apis/rest/subscribers/tokens/create-subscriber-token).
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Voice_, _Messaging_, _Fax_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/fabric/addresses/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`GetResourceAddressClientError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn get_resource_address_client<'a>(
        &'a self,
        id: &__rt::Uuid,
    ) -> __rt::Call<'a, FabricAddress>;
}
impl Api for __rt::Client {
    fn list_resource_addresses_client<'a>(
        &'a self,
    ) -> __rt::Call<'a, FabricAddressesResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "list_resource_addresses_client",
            method: __rt::Method::Get,
            path_template: "/api/fabric/addresses",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/fabric/addresses"),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<FabricAddressesResponse>,
        )
    }
    fn list_all_resource_addresses_client<'a>(
        &'a self,
    ) -> __rt::PageStream<'a, FabricAddress> {
        __rt::PageStream::new(
            move || self.list_resource_addresses_client(),
            |page: FabricAddressesResponse| (page.data, page.links.next),
            |item: &FabricAddress, digest| digest.id(&item.id),
        )
    }
    fn get_resource_address_client<'a>(
        &'a self,
        id: &__rt::Uuid,
    ) -> __rt::Call<'a, FabricAddress> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "get_resource_address_client",
            method: __rt::Method::Get,
            path_template: "/api/fabric/addresses/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/fabric/addresses/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<FabricAddress>)
    }
}
