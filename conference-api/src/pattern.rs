//! The run-time half of JSON Schema `pattern`.
//!
//! `conference-codegen` compiles every `pattern` of the schema, when the macro runs, into a
//! deterministic automaton (DFA) over the UTF-8 bytes of the string, and emits it as a
//! constant of type [`Dfa`]. Checking a string is then a walk through two small tables:
//! no regex engine at run time, and `is_match` is a `const fn`, so a literal can be checked
//! against its pattern at compile time.

/// A pattern compiled by the macro: a DFA over the UTF-8 bytes of the haystack.
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
    use super::Dfa;

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
}
