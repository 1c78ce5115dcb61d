#[allow(unused_imports)]
use ::conference_api::__private as __rt;
const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/fabric_sip_addresses.json");
///
/// One of: AEAD_AES_256_GCM_8, AES_256_CM_HMAC_SHA1_80, AES_CM_128_HMAC_SHA1_80, AES_256_CM_HMAC_SHA1_32, AES_CM_128_HMAC_SHA1_32.
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
pub enum Ciphers {
    /// `AEAD_AES_256_GCM_8`
    AeadAes256Gcm8,
    /// `AES_256_CM_HMAC_SHA1_80`
    Aes256CmHmacSha180,
    /// `AES_CM_128_HMAC_SHA1_80`
    AesCm128HmacSha180,
    /// `AES_256_CM_HMAC_SHA1_32`
    Aes256CmHmacSha132,
    /// `AES_CM_128_HMAC_SHA1_32`
    AesCm128HmacSha132,
}
impl __rt::Debug for Ciphers {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        const NAMES: &[&str] = &[
            "AeadAes256Gcm8",
            "Aes256CmHmacSha180",
            "AesCm128HmacSha180",
            "Aes256CmHmacSha132",
            "AesCm128HmacSha132",
        ];
        f.write_str(NAMES[*self as usize])
    }
}
impl Ciphers {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::AeadAes256Gcm8,
        Self::Aes256CmHmacSha180,
        Self::AesCm128HmacSha180,
        Self::Aes256CmHmacSha132,
        Self::AesCm128HmacSha132,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "AEAD_AES_256_GCM_8",
        "AES_256_CM_HMAC_SHA1_80",
        "AES_CM_128_HMAC_SHA1_80",
        "AES_256_CM_HMAC_SHA1_32",
        "AES_CM_128_HMAC_SHA1_32",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl __rt::FromStr for Ciphers {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(Ciphers);
/// The parameters of `list_sip_addresses` but its path's.
#[derive(
    __rt::Clone,
    __rt::Debug,
    __rt::Default,
    __rt::PartialEq,
    __rt::serde::Serialize,
    __rt::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ListSipAddressesParams {
    /// The number of results per page.
    ///
    /// When unset, the server uses the schema's default `50` ([`Self::DEFAULT_PAGE_SIZE`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_size: __rt::Option<PageSize>,
    /// The page index, used together with `page_token`.
    ///
    /// When unset, the server uses the schema's default `0` ([`Self::DEFAULT_PAGE_NUMBER`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_number: __rt::Option<PageNumber>,
    /// Opaque cursor token from a previous response's `links.next` or `links.prev`. Begins with `PA` or `PB`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_token: __rt::Option<__rt::String>,
}
impl ListSipAddressesParams {
    /// The schema's default for `page_size`: `50`.
    pub const DEFAULT_PAGE_SIZE: PageSize = PageSize::from_static(50i32);
    /// The schema's default for `page_number`: `0`.
    pub const DEFAULT_PAGE_NUMBER: PageNumber = PageNumber::from_static(0i32);
    /// The query parameters that are set, as query pairs (arrays and objects
    /// written as their `style` says).
    pub fn to_query(&self) -> __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> {
        let mut query: __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> = __rt::Vec::new();
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
/// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project and is used to build the address's SIP URI.
///
/// A value that has at most 50 characters and matches `^[a-z0-9]+(-[a-z0-9]+)*$`. Used by `name`.
///
/// Make one with [`new`](Self::new) (checked at run time), or from a literal with `from_static` in a `const`, checked at compile time:
///
/// ```text
/// const VALUE: Name = Name::from_static("…");
/// ```
///
/// [`new_unchecked`](Self::new_unchecked) skips the check: it is the escape hatch for the day the server accepts more than this schema says.
#[derive(
    __rt::Clone,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub struct Name(__rt::CompactString);
impl Name {
    /// The most characters (Unicode code points) a value may have.
    pub const MAX_LENGTH: u64 = 50u64;
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^[a-z0-9]+(-[a-z0-9]+)*$";
    const PATTERN_MATCHER: __rt::Matcher = ::conference_api::__private::Matcher::Dfa(::conference_api::__private::Dfa {
        classes: [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 2, 2, 2,
            2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2,
            2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ],
        class_count: 3,
        table: &[0, 0, 0, 3, 3, 3, 0, 9, 6, 0, 0, 6],
        start: 9,
        accept_end: 9,
    });
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(value: &str) -> __rt::Option<__rt::Rule> {
        let bytes = value.len() as u64;
        if bytes > 50u64 && __rt::code_points(value) > 50u64 {
            return __rt::Some(__rt::Rule::MaxLength(50u64));
        }
        if !Self::PATTERN_MATCHER.is_match(value) {
            return __rt::Some(__rt::Rule::Pattern(Self::PATTERN));
        }
        __rt::None
    }
    /// A value from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: &'static str) -> Self {
        match Self::broken_rule(value) {
            __rt::None => Self(__rt::CompactString::const_new(value)),
            __rt::Some(__rt::Rule::MaxLength(_)) => {
                ::core::panic!(
                    "invalid Name literal: longer than 50 characters (maxLength 50); shorten it"
                )
            }
            __rt::Some(_) => {
                ::core::panic!(
                    "invalid Name literal: does not match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$"
                )
            }
        }
    }
}
::conference_api::__string_value!(Name);
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
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SipAddress {
    /// Unique identifier for the SIP address.
    pub id: __rt::Uuid,
    /// The object type. Always `sip_address`.
    pub r#type: __rt::OrUnknown<SipAddressType>,
    /// ID of the resource this address belongs to.
    pub resource_id: __rt::Uuid,
    /// URL-safe name for the SIP address. Used to build its SIP URI.
    pub name: __rt::String,
    /// Human-friendly label for the SIP address. Defaults to `name`.
    pub display_name: __rt::String,
    /// The Domain this address is grouped under — for example, `public` for your project's default Domain.
    pub context: __rt::String,
    /// Full SIP URI for this address.
    pub uri: __rt::String,
    /// SIP username used to reach this address. `*` accepts any username.
    pub user: __rt::String,
    /// SRTP encryption requirement for calls to this address.
    pub encryption: __rt::OrUnknown<SipAddressEncryption>,
    /// Enabled codecs for calls to this address.
    pub codecs: __rt::Vec<__rt::OrUnknown<SipAddressCodec>>,
    /// Enabled SRTP ciphers for calls to this address.
    pub ciphers: __rt::Vec<__rt::OrUnknown<Ciphers>>,
    /// Whether IP authentication is enforced for this address.
    pub ip_auth_enabled: bool,
    /// Whitelisted IP/CIDR entries used when `ip_auth_enabled` is `true`.
    pub ip_auth: __rt::Vec<__rt::String>,
    /// ID of the resource that handles inbound calls to this address.
    pub calling_handler_resource_id: __rt::Uuid,
    /// Date and time when the SIP address was created.
    pub created_at: __rt::OrUnknown<__rt::DateTime>,
    /// Date and time when the SIP address was last updated.
    pub updated_at: __rt::OrUnknown<__rt::DateTime>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SipAddress {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("type", &self.r#type)?;
        object.field("resource_id", &self.resource_id)?;
        object.field("name", &self.name)?;
        object.field("display_name", &self.display_name)?;
        object.field("context", &self.context)?;
        object.field("uri", &self.uri)?;
        object.field("user", &self.user)?;
        object.field("encryption", &self.encryption)?;
        object.field("codecs", &self.codecs)?;
        object.field("ciphers", &self.ciphers)?;
        object.field("ip_auth_enabled", &self.ip_auth_enabled)?;
        object.field("ip_auth", &self.ip_auth)?;
        object.field("calling_handler_resource_id", &self.calling_handler_resource_id)?;
        object.field("created_at", &self.created_at)?;
        object.field("updated_at", &self.updated_at)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for SipAddress {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[doc(hidden)]
#[derive(__rt::Default)]
pub struct __SipAddressSlots(
    __rt::Option<__rt::Uuid>,
    __rt::Option<__rt::OrUnknown<SipAddressType>>,
    __rt::Option<__rt::Uuid>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::OrUnknown<SipAddressEncryption>>,
    __rt::Option<__rt::Vec<__rt::OrUnknown<SipAddressCodec>>>,
    __rt::Option<__rt::Vec<__rt::OrUnknown<Ciphers>>>,
    __rt::Option<bool>,
    __rt::Option<__rt::Vec<__rt::String>>,
    __rt::Option<__rt::Uuid>,
    __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
);
#[allow(deprecated)]
impl __rt::ResponseFields for SipAddress {
    type Slots = __SipAddressSlots;
    const EXPECTING: &'static str = "struct SipAddress";
    const NAMES: &'static [&'static str] = &[
        "id",
        "type",
        "resource_id",
        "name",
        "display_name",
        "context",
        "uri",
        "user",
        "encryption",
        "codecs",
        "ciphers",
        "ip_auth_enabled",
        "ip_auth",
        "calling_handler_resource_id",
        "created_at",
        "updated_at",
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
            15 => __rt::response_slot(&mut slots.15, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(SipAddress {
            id: Self::required(slots.0, 0)?,
            r#type: Self::required(slots.1, 1)?,
            resource_id: Self::required(slots.2, 2)?,
            name: Self::required(slots.3, 3)?,
            display_name: Self::required(slots.4, 4)?,
            context: Self::required(slots.5, 5)?,
            uri: Self::required(slots.6, 6)?,
            user: Self::required(slots.7, 7)?,
            encryption: Self::required(slots.8, 8)?,
            codecs: Self::required(slots.9, 9)?,
            ciphers: Self::required(slots.10, 10)?,
            ip_auth_enabled: Self::required(slots.11, 11)?,
            ip_auth: Self::required(slots.12, 12)?,
            calling_handler_resource_id: Self::required(slots.13, 13)?,
            created_at: Self::required(slots.14, 14)?,
            updated_at: Self::required(slots.15, 15)?,
        })
    }
}
///
/// One of: OPUS, G722, PCMU, PCMA, G729, VP8, H264.
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
pub enum SipAddressCodec {
    /// `OPUS`
    Opus,
    /// `G722`
    G722,
    /// `PCMU`
    Pcmu,
    /// `PCMA`
    Pcma,
    /// `G729`
    G729,
    /// `VP8`
    Vp8,
    /// `H264`
    H264,
}
impl __rt::Debug for SipAddressCodec {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        const NAMES: &[&str] = &["Opus", "G722", "Pcmu", "Pcma", "G729", "Vp8", "H264"];
        f.write_str(NAMES[*self as usize])
    }
}
impl SipAddressCodec {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::Opus,
        Self::G722,
        Self::Pcmu,
        Self::Pcma,
        Self::G729,
        Self::Vp8,
        Self::H264,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "OPUS",
        "G722",
        "PCMU",
        "PCMA",
        "G729",
        "VP8",
        "H264",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl __rt::FromStr for SipAddressCodec {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(SipAddressCodec);
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SipAddressCreateRequest {
    /// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project and is used to build the address's SIP URI.
    pub name: Name,
    /// SIP username used to reach this address (no spaces). Defaults to `*`, which accepts any username. Together with the address's Domain, must be unique across your SignalWire account.
    ///
    /// When unset, the server uses the schema's default `*` ([`Self::DEFAULT_USER`]).
    pub user: __rt::Option<User>,
    /// ID of the Domain this address should be grouped under. Must exist in your project. Defaults to your project's default Domain.
    pub context_id: __rt::Option<__rt::Uuid>,
    /// ID of the resource that handles inbound calls to this address. Must reference a resource in the caller's project.
    pub calling_handler_resource_id: __rt::Uuid,
    /// Whether to enforce IP authentication for this address.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_IP_AUTH_ENABLED`]).
    pub ip_auth_enabled: __rt::Option<bool>,
    /// Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.
    ///
    /// When unset, the server uses the schema's default `[]` ([`Self::DEFAULT_IP_AUTH`]).
    pub ip_auth: __rt::Option<__rt::Items<__rt::String, 0u64, 256u64, false>>,
    /// Non-empty subset of enabled codecs.
    ///
    /// When unset, the server uses the schema's default `["PCMU","PCMA"]` ([`Self::DEFAULT_CODECS`]).
    pub codecs: __rt::Option<
        __rt::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
    >,
    /// Non-empty subset of enabled SRTP ciphers.
    ///
    /// When unset, the server uses the schema's default `["AEAD_AES_256_GCM_8","AES_256_CM_HMAC_SHA1_80","AES_CM_128_HMAC_SHA1_80","AES_256_CM_HMAC_SHA1_32","AES_CM_128_HMAC_SHA1_32"]` ([`Self::DEFAULT_CIPHERS`]).
    pub ciphers: __rt::Option<
        __rt::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
    >,
    /// SRTP encryption requirement for calls to this address.
    ///
    /// When unset, the server uses the schema's default `optional` ([`Self::DEFAULT_ENCRYPTION`]).
    pub encryption: __rt::Option<SipAddressEncryption>,
    /// Write-only SIP registration password. Never returned in any response.
    pub password: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SipAddressCreateRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("name", &self.name)?;
        object.optional("user", &self.user)?;
        object.optional("context_id", &self.context_id)?;
        object.field("calling_handler_resource_id", &self.calling_handler_resource_id)?;
        object.optional("ip_auth_enabled", &self.ip_auth_enabled)?;
        object.optional("ip_auth", &self.ip_auth)?;
        object.optional("codecs", &self.codecs)?;
        object.optional("ciphers", &self.ciphers)?;
        object.optional("encryption", &self.encryption)?;
        object.optional("password", &self.password)?;
        object.end()
    }
}
#[allow(deprecated)]
impl SipAddressCreateRequest {
    /// A request with its required fields (`name`, `calling_handler_resource_id`) and every optional field unset.
    pub fn new(name: Name, calling_handler_resource_id: __rt::Uuid) -> Self {
        Self {
            name,
            user: __rt::None,
            context_id: __rt::None,
            calling_handler_resource_id,
            ip_auth_enabled: __rt::None,
            ip_auth: __rt::None,
            codecs: __rt::None,
            ciphers: __rt::None,
            encryption: __rt::None,
            password: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`SipAddressCreateRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        name: impl __rt::Into<__rt::Cow<'a, str>>,
        calling_handler_resource_id: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> SipAddressCreateRequestBuilder {
        <SipAddressCreateRequestBuilder as __rt::Default>::default()
            .name(name)
            .calling_handler_resource_id(calling_handler_resource_id)
    }
    /// The schema's default for `user`: `*`.
    pub const DEFAULT_USER: User = User::from_static("*");
    /// The schema's default for `ip_auth_enabled`: `false`.
    pub const DEFAULT_IP_AUTH_ENABLED: bool = false;
    /// The schema's default for `encryption`: `optional`.
    pub const DEFAULT_ENCRYPTION: SipAddressEncryption = SipAddressEncryption::Optional;
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "name",
            true,
            __rt::FieldKind::String,
            "text, at most 50 characters, matching ^[a-z0-9]+(-[a-z0-9]+)*$",
            __rt::None,
            "URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project and is used to build the address's SIP URI.",
        ),
        __rt::FieldInfo::new(
            "user",
            false,
            __rt::FieldKind::String,
            "text, matching ^\\S+$",
            __rt::Some("*"),
            "SIP username used to reach this address (no spaces). Defaults to `*`, which accepts any username. Together with the address's Domain, must be unique across your SignalWire account.",
        ),
        __rt::FieldInfo::new(
            "context_id",
            false,
            __rt::FieldKind::String,
            "a UUID",
            __rt::None,
            "ID of the Domain this address should be grouped under. Must exist in your project. Defaults to your project's default Domain.",
        ),
        __rt::FieldInfo::new(
            "calling_handler_resource_id",
            true,
            __rt::FieldKind::String,
            "a UUID",
            __rt::None,
            "ID of the resource that handles inbound calls to this address. Must reference a resource in the caller's project.",
        ),
        __rt::FieldInfo::new(
            "ip_auth_enabled",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::Some("false"),
            "Whether to enforce IP authentication for this address.",
        ),
        __rt::FieldInfo::new(
            "ip_auth",
            false,
            __rt::FieldKind::Json,
            "a JSON array, at most 256 items",
            __rt::Some("[]"),
            "Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.",
        ),
        __rt::FieldInfo::new(
            "codecs",
            false,
            __rt::FieldKind::Json,
            "a JSON array, at least 1 items",
            __rt::Some("[\"PCMU\",\"PCMA\"]"),
            "Non-empty subset of enabled codecs.",
        ),
        __rt::FieldInfo::new(
            "ciphers",
            false,
            __rt::FieldKind::Json,
            "a JSON array, at least 1 items",
            __rt::Some(
                "[\"AEAD_AES_256_GCM_8\",\"AES_256_CM_HMAC_SHA1_80\",\"AES_CM_128_HMAC_SHA1_80\",\"AES_256_CM_HMAC_SHA1_32\",\"AES_CM_128_HMAC_SHA1_32\"]",
            ),
            "Non-empty subset of enabled SRTP ciphers.",
        ),
        __rt::FieldInfo::new(
            "encryption",
            false,
            __rt::FieldKind::String,
            "one of required, optional, forbidden",
            __rt::Some("optional"),
            "SRTP encryption requirement for calls to this address.",
        ),
        __rt::FieldInfo::new(
            "password",
            false,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "Write-only SIP registration password. Never returned in any response.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for SipAddressCreateRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for SipAddressCreateRequest {}
impl __rt::Names for SipAddressCreateRequest {
    const NAMES: &'static [&'static str] = &[
        "name",
        "user",
        "context_id",
        "calling_handler_resource_id",
        "ip_auth_enabled",
        "ip_auth",
        "codecs",
        "ciphers",
        "encryption",
        "password",
    ];
}
#[allow(deprecated)]
impl __rt::FromJson for SipAddressCreateRequest {
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
        check.required::<Name>(0);
        check.optional::<User>(1);
        check.optional::<__rt::Uuid>(2);
        check.required::<__rt::Uuid>(3);
        check.optional::<bool>(4);
        check.optional::<__rt::Items<__rt::String, 0u64, 256u64, false>>(5);
        check
            .optional::<
                __rt::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
            >(6);
        check.optional::<__rt::Items<Ciphers, 1u64, 18446744073709551615u64, false>>(7);
        check.optional::<SipAddressEncryption>(8);
        check.optional::<__rt::String>(9);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for SipAddressCreateRequest {
    type Slots = (
        __rt::Option<__rt::Option<Name>>,
        __rt::Option<__rt::Option<User>>,
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<bool>>,
        __rt::Option<__rt::Option<__rt::Items<__rt::String, 0u64, 256u64, false>>>,
        __rt::Option<
            __rt::Option<
                __rt::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
            >,
        >,
        __rt::Option<
            __rt::Option<__rt::Items<Ciphers, 1u64, 18446744073709551615u64, false>>,
        >,
        __rt::Option<__rt::Option<SipAddressEncryption>>,
        __rt::Option<__rt::Option<__rt::String>>,
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
            7 => __rt::read_slot(&mut slots.7, map, at, errors),
            8 => __rt::read_slot(&mut slots.8, map, at, errors),
            9 => __rt::read_slot(&mut slots.9, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_name = order.required(slots.0, errors, at, 0);
        let field_user = slots.1.flatten();
        let field_context_id = slots.2.flatten();
        let field_calling_handler_resource_id = order.required(slots.3, errors, at, 3);
        let field_ip_auth_enabled = slots.4.flatten();
        let field_ip_auth = slots.5.flatten();
        let field_codecs = slots.6.flatten();
        let field_ciphers = slots.7.flatten();
        let field_encryption = slots.8.flatten();
        let field_password = slots.9.flatten();
        if let (__rt::Some(field_name), __rt::Some(field_calling_handler_resource_id)) = (
            field_name,
            field_calling_handler_resource_id,
        ) && order.valid(errors)
        {
            return __rt::Some(SipAddressCreateRequest {
                name: field_name,
                user: field_user,
                context_id: field_context_id,
                calling_handler_resource_id: field_calling_handler_resource_id,
                ip_auth_enabled: field_ip_auth_enabled,
                ip_auth: field_ip_auth,
                codecs: field_codecs,
                ciphers: field_ciphers,
                encryption: field_encryption,
                password: field_password,
            });
        }
        __rt::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(SipAddressCreateRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct SipAddressCreateRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<Name>>,
            __rt::Option<__rt::Slot<User>>,
            __rt::Option<__rt::Slot<__rt::Uuid>>,
            __rt::Option<__rt::Slot<__rt::Uuid>>,
            __rt::Option<__rt::Slot<bool>>,
            __rt::Option<__rt::Slot<__rt::Items<__rt::String, 0u64, 256u64, false>>>,
            __rt::Option<
                __rt::Slot<
                    __rt::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
                >,
            >,
            __rt::Option<
                __rt::Slot<__rt::Items<Ciphers, 1u64, 18446744073709551615u64, false>>,
            >,
            __rt::Option<__rt::Slot<SipAddressEncryption>>,
            __rt::Option<__rt::Slot<__rt::String>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for SipAddressCreateRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <SipAddressCreateRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                4 => __rt::put_raw(&mut fields.4, value),
                5 => __rt::put_raw(&mut fields.5, value),
                6 => __rt::put_raw(&mut fields.6, value),
                7 => __rt::put_raw(&mut fields.7, value),
                8 => __rt::put_raw(&mut fields.8, value),
                9 => __rt::put_raw(&mut fields.9, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for SipAddressCreateRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <SipAddressCreateRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
                self.0.4.as_ref().map(__rt::to_json),
                self.0.5.as_ref().map(__rt::to_json),
                self.0.6.as_ref().map(__rt::to_json),
                self.0.7.as_ref().map(__rt::to_json),
                self.0.8.as_ref().map(__rt::to_json),
                self.0.9.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for SipAddressCreateRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("SipAddressCreateRequestBuilder")
            .field("name", &self.0.0)
            .field("user", &self.0.1)
            .field("context_id", &self.0.2)
            .field("calling_handler_resource_id", &self.0.3)
            .field("ip_auth_enabled", &self.0.4)
            .field("ip_auth", &self.0.5)
            .field("codecs", &self.0.6)
            .field("ciphers", &self.0.7)
            .field("encryption", &self.0.8)
            .field("password", &self.0.9)
            .finish()
    }
}
#[allow(deprecated)]
impl SipAddressCreateRequestBuilder {
    /// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project and is used to build the address's SIP URI.
    #[inline]
    pub fn name<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// SIP username used to reach this address (no spaces). Defaults to `*`, which accepts any username. Together with the address's Domain, must be unique across your SignalWire account.
    ///
    /// When unset, the server uses the schema's default `*` ([`Self::DEFAULT_USER`]).
    #[inline]
    pub fn user<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// ID of the Domain this address should be grouped under. Must exist in your project. Defaults to your project's default Domain.
    #[inline]
    pub fn context_id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// ID of the resource that handles inbound calls to this address. Must reference a resource in the caller's project.
    #[inline]
    pub fn calling_handler_resource_id<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Whether to enforce IP authentication for this address.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_IP_AUTH_ENABLED`]).
    #[inline]
    pub fn ip_auth_enabled(mut self, value: bool) -> Self {
        self.0.4 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.
    ///
    /// When unset, the server uses the schema's default `[]` ([`Self::DEFAULT_IP_AUTH`]).
    #[inline]
    pub fn ip_auth(mut self, value: __rt::Vec<__rt::String>) -> Self {
        self.0.5 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Non-empty subset of enabled codecs.
    ///
    /// When unset, the server uses the schema's default `["PCMU","PCMA"]` ([`Self::DEFAULT_CODECS`]).
    #[inline]
    pub fn codecs(mut self, value: __rt::Vec<SipAddressCodec>) -> Self {
        self.0.6 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Non-empty subset of enabled SRTP ciphers.
    ///
    /// When unset, the server uses the schema's default `["AEAD_AES_256_GCM_8","AES_256_CM_HMAC_SHA1_80","AES_CM_128_HMAC_SHA1_80","AES_256_CM_HMAC_SHA1_32","AES_CM_128_HMAC_SHA1_32"]` ([`Self::DEFAULT_CIPHERS`]).
    #[inline]
    pub fn ciphers(mut self, value: __rt::Vec<Ciphers>) -> Self {
        self.0.7 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// SRTP encryption requirement for calls to this address.
    ///
    /// When unset, the server uses the schema's default `optional` ([`Self::DEFAULT_ENCRYPTION`]).
    #[inline]
    pub fn encryption(mut self, value: SipAddressEncryption) -> Self {
        self.0.8 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Write-only SIP registration password. Never returned in any response.
    #[inline]
    pub fn password<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.9 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <SipAddressCreateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.optional(1, &self.0.1);
        check.optional(2, &self.0.2);
        check.required(3, &self.0.3);
        check.optional(4, &self.0.4);
        check.optional(5, &self.0.5);
        check.optional(6, &self.0.6);
        check.optional(7, &self.0.7);
        check.optional(8, &self.0.8);
        check.optional(9, &self.0.9);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<SipAddressCreateRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <SipAddressCreateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_name = check.take_required(0, fields.0);
        let field_user = check.take_optional(1, fields.1);
        let field_context_id = check.take_optional(2, fields.2);
        let field_calling_handler_resource_id = check.take_required(3, fields.3);
        let field_ip_auth_enabled = check.take_optional(4, fields.4);
        let field_ip_auth = check.take_optional(5, fields.5);
        let field_codecs = check.take_optional(6, fields.6);
        let field_ciphers = check.take_optional(7, fields.7);
        let field_encryption = check.take_optional(8, fields.8);
        let field_password = check.take_optional(9, fields.9);
        if let (__rt::Some(field_name), __rt::Some(field_calling_handler_resource_id)) = (
            field_name,
            field_calling_handler_resource_id,
        ) && errors.is_empty()
        {
            return __rt::Ok(SipAddressCreateRequest {
                name: field_name,
                user: field_user,
                context_id: field_context_id,
                calling_handler_resource_id: field_calling_handler_resource_id,
                ip_auth_enabled: field_ip_auth_enabled,
                ip_auth: field_ip_auth,
                codecs: field_codecs,
                ciphers: field_ciphers,
                encryption: field_encryption,
                password: field_password,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<SipAddressCreateRequest> for SipAddressCreateRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<SipAddressCreateRequest>::into_body(&request)
    }
}
/// The request contains invalid parameters. See errors for details.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SipAddressCreateStatusCode422 {
    /// List of validation errors.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SipAddressCreateStatusCode422 {
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
impl<'de> __rt::serde::Deserialize<'de> for SipAddressCreateStatusCode422 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for SipAddressCreateStatusCode422 {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct SipAddressCreateStatusCode422";
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
        __rt::Ok(SipAddressCreateStatusCode422 {
            errors: Self::required(slots.0, 0)?,
        })
    }
}
///
/// One of: required, optional, forbidden.
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
pub enum SipAddressEncryption {
    /// `required`
    Required,
    /// `optional`
    Optional,
    /// `forbidden`
    Forbidden,
}
impl __rt::Debug for SipAddressEncryption {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        const NAMES: &[&str] = &["Required", "Optional", "Forbidden"];
        f.write_str(NAMES[*self as usize])
    }
}
impl SipAddressEncryption {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Required, Self::Optional, Self::Forbidden];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["required", "optional", "forbidden"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl __rt::FromStr for SipAddressEncryption {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(SipAddressEncryption);
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SipAddressListResponse {
    /// Pagination links for the response.
    pub links: SipAddressPaginationResponse,
    /// The number of SIP addresses in this page of results.
    pub items_count: i32,
    /// An array of SIP address objects.
    pub data: __rt::Vec<SipAddress>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SipAddressListResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("links", &self.links)?;
        object.field("items_count", &self.items_count)?;
        object.field("data", &self.data)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for SipAddressListResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for SipAddressListResponse {
    type Slots = (
        __rt::Option<SipAddressPaginationResponse>,
        __rt::Option<i32>,
        __rt::Option<__rt::Vec<SipAddress>>,
    );
    const EXPECTING: &'static str = "struct SipAddressListResponse";
    const NAMES: &'static [&'static str] = &["links", "items_count", "data"];
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
        __rt::Ok(SipAddressListResponse {
            links: Self::required(slots.0, 0)?,
            items_count: Self::required(slots.1, 1)?,
            data: Self::required(slots.2, 2)?,
        })
    }
}
/// The request contains invalid parameters. See errors for details.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SipAddressListStatusCode422 {
    /// List of validation errors.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SipAddressListStatusCode422 {
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
impl<'de> __rt::serde::Deserialize<'de> for SipAddressListStatusCode422 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for SipAddressListStatusCode422 {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct SipAddressListStatusCode422";
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
        __rt::Ok(SipAddressListStatusCode422 {
            errors: Self::required(slots.0, 0)?,
        })
    }
}
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SipAddressPaginationResponse {
    /// Link to the current page of results.
    pub self_: __rt::String,
    /// Link to the first page of results.
    pub first: __rt::String,
    /// Link to the next page of results.
    pub next: __rt::Option<__rt::String>,
    /// Link to the previous page of results.
    pub prev: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SipAddressPaginationResponse {
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
impl<'de> __rt::serde::Deserialize<'de> for SipAddressPaginationResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for SipAddressPaginationResponse {
    type Slots = (
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::String>>,
    );
    const EXPECTING: &'static str = "struct SipAddressPaginationResponse";
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
        __rt::Ok(SipAddressPaginationResponse {
            self_: Self::required(slots.0, 0)?,
            first: Self::required(slots.1, 1)?,
            next: slots.2.flatten(),
            prev: slots.3.flatten(),
        })
    }
}
/// The object type. Always `sip_address`.
///
/// One of: sip_address.
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
pub enum SipAddressType {
    /// `sip_address`
    SipAddress,
}
impl __rt::Debug for SipAddressType {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        const NAMES: &[&str] = &["SipAddress"];
        f.write_str(NAMES[*self as usize])
    }
}
impl SipAddressType {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::SipAddress];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["sip_address"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl __rt::FromStr for SipAddressType {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(SipAddressType);
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SipAddressUpdateRequest {
    /// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project. Defaults to the current value when omitted.
    pub name: __rt::Option<Name>,
    /// SIP username used to reach this address (no spaces). Together with the address's Domain, must be unique across your SignalWire account.
    pub user: __rt::Option<User>,
    /// ID of the Domain this address should be grouped under. Must exist in your project. Defaults to the address's current Domain when omitted.
    pub context_id: __rt::Option<__rt::Uuid>,
    /// Whether to enforce IP authentication for this address.
    pub ip_auth_enabled: __rt::Option<bool>,
    /// Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.
    pub ip_auth: __rt::Option<__rt::Items<__rt::String, 0u64, 256u64, false>>,
    /// Non-empty subset of enabled codecs.
    pub codecs: __rt::Option<
        __rt::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
    >,
    /// Non-empty subset of enabled SRTP ciphers.
    pub ciphers: __rt::Option<
        __rt::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
    >,
    /// SRTP encryption requirement for calls to this address.
    pub encryption: __rt::Option<SipAddressEncryption>,
    /// Write-only SIP registration password. Never returned in any response.
    pub password: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SipAddressUpdateRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("user", &self.user)?;
        object.optional("context_id", &self.context_id)?;
        object.optional("ip_auth_enabled", &self.ip_auth_enabled)?;
        object.optional("ip_auth", &self.ip_auth)?;
        object.optional("codecs", &self.codecs)?;
        object.optional("ciphers", &self.ciphers)?;
        object.optional("encryption", &self.encryption)?;
        object.optional("password", &self.password)?;
        object.end()
    }
}
#[allow(deprecated)]
impl SipAddressUpdateRequest {
    /// A request with every optional field unset.
    pub fn new() -> Self {
        Self {
            name: __rt::None,
            user: __rt::None,
            context_id: __rt::None,
            ip_auth_enabled: __rt::None,
            ip_auth: __rt::None,
            codecs: __rt::None,
            ciphers: __rt::None,
            encryption: __rt::None,
            password: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`SipAddressUpdateRequestBuilder::build`], which lists every broken rule.
    pub fn builder() -> SipAddressUpdateRequestBuilder {
        <SipAddressUpdateRequestBuilder as __rt::Default>::default()
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "name",
            false,
            __rt::FieldKind::String,
            "text, at most 50 characters, matching ^[a-z0-9]+(-[a-z0-9]+)*$",
            __rt::None,
            "URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project. Defaults to the current value when omitted.",
        ),
        __rt::FieldInfo::new(
            "user",
            false,
            __rt::FieldKind::String,
            "text, matching ^\\S+$",
            __rt::None,
            "SIP username used to reach this address (no spaces). Together with the address's Domain, must be unique across your SignalWire account.",
        ),
        __rt::FieldInfo::new(
            "context_id",
            false,
            __rt::FieldKind::String,
            "a UUID",
            __rt::None,
            "ID of the Domain this address should be grouped under. Must exist in your project. Defaults to the address's current Domain when omitted.",
        ),
        __rt::FieldInfo::new(
            "ip_auth_enabled",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether to enforce IP authentication for this address.",
        ),
        __rt::FieldInfo::new(
            "ip_auth",
            false,
            __rt::FieldKind::Json,
            "a JSON array, at most 256 items",
            __rt::None,
            "Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.",
        ),
        __rt::FieldInfo::new(
            "codecs",
            false,
            __rt::FieldKind::Json,
            "a JSON array, at least 1 items",
            __rt::None,
            "Non-empty subset of enabled codecs.",
        ),
        __rt::FieldInfo::new(
            "ciphers",
            false,
            __rt::FieldKind::Json,
            "a JSON array, at least 1 items",
            __rt::None,
            "Non-empty subset of enabled SRTP ciphers.",
        ),
        __rt::FieldInfo::new(
            "encryption",
            false,
            __rt::FieldKind::String,
            "one of required, optional, forbidden",
            __rt::None,
            "SRTP encryption requirement for calls to this address.",
        ),
        __rt::FieldInfo::new(
            "password",
            false,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "Write-only SIP registration password. Never returned in any response.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for SipAddressUpdateRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for SipAddressUpdateRequest {}
impl __rt::Names for SipAddressUpdateRequest {
    const NAMES: &'static [&'static str] = &[
        "name",
        "user",
        "context_id",
        "ip_auth_enabled",
        "ip_auth",
        "codecs",
        "ciphers",
        "encryption",
        "password",
    ];
}
#[allow(deprecated)]
impl __rt::FromJson for SipAddressUpdateRequest {
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
        check.optional::<Name>(0);
        check.optional::<User>(1);
        check.optional::<__rt::Uuid>(2);
        check.optional::<bool>(3);
        check.optional::<__rt::Items<__rt::String, 0u64, 256u64, false>>(4);
        check
            .optional::<
                __rt::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
            >(5);
        check.optional::<__rt::Items<Ciphers, 1u64, 18446744073709551615u64, false>>(6);
        check.optional::<SipAddressEncryption>(7);
        check.optional::<__rt::String>(8);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for SipAddressUpdateRequest {
    type Slots = (
        __rt::Option<__rt::Option<Name>>,
        __rt::Option<__rt::Option<User>>,
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<bool>>,
        __rt::Option<__rt::Option<__rt::Items<__rt::String, 0u64, 256u64, false>>>,
        __rt::Option<
            __rt::Option<
                __rt::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
            >,
        >,
        __rt::Option<
            __rt::Option<__rt::Items<Ciphers, 1u64, 18446744073709551615u64, false>>,
        >,
        __rt::Option<__rt::Option<SipAddressEncryption>>,
        __rt::Option<__rt::Option<__rt::String>>,
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
            7 => __rt::read_slot(&mut slots.7, map, at, errors),
            8 => __rt::read_slot(&mut slots.8, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let _ = at;
        let field_name = slots.0.flatten();
        let field_user = slots.1.flatten();
        let field_context_id = slots.2.flatten();
        let field_ip_auth_enabled = slots.3.flatten();
        let field_ip_auth = slots.4.flatten();
        let field_codecs = slots.5.flatten();
        let field_ciphers = slots.6.flatten();
        let field_encryption = slots.7.flatten();
        let field_password = slots.8.flatten();
        if order.valid(errors) {
            return __rt::Some(SipAddressUpdateRequest {
                name: field_name,
                user: field_user,
                context_id: field_context_id,
                ip_auth_enabled: field_ip_auth_enabled,
                ip_auth: field_ip_auth,
                codecs: field_codecs,
                ciphers: field_ciphers,
                encryption: field_encryption,
                password: field_password,
            });
        }
        __rt::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(SipAddressUpdateRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct SipAddressUpdateRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<Name>>,
            __rt::Option<__rt::Slot<User>>,
            __rt::Option<__rt::Slot<__rt::Uuid>>,
            __rt::Option<__rt::Slot<bool>>,
            __rt::Option<__rt::Slot<__rt::Items<__rt::String, 0u64, 256u64, false>>>,
            __rt::Option<
                __rt::Slot<
                    __rt::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
                >,
            >,
            __rt::Option<
                __rt::Slot<__rt::Items<Ciphers, 1u64, 18446744073709551615u64, false>>,
            >,
            __rt::Option<__rt::Slot<SipAddressEncryption>>,
            __rt::Option<__rt::Slot<__rt::String>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for SipAddressUpdateRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <SipAddressUpdateRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                4 => __rt::put_raw(&mut fields.4, value),
                5 => __rt::put_raw(&mut fields.5, value),
                6 => __rt::put_raw(&mut fields.6, value),
                7 => __rt::put_raw(&mut fields.7, value),
                8 => __rt::put_raw(&mut fields.8, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for SipAddressUpdateRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <SipAddressUpdateRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
                self.0.4.as_ref().map(__rt::to_json),
                self.0.5.as_ref().map(__rt::to_json),
                self.0.6.as_ref().map(__rt::to_json),
                self.0.7.as_ref().map(__rt::to_json),
                self.0.8.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for SipAddressUpdateRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("SipAddressUpdateRequestBuilder")
            .field("name", &self.0.0)
            .field("user", &self.0.1)
            .field("context_id", &self.0.2)
            .field("ip_auth_enabled", &self.0.3)
            .field("ip_auth", &self.0.4)
            .field("codecs", &self.0.5)
            .field("ciphers", &self.0.6)
            .field("encryption", &self.0.7)
            .field("password", &self.0.8)
            .finish()
    }
}
#[allow(deprecated)]
impl SipAddressUpdateRequestBuilder {
    /// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project. Defaults to the current value when omitted.
    #[inline]
    pub fn name<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// SIP username used to reach this address (no spaces). Together with the address's Domain, must be unique across your SignalWire account.
    #[inline]
    pub fn user<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// ID of the Domain this address should be grouped under. Must exist in your project. Defaults to the address's current Domain when omitted.
    #[inline]
    pub fn context_id<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Whether to enforce IP authentication for this address.
    #[inline]
    pub fn ip_auth_enabled(mut self, value: bool) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.
    #[inline]
    pub fn ip_auth(mut self, value: __rt::Vec<__rt::String>) -> Self {
        self.0.4 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Non-empty subset of enabled codecs.
    #[inline]
    pub fn codecs(mut self, value: __rt::Vec<SipAddressCodec>) -> Self {
        self.0.5 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Non-empty subset of enabled SRTP ciphers.
    #[inline]
    pub fn ciphers(mut self, value: __rt::Vec<Ciphers>) -> Self {
        self.0.6 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// SRTP encryption requirement for calls to this address.
    #[inline]
    pub fn encryption(mut self, value: SipAddressEncryption) -> Self {
        self.0.7 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Write-only SIP registration password. Never returned in any response.
    #[inline]
    pub fn password<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.8 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <SipAddressUpdateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.optional(0, &self.0.0);
        check.optional(1, &self.0.1);
        check.optional(2, &self.0.2);
        check.optional(3, &self.0.3);
        check.optional(4, &self.0.4);
        check.optional(5, &self.0.5);
        check.optional(6, &self.0.6);
        check.optional(7, &self.0.7);
        check.optional(8, &self.0.8);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<SipAddressUpdateRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <SipAddressUpdateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_name = check.take_optional(0, fields.0);
        let field_user = check.take_optional(1, fields.1);
        let field_context_id = check.take_optional(2, fields.2);
        let field_ip_auth_enabled = check.take_optional(3, fields.3);
        let field_ip_auth = check.take_optional(4, fields.4);
        let field_codecs = check.take_optional(5, fields.5);
        let field_ciphers = check.take_optional(6, fields.6);
        let field_encryption = check.take_optional(7, fields.7);
        let field_password = check.take_optional(8, fields.8);
        if errors.is_empty() {
            return __rt::Ok(SipAddressUpdateRequest {
                name: field_name,
                user: field_user,
                context_id: field_context_id,
                ip_auth_enabled: field_ip_auth_enabled,
                ip_auth: field_ip_auth,
                codecs: field_codecs,
                ciphers: field_ciphers,
                encryption: field_encryption,
                password: field_password,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<SipAddressUpdateRequest> for SipAddressUpdateRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<SipAddressUpdateRequest>::into_body(&request)
    }
}
/// The request contains invalid parameters. See errors for details.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct SipAddressUpdateStatusCode422 {
    /// List of validation errors.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for SipAddressUpdateStatusCode422 {
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
impl<'de> __rt::serde::Deserialize<'de> for SipAddressUpdateStatusCode422 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for SipAddressUpdateStatusCode422 {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct SipAddressUpdateStatusCode422";
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
        __rt::Ok(SipAddressUpdateStatusCode422 {
            errors: Self::required(slots.0, 0)?,
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
/// SIP username used to reach this address (no spaces). Defaults to `*`, which accepts any username. Together with the address's Domain, must be unique across your SignalWire account.
///
/// A value that matches `^\S+$`. Used by `user`.
///
/// Make one with [`new`](Self::new) (checked at run time), or from a literal with `from_static` in a `const`, checked at compile time:
///
/// ```text
/// const VALUE: User = User::from_static("…");
/// ```
///
/// [`new_unchecked`](Self::new_unchecked) skips the check: it is the escape hatch for the day the server accepts more than this schema says.
#[derive(
    __rt::Clone,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub struct User(__rt::CompactString);
impl User {
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^\\S+$";
    const PATTERN_MATCHER: __rt::Matcher = ::conference_api::__private::Matcher::Dfa(::conference_api::__private::Dfa {
        classes: [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 6,
            6, 6, 6, 8, 9, 10, 10, 10, 10, 10, 10, 10, 11, 11, 10, 10, 10, 10, 10, 11,
            10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12, 10, 10, 10, 13, 1, 1, 14, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 15, 15, 15, 15, 15, 16, 17, 18, 19, 20, 20, 20, 20, 20, 20,
            20, 20, 20, 21, 20, 22, 23, 24, 24, 24, 25, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        ],
        class_count: 26,
        table: &[
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
            26, 26, 26, 26, 26, 26, 26, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 104,
            130, 156, 182, 208, 234, 260, 286, 312, 338, 364, 390, 52, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 104, 130, 156, 182, 208, 234, 260, 286, 312, 338, 364,
            390, 0, 0, 52, 52, 52, 52, 52, 52, 52, 0, 52, 52, 52, 52, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 130, 130, 130, 130,
            130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 130, 130, 130, 130, 130, 416,
            130, 130, 130, 130, 130, 130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 442,
            468, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 416, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130,
            130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 130, 130, 130, 130, 130, 130,
            130, 130, 130, 130, 130, 130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 130,
            130, 130, 130, 130, 130, 130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 130, 130, 130, 130, 130, 130, 130, 130, 130, 130, 494, 130, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 260, 260, 260, 260, 260, 260,
            260, 260, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 260, 260, 260, 260, 260,
            260, 260, 260, 260, 260, 260, 260, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            260, 260, 260, 260, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 52, 52, 52, 52, 52, 0, 52, 52, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 52, 52, 52, 52, 52, 0, 52, 52, 52, 52, 52,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 52, 52, 52, 52, 52, 52, 52, 52,
            52, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ],
        start: 78,
        accept_end: 78,
    });
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(value: &str) -> __rt::Option<__rt::Rule> {
        if !Self::PATTERN_MATCHER.is_match(value) {
            return __rt::Some(__rt::Rule::Pattern(Self::PATTERN));
        }
        __rt::None
    }
    /// A value from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: &'static str) -> Self {
        match Self::broken_rule(value) {
            __rt::None => Self(__rt::CompactString::const_new(value)),
            __rt::Some(_) => {
                ::core::panic!("invalid User literal: does not match the pattern ^\\S+$")
            }
        }
    }
}
::conference_api::__string_value!(User);
/// The error bodies `list_sip_addresses` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum ListSipAddressesError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 422.
    UnprocessableEntity(SipAddressListStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl ListSipAddressesError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("list_sip_addresses")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `create_sip_address` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum CreateSipAddressError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 422.
    UnprocessableEntity(SipAddressCreateStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl CreateSipAddressError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("create_sip_address")? {
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `get_sip_address` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum GetSipAddressError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl GetSipAddressError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("get_sip_address")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `delete_sip_address` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum DeleteSipAddressError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl DeleteSipAddressError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("delete_sip_address")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `update_sip_address` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum UpdateSipAddressError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 422.
    UnprocessableEntity(SipAddressUpdateStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl UpdateSipAddressError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("update_sip_address")? {
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
    /// List SIP addresses.
    ///
    /// Returns a paginated list of SIP addresses in the authenticated project.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Calling_, _Fax_, _Messaging_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/fabric/sip_addresses`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`ListSipAddressesError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn list_sip_addresses<'a>(
        &'a self,
        params: &ListSipAddressesParams,
    ) -> __rt::Call<'a, SipAddressListResponse>;
    /// Every item of [`list_sip_addresses`](Self::list_sip_addresses), page after page: the first page as that call asks for it, each next one with the query of the page's `links.next`.
    ///
    /// Returns a [`PageStream`](::conference_api::PageStream): it asks for a page when the items of the one before have been taken, follows links only on the client's base URL, and ends with one [`PageError`](::conference_api::PageError) when a page fails or the server never reaches a last page.
    fn list_all_sip_addresses<'a>(
        &'a self,
        params: &ListSipAddressesParams,
    ) -> __rt::PageStream<'a, SipAddress>;
    /// Create SIP address.
    ///
    /// Creates a SIP address, along with its username, encryption, codec, cipher, and IP authentication settings.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Calling_, _Fax_, _Messaging_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `POST /api/fabric/sip_addresses`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`CreateSipAddressError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn create_sip_address<'a>(
        &'a self,
        body: impl __rt::IntoBody<SipAddressCreateRequest>,
    ) -> __rt::Call<'a, SipAddress>;
    /// Get SIP address.
    ///
    /// Returns a SIP address by ID.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Calling_, _Fax_, _Messaging_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/fabric/sip_addresses/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`GetSipAddressError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn get_sip_address<'a>(&'a self, id: &__rt::Uuid) -> __rt::Call<'a, SipAddress>;
    /// Delete SIP address.
    ///
    /// Deletes a SIP address by ID, along with its SIP configuration. Calls and registrations to this
    /// address will stop working immediately.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Calling_, _Fax_, _Messaging_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `DELETE /api/fabric/sip_addresses/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`DeleteSipAddressError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn delete_sip_address<'a>(&'a self, id: &__rt::Uuid) -> __rt::Call<'a, ()>;
    /// Update SIP address.
    ///
    /// Updates a SIP address by ID. Partial update: any field omitted from the body keeps its current value.
    /// `calling_handler_resource_id` cannot be changed via this endpoint.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Calling_, _Fax_, _Messaging_, or _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `PATCH /api/fabric/sip_addresses/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`UpdateSipAddressError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn update_sip_address<'a>(
        &'a self,
        id: &__rt::Uuid,
        body: impl __rt::IntoBody<SipAddressUpdateRequest>,
    ) -> __rt::Call<'a, SipAddress>;
}
impl Api for __rt::Client {
    fn list_sip_addresses<'a>(
        &'a self,
        params: &ListSipAddressesParams,
    ) -> __rt::Call<'a, SipAddressListResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "list_sip_addresses",
            method: __rt::Method::Get,
            path_template: "/api/fabric/sip_addresses",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/fabric/sip_addresses"),
            query: params.to_query(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<SipAddressListResponse>,
        )
    }
    fn list_all_sip_addresses<'a>(
        &'a self,
        params: &ListSipAddressesParams,
    ) -> __rt::PageStream<'a, SipAddress> {
        let params = __rt::Clone::clone(params);
        __rt::PageStream::new(
            move || self.list_sip_addresses(&params),
            |page: SipAddressListResponse| (page.data, page.links.next),
            |item: &SipAddress, digest| digest.id(&item.id),
        )
    }
    fn create_sip_address<'a>(
        &'a self,
        body: impl __rt::IntoBody<SipAddressCreateRequest>,
    ) -> __rt::Call<'a, SipAddress> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "create_sip_address",
            method: __rt::Method::Post,
            path_template: "/api/fabric/sip_addresses",
            success_status: 201u16,
            documented_errors: &[401u16, 422u16, 500u16],
            media: &[__rt::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/fabric/sip_addresses"),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::Some(__rt::IntoBody::into_body(body)),
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<SipAddress>)
    }
    fn get_sip_address<'a>(&'a self, id: &__rt::Uuid) -> __rt::Call<'a, SipAddress> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "get_sip_address",
            method: __rt::Method::Get,
            path_template: "/api/fabric/sip_addresses/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/fabric/sip_addresses/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<SipAddress>)
    }
    fn delete_sip_address<'a>(&'a self, id: &__rt::Uuid) -> __rt::Call<'a, ()> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "delete_sip_address",
            method: __rt::Method::Delete,
            path_template: "/api/fabric/sip_addresses/{id}",
            success_status: 204u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/fabric/sip_addresses/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_empty)
    }
    fn update_sip_address<'a>(
        &'a self,
        id: &__rt::Uuid,
        body: impl __rt::IntoBody<SipAddressUpdateRequest>,
    ) -> __rt::Call<'a, SipAddress> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "update_sip_address",
            method: __rt::Method::Patch,
            path_template: "/api/fabric/sip_addresses/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[__rt::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/fabric/sip_addresses/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::Some(__rt::IntoBody::into_body(body)),
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<SipAddress>)
    }
}
