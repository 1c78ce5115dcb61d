//! The matchers `generate!` compiles into DFAs agree with the `regex` crate.
//!
//! For `Color` (`^#[0-9a-fA-F]{6}$`), `Name` (`^[A-Za-z0-9_-]+$`, at most 100 code points)
//! and `DisplayName` (at most 200 code points), `broken_rule` must answer exactly what
//! `regex` and `chars().count()` answer, and name the rule the value breaks first, on
//! random strings and on near-misses built from each pattern's alphabet.
//!
//! The schema's patterns use ASCII classes and `^…$` only, so ECMA-262 and the `regex`
//! crate read them the same way (`$` is the end of the text in both, without the `m`
//! flag): the pattern text is given to `regex` unchanged.

use conference_api::{Color, DisplayName, Name, Rule};
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};
use regex::Regex;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// Cases per property.
const CASES: u32 = 10_000;

static COLOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(Color::PATTERN).expect("the Color pattern"));
static NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(Name::PATTERN).expect("the Name pattern"));

/// What `Color::broken_rule` must say, by `regex`.
fn color_expected(s: &str) -> Option<Rule> {
    (!COLOR.is_match(s)).then_some(Rule::Pattern(Color::PATTERN))
}

/// What `Name::broken_rule` must say: the length is checked first.
fn name_expected(s: &str) -> Option<Rule> {
    if s.chars().count() > 100 {
        Some(Rule::MaxLength(100))
    } else if !NAME.is_match(s) {
        Some(Rule::Pattern(Name::PATTERN))
    } else {
        None
    }
}

/// What `DisplayName::broken_rule` must say.
fn display_name_expected(s: &str) -> Option<Rule> {
    (s.chars().count() > 200).then_some(Rule::MaxLength(200))
}

/// Each check returns whether the value is valid, for the statistics.
fn check_color(s: &str) -> Result<bool, TestCaseError> {
    prop_assert_eq!(
        Color::broken_rule(s).is_none(),
        COLOR.is_match(s),
        "Color on {:?}",
        s
    );
    prop_assert_eq!(Color::broken_rule(s), color_expected(s), "Color on {:?}", s);
    Ok(COLOR.is_match(s))
}

fn check_name(s: &str) -> Result<bool, TestCaseError> {
    let valid = NAME.is_match(s) && s.chars().count() <= 100;
    prop_assert_eq!(Name::broken_rule(s).is_none(), valid, "Name on {:?}", s);
    prop_assert_eq!(Name::broken_rule(s), name_expected(s), "Name on {:?}", s);
    Ok(valid)
}

fn check_display_name(s: &str) -> Result<bool, TestCaseError> {
    prop_assert_eq!(
        DisplayName::broken_rule(s).is_none(),
        s.chars().count() <= 200,
        "DisplayName on {:?} ({} chars)",
        s,
        s.chars().count()
    );
    prop_assert_eq!(
        DisplayName::broken_rule(s),
        display_name_expected(s),
        "DisplayName on {:?}",
        s
    );
    Ok(display_name_expected(s).is_none())
}

/// Runs `property` on `CASES` values of `strategy`; prints and checks the case count.
/// `balanced`: the strategy is meant to give valid and invalid values both (at least 5%
/// each), which is checked so that a strategy gone lopsided is noticed.
fn run<S>(
    name: &str,
    strategy: S,
    balanced: bool,
    property: fn(&str) -> Result<bool, TestCaseError>,
) where
    S: Strategy<Value = String>,
{
    let config = ProptestConfig {
        // Never write regression files into the source tree.
        failure_persistence: None,
        ..ProptestConfig::with_cases(CASES)
    };
    let mut runner = TestRunner::new(config);
    let count = AtomicU32::new(0);
    let valid = AtomicU32::new(0);
    let result = runner.run(&strategy, |value| {
        count.fetch_add(1, Ordering::Relaxed);
        if property(&value)? {
            valid.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    });
    let (count, valid) = (count.into_inner(), valid.into_inner());
    if let Err(failure) = result {
        panic!("{name}: {failure}");
    }
    println!(
        "{name}: {count} cases agree ({valid} valid, {} invalid)",
        count - valid
    );
    assert!(count >= CASES, "{name}: only {count} cases ran");
    // Both answers must be well represented, or the property tests little.
    if balanced {
        assert!(
            valid >= count / 20 && count - valid >= count / 20,
            "{name}: {valid} of {count} valid: a lopsided strategy"
        );
    }
}

/// Characters that are not hex digits but look or sort close to them, or are encoded
/// with more than one byte (the DFA walks UTF-8 bytes): the near-miss material.
const NOT_HEX: &[char] = &[
    'g',
    'G',
    'x',
    'z',
    'Z',
    '/',
    ':',
    '@',
    '`',
    '[',
    '{',
    '#',
    '-',
    '_',
    ' ',
    '\t',
    '\n',
    '\r',
    '\0',
    '\u{7f}',
    '\u{80}',
    '\u{a0}',
    'é',
    'ß',
    '٣',
    '１',
    'ａ',
    'Ａ',
    '０',
    '\u{feff}',
    '\u{2028}',
    '😀',
    '𝟘',
    '\u{10ffff}',
];

const HEX: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C',
    'D', 'E', 'F',
];

/// Name's alphabet.
const NAME_CHARS: &[char] = &['a', 'z', 'A', 'Z', '0', '9', '_', '-', 'm', 'M', '5', 'q'];

