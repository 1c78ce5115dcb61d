//! `format: uri`: an absolute RFC 3986 URI, checked by a hand-written scanner (no
//! dependency), usable in `const`.

use crate::types::from_json::FromJson;
use crate::types::path::Path;
use crate::types::report::{record, type_violation};
use crate::types::validation::{Rule, ValidationError, ValidationErrors, excerpt};
use std::borrow::Cow;
use std::fmt;

/// An absolute URI as RFC 3986 defines it (`scheme ":" hier-part ["?" query]
/// ["#" fragment]`), what `format: uri` requires: a scheme, then only the characters
/// each part allows, with well-formed percent-encodings. Relative references (`/path`,
/// `//host`), spaces, control and non-ASCII characters are refused. The check is purely
/// syntactic: `http://999.999.999.999/` is a valid URI (its host reads as a name).
///
/// ```
/// use conference_api::Uri;
///
/// let uri = Uri::new("https://example.com/hooks?team=sales#top")?;
/// assert_eq!(uri.as_str(), "https://example.com/hooks?team=sales#top");
/// const DOCS: Uri = Uri::from_static("https://signalwire.com/docs"); // checked at compile time
///
/// let error = Uri::new("ht tp://x").unwrap_err();
/// assert_eq!(error.problem(), r#""ht tp://x" is not a valid uri: a space is not allowed (character 3)"#);
/// assert!(Uri::new("/relative/path").is_err());
/// # Ok::<(), conference_api::ValidationError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uri(Cow<'static, str>);

impl Uri {
    /// Checks that `value` is an absolute URI.
    pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
        let value = value.into();
        match Self::check(&value) {
            Ok(()) => Ok(Uri(Cow::Owned(value))),
            Err(problem) => Err(problem.violation(&value)),
        }
    }

    /// A URI WITHOUT checking it: the escape hatch for a server that accepts more than
    /// RFC 3986.
    pub fn new_unchecked(value: impl Into<String>) -> Self {
        Uri(Cow::Owned(value.into()))
    }

    /// A URI from a literal, checked at compile time when used in a `const`.
    ///
    /// # Panics
    /// If `value` is not a URI: a compile error in a `const`, a panic elsewhere.
    pub const fn from_static(value: &'static str) -> Self {
        match Self::check(value) {
            Ok(()) => Uri(Cow::Borrowed(value)),
            Err(_) => panic!("invalid Uri literal: not an absolute RFC 3986 URI"),
        }
    }

    /// Whether `value` is an absolute URI, and if not, the first problem. Usable in
    /// `const`.
    pub const fn check(value: &str) -> Result<(), UriProblem> {
        scan_uri(value.as_bytes())
    }

    /// The URI as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The URI as an owned string.
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl fmt::Debug for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for Uri {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<Uri> for String {
    fn from(uri: Uri) -> Self {
        uri.into_string()
    }
}

impl std::str::FromStr for Uri {
    type Err = ValidationError;
    fn from_str(text: &str) -> Result<Self, ValidationError> {
        Uri::new(text)
    }
}

impl TryFrom<String> for Uri {
    type Error = ValidationError;
    fn try_from(text: String) -> Result<Self, ValidationError> {
        Uri::new(text)
    }
}

impl TryFrom<&str> for Uri {
    type Error = ValidationError;
    fn try_from(text: &str) -> Result<Self, ValidationError> {
        Uri::new(text)
    }
}

impl serde::Serialize for Uri {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Checked with [`Uri::new`].
impl<'de> serde::Deserialize<'de> for Uri {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Uri::new(text).map_err(serde::de::Error::custom)
    }
}

impl FromJson for Uri {
    #[inline]
    fn check_json(value: &serde_json::Value, at: Path<'_>, errors: &mut ValidationErrors) {
        match value {
            serde_json::Value::String(text) => {
                if let Err(problem) = Uri::check(text) {
                    record(errors, at, problem.violation(text));
                }
            }
            other => record(errors, at, type_violation("string", other)),
        }
    }
    #[inline]
    fn from_json(
        value: serde_json::Value,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Option<Self> {
        match value {
            serde_json::Value::String(text) => match Uri::check(&text) {
                Ok(()) => Some(Uri(Cow::Owned(text))),
                Err(problem) => {
                    record(errors, at, problem.violation(&text));
                    None
                }
            },
            other => {
                record(errors, at, type_violation("string", &other));
                None
            }
        }
    }
    #[inline]
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        crate::types::read::read_text(
            deserializer,
            at,
            errors,
            |text| {
                Uri::check(text)
                    .err()
                    .map(|problem| problem.violation(text))
            },
            |text| Uri(Cow::Owned(text.to_owned())),
        )
    }
}

/// Why a string is not an absolute URI: the first problem found, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UriProblem {
    kind: Kind,
    /// The byte offset of the problem; everything before it is ASCII, so it is also the
    /// character offset.
    at: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Empty,
    NoScheme,
    EmptyScheme,
    SchemeStart,
    Space(Part),
    Control(u8),
    NonAscii,
    Character(u8, Part),
    Percent,
    Port,
    IpLiteral,
}

