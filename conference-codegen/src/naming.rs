//! One place that turns schema names into Rust names, so every stage agrees.

use heck::{ToPascalCase, ToSnakeCase};
use proc_macro2::{Ident, Span};

/// `Video.CreateConferenceRequest` -> `CreateConferenceRequest`: the component's name
/// without its namespace prefix.
pub fn component_type_name(component: &str) -> String {
    let last = component.rsplit('.').next().unwrap_or(component);
    type_name(last)
}

/// A Rust type name (UpperCamelCase) for any schema word; never starts with a digit.
pub fn type_name(word: &str) -> String {
    let pascal = sanitize(word).to_pascal_case();
    if pascal.is_empty() {
        "Value".to_owned()
    } else if pascal.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{pascal}")
    } else {
        pascal
    }
}

/// An enum variant name for a wire value. Values that start with a digit (`720p`,
/// `10x10`, `20`) are prefixed with the last word of the enum's name (`Quality720p`,
/// `Layout10x10`, `Fps20`), which reads better than a bare `V720p`.
pub fn variant_name(enum_name: &str, wire: &str) -> String {
    let pascal = sanitize(wire).to_pascal_case();
    if pascal.is_empty() {
        return "Empty".to_owned();
    }
    if pascal.starts_with(|c: char| c.is_ascii_digit()) {
        let last_word = enum_name
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_ascii_uppercase())
            .map_or(enum_name, |(i, _)| &enum_name[i..]);
        format!("{last_word}{pascal}")
    } else {
        pascal
    }
}

/// A snake_case Rust field or method name for a wire name.
pub fn field_name(wire: &str) -> String {
    let snake = sanitize(wire).to_snake_case();
    if snake.is_empty() {
        "value".to_owned()
    } else if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{snake}")
    } else if matches!(snake.as_str(), "self" | "super" | "crate") {
        // Keywords that cannot be raw identifiers; the name differs from the wire name,
        // so the field is renamed on the wire.
        format!("{snake}_")
    } else {
        snake
    }
}

/// SCREAMING_SNAKE_CASE for associated constants (`DEFAULT_DARK_PRIMARY`).
pub fn const_name(wire: &str) -> String {
    field_name(wire).trim_start_matches('_').to_uppercase()
}

/// Keeps ASCII letters and digits; everything else separates words.
fn sanitize(word: &str) -> String {
    word.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// An identifier for a name made by the functions above (ASCII, not starting with a
/// digit): keywords become raw identifiers, except those that cannot be raw.
pub fn ident(name: &str) -> Ident {
    match name {
        "self" | "Self" | "super" | "crate" | "_" => {
            Ident::new(&format!("{name}_"), Span::call_site())
        }
        _ if is_keyword(name) => Ident::new_raw(name, Span::call_site()),
        _ => Ident::new(name, Span::call_site()),
    }
}

fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "as" | "break"
            | "const"
            | "continue"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "static"
            | "struct"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_lose_their_namespace() {
        assert_eq!(
            component_type_name("Video.CreateConferenceRequest"),
            "CreateConferenceRequest"
        );
        assert_eq!(
            component_type_name("Types.StatusCodes.StatusCode400"),
            "StatusCode400"
        );
        assert_eq!(component_type_name("uuid"), "Uuid");
    }

    #[test]
    fn variants_that_start_with_digits_take_the_enum_word() {
        assert_eq!(variant_name("VideoQuality", "720p"), "Quality720p");
        assert_eq!(variant_name("VideoLayout", "10x10"), "Layout10x10");
        assert_eq!(variant_name("VideoLayout", "5up"), "Layout5up");
        assert_eq!(
            variant_name("VideoLayout", "grid-responsive"),
            "GridResponsive"
        );
        assert_eq!(
            variant_name("VideoLayout", "highlight-1-responsive"),
            "Highlight1Responsive"
        );
        assert_eq!(variant_name("VideoFps", "20"), "Fps20");
        assert_eq!(
            variant_name("StatusCode400Error", "Bad Request"),
            "BadRequest"
        );
    }

    #[test]
    fn keywords_become_raw_identifiers() {
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
        assert_eq!(field_name("type"), "type");
        assert_eq!(field_name("2fa"), "_2fa");
        assert_eq!(field_name("self"), "self_");
    }
}
