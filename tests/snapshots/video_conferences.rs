const _: &[u8] = ::core::include_bytes!("../schema/video_conferences.json");
/// Active session information for a room.
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
pub struct ActiveSession {
    /// Unique ID of the session.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub id: ::core::option::Option<::std::string::String>,
    /// Unique ID of the Room if the Session was created from a Room and was not an auto-created Session.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub room_id: ::core::option::Option<::std::string::String>,
    /// The named identifier of room session.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub name: ::core::option::Option<::std::string::String>,
    /// Display name of room, no character limitations. Maximum of 200 characters. Defaults to the value of name.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub display_name: ::core::option::Option<::std::string::String>,
    /// Room Session does not accept new Members before this time.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub join_from: ::core::option::Option<
        ::conference_api::OrUnknown<::conference_api::DateTime>,
    >,
    /// Room Session stops accepting new Members at this time.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub join_until: ::core::option::Option<
        ::conference_api::OrUnknown<::conference_api::DateTime>,
    >,
    /// Remove Members from the Room Session at this time.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub remove_at: ::core::option::Option<
        ::conference_api::OrUnknown<::conference_api::DateTime>,
    >,
    /// Remove Members after they are in the Room Session for N seconds.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub remove_after_seconds_elapsed: ::core::option::Option<i32>,
    /// The Room Session's initial layout. See documentation for a full list of supported layouts.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub layout: ::core::option::Option<::std::string::String>,
    /// The maximum number of members allowed in the room at a time.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub max_members: ::core::option::Option<i32>,
    /// The Room Session's frames per second.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub fps: ::core::option::Option<::conference_api::OrUnknown<VideoFps>>,
    /// The Room Session's resolution.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub quality: ::core::option::Option<::conference_api::OrUnknown<VideoQuality>>,
    /// Start time of the session.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub start_time: ::core::option::Option<
        ::conference_api::OrUnknown<::conference_api::DateTime>,
    >,
    /// End time of the session.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub end_time: ::core::option::Option<
        ::conference_api::OrUnknown<::conference_api::DateTime>,
    >,
    /// How long, in seconds, the Room Session lasted.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub duration: ::core::option::Option<i32>,
    /// Status of the session.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub status: ::core::option::Option<::conference_api::OrUnknown<RoomSessionStatus>>,
    /// Whether a recording was automatically started when this Room Session began.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub record_on_start: ::core::option::Option<bool>,
    /// Whether a video with a preview of the content of the room is to be generated.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub enable_room_previews: ::core::option::Option<bool>,
    /// If room previews are enabled and the room session is in progress, this is the URL of the preview video.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub preview_url: ::core::option::Option<::std::string::String>,
    /// Enable/disable jitter buffer audio-video sync.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub audio_video_sync: ::core::option::Option<bool>,
}
/// CTA buttons and selected items color (dark theme).
///
/// A value that matches `^#[0-9a-fA-F]{6}$`. Used by `dark_primary`, `dark_background`, `dark_foreground`, `dark_success`, `dark_negative`, `light_primary`, `light_background`, `light_foreground`, `light_success`, `light_negative`, `dark_primary`, `dark_background`, `dark_foreground`, `dark_success`, `dark_negative`, `light_primary`, `light_background`, `light_foreground`, `light_success`, `light_negative`.
///
/// Make one with [`new`](Self::new) (checked at run time), or from a literal with `from_static` in a `const`, checked at compile time:
///
/// ```text
/// const VALUE: Color = Color::from_static("…");
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
pub struct Color(::conference_api::__private::CompactString);
impl Color {
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^#[0-9a-fA-F]{6}$";
    const PATTERN_MATCHER: ::conference_api::__private::Matcher = ::conference_api::__private::Matcher::Fixed {
        classes: [
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2,
            2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ],
        masks: &[2, 4, 4, 4, 4, 4, 4],
    };
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
                ::core::panic!(
                    "invalid Color literal: does not match the pattern ^#[0-9a-fA-F]{{6}}$"
                )
            }
        }
    }
}
::conference_api::__string_value!(Color);
/// Video conference response object.
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
pub struct Conference {
    /// Unique ID of the video conference.
    pub id: ::conference_api::Uuid,
    /// A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`.
    pub name: ::std::string::String,
    /// Display name of the video conference. Maximum of 200 characters.
    pub display_name: ::core::option::Option<::std::string::String>,
    /// Description of the conference. Maximum of 3000 characters.
    pub description: ::core::option::Option<::std::string::String>,
    /// Conference does not accept new participants before this time.
    pub join_from: ::core::option::Option<
        ::conference_api::OrUnknown<::conference_api::DateTime>,
    >,
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave.
    pub join_until: ::core::option::Option<
        ::conference_api::OrUnknown<::conference_api::DateTime>,
    >,
    /// The conference's resolution.
    pub quality: ::conference_api::OrUnknown<VideoQuality>,
    /// The conference's initial layout.
    pub layout: ::conference_api::OrUnknown<VideoLayout>,
    /// The size of the video conference.
    pub size: ::core::option::Option<::conference_api::OrUnknown<ConferenceSize>>,
    /// Whether to start recording when a conference session begins.
    pub record_on_start: bool,
    /// Whether a tone is played when a member enters or exits the conference.
    pub tone_on_entry_and_exit: bool,
    /// Whether participants join with video off by user setting.
    pub user_join_video_off: bool,
    /// Whether participants join with video off by room setting.
    pub room_join_video_off: bool,
    /// Whether group chat is enabled for conference participants.
    pub enable_chat: bool,
    /// Whether a preview video of the conference content is generated.
    pub enable_room_previews: ::core::option::Option<bool>,
    /// CTA buttons and selected items color (dark theme).
    pub dark_primary: ::core::option::Option<::std::string::String>,
    /// Main background color (dark theme).
    pub dark_background: ::core::option::Option<::std::string::String>,
    /// Main foreground color (dark theme).
    pub dark_foreground: ::core::option::Option<::std::string::String>,
    /// Success indication color (dark theme).
    pub dark_success: ::core::option::Option<::std::string::String>,
    /// Error indication color (dark theme).
    pub dark_negative: ::core::option::Option<::std::string::String>,
    /// CTA buttons and selected items color (light theme).
    pub light_primary: ::core::option::Option<::std::string::String>,
    /// Main background color (light theme).
    pub light_background: ::core::option::Option<::std::string::String>,
    /// Main foreground color (light theme).
    pub light_foreground: ::core::option::Option<::std::string::String>,
    /// Success indication color (light theme).
    pub light_success: ::core::option::Option<::std::string::String>,
    /// Error indication color (light theme).
    pub light_negative: ::core::option::Option<::std::string::String>,
    /// User-defined metadata for the conference.
    pub meta: ::core::option::Option<
        ::conference_api::__private::serde_json::Map<
            ::std::string::String,
            ::conference_api::__private::serde_json::Value,
        >,
    >,
    /// Timestamp when the conference was created.
    pub created_at: ::conference_api::OrUnknown<::conference_api::DateTime>,
    /// Timestamp when the conference was last updated.
    pub updated_at: ::conference_api::OrUnknown<::conference_api::DateTime>,
    /// Active session information. Only present when requested via the `include_active_session` query parameter.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub active_session: ::core::option::Option<ActiveSession>,
}
/// Conference size options.
///
/// One of: small, medium, large.
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
pub enum ConferenceSize {
    /// `small`
    Small,
    /// `medium`
    Medium,
    /// `large`
    Large,
}
impl ::core::fmt::Debug for ConferenceSize {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Small", "Medium", "Large"];
        f.write_str(NAMES[*self as usize])
    }
}
impl ConferenceSize {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Small, Self::Medium, Self::Large];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["small", "medium", "large"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for ConferenceSize {
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
::conference_api::__string_enum!(ConferenceSize);
/// Request body for creating a conference.
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
pub struct CreateConferenceRequest {
    /// A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`. Maximum of 100 characters.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub name: ::core::option::Option<Name>,
    /// Display name of the video conference. Maximum of 200 characters.
    pub display_name: DisplayName,
    /// Description of the conference. Maximum of 3000 characters.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub description: ::core::option::Option<Description>,
    /// Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub join_from: ::core::option::Option<::conference_api::DateTime>,
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub join_until: ::core::option::Option<::conference_api::DateTime>,
    /// The conference's resolution.
    ///
    /// When unset, the server uses the schema's default `720p` ([`Self::DEFAULT_QUALITY`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub quality: ::core::option::Option<VideoQuality>,
    /// The conference's initial layout.
    ///
    /// When unset, the server uses the schema's default `grid-responsive` ([`Self::DEFAULT_LAYOUT`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub layout: ::core::option::Option<VideoLayout>,
    /// The size of the video conference.
    ///
    /// When unset, the server uses the schema's default `medium` ([`Self::DEFAULT_SIZE`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub size: ::core::option::Option<ConferenceSize>,
    /// Whether to start recording when a conference session begins.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub record_on_start: ::core::option::Option<bool>,
    /// Whether a preview video of the conference content is generated.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub enable_room_previews: ::core::option::Option<bool>,
    /// Whether group chat is enabled for conference participants.
    ///
    /// When unset, the server uses the schema's default `true` ([`Self::DEFAULT_ENABLE_CHAT`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub enable_chat: ::core::option::Option<bool>,
    /// CTA buttons and selected items color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#044EF4` ([`Self::DEFAULT_DARK_PRIMARY`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_primary: ::core::option::Option<Color>,
    /// Main background color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#FFFFFF` ([`Self::DEFAULT_DARK_BACKGROUND`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_background: ::core::option::Option<Color>,
    /// Main foreground color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#1D2127` ([`Self::DEFAULT_DARK_FOREGROUND`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_foreground: ::core::option::Option<Color>,
    /// Success indication color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#17BB58` ([`Self::DEFAULT_DARK_SUCCESS`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_success: ::core::option::Option<Color>,
    /// Error indication color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#F42C50` ([`Self::DEFAULT_DARK_NEGATIVE`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_negative: ::core::option::Option<Color>,
    /// CTA buttons and selected items color (light theme).
    ///
    /// When unset, the server uses the schema's default `#044EF4` ([`Self::DEFAULT_LIGHT_PRIMARY`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_primary: ::core::option::Option<Color>,
    /// Main background color (light theme).
    ///
    /// When unset, the server uses the schema's default `#FFFFFF` ([`Self::DEFAULT_LIGHT_BACKGROUND`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_background: ::core::option::Option<Color>,
    /// Main foreground color (light theme).
    ///
    /// When unset, the server uses the schema's default `#1D2127` ([`Self::DEFAULT_LIGHT_FOREGROUND`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_foreground: ::core::option::Option<Color>,
    /// Success indication color (light theme).
    ///
    /// When unset, the server uses the schema's default `#17BB58` ([`Self::DEFAULT_LIGHT_SUCCESS`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_success: ::core::option::Option<Color>,
    /// Error indication color (light theme).
    ///
    /// When unset, the server uses the schema's default `#F42C50` ([`Self::DEFAULT_LIGHT_NEGATIVE`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_negative: ::core::option::Option<Color>,
}
#[allow(deprecated)]
impl CreateConferenceRequest {
    /// A request with its required fields (`display_name`) and every optional field unset.
    pub fn new(display_name: DisplayName) -> Self {
        Self {
            name: ::core::option::Option::None,
            display_name,
            description: ::core::option::Option::None,
            join_from: ::core::option::Option::None,
            join_until: ::core::option::Option::None,
            quality: ::core::option::Option::None,
            layout: ::core::option::Option::None,
            size: ::core::option::Option::None,
            record_on_start: ::core::option::Option::None,
            enable_room_previews: ::core::option::Option::None,
            enable_chat: ::core::option::Option::None,
            dark_primary: ::core::option::Option::None,
            dark_background: ::core::option::Option::None,
            dark_foreground: ::core::option::Option::None,
            dark_success: ::core::option::Option::None,
            dark_negative: ::core::option::Option::None,
            light_primary: ::core::option::Option::None,
            light_background: ::core::option::Option::None,
            light_foreground: ::core::option::Option::None,
            light_success: ::core::option::Option::None,
            light_negative: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`CreateConferenceRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        display_name: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> CreateConferenceRequestBuilder {
        <CreateConferenceRequestBuilder as ::core::default::Default>::default()
            .display_name(display_name)
    }
    /// The schema's default for `quality`: `720p`.
    pub const DEFAULT_QUALITY: VideoQuality = VideoQuality::Quality720p;
    /// The schema's default for `layout`: `grid-responsive`.
    pub const DEFAULT_LAYOUT: VideoLayout = VideoLayout::GridResponsive;
    /// The schema's default for `size`: `medium`.
    pub const DEFAULT_SIZE: ConferenceSize = ConferenceSize::Medium;
    /// The schema's default for `enable_chat`: `true`.
    pub const DEFAULT_ENABLE_CHAT: bool = true;
    /// The schema's default for `dark_primary`: `#044EF4`.
    pub const DEFAULT_DARK_PRIMARY: Color = Color::from_static("#044EF4");
    /// The schema's default for `dark_background`: `#FFFFFF`.
    pub const DEFAULT_DARK_BACKGROUND: Color = Color::from_static("#FFFFFF");
    /// The schema's default for `dark_foreground`: `#1D2127`.
    pub const DEFAULT_DARK_FOREGROUND: Color = Color::from_static("#1D2127");
    /// The schema's default for `dark_success`: `#17BB58`.
    pub const DEFAULT_DARK_SUCCESS: Color = Color::from_static("#17BB58");
    /// The schema's default for `dark_negative`: `#F42C50`.
    pub const DEFAULT_DARK_NEGATIVE: Color = Color::from_static("#F42C50");
    /// The schema's default for `light_primary`: `#044EF4`.
    pub const DEFAULT_LIGHT_PRIMARY: Color = Color::from_static("#044EF4");
    /// The schema's default for `light_background`: `#FFFFFF`.
    pub const DEFAULT_LIGHT_BACKGROUND: Color = Color::from_static("#FFFFFF");
    /// The schema's default for `light_foreground`: `#1D2127`.
    pub const DEFAULT_LIGHT_FOREGROUND: Color = Color::from_static("#1D2127");
    /// The schema's default for `light_success`: `#17BB58`.
    pub const DEFAULT_LIGHT_SUCCESS: Color = Color::from_static("#17BB58");
    /// The schema's default for `light_negative`: `#F42C50`.
    pub const DEFAULT_LIGHT_NEGATIVE: Color = Color::from_static("#F42C50");
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "name",
            doc: "A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`. Maximum of 100 characters.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, at most 100 characters, matching ^[A-Za-z0-9_-]+$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "display_name",
            doc: "Display name of the video conference. Maximum of 200 characters.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text, at most 200 characters",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "description",
            doc: "Description of the conference. Maximum of 3000 characters.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, at most 3000 characters",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "join_from",
            doc: "Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "join_until",
            doc: "Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "quality",
            doc: "The conference's resolution.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of 720p, 1080p",
            default: ::core::option::Option::Some("720p"),
        },
        ::conference_api::FieldInfo {
            name: "layout",
            doc: "The conference's initial layout.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of grid-responsive, grid-responsive-mobile, highlight-1-responsive, 1x1, 2x1, 2x2, 5up, 3x3, 4x4, 5x5, 6x6, 8x8, 10x10",
            default: ::core::option::Option::Some("grid-responsive"),
        },
        ::conference_api::FieldInfo {
            name: "size",
            doc: "The size of the video conference.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of small, medium, large",
            default: ::core::option::Option::Some("medium"),
        },
        ::conference_api::FieldInfo {
            name: "record_on_start",
            doc: "Whether to start recording when a conference session begins.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "enable_room_previews",
            doc: "Whether a preview video of the conference content is generated.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "enable_chat",
            doc: "Whether group chat is enabled for conference participants.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::Some("true"),
        },
        ::conference_api::FieldInfo {
            name: "dark_primary",
            doc: "CTA buttons and selected items color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#044EF4"),
        },
        ::conference_api::FieldInfo {
            name: "dark_background",
            doc: "Main background color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#FFFFFF"),
        },
        ::conference_api::FieldInfo {
            name: "dark_foreground",
            doc: "Main foreground color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#1D2127"),
        },
        ::conference_api::FieldInfo {
            name: "dark_success",
            doc: "Success indication color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#17BB58"),
        },
        ::conference_api::FieldInfo {
            name: "dark_negative",
            doc: "Error indication color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#F42C50"),
        },
        ::conference_api::FieldInfo {
            name: "light_primary",
            doc: "CTA buttons and selected items color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#044EF4"),
        },
        ::conference_api::FieldInfo {
            name: "light_background",
            doc: "Main background color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#FFFFFF"),
        },
        ::conference_api::FieldInfo {
            name: "light_foreground",
            doc: "Main foreground color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#1D2127"),
        },
        ::conference_api::FieldInfo {
            name: "light_success",
            doc: "Success indication color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#17BB58"),
        },
        ::conference_api::FieldInfo {
            name: "light_negative",
            doc: "Error indication color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::Some("#F42C50"),
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for CreateConferenceRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for CreateConferenceRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for CreateConferenceRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<Name>>,
            f1: ::core::option::Option<::core::option::Option<DisplayName>>,
            f2: ::core::option::Option<::core::option::Option<Description>>,
            f3: ::core::option::Option<
                ::core::option::Option<::conference_api::DateTime>,
            >,
            f4: ::core::option::Option<
                ::core::option::Option<::conference_api::DateTime>,
            >,
            f5: ::core::option::Option<::core::option::Option<VideoQuality>>,
            f6: ::core::option::Option<::core::option::Option<VideoLayout>>,
            f7: ::core::option::Option<::core::option::Option<ConferenceSize>>,
            f8: ::core::option::Option<::core::option::Option<bool>>,
            f9: ::core::option::Option<::core::option::Option<bool>>,
            f10: ::core::option::Option<::core::option::Option<bool>>,
            f11: ::core::option::Option<::core::option::Option<Color>>,
            f12: ::core::option::Option<::core::option::Option<Color>>,
            f13: ::core::option::Option<::core::option::Option<Color>>,
            f14: ::core::option::Option<::core::option::Option<Color>>,
            f15: ::core::option::Option<::core::option::Option<Color>>,
            f16: ::core::option::Option<::core::option::Option<Color>>,
            f17: ::core::option::Option<::core::option::Option<Color>>,
            f18: ::core::option::Option<::core::option::Option<Color>>,
            f19: ::core::option::Option<::core::option::Option<Color>>,
            f20: ::core::option::Option<::core::option::Option<Color>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = CreateConferenceRequest;
            const NAMES: &'static [&'static str] = &[
                "name",
                "display_name",
                "description",
                "join_from",
                "join_until",
                "quality",
                "layout",
                "size",
                "record_on_start",
                "enable_room_previews",
                "enable_chat",
                "dark_primary",
                "dark_background",
                "dark_foreground",
                "dark_success",
                "dark_negative",
                "light_primary",
                "light_background",
                "light_foreground",
                "light_success",
                "light_negative",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "name" => ::core::option::Option::Some(0),
                    "display_name" => ::core::option::Option::Some(1),
                    "description" => ::core::option::Option::Some(2),
                    "join_from" => ::core::option::Option::Some(3),
                    "join_until" => ::core::option::Option::Some(4),
                    "quality" => ::core::option::Option::Some(5),
                    "layout" => ::core::option::Option::Some(6),
                    "size" => ::core::option::Option::Some(7),
                    "record_on_start" => ::core::option::Option::Some(8),
                    "enable_room_previews" => ::core::option::Option::Some(9),
                    "enable_chat" => ::core::option::Option::Some(10),
                    "dark_primary" => ::core::option::Option::Some(11),
                    "dark_background" => ::core::option::Option::Some(12),
                    "dark_foreground" => ::core::option::Option::Some(13),
                    "dark_success" => ::core::option::Option::Some(14),
                    "dark_negative" => ::core::option::Option::Some(15),
                    "light_primary" => ::core::option::Option::Some(16),
                    "light_background" => ::core::option::Option::Some(17),
                    "light_foreground" => ::core::option::Option::Some(18),
                    "light_success" => ::core::option::Option::Some(19),
                    "light_negative" => ::core::option::Option::Some(20),
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
                            DisplayName,
                            __A,
                        >(&mut self.f1, map, at, "display_name", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            Description,
                            __A,
                        >(&mut self.f2, map, at, "description", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::DateTime,
                            __A,
                        >(&mut self.f3, map, at, "join_from", errors)
                    }
                    4 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::DateTime,
                            __A,
                        >(&mut self.f4, map, at, "join_until", errors)
                    }
                    5 => {
                        ::conference_api::__private::read_slot::<
                            VideoQuality,
                            __A,
                        >(&mut self.f5, map, at, "quality", errors)
                    }
                    6 => {
                        ::conference_api::__private::read_slot::<
                            VideoLayout,
                            __A,
                        >(&mut self.f6, map, at, "layout", errors)
                    }
                    7 => {
                        ::conference_api::__private::read_slot::<
                            ConferenceSize,
                            __A,
                        >(&mut self.f7, map, at, "size", errors)
                    }
                    8 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f8, map, at, "record_on_start", errors)
                    }
                    9 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f9, map, at, "enable_room_previews", errors)
                    }
                    10 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f10, map, at, "enable_chat", errors)
                    }
                    11 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f11, map, at, "dark_primary", errors)
                    }
                    12 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f12, map, at, "dark_background", errors)
                    }
                    13 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f13, map, at, "dark_foreground", errors)
                    }
                    14 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f14, map, at, "dark_success", errors)
                    }
                    15 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f15, map, at, "dark_negative", errors)
                    }
                    16 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f16, map, at, "light_primary", errors)
                    }
                    17 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f17, map, at, "light_background", errors)
                    }
                    18 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f18, map, at, "light_foreground", errors)
                    }
                    19 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f19, map, at, "light_success", errors)
                    }
                    20 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f20, map, at, "light_negative", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<CreateConferenceRequest> {
                let field_name = self.f0.flatten();
                let field_display_name = order
                    .required(self.f1, errors, at, 1, "display_name");
                let field_description = self.f2.flatten();
                let field_join_from = self.f3.flatten();
                let field_join_until = self.f4.flatten();
                let field_quality = self.f5.flatten();
                let field_layout = self.f6.flatten();
                let field_size = self.f7.flatten();
                let field_record_on_start = self.f8.flatten();
                let field_enable_room_previews = self.f9.flatten();
                let field_enable_chat = self.f10.flatten();
                let field_dark_primary = self.f11.flatten();
                let field_dark_background = self.f12.flatten();
                let field_dark_foreground = self.f13.flatten();
                let field_dark_success = self.f14.flatten();
                let field_dark_negative = self.f15.flatten();
                let field_light_primary = self.f16.flatten();
                let field_light_background = self.f17.flatten();
                let field_light_foreground = self.f18.flatten();
                let field_light_success = self.f19.flatten();
                let field_light_negative = self.f20.flatten();
                if let (::core::option::Option::Some(field_display_name),) = (
                    field_display_name,
                ) && order.valid(errors)
                {
                    return ::core::option::Option::Some(CreateConferenceRequest {
                        name: field_name,
                        display_name: field_display_name,
                        description: field_description,
                        join_from: field_join_from,
                        join_until: field_join_until,
                        quality: field_quality,
                        layout: field_layout,
                        size: field_size,
                        record_on_start: field_record_on_start,
                        enable_room_previews: field_enable_room_previews,
                        enable_chat: field_enable_chat,
                        dark_primary: field_dark_primary,
                        dark_background: field_dark_background,
                        dark_foreground: field_dark_foreground,
                        dark_success: field_dark_success,
                        dark_negative: field_dark_negative,
                        light_primary: field_light_primary,
                        light_background: field_light_background,
                        light_foreground: field_light_foreground,
                        light_success: field_light_success,
                        light_negative: field_light_negative,
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
        ::conference_api::__private::check_required::<
            DisplayName,
        >(errors, at, "display_name", object.get("display_name"));
        ::conference_api::__private::check_optional::<
            Description,
        >(errors, at, "description", object.get("description"));
        ::conference_api::__private::check_optional::<
            ::conference_api::DateTime,
        >(errors, at, "join_from", object.get("join_from"));
        ::conference_api::__private::check_optional::<
            ::conference_api::DateTime,
        >(errors, at, "join_until", object.get("join_until"));
        ::conference_api::__private::check_optional::<
            VideoQuality,
        >(errors, at, "quality", object.get("quality"));
        ::conference_api::__private::check_optional::<
            VideoLayout,
        >(errors, at, "layout", object.get("layout"));
        ::conference_api::__private::check_optional::<
            ConferenceSize,
        >(errors, at, "size", object.get("size"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "record_on_start", object.get("record_on_start"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "enable_room_previews", object.get("enable_room_previews"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "enable_chat", object.get("enable_chat"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_primary", object.get("dark_primary"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_background", object.get("dark_background"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_foreground", object.get("dark_foreground"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_success", object.get("dark_success"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_negative", object.get("dark_negative"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_primary", object.get("light_primary"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_background", object.get("light_background"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_foreground", object.get("light_foreground"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_success", object.get("light_success"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_negative", object.get("light_negative"));
        ::conference_api::__private::unknown_keys(
            object,
            &[
                "name",
                "display_name",
                "description",
                "join_from",
                "join_until",
                "quality",
                "layout",
                "size",
                "record_on_start",
                "enable_room_previews",
                "enable_chat",
                "dark_primary",
                "dark_background",
                "dark_foreground",
                "dark_success",
                "dark_negative",
                "light_primary",
                "light_background",
                "light_foreground",
                "light_success",
                "light_negative",
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
        let field_display_name = ::conference_api::__private::required::<
            DisplayName,
        >(
            errors,
            at,
            "display_name",
            ::conference_api::__private::take(&mut object, "display_name"),
        );
        let field_description = ::conference_api::__private::optional::<
            Description,
        >(
            errors,
            at,
            "description",
            ::conference_api::__private::take(&mut object, "description"),
        );
        let field_join_from = ::conference_api::__private::optional::<
            ::conference_api::DateTime,
        >(
            errors,
            at,
            "join_from",
            ::conference_api::__private::take(&mut object, "join_from"),
        );
        let field_join_until = ::conference_api::__private::optional::<
            ::conference_api::DateTime,
        >(
            errors,
            at,
            "join_until",
            ::conference_api::__private::take(&mut object, "join_until"),
        );
        let field_quality = ::conference_api::__private::optional::<
            VideoQuality,
        >(
            errors,
            at,
            "quality",
            ::conference_api::__private::take(&mut object, "quality"),
        );
        let field_layout = ::conference_api::__private::optional::<
            VideoLayout,
        >(
            errors,
            at,
            "layout",
            ::conference_api::__private::take(&mut object, "layout"),
        );
        let field_size = ::conference_api::__private::optional::<
            ConferenceSize,
        >(errors, at, "size", ::conference_api::__private::take(&mut object, "size"));
        let field_record_on_start = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "record_on_start",
            ::conference_api::__private::take(&mut object, "record_on_start"),
        );
        let field_enable_room_previews = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "enable_room_previews",
            ::conference_api::__private::take(&mut object, "enable_room_previews"),
        );
        let field_enable_chat = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "enable_chat",
            ::conference_api::__private::take(&mut object, "enable_chat"),
        );
        let field_dark_primary = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_primary",
            ::conference_api::__private::take(&mut object, "dark_primary"),
        );
        let field_dark_background = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_background",
            ::conference_api::__private::take(&mut object, "dark_background"),
        );
        let field_dark_foreground = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_foreground",
            ::conference_api::__private::take(&mut object, "dark_foreground"),
        );
        let field_dark_success = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_success",
            ::conference_api::__private::take(&mut object, "dark_success"),
        );
        let field_dark_negative = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_negative",
            ::conference_api::__private::take(&mut object, "dark_negative"),
        );
        let field_light_primary = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_primary",
            ::conference_api::__private::take(&mut object, "light_primary"),
        );
        let field_light_background = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_background",
            ::conference_api::__private::take(&mut object, "light_background"),
        );
        let field_light_foreground = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_foreground",
            ::conference_api::__private::take(&mut object, "light_foreground"),
        );
        let field_light_success = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_success",
            ::conference_api::__private::take(&mut object, "light_success"),
        );
        let field_light_negative = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_negative",
            ::conference_api::__private::take(&mut object, "light_negative"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &[
                "name",
                "display_name",
                "description",
                "join_from",
                "join_until",
                "quality",
                "layout",
                "size",
                "record_on_start",
                "enable_room_previews",
                "enable_chat",
                "dark_primary",
                "dark_background",
                "dark_foreground",
                "dark_success",
                "dark_negative",
                "light_primary",
                "light_background",
                "light_foreground",
                "light_success",
                "light_negative",
            ],
            at,
            errors,
        );
        if let (::core::option::Option::Some(field_display_name),) = (
            field_display_name,
        ) && errors.len() == before
        {
            return ::core::option::Option::Some(CreateConferenceRequest {
                name: field_name,
                display_name: field_display_name,
                description: field_description,
                join_from: field_join_from,
                join_until: field_join_until,
                quality: field_quality,
                layout: field_layout,
                size: field_size,
                record_on_start: field_record_on_start,
                enable_room_previews: field_enable_room_previews,
                enable_chat: field_enable_chat,
                dark_primary: field_dark_primary,
                dark_background: field_dark_background,
                dark_foreground: field_dark_foreground,
                dark_success: field_dark_success,
                dark_negative: field_dark_negative,
                light_primary: field_light_primary,
                light_background: field_light_background,
                light_foreground: field_light_foreground,
                light_success: field_light_success,
                light_negative: field_light_negative,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(CreateConferenceRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct CreateConferenceRequestBuilder(
    ::std::boxed::Box<__CreateConferenceRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __CreateConferenceRequestBuilderFields {
    name: ::core::option::Option<::conference_api::__private::Slot<Name>>,
    display_name: ::core::option::Option<::conference_api::__private::Slot<DisplayName>>,
    description: ::core::option::Option<::conference_api::__private::Slot<Description>>,
    join_from: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::DateTime>,
    >,
    join_until: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::DateTime>,
    >,
    quality: ::core::option::Option<::conference_api::__private::Slot<VideoQuality>>,
    layout: ::core::option::Option<::conference_api::__private::Slot<VideoLayout>>,
    size: ::core::option::Option<::conference_api::__private::Slot<ConferenceSize>>,
    record_on_start: ::core::option::Option<::conference_api::__private::Slot<bool>>,
    enable_room_previews: ::core::option::Option<
        ::conference_api::__private::Slot<bool>,
    >,
    enable_chat: ::core::option::Option<::conference_api::__private::Slot<bool>>,
    dark_primary: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    dark_background: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    dark_foreground: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    dark_success: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    dark_negative: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_primary: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_background: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_foreground: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_success: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_negative: ::core::option::Option<::conference_api::__private::Slot<Color>>,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for CreateConferenceRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &[
                "name",
                "display_name",
                "description",
                "join_from",
                "join_until",
                "quality",
                "layout",
                "size",
                "record_on_start",
                "enable_room_previews",
                "enable_chat",
                "dark_primary",
                "dark_background",
                "dark_foreground",
                "dark_success",
                "dark_negative",
                "light_primary",
                "light_background",
                "light_foreground",
                "light_success",
                "light_negative",
            ],
            true,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.name, value),
                1usize => {
                    ::conference_api::__private::put_raw(&mut fields.display_name, value)
                }
                2usize => {
                    ::conference_api::__private::put_raw(&mut fields.description, value)
                }
                3usize => {
                    ::conference_api::__private::put_raw(&mut fields.join_from, value)
                }
                4usize => {
                    ::conference_api::__private::put_raw(&mut fields.join_until, value)
                }
                5usize => {
                    ::conference_api::__private::put_raw(&mut fields.quality, value)
                }
                6usize => ::conference_api::__private::put_raw(&mut fields.layout, value),
                7usize => ::conference_api::__private::put_raw(&mut fields.size, value),
                8usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.record_on_start,
                        value,
                    )
                }
                9usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.enable_room_previews,
                        value,
                    )
                }
                10usize => {
                    ::conference_api::__private::put_raw(&mut fields.enable_chat, value)
                }
                11usize => {
                    ::conference_api::__private::put_raw(&mut fields.dark_primary, value)
                }
                12usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.dark_background,
                        value,
                    )
                }
                13usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.dark_foreground,
                        value,
                    )
                }
                14usize => {
                    ::conference_api::__private::put_raw(&mut fields.dark_success, value)
                }
                15usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.dark_negative,
                        value,
                    )
                }
                16usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_primary,
                        value,
                    )
                }
                17usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_background,
                        value,
                    )
                }
                18usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_foreground,
                        value,
                    )
                }
                19usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_success,
                        value,
                    )
                }
                20usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_negative,
                        value,
                    )
                }
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for CreateConferenceRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                ("name", self.0.name.as_ref().map(::conference_api::__private::to_json)),
                (
                    "display_name",
                    self
                        .0
                        .display_name
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "description",
                    self.0.description.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "join_from",
                    self.0.join_from.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "join_until",
                    self.0.join_until.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "quality",
                    self.0.quality.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "layout",
                    self.0.layout.as_ref().map(::conference_api::__private::to_json),
                ),
                ("size", self.0.size.as_ref().map(::conference_api::__private::to_json)),
                (
                    "record_on_start",
                    self
                        .0
                        .record_on_start
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "enable_room_previews",
                    self
                        .0
                        .enable_room_previews
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "enable_chat",
                    self.0.enable_chat.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "dark_primary",
                    self
                        .0
                        .dark_primary
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "dark_background",
                    self
                        .0
                        .dark_background
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "dark_foreground",
                    self
                        .0
                        .dark_foreground
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "dark_success",
                    self
                        .0
                        .dark_success
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "dark_negative",
                    self
                        .0
                        .dark_negative
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_primary",
                    self
                        .0
                        .light_primary
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_background",
                    self
                        .0
                        .light_background
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_foreground",
                    self
                        .0
                        .light_foreground
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_success",
                    self
                        .0
                        .light_success
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_negative",
                    self
                        .0
                        .light_negative
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for CreateConferenceRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("CreateConferenceRequestBuilder")
            .field("name", &self.0.name)
            .field("display_name", &self.0.display_name)
            .field("description", &self.0.description)
            .field("join_from", &self.0.join_from)
            .field("join_until", &self.0.join_until)
            .field("quality", &self.0.quality)
            .field("layout", &self.0.layout)
            .field("size", &self.0.size)
            .field("record_on_start", &self.0.record_on_start)
            .field("enable_room_previews", &self.0.enable_room_previews)
            .field("enable_chat", &self.0.enable_chat)
            .field("dark_primary", &self.0.dark_primary)
            .field("dark_background", &self.0.dark_background)
            .field("dark_foreground", &self.0.dark_foreground)
            .field("dark_success", &self.0.dark_success)
            .field("dark_negative", &self.0.dark_negative)
            .field("light_primary", &self.0.light_primary)
            .field("light_background", &self.0.light_background)
            .field("light_foreground", &self.0.light_foreground)
            .field("light_success", &self.0.light_success)
            .field("light_negative", &self.0.light_negative)
            .finish()
    }
}
#[allow(deprecated)]
impl CreateConferenceRequestBuilder {
    /// A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`. Maximum of 100 characters.
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
    /// Display name of the video conference. Maximum of 200 characters.
    #[inline]
    pub fn display_name<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.display_name = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Description of the conference. Maximum of 3000 characters.
    #[inline]
    pub fn description<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.description = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[inline]
    pub fn join_from<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.join_from = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[inline]
    pub fn join_until<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.join_until = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// The conference's resolution.
    ///
    /// When unset, the server uses the schema's default `720p` ([`Self::DEFAULT_QUALITY`]).
    #[inline]
    pub fn quality(mut self, value: VideoQuality) -> Self {
        self.0.quality = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The conference's initial layout.
    ///
    /// When unset, the server uses the schema's default `grid-responsive` ([`Self::DEFAULT_LAYOUT`]).
    #[inline]
    pub fn layout(mut self, value: VideoLayout) -> Self {
        self.0.layout = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The size of the video conference.
    ///
    /// When unset, the server uses the schema's default `medium` ([`Self::DEFAULT_SIZE`]).
    #[inline]
    pub fn size(mut self, value: ConferenceSize) -> Self {
        self.0.size = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether to start recording when a conference session begins.
    #[inline]
    pub fn record_on_start(mut self, value: bool) -> Self {
        self.0.record_on_start = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether a preview video of the conference content is generated.
    #[inline]
    pub fn enable_room_previews(mut self, value: bool) -> Self {
        self.0.enable_room_previews = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether group chat is enabled for conference participants.
    ///
    /// When unset, the server uses the schema's default `true` ([`Self::DEFAULT_ENABLE_CHAT`]).
    #[inline]
    pub fn enable_chat(mut self, value: bool) -> Self {
        self.0.enable_chat = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// CTA buttons and selected items color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#044EF4` ([`Self::DEFAULT_DARK_PRIMARY`]).
    #[inline]
    pub fn dark_primary<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_primary = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Main background color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#FFFFFF` ([`Self::DEFAULT_DARK_BACKGROUND`]).
    #[inline]
    pub fn dark_background<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_background = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Main foreground color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#1D2127` ([`Self::DEFAULT_DARK_FOREGROUND`]).
    #[inline]
    pub fn dark_foreground<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_foreground = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Success indication color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#17BB58` ([`Self::DEFAULT_DARK_SUCCESS`]).
    #[inline]
    pub fn dark_success<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_success = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Error indication color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#F42C50` ([`Self::DEFAULT_DARK_NEGATIVE`]).
    #[inline]
    pub fn dark_negative<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_negative = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// CTA buttons and selected items color (light theme).
    ///
    /// When unset, the server uses the schema's default `#044EF4` ([`Self::DEFAULT_LIGHT_PRIMARY`]).
    #[inline]
    pub fn light_primary<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_primary = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Main background color (light theme).
    ///
    /// When unset, the server uses the schema's default `#FFFFFF` ([`Self::DEFAULT_LIGHT_BACKGROUND`]).
    #[inline]
    pub fn light_background<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_background = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Main foreground color (light theme).
    ///
    /// When unset, the server uses the schema's default `#1D2127` ([`Self::DEFAULT_LIGHT_FOREGROUND`]).
    #[inline]
    pub fn light_foreground<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_foreground = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Success indication color (light theme).
    ///
    /// When unset, the server uses the schema's default `#17BB58` ([`Self::DEFAULT_LIGHT_SUCCESS`]).
    #[inline]
    pub fn light_success<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_success = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Error indication color (light theme).
    ///
    /// When unset, the server uses the schema's default `#F42C50` ([`Self::DEFAULT_LIGHT_NEGATIVE`]).
    #[inline]
    pub fn light_negative<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_negative = ::core::option::Option::Some(
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
        ::conference_api::__private::check_required_slot::<
            DisplayName,
        >(&mut errors, at, "display_name", self.0.display_name.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Description,
        >(&mut errors, at, "description", self.0.description.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::DateTime,
        >(&mut errors, at, "join_from", self.0.join_from.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::DateTime,
        >(&mut errors, at, "join_until", self.0.join_until.as_ref());
        ::conference_api::__private::check_optional_slot::<
            VideoQuality,
        >(&mut errors, at, "quality", self.0.quality.as_ref());
        ::conference_api::__private::check_optional_slot::<
            VideoLayout,
        >(&mut errors, at, "layout", self.0.layout.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ConferenceSize,
        >(&mut errors, at, "size", self.0.size.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "record_on_start", self.0.record_on_start.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "enable_room_previews", self.0.enable_room_previews.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "enable_chat", self.0.enable_chat.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_primary", self.0.dark_primary.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_background", self.0.dark_background.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_foreground", self.0.dark_foreground.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_success", self.0.dark_success.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_negative", self.0.dark_negative.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_primary", self.0.light_primary.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_background", self.0.light_background.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_foreground", self.0.light_foreground.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_success", self.0.light_success.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_negative", self.0.light_negative.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        CreateConferenceRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_name = ::conference_api::__private::optional_slot::<
            Name,
        >(&mut errors, at, "name", fields.name);
        let field_display_name = ::conference_api::__private::required_slot::<
            DisplayName,
        >(&mut errors, at, "display_name", fields.display_name);
        let field_description = ::conference_api::__private::optional_slot::<
            Description,
        >(&mut errors, at, "description", fields.description);
        let field_join_from = ::conference_api::__private::optional_slot::<
            ::conference_api::DateTime,
        >(&mut errors, at, "join_from", fields.join_from);
        let field_join_until = ::conference_api::__private::optional_slot::<
            ::conference_api::DateTime,
        >(&mut errors, at, "join_until", fields.join_until);
        let field_quality = ::conference_api::__private::optional_slot::<
            VideoQuality,
        >(&mut errors, at, "quality", fields.quality);
        let field_layout = ::conference_api::__private::optional_slot::<
            VideoLayout,
        >(&mut errors, at, "layout", fields.layout);
        let field_size = ::conference_api::__private::optional_slot::<
            ConferenceSize,
        >(&mut errors, at, "size", fields.size);
        let field_record_on_start = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "record_on_start", fields.record_on_start);
        let field_enable_room_previews = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "enable_room_previews", fields.enable_room_previews);
        let field_enable_chat = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "enable_chat", fields.enable_chat);
        let field_dark_primary = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_primary", fields.dark_primary);
        let field_dark_background = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_background", fields.dark_background);
        let field_dark_foreground = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_foreground", fields.dark_foreground);
        let field_dark_success = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_success", fields.dark_success);
        let field_dark_negative = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_negative", fields.dark_negative);
        let field_light_primary = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_primary", fields.light_primary);
        let field_light_background = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_background", fields.light_background);
        let field_light_foreground = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_foreground", fields.light_foreground);
        let field_light_success = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_success", fields.light_success);
        let field_light_negative = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_negative", fields.light_negative);
        if let (::core::option::Option::Some(field_display_name),) = (
            field_display_name,
        ) && errors.is_empty()
        {
            return ::core::result::Result::Ok(CreateConferenceRequest {
                name: field_name,
                display_name: field_display_name,
                description: field_description,
                join_from: field_join_from,
                join_until: field_join_until,
                quality: field_quality,
                layout: field_layout,
                size: field_size,
                record_on_start: field_record_on_start,
                enable_room_previews: field_enable_room_previews,
                enable_chat: field_enable_chat,
                dark_primary: field_dark_primary,
                dark_background: field_dark_background,
                dark_foreground: field_dark_foreground,
                dark_success: field_dark_success,
                dark_negative: field_dark_negative,
                light_primary: field_light_primary,
                light_background: field_light_background,
                light_foreground: field_light_foreground,
                light_success: field_light_success,
                light_negative: field_light_negative,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<CreateConferenceRequest>
for CreateConferenceRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<CreateConferenceRequest>::into_body(&request)
    }
}
/// Description of the conference. Maximum of 3000 characters.
///
/// A value that has at most 3000 characters. Used by `description`.
///
/// Make one with [`new`](Self::new) (checked at run time), or from a literal with `from_static` in a `const`, checked at compile time:
///
/// ```text
/// const VALUE: Description = Description::from_static("…");
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
pub struct Description(::conference_api::__private::CompactString);
impl Description {
    /// The most characters (Unicode code points) a value may have.
    pub const MAX_LENGTH: u64 = 3000u64;
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(
        value: &str,
    ) -> ::core::option::Option<::conference_api::Rule> {
        let bytes = value.len() as u64;
        if bytes > 3000u64 && ::conference_api::__private::code_points(value) > 3000u64 {
            return ::core::option::Option::Some(
                ::conference_api::Rule::MaxLength(3000u64),
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
                ::core::panic!(
                    "invalid Description literal: longer than 3000 characters (maxLength 3000); shorten it"
                )
            }
        }
    }
}
::conference_api::__string_value!(Description);
/// Display name of the video conference. Maximum of 200 characters.
///
/// A value that has at most 200 characters. Used by `display_name`.
///
/// Make one with [`new`](Self::new) (checked at run time), or from a literal with `from_static` in a `const`, checked at compile time:
///
/// ```text
/// const VALUE: DisplayName = DisplayName::from_static("…");
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
pub struct DisplayName(::conference_api::__private::CompactString);
impl DisplayName {
    /// The most characters (Unicode code points) a value may have.
    pub const MAX_LENGTH: u64 = 200u64;
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(
        value: &str,
    ) -> ::core::option::Option<::conference_api::Rule> {
        let bytes = value.len() as u64;
        if bytes > 200u64 && ::conference_api::__private::code_points(value) > 200u64 {
            return ::core::option::Option::Some(
                ::conference_api::Rule::MaxLength(200u64),
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
                ::core::panic!(
                    "invalid DisplayName literal: longer than 200 characters (maxLength 200); shorten it"
                )
            }
        }
    }
}
::conference_api::__string_value!(DisplayName);
/// The parameters of `get_video_conference` but its path's.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::default::Default,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct GetVideoConferenceParams {
    /// Specifies whether to include information about the conference's active session (if any).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub include_active_session: ::core::option::Option<bool>,
}
impl GetVideoConferenceParams {
    /// The query parameters that are set, as query pairs (arrays and objects
    /// written as their `style` says).
    pub fn to_query(
        &self,
    ) -> ::std::vec::Vec<(::std::borrow::Cow<'static, str>, ::std::string::String)> {
        let mut query: ::std::vec::Vec<
            (::std::borrow::Cow<'static, str>, ::std::string::String),
        > = ::std::vec::Vec::new();
        if let ::core::option::Option::Some(value) = &self.include_active_session {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("include_active_session"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        query
    }
}
/// List conferences response.
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
pub struct ListConferencesResponse {
    /// Pagination links.
    pub links: PaginationLinks,
    /// List of conferences.
    pub data: ::std::vec::Vec<Conference>,
}
/// The parameters of `list_video_conferences` but its path's.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::default::Default,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ListVideoConferencesParams {
    /// Return conferences with a `join_from` time on or after this timestamp. Accepts RFC 3339 datetime or Unix timestamp.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub starts_after: ::core::option::Option<::std::string::String>,
    /// Return conferences with a `join_until` time on or before this timestamp. Accepts RFC 3339 datetime or Unix timestamp.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub ends_before: ::core::option::Option<::std::string::String>,
    /// Specifies whether to include information about the conference's active session (if any).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub include_active_session: ::core::option::Option<bool>,
    /// Page number to return. Requires `page_token` for values greater than 0.
    ///
    /// When unset, the server uses the schema's default `0` ([`Self::DEFAULT_PAGE_NUMBER`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_number: ::core::option::Option<PageNumber>,
    /// Specify the number of results to return on a single page. The default page size is `50` and the maximum is `1000`.
    ///
    /// When unset, the server uses the schema's default `50` ([`Self::DEFAULT_PAGE_SIZE`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_size: ::core::option::Option<PageSize>,
    /// Token for cursor-based pagination. Required when `page_number` is greater than 0.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_token: ::core::option::Option<::std::string::String>,
}
impl ListVideoConferencesParams {
    /// The schema's default for `page_number`: `0`.
    pub const DEFAULT_PAGE_NUMBER: PageNumber = PageNumber::from_static(0i32);
    /// The schema's default for `page_size`: `50`.
    pub const DEFAULT_PAGE_SIZE: PageSize = PageSize::from_static(50i32);
    /// The query parameters that are set, as query pairs (arrays and objects
    /// written as their `style` says).
    pub fn to_query(
        &self,
    ) -> ::std::vec::Vec<(::std::borrow::Cow<'static, str>, ::std::string::String)> {
        let mut query: ::std::vec::Vec<
            (::std::borrow::Cow<'static, str>, ::std::string::String),
        > = ::std::vec::Vec::new();
        if let ::core::option::Option::Some(value) = &self.starts_after {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("starts_after"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.ends_before {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("ends_before"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.include_active_session {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("include_active_session"),
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
        if let ::core::option::Option::Some(value) = &self.page_size {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("page_size"),
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
/// A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`. Maximum of 100 characters.
///
/// A value that has at most 100 characters and matches `^[A-Za-z0-9_-]+$`. Used by `name`.
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
    pub const MAX_LENGTH: u64 = 100u64;
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^[A-Za-z0-9_-]+$";
    const PATTERN_MATCHER: ::conference_api::__private::Matcher = ::conference_api::__private::Matcher::Repeat {
        allowed: [
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, true, false, false, true, true, true, true, true, true, true, true,
            true, true, false, false, false, false, false, false, false, true, true,
            true, true, true, true, true, true, true, true, true, true, true, true, true,
            true, true, true, true, true, true, true, true, true, true, true, false,
            false, false, false, true, false, true, true, true, true, true, true, true,
            true, true, true, true, true, true, true, true, true, true, true, true, true,
            true, true, true, true, true, true, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false,
        ],
        min: 1,
    };
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(
        value: &str,
    ) -> ::core::option::Option<::conference_api::Rule> {
        let bytes = value.len() as u64;
        if bytes > 100u64 && ::conference_api::__private::code_points(value) > 100u64 {
            return ::core::option::Option::Some(
                ::conference_api::Rule::MaxLength(100u64),
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
                    "invalid Name literal: longer than 100 characters (maxLength 100); shorten it"
                )
            }
            ::core::option::Option::Some(_) => {
                ::core::panic!(
                    "invalid Name literal: does not match the pattern ^[A-Za-z0-9_-]+$"
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
/// Pagination links for list responses.
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
pub struct PaginationLinks {
    /// Link to the current page.
    #[serde(rename = "self")]
    pub self_: ::std::string::String,
    /// Link to the first page.
    pub first: ::std::string::String,
    /// Link to the next page.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub next: ::core::option::Option<::std::string::String>,
    /// Link to the previous page.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub prev: ::core::option::Option<::std::string::String>,
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
/// Status of a room session.
///
/// One of: in-progress, completed.
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
pub enum RoomSessionStatus {
    /// `in-progress`
    InProgress,
    /// `completed`
    Completed,
}
impl ::core::fmt::Debug for RoomSessionStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["InProgress", "Completed"];
        f.write_str(NAMES[*self as usize])
    }
}
impl RoomSessionStatus {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::InProgress, Self::Completed];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["in-progress", "completed"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for RoomSessionStatus {
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
::conference_api::__string_enum!(RoomSessionStatus);
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
/// Request body for updating a conference.
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
pub struct UpdateConferenceRequest {
    /// Display name of the video conference. Maximum of 200 characters.
    pub display_name: DisplayName,
    /// Description of the conference. Maximum of 3000 characters.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub description: ::core::option::Option<Description>,
    /// Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub join_from: ::core::option::Option<::conference_api::DateTime>,
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub join_until: ::core::option::Option<::conference_api::DateTime>,
    /// The conference's resolution.
    ///
    /// When unset, the server uses the schema's default `720p` ([`Self::DEFAULT_QUALITY`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub quality: ::core::option::Option<VideoQuality>,
    /// The conference's initial layout.
    ///
    /// When unset, the server uses the schema's default `grid-responsive` ([`Self::DEFAULT_LAYOUT`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub layout: ::core::option::Option<VideoLayout>,
    /// The size of the video conference.
    ///
    /// When unset, the server uses the schema's default `medium` ([`Self::DEFAULT_SIZE`]).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub size: ::core::option::Option<ConferenceSize>,
    /// Whether to start recording when a conference session begins.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub record_on_start: ::core::option::Option<bool>,
    /// Whether a tone is played when a member enters or exits the conference.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub tone_on_entry_and_exit: ::core::option::Option<bool>,
    /// Whether participants join with video off by room setting.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub room_join_video_off: ::core::option::Option<bool>,
    /// Whether participants join with video off by user setting.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub user_join_video_off: ::core::option::Option<bool>,
    /// Whether a preview video of the conference content is generated.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub enable_room_previews: ::core::option::Option<bool>,
    /// Whether group chat is enabled for conference participants.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub enable_chat: ::core::option::Option<bool>,
    /// CTA buttons and selected items color (dark theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_primary: ::core::option::Option<Color>,
    /// Main background color (dark theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_background: ::core::option::Option<Color>,
    /// Main foreground color (dark theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_foreground: ::core::option::Option<Color>,
    /// Success indication color (dark theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_success: ::core::option::Option<Color>,
    /// Error indication color (dark theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub dark_negative: ::core::option::Option<Color>,
    /// CTA buttons and selected items color (light theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_primary: ::core::option::Option<Color>,
    /// Main background color (light theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_background: ::core::option::Option<Color>,
    /// Main foreground color (light theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_foreground: ::core::option::Option<Color>,
    /// Success indication color (light theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_success: ::core::option::Option<Color>,
    /// Error indication color (light theme).
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub light_negative: ::core::option::Option<Color>,
}
#[allow(deprecated)]
impl UpdateConferenceRequest {
    /// A request with its required fields (`display_name`) and every optional field unset.
    pub fn new(display_name: DisplayName) -> Self {
        Self {
            display_name,
            description: ::core::option::Option::None,
            join_from: ::core::option::Option::None,
            join_until: ::core::option::Option::None,
            quality: ::core::option::Option::None,
            layout: ::core::option::Option::None,
            size: ::core::option::Option::None,
            record_on_start: ::core::option::Option::None,
            tone_on_entry_and_exit: ::core::option::Option::None,
            room_join_video_off: ::core::option::Option::None,
            user_join_video_off: ::core::option::Option::None,
            enable_room_previews: ::core::option::Option::None,
            enable_chat: ::core::option::Option::None,
            dark_primary: ::core::option::Option::None,
            dark_background: ::core::option::Option::None,
            dark_foreground: ::core::option::Option::None,
            dark_success: ::core::option::Option::None,
            dark_negative: ::core::option::Option::None,
            light_primary: ::core::option::Option::None,
            light_background: ::core::option::Option::None,
            light_foreground: ::core::option::Option::None,
            light_success: ::core::option::Option::None,
            light_negative: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`UpdateConferenceRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        display_name: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> UpdateConferenceRequestBuilder {
        <UpdateConferenceRequestBuilder as ::core::default::Default>::default()
            .display_name(display_name)
    }
    /// The schema's default for `quality`: `720p`.
    pub const DEFAULT_QUALITY: VideoQuality = VideoQuality::Quality720p;
    /// The schema's default for `layout`: `grid-responsive`.
    pub const DEFAULT_LAYOUT: VideoLayout = VideoLayout::GridResponsive;
    /// The schema's default for `size`: `medium`.
    pub const DEFAULT_SIZE: ConferenceSize = ConferenceSize::Medium;
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "display_name",
            doc: "Display name of the video conference. Maximum of 200 characters.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text, at most 200 characters",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "description",
            doc: "Description of the conference. Maximum of 3000 characters.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, at most 3000 characters",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "join_from",
            doc: "Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "join_until",
            doc: "Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "quality",
            doc: "The conference's resolution.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of 720p, 1080p",
            default: ::core::option::Option::Some("720p"),
        },
        ::conference_api::FieldInfo {
            name: "layout",
            doc: "The conference's initial layout.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of grid-responsive, grid-responsive-mobile, highlight-1-responsive, 1x1, 2x1, 2x2, 5up, 3x3, 4x4, 5x5, 6x6, 8x8, 10x10",
            default: ::core::option::Option::Some("grid-responsive"),
        },
        ::conference_api::FieldInfo {
            name: "size",
            doc: "The size of the video conference.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of small, medium, large",
            default: ::core::option::Option::Some("medium"),
        },
        ::conference_api::FieldInfo {
            name: "record_on_start",
            doc: "Whether to start recording when a conference session begins.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "tone_on_entry_and_exit",
            doc: "Whether a tone is played when a member enters or exits the conference.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "room_join_video_off",
            doc: "Whether participants join with video off by room setting.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "user_join_video_off",
            doc: "Whether participants join with video off by user setting.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "enable_room_previews",
            doc: "Whether a preview video of the conference content is generated.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "enable_chat",
            doc: "Whether group chat is enabled for conference participants.",
            required: false,
            kind: ::conference_api::FieldKind::Boolean,
            rules: "true or false",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "dark_primary",
            doc: "CTA buttons and selected items color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "dark_background",
            doc: "Main background color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "dark_foreground",
            doc: "Main foreground color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "dark_success",
            doc: "Success indication color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "dark_negative",
            doc: "Error indication color (dark theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "light_primary",
            doc: "CTA buttons and selected items color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "light_background",
            doc: "Main background color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "light_foreground",
            doc: "Main foreground color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "light_success",
            doc: "Success indication color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "light_negative",
            doc: "Error indication color (light theme).",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "text, matching ^#[0-9a-fA-F]{6}$",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for UpdateConferenceRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for UpdateConferenceRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for UpdateConferenceRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<DisplayName>>,
            f1: ::core::option::Option<::core::option::Option<Description>>,
            f2: ::core::option::Option<
                ::core::option::Option<::conference_api::DateTime>,
            >,
            f3: ::core::option::Option<
                ::core::option::Option<::conference_api::DateTime>,
            >,
            f4: ::core::option::Option<::core::option::Option<VideoQuality>>,
            f5: ::core::option::Option<::core::option::Option<VideoLayout>>,
            f6: ::core::option::Option<::core::option::Option<ConferenceSize>>,
            f7: ::core::option::Option<::core::option::Option<bool>>,
            f8: ::core::option::Option<::core::option::Option<bool>>,
            f9: ::core::option::Option<::core::option::Option<bool>>,
            f10: ::core::option::Option<::core::option::Option<bool>>,
            f11: ::core::option::Option<::core::option::Option<bool>>,
            f12: ::core::option::Option<::core::option::Option<bool>>,
            f13: ::core::option::Option<::core::option::Option<Color>>,
            f14: ::core::option::Option<::core::option::Option<Color>>,
            f15: ::core::option::Option<::core::option::Option<Color>>,
            f16: ::core::option::Option<::core::option::Option<Color>>,
            f17: ::core::option::Option<::core::option::Option<Color>>,
            f18: ::core::option::Option<::core::option::Option<Color>>,
            f19: ::core::option::Option<::core::option::Option<Color>>,
            f20: ::core::option::Option<::core::option::Option<Color>>,
            f21: ::core::option::Option<::core::option::Option<Color>>,
            f22: ::core::option::Option<::core::option::Option<Color>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = UpdateConferenceRequest;
            const NAMES: &'static [&'static str] = &[
                "display_name",
                "description",
                "join_from",
                "join_until",
                "quality",
                "layout",
                "size",
                "record_on_start",
                "tone_on_entry_and_exit",
                "room_join_video_off",
                "user_join_video_off",
                "enable_room_previews",
                "enable_chat",
                "dark_primary",
                "dark_background",
                "dark_foreground",
                "dark_success",
                "dark_negative",
                "light_primary",
                "light_background",
                "light_foreground",
                "light_success",
                "light_negative",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "display_name" => ::core::option::Option::Some(0),
                    "description" => ::core::option::Option::Some(1),
                    "join_from" => ::core::option::Option::Some(2),
                    "join_until" => ::core::option::Option::Some(3),
                    "quality" => ::core::option::Option::Some(4),
                    "layout" => ::core::option::Option::Some(5),
                    "size" => ::core::option::Option::Some(6),
                    "record_on_start" => ::core::option::Option::Some(7),
                    "tone_on_entry_and_exit" => ::core::option::Option::Some(8),
                    "room_join_video_off" => ::core::option::Option::Some(9),
                    "user_join_video_off" => ::core::option::Option::Some(10),
                    "enable_room_previews" => ::core::option::Option::Some(11),
                    "enable_chat" => ::core::option::Option::Some(12),
                    "dark_primary" => ::core::option::Option::Some(13),
                    "dark_background" => ::core::option::Option::Some(14),
                    "dark_foreground" => ::core::option::Option::Some(15),
                    "dark_success" => ::core::option::Option::Some(16),
                    "dark_negative" => ::core::option::Option::Some(17),
                    "light_primary" => ::core::option::Option::Some(18),
                    "light_background" => ::core::option::Option::Some(19),
                    "light_foreground" => ::core::option::Option::Some(20),
                    "light_success" => ::core::option::Option::Some(21),
                    "light_negative" => ::core::option::Option::Some(22),
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
                            DisplayName,
                            __A,
                        >(&mut self.f0, map, at, "display_name", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            Description,
                            __A,
                        >(&mut self.f1, map, at, "description", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::DateTime,
                            __A,
                        >(&mut self.f2, map, at, "join_from", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            ::conference_api::DateTime,
                            __A,
                        >(&mut self.f3, map, at, "join_until", errors)
                    }
                    4 => {
                        ::conference_api::__private::read_slot::<
                            VideoQuality,
                            __A,
                        >(&mut self.f4, map, at, "quality", errors)
                    }
                    5 => {
                        ::conference_api::__private::read_slot::<
                            VideoLayout,
                            __A,
                        >(&mut self.f5, map, at, "layout", errors)
                    }
                    6 => {
                        ::conference_api::__private::read_slot::<
                            ConferenceSize,
                            __A,
                        >(&mut self.f6, map, at, "size", errors)
                    }
                    7 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f7, map, at, "record_on_start", errors)
                    }
                    8 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f8, map, at, "tone_on_entry_and_exit", errors)
                    }
                    9 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f9, map, at, "room_join_video_off", errors)
                    }
                    10 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f10, map, at, "user_join_video_off", errors)
                    }
                    11 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f11, map, at, "enable_room_previews", errors)
                    }
                    12 => {
                        ::conference_api::__private::read_slot::<
                            bool,
                            __A,
                        >(&mut self.f12, map, at, "enable_chat", errors)
                    }
                    13 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f13, map, at, "dark_primary", errors)
                    }
                    14 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f14, map, at, "dark_background", errors)
                    }
                    15 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f15, map, at, "dark_foreground", errors)
                    }
                    16 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f16, map, at, "dark_success", errors)
                    }
                    17 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f17, map, at, "dark_negative", errors)
                    }
                    18 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f18, map, at, "light_primary", errors)
                    }
                    19 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f19, map, at, "light_background", errors)
                    }
                    20 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f20, map, at, "light_foreground", errors)
                    }
                    21 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f21, map, at, "light_success", errors)
                    }
                    22 => {
                        ::conference_api::__private::read_slot::<
                            Color,
                            __A,
                        >(&mut self.f22, map, at, "light_negative", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<UpdateConferenceRequest> {
                let field_display_name = order
                    .required(self.f0, errors, at, 0, "display_name");
                let field_description = self.f1.flatten();
                let field_join_from = self.f2.flatten();
                let field_join_until = self.f3.flatten();
                let field_quality = self.f4.flatten();
                let field_layout = self.f5.flatten();
                let field_size = self.f6.flatten();
                let field_record_on_start = self.f7.flatten();
                let field_tone_on_entry_and_exit = self.f8.flatten();
                let field_room_join_video_off = self.f9.flatten();
                let field_user_join_video_off = self.f10.flatten();
                let field_enable_room_previews = self.f11.flatten();
                let field_enable_chat = self.f12.flatten();
                let field_dark_primary = self.f13.flatten();
                let field_dark_background = self.f14.flatten();
                let field_dark_foreground = self.f15.flatten();
                let field_dark_success = self.f16.flatten();
                let field_dark_negative = self.f17.flatten();
                let field_light_primary = self.f18.flatten();
                let field_light_background = self.f19.flatten();
                let field_light_foreground = self.f20.flatten();
                let field_light_success = self.f21.flatten();
                let field_light_negative = self.f22.flatten();
                if let (::core::option::Option::Some(field_display_name),) = (
                    field_display_name,
                ) && order.valid(errors)
                {
                    return ::core::option::Option::Some(UpdateConferenceRequest {
                        display_name: field_display_name,
                        description: field_description,
                        join_from: field_join_from,
                        join_until: field_join_until,
                        quality: field_quality,
                        layout: field_layout,
                        size: field_size,
                        record_on_start: field_record_on_start,
                        tone_on_entry_and_exit: field_tone_on_entry_and_exit,
                        room_join_video_off: field_room_join_video_off,
                        user_join_video_off: field_user_join_video_off,
                        enable_room_previews: field_enable_room_previews,
                        enable_chat: field_enable_chat,
                        dark_primary: field_dark_primary,
                        dark_background: field_dark_background,
                        dark_foreground: field_dark_foreground,
                        dark_success: field_dark_success,
                        dark_negative: field_dark_negative,
                        light_primary: field_light_primary,
                        light_background: field_light_background,
                        light_foreground: field_light_foreground,
                        light_success: field_light_success,
                        light_negative: field_light_negative,
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
            DisplayName,
        >(errors, at, "display_name", object.get("display_name"));
        ::conference_api::__private::check_optional::<
            Description,
        >(errors, at, "description", object.get("description"));
        ::conference_api::__private::check_optional::<
            ::conference_api::DateTime,
        >(errors, at, "join_from", object.get("join_from"));
        ::conference_api::__private::check_optional::<
            ::conference_api::DateTime,
        >(errors, at, "join_until", object.get("join_until"));
        ::conference_api::__private::check_optional::<
            VideoQuality,
        >(errors, at, "quality", object.get("quality"));
        ::conference_api::__private::check_optional::<
            VideoLayout,
        >(errors, at, "layout", object.get("layout"));
        ::conference_api::__private::check_optional::<
            ConferenceSize,
        >(errors, at, "size", object.get("size"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "record_on_start", object.get("record_on_start"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "tone_on_entry_and_exit", object.get("tone_on_entry_and_exit"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "room_join_video_off", object.get("room_join_video_off"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "user_join_video_off", object.get("user_join_video_off"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "enable_room_previews", object.get("enable_room_previews"));
        ::conference_api::__private::check_optional::<
            bool,
        >(errors, at, "enable_chat", object.get("enable_chat"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_primary", object.get("dark_primary"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_background", object.get("dark_background"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_foreground", object.get("dark_foreground"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_success", object.get("dark_success"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "dark_negative", object.get("dark_negative"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_primary", object.get("light_primary"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_background", object.get("light_background"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_foreground", object.get("light_foreground"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_success", object.get("light_success"));
        ::conference_api::__private::check_optional::<
            Color,
        >(errors, at, "light_negative", object.get("light_negative"));
        ::conference_api::__private::unknown_keys(
            object,
            &[
                "display_name",
                "description",
                "join_from",
                "join_until",
                "quality",
                "layout",
                "size",
                "record_on_start",
                "tone_on_entry_and_exit",
                "room_join_video_off",
                "user_join_video_off",
                "enable_room_previews",
                "enable_chat",
                "dark_primary",
                "dark_background",
                "dark_foreground",
                "dark_success",
                "dark_negative",
                "light_primary",
                "light_background",
                "light_foreground",
                "light_success",
                "light_negative",
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
        let field_display_name = ::conference_api::__private::required::<
            DisplayName,
        >(
            errors,
            at,
            "display_name",
            ::conference_api::__private::take(&mut object, "display_name"),
        );
        let field_description = ::conference_api::__private::optional::<
            Description,
        >(
            errors,
            at,
            "description",
            ::conference_api::__private::take(&mut object, "description"),
        );
        let field_join_from = ::conference_api::__private::optional::<
            ::conference_api::DateTime,
        >(
            errors,
            at,
            "join_from",
            ::conference_api::__private::take(&mut object, "join_from"),
        );
        let field_join_until = ::conference_api::__private::optional::<
            ::conference_api::DateTime,
        >(
            errors,
            at,
            "join_until",
            ::conference_api::__private::take(&mut object, "join_until"),
        );
        let field_quality = ::conference_api::__private::optional::<
            VideoQuality,
        >(
            errors,
            at,
            "quality",
            ::conference_api::__private::take(&mut object, "quality"),
        );
        let field_layout = ::conference_api::__private::optional::<
            VideoLayout,
        >(
            errors,
            at,
            "layout",
            ::conference_api::__private::take(&mut object, "layout"),
        );
        let field_size = ::conference_api::__private::optional::<
            ConferenceSize,
        >(errors, at, "size", ::conference_api::__private::take(&mut object, "size"));
        let field_record_on_start = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "record_on_start",
            ::conference_api::__private::take(&mut object, "record_on_start"),
        );
        let field_tone_on_entry_and_exit = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "tone_on_entry_and_exit",
            ::conference_api::__private::take(&mut object, "tone_on_entry_and_exit"),
        );
        let field_room_join_video_off = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "room_join_video_off",
            ::conference_api::__private::take(&mut object, "room_join_video_off"),
        );
        let field_user_join_video_off = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "user_join_video_off",
            ::conference_api::__private::take(&mut object, "user_join_video_off"),
        );
        let field_enable_room_previews = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "enable_room_previews",
            ::conference_api::__private::take(&mut object, "enable_room_previews"),
        );
        let field_enable_chat = ::conference_api::__private::optional::<
            bool,
        >(
            errors,
            at,
            "enable_chat",
            ::conference_api::__private::take(&mut object, "enable_chat"),
        );
        let field_dark_primary = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_primary",
            ::conference_api::__private::take(&mut object, "dark_primary"),
        );
        let field_dark_background = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_background",
            ::conference_api::__private::take(&mut object, "dark_background"),
        );
        let field_dark_foreground = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_foreground",
            ::conference_api::__private::take(&mut object, "dark_foreground"),
        );
        let field_dark_success = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_success",
            ::conference_api::__private::take(&mut object, "dark_success"),
        );
        let field_dark_negative = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "dark_negative",
            ::conference_api::__private::take(&mut object, "dark_negative"),
        );
        let field_light_primary = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_primary",
            ::conference_api::__private::take(&mut object, "light_primary"),
        );
        let field_light_background = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_background",
            ::conference_api::__private::take(&mut object, "light_background"),
        );
        let field_light_foreground = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_foreground",
            ::conference_api::__private::take(&mut object, "light_foreground"),
        );
        let field_light_success = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_success",
            ::conference_api::__private::take(&mut object, "light_success"),
        );
        let field_light_negative = ::conference_api::__private::optional::<
            Color,
        >(
            errors,
            at,
            "light_negative",
            ::conference_api::__private::take(&mut object, "light_negative"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &[
                "display_name",
                "description",
                "join_from",
                "join_until",
                "quality",
                "layout",
                "size",
                "record_on_start",
                "tone_on_entry_and_exit",
                "room_join_video_off",
                "user_join_video_off",
                "enable_room_previews",
                "enable_chat",
                "dark_primary",
                "dark_background",
                "dark_foreground",
                "dark_success",
                "dark_negative",
                "light_primary",
                "light_background",
                "light_foreground",
                "light_success",
                "light_negative",
            ],
            at,
            errors,
        );
        if let (::core::option::Option::Some(field_display_name),) = (
            field_display_name,
        ) && errors.len() == before
        {
            return ::core::option::Option::Some(UpdateConferenceRequest {
                display_name: field_display_name,
                description: field_description,
                join_from: field_join_from,
                join_until: field_join_until,
                quality: field_quality,
                layout: field_layout,
                size: field_size,
                record_on_start: field_record_on_start,
                tone_on_entry_and_exit: field_tone_on_entry_and_exit,
                room_join_video_off: field_room_join_video_off,
                user_join_video_off: field_user_join_video_off,
                enable_room_previews: field_enable_room_previews,
                enable_chat: field_enable_chat,
                dark_primary: field_dark_primary,
                dark_background: field_dark_background,
                dark_foreground: field_dark_foreground,
                dark_success: field_dark_success,
                dark_negative: field_dark_negative,
                light_primary: field_light_primary,
                light_background: field_light_background,
                light_foreground: field_light_foreground,
                light_success: field_light_success,
                light_negative: field_light_negative,
            });
        }
        ::core::option::Option::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(UpdateConferenceRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct UpdateConferenceRequestBuilder(
    ::std::boxed::Box<__UpdateConferenceRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __UpdateConferenceRequestBuilderFields {
    display_name: ::core::option::Option<::conference_api::__private::Slot<DisplayName>>,
    description: ::core::option::Option<::conference_api::__private::Slot<Description>>,
    join_from: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::DateTime>,
    >,
    join_until: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::DateTime>,
    >,
    quality: ::core::option::Option<::conference_api::__private::Slot<VideoQuality>>,
    layout: ::core::option::Option<::conference_api::__private::Slot<VideoLayout>>,
    size: ::core::option::Option<::conference_api::__private::Slot<ConferenceSize>>,
    record_on_start: ::core::option::Option<::conference_api::__private::Slot<bool>>,
    tone_on_entry_and_exit: ::core::option::Option<
        ::conference_api::__private::Slot<bool>,
    >,
    room_join_video_off: ::core::option::Option<::conference_api::__private::Slot<bool>>,
    user_join_video_off: ::core::option::Option<::conference_api::__private::Slot<bool>>,
    enable_room_previews: ::core::option::Option<
        ::conference_api::__private::Slot<bool>,
    >,
    enable_chat: ::core::option::Option<::conference_api::__private::Slot<bool>>,
    dark_primary: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    dark_background: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    dark_foreground: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    dark_success: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    dark_negative: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_primary: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_background: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_foreground: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_success: ::core::option::Option<::conference_api::__private::Slot<Color>>,
    light_negative: ::core::option::Option<::conference_api::__private::Slot<Color>>,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for UpdateConferenceRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &[
                "display_name",
                "description",
                "join_from",
                "join_until",
                "quality",
                "layout",
                "size",
                "record_on_start",
                "tone_on_entry_and_exit",
                "room_join_video_off",
                "user_join_video_off",
                "enable_room_previews",
                "enable_chat",
                "dark_primary",
                "dark_background",
                "dark_foreground",
                "dark_success",
                "dark_negative",
                "light_primary",
                "light_background",
                "light_foreground",
                "light_success",
                "light_negative",
            ],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(&mut fields.display_name, value)
                }
                1usize => {
                    ::conference_api::__private::put_raw(&mut fields.description, value)
                }
                2usize => {
                    ::conference_api::__private::put_raw(&mut fields.join_from, value)
                }
                3usize => {
                    ::conference_api::__private::put_raw(&mut fields.join_until, value)
                }
                4usize => {
                    ::conference_api::__private::put_raw(&mut fields.quality, value)
                }
                5usize => ::conference_api::__private::put_raw(&mut fields.layout, value),
                6usize => ::conference_api::__private::put_raw(&mut fields.size, value),
                7usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.record_on_start,
                        value,
                    )
                }
                8usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.tone_on_entry_and_exit,
                        value,
                    )
                }
                9usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.room_join_video_off,
                        value,
                    )
                }
                10usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.user_join_video_off,
                        value,
                    )
                }
                11usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.enable_room_previews,
                        value,
                    )
                }
                12usize => {
                    ::conference_api::__private::put_raw(&mut fields.enable_chat, value)
                }
                13usize => {
                    ::conference_api::__private::put_raw(&mut fields.dark_primary, value)
                }
                14usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.dark_background,
                        value,
                    )
                }
                15usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.dark_foreground,
                        value,
                    )
                }
                16usize => {
                    ::conference_api::__private::put_raw(&mut fields.dark_success, value)
                }
                17usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.dark_negative,
                        value,
                    )
                }
                18usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_primary,
                        value,
                    )
                }
                19usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_background,
                        value,
                    )
                }
                20usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_foreground,
                        value,
                    )
                }
                21usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_success,
                        value,
                    )
                }
                22usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.light_negative,
                        value,
                    )
                }
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for UpdateConferenceRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "display_name",
                    self
                        .0
                        .display_name
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "description",
                    self.0.description.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "join_from",
                    self.0.join_from.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "join_until",
                    self.0.join_until.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "quality",
                    self.0.quality.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "layout",
                    self.0.layout.as_ref().map(::conference_api::__private::to_json),
                ),
                ("size", self.0.size.as_ref().map(::conference_api::__private::to_json)),
                (
                    "record_on_start",
                    self
                        .0
                        .record_on_start
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "tone_on_entry_and_exit",
                    self
                        .0
                        .tone_on_entry_and_exit
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "room_join_video_off",
                    self
                        .0
                        .room_join_video_off
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "user_join_video_off",
                    self
                        .0
                        .user_join_video_off
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "enable_room_previews",
                    self
                        .0
                        .enable_room_previews
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "enable_chat",
                    self.0.enable_chat.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "dark_primary",
                    self
                        .0
                        .dark_primary
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "dark_background",
                    self
                        .0
                        .dark_background
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "dark_foreground",
                    self
                        .0
                        .dark_foreground
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "dark_success",
                    self
                        .0
                        .dark_success
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "dark_negative",
                    self
                        .0
                        .dark_negative
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_primary",
                    self
                        .0
                        .light_primary
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_background",
                    self
                        .0
                        .light_background
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_foreground",
                    self
                        .0
                        .light_foreground
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_success",
                    self
                        .0
                        .light_success
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "light_negative",
                    self
                        .0
                        .light_negative
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for UpdateConferenceRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("UpdateConferenceRequestBuilder")
            .field("display_name", &self.0.display_name)
            .field("description", &self.0.description)
            .field("join_from", &self.0.join_from)
            .field("join_until", &self.0.join_until)
            .field("quality", &self.0.quality)
            .field("layout", &self.0.layout)
            .field("size", &self.0.size)
            .field("record_on_start", &self.0.record_on_start)
            .field("tone_on_entry_and_exit", &self.0.tone_on_entry_and_exit)
            .field("room_join_video_off", &self.0.room_join_video_off)
            .field("user_join_video_off", &self.0.user_join_video_off)
            .field("enable_room_previews", &self.0.enable_room_previews)
            .field("enable_chat", &self.0.enable_chat)
            .field("dark_primary", &self.0.dark_primary)
            .field("dark_background", &self.0.dark_background)
            .field("dark_foreground", &self.0.dark_foreground)
            .field("dark_success", &self.0.dark_success)
            .field("dark_negative", &self.0.dark_negative)
            .field("light_primary", &self.0.light_primary)
            .field("light_background", &self.0.light_background)
            .field("light_foreground", &self.0.light_foreground)
            .field("light_success", &self.0.light_success)
            .field("light_negative", &self.0.light_negative)
            .finish()
    }
}
#[allow(deprecated)]
impl UpdateConferenceRequestBuilder {
    /// Display name of the video conference. Maximum of 200 characters.
    #[inline]
    pub fn display_name<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.display_name = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Description of the conference. Maximum of 3000 characters.
    #[inline]
    pub fn description<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.description = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[inline]
    pub fn join_from<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.join_from = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[inline]
    pub fn join_until<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.join_until = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// The conference's resolution.
    ///
    /// When unset, the server uses the schema's default `720p` ([`Self::DEFAULT_QUALITY`]).
    #[inline]
    pub fn quality(mut self, value: VideoQuality) -> Self {
        self.0.quality = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The conference's initial layout.
    ///
    /// When unset, the server uses the schema's default `grid-responsive` ([`Self::DEFAULT_LAYOUT`]).
    #[inline]
    pub fn layout(mut self, value: VideoLayout) -> Self {
        self.0.layout = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The size of the video conference.
    ///
    /// When unset, the server uses the schema's default `medium` ([`Self::DEFAULT_SIZE`]).
    #[inline]
    pub fn size(mut self, value: ConferenceSize) -> Self {
        self.0.size = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether to start recording when a conference session begins.
    #[inline]
    pub fn record_on_start(mut self, value: bool) -> Self {
        self.0.record_on_start = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether a tone is played when a member enters or exits the conference.
    #[inline]
    pub fn tone_on_entry_and_exit(mut self, value: bool) -> Self {
        self.0.tone_on_entry_and_exit = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether participants join with video off by room setting.
    #[inline]
    pub fn room_join_video_off(mut self, value: bool) -> Self {
        self.0.room_join_video_off = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether participants join with video off by user setting.
    #[inline]
    pub fn user_join_video_off(mut self, value: bool) -> Self {
        self.0.user_join_video_off = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether a preview video of the conference content is generated.
    #[inline]
    pub fn enable_room_previews(mut self, value: bool) -> Self {
        self.0.enable_room_previews = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// Whether group chat is enabled for conference participants.
    #[inline]
    pub fn enable_chat(mut self, value: bool) -> Self {
        self.0.enable_chat = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// CTA buttons and selected items color (dark theme).
    #[inline]
    pub fn dark_primary<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_primary = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Main background color (dark theme).
    #[inline]
    pub fn dark_background<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_background = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Main foreground color (dark theme).
    #[inline]
    pub fn dark_foreground<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_foreground = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Success indication color (dark theme).
    #[inline]
    pub fn dark_success<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_success = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Error indication color (dark theme).
    #[inline]
    pub fn dark_negative<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.dark_negative = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// CTA buttons and selected items color (light theme).
    #[inline]
    pub fn light_primary<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_primary = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Main background color (light theme).
    #[inline]
    pub fn light_background<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_background = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Main foreground color (light theme).
    #[inline]
    pub fn light_foreground<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_foreground = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Success indication color (light theme).
    #[inline]
    pub fn light_success<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_success = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// Error indication color (light theme).
    #[inline]
    pub fn light_negative<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.light_negative = ::core::option::Option::Some(
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
            DisplayName,
        >(&mut errors, at, "display_name", self.0.display_name.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Description,
        >(&mut errors, at, "description", self.0.description.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::DateTime,
        >(&mut errors, at, "join_from", self.0.join_from.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::conference_api::DateTime,
        >(&mut errors, at, "join_until", self.0.join_until.as_ref());
        ::conference_api::__private::check_optional_slot::<
            VideoQuality,
        >(&mut errors, at, "quality", self.0.quality.as_ref());
        ::conference_api::__private::check_optional_slot::<
            VideoLayout,
        >(&mut errors, at, "layout", self.0.layout.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ConferenceSize,
        >(&mut errors, at, "size", self.0.size.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "record_on_start", self.0.record_on_start.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(
            &mut errors,
            at,
            "tone_on_entry_and_exit",
            self.0.tone_on_entry_and_exit.as_ref(),
        );
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "room_join_video_off", self.0.room_join_video_off.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "user_join_video_off", self.0.user_join_video_off.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "enable_room_previews", self.0.enable_room_previews.as_ref());
        ::conference_api::__private::check_optional_slot::<
            bool,
        >(&mut errors, at, "enable_chat", self.0.enable_chat.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_primary", self.0.dark_primary.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_background", self.0.dark_background.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_foreground", self.0.dark_foreground.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_success", self.0.dark_success.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "dark_negative", self.0.dark_negative.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_primary", self.0.light_primary.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_background", self.0.light_background.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_foreground", self.0.light_foreground.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_success", self.0.light_success.as_ref());
        ::conference_api::__private::check_optional_slot::<
            Color,
        >(&mut errors, at, "light_negative", self.0.light_negative.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        UpdateConferenceRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_display_name = ::conference_api::__private::required_slot::<
            DisplayName,
        >(&mut errors, at, "display_name", fields.display_name);
        let field_description = ::conference_api::__private::optional_slot::<
            Description,
        >(&mut errors, at, "description", fields.description);
        let field_join_from = ::conference_api::__private::optional_slot::<
            ::conference_api::DateTime,
        >(&mut errors, at, "join_from", fields.join_from);
        let field_join_until = ::conference_api::__private::optional_slot::<
            ::conference_api::DateTime,
        >(&mut errors, at, "join_until", fields.join_until);
        let field_quality = ::conference_api::__private::optional_slot::<
            VideoQuality,
        >(&mut errors, at, "quality", fields.quality);
        let field_layout = ::conference_api::__private::optional_slot::<
            VideoLayout,
        >(&mut errors, at, "layout", fields.layout);
        let field_size = ::conference_api::__private::optional_slot::<
            ConferenceSize,
        >(&mut errors, at, "size", fields.size);
        let field_record_on_start = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "record_on_start", fields.record_on_start);
        let field_tone_on_entry_and_exit = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "tone_on_entry_and_exit", fields.tone_on_entry_and_exit);
        let field_room_join_video_off = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "room_join_video_off", fields.room_join_video_off);
        let field_user_join_video_off = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "user_join_video_off", fields.user_join_video_off);
        let field_enable_room_previews = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "enable_room_previews", fields.enable_room_previews);
        let field_enable_chat = ::conference_api::__private::optional_slot::<
            bool,
        >(&mut errors, at, "enable_chat", fields.enable_chat);
        let field_dark_primary = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_primary", fields.dark_primary);
        let field_dark_background = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_background", fields.dark_background);
        let field_dark_foreground = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_foreground", fields.dark_foreground);
        let field_dark_success = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_success", fields.dark_success);
        let field_dark_negative = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "dark_negative", fields.dark_negative);
        let field_light_primary = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_primary", fields.light_primary);
        let field_light_background = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_background", fields.light_background);
        let field_light_foreground = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_foreground", fields.light_foreground);
        let field_light_success = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_success", fields.light_success);
        let field_light_negative = ::conference_api::__private::optional_slot::<
            Color,
        >(&mut errors, at, "light_negative", fields.light_negative);
        if let (::core::option::Option::Some(field_display_name),) = (
            field_display_name,
        ) && errors.is_empty()
        {
            return ::core::result::Result::Ok(UpdateConferenceRequest {
                display_name: field_display_name,
                description: field_description,
                join_from: field_join_from,
                join_until: field_join_until,
                quality: field_quality,
                layout: field_layout,
                size: field_size,
                record_on_start: field_record_on_start,
                tone_on_entry_and_exit: field_tone_on_entry_and_exit,
                room_join_video_off: field_room_join_video_off,
                user_join_video_off: field_user_join_video_off,
                enable_room_previews: field_enable_room_previews,
                enable_chat: field_enable_chat,
                dark_primary: field_dark_primary,
                dark_background: field_dark_background,
                dark_foreground: field_dark_foreground,
                dark_success: field_dark_success,
                dark_negative: field_dark_negative,
                light_primary: field_light_primary,
                light_background: field_light_background,
                light_foreground: field_light_foreground,
                light_success: field_light_success,
                light_negative: field_light_negative,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<UpdateConferenceRequest>
for UpdateConferenceRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<UpdateConferenceRequest>::into_body(&request)
    }
}
/// Video frames per second.
///
/// One of: 20, 30.
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
pub enum VideoFps {
    /// `20`
    Fps20,
    /// `30`
    Fps30,
}
impl ::core::fmt::Debug for VideoFps {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Fps20", "Fps30"];
        f.write_str(NAMES[*self as usize])
    }
}
impl VideoFps {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Fps20, Self::Fps30];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["20", "30"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for VideoFps {
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
impl ::conference_api::__private::serde::Serialize for VideoFps {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Self::Fps20 => serializer.serialize_i64(20i64),
            Self::Fps30 => serializer.serialize_i64(30i64),
        }
    }
}
impl VideoFps {
    fn from_number(number: f64) -> ::core::option::Option<Self> {
        if number == 20f64 {
            return ::core::option::Option::Some(Self::Fps20);
        }
        if number == 30f64 {
            return ::core::option::Option::Some(Self::Fps30);
        }
        ::core::option::Option::None
    }
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de> for VideoFps {
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
impl ::core::fmt::Display for VideoFps {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::conference_api::__private::FromJson for VideoFps {
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
/// Video room layout options.
///
/// One of: grid-responsive, grid-responsive-mobile, highlight-1-responsive, 1x1, 2x1, 2x2, 5up, 3x3, 4x4, 5x5, 6x6, 8x8, 10x10.
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
pub enum VideoLayout {
    /// `grid-responsive`
    GridResponsive,
    /// `grid-responsive-mobile`
    GridResponsiveMobile,
    /// `highlight-1-responsive`
    Highlight1Responsive,
    /// `1x1`
    Layout1x1,
    /// `2x1`
    Layout2x1,
    /// `2x2`
    Layout2x2,
    /// `5up`
    Layout5up,
    /// `3x3`
    Layout3x3,
    /// `4x4`
    Layout4x4,
    /// `5x5`
    Layout5x5,
    /// `6x6`
    Layout6x6,
    /// `8x8`
    Layout8x8,
    /// `10x10`
    Layout10x10,
}
impl ::core::fmt::Debug for VideoLayout {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &[
            "GridResponsive",
            "GridResponsiveMobile",
            "Highlight1Responsive",
            "Layout1x1",
            "Layout2x1",
            "Layout2x2",
            "Layout5up",
            "Layout3x3",
            "Layout4x4",
            "Layout5x5",
            "Layout6x6",
            "Layout8x8",
            "Layout10x10",
        ];
        f.write_str(NAMES[*self as usize])
    }
}
impl VideoLayout {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::GridResponsive,
        Self::GridResponsiveMobile,
        Self::Highlight1Responsive,
        Self::Layout1x1,
        Self::Layout2x1,
        Self::Layout2x2,
        Self::Layout5up,
        Self::Layout3x3,
        Self::Layout4x4,
        Self::Layout5x5,
        Self::Layout6x6,
        Self::Layout8x8,
        Self::Layout10x10,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "grid-responsive",
        "grid-responsive-mobile",
        "highlight-1-responsive",
        "1x1",
        "2x1",
        "2x2",
        "5up",
        "3x3",
        "4x4",
        "5x5",
        "6x6",
        "8x8",
        "10x10",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for VideoLayout {
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
::conference_api::__string_enum!(VideoLayout);
/// Video quality resolution.
///
/// One of: 720p, 1080p.
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
pub enum VideoQuality {
    /// `720p`
    Quality720p,
    /// `1080p`
    Quality1080p,
}
impl ::core::fmt::Debug for VideoQuality {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        const NAMES: &[&str] = &["Quality720p", "Quality1080p"];
        f.write_str(NAMES[*self as usize])
    }
}
impl VideoQuality {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Quality720p, Self::Quality1080p];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["720p", "1080p"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl ::core::str::FromStr for VideoQuality {
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
::conference_api::__string_enum!(VideoQuality);
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
pub struct VideoStatusCode422 {
    /// List of validation errors.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
}
/// The error bodies `list_video_conferences` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum ListVideoConferencesError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 422.
    UnprocessableEntity(VideoStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl ListVideoConferencesError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("list_video_conferences")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `create_video_conference` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum CreateVideoConferenceError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 422.
    UnprocessableEntity(VideoStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl CreateVideoConferenceError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("create_video_conference")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `get_video_conference` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum GetVideoConferenceError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 422.
    UnprocessableEntity(VideoStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl GetVideoConferenceError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("get_video_conference")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `update_video_conference` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum UpdateVideoConferenceError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 422.
    UnprocessableEntity(VideoStatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl UpdateVideoConferenceError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("update_video_conference")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `delete_video_conference` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
#[non_exhaustive]
pub enum DeleteVideoConferenceError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl DeleteVideoConferenceError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("delete_video_conference")? {
            400 => error.__body_as().map(Self::BadRequest),
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
    /// List video conferences.
    ///
    /// List Video Conferences.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/video/conferences`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`ListVideoConferencesError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn list_video_conferences<'a>(
        &'a self,
        params: &ListVideoConferencesParams,
    ) -> ::conference_api::Call<'a, ListConferencesResponse>;
    /// Every item of [`list_video_conferences`](Self::list_video_conferences), page after page: the first page as that call asks for it, each next one with the query of the page's `links.next`.
    ///
    /// Returns a [`PageStream`](::conference_api::PageStream): it asks for a page when the items of the one before have been taken, follows links only on the client's base URL, and ends with one [`PageError`](::conference_api::PageError) when a page fails or the server never reaches a last page.
    fn list_all_video_conferences<'a>(
        &'a self,
        params: &ListVideoConferencesParams,
    ) -> ::conference_api::PageStream<'a, Conference>;
    /// Create video conference.
    ///
    /// Create a Video Conference.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `POST /api/video/conferences`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`CreateVideoConferenceError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn create_video_conference<'a>(
        &'a self,
        body: impl ::conference_api::IntoBody<CreateConferenceRequest>,
    ) -> ::conference_api::Call<'a, Conference>;
    /// Get video conference.
    ///
    /// Find a Video Conference by ID.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/video/conferences/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`GetVideoConferenceError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn get_video_conference<'a>(
        &'a self,
        id: &::conference_api::Uuid,
        params: &GetVideoConferenceParams,
    ) -> ::conference_api::Call<'a, Conference>;
    /// Update video conference.
    ///
    /// Update a Video Conference.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `PUT /api/video/conferences/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`UpdateVideoConferenceError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn update_video_conference<'a>(
        &'a self,
        id: &::conference_api::Uuid,
        body: impl ::conference_api::IntoBody<UpdateConferenceRequest>,
    ) -> ::conference_api::Call<'a, Conference>;
    /// Delete video conference.
    ///
    /// Delete a Video Conference.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Video_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `DELETE /api/video/conferences/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`DeleteVideoConferenceError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn delete_video_conference<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, ()>;
}
impl Api for ::conference_api::Client {
    fn list_video_conferences<'a>(
        &'a self,
        params: &ListVideoConferencesParams,
    ) -> ::conference_api::Call<'a, ListConferencesResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "list_video_conferences",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/video/conferences",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/video/conferences"),
            query: params.to_query(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<ListConferencesResponse>,
        )
    }
    fn list_all_video_conferences<'a>(
        &'a self,
        params: &ListVideoConferencesParams,
    ) -> ::conference_api::PageStream<'a, Conference> {
        let params = ::core::clone::Clone::clone(params);
        ::conference_api::PageStream::new(
            move || self.list_video_conferences(&params),
            |page: ListConferencesResponse| (page.data, page.links.next),
            |item: &Conference, digest| digest.id(&item.id),
        )
    }
    fn create_video_conference<'a>(
        &'a self,
        body: impl ::conference_api::IntoBody<CreateConferenceRequest>,
    ) -> ::conference_api::Call<'a, Conference> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "create_video_conference",
            method: ::conference_api::__private::Method::Post,
            path_template: "/api/video/conferences",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 422u16, 500u16],
            media: &[::conference_api::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/video/conferences"),
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
            ::conference_api::__private::success_json::<Conference>,
        )
    }
    fn get_video_conference<'a>(
        &'a self,
        id: &::conference_api::Uuid,
        params: &GetVideoConferenceParams,
    ) -> ::conference_api::Call<'a, Conference> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "get_video_conference",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/video/conferences/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/video/conferences/{}",
                ::conference_api::__private::encode_path_segment(&
                ::std::string::ToString::to_string(id))
            ),
            query: params.to_query(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<Conference>,
        )
    }
    fn update_video_conference<'a>(
        &'a self,
        id: &::conference_api::Uuid,
        body: impl ::conference_api::IntoBody<UpdateConferenceRequest>,
    ) -> ::conference_api::Call<'a, Conference> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "update_video_conference",
            method: ::conference_api::__private::Method::Put,
            path_template: "/api/video/conferences/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[::conference_api::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/video/conferences/{}",
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
            ::conference_api::__private::success_json::<Conference>,
        )
    }
    fn delete_video_conference<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, ()> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "delete_video_conference",
            method: ::conference_api::__private::Method::Delete,
            path_template: "/api/video/conferences/{id}",
            success_status: 204u16,
            documented_errors: &[400u16, 401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/video/conferences/{}",
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
}
