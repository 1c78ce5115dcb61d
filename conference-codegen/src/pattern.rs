//! JSON Schema `pattern`, compiled when the macro runs.
//!
//! A pattern is an ECMA-262 regular expression in Unicode mode, searched for anywhere in
//! the string unless it anchors itself with `^` or `$`. [`compile`] turns it into a
//! minimal DFA over the UTF-8 bytes of the string, and [`Dfa::to_tokens`] into a constant
//! of `conference_api::__private::Matcher`, whose `const fn is_match` walks the same
//! tables or, when the DFA has a simple [`Shape`], checks the bytes against it without a
//! walk: generated code needs no regex engine, and literals can be checked at compile time.
//!
//! Lookaheads right after the `^` that starts a pattern, as SignalWire's `^(?!next$).*$`,
//! compile exactly: by products of DFAs, and so do Unicode property escapes
//! (`\p{Letter}`), as the sets of code points regex-syntax's tables give. What cannot be
//! compiled exactly to a DFA (backreferences, lookbehind, other lookaheads, word
//! boundaries) or would make one too large is a [`PatternError`] that names the construct
//! or the limit.

mod automaton;
mod parse;
mod shape;
mod utf8;

pub use shape::Shape;

use std::fmt;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The most states a DFA may have, the dead and matched states included. It also bounds
/// the counts of `{n,m}`.
const MAX_STATES: usize = 4096;

/// Why a pattern cannot be compiled exactly. `message` is lowercase and names the
/// construct, e.g. "lookahead `(?=` is not supported".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// What is wrong, for a compile error that quotes the pattern.
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PatternError {}

/// A compiled pattern: a DFA over the UTF-8 bytes of the haystack, and the [`Shape`] of
/// its language if it has one.
///
/// A state is the offset of its row in `table`: state number `n` is `n * class_count`.
/// State 0 is dead (no match possible) and state `class_count` (number 1) has matched,
/// whatever follows; both only lead to themselves. The states from `class_count` up to
/// `accept_end` (excluded) accept if the string ends in them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dfa {
    /// Byte -> class: bytes the pattern never tells apart share a column of `table`.
    classes: [u8; 256],
    /// The number of classes: the length of a row of `table`.
    class_count: u16,
    /// `table[state + class]` is the state after a byte of `class`.
    table: Vec<u16>,
    start: u16,
    accept_end: u16,
    /// Read off the table: what the matcher checks instead of walking it.
    shape: Option<Shape>,
}

/// Compiles a JSON Schema `pattern` to a DFA.
///
/// # Errors
///
/// If the pattern is not a valid ECMA-262 regular expression in Unicode mode, uses a
/// construct a DFA cannot express, or needs a DFA larger than the limits.
pub fn compile(pattern: &str) -> Result<Dfa, PatternError> {
    let mut dfa = automaton::compile(&parse::parse(pattern)?)?;
    dfa.shape = Shape::find(&dfa);
    Ok(dfa)
}

impl Dfa {
    /// Whether `haystack` matches, checked as the generated code does: by the shape if
    /// there is one, else by [`walk`](Self::walk). Same algorithm as the runtime matcher,
    /// `conference_api::__private::Matcher::is_match`.
    #[must_use]
    pub fn is_match(&self, haystack: &str) -> bool {
        match &self.shape {
            Some(shape) => shape.is_match(&self.classes, haystack),
            None => self.walk(haystack),
        }
    }

    /// Whether `haystack` matches, by a walk of the DFA whatever its shape: the general
    /// matcher, which the shape must agree with. Same algorithm as the runtime matcher,
    /// `conference_api::__private::Dfa::is_match`.
    #[must_use]
    pub fn walk(&self, haystack: &str) -> bool {
        let matched = usize::from(self.class_count);
        let mut state = usize::from(self.start);
        for &byte in haystack.as_bytes() {
            // Dead and matched states decide the answer whatever follows: stop early.
            if state <= matched {
                break;
            }
            state = usize::from(self.table[state + usize::from(self.classes[usize::from(byte)])]);
        }
        state != 0 && state < usize::from(self.accept_end)
    }

    /// The simple language the DFA accepts, if it has one: generated code then checks it
    /// instead of walking the DFA.
    #[must_use]
    pub fn shape(&self) -> Option<&Shape> {
        self.shape.as_ref()
    }

