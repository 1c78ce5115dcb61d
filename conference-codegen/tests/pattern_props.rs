//! The pattern compiler against the `regex` crate, on random and adversarial strings and
//! on random patterns, and against the JSON Schema Test Suite. Both matchers are checked:
//! `is_match`, which uses the DFA's shape when it has one (as the generated code does),
//! and `walk`, the DFA itself.
//!
//! ECMA-262 and the `regex` crate differ where it matters here: `\d \w \s` are Unicode in
//! `regex` (ASCII, ASCII and ECMA's list in ECMA-262), and `regex`'s `.` excludes only
//! `\n` (ECMA's also `\r`, U+2028 and U+2029). The `regex` side of each case spells those
//! out as explicit classes. `regex` has no lookaround: `^(?!X)(?=Z)Y` is checked as
//! "`^(?:X)` does not match, `^(?:Z)` and `^(?:Y)` do".
//!
//! Every property test starts from the same seed, [`SEED`], so that a failure happens on
//! every run. A failure prints its seed and the command that replays it; to replay it or
//! to try other inputs, set proptest's `PROPTEST_RNG_SEED` (a `u64`):
//!
//! ```text
//! PROPTEST_RNG_SEED=42 cargo test -p conference-codegen --test pattern_props
//! ```

use std::cell::Cell;
use std::fmt::Debug;
use std::sync::LazyLock;

use conference_codegen::pattern::{PatternError, compile};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::string::string_regex;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestError, TestRunner};
use regex::Regex;

/// The seed of every property test, unless `PROPTEST_RNG_SEED` is set.
const SEED: u64 = 20_260_821;

/// ECMA-262 `\d`, `\w`, `\s` and `.` in `regex` syntax.
const D: &str = "[0-9]";
const W: &str = "[0-9A-Za-z_]";
const S: &str = r"[\t\n\x0B\x0C\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]";
const NOT_S: &str = r"[^\t\n\x0B\x0C\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]";
const DOT: &str = r"[^\n\r\x{2028}\x{2029}]";

/// Near misses every case gets in its alphabet: non-ASCII, astral, line terminators.
const NEAR_MISSES: &str = "é😀\n\r\u{2028}\u{A0} ";

struct Case {
    /// The pattern, as in a schema.
    ecma: &'static str,
    /// The same language in `regex` syntax, with `D W S NOT_S DOT` substituted for
    /// `{d} {w} {s} {S} {.}`.
    regex: &'static str,
    /// Strings near the matching ones, in `regex` syntax without anchors (`proptest`
    /// generates strings from it, then edits them).
    near: &'static str,
    /// Characters the pattern cares about.
    alphabet: &'static str,
}

