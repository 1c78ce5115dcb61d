//! Violations of the schema's rules, reported all at once.
//!
//! Generated request types are valid by construction: every constrained value is a
//! newtype whose constructors check the schema's rules, and a request built from raw
//! values (a builder, or JSON) reports every violation in one [`ValidationErrors`].

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

/// The schema rule a value broke, with its limit.
///
/// Number limits are `f64`, as JSON Schema writes them; schema limits are never NaN, so
/// `Rule` is `Eq`.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Rule {
    /// A required field was not given (`required`).
    Required,
    /// A string is longer than `maxLength`, counted in Unicode code points.
    MaxLength(u64),
    /// A string is shorter than `minLength`, counted in Unicode code points.
    MinLength(u64),
    /// A string does not match the ECMA-262 regular expression `pattern`.
    Pattern(&'static str),
    /// A value is not one of the `enum` values.
    Enum(&'static [&'static str]),
    /// A string is not in the `format` (`date-time`, `uuid`, `uri`).
    Format(&'static str),
    /// A number is below `minimum`.
    Minimum(f64),
    /// A number is above `maximum`.
    Maximum(f64),
    /// A number is not above `exclusiveMinimum`.
    ExclusiveMinimum(f64),
    /// A number is not below `exclusiveMaximum`.
    ExclusiveMaximum(f64),
    /// A number is not a multiple of `multipleOf`.
    MultipleOf(f64),
    /// An array has fewer items than `minItems`.
    MinItems(u64),
    /// An array has more items than `maxItems`.
    MaxItems(u64),
    /// An array has two equal items (`uniqueItems`), compared as JSON values.
    UniqueItems,
    /// An object has fewer properties than `minProperties`.
    MinProperties(u64),
    /// An object has more properties than `maxProperties`.
    MaxProperties(u64),
    /// A value matches none, or more than one, of the `oneOf` variants (named).
    OneOf(&'static [&'static str]),
    /// A value matches none of the `anyOf` variants (named).
    AnyOf(&'static [&'static str]),
    /// A value matches the schema under `not`.
    Not,
    /// An object has a key its closed schema does not list.
    UnknownField,
    /// A value has the wrong JSON type (a number where a string belongs).
    Type(&'static str),
}

// Limits come from the schema, which cannot hold NaN (JSON has no NaN), so equality is
// reflexive for every `Rule` that exists.
impl Eq for Rule {}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::Required => f.write_str("required"),
            Rule::MaxLength(n) => write!(f, "maxLength {n}"),
            Rule::MinLength(n) => write!(f, "minLength {n}"),
            Rule::Pattern(p) => write!(f, "pattern {p}"),
            Rule::Enum(values) => write!(f, "enum [{}]", values.join(", ")),
            Rule::Format(name) => write!(f, "format {name}"),
            Rule::Minimum(n) => write!(f, "minimum {}", Limit(*n)),
            Rule::Maximum(n) => write!(f, "maximum {}", Limit(*n)),
            Rule::ExclusiveMinimum(n) => write!(f, "exclusiveMinimum {}", Limit(*n)),
            Rule::ExclusiveMaximum(n) => write!(f, "exclusiveMaximum {}", Limit(*n)),
            Rule::MultipleOf(n) => write!(f, "multipleOf {}", Limit(*n)),
            Rule::MinItems(n) => write!(f, "minItems {n}"),
            Rule::MaxItems(n) => write!(f, "maxItems {n}"),
            Rule::UniqueItems => f.write_str("uniqueItems"),
            Rule::MinProperties(n) => write!(f, "minProperties {n}"),
            Rule::MaxProperties(n) => write!(f, "maxProperties {n}"),
            Rule::OneOf(variants) => write!(f, "oneOf [{}]", variants.join(", ")),
            Rule::AnyOf(variants) => write!(f, "anyOf [{}]", variants.join(", ")),
            Rule::Not => f.write_str("not"),
            Rule::UnknownField => f.write_str("closed object"),
            Rule::Type(name) => write!(f, "type {name}"),
        }
    }
}