/// The part of a URI a character was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Scheme,
    UserInfo,
    Host,
    Path,
    Query,
    Fragment,
}

impl Part {
    const fn name(self) -> &'static str {
        match self {
            Part::Scheme => "the scheme",
            Part::UserInfo => "the user information",
            Part::Host => "the host",
            Part::Path => "the path",
            Part::Query => "the query",
            Part::Fragment => "the fragment",
        }
    }

    /// Whether percent-encoding is how to write any character here.
    const fn encodes(self) -> bool {
        !matches!(self, Part::Scheme)
    }
}

impl UriProblem {
    /// The violation of `format: uri` by `value`, which has this problem.
    fn violation(self, value: &str) -> ValidationError {
        ValidationError::new(
            "",
            Rule::Format("uri"),
            format!("{} is not a valid uri: {self}", excerpt(value)),
        )
    }
}

/// The full violation of `format: uri` by `value`, or `None` if it is a URI.
pub fn uri_violation(value: &str) -> Option<ValidationError> {
    Uri::check(value)
        .err()
        .map(|problem| problem.violation(value))
}

impl fmt::Display for UriProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let position = self.at + 1;
        match self.kind {
            Kind::Empty => f.write_str("it is empty"),
            Kind::NoScheme => f.write_str(
                "it has no scheme (such as `https:`); a relative reference is not a URI",
            ),
            Kind::EmptyScheme => f.write_str("the scheme before `:` is empty"),
            Kind::SchemeStart => f.write_str("the scheme must start with a letter"),
            Kind::Space(part) => {
                write!(f, "a space is not allowed (character {position})")?;
                if part.encodes() {
                    f.write_str("; write it as %20")?;
                }
                Ok(())
            }
            Kind::Control(byte) => write!(
                f,
                "a control character (U+{byte:04X}) is not allowed (character {position})"
            ),
            Kind::NonAscii => write!(
                f,
                "a non-ASCII character must be percent-encoded (character {position}): \
                 write each of its UTF-8 bytes as %XX"
            ),
            Kind::Character(byte, Part::Scheme) => write!(
                f,
                "`{}` is not allowed in the scheme (character {position}), which takes \
                 letters, digits, `+`, `-` and `.`",
                byte as char
            ),
            Kind::Character(byte, part) => write!(
                f,
                "`{}` is not allowed in {} (character {position}); write it as %{byte:02X}",
                byte as char,
                part.name()
            ),
            Kind::Percent => write!(
                f,
                "`%` must be followed by two hexadecimal digits (character {position})"
            ),
            Kind::Port => write!(f, "the port must be digits (character {position})"),
            Kind::IpLiteral => write!(
                f,
                "the address in brackets is not a valid IPv6 (or IPvFuture) address \
                 (character {position})"
            ),
        }
    }
}

const fn problem(kind: Kind, at: usize) -> Result<(), UriProblem> {
    Err(UriProblem { kind, at })
}

