//! Enums and constrained newtypes: the values that carry the schema's rules.

use super::{doc, escape_braces};
use crate::model::{Constrained, Enum, TypeDef};
use crate::naming::ident;
use crate::pattern;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// Enums with more values than this find a value by binary search rather than a scan.
const LINEAR_SEARCH: usize = 16;

pub fn emit_enum(def: &TypeDef, e: &Enum) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc(def.doc.as_deref());
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let wires: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
    let debug_names = variants
        .iter()
        .map(|v| v.to_string().trim_start_matches("r#").to_owned());
    let variant_docs = wires.iter().map(|w| format!(" `{w}`"));
    let listing = wires.join(", ");
    // Large enums are searched by binary search: their positions ordered by value.
    let by_wire: Vec<u32> = if wires.len() > LINEAR_SEARCH {
        let mut order: Vec<u32> = (0..wires.len() as u32).collect();
        order.sort_by_key(|&i| wires[i as usize]);
        order
    } else {
        Vec::new()
    };
    let type_doc = format!(" One of: {listing}.");
    let (serialize, deserialize, from_json) = if e.numeric {
        let numbers: Vec<Literal> = wires
            .iter()
            .map(|w| {
                Literal::f64_suffixed(
                    w.parse::<f64>()
                        .ok()
                        .filter(|f| f.is_finite())
                        .unwrap_or_default(),
                )
            })
            .collect();
        let integral: Vec<Option<i64>> = wires.iter().map(|w| w.parse::<i64>().ok()).collect();
        let ser_arms = variants
            .iter()
            .zip(&integral)
            .zip(&numbers)
            .map(|((v, int), float)| match int {
                Some(n) => quote!(Self::#v => serializer.serialize_i64(#n)),
                None => quote!(Self::#v => serializer.serialize_f64(#float)),
            });
        let from_number = quote! {
            fn from_number(number: f64) -> __rt::Option<Self> {
                #( if number == #numbers { return __rt::Some(Self::#variants); } )*
                __rt::None
            }
        };
        (
            quote! {
                impl __rt::serde::Serialize for #name {
                    fn serialize<__S: __rt::serde::Serializer>(&self, serializer: __S) -> __rt::Result<__S::Ok, __S::Error> {
                        match self { #(#ser_arms,)* }
                    }
                }
                impl #name { #from_number }
            },
            quote! {
                impl<'de> __rt::serde::Deserialize<'de> for #name {
                    fn deserialize<__D: __rt::serde::Deserializer<'de>>(deserializer: __D) -> __rt::Result<Self, __D::Error> {
                        let number = <f64 as __rt::serde::Deserialize>::deserialize(deserializer)?;
                        Self::from_number(number).ok_or_else(|| {
                            <__D::Error as __rt::serde::de::Error>::custom(
                                __rt::enum_violation(Self::VALUES, &number.to_string()),
                            )
                        })
                    }
                }
            },
            quote! {
              impl __rt::Display for #name {
                fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
                    f.write_str(self.as_str())
                }
              }
              impl __rt::FromJson for #name {
                fn check_json(value: &__rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) {
                    __rt::number_enum(value, at, errors, Self::VALUES, Self::from_number);
                }
                fn from_json(value: __rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) -> __rt::Option<Self> {
                    __rt::number_enum(&value, at, errors, Self::VALUES, Self::from_number)
                }
              }
            },
        )
    } else {
        (
            quote!(::conference_api::__string_enum!(#name);),
            TokenStream::new(),
            TokenStream::new(),
        )
    };
    quote! {
        #docs
        #[doc = ""]
        #[doc = #type_doc]
        #[doc = ""]
        #[doc = " Non-exhaustive: a value the schema adds is a minor change, so a `match` on it outside the crate that generates it needs a `_` arm."]
        // On every value enum, whichever side holds it: one enum serves both sides
        // (responses as `OrUnknown<_>`), and an attribute that came and went with the
        // enum's uses would itself break users.
        #[non_exhaustive]
        #[derive(__rt::Clone, __rt::Copy, __rt::PartialEq, __rt::Eq, __rt::Hash, __rt::PartialOrd, __rt::Ord)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
        }

        // What `derive(Debug)` prints, from a table: the derive costs rustc memory that
        // grows faster than the variants (2.4 GB for 10,000; 50,000 did not fit 20 GB).
        impl __rt::Debug for #name {
            fn fmt(&self, f: &mut __rt::fmt::Formatter<'_>) -> __rt::fmt::Result {
                const NAMES: &[&str] = &[#(#debug_names),*];
                f.write_str(NAMES[*self as usize])
            }
        }

        impl #name {
            /// Every value, in the schema's order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];
            /// Every value as it is written on the wire, in the schema's order.
            pub const VALUES: &'static [&'static str] = &[#(#wires),*];

            /// The value as it is written on the wire.
            pub const fn as_str(&self) -> &'static str {
                Self::VALUES[*self as usize]
            }
        }

        impl __rt::FromStr for #name {
            type Err = __rt::ValidationError;
            fn from_str(text: &str) -> __rt::Result<Self, Self::Err> {
                // Tables, not a match arm per value: code that grows with the values
                // only by their names (a 50,000-value enum is a document's to have).
                const BY_WIRE: &[u32] = &[#(#by_wire),*];
                match __rt::enum_index(Self::VALUES, BY_WIRE, text) {
                    __rt::Some(i) => __rt::Ok(Self::ALL[i]),
                    __rt::None => __rt::Err(__rt::enum_violation(Self::VALUES, text)),
                }
            }
        }

        #serialize
        #deserialize
        #from_json
    }
}