/// A number limit as the schema would write it: `1` for 1.0, `0.5`, `1e300`.
#[derive(Clone, Copy)]
pub(crate) struct Limit(pub(crate) f64);

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        // `{}` never uses an exponent: 1e300 would print 301 digits.
        if n != 0.0 && !(1e-6..1e21).contains(&n.abs()) {
            write!(f, "{n:e}")
        } else {
            write!(f, "{n}")
        }
    }
}

/// One broken rule: which field, which rule, and what is wrong with the value.
///
/// The problem is kept as data (the value's length, an excerpt of it, the JSON type it
/// had) and worded only when it is read or printed, so that rejecting a request costs no
/// formatting until someone looks.
#[derive(Clone)]
pub struct ValidationError {
    field: Cow<'static, str>,
    rule: Rule,
    detail: Detail,
    /// The worded problem, made on the first call of [`ValidationError::problem`].
    worded: OnceLock<String>,
}

/// What is wrong with a value, as data; [`Detail::write`] words it for its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Detail {
    /// Worded by whoever found the problem.
    Worded(Cow<'static, str>),
    /// A string's length in code points (`maxLength`, `minLength`).
    Length(u64),
    /// The start of a string, quoted in the message (`pattern`, `format`, `enum`).
    Quoted(Clip),
    /// The value's text as it is: a number, a count, which items are equal.
    Plain(String),
    /// The start of a value's JSON text (`oneOf`, `anyOf`, `not`).
    Json(Clip),
    /// The JSON type a value had instead of the rule's (`a number`).
    Got(&'static str),
    /// The start of a string that is not a date-time, and why.
    DateTime(Clip, crate::types::datetime_problem::DateTimeProblem),
    /// An object key its closed schema does not list, and the keys it does.
    Unknown {
        key: Box<str>,
        known: &'static [&'static str],
    },
}

/// The first characters of a text, and whether there were more. A short head is held
/// inline: rejecting a value copies its excerpt without allocating.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Clip {
    head: compact_str::CompactString,
    cut: bool,
}

impl Clip {
    /// The first `max` characters of `text`.
    pub(crate) fn new(text: &str, max: usize) -> Clip {
        // No more bytes than `max` means no more characters: nothing to count.
        let cut_at = if text.len() <= max {
            None
        } else {
            text.char_indices().nth(max).map(|(end, _)| end)
        };
        Clip {
            head: compact_str::CompactString::new(&text[..cut_at.unwrap_or(text.len())]),
            cut: cut_at.is_some(),
        }
    }

    /// Writes the head, quoted as Rust quotes a string if `quoted`, then `…` if cut.
    fn write(&self, quoted: bool, out: &mut impl fmt::Write) -> fmt::Result {
        if quoted {
            write!(out, "{:?}", self.head.as_str())?;
        } else {
            out.write_str(&self.head)?;
        }
        if self.cut {
            out.write_str("…")?;
        }
        Ok(())
    }

    /// The head as [`write`](Self::write) writes it.
    pub(crate) fn text(&self, quoted: bool) -> String {
        let mut text = String::new();
        // Writing to a `String` cannot fail.
        let _ = self.write(quoted, &mut text);
        text
    }
}

/// How many characters of a value a message quotes.
pub(crate) const EXCERPT_CHARS: usize = 40;
/// How many characters of a value's JSON text a message shows.
pub(crate) const JSON_CHARS: usize = 60;

