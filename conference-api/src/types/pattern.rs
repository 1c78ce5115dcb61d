//! The run-time half of JSON Schema `pattern`.
//!
//! `conference-codegen` compiles every `pattern` of the schema, when the macro runs, into a
//! deterministic automaton (DFA) over the UTF-8 bytes of the string, and emits it as a
//! constant of type [`Matcher`]: the DFA itself, a walk through two small tables, or, when
//! its language is simple enough, a faster matcher read off the DFA (see [`Matcher`]).
//! No regex engine at run time, and `is_match` is a `const fn`, so a literal can be
//! checked against its pattern at compile time.

/// A pattern compiled by the macro, in the fastest form that is exact for it.
///
/// Fields are public only so that generated code can build it in a `const`; their meaning
/// is `conference-codegen`'s business and changes without notice.
///
/// `Fixed` and `Repeat` check each byte against the bytes allowed at its position: those
/// checks do not depend on one another, so the CPU overlaps them, where a DFA walk waits
/// for each state before it can load the next.
#[doc(hidden)]
#[derive(Debug)]
pub enum Matcher {
    /// Any pattern: walk the DFA.
    Dfa(Dfa),
    /// Exactly `masks.len()` bytes, as in `^#[0-9a-fA-F]{6}$`: byte `i` is allowed if bit
    /// `classes[byte]` of `masks[i]` is set. Every class is below 64.
    Fixed {
        classes: [u8; 256],
        masks: &'static [u64],
    },
    /// `min` or more bytes, each with `allowed[byte]`, as in `^[A-Za-z0-9_-]+$`.
    Repeat { allowed: [bool; 256], min: usize },
}

impl Matcher {
    /// Whether `haystack` matches the pattern (somewhere, unless the pattern is anchored).
    #[inline]
    pub const fn is_match(&self, haystack: &str) -> bool {
        let bytes = haystack.as_bytes();
        match self {
            Matcher::Dfa(dfa) => dfa.is_match(haystack),
            Matcher::Fixed { classes, masks } => {
                if bytes.len() != masks.len() {
                    return false;
                }
                // Bit 0 of `masks[i] >> class` says whether byte `i` is allowed. The loop
                // does not stop at the first bad byte: without a branch on each check, the
                // checks do not wait for one another.
                let mut allowed = 1;
                let mut i = 0;
                while i < bytes.len() {
                    allowed &= masks[i] >> classes[bytes[i] as usize];
                    i += 1;
                }
                allowed & 1 != 0
            }
            Matcher::Repeat { allowed, min } => {
                if bytes.len() < *min {
                    return false;
                }
                // As above, no early exit.
                let mut all = true;
                let mut i = 0;
                while i < bytes.len() {
                    all &= allowed[bytes[i] as usize];
                    i += 1;
                }
                all
            }
        }
    }
}

/// A pattern compiled by the macro: a DFA over the UTF-8 bytes of the haystack, the
/// general form of [`Matcher`].
///
/// Fields are public only so that generated code can build it in a `const`; their meaning
/// is `conference-codegen`'s business and changes without notice.
///
/// A state is the offset of its row in `table`: state number `n` is `n * class_count`, so
/// the matcher needs no multiplication per byte. State 0 is dead (no match possible) and
/// state `class_count` (number 1) has matched, whatever follows; both only lead to
/// themselves.
#[doc(hidden)]
#[derive(Debug)]
pub struct Dfa {
    /// Byte -> equivalence class. Bytes the pattern never tells apart share a class, so
    /// `table` has a column per class rather than per byte.
    pub classes: [u8; 256],
    /// The number of classes: the length of a row of `table`.
    pub class_count: u16,
    /// `table[state + class]` is the state after reading a byte of `class`.
    pub table: &'static [u16],
    /// The state before the first byte.
    pub start: u16,
    /// The states from `class_count` up to `accept_end` (excluded) accept when the string
    /// ends in them.
    pub accept_end: u16,
}