const CASES: &[Case] = &[
    Case {
        ecma: "^[A-Za-z0-9_-]+$",
        regex: "^[A-Za-z0-9_-]+$",
        near: "[A-Za-z0-9_-]{0,20}",
        alphabet: "aZ09_-!.",
    },
    Case {
        ecma: "^#[0-9a-fA-F]{6}$",
        regex: "^#[0-9a-fA-F]{6}$",
        near: "#[0-9a-fA-F]{5,7}",
        alphabet: "#0aFgG",
    },
    Case {
        ecma: "a+",
        regex: "a+",
        near: "[xa]{0,5}",
        alphabet: "abA",
    },
    Case {
        ecma: "^a|b$",
        regex: "^a|b$",
        near: "[abc]{0,4}",
        alphabet: "abc",
    },
    Case {
        ecma: "^(a|b)$",
        regex: "^(a|b)$",
        near: "[abc]{0,2}",
        alphabet: "abc",
    },
    Case {
        ecma: "(^|x)a(b$|c)",
        regex: "(^|x)a(b$|c)",
        near: "[xabc]{0,5}",
        alphabet: "xabc",
    },
    Case {
        ecma: "^[^a-z]+$",
        regex: "^[^a-z]+$",
        near: "[^a-z]{1,5}",
        alphabet: "azAZ{`",
    },
    Case {
        ecma: r"^\d{3}-\d{4}$",
        regex: "^{d}{3}-{d}{4}$",
        near: "[0-9]{3}-[0-9]{3,5}",
        alphabet: "09-a٣",
    },
    Case {
        ecma: r"\w+@\w+\.com$",
        regex: r"{w}+@{w}+\.com$",
        near: r"[a_1]{1,3}@[a_1]{1,3}\.com",
        alphabet: "a_1@.comé",
    },
    Case {
        ecma: r"^\s*\S+\s*$",
        regex: "^{s}*{S}+{s}*$",
        near: r"[ \t\x{A0}\x{3000}]{0,2}[a\x{85}\x{200B}]{1,2}[ \x{2028}\x{FEFF}]{0,2}",
        alphabet: " \t\u{A0}\u{3000}\u{2028}\u{FEFF}a\u{85}\u{200B}\u{180E}",
    },
    Case {
        ecma: "^.{2,4}$",
        regex: "^{.}{2,4}$",
        near: r"[aé😀\n\r\x{2028}\x{2029}]{1,5}",
        alphabet: "aé😀\n\r\u{2028}\u{2029}\u{85}",
    },
    Case {
        ecma: ".",
        regex: "{.}",
        near: r"[\n\r\x{2028}\x{2029}a]{0,3}",
        alphabet: "\n\r\u{2028}\u{2029}a",
    },
    Case {
        ecma: "^(ab|cd){2,3}$",
        regex: "^(ab|cd){2,3}$",
        near: "(ab|cd|a|c){1,4}",
        alphabet: "abcd",
    },
    Case {
        ecma: "x{0,3}y",
        regex: "x{0,3}y",
        near: "x{0,5}y?",
        alphabet: "xy",
    },
    Case {
        ecma: r"^\D\W\S$",
        regex: "^[^0-9][^0-9A-Za-z_]{S}$",
        near: r"[1a_ !é😀\x{3000}]{2,4}",
        alphabet: "1a_ !é😀\u{3000}",
    },
    Case {
        ecma: "(?:foo|bar)?baz$",
        regex: "(?:foo|bar)?baz$",
        near: "(foo|bar|ba){0,2}(baz|ba)",
        alphabet: "fobarz",
    },
    Case {
        ecma: r"^(?<year>\d{4})-(?<month>0[1-9]|1[0-2])$",
        regex: "^({d}{4})-(0[1-9]|1[0-2])$",
        near: "[0-9]{3,5}-[0-2][0-9]",
        alphabet: "0129-",
    },
    Case {
        ecma: r"[\u00e9-\u{1F600}]",
        regex: r"[\x{E9}-\x{1F600}]",
        near: r"[e\x{E8}-\x{EA}\x{1F5FF}-\x{1F601}]",
        alphabet: "eè\u{E9}😀😁\u{FFFF}\u{10000}",
    },
    Case {
        ecma: r"^[^\s]*é+$",
        regex: "^{S}*é+$",
        near: r"[é e\x{A0}]{0,4}",
        alphabet: "é e\u{A0}E",
    },
    Case {
        ecma: "^a+?b*?c??$",
        regex: "^a+?b*?c??$",
        near: "a{0,2}b{0,2}c{0,2}",
        alphabet: "abc",
    },
    Case {
        ecma: "colou?r",
        regex: "colou?r",
        near: "colou{0,2}r?",
        alphabet: "colur",
    },
    Case {
        ecma: "^(a|)$",
        regex: "^(a|)$",
        near: "a{0,2}",
        alphabet: "ab",
    },
    Case {
        ecma: r"^\$\^\(\)\.[.\]\\]$",
        regex: r"^\$\^\(\)\.[.\]\\]$",
        near: r"\$\^\(\)\.[.\]\\a]",
        alphabet: "$^().]\\a",
    },
    Case {
        ecma: "^[😀-😂]+$",
        regex: "^[😀-😂]+$",
        near: "[😀-😃a]{0,3}",
        alphabet: "😀😁😂😃a",
    },
    Case {
        ecma: "^[0-9]{3}-[0-9]{4}$",
        regex: "^[0-9]{3}-[0-9]{4}$",
        near: "[0-9]{2,4}-[0-9]{3,5}",
        alphabet: "09-a",
    },
    Case {
        ecma: "^[a-z]*$",
        regex: "^[a-z]*$",
        near: "[a-z]{0,6}",
        alphabet: "azA{`",
    },
    Case {
        ecma: "^a{3,}$",
        regex: "^a{3,}$",
        near: "a{1,5}",
        alphabet: "ab",
    },
    Case {
        ecma: "^[éѩ][😀-😂]$",
        regex: "^[éѩ][😀-😂]$",
        near: "[éèѩ][😀-😃]",
        alphabet: "éèѩ\u{468}😀😂😃",
    },
    // SignalWire's patterns. `regex` has no lookahead: this one is spelled out.
    Case {
        ecma: "^(?!next$).*$",
        regex: r"^(?:{.}{0,3}|{.}{5,}|[^n\n\r\x{2028}\x{2029}]{.}{3}|{.}[^e\n\r\x{2028}\x{2029}]{.}{2}|{.}{2}[^x\n\r\x{2028}\x{2029}]{.}|{.}{3}[^t\n\r\x{2028}\x{2029}])$",
        near: "(next|nex|nextt|Next|n[eé]xt|ne\nt)",
        alphabet: "nextNé😀\n\r\u{2028}",
    },
    Case {
        ecma: r"^(?:\d+h)?(?:\d+m)?(?:\d+s)?$",
        regex: "^(?:{d}+h)?(?:{d}+m)?(?:{d}+s)?$",
        near: "([0-9]{1,2}[hms]){0,3}",
        alphabet: "019hms ٣",
    },
    Case {
        ecma: "^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$",
        regex: "^(http://{.}*|https://{.}*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?{.}*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$",
        near: "(https?://[a-z]{0,3}|ring: ?[0-9.]{0,3}: ?[a-zA-Z]{1,3}|say: ?[a-z ]{0,3}|silence: ?[0-9.a]{0,3}|ring: ?[a-z]{1,3})",
        alphabet: "hts:/ringay.0Z\n",
    },
    Case {
        ecma: "^(http|https)://",
        regex: "^(http|https)://",
        near: "(https?|ftp|HTTP)://?[a-z]{0,2}",
        alphabet: "https:/fH ",
    },
    Case {
        ecma: "^[a-z0-9]+(-[a-z0-9]+)*$",
        regex: "^[a-z0-9]+(-[a-z0-9]+)*$",
        near: "[a-z0-9-]{0,6}",
        alphabet: "az09-A_é",
    },
    Case {
        ecma: "^[a-z0-9_]*$",
        regex: "^[a-z0-9_]*$",
        near: "[a-z0-9_]{0,6}",
        alphabet: "az09_A-é",
    },
    Case {
        ecma: r"^\S+$",
        regex: "^{S}+$",
        near: r"[a\x{A0} é]{0,4}",
        alphabet: "a é\u{A0}\u{3000}\t",
    },
    Case {
        ecma: "^prompt:.+$",
        regex: "^prompt:{.}+$",
        near: "x?prompt:[a\n😀]{0,2}",
        alphabet: "prompt:a\n😀P",
    },
];

