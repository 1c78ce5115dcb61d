//! Errors in the schema, each located by a JSON pointer into the schema file.

use std::cell::RefCell;
use std::fmt;

/// A problem with the schema: where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// JSON pointer of the offending construct (`#/components/schemas/Video.Conference`),
    /// or a line and column for a file that is not valid JSON.
    pub location: String,
    /// Lowercase, no final period: what is wrong and what to do.
    pub message: String,
}

impl Error {
    /// A problem at `pointer`.
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            location: pointer.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for Error {}

/// Collects problems so that one run reports all of them, as serde_derive's `Ctxt` does.
/// `check` must be called: dropping a context that holds unreported errors is a bug in
/// the generator, caught in debug builds.
#[derive(Default)]
pub(crate) struct Ctxt {
    errors: RefCell<Option<Vec<Error>>>,
}

impl Ctxt {
    pub fn new() -> Self {
        Ctxt {
            errors: RefCell::new(Some(Vec::new())),
        }
    }

    pub fn error(&self, pointer: impl Into<String>, message: impl Into<String>) {
        // A component lowered for both sides would report its problems twice.
        let error = Error::new(pointer, message);
        if let Some(errors) = self.errors.borrow_mut().as_mut()
            && !errors.contains(&error)
        {
            errors.push(error);
        }
    }

    /// Every problem recorded, or `Ok` if there were none.
    pub fn check(self) -> Result<(), Vec<Error>> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        debug_assert!(
            std::thread::panicking() || self.errors.borrow().as_ref().is_none_or(Vec::is_empty),
            "schema errors were recorded but never reported"
        );
    }
}
