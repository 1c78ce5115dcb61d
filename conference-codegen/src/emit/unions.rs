//! `anyOf`/`oneOf` unions. A request union is a closed enum: deserializing or building
//! one picks the variant the value fits (by the discriminator when there is one) and
//! says which variants were tried when none fits. A response union decodes to the first
//! variant that fits, and keeps any other value as `Unknown` instead of failing.

use super::{allow_deprecated, deprecated, doc, rust_type};
use crate::model::{Side, TypeDef, UnionDef};
use crate::naming::ident;
use crate::parse::UnionKind;
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit_union(def: &TypeDef, u: &UnionDef) -> TokenStream {
    match u.side {
        Side::Request => emit_request(def, u),
        Side::Response => emit_response(def, u),
    }
}

fn variant_docs(u: &UnionDef) -> Vec<String> {
    u.variants
        .iter()
        .map(|v| match (&v.tag, &u.tag) {
            (Some(tag), Some(property)) => format!(" `{property}` is `{tag}`."),
            _ => format!(" A value of this type (`{}`).", v.pointer),
        })
        .collect()
}

fn emit_request(def: &TypeDef, u: &UnionDef) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc(def.doc.as_deref());
    let deprecated = deprecated(def.deprecated);
    let allow = allow_deprecated();
    let variants: Vec<_> = u.variants.iter().map(|v| ident(&v.name)).collect();
    let types: Vec<TokenStream> = u.variants.iter().map(|v| rust_type(&v.ty)).collect();
    let names: Vec<&str> = u.variants.iter().map(|v| v.name.as_str()).collect();
    let variant_docs = variant_docs(u);
    let rule = match u.kind {
        UnionKind::OneOf => " A request value must fit exactly one variant (`oneOf`).",
        UnionKind::AnyOf => {
            " A request value must fit at least one variant (`anyOf`); the first that fits is taken."
        }
    };
    let (check, convert) = match &u.tag {
        Some(property) => {
            let tags: Vec<&str> = u.variants.iter().filter_map(|v| v.tag.as_deref()).collect();
            (
                quote! {
                    match __rt::union_tag(value, #property, Self::TAGS, at, errors) {
                        #( __rt::Some(#tags) => <#types as __rt::FromJson>::check_json(value, at, errors), )*
                        _ => {}
                    }
                },
                quote! {
                    match __rt::union_tag(&value, #property, Self::TAGS, at, errors) {
                        #( __rt::Some(#tags) => <#types as __rt::FromJson>::from_json(value, at, errors).map(Self::#variants), )*
                        _ => __rt::None,
                    }
                },
            )
        }
        None => {
            let kind = match u.kind {
                UnionKind::OneOf => quote!(__rt::UnionKind::OneOf),
                UnionKind::AnyOf => quote!(__rt::UnionKind::AnyOf),
            };
            let indexes: Vec<usize> = (0..u.variants.len()).collect();
            let fits = quote! {
                __rt::union_choice(
                    &[#( <#types as __rt::FromJson>::check_json as __rt::CheckFn ),*],
                    Self::VARIANTS, #kind, value_ref, at, errors,
                )
            };
            (
                quote! {
                    let value_ref = value;
                    let _ = #fits;
                },
                quote! {
                    let value_ref = &value;
                    match #fits {
                        #( __rt::Some(#indexes) => <#types as __rt::FromJson>::from_json(value, at, errors).map(Self::#variants), )*
                        _ => __rt::None,
                    }
                },
            )
        }
    };
    let tags_const = u.tag.as_ref().map(|_| {
        let tags: Vec<&str> = u.variants.iter().filter_map(|v| v.tag.as_deref()).collect();
        quote! {
            /// The discriminator's value of each variant, in order.
            pub const TAGS: &'static [&'static str] = &[#(#tags),*];
        }
    });
    quote! {
        #docs
        #[doc = ""]
        #[doc = #rule]
        #deprecated
        #[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants(#types), )*
        }

        #allow
        impl #name {
            /// The variants' names, in the schema's order.
            pub const VARIANTS: &'static [&'static str] = &[#(#names),*];
            #tags_const
        }

        #allow
        impl __rt::serde::Serialize for #name {
            fn serialize<__S: __rt::serde::Serializer>(&self, serializer: __S) -> __rt::Result<__S::Ok, __S::Error> {
                match self {
                    #( Self::#variants(value) => __rt::serde::Serialize::serialize(value, serializer), )*
                }
            }
        }

        #allow
        impl<'de> __rt::serde::Deserialize<'de> for #name {
            fn deserialize<__D: __rt::serde::Deserializer<'de>>(deserializer: __D) -> __rt::Result<Self, __D::Error> {
                __rt::deserialize_checked(deserializer)
            }
        }

        #allow
        impl __rt::FromJson for #name {
            fn check_json(value: &__rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) {
                #check
            }
            fn from_json(value: __rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) -> __rt::Option<Self> {
                #convert
            }
        }

        impl __rt::RequestBody for #name {}
    }
}