impl Dfa {
    /// Whether `haystack` matches the pattern (somewhere, unless the pattern is anchored).
    #[inline]
    pub const fn is_match(&self, haystack: &str) -> bool {
        let bytes = haystack.as_bytes();
        let matched = self.class_count as usize;
        let mut state = self.start as usize;
        let mut i = 0;
        while i < bytes.len() {
            // Dead and matched states decide the answer whatever follows: stop early.
            if state <= matched {
                break;
            }
            state = self.table[state + self.classes[bytes[i] as usize] as usize] as usize;
            i += 1;
        }
        state != 0 && state < self.accept_end as usize
    }
}

#[cfg(test)]
mod tests {
    use super::{Dfa, Matcher};

    /// `^a+$` by hand: class 0 is every byte but `a`, class 1 is `a`, so state number `n`
    /// is `2 * n`. States: 0 dead, 2 matched (unused: the pattern is anchored at the end),
    /// 4 has seen one or more `a` (accepts at the end), 6 is the start.
    const A_PLUS: Dfa = {
        let mut classes = [0; 256];
        classes[b'a' as usize] = 1;
        Dfa {
            classes,
            class_count: 2,
            table: &[
                0, 0, // dead
                2, 2, // matched
                0, 4, // one or more `a`
                0, 4, // start
            ],
            start: 6,
            accept_end: 6,
        }
    };

    /// `b` anywhere: class 1 is `b`. State 4, the start, loops until it sees `b`.
    const CONTAINS_B: Dfa = {
        let mut classes = [0; 256];
        classes[b'b' as usize] = 1;
        Dfa {
            classes,
            class_count: 2,
            table: &[0, 0, 2, 2, 4, 2],
            start: 4,
            accept_end: 4,
        }
    };

    // Evaluated by the compiler: a wrong answer here fails the build of the tests.
    const _: () = assert!(A_PLUS.is_match("aaa"));
    const _: () = assert!(!A_PLUS.is_match("aab"));
    const _: () = assert!(!A_PLUS.is_match(""));

    #[test]
    fn anchored_pattern() {
        assert!(A_PLUS.is_match("a"));
        assert!(A_PLUS.is_match(&"a".repeat(1000)));
        assert!(!A_PLUS.is_match(""));
        assert!(!A_PLUS.is_match("b"));
        assert!(!A_PLUS.is_match("ab"));
        assert!(!A_PLUS.is_match("ba"));
        assert!(!A_PLUS.is_match("aé"));
    }

    #[test]
    fn unanchored_pattern_stops_at_the_first_match() {
        assert!(CONTAINS_B.is_match("b"));
        assert!(CONTAINS_B.is_match("aaab"));
        assert!(CONTAINS_B.is_match("ébé"));
        assert!(!CONTAINS_B.is_match(""));
        assert!(!CONTAINS_B.is_match("aaa"));
        // Were the walk to go on after the match, this table would lead it to the dead state.
        const STOPS: Dfa = Dfa {
            table: &[0, 0, 0, 0, 4, 2],
            ..CONTAINS_B
        };
        assert!(STOPS.is_match("bxxxxxxxx"));
    }

    #[test]
    fn usable_in_a_const_item() {
        const RESULTS: [bool; 3] = [
            A_PLUS.is_match("aaaa"),
            A_PLUS.is_match("aaaa "),
            CONTAINS_B.is_match("abc"),
        ];
        assert_eq!(RESULTS, [true, false, true]);
    }

    /// `^#[0-9a-fA-F]{6}$` as codegen emits it: class 1 is `#`, class 2 the hex digits.
    const COLOUR: Matcher = {
        let mut classes = [0; 256];
        classes[b'#' as usize] = 1;
        let mut byte = 0;
        while byte < 256 {
            if (byte as u8).is_ascii_hexdigit() {
                classes[byte] = 2;
            }
            byte += 1;
        }
        Matcher::Fixed {
            classes,
            masks: &[0b010, 0b100, 0b100, 0b100, 0b100, 0b100, 0b100],
        }
    };