/// The cases whose DFA has a shape: the others only check the walk twice.
const SHAPED: &[&str] = &[
    "^[A-Za-z0-9_-]+$",
    "^#[0-9a-fA-F]{6}$",
    "^(a|b)$",
    r"^\d{3}-\d{4}$",
    r"^\$\^\(\)\.[.\]\\]$",
    "^[0-9]{3}-[0-9]{4}$",
    "^[a-z]*$",
    "^a{3,}$",
    "^[éѩ][😀-😂]$",
    "^[a-z0-9_]*$",
];

/// `case.regex` with the ECMA-262 classes spelled out.
fn regex_of(case: &Case) -> Regex {
    let source = case
        .regex
        .replace("{d}", D)
        .replace("{w}", W)
        .replace("{s}", S)
        .replace("{S}", NOT_S)
        .replace("{.}", DOT);
    Regex::new(&source).unwrap_or_else(|error| panic!("{}: {error}", case.ecma))
}

/// An edit of a string: insert, replace or delete a character at a position.
type Edit = (u8, Index, char);

fn apply(s: String, edits: Vec<Edit>) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    for (kind, at, c) in edits {
        let at = at.index(chars.len() + 1);
        match kind {
            0 => chars.insert(at, c),
            _ if at == chars.len() => chars.push(c),
            1 => chars[at] = c,
            _ => {
                chars.remove(at);
            }
        }
    }
    chars.into_iter().collect()
}