impl Detail {
    /// The problem in words, for `rule`.
    fn write(&self, rule: Rule, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detail::Worded(text) => f.write_str(text),
            Detail::Length(length) => match rule {
                Rule::MaxLength(max) => write!(
                    f,
                    "is {length} characters long, {} over the limit of {max}; shorten it",
                    length.saturating_sub(max)
                ),
                Rule::MinLength(min) => {
                    write!(f, "is {length} characters long; it needs at least {min}")
                }
                _ => write!(f, "is {length} characters long"),
            },
            Detail::Quoted(clip) => {
                clip.write(true, f)?;
                match rule {
                    Rule::Pattern(pattern) => write!(f, " does not match the pattern {pattern}"),
                    Rule::Format(format) => write!(f, " is not a valid {format}"),
                    Rule::Enum(values) => write!(f, " is not one of: {}", values.join(", ")),
                    _ => f.write_str(" is not allowed"),
                }
            }
            Detail::Plain(value) => write_plain(rule, value, f),
            Detail::DateTime(clip, problem) => {
                clip.write(true, f)?;
                write!(f, " is not a valid date-time: {problem}")
            }
            Detail::Json(clip) => {
                clip.write(false, f)?;
                match rule {
                    Rule::OneOf(variants) | Rule::AnyOf(variants) => {
                        write!(f, " matches none of the variants: {}", variants.join(", "))
                    }
                    _ => f.write_str(" matches a schema it must not match"),
                }
            }
            Detail::Got(got) => {
                let expected = match rule {
                    Rule::Type(expected) => expected,
                    _ => "value",
                };
                let article = if expected.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                write!(f, "expected {article} {expected}, got {got}")
            }
            Detail::Unknown { key, known } => {
                if known.is_empty() {
                    return f.write_str("is not a field of this object, which has no fields");
                }
                f.write_str("is not a field of this object")?;
                if let Some(name) = closest(key, known) {
                    write!(f, " (did you mean {name}?)")?;
                }
                write!(f, "; its fields are: {}", known.join(", "))
            }
        }
    }
}

/// The problem of a value whose text is shown as it is (numbers, counts).
fn write_plain(rule: Rule, value: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let plural = |one, many| if value == "1" { one } else { many };
    let over = |max: u64| value.parse::<u64>().unwrap_or(max).saturating_sub(max);
    match rule {
        Rule::Minimum(min) => write!(f, "{value} is below the minimum {}", Limit(min)),
        Rule::Maximum(max) => write!(f, "{value} is above the maximum {}", Limit(max)),
        Rule::ExclusiveMinimum(min) => write!(
            f,
            "{value} is not greater than {}, the exclusive minimum",
            Limit(min)
        ),
        Rule::ExclusiveMaximum(max) => write!(
            f,
            "{value} is not less than {}, the exclusive maximum",
            Limit(max)
        ),
        Rule::MultipleOf(step) => write!(f, "{value} is not a multiple of {}", Limit(step)),
        Rule::MinItems(min) => write!(
            f,
            "has {value} {}; it needs at least {min}",
            plural("item", "items")
        ),
        Rule::MaxItems(max) => write!(
            f,
            "has {value} {}, {} over the limit of {max}; remove some",
            plural("item", "items"),
            over(max)
        ),
        Rule::UniqueItems => write!(f, "{value} are equal; every item must be unique"),
        Rule::MinProperties(min) => write!(
            f,
            "has {value} {}; it needs at least {min}",
            plural("entry", "entries")
        ),
        Rule::MaxProperties(max) => write!(
            f,
            "has {value} {}, {} over the limit of {max}; remove some",
            plural("entry", "entries"),
            over(max)
        ),
        _ => f.write_str(value),
    }
}

/// Words a detail with `Display`.
struct Words<'e>(&'e Detail, Rule);

impl fmt::Display for Words<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(self.1, f)
    }
}

impl ValidationError {
    /// A violation of `rule` by the value of `field`; `problem` says what is wrong with
    /// the value and how to fix it, in words a person can act on.
    pub fn new(
        field: impl Into<Cow<'static, str>>,
        rule: Rule,
        problem: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self::with_detail(field.into(), rule, Detail::Worded(problem.into()))
    }

    /// A violation whose problem is worded when it is read.
    pub(crate) fn with_detail(field: Cow<'static, str>, rule: Rule, detail: Detail) -> Self {
        ValidationError {
            field,
            rule,
            detail,
            worded: OnceLock::new(),
        }
    }

    /// The field's path in the request, as it is spelled on the wire (`dark_primary`).
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The rule that was broken.
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// What is wrong with the value (worded on the first call).
    pub fn problem(&self) -> &str {
        if let Detail::Worded(text) = &self.detail {
            return text;
        }
        self.worded
            .get_or_init(|| Words(&self.detail, self.rule).to_string())
    }

    /// The same violation, reported for `field` (a value type's check does not know
    /// which field it was given for).
    pub fn at(mut self, field: impl Into<Cow<'static, str>>) -> Self {
        self.field = field.into();
        self
    }
}

