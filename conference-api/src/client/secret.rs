//! Credentials that never show up in `Debug`, `Display` or logs.

use std::borrow::Cow;
use std::fmt;

use http::HeaderValue;

/// What every redacted value prints as.
pub(crate) const REDACTED: &str = "[redacted]";

/// A secret string (the API token). Its `Debug` and `Display` print `[redacted]`;
/// the only way to read it is [`Secret::expose`], used once to build the
/// `Authorization` header.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn new(value: String) -> Self {
        Secret(value)
    }

    /// The secret itself. Call sites are kept to the one that builds the header.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Secret {
    fn as_ref(&self) -> &str {
        self.expose()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// A precomputed `Authorization: Basic …` header value, marked sensitive (so HTTP
/// libraries that honour the flag do not log it) and redacted in `Debug`.
#[derive(Clone)]
pub(crate) struct BasicAuth(HeaderValue);

impl BasicAuth {
    /// `Basic base64(username:password)` (RFC 7617). `None` if the result is not a
    /// valid header value, which cannot happen for base64 output but is not assumed.
    pub(crate) fn new(username: &str, password: &Secret) -> Option<Self> {
        let mut credentials = String::with_capacity(username.len() + 1 + password.0.len());
        credentials.push_str(username);
        credentials.push(':');
        credentials.push_str(password.expose());
        let mut value = String::from("Basic ");
        base64_encode(credentials.as_bytes(), &mut value);
        let mut header = HeaderValue::from_str(&value).ok()?;
        header.set_sensitive(true);
        Some(BasicAuth(header))
    }

    pub(crate) fn header_value(&self) -> &HeaderValue {
        &self.0
    }
}

impl fmt::Debug for BasicAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// Tokens at least this long are redacted wherever they appear, inside words too. A
/// shorter token (a test's `t`) is redacted only where it stands alone, between
/// characters that are not ASCII letters or digits: such a token is a common word or
/// part of one (`t` is in `http`), and redacting it inside words would mangle ordinary
/// text, while a credential a server echoes stands alone (a header value, a JSON
/// string, a query value).
pub(crate) const MIN_TOKEN_ANYWHERE: usize = 8;

/// The most of one server text (a message, a header value, a URL part) an error
/// keeps, in bytes.
pub(crate) const TEXT_LIMIT: usize = 1024;

/// Finds the API token in text (what a server sent, a setting) and replaces it with
/// [`REDACTED`]: the token itself, the base64 of the token and of the Basic credential
/// (`project:token`, what `Authorization` carries), each in any ASCII case and with
/// any of its bytes spelled `%XX` (percent-encoding), `\u00XX` or `\/` (JSON
/// escapes). Short tokens follow [`MIN_TOKEN_ANYWHERE`].
#[derive(Clone, Default)]
pub(crate) struct Redactor {
    needles: Vec<Vec<u8>>,
}

/// What starts at a position of a text.
enum Found {
    No,
    /// A whole occurrence, ending there.
    Whole(usize),
    /// The text ends inside what could be an occurrence.
    Cut,
}

impl Redactor {
    /// A redactor of `token` (nothing without one), and of the Basic credential when
    /// the project ID is known.
    pub(crate) fn new(project_id: Option<&str>, token: Option<&str>) -> Self {
        let Some(token) = token.map(str::trim).filter(|token| !token.is_empty()) else {
            return Redactor::default();
        };
        let mut needles = vec![token.as_bytes().to_vec()];
        let mut base64 = |input: &[u8]| {
            let mut encoded = String::new();
            base64_encode(input, &mut encoded);
            // Unpadded: found whether a server keeps the `=` or drops them.
            needles.push(encoded.trim_end_matches('=').as_bytes().to_vec());
        };
        base64(token.as_bytes());
        if let Some(project_id) = project_id.map(str::trim) {
            base64(format!("{project_id}:{token}").as_bytes());
        }
        Redactor { needles }
    }

    /// Whether `text` holds the token in one of its forms.
    pub(crate) fn finds(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        (0..bytes.len()).any(|at| matches!(self.find(bytes, at), Found::Whole(_)))
    }

    /// `text` with every occurrence replaced by [`REDACTED`].
    pub(crate) fn redact<'t>(&self, text: &'t str) -> Cow<'t, str> {
        self.replace(text, false)
    }

    /// As [`redact`](Self::redact), for a text that was cut short: an occurrence that
    /// the cut left unfinished at its end (the start of the token) is redacted too.
    pub(crate) fn redact_cut<'t>(&self, text: &'t str) -> Cow<'t, str> {
        self.replace(text, true)
    }

    /// What an error keeps of a server's text: redacted, then [`bounded`] to
    /// [`TEXT_LIMIT`] (in that order, so a cut never leaves a part of the token).
    pub(crate) fn clean(&self, text: &str) -> String {
        bounded(&self.redact(text), TEXT_LIMIT).into_owned()
    }

    fn replace<'t>(&self, text: &'t str, cut_short: bool) -> Cow<'t, str> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut copied = 0;
        let mut at = 0;
        while at < bytes.len() {
            match self.find(bytes, at) {
                Found::Whole(end) => {
                    out.extend_from_slice(&bytes[copied..at]);
                    out.extend_from_slice(REDACTED.as_bytes());
                    copied = end;
                    at = end;
                }
                Found::Cut if cut_short => {
                    out.extend_from_slice(&bytes[copied..at]);
                    out.extend_from_slice(REDACTED.as_bytes());
                    copied = bytes.len();
                    break;
                }
                Found::Cut | Found::No => at += 1,
            }
        }
        if copied == 0 {
            return Cow::Borrowed(text);
        }
        out.extend_from_slice(&bytes[copied..]);
        // Occurrences start and end on character boundaries (they are ASCII or whole
        // characters); lossy conversion only guards that assumption.
        Cow::Owned(
            String::from_utf8(out)
                .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()),
        )
    }

    /// The longest occurrence of any form of the token that starts at `at`.
    fn find(&self, text: &[u8], at: usize) -> Found {
        let first = text[at];
        if first != b'%'
            && first != b'\\'
            && !self.needles.iter().any(|needle| {
                needle
                    .first()
                    .is_some_and(|b| b.eq_ignore_ascii_case(&first))
            })
        {
            return Found::No;
        }
        let mut found = Found::No;
        let mut ends = Vec::new();
        let mut next = Vec::new();
        for needle in &self.needles {
            let alone = needle.len() < MIN_TOKEN_ANYWHERE;
            if alone && at > 0 && text[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            ends.clear();
            ends.push(at);
            let mut cut = false;
            for &byte in needle {
                next.clear();
                for &from in &ends {
                    cut |= spellings(text, from, byte, &mut next);
                }
                next.sort_unstable();
                next.dedup();
                std::mem::swap(&mut ends, &mut next);
                if ends.is_empty() {
                    break;
                }
            }
            let whole = ends
                .iter()
                .copied()
                .filter(|&end| !alone || text.get(end).is_none_or(|b| !b.is_ascii_alphanumeric()))
                .max();
            match (whole, &found) {
                (Some(end), Found::Whole(longest)) if end <= *longest => {}
                (Some(end), _) => found = Found::Whole(end),
                (None, Found::No) if cut => found = Found::Cut,
                (None, _) => {}
            }
        }
        found
    }
}