/// Random strings, strings of the pattern's alphabet, and near-matches with a few edits.
fn haystacks(case: &Case) -> BoxedStrategy<String> {
    let alphabet: Vec<char> = case.alphabet.chars().chain(NEAR_MISSES.chars()).collect();
    let near = || string_regex(case.near).unwrap_or_else(|error| panic!("{}: {error}", case.near));
    let edits = vec((0..3u8, any::<Index>(), select(alphabet.clone())), 0..3);
    prop_oneof![
        any::<String>(),
        vec(select(alphabet), 0..12).prop_map(|chars| chars.into_iter().collect()),
        near(),
        (near(), edits).prop_map(|(s, edits)| apply(s, edits)),
    ]
    .boxed()
}

/// `PROPTEST_RNG_SEED`, which proptest reads into its default configuration, else [`SEED`].
fn seed() -> u64 {
    match Config::default().rng_seed {
        RngSeed::Fixed(seed) => seed,
        RngSeed::Random => SEED,
    }
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        rng_algorithm: RngAlgorithm::XorShift,
        rng_seed: RngSeed::Fixed(seed()),
        // Do not write regression files next to the sources: print the failing input.
        failure_persistence: None,
        // Report a failure within a minute, shrunk as far as it got.
        max_shrink_time: 60_000,
        ..Config::default()
    })
}

/// Panics if the property test `test` failed, with the seed that replays the failure.
#[track_caller]
fn passed<T: Debug>(test: &str, result: Result<(), TestError<T>>) {
    if let Err(error) = result {
        let seed = seed();
        panic!(
            "{error}\nseed {seed}: replay with \
             `PROPTEST_RNG_SEED={seed} cargo test -p conference-codegen --test pattern_props {test}`"
        );
    }
}

#[test]
fn agrees_with_the_regex_crate() {
    let shaped: Vec<&str> = CASES
        .iter()
        .map(|case| case.ecma)
        .filter(|ecma| compile(ecma).is_ok_and(|dfa| dfa.shape().is_some()))
        .collect();
    assert_eq!(shaped, SHAPED);
    for case in CASES {
        let dfa = compile(case.ecma).unwrap_or_else(|error| panic!("{}: {error}", case.ecma));
        let regex = regex_of(case);
        let (matched, unmatched) = (Cell::new(0), Cell::new(0));
        let result = runner(1024).run(&haystacks(case), |haystack| {
            let expected = regex.is_match(&haystack);
            prop_assert_eq!(
                dfa.walk(&haystack),
                expected,
                "{} walk on {:?}",
                case.ecma,
                haystack
            );
            prop_assert_eq!(
                dfa.is_match(&haystack),
                expected,
                "{} on {:?}",
                case.ecma,
                haystack
            );
            let count = if expected { &matched } else { &unmatched };
            count.set(count.get() + 1);
            Ok(())
        });
        passed("agrees_with_the_regex_crate", result);
        // Both outcomes were tried, or the comparison proves little.
        assert!(
            matched.get() > 0 && unmatched.get() > 0,
            "{}: {matched:?} {unmatched:?}",
            case.ecma
        );
    }
}

/// The leaves of random patterns, in ECMA-262 and in `regex` syntax.
const LEAVES: &[(&str, &str)] = &[
    ("a", "a"),
    ("b", "b"),
    ("é", "é"),
    ("😀", "😀"),
    ("[ab]", "[ab]"),
    ("[^a]", "[^a]"),
    ("[a-c😀]", "[a-c😀]"),
    ("^", "^"),
    ("$", "$"),
    (".", DOT),
    (r"\d", D),
    (r"\S", NOT_S),
];

