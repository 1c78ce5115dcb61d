#[allow(unused_imports)]
use ::conference_api::__private as __rt;
const _: &[u8] = ::core::include_bytes!(
    "fixtures/signalwire/fabric_subscriber_invites.json"
);
/// The request contains invalid parameters. See errors for details.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct InviteTokenCreateStatusCode422 {
    /// List of validation errors.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for InviteTokenCreateStatusCode422 {
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
impl<'de> __rt::serde::Deserialize<'de> for InviteTokenCreateStatusCode422 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for InviteTokenCreateStatusCode422 {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct InviteTokenCreateStatusCode422";
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
        __rt::Ok(InviteTokenCreateStatusCode422 {
            errors: Self::required(slots.0, 0)?,
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
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SubscriberInviteTokenCreateRequest {
    /// Unique ID of a Subscriber Address
    pub address_id: __rt::Uuid,
    /// A unixtime (the number of seconds since 1970-01-01 00:00:00) at which the token should no longer be valid. Defaults to 'two hours from now'
    pub expires_at: __rt::Option<i64>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SubscriberInviteTokenCreateRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("address_id", &self.address_id)?;
        object.optional("expires_at", &self.expires_at)?;
        object.end()
    }
}
#[allow(deprecated)]
impl SubscriberInviteTokenCreateRequest {
    /// A request with its required fields (`address_id`) and every optional field unset.
    pub fn new(address_id: __rt::Uuid) -> Self {
        Self {
            address_id,
            expires_at: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`SubscriberInviteTokenCreateRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        address_id: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> SubscriberInviteTokenCreateRequestBuilder {
        <SubscriberInviteTokenCreateRequestBuilder as __rt::Default>::default()
            .address_id(address_id)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "address_id",
            true,
            __rt::FieldKind::String,
            "a UUID",
            __rt::None,
            "Unique ID of a Subscriber Address",
        ),
        __rt::FieldInfo::new(
            "expires_at",
            false,
            __rt::FieldKind::Integer,
            "an integer",
            __rt::None,
            "A unixtime (the number of seconds since 1970-01-01 00:00:00) at which the token should no longer be valid. Defaults to 'two hours from now'",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for SubscriberInviteTokenCreateRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for SubscriberInviteTokenCreateRequest {}
impl __rt::Names for SubscriberInviteTokenCreateRequest {
    const NAMES: &'static [&'static str] = &["address_id", "expires_at"];
}
#[allow(deprecated)]
impl __rt::FromJson for SubscriberInviteTokenCreateRequest {
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
        check.required::<__rt::Uuid>(0);
        check.optional::<i64>(1);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for SubscriberInviteTokenCreateRequest {
    type Slots = (
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<i64>>,
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
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_address_id = order.required(slots.0, errors, at, 0);
        let field_expires_at = slots.1.flatten();
        if let (__rt::Some(field_address_id),) = (field_address_id,)
            && order.valid(errors)
        {
            return __rt::Some(SubscriberInviteTokenCreateRequest {
                address_id: field_address_id,
                expires_at: field_expires_at,
            });
        }
        __rt::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(SubscriberInviteTokenCreateRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct SubscriberInviteTokenCreateRequestBuilder(
    __rt::Box<(__rt::Option<__rt::Slot<__rt::Uuid>>, __rt::Option<__rt::Slot<i64>>)>,
);
impl<'de> __rt::serde::Deserialize<'de> for SubscriberInviteTokenCreateRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <SubscriberInviteTokenCreateRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for SubscriberInviteTokenCreateRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <SubscriberInviteTokenCreateRequest as __rt::Names>::NAMES,
            &[self.0.0.as_ref().map(__rt::to_json), self.0.1.as_ref().map(__rt::to_json)],
        )
    }
}
impl __rt::Debug for SubscriberInviteTokenCreateRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("SubscriberInviteTokenCreateRequestBuilder")
            .field("address_id", &self.0.0)
            .field("expires_at", &self.0.1)
            .finish()
    }
}
#[allow(deprecated)]
impl SubscriberInviteTokenCreateRequestBuilder {
    /// Unique ID of a Subscriber Address
    #[inline]
    pub fn address_id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// A unixtime (the number of seconds since 1970-01-01 00:00:00) at which the token should no longer be valid. Defaults to 'two hours from now'
    #[inline]
    pub fn expires_at(mut self, value: i64) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::Raw(__rt::serde_json::Value::from(value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <SubscriberInviteTokenCreateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.optional(1, &self.0.1);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<SubscriberInviteTokenCreateRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <SubscriberInviteTokenCreateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_address_id = check.take_required(0, fields.0);
        let field_expires_at = check.take_optional(1, fields.1);
        if let (__rt::Some(field_address_id),) = (field_address_id,) && errors.is_empty()
        {
            return __rt::Ok(SubscriberInviteTokenCreateRequest {
                address_id: field_address_id,
                expires_at: field_expires_at,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<SubscriberInviteTokenCreateRequest>
for SubscriberInviteTokenCreateRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<SubscriberInviteTokenCreateRequest>::into_body(&request)
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SubscriberInviteTokenCreateResponse {
    /// Invite Token
    ///
    /// Format: `jwt` (not checked).
    pub token: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SubscriberInviteTokenCreateResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("token", &self.token)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for SubscriberInviteTokenCreateResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for SubscriberInviteTokenCreateResponse {
    type Slots = (__rt::Option<__rt::String>,);
    const EXPECTING: &'static str = "struct SubscriberInviteTokenCreateResponse";
    const NAMES: &'static [&'static str] = &["token"];
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
        __rt::Ok(SubscriberInviteTokenCreateResponse {
            token: Self::required(slots.0, 0)?,
        })
    }
}
/// The error bodies `create_subscriber_invite_token` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum CreateSubscriberInviteTokenError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 422.
    UnprocessableEntity(InviteTokenCreateStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl CreateSubscriberInviteTokenError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("create_subscriber_invite_token")? {
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
    /// Create Subscriber invite token.
    ///
    /// Creates a [Subscriber](/docs/platform/subscribers) Invite Token for use with client-side API calls. Authenticate this request with a subscriber's SAT (Subscriber Access Token), not the project level Basic Auth.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Voice_, _Messaging_, _Fax_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `POST /api/fabric/subscriber/invites`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`CreateSubscriberInviteTokenError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn create_subscriber_invite_token<'a>(
        &'a self,
        body: impl __rt::IntoBody<SubscriberInviteTokenCreateRequest>,
    ) -> __rt::Call<'a, SubscriberInviteTokenCreateResponse>;
}
impl Api for __rt::Client {
    fn create_subscriber_invite_token<'a>(
        &'a self,
        body: impl __rt::IntoBody<SubscriberInviteTokenCreateRequest>,
    ) -> __rt::Call<'a, SubscriberInviteTokenCreateResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "create_subscriber_invite_token",
            method: __rt::Method::Post,
            path_template: "/api/fabric/subscriber/invites",
            success_status: 201u16,
            documented_errors: &[401u16, 404u16, 422u16, 500u16],
            media: &[__rt::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/fabric/subscriber/invites"),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::Some(__rt::IntoBody::into_body(body)),
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<SubscriberInviteTokenCreateResponse>,
        )
    }
}