    /// `^[A-Za-z0-9_-]+$` as codegen emits it.
    const NAME: Matcher = {
        let mut allowed = [false; 256];
        let mut byte = 0;
        while byte < 256 {
            allowed[byte] =
                (byte as u8).is_ascii_alphanumeric() || matches!(byte as u8, b'_' | b'-');
            byte += 1;
        }
        Matcher::Repeat { allowed, min: 1 }
    };

    /// `^é$`: two bytes, `C3` (class 1) then `A9` (class 2).
    const E_ACUTE: Matcher = {
        let mut classes = [0; 256];
        classes[0xC3] = 1;
        classes[0xA9] = 2;
        Matcher::Fixed {
            classes,
            masks: &[0b010, 0b100],
        }
    };

    /// `^a*$` and `^$`: the empty string is allowed by both.
    const A_STAR: Matcher = {
        let mut allowed = [false; 256];
        allowed[b'a' as usize] = true;
        Matcher::Repeat { allowed, min: 0 }
    };
    const EMPTY: Matcher = Matcher::Fixed {
        classes: [0; 256],
        masks: &[],
    };

    const _: () = assert!(COLOUR.is_match("#044EF4"));
    const _: () = assert!(!COLOUR.is_match("#044EF"));
    const _: () = assert!(NAME.is_match("my-conference_2"));
    const _: () = assert!(!NAME.is_match("my conference"));

    #[test]
    fn fixed_length() {
        for colour in ["#044EF4", "#044ef4", "#000000", "#FFFFFF", "#aBcDeF"] {
            assert!(COLOUR.is_match(colour), "{colour}");
        }
        for not_colour in [
            "", "#", "#12345G", "044EF4", "#044EF4 ", " #044EF4", "#044EF", "#044EF44", "##044EF",
            "#044EF\n", "#０44EF", "#é44EF", "é044EF",
        ] {
            assert!(!COLOUR.is_match(not_colour), "{not_colour:?}");
        }
        assert!(E_ACUTE.is_match("é"));
        // `è` is `C3 A8`, `é` then `e` has the right length and first byte only.
        for not_e_acute in ["", "e", "è", "éé", "ée", "\u{A9}"] {
            assert!(!E_ACUTE.is_match(not_e_acute), "{not_e_acute:?}");
        }
        assert!(EMPTY.is_match(""));
        assert!(!EMPTY.is_match("a"));
    }

    #[test]
    fn repeated_set() {
        let long = "a".repeat(1000);
        for name in ["a", "Z", "0", "_", "-", "my-conference_2", &long] {
            assert!(NAME.is_match(name), "{name}");
        }
        let bad_at_the_end = format!("{long}!");
        for not_name in [
            "",
            "bad name",
            "é",
            "my_conférence",
            "name\n",
            "\nname",
            &bad_at_the_end,
        ] {
            assert!(!NAME.is_match(not_name), "{not_name:?}");
        }
        assert!(A_STAR.is_match(""));
        assert!(A_STAR.is_match("aaa"));
        assert!(!A_STAR.is_match("ab"));
    }

    #[test]
    fn dfa_matcher_walks_the_dfa() {
        const A_PLUS_MATCHER: Matcher = Matcher::Dfa(A_PLUS);
        for haystack in ["", "a", "aaa", "ab", "b", "aé"] {
            assert_eq!(A_PLUS_MATCHER.is_match(haystack), A_PLUS.is_match(haystack));
        }
    }

    #[test]
    fn matchers_usable_in_a_const_item() {
        const RESULTS: [bool; 6] = [
            COLOUR.is_match("#1D2127"),
            COLOUR.is_match("#1D212G"),
            NAME.is_match("weekly-sync"),
            NAME.is_match("weekly sync"),
            E_ACUTE.is_match("é"),
            Matcher::Dfa(CONTAINS_B).is_match("abc"),
        ];
        assert_eq!(RESULTS, [true, false, true, false, true, true]);
    }
}