/// The quantifiers of random patterns: the text, how many copies of its operand the
/// compiler builds, and the fewest and most copies a sample string takes.
const QUANTIFIERS: &[(&str, usize, usize, usize)] = &[
    ("*", 1, 0, 3),
    ("+", 2, 1, 3),
    ("?", 1, 0, 1),
    ("{2}", 2, 2, 2),
    ("{0,2}", 2, 0, 2),
    ("{1,3}", 3, 1, 3),
    ("{2,}", 3, 2, 4),
    ("*?", 1, 0, 3),
    ("{1,2}?", 2, 1, 2),
];

/// The characters of random haystacks: the leaves' and their near misses.
const HAYSTACK: &[char] = &[
    'a', 'b', 'c', 'é', '😀', '1', '\n', '\r', '\u{2028}', ' ', '\u{A0}',
];

/// The characters of [`HAYSTACK`] each leaf matches.
static LEAF_CHARS: LazyLock<Vec<Vec<char>>> = LazyLock::new(|| {
    LEAVES
        .iter()
        .map(|(_, spelled)| {
            let leaf = Regex::new(&format!("^{spelled}$")).unwrap();
            HAYSTACK
                .iter()
                .copied()
                .filter(|c| leaf.is_match(c.encode_utf8(&mut [0; 4])))
                .collect()
        })
        .collect()
});

/// A random pattern whose meaning ECMA-262 and `regex` agree on.
#[derive(Clone, Debug)]
enum Node {
    /// An index in [`LEAVES`].
    Leaf(usize),
    Concat(Vec<Node>),
    Alternation(Box<Node>, Box<Node>),
    /// An index in [`QUANTIFIERS`].
    Repeat(Box<Node>, usize),
}

impl Node {
    /// The pattern in ECMA-262 syntax, or in `regex` syntax.
    fn text(&self, regex: bool) -> String {
        match self {
            Node::Leaf(leaf) => {
                let (ecma, spelled) = LEAVES[*leaf];
                if regex { spelled } else { ecma }.to_owned()
            }
            Node::Concat(nodes) => nodes.iter().map(|node| node.text(regex)).collect(),
            Node::Alternation(a, b) => format!("(?:{}|{})", a.text(regex), b.text(regex)),
            Node::Repeat(node, quantifier) => {
                format!("(?:{}){}", node.text(regex), QUANTIFIERS[*quantifier].0)
            }
        }
    }

    /// The classes and `$`s of the NFA the compiler builds, copies included.
    fn positions(&self) -> usize {
        match self {
            Node::Leaf(leaf) => usize::from(LEAVES[*leaf].0 != "^"),
            Node::Concat(nodes) => nodes.iter().map(Node::positions).sum(),
            Node::Alternation(a, b) => a.positions() + b.positions(),
            Node::Repeat(node, quantifier) => node.positions() * QUANTIFIERS[*quantifier].1,
        }
    }

    /// Strings of [`HAYSTACK`] characters that the pattern often matches.
    fn sample(&self) -> BoxedStrategy<String> {
        match self {
            Node::Leaf(leaf) => {
                let chars = &LEAF_CHARS[*leaf];
                if chars.is_empty() {
                    // `^` and `$`.
                    Just(String::new()).boxed()
                } else {
                    select(chars.clone()).prop_map(String::from).boxed()
                }
            }
            Node::Concat(nodes) => nodes
                .iter()
                .map(Node::sample)
                .collect::<Vec<_>>()
                .prop_map(|parts| parts.concat())
                .boxed(),
            Node::Alternation(a, b) => prop_oneof![a.sample(), b.sample()].boxed(),
            Node::Repeat(node, quantifier) => {
                let (_, _, fewest, most) = QUANTIFIERS[*quantifier];
                vec(node.sample(), fewest..=most)
                    .prop_map(|parts| parts.concat())
                    .boxed()
            }
        }
    }
}

fn patterns() -> impl Strategy<Value = Node> {
    (0..LEAVES.len())
        .prop_map(Node::Leaf)
        .prop_recursive(4, 24, 3, |inner| {
            prop_oneof![
                vec(inner.clone(), 2..4).prop_map(Node::Concat),
                (inner.clone(), inner.clone())
                    .prop_map(|(a, b)| Node::Alternation(Box::new(a), Box::new(b))),
                (inner, 0..QUANTIFIERS.len())
                    .prop_map(|(node, quantifier)| Node::Repeat(Box::new(node), quantifier)),
            ]
        })
}

