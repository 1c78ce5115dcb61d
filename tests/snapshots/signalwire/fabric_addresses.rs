const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/fabric_addresses.json");
///
/// Decoded leniently: the first variant that keeps the whole value, else the first that decodes, else [`Unknown`](Self::Unknown) with the JSON as it came.
#[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq)]
pub enum AddressChannel {
    /// A value of this type (`#/components/schemas/AddressChannel/anyOf/0`).
    AudioChannel(AudioChannel),
    /// A value of this type (`#/components/schemas/AddressChannel/anyOf/1`).
    MessagingChannel(MessagingChannel),
    /// A value of this type (`#/components/schemas/AddressChannel/anyOf/2`).
    VideoChannel(VideoChannel),
    /// A value that fits no variant the schema lists (yet), kept as it was sent.
    Unknown(::conference_api::__private::serde_json::Value),
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
impl ::conference_api::__private::serde::Serialize for AddressChannel {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::AudioChannel(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::MessagingChannel(value) => {
                ::conference_api::__private::serde::Serialize::serialize(
                    value,
                    serializer,
                )
            }
            Self::VideoChannel(value) => {
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
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for AddressChannel {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let value = <::conference_api::__private::serde_json::Value as ::conference_api::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        const TRIES: &[::conference_api::__private::TryVariant<AddressChannel>] = &[
            |value| {
                ::conference_api::__private::try_variant::<AudioChannel>(value)
                    .map(|(decoded, whole)| (
                        AddressChannel::AudioChannel(decoded),
                        whole,
                    ))
            },
            |value| {
                ::conference_api::__private::try_variant::<MessagingChannel>(value)
                    .map(|(decoded, whole)| (
                        AddressChannel::MessagingChannel(decoded),
                        whole,
                    ))
            },
            |value| {
                ::conference_api::__private::try_variant::<VideoChannel>(value)
                    .map(|(decoded, whole)| (
                        AddressChannel::VideoChannel(decoded),
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
pub struct AudioChannel {
    /// Audio Channel of Fabric Address
    pub audio: ::std::string::String,
}
/// DisplayTypes
///
/// One of: app, room, call, subscriber.
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
impl ::core::fmt::Debug for DisplayTypes {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::str::FromStr for DisplayTypes {
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
::conference_api::__string_enum!(DisplayTypes);
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
pub struct FabricAddress {
    /// Unique ID of the Fabric Address.
    pub id: ::conference_api::Uuid,
    /// Name of the Fabric Address.
    pub name: ::std::string::String,
    /// Display name of the Fabric Address.
    pub display_name: ::std::string::String,
    /// Cover url of the Fabric Address.
    pub cover_url: ::std::string::String,
    /// Preview url of the Fabric Address.
    pub preview_url: ::std::string::String,
    /// Locks the Fabric Address. This is used to prevent the Fabric Address from accepting calls.
    pub locked: bool,
    /// Channels of the Fabric Address.
    pub channels: AddressChannel,
    /// Fabric Address Creation Date.
    pub created_at: ::conference_api::OrUnknown<::conference_api::DateTime>,
    /// The `type` field.
    pub r#type: ::conference_api::OrUnknown<DisplayTypes>,
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
pub struct FabricAddressPaginationResponse {
    /// Link of the current page
    #[serde(rename = "self")]
    pub self_: ::std::string::String,
    /// Link to the first page
    pub first: ::std::string::String,
    /// Link to the next page
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub next: ::core::option::Option<::std::string::String>,
    /// Link to the previous page
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub prev: ::core::option::Option<::std::string::String>,
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
pub struct FabricAddressesResponse {
    /// An array of objects containing a list of Resource Addresses
    pub data: ::std::vec::Vec<FabricAddress>,
    /// Object containing pagination links
    pub links: FabricAddressPaginationResponse,
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
pub struct MessagingChannel {
    /// Messaging Channel of Fabric Address
    pub messaging: ::std::string::String,
}
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
pub struct VideoChannel {
    /// Video Channel of Fabric Address
    pub video: ::std::string::String,
}
/// The error bodies `list_resource_addresses_client` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("list_resource_addresses_client")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `get_resource_address_client` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("get_resource_address_client")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
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
    ) -> ::conference_api::Call<'a, FabricAddressesResponse>;
    /// Every item of [`list_resource_addresses_client`](Self::list_resource_addresses_client), page after page: the first page as that call asks for it, each next one with the query of the page's `links.next`.
    ///
    /// Returns a [`PageStream`](::conference_api::PageStream): it asks for a page when the items of the one before have been taken, follows links only on the client's base URL, and ends with one [`PageError`](::conference_api::PageError) when a page fails or the server never reaches a last page.
    fn list_all_resource_addresses_client<'a>(
        &'a self,
    ) -> ::conference_api::PageStream<'a, FabricAddress>;
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
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, FabricAddress>;
}
impl Api for ::conference_api::Client {
    fn list_resource_addresses_client<'a>(
        &'a self,
    ) -> ::conference_api::Call<'a, FabricAddressesResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "list_resource_addresses_client",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/fabric/addresses",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/fabric/addresses"),
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<FabricAddressesResponse>,
        )
    }
    fn list_all_resource_addresses_client<'a>(
        &'a self,
    ) -> ::conference_api::PageStream<'a, FabricAddress> {
        ::conference_api::PageStream::new(
            move || self.list_resource_addresses_client(),
            |page: FabricAddressesResponse| (page.data, page.links.next),
            |item: &FabricAddress, digest| digest.id(&item.id),
        )
    }
    fn get_resource_address_client<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, FabricAddress> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "get_resource_address_client",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/fabric/addresses/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/fabric/addresses/{}",
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
            ::conference_api::__private::success_json::<FabricAddress>,
        )
    }
}
