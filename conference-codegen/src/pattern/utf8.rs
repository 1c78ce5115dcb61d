//! Code-point ranges to UTF-8 byte-range sequences.
//!
//! A range of code points whose encodings have the same length, and that differ only in
//! the trailing bytes where every continuation byte runs over its whole `80-BF` span, is
//! exactly the set of byte strings matched by a sequence of byte ranges, one per byte.
//! Splitting a range at the right points yields such pieces (the method of Russ Cox's
//! RE2 and of the `utf8-ranges` crate).

/// The byte ranges, one per byte of the encoding (1 to 4), matching one piece.
pub(super) type Sequence = Vec<(u8, u8)>;

/// The last code point encoded in 1, 2 and 3 bytes.
const LENGTH_LIMITS: [u32; 3] = [0x7F, 0x7FF, 0xFFFF];

/// Byte-range sequences matching exactly the UTF-8 encodings of the code points in
/// `ranges`, in order. Surrogates (U+D800 to U+DFFF) have no UTF-8 encoding and no Rust
/// string contains one: they are left out.
pub(super) fn sequences(ranges: &[(u32, u32)]) -> Vec<Sequence> {
    let mut out = Vec::new();
    for &(lo, hi) in ranges {
        // Pieces still to split, the next one on top.
        let mut stack = vec![(lo, hi.min(0x10_FFFF))];
        'pieces: while let Some((lo, hi)) = stack.pop() {
            if lo > hi {
                continue;
            }
            if lo <= 0xDFFF && hi >= 0xD800 {
                stack.push((0xE000, hi));
                stack.push((lo, 0xD7FF.min(hi)));
                continue;
            }
            for limit in LENGTH_LIMITS {
                if lo <= limit && limit < hi {
                    stack.push((limit + 1, hi));
                    stack.push((lo, limit));
                    continue 'pieces;
                }
            }
            // Split where the `i` trailing continuation bytes of `lo` or `hi` do not run
            // over their whole span, when the leading bytes differ.
            for i in 1..4 {
                let mask = (1 << (6 * i)) - 1;
                if lo & !mask != hi & !mask {
                    if lo & mask != 0 {
                        stack.push(((lo | mask) + 1, hi));
                        stack.push((lo, lo | mask));
                        continue 'pieces;
                    }
                    if hi & mask != mask {
                        stack.push((hi & !mask, hi));
                        stack.push((lo, (hi & !mask) - 1));
                        continue 'pieces;
                    }
                }
            }
            let (lo, hi) = (encode(lo), encode(hi));
            out.push(lo.into_iter().zip(hi).collect());
        }
    }
    out
}

/// The UTF-8 encoding of a code point that is not a surrogate.
fn encode(c: u32) -> Vec<u8> {
    // Each byte is masked to its payload first, so every `as u8` below is lossless.
    let continuation = |shift: u32| 0x80 | ((c >> shift) & 0x3F) as u8;
    match c {
        0..=0x7F => vec![c as u8],
        0x80..=0x7FF => vec![0xC0 | (c >> 6) as u8, continuation(0)],
        0x800..=0xFFFF => vec![0xE0 | (c >> 12) as u8, continuation(6), continuation(0)],
        _ => vec![
            0xF0 | ((c >> 18) & 0x07) as u8,
            continuation(12),
            continuation(6),
            continuation(0),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(sequences: &[Sequence], bytes: &[u8]) -> bool {
        sequences.iter().any(|sequence| {
            sequence.len() == bytes.len()
                && sequence
                    .iter()
                    .zip(bytes)
                    .all(|(&(lo, hi), &b)| lo <= b && b <= hi)
        })
    }

    #[test]
    fn encode_agrees_with_std() {
        for c in [
            '\0',
            'a',
            '\u{7F}',
            '\u{80}',
            'é',
            '\u{7FF}',
            '\u{800}',
            '€',
            '\u{FFFF}',
            '😀',
            char::MAX,
        ] {
            let mut buffer = [0; 4];
            assert_eq!(encode(u32::from(c)), c.encode_utf8(&mut buffer).as_bytes());
        }
    }

    #[test]
    fn sequences_match_exactly_the_range() {
        // Every code point, against ranges whose ends fall on and off the boundaries.
        let ranges = [
            (0, 0x10_FFFF),
            (0x41, 0x5A),
            (0x7F, 0x80),
            (0xE9, 0x1F600),
            (0xD000, 0xE100),
            (0x800, 0xFFFF),
            (0x1_0000, 0x10_FFFF),
            (0x12_345, 0x10_1234),
            (0xFFFF, 0x1_0000),
        ];
        for (lo, hi) in ranges {
            let sequences = sequences(&[(lo, hi)]);
            let mut buffer = [0; 4];
            for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
                let bytes = c.encode_utf8(&mut buffer).as_bytes();
                assert_eq!(
                    matches(&sequences, bytes),
                    (lo..=hi).contains(&u32::from(c)),
                    "{c:?} against {lo:X}-{hi:X}"
                );
            }
        }
    }

    #[test]
    fn small_ranges_give_few_sequences() {
        assert_eq!(sequences(&[(0x30, 0x39)]), vec![vec![(0x30, 0x39)]]);
        // Everything: the 9 rows of the table of well-formed UTF-8 in the Unicode
        // standard (table 3-7), from `00-7F` to `F4 80-8F 80-BF 80-BF`.
        assert_eq!(sequences(&[(0, 0x10_FFFF)]).len(), 9);
        assert!(sequences(&[(0xD800, 0xDFFF)]).is_empty());
    }
}
