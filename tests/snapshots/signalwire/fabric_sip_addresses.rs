const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/fabric_sip_addresses.json");
///
/// One of: AEAD_AES_256_GCM_8, AES_256_CM_HMAC_SHA1_80, AES_CM_128_HMAC_SHA1_80, AES_256_CM_HMAC_SHA1_32, AES_CM_128_HMAC_SHA1_32.
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
impl ::core::fmt::Debug for Ciphers {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::str::FromStr for Ciphers {
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
::conference_api::__string_enum!(Ciphers);
/// The parameters of `list_sip_addresses` but its path's.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::default::Default,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ListSipAddressesParams {
    /// The number of results per page.
    ///
    /// When unset, the server uses the schema's default `50` ([`Self::DEFAULT_PAGE_SIZE`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_size: ::core::option::Option<PageSize>,
    /// The page index, used together with `page_token`.
    ///
    /// When unset, the server uses the schema's default `0` ([`Self::DEFAULT_PAGE_NUMBER`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_number: ::core::option::Option<PageNumber>,
    /// Opaque cursor token from a previous response's `links.next` or `links.prev`. Begins with `PA` or `PB`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_token: ::core::option::Option<::std::string::String>,
}
impl ListSipAddressesParams {
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
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub struct Name(::conference_api::__private::CompactString);
impl Name {
    /// The most characters (Unicode code points) a value may have.
    pub const MAX_LENGTH: u64 = 50u64;
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^[a-z0-9]+(-[a-z0-9]+)*$";
    const PATTERN_MATCHER: ::conference_api::__private::Matcher = ::conference_api::__private::Matcher::Dfa(::conference_api::__private::Dfa {
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
    pub const fn broken_rule(
        value: &str,
    ) -> ::core::option::Option<::conference_api::Rule> {
        let bytes = value.len() as u64;
        if bytes > 50u64 && ::conference_api::__private::code_points(value) > 50u64 {
            return ::core::option::Option::Some(
                ::conference_api::Rule::MaxLength(50u64),
            );
        }
        if !Self::PATTERN_MATCHER.is_match(value) {
            return ::core::option::Option::Some(
                ::conference_api::Rule::Pattern(Self::PATTERN),
            );
        }
        ::core::option::Option::None
    }
    /// A value from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: &'static str) -> Self {
        match Self::broken_rule(value) {
            ::core::option::Option::None => {
                Self(::conference_api::__private::CompactString::const_new(value))
            }
            ::core::option::Option::Some(::conference_api::Rule::MaxLength(_)) => {
                ::core::panic!(
                    "invalid Name literal: longer than 50 characters (maxLength 50); shorten it"
                )
            }
            ::core::option::Option::Some(_) => {
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
pub struct SipAddress {
    /// Unique identifier for the SIP address.
    pub id: ::conference_api::Uuid,
    /// The object type. Always `sip_address`.
    pub r#type: ::conference_api::OrUnknown<SipAddressType>,
    /// ID of the resource this address belongs to.
    pub resource_id: ::conference_api::Uuid,
    /// URL-safe name for the SIP address. Used to build its SIP URI.
    pub name: ::std::string::String,
    /// Human-friendly label for the SIP address. Defaults to `name`.
    pub display_name: ::std::string::String,
    /// The Domain this address is grouped under — for example, `public` for your project's default Domain.
    pub context: ::std::string::String,
    /// Full SIP URI for this address.
    pub uri: ::std::string::String,
    /// SIP username used to reach this address. `*` accepts any username.
    pub user: ::std::string::String,
    /// SRTP encryption requirement for calls to this address.
    pub encryption: ::conference_api::OrUnknown<SipAddressEncryption>,
    /// Enabled codecs for calls to this address.
    pub codecs: ::std::vec::Vec<::conference_api::OrUnknown<SipAddressCodec>>,
    /// Enabled SRTP ciphers for calls to this address.
    pub ciphers: ::std::vec::Vec<::conference_api::OrUnknown<Ciphers>>,
    /// Whether IP authentication is enforced for this address.
    pub ip_auth_enabled: bool,
    /// Whitelisted IP/CIDR entries used when `ip_auth_enabled` is `true`.
    pub ip_auth: ::std::vec::Vec<::std::string::String>,
    /// ID of the resource that handles inbound calls to this address.
    pub calling_handler_resource_id: ::conference_api::Uuid,
    /// Date and time when the SIP address was created.
    pub created_at: ::conference_api::OrUnknown<::conference_api::DateTime>,
    /// Date and time when the SIP address was last updated.
    pub updated_at: ::conference_api::OrUnknown<::conference_api::DateTime>,
}
///
/// One of: OPUS, G722, PCMU, PCMA, G729, VP8, H264.
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
impl ::core::fmt::Debug for SipAddressCodec {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::str::FromStr for SipAddressCodec {
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
::conference_api::__string_enum!(SipAddressCodec);
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
pub struct SipAddressCreateRequest {
    /// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project and is used to build the address's SIP URI.
    pub name: Name,
    /// SIP username used to reach this address (no spaces). Defaults to `*`, which accepts any username. Together with the address's Domain, must be unique across your SignalWire account.
    ///
    /// When unset, the server uses the schema's default `*` ([`Self::DEFAULT_USER`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub user: ::core::option::Option<User>,
    /// ID of the Domain this address should be grouped under. Must exist in your project. Defaults to your project's default Domain.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub context_id: ::core::option::Option<::conference_api::Uuid>,
    /// ID of the resource that handles inbound calls to this address. Must reference a resource in the caller's project.
    pub calling_handler_resource_id: ::conference_api::Uuid,
    /// Whether to enforce IP authentication for this address.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_IP_AUTH_ENABLED`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub ip_auth_enabled: ::core::option::Option<bool>,
    /// Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.
    ///
    /// When unset, the server uses the schema's default `[]` ([`Self::DEFAULT_IP_AUTH`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub ip_auth: ::core::option::Option<
        ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
    >,
    /// Non-empty subset of enabled codecs.
    ///
    /// When unset, the server uses the schema's default `["PCMU","PCMA"]` ([`Self::DEFAULT_CODECS`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub codecs: ::core::option::Option<
        ::conference_api::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
    >,
    /// Non-empty subset of enabled SRTP ciphers.
    ///
    /// When unset, the server uses the schema's default `["AEAD_AES_256_GCM_8","AES_256_CM_HMAC_SHA1_80","AES_CM_128_HMAC_SHA1_80","AES_256_CM_HMAC_SHA1_32","AES_CM_128_HMAC_SHA1_32"]` ([`Self::DEFAULT_CIPHERS`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub ciphers: ::core::option::Option<
        ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
    >,
    /// SRTP encryption requirement for calls to this address.
    ///
    /// When unset, the server uses the schema's default `optional` ([`Self::DEFAULT_ENCRYPTION`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub encryption: ::core::option::Option<SipAddressEncryption>,
    /// Write-only SIP registration password. Never returned in any response.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub password: ::core::option::Option<::std::string::String>,
}
#[allow(deprecated)]
impl SipAddressCreateRequest {
    /// A request with its required fields (`name`, `calling_handler_resource_id`) and every optional field unset.
    pub fn new(name: Name, calling_handler_resource_id: ::conference_api::Uuid) -> Self {
        Self {
            name,
            user: ::core::option::Option::None,
            context_id: ::core::option::Option::None,
            calling_handler_resource_id,
            ip_auth_enabled: ::core::option::Option::None,
            ip_auth: ::core::option::Option::None,
            codecs: ::core::option::Option::None,
            ciphers: ::core::option::Option::None,
            encryption: ::core::option::Option::None,
            password: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`SipAddressCreateRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        name: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        calling_handler_resource_id: impl ::core::convert::Into<
            ::std::borrow::Cow<'a, str>,
        >,
    ) -> SipAddressCreateRequestBuilder {
        <SipAddressCreateRequestBuilder as ::core::default::Default>::default()
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
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "name",
            doc: "URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project and is used to build the address's SIP URI.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text, at most 50 characters, matching ^[a-z0-9]+(-[a-z0-9]+)*$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "user",
            doc: "SIP username used to reach this address (no spaces). Defaults to `*`, which accepts any username. Together with the address's Domain, must be unique across your SignalWire account.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^\\S+$",
            default: ::core::option::Option::Some("*"),
        },
        ::conference_api::FieldInfo {
            name: "context_id",
            doc: "ID of the Domain this address should be grouped under. Must exist in your project. Defaults to your project's default Domain.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "a UUID",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "calling_handler_resource_id",
            doc: "ID of the resource that handles inbound calls to this address. Must reference a resource in the caller's project.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "a UUID",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "ip_auth_enabled",
            doc: "Whether to enforce IP authentication for this address.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::Some("false"),
        },
        ::conference_api::FieldInfo {
            name: "ip_auth",
            doc: "Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON array, at most 256 items",
            default: ::core::option::Option::Some("[]"),
        },
        ::conference_api::FieldInfo {
            name: "codecs",
            doc: "Non-empty subset of enabled codecs.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON array, at least 1 items",
            default: ::core::option::Option::Some("[\"PCMU\",\"PCMA\"]"),
        },
        ::conference_api::FieldInfo {
            name: "ciphers",
            doc: "Non-empty subset of enabled SRTP ciphers.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON array, at least 1 items",
            default: ::core::option::Option::Some(
                "[\"AEAD_AES_256_GCM_8\",\"AES_256_CM_HMAC_SHA1_80\",\"AES_CM_128_HMAC_SHA1_80\",\"AES_256_CM_HMAC_SHA1_32\",\"AES_CM_128_HMAC_SHA1_32\"]",
            ),
        },
        ::conference_api::FieldInfo {
            name: "encryption",
            doc: "SRTP encryption requirement for calls to this address.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of required, optional, forbidden",
            default: ::core::option::Option::Some("optional"),
        },
        ::conference_api::FieldInfo {
            name: "password",
            doc: "Write-only SIP registration password. Never returned in any response.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for SipAddressCreateRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for SipAddressCreateRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for SipAddressCreateRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<Name>>,
            f1: ::core::option::Option<::core::option::Option<User>>,
            f2: ::core::option::Option<::core::option::Option<::conference_api::Uuid>>,
            f3: ::core::option::Option<::core::option::Option<::conference_api::Uuid>>,
            f4: ::core::option::Option<::core::option::Option<bool>>,
            f5: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
                >,
            >,
            f6: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::Items<
                        SipAddressCodec,
                        1u64,
                        18446744073709551615u64,
                        false,
                    >,
                >,
            >,
            f7: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::Items<
                        Ciphers,
                        1u64,
                        18446744073709551615u64,
                        false,
                    >,
                >,
            >,
            f8: ::core::option::Option<::core::option::Option<SipAddressEncryption>>,
            f9: ::core::option::Option<::core::option::Option<::std::string::String>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = SipAddressCreateRequest;
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
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "name" => ::core::option::Option::Some(0),
                    "user" => ::core::option::Option::Some(1),
                    "context_id" => ::core::option::Option::Some(2),
                    "calling_handler_resource_id" => ::core::option::Option::Some(3),
                    "ip_auth_enabled" => ::core::option::Option::Some(4),
                    "ip_auth" => ::core::option::Option::Some(5),
                    "codecs" => ::core::option::Option::Some(6),
                    "ciphers" => ::core::option::Option::Some(7),
                    "encryption" => ::core::option::Option::Some(8),
                    "password" => ::core::option::Option::Some(9),
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
                            Name,
                            __A,
                        >(&mut self.f0, map, at, "name", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            User,
                            __A,
                        >(&mut self.f1, map, at, "user", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Uuid,
                            __A,
                        >(&mut self.f2, map, at, "context_id", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Uuid,
                            __A,
                        >(&mut self.f3, map, at, "calling_handler_resource_id", errors)
                    }
                    4 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f4, map, at, "ip_auth_enabled", errors)
                    }
                    5 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Items<
                                ::std::string::String,
                                0u64,
                                256u64,
                                false,
                            >,
                            __A,
                        >(&mut self.f5, map, at, "ip_auth", errors)
                    }
                    6 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Items<
                                SipAddressCodec,
                                1u64,
                                18446744073709551615u64,
                                false,
                            >,
                            __A,
                        >(&mut self.f6, map, at, "codecs", errors)
                    }
                    7 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Items<
                                Ciphers,
                                1u64,
                                18446744073709551615u64,
                                false,
                            >,
                            __A,
                        >(&mut self.f7, map, at, "ciphers", errors)
                    }
                    8 => {
                        ::conference_api::__private::read_slot::<
                            SipAddressEncryption,
                            __A,
                        >(&mut self.f8, map, at, "encryption", errors)
                    }
                    9 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f9, map, at, "password", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<SipAddressCreateRequest> {
                let field_name = order.required(self.f0, errors, at, 0, "name");
                let field_user = self.f1.flatten();
                let field_context_id = self.f2.flatten();
                let field_calling_handler_resource_id = order
                    .required(self.f3, errors, at, 3, "calling_handler_resource_id");
                let field_ip_auth_enabled = self.f4.flatten();
                let field_ip_auth = self.f5.flatten();
                let field_codecs = self.f6.flatten();
                let field_ciphers = self.f7.flatten();
                let field_encryption = self.f8.flatten();
                let field_password = self.f9.flatten();
                if let (
                    ::core::option::Option::Some(field_name),
                    ::core::option::Option::Some(field_calling_handler_resource_id),
                ) = (field_name, field_calling_handler_resource_id)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(SipAddressCreateRequest {
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
            Name,
        >(errors, at, "name", object.get("name"));
        ::conference_api::__private::check_optional::<
            User,
        >(errors, at, "user", object.get("user"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Uuid,
        >(errors, at, "context_id", object.get("context_id"));
        ::conference_api::__private::check_required::<
            ::conference_api::Uuid,
        >(
            errors,
            at,
            "calling_handler_resource_id",
            object.get("calling_handler_resource_id"),
        );
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "ip_auth_enabled", object.get("ip_auth_enabled"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >(errors, at, "ip_auth", object.get("ip_auth"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >(errors, at, "codecs", object.get("codecs"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >(errors, at, "ciphers", object.get("ciphers"));
        ::conference_api::__private::check_optional::<
            SipAddressEncryption,
        >(errors, at, "encryption", object.get("encryption"));
        ::conference_api::__private::check_optional::<
            ::std::string::String,
        >(errors, at, "password", object.get("password"));
        ::conference_api::__private::unknown_keys(
            object,
            &[
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
        let field_name = ::conference_api::__private::required::<
            Name,
        >(errors, at, "name", ::conference_api::__private::take(&mut object, "name"));
        let field_user = ::conference_api::__private::optional::<
            User,
        >(errors, at, "user", ::conference_api::__private::take(&mut object, "user"));
        let field_context_id = ::conference_api::__private::optional::<
            ::conference_api::Uuid,
        >(
            errors,
            at,
            "context_id",
            ::conference_api::__private::take(&mut object, "context_id"),
        );
        let field_calling_handler_resource_id = ::conference_api::__private::required::<
            ::conference_api::Uuid,
        >(
            errors,
            at,
            "calling_handler_resource_id",
            ::conference_api::__private::take(&mut object, "calling_handler_resource_id"),
        );
        let field_ip_auth_enabled = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "ip_auth_enabled",
            ::conference_api::__private::take(&mut object, "ip_auth_enabled"),
        );
        let field_ip_auth = ::conference_api::__private::optional::<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >(
            errors,
            at,
            "ip_auth",
            ::conference_api::__private::take(&mut object, "ip_auth"),
        );
        let field_codecs = ::conference_api::__private::optional::<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >(
            errors,
            at,
            "codecs",
            ::conference_api::__private::take(&mut object, "codecs"),
        );
        let field_ciphers = ::conference_api::__private::optional::<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >(
            errors,
            at,
            "ciphers",
            ::conference_api::__private::take(&mut object, "ciphers"),
        );
        let field_encryption = ::conference_api::__private::optional::<
            SipAddressEncryption,
        >(
            errors,
            at,
            "encryption",
            ::conference_api::__private::take(&mut object, "encryption"),
        );
        let field_password = ::conference_api::__private::optional::<
            ::std::string::String,
        >(
            errors,
            at,
            "password",
            ::conference_api::__private::take(&mut object, "password"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &[
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
            ],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_name),
            ::core::option::Option::Some(field_calling_handler_resource_id),
        ) = (field_name, field_calling_handler_resource_id) && errors.len() == before
        {
            return ::core::option::Option::Some(SipAddressCreateRequest {
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
        ::core::option::Option::None
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
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct SipAddressCreateRequestBuilder(
    ::std::boxed::Box<__SipAddressCreateRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __SipAddressCreateRequestBuilderFields {
    name: ::core::option::Option<::conference_api::__private::Slot<Name>>,
    user: ::core::option::Option<::conference_api::__private::Slot<User>>,
    context_id: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::Uuid>,
    >,
    calling_handler_resource_id: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::Uuid>,
    >,
    ip_auth_enabled: ::core::option::Option<::conference_api::__private::Slot<bool>>,
    ip_auth: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >,
    >,
    codecs: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >,
    >,
    ciphers: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >,
    >,
    encryption: ::core::option::Option<
        ::conference_api::__private::Slot<SipAddressEncryption>,
    >,
    password: ::core::option::Option<
        ::conference_api::__private::Slot<::std::string::String>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for SipAddressCreateRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &[
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
            ],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.name, value),
                1usize => ::conference_api::__private::put_raw(&mut fields.user, value),
                2usize => {
                    ::conference_api::__private::put_raw(&mut fields.context_id, value)
                }
                3usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.calling_handler_resource_id,
                        value,
                    )
                }
                4usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.ip_auth_enabled,
                        value,
                    )
                }
                5usize => {
                    ::conference_api::__private::put_raw(&mut fields.ip_auth, value)
                }
                6usize => ::conference_api::__private::put_raw(&mut fields.codecs, value),
                7usize => {
                    ::conference_api::__private::put_raw(&mut fields.ciphers, value)
                }
                8usize => {
                    ::conference_api::__private::put_raw(&mut fields.encryption, value)
                }
                9usize => {
                    ::conference_api::__private::put_raw(&mut fields.password, value)
                }
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for SipAddressCreateRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                ("name", self.0.name.as_ref().map(::conference_api::__private::to_json)),
                ("user", self.0.user.as_ref().map(::conference_api::__private::to_json)),
                (
                    "context_id",
                    self.0.context_id.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "calling_handler_resource_id",
                    self
                        .0
                        .calling_handler_resource_id
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "ip_auth_enabled",
                    self
                        .0
                        .ip_auth_enabled
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "ip_auth",
                    self.0.ip_auth.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "codecs",
                    self.0.codecs.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "ciphers",
                    self.0.ciphers.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "encryption",
                    self.0.encryption.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "password",
                    self.0.password.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for SipAddressCreateRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("SipAddressCreateRequestBuilder")
            .field("name", &self.0.name)
            .field("user", &self.0.user)
            .field("context_id", &self.0.context_id)
            .field("calling_handler_resource_id", &self.0.calling_handler_resource_id)
            .field("ip_auth_enabled", &self.0.ip_auth_enabled)
            .field("ip_auth", &self.0.ip_auth)
            .field("codecs", &self.0.codecs)
            .field("ciphers", &self.0.ciphers)
            .field("encryption", &self.0.encryption)
            .field("password", &self.0.password)
            .finish()
    }
}
#[allow(deprecated)]
impl SipAddressCreateRequestBuilder {
    /// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project and is used to build the address's SIP URI.
    #[inline]
    pub fn name<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.name = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// SIP username used to reach this address (no spaces). Defaults to `*`, which accepts any username. Together with the address's Domain, must be unique across your SignalWire account.
    ///
    /// When unset, the server uses the schema's default `*` ([`Self::DEFAULT_USER`]).
    #[inline]
    pub fn user<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.user = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// ID of the Domain this address should be grouped under. Must exist in your project. Defaults to your project's default Domain.
    #[inline]
    pub fn context_id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.context_id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// ID of the resource that handles inbound calls to this address. Must reference a resource in the caller's project.
    #[inline]
    pub fn calling_handler_resource_id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.calling_handler_resource_id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Whether to enforce IP authentication for this address.
    ///
    /// When unset, the server uses the schema's default `false` ([`Self::DEFAULT_IP_AUTH_ENABLED`]).
    #[inline]
    pub fn ip_auth_enabled(mut self, value: bool) -> Self {
        self.0.ip_auth_enabled = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.
    ///
    /// When unset, the server uses the schema's default `[]` ([`Self::DEFAULT_IP_AUTH`]).
    #[inline]
    pub fn ip_auth(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.0.ip_auth = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Non-empty subset of enabled codecs.
    ///
    /// When unset, the server uses the schema's default `["PCMU","PCMA"]` ([`Self::DEFAULT_CODECS`]).
    #[inline]
    pub fn codecs(mut self, value: ::std::vec::Vec<SipAddressCodec>) -> Self {
        self.0.codecs = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Non-empty subset of enabled SRTP ciphers.
    ///
    /// When unset, the server uses the schema's default `["AEAD_AES_256_GCM_8","AES_256_CM_HMAC_SHA1_80","AES_CM_128_HMAC_SHA1_80","AES_256_CM_HMAC_SHA1_32","AES_CM_128_HMAC_SHA1_32"]` ([`Self::DEFAULT_CIPHERS`]).
    #[inline]
    pub fn ciphers(mut self, value: ::std::vec::Vec<Ciphers>) -> Self {
        self.0.ciphers = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// SRTP encryption requirement for calls to this address.
    ///
    /// When unset, the server uses the schema's default `optional` ([`Self::DEFAULT_ENCRYPTION`]).
    #[inline]
    pub fn encryption(mut self, value: SipAddressEncryption) -> Self {
        self.0.encryption = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Write-only SIP registration password. Never returned in any response.
    #[inline]
    pub fn password<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.password = ::core::option::Option::Some(
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
            Name,
        >(&mut errors, at, "name", self.0.name.as_ref());
        ::conference_api::__private::check_optional_slot::<
            User,
        >(&mut errors, at, "user", self.0.user.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Uuid,
        >(&mut errors, at, "context_id", self.0.context_id.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::conference_api::Uuid,
        >(
            &mut errors,
            at,
            "calling_handler_resource_id",
            self.0.calling_handler_resource_id.as_ref(),
        );
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "ip_auth_enabled", self.0.ip_auth_enabled.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >(&mut errors, at, "ip_auth", self.0.ip_auth.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >(&mut errors, at, "codecs", self.0.codecs.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >(&mut errors, at, "ciphers", self.0.ciphers.as_ref());
        ::conference_api::__private::check_optional_slot::<
            SipAddressEncryption,
        >(&mut errors, at, "encryption", self.0.encryption.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::std::string::String,
        >(&mut errors, at, "password", self.0.password.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        SipAddressCreateRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_name = ::conference_api::__private::required_slot::<
            Name,
        >(&mut errors, at, "name", fields.name);
        let field_user = ::conference_api::__private::optional_slot::<
            User,
        >(&mut errors, at, "user", fields.user);
        let field_context_id = ::conference_api::__private::optional_slot::<
            ::conference_api::Uuid,
        >(&mut errors, at, "context_id", fields.context_id);
        let field_calling_handler_resource_id = ::conference_api::__private::required_slot::<
            ::conference_api::Uuid,
        >(
            &mut errors,
            at,
            "calling_handler_resource_id",
            fields.calling_handler_resource_id,
        );
        let field_ip_auth_enabled = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "ip_auth_enabled", fields.ip_auth_enabled);
        let field_ip_auth = ::conference_api::__private::optional_slot::<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >(&mut errors, at, "ip_auth", fields.ip_auth);
        let field_codecs = ::conference_api::__private::optional_slot::<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >(&mut errors, at, "codecs", fields.codecs);
        let field_ciphers = ::conference_api::__private::optional_slot::<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >(&mut errors, at, "ciphers", fields.ciphers);
        let field_encryption = ::conference_api::__private::optional_slot::<
            SipAddressEncryption,
        >(&mut errors, at, "encryption", fields.encryption);
        let field_password = ::conference_api::__private::optional_slot::<
            ::std::string::String,
        >(&mut errors, at, "password", fields.password);
        if let (
            ::core::option::Option::Some(field_name),
            ::core::option::Option::Some(field_calling_handler_resource_id),
        ) = (field_name, field_calling_handler_resource_id) && errors.is_empty()
        {
            return ::core::result::Result::Ok(SipAddressCreateRequest {
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
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<SipAddressCreateRequest>
for SipAddressCreateRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<SipAddressCreateRequest>::into_body(&request)
    }
}
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
pub struct SipAddressCreateStatusCode422 {
    /// List of validation errors.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
}
///
/// One of: required, optional, forbidden.
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
pub enum SipAddressEncryption {
    /// `required`
    Required,
    /// `optional`
    Optional,
    /// `forbidden`
    Forbidden,
}
impl ::core::fmt::Debug for SipAddressEncryption {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::str::FromStr for SipAddressEncryption {
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
::conference_api::__string_enum!(SipAddressEncryption);
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
pub struct SipAddressListResponse {
    /// Pagination links for the response.
    pub links: SipAddressPaginationResponse,
    /// The number of SIP addresses in this page of results.
    pub items_count: i32,
    /// An array of SIP address objects.
    pub data: ::std::vec::Vec<SipAddress>,
}
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
pub struct SipAddressListStatusCode422 {
    /// List of validation errors.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
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
pub struct SipAddressPaginationResponse {
    /// Link to the current page of results.
    #[serde(rename = "self")]
    pub self_: ::std::string::String,
    /// Link to the first page of results.
    pub first: ::std::string::String,
    /// Link to the next page of results.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub next: ::core::option::Option<::std::string::String>,
    /// Link to the previous page of results.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub prev: ::core::option::Option<::std::string::String>,
}
/// The object type. Always `sip_address`.
///
/// One of: sip_address.
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
pub enum SipAddressType {
    /// `sip_address`
    SipAddress,
}
impl ::core::fmt::Debug for SipAddressType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::str::FromStr for SipAddressType {
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
::conference_api::__string_enum!(SipAddressType);
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
pub struct SipAddressUpdateRequest {
    /// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project. Defaults to the current value when omitted.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub name: ::core::option::Option<Name>,
    /// SIP username used to reach this address (no spaces). Together with the address's Domain, must be unique across your SignalWire account.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub user: ::core::option::Option<User>,
    /// ID of the Domain this address should be grouped under. Must exist in your project. Defaults to the address's current Domain when omitted.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub context_id: ::core::option::Option<::conference_api::Uuid>,
    /// Whether to enforce IP authentication for this address.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub ip_auth_enabled: ::core::option::Option<bool>,
    /// Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub ip_auth: ::core::option::Option<
        ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
    >,
    /// Non-empty subset of enabled codecs.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub codecs: ::core::option::Option<
        ::conference_api::Items<SipAddressCodec, 1u64, 18446744073709551615u64, false>,
    >,
    /// Non-empty subset of enabled SRTP ciphers.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub ciphers: ::core::option::Option<
        ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
    >,
    /// SRTP encryption requirement for calls to this address.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub encryption: ::core::option::Option<SipAddressEncryption>,
    /// Write-only SIP registration password. Never returned in any response.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub password: ::core::option::Option<::std::string::String>,
}
#[allow(deprecated)]
impl SipAddressUpdateRequest {
    /// A request with every optional field unset.
    pub fn new() -> Self {
        Self {
            name: ::core::option::Option::None,
            user: ::core::option::Option::None,
            context_id: ::core::option::Option::None,
            ip_auth_enabled: ::core::option::Option::None,
            ip_auth: ::core::option::Option::None,
            codecs: ::core::option::Option::None,
            ciphers: ::core::option::Option::None,
            encryption: ::core::option::Option::None,
            password: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`SipAddressUpdateRequestBuilder::build`], which lists every broken rule.
    pub fn builder() -> SipAddressUpdateRequestBuilder {
        <SipAddressUpdateRequestBuilder as ::core::default::Default>::default()
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "name",
            doc: "URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project. Defaults to the current value when omitted.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, at most 50 characters, matching ^[a-z0-9]+(-[a-z0-9]+)*$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "user",
            doc: "SIP username used to reach this address (no spaces). Together with the address's Domain, must be unique across your SignalWire account.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^\\S+$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "context_id",
            doc: "ID of the Domain this address should be grouped under. Must exist in your project. Defaults to the address's current Domain when omitted.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "a UUID",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "ip_auth_enabled",
            doc: "Whether to enforce IP authentication for this address.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "ip_auth",
            doc: "Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON array, at most 256 items",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "codecs",
            doc: "Non-empty subset of enabled codecs.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON array, at least 1 items",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "ciphers",
            doc: "Non-empty subset of enabled SRTP ciphers.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "a JSON array, at least 1 items",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "encryption",
            doc: "SRTP encryption requirement for calls to this address.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of required, optional, forbidden",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "password",
            doc: "Write-only SIP registration password. Never returned in any response.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for SipAddressUpdateRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for SipAddressUpdateRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for SipAddressUpdateRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<Name>>,
            f1: ::core::option::Option<::core::option::Option<User>>,
            f2: ::core::option::Option<::core::option::Option<::conference_api::Uuid>>,
            f3: ::core::option::Option<::core::option::Option<bool>>,
            f4: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
                >,
            >,
            f5: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::Items<
                        SipAddressCodec,
                        1u64,
                        18446744073709551615u64,
                        false,
                    >,
                >,
            >,
            f6: ::core::option::Option<
                ::core::option::Option<
                    ::conference_api::Items<
                        Ciphers,
                        1u64,
                        18446744073709551615u64,
                        false,
                    >,
                >,
            >,
            f7: ::core::option::Option<::core::option::Option<SipAddressEncryption>>,
            f8: ::core::option::Option<::core::option::Option<::std::string::String>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = SipAddressUpdateRequest;
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
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "name" => ::core::option::Option::Some(0),
                    "user" => ::core::option::Option::Some(1),
                    "context_id" => ::core::option::Option::Some(2),
                    "ip_auth_enabled" => ::core::option::Option::Some(3),
                    "ip_auth" => ::core::option::Option::Some(4),
                    "codecs" => ::core::option::Option::Some(5),
                    "ciphers" => ::core::option::Option::Some(6),
                    "encryption" => ::core::option::Option::Some(7),
                    "password" => ::core::option::Option::Some(8),
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
                            Name,
                            __A,
                        >(&mut self.f0, map, at, "name", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            User,
                            __A,
                        >(&mut self.f1, map, at, "user", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Uuid,
                            __A,
                        >(&mut self.f2, map, at, "context_id", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f3, map, at, "ip_auth_enabled", errors)
                    }
                    4 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Items<
                                ::std::string::String,
                                0u64,
                                256u64,
                                false,
                            >,
                            __A,
                        >(&mut self.f4, map, at, "ip_auth", errors)
                    }
                    5 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Items<
                                SipAddressCodec,
                                1u64,
                                18446744073709551615u64,
                                false,
                            >,
                            __A,
                        >(&mut self.f5, map, at, "codecs", errors)
                    }
                    6 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::Items<
                                Ciphers,
                                1u64,
                                18446744073709551615u64,
                                false,
                            >,
                            __A,
                        >(&mut self.f6, map, at, "ciphers", errors)
                    }
                    7 => {
                        ::conference_api::__private::read_slot::<
                            SipAddressEncryption,
                            __A,
                        >(&mut self.f7, map, at, "encryption", errors)
                    }
                    8 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f8, map, at, "password", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<SipAddressUpdateRequest> {
                let _ = at;
                let field_name = self.f0.flatten();
                let field_user = self.f1.flatten();
                let field_context_id = self.f2.flatten();
                let field_ip_auth_enabled = self.f3.flatten();
                let field_ip_auth = self.f4.flatten();
                let field_codecs = self.f5.flatten();
                let field_ciphers = self.f6.flatten();
                let field_encryption = self.f7.flatten();
                let field_password = self.f8.flatten();
                if order.valid(errors) {
                    return ::core::option::Option::Some(SipAddressUpdateRequest {
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
        ::conference_api::__private::check_optional::<
            Name,
        >(errors, at, "name", object.get("name"));
        ::conference_api::__private::check_optional::<
            User,
        >(errors, at, "user", object.get("user"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Uuid,
        >(errors, at, "context_id", object.get("context_id"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "ip_auth_enabled", object.get("ip_auth_enabled"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >(errors, at, "ip_auth", object.get("ip_auth"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >(errors, at, "codecs", object.get("codecs"));
        ::conference_api::__private::check_optional::<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >(errors, at, "ciphers", object.get("ciphers"));
        ::conference_api::__private::check_optional::<
            SipAddressEncryption,
        >(errors, at, "encryption", object.get("encryption"));
        ::conference_api::__private::check_optional::<
            ::std::string::String,
        >(errors, at, "password", object.get("password"));
        ::conference_api::__private::unknown_keys(
            object,
            &[
                "name",
                "user",
                "context_id",
                "ip_auth_enabled",
                "ip_auth",
                "codecs",
                "ciphers",
                "encryption",
                "password",
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
        let field_name = ::conference_api::__private::optional::<
            Name,
        >(errors, at, "name", ::conference_api::__private::take(&mut object, "name"));
        let field_user = ::conference_api::__private::optional::<
            User,
        >(errors, at, "user", ::conference_api::__private::take(&mut object, "user"));
        let field_context_id = ::conference_api::__private::optional::<
            ::conference_api::Uuid,
        >(
            errors,
            at,
            "context_id",
            ::conference_api::__private::take(&mut object, "context_id"),
        );
        let field_ip_auth_enabled = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "ip_auth_enabled",
            ::conference_api::__private::take(&mut object, "ip_auth_enabled"),
        );
        let field_ip_auth = ::conference_api::__private::optional::<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >(
            errors,
            at,
            "ip_auth",
            ::conference_api::__private::take(&mut object, "ip_auth"),
        );
        let field_codecs = ::conference_api::__private::optional::<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >(
            errors,
            at,
            "codecs",
            ::conference_api::__private::take(&mut object, "codecs"),
        );
        let field_ciphers = ::conference_api::__private::optional::<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >(
            errors,
            at,
            "ciphers",
            ::conference_api::__private::take(&mut object, "ciphers"),
        );
        let field_encryption = ::conference_api::__private::optional::<
            SipAddressEncryption,
        >(
            errors,
            at,
            "encryption",
            ::conference_api::__private::take(&mut object, "encryption"),
        );
        let field_password = ::conference_api::__private::optional::<
            ::std::string::String,
        >(
            errors,
            at,
            "password",
            ::conference_api::__private::take(&mut object, "password"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &[
                "name",
                "user",
                "context_id",
                "ip_auth_enabled",
                "ip_auth",
                "codecs",
                "ciphers",
                "encryption",
                "password",
            ],
            at,
            errors,
        );
        if errors.len() == before {
            return ::core::option::Option::Some(SipAddressUpdateRequest {
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
        ::core::option::Option::None
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
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct SipAddressUpdateRequestBuilder(
    ::std::boxed::Box<__SipAddressUpdateRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __SipAddressUpdateRequestBuilderFields {
    name: ::core::option::Option<::conference_api::__private::Slot<Name>>,
    user: ::core::option::Option<::conference_api::__private::Slot<User>>,
    context_id: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::Uuid>,
    >,
    ip_auth_enabled: ::core::option::Option<::conference_api::__private::Slot<bool>>,
    ip_auth: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >,
    >,
    codecs: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >,
    >,
    ciphers: ::core::option::Option<
        ::conference_api::__private::Slot<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >,
    >,
    encryption: ::core::option::Option<
        ::conference_api::__private::Slot<SipAddressEncryption>,
    >,
    password: ::core::option::Option<
        ::conference_api::__private::Slot<::std::string::String>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for SipAddressUpdateRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &[
                "name",
                "user",
                "context_id",
                "ip_auth_enabled",
                "ip_auth",
                "codecs",
                "ciphers",
                "encryption",
                "password",
            ],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.name, value),
                1usize => ::conference_api::__private::put_raw(&mut fields.user, value),
                2usize => {
                    ::conference_api::__private::put_raw(&mut fields.context_id, value)
                }
                3usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.ip_auth_enabled,
                        value,
                    )
                }
                4usize => {
                    ::conference_api::__private::put_raw(&mut fields.ip_auth, value)
                }
                5usize => ::conference_api::__private::put_raw(&mut fields.codecs, value),
                6usize => {
                    ::conference_api::__private::put_raw(&mut fields.ciphers, value)
                }
                7usize => {
                    ::conference_api::__private::put_raw(&mut fields.encryption, value)
                }
                8usize => {
                    ::conference_api::__private::put_raw(&mut fields.password, value)
                }
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for SipAddressUpdateRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                ("name", self.0.name.as_ref().map(::conference_api::__private::to_json)),
                ("user", self.0.user.as_ref().map(::conference_api::__private::to_json)),
                (
                    "context_id",
                    self.0.context_id.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "ip_auth_enabled",
                    self
                        .0
                        .ip_auth_enabled
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "ip_auth",
                    self.0.ip_auth.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "codecs",
                    self.0.codecs.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "ciphers",
                    self.0.ciphers.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "encryption",
                    self.0.encryption.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "password",
                    self.0.password.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for SipAddressUpdateRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("SipAddressUpdateRequestBuilder")
            .field("name", &self.0.name)
            .field("user", &self.0.user)
            .field("context_id", &self.0.context_id)
            .field("ip_auth_enabled", &self.0.ip_auth_enabled)
            .field("ip_auth", &self.0.ip_auth)
            .field("codecs", &self.0.codecs)
            .field("ciphers", &self.0.ciphers)
            .field("encryption", &self.0.encryption)
            .field("password", &self.0.password)
            .finish()
    }
}
#[allow(deprecated)]
impl SipAddressUpdateRequestBuilder {
    /// URL-safe name for the SIP address — lowercase letters, numbers, and hyphens only (no spaces or other special characters). Must be unique within the project. Defaults to the current value when omitted.
    #[inline]
    pub fn name<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.name = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// SIP username used to reach this address (no spaces). Together with the address's Domain, must be unique across your SignalWire account.
    #[inline]
    pub fn user<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.user = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// ID of the Domain this address should be grouped under. Must exist in your project. Defaults to the address's current Domain when omitted.
    #[inline]
    pub fn context_id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.context_id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Whether to enforce IP authentication for this address.
    #[inline]
    pub fn ip_auth_enabled(mut self, value: bool) -> Self {
        self.0.ip_auth_enabled = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whitelisted IP/CIDR entries. Required (at least one) when `ip_auth_enabled` is `true`. Maximum 256 entries.
    #[inline]
    pub fn ip_auth(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.0.ip_auth = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Non-empty subset of enabled codecs.
    #[inline]
    pub fn codecs(mut self, value: ::std::vec::Vec<SipAddressCodec>) -> Self {
        self.0.codecs = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// Non-empty subset of enabled SRTP ciphers.
    #[inline]
    pub fn ciphers(mut self, value: ::std::vec::Vec<Ciphers>) -> Self {
        self.0.ciphers = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
        );
        self
    }
    /// SRTP encryption requirement for calls to this address.
    #[inline]
    pub fn encryption(mut self, value: SipAddressEncryption) -> Self {
        self.0.encryption = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Write-only SIP registration password. Never returned in any response.
    #[inline]
    pub fn password<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.password = ::core::option::Option::Some(
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
        ::conference_api::__private::check_optional_slot::<
            Name,
        >(&mut errors, at, "name", self.0.name.as_ref());
        ::conference_api::__private::check_optional_slot::<
            User,
        >(&mut errors, at, "user", self.0.user.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Uuid,
        >(&mut errors, at, "context_id", self.0.context_id.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "ip_auth_enabled", self.0.ip_auth_enabled.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >(&mut errors, at, "ip_auth", self.0.ip_auth.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >(&mut errors, at, "codecs", self.0.codecs.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >(&mut errors, at, "ciphers", self.0.ciphers.as_ref());
        ::conference_api::__private::check_optional_slot::<
            SipAddressEncryption,
        >(&mut errors, at, "encryption", self.0.encryption.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::std::string::String,
        >(&mut errors, at, "password", self.0.password.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        SipAddressUpdateRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_name = ::conference_api::__private::optional_slot::<
            Name,
        >(&mut errors, at, "name", fields.name);
        let field_user = ::conference_api::__private::optional_slot::<
            User,
        >(&mut errors, at, "user", fields.user);
        let field_context_id = ::conference_api::__private::optional_slot::<
            ::conference_api::Uuid,
        >(&mut errors, at, "context_id", fields.context_id);
        let field_ip_auth_enabled = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "ip_auth_enabled", fields.ip_auth_enabled);
        let field_ip_auth = ::conference_api::__private::optional_slot::<
            ::conference_api::Items<::std::string::String, 0u64, 256u64, false>,
        >(&mut errors, at, "ip_auth", fields.ip_auth);
        let field_codecs = ::conference_api::__private::optional_slot::<
            ::conference_api::Items<
                SipAddressCodec,
                1u64,
                18446744073709551615u64,
                false,
            >,
        >(&mut errors, at, "codecs", fields.codecs);
        let field_ciphers = ::conference_api::__private::optional_slot::<
            ::conference_api::Items<Ciphers, 1u64, 18446744073709551615u64, false>,
        >(&mut errors, at, "ciphers", fields.ciphers);
        let field_encryption = ::conference_api::__private::optional_slot::<
            SipAddressEncryption,
        >(&mut errors, at, "encryption", fields.encryption);
        let field_password = ::conference_api::__private::optional_slot::<
            ::std::string::String,
        >(&mut errors, at, "password", fields.password);
        if errors.is_empty() {
            return ::core::result::Result::Ok(SipAddressUpdateRequest {
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
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<SipAddressUpdateRequest>
for SipAddressUpdateRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<SipAddressUpdateRequest>::into_body(&request)
    }
}
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
pub struct SipAddressUpdateStatusCode422 {
    /// List of validation errors.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
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
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
pub struct User(::conference_api::__private::CompactString);
impl User {
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^\\S+$";
    const PATTERN_MATCHER: ::conference_api::__private::Matcher = ::conference_api::__private::Matcher::Dfa(::conference_api::__private::Dfa {
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
    pub const fn broken_rule(
        value: &str,
    ) -> ::core::option::Option<::conference_api::Rule> {
        if !Self::PATTERN_MATCHER.is_match(value) {
            return ::core::option::Option::Some(
                ::conference_api::Rule::Pattern(Self::PATTERN),
            );
        }
        ::core::option::Option::None
    }
    /// A value from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: &'static str) -> Self {
        match Self::broken_rule(value) {
            ::core::option::Option::None => {
                Self(::conference_api::__private::CompactString::const_new(value))
            }
            ::core::option::Option::Some(_) => {
                ::core::panic!("invalid User literal: does not match the pattern ^\\S+$")
            }
        }
    }
}
::conference_api::__string_value!(User);
/// The error bodies `list_sip_addresses` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("list_sip_addresses")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `create_sip_address` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("create_sip_address")? {
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `get_sip_address` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("get_sip_address")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `delete_sip_address` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("delete_sip_address")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `update_sip_address` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("update_sip_address")? {
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
    ) -> ::conference_api::Call<'a, SipAddressListResponse>;
    /// Every item of [`list_sip_addresses`](Self::list_sip_addresses), page after page: the first page as that call asks for it, each next one with the query of the page's `links.next`.
    ///
    /// Returns a [`PageStream`](::conference_api::PageStream): it asks for a page when the items of the one before have been taken, follows links only on the client's base URL, and ends with one [`PageError`](::conference_api::PageError) when a page fails or the server never reaches a last page.
    fn list_all_sip_addresses<'a>(
        &'a self,
        params: &ListSipAddressesParams,
    ) -> ::conference_api::PageStream<'a, SipAddress>;
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
        body: impl ::conference_api::IntoBody<SipAddressCreateRequest>,
    ) -> ::conference_api::Call<'a, SipAddress>;
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
    fn get_sip_address<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, SipAddress>;
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
    fn delete_sip_address<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, ()>;
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
        id: &::conference_api::Uuid,
        body: impl ::conference_api::IntoBody<SipAddressUpdateRequest>,
    ) -> ::conference_api::Call<'a, SipAddress>;
}
impl Api for ::conference_api::Client {
    fn list_sip_addresses<'a>(
        &'a self,
        params: &ListSipAddressesParams,
    ) -> ::conference_api::Call<'a, SipAddressListResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "list_sip_addresses",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/fabric/sip_addresses",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/fabric/sip_addresses"),
            query: params.to_query(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<SipAddressListResponse>,
        )
    }
    fn list_all_sip_addresses<'a>(
        &'a self,
        params: &ListSipAddressesParams,
    ) -> ::conference_api::PageStream<'a, SipAddress> {
        let params = ::core::clone::Clone::clone(params);
        ::conference_api::PageStream::new(
            move || self.list_sip_addresses(&params),
            |page: SipAddressListResponse| (page.data, page.links.next),
            |item: &SipAddress, digest| digest.id(&item.id),
        )
    }
    fn create_sip_address<'a>(
        &'a self,
        body: impl ::conference_api::IntoBody<SipAddressCreateRequest>,
    ) -> ::conference_api::Call<'a, SipAddress> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "create_sip_address",
            method: ::conference_api::__private::Method::Post,
            path_template: "/api/fabric/sip_addresses",
            success_status: 201u16,
            documented_errors: &[401u16, 422u16, 500u16],
            media: &[::conference_api::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/fabric/sip_addresses"),
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
            ::conference_api::__private::success_json::<SipAddress>,
        )
    }
    fn get_sip_address<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, SipAddress> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "get_sip_address",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/fabric/sip_addresses/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/fabric/sip_addresses/{}",
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
            ::conference_api::__private::success_json::<SipAddress>,
        )
    }
    fn delete_sip_address<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, ()> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "delete_sip_address",
            method: ::conference_api::__private::Method::Delete,
            path_template: "/api/fabric/sip_addresses/{id}",
            success_status: 204u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/fabric/sip_addresses/{}",
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
            ::conference_api::__private::success_empty,
        )
    }
    fn update_sip_address<'a>(
        &'a self,
        id: &::conference_api::Uuid,
        body: impl ::conference_api::IntoBody<SipAddressUpdateRequest>,
    ) -> ::conference_api::Call<'a, SipAddress> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "update_sip_address",
            method: ::conference_api::__private::Method::Patch,
            path_template: "/api/fabric/sip_addresses/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[::conference_api::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/fabric/sip_addresses/{}",
                ::conference_api::__private::encode_path_segment(&
                ::std::string::ToString::to_string(id))
            ),
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
            ::conference_api::__private::success_json::<SipAddress>,
        )
    }
}
