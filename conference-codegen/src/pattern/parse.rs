//! Parser for the ECMA-262 regular expressions of JSON Schema `pattern`, in Unicode mode
//! (the `u` flag), into a small syntax tree over sets of code points.
//!
//! Everything that cannot be compiled to a DFA (backreferences, lookbehind, word
//! boundaries) and everything ECMA-262 itself rejects in Unicode mode is a [`PatternError`].
//! Lookaheads are parsed wherever they are; the compiler takes those at the start.

use super::PatternError;
use regex_syntax::hir::{Class, HirKind};

/// The largest code point.
const MAX_CODE_POINT: u32 = 0x10_FFFF;

/// How deep groups may nest. The parser and the compiler recurse once per level, so this
/// keeps a hostile pattern like `((((…))))` from overflowing the stack.
const MAX_DEPTH: usize = 64;

/// What a pattern matches, after parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Hir {
    /// One code point of the set: sorted, disjoint, non-adjacent inclusive ranges. The
    /// empty set (`[]`) matches nothing.
    Class(Vec<(u32, u32)>),
    /// Each in turn. The empty concatenation matches the empty string.
    Concat(Vec<Hir>),
    /// Any one of them.
    Alternation(Vec<Hir>),
    /// `hir` from `min` to `max` times (no maximum when `None`).
    Repeat {
        hir: Box<Hir>,
        min: u32,
        max: Option<u32>,
    },
    /// `^`: the start of the string.
    Start,
    /// `$`: the end of the string.
    End,
    /// `(?=hir)`, or `(?!hir)` when `negated`: whether `hir` matches from here.
    Look { negated: bool, hir: Box<Hir> },
}

pub(super) fn parse(pattern: &str) -> Result<Hir, PatternError> {
    let mut parser = Parser {
        chars: pattern.chars().collect(),
        pos: 0,
    };
    let hir = parser.disjunction(0)?;
    match parser.peek() {
        None => Ok(hir),
        // `disjunction` stops only at the end or at a `)`.
        Some(_) => Err(error("unbalanced parenthesis: `)` without a matching `(`")),
    }
}