/// The problem a character that does not belong in `part` makes.
const fn bad_character(byte: u8, at: usize, part: Part) -> Result<(), UriProblem> {
    let kind = match byte {
        b' ' => Kind::Space(part),
        0..=0x1F | 0x7F => Kind::Control(byte),
        0x80..=0xFF => Kind::NonAscii,
        _ => Kind::Character(byte, part),
    };
    problem(kind, at)
}

const fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

const fn is_sub_delim(byte: u8) -> bool {
    matches!(
        byte,
        b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
    )
}

/// Whether `byte` may appear as itself in `part` (percent-encodings aside).
const fn allowed(byte: u8, part: Part) -> bool {
    let common = is_unreserved(byte) || is_sub_delim(byte);
    match part {
        Part::Scheme => byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.'),
        Part::Host => common,
        Part::UserInfo => common || byte == b':',
        Part::Path => common || matches!(byte, b':' | b'@' | b'/'),
        Part::Query | Part::Fragment => common || matches!(byte, b':' | b'@' | b'/' | b'?'),
    }
}

/// Checks `bytes[start..end]` as `part`: allowed characters and `%XX` encodings.
const fn scan_part(bytes: &[u8], start: usize, end: usize, part: Part) -> Result<(), UriProblem> {
    let mut i = start;
    while i < end {
        let byte = bytes[i];
        if byte == b'%' && part.encodes() {
            if i + 2 >= end
                || !bytes[i + 1].is_ascii_hexdigit()
                || !bytes[i + 2].is_ascii_hexdigit()
            {
                return problem(Kind::Percent, i);
            }
            i += 3;
            continue;
        }
        if !allowed(byte, part) {
            return bad_character(byte, i, part);
        }
        i += 1;
    }
    Ok(())
}

/// The index of the first byte of `bytes[start..]` that is one of `stops`, or the length.
const fn find(bytes: &[u8], start: usize, stops: &[u8]) -> usize {
    let mut i = start;
    while i < bytes.len() {
        let mut s = 0;
        while s < stops.len() {
            if bytes[i] == stops[s] {
                return i;
            }
            s += 1;
        }
        i += 1;
    }
    bytes.len()
}

/// `bytes` as `scheme ":" hier-part ["?" query] ["#" fragment]`.
const fn scan_uri(bytes: &[u8]) -> Result<(), UriProblem> {
    if bytes.is_empty() {
        return problem(Kind::Empty, 0);
    }
    // The scheme runs to the first `:`; a `/`, `?` or `#` first means there is none.
    let colon = find(bytes, 0, b":/?#");
    if colon == bytes.len() || bytes[colon] != b':' {
        return problem(Kind::NoScheme, 0);
    }
    if colon == 0 {
        return problem(Kind::EmptyScheme, 0);
    }
    if let Err(found) = scan_part(bytes, 0, colon, Part::Scheme) {
        return Err(found);
    }
    if !bytes[0].is_ascii_alphabetic() {
        return problem(Kind::SchemeStart, 0);
    }
    let mut i = colon + 1;
    if i + 1 < bytes.len() && bytes[i] == b'/' && bytes[i + 1] == b'/' {
        let end = find(bytes, i + 2, b"/?#");
        if let Err(found) = scan_authority(bytes, i + 2, end) {
            return Err(found);
        }
        i = end;
    }
    // path-abempty after an authority; path-absolute, -rootless or -empty otherwise (a
    // `//` here would have been an authority, so `*( pchar / "/" )` is exact).
    let path_end = find(bytes, i, b"?#");
    if let Err(found) = scan_part(bytes, i, path_end, Part::Path) {
        return Err(found);
    }
    i = path_end;
    if i < bytes.len() && bytes[i] == b'?' {
        let query_end = find(bytes, i + 1, b"#");
        if let Err(found) = scan_part(bytes, i + 1, query_end, Part::Query) {
            return Err(found);
        }
        i = query_end;
    }
    if i < bytes.len() {
        // `#`: the fragment runs to the end (a second `#` is refused by `scan_part`).
        return scan_part(bytes, i + 1, bytes.len(), Part::Fragment);
    }
    Ok(())
}