fn emit_response(def: &TypeDef, u: &UnionDef) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc(def.doc.as_deref());
    let deprecated = deprecated(def.deprecated);
    let allow = allow_deprecated();
    let variants: Vec<_> = u.variants.iter().map(|v| ident(&v.name)).collect();
    let types: Vec<TokenStream> = u.variants.iter().map(|v| rust_type(&v.ty)).collect();
    let names: Vec<&str> = u.variants.iter().map(|v| v.name.as_str()).collect();
    let variant_docs = variant_docs(u);
    // One small function per variant, in a table: a match over many variants would keep
    // every variant's value in one stack frame, and recursive documents (SWML) nest them.
    let tries = quote! {
        const TRIES: &[__rt::TryVariant<#name>] = &[
            #( |value| __rt::try_variant::<#types>(value).map(|(decoded, whole)| (#name::#variants(decoded), whole)), )*
        ];
    };
    let decode = match &u.tag {
        Some(property) => {
            let tags: Vec<&str> = u.variants.iter().filter_map(|v| v.tag.as_deref()).collect();
            quote! {
                #tries
                const TAGS: &[&str] = &[#(#tags),*];
                let tag = value.get(#property).and_then(__rt::serde_json::Value::as_str);
                let decoded = TAGS
                    .iter()
                    .position(|known| __rt::Some(*known) == tag)
                    .and_then(|i| TRIES[i](&value))
                    .map(|(decoded, _)| decoded);
                __rt::Ok(decoded.unwrap_or(Self::Unknown(value)))
            }
        }
        // Lenient variants accept more than their own fields: prefer the first that
        // keeps the whole value, then the first that decodes at all.
        None => quote! {
            #tries
            __rt::Ok(__rt::first_fitting(&value, TRIES).unwrap_or(Self::Unknown(value)))
        },
    };
    quote! {
        #docs
        #[doc = ""]
        #[doc = " Decoded leniently: the first variant that keeps the whole value, else the first that decodes, else [`Unknown`](Self::Unknown) with the JSON as it came."]
        #deprecated
        #[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants(#types), )*
            /// A value that fits no variant the schema lists (yet), kept as it was sent.
            Unknown(__rt::serde_json::Value),
        }

        #allow
        impl #name {
            /// The variants' names, in the schema's order (without `Unknown`).
            pub const VARIANTS: &'static [&'static str] = &[#(#names),*];
        }

        #allow
        impl __rt::serde::Serialize for #name {
            fn serialize<__S: __rt::serde::Serializer>(&self, serializer: __S) -> __rt::Result<__S::Ok, __S::Error> {
                match self {
                    #( Self::#variants(value) => __rt::serde::Serialize::serialize(value, serializer), )*
                    Self::Unknown(value) => __rt::serde::Serialize::serialize(value, serializer),
                }
            }
        }

        #allow
        impl<'de> __rt::serde::Deserialize<'de> for #name {
            fn deserialize<__D: __rt::serde::Deserializer<'de>>(deserializer: __D) -> __rt::Result<Self, __D::Error> {
                let value = <__rt::serde_json::Value as __rt::serde::Deserialize>::deserialize(deserializer)?;
                #decode
            }
        }
    }
}