// The worded problem is a cache of the detail: equality and `Debug` look at the data.
impl PartialEq for ValidationError {
    fn eq(&self, other: &Self) -> bool {
        self.field == other.field && self.rule == other.rule && self.detail == other.detail
    }
}

impl Eq for ValidationError {}

impl fmt::Debug for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ValidationError")
            .field("field", &self.field)
            .field("rule", &self.rule)
            .field("problem", &Words(&self.detail, self.rule).to_string())
            .finish()
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        self.detail.write(self.rule, f)?;
        write!(f, " (rule: {})", self.rule)
    }
}

impl std::error::Error for ValidationError {}

/// How many violations the first one makes room for.
const FIRST_CAPACITY: usize = 8;

/// Every rule a request broke. Its `Display` lists them one per line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValidationErrors {
    errors: Vec<ValidationError>,
}

impl ValidationErrors {
    /// No violations yet. Does not allocate.
    pub const fn new() -> Self {
        ValidationErrors { errors: Vec::new() }
    }

    /// Records one violation.
    pub fn push(&mut self, error: ValidationError) {
        if self.errors.capacity() == 0 {
            // A rejected request rarely breaks one rule only: room for a few at once.
            self.errors.reserve_exact(FIRST_CAPACITY);
        }
        self.errors.push(error);
    }

    /// Records the violation of a fallible check, if it failed.
    pub fn check<T>(&mut self, result: Result<T, ValidationError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.push(error);
                None
            }
        }
    }

    /// `Ok(value)` when nothing was recorded, else every violation.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, ValidationErrors> {
        if self.errors.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }

    /// Whether no violation was recorded.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// How many violations were recorded.
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// Puts the violations recorded since `from` in the order of `ranges` (positions
    /// into the whole list); any not in a range stay after them, in their order.
    pub(crate) fn reorder(
        &mut self,
        from: usize,
        ranges: impl Iterator<Item = std::ops::Range<usize>>,
    ) {
        let mut tail: Vec<Option<ValidationError>> =
            self.errors.split_off(from).into_iter().map(Some).collect();
        for range in ranges {
            for i in range {
                if let Some(error) = tail.get_mut(i - from).and_then(Option::take) {
                    self.errors.push(error);
                }
            }
        }
        self.errors.extend(tail.into_iter().flatten());
    }

    /// Sorts the violations recorded since `from` by `keys` (one per violation, in their
    /// order), stably: an insertion sort, for the few violations of one object.
    pub(crate) fn sort_tail_by(&mut self, from: usize, keys: &mut [u32]) {
        let tail = &mut self.errors[from..];
        debug_assert_eq!(tail.len(), keys.len());
        for i in 1..keys.len() {
            let mut j = i;
            while j > 0 && keys[j - 1] > keys[j] {
                keys.swap(j - 1, j);
                tail.swap(j - 1, j);
                j -= 1;
            }
        }
    }

    /// The violations, in the order of the schema's fields.
    pub fn iter(&self) -> std::slice::Iter<'_, ValidationError> {
        self.errors.iter()
    }
}

impl From<ValidationError> for ValidationErrors {
    fn from(error: ValidationError) -> Self {
        ValidationErrors {
            errors: vec![error],
        }
    }
}

impl Extend<ValidationError> for ValidationErrors {
    fn extend<I: IntoIterator<Item = ValidationError>>(&mut self, errors: I) {
        self.errors.extend(errors);
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a ValidationError;
    type IntoIter = std::slice::Iter<'a, ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.errors.iter()
    }
}