fn error(message: impl Into<String>) -> PatternError {
    PatternError {
        message: message.into(),
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

/// One side of a range in a character class: a single code point or a class escape.
enum ClassAtom {
    Char(u32),
    Set(Vec<(u32, u32)>, char),
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.pos += 1;
        }
        found
    }

    fn eat_str(&mut self, s: &str) -> bool {
        let found = s
            .chars()
            .enumerate()
            .all(|(i, c)| self.peek_at(i) == Some(c));
        if found {
            self.pos += s.chars().count();
        }
        found
    }

    /// `a|b|…`, up to the end of the pattern or an unconsumed `)`.
    fn disjunction(&mut self, depth: usize) -> Result<Hir, PatternError> {
        let mut alternatives = vec![self.alternative(depth)?];
        while self.eat('|') {
            alternatives.push(self.alternative(depth)?);
        }
        Ok(if alternatives.len() == 1 {
            alternatives.swap_remove(0)
        } else {
            Hir::Alternation(alternatives)
        })
    }

    fn alternative(&mut self, depth: usize) -> Result<Hir, PatternError> {
        let mut terms = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            self.pos += 1;
            terms.push(self.term(c, depth)?);
        }
        Ok(if terms.len() == 1 {
            terms.swap_remove(0)
        } else {
            Hir::Concat(terms)
        })
    }

    /// After `c`: an assertion, or an atom with its quantifier.
    fn term(&mut self, c: char, depth: usize) -> Result<Hir, PatternError> {
        let start = self.pos - 1;
        let atom = match c {
            // Assertions take no quantifier: a quantifier after one is seen by the next
            // term as having nothing to repeat, which is ECMA-262's verdict too.
            '^' => return Ok(Hir::Start),
            '$' => return Ok(Hir::End),
            // In Unicode mode a lookahead is an assertion too: it takes no quantifier.
            '(' if self.peek() == Some('?') && matches!(self.peek_at(1), Some('=' | '!')) => {
                let negated = self.peek_at(1) == Some('!');
                self.pos += 2;
                let hir = Box::new(self.group_body(depth)?);
                return Ok(Hir::Look { negated, hir });
            }
            '(' => self.group(depth)?,
            '[' => Hir::Class(self.class()?),
            '.' => Hir::Class(dot()),
            '\\' => self.atom_escape()?,
            '*' | '+' | '?' => {
                return Err(error(format!("quantifier `{c}` has nothing to repeat")));
            }
            '{' => {
                self.pos = start;
                return Err(match self.braces() {
                    Some(_) => error(format!(
                        "quantifier `{}` has nothing to repeat",
                        self.text(start)
                    )),
                    None => lone('{'),
                });
            }
            '}' | ']' => return Err(lone(c)),
            c => Hir::Class(vec![(u32::from(c), u32::from(c))]),
        };
        self.quantifier(atom)
    }

    /// The pattern's text from `start` to the current position.
    fn text(&self, start: usize) -> String {
        self.chars[start..self.pos].iter().collect()
    }

    /// `atom` with the quantifier that follows it, if any.
    fn quantifier(&mut self, atom: Hir) -> Result<Hir, PatternError> {
        let start = self.pos;
        let symbol = match self.peek() {
            Some('*') => Some((0, None)),
            Some('+') => Some((1, None)),
            Some('?') => Some((0, Some(1))),
            _ => None,
        };
        let (min, max) = match symbol {
            Some(bounds) => {
                self.pos += 1;
                bounds
            }
            None if self.peek() == Some('{') => self.braces().ok_or_else(|| lone('{'))?,
            None => return Ok(atom),
        };
        if max.is_some_and(|max| max < min) {
            return Err(error(format!(
                "quantifier `{}` has its minimum above its maximum",
                self.text(start)
            )));
        }
        // A lazy quantifier matches the same strings as a greedy one.
        self.eat('?');
        Ok(Hir::Repeat {
            hir: Box::new(atom),
            min,
            max,
        })
    }

    /// `{n}`, `{n,}` or `{n,m}` at the current position: consumes it and returns its
    /// bounds, or consumes nothing and returns `None` if the `{` starts no quantifier.
    /// Numbers too large for `u32` saturate (the compiler rejects them as too large).
    fn braces(&mut self) -> Option<(u32, Option<u32>)> {
        let start = self.pos;
        if !self.eat('{') {
            return None;
        }
        let bounds = match self.number() {
            Some(min) if self.eat('}') => Some((min, Some(min))),
            Some(min) if self.eat(',') => match self.number() {
                Some(max) if self.eat('}') => Some((min, Some(max))),
                None if self.eat('}') => Some((min, None)),
                _ => None,
            },
            _ => None,
        };
        if bounds.is_none() {
            self.pos = start;
        }
        bounds
    }

    /// Decimal digits, if any, saturating at `u32::MAX`.
    fn number(&mut self) -> Option<u32> {
        let mut value: Option<u32> = None;
        while let Some(digit) = self.peek().and_then(|c| c.to_digit(10)) {
            self.pos += 1;
            value = Some(value.unwrap_or(0).saturating_mul(10).saturating_add(digit));
        }
        value
    }

    /// After `(`: a group, capturing or not, up to and including its `)`.
    fn group(&mut self, depth: usize) -> Result<Hir, PatternError> {
        if self.eat('?') {
            if self.eat_str("<=") {
                return Err(error("lookbehind `(?<=` is not supported"));
            }
            if self.eat_str("<!") {
                return Err(error("negative lookbehind `(?<!` is not supported"));
            }
            if self.eat('<') {
                self.group_name()?;
            } else if !self.eat(':') {
                return Err(match self.peek() {
                    Some(c) => error(format!("group syntax `(?{c}` is not supported")),
                    None => error("unbalanced parenthesis: `(?` is never closed"),
                });
            }
        }
        self.group_body(depth)
    }

    /// After the opening of a group: its body, up to and including its `)`.
    fn group_body(&mut self, depth: usize) -> Result<Hir, PatternError> {
        if depth >= MAX_DEPTH {
            return Err(error(format!(
                "groups are nested more than {MAX_DEPTH} deep"
            )));
        }
        let hir = self.disjunction(depth + 1)?;
        if !self.eat(')') {
            return Err(error("unbalanced parenthesis: `(` is never closed"));
        }
        Ok(hir)
    }

    /// After `(?<`: the group's name and its `>`. Names only label captures, which a
    /// yes-or-no match does not report, so the name is checked and dropped.
    fn group_name(&mut self) -> Result<(), PatternError> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c != '>') {
            self.pos += 1;
        }
        let name = self.text(start);
        let mut chars = name.chars();
        let valid = chars
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '$' || c == '_')
            && chars
                .all(|c| c.is_alphanumeric() || matches!(c, '$' | '_' | '\u{200C}' | '\u{200D}'));
        if !self.eat('>') || !valid {
            return Err(error(format!("invalid group name `(?<{name}`")));
        }
        Ok(())
    }

    /// After `\` outside a class.
    fn atom_escape(&mut self) -> Result<Hir, PatternError> {
        let start = self.pos - 1;
        let Some(c) = self.bump() else {
            return Err(dangling());
        };
        match c {
            'b' | 'B' => Err(error(format!("word boundary `\\{c}` is not supported"))),
            '1'..='9' => {
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.pos += 1;
                }
                Err(error(format!(
                    "backreference `{}` is not supported",
                    self.text(start)
                )))
            }
            'k' => {
                if self.peek() == Some('<') {
                    while self.peek().is_some_and(|c| c != '>') {
                        self.pos += 1;
                    }
                    self.eat('>');
                }
                Err(error(format!(
                    "named backreference `{}` is not supported",
                    self.text(start)
                )))
            }
            'p' | 'P' => Ok(Hir::Class(self.property_escape(start, c == 'P')?)),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => Ok(Hir::Class(class_escape(c))),
            c => self.character_escape(c).map(|c| Hir::Class(vec![(c, c)])),
        }
    }

    /// After `\p` or `\P`: the code points of the property escape starting at `start`
    /// (`\p{Letter}`, `\P{Script=Greek}`), the complement when `negated`.
    fn property_escape(
        &mut self,
        start: usize,
        negated: bool,
    ) -> Result<Vec<(u32, u32)>, PatternError> {
        if !self.eat('{') {
            return Err(error(format!(
                "invalid escape `{}`: expected a property in braces, as `\\p{{Letter}}`",
                self.text(start)
            )));
        }
        let name_start = self.pos;
        while self.peek().is_some_and(|c| c != '}') {
            self.pos += 1;
        }
        let name = self.text(name_start);
        if !self.eat('}') {
            return Err(error(format!(
                "unterminated unicode property escape `{}`",
                self.text(start)
            )));
        }
        let set = unicode_property(&name).ok_or_else(|| {
            error(format!(
                "unknown unicode property `{}`; ECMA-262 takes a General_Category value, a binary property, or `Script=`/`Script_Extensions=` a script",
                self.text(start)
            ))
        })?;
        Ok(if negated { complement(&set) } else { set })
    }

    /// After `\` and `c`, in or out of a class: the code point of a character escape.
    fn character_escape(&mut self, c: char) -> Result<u32, PatternError> {
        Ok(match c {
            't' => 0x09,
            'n' => 0x0A,
            'v' => 0x0B,
            'f' => 0x0C,
            'r' => 0x0D,
            '0' if self.peek().is_some_and(|c| c.is_ascii_digit()) => {
                return Err(error(
                    "invalid escape `\\0` followed by a digit (octal escapes are not allowed)",
                ));
            }
            '0' => 0,
            'c' => match self.peek() {
                Some(letter) if letter.is_ascii_alphabetic() => {
                    self.pos += 1;
                    u32::from(letter) % 32
                }
                _ => return Err(error("invalid control escape `\\c`: expected a letter")),
            },
            'x' => self
                .hex_digits(2)
                .ok_or_else(|| error("invalid escape `\\x`: expected two hex digits"))?,
            'u' => self.unicode_escape()?,
            // ECMA-262 allows `\-` only in classes in Unicode mode; it means `-` anyway.
            '^' | '$' | '\\' | '.' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '|'
            | '/' | '-' => u32::from(c),
            c => return Err(error(format!("invalid escape `\\{c}`"))),
        })
    }

    /// Exactly `count` hex digits as a number, consumed only if all are there.
    fn hex_digits(&mut self, count: usize) -> Option<u32> {
        let value = (0..count).try_fold(0, |value, i| {
            Some(value * 16 + self.peek_at(i)?.to_digit(16)?)
        })?;
        self.pos += count;
        Some(value)
    }

    /// After `\u`: `HHHH`, a surrogate pair `HHHH\uHHHH`, or `{H…}`.
    fn unicode_escape(&mut self) -> Result<u32, PatternError> {
        let invalid = || error("invalid escape `\\u`: expected `\\uHHHH` or `\\u{H…}`");
        if self.eat('{') {
            let mut value: u32 = 0;
            let mut digits = 0;
            while let Some(digit) = self.peek().and_then(|c| c.to_digit(16)) {
                self.pos += 1;
                digits += 1;
                value = value.saturating_mul(16).saturating_add(digit);
            }
            if digits == 0 || !self.eat('}') {
                return Err(invalid());
            }
            if value > MAX_CODE_POINT {
                return Err(error(
                    "invalid escape `\\u{…}`: the code point is above U+10FFFF",
                ));
            }
            return Ok(value);
        }
        let value = self.hex_digits(4).ok_or_else(invalid)?;
        // In Unicode mode a UTF-16 surrogate pair written as two escapes is one code point.
        if (0xD800..0xDC00).contains(&value)
            && self.peek() == Some('\\')
            && self.peek_at(1) == Some('u')
        {
            let resume = self.pos;
            self.pos += 2;
            match self.hex_digits(4) {
                Some(low @ 0xDC00..0xE000) => {
                    return Ok(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00));
                }
                _ => self.pos = resume,
            }
        }
        // A lone surrogate stays a code point that no Rust string contains.
        Ok(value)
    }

    /// After `[`: the class up to and including its `]`, as a set of code points.
    fn class(&mut self) -> Result<Vec<(u32, u32)>, PatternError> {
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        loop {
            match self.peek() {
                None => return Err(error("unterminated character class: missing `]`")),
                Some(']') => {
                    self.pos += 1;
                    break;
                }
                Some(_) => {}
            }
            let first = self.class_atom()?;
            // A `-` just before the `]` is a literal dash, not a range.
            let is_range = self.peek() == Some('-') && !matches!(self.peek_at(1), Some(']') | None);
            if !is_range {
                match first {
                    ClassAtom::Char(c) => ranges.push((c, c)),
                    ClassAtom::Set(set, _) => ranges.extend(set),
                }
                continue;
            }
            self.pos += 1;
            let last = self.class_atom()?;
            match (first, last) {
                (ClassAtom::Char(lo), ClassAtom::Char(hi)) if lo <= hi => ranges.push((lo, hi)),
                (ClassAtom::Char(lo), ClassAtom::Char(hi)) => {
                    return Err(error(format!(
                        "character class range `{}-{}` is out of order",
                        show(lo),
                        show(hi)
                    )));
                }
                (ClassAtom::Set(_, c), _) | (_, ClassAtom::Set(_, c)) => {
                    return Err(error(format!(
                        "character class range with class escape `\\{c}` as an end"
                    )));
                }
            }
        }
        let ranges = normalize(ranges);
        Ok(if negated { complement(&ranges) } else { ranges })
    }

    /// One code point or class escape inside `[…]`.
    fn class_atom(&mut self) -> Result<ClassAtom, PatternError> {
        let Some(c) = self.bump() else {
            return Err(error("unterminated character class: missing `]`"));
        };
        if c != '\\' {
            return Ok(ClassAtom::Char(u32::from(c)));
        }
        let start = self.pos - 1;
        let Some(c) = self.bump() else {
            return Err(dangling());
        };
        Ok(match c {
            // In a class, `\b` is the backspace character.
            'b' => ClassAtom::Char(0x08),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => ClassAtom::Set(class_escape(c), c),
            'p' | 'P' => ClassAtom::Set(self.property_escape(start, c == 'P')?, c),
            'B' | 'k' | '1'..='9' => {
                return Err(error(format!(
                    "invalid escape `\\{c}` in a character class"
                )));
            }
            c => ClassAtom::Char(self.character_escape(c)?),
        })
    }
}