/// Random strings of [`HAYSTACK`] characters.
fn noise() -> impl Strategy<Value = String> {
    vec(select(HAYSTACK), 0..8).prop_map(|chars| chars.into_iter().collect())
}

/// Random strings, and samples of `nodes` followed by random strings and edited.
fn samples(nodes: &[&Node]) -> BoxedStrategy<String> {
    let samples: Vec<_> = nodes.iter().map(|node| node.sample()).collect();
    let sample = select((0..samples.len()).collect::<Vec<_>>())
        .prop_flat_map(move |i| samples[i].clone())
        .boxed();
    let edits = vec((0..3u8, any::<Index>(), select(HAYSTACK)), 0..2);
    prop_oneof![
        noise(),
        sample.clone(),
        (sample.clone(), noise()).prop_map(|(sample, noise)| sample + &noise),
        (sample, edits).prop_map(|(s, edits)| apply(s, edits)),
    ]
    .boxed()
}

/// The most positions ([`Node::positions`]) a pattern may have for a limit error to be a
/// bug. A state of the DFA is a set of positions, alone or with part of a code point
/// read: 2^7 + 1 sets (one for the start) times 20 places in a code point (its start,
/// and the 19 ways into one that these leaves tell apart), and the dead and matched
/// states, make 2582, under the 4096 states a DFA may have. The product of the DFAs of a
/// pattern with lookaheads reads each code point once for all: their positions add up.
const SMALL: usize = 7;

/// Whether `error` is about the size of the pattern's DFA: acceptable for a pattern that
/// is not [`SMALL`].
fn is_limit(error: &PatternError) -> bool {
    ["pattern is too", "pattern needs"]
        .iter()
        .any(|start| error.message.starts_with(start))
}

/// Whether a string matches, by the `regex` crate.
type Oracle = Box<dyn Fn(&str) -> bool>;

/// Runs `cases` random patterns against their `oracle`, counting those over a limit.
#[track_caller]
fn agree<T: Clone + Debug>(
    test: &str,
    cases: impl Strategy<Value = (T, Vec<String>)>,
    pattern: impl Fn(&T) -> (String, usize),
    oracle: impl Fn(&T) -> Oracle,
) {
    let (patterns, too_large) = (Cell::new(0), Cell::new(0));
    let result = runner(1024).run(&cases, |(case, haystacks)| {
        let (ecma, positions) = pattern(&case);
        patterns.set(patterns.get() + 1);
        let dfa = match compile(&ecma) {
            Ok(dfa) => dfa,
            Err(error) if positions > SMALL && is_limit(&error) => {
                too_large.set(too_large.get() + 1);
                return Ok(());
            }
            Err(error) => return Err(TestCaseError::fail(format!("{ecma}: {error}"))),
        };
        let oracle = oracle(&case);
        for haystack in haystacks {
            let expected = oracle(&haystack);
            prop_assert_eq!(
                dfa.walk(&haystack),
                expected,
                "{} walk on {:?}",
                ecma,
                haystack
            );
            prop_assert_eq!(
                dfa.is_match(&haystack),
                expected,
                "{} on {:?}",
                ecma,
                haystack
            );
        }
        Ok(())
    });
    passed(test, result);
    // Large patterns were tested too, not only skipped.
    assert!(
        too_large.get() * 20 <= patterns.get(),
        "{too_large:?} of {patterns:?} patterns over a limit"
    );
}

#[test]
fn random_patterns_agree_with_the_regex_crate() {
    let cases = patterns().prop_flat_map(|node| {
        let haystacks = vec(samples(&[&node]), 16);
        (Just(node), haystacks)
    });
    agree(
        "random_patterns_agree_with_the_regex_crate",
        cases,
        |node| (node.text(false), node.positions()),
        |node| {
            let regex = Regex::new(&node.text(true)).unwrap();
            Box::new(move |haystack| regex.is_match(haystack))
        },
    );
}