/// `[ userinfo "@" ] host [ ":" port ]` in `bytes[start..end]`.
const fn scan_authority(bytes: &[u8], start: usize, end: usize) -> Result<(), UriProblem> {
    // User information cannot hold `@`, so the first one ends it.
    let mut host = start;
    let mut i = start;
    while i < end {
        if bytes[i] == b'@' {
            if let Err(found) = scan_part(bytes, start, i, Part::UserInfo) {
                return Err(found);
            }
            host = i + 1;
            break;
        }
        i += 1;
    }
    let port;
    if host < end && bytes[host] == b'[' {
        let close = find(bytes, host, b"]");
        if close >= end || !ip_literal(bytes, host + 1, close) {
            return problem(Kind::IpLiteral, host);
        }
        port = close + 1;
        if port < end && bytes[port] != b':' {
            return bad_character(bytes[port], port, Part::Host);
        }
    } else {
        // A name or IPv4 address: IPv4 is a subset of reg-name's characters.
        let mut colon = host;
        while colon < end && bytes[colon] != b':' {
            colon += 1;
        }
        if let Err(found) = scan_part(bytes, host, colon, Part::Host) {
            return Err(found);
        }
        port = colon;
    }
    // `port` is at `end` or at the `:` before the port's digits.
    let mut i = port + 1;
    while i < end {
        if !bytes[i].is_ascii_digit() {
            return problem(Kind::Port, i);
        }
        i += 1;
    }
    Ok(())
}

/// `IPv6address / IPvFuture`, the inside of `[…]`.
const fn ip_literal(bytes: &[u8], start: usize, end: usize) -> bool {
    if start < end && (bytes[start] == b'v' || bytes[start] == b'V') {
        return ip_future(bytes, start + 1, end);
    }
    ipv6(bytes, start, end)
}

/// `1*HEXDIG "." 1*( unreserved / sub-delims / ":" )`, after the `v`.
const fn ip_future(bytes: &[u8], start: usize, end: usize) -> bool {
    let mut i = start;
    while i < end && bytes[i].is_ascii_hexdigit() {
        i += 1;
    }
    if i == start || i >= end || bytes[i] != b'.' {
        return false;
    }
    i += 1;
    if i == end {
        return false;
    }
    while i < end {
        let byte = bytes[i];
        if !(is_unreserved(byte) || is_sub_delim(byte) || byte == b':') {
            return false;
        }
        i += 1;
    }
    true
}

/// RFC 3986's `IPv6address`: eight groups of 1 to 4 hex digits, at most one `::` standing
/// for one or more zero groups, the last two groups optionally an IPv4 address.
const fn ipv6(bytes: &[u8], start: usize, end: usize) -> bool {
    let mut i = start;
    let mut groups = 0;
    let mut compressed = false;
    if end - start >= 2 && bytes[i] == b':' && bytes[i + 1] == b':' {
        compressed = true;
        i += 2;
        if i == end {
            return true;
        }
    }
    loop {
        let group = i;
        while i < end && bytes[i].is_ascii_hexdigit() {
            i += 1;
        }
        if i < end && bytes[i] == b'.' {
            // The IPv4 tail ends the address and counts as two groups.
            if !ipv4(bytes, group, end) {
                return false;
            }
            groups += 2;
            break;
        }
        let digits = i - group;
        if digits == 0 || digits > 4 {
            return false;
        }
        groups += 1;
        if i == end {
            break;
        }
        if bytes[i] != b':' {
            return false;
        }
        i += 1;
        if i < end && bytes[i] == b':' {
            if compressed {
                return false;
            }
            compressed = true;
            i += 1;
            if i == end {
                break;
            }
        } else if i == end {
            return false;
        }
    }
    if compressed { groups <= 7 } else { groups == 8 }
}

