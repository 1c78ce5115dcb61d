//! HTTP Basic auth as SignalWire checks it: user name = project ID, password = API
//! token.

use hyper::header::HeaderValue;
use subtle::{Choice, ConstantTimeEq};

/// Whether `user` and `password` are `project_id` and `api_token`, in constant time:
/// how long it takes does not tell how much of either credential was right. Both are
/// always compared (`&` on [`Choice`], never `&&`); `subtle` compares each over all its
/// bytes, and only tells a difference in length at once (a token's length is no
/// secret: `PT` and 32 hex digits by default).
pub(crate) fn credentials_match(
    user: &str,
    password: &str,
    project_id: &str,
    api_token: &str,
) -> Choice {
    user.as_bytes().ct_eq(project_id.as_bytes()) & password.as_bytes().ct_eq(api_token.as_bytes())
}

/// The user name and password of an `Authorization: Basic …` header, or `None` when
/// the header is not decodable Basic credentials.
pub(crate) fn basic_credentials(value: &HeaderValue) -> Option<(String, String)> {
    let text = value.to_str().ok()?.trim();
    let (scheme, encoded) = text.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(base64_decode(encoded.trim())?).ok()?;
    let (user, password) = decoded.split_once(':')?;
    Some((user.to_owned(), password.to_owned()))
}

/// Standard base64 (RFC 4648 §4), with or without padding; `None` on any other input.
fn base64_decode(input: &str) -> Option<Vec<u8>> {
    let bytes = input.as_bytes();
    let data = bytes
        .strip_suffix(b"==")
        .or_else(|| bytes.strip_suffix(b"="))
        .unwrap_or(bytes);
    if data.len() != bytes.len() && !bytes.len().is_multiple_of(4) {
        return None;
    }
    if data.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 2);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in data {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from(buffer >> bits).ok()?);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(value: &str) -> HeaderValue {
        HeaderValue::from_str(value).unwrap()
    }

    #[test]
    fn decodes_basic_credentials() {
        // base64("project:PTtoken:with:colons")
        assert_eq!(
            basic_credentials(&header("Basic cHJvamVjdDpQVHRva2VuOndpdGg6Y29sb25z")),
            Some(("project".to_owned(), "PTtoken:with:colons".to_owned()))
        );
        // Scheme in any case, unpadded data: base64("a:b") = "YTpi".
        assert_eq!(
            basic_credentials(&header("basic YTpi")),
            Some(("a".to_owned(), "b".to_owned()))
        );
        // base64("ab:") = "YWI6".
        assert_eq!(
            basic_credentials(&header("Basic YWI6")),
            Some(("ab".to_owned(), String::new()))
        );
    }

    #[test]
    fn credentials_match_only_when_both_are_the_same_bytes() {
        let matches = |user: &str, password: &str| {
            bool::from(credentials_match(user, password, "project", "PTtoken"))
        };
        assert!(matches("project", "PTtoken"));
        for (user, password) in [
            // One of the two wrong: both are checked.
            ("project", "PTtokeN"),
            ("projecT", "PTtoken"),
            // Prefixes and extensions: lengths count, not only the common bytes.
            ("project", "PTtoke"),
            ("project", "PTtoken0"),
            ("project", ""),
            ("proj", "PTtoken"),
            ("project\0", "PTtoken"),
            ("", ""),
            // Swapped.
            ("PTtoken", "project"),
        ] {
            assert!(!matches(user, password), "{user:?}:{password:?}");
        }
    }

    #[test]
    fn rejects_anything_else() {
        for value in [
            "",
            "Basic",
            "Basic ",
            "Bearer YTpi",
            "Basic YTpi=",
            "Basic Y",
            "Basic !!!!",
            "Basic YWJj", // "abc": no colon
            "Basic //79", // not UTF-8
        ] {
            assert_eq!(basic_credentials(&header(value)), None, "{value:?}");
        }
        assert_eq!(base64_decode("YQ=="), Some(b"a".to_vec()));
        assert_eq!(base64_decode("YWI="), Some(b"ab".to_vec()));
        assert_eq!(base64_decode("YQ"), Some(b"a".to_vec()));
        assert_eq!(base64_decode("Y==="), None);
    }
}