    /// A Rust expression of type `::conference_api::__private::Matcher` that can appear
    /// in a `const` item: the matcher of the shape if there is one, else the DFA.
    #[must_use]
    pub fn to_tokens(&self) -> TokenStream {
        let classes = self
            .classes
            .iter()
            .map(|&class| Literal::u8_unsuffixed(class));
        match &self.shape {
            Some(Shape::Fixed { masks }) => {
                let masks = masks.iter().map(|&mask| Literal::u64_unsuffixed(mask));
                quote! {
                    ::conference_api::__private::Matcher::Fixed {
                        classes: [#(#classes),*],
                        masks: &[#(#masks),*],
                    }
                }
            }
            Some(Shape::Repeat { allowed, min }) => {
                let allowed = allowed.iter();
                let min = Literal::usize_unsuffixed(*min);
                quote! {
                    ::conference_api::__private::Matcher::Repeat {
                        allowed: [#(#allowed),*],
                        min: #min,
                    }
                }
            }
            None => {
                let table = self
                    .table
                    .iter()
                    .map(|&state| Literal::u16_unsuffixed(state));
                let class_count = Literal::u16_unsuffixed(self.class_count);
                let start = Literal::u16_unsuffixed(self.start);
                let accept_end = Literal::u16_unsuffixed(self.accept_end);
                quote! {
                    ::conference_api::__private::Matcher::Dfa(::conference_api::__private::Dfa {
                        classes: [#(#classes),*],
                        class_count: #class_count,
                        table: &[#(#table),*],
                        start: #start,
                        accept_end: #accept_end,
                    })
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn dfa(pattern: &str) -> Dfa {
        compile(pattern).unwrap_or_else(|error| panic!("{pattern}: {error}"))
    }

    /// Also checks that the shape, if any, agrees with the walk on every haystack.
    #[track_caller]
    fn check(pattern: &str, matching: &[&str], not_matching: &[&str]) {
        let dfa = dfa(pattern);
        for haystack in matching.iter().chain(not_matching) {
            assert_eq!(
                dfa.is_match(haystack),
                dfa.walk(haystack),
                "{pattern} on {haystack:?}: the shape and the walk disagree"
            );
        }
        for haystack in matching {
            assert!(
                dfa.is_match(haystack),
                "{pattern} should match {haystack:?}"
            );
        }
        for haystack in not_matching {
            assert!(
                !dfa.is_match(haystack),
                "{pattern} should not match {haystack:?}"
            );
        }
    }

    #[track_caller]
    fn rejected(pattern: &str, message: &str) {
        assert_eq!(
            compile(pattern).map(|_| ()).unwrap_err().message,
            message,
            "{pattern}"
        );
    }

    #[test]
    fn schema_name_pattern() {
        let long = "a".repeat(100);
        let long_bad = format!("{}!", "a".repeat(99));
        check(
            "^[A-Za-z0-9_-]+$",
            &[
                "my_conference",
                "a",
                "Z",
                "0",
                "_",
                "-",
                "my-conference_2",
                &long,
            ],
            &[
                "bad name",
                "",
                "é",
                "my_conférence",
                "name\n",
                "\nname",
                "a.b",
                &long_bad,
            ],
        );
    }

    #[test]
    fn schema_colour_pattern() {
        check(
            "^#[0-9a-fA-F]{6}$",
            &["#044EF4", "#044ef4", "#000000", "#FFFFFF", "#aBcDeF"],
            &[
                "#12345G",
                "044EF4",
                "#044EF4 ",
                " #044EF4",
                "#044EF",
                "#044EF44",
                "",
                "#",
                "##044EF4",
                "#044EF\n",
                "#044EF4\n",
                "#０44EF4",
            ],
        );
    }

    #[test]
    fn schema_patterns_have_small_tables() {
        let name = dfa("^[A-Za-z0-9_-]+$");
        // Dead, matched (unused), start, in the name; name bytes and the rest.
        assert_eq!(
            (
                name.table.len() / usize::from(name.class_count),
                name.class_count
            ),
            (4, 2)
        );
        let colour = dfa("^#[0-9a-fA-F]{6}$");
        // Dead, matched, start, after `#`, after 1 to 6 digits; `#`, digits and the rest.
        assert_eq!(
            (
                colour.table.len() / usize::from(colour.class_count),
                colour.class_count
            ),
            (10, 3)
        );
    }

    #[test]
    fn unanchored_patterns_match_anywhere() {
        check(
            "a+",
            &["a", "xxaxx", "xxaayy", "éa😀"],
            &["", "xx", "A", "é"],
        );
        check("ab", &["ab", "xaby", "aab"], &["a", "b", "ba", "a b"]);
        check("abc$", &["abc", "xxabc", "ababc"], &["abcx", "abc\n", "ab"]);
        check("^abc", &["abc", "abcxx"], &["xabc", "\nabc", ""]);
        check("", &["", "anything"], &[]);
        check("a*", &["", "b", "aaa"], &[]);
        check("x|", &["", "y"], &[]);
        // Once it matched, the walk stops: the matched state leads only to itself.
        // Were the walk to go on, this table would lead it from there to the dead state.
        let mut stops = dfa("b");
        let matched = usize::from(stops.class_count);
        assert!(
            stops.table[matched..2 * matched]
                .iter()
                .all(|&state| usize::from(state) == matched)
        );
        stops.table[matched..2 * matched].fill(0);
        assert!(stops.is_match("bxxx"));
    }

    #[test]
    fn anchors_in_alternatives_and_groups() {
        check(
            "^a|b$",
            &["a", "ax", "b", "xb", "ab"],
            &["xa", "bx", "", "x"],
        );
        check("^(a|b)$", &["a", "b"], &["ab", "", "xa", "a\n"]);
        check("(^a|b)c", &["ac", "acx", "bc", "xbc"], &["xac", "a", "c"]);
        check("a(b$|c)", &["ab", "xab", "ac", "acx"], &["abx", "a"]);
        check("^$", &[""], &["a", "\n"]);
        check("$^", &[""], &["a"]);
        check("a^b", &[], &["ab", "a^b", ""]);
        check("a$b", &[], &["ab", "a$b"]);
        check("(^|x)a", &["a", "xa", "yxa"], &["ya", "b"]);
        check("^^a$$", &["a"], &["aa"]);
        check("(?:^)*a", &["a", "ba"], &["b"]);
    }

    #[test]
    fn code_points_not_bytes() {
        check(
            "^.$",
            &["a", "é", "€", "😀", "\t", "\u{85}"],
            &["", "ab", "\n", "\r", "\u{2028}", "\u{2029}", "😀😀"],
        );
        check("^..$", &["😀😀", "a😀", "éé"], &["😀", "é"]);
        check("^[^a-z]$", &["A", "é", "😀", "\n"], &["a", "", "😀😀"]);
        check(
            r"^\D\W\S$",
            &["😀😀😀", "a!é", "é é"],
            &["😀😀", "1!é", "a_é", "a!\u{3000}"],
        );
        check(r"^[😀-😂]+$", &["😀😁😂"], &["😃", "😀a"]);
        check(r"^\u{1F600}\uD83D\uDE01$", &["😀😁"], &["😀"]);
        check("^é+$", &["é", "éé"], &["e\u{301}", "e"]);
    }

    #[test]
    fn dot_matches_every_code_point_but_line_terminators() {
        let dfa = dfa("^.$");
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let terminator = matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
            assert_eq!(
                dfa.is_match(c.encode_utf8(&mut [0; 4])),
                !terminator,
                "{c:?}"
            );
        }
    }

    #[test]
    fn class_escapes_follow_ecma() {
        check(r"^\d+$", &["0123456789"], &["٣", "a", ""]);
        check(r"^\w+$", &["azAZ09_"], &["é", "-", "ſ"]);
        let whitespace = "\t\n\u{B}\u{C}\r \u{A0}\u{1680}\u{2000}\u{2005}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}";
        check(
            r"^\s+$",
            &[whitespace],
            &["\u{85}", "\u{200B}", "\u{180E}", "a"],
        );
        let space = dfa(r"^\s$");
        let not_space = dfa(r"^\S$");
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let is_space = matches!(
                c,
                '\t'..='\r'
                    | ' '
                    | '\u{A0}'
                    | '\u{1680}'
                    | '\u{2000}'..='\u{200A}'
                    | '\u{2028}'
                    | '\u{2029}'
                    | '\u{202F}'
                    | '\u{205F}'
                    | '\u{3000}'
                    | '\u{FEFF}'
            );
            let c = c.encode_utf8(&mut [0; 4]).to_owned();
            assert_eq!(space.is_match(&c), is_space, "{c:?}");
            assert_eq!(not_space.is_match(&c), !is_space, "{c:?}");
        }
    }

    #[test]
    fn escapes() {
        check(
            r"^\\\/\.\-\^\$\|\(\)\[\]\{\}\*\+\?$",
            &[r"\/.-^$|()[]{}*+?"],
            &[r"\/.-^$|()[]{}*+"],
        );
        check(r"^\t\n\r\f\v\0$", &["\t\n\r\u{C}\u{B}\0"], &["tnrfv0"]);
        check(r"^\x41\u00e9\u{1F600}\cJ$", &["Aé😀\n"], &["Ae😀\n"]);
        check(r"^[\]\-\\\b]+$", &["]-\\\u{8}"], &["b", "a"]);
        check(r"^[\x41-\x43\u{1F600}]+$", &["ABC😀"], &["D"]);
        check(r"^[.]$", &["."], &["a"]);
    }

    #[test]
    fn classes() {
        check("^[abc]$", &["a", "b", "c"], &["d", "", "ab"]);
        check("^[a-cx-z]$", &["b", "y"], &["d", "w"]);
        check("^[^abc]$", &["d", "é", "\n"], &["a", ""]);
        check("^[-a]$", &["-", "a"], &["b"]);
        check("^[a-]$", &["-", "a"], &["b"]);
        check("^[--/]$", &["-", ".", "/"], &["a"]);
        check(r"^[\d\s]$", &["1", " "], &["a"]);
        check(r"^[^\d\s]$", &["a", "é"], &["1", " "]);
        check("^[]$", &[], &["", "a", "]"]);
        check("[]", &[], &["", "a"]);
        check("^[^]$", &["a", "\n", "😀"], &["", "ab"]);
    }

    #[test]
    fn groups_alternation_and_quantifiers() {
        check(
            "^(ab|cd){2,3}$",
            &["abcd", "cdcdab", "ababab"],
            &["ab", "abababab", "abc"],
        );
        check("^(?:a|b)*c$", &["c", "abbac"], &["abd", "ab"]);
        check(
            "^(?<year>[0-9]{4})-(?<month>[0-9]{2})$",
            &["2024-05"],
            &["2024-5", "24-05"],
        );
        check("^a{2}$", &["aa"], &["a", "aaa"]);
        check("^a{2,}$", &["aa", "aaaaaa"], &["a"]);
        check("^a{0,2}$", &["", "a", "aa"], &["aaa"]);
        check("^a{0}$", &[""], &["a"]);
        check("^a?b+c*$", &["b", "abbc", "bccc"], &["a", "ac", "abab"]);
        check("^a*?b+?c??$", &["b", "aabbc"], &["ac"]);
        check("^a{1,3}?$", &["a", "aaa"], &["aaaa"]);
        check("^(a|)+$", &["", "aaa"], &["b"]);
        check("^(a*)*b$", &["b", "aab"], &["aa"]);
        check("^(|a|b|)$", &["", "a", "b"], &["ab"]);
        check("^((a)|b(c)?)$", &["a", "b", "bc"], &["c", "ac"]);
        check("^(?:)$", &[""], &["a"]);
        check("^(){4000}a$", &["a"], &[""]);
    }

    #[test]
    fn lookaheads_at_the_start() {
        // Without `$`, a lookahead holds when a prefix of the rest matches its body.
        check(
            "^(?!next).*$",
            &["", "nex", "Next", "xnext", "nëxt"],
            &["next", "nextt", "next😀", "\n"],
        );
        check("^(?=a)", &["a", "ab", "a😀"], &["", "b", "ba", "é"]);
        check(
            "^(?=ab|c)[a-c]+$",
            &["ab", "abc", "c", "cab"],
            &["a", "b", "ba", ""],
        );
        check(
            r"^(?=.*\d)(?=.*[a-z]).{4,}$",
            &["abc1", "1abc", "a1é😀"],
            &["abcd", "1234", "a1b", "a1\nbc"],
        );
        // Several in a row, with anchored bodies or not.
        check("^(?!a$)(?!b$).*$", &["", "ab", "c", "aa", "é"], &["a", "b"]);
        check(
            "^(?=[a-z]+$)(?!.*z)",
            &["abc", "y"],
            &["", "abz", "aB", "z"],
        );
        // Code points of several bytes, in the body and in the rest.
        check(
            "^(?!é)[^a]$",
            &["è", "ѩ", "😀", "e", "\n"],
            &["é", "a", "", "éé"],
        );
        check(
            "^(?!😀|é$).",
            &["😁", "éa", "a", "\u{10FFFF}"],
            &["😀", "é", "😀a", "", "\n"],
        );
        // `^` may come again; a lookahead may start the body of one.
        check("^(?!a)^(?!b)", &["", "c", "é"], &["a", "b", "ab"]);
        check("^(?=(?!a)[a-c])..$", &["bc", "cé"], &["ab", "b", "dd"]);
        check("^(?!)a", &[], &["a", ""]);
        check("^(?=)a", &["a", "ab"], &["", "b"]);
        check("^(?![^])", &[""], &["a", "é"]);
    }

    #[test]
    fn lookaheads_compile_to_the_minimal_dfa_of_their_language() {
        assert_eq!(dfa("^(?!b)a"), dfa("^a"));
        assert_eq!(dfa("^(?=[ab])a"), dfa("^a"));
        assert_eq!(dfa("^(?!x$)(?!y$)[a-z]$"), dfa("^[a-wz]$"));
        // The complement is taken over the same UTF-8: the strings of `.` but `next`.
        let not = |c: char| format!(r"[^{c}\n\r\u2028\u2029]");
        let spelled_out = format!(
            "^(?:.{{0,3}}|.{{5,}}|{}...|.{}..|..{}.|...{})$",
            not('n'),
            not('e'),
            not('x'),
            not('t')
        );
        assert_eq!(dfa("^(?!next$).*$"), dfa(&spelled_out));
    }

    #[test]
    fn unanchored_unicode_classes_under_counted_repetitions() {
        // Once over the step limit: every class was one NFA state per UTF-8 sequence.
        check(
            r"\Sb(?:(?:.[ab]){2}){1,3}[^a]",
            &["xbcacbc", "😀b😀a😀bé", " xbcacbc", "xbcacbcacbcacb\n"],
            &["xbcacb", "xbcacba", " bcacbc", "xb\nacbc", "xbcac"],
        );
    }

    // SignalWire's patterns, one test each, as in its document.
    #[test]
    fn signalwire_not_next() {
        check(
            "^(?!next$).*$",
            &[
                "", "nex", "nextt", "Next", "next ", " next", "nëxt", "next😀", "😀",
            ],
            &["next", "next\n", "a\nb", "\r", "\u{2028}"],
        );
    }

    #[test]
    fn signalwire_duration() {
        check(
            r"^(?:\d+h)?(?:\d+m)?(?:\d+s)?$",
            &["", "1h", "2h30m", "10s", "1h2m3s", "05m"],
            &["1m2h", "h", "1h 2m", "1.5h", "1h\n", "١h"],
        );
    }

    #[test]
    fn signalwire_ringback() {
        check(
            r"^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$",
            &[
                "http://x",
                "https://",
                "ring:10:us",
                "ring: 2.5: US",
                "say: héllo",
                "say:",
                "silence: 3",
                "ring:us",
            ],
            &[
                "ring:usa",
                "ftp://x",
                "ring: 10",
                "silence: a",
                "say: a\nb",
                "http://a\u{2028}",
                "Ring:us",
            ],
        );
    }

    #[test]
    fn signalwire_http_url() {
        check(
            "^(http|https)://",
            &["http://a", "https://", "http://😀"],
            &["ftp://", " http://", "HTTP://", "http:/"],
        );
    }

    #[test]
    fn signalwire_slug() {
        check(
            "^[a-z0-9]+(-[a-z0-9]+)*$",
            &["my-room", "a", "a-b-c", "0-9"],
            &["-a", "a-", "a--b", "A", "", "é"],
        );
    }

    #[test]
    fn signalwire_identifier() {
        check("^[a-z0-9_]*$", &["", "abc_1"], &["A", "a-b", "é"]);
    }

    #[test]
    fn signalwire_no_whitespace() {
        check(
            r"^\S+$",
            &["abc", "é😀", "\u{85}"],
            &["", "a b", "a\u{A0}", "\u{3000}", "a\n"],
        );
    }

    #[test]
    fn signalwire_prompt() {
        check(
            "^prompt:.+$",
            &["prompt:x", "prompt:😀"],
            &["prompt:", "prompt:\n", "xprompt:a", "Prompt:a"],
        );
    }

    #[test]
    fn rejects_what_a_dfa_cannot_do() {
        rejected(r"(a)\1", "backreference `\\1` is not supported");
        rejected(r"(a)\12", "backreference `\\12` is not supported");
        rejected(
            r"(?<x>a)\k<x>",
            "named backreference `\\k<x>` is not supported",
        );
        rejected(
            "a(?=b)",
            "lookahead `(?=` is only supported right after the `^` that starts the pattern",
        );
        rejected(
            "a(?!b)",
            "negative lookahead `(?!` is only supported right after the `^` that starts the pattern",
        );
        rejected(
            "(?!a)b",
            "negative lookahead `(?!` is only supported right after the `^` that starts the pattern",
        );
        rejected(
            "^a|^(?=b)",
            "lookahead `(?=` is only supported right after the `^` that starts the pattern",
        );
        rejected(
            "^(?:(?=a)b)",
            "lookahead `(?=` is only supported right after the `^` that starts the pattern",
        );
        rejected(
            "^(?=a(?!b))",
            "negative lookahead `(?!` is only supported right after the `^` that starts the pattern",
        );
        // As in ECMA-262's Unicode mode, a lookahead takes no quantifier.
        rejected("^(?=a)*b", "quantifier `*` has nothing to repeat");
        rejected("(?<=a)b", "lookbehind `(?<=` is not supported");
        rejected("(?<!a)b", "negative lookbehind `(?<!` is not supported");
        rejected(r"\ba", "word boundary `\\b` is not supported");
        rejected(r"a\B", "word boundary `\\B` is not supported");
        rejected("(?i)a", "group syntax `(?i` is not supported");
    }

    #[test]
    fn unicode_property_escapes_are_their_sets_of_code_points() {
        check(r"^\p{Letter}+$", &["Hello", "π", "ǅ"], &["123", "a1", ""]);
        check(r"^\p{L}$", &["ж"], &["1", "ж1"]);
        check(r"^\P{L}$", &["1", "😀"], &["a", "ж"]);
        check(r"^[\p{Lu}\d]+$", &["AB1", "Ж"], &["a", "ж"]);
        check(r"^[^\p{Lu}]$", &["a", "1"], &["A", "Ж"]);
        check(r"^\p{Script=Greek}+$", &["πλ"], &["pl"]);
        check(r"^\p{scx=Grek}$", &["π"], &["p"]);
        check(r"^\p{gc=Nd}$", &["٣", "7"], &["x"]);
        check(r"^\p{Alphabetic}$", &["a", "ª"], &["1"]);
        check(r"^\p{ASCII}*$", &["abc~"], &["é"]);
        rejected(
            r"\p{Greek}",
            "unknown unicode property `\\p{Greek}`; ECMA-262 takes a General_Category value, a binary property, or `Script=`/`Script_Extensions=` a script",
        );
        rejected(
            r"\p{Block=Basic_Latin}",
            "unknown unicode property `\\p{Block=Basic_Latin}`; ECMA-262 takes a General_Category value, a binary property, or `Script=`/`Script_Extensions=` a script",
        );
        rejected(
            r"\p{Nope}",
            "unknown unicode property `\\p{Nope}`; ECMA-262 takes a General_Category value, a binary property, or `Script=`/`Script_Extensions=` a script",
        );
        rejected(
            r"\pL",
            "invalid escape `\\p`: expected a property in braces, as `\\p{Letter}`",
        );
        rejected(r"\p{L", "unterminated unicode property escape `\\p{L`");
        rejected(
            r"[\p{L}-z]",
            "character class range with class escape `\\p` as an end",
        );
    }

    #[test]
    fn rejects_invalid_syntax() {
        rejected("(a", "unbalanced parenthesis: `(` is never closed");
        rejected("((a)", "unbalanced parenthesis: `(` is never closed");
        rejected("a)", "unbalanced parenthesis: `)` without a matching `(`");
        rejected("(?", "unbalanced parenthesis: `(?` is never closed");
        rejected(
            "a{2,1}",
            "quantifier `{2,1}` has its minimum above its maximum",
        );
        rejected("a\\", "dangling `\\` at the end of the pattern");
        rejected("[a\\", "dangling `\\` at the end of the pattern");
        rejected("*a", "quantifier `*` has nothing to repeat");
        rejected("a|+", "quantifier `+` has nothing to repeat");
        rejected("(?:?)", "quantifier `?` has nothing to repeat");
        rejected("{2}", "quantifier `{2}` has nothing to repeat");
        rejected("a**", "quantifier `*` has nothing to repeat");
        rejected("a???", "quantifier `?` has nothing to repeat");
        rejected("^*", "quantifier `*` has nothing to repeat");
        rejected(
            "a{",
            "lone `{` is not allowed in unicode mode: escape it as `\\{`",
        );
        rejected(
            "a{1",
            "lone `{` is not allowed in unicode mode: escape it as `\\{`",
        );
        rejected(
            "a{,5}",
            "lone `{` is not allowed in unicode mode: escape it as `\\{`",
        );
        rejected(
            "{",
            "lone `{` is not allowed in unicode mode: escape it as `\\{`",
        );
        rejected(
            "a}",
            "lone `}` is not allowed in unicode mode: escape it as `\\}`",
        );
        rejected(
            "a]",
            "lone `]` is not allowed in unicode mode: escape it as `\\]`",
        );
        rejected("[a", "unterminated character class: missing `]`");
        rejected("[", "unterminated character class: missing `]`");
        rejected("[z-a]", "character class range `z-a` is out of order");
        rejected(
            r"[\d-z]",
            "character class range with class escape `\\d` as an end",
        );
        rejected(
            r"[a-\w]",
            "character class range with class escape `\\w` as an end",
        );
        rejected(r"\a", "invalid escape `\\a`");
        rejected(r"\_", "invalid escape `\\_`");
        rejected(r"[\B]", "invalid escape `\\B` in a character class");
        rejected(r"\x4", "invalid escape `\\x`: expected two hex digits");
        rejected(
            r"\u12",
            "invalid escape `\\u`: expected `\\uHHHH` or `\\u{H…}`",
        );
        rejected(
            r"\u{}",
            "invalid escape `\\u`: expected `\\uHHHH` or `\\u{H…}`",
        );
        rejected(
            r"\u{110000}",
            "invalid escape `\\u{…}`: the code point is above U+10FFFF",
        );
        rejected(r"\c1", "invalid control escape `\\c`: expected a letter");
        rejected(
            r"\01",
            "invalid escape `\\0` followed by a digit (octal escapes are not allowed)",
        );
        rejected("(?<1a>x)", "invalid group name `(?<1a`");
        rejected("(?<a", "invalid group name `(?<a`");
    }

    #[test]
    fn state_cap() {
        rejected(
            "^a{4000}b{4000}$",
            "pattern needs more than 4096 DFA states",
        );
        rejected(
            "^[ab]*a[ab]{12}$",
            "pattern needs more than 4096 DFA states",
        );
        rejected(
            "a{1,100000}",
            "repetition `{1,100000}` is too large: counts above 4096 are not supported",
        );
        rejected(
            "a{4294967295,}",
            "repetition `{4294967295,}` is too large: counts above 4096 are not supported",
        );
        rejected(
            "a{99999999999999999999}",
            "repetition `{4294967295}` is too large: counts above 4096 are not supported",
        );
        rejected(
            "((a{4000}){4000}){4000}",
            "pattern is too large: it needs more than 65536 NFA states",
        );
        rejected(
            "(((){4000}){4000}){4000}",
            "pattern is too large: it needs more than 65536 NFA states",
        );
        // Every DFA state is a set of up to 4000 NFA states: bounded time, then an error.
        rejected(
            r"\w{4000}",
            "pattern is too complex: building its DFA takes more than 4194304 steps",
        );
        // 2^17 states before minimisation, and as many after.
        rejected(
            "^[ab]*a[ab]{16}$",
            "pattern is too complex: building its DFA needs more than 65536 states",
        );
        // A code point takes up to 4 bytes: about 8 states per counted `.`.
        rejected("^.{1,1000}$", "pattern needs more than 4096 DFA states");
        check(
            "^.{1,300}$",
            &["😀", &"é".repeat(300)],
            &["", &"é".repeat(301)],
        );
        // 128 ASCII classes (and the rest), over 4 × 128 states.
        let ascii: String = (0..128).map(|c| format!("\\u{{{c:X}}}")).collect();
        rejected(
            &format!("^(?:{ascii}){{4}}$"),
            "pattern needs a transition table of more than 65535 entries",
        );
        check(&format!("^(?:{ascii}){{3}}$"), &[], &["a"]);
        // Just under the cap: a^4093 and the dead, matched and start states.
        check(
            "^a{4093}$",
            &[&"a".repeat(4093)],
            &[&"a".repeat(4092), &"a".repeat(4094)],
        );
        check("^[ab]*a[ab]{10}$", &["babbbbbbbbbb"], &["abbbbbbbbbbb"]);
    }

    #[test]
    fn minimal_and_deterministic() {
        // Equivalent patterns compile to the same DFA.
        assert_eq!(dfa("^(a|b)*$"), dfa("^[ab]*$"));
        assert_eq!(dfa("^(?:aa|aaa)*$"), dfa("^(?:aa|aaa)*?$"));
        assert_eq!(dfa("^a+$"), dfa("^aa*$"));
        assert_eq!(dfa("x"), dfa("x|xy"));
        // `^(aa|aaa)*$`: every length but 1. Dead, matched, and: start, "a", "aa+".
        let lengths = dfa("^(?:aa|aaa)*$");
        assert_eq!(lengths.table.len() / usize::from(lengths.class_count), 5);
    }

    /// The bytes of the classes in `mask`.
    fn bytes_of(dfa: &Dfa, mask: u64) -> Vec<u8> {
        (0..=255)
            .filter(|&byte| (mask >> dfa.classes[usize::from(byte)]) & 1 != 0)
            .collect()
    }

    /// The allowed bytes of each position, if `pattern` has a fixed-length shape.
    #[track_caller]
    fn fixed(pattern: &str) -> Option<Vec<Vec<u8>>> {
        let dfa = dfa(pattern);
        match dfa.shape() {
            Some(Shape::Fixed { masks }) => {
                Some(masks.iter().map(|&mask| bytes_of(&dfa, mask)).collect())
            }
            _ => None,
        }
    }

    /// The allowed bytes and the fewest of them, if `pattern` has a repeated-set shape.
    #[track_caller]
    fn repeat(pattern: &str) -> Option<(Vec<u8>, usize)> {
        let dfa = dfa(pattern);
        match dfa.shape()? {
            Shape::Repeat { allowed, min } => Some((
                (0..=255)
                    .filter(|&byte| allowed[usize::from(byte)])
                    .collect(),
                *min,
            )),
            Shape::Fixed { .. } => None,
        }
    }

    fn bytes(ranges: &[(u8, u8)]) -> Vec<u8> {
        let mut bytes: Vec<u8> = ranges.iter().flat_map(|&(lo, hi)| lo..=hi).collect();
        bytes.sort_unstable();
        bytes
    }

    #[test]
    fn fixed_length_shapes() {
        let hex = bytes(&[(b'0', b'9'), (b'A', b'F'), (b'a', b'f')]);
        let mut colour = vec![vec![b'#']];
        colour.extend(std::iter::repeat_n(hex, 6));
        assert_eq!(fixed("^#[0-9a-fA-F]{6}$"), Some(colour));
        let digit = bytes(&[(b'0', b'9')]);
        let mut phone = vec![digit.clone(); 3];
        phone.push(vec![b'-']);
        phone.extend(std::iter::repeat_n(digit, 4));
        assert_eq!(fixed("^[0-9]{3}-[0-9]{4}$"), Some(phone.clone()));
        assert_eq!(fixed(r"^\d{3}-\d{4}$"), Some(phone));
        assert_eq!(
            fixed("^[ab](?:c|d)$"),
            Some(vec![vec![b'a', b'b'], vec![b'c', b'd']])
        );
        assert_eq!(fixed("^$"), Some(Vec::new()));
        // Over bytes: `é` is `C3 A9`, `è` is `C3 A8`, `ѩ` is `D1 A9`.
        assert_eq!(fixed("^é$"), Some(vec![vec![0xC3], vec![0xA9]]));
        assert_eq!(fixed("^[éè]$"), Some(vec![vec![0xC3], vec![0xA8, 0xA9]]));
        assert_eq!(fixed("^[éѩ]$"), Some(vec![vec![0xC3, 0xD1], vec![0xA9]]));
        assert_eq!(
            fixed("^[😀-😂]$"),
            Some(vec![
                vec![0xF0],
                vec![0x9F],
                vec![0x98],
                vec![0x80, 0x81, 0x82]
            ])
        );
    }

    #[test]
    fn repeated_set_shapes() {
        let name = bytes(&[
            (b'-', b'-'),
            (b'0', b'9'),
            (b'A', b'Z'),
            (b'_', b'_'),
            (b'a', b'z'),
        ]);
        assert_eq!(repeat("^[A-Za-z0-9_-]+$"), Some((name, 1)));
        assert_eq!(repeat("^a+$"), Some((vec![b'a'], 1)));
        assert_eq!(repeat("^[a-z]*$"), Some((bytes(&[(b'a', b'z')]), 0)));
        assert_eq!(repeat("^a{3,}$"), Some((vec![b'a'], 3)));
        assert_eq!(repeat("^(?:a|b)(?:a|b)+$"), Some((vec![b'a', b'b'], 2)));
    }

    #[test]
    fn other_patterns_keep_their_dfa() {
        for pattern in [
            // Not anchored at both ends: the matched state is reachable.
            "a+",
            "^a+",
            "a+$",
            "#[0-9a-fA-F]{6}",
            "^#[0-9a-fA-F]{6}",
            "",
            // Alternatives of different lengths or bytes, optional parts.
            "^(?:a|bc)$",
            "^(?:ab|cd)$",
            "^a{1,3}$",
            "^a?$",
            "^a+b$",
            "^a*b*$",
            "^(?:ab)+$",
            "^[ab]+a$",
            "^(?:aa)*$",
            // Code points of different lengths, or repeated multi-byte ones.
            "^.$",
            "^[^a]$",
            "^[a-zé]$",
            "^é+$",
            "^[éè]+$",
            // Matches nothing.
            "^[]$",
            "[]",
        ] {
            assert_eq!(dfa(pattern).shape(), None, "{pattern}");
        }
    }

    #[test]
    fn shapes_need_at_most_64_classes() {
        // Every byte of the sequence is its own class, and one class is the rest.
        let sequence = |n: u32| -> String {
            let bytes: String = (0..n).map(|c| format!("\\u{{{c:X}}}")).collect();
            format!("^{bytes}$")
        };
        let (fits, too_many) = (dfa(&sequence(63)), dfa(&sequence(64)));
        assert_eq!(fits.class_count, 64);
        assert!(matches!(fits.shape(), Some(Shape::Fixed { masks }) if masks.len() == 63));
        assert_eq!(too_many.class_count, 65);
        assert_eq!(too_many.shape(), None);
        let text: String = (0..64).filter_map(char::from_u32).collect();
        assert!(fits.is_match(&text[..63]));
        assert!(too_many.is_match(&text));
        assert!(!too_many.is_match(&text[..63]));
    }

    #[test]
    fn shapes_agree_with_the_walk_on_every_code_point() {
        for pattern in ["^é$", "^[éѩ]$", "^[😀-😂]$", "^a+$", "^[A-Za-z0-9_-]+$"] {
            let dfa = dfa(pattern);
            assert!(dfa.shape().is_some(), "{pattern}");
            let mut matched = 0;
            for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
                let c = c.encode_utf8(&mut [0; 4]).to_owned();
                for haystack in [c.clone(), format!("a{c}"), format!("{c}é")] {
                    let walk = dfa.walk(&haystack);
                    assert_eq!(dfa.is_match(&haystack), walk, "{pattern} on {haystack:?}");
                    matched += usize::from(walk);
                }
            }
            assert!(matched > 0, "{pattern}");
        }
    }

    #[test]
    fn to_tokens_is_a_const_expression() {
        let mut classes = ["0"; 256];
        classes[usize::from(b'a')] = "1";
        let a_classes = format!("classes : [{}]", classes.join(" , "));
        // The best matcher: a repeated set, a fixed length, else the DFA.
        let repeat = dfa("^a+$").to_tokens().to_string();
        let mut allowed = ["false"; 256];
        allowed[usize::from(b'a')] = "true";
        assert_eq!(
            repeat,
            format!(
                ":: conference_api :: __private :: Matcher :: Repeat {{ allowed : [{}] , min : 1 , }}",
                allowed.join(" , ")
            )
        );
        let fixed = dfa("^ab$").to_tokens().to_string();
        assert!(
            fixed.starts_with(":: conference_api :: __private :: Matcher :: Fixed {"),
            "{fixed}"
        );
        assert!(fixed.ends_with("masks : & [2 , 4] , }"), "{fixed}");
        let walk = dfa("a+").to_tokens().to_string();
        assert!(
            walk.starts_with(
                ":: conference_api :: __private :: Matcher :: Dfa (:: conference_api :: __private :: Dfa {"
            ),
            "{walk}"
        );
        assert!(walk.contains(&a_classes), "{walk}");
        assert!(
            walk.ends_with(
                "class_count : 2 , table : & [0 , 0 , 2 , 2 , 4 , 2] , start : 4 , accept_end : 4 , })"
            ),
            "{walk}"
        );
    }

    #[test]
    fn no_panic_on_odd_patterns() {
        for pattern in [
            "",
            "|",
            "||",
            "()",
            "(|)",
            "(?:)",
            "[]",
            "[^]",
            "\\",
            "[\\",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "{}",
            "{,}",
            "a{}",
            "a{1,}",
            "a{,}",
            "(?<>a)",
            "(?<",
            "\\u{",
            "\\x",
            "\\c",
            "[a-",
            "[a-\\",
            "\\k",
            "\\k<",
            "\\p",
            "\\p{",
            "(?=",
            "^*",
            "$+",
            "a{2}{3}",
            "[\\u{10FFFF}-\\u{10FFFF}]",
            "\\uD800",
            "[\\uD800-\\uDFFF]",
            "\u{0}",
            "😀{2}",
        ] {
            if let Ok(dfa) = compile(pattern) {
                for haystack in ["", "a", "😀", "\u{0}", "\u{10FFFF}"] {
                    std::hint::black_box(dfa.is_match(haystack));
                }
            }
        }
        // Surrogates match nothing: no Rust string holds one.
        check("^[\\uD800-\\uDFFF]$", &[], &["\u{D7FF}", "\u{E000}", ""]);
    }
}