fn odd_char() -> impl Strategy<Value = char> {
    prop_oneof![3 => prop::sample::select(NOT_HEX), 1 => any::<char>()]
}

/// Any string: proptest's arbitrary strings, short strings of any chars, and strings
/// over the union of the patterns' alphabets and the odd characters.
fn random_string() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = HEX
        .iter()
        .chain(NAME_CHARS)
        .chain(NOT_HEX)
        .copied()
        .collect();
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<char>(), 0..10).prop_map(String::from_iter),
        prop::collection::vec(prop::sample::select(alphabet), 0..10).prop_map(String::from_iter),
    ]
}

/// `#` and 5, 6 or 7 hex digits, often with one character replaced by a non-hex one,
/// sometimes with something before or after, sometimes with another first character.
fn color_near_miss() -> impl Strategy<Value = String> {
    (
        prop_oneof![8 => Just('#'), 1 => odd_char()],
        5usize..=7,
        prop::collection::vec(prop::sample::select(HEX), 7),
        prop::option::weighted(0.6, (0usize..8, odd_char())),
        prop::option::weighted(0.1, odd_char()),
        prop::option::weighted(0.1, odd_char()),
    )
        .prop_map(|(hash, len, digits, replace, before, after)| {
            let mut chars: Vec<char> = std::iter::once(hash)
                .chain(digits[..len].iter().copied())
                .collect();
            if let Some((at, bad)) = replace {
                let at = at % chars.len();
                chars[at] = bad;
            }
            before.into_iter().chain(chars).chain(after).collect()
        })
}

/// Names of 0 to 3 or 95 to 105 characters from Name's alphabet, often with one
/// character replaced by another (non-ASCII ones are more than one byte but one code
/// point: a byte count would misjudge the length).
fn name_near_miss() -> impl Strategy<Value = String> {
    (
        prop_oneof![0usize..=3, 95usize..=105],
        prop::collection::vec(prop::sample::select(NAME_CHARS), 105),
        prop::option::weighted(0.5, (0usize..105, odd_char())),
    )
        .prop_map(|(len, chars, replace)| {
            let mut chars = chars[..len].to_vec();
            if let Some((at, bad)) = replace
                && !chars.is_empty()
            {
                let at = at % chars.len();
                chars[at] = bad;
            }
            chars.into_iter().collect()
        })
}

/// Text of 190 to 210 code points of 1 to 4 UTF-8 bytes each, combining marks included.
fn display_name_lengths() -> impl Strategy<Value = String> {
    const MIXED: &[char] = &[
        'a',
        ' ',
        '\n',
        '\0',
        'é',
        '\u{301}',
        'ß',
        '中',
        '\u{feff}',
        '😀',
        '\u{10ffff}',
    ];
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(MIXED), 190..=210).prop_map(String::from_iter),
        1 => prop::collection::vec(any::<char>(), 190..=210).prop_map(String::from_iter),
        1 => any::<String>(),
    ]
}

#[test]
fn the_patterns_are_the_schemas() {
    assert_eq!(Color::PATTERN, "^#[0-9a-fA-F]{6}$");
    assert_eq!(Name::PATTERN, "^[A-Za-z0-9_-]+$");
    assert_eq!(Name::MAX_LENGTH, 100);
    assert_eq!(DisplayName::MAX_LENGTH, 200);
}

#[test]
fn color_agrees_with_regex_on_random_strings() {
    run("Color, random strings", random_string(), false, check_color);
}

#[test]
fn color_agrees_with_regex_on_near_misses() {
    run("Color, near misses", color_near_miss(), true, check_color);
}

#[test]
fn name_agrees_with_regex_and_length_on_random_strings() {
    run("Name, random strings", random_string(), false, check_name);
}

#[test]
fn name_agrees_with_regex_and_length_on_near_misses() {
    run("Name, near misses", name_near_miss(), true, check_name);
}

#[test]
fn display_name_agrees_with_chars_count() {
    run(
        "DisplayName, lengths",
        display_name_lengths(),
        true,
        check_display_name,
    );
}

/// Hand-picked edge cases, checked every run whatever the random ones are.
#[test]
fn edge_cases_agree() {
    let colors = [
        "",
        "#",
        "#12345",
        "#123456",
        "#1234567",
        "#abcdef",
        "#ABCDEF",
        "#aBcDeF",
        "#12345g",
        "#12345G",
        "#12 456",
        "#123456\n",
        "\n#123456",
        "#123456 ",
        " #123456",
        "##123456",
        "123456",
        "#１２３４５６",
        "#12345٣",
        "#12345é",
        "#12345😀",
        "#12345\u{10ffff}",
        "#12345\0",
        "#\u{0}12345",
        "＃123456",
        "#123456#123456",
    ];
    for s in colors {
        check_color(s).unwrap();
        check_name(s).unwrap();
        check_display_name(s).unwrap();
    }
    let names = [
        "a".repeat(100),
        "a".repeat(101),
        "é".repeat(100),
        "é".repeat(101),
        format!("{}é", "a".repeat(99)),
        format!("{}é", "a".repeat(100)),
        format!("{}\n", "a".repeat(99)),
        "-".to_owned(),
        "_".to_owned(),
        "a b".to_owned(),
        "a.b".to_owned(),
    ];
    for s in &names {
        check_name(s).unwrap();
    }
    for s in [
        "😀".repeat(200),
        "😀".repeat(201),
        "e\u{301}".repeat(100),
        "e\u{301}".repeat(100) + "e",
        String::new(),
    ] {
        check_display_name(&s).unwrap();
    }
}
