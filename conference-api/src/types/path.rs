//! Where a value sits in a request, for error messages.

use std::fmt::{self, Write as _};

/// The location of a value in a request: a chain of borrowed steps on the stack, so
/// checking a valid request builds no string. It is rendered only when a violation is
/// recorded.
///
/// ```
/// use conference_api::__private::Path;
///
/// let root = Path::Root;
/// let permissions = root.field("permissions");
/// let third = permissions.index(2);
/// assert_eq!(third.field("name").render(), "permissions[2].name");
/// assert_eq!(root.field("meta").field("key").render(), "meta.key");
/// ```
#[derive(Clone, Copy, Debug)]
pub enum Path<'a> {
    /// The request itself; renders as the empty string.
    Root,
    /// A field of an object (or the key of a map), by its wire name.
    Field(&'a Path<'a>, &'a str),
    /// A field named by the schema: as [`Path::Field`], but a top-level one renders
    /// without allocating.
    Named(&'a Path<'a>, &'static str),
    /// An item of an array, from 0.
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    /// The field (or map key) `name` of the value at `self`.
    #[inline]
    pub fn field(&'a self, name: &'a str) -> Path<'a> {
        Path::Field(self, name)
    }

    /// The field `name` (a name from the schema) of the value at `self`.
    #[inline]
    pub fn named(&'a self, name: &'static str) -> Path<'a> {
        Path::Named(self, name)
    }

    /// The item `i` of the array at `self`.
    #[inline]
    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }

    /// The path as users read it: `permissions[2].name`; the root is `""`. A top-level
    /// field is its wire name exactly; a deeper key that would read ambiguously (empty,
    /// or holding `.`, `[`, `]`, `"`, whitespace or a control character) is written as a
    /// JSON string in brackets: `meta["a.b"]`.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    /// [`Path::render`], borrowing the name of a top-level field the schema names.
    pub fn render_cow(&self) -> std::borrow::Cow<'static, str> {
        match *self {
            Path::Named(Path::Root, name) => std::borrow::Cow::Borrowed(name),
            _ => std::borrow::Cow::Owned(self.render()),
        }
    }

    fn write(&self, out: &mut String) {
        match *self {
            Path::Root => {}
            Path::Field(Path::Root, name) | Path::Named(Path::Root, name) => out.push_str(name),
            Path::Field(parent, name) | Path::Named(parent, name) => {
                parent.write(out);
                if plain_key(name) {
                    out.push('.');
                    out.push_str(name);
                } else {
                    out.push('[');
                    // A JSON string literal; serializing a `str` cannot fail.
                    out.push_str(&serde_json::to_string(name).unwrap_or_default());
                    out.push(']');
                }
            }
            Path::Index(parent, i) => {
                parent.write(out);
                let _ = write!(out, "[{i}]");
            }
        }
    }
}

/// Whether a key can follow a `.` without making the path ambiguous.
fn plain_key(key: &str) -> bool {
    !key.is_empty()
        && !key
            .chars()
            .any(|c| matches!(c, '.' | '[' | ']' | '"') || c.is_whitespace() || c.is_control())
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

#[cfg(test)]
mod tests {
    use super::Path;

    #[test]
    fn paths_render_as_users_write_them() {
        let root = Path::Root;
        assert_eq!(root.render(), "");
        let top = root.field("dark_primary");
        assert_eq!(top.render(), "dark_primary");
        let list = root.field("permissions");
        let item = list.index(2);
        assert_eq!(item.field("name").render(), "permissions[2].name");
        assert_eq!(root.index(0).render(), "[0]");
        let meta = root.field("meta");
        assert_eq!(meta.field("key").render(), "meta.key");
        assert_eq!(meta.field("a.b").render(), r#"meta["a.b"]"#);
        assert_eq!(meta.field("").render(), r#"meta[""]"#);
        assert_eq!(item.index(1).render(), "permissions[2][1]");
        // A top-level field is its wire name, whatever it holds.
        assert_eq!(root.field("a b").render(), "a b");
        // A named field renders as a field, the top-level one without allocating.
        assert_eq!(item.named("name").render(), "permissions[2].name");
        assert!(matches!(
            root.named("name").render_cow(),
            std::borrow::Cow::Borrowed("name")
        ));
    }
}