/// A random pattern `^`, lookaheads, then a pattern: each lookahead is negative or not,
/// and its body ends in `$` or not.
#[derive(Clone, Debug)]
struct Lookaheads {
    looks: Vec<(bool, Node, bool)>,
    rest: Node,
}

impl Lookaheads {
    fn ecma(&self) -> String {
        let mut ecma = String::from("^");
        for (negated, body, anchored) in &self.looks {
            let (sign, end) = (
                if *negated { "!" } else { "=" },
                if *anchored { "$" } else { "" },
            );
            ecma += &format!("(?{sign}{}{end})", body.text(false));
        }
        ecma + &self.rest.text(false)
    }

    fn positions(&self) -> usize {
        self.looks
            .iter()
            .map(|(_, body, anchored)| body.positions() + usize::from(*anchored))
            .sum::<usize>()
            + self.rest.positions()
    }

    /// Whether the pattern matches: by `regex` matches from the start.
    fn oracle(&self) -> Oracle {
        let from_start = |regex: String| Regex::new(&format!("^(?:{regex})")).unwrap();
        let rest = from_start(self.rest.text(true));
        let looks: Vec<(bool, Regex)> = self
            .looks
            .iter()
            .map(|(negated, body, anchored)| {
                let end = if *anchored { "$" } else { "" };
                (*negated, from_start(format!("{}{end}", body.text(true))))
            })
            .collect();
        Box::new(move |haystack| {
            rest.is_match(haystack)
                && looks
                    .iter()
                    .all(|(negated, body)| body.is_match(haystack) != *negated)
        })
    }
}

#[test]
fn random_lookaheads_agree_with_the_regex_crate() {
    let look = (any::<bool>(), patterns(), any::<bool>());
    let cases = (vec(look, 1..3), patterns()).prop_flat_map(|(looks, rest)| {
        let case = Lookaheads { looks, rest };
        let mut nodes = vec![&case.rest];
        nodes.extend(case.looks.iter().map(|(_, body, _)| body));
        let haystacks = vec(samples(&nodes), 16);
        (Just(case), haystacks)
    });
    agree(
        "random_lookaheads_agree_with_the_regex_crate",
        cases,
        |case| (case.ecma(), case.positions()),
        Lookaheads::oracle,
    );
}

/// Random patterns anchored at both ends: a sequence of counted classes, or one class
/// repeated. Most have a shape, of ASCII or of multi-byte code points.
fn anchored_patterns() -> impl Strategy<Value = String> {
    let class = select(
        &[
            "a",
            "[ab]",
            "[a-c]",
            "[0-9]",
            "é",
            "[éè]",
            "[éѩ]",
            "😀",
            "[😀-😂]",
            "[aé]",
        ][..],
    );
    let counted = (class.clone(), select(&["", "{1}", "{2}", "{3}"][..]))
        .prop_map(|(class, count)| format!("{class}{count}"));
    prop_oneof![
        vec(counted, 0..5).prop_map(|parts| format!("^{}$", parts.concat())),
        (class, select(&["*", "+", "{2,}", "{3,}"][..]))
            .prop_map(|(class, count)| format!("^{class}{count}$")),
    ]
}