/// Pushes where each spelling of `byte` that starts at `text[at..]` ends: the byte in
/// either ASCII case, `%XX`, `\u00XX`, or `\` then the byte for JSON's `\/`, `\\`
/// and `\"`. True when the text ends where a spelling could still have been.
fn spellings(text: &[u8], at: usize, byte: u8, ends: &mut Vec<usize>) -> bool {
    let rest = &text[at..];
    let Some(&first) = rest.first() else {
        return true;
    };
    let is = |digits: &[u8]| hex_byte(digits).is_some_and(|b| b.eq_ignore_ascii_case(&byte));
    if first.eq_ignore_ascii_case(&byte) {
        ends.push(at + 1);
    }
    match first {
        b'%' if rest.len() < 3 => return true,
        b'%' if is(&rest[1..3]) => ends.push(at + 3),
        b'\\' if rest.len() < 2 => return true,
        b'\\' if rest[1] == byte && matches!(byte, b'/' | b'\\' | b'"') => ends.push(at + 2),
        b'\\' if rest[1] == b'u' && rest.len() < 6 => return true,
        b'\\' if rest[1] == b'u' && &rest[2..4] == b"00" && is(&rest[4..6]) => {
            ends.push(at + 6);
        }
        _ => {}
    }
    false
}

/// Two hexadecimal digits as a byte.
fn hex_byte(digits: &[u8]) -> Option<u8> {
    let digit = |d: u8| char::from(d).to_digit(16);
    match digits {
        [high, low] => Some((digit(*high)? * 16 + digit(*low)?) as u8),
        _ => None,
    }
}

/// `text` cut to at most `limit` bytes on a character boundary, with `… (N more
/// bytes)` when something was left out.
pub(crate) fn bounded(text: &str, limit: usize) -> Cow<'_, str> {
    if text.len() <= limit {
        return Cow::Borrowed(text);
    }
    let end = text.floor_char_boundary(limit);
    Cow::Owned(format!(
        "{}… ({} more bytes)",
        &text[..end],
        text.len() - end
    ))
}

