//! Credentials that never show up in `Debug`, `Display` or logs.

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