#[test]
fn random_anchored_patterns_agree_with_the_regex_crate() {
    let alphabet = select(&['a', 'b', 'c', '0', 'é', 'è', 'ѩ', '😀', '😂', '😃', '\n'][..]);
    // Strings of the pattern (`string_regex` does not take anchors), a few of them edited.
    let cases = anchored_patterns().prop_flat_map(move |pattern| {
        let body = pattern[1..pattern.len() - 1].to_owned();
        let near = string_regex(&body).unwrap_or_else(|error| panic!("{body}: {error}"));
        let edits = vec((0..3u8, any::<Index>(), alphabet.clone()), 0..2);
        (
            Just(pattern),
            vec((near, edits).prop_map(|(s, edits)| apply(s, edits)), 8),
        )
    });
    let (patterns, shaped, matched) = (Cell::new(0), Cell::new(0), Cell::new(0));
    let result = runner(1024).run(&cases, |(pattern, haystacks)| {
        let dfa = compile(&pattern)
            .map_err(|error| TestCaseError::fail(format!("{pattern}: {error}")))?;
        let regex = Regex::new(&pattern)
            .map_err(|error| TestCaseError::fail(format!("{pattern}: {error}")))?;
        patterns.set(patterns.get() + 1);
        shaped.set(shaped.get() + usize::from(dfa.shape().is_some()));
        for haystack in haystacks {
            let expected = regex.is_match(&haystack);
            prop_assert_eq!(
                dfa.walk(&haystack),
                expected,
                "{} walk on {:?}",
                pattern,
                haystack
            );
            prop_assert_eq!(
                dfa.is_match(&haystack),
                expected,
                "{} on {:?}",
                pattern,
                haystack
            );
            matched.set(matched.get() + usize::from(expected));
        }
        Ok(())
    });
    passed(
        "random_anchored_patterns_agree_with_the_regex_crate",
        result,
    );
    // The shapes were tried, on matching strings and others.
    assert!(
        shaped.get() * 2 > patterns.get(),
        "{shaped:?} of {patterns:?}"
    );
    assert!(
        matched.get() > 0 && matched.get() < patterns.get() * 8,
        "{matched:?}"
    );
}

#[test]
fn never_panics() {
    let syntax = select(
        &[
            'a', 'b', '(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '^', '$', '\\', '-', ',',
            '.', '0', '1', '9', 'd', 'D', 's', 'S', 'w', 'W', 'b', 'B', 'p', 'k', 'u', 'x', 'c',
            ':', '=', '!', '<', '>', 'é', '😀',
        ][..],
    );
    let pattern = prop_oneof![
        any::<String>(),
        vec(syntax, 0..16).prop_map(|chars| chars.into_iter().collect()),
    ];
    let result = runner(4096).run(&(pattern, any::<String>()), |(pattern, haystack)| {
        match compile(&pattern) {
            Ok(dfa) => {
                prop_assert_eq!(dfa.is_match(&haystack), dfa.walk(&haystack));
                prop_assert!(!dfa.to_tokens().is_empty());
            }
            Err(error) => prop_assert!(
                error.message.starts_with(|c: char| c.is_ascii_lowercase()),
                "{:?}",
                error
            ),
        }
        Ok(())
    });
    passed("never_panics", result);
}

#[test]
fn json_schema_test_suite() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/json-schema-test-suite/pattern.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let groups: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut checked = 0;
    for group in groups.as_array().unwrap() {
        let pattern = group["schema"]["pattern"].as_str().unwrap();
        let dfa = compile(pattern).unwrap_or_else(|error| panic!("{pattern}: {error}"));
        for test in group["tests"].as_array().unwrap() {
            // Only strings: other types are checked by `type`, and `pattern` ignores them.
            let Some(data) = test["data"].as_str() else {
                continue;
            };
            let valid = test["valid"].as_bool().unwrap();
            assert_eq!(
                dfa.is_match(data),
                valid,
                "{pattern} on {data:?}: {}",
                test["description"]
            );
            assert_eq!(dfa.walk(data), valid, "{pattern} walk on {data:?}");
            checked += 1;
        }
    }
    assert_eq!(checked, 6);
}

/// `\p{…}` and `\P{…}` are the sets of regex-syntax's tables, which the `regex` crate
/// reads these escapes with too: the DFA must agree with it on every code point.
#[test]
fn unicode_properties_agree_with_regex_on_every_code_point() {
    for pattern in [
        r"^\p{Letter}$",
        r"^\P{L}$",
        r"^[\p{Nd}\p{Script=Greek}]$",
        r"^[^\p{Lu}\p{scx=Cyrl}]$",
        r"^\p{Alphabetic}$",
        r"^\p{gc=Zs}$",
    ] {
        let dfa = compile(pattern).unwrap_or_else(|error| panic!("{pattern}: {error}"));
        let regex = Regex::new(pattern).unwrap();
        let mut text = [0u8; 4];
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let text = c.encode_utf8(&mut text);
            assert_eq!(
                dfa.is_match(text),
                regex.is_match(text),
                "{pattern} on U+{:04X}",
                u32::from(c)
            );
        }
    }
}
