//! Constrained numbers and constant values: checked newtypes like the constrained
//! strings, with a `const fn broken_rule` so literals can be checked at compile time.

use super::doc;
use crate::model::{Constrained, TypeDef};
use crate::naming::ident;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// One rule of a number: its constant, its check and its words.
struct Bound {
    constant: &'static str,
    doc: &'static str,
    /// The `Rule` variant that reports it.
    rule: &'static str,
    value: f64,
    words: String,
}

fn literal(value: f64) -> Literal {
    Literal::f64_suffixed(value)
}

/// The constants, checks and panic messages of the bounds. An integer's constants are
/// of its own type; the `Rule` always carries the limit as JSON Schema writes numbers.
fn checks(
    type_name: &str,
    bounds: &[Bound],
    base: &TokenStream,
    integral: bool,
) -> (
    Vec<TokenStream>,
    Vec<TokenStream>,
    Vec<(TokenStream, String)>,
) {
    let mut consts = Vec::new();
    let mut checks = Vec::new();
    let mut panics = Vec::new();
    for bound in bounds {
        let constant = quote::format_ident!("{}", bound.constant);
        let rule = quote::format_ident!("{}", bound.rule);
        let limit = literal(bound.value);
        let doc = format!(" {}", bound.doc);
        // Constants are of the base type; checks compare in i64 or f64, where every
        // base value and the schema's limit are exact.
        let (constant_value, compared, value) = if integral {
            let whole = Literal::i64_unsuffixed(bound.value as i64);
            (quote!(#whole), quote!(#whole), quote!((value as i64)))
        } else {
            let unsuffixed = Literal::f64_unsuffixed(bound.value);
            (quote!(#unsuffixed), quote!(#limit), quote!((value as f64)))
        };
        consts.push(quote!(#[doc = #doc] pub const #constant: #base = #constant_value;));
        let broken = match bound.rule {
            "Minimum" => quote!(#value < #compared),
            "Maximum" => quote!(#value > #compared),
            "ExclusiveMinimum" => quote!(#value <= #compared),
            "ExclusiveMaximum" => quote!(#value >= #compared),
            _ if integral => {
                quote!(!__rt::is_multiple_of_int(#value, #compared))
            }
            _ => quote!(!__rt::is_multiple_of(#value, #compared)),
        };
        checks.push(quote!(if #broken { return __rt::Some(__rt::Rule::#rule(#limit)); }));
        panics.push((
            quote!(__rt::Rule::#rule(_)),
            format!("invalid {type_name} literal: {}", bound.words),
        ));
    }
    // NaN breaks every bound (`new` refuses it before these run; `from_static` does not).
    if !integral {
        checks.insert(
            0,
            quote!(if value.is_nan() {
                return __rt::Some(__rt::Rule::Type("finite number"));
            }),
        );
        panics.insert(
            0,
            (
                quote!(__rt::Rule::Type(_)),
                format!("invalid {type_name} literal: not a number"),
            ),
        );
    }
    (consts, checks, panics)
}

fn bounds(
    minimum: Option<f64>,
    maximum: Option<f64>,
    exclusive_minimum: Option<f64>,
    exclusive_maximum: Option<f64>,
    multiple_of: Option<f64>,
) -> Vec<Bound> {
    let mut all = Vec::new();
    if let Some(value) = minimum {
        all.push(Bound {
            constant: "MINIMUM",
            doc: "The smallest valid value.",
            rule: "Minimum",
            value,
            words: format!("below the minimum {value}"),
        });
    }
    if let Some(value) = exclusive_minimum {
        all.push(Bound {
            constant: "EXCLUSIVE_MINIMUM",
            doc: "Every valid value is above this.",
            rule: "ExclusiveMinimum",
            value,
            words: format!("not above {value} (exclusiveMinimum)"),
        });
    }
    if let Some(value) = maximum {
        all.push(Bound {
            constant: "MAXIMUM",
            doc: "The largest valid value.",
            rule: "Maximum",
            value,
            words: format!("above the maximum {value}"),
        });
    }
    if let Some(value) = exclusive_maximum {
        all.push(Bound {
            constant: "EXCLUSIVE_MAXIMUM",
            doc: "Every valid value is below this.",
            rule: "ExclusiveMaximum",
            value,
            words: format!("not below {value} (exclusiveMaximum)"),
        });
    }
    if let Some(value) = multiple_of {
        all.push(Bound {
            constant: "MULTIPLE_OF",
            doc: "Every valid value is a multiple of this.",
            rule: "MultipleOf",
            value,
            words: format!("not a multiple of {value}"),
        });
    }
    all
}

fn rule_words(bounds: &[Bound]) -> Vec<String> {
    bounds
        .iter()
        .map(|b| match b.rule {
            "Minimum" => format!("is at least {}", b.value),
            "Maximum" => format!("is at most {}", b.value),
            "ExclusiveMinimum" => format!("is above {}", b.value),
            "ExclusiveMaximum" => format!("is below {}", b.value),
            _ => format!("is a multiple of {}", b.value),
        })
        .collect()
}

pub fn emit_integer(
    def: &TypeDef,
    c: &Constrained,
    int32: bool,
    minimum: Option<i64>,
    maximum: Option<i64>,
    multiple_of: Option<i64>,
) -> TokenStream {
    let base = if int32 { quote!(i32) } else { quote!(i64) };
    let bounds = bounds(
        minimum.map(|n| n as f64),
        maximum.map(|n| n as f64),
        None,
        None,
        multiple_of.map(|n| n as f64),
    );
    emit(def, c, &base, &bounds, "__integer_value", true)
}

pub fn emit_number(
    def: &TypeDef,
    c: &Constrained,
    f32: bool,
    limits: [Option<f64>; 5],
) -> TokenStream {
    let base = if f32 { quote!(f32) } else { quote!(f64) };
    let [
        minimum,
        maximum,
        exclusive_minimum,
        exclusive_maximum,
        multiple_of,
    ] = limits;
    let bounds = bounds(
        minimum,
        maximum,
        exclusive_minimum,
        exclusive_maximum,
        multiple_of,
    );
    emit(def, c, &base, &bounds, "__number_value", false)
}

fn emit(
    def: &TypeDef,
    c: &Constrained,
    base: &TokenStream,
    bounds: &[Bound],
    value_macro: &str,
    integral: bool,
) -> TokenStream {
    let name = ident(&def.name);
    let type_name = &def.name;
    let (consts, checks, panics) = checks(type_name, bounds, base, integral);
    let panic_arms = super::values::panic_arms(&panics);
    let example = format!("const VALUE: {type_name} = {type_name}::from_static(…);");
    let docs = super::values::constrained_doc(def, c, &rule_words(bounds), &example);
    let value_macro = quote::format_ident!("{value_macro}");
    let derives = if integral {
        quote!(
            __rt::Clone,
            __rt::Copy,
            __rt::Debug,
            __rt::PartialEq,
            __rt::Eq,
            __rt::Hash,
            __rt::PartialOrd,
            __rt::Ord
        )
    } else {
        quote!(
            __rt::Clone,
            __rt::Copy,
            __rt::Debug,
            __rt::PartialEq,
            __rt::PartialOrd
        )
    };
    quote! {
        #docs
        #[derive(#derives)]
        pub struct #name(#base);

        impl #name {
            #(#consts)*

            /// The first rule `value` breaks, or `None` if it is valid. Usable in `const`.
            pub const fn broken_rule(value: #base) -> __rt::Option<__rt::Rule> {
                #(#checks)*
                __rt::None
            }

            /// A value from a literal, checked at compile time when used in a `const`.
            ///
            /// # Panics
            /// If `value` breaks a rule: a compile error in a `const`, a panic elsewhere.
            pub const fn from_static(value: #base) -> Self {
                match Self::broken_rule(value) {
                    __rt::None => Self(value),
                    #(#panic_arms)*
                }
            }
        }

        ::conference_api::#value_macro!(#name, #base);
    }
}

/// A value of an `enum` or `const` whose values are not all strings or all numbers.
pub fn emit_values(def: &TypeDef, c: &Constrained, texts: &[String]) -> TokenStream {
    let name = ident(&def.name);
    let listing = texts.join(", ");
    let text = format!(
        "{}{}A JSON value that is one of: {listing}.",
        def.doc.as_deref().unwrap_or_default(),
        if def.doc.is_some() { "\n\n" } else { "" }
    );
    let used_by = if c.used_by.is_empty() {
        String::new()
    } else {
        let fields: Vec<String> = c.used_by.iter().map(|f| format!("`{f}`")).collect();
        format!(" Used by {}.", fields.join(", "))
    };
    let docs = doc(Some(&format!("{text}{used_by}")));
    quote! {
        #docs
        #[derive(__rt::Clone, __rt::Debug, __rt::PartialEq)]
        pub struct #name(__rt::serde_json::Value);

        impl #name {
            /// Every valid value, as JSON text.
            pub const VALUES: &'static [&'static str] = &[#(#texts),*];

            /// Checks `value` against the listed values.
            pub fn new(value: __rt::serde_json::Value) -> __rt::Result<Self, __rt::ValidationError> {
                __rt::one_of_values(&value, Self::VALUES).map(|()| Self(value))
            }

            /// The value.
            pub fn get(&self) -> &__rt::serde_json::Value {
                &self.0
            }
        }

        impl __rt::serde::Serialize for #name {
            fn serialize<__S: __rt::serde::Serializer>(&self, serializer: __S) -> __rt::Result<__S::Ok, __S::Error> {
                __rt::serde::Serialize::serialize(&self.0, serializer)
            }
        }

        impl<'de> __rt::serde::Deserialize<'de> for #name {
            fn deserialize<__D: __rt::serde::Deserializer<'de>>(deserializer: __D) -> __rt::Result<Self, __D::Error> {
                let value = <__rt::serde_json::Value as __rt::serde::Deserialize>::deserialize(deserializer)?;
                Self::new(value).map_err(<__D::Error as __rt::serde::de::Error>::custom)
            }
        }

        impl __rt::FromJson for #name {
            fn check_json(value: &__rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) {
                if let __rt::Err(error) = __rt::one_of_values(value, Self::VALUES) {
                    errors.push(error.at(at.render()));
                }
            }
            fn from_json(value: __rt::serde_json::Value, at: __rt::Path<'_>, errors: &mut __rt::ValidationErrors) -> __rt::Option<Self> {
                match Self::new(value) {
                    __rt::Ok(value) => __rt::Some(value),
                    __rt::Err(error) => {
                        errors.push(error.at(at.render()));
                        __rt::None
                    }
                }
            }
        }
    }
}
