#[allow(unused_imports)]
use ::conference_api::__private as __rt;
const _: &[u8] = ::core::include_bytes!("../schema/video_conferences.json");
/// Active session information for a room.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ActiveSession {
    /// Unique ID of the session.
    pub id: __rt::Option<__rt::String>,
    /// Unique ID of the Room if the Session was created from a Room and was not an auto-created Session.
    pub room_id: __rt::Option<__rt::String>,
    /// The named identifier of room session.
    pub name: __rt::Option<__rt::String>,
    /// Display name of room, no character limitations. Maximum of 200 characters. Defaults to the value of name.
    pub display_name: __rt::Option<__rt::String>,
    /// Room Session does not accept new Members before this time.
    pub join_from: __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    /// Room Session stops accepting new Members at this time.
    pub join_until: __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    /// Remove Members from the Room Session at this time.
    pub remove_at: __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    /// Remove Members after they are in the Room Session for N seconds.
    pub remove_after_seconds_elapsed: __rt::Option<i32>,
    /// The Room Session's initial layout. See documentation for a full list of supported layouts.
    pub layout: __rt::Option<__rt::String>,
    /// The maximum number of members allowed in the room at a time.
    pub max_members: __rt::Option<i32>,
    /// The Room Session's frames per second.
    pub fps: __rt::Option<__rt::OrUnknown<VideoFps>>,
    /// The Room Session's resolution.
    pub quality: __rt::Option<__rt::OrUnknown<VideoQuality>>,
    /// Start time of the session.
    pub start_time: __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    /// End time of the session.
    pub end_time: __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    /// How long, in seconds, the Room Session lasted.
    pub duration: __rt::Option<i32>,
    /// Status of the session.
    pub status: __rt::Option<__rt::OrUnknown<RoomSessionStatus>>,
    /// Whether a recording was automatically started when this Room Session began.
    pub record_on_start: __rt::Option<bool>,
    /// Whether a video with a preview of the content of the room is to be generated.
    pub enable_room_previews: __rt::Option<bool>,
    /// If room previews are enabled and the room session is in progress, this is the URL of the preview video.
    pub preview_url: __rt::Option<__rt::String>,
    /// Enable/disable jitter buffer audio-video sync.
    pub audio_video_sync: __rt::Option<bool>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ActiveSession {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("room_id", &self.room_id)?;
        object.optional("name", &self.name)?;
        object.optional("display_name", &self.display_name)?;
        object.optional("join_from", &self.join_from)?;
        object.optional("join_until", &self.join_until)?;
        object.optional("remove_at", &self.remove_at)?;
        object
            .optional(
                "remove_after_seconds_elapsed",
                &self.remove_after_seconds_elapsed,
            )?;
        object.optional("layout", &self.layout)?;
        object.optional("max_members", &self.max_members)?;
        object.optional("fps", &self.fps)?;
        object.optional("quality", &self.quality)?;
        object.optional("start_time", &self.start_time)?;
        object.optional("end_time", &self.end_time)?;
        object.optional("duration", &self.duration)?;
        object.optional("status", &self.status)?;
        object.optional("record_on_start", &self.record_on_start)?;
        object.optional("enable_room_previews", &self.enable_room_previews)?;
        object.optional("preview_url", &self.preview_url)?;
        object.optional("audio_video_sync", &self.audio_video_sync)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for ActiveSession {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[doc(hidden)]
#[derive(__rt::Default)]
pub struct __ActiveSessionSlots(
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<__rt::DateTime>>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<__rt::DateTime>>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<__rt::DateTime>>>,
    __rt::Option<__rt::Option<i32>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<i32>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<VideoFps>>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<VideoQuality>>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<__rt::DateTime>>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<__rt::DateTime>>>,
    __rt::Option<__rt::Option<i32>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<RoomSessionStatus>>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<bool>>,
);
#[allow(deprecated)]
impl __rt::ResponseFields for ActiveSession {
    type Slots = __ActiveSessionSlots;
    const EXPECTING: &'static str = "struct ActiveSession";
    const NAMES: &'static [&'static str] = &[
        "id",
        "room_id",
        "name",
        "display_name",
        "join_from",
        "join_until",
        "remove_at",
        "remove_after_seconds_elapsed",
        "layout",
        "max_members",
        "fps",
        "quality",
        "start_time",
        "end_time",
        "duration",
        "status",
        "record_on_start",
        "enable_room_previews",
        "preview_url",
        "audio_video_sync",
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
            16 => __rt::response_slot(&mut slots.16, map),
            17 => __rt::response_slot(&mut slots.17, map),
            18 => __rt::response_slot(&mut slots.18, map),
            19 => __rt::response_slot(&mut slots.19, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(ActiveSession {
            id: slots.0.flatten(),
            room_id: slots.1.flatten(),
            name: slots.2.flatten(),
            display_name: slots.3.flatten(),
            join_from: slots.4.flatten(),
            join_until: slots.5.flatten(),
            remove_at: slots.6.flatten(),
            remove_after_seconds_elapsed: slots.7.flatten(),
            layout: slots.8.flatten(),
            max_members: slots.9.flatten(),
            fps: slots.10.flatten(),
            quality: slots.11.flatten(),
            start_time: slots.12.flatten(),
            end_time: slots.13.flatten(),
            duration: slots.14.flatten(),
            status: slots.15.flatten(),
            record_on_start: slots.16.flatten(),
            enable_room_previews: slots.17.flatten(),
            preview_url: slots.18.flatten(),
            audio_video_sync: slots.19.flatten(),
        })
    }
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
    __rt::Clone,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub struct Color(__rt::CompactString);
impl Color {
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^#[0-9a-fA-F]{6}$";
    const PATTERN_MATCHER: __rt::Matcher = ::conference_api::__private::Matcher::Fixed {
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct Conference {
    /// Unique ID of the video conference.
    pub id: __rt::Uuid,
    /// A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`.
    pub name: __rt::String,
    /// Display name of the video conference. Maximum of 200 characters.
    pub display_name: __rt::Option<__rt::String>,
    /// Description of the conference. Maximum of 3000 characters.
    pub description: __rt::Option<__rt::String>,
    /// Conference does not accept new participants before this time.
    pub join_from: __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave.
    pub join_until: __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    /// The conference's resolution.
    pub quality: __rt::OrUnknown<VideoQuality>,
    /// The conference's initial layout.
    pub layout: __rt::OrUnknown<VideoLayout>,
    /// The size of the video conference.
    pub size: __rt::Option<__rt::OrUnknown<ConferenceSize>>,
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
    pub enable_room_previews: __rt::Option<bool>,
    /// CTA buttons and selected items color (dark theme).
    pub dark_primary: __rt::Option<__rt::String>,
    /// Main background color (dark theme).
    pub dark_background: __rt::Option<__rt::String>,
    /// Main foreground color (dark theme).
    pub dark_foreground: __rt::Option<__rt::String>,
    /// Success indication color (dark theme).
    pub dark_success: __rt::Option<__rt::String>,
    /// Error indication color (dark theme).
    pub dark_negative: __rt::Option<__rt::String>,
    /// CTA buttons and selected items color (light theme).
    pub light_primary: __rt::Option<__rt::String>,
    /// Main background color (light theme).
    pub light_background: __rt::Option<__rt::String>,
    /// Main foreground color (light theme).
    pub light_foreground: __rt::Option<__rt::String>,
    /// Success indication color (light theme).
    pub light_success: __rt::Option<__rt::String>,
    /// Error indication color (light theme).
    pub light_negative: __rt::Option<__rt::String>,
    /// User-defined metadata for the conference.
    pub meta: __rt::Option<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
    /// Timestamp when the conference was created.
    pub created_at: __rt::OrUnknown<__rt::DateTime>,
    /// Timestamp when the conference was last updated.
    pub updated_at: __rt::OrUnknown<__rt::DateTime>,
    /// Active session information. Only present when requested via the `include_active_session` query parameter.
    pub active_session: __rt::Option<ActiveSession>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for Conference {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("name", &self.name)?;
        object.field("display_name", &self.display_name)?;
        object.field("description", &self.description)?;
        object.field("join_from", &self.join_from)?;
        object.field("join_until", &self.join_until)?;
        object.field("quality", &self.quality)?;
        object.field("layout", &self.layout)?;
        object.field("size", &self.size)?;
        object.field("record_on_start", &self.record_on_start)?;
        object.field("tone_on_entry_and_exit", &self.tone_on_entry_and_exit)?;
        object.field("user_join_video_off", &self.user_join_video_off)?;
        object.field("room_join_video_off", &self.room_join_video_off)?;
        object.field("enable_chat", &self.enable_chat)?;
        object.field("enable_room_previews", &self.enable_room_previews)?;
        object.field("dark_primary", &self.dark_primary)?;
        object.field("dark_background", &self.dark_background)?;
        object.field("dark_foreground", &self.dark_foreground)?;
        object.field("dark_success", &self.dark_success)?;
        object.field("dark_negative", &self.dark_negative)?;
        object.field("light_primary", &self.light_primary)?;
        object.field("light_background", &self.light_background)?;
        object.field("light_foreground", &self.light_foreground)?;
        object.field("light_success", &self.light_success)?;
        object.field("light_negative", &self.light_negative)?;
        object.field("meta", &self.meta)?;
        object.field("created_at", &self.created_at)?;
        object.field("updated_at", &self.updated_at)?;
        object.optional("active_session", &self.active_session)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for Conference {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[doc(hidden)]
#[derive(__rt::Default)]
pub struct __ConferenceSlots(
    __rt::Option<__rt::Uuid>,
    __rt::Option<__rt::String>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<__rt::DateTime>>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<__rt::DateTime>>>,
    __rt::Option<__rt::OrUnknown<VideoQuality>>,
    __rt::Option<__rt::OrUnknown<VideoLayout>>,
    __rt::Option<__rt::Option<__rt::OrUnknown<ConferenceSize>>>,
    __rt::Option<bool>,
    __rt::Option<bool>,
    __rt::Option<bool>,
    __rt::Option<bool>,
    __rt::Option<bool>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<__rt::Option<__rt::String>>,
    __rt::Option<
        __rt::Option<__rt::serde_json::Map<__rt::String, __rt::serde_json::Value>>,
    >,
    __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    __rt::Option<__rt::OrUnknown<__rt::DateTime>>,
    __rt::Option<__rt::Option<ActiveSession>>,
);
#[allow(deprecated)]
impl __rt::ResponseFields for Conference {
    type Slots = __ConferenceSlots;
    const EXPECTING: &'static str = "struct Conference";
    const NAMES: &'static [&'static str] = &[
        "id",
        "name",
        "display_name",
        "description",
        "join_from",
        "join_until",
        "quality",
        "layout",
        "size",
        "record_on_start",
        "tone_on_entry_and_exit",
        "user_join_video_off",
        "room_join_video_off",
        "enable_chat",
        "enable_room_previews",
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
        "meta",
        "created_at",
        "updated_at",
        "active_session",
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
            16 => __rt::response_slot(&mut slots.16, map),
            17 => __rt::response_slot(&mut slots.17, map),
            18 => __rt::response_slot(&mut slots.18, map),
            19 => __rt::response_slot(&mut slots.19, map),
            20 => __rt::response_slot(&mut slots.20, map),
            21 => __rt::response_slot(&mut slots.21, map),
            22 => __rt::response_slot(&mut slots.22, map),
            23 => __rt::response_slot(&mut slots.23, map),
            24 => __rt::response_slot(&mut slots.24, map),
            25 => __rt::response_slot(&mut slots.25, map),
            26 => __rt::response_slot(&mut slots.26, map),
            27 => __rt::response_slot(&mut slots.27, map),
            28 => __rt::response_slot(&mut slots.28, map),
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(Conference {
            id: Self::required(slots.0, 0)?,
            name: Self::required(slots.1, 1)?,
            display_name: slots.2.flatten(),
            description: slots.3.flatten(),
            join_from: slots.4.flatten(),
            join_until: slots.5.flatten(),
            quality: Self::required(slots.6, 6)?,
            layout: Self::required(slots.7, 7)?,
            size: slots.8.flatten(),
            record_on_start: Self::required(slots.9, 9)?,
            tone_on_entry_and_exit: Self::required(slots.10, 10)?,
            user_join_video_off: Self::required(slots.11, 11)?,
            room_join_video_off: Self::required(slots.12, 12)?,
            enable_chat: Self::required(slots.13, 13)?,
            enable_room_previews: slots.14.flatten(),
            dark_primary: slots.15.flatten(),
            dark_background: slots.16.flatten(),
            dark_foreground: slots.17.flatten(),
            dark_success: slots.18.flatten(),
            dark_negative: slots.19.flatten(),
            light_primary: slots.20.flatten(),
            light_background: slots.21.flatten(),
            light_foreground: slots.22.flatten(),
            light_success: slots.23.flatten(),
            light_negative: slots.24.flatten(),
            meta: slots.25.flatten(),
            created_at: Self::required(slots.26, 26)?,
            updated_at: Self::required(slots.27, 27)?,
            active_session: slots.28.flatten(),
        })
    }
}
/// Conference size options.
///
/// One of: small, medium, large.
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
pub enum ConferenceSize {
    /// `small`
    Small,
    /// `medium`
    Medium,
    /// `large`
    Large,
}
impl __rt::Debug for ConferenceSize {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for ConferenceSize {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct CreateConferenceRequest {
    /// A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`. Maximum of 100 characters.
    pub name: __rt::Option<Name>,
    /// Display name of the video conference. Maximum of 200 characters.
    pub display_name: DisplayName,
    /// Description of the conference. Maximum of 3000 characters.
    pub description: __rt::Option<Description>,
    /// Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    pub join_from: __rt::Option<__rt::DateTime>,
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    pub join_until: __rt::Option<__rt::DateTime>,
    /// The conference's resolution.
    ///
    /// When unset, the server uses the schema's default `720p` ([`Self::DEFAULT_QUALITY`]).
    pub quality: __rt::Option<VideoQuality>,
    /// The conference's initial layout.
    ///
    /// When unset, the server uses the schema's default `grid-responsive` ([`Self::DEFAULT_LAYOUT`]).
    pub layout: __rt::Option<VideoLayout>,
    /// The size of the video conference.
    ///
    /// When unset, the server uses the schema's default `medium` ([`Self::DEFAULT_SIZE`]).
    pub size: __rt::Option<ConferenceSize>,
    /// Whether to start recording when a conference session begins.
    pub record_on_start: __rt::Option<bool>,
    /// Whether a preview video of the conference content is generated.
    pub enable_room_previews: __rt::Option<bool>,
    /// Whether group chat is enabled for conference participants.
    ///
    /// When unset, the server uses the schema's default `true` ([`Self::DEFAULT_ENABLE_CHAT`]).
    pub enable_chat: __rt::Option<bool>,
    /// CTA buttons and selected items color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#044EF4` ([`Self::DEFAULT_DARK_PRIMARY`]).
    pub dark_primary: __rt::Option<Color>,
    /// Main background color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#FFFFFF` ([`Self::DEFAULT_DARK_BACKGROUND`]).
    pub dark_background: __rt::Option<Color>,
    /// Main foreground color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#1D2127` ([`Self::DEFAULT_DARK_FOREGROUND`]).
    pub dark_foreground: __rt::Option<Color>,
    /// Success indication color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#17BB58` ([`Self::DEFAULT_DARK_SUCCESS`]).
    pub dark_success: __rt::Option<Color>,
    /// Error indication color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#F42C50` ([`Self::DEFAULT_DARK_NEGATIVE`]).
    pub dark_negative: __rt::Option<Color>,
    /// CTA buttons and selected items color (light theme).
    ///
    /// When unset, the server uses the schema's default `#044EF4` ([`Self::DEFAULT_LIGHT_PRIMARY`]).
    pub light_primary: __rt::Option<Color>,
    /// Main background color (light theme).
    ///
    /// When unset, the server uses the schema's default `#FFFFFF` ([`Self::DEFAULT_LIGHT_BACKGROUND`]).
    pub light_background: __rt::Option<Color>,
    /// Main foreground color (light theme).
    ///
    /// When unset, the server uses the schema's default `#1D2127` ([`Self::DEFAULT_LIGHT_FOREGROUND`]).
    pub light_foreground: __rt::Option<Color>,
    /// Success indication color (light theme).
    ///
    /// When unset, the server uses the schema's default `#17BB58` ([`Self::DEFAULT_LIGHT_SUCCESS`]).
    pub light_success: __rt::Option<Color>,
    /// Error indication color (light theme).
    ///
    /// When unset, the server uses the schema's default `#F42C50` ([`Self::DEFAULT_LIGHT_NEGATIVE`]).
    pub light_negative: __rt::Option<Color>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for CreateConferenceRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.optional("name", &self.name)?;
        object.field("display_name", &self.display_name)?;
        object.optional("description", &self.description)?;
        object.optional("join_from", &self.join_from)?;
        object.optional("join_until", &self.join_until)?;
        object.optional("quality", &self.quality)?;
        object.optional("layout", &self.layout)?;
        object.optional("size", &self.size)?;
        object.optional("record_on_start", &self.record_on_start)?;
        object.optional("enable_room_previews", &self.enable_room_previews)?;
        object.optional("enable_chat", &self.enable_chat)?;
        object.optional("dark_primary", &self.dark_primary)?;
        object.optional("dark_background", &self.dark_background)?;
        object.optional("dark_foreground", &self.dark_foreground)?;
        object.optional("dark_success", &self.dark_success)?;
        object.optional("dark_negative", &self.dark_negative)?;
        object.optional("light_primary", &self.light_primary)?;
        object.optional("light_background", &self.light_background)?;
        object.optional("light_foreground", &self.light_foreground)?;
        object.optional("light_success", &self.light_success)?;
        object.optional("light_negative", &self.light_negative)?;
        object.end()
    }
}
#[allow(deprecated)]
impl CreateConferenceRequest {
    /// A request with its required fields (`display_name`) and every optional field unset.
    pub fn new(display_name: DisplayName) -> Self {
        Self {
            name: __rt::None,
            display_name,
            description: __rt::None,
            join_from: __rt::None,
            join_until: __rt::None,
            quality: __rt::None,
            layout: __rt::None,
            size: __rt::None,
            record_on_start: __rt::None,
            enable_room_previews: __rt::None,
            enable_chat: __rt::None,
            dark_primary: __rt::None,
            dark_background: __rt::None,
            dark_foreground: __rt::None,
            dark_success: __rt::None,
            dark_negative: __rt::None,
            light_primary: __rt::None,
            light_background: __rt::None,
            light_foreground: __rt::None,
            light_success: __rt::None,
            light_negative: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`CreateConferenceRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        display_name: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> CreateConferenceRequestBuilder {
        <CreateConferenceRequestBuilder as __rt::Default>::default()
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
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "name",
            false,
            __rt::FieldKind::String,
            "text, at most 100 characters, matching ^[A-Za-z0-9_-]+$",
            __rt::None,
            "A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`. Maximum of 100 characters.",
        ),
        __rt::FieldInfo::new(
            "display_name",
            true,
            __rt::FieldKind::String,
            "text, at most 200 characters",
            __rt::None,
            "Display name of the video conference. Maximum of 200 characters.",
        ),
        __rt::FieldInfo::new(
            "description",
            false,
            __rt::FieldKind::String,
            "text, at most 3000 characters",
            __rt::None,
            "Description of the conference. Maximum of 3000 characters.",
        ),
        __rt::FieldInfo::new(
            "join_from",
            false,
            __rt::FieldKind::String,
            "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)",
            __rt::None,
            "Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.",
        ),
        __rt::FieldInfo::new(
            "join_until",
            false,
            __rt::FieldKind::String,
            "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)",
            __rt::None,
            "Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.",
        ),
        __rt::FieldInfo::new(
            "quality",
            false,
            __rt::FieldKind::String,
            "one of 720p, 1080p",
            __rt::Some("720p"),
            "The conference's resolution.",
        ),
        __rt::FieldInfo::new(
            "layout",
            false,
            __rt::FieldKind::String,
            "one of grid-responsive, grid-responsive-mobile, highlight-1-responsive, 1x1, 2x1, 2x2, 5up, 3x3, 4x4, 5x5, 6x6, 8x8, 10x10",
            __rt::Some("grid-responsive"),
            "The conference's initial layout.",
        ),
        __rt::FieldInfo::new(
            "size",
            false,
            __rt::FieldKind::String,
            "one of small, medium, large",
            __rt::Some("medium"),
            "The size of the video conference.",
        ),
        __rt::FieldInfo::new(
            "record_on_start",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether to start recording when a conference session begins.",
        ),
        __rt::FieldInfo::new(
            "enable_room_previews",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether a preview video of the conference content is generated.",
        ),
        __rt::FieldInfo::new(
            "enable_chat",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::Some("true"),
            "Whether group chat is enabled for conference participants.",
        ),
        __rt::FieldInfo::new(
            "dark_primary",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#044EF4"),
            "CTA buttons and selected items color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "dark_background",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#FFFFFF"),
            "Main background color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "dark_foreground",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#1D2127"),
            "Main foreground color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "dark_success",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#17BB58"),
            "Success indication color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "dark_negative",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#F42C50"),
            "Error indication color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "light_primary",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#044EF4"),
            "CTA buttons and selected items color (light theme).",
        ),
        __rt::FieldInfo::new(
            "light_background",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#FFFFFF"),
            "Main background color (light theme).",
        ),
        __rt::FieldInfo::new(
            "light_foreground",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#1D2127"),
            "Main foreground color (light theme).",
        ),
        __rt::FieldInfo::new(
            "light_success",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#17BB58"),
            "Success indication color (light theme).",
        ),
        __rt::FieldInfo::new(
            "light_negative",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::Some("#F42C50"),
            "Error indication color (light theme).",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for CreateConferenceRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for CreateConferenceRequest {}
impl __rt::Names for CreateConferenceRequest {
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
}
#[allow(deprecated)]
impl __rt::FromJson for CreateConferenceRequest {
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
        check.required::<DisplayName>(1);
        check.optional::<Description>(2);
        check.optional::<__rt::DateTime>(3);
        check.optional::<__rt::DateTime>(4);
        check.optional::<VideoQuality>(5);
        check.optional::<VideoLayout>(6);
        check.optional::<ConferenceSize>(7);
        check.optional::<bool>(8);
        check.optional::<bool>(9);
        check.optional::<bool>(10);
        check.optional::<Color>(11);
        check.optional::<Color>(12);
        check.optional::<Color>(13);
        check.optional::<Color>(14);
        check.optional::<Color>(15);
        check.optional::<Color>(16);
        check.optional::<Color>(17);
        check.optional::<Color>(18);
        check.optional::<Color>(19);
        check.optional::<Color>(20);
        check.unknown_keys();
    }
}
#[doc(hidden)]
#[derive(__rt::Default)]
pub struct __CreateConferenceRequestSlots(
    __rt::Option<__rt::Option<Name>>,
    __rt::Option<__rt::Option<DisplayName>>,
    __rt::Option<__rt::Option<Description>>,
    __rt::Option<__rt::Option<__rt::DateTime>>,
    __rt::Option<__rt::Option<__rt::DateTime>>,
    __rt::Option<__rt::Option<VideoQuality>>,
    __rt::Option<__rt::Option<VideoLayout>>,
    __rt::Option<__rt::Option<ConferenceSize>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
);
#[allow(deprecated)]
impl __rt::Fields for CreateConferenceRequest {
    type Slots = __CreateConferenceRequestSlots;
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
            10 => __rt::read_slot(&mut slots.10, map, at, errors),
            11 => __rt::read_slot(&mut slots.11, map, at, errors),
            12 => __rt::read_slot(&mut slots.12, map, at, errors),
            13 => __rt::read_slot(&mut slots.13, map, at, errors),
            14 => __rt::read_slot(&mut slots.14, map, at, errors),
            15 => __rt::read_slot(&mut slots.15, map, at, errors),
            16 => __rt::read_slot(&mut slots.16, map, at, errors),
            17 => __rt::read_slot(&mut slots.17, map, at, errors),
            18 => __rt::read_slot(&mut slots.18, map, at, errors),
            19 => __rt::read_slot(&mut slots.19, map, at, errors),
            20 => __rt::read_slot(&mut slots.20, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_name = slots.0.flatten();
        let field_display_name = order.required(slots.1, errors, at, 1);
        let field_description = slots.2.flatten();
        let field_join_from = slots.3.flatten();
        let field_join_until = slots.4.flatten();
        let field_quality = slots.5.flatten();
        let field_layout = slots.6.flatten();
        let field_size = slots.7.flatten();
        let field_record_on_start = slots.8.flatten();
        let field_enable_room_previews = slots.9.flatten();
        let field_enable_chat = slots.10.flatten();
        let field_dark_primary = slots.11.flatten();
        let field_dark_background = slots.12.flatten();
        let field_dark_foreground = slots.13.flatten();
        let field_dark_success = slots.14.flatten();
        let field_dark_negative = slots.15.flatten();
        let field_light_primary = slots.16.flatten();
        let field_light_background = slots.17.flatten();
        let field_light_foreground = slots.18.flatten();
        let field_light_success = slots.19.flatten();
        let field_light_negative = slots.20.flatten();
        if let (__rt::Some(field_display_name),) = (field_display_name,)
            && order.valid(errors)
        {
            return __rt::Some(CreateConferenceRequest {
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
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct CreateConferenceRequestBuilder(
    __rt::Box<__CreateConferenceRequestBuilderFields>,
);
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
struct __CreateConferenceRequestBuilderFields(
    __rt::Option<__rt::Slot<Name>>,
    __rt::Option<__rt::Slot<DisplayName>>,
    __rt::Option<__rt::Slot<Description>>,
    __rt::Option<__rt::Slot<__rt::DateTime>>,
    __rt::Option<__rt::Slot<__rt::DateTime>>,
    __rt::Option<__rt::Slot<VideoQuality>>,
    __rt::Option<__rt::Slot<VideoLayout>>,
    __rt::Option<__rt::Slot<ConferenceSize>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
);
impl<'de> __rt::serde::Deserialize<'de> for CreateConferenceRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <CreateConferenceRequest as __rt::Names>::NAMES,
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
                10 => __rt::put_raw(&mut fields.10, value),
                11 => __rt::put_raw(&mut fields.11, value),
                12 => __rt::put_raw(&mut fields.12, value),
                13 => __rt::put_raw(&mut fields.13, value),
                14 => __rt::put_raw(&mut fields.14, value),
                15 => __rt::put_raw(&mut fields.15, value),
                16 => __rt::put_raw(&mut fields.16, value),
                17 => __rt::put_raw(&mut fields.17, value),
                18 => __rt::put_raw(&mut fields.18, value),
                19 => __rt::put_raw(&mut fields.19, value),
                20 => __rt::put_raw(&mut fields.20, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for CreateConferenceRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <CreateConferenceRequest as __rt::Names>::NAMES,
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
                self.0.10.as_ref().map(__rt::to_json),
                self.0.11.as_ref().map(__rt::to_json),
                self.0.12.as_ref().map(__rt::to_json),
                self.0.13.as_ref().map(__rt::to_json),
                self.0.14.as_ref().map(__rt::to_json),
                self.0.15.as_ref().map(__rt::to_json),
                self.0.16.as_ref().map(__rt::to_json),
                self.0.17.as_ref().map(__rt::to_json),
                self.0.18.as_ref().map(__rt::to_json),
                self.0.19.as_ref().map(__rt::to_json),
                self.0.20.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for CreateConferenceRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("CreateConferenceRequestBuilder")
            .field("name", &self.0.0)
            .field("display_name", &self.0.1)
            .field("description", &self.0.2)
            .field("join_from", &self.0.3)
            .field("join_until", &self.0.4)
            .field("quality", &self.0.5)
            .field("layout", &self.0.6)
            .field("size", &self.0.7)
            .field("record_on_start", &self.0.8)
            .field("enable_room_previews", &self.0.9)
            .field("enable_chat", &self.0.10)
            .field("dark_primary", &self.0.11)
            .field("dark_background", &self.0.12)
            .field("dark_foreground", &self.0.13)
            .field("dark_success", &self.0.14)
            .field("dark_negative", &self.0.15)
            .field("light_primary", &self.0.16)
            .field("light_background", &self.0.17)
            .field("light_foreground", &self.0.18)
            .field("light_success", &self.0.19)
            .field("light_negative", &self.0.20)
            .finish()
    }
}
#[allow(deprecated)]
impl CreateConferenceRequestBuilder {
    /// A named unique identifier for the conference. Allowed characters: `A-Za-z0-9_-`. Maximum of 100 characters.
    #[inline]
    pub fn name<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Display name of the video conference. Maximum of 200 characters.
    #[inline]
    pub fn display_name<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Description of the conference. Maximum of 3000 characters.
    #[inline]
    pub fn description<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[inline]
    pub fn join_from<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[inline]
    pub fn join_until<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.4 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// The conference's resolution.
    ///
    /// When unset, the server uses the schema's default `720p` ([`Self::DEFAULT_QUALITY`]).
    #[inline]
    pub fn quality(mut self, value: VideoQuality) -> Self {
        self.0.5 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The conference's initial layout.
    ///
    /// When unset, the server uses the schema's default `grid-responsive` ([`Self::DEFAULT_LAYOUT`]).
    #[inline]
    pub fn layout(mut self, value: VideoLayout) -> Self {
        self.0.6 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The size of the video conference.
    ///
    /// When unset, the server uses the schema's default `medium` ([`Self::DEFAULT_SIZE`]).
    #[inline]
    pub fn size(mut self, value: ConferenceSize) -> Self {
        self.0.7 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether to start recording when a conference session begins.
    #[inline]
    pub fn record_on_start(mut self, value: bool) -> Self {
        self.0.8 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether a preview video of the conference content is generated.
    #[inline]
    pub fn enable_room_previews(mut self, value: bool) -> Self {
        self.0.9 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether group chat is enabled for conference participants.
    ///
    /// When unset, the server uses the schema's default `true` ([`Self::DEFAULT_ENABLE_CHAT`]).
    #[inline]
    pub fn enable_chat(mut self, value: bool) -> Self {
        self.0.10 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// CTA buttons and selected items color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#044EF4` ([`Self::DEFAULT_DARK_PRIMARY`]).
    #[inline]
    pub fn dark_primary<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.11 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Main background color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#FFFFFF` ([`Self::DEFAULT_DARK_BACKGROUND`]).
    #[inline]
    pub fn dark_background<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.12 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Main foreground color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#1D2127` ([`Self::DEFAULT_DARK_FOREGROUND`]).
    #[inline]
    pub fn dark_foreground<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.13 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Success indication color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#17BB58` ([`Self::DEFAULT_DARK_SUCCESS`]).
    #[inline]
    pub fn dark_success<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.14 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Error indication color (dark theme).
    ///
    /// When unset, the server uses the schema's default `#F42C50` ([`Self::DEFAULT_DARK_NEGATIVE`]).
    #[inline]
    pub fn dark_negative<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.15 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// CTA buttons and selected items color (light theme).
    ///
    /// When unset, the server uses the schema's default `#044EF4` ([`Self::DEFAULT_LIGHT_PRIMARY`]).
    #[inline]
    pub fn light_primary<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.16 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Main background color (light theme).
    ///
    /// When unset, the server uses the schema's default `#FFFFFF` ([`Self::DEFAULT_LIGHT_BACKGROUND`]).
    #[inline]
    pub fn light_background<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.17 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Main foreground color (light theme).
    ///
    /// When unset, the server uses the schema's default `#1D2127` ([`Self::DEFAULT_LIGHT_FOREGROUND`]).
    #[inline]
    pub fn light_foreground<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.18 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Success indication color (light theme).
    ///
    /// When unset, the server uses the schema's default `#17BB58` ([`Self::DEFAULT_LIGHT_SUCCESS`]).
    #[inline]
    pub fn light_success<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.19 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Error indication color (light theme).
    ///
    /// When unset, the server uses the schema's default `#F42C50` ([`Self::DEFAULT_LIGHT_NEGATIVE`]).
    #[inline]
    pub fn light_negative<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.20 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <CreateConferenceRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.optional(0, &self.0.0);
        check.required(1, &self.0.1);
        check.optional(2, &self.0.2);
        check.optional(3, &self.0.3);
        check.optional(4, &self.0.4);
        check.optional(5, &self.0.5);
        check.optional(6, &self.0.6);
        check.optional(7, &self.0.7);
        check.optional(8, &self.0.8);
        check.optional(9, &self.0.9);
        check.optional(10, &self.0.10);
        check.optional(11, &self.0.11);
        check.optional(12, &self.0.12);
        check.optional(13, &self.0.13);
        check.optional(14, &self.0.14);
        check.optional(15, &self.0.15);
        check.optional(16, &self.0.16);
        check.optional(17, &self.0.17);
        check.optional(18, &self.0.18);
        check.optional(19, &self.0.19);
        check.optional(20, &self.0.20);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<CreateConferenceRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <CreateConferenceRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_name = check.take_optional(0, fields.0);
        let field_display_name = check.take_required(1, fields.1);
        let field_description = check.take_optional(2, fields.2);
        let field_join_from = check.take_optional(3, fields.3);
        let field_join_until = check.take_optional(4, fields.4);
        let field_quality = check.take_optional(5, fields.5);
        let field_layout = check.take_optional(6, fields.6);
        let field_size = check.take_optional(7, fields.7);
        let field_record_on_start = check.take_optional(8, fields.8);
        let field_enable_room_previews = check.take_optional(9, fields.9);
        let field_enable_chat = check.take_optional(10, fields.10);
        let field_dark_primary = check.take_optional(11, fields.11);
        let field_dark_background = check.take_optional(12, fields.12);
        let field_dark_foreground = check.take_optional(13, fields.13);
        let field_dark_success = check.take_optional(14, fields.14);
        let field_dark_negative = check.take_optional(15, fields.15);
        let field_light_primary = check.take_optional(16, fields.16);
        let field_light_background = check.take_optional(17, fields.17);
        let field_light_foreground = check.take_optional(18, fields.18);
        let field_light_success = check.take_optional(19, fields.19);
        let field_light_negative = check.take_optional(20, fields.20);
        if let (__rt::Some(field_display_name),) = (field_display_name,)
            && errors.is_empty()
        {
            return __rt::Ok(CreateConferenceRequest {
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
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<CreateConferenceRequest> for CreateConferenceRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<CreateConferenceRequest>::into_body(&request)
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
    __rt::Clone,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub struct Description(__rt::CompactString);
impl Description {
    /// The most characters (Unicode code points) a value may have.
    pub const MAX_LENGTH: u64 = 3000u64;
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(value: &str) -> __rt::Option<__rt::Rule> {
        let bytes = value.len() as u64;
        if bytes > 3000u64 && __rt::code_points(value) > 3000u64 {
            return __rt::Some(__rt::Rule::MaxLength(3000u64));
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
    __rt::Clone,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub struct DisplayName(__rt::CompactString);
impl DisplayName {
    /// The most characters (Unicode code points) a value may have.
    pub const MAX_LENGTH: u64 = 200u64;
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(value: &str) -> __rt::Option<__rt::Rule> {
        let bytes = value.len() as u64;
        if bytes > 200u64 && __rt::code_points(value) > 200u64 {
            return __rt::Some(__rt::Rule::MaxLength(200u64));
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
    __rt::Clone,
    __rt::Debug,
    __rt::Default,
    __rt::PartialEq,
    __rt::serde::Serialize,
    __rt::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct GetVideoConferenceParams {
    /// Specifies whether to include information about the conference's active session (if any).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub include_active_session: __rt::Option<bool>,
}
impl GetVideoConferenceParams {
    /// The query parameters that are set, as query pairs (arrays and objects
    /// written as their `style` says).
    pub fn to_query(&self) -> __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> {
        let mut query: __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> = __rt::Vec::new();
        if let __rt::Some(value) = &self.include_active_session {
            query
                .push((
                    __rt::Cow::Borrowed("include_active_session"),
                    __rt::ToString::to_string(value),
                ));
        }
        query
    }
}
/// List conferences response.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct ListConferencesResponse {
    /// Pagination links.
    pub links: PaginationLinks,
    /// List of conferences.
    pub data: __rt::Vec<Conference>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for ListConferencesResponse {
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
impl<'de> __rt::serde::Deserialize<'de> for ListConferencesResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for ListConferencesResponse {
    type Slots = (__rt::Option<PaginationLinks>, __rt::Option<__rt::Vec<Conference>>);
    const EXPECTING: &'static str = "struct ListConferencesResponse";
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
        __rt::Ok(ListConferencesResponse {
            links: Self::required(slots.0, 0)?,
            data: Self::required(slots.1, 1)?,
        })
    }
}
/// The parameters of `list_video_conferences` but its path's.
#[derive(
    __rt::Clone,
    __rt::Debug,
    __rt::Default,
    __rt::PartialEq,
    __rt::serde::Serialize,
    __rt::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ListVideoConferencesParams {
    /// Return conferences with a `join_from` time on or after this timestamp. Accepts RFC 3339 datetime or Unix timestamp.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub starts_after: __rt::Option<__rt::String>,
    /// Return conferences with a `join_until` time on or before this timestamp. Accepts RFC 3339 datetime or Unix timestamp.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub ends_before: __rt::Option<__rt::String>,
    /// Specifies whether to include information about the conference's active session (if any).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub include_active_session: __rt::Option<bool>,
    /// Page number to return. Requires `page_token` for values greater than 0.
    ///
    /// When unset, the server uses the schema's default `0` ([`Self::DEFAULT_PAGE_NUMBER`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_number: __rt::Option<PageNumber>,
    /// Specify the number of results to return on a single page. The default page size is `50` and the maximum is `1000`.
    ///
    /// When unset, the server uses the schema's default `50` ([`Self::DEFAULT_PAGE_SIZE`]).
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_size: __rt::Option<PageSize>,
    /// Token for cursor-based pagination. Required when `page_number` is greater than 0.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub page_token: __rt::Option<__rt::String>,
}
impl ListVideoConferencesParams {
    /// The schema's default for `page_number`: `0`.
    pub const DEFAULT_PAGE_NUMBER: PageNumber = PageNumber::from_static(0i32);
    /// The schema's default for `page_size`: `50`.
    pub const DEFAULT_PAGE_SIZE: PageSize = PageSize::from_static(50i32);
    /// The query parameters that are set, as query pairs (arrays and objects
    /// written as their `style` says).
    pub fn to_query(&self) -> __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> {
        let mut query: __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> = __rt::Vec::new();
        if let __rt::Some(value) = &self.starts_after {
            query
                .push((
                    __rt::Cow::Borrowed("starts_after"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.ends_before {
            query
                .push((
                    __rt::Cow::Borrowed("ends_before"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.include_active_session {
            query
                .push((
                    __rt::Cow::Borrowed("include_active_session"),
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
        if let __rt::Some(value) = &self.page_size {
            query
                .push((
                    __rt::Cow::Borrowed("page_size"),
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
    pub const MAX_LENGTH: u64 = 100u64;
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^[A-Za-z0-9_-]+$";
    const PATTERN_MATCHER: __rt::Matcher = ::conference_api::__private::Matcher::Repeat {
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
    pub const fn broken_rule(value: &str) -> __rt::Option<__rt::Rule> {
        let bytes = value.len() as u64;
        if bytes > 100u64 && __rt::code_points(value) > 100u64 {
            return __rt::Some(__rt::Rule::MaxLength(100u64));
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
                    "invalid Name literal: longer than 100 characters (maxLength 100); shorten it"
                )
            }
            __rt::Some(_) => {
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
/// Pagination links for list responses.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct PaginationLinks {
    /// Link to the current page.
    pub self_: __rt::String,
    /// Link to the first page.
    pub first: __rt::String,
    /// Link to the next page.
    pub next: __rt::Option<__rt::String>,
    /// Link to the previous page.
    pub prev: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for PaginationLinks {
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
impl<'de> __rt::serde::Deserialize<'de> for PaginationLinks {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for PaginationLinks {
    type Slots = (
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::String>>,
    );
    const EXPECTING: &'static str = "struct PaginationLinks";
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
        __rt::Ok(PaginationLinks {
            self_: Self::required(slots.0, 0)?,
            first: Self::required(slots.1, 1)?,
            next: slots.2.flatten(),
            prev: slots.3.flatten(),
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
/// Status of a room session.
///
/// One of: in-progress, completed.
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
pub enum RoomSessionStatus {
    /// `in-progress`
    InProgress,
    /// `completed`
    Completed,
}
impl __rt::Debug for RoomSessionStatus {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for RoomSessionStatus {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(RoomSessionStatus);
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
/// Request body for updating a conference.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct UpdateConferenceRequest {
    /// Display name of the video conference. Maximum of 200 characters.
    pub display_name: DisplayName,
    /// Description of the conference. Maximum of 3000 characters.
    pub description: __rt::Option<Description>,
    /// Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    pub join_from: __rt::Option<__rt::DateTime>,
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    pub join_until: __rt::Option<__rt::DateTime>,
    /// The conference's resolution.
    ///
    /// When unset, the server uses the schema's default `720p` ([`Self::DEFAULT_QUALITY`]).
    pub quality: __rt::Option<VideoQuality>,
    /// The conference's initial layout.
    ///
    /// When unset, the server uses the schema's default `grid-responsive` ([`Self::DEFAULT_LAYOUT`]).
    pub layout: __rt::Option<VideoLayout>,
    /// The size of the video conference.
    ///
    /// When unset, the server uses the schema's default `medium` ([`Self::DEFAULT_SIZE`]).
    pub size: __rt::Option<ConferenceSize>,
    /// Whether to start recording when a conference session begins.
    pub record_on_start: __rt::Option<bool>,
    /// Whether a tone is played when a member enters or exits the conference.
    pub tone_on_entry_and_exit: __rt::Option<bool>,
    /// Whether participants join with video off by room setting.
    pub room_join_video_off: __rt::Option<bool>,
    /// Whether participants join with video off by user setting.
    pub user_join_video_off: __rt::Option<bool>,
    /// Whether a preview video of the conference content is generated.
    pub enable_room_previews: __rt::Option<bool>,
    /// Whether group chat is enabled for conference participants.
    pub enable_chat: __rt::Option<bool>,
    /// CTA buttons and selected items color (dark theme).
    pub dark_primary: __rt::Option<Color>,
    /// Main background color (dark theme).
    pub dark_background: __rt::Option<Color>,
    /// Main foreground color (dark theme).
    pub dark_foreground: __rt::Option<Color>,
    /// Success indication color (dark theme).
    pub dark_success: __rt::Option<Color>,
    /// Error indication color (dark theme).
    pub dark_negative: __rt::Option<Color>,
    /// CTA buttons and selected items color (light theme).
    pub light_primary: __rt::Option<Color>,
    /// Main background color (light theme).
    pub light_background: __rt::Option<Color>,
    /// Main foreground color (light theme).
    pub light_foreground: __rt::Option<Color>,
    /// Success indication color (light theme).
    pub light_success: __rt::Option<Color>,
    /// Error indication color (light theme).
    pub light_negative: __rt::Option<Color>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for UpdateConferenceRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("display_name", &self.display_name)?;
        object.optional("description", &self.description)?;
        object.optional("join_from", &self.join_from)?;
        object.optional("join_until", &self.join_until)?;
        object.optional("quality", &self.quality)?;
        object.optional("layout", &self.layout)?;
        object.optional("size", &self.size)?;
        object.optional("record_on_start", &self.record_on_start)?;
        object.optional("tone_on_entry_and_exit", &self.tone_on_entry_and_exit)?;
        object.optional("room_join_video_off", &self.room_join_video_off)?;
        object.optional("user_join_video_off", &self.user_join_video_off)?;
        object.optional("enable_room_previews", &self.enable_room_previews)?;
        object.optional("enable_chat", &self.enable_chat)?;
        object.optional("dark_primary", &self.dark_primary)?;
        object.optional("dark_background", &self.dark_background)?;
        object.optional("dark_foreground", &self.dark_foreground)?;
        object.optional("dark_success", &self.dark_success)?;
        object.optional("dark_negative", &self.dark_negative)?;
        object.optional("light_primary", &self.light_primary)?;
        object.optional("light_background", &self.light_background)?;
        object.optional("light_foreground", &self.light_foreground)?;
        object.optional("light_success", &self.light_success)?;
        object.optional("light_negative", &self.light_negative)?;
        object.end()
    }
}
#[allow(deprecated)]
impl UpdateConferenceRequest {
    /// A request with its required fields (`display_name`) and every optional field unset.
    pub fn new(display_name: DisplayName) -> Self {
        Self {
            display_name,
            description: __rt::None,
            join_from: __rt::None,
            join_until: __rt::None,
            quality: __rt::None,
            layout: __rt::None,
            size: __rt::None,
            record_on_start: __rt::None,
            tone_on_entry_and_exit: __rt::None,
            room_join_video_off: __rt::None,
            user_join_video_off: __rt::None,
            enable_room_previews: __rt::None,
            enable_chat: __rt::None,
            dark_primary: __rt::None,
            dark_background: __rt::None,
            dark_foreground: __rt::None,
            dark_success: __rt::None,
            dark_negative: __rt::None,
            light_primary: __rt::None,
            light_background: __rt::None,
            light_foreground: __rt::None,
            light_success: __rt::None,
            light_negative: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`UpdateConferenceRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        display_name: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> UpdateConferenceRequestBuilder {
        <UpdateConferenceRequestBuilder as __rt::Default>::default()
            .display_name(display_name)
    }
    /// The schema's default for `quality`: `720p`.
    pub const DEFAULT_QUALITY: VideoQuality = VideoQuality::Quality720p;
    /// The schema's default for `layout`: `grid-responsive`.
    pub const DEFAULT_LAYOUT: VideoLayout = VideoLayout::GridResponsive;
    /// The schema's default for `size`: `medium`.
    pub const DEFAULT_SIZE: ConferenceSize = ConferenceSize::Medium;
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "display_name",
            true,
            __rt::FieldKind::String,
            "text, at most 200 characters",
            __rt::None,
            "Display name of the video conference. Maximum of 200 characters.",
        ),
        __rt::FieldInfo::new(
            "description",
            false,
            __rt::FieldKind::String,
            "text, at most 3000 characters",
            __rt::None,
            "Description of the conference. Maximum of 3000 characters.",
        ),
        __rt::FieldInfo::new(
            "join_from",
            false,
            __rt::FieldKind::String,
            "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)",
            __rt::None,
            "Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.",
        ),
        __rt::FieldInfo::new(
            "join_until",
            false,
            __rt::FieldKind::String,
            "an RFC 3339 date-time (2022-01-01T10:00:00Z) or a date (2022-01-01)",
            __rt::None,
            "Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.",
        ),
        __rt::FieldInfo::new(
            "quality",
            false,
            __rt::FieldKind::String,
            "one of 720p, 1080p",
            __rt::Some("720p"),
            "The conference's resolution.",
        ),
        __rt::FieldInfo::new(
            "layout",
            false,
            __rt::FieldKind::String,
            "one of grid-responsive, grid-responsive-mobile, highlight-1-responsive, 1x1, 2x1, 2x2, 5up, 3x3, 4x4, 5x5, 6x6, 8x8, 10x10",
            __rt::Some("grid-responsive"),
            "The conference's initial layout.",
        ),
        __rt::FieldInfo::new(
            "size",
            false,
            __rt::FieldKind::String,
            "one of small, medium, large",
            __rt::Some("medium"),
            "The size of the video conference.",
        ),
        __rt::FieldInfo::new(
            "record_on_start",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether to start recording when a conference session begins.",
        ),
        __rt::FieldInfo::new(
            "tone_on_entry_and_exit",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether a tone is played when a member enters or exits the conference.",
        ),
        __rt::FieldInfo::new(
            "room_join_video_off",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether participants join with video off by room setting.",
        ),
        __rt::FieldInfo::new(
            "user_join_video_off",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether participants join with video off by user setting.",
        ),
        __rt::FieldInfo::new(
            "enable_room_previews",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether a preview video of the conference content is generated.",
        ),
        __rt::FieldInfo::new(
            "enable_chat",
            false,
            __rt::FieldKind::Boolean,
            "true or false",
            __rt::None,
            "Whether group chat is enabled for conference participants.",
        ),
        __rt::FieldInfo::new(
            "dark_primary",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "CTA buttons and selected items color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "dark_background",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "Main background color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "dark_foreground",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "Main foreground color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "dark_success",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "Success indication color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "dark_negative",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "Error indication color (dark theme).",
        ),
        __rt::FieldInfo::new(
            "light_primary",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "CTA buttons and selected items color (light theme).",
        ),
        __rt::FieldInfo::new(
            "light_background",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "Main background color (light theme).",
        ),
        __rt::FieldInfo::new(
            "light_foreground",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "Main foreground color (light theme).",
        ),
        __rt::FieldInfo::new(
            "light_success",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "Success indication color (light theme).",
        ),
        __rt::FieldInfo::new(
            "light_negative",
            false,
            __rt::FieldKind::String,
            "text, matching ^#[0-9a-fA-F]{6}$",
            __rt::None,
            "Error indication color (light theme).",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for UpdateConferenceRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for UpdateConferenceRequest {}
impl __rt::Names for UpdateConferenceRequest {
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
}
#[allow(deprecated)]
impl __rt::FromJson for UpdateConferenceRequest {
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
        check.required::<DisplayName>(0);
        check.optional::<Description>(1);
        check.optional::<__rt::DateTime>(2);
        check.optional::<__rt::DateTime>(3);
        check.optional::<VideoQuality>(4);
        check.optional::<VideoLayout>(5);
        check.optional::<ConferenceSize>(6);
        check.optional::<bool>(7);
        check.optional::<bool>(8);
        check.optional::<bool>(9);
        check.optional::<bool>(10);
        check.optional::<bool>(11);
        check.optional::<bool>(12);
        check.optional::<Color>(13);
        check.optional::<Color>(14);
        check.optional::<Color>(15);
        check.optional::<Color>(16);
        check.optional::<Color>(17);
        check.optional::<Color>(18);
        check.optional::<Color>(19);
        check.optional::<Color>(20);
        check.optional::<Color>(21);
        check.optional::<Color>(22);
        check.unknown_keys();
    }
}
#[doc(hidden)]
#[derive(__rt::Default)]
pub struct __UpdateConferenceRequestSlots(
    __rt::Option<__rt::Option<DisplayName>>,
    __rt::Option<__rt::Option<Description>>,
    __rt::Option<__rt::Option<__rt::DateTime>>,
    __rt::Option<__rt::Option<__rt::DateTime>>,
    __rt::Option<__rt::Option<VideoQuality>>,
    __rt::Option<__rt::Option<VideoLayout>>,
    __rt::Option<__rt::Option<ConferenceSize>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<bool>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
    __rt::Option<__rt::Option<Color>>,
);
#[allow(deprecated)]
impl __rt::Fields for UpdateConferenceRequest {
    type Slots = __UpdateConferenceRequestSlots;
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
            10 => __rt::read_slot(&mut slots.10, map, at, errors),
            11 => __rt::read_slot(&mut slots.11, map, at, errors),
            12 => __rt::read_slot(&mut slots.12, map, at, errors),
            13 => __rt::read_slot(&mut slots.13, map, at, errors),
            14 => __rt::read_slot(&mut slots.14, map, at, errors),
            15 => __rt::read_slot(&mut slots.15, map, at, errors),
            16 => __rt::read_slot(&mut slots.16, map, at, errors),
            17 => __rt::read_slot(&mut slots.17, map, at, errors),
            18 => __rt::read_slot(&mut slots.18, map, at, errors),
            19 => __rt::read_slot(&mut slots.19, map, at, errors),
            20 => __rt::read_slot(&mut slots.20, map, at, errors),
            21 => __rt::read_slot(&mut slots.21, map, at, errors),
            22 => __rt::read_slot(&mut slots.22, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_display_name = order.required(slots.0, errors, at, 0);
        let field_description = slots.1.flatten();
        let field_join_from = slots.2.flatten();
        let field_join_until = slots.3.flatten();
        let field_quality = slots.4.flatten();
        let field_layout = slots.5.flatten();
        let field_size = slots.6.flatten();
        let field_record_on_start = slots.7.flatten();
        let field_tone_on_entry_and_exit = slots.8.flatten();
        let field_room_join_video_off = slots.9.flatten();
        let field_user_join_video_off = slots.10.flatten();
        let field_enable_room_previews = slots.11.flatten();
        let field_enable_chat = slots.12.flatten();
        let field_dark_primary = slots.13.flatten();
        let field_dark_background = slots.14.flatten();
        let field_dark_foreground = slots.15.flatten();
        let field_dark_success = slots.16.flatten();
        let field_dark_negative = slots.17.flatten();
        let field_light_primary = slots.18.flatten();
        let field_light_background = slots.19.flatten();
        let field_light_foreground = slots.20.flatten();
        let field_light_success = slots.21.flatten();
        let field_light_negative = slots.22.flatten();
        if let (__rt::Some(field_display_name),) = (field_display_name,)
            && order.valid(errors)
        {
            return __rt::Some(UpdateConferenceRequest {
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
        __rt::None
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
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct UpdateConferenceRequestBuilder(
    __rt::Box<__UpdateConferenceRequestBuilderFields>,
);
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
struct __UpdateConferenceRequestBuilderFields(
    __rt::Option<__rt::Slot<DisplayName>>,
    __rt::Option<__rt::Slot<Description>>,
    __rt::Option<__rt::Slot<__rt::DateTime>>,
    __rt::Option<__rt::Slot<__rt::DateTime>>,
    __rt::Option<__rt::Slot<VideoQuality>>,
    __rt::Option<__rt::Slot<VideoLayout>>,
    __rt::Option<__rt::Slot<ConferenceSize>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<bool>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
    __rt::Option<__rt::Slot<Color>>,
);
impl<'de> __rt::serde::Deserialize<'de> for UpdateConferenceRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <UpdateConferenceRequest as __rt::Names>::NAMES,
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
                10 => __rt::put_raw(&mut fields.10, value),
                11 => __rt::put_raw(&mut fields.11, value),
                12 => __rt::put_raw(&mut fields.12, value),
                13 => __rt::put_raw(&mut fields.13, value),
                14 => __rt::put_raw(&mut fields.14, value),
                15 => __rt::put_raw(&mut fields.15, value),
                16 => __rt::put_raw(&mut fields.16, value),
                17 => __rt::put_raw(&mut fields.17, value),
                18 => __rt::put_raw(&mut fields.18, value),
                19 => __rt::put_raw(&mut fields.19, value),
                20 => __rt::put_raw(&mut fields.20, value),
                21 => __rt::put_raw(&mut fields.21, value),
                22 => __rt::put_raw(&mut fields.22, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for UpdateConferenceRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <UpdateConferenceRequest as __rt::Names>::NAMES,
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
                self.0.10.as_ref().map(__rt::to_json),
                self.0.11.as_ref().map(__rt::to_json),
                self.0.12.as_ref().map(__rt::to_json),
                self.0.13.as_ref().map(__rt::to_json),
                self.0.14.as_ref().map(__rt::to_json),
                self.0.15.as_ref().map(__rt::to_json),
                self.0.16.as_ref().map(__rt::to_json),
                self.0.17.as_ref().map(__rt::to_json),
                self.0.18.as_ref().map(__rt::to_json),
                self.0.19.as_ref().map(__rt::to_json),
                self.0.20.as_ref().map(__rt::to_json),
                self.0.21.as_ref().map(__rt::to_json),
                self.0.22.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for UpdateConferenceRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("UpdateConferenceRequestBuilder")
            .field("display_name", &self.0.0)
            .field("description", &self.0.1)
            .field("join_from", &self.0.2)
            .field("join_until", &self.0.3)
            .field("quality", &self.0.4)
            .field("layout", &self.0.5)
            .field("size", &self.0.6)
            .field("record_on_start", &self.0.7)
            .field("tone_on_entry_and_exit", &self.0.8)
            .field("room_join_video_off", &self.0.9)
            .field("user_join_video_off", &self.0.10)
            .field("enable_room_previews", &self.0.11)
            .field("enable_chat", &self.0.12)
            .field("dark_primary", &self.0.13)
            .field("dark_background", &self.0.14)
            .field("dark_foreground", &self.0.15)
            .field("dark_success", &self.0.16)
            .field("dark_negative", &self.0.17)
            .field("light_primary", &self.0.18)
            .field("light_background", &self.0.19)
            .field("light_foreground", &self.0.20)
            .field("light_success", &self.0.21)
            .field("light_negative", &self.0.22)
            .finish()
    }
}
#[allow(deprecated)]
impl UpdateConferenceRequestBuilder {
    /// Display name of the video conference. Maximum of 200 characters.
    #[inline]
    pub fn display_name<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Description of the conference. Maximum of 3000 characters.
    #[inline]
    pub fn description<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Conference does not accept new participants before this time. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[inline]
    pub fn join_from<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Conference stops accepting new participants at this time, but keeps running until all participants leave. Expects RFC 3339 datetime: `2022-01-01T23:59:60Z`. Date only: `2022-01-01` will be converted to `2022-01-01T00:00:00Z`.
    #[inline]
    pub fn join_until<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// The conference's resolution.
    ///
    /// When unset, the server uses the schema's default `720p` ([`Self::DEFAULT_QUALITY`]).
    #[inline]
    pub fn quality(mut self, value: VideoQuality) -> Self {
        self.0.4 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The conference's initial layout.
    ///
    /// When unset, the server uses the schema's default `grid-responsive` ([`Self::DEFAULT_LAYOUT`]).
    #[inline]
    pub fn layout(mut self, value: VideoLayout) -> Self {
        self.0.5 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The size of the video conference.
    ///
    /// When unset, the server uses the schema's default `medium` ([`Self::DEFAULT_SIZE`]).
    #[inline]
    pub fn size(mut self, value: ConferenceSize) -> Self {
        self.0.6 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether to start recording when a conference session begins.
    #[inline]
    pub fn record_on_start(mut self, value: bool) -> Self {
        self.0.7 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether a tone is played when a member enters or exits the conference.
    #[inline]
    pub fn tone_on_entry_and_exit(mut self, value: bool) -> Self {
        self.0.8 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether participants join with video off by room setting.
    #[inline]
    pub fn room_join_video_off(mut self, value: bool) -> Self {
        self.0.9 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether participants join with video off by user setting.
    #[inline]
    pub fn user_join_video_off(mut self, value: bool) -> Self {
        self.0.10 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether a preview video of the conference content is generated.
    #[inline]
    pub fn enable_room_previews(mut self, value: bool) -> Self {
        self.0.11 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// Whether group chat is enabled for conference participants.
    #[inline]
    pub fn enable_chat(mut self, value: bool) -> Self {
        self.0.12 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// CTA buttons and selected items color (dark theme).
    #[inline]
    pub fn dark_primary<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.13 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Main background color (dark theme).
    #[inline]
    pub fn dark_background<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.14 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Main foreground color (dark theme).
    #[inline]
    pub fn dark_foreground<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.15 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Success indication color (dark theme).
    #[inline]
    pub fn dark_success<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.16 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Error indication color (dark theme).
    #[inline]
    pub fn dark_negative<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.17 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// CTA buttons and selected items color (light theme).
    #[inline]
    pub fn light_primary<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.18 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Main background color (light theme).
    #[inline]
    pub fn light_background<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.19 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Main foreground color (light theme).
    #[inline]
    pub fn light_foreground<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.20 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Success indication color (light theme).
    #[inline]
    pub fn light_success<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.21 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Error indication color (light theme).
    #[inline]
    pub fn light_negative<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.22 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <UpdateConferenceRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.optional(1, &self.0.1);
        check.optional(2, &self.0.2);
        check.optional(3, &self.0.3);
        check.optional(4, &self.0.4);
        check.optional(5, &self.0.5);
        check.optional(6, &self.0.6);
        check.optional(7, &self.0.7);
        check.optional(8, &self.0.8);
        check.optional(9, &self.0.9);
        check.optional(10, &self.0.10);
        check.optional(11, &self.0.11);
        check.optional(12, &self.0.12);
        check.optional(13, &self.0.13);
        check.optional(14, &self.0.14);
        check.optional(15, &self.0.15);
        check.optional(16, &self.0.16);
        check.optional(17, &self.0.17);
        check.optional(18, &self.0.18);
        check.optional(19, &self.0.19);
        check.optional(20, &self.0.20);
        check.optional(21, &self.0.21);
        check.optional(22, &self.0.22);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(self) -> __rt::Result<UpdateConferenceRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <UpdateConferenceRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_display_name = check.take_required(0, fields.0);
        let field_description = check.take_optional(1, fields.1);
        let field_join_from = check.take_optional(2, fields.2);
        let field_join_until = check.take_optional(3, fields.3);
        let field_quality = check.take_optional(4, fields.4);
        let field_layout = check.take_optional(5, fields.5);
        let field_size = check.take_optional(6, fields.6);
        let field_record_on_start = check.take_optional(7, fields.7);
        let field_tone_on_entry_and_exit = check.take_optional(8, fields.8);
        let field_room_join_video_off = check.take_optional(9, fields.9);
        let field_user_join_video_off = check.take_optional(10, fields.10);
        let field_enable_room_previews = check.take_optional(11, fields.11);
        let field_enable_chat = check.take_optional(12, fields.12);
        let field_dark_primary = check.take_optional(13, fields.13);
        let field_dark_background = check.take_optional(14, fields.14);
        let field_dark_foreground = check.take_optional(15, fields.15);
        let field_dark_success = check.take_optional(16, fields.16);
        let field_dark_negative = check.take_optional(17, fields.17);
        let field_light_primary = check.take_optional(18, fields.18);
        let field_light_background = check.take_optional(19, fields.19);
        let field_light_foreground = check.take_optional(20, fields.20);
        let field_light_success = check.take_optional(21, fields.21);
        let field_light_negative = check.take_optional(22, fields.22);
        if let (__rt::Some(field_display_name),) = (field_display_name,)
            && errors.is_empty()
        {
            return __rt::Ok(UpdateConferenceRequest {
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
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<UpdateConferenceRequest> for UpdateConferenceRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<UpdateConferenceRequest>::into_body(&request)
    }
}
/// Video frames per second.
///
/// One of: 20, 30.
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
pub enum VideoFps {
    /// `20`
    Fps20,
    /// `30`
    Fps30,
}
impl __rt::Debug for VideoFps {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for VideoFps {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
impl __rt::serde::Serialize for VideoFps {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        match self {
            Self::Fps20 => serializer.serialize_i64(20i64),
            Self::Fps30 => serializer.serialize_i64(30i64),
        }
    }
}
impl VideoFps {
    fn from_number(number: f64) -> __rt::Option<Self> {
        if number == 20f64 {
            return __rt::Some(Self::Fps20);
        }
        if number == 30f64 {
            return __rt::Some(Self::Fps30);
        }
        __rt::None
    }
}
impl<'de> __rt::serde::Deserialize<'de> for VideoFps {
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
impl __rt::Display for VideoFps {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl __rt::FromJson for VideoFps {
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
/// Video room layout options.
///
/// One of: grid-responsive, grid-responsive-mobile, highlight-1-responsive, 1x1, 2x1, 2x2, 5up, 3x3, 4x4, 5x5, 6x6, 8x8, 10x10.
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
impl __rt::Debug for VideoLayout {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for VideoLayout {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
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
    __rt::Clone,
    __rt::Copy,
    __rt::PartialEq,
    __rt::Eq,
    __rt::Hash,
    __rt::PartialOrd,
    __rt::Ord
)]
pub enum VideoQuality {
    /// `720p`
    Quality720p,
    /// `1080p`
    Quality1080p,
}
impl __rt::Debug for VideoQuality {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
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
impl __rt::FromStr for VideoQuality {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(VideoQuality);
/// The request contains invalid parameters. See errors for details.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct VideoStatusCode422 {
    /// List of validation errors.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for VideoStatusCode422 {
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
impl<'de> __rt::serde::Deserialize<'de> for VideoStatusCode422 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for VideoStatusCode422 {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct VideoStatusCode422";
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
        __rt::Ok(VideoStatusCode422 {
            errors: Self::required(slots.0, 0)?,
        })
    }
}
/// The error bodies `list_video_conferences` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
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
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("list_video_conferences")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `create_video_conference` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
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
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("create_video_conference")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `get_video_conference` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
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
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("get_video_conference")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `update_video_conference` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
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
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("update_video_conference")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `delete_video_conference` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
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
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("delete_video_conference")? {
            400 => error.__body_as().map(Self::BadRequest),
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
    ) -> __rt::Call<'a, ListConferencesResponse>;
    /// Every item of [`list_video_conferences`](Self::list_video_conferences), page after page: the first page as that call asks for it, each next one with the query of the page's `links.next`.
    ///
    /// Returns a [`PageStream`](::conference_api::PageStream): it asks for a page when the items of the one before have been taken, follows links only on the client's base URL, and ends with one [`PageError`](::conference_api::PageError) when a page fails or the server never reaches a last page.
    fn list_all_video_conferences<'a>(
        &'a self,
        params: &ListVideoConferencesParams,
    ) -> __rt::PageStream<'a, Conference>;
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
        body: impl __rt::IntoBody<CreateConferenceRequest>,
    ) -> __rt::Call<'a, Conference>;
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
        id: &__rt::Uuid,
        params: &GetVideoConferenceParams,
    ) -> __rt::Call<'a, Conference>;
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
        id: &__rt::Uuid,
        body: impl __rt::IntoBody<UpdateConferenceRequest>,
    ) -> __rt::Call<'a, Conference>;
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
    fn delete_video_conference<'a>(&'a self, id: &__rt::Uuid) -> __rt::Call<'a, ()>;
}
impl Api for __rt::Client {
    fn list_video_conferences<'a>(
        &'a self,
        params: &ListVideoConferencesParams,
    ) -> __rt::Call<'a, ListConferencesResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "list_video_conferences",
            method: __rt::Method::Get,
            path_template: "/api/video/conferences",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/video/conferences"),
            query: params.to_query(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<ListConferencesResponse>,
        )
    }
    fn list_all_video_conferences<'a>(
        &'a self,
        params: &ListVideoConferencesParams,
    ) -> __rt::PageStream<'a, Conference> {
        let params = __rt::Clone::clone(params);
        __rt::PageStream::new(
            move || self.list_video_conferences(&params),
            |page: ListConferencesResponse| (page.data, page.links.next),
            |item: &Conference, digest| digest.id(&item.id),
        )
    }
    fn create_video_conference<'a>(
        &'a self,
        body: impl __rt::IntoBody<CreateConferenceRequest>,
    ) -> __rt::Call<'a, Conference> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "create_video_conference",
            method: __rt::Method::Post,
            path_template: "/api/video/conferences",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 422u16, 500u16],
            media: &[__rt::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/video/conferences"),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::Some(__rt::IntoBody::into_body(body)),
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<Conference>)
    }
    fn get_video_conference<'a>(
        &'a self,
        id: &__rt::Uuid,
        params: &GetVideoConferenceParams,
    ) -> __rt::Call<'a, Conference> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "get_video_conference",
            method: __rt::Method::Get,
            path_template: "/api/video/conferences/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/video/conferences/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: params.to_query(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<Conference>)
    }
    fn update_video_conference<'a>(
        &'a self,
        id: &__rt::Uuid,
        body: impl __rt::IntoBody<UpdateConferenceRequest>,
    ) -> __rt::Call<'a, Conference> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "update_video_conference",
            method: __rt::Method::Put,
            path_template: "/api/video/conferences/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[__rt::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/video/conferences/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::Some(__rt::IntoBody::into_body(body)),
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<Conference>)
    }
    fn delete_video_conference<'a>(&'a self, id: &__rt::Uuid) -> __rt::Call<'a, ()> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "delete_video_conference",
            method: __rt::Method::Delete,
            path_template: "/api/video/conferences/{id}",
            success_status: 204u16,
            documented_errors: &[400u16, 401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/video/conferences/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_empty)
    }
}
