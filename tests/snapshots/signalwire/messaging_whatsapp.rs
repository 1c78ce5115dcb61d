#[allow(unused_imports)]
use ::conference_api::__private as __rt;
const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/messaging_whatsapp.json");
/// Request body for creating a message template.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct CreateWhatsAppTemplateRequest {
    /// The WhatsApp Business Account the template belongs to. List your accounts at `GET /api/messaging/whatsapp/businesses`.
    pub whatsapp_business_id: __rt::Uuid,
    /// The template name. Maximum 512 characters; lowercase letters, numbers, and underscores only.
    pub name: Name,
    /// The template language code.
    pub language: __rt::String,
    /// The template category.
    pub category: WhatsAppTemplateCategory,
    /// How the template's variable placeholders are referenced.
    pub parameter_format: WhatsAppTemplateParameterFormat,
    /// The template's components. Must include a `BODY` component. Each component is an object whose fields depend on its `type` — see the request example.
    pub components: __rt::Vec<WhatsAppTemplateComponent>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for CreateWhatsAppTemplateRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("whatsapp_business_id", &self.whatsapp_business_id)?;
        object.field("name", &self.name)?;
        object.field("language", &self.language)?;
        object.field("category", &self.category)?;
        object.field("parameter_format", &self.parameter_format)?;
        object.field("components", &self.components)?;
        object.end()
    }
}
#[allow(deprecated)]
impl CreateWhatsAppTemplateRequest {
    /// A request with its required fields (`whatsapp_business_id`, `name`, `language`, `category`, `parameter_format`, `components`) and every optional field unset.
    pub fn new(
        whatsapp_business_id: __rt::Uuid,
        name: Name,
        language: __rt::String,
        category: WhatsAppTemplateCategory,
        parameter_format: WhatsAppTemplateParameterFormat,
        components: __rt::Vec<WhatsAppTemplateComponent>,
    ) -> Self {
        Self {
            whatsapp_business_id,
            name,
            language,
            category,
            parameter_format,
            components,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`CreateWhatsAppTemplateRequestBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        whatsapp_business_id: impl __rt::Into<__rt::Cow<'a, str>>,
        name: impl __rt::Into<__rt::Cow<'a, str>>,
        language: impl __rt::Into<__rt::Cow<'a, str>>,
        category: WhatsAppTemplateCategory,
        parameter_format: WhatsAppTemplateParameterFormat,
        components: __rt::Vec<WhatsAppTemplateComponent>,
    ) -> CreateWhatsAppTemplateRequestBuilder {
        <CreateWhatsAppTemplateRequestBuilder as __rt::Default>::default()
            .whatsapp_business_id(whatsapp_business_id)
            .name(name)
            .language(language)
            .category(category)
            .parameter_format(parameter_format)
            .components(components)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "whatsapp_business_id",
            true,
            __rt::FieldKind::String,
            "a UUID",
            __rt::None,
            "The WhatsApp Business Account the template belongs to. List your accounts at `GET /api/messaging/whatsapp/businesses`.",
        ),
        __rt::FieldInfo::new(
            "name",
            true,
            __rt::FieldKind::String,
            "text, at most 512 characters, matching ^[a-z0-9_]*$",
            __rt::None,
            "The template name. Maximum 512 characters; lowercase letters, numbers, and underscores only.",
        ),
        __rt::FieldInfo::new(
            "language",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The template language code.",
        ),
        __rt::FieldInfo::new(
            "category",
            true,
            __rt::FieldKind::String,
            "one of utility, marketing, authentication",
            __rt::None,
            "The template category.",
        ),
        __rt::FieldInfo::new(
            "parameter_format",
            true,
            __rt::FieldKind::String,
            "one of named, positional",
            __rt::None,
            "How the template's variable placeholders are referenced.",
        ),
        __rt::FieldInfo::new(
            "components",
            true,
            __rt::FieldKind::Json,
            "JSON",
            __rt::None,
            "The template's components. Must include a `BODY` component. Each component is an object whose fields depend on its `type` — see the request example.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for CreateWhatsAppTemplateRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for CreateWhatsAppTemplateRequest {}
impl __rt::Names for CreateWhatsAppTemplateRequest {
    const NAMES: &'static [&'static str] = &[
        "whatsapp_business_id",
        "name",
        "language",
        "category",
        "parameter_format",
        "components",
    ];
}
#[allow(deprecated)]
impl __rt::FromJson for CreateWhatsAppTemplateRequest {
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
        check.required::<Name>(1);
        check.required::<__rt::String>(2);
        check.required::<WhatsAppTemplateCategory>(3);
        check.required::<WhatsAppTemplateParameterFormat>(4);
        check.required::<__rt::Vec<WhatsAppTemplateComponent>>(5);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for CreateWhatsAppTemplateRequest {
    type Slots = (
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<Name>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<WhatsAppTemplateCategory>>,
        __rt::Option<__rt::Option<WhatsAppTemplateParameterFormat>>,
        __rt::Option<__rt::Option<__rt::Vec<WhatsAppTemplateComponent>>>,
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
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_whatsapp_business_id = order.required(slots.0, errors, at, 0);
        let field_name = order.required(slots.1, errors, at, 1);
        let field_language = order.required(slots.2, errors, at, 2);
        let field_category = order.required(slots.3, errors, at, 3);
        let field_parameter_format = order.required(slots.4, errors, at, 4);
        let field_components = order.required(slots.5, errors, at, 5);
        if let (
            __rt::Some(field_whatsapp_business_id),
            __rt::Some(field_name),
            __rt::Some(field_language),
            __rt::Some(field_category),
            __rt::Some(field_parameter_format),
            __rt::Some(field_components),
        ) = (
            field_whatsapp_business_id,
            field_name,
            field_language,
            field_category,
            field_parameter_format,
            field_components,
        ) && order.valid(errors)
        {
            return __rt::Some(CreateWhatsAppTemplateRequest {
                whatsapp_business_id: field_whatsapp_business_id,
                name: field_name,
                language: field_language,
                category: field_category,
                parameter_format: field_parameter_format,
                components: field_components,
            });
        }
        __rt::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(CreateWhatsAppTemplateRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct CreateWhatsAppTemplateRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<__rt::Uuid>>,
            __rt::Option<__rt::Slot<Name>>,
            __rt::Option<__rt::Slot<__rt::String>>,
            __rt::Option<__rt::Slot<WhatsAppTemplateCategory>>,
            __rt::Option<__rt::Slot<WhatsAppTemplateParameterFormat>>,
            __rt::Option<__rt::Slot<__rt::Vec<WhatsAppTemplateComponent>>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for CreateWhatsAppTemplateRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <CreateWhatsAppTemplateRequest as __rt::Names>::NAMES,
            true,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                1 => __rt::put_raw(&mut fields.1, value),
                2 => __rt::put_raw(&mut fields.2, value),
                3 => __rt::put_raw(&mut fields.3, value),
                4 => __rt::put_raw(&mut fields.4, value),
                5 => __rt::put_raw(&mut fields.5, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for CreateWhatsAppTemplateRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <CreateWhatsAppTemplateRequest as __rt::Names>::NAMES,
            &[
                self.0.0.as_ref().map(__rt::to_json),
                self.0.1.as_ref().map(__rt::to_json),
                self.0.2.as_ref().map(__rt::to_json),
                self.0.3.as_ref().map(__rt::to_json),
                self.0.4.as_ref().map(__rt::to_json),
                self.0.5.as_ref().map(__rt::to_json),
            ],
        )
    }
}
impl __rt::Debug for CreateWhatsAppTemplateRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("CreateWhatsAppTemplateRequestBuilder")
            .field("whatsapp_business_id", &self.0.0)
            .field("name", &self.0.1)
            .field("language", &self.0.2)
            .field("category", &self.0.3)
            .field("parameter_format", &self.0.4)
            .field("components", &self.0.5)
            .finish()
    }
}
#[allow(deprecated)]
impl CreateWhatsAppTemplateRequestBuilder {
    /// The WhatsApp Business Account the template belongs to. List your accounts at `GET /api/messaging/whatsapp/businesses`.
    #[inline]
    pub fn whatsapp_business_id<'a>(
        mut self,
        value: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// The template name. Maximum 512 characters; lowercase letters, numbers, and underscores only.
    #[inline]
    pub fn name<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// The template language code.
    #[inline]
    pub fn language<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.2 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// The template category.
    #[inline]
    pub fn category(mut self, value: WhatsAppTemplateCategory) -> Self {
        self.0.3 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// How the template's variable placeholders are referenced.
    #[inline]
    pub fn parameter_format(mut self, value: WhatsAppTemplateParameterFormat) -> Self {
        self.0.4 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The template's components. Must include a `BODY` component. Each component is an object whose fields depend on its `type` — see the request example.
    #[inline]
    pub fn components(mut self, value: __rt::Vec<WhatsAppTemplateComponent>) -> Self {
        self.0.5 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <CreateWhatsAppTemplateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        check.required(1, &self.0.1);
        check.required(2, &self.0.2);
        check.required(3, &self.0.3);
        check.required(4, &self.0.4);
        check.required(5, &self.0.5);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<CreateWhatsAppTemplateRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <CreateWhatsAppTemplateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_whatsapp_business_id = check.take_required(0, fields.0);
        let field_name = check.take_required(1, fields.1);
        let field_language = check.take_required(2, fields.2);
        let field_category = check.take_required(3, fields.3);
        let field_parameter_format = check.take_required(4, fields.4);
        let field_components = check.take_required(5, fields.5);
        if let (
            __rt::Some(field_whatsapp_business_id),
            __rt::Some(field_name),
            __rt::Some(field_language),
            __rt::Some(field_category),
            __rt::Some(field_parameter_format),
            __rt::Some(field_components),
        ) = (
            field_whatsapp_business_id,
            field_name,
            field_language,
            field_category,
            field_parameter_format,
            field_components,
        ) && errors.is_empty()
        {
            return __rt::Ok(CreateWhatsAppTemplateRequest {
                whatsapp_business_id: field_whatsapp_business_id,
                name: field_name,
                language: field_language,
                category: field_category,
                parameter_format: field_parameter_format,
                components: field_components,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<CreateWhatsAppTemplateRequest>
for CreateWhatsAppTemplateRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<CreateWhatsAppTemplateRequest>::into_body(&request)
    }
}
/// The parameters of `list_whatsapp_templates` but its path's.
#[derive(
    __rt::Clone,
    __rt::Debug,
    __rt::Default,
    __rt::PartialEq,
    __rt::serde::Serialize,
    __rt::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ListWhatsappTemplatesParams {
    /// Filter to templates belonging to a specific WhatsApp Business Account.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub whatsapp_business_id: __rt::Option<__rt::Uuid>,
    /// Filter by approval status.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub status: __rt::Option<WhatsAppTemplateStatus>,
}
impl ListWhatsappTemplatesParams {
    /// The query parameters that are set, as query pairs (arrays and objects
    /// written as their `style` says).
    pub fn to_query(&self) -> __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> {
        let mut query: __rt::Vec<(__rt::Cow<'static, str>, __rt::String)> = __rt::Vec::new();
        if let __rt::Some(value) = &self.whatsapp_business_id {
            query
                .push((
                    __rt::Cow::Borrowed("whatsapp_business_id"),
                    __rt::ToString::to_string(value),
                ));
        }
        if let __rt::Some(value) = &self.status {
            query
                .push((__rt::Cow::Borrowed("status"), __rt::ToString::to_string(value)));
        }
        query
    }
}
/// The template name. Maximum 512 characters; lowercase letters, numbers, and underscores only.
///
/// A value that has at most 512 characters and matches `^[a-z0-9_]*$`. Used by `name`.
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
    pub const MAX_LENGTH: u64 = 512u64;
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^[a-z0-9_]*$";
    const PATTERN_MATCHER: __rt::Matcher = ::conference_api::__private::Matcher::Repeat {
        allowed: [
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, true, true, true, true, true, true, true, true,
            true, true, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, true, false, true, true, true,
            true, true, true, true, true, true, true, true, true, true, true, true, true,
            true, true, true, true, true, true, true, true, true, true, false, false,
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
            false, false, false, false, false, false, false, false, false, false,
        ],
        min: 0,
    };
    /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
    pub const fn broken_rule(value: &str) -> __rt::Option<__rt::Rule> {
        let bytes = value.len() as u64;
        if bytes > 512u64 && __rt::code_points(value) > 512u64 {
            return __rt::Some(__rt::Rule::MaxLength(512u64));
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
                    "invalid Name literal: longer than 512 characters (maxLength 512); shorten it"
                )
            }
            __rt::Some(_) => {
                ::core::panic!(
                    "invalid Name literal: does not match the pattern ^[a-z0-9_]*$"
                )
            }
        }
    }
}
::conference_api::__string_value!(Name);
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
/// The request contains invalid parameters. See errors for details.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct StatusCode422 {
    /// List of validation errors.
    pub errors: __rt::Vec<RestApiErrorItem>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for StatusCode422 {
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
impl<'de> __rt::serde::Deserialize<'de> for StatusCode422 {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for StatusCode422 {
    type Slots = (__rt::Option<__rt::Vec<RestApiErrorItem>>,);
    const EXPECTING: &'static str = "struct StatusCode422";
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
        __rt::Ok(StatusCode422 {
            errors: Self::required(slots.0, 0)?,
        })
    }
}
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
/// Request body for updating a template. Provide `category`, `components`, or both. A template can only be updated while it is not yet approved.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
///
/// Deserializing rejects keys the schema does not list, so a typo in a configuration file is caught.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct UpdateWhatsAppTemplateRequest {
    /// The updated template category. Required if `components` is omitted.
    pub category: __rt::Option<WhatsAppTemplateCategory>,
    /// The updated components. Required if `category` is omitted.
    pub components: __rt::Option<__rt::Vec<WhatsAppTemplateComponent>>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for UpdateWhatsAppTemplateRequest {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.optional("category", &self.category)?;
        object.optional("components", &self.components)?;
        object.end()
    }
}
#[allow(deprecated)]
impl UpdateWhatsAppTemplateRequest {
    /// A request with every optional field unset.
    pub fn new() -> Self {
        Self {
            category: __rt::None,
            components: __rt::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`UpdateWhatsAppTemplateRequestBuilder::build`], which lists every broken rule.
    pub fn builder() -> UpdateWhatsAppTemplateRequestBuilder {
        <UpdateWhatsAppTemplateRequestBuilder as __rt::Default>::default()
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "category",
            false,
            __rt::FieldKind::String,
            "one of utility, marketing, authentication",
            __rt::None,
            "The updated template category. Required if `components` is omitted.",
        ),
        __rt::FieldInfo::new(
            "components",
            false,
            __rt::FieldKind::Json,
            "JSON",
            __rt::None,
            "The updated components. Required if `category` is omitted.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for UpdateWhatsAppTemplateRequest {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for UpdateWhatsAppTemplateRequest {}
impl __rt::Names for UpdateWhatsAppTemplateRequest {
    const NAMES: &'static [&'static str] = &["category", "components"];
}
#[allow(deprecated)]
impl __rt::FromJson for UpdateWhatsAppTemplateRequest {
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
        check.optional::<WhatsAppTemplateCategory>(0);
        check.optional::<__rt::Vec<WhatsAppTemplateComponent>>(1);
        check.unknown_keys();
    }
}
#[allow(deprecated)]
impl __rt::Fields for UpdateWhatsAppTemplateRequest {
    type Slots = (
        __rt::Option<__rt::Option<WhatsAppTemplateCategory>>,
        __rt::Option<__rt::Option<__rt::Vec<WhatsAppTemplateComponent>>>,
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
        let _ = at;
        let field_category = slots.0.flatten();
        let field_components = slots.1.flatten();
        if order.valid(errors) {
            return __rt::Some(UpdateWhatsAppTemplateRequest {
                category: field_category,
                components: field_components,
            });
        }
        __rt::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(UpdateWhatsAppTemplateRequest),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct UpdateWhatsAppTemplateRequestBuilder(
    __rt::Box<
        (
            __rt::Option<__rt::Slot<WhatsAppTemplateCategory>>,
            __rt::Option<__rt::Slot<__rt::Vec<WhatsAppTemplateComponent>>>,
        ),
    >,
);
impl<'de> __rt::serde::Deserialize<'de> for UpdateWhatsAppTemplateRequestBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <UpdateWhatsAppTemplateRequest as __rt::Names>::NAMES,
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
impl __rt::serde::Serialize for UpdateWhatsAppTemplateRequestBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <UpdateWhatsAppTemplateRequest as __rt::Names>::NAMES,
            &[self.0.0.as_ref().map(__rt::to_json), self.0.1.as_ref().map(__rt::to_json)],
        )
    }
}
impl __rt::Debug for UpdateWhatsAppTemplateRequestBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("UpdateWhatsAppTemplateRequestBuilder")
            .field("category", &self.0.0)
            .field("components", &self.0.1)
            .finish()
    }
}
#[allow(deprecated)]
impl UpdateWhatsAppTemplateRequestBuilder {
    /// The updated template category. Required if `components` is omitted.
    #[inline]
    pub fn category(mut self, value: WhatsAppTemplateCategory) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::Typed(value));
        self
    }
    /// The updated components. Required if `category` is omitted.
    #[inline]
    pub fn components(mut self, value: __rt::Vec<WhatsAppTemplateComponent>) -> Self {
        self.0.1 = __rt::Some(__rt::Slot::Raw(__rt::to_json(&value)));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <UpdateWhatsAppTemplateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        check.optional(0, &self.0.0);
        check.optional(1, &self.0.1);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<UpdateWhatsAppTemplateRequest, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <UpdateWhatsAppTemplateRequest as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_category = check.take_optional(0, fields.0);
        let field_components = check.take_optional(1, fields.1);
        if errors.is_empty() {
            return __rt::Ok(UpdateWhatsAppTemplateRequest {
                category: field_category,
                components: field_components,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<UpdateWhatsAppTemplateRequest>
for UpdateWhatsAppTemplateRequestBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<UpdateWhatsAppTemplateRequest>::into_body(&request)
    }
}
/// A WhatsApp Business Account (WABA) connected to your SignalWire Space. Each business account can have its own set of phone numbers and message templates.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppBusiness {
    /// The SignalWire identifier for the WhatsApp Business Account. Use this value as `whatsapp_business_id` when creating or listing templates.
    pub whatsapp_business_id: __rt::Uuid,
    /// The business name as registered with Meta.
    pub business_name: __rt::Option<__rt::String>,
    /// The Meta business portfolio ID associated with the account.
    pub business_portfolio_id: __rt::Option<__rt::String>,
    /// The WhatsApp Business Account ID (WABA ID) assigned by Meta.
    pub waba_id: __rt::String,
    /// The date and time when the record was created.
    pub created_at: __rt::String,
    /// The date and time when the record was last updated.
    pub updated_at: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppBusiness {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("whatsapp_business_id", &self.whatsapp_business_id)?;
        object.field("business_name", &self.business_name)?;
        object.field("business_portfolio_id", &self.business_portfolio_id)?;
        object.field("waba_id", &self.waba_id)?;
        object.field("created_at", &self.created_at)?;
        object.field("updated_at", &self.updated_at)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppBusiness {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppBusiness {
    type Slots = (
        __rt::Option<__rt::Uuid>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
    );
    const EXPECTING: &'static str = "struct WhatsAppBusiness";
    const NAMES: &'static [&'static str] = &[
        "whatsapp_business_id",
        "business_name",
        "business_portfolio_id",
        "waba_id",
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
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(WhatsAppBusiness {
            whatsapp_business_id: Self::required(slots.0, 0)?,
            business_name: slots.1.flatten(),
            business_portfolio_id: slots.2.flatten(),
            waba_id: Self::required(slots.3, 3)?,
            created_at: Self::required(slots.4, 4)?,
            updated_at: Self::required(slots.5, 5)?,
        })
    }
}
/// Response containing a list of WhatsApp Business Accounts.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppBusinessListResponse {
    /// List of WhatsApp Business Accounts connected to the Space.
    pub data: __rt::Vec<WhatsAppBusiness>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppBusinessListResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("data", &self.data)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppBusinessListResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppBusinessListResponse {
    type Slots = (__rt::Option<__rt::Vec<WhatsAppBusiness>>,);
    const EXPECTING: &'static str = "struct WhatsAppBusinessListResponse";
    const NAMES: &'static [&'static str] = &["data"];
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
        __rt::Ok(WhatsAppBusinessListResponse {
            data: Self::required(slots.0, 0)?,
        })
    }
}
/// A WhatsApp phone number connected to your Space. Numbers are linked during the Meta embedded signup flow and used as the `from` address when sending messages.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppNumber {
    /// The SignalWire identifier of the WhatsApp number.
    pub id: __rt::Uuid,
    /// The Meta phone number ID for this WhatsApp number.
    pub business_phone_number_id: __rt::String,
    /// The WhatsApp number, prefixed with `whatsapp:`. Use this value as the `from` address when sending messages.
    pub phone_number: __rt::String,
    /// The ID of the resource (Call Flow, AI Agent, SWML script, etc.) that handles inbound calls to this number. Null if no calling handler is configured.
    pub calling_handler_resource_id: __rt::Option<__rt::Uuid>,
    /// The ID of the resource that handles inbound messages to this number. Null if no messaging handler is configured.
    pub messaging_handler_resource_id: __rt::Option<__rt::Uuid>,
    /// The business name as registered with Meta.
    pub business_name: __rt::Option<__rt::String>,
    /// The WhatsApp Business Account ID (WABA ID) assigned by Meta.
    pub waba_id: __rt::String,
    /// The SignalWire identifier of the WhatsApp Business Account this number belongs to.
    pub whatsapp_business_id: __rt::Uuid,
    /// Whether SIP calling is enabled for this number.
    pub voice_enabled: bool,
    /// Whether this number can place and receive calls — true when a calling handler is configured and voice is enabled.
    pub voice_capable: bool,
    /// The date and time when the record was created.
    pub created_at: __rt::String,
    /// The date and time when the record was last updated.
    pub updated_at: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppNumber {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("business_phone_number_id", &self.business_phone_number_id)?;
        object.field("phone_number", &self.phone_number)?;
        object.field("calling_handler_resource_id", &self.calling_handler_resource_id)?;
        object
            .field(
                "messaging_handler_resource_id",
                &self.messaging_handler_resource_id,
            )?;
        object.field("business_name", &self.business_name)?;
        object.field("waba_id", &self.waba_id)?;
        object.field("whatsapp_business_id", &self.whatsapp_business_id)?;
        object.field("voice_enabled", &self.voice_enabled)?;
        object.field("voice_capable", &self.voice_capable)?;
        object.field("created_at", &self.created_at)?;
        object.field("updated_at", &self.updated_at)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppNumber {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppNumber {
    type Slots = (
        __rt::Option<__rt::Uuid>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Uuid>,
        __rt::Option<bool>,
        __rt::Option<bool>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
    );
    const EXPECTING: &'static str = "struct WhatsAppNumber";
    const NAMES: &'static [&'static str] = &[
        "id",
        "business_phone_number_id",
        "phone_number",
        "calling_handler_resource_id",
        "messaging_handler_resource_id",
        "business_name",
        "waba_id",
        "whatsapp_business_id",
        "voice_enabled",
        "voice_capable",
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
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(WhatsAppNumber {
            id: Self::required(slots.0, 0)?,
            business_phone_number_id: Self::required(slots.1, 1)?,
            phone_number: Self::required(slots.2, 2)?,
            calling_handler_resource_id: slots.3.flatten(),
            messaging_handler_resource_id: slots.4.flatten(),
            business_name: slots.5.flatten(),
            waba_id: Self::required(slots.6, 6)?,
            whatsapp_business_id: Self::required(slots.7, 7)?,
            voice_enabled: Self::required(slots.8, 8)?,
            voice_capable: Self::required(slots.9, 9)?,
            created_at: Self::required(slots.10, 10)?,
            updated_at: Self::required(slots.11, 11)?,
        })
    }
}
/// Response containing a list of WhatsApp numbers.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppNumberListResponse {
    /// List of WhatsApp numbers available to the Space.
    pub data: __rt::Vec<WhatsAppNumber>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppNumberListResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("data", &self.data)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppNumberListResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppNumberListResponse {
    type Slots = (__rt::Option<__rt::Vec<WhatsAppNumber>>,);
    const EXPECTING: &'static str = "struct WhatsAppNumberListResponse";
    const NAMES: &'static [&'static str] = &["data"];
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
        __rt::Ok(WhatsAppNumberListResponse {
            data: Self::required(slots.0, 0)?,
        })
    }
}
/// Response containing a single WhatsApp number.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppNumberResponse {
    /// The SignalWire identifier of the WhatsApp number.
    pub id: __rt::Uuid,
    /// The Meta phone number ID for this WhatsApp number.
    pub business_phone_number_id: __rt::String,
    /// The WhatsApp number, prefixed with `whatsapp:`. Use this value as the `from` address when sending messages.
    pub phone_number: __rt::String,
    /// The ID of the resource (Call Flow, AI Agent, SWML script, etc.) that handles inbound calls to this number. Null if no calling handler is configured.
    pub calling_handler_resource_id: __rt::Option<__rt::Uuid>,
    /// The ID of the resource that handles inbound messages to this number. Null if no messaging handler is configured.
    pub messaging_handler_resource_id: __rt::Option<__rt::Uuid>,
    /// The business name as registered with Meta.
    pub business_name: __rt::Option<__rt::String>,
    /// The WhatsApp Business Account ID (WABA ID) assigned by Meta.
    pub waba_id: __rt::String,
    /// The SignalWire identifier of the WhatsApp Business Account this number belongs to.
    pub whatsapp_business_id: __rt::Uuid,
    /// Whether SIP calling is enabled for this number.
    pub voice_enabled: bool,
    /// Whether this number can place and receive calls — true when a calling handler is configured and voice is enabled.
    pub voice_capable: bool,
    /// The date and time when the record was created.
    pub created_at: __rt::String,
    /// The date and time when the record was last updated.
    pub updated_at: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppNumberResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("business_phone_number_id", &self.business_phone_number_id)?;
        object.field("phone_number", &self.phone_number)?;
        object.field("calling_handler_resource_id", &self.calling_handler_resource_id)?;
        object
            .field(
                "messaging_handler_resource_id",
                &self.messaging_handler_resource_id,
            )?;
        object.field("business_name", &self.business_name)?;
        object.field("waba_id", &self.waba_id)?;
        object.field("whatsapp_business_id", &self.whatsapp_business_id)?;
        object.field("voice_enabled", &self.voice_enabled)?;
        object.field("voice_capable", &self.voice_capable)?;
        object.field("created_at", &self.created_at)?;
        object.field("updated_at", &self.updated_at)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppNumberResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppNumberResponse {
    type Slots = (
        __rt::Option<__rt::Uuid>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<__rt::Uuid>>,
        __rt::Option<__rt::Option<__rt::String>>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Uuid>,
        __rt::Option<bool>,
        __rt::Option<bool>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
    );
    const EXPECTING: &'static str = "struct WhatsAppNumberResponse";
    const NAMES: &'static [&'static str] = &[
        "id",
        "business_phone_number_id",
        "phone_number",
        "calling_handler_resource_id",
        "messaging_handler_resource_id",
        "business_name",
        "waba_id",
        "whatsapp_business_id",
        "voice_enabled",
        "voice_capable",
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
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(WhatsAppNumberResponse {
            id: Self::required(slots.0, 0)?,
            business_phone_number_id: Self::required(slots.1, 1)?,
            phone_number: Self::required(slots.2, 2)?,
            calling_handler_resource_id: slots.3.flatten(),
            messaging_handler_resource_id: slots.4.flatten(),
            business_name: slots.5.flatten(),
            waba_id: Self::required(slots.6, 6)?,
            whatsapp_business_id: Self::required(slots.7, 7)?,
            voice_enabled: Self::required(slots.8, 8)?,
            voice_capable: Self::required(slots.9, 9)?,
            created_at: Self::required(slots.10, 10)?,
            updated_at: Self::required(slots.11, 11)?,
        })
    }
}
/// A WhatsApp message template.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppTemplate {
    /// The SignalWire identifier of the template.
    pub id: __rt::Uuid,
    /// The template name. Lowercase letters, numbers, and underscores only.
    pub name: __rt::String,
    /// The template category.
    pub category: __rt::OrUnknown<WhatsAppTemplateCategory>,
    /// The template's components (header, body, footer, buttons).
    pub components: __rt::Vec<WhatsAppTemplateComponentResponse>,
    /// The template language code.
    pub language: __rt::String,
    /// How the template's variable placeholders are referenced.
    pub parameter_format: __rt::OrUnknown<WhatsAppTemplateParameterFormat>,
    /// Meta's identifier for the template.
    pub template_id: __rt::String,
    /// The Meta approval status of the template.
    pub template_status: __rt::OrUnknown<WhatsAppTemplateStatus>,
    /// The SignalWire identifier of the WhatsApp Business Account the template belongs to.
    pub whatsapp_business_id: __rt::Uuid,
    /// The date and time when the template was created.
    pub created_at: __rt::String,
    /// The date and time when the template was last updated.
    pub updated_at: __rt::String,
    /// The date and time when the template was discarded, if applicable.
    pub discarded_at: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppTemplate {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("name", &self.name)?;
        object.field("category", &self.category)?;
        object.field("components", &self.components)?;
        object.field("language", &self.language)?;
        object.field("parameter_format", &self.parameter_format)?;
        object.field("template_id", &self.template_id)?;
        object.field("template_status", &self.template_status)?;
        object.field("whatsapp_business_id", &self.whatsapp_business_id)?;
        object.field("created_at", &self.created_at)?;
        object.field("updated_at", &self.updated_at)?;
        object.optional("discarded_at", &self.discarded_at)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppTemplate {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppTemplate {
    type Slots = (
        __rt::Option<__rt::Uuid>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::OrUnknown<WhatsAppTemplateCategory>>,
        __rt::Option<__rt::Vec<WhatsAppTemplateComponentResponse>>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::OrUnknown<WhatsAppTemplateParameterFormat>>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::OrUnknown<WhatsAppTemplateStatus>>,
        __rt::Option<__rt::Uuid>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::String>>,
    );
    const EXPECTING: &'static str = "struct WhatsAppTemplate";
    const NAMES: &'static [&'static str] = &[
        "id",
        "name",
        "category",
        "components",
        "language",
        "parameter_format",
        "template_id",
        "template_status",
        "whatsapp_business_id",
        "created_at",
        "updated_at",
        "discarded_at",
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
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(WhatsAppTemplate {
            id: Self::required(slots.0, 0)?,
            name: Self::required(slots.1, 1)?,
            category: Self::required(slots.2, 2)?,
            components: Self::required(slots.3, 3)?,
            language: Self::required(slots.4, 4)?,
            parameter_format: Self::required(slots.5, 5)?,
            template_id: Self::required(slots.6, 6)?,
            template_status: Self::required(slots.7, 7)?,
            whatsapp_business_id: Self::required(slots.8, 8)?,
            created_at: Self::required(slots.9, 9)?,
            updated_at: Self::required(slots.10, 10)?,
            discarded_at: slots.11.flatten(),
        })
    }
}
/// The category of a WhatsApp message template.
///
/// One of: utility, marketing, authentication.
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
pub enum WhatsAppTemplateCategory {
    /// `utility`
    Utility,
    /// `marketing`
    Marketing,
    /// `authentication`
    Authentication,
}
impl __rt::Debug for WhatsAppTemplateCategory {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        const NAMES: &[&str] = &["Utility", "Marketing", "Authentication"];
        f.write_str(NAMES[*self as usize])
    }
}
impl WhatsAppTemplateCategory {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::Utility,
        Self::Marketing,
        Self::Authentication,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "utility",
        "marketing",
        "authentication",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl __rt::FromStr for WhatsAppTemplateCategory {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(WhatsAppTemplateCategory);
/// A template component. The `type` is one of `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`. Additional fields depend on the component type — for example, a `BODY` carries `text`, while `BUTTONS` carries a `buttons` array. See the create example for the full shape.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppTemplateComponent {
    /// The component type: `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`.
    pub r#type: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppTemplateComponent {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[allow(deprecated)]
impl WhatsAppTemplateComponent {
    /// A request with its required fields (`type`) and every optional field unset.
    pub fn new(r#type: __rt::String) -> Self {
        Self { r#type }
    }
    /// A builder that takes raw values and checks them all at once in [`WhatsAppTemplateComponentBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        r#type: impl __rt::Into<__rt::Cow<'a, str>>,
    ) -> WhatsAppTemplateComponentBuilder {
        <WhatsAppTemplateComponentBuilder as __rt::Default>::default().r#type(r#type)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [__rt::FieldInfo] = &[
        __rt::FieldInfo::new(
            "type",
            true,
            __rt::FieldKind::String,
            "text",
            __rt::None,
            "The component type: `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`.",
        ),
    ];
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppTemplateComponent {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::deserialize_checked(deserializer)
    }
}
impl __rt::RequestBody for WhatsAppTemplateComponent {}
impl __rt::Names for WhatsAppTemplateComponent {
    const NAMES: &'static [&'static str] = &["type"];
}
#[allow(deprecated)]
impl __rt::FromJson for WhatsAppTemplateComponent {
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
        check.required::<__rt::String>(0);
    }
}
#[allow(deprecated)]
impl __rt::Fields for WhatsAppTemplateComponent {
    type Slots = (__rt::Option<__rt::Option<__rt::String>>,);
    const CLOSED: bool = false;
    fn read<'d, __A: __rt::serde::de::MapAccess<'d>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut __A,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
    ) -> __rt::Result<(), __A::Error> {
        match index {
            0 => __rt::read_slot(&mut slots.0, map, at, errors),
            _ => __rt::Ok(()),
        }
    }
    fn finish(
        slots: Self::Slots,
        at: __rt::Path<'_>,
        errors: &mut __rt::ValidationErrors,
        order: &mut __rt::Order,
    ) -> __rt::Option<Self> {
        let field_type = order.required(slots.0, errors, at, 0);
        if let (__rt::Some(field_type),) = (field_type,) && order.valid(errors) {
            return __rt::Some(WhatsAppTemplateComponent {
                r#type: field_type,
            });
        }
        __rt::None
    }
}
#[doc = concat!(
    " The values of a [`", stringify!(WhatsAppTemplateComponent),
    "`], every broken rule reported at once by [`build`](Self::build)."
)]
///
/// Setters check text at once and keep it typed (a bad value is kept raw for `build` to
/// report). Deserializing one from JSON keeps every value as it was written, so `build` can
/// report each broken rule, a wrong JSON type included.
#[derive(__rt::Clone, __rt::Default, __rt::PartialEq)]
pub struct WhatsAppTemplateComponentBuilder(
    __rt::Box<(__rt::Option<__rt::Slot<__rt::String>>,)>,
);
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppTemplateComponentBuilder {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        let mut builder = <Self as __rt::Default>::default();
        let fields = &mut *builder.0;
        __rt::read_builder(
            deserializer,
            <WhatsAppTemplateComponent as __rt::Names>::NAMES,
            false,
            &mut |index, value| match index {
                0 => __rt::put_raw(&mut fields.0, value),
                _ => false,
            },
        )?;
        __rt::Ok(builder)
    }
}
impl __rt::serde::Serialize for WhatsAppTemplateComponentBuilder {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        __rt::write_builder(
            serializer,
            <WhatsAppTemplateComponent as __rt::Names>::NAMES,
            &[self.0.0.as_ref().map(__rt::to_json)],
        )
    }
}
impl __rt::Debug for WhatsAppTemplateComponentBuilder {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        f.debug_struct("WhatsAppTemplateComponentBuilder")
            .field("type", &self.0.0)
            .finish()
    }
}
#[allow(deprecated)]
impl WhatsAppTemplateComponentBuilder {
    /// The component type: `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`.
    #[inline]
    pub fn r#type<'a>(mut self, value: impl __rt::Into<__rt::Cow<'a, str>>) -> Self {
        self.0.0 = __rt::Some(__rt::Slot::text(value.into()));
        self
    }
    /// Checks every value without building the request. Allocates nothing when all
    /// values are valid.
    pub fn validate(&self) -> __rt::Result<(), __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let mut check = __rt::SlotChecks::new(
            <WhatsAppTemplateComponent as __rt::Names>::NAMES,
            &mut errors,
        );
        check.required(0, &self.0.0);
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> __rt::Result<WhatsAppTemplateComponent, __rt::ValidationErrors> {
        let mut errors = __rt::ValidationErrors::new();
        let fields = *self.0;
        let mut check = __rt::SlotChecks::new(
            <WhatsAppTemplateComponent as __rt::Names>::NAMES,
            &mut errors,
        );
        let field_type = check.take_required(0, fields.0);
        if let (__rt::Some(field_type),) = (field_type,) && errors.is_empty() {
            return __rt::Ok(WhatsAppTemplateComponent {
                r#type: field_type,
            });
        }
        __rt::Err(errors)
    }
}
impl __rt::IntoBody<WhatsAppTemplateComponent> for WhatsAppTemplateComponentBuilder {
    fn into_body(self) -> __rt::Result<__rt::Vec<u8>, __rt::ValidationErrors> {
        let request = self.build()?;
        __rt::IntoBody::<WhatsAppTemplateComponent>::into_body(&request)
    }
}
/// A template component. The `type` is one of `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`. Additional fields depend on the component type — for example, a `BODY` carries `text`, while `BUTTONS` carries a `buttons` array. See the create example for the full shape.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppTemplateComponentResponse {
    /// The component type: `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`.
    pub r#type: __rt::String,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppTemplateComponentResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppTemplateComponentResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppTemplateComponentResponse {
    type Slots = (__rt::Option<__rt::String>,);
    const EXPECTING: &'static str = "struct WhatsAppTemplateComponentResponse";
    const NAMES: &'static [&'static str] = &["type"];
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
        __rt::Ok(WhatsAppTemplateComponentResponse {
            r#type: Self::required(slots.0, 0)?,
        })
    }
}
/// Response returned when a template has been deleted.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppTemplateDeleteResponse {
    /// Whether the template was deleted successfully at Meta.
    pub success: bool,
    /// Empty array when the deletion succeeds; otherwise the error details returned by Meta.
    pub errors: __rt::serde_json::Value,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppTemplateDeleteResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("success", &self.success)?;
        object.field("errors", &self.errors)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppTemplateDeleteResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppTemplateDeleteResponse {
    type Slots = (__rt::Option<bool>, __rt::Option<__rt::serde_json::Value>);
    const EXPECTING: &'static str = "struct WhatsAppTemplateDeleteResponse";
    const NAMES: &'static [&'static str] = &["success", "errors"];
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
        __rt::Ok(WhatsAppTemplateDeleteResponse {
            success: Self::required(slots.0, 0)?,
            errors: Self::required(slots.1, 1)?,
        })
    }
}
/// Response containing a list of message templates.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppTemplateListResponse {
    /// List of message templates.
    pub data: __rt::Vec<WhatsAppTemplate>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppTemplateListResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("data", &self.data)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppTemplateListResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppTemplateListResponse {
    type Slots = (__rt::Option<__rt::Vec<WhatsAppTemplate>>,);
    const EXPECTING: &'static str = "struct WhatsAppTemplateListResponse";
    const NAMES: &'static [&'static str] = &["data"];
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
        __rt::Ok(WhatsAppTemplateListResponse {
            data: Self::required(slots.0, 0)?,
        })
    }
}
/// How a template's variable placeholders are referenced.
///
/// One of: named, positional.
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
pub enum WhatsAppTemplateParameterFormat {
    /// `named`
    Named,
    /// `positional`
    Positional,
}
impl __rt::Debug for WhatsAppTemplateParameterFormat {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        const NAMES: &[&str] = &["Named", "Positional"];
        f.write_str(NAMES[*self as usize])
    }
}
impl WhatsAppTemplateParameterFormat {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[Self::Named, Self::Positional];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &["named", "positional"];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl __rt::FromStr for WhatsAppTemplateParameterFormat {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(WhatsAppTemplateParameterFormat);
/// Response containing a single message template.
///
/// Decoded leniently: fields the schema does not list are ignored, and enum values it
/// does not list are kept as [`OrUnknown::Unknown`](::conference_api::OrUnknown).
#[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
pub struct WhatsAppTemplateResponse {
    /// The SignalWire identifier of the template.
    pub id: __rt::Uuid,
    /// The template name. Lowercase letters, numbers, and underscores only.
    pub name: __rt::String,
    /// The template category.
    pub category: __rt::OrUnknown<WhatsAppTemplateCategory>,
    /// The template's components (header, body, footer, buttons).
    pub components: __rt::Vec<WhatsAppTemplateComponentResponse>,
    /// The template language code.
    pub language: __rt::String,
    /// How the template's variable placeholders are referenced.
    pub parameter_format: __rt::OrUnknown<WhatsAppTemplateParameterFormat>,
    /// Meta's identifier for the template.
    pub template_id: __rt::String,
    /// The Meta approval status of the template.
    pub template_status: __rt::OrUnknown<WhatsAppTemplateStatus>,
    /// The SignalWire identifier of the WhatsApp Business Account the template belongs to.
    pub whatsapp_business_id: __rt::Uuid,
    /// The date and time when the template was created.
    pub created_at: __rt::String,
    /// The date and time when the template was last updated.
    pub updated_at: __rt::String,
    /// The date and time when the template was discarded, if applicable.
    pub discarded_at: __rt::Option<__rt::String>,
}
#[allow(deprecated)]
impl __rt::serde::Serialize for WhatsAppTemplateResponse {
    fn serialize<__S: __rt::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> __rt::Result<__S::Ok, __S::Error> {
        let mut object = __rt::ObjectWriter::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("name", &self.name)?;
        object.field("category", &self.category)?;
        object.field("components", &self.components)?;
        object.field("language", &self.language)?;
        object.field("parameter_format", &self.parameter_format)?;
        object.field("template_id", &self.template_id)?;
        object.field("template_status", &self.template_status)?;
        object.field("whatsapp_business_id", &self.whatsapp_business_id)?;
        object.field("created_at", &self.created_at)?;
        object.field("updated_at", &self.updated_at)?;
        object.optional("discarded_at", &self.discarded_at)?;
        object.end()
    }
}
#[allow(deprecated)]
impl<'de> __rt::serde::Deserialize<'de> for WhatsAppTemplateResponse {
    fn deserialize<__D: __rt::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> __rt::Result<Self, __D::Error> {
        __rt::read_response::<Self, __D>(deserializer)
    }
}
#[allow(deprecated)]
impl __rt::ResponseFields for WhatsAppTemplateResponse {
    type Slots = (
        __rt::Option<__rt::Uuid>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::OrUnknown<WhatsAppTemplateCategory>>,
        __rt::Option<__rt::Vec<WhatsAppTemplateComponentResponse>>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::OrUnknown<WhatsAppTemplateParameterFormat>>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::OrUnknown<WhatsAppTemplateStatus>>,
        __rt::Option<__rt::Uuid>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::String>,
        __rt::Option<__rt::Option<__rt::String>>,
    );
    const EXPECTING: &'static str = "struct WhatsAppTemplateResponse";
    const NAMES: &'static [&'static str] = &[
        "id",
        "name",
        "category",
        "components",
        "language",
        "parameter_format",
        "template_id",
        "template_status",
        "whatsapp_business_id",
        "created_at",
        "updated_at",
        "discarded_at",
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
            _ => __rt::Ok(true),
        }
    }
    fn finish<__E: __rt::serde::de::Error>(
        slots: Self::Slots,
    ) -> __rt::Result<Self, __E> {
        __rt::Ok(WhatsAppTemplateResponse {
            id: Self::required(slots.0, 0)?,
            name: Self::required(slots.1, 1)?,
            category: Self::required(slots.2, 2)?,
            components: Self::required(slots.3, 3)?,
            language: Self::required(slots.4, 4)?,
            parameter_format: Self::required(slots.5, 5)?,
            template_id: Self::required(slots.6, 6)?,
            template_status: Self::required(slots.7, 7)?,
            whatsapp_business_id: Self::required(slots.8, 8)?,
            created_at: Self::required(slots.9, 9)?,
            updated_at: Self::required(slots.10, 10)?,
            discarded_at: slots.11.flatten(),
        })
    }
}
/// The Meta approval status of a template. A template must be `approved` before it can be used to send messages.
///
/// One of: approved, archived, deleted, disabled, flagged, in_appeal, limit_exceeded, locked, paused, pending, reinstated, pending_deletion, rejected.
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
pub enum WhatsAppTemplateStatus {
    /// `approved`
    Approved,
    /// `archived`
    Archived,
    /// `deleted`
    Deleted,
    /// `disabled`
    Disabled,
    /// `flagged`
    Flagged,
    /// `in_appeal`
    InAppeal,
    /// `limit_exceeded`
    LimitExceeded,
    /// `locked`
    Locked,
    /// `paused`
    Paused,
    /// `pending`
    Pending,
    /// `reinstated`
    Reinstated,
    /// `pending_deletion`
    PendingDeletion,
    /// `rejected`
    Rejected,
}
impl __rt::Debug for WhatsAppTemplateStatus {
    fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
        const NAMES: &[&str] = &[
            "Approved",
            "Archived",
            "Deleted",
            "Disabled",
            "Flagged",
            "InAppeal",
            "LimitExceeded",
            "Locked",
            "Paused",
            "Pending",
            "Reinstated",
            "PendingDeletion",
            "Rejected",
        ];
        f.write_str(NAMES[*self as usize])
    }
}
impl WhatsAppTemplateStatus {
    /// Every value, in the schema's order.
    pub const ALL: &'static [Self] = &[
        Self::Approved,
        Self::Archived,
        Self::Deleted,
        Self::Disabled,
        Self::Flagged,
        Self::InAppeal,
        Self::LimitExceeded,
        Self::Locked,
        Self::Paused,
        Self::Pending,
        Self::Reinstated,
        Self::PendingDeletion,
        Self::Rejected,
    ];
    /// Every value as it is written on the wire, in the schema's order.
    pub const VALUES: &'static [&'static str] = &[
        "approved",
        "archived",
        "deleted",
        "disabled",
        "flagged",
        "in_appeal",
        "limit_exceeded",
        "locked",
        "paused",
        "pending",
        "reinstated",
        "pending_deletion",
        "rejected",
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(&self) -> &'static str {
        Self::VALUES[*self as usize]
    }
}
impl __rt::FromStr for WhatsAppTemplateStatus {
    type Err = __rt::ValidationError;
    fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
        const BY_WIRE: &[u32] = &[];
        match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
            __rt::Some(i) => __rt::Ok(Self::ALL[i]),
            __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
        }
    }
}
::conference_api::__string_enum!(WhatsAppTemplateStatus);
/// The error bodies `list_whatsapp_businesses` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum ListWhatsappBusinessesError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl ListWhatsappBusinessesError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("list_whatsapp_businesses")? {
            401 => error.__body_as().map(Self::Unauthorized),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `list_whatsapp_numbers` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum ListWhatsappNumbersError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl ListWhatsappNumbersError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("list_whatsapp_numbers")? {
            401 => error.__body_as().map(Self::Unauthorized),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `retrieve_whatsapp_number` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum RetrieveWhatsappNumberError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl RetrieveWhatsappNumberError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("retrieve_whatsapp_number")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `list_whatsapp_templates` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum ListWhatsappTemplatesError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl ListWhatsappTemplatesError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("list_whatsapp_templates")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `create_whatsapp_template` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum CreateWhatsappTemplateError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 422.
    UnprocessableEntity(StatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl CreateWhatsappTemplateError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("create_whatsapp_template")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `retrieve_whatsapp_template` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum RetrieveWhatsappTemplateError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl RetrieveWhatsappTemplateError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("retrieve_whatsapp_template")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `delete_whatsapp_template` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum DeleteWhatsappTemplateError {
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl DeleteWhatsappTemplateError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("delete_whatsapp_template")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => __rt::None,
        }
    }
}
/// The error bodies `update_whatsapp_template` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(__rt::Clone, __rt::Debug)]
#[non_exhaustive]
pub enum UpdateWhatsappTemplateError {
    /// Status 400.
    BadRequest(StatusCode400),
    /// Status 401.
    Unauthorized(StatusCode401),
    /// Status 404.
    NotFound(StatusCode404),
    /// Status 422.
    UnprocessableEntity(StatusCode422),
    /// Status 500.
    InternalServerError(StatusCode500),
}
impl UpdateWhatsappTemplateError {
    /// The body of `error` (token redacted), typed by its status (exact, range,
    /// `default`); `None` when no body is documented or it does not decode.
    pub fn from_api_error(error: &__rt::ApiError) -> __rt::Option<Self> {
        match error.__documented_as("update_whatsapp_template")? {
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
    /// List WhatsApp Business Accounts.
    ///
    /// Returns the WhatsApp Business Accounts (WABAs) connected to your SignalWire Space. Each account can have its own set of phone numbers and message templates. Use a `whatsapp_business_id` from this list when creating or filtering [message templates](/docs/platform/messaging/whatsapp/message-templates).
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Numbers_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/messaging/whatsapp/businesses`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`ListWhatsappBusinessesError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn list_whatsapp_businesses<'a>(
        &'a self,
    ) -> __rt::Call<'a, WhatsAppBusinessListResponse>;
    /// List WhatsApp numbers.
    ///
    /// Returns the WhatsApp numbers connected to your Space. Each record includes its association with a WhatsApp Business Account, voice-capability flags, and the resource IDs used for routing calls or messages. Use `phone_number` (prefixed with `whatsapp:`) as the `from` address when [sending messages](/docs/platform/messaging/whatsapp/send-messages).
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Numbers_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/messaging/whatsapp/numbers`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`ListWhatsappNumbersError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn list_whatsapp_numbers<'a>(&'a self) -> __rt::Call<'a, WhatsAppNumberListResponse>;
    /// Get a WhatsApp number.
    ///
    /// Retrieves the details of a single WhatsApp number.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Numbers_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/messaging/whatsapp/numbers/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`RetrieveWhatsappNumberError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn retrieve_whatsapp_number<'a>(
        &'a self,
        id: &__rt::Uuid,
    ) -> __rt::Call<'a, WhatsAppNumberResponse>;
    /// List message templates.
    ///
    /// Returns the message templates for your Space, optionally filtered by WhatsApp Business Account or approval status. A template must have `template_status` of `approved` before it can be used to send messages.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Numbers_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/messaging/whatsapp/templates`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`ListWhatsappTemplatesError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn list_whatsapp_templates<'a>(
        &'a self,
        params: &ListWhatsappTemplatesParams,
    ) -> __rt::Call<'a, WhatsAppTemplateListResponse>;
    /// Create a message template.
    ///
    /// Creates a message template and submits it to Meta for review. Approval typically takes from a few minutes to a few hours; poll the template's `template_status` until it becomes `approved`.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Numbers_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `POST /api/messaging/whatsapp/templates`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`CreateWhatsappTemplateError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn create_whatsapp_template<'a>(
        &'a self,
        body: impl __rt::IntoBody<CreateWhatsAppTemplateRequest>,
    ) -> __rt::Call<'a, WhatsAppTemplate>;
    /// Get a message template.
    ///
    /// Retrieves a single message template by SignalWire ID or Meta template ID.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Numbers_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `GET /api/messaging/whatsapp/templates/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`RetrieveWhatsappTemplateError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn retrieve_whatsapp_template<'a>(
        &'a self,
        id: &str,
    ) -> __rt::Call<'a, WhatsAppTemplateResponse>;
    /// Delete a message template.
    ///
    /// Deletes a message template.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Numbers_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `DELETE /api/messaging/whatsapp/templates/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`DeleteWhatsappTemplateError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn delete_whatsapp_template<'a>(
        &'a self,
        id: &str,
    ) -> __rt::Call<'a, WhatsAppTemplateDeleteResponse>;
    /// Update a message template.
    ///
    /// Updates a template's `category` or `components`. A template can only be updated while it is **not yet approved** — once approved, delete and recreate it to make changes.
    ///
    /// #### Permissions
    ///
    /// The API token used to authenticate must have the following scope(s) enabled to make a successful request: _Numbers_.
    ///
    /// [Learn more about API scopes](/docs/platform/your-signalwire-api-space).
    ///
    /// `PATCH /api/messaging/whatsapp/templates/{id}`. Returns a [`Call`](::conference_api::Call): set per-call options on it, then `.await` it.
    ///
    /// On an [`Error::Api`](::conference_api::Error::Api), [`UpdateWhatsappTemplateError::from_api_error`] gives the error body typed as the document says for the status that came.
    fn update_whatsapp_template<'a>(
        &'a self,
        id: &str,
        body: impl __rt::IntoBody<UpdateWhatsAppTemplateRequest>,
    ) -> __rt::Call<'a, WhatsAppTemplateResponse>;
}
impl Api for __rt::Client {
    fn list_whatsapp_businesses<'a>(
        &'a self,
    ) -> __rt::Call<'a, WhatsAppBusinessListResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "list_whatsapp_businesses",
            method: __rt::Method::Get,
            path_template: "/api/messaging/whatsapp/businesses",
            success_status: 200u16,
            documented_errors: &[401u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/messaging/whatsapp/businesses"),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<WhatsAppBusinessListResponse>,
        )
    }
    fn list_whatsapp_numbers<'a>(
        &'a self,
    ) -> __rt::Call<'a, WhatsAppNumberListResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "list_whatsapp_numbers",
            method: __rt::Method::Get,
            path_template: "/api/messaging/whatsapp/numbers",
            success_status: 200u16,
            documented_errors: &[401u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/messaging/whatsapp/numbers"),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<WhatsAppNumberListResponse>,
        )
    }
    fn retrieve_whatsapp_number<'a>(
        &'a self,
        id: &__rt::Uuid,
    ) -> __rt::Call<'a, WhatsAppNumberResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "retrieve_whatsapp_number",
            method: __rt::Method::Get,
            path_template: "/api/messaging/whatsapp/numbers/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/messaging/whatsapp/numbers/{}", __rt::encode_path_segment(&
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
            __rt::success_json::<WhatsAppNumberResponse>,
        )
    }
    fn list_whatsapp_templates<'a>(
        &'a self,
        params: &ListWhatsappTemplatesParams,
    ) -> __rt::Call<'a, WhatsAppTemplateListResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "list_whatsapp_templates",
            method: __rt::Method::Get,
            path_template: "/api/messaging/whatsapp/templates",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/messaging/whatsapp/templates"),
            query: params.to_query(),
            headers: __rt::Vec::new(),
            body: __rt::None,
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<WhatsAppTemplateListResponse>,
        )
    }
    fn create_whatsapp_template<'a>(
        &'a self,
        body: impl __rt::IntoBody<CreateWhatsAppTemplateRequest>,
    ) -> __rt::Call<'a, WhatsAppTemplate> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "create_whatsapp_template",
            method: __rt::Method::Post,
            path_template: "/api/messaging/whatsapp/templates",
            success_status: 201u16,
            documented_errors: &[400u16, 401u16, 422u16, 500u16],
            media: &[__rt::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: __rt::String::from("/api/messaging/whatsapp/templates"),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::Some(__rt::IntoBody::into_body(body)),
        };
        __rt::Call::new(self, &OPERATION, parts, __rt::success_json::<WhatsAppTemplate>)
    }
    fn retrieve_whatsapp_template<'a>(
        &'a self,
        id: &str,
    ) -> __rt::Call<'a, WhatsAppTemplateResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "retrieve_whatsapp_template",
            method: __rt::Method::Get,
            path_template: "/api/messaging/whatsapp/templates/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/messaging/whatsapp/templates/{}", __rt::encode_path_segment(&
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
            __rt::success_json::<WhatsAppTemplateResponse>,
        )
    }
    fn delete_whatsapp_template<'a>(
        &'a self,
        id: &str,
    ) -> __rt::Call<'a, WhatsAppTemplateDeleteResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "delete_whatsapp_template",
            method: __rt::Method::Delete,
            path_template: "/api/messaging/whatsapp/templates/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/messaging/whatsapp/templates/{}", __rt::encode_path_segment(&
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
            __rt::success_json::<WhatsAppTemplateDeleteResponse>,
        )
    }
    fn update_whatsapp_template<'a>(
        &'a self,
        id: &str,
        body: impl __rt::IntoBody<UpdateWhatsAppTemplateRequest>,
    ) -> __rt::Call<'a, WhatsAppTemplateResponse> {
        const OPERATION: __rt::Operation = __rt::Operation {
            id: "update_whatsapp_template",
            method: __rt::Method::Patch,
            path_template: "/api/messaging/whatsapp/templates/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[__rt::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = __rt::RequestParts {
            path: ::std::format!(
                "/api/messaging/whatsapp/templates/{}", __rt::encode_path_segment(&
                __rt::ToString::to_string(id))
            ),
            query: __rt::Vec::new(),
            headers: __rt::Vec::new(),
            body: __rt::Some(__rt::IntoBody::into_body(body)),
        };
        __rt::Call::new(
            self,
            &OPERATION,
            parts,
            __rt::success_json::<WhatsAppTemplateResponse>,
        )
    }
}