/// The code points of the Unicode property `name` as ECMA-262 writes it (`Letter`, `Lu`,
/// `Alphabetic`, `Script=Greek`, `scx=Grek`), from regex-syntax's tables; `None` for a
/// name ECMA-262 does not take. Names are matched loosely (UAX #44: case, `_` and `-`
/// ignored), so `\p{letter}`, which ECMA-262 refuses, is taken as `\p{Letter}`.
fn unicode_property(name: &str) -> Option<Vec<(u32, u32)>> {
    let word = |text: &str| {
        !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let (key, value) = match name.split_once('=') {
        Some((key, value)) => (Some(key), value),
        None => (None, name),
    };
    let known_key = key.is_none_or(|key| {
        matches!(
            key,
            "General_Category" | "gc" | "Script" | "sc" | "Script_Extensions" | "scx"
        )
    });
    let ranges = |escape: &str| match regex_syntax::Parser::new().parse(escape).ok()?.into_kind() {
        HirKind::Class(Class::Unicode(class)) => Some(
            class
                .ranges()
                .iter()
                .map(|r| (u32::from(r.start()), u32::from(r.end())))
                .collect(),
        ),
        _ => None,
    };
    // ECMA-262 takes a script only after `Script=` or `Script_Extensions=`.
    let lone_script = key.is_none() && ranges(&format!("\\p{{sc={value}}}")).is_some();
    if !word(value) || !known_key || lone_script {
        return None;
    }
    ranges(&format!("\\p{{{name}}}"))
}

fn dangling() -> PatternError {
    error("dangling `\\` at the end of the pattern")
}

fn lone(c: char) -> PatternError {
    error(format!(
        "lone `{c}` is not allowed in unicode mode: escape it as `\\{c}`"
    ))
}

/// A code point as it reads in a message.
fn show(c: u32) -> String {
    match char::from_u32(c) {
        Some(c) if !c.is_control() => c.to_string(),
        _ => format!("\\u{{{c:X}}}"),
    }
}

/// `.`: any code point but the line terminators.
fn dot() -> Vec<(u32, u32)> {
    complement(&[(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)])
}

/// `\d \D \w \W \s \S`: ECMA-262 keeps `\d` and `\w` ASCII even in Unicode mode.
fn class_escape(c: char) -> Vec<(u32, u32)> {
    let set = match c.to_ascii_lowercase() {
        'd' => vec![(0x30, 0x39)],
        'w' => vec![(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)],
        _ => vec![
            (0x09, 0x0D),
            (0x20, 0x20),
            (0xA0, 0xA0),
            (0x1680, 0x1680),
            (0x2000, 0x200A),
            (0x2028, 0x2029),
            (0x202F, 0x202F),
            (0x205F, 0x205F),
            (0x3000, 0x3000),
            (0xFEFF, 0xFEFF),
        ],
    };
    if c.is_ascii_uppercase() {
        complement(&set)
    } else {
        set
    }
}

/// Sorts ranges and merges the overlapping and adjacent ones.
fn normalize(mut ranges: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    ranges.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
    for (lo, hi) in ranges {
        match merged.last_mut() {
            Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    merged
}

/// The code points not in `ranges` (normalized).
fn complement(ranges: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(ranges.len() + 1);
    let mut next = 0;
    for &(lo, hi) in ranges {
        if lo > next {
            out.push((next, lo - 1));
        }
        next = hi + 1;
    }
    if next <= MAX_CODE_POINT {
        out.push((next, MAX_CODE_POINT));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(c: char) -> Hir {
        Hir::Class(vec![(u32::from(c), u32::from(c))])
    }

    #[test]
    fn parses_quantifiers_and_groups() {
        assert_eq!(
            parse("(?:ab){2,3}?").unwrap(),
            Hir::Repeat {
                hir: Box::new(Hir::Concat(vec![class('a'), class('b')])),
                min: 2,
                max: Some(3),
            }
        );
        assert_eq!(
            parse("a{99999999999,}").unwrap(),
            Hir::Repeat {
                hir: Box::new(class('a')),
                min: u32::MAX,
                max: None,
            }
        );
        assert_eq!(
            parse("^(?<x>a|)$").unwrap(),
            Hir::Concat(vec![
                Hir::Start,
                Hir::Alternation(vec![class('a'), Hir::Concat(vec![])]),
                Hir::End,
            ])
        );
    }

    #[test]
    fn parses_classes() {
        assert_eq!(
            parse(r"[\d_a-c\-]").unwrap(),
            Hir::Class(vec![(0x2D, 0x2D), (0x30, 0x39), (0x5F, 0x5F), (0x61, 0x63)])
        );
        assert_eq!(parse("[]").unwrap(), Hir::Class(vec![]));
        assert_eq!(parse("[^]").unwrap(), Hir::Class(vec![(0, MAX_CODE_POINT)]));
        assert_eq!(
            parse("[a-]").unwrap(),
            Hir::Class(vec![(0x2D, 0x2D), (0x61, 0x61)])
        );
        assert_eq!(parse(r"[^\S]").unwrap(), Hir::Class(class_escape('s')));
        assert_eq!(parse(r"[\b]").unwrap(), class('\u{8}'));
    }

    #[test]
    fn parses_escapes() {
        assert_eq!(parse(r"\x41").unwrap(), class('A'));
        assert_eq!(parse(r"\u00e9").unwrap(), class('é'));
        assert_eq!(parse(r"\u{1F600}").unwrap(), class('😀'));
        assert_eq!(parse(r"\uD83D\uDE00").unwrap(), class('😀'));
        assert_eq!(parse(r"\cJ").unwrap(), class('\n'));
        assert_eq!(parse(r"\0").unwrap(), class('\0'));
        assert_eq!(parse(r"\/").unwrap(), class('/'));
        // A lone surrogate is kept; it matches nothing, as no `str` holds one.
        assert_eq!(
            parse(r"\uD800").unwrap(),
            Hir::Class(vec![(0xD800, 0xD800)])
        );
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("{}a{}", "(".repeat(10_000), ")".repeat(10_000));
        assert_eq!(
            parse(&deep).unwrap_err().message,
            "groups are nested more than 64 deep"
        );
        let ok = format!("{}a{}", "(".repeat(64), ")".repeat(64));
        assert!(parse(&ok).is_ok());
    }
}