/// Standard base64 with padding (RFC 4648 §4), appended to `out`.
fn base64_encode(input: &[u8], out: &mut String) {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for chunk in input.chunks(3) {
        let b0 = u32::from(chunk[0]);
        let b1 = chunk.get(1).copied().map_or(0, u32::from);
        let b2 = chunk.get(2).copied().map_or(0, u32::from);
        let triple = (b0 << 16) | (b1 << 8) | b2;
        let symbol = |shift: u32| char::from(ALPHABET[((triple >> shift) & 0x3F) as usize]);
        out.push(symbol(18));
        out.push(symbol(12));
        out.push(if chunk.len() > 1 { symbol(6) } else { '=' });
        out.push(if chunk.len() > 2 { symbol(0) } else { '=' });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_debug_and_display_are_redacted() {
        let secret = Secret::new("PT-super-secret-token".to_owned());
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_eq!(format!("{secret}"), "[redacted]");
        assert_eq!(format!("{secret:#?}"), "[redacted]");
        assert_eq!(secret.expose(), "PT-super-secret-token");
    }

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (input, expected) in cases {
            let mut out = String::new();
            base64_encode(input.as_bytes(), &mut out);
            assert_eq!(out, expected, "base64 of {input:?}");
        }
        let mut out = String::new();
        base64_encode(&[0xFB, 0xFF, 0xBF], &mut out);
        assert_eq!(out, "+/+/");
    }

    /// Issue 21: every form of the token a server may echo is found.
    #[test]
    fn the_redactor_finds_the_token_in_its_encodings() {
        let token = "PTsecret/token+0123456789";
        let redactor = Redactor::new(Some("project-1"), Some(token));
        let mut basic = String::new();
        base64_encode(b"project-1:PTsecret/token+0123456789", &mut basic);
        let mut alone = String::new();
        base64_encode(token.as_bytes(), &mut alone);
        let every: String = token.bytes().map(|b| format!("%{b:02x}")).collect();
        let unicode: String = token.bytes().map(|b| format!("\\u{b:04X}")).collect();
        for form in [
            token.to_owned(),
            token.to_ascii_uppercase(),
            token.replace('/', "%2F").replace('+', "%2b"),
            every,
            unicode,
            token.replace('/', "\\/"),
            format!("Basic {basic}"),
            format!("Basic {}", basic.trim_end_matches('=')),
            alone,
        ] {
            let text = format!("{{\"echo\":\"{form}\"}}");
            assert!(redactor.finds(&text), "{form}");
            let redacted = redactor.redact(&text);
            assert!(redacted.contains("[redacted]"), "{form}: {redacted}");
            assert!(!redacted.contains("secret"), "{form}: {redacted}");
        }
        // Without an occurrence, the text is borrowed as it was.
        assert!(matches!(
            redactor.redact("PTsecret/token"),
            Cow::Borrowed(_)
        ));
        // A text cut inside the token: its start is redacted only when told it was cut.
        let cut = "page_token=PTsecret/tok";
        assert_eq!(redactor.redact(cut), cut);
        assert_eq!(redactor.redact_cut(cut), "page_token=[redacted]");
        assert_eq!(redactor.redact_cut("a=PTsecret%2"), "a=[redacted]");
        // No token, nothing to find.
        assert_eq!(Redactor::new(None, None).redact(token), token);
    }

    /// Issue 21: a short token is redacted where it stands alone, not inside words.
    #[test]
    fn a_short_token_is_redacted_only_where_it_stands_alone() {
        let redactor = Redactor::new(Some("p"), Some("t"));
        assert_eq!(
            redactor.redact("the token t was refused at http://127.0.0.1/?a=t&b=%74"),
            "the token [redacted] was refused at http://127.0.0.1/?a=[redacted]&b=[redacted]"
        );
        assert!(!redactor.finds("http://127.0.0.1:8080/api/video/conferences"));
        // base64("p:t") stands alone too.
        assert_eq!(redactor.redact("Basic cDp0"), "Basic [redacted]");
        assert_eq!(redactor.redact("xcDp0x"), "xcDp0x");
        // From the minimal length on, anywhere.
        let redactor = Redactor::new(None, Some("abcdefgh"));
        assert_eq!(redactor.redact("xabcdefghx"), "x[redacted]x");
    }

    #[test]
    fn bounded_text_is_cut_on_a_character_boundary_and_says_how_much_is_left() {
        assert_eq!(bounded("short", 8), "short");
        assert_eq!(bounded("ééé", 3), "é… (4 more bytes)");
        let cleaned = Redactor::default().clean(&"x".repeat(5000));
        assert_eq!(cleaned.len(), TEXT_LIMIT + "… (3976 more bytes)".len());
    }

    #[test]
    fn basic_auth_header_is_rfc_7617_sensitive_and_redacted() {
        // RFC 7617 §2's example.
        let auth = BasicAuth::new("Aladdin", &Secret::new("open sesame".to_owned())).unwrap();
        assert_eq!(
            auth.header_value().to_str().unwrap(),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert!(auth.header_value().is_sensitive());
        assert_eq!(format!("{auth:?}"), "[redacted]");
    }
}
