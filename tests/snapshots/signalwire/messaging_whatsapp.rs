const _: &[u8] = ::core::include_bytes!("fixtures/signalwire/messaging_whatsapp.json");
/// Request body for creating a message template.
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
pub struct CreateWhatsAppTemplateRequest {
    /// The WhatsApp Business Account the template belongs to. List your accounts at `GET /api/messaging/whatsapp/businesses`.
    pub whatsapp_business_id: ::conference_api::Uuid,
    /// The template name. Maximum 512 characters; lowercase letters, numbers, and underscores only.
    pub name: Name,
    /// The template language code.
    pub language: ::std::string::String,
    /// The template category.
    pub category: WhatsAppTemplateCategory,
    /// How the template's variable placeholders are referenced.
    pub parameter_format: WhatsAppTemplateParameterFormat,
    /// The template's components. Must include a `BODY` component. Each component is an object whose fields depend on its `type` — see the request example.
    pub components: ::std::vec::Vec<WhatsAppTemplateComponent>,
}
#[allow(deprecated)]
impl CreateWhatsAppTemplateRequest {
    /// A request with its required fields (`whatsapp_business_id`, `name`, `language`, `category`, `parameter_format`, `components`) and every optional field unset.
    pub fn new(
        whatsapp_business_id: ::conference_api::Uuid,
        name: Name,
        language: ::std::string::String,
        category: WhatsAppTemplateCategory,
        parameter_format: WhatsAppTemplateParameterFormat,
        components: ::std::vec::Vec<WhatsAppTemplateComponent>,
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
        whatsapp_business_id: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        name: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        language: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
        category: WhatsAppTemplateCategory,
        parameter_format: WhatsAppTemplateParameterFormat,
        components: ::std::vec::Vec<WhatsAppTemplateComponent>,
    ) -> CreateWhatsAppTemplateRequestBuilder {
        <CreateWhatsAppTemplateRequestBuilder as ::core::default::Default>::default()
            .whatsapp_business_id(whatsapp_business_id)
            .name(name)
            .language(language)
            .category(category)
            .parameter_format(parameter_format)
            .components(components)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "whatsapp_business_id",
            doc: "The WhatsApp Business Account the template belongs to. List your accounts at `GET /api/messaging/whatsapp/businesses`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "a UUID",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "name",
            doc: "The template name. Maximum 512 characters; lowercase letters, numbers, and underscores only.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text, at most 512 characters, matching ^[a-z0-9_]*$",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "language",
            doc: "The template language code.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "category",
            doc: "The template category.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of utility, marketing, authentication",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "parameter_format",
            doc: "How the template's variable placeholders are referenced.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "one of named, positional",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "components",
            doc: "The template's components. Must include a `BODY` component. Each component is an object whose fields depend on its `type` — see the request example.",
            required: true,
            kind: ::conference_api::FieldKind::Json,
            rules: "JSON",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for CreateWhatsAppTemplateRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for CreateWhatsAppTemplateRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for CreateWhatsAppTemplateRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<::conference_api::Uuid>>,
            f1: ::core::option::Option<::core::option::Option<Name>>,
            f2: ::core::option::Option<::core::option::Option<::std::string::String>>,
            f3: ::core::option::Option<::core::option::Option<WhatsAppTemplateCategory>>,
            f4: ::core::option::Option<
                ::core::option::Option<WhatsAppTemplateParameterFormat>,
            >,
            f5: ::core::option::Option<
                ::core::option::Option<::std::vec::Vec<WhatsAppTemplateComponent>>,
            >,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = CreateWhatsAppTemplateRequest;
            const NAMES: &'static [&'static str] = &[
                "whatsapp_business_id",
                "name",
                "language",
                "category",
                "parameter_format",
                "components",
            ];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "whatsapp_business_id" => ::core::option::Option::Some(0),
                    "name" => ::core::option::Option::Some(1),
                    "language" => ::core::option::Option::Some(2),
                    "category" => ::core::option::Option::Some(3),
                    "parameter_format" => ::core::option::Option::Some(4),
                    "components" => ::core::option::Option::Some(5),
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
                            ::conference_api::Uuid,
                            __A,
                        >(&mut self.f0, map, at, "whatsapp_business_id", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            Name,
                            __A,
                        >(&mut self.f1, map, at, "name", errors)
                    }
                    2 => {
                        ::conference_api::__private::read_slot::<
                            ::std::string::String,
                            __A,
                        >(&mut self.f2, map, at, "language", errors)
                    }
                    3 => {
                        ::conference_api::__private::read_slot::<
                            WhatsAppTemplateCategory,
                            __A,
                        >(&mut self.f3, map, at, "category", errors)
                    }
                    4 => {
                        ::conference_api::__private::read_slot::<
                            WhatsAppTemplateParameterFormat,
                            __A,
                        >(&mut self.f4, map, at, "parameter_format", errors)
                    }
                    5 => {
                        ::conference_api::__private::read_slot::<
                            ::std::vec::Vec<WhatsAppTemplateComponent>,
                            __A,
                        >(&mut self.f5, map, at, "components", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<CreateWhatsAppTemplateRequest> {
                let field_whatsapp_business_id = order
                    .required(self.f0, errors, at, 0, "whatsapp_business_id");
                let field_name = order.required(self.f1, errors, at, 1, "name");
                let field_language = order.required(self.f2, errors, at, 2, "language");
                let field_category = order.required(self.f3, errors, at, 3, "category");
                let field_parameter_format = order
                    .required(self.f4, errors, at, 4, "parameter_format");
                let field_components = order
                    .required(self.f5, errors, at, 5, "components");
                if let (
                    ::core::option::Option::Some(field_whatsapp_business_id),
                    ::core::option::Option::Some(field_name),
                    ::core::option::Option::Some(field_language),
                    ::core::option::Option::Some(field_category),
                    ::core::option::Option::Some(field_parameter_format),
                    ::core::option::Option::Some(field_components),
                ) = (
                    field_whatsapp_business_id,
                    field_name,
                    field_language,
                    field_category,
                    field_parameter_format,
                    field_components,
                ) && order.valid(errors)
                {
                    return ::core::option::Option::Some(CreateWhatsAppTemplateRequest {
                        whatsapp_business_id: field_whatsapp_business_id,
                        name: field_name,
                        language: field_language,
                        category: field_category,
                        parameter_format: field_parameter_format,
                        components: field_components,
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
            ::conference_api::Uuid,
        >(errors, at, "whatsapp_business_id", object.get("whatsapp_business_id"));
        ::conference_api::__private::check_required::<
            Name,
        >(errors, at, "name", object.get("name"));
        ::conference_api::__private::check_required::<
            ::std::string::String,
        >(errors, at, "language", object.get("language"));
        ::conference_api::__private::check_required::<
            WhatsAppTemplateCategory,
        >(errors, at, "category", object.get("category"));
        ::conference_api::__private::check_required::<
            WhatsAppTemplateParameterFormat,
        >(errors, at, "parameter_format", object.get("parameter_format"));
        ::conference_api::__private::check_required::<
            ::std::vec::Vec<WhatsAppTemplateComponent>,
        >(errors, at, "components", object.get("components"));
        ::conference_api::__private::unknown_keys(
            object,
            &[
                "whatsapp_business_id",
                "name",
                "language",
                "category",
                "parameter_format",
                "components",
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
        let field_whatsapp_business_id = ::conference_api::__private::required::<
            ::conference_api::Uuid,
        >(
            errors,
            at,
            "whatsapp_business_id",
            ::conference_api::__private::take(&mut object, "whatsapp_business_id"),
        );
        let field_name = ::conference_api::__private::required::<
            Name,
        >(errors, at, "name", ::conference_api::__private::take(&mut object, "name"));
        let field_language = ::conference_api::__private::required::<
            ::std::string::String,
        >(
            errors,
            at,
            "language",
            ::conference_api::__private::take(&mut object, "language"),
        );
        let field_category = ::conference_api::__private::required::<
            WhatsAppTemplateCategory,
        >(
            errors,
            at,
            "category",
            ::conference_api::__private::take(&mut object, "category"),
        );
        let field_parameter_format = ::conference_api::__private::required::<
            WhatsAppTemplateParameterFormat,
        >(
            errors,
            at,
            "parameter_format",
            ::conference_api::__private::take(&mut object, "parameter_format"),
        );
        let field_components = ::conference_api::__private::required::<
            ::std::vec::Vec<WhatsAppTemplateComponent>,
        >(
            errors,
            at,
            "components",
            ::conference_api::__private::take(&mut object, "components"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &[
                "whatsapp_business_id",
                "name",
                "language",
                "category",
                "parameter_format",
                "components",
            ],
            at,
            errors,
        );
        if let (
            ::core::option::Option::Some(field_whatsapp_business_id),
            ::core::option::Option::Some(field_name),
            ::core::option::Option::Some(field_language),
            ::core::option::Option::Some(field_category),
            ::core::option::Option::Some(field_parameter_format),
            ::core::option::Option::Some(field_components),
        ) = (
            field_whatsapp_business_id,
            field_name,
            field_language,
            field_category,
            field_parameter_format,
            field_components,
        ) && errors.len() == before
        {
            return ::core::option::Option::Some(CreateWhatsAppTemplateRequest {
                whatsapp_business_id: field_whatsapp_business_id,
                name: field_name,
                language: field_language,
                category: field_category,
                parameter_format: field_parameter_format,
                components: field_components,
            });
        }
        ::core::option::Option::None
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
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct CreateWhatsAppTemplateRequestBuilder(
    ::std::boxed::Box<__CreateWhatsAppTemplateRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __CreateWhatsAppTemplateRequestBuilderFields {
    whatsapp_business_id: ::core::option::Option<
        ::conference_api::__private::Slot<::conference_api::Uuid>,
    >,
    name: ::core::option::Option<::conference_api::__private::Slot<Name>>,
    language: ::core::option::Option<
        ::conference_api::__private::Slot<::std::string::String>,
    >,
    category: ::core::option::Option<
        ::conference_api::__private::Slot<WhatsAppTemplateCategory>,
    >,
    parameter_format: ::core::option::Option<
        ::conference_api::__private::Slot<WhatsAppTemplateParameterFormat>,
    >,
    components: ::core::option::Option<
        ::conference_api::__private::Slot<::std::vec::Vec<WhatsAppTemplateComponent>>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for CreateWhatsAppTemplateRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &[
                "whatsapp_business_id",
                "name",
                "language",
                "category",
                "parameter_format",
                "components",
            ],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.whatsapp_business_id,
                        value,
                    )
                }
                1usize => ::conference_api::__private::put_raw(&mut fields.name, value),
                2usize => {
                    ::conference_api::__private::put_raw(&mut fields.language, value)
                }
                3usize => {
                    ::conference_api::__private::put_raw(&mut fields.category, value)
                }
                4usize => {
                    ::conference_api::__private::put_raw(
                        &mut fields.parameter_format,
                        value,
                    )
                }
                5usize => {
                    ::conference_api::__private::put_raw(&mut fields.components, value)
                }
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for CreateWhatsAppTemplateRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "whatsapp_business_id",
                    self
                        .0
                        .whatsapp_business_id
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                ("name", self.0.name.as_ref().map(::conference_api::__private::to_json)),
                (
                    "language",
                    self.0.language.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "category",
                    self.0.category.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "parameter_format",
                    self
                        .0
                        .parameter_format
                        .as_ref()
                        .map(::conference_api::__private::to_json),
                ),
                (
                    "components",
                    self.0.components.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for CreateWhatsAppTemplateRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("CreateWhatsAppTemplateRequestBuilder")
            .field("whatsapp_business_id", &self.0.whatsapp_business_id)
            .field("name", &self.0.name)
            .field("language", &self.0.language)
            .field("category", &self.0.category)
            .field("parameter_format", &self.0.parameter_format)
            .field("components", &self.0.components)
            .finish()
    }
}
#[allow(deprecated)]
impl CreateWhatsAppTemplateRequestBuilder {
    /// The WhatsApp Business Account the template belongs to. List your accounts at `GET /api/messaging/whatsapp/businesses`.
    #[inline]
    pub fn whatsapp_business_id<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.whatsapp_business_id = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// The template name. Maximum 512 characters; lowercase letters, numbers, and underscores only.
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
    /// The template language code.
    #[inline]
    pub fn language<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.language = ::core::option::Option::Some(
            ::conference_api::__private::Slot::text(value.into()),
        );
        self
    }
    /// The template category.
    #[inline]
    pub fn category(mut self, value: WhatsAppTemplateCategory) -> Self {
        self.0.category = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// How the template's variable placeholders are referenced.
    #[inline]
    pub fn parameter_format(mut self, value: WhatsAppTemplateParameterFormat) -> Self {
        self.0.parameter_format = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The template's components. Must include a `BODY` component. Each component is an object whose fields depend on its `type` — see the request example.
    #[inline]
    pub fn components(
        mut self,
        value: ::std::vec::Vec<WhatsAppTemplateComponent>,
    ) -> Self {
        self.0.components = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
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
            ::conference_api::Uuid,
        >(&mut errors, at, "whatsapp_business_id", self.0.whatsapp_business_id.as_ref());
        ::conference_api::__private::check_required_slot::<
            Name,
        >(&mut errors, at, "name", self.0.name.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::string::String,
        >(&mut errors, at, "language", self.0.language.as_ref());
        ::conference_api::__private::check_required_slot::<
            WhatsAppTemplateCategory,
        >(&mut errors, at, "category", self.0.category.as_ref());
        ::conference_api::__private::check_required_slot::<
            WhatsAppTemplateParameterFormat,
        >(&mut errors, at, "parameter_format", self.0.parameter_format.as_ref());
        ::conference_api::__private::check_required_slot::<
            ::std::vec::Vec<WhatsAppTemplateComponent>,
        >(&mut errors, at, "components", self.0.components.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        CreateWhatsAppTemplateRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_whatsapp_business_id = ::conference_api::__private::required_slot::<
            ::conference_api::Uuid,
        >(&mut errors, at, "whatsapp_business_id", fields.whatsapp_business_id);
        let field_name = ::conference_api::__private::required_slot::<
            Name,
        >(&mut errors, at, "name", fields.name);
        let field_language = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "language", fields.language);
        let field_category = ::conference_api::__private::required_slot::<
            WhatsAppTemplateCategory,
        >(&mut errors, at, "category", fields.category);
        let field_parameter_format = ::conference_api::__private::required_slot::<
            WhatsAppTemplateParameterFormat,
        >(&mut errors, at, "parameter_format", fields.parameter_format);
        let field_components = ::conference_api::__private::required_slot::<
            ::std::vec::Vec<WhatsAppTemplateComponent>,
        >(&mut errors, at, "components", fields.components);
        if let (
            ::core::option::Option::Some(field_whatsapp_business_id),
            ::core::option::Option::Some(field_name),
            ::core::option::Option::Some(field_language),
            ::core::option::Option::Some(field_category),
            ::core::option::Option::Some(field_parameter_format),
            ::core::option::Option::Some(field_components),
        ) = (
            field_whatsapp_business_id,
            field_name,
            field_language,
            field_category,
            field_parameter_format,
            field_components,
        ) && errors.is_empty()
        {
            return ::core::result::Result::Ok(CreateWhatsAppTemplateRequest {
                whatsapp_business_id: field_whatsapp_business_id,
                name: field_name,
                language: field_language,
                category: field_category,
                parameter_format: field_parameter_format,
                components: field_components,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<CreateWhatsAppTemplateRequest>
for CreateWhatsAppTemplateRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<CreateWhatsAppTemplateRequest>::into_body(&request)
    }
}
/// The parameters of `list_whatsapp_templates` but its path's.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::default::Default,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize,
    ::conference_api::__private::serde::Deserialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct ListWhatsappTemplatesParams {
    /// Filter to templates belonging to a specific WhatsApp Business Account.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub whatsapp_business_id: ::core::option::Option<::conference_api::Uuid>,
    /// Filter by approval status.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub status: ::core::option::Option<WhatsAppTemplateStatus>,
}
impl ListWhatsappTemplatesParams {
    /// The query parameters that are set, as query pairs (arrays and objects
    /// written as their `style` says).
    pub fn to_query(
        &self,
    ) -> ::std::vec::Vec<(::std::borrow::Cow<'static, str>, ::std::string::String)> {
        let mut query: ::std::vec::Vec<
            (::std::borrow::Cow<'static, str>, ::std::string::String),
        > = ::std::vec::Vec::new();
        if let ::core::option::Option::Some(value) = &self.whatsapp_business_id {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("whatsapp_business_id"),
                    ::std::string::ToString::to_string(value),
                ));
        }
        if let ::core::option::Option::Some(value) = &self.status {
            query
                .push((
                    ::std::borrow::Cow::Borrowed("status"),
                    ::std::string::ToString::to_string(value),
                ));
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
    pub const MAX_LENGTH: u64 = 512u64;
    /// The ECMA-262 regular expression every value matches.
    pub const PATTERN: &'static str = "^[a-z0-9_]*$";
    const PATTERN_MATCHER: ::conference_api::__private::Matcher = ::conference_api::__private::Matcher::Repeat {
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
    pub const fn broken_rule(
        value: &str,
    ) -> ::core::option::Option<::conference_api::Rule> {
        let bytes = value.len() as u64;
        if bytes > 512u64 && ::conference_api::__private::code_points(value) > 512u64 {
            return ::core::option::Option::Some(
                ::conference_api::Rule::MaxLength(512u64),
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
                    "invalid Name literal: longer than 512 characters (maxLength 512); shorten it"
                )
            }
            ::core::option::Option::Some(_) => {
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
pub struct StatusCode422 {
    /// List of validation errors.
    pub errors: ::std::vec::Vec<RestApiErrorItem>,
}
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
/// Request body for updating a template. Provide `category`, `components`, or both. A template can only be updated while it is not yet approved.
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
pub struct UpdateWhatsAppTemplateRequest {
    /// The updated template category. Required if `components` is omitted.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub category: ::core::option::Option<WhatsAppTemplateCategory>,
    /// The updated components. Required if `category` is omitted.
    #[serde(skip_serializing_if = "::core::option::Option::is_none")]
    pub components: ::core::option::Option<::std::vec::Vec<WhatsAppTemplateComponent>>,
}
#[allow(deprecated)]
impl UpdateWhatsAppTemplateRequest {
    /// A request with every optional field unset.
    pub fn new() -> Self {
        Self {
            category: ::core::option::Option::None,
            components: ::core::option::Option::None,
        }
    }
    /// A builder that takes raw values and checks them all at once in [`UpdateWhatsAppTemplateRequestBuilder::build`], which lists every broken rule.
    pub fn builder() -> UpdateWhatsAppTemplateRequestBuilder {
        <UpdateWhatsAppTemplateRequestBuilder as ::core::default::Default>::default()
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "category",
            doc: "The updated template category. Required if `components` is omitted.",
            required: false,
            kind: ::conference_api::FieldKind::String,
            rules: "one of utility, marketing, authentication",
            default: ::core::option::Option::None,
        },
        ::conference_api::FieldInfo {
            name: "components",
            doc: "The updated components. Required if `category` is omitted.",
            required: false,
            kind: ::conference_api::FieldKind::Json,
            rules: "JSON",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for UpdateWhatsAppTemplateRequest {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for UpdateWhatsAppTemplateRequest {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for UpdateWhatsAppTemplateRequest {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<WhatsAppTemplateCategory>>,
            f1: ::core::option::Option<
                ::core::option::Option<::std::vec::Vec<WhatsAppTemplateComponent>>,
            >,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = UpdateWhatsAppTemplateRequest;
            const NAMES: &'static [&'static str] = &["category", "components"];
            const CLOSED: bool = true;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "category" => ::core::option::Option::Some(0),
                    "components" => ::core::option::Option::Some(1),
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
                            WhatsAppTemplateCategory,
                            __A,
                        >(&mut self.f0, map, at, "category", errors)
                    }
                    1 => {
                        ::conference_api::__private::read_slot::<
                            ::std::vec::Vec<WhatsAppTemplateComponent>,
                            __A,
                        >(&mut self.f1, map, at, "components", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<UpdateWhatsAppTemplateRequest> {
                let _ = at;
                let field_category = self.f0.flatten();
                let field_components = self.f1.flatten();
                if order.valid(errors) {
                    return ::core::option::Option::Some(UpdateWhatsAppTemplateRequest {
                        category: field_category,
                        components: field_components,
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
            WhatsAppTemplateCategory,
        >(errors, at, "category", object.get("category"));
        ::conference_api::__private::check_optional::<
            ::std::vec::Vec<WhatsAppTemplateComponent>,
        >(errors, at, "components", object.get("components"));
        ::conference_api::__private::unknown_keys(
            object,
            &["category", "components"],
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
        let field_category = ::conference_api::__private::optional::<
            WhatsAppTemplateCategory,
        >(
            errors,
            at,
            "category",
            ::conference_api::__private::take(&mut object, "category"),
        );
        let field_components = ::conference_api::__private::optional::<
            ::std::vec::Vec<WhatsAppTemplateComponent>,
        >(
            errors,
            at,
            "components",
            ::conference_api::__private::take(&mut object, "components"),
        );
        ::conference_api::__private::unknown_keys(
            &object,
            &["category", "components"],
            at,
            errors,
        );
        if errors.len() == before {
            return ::core::option::Option::Some(UpdateWhatsAppTemplateRequest {
                category: field_category,
                components: field_components,
            });
        }
        ::core::option::Option::None
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
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct UpdateWhatsAppTemplateRequestBuilder(
    ::std::boxed::Box<__UpdateWhatsAppTemplateRequestBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __UpdateWhatsAppTemplateRequestBuilderFields {
    category: ::core::option::Option<
        ::conference_api::__private::Slot<WhatsAppTemplateCategory>,
    >,
    components: ::core::option::Option<
        ::conference_api::__private::Slot<::std::vec::Vec<WhatsAppTemplateComponent>>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for UpdateWhatsAppTemplateRequestBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["category", "components"],
            true,
            &mut |index, value| match index {
                0usize => {
                    ::conference_api::__private::put_raw(&mut fields.category, value)
                }
                1usize => {
                    ::conference_api::__private::put_raw(&mut fields.components, value)
                }
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize
for UpdateWhatsAppTemplateRequestBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[
                (
                    "category",
                    self.0.category.as_ref().map(::conference_api::__private::to_json),
                ),
                (
                    "components",
                    self.0.components.as_ref().map(::conference_api::__private::to_json),
                ),
            ],
        )
    }
}
impl ::core::fmt::Debug for UpdateWhatsAppTemplateRequestBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("UpdateWhatsAppTemplateRequestBuilder")
            .field("category", &self.0.category)
            .field("components", &self.0.components)
            .finish()
    }
}
#[allow(deprecated)]
impl UpdateWhatsAppTemplateRequestBuilder {
    /// The updated template category. Required if `components` is omitted.
    #[inline]
    pub fn category(mut self, value: WhatsAppTemplateCategory) -> Self {
        self.0.category = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Typed((value)),
        );
        self
    }
    /// The updated components. Required if `category` is omitted.
    #[inline]
    pub fn components(
        mut self,
        value: ::std::vec::Vec<WhatsAppTemplateComponent>,
    ) -> Self {
        self.0.components = ::core::option::Option::Some(
            ::conference_api::__private::Slot::Raw(
                ::conference_api::__private::to_json(&value),
            ),
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
            WhatsAppTemplateCategory,
        >(&mut errors, at, "category", self.0.category.as_ref());
        ::conference_api::__private::check_optional_slot::<
            ::std::vec::Vec<WhatsAppTemplateComponent>,
        >(&mut errors, at, "components", self.0.components.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        UpdateWhatsAppTemplateRequest,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_category = ::conference_api::__private::optional_slot::<
            WhatsAppTemplateCategory,
        >(&mut errors, at, "category", fields.category);
        let field_components = ::conference_api::__private::optional_slot::<
            ::std::vec::Vec<WhatsAppTemplateComponent>,
        >(&mut errors, at, "components", fields.components);
        if errors.is_empty() {
            return ::core::result::Result::Ok(UpdateWhatsAppTemplateRequest {
                category: field_category,
                components: field_components,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<UpdateWhatsAppTemplateRequest>
for UpdateWhatsAppTemplateRequestBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<UpdateWhatsAppTemplateRequest>::into_body(&request)
    }
}
/// A WhatsApp Business Account (WABA) connected to your SignalWire Space. Each business account can have its own set of phone numbers and message templates.
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
pub struct WhatsAppBusiness {
    /// The SignalWire identifier for the WhatsApp Business Account. Use this value as `whatsapp_business_id` when creating or listing templates.
    pub whatsapp_business_id: ::conference_api::Uuid,
    /// The business name as registered with Meta.
    pub business_name: ::core::option::Option<::std::string::String>,
    /// The Meta business portfolio ID associated with the account.
    pub business_portfolio_id: ::core::option::Option<::std::string::String>,
    /// The WhatsApp Business Account ID (WABA ID) assigned by Meta.
    pub waba_id: ::std::string::String,
    /// The date and time when the record was created.
    pub created_at: ::std::string::String,
    /// The date and time when the record was last updated.
    pub updated_at: ::std::string::String,
}
/// Response containing a list of WhatsApp Business Accounts.
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
pub struct WhatsAppBusinessListResponse {
    /// List of WhatsApp Business Accounts connected to the Space.
    pub data: ::std::vec::Vec<WhatsAppBusiness>,
}
/// A WhatsApp phone number connected to your Space. Numbers are linked during the Meta embedded signup flow and used as the `from` address when sending messages.
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
pub struct WhatsAppNumber {
    /// The SignalWire identifier of the WhatsApp number.
    pub id: ::conference_api::Uuid,
    /// The Meta phone number ID for this WhatsApp number.
    pub business_phone_number_id: ::std::string::String,
    /// The WhatsApp number, prefixed with `whatsapp:`. Use this value as the `from` address when sending messages.
    pub phone_number: ::std::string::String,
    /// The ID of the resource (Call Flow, AI Agent, SWML script, etc.) that handles inbound calls to this number. Null if no calling handler is configured.
    pub calling_handler_resource_id: ::core::option::Option<::conference_api::Uuid>,
    /// The ID of the resource that handles inbound messages to this number. Null if no messaging handler is configured.
    pub messaging_handler_resource_id: ::core::option::Option<::conference_api::Uuid>,
    /// The business name as registered with Meta.
    pub business_name: ::core::option::Option<::std::string::String>,
    /// The WhatsApp Business Account ID (WABA ID) assigned by Meta.
    pub waba_id: ::std::string::String,
    /// The SignalWire identifier of the WhatsApp Business Account this number belongs to.
    pub whatsapp_business_id: ::conference_api::Uuid,
    /// Whether SIP calling is enabled for this number.
    pub voice_enabled: bool,
    /// Whether this number can place and receive calls — true when a calling handler is configured and voice is enabled.
    pub voice_capable: bool,
    /// The date and time when the record was created.
    pub created_at: ::std::string::String,
    /// The date and time when the record was last updated.
    pub updated_at: ::std::string::String,
}
/// Response containing a list of WhatsApp numbers.
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
pub struct WhatsAppNumberListResponse {
    /// List of WhatsApp numbers available to the Space.
    pub data: ::std::vec::Vec<WhatsAppNumber>,
}
/// Response containing a single WhatsApp number.
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
pub struct WhatsAppNumberResponse {
    /// The SignalWire identifier of the WhatsApp number.
    pub id: ::conference_api::Uuid,
    /// The Meta phone number ID for this WhatsApp number.
    pub business_phone_number_id: ::std::string::String,
    /// The WhatsApp number, prefixed with `whatsapp:`. Use this value as the `from` address when sending messages.
    pub phone_number: ::std::string::String,
    /// The ID of the resource (Call Flow, AI Agent, SWML script, etc.) that handles inbound calls to this number. Null if no calling handler is configured.
    pub calling_handler_resource_id: ::core::option::Option<::conference_api::Uuid>,
    /// The ID of the resource that handles inbound messages to this number. Null if no messaging handler is configured.
    pub messaging_handler_resource_id: ::core::option::Option<::conference_api::Uuid>,
    /// The business name as registered with Meta.
    pub business_name: ::core::option::Option<::std::string::String>,
    /// The WhatsApp Business Account ID (WABA ID) assigned by Meta.
    pub waba_id: ::std::string::String,
    /// The SignalWire identifier of the WhatsApp Business Account this number belongs to.
    pub whatsapp_business_id: ::conference_api::Uuid,
    /// Whether SIP calling is enabled for this number.
    pub voice_enabled: bool,
    /// Whether this number can place and receive calls — true when a calling handler is configured and voice is enabled.
    pub voice_capable: bool,
    /// The date and time when the record was created.
    pub created_at: ::std::string::String,
    /// The date and time when the record was last updated.
    pub updated_at: ::std::string::String,
}
/// A WhatsApp message template.
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
pub struct WhatsAppTemplate {
    /// The SignalWire identifier of the template.
    pub id: ::conference_api::Uuid,
    /// The template name. Lowercase letters, numbers, and underscores only.
    pub name: ::std::string::String,
    /// The template category.
    pub category: ::conference_api::OrUnknown<WhatsAppTemplateCategory>,
    /// The template's components (header, body, footer, buttons).
    pub components: ::std::vec::Vec<WhatsAppTemplateComponentResponse>,
    /// The template language code.
    pub language: ::std::string::String,
    /// How the template's variable placeholders are referenced.
    pub parameter_format: ::conference_api::OrUnknown<WhatsAppTemplateParameterFormat>,
    /// Meta's identifier for the template.
    pub template_id: ::std::string::String,
    /// The Meta approval status of the template.
    pub template_status: ::conference_api::OrUnknown<WhatsAppTemplateStatus>,
    /// The SignalWire identifier of the WhatsApp Business Account the template belongs to.
    pub whatsapp_business_id: ::conference_api::Uuid,
    /// The date and time when the template was created.
    pub created_at: ::std::string::String,
    /// The date and time when the template was last updated.
    pub updated_at: ::std::string::String,
    /// The date and time when the template was discarded, if applicable.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub discarded_at: ::core::option::Option<::std::string::String>,
}
/// The category of a WhatsApp message template.
///
/// One of: utility, marketing, authentication.
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
pub enum WhatsAppTemplateCategory {
    /// `utility`
    Utility,
    /// `marketing`
    Marketing,
    /// `authentication`
    Authentication,
}
impl ::core::fmt::Debug for WhatsAppTemplateCategory {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::str::FromStr for WhatsAppTemplateCategory {
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
::conference_api::__string_enum!(WhatsAppTemplateCategory);
/// A template component. The `type` is one of `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`. Additional fields depend on the component type — for example, a `BODY` carries `text`, while `BUTTONS` carries a `buttons` array. See the create example for the full shape.
///
/// Valid by construction: every field holds a checked value. Deserializing one (from
/// JSON, a configuration file) runs the same checks and reports every broken rule.
#[derive(
    ::core::clone::Clone,
    ::core::fmt::Debug,
    ::core::cmp::PartialEq,
    ::conference_api::__private::serde::Serialize
)]
#[serde(crate = "::conference_api::__private::serde")]
pub struct WhatsAppTemplateComponent {
    /// The component type: `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`.
    pub r#type: ::std::string::String,
}
#[allow(deprecated)]
impl WhatsAppTemplateComponent {
    /// A request with its required fields (`type`) and every optional field unset.
    pub fn new(r#type: ::std::string::String) -> Self {
        Self { r#type }
    }
    /// A builder that takes raw values and checks them all at once in [`WhatsAppTemplateComponentBuilder::build`], which lists every broken rule.
    pub fn builder<'a>(
        r#type: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> WhatsAppTemplateComponentBuilder {
        <WhatsAppTemplateComponentBuilder as ::core::default::Default>::default()
            .r#type(r#type)
    }
    /// Every field, with its documentation and rules, in the schema's order.
    pub const FIELDS: &'static [::conference_api::FieldInfo] = &[
        ::conference_api::FieldInfo {
            name: "type",
            doc: "The component type: `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`.",
            required: true,
            kind: ::conference_api::FieldKind::String,
            rules: "text",
            default: ::core::option::Option::None,
        },
    ];
}
#[allow(deprecated)]
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for WhatsAppTemplateComponent {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::conference_api::__private::deserialize_checked(deserializer)
    }
}
impl ::conference_api::__private::RequestBody for WhatsAppTemplateComponent {}
#[allow(deprecated)]
impl ::conference_api::__private::FromJson for WhatsAppTemplateComponent {
    fn read_json<'de, __D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
        #[derive(::core::default::Default)]
        struct __Slots {
            f0: ::core::option::Option<::core::option::Option<::std::string::String>>,
        }
        impl ::conference_api::__private::Fields for __Slots {
            type Object = WhatsAppTemplateComponent;
            const NAMES: &'static [&'static str] = &["type"];
            const CLOSED: bool = false;
            fn index(key: &str) -> ::core::option::Option<usize> {
                match key {
                    "type" => ::core::option::Option::Some(0),
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
                            ::std::string::String,
                            __A,
                        >(&mut self.f0, map, at, "type", errors)
                    }
                    _ => ::core::result::Result::Ok(()),
                }
            }
            fn finish(
                self,
                at: ::conference_api::__private::Path<'_>,
                errors: &mut ::conference_api::ValidationErrors,
                order: &mut ::conference_api::__private::Order,
            ) -> ::core::option::Option<WhatsAppTemplateComponent> {
                let field_type = order.required(self.f0, errors, at, 0, "type");
                if let (::core::option::Option::Some(field_type),) = (field_type,)
                    && order.valid(errors)
                {
                    return ::core::option::Option::Some(WhatsAppTemplateComponent {
                        r#type: field_type,
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
            ::std::string::String,
        >(errors, at, "type", object.get("type"));
    }
    fn from_json(
        value: ::conference_api::__private::serde_json::Value,
        at: ::conference_api::__private::Path<'_>,
        errors: &mut ::conference_api::ValidationErrors,
    ) -> ::core::option::Option<Self> {
        let before = errors.len();
        let mut object = ::conference_api::__private::into_object(value, at, errors)?;
        let field_type = ::conference_api::__private::required::<
            ::std::string::String,
        >(errors, at, "type", ::conference_api::__private::take(&mut object, "type"));
        if let (::core::option::Option::Some(field_type),) = (field_type,)
            && errors.len() == before
        {
            return ::core::option::Option::Some(WhatsAppTemplateComponent {
                r#type: field_type,
            });
        }
        ::core::option::Option::None
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
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
pub struct WhatsAppTemplateComponentBuilder(
    ::std::boxed::Box<__WhatsAppTemplateComponentBuilderFields>,
);
#[doc(hidden)]
#[derive(::core::clone::Clone, ::core::default::Default, ::core::cmp::PartialEq)]
struct __WhatsAppTemplateComponentBuilderFields {
    r#type: ::core::option::Option<
        ::conference_api::__private::Slot<::std::string::String>,
    >,
}
impl<'de> ::conference_api::__private::serde::Deserialize<'de>
for WhatsAppTemplateComponentBuilder {
    fn deserialize<__D: ::conference_api::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        let mut builder = <Self as ::core::default::Default>::default();
        let fields = &mut *builder.0;
        ::conference_api::__private::read_builder(
            deserializer,
            &["type"],
            false,
            &mut |index, value| match index {
                0usize => ::conference_api::__private::put_raw(&mut fields.r#type, value),
                _ => false,
            },
        )?;
        ::core::result::Result::Ok(builder)
    }
}
impl ::conference_api::__private::serde::Serialize for WhatsAppTemplateComponentBuilder {
    fn serialize<__S: ::conference_api::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        ::conference_api::__private::write_builder(
            serializer,
            &[("type", self.0.r#type.as_ref().map(::conference_api::__private::to_json))],
        )
    }
}
impl ::core::fmt::Debug for WhatsAppTemplateComponentBuilder {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("WhatsAppTemplateComponentBuilder")
            .field("type", &self.0.r#type)
            .finish()
    }
}
#[allow(deprecated)]
impl WhatsAppTemplateComponentBuilder {
    /// The component type: `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`.
    #[inline]
    pub fn r#type<'a>(
        mut self,
        value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
    ) -> Self {
        self.0.r#type = ::core::option::Option::Some(
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
            ::std::string::String,
        >(&mut errors, at, "type", self.0.r#type.as_ref());
        errors.into_result(|| ())
    }
    /// The request, or every rule its values break.
    pub fn build(
        self,
    ) -> ::core::result::Result<
        WhatsAppTemplateComponent,
        ::conference_api::ValidationErrors,
    > {
        let mut errors = ::conference_api::ValidationErrors::new();
        let at = ::conference_api::__private::Path::Root;
        let fields = *self.0;
        let field_type = ::conference_api::__private::required_slot::<
            ::std::string::String,
        >(&mut errors, at, "type", fields.r#type);
        if let (::core::option::Option::Some(field_type),) = (field_type,)
            && errors.is_empty()
        {
            return ::core::result::Result::Ok(WhatsAppTemplateComponent {
                r#type: field_type,
            });
        }
        ::core::result::Result::Err(errors)
    }
}
impl ::conference_api::IntoBody<WhatsAppTemplateComponent>
for WhatsAppTemplateComponentBuilder {
    fn into_body(
        self,
    ) -> ::core::result::Result<
        ::std::vec::Vec<u8>,
        ::conference_api::ValidationErrors,
    > {
        let request = self.build()?;
        ::conference_api::IntoBody::<WhatsAppTemplateComponent>::into_body(&request)
    }
}
/// A template component. The `type` is one of `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`. Additional fields depend on the component type — for example, a `BODY` carries `text`, while `BUTTONS` carries a `buttons` array. See the create example for the full shape.
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
pub struct WhatsAppTemplateComponentResponse {
    /// The component type: `HEADER`, `BODY`, `FOOTER`, or `BUTTONS`.
    pub r#type: ::std::string::String,
}
/// Response returned when a template has been deleted.
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
pub struct WhatsAppTemplateDeleteResponse {
    /// Whether the template was deleted successfully at Meta.
    pub success: bool,
    /// Empty array when the deletion succeeds; otherwise the error details returned by Meta.
    pub errors: ::conference_api::__private::serde_json::Value,
}
/// Response containing a list of message templates.
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
pub struct WhatsAppTemplateListResponse {
    /// List of message templates.
    pub data: ::std::vec::Vec<WhatsAppTemplate>,
}
/// How a template's variable placeholders are referenced.
///
/// One of: named, positional.
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
pub enum WhatsAppTemplateParameterFormat {
    /// `named`
    Named,
    /// `positional`
    Positional,
}
impl ::core::fmt::Debug for WhatsAppTemplateParameterFormat {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::str::FromStr for WhatsAppTemplateParameterFormat {
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
::conference_api::__string_enum!(WhatsAppTemplateParameterFormat);
/// Response containing a single message template.
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
pub struct WhatsAppTemplateResponse {
    /// The SignalWire identifier of the template.
    pub id: ::conference_api::Uuid,
    /// The template name. Lowercase letters, numbers, and underscores only.
    pub name: ::std::string::String,
    /// The template category.
    pub category: ::conference_api::OrUnknown<WhatsAppTemplateCategory>,
    /// The template's components (header, body, footer, buttons).
    pub components: ::std::vec::Vec<WhatsAppTemplateComponentResponse>,
    /// The template language code.
    pub language: ::std::string::String,
    /// How the template's variable placeholders are referenced.
    pub parameter_format: ::conference_api::OrUnknown<WhatsAppTemplateParameterFormat>,
    /// Meta's identifier for the template.
    pub template_id: ::std::string::String,
    /// The Meta approval status of the template.
    pub template_status: ::conference_api::OrUnknown<WhatsAppTemplateStatus>,
    /// The SignalWire identifier of the WhatsApp Business Account the template belongs to.
    pub whatsapp_business_id: ::conference_api::Uuid,
    /// The date and time when the template was created.
    pub created_at: ::std::string::String,
    /// The date and time when the template was last updated.
    pub updated_at: ::std::string::String,
    /// The date and time when the template was discarded, if applicable.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub discarded_at: ::core::option::Option<::std::string::String>,
}
/// The Meta approval status of a template. A template must be `approved` before it can be used to send messages.
///
/// One of: approved, archived, deleted, disabled, flagged, in_appeal, limit_exceeded, locked, paused, pending, reinstated, pending_deletion, rejected.
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
impl ::core::fmt::Debug for WhatsAppTemplateStatus {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
impl ::core::str::FromStr for WhatsAppTemplateStatus {
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
::conference_api::__string_enum!(WhatsAppTemplateStatus);
/// The error bodies `list_whatsapp_businesses` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("list_whatsapp_businesses")? {
            401 => error.__body_as().map(Self::Unauthorized),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `list_whatsapp_numbers` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("list_whatsapp_numbers")? {
            401 => error.__body_as().map(Self::Unauthorized),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `retrieve_whatsapp_number` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("retrieve_whatsapp_number")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `list_whatsapp_templates` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("list_whatsapp_templates")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `create_whatsapp_template` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("create_whatsapp_template")? {
            400 => error.__body_as().map(Self::BadRequest),
            401 => error.__body_as().map(Self::Unauthorized),
            422 => error.__body_as().map(Self::UnprocessableEntity),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `retrieve_whatsapp_template` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("retrieve_whatsapp_template")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `delete_whatsapp_template` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("delete_whatsapp_template")? {
            401 => error.__body_as().map(Self::Unauthorized),
            404 => error.__body_as().map(Self::NotFound),
            500 => error.__body_as().map(Self::InternalServerError),
            _ => ::core::option::Option::None,
        }
    }
}
/// The error bodies `update_whatsapp_template` documents, typed: [`from_api_error`](Self::from_api_error) decodes one.
#[derive(::core::clone::Clone, ::core::fmt::Debug)]
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
    pub fn from_api_error(
        error: &::conference_api::ApiError,
    ) -> ::core::option::Option<Self> {
        match error.__documented_as("update_whatsapp_template")? {
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
    ) -> ::conference_api::Call<'a, WhatsAppBusinessListResponse>;
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
    fn list_whatsapp_numbers<'a>(
        &'a self,
    ) -> ::conference_api::Call<'a, WhatsAppNumberListResponse>;
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
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, WhatsAppNumberResponse>;
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
    ) -> ::conference_api::Call<'a, WhatsAppTemplateListResponse>;
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
        body: impl ::conference_api::IntoBody<CreateWhatsAppTemplateRequest>,
    ) -> ::conference_api::Call<'a, WhatsAppTemplate>;
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
    ) -> ::conference_api::Call<'a, WhatsAppTemplateResponse>;
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
    ) -> ::conference_api::Call<'a, WhatsAppTemplateDeleteResponse>;
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
        body: impl ::conference_api::IntoBody<UpdateWhatsAppTemplateRequest>,
    ) -> ::conference_api::Call<'a, WhatsAppTemplateResponse>;
}
impl Api for ::conference_api::Client {
    fn list_whatsapp_businesses<'a>(
        &'a self,
    ) -> ::conference_api::Call<'a, WhatsAppBusinessListResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "list_whatsapp_businesses",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/messaging/whatsapp/businesses",
            success_status: 200u16,
            documented_errors: &[401u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/messaging/whatsapp/businesses"),
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<WhatsAppBusinessListResponse>,
        )
    }
    fn list_whatsapp_numbers<'a>(
        &'a self,
    ) -> ::conference_api::Call<'a, WhatsAppNumberListResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "list_whatsapp_numbers",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/messaging/whatsapp/numbers",
            success_status: 200u16,
            documented_errors: &[401u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/messaging/whatsapp/numbers"),
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<WhatsAppNumberListResponse>,
        )
    }
    fn retrieve_whatsapp_number<'a>(
        &'a self,
        id: &::conference_api::Uuid,
    ) -> ::conference_api::Call<'a, WhatsAppNumberResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "retrieve_whatsapp_number",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/messaging/whatsapp/numbers/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/messaging/whatsapp/numbers/{}",
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
            ::conference_api::__private::success_json::<WhatsAppNumberResponse>,
        )
    }
    fn list_whatsapp_templates<'a>(
        &'a self,
        params: &ListWhatsappTemplatesParams,
    ) -> ::conference_api::Call<'a, WhatsAppTemplateListResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "list_whatsapp_templates",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/messaging/whatsapp/templates",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/messaging/whatsapp/templates"),
            query: params.to_query(),
            headers: ::std::vec::Vec::new(),
            body: ::core::option::Option::None,
        };
        ::conference_api::__private::Call::new(
            self,
            &OPERATION,
            parts,
            ::conference_api::__private::success_json::<WhatsAppTemplateListResponse>,
        )
    }
    fn create_whatsapp_template<'a>(
        &'a self,
        body: impl ::conference_api::IntoBody<CreateWhatsAppTemplateRequest>,
    ) -> ::conference_api::Call<'a, WhatsAppTemplate> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "create_whatsapp_template",
            method: ::conference_api::__private::Method::Post,
            path_template: "/api/messaging/whatsapp/templates",
            success_status: 201u16,
            documented_errors: &[400u16, 401u16, 422u16, 500u16],
            media: &[::conference_api::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::string::String::from("/api/messaging/whatsapp/templates"),
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
            ::conference_api::__private::success_json::<WhatsAppTemplate>,
        )
    }
    fn retrieve_whatsapp_template<'a>(
        &'a self,
        id: &str,
    ) -> ::conference_api::Call<'a, WhatsAppTemplateResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "retrieve_whatsapp_template",
            method: ::conference_api::__private::Method::Get,
            path_template: "/api/messaging/whatsapp/templates/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/messaging/whatsapp/templates/{}",
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
            ::conference_api::__private::success_json::<WhatsAppTemplateResponse>,
        )
    }
    fn delete_whatsapp_template<'a>(
        &'a self,
        id: &str,
    ) -> ::conference_api::Call<'a, WhatsAppTemplateDeleteResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "delete_whatsapp_template",
            method: ::conference_api::__private::Method::Delete,
            path_template: "/api/messaging/whatsapp/templates/{id}",
            success_status: 200u16,
            documented_errors: &[401u16, 404u16, 500u16],
            media: &[],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/messaging/whatsapp/templates/{}",
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
            ::conference_api::__private::success_json::<WhatsAppTemplateDeleteResponse>,
        )
    }
    fn update_whatsapp_template<'a>(
        &'a self,
        id: &str,
        body: impl ::conference_api::IntoBody<UpdateWhatsAppTemplateRequest>,
    ) -> ::conference_api::Call<'a, WhatsAppTemplateResponse> {
        const OPERATION: ::conference_api::__private::Operation = ::conference_api::__private::Operation {
            id: "update_whatsapp_template",
            method: ::conference_api::__private::Method::Patch,
            path_template: "/api/messaging/whatsapp/templates/{id}",
            success_status: 200u16,
            documented_errors: &[400u16, 401u16, 404u16, 422u16, 500u16],
            media: &[::conference_api::MediaType::Json],
            accept: "application/json",
            files: &[],
        };
        let parts = ::conference_api::__private::RequestParts {
            path: ::std::format!(
                "/api/messaging/whatsapp/templates/{}",
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
            ::conference_api::__private::success_json::<WhatsAppTemplateResponse>,
        )
    }
}
