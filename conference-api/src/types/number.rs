//! Numbers from JSON: reading them into Rust's number types, and the `multipleOf`
//! checks that generated `const fn broken_rule`s call.

use crate::types::report::{type_violation, violation};
use crate::types::validation::{Rule, ValidationError};
use serde_json::{Number, Value};

/// A Rust number type a JSON number is read into: what the generated number newtypes
/// (`__integer_value!`, `__number_value!`) are built on.
pub trait JsonNumber: Copy + std::fmt::Display {
    /// The number `value` holds, or why it cannot be this type. Allocates only on error.
    fn read_json(value: &Value) -> Result<Self, ValidationError>;
    /// Whether JSON can write the number (not NaN or an infinity).
    #[inline]
    fn is_finite_number(self) -> bool {
        true
    }
}

/// Why a number newtype refuses `value`: not a number JSON can write, or the first rule
/// `broken_rule` says it breaks. What the generated `new` calls.
#[inline]
pub fn number_violation<N: JsonNumber>(
    value: N,
    broken_rule: impl FnOnce(N) -> Option<Rule>,
) -> Option<ValidationError> {
    if !value.is_finite_number() {
        return Some(ValidationError::new(
            "",
            Rule::Type("number"),
            format!("{value} cannot be written as JSON; give a finite number"),
        ));
    }
    broken_rule(value).map(|rule| violation(rule, &value.to_string()))
}

/// The integer a JSON number denotes. `1.0` is an integer, as JSON Schema says.
fn integer(value: &Value) -> Result<i64, ValidationError> {
    let Value::Number(number) = value else {
        return Err(type_violation("integer", value));
    };
    if let Some(i) = number.as_i64() {
        return Ok(i);
    }
    if number.as_u64().is_some() {
        return Err(too_wide(number, "a 64-bit integer"));
    }
    let float = number.as_f64().unwrap_or(f64::NAN);
    if float.fract() != 0.0 {
        return Err(ValidationError::new(
            "",
            Rule::Type("integer"),
            format!("expected an integer, got {number}, which has a fractional part"),
        ));
    }
    // -2^63 is exact in f64; 2^63 is the first value out of range.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&float) {
        Ok(float as i64)
    } else {
        Err(too_wide(number, "a 64-bit integer"))
    }
}

fn too_wide(number: &Number, what: &'static str) -> ValidationError {
    let rule = match what {
        "a 32-bit integer" => Rule::Type("32-bit integer"),
        "a 32-bit number" => Rule::Type("32-bit number"),
        _ => Rule::Type("64-bit integer"),
    };
    ValidationError::new("", rule, format!("{number} does not fit in {what}"))
}

impl JsonNumber for i64 {
    #[inline]
    fn read_json(value: &Value) -> Result<Self, ValidationError> {
        match value {
            // The common case, without the checks for `1.0` and overflow.
            Value::Number(n) if n.is_i64() => Ok(n.as_i64().unwrap_or_default()),
            _ => integer(value),
        }
    }
}

impl JsonNumber for i32 {
    #[inline]
    fn read_json(value: &Value) -> Result<Self, ValidationError> {
        let wide = i64::read_json(value)?;
        i32::try_from(wide).map_err(|_| {
            ValidationError::new(
                "",
                Rule::Type("32-bit integer"),
                format!("{wide} does not fit in a 32-bit integer"),
            )
        })
    }
}

impl JsonNumber for f64 {
    #[inline]
    fn is_finite_number(self) -> bool {
        self.is_finite()
    }
    #[inline]
    fn read_json(value: &Value) -> Result<Self, ValidationError> {
        match value {
            Value::Number(n) => Ok(n.as_f64().unwrap_or_default()),
            other => Err(type_violation("number", other)),
        }
    }
}

impl JsonNumber for f32 {
    #[inline]
    fn is_finite_number(self) -> bool {
        self.is_finite()
    }
    #[inline]
    fn read_json(value: &Value) -> Result<Self, ValidationError> {
        let wide = f64::read_json(value)?;
        let narrow = wide as f32;
        if narrow.is_infinite() {
            let Value::Number(number) = value else {
                unreachable!("f64::read_json accepts numbers only")
            };
            return Err(too_wide(number, "a 32-bit number"));
        }
        Ok(narrow)
    }
}

