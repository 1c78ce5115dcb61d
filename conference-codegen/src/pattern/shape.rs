//! Languages simple enough to match without walking the DFA, read off the minimal DFA.
//!
//! A DFA walk cannot load a byte's next state before it knows the current one: a chain of
//! dependent loads, a few cycles per byte. Two common shapes of pattern only need to
//! know, for each position, which bytes are allowed there; those checks are independent,
//! so the CPU overlaps them. From the start state, the DFA is a chain of states that
//! do not accept at the end, each leading to the next on the bytes of one set and to the
//! dead state on all others, and the chain ends in a state that accepts at the end and
//! - leads only to the dead state: [`Shape::Fixed`], as `^#[0-9a-fA-F]{6}$`;
//! - or loops to itself on the same set as every state of the chain, and to the dead state
//!   on the rest: [`Shape::Repeat`], as `^[A-Za-z0-9_-]+$`.
//!
//! Such a DFA never reaches its matched state (both ends are anchored), and the strings it
//! accepts are exactly those the shape describes, byte by byte. The DFA reads UTF-8 bytes
//! too, so this holds for patterns with multi-byte code points as well: `^é$` is `C3`
//! then `A9`. Patterns whose byte sequences have different structures, like `^.$` or
//! `^[éè]+$`, branch or loop over several states, and keep their DFA.

use super::Dfa;

/// A language checked position by position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Exactly `masks.len()` bytes, byte `i` of a class in `masks[i]`. A mask is a set of
    /// the DFA's byte classes, bit `class` set for the allowed ones: only DFAs with at most
    /// 64 classes have this shape.
    Fixed { masks: Vec<u64> },
    /// `min` or more bytes, each one with `allowed[byte]`. A table of the bytes rather than
    /// of classes: a check of a byte is then a single load.
    Repeat {
        allowed: Box<[bool; 256]>,
        min: usize,
    },
}

impl Shape {
    /// The shape of `dfa`'s language, if it has one.
    pub(super) fn find(dfa: &Dfa) -> Option<Shape> {
        let class_count = usize::from(dfa.class_count);
        if class_count > 64 {
            return None;
        }
        // States are offsets of rows: the dead state is 0, the matched state `class_count`.
        let matched = class_count;
        let mut masks = Vec::new();
        let mut state = usize::from(dfa.start);
        // A chain visits a state once at most: a longer walk went round a cycle.
        for _ in 0..dfa.table.len() / class_count {
            // Dead matches nothing, and matched means the end of the pattern is not
            // anchored: it matches whatever follows.
            if state <= matched {
                return None;
            }
            let accepts = state < usize::from(dfa.accept_end);
            let mut next = None;
            let mut mask = 0;
            for (class, &to) in dfa.table[state..][..class_count].iter().enumerate() {
                if to == 0 {
                    continue;
                }
                if next.is_some_and(|next| next != to) {
                    return None;
                }
                next = Some(to);
                mask |= 1 << class;
            }
            match next.map(usize::from) {
                None => return accepts.then_some(Shape::Fixed { masks }),
                Some(next) if next == state => {
                    let repeats = accepts && masks.iter().all(|&m| m == mask);
                    return repeats.then(|| Shape::Repeat {
                        allowed: Box::new(dfa.classes.map(|class| (mask >> class) & 1 != 0)),
                        min: masks.len(),
                    });
                }
                // An accepting state in the chain would accept a shorter string too.
                Some(_) if accepts => return None,
                Some(next) => {
                    masks.push(mask);
                    state = next;
                }
            }
        }
        None
    }

    /// Whether `haystack` matches, `classes` being the DFA's. Same checks as the
    /// runtime matchers `conference_api::__private::Matcher::{Fixed, Repeat}`.
    pub(super) fn is_match(&self, classes: &[u8; 256], haystack: &str) -> bool {
        let bytes = haystack.as_bytes();
        match self {
            Shape::Fixed { masks } => {
                bytes.len() == masks.len()
                    && masks
                        .iter()
                        .zip(bytes)
                        .all(|(&mask, &byte)| (mask >> classes[usize::from(byte)]) & 1 != 0)
            }
            Shape::Repeat { allowed, min } => {
                bytes.len() >= *min && bytes.iter().all(|&byte| allowed[usize::from(byte)])
            }
        }
    }
}