/// The type's rustdoc: its rules, where it is used, and how to make one.
pub(super) fn constrained_doc(
    def: &TypeDef,
    c: &Constrained,
    rules: &[String],
    example: &str,
) -> TokenStream {
    let from_component = def.origin.starts_with("#/components/schemas/");
    let mut text = String::new();
    if let (true, Some(schema_doc)) = (from_component, &def.doc) {
        text.push_str(schema_doc);
        text.push_str("\n\n");
    }
    text.push_str(&format!("A value that {}.", rules.join(" and ")));
    if !c.used_by.is_empty() {
        let fields: Vec<String> = c.used_by.iter().map(|f| format!("`{f}`")).collect();
        text.push_str(&format!(" Used by {}.", fields.join(", ")));
    }
    text.push_str(&format!(
        "\n\nMake one with [`new`](Self::new) (checked at run time), or from a literal with \
         `from_static` in a `const`, checked at compile time:\n\n```text\n{example}\n```\n\n\
         [`new_unchecked`](Self::new_unchecked) skips the check: it is the escape hatch for the \
         day the server accepts more than this schema says."
    ));
    doc(Some(&text))
}

pub(super) fn emit_string(
    def: &TypeDef,
    c: &Constrained,
    max: Option<u64>,
    min: Option<u64>,
    pattern: Option<&str>,
) -> TokenStream {
    let name = ident(&def.name);
    let type_name = &def.name;
    let mut consts = Vec::new();
    let mut checks = Vec::new();
    let mut panics: Vec<(TokenStream, String)> = Vec::new();
    let mut rule_words = Vec::new();
    // A string has at least as many bytes as code points and at most four bytes per code
    // point, so most values are decided by their byte length without counting.
    if max.is_some() || min.is_some() {
        checks.push(quote!(let bytes = value.len() as u64;));
    }
    if let Some(max) = max {
        consts.push(quote!(#[doc = " The most characters (Unicode code points) a value may have."] pub const MAX_LENGTH: u64 = #max;));
        checks.push(quote!(if bytes > #max && __rt::code_points(value) > #max { return __rt::Some(__rt::Rule::MaxLength(#max)); }));
        panics.push((quote!(__rt::Rule::MaxLength(_)), format!("invalid {type_name} literal: longer than {max} characters (maxLength {max}); shorten it")));
        rule_words.push(format!("has at most {max} characters"));
    }
    if let Some(min) = min {
        consts.push(quote!(#[doc = " The fewest characters (Unicode code points) a value may have."] pub const MIN_LENGTH: u64 = #min;));
        let at_most_four_bytes_each = min.saturating_mul(4);
        checks.push(quote!(if bytes < #min || (bytes < #at_most_four_bytes_each && __rt::code_points(value) < #min) { return __rt::Some(__rt::Rule::MinLength(#min)); }));
        panics.push((quote!(__rt::Rule::MinLength(_)), format!("invalid {type_name} literal: shorter than {min} characters (minLength {min}); lengthen it")));
        rule_words.push(format!("has at least {min} characters"));
    }
    if let Some(pattern_text) = pattern {
        // The model only keeps patterns that compiled, so this cannot fail here.
        let matcher = pattern::compile(pattern_text)
            .map(|dfa| dfa.to_tokens())
            .unwrap_or_default();
        consts.push(quote! {
            #[doc = " The ECMA-262 regular expression every value matches."]
            pub const PATTERN: &'static str = #pattern_text;
            const PATTERN_MATCHER: __rt::Matcher = #matcher;
        });
        checks.push(quote!(if !Self::PATTERN_MATCHER.is_match(value) {
            return __rt::Some(__rt::Rule::Pattern(Self::PATTERN));
        }));
        panics.push((
            quote!(__rt::Rule::Pattern(_)),
            format!("invalid {type_name} literal: does not match the pattern {pattern_text}"),
        ));
        rule_words.push(format!("matches `{pattern_text}`"));
    }
    let panic_arms = panic_arms(&panics);
    let example = format!("const VALUE: {type_name} = {type_name}::from_static(\"…\");");
    let docs = constrained_doc(def, c, &rule_words, &example);
    quote! {
        #docs
        #[derive(__rt::Clone, __rt::PartialEq, __rt::Eq, __rt::Hash, __rt::PartialOrd, __rt::Ord)]
        pub struct #name(__rt::CompactString);

        impl #name {
            #(#consts)*

            /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
            pub const fn broken_rule(value: &str) -> __rt::Option<__rt::Rule> {
                #(#checks)*
                __rt::None
            }

            /// A value from a literal, checked at compile time when used in a `const`.
            ///
            /// # Panics
            /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
            pub const fn from_static(value: &'static str) -> Self {
                match Self::broken_rule(value) {
                    __rt::None => Self(__rt::CompactString::const_new(value)),
                    #(#panic_arms)*
                }
            }

        }

        ::conference_api::__string_value!(#name);
    }
}

/// The arms of `from_static`'s match, one message per rule; the last arm catches the rest
/// so the match is exhaustive without an unreachable arm.
pub(super) fn panic_arms(panics: &[(TokenStream, String)]) -> Vec<TokenStream> {
    let last = panics.len().saturating_sub(1);
    panics
        .iter()
        .enumerate()
        .map(|(i, (pattern, message))| {
            let message = escape_braces(message);
            if i == last {
                quote!(__rt::Some(_) => ::core::panic!(#message),)
            } else {
                quote!(__rt::Some(#pattern) => ::core::panic!(#message),)
            }
        })
        .collect()
}