impl IntoIterator for ValidationErrors {
    type Item = ValidationError;
    type IntoIter = std::vec::IntoIter<ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.errors.len();
        write!(
            f,
            "{count} invalid value{}:",
            if count == 1 { "" } else { "s" }
        )?;
        for error in &self.errors {
            write!(f, "\n  {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// Counts Unicode code points, as JSON Schema's `maxLength`/`minLength` do.
/// Usable in `const` contexts (compile-time checked literals).
pub const fn code_points(value: &str) -> u64 {
    // Every code point has exactly one byte that is not a continuation byte (`10xxxxxx`):
    // the count is the length less the continuation bytes, counted eight at a time.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut rest = value.as_bytes();
    let mut continuation = 0;
    while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
        let word = u64::from_le_bytes(*chunk);
        // Bit 7 set and bit 6 clear, in each byte (`<< 1` moves bit 6 to bit 7).
        continuation += (word & !(word << 1) & HIGH).count_ones() as usize;
        rest = tail;
    }
    while let [byte, tail @ ..] = rest {
        if *byte & 0xC0 == 0x80 {
            continuation += 1;
        }
        rest = tail;
    }
    (value.len() - continuation) as u64
}

/// A short, printable excerpt of a rejected value for error messages.
pub fn excerpt(value: &str) -> String {
    Clip::new(value, EXCERPT_CHARS).text(true)
}

/// The known name a typo most likely meant: at most one edit (insertion, deletion,
/// substitution or swap of neighbours) in three characters.
pub(crate) fn closest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let key: Vec<char> = key.chars().collect();
    known
        .iter()
        .map(|name| {
            let name_chars: Vec<char> = name.chars().collect();
            (edit_distance(&key, &name_chars), *name, name_chars.len())
        })
        .filter(|&(distance, _, length)| distance > 0 && distance * 3 <= key.len().max(length))
        .min_by_key(|&(distance, _, _)| distance)
        .map(|(_, name, _)| name)
}

/// Optimal string alignment distance (Levenshtein with swaps of neighbours).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::{Clip, Rule, ValidationError, ValidationErrors, code_points};

    #[test]
    fn violations_are_sorted_stably_by_their_keys() {
        // Every sequence of up to 6 keys from 0..3, after two violations not sorted, and
        // one as long as an object's inline sort takes.
        let mut cases: Vec<Vec<u32>> = Vec::new();
        for len in 0..=6u32 {
            for code in 0..3u32.pow(len) {
                cases.push((0..len).map(|i| code / 3u32.pow(i) % 3).collect());
            }
        }
        cases.push((0..32).map(|i| (i * 7919) % 5).collect());
        for keys in cases {
            let mut errors = ValidationErrors::new();
            for name in ["before-1", "before-2"] {
                errors.push(ValidationError::new(name, Rule::Required, "x"));
            }
            for i in 0..keys.len() {
                errors.push(ValidationError::new(i.to_string(), Rule::Required, "x"));
            }
            errors.sort_tail_by(2, &mut keys.clone());
            let mut expected: Vec<usize> = (0..keys.len()).collect();
            expected.sort_by_key(|&i| keys[i]);
            let mut fields = vec!["before-1".to_owned(), "before-2".to_owned()];
            fields.extend(expected.iter().map(usize::to_string));
            let got: Vec<&str> = errors.iter().map(ValidationError::field).collect();
            assert_eq!(got, fields, "keys {keys:?}");
        }
    }

    #[test]
    fn a_clip_cuts_after_max_characters_not_bytes() {
        let ascii_40 = "x".repeat(40);
        let accented_40 = "é".repeat(40); // 80 bytes, 40 characters: not cut
        let accented_41 = "é".repeat(41);
        let cases: [(&str, &str, bool); 5] = [
            ("", "", false),
            (&ascii_40, &ascii_40, false),
            (&accented_40, &accented_40, false),
            (&accented_41, &accented_40, true),
            (
                "0123456789012345678901234567890123456789+",
                &ascii_digits(),
                true,
            ),
        ];
        for (text, head, cut) in cases {
            let clip = Clip::new(text, 40);
            assert_eq!((clip.head.as_str(), clip.cut), (head, cut), "{text:?}");
        }
    }

    fn ascii_digits() -> String {
        "0123456789".repeat(4)
    }

    #[test]
    fn code_points_agree_with_chars() {
        let texts = [
            "",
            "a",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "é",
            "ééééééééé",
            "x✓y✓z✓w✓v✓",
            "🎉🎉🎉 mixed ascii and 🎉, over several words of eight bytes",
            "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}",
        ];
        for text in texts {
            assert_eq!(code_points(text), text.chars().count() as u64, "{text:?}");
            for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let part = &text[cut..];
                assert_eq!(code_points(part), part.chars().count() as u64, "{part:?}");
            }
        }
        const CONST: u64 = code_points("ünïcödé");
        assert_eq!(CONST, 7);
    }
}
