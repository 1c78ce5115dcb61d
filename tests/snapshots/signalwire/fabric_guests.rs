const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/fabric_guests.json");
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
pub struct GuestTokenCreateStatusCode422 {
    /// List of validation errors.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
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
pub struct SubscriberGuestTokenCreateRequest {
    /// List of up to 10 UUIDs representing the allowed Fabric addresses.
    pub allowed_addresses: ::conference_api::Items<
        ::conference_api::Uuid,
        0u64,
        10u64,
        false,
    >,
    /// A unixtime (the number of seconds since 1970-01-01 00:00:00) at which the token should no longer be valid. Defaults to 'two hours from now'
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub expire_at: ::core::option::Option<i64>,
    /// A routing override that controls which regional cluster the SDK connects to.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub region: ::core::option::Option<SubscriberGuestTokenCreateRequestRegion>,
    /// A direct routing override specifying the regional cluster endpoint, set as the `ch` claim in the SAT JWE header.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub ch: ::core::option::Option<SubscriberGuestTokenCreateRequestCh>,
}
#[allow(deprecated)]
impl SubscriberGuestTokenCreateRequest {
    /// A request with its required fields (`allowed_addresses`) and every optional field unset.
    pub fn new(
        allowed_addresses: ::conference_api::Items<
            ::conference_api::Uuid,
            0u64,
            10u64,
            false,
        >,
    ) -> Self {
        Self {
            allowed_addresses,
            expire_at: ::core::option::Option::None,
            region: ::core::option::Option::None,
            ch: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`SubscriberGuestTokenCreateRequestBuilder::build`], which lists every broken rule.
    pub fn builder(
        allowed_addresses: ::std::vec::Vec<::conference_api::Uuid>,
    ) -> SubscriberGuestTokenCreateRequestBuilder {
        <SubscriberGuestTokenCreateRequestBuilder as ::core::default::Default>::default()
            .allowed_addresses(allowed_addresses)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "allowed_addresses",
            doc: "List of up to 10 UUIDs representing the allowed Fabric addresses.",
            required: true,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON array, at most 10 items",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "expire_at",
            doc: "A unixtime (the number of seconds since 1970-01-01 00:00:00) at which the token should no longer be valid. Defaults to 'two hours from now'",
            required: false,
            kind: ::conference_api::FieldKind::Integer,
            rules: "an integer",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "region",
            doc: "A routing override that controls which regional cluster the SDK connects to.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of us-central",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "ch",
            doc: "A direct routing override specifying the regional cluster endpoint, set as the `ch` claim in the SAT JWE header.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of us-central",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for SubscriberGuestTokenCreateRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for SubscriberGuestTokenCreateRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for SubscriberGuestTokenCreateRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::Items<::conference_api::Uuid, 0u64, 10u64, false>,
                >,
            >,
            f1: ::core::option::Option<::core::option::Option<i64>>,
            f2: ::core::option::Option<
                ::core::option::Option<SubscriberGuestTokenCreateRequestRegion>,
            >,
            f3: ::core::option::Option<
                ::core::option::Option<SubscriberGuestTokenCreateRequestCh>,
            >,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = SubscriberGuestTokenCreateRequest;
            const NAMES: &'static [&'static str] = &[
                "allowed_addresses",
                "expire_at",
                "region",
                "ch",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "allowed_addresses" => ::core::option::Option::Some(0),
                    "expire_at" => ::core::option::Option::Some(1),
                    "region" => ::core::option::Option::Some(2),
                    "ch" => ::core::option::Option::Some(3),
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
                            ::conference_api::Items<
                                ::conference_api::Uuid,
                                0u64,
                                10u64,
                                false,
                            >,
                            __A,
                        >(&mut self.f0, map, at, "allowed_addresses", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            i64,
                            __A,
                        >(&mut self.f1, map, at, "expire_at", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            SubscriberGuestTokenCreateRequestRegion,
                            __A,
                        >(&mut self.f2, map, at, "region", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            SubscriberGuestTokenCreateRequestCh,
                            __A,
                        >(&mut self.f3, map, at, "ch", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<SubscriberGuestTokenCreateRequest> {
                let field_allowed_addresses = order
                    .required(self.f0, errors, at, 0, "allowed_addresses");
                let field_expire_at = self.f1.flatten();
                let field_region = self.f2.flatten();
                let field_ch = self.f3.flatten();
                if let (::core::option::Option::Some(field_allowed_addresses),) = (
                    field_allowed_addresses,
                ) && order.valid(errors)
                {
                    return ::core::option::Option::Some(SubscriberGuestTokenCreateRequest {
                        allowed_addresses: field_allowed_addresses,
                        expire_at: field_expire_at,
                        region: field_region,
                        ch: field_ch,
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
            ::conference_api::Items<::conference_api::Uuid, 0u64, 10u64, false>,
        >(errors, at, "allowed_addresses", object.get("allowed_addresses"));
        ::conference_api::__private::check_optional::<
            i64,
        >(errors, at, "expire_at", object.get("expire_at"));
        ::conference_api::__private::check_optional::<
            SubscriberGuestTokenCreateRequestRegion,
        >(errors, at, "region", object.get("region"));
        ::conference_api::__private::check_optional::<
            SubscriberGuestTokenCreateRequestCh,
        >(errors, at, "ch", object.get("ch"));
        ::conference_api::__private::unknown_keys(
            object,
            &["allowed_addresses", "expire_at", "region", "ch"],
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
        let field_allowed_addresses = ::conference_api::__private::required::<
            ::conference_api::Items<::conference_api::Uuid, 0u64, 10u64, false>,
        >(
            errors,
            at,
            "allowed_addresses",
            ::conference_api::__private::take(&mut object, "allowed_addresses"),
        );
        let field_expire_at = ::conference_api::__private::optional::<
            i64,
        >(
            errors,
            at,
            "expire_at",
            ::conference_api::__private::take(&mut object, "expire_at"),
        );
        let field_region = ::conference_api::__private::optional::<
            SubscriberGuestTokenCreateRequestRegion,
        >(
            errors,
            at,
            "region",
            ::conference_api::__private::take(&mut object, "region"),
        );
        let field_ch = ::conference_api::__private::optional::<
            SubscriberGuestTokenCreateRequestCh,
        >(errors, at, "ch", ::conference_api::__private::take(&mut object, "ch"));
        ::conference_api::__private::unknown_keys(
            &object,
            &["allowed_addresses", "expire_at", "region", "ch"],
            at,
            errors,
        );
        if let (::core::option::Option::Some(field_allowed_addresses),) = (
            field_allowed_addresses,
        ) && errors.len() == before
        {
            return ::core::option::Option::Some(SubscriberGuestTokenCreateRequest {
                allowed_addresses: field_allowed_addresses,
                expire_at: field_expire_at,
                region: field_region,
                ch: field_ch,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(SubscriberGuestTokenCreateRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct SubscriberGuestTokenCreateRequestBuilder(
    ::std::boxed::Box<__SubscriberGuestTokenCreateRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __SubscriberGuestTokenCreateRequestBuilderFields {
    allowed_addresses: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::Items<::conference_api::Uuid, 0u64, 10u64, false>,
        >,
    >,
    expire_at: ::core::option::Option<::conference_api::__private::Slot<i64>>,
    region: ::core::option::Option<
        ::conference_api::__private::Slot<SubscriberGuestTokenCreateRequestRegion>,
    >,
    ch: ::core::option::Option<
        ::conference_api::__private::Slot<SubscriberGuestTokenCreateRequestCh>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for SubscriberGuestTokenCreateRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["allowed_addresses", "expire_at", "region", "ch"],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.allowed_addresses,
                        value,
                    )
                }
                1usize => {
                    ::conference_api::__private::put_raw(&mut fields.expire_at, value)
                }
                2usize => ::conference_api::__private::put_raw(&mut fields.region, value),
                3usize => ::conference_api::__private::put_raw(&mut fields.ch, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for SubscriberGuestTokenCreateRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "allowed_addresses",
                    self
                        .0
                        .allowed_addresses
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "expire_at",
                    self.0.expire_at.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "region",
                    self.0.region.as_ref().map(::conference_api::__private::to_json),
                ),
                ("ch", self.0.ch.as_ref().map(::conference_api::__private::to_json)),
            ],
        )
    }
}
impl ::core::fmt::Debug for SubscriberGuestTokenCreateRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("SubscriberGuestTokenCreateRequestBuilder")
            .field("allowed_addresses", &self.0.allowed_addresses)
            .field("expire_at", &self.0.expire_at)
            .field("region", &self.0.region)
            .field("ch", &self.0.ch)
            .finish()
    }
}
#[allow(deprecated)]
impl SubscriberGuestTokenCreateRequestBuilder {
    /// List of up to 10 UUIDs representing the allowed Fabric addresses.
    #[inline]
    pub fn allowed_addresses(
        mut self,
        value: ::std::vec::Vec<::conference_api::Uuid>,
    ) -> Self {
        self.0.allowed_addresses = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// A unixtime (the number of seconds since 1970-01-01 00:00:00) at which the token should no longer be valid. Defaults to 'two hours from now'
    #[inline]
    pub fn expire_at(mut self, value: i64) -> Self {
        self.0.expire_at = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::serde_json::Value::from(value),
            ),
        );
        self
    }
    /// A routing override that controls which regional cluster the SDK connects to.
    #[inline]
    pub fn region(mut self, value: SubscriberGuestTokenCreateRequestRegion) -> Self {
        self.0.region = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// A direct routing override specifying the regional cluster endpoint, set as the `ch` claim in the SAT JWE header.
    #[inline]
    pub fn ch(mut self, value: SubscriberGuestTokenCreateRequestCh) -> Self {
        self.0.ch = ::core::option::Option::Some(
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
            ::conference_api::Items<::conference_api::Uuid, 0u64, 10u64, false>,
        >(&mut errors, at, "allowed_addresses", self.0.allowed_addresses.as_ref());
        ::conference_api::__private::check_optional_slot::<
            i64,
        >(&mut errors, at, "expire_at", self.0.expire_at.as_ref());
        ::conference_api::__private::check_optional_slot::<
            SubscriberGuestTokenCreateRequestRegion,
        >(&mut errors, at, "region", self.0.region.as_ref());
        ::conference_api::__private::check_optional_slot::<
            SubscriberGuestTokenCreateRequestCh,
        >(&mut errors, at, "ch", self.0.ch.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        SubscriberGuestTokenCreateRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_allowed_addresses = ::conference_api::__private::required_slot::<
            ::conference_api::Items<::conference_api::Uuid, 0u64, 10u64, false>,
        >(&mut errors, at, "allowed_addresses", fields.allowed_addresses);
        let field_expire_at = ::conference_api::__private::optional_slot::<
            i64,
        >(&mut errors, at, "expire_at", fields.expire_at);
        let field_region = ::conference_api::__private::optional_slot::<
            SubscriberGuestTokenCreateRequestRegion,
        >(&mut errors, at, "region", fields.region);
        let field_ch = ::conference_api::__private::optional_slot::<
            SubscriberGuestTokenCreateRequestCh,
        >(&mut errors, at, "ch", fields.ch);
        if let (::core::option::Option::Some(field_allowed_addresses),) = (
            field_allowed_addresses,
        ) && errors.is_empty()
        {
            return ::core::result::Result::Ok(SubscriberGuestTokenCreateRequest {
                allowed_addresses: field_allowed_addresses,
                expire_at: field_expire_at,
                region: field_region,
                ch: field_ch,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<SubscriberGuestTokenCreateRequest>
for SubscriberGuestTokenCreateRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<
            SubscriberGuestTokenCreateRequest,
        >::into_body(&request)
    }
}
/// A direct routing override specifying the regional cluster endpoint, set as the `ch` claim in the SAT JWE header.
///
/// One of: us-central.
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
pub enum SubscriberGuestTokenCreateRequestCh {
    /// `us-central`
    UsCentral,
}
impl ::core::fmt::Debug for SubscriberGuestTokenCreateRequestCh {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["UsCentral"];
        f.write_str(NAMES[*self as usize])
    }
}
impl SubscriberGuestTokenCreateRequestCh {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::UsCentral];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["us-central"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for SubscriberGuestTokenCreateRequestCh {
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
::conference_api::__string_enum!(SubscriberGuestTokenCreateRequestCh);
/// A routing override that controls which regional cluster the SDK connects to.
///
/// One of: us-central.
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
pub enum SubscriberGuestTokenCreateRequestRegion {
    /// `us-central`
    UsCentral,
}
impl ::core::fmt::Debug for SubscriberGuestTokenCreateRequestRegion {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["UsCentral"];
        f.write_str(NAMES[*self as usize])
    }
}
impl SubscriberGuestTokenCreateRequestRegion {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::UsCentral];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["us-central"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for SubscriberGuestTokenCreateRequestRegion {
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
::conference_api::__string_enum!(SubscriberGuestTokenCreateRequestRegion);
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
pub struct SubscriberGuestTokenCreateResponse {
    /// Guest Token
    ///
    /// Format: `jwt` (not checked).
    pub token: ::std::string::String,
    /// Refresh Token
    ///
    /// Format: `jwt` (not checked).
    pub refresh_token: ::std::string::String,
}
/// The error bodies `create_subscriber_guest_token` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum CreateSubscriberGuestTokenError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 422.
    UnprocessableEntity(GuestTokenCreateStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl CreateSubscriberGuestTokenError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("create_subscriber_guest_token")? {
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
    /// Create Subscriber guest token.
    ///
    /// Creates a [Subscriber](/docs/platform/subscribers) Guest Token. Authenticate this request with your project's API token.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Voice_, _Messaging_, _Fax_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `POST /api/fabric/guests/tokens`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`CreateSubscriberGuestTokenError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn create_subscriber_guest_token<'a>(
        &'a self,
        body: impl ::conference_api::IntoBody<SubscriberGuestTokenCreateRequest>,
    ) -> ::conference_api::Call<'a, SubscriberGuestTokenCreateResponse>;
}
impl Api for ::conference_api::Client {
    fn create_subscriber_guest_token<'a>(
        &'a self,
        body: impl ::conference_api::IntoBody<SubscriberGuestTokenCreateRequest>,
    ) -> ::conference_api::Call<'a, SubscriberGuestTokenCreateResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "create_subscriber_guest_token",
            method: ::conference_api::__private::Method::Post,
            path_template: "/api/fabric/guests/tokens",
            success_status: 201u16,
            documented_errors: &[401u16, 404u16, 422u16, 500u16],
            media: &[::conference_api::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/fabric/guests/tokens"),
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
            ::conference_api::__private::success_json::<
                SubscriberGuestTokenCreateResponse,
            >,
        )
    }
}