/// Four `dec-octet`s (0 to 255, no leading zero) separated by dots: all of
/// `bytes[start..end]`.
const fn ipv4(bytes: &[u8], start: usize, end: usize) -> bool {
    let mut i = start;
    let mut octets = 0;
    while octets < 4 {
        let first = i;
        let mut value: u32 = 0;
        while i < end && bytes[i].is_ascii_digit() && i - first < 3 {
            value = value * 10 + (bytes[i] - b'0') as u32;
            i += 1;
        }
        let digits = i - first;
        if digits == 0 || value > 255 || (digits > 1 && bytes[first] == b'0') {
            return false;
        }
        octets += 1;
        if octets < 4 {
            if i >= end || bytes[i] != b'.' {
                return false;
            }
            i += 1;
        }
    }
    i == end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// optional/format/uri.json of the JSON Schema Test Suite: every string case.
    const SUITE: &[(&str, bool)] = &[
        ("http://foo.bar/?baz=qux#quux", true),
        ("http://foo.com/blah_(wikipedia)_blah#cite-1", true),
        ("http://foo.bar/?q=Test%20URL-encoded%20stuff", true),
        ("http://xn--nw2a.xn--j6w193g/", true),
        ("http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", true),
        ("http://223.255.255.254", true),
        ("ftp://ftp.is.co.za/rfc/rfc1808.txt", true),
        ("http://www.ietf.org/rfc/rfc2396.txt", true),
        ("ldap://[2001:db8::7]/c=GB?objectClass?one", true),
        ("mailto:John.Doe@example.com", true),
        ("news:comp.infosystems.www.servers.unix", true),
        ("tel:+1-816-555-1212", true),
        ("urn:oasis:names:specification:docbook:dtd:xml:4.1.2", true),
        ("//foo.bar/?baz=qux#quux", false),
        ("/abc", false),
        ("\\\\WINDOWS\\fileshare", false),
        ("abc", false),
        ("http:// shouldfail.com", false),
        (":// should fail", false),
        ("bar,baz:foo", false),
        ("https://[@example.org/test.txt", false),
        ("https://example.org/foobar®.txt", false),
        ("https://example.org/foobar\\.txt", false),
        ("https://example.org/foobar\".txt", false),
        ("https://example.org/foobar<>.txt", false),
        ("https://example.org/foobar{}.txt", false),
        ("https://example.org/foobar^.txt", false),
        ("https://example.org/foobar`.txt", false),
        ("https://example.org/foo bar.txt", false),
        ("https://example.org/foobar|.txt", false),
        ("http://087.10.0.1/", true),
        ("http://999.999.999.999/", true),
        ("http://example.com/%6G", false),
        ("http://example.com/%A", false),
        ("http://example.com/%", false),
        ("1http://example.com", false),
        ("ht_tp://example.com", false),
        ("http://example.com:abc/path", false),
        ("http://[::ffff:01.2.3.4]", false),
        ("http:/[::1]", false),
    ];

    #[test]
    fn the_suites_uri_cases() {
        for (text, valid) in SUITE {
            assert_eq!(
                Uri::check(text).is_ok(),
                *valid,
                "{text:?}: {:?}",
                Uri::check(text)
            );
            assert_eq!(Uri::new(*text).is_ok(), *valid, "{text:?}");
        }
    }

    #[test]
    fn more_uris() {
        for valid in [
            "a:",
            "urn:isbn:0451450523",
            "http://[::1]:8080/",
            "http://[::ffff:1.2.3.4]/",
            "http://[1:2:3:4:5:6:7:8]",
            "http://[1::]",
            "http://[v7.fe80::a+en1]",
            "http://user:pass@host:/path",
            "file:///etc/hosts",
            "https://example.com?#",
            "HTTPS://EXAMPLE.COM/%7Euser",
        ] {
            assert!(
                Uri::check(valid).is_ok(),
                "{valid}: {:?}",
                Uri::check(valid)
            );
        }
        for invalid in [
            "",
            "http://[1:2:3:4:5:6:7:8:9]",
            "http://[1::2::3]",
            "http://[12345::]",
            "http://[::1",
            "http://[::1]x",
            "http://[::1.2.3.256]",
            "http://[v.x]",
            "http://host#a#b",
            "http://host/\u{7f}",
            "http://host:8a",
        ] {
            assert!(Uri::check(invalid).is_err(), "{invalid:?}");
        }
    }

    #[test]
    fn problems_say_what_and_where() {
        let cases = [
            ("ht tp://x", "a space is not allowed (character 3)"),
            (
                "http://x/a b",
                "a space is not allowed (character 11); write it as %20",
            ),
            (
                "/abc",
                "it has no scheme (such as `https:`); a relative reference is not a URI",
            ),
            (":// should fail", "the scheme before `:` is empty"),
            ("1http://x", "the scheme must start with a letter"),
            (
                "ht_tp://x",
                "`_` is not allowed in the scheme (character 3), which takes letters, digits, `+`, `-` and `.`",
            ),
            (
                "https://x/a<b",
                "`<` is not allowed in the path (character 12); write it as %3C",
            ),
            (
                "https://x/%6G",
                "`%` must be followed by two hexadecimal digits (character 11)",
            ),
            ("https://x:8a", "the port must be digits (character 12)"),
            (
                "https://[@x",
                "`[` is not allowed in the user information (character 9); write it as %5B",
            ),
            (
                "https://x/\n",
                "a control character (U+000A) is not allowed (character 11)",
            ),
            (
                "https://x/®",
                "a non-ASCII character must be percent-encoded (character 11): write each of its UTF-8 bytes as %XX",
            ),
            (
                "http://[::ffff:01.2.3.4]",
                "the address in brackets is not a valid IPv6 (or IPvFuture) address (character 8)",
            ),
        ];
        for (text, expected) in cases {
            let error = Uri::new(text).unwrap_err();
            assert_eq!(error.rule(), Rule::Format("uri"));
            assert_eq!(
                error.problem(),
                format!("{} is not a valid uri: {expected}", excerpt(text))
            );
        }
    }

    #[test]
    fn a_uri_travels_as_a_string_and_is_checked_on_the_way_in() {
        const DOCS: Uri = Uri::from_static("https://example.com/docs");
        assert_eq!(
            serde_json::to_string(&DOCS).unwrap(),
            r#""https://example.com/docs""#
        );
        let back: Uri = serde_json::from_str(r#""https://example.com/docs""#).unwrap();
        assert_eq!(back, DOCS);
        let error = serde_json::from_str::<Uri>(r#""not a uri""#).unwrap_err();
        assert!(error.to_string().contains("is not a valid uri"), "{error}");
        assert_eq!(
            "mailto:a@b".parse::<Uri>().unwrap().to_string(),
            "mailto:a@b"
        );
        assert_eq!(format!("{DOCS:?}"), r#""https://example.com/docs""#);
        assert_eq!(Uri::new_unchecked("x y").as_str(), "x y");

        let root = Path::Root;
        let mut errors = ValidationErrors::new();
        Uri::check_json(
            &serde_json::json!("ht tp://x"),
            root.field("url"),
            &mut errors,
        );
        let converted = Uri::from_json(
            serde_json::json!("ht tp://x"),
            root.field("url"),
            &mut errors,
        );
        assert!(converted.is_none());
        let [checked, from] = [errors.iter().next().unwrap(), errors.iter().nth(1).unwrap()];
        assert_eq!(checked, from);
        assert_eq!(
            checked.to_string(),
            r#"url: "ht tp://x" is not a valid uri: a space is not allowed (character 3) (rule: format uri)"#
        );
        let mut errors = ValidationErrors::new();
        assert!(Uri::from_json(serde_json::json!(3), root.field("url"), &mut errors).is_none());
        assert_eq!(errors.iter().next().unwrap().rule(), Rule::Type("string"));
        assert_eq!(
            uri_violation("x").unwrap().problem(),
            "\"x\" is not a valid uri: it has no scheme (such as `https:`); a relative reference is not a URI"
        );
        assert!(uri_violation("x:").is_none());
    }
}