/// Whether `value` is a multiple of `step` (`multipleOf`), for the decimal numbers a
/// schema and a request write. Usable in `const fn broken_rule`.
///
/// Neither number is exact in binary (`0.0001` is not), so the quotient is compared to
/// the nearest whole number within the rounding error of reading both numbers and
/// dividing (a few units in the last place): `0.0075` is a multiple of `0.0001`, `0.00751`
/// is not. A quotient that is not finite (`1e308 / 0.123456789`) is not a whole number.
/// A quotient beyond 2^50 is always whole at f64's precision. `step` must be positive,
/// as JSON Schema requires; a zero step gives `false`.
///
/// ```
/// use conference_api::__private::is_multiple_of;
///
/// const _: () = assert!(is_multiple_of(4.5, 1.5) && !is_multiple_of(35.0, 1.5));
/// assert!(is_multiple_of(0.0075, 0.0001));
/// ```
pub const fn is_multiple_of(value: f64, step: f64) -> bool {
    if step == 0.0 || !value.is_finite() || !step.is_finite() {
        return false;
    }
    let quotient = value / step;
    if !quotient.is_finite() {
        return false;
    }
    let whole = quotient.round();
    // Reading each decimal and dividing each round by at most half an ulp: 2 ulps of the
    // quotient is a safe bound on the error, far below the 0.1 of the nearest miss in
    // the suite (0.00751 / 0.0001 = 75.1).
    (quotient - whole).abs() <= 2.0 * f64::EPSILON * quotient.abs()
}

/// Whether the integer `value` is a multiple of the integer `step` (`multipleOf` with a
/// whole step). Exact; usable in `const fn broken_rule`. A zero step gives `false`.
///
/// ```
/// use conference_api::__private::is_multiple_of_int;
///
/// const _: () = assert!(is_multiple_of_int(10, 2) && !is_multiple_of_int(7, 2));
/// ```
pub const fn is_multiple_of_int(value: i64, step: i64) -> bool {
    match value.checked_rem(step) {
        Some(rest) => rest == 0,
        // `i64::MIN % -1` overflows, and every integer is a multiple of -1.
        None => step == -1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_suites_multiple_of_cases() {
        // multipleOf.json: by int, by number, by small number, float division = inf,
        // small multiple of large integer.
        assert!(is_multiple_of(10.0, 2.0));
        assert!(!is_multiple_of(7.0, 2.0));
        assert!(is_multiple_of(0.0, 1.5));
        assert!(is_multiple_of(4.5, 1.5));
        assert!(is_multiple_of(-4.5, 1.5));
        assert!(!is_multiple_of(35.0, 1.5));
        assert!(is_multiple_of(0.0075, 0.0001));
        assert!(!is_multiple_of(0.00751, 0.0001));
        assert!(!is_multiple_of(1e308, 0.123456789));
        assert!(is_multiple_of(12391239123.0, 1e-8));
        assert!(is_multiple_of_int(10, 2));
        assert!(!is_multiple_of_int(7, 2));
        assert!(is_multiple_of_int(0, 2));
        assert!(is_multiple_of_int(i64::MIN, -1));
        assert!(!is_multiple_of_int(1, 0));
    }

    #[test]
    fn decimal_steps_that_binary_cannot_hold() {
        for (value, step) in [
            (0.3, 0.1),
            (1.1, 0.1),
            (0.7, 0.01),
            (19.99, 0.01),
            (1e-7, 1e-8),
        ] {
            assert!(is_multiple_of(value, step), "{value} multipleOf {step}");
        }
        for (value, step) in [(0.35, 0.1), (1.105, 0.01), (0.5, 0.3), (1e-9, 1e-8)] {
            assert!(!is_multiple_of(value, step), "{value} multipleOf {step}");
        }
        assert!(!is_multiple_of(f64::NAN, 1.0));
        assert!(!is_multiple_of(1.0, 0.0));
    }

    #[test]
    fn integers_read_as_json_schema_counts_them() {
        assert_eq!(i64::read_json(&json!(3)).unwrap(), 3);
        assert_eq!(i64::read_json(&json!(3.0)).unwrap(), 3);
        let fraction = i64::read_json(&json!(3.5)).unwrap_err();
        assert_eq!(fraction.rule(), Rule::Type("integer"));
        assert!(fraction.problem().contains("3.5"), "{fraction}");
        let big = i64::read_json(&json!(u64::MAX)).unwrap_err();
        assert!(big.problem().contains("does not fit in a 64-bit integer"));
        assert!(i64::read_json(&json!(1e300)).is_err());
        assert_eq!(i32::read_json(&json!(-5)).unwrap(), -5);
        assert_eq!(
            i32::read_json(&json!(1i64 << 40)).unwrap_err().rule(),
            Rule::Type("32-bit integer")
        );
        assert_eq!(f32::read_json(&json!(0.5)).unwrap(), 0.5);
        assert!(f32::read_json(&json!(1e300)).is_err());
        assert_eq!(f64::read_json(&json!(7)).unwrap(), 7.0);
        assert_eq!(
            f64::read_json(&json!("7")).unwrap_err().problem(),
            "expected a number, got a string"
        );
    }
}
