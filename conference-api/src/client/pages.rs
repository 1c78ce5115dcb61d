//! Every item of a listing as a [`Stream`], fetching pages as they are needed.
//!
//! Generated code makes one [`PageStream`] per list operation that pages the way
//! SignalWire pages (a `data` array and a `links.next` link): it gives the stream how to
//! make the operation's call and how to take a page apart; the rules that end a
//! listing live here, once.

use std::collections::{HashSet, VecDeque};
use std::error::Error as StdError;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::hash::{BuildHasher, DefaultHasher, Hasher, RandomState};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_core::Stream;
use serde::Serialize;

use crate::{Call, Client, Error, RetryPolicy};

/// How many pages a [`PageStream`] fetches at most by default: with SignalWire's default
/// page size (50) that is 500,000 items, far beyond a project's, and it stops a server
/// that never gives a last page after minutes rather than never.
pub const DEFAULT_MAX_PAGES: u32 = 10_000;

/// After this many pages in a row that bring no item not yielded before (empty pages,
/// or repeated ones) and still have a `next` link, a [`PageStream`] ends with a
/// [`PageError`]. Not one: a server that filters pages after cutting them can answer an
/// empty page before the next full one.
pub const MAX_PAGES_WITHOUT_PROGRESS: u32 = 5;

/// How many links and item keys a [`PageStream`] remembers (as 64-bit digests, a few
/// dozen KiB) to see a loop or a repeated page. A loop longer than that is stopped by
/// [`MAX_PAGES_WITHOUT_PROGRESS`] or by the page limit.
pub const REMEMBERED_DIGESTS: usize = 4096;

/// One page taken apart: its items and its `next` link.
type Page<T> = (Vec<T>, Option<String>);

type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send + 'a>>;

/// Starts the call of a page: the operation's call with the stream's options, and a
/// `next` link's query instead of the parameters after the first page.
type Fetch<'a, T> = Box<dyn Fn(PageOptions) -> PageFuture<'a, T> + Send + 'a>;

struct PageOptions {
    query: Option<String>,
    timeout: Option<Option<Duration>>,
    retry: Option<RetryPolicy>,
}

/// Every item of a list operation, as a [`Stream`] that fetches one page at a time,
/// when the items of the page before have been taken. Generated for each list
/// operation that pages the way SignalWire pages (`list_all_video_conferences` for
/// `list_video_conferences`); it yields each item, then `None` after the last page, or
/// one [`PageError`].
///
/// The first page is asked for with the method's parameters; each further page with
/// the query of the page's `links.next`, sent to the operation's path on the client's
/// base URL (never to the link's host or path, so credentials cannot follow a link
/// elsewhere). The stream ends after the page without a `next` link. A failed page
/// ends it with one [`PageError`] that says which page failed; the items of the pages
/// before it have been yielded already.
///
/// A server that never reaches a last page ends the stream with a [`PageError`] too: a
/// `next` link that repeats one followed before (the last [`REMEMBERED_DIGESTS`] links
/// are remembered), [`MAX_PAGES_WITHOUT_PROGRESS`] pages in a row with no item not
/// yielded before (empty pages, or pages that repeat earlier ones, whose items are not
/// yielded twice), or more pages than [`PageStream::max_pages`] allows
/// ([`DEFAULT_MAX_PAGES`] by default). An item is known by its `id` when its schema has
/// one, else by its whole value. Each page is one call with the client's timeout and
/// retry policy (listing is idempotent: see [`RetryPolicy`]), or the ones set on the
/// stream.
///
/// ```no_run
/// use futures_util::TryStreamExt;
/// use conference_api::{Api, Client, ListVideoConferencesParams, PageSize};
///
/// # async fn run(client: Client) -> Result<(), Box<dyn std::error::Error>> {
/// let params = ListVideoConferencesParams {
///     page_size: Some(PageSize::new(100)?),
///     ..Default::default()
/// };
/// let mut conferences = client.list_all_video_conferences(&params);
/// while let Some(conference) = conferences.try_next().await? {
///     println!("{} {}", conference.id, conference.name);
/// }
/// # Ok(()) }
/// ```
#[must_use = "a stream does nothing until it is polled"]
pub struct PageStream<'a, T> {
    client: &'a Client,
    operation: &'static str,
    fetch: Fetch<'a, T>,
    key: fn(&T, &mut ItemDigest),
    timeout: Option<Option<Duration>>,
    retry: Option<RetryPolicy>,
    /// The items of the last page not yet yielded.
    buffered: VecDeque<T>,
    next: Next<'a, T>,
    /// The number of the page being fetched or last fetched, from 1.
    page: u32,
    /// How many items have been yielded.
    yielded: u64,
    /// The most pages to fetch; `None`: no limit.
    max_pages: Option<u32>,
    /// How many pages in a row brought no item not seen before.
    without_progress: u32,
    /// Hashes links and keys into the digests below (keyed per stream).
    digests: RandomState,
    /// Digests of the queries of the links followed, to stop a server that loops.
    followed: Remembered,
    /// Digests of the keys of the items yielded, to see pages that bring nothing new.
    seen: Remembered,
}

// Items are only moved in and out of the buffer, never pinned.
impl<T> Unpin for PageStream<'_, T> {}

/// What identifies an item to a [`PageStream`]: generated code gives it the item's
/// `id`, or the whole item when its schema has no `id`, and the stream keeps a digest.
#[doc(hidden)]
pub struct ItemDigest(DefaultHasher);

impl ItemDigest {
    /// The item is known by this ID.
    pub fn id<V: Serialize + ?Sized>(&mut self, id: &V) {
        self.write(0, id);
    }

    /// The item is known by its whole value.
    pub fn item<V: Serialize + ?Sized>(&mut self, item: &V) {
        self.write(1, item);
    }

    /// The item is known by its ID when it has one, else by its whole value.
    pub fn id_or_item<I: Serialize + ?Sized, V: Serialize + ?Sized>(
        &mut self,
        id: Option<&I>,
        item: &V,
    ) {
        match id {
            Some(id) => self.id(id),
            None => self.item(item),
        }
    }

    /// The value's JSON, fed to the hasher without building it.
    fn write<V: Serialize + ?Sized>(&mut self, kind: u8, value: &V) {
        struct Feed<'h>(&'h mut DefaultHasher);
        impl std::io::Write for Feed<'_> {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.write(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        self.0.write_u8(kind);
        // Response types serialize without failing; were one to fail, the digest of
        // what was written still tells most items apart.
        let _ = serde_json::to_writer(Feed(&mut self.0), value);
    }
}

/// The last [`REMEMBERED_DIGESTS`] digests of a stream: fixed-size hashes rather than
/// the values, so a server's long links or many pages cannot fill memory.
#[derive(Default)]
struct Remembered {
    set: HashSet<u64>,
    order: VecDeque<u64>,
}

impl Remembered {
    /// Remembers `digest`, forgetting the oldest beyond the window; false if it was
    /// remembered already.
    fn insert(&mut self, digest: u64) -> bool {
        if !self.set.insert(digest) {
            return false;
        }
        self.order.push_back(digest);
        if self.order.len() > REMEMBERED_DIGESTS
            && let Some(oldest) = self.order.pop_front()
        {
            self.set.remove(&oldest);
        }
        true
    }
}

/// What the stream does once its buffer is empty.
enum Next<'a, T> {
    /// Ask for the first page, with the stream's parameters.
    First,
    /// Ask for the page of this query, a `next` link's.
    Link(String),
    /// Wait for a page.
    Fetching(PageFuture<'a, T>),
    /// Yield this error, then end.
    Failed(PageError),
    /// End.
    Done,
}

impl<'a, T: Send + 'a> PageStream<'a, T> {
    /// Called by generated methods: `call` makes the operation's call with the method's
    /// parameters, `split` takes a page apart into its items and its `next` link, `key`
    /// says what identifies an item.
    #[doc(hidden)]
    pub fn new<P: Send + 'a>(
        call: impl Fn() -> Call<'a, P> + Send + 'a,
        split: fn(P) -> Page<T>,
        key: fn(&T, &mut ItemDigest),
    ) -> Self {
        // The call knows its client and operation; making one sends nothing.
        let (client, operation) = call().origin();
        let fetch = move |options: PageOptions| -> PageFuture<'a, T> {
            let mut call = call();
            if let Some(timeout) = options.timeout {
                call = call.timeout(timeout);
            }
            if let Some(policy) = options.retry {
                call = call.retry(policy);
            }
            if let Some(query) = options.query {
                call = call.with_raw_query(query);
            }
            let page = call.into_future();
            Box::pin(async move { page.await.map(split) })
        };
        PageStream {
            client,
            operation,
            fetch: Box::new(fetch),
            key,
            timeout: None,
            retry: None,
            buffered: VecDeque::new(),
            next: Next::First,
            page: 0,
            yielded: 0,
            max_pages: Some(DEFAULT_MAX_PAGES),
            without_progress: 0,
            digests: RandomState::new(),
            followed: Remembered::default(),
            seen: Remembered::default(),
        }
    }
}

impl<T> PageStream<'_, T> {
    /// The most pages to fetch: a listing with more ends with a [`PageError`] after
    /// page `pages` (its items yielded). `None`: no limit. Default:
    /// [`DEFAULT_MAX_PAGES`]. `0` counts as `1`.
    pub fn max_pages(mut self, pages: impl Into<Option<u32>>) -> Self {
        self.max_pages = pages.into().map(|pages| pages.max(1));
        self
    }

    /// Each page call's whole-call timeout, instead of the client's; `None`: no limit.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = Some(timeout.into());
        self
    }

    /// Each page call's retry policy, instead of the client's.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// How many pages have been asked for so far.
    pub fn pages_fetched(&self) -> u32 {
        self.page
    }

    /// The query of `links.next` to follow after the current page, `None` at the end.
    fn next_query(&mut self, next: Option<&str>) -> Result<Option<String>, PageErrorCause> {
        let Some(link) = next.filter(|link| !link.is_empty()) else {
            return Ok(None);
        };
        let unusable = |problem| PageErrorCause::Link {
            link: crate::types::validation::excerpt(&self.client.inner.redactor.redact(link)),
            problem,
        };
        // Relative links are read against the client's base URL; only the query is used.
        let query = self
            .client
            .inner
            .base_url
            .join(link)
            .ok()
            .and_then(|url| url.query().map(str::to_owned))
            .filter(|query| !query.is_empty())
            .ok_or_else(|| unusable("it has no query to ask for the next page with"))?;
        if !self.followed.insert(self.digests.hash_one(&query)) {
            return Err(unusable("it repeats a page already fetched"));
        }
        if self.max_pages.is_some_and(|max| self.page >= max) {
            return Err(PageErrorCause::TooManyPages { limit: self.page });
        }
        if self.without_progress >= MAX_PAGES_WITHOUT_PROGRESS {
            return Err(PageErrorCause::NoProgress {
                pages: self.without_progress,
            });
        }
        Ok(Some(query))
    }

    /// Buffers a page's items (unless it only repeats items yielded before) and
    /// decides what comes after them.
    fn take_page(&mut self, (items, next): Page<T>) {
        let mut new = false;
        for item in &items {
            let mut digest = ItemDigest(self.digests.build_hasher());
            (self.key)(item, &mut digest);
            new |= self.seen.insert(digest.0.finish());
        }
        if new {
            self.without_progress = 0;
            self.buffered.extend(items);
        } else {
            self.without_progress += 1;
        }
        // After the buffering: an error counts the page's items, which come first.
        self.next = match self.next_query(next.as_deref()) {
            Ok(Some(query)) => Next::Link(query),
            Ok(None) => Next::Done,
            Err(cause) => Next::Failed(self.error(cause)),
        };
    }

    fn error(&self, cause: PageErrorCause) -> PageError {
        PageError {
            operation: self.operation,
            page: self.page,
            yielded: self.yielded + self.buffered.len() as u64,
            cause,
        }
    }
}

impl<T> Stream for PageStream<'_, T> {
    type Item = Result<T, PageError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffered.pop_front() {
                this.yielded += 1;
                return Poll::Ready(Some(Ok(item)));
            }
            let query = match std::mem::replace(&mut this.next, Next::Done) {
                Next::Done => return Poll::Ready(None),
                Next::Failed(error) => return Poll::Ready(Some(Err(error))),
                Next::First => None,
                Next::Link(query) => Some(query),
                Next::Fetching(mut page) => {
                    match page.as_mut().poll(cx) {
                        Poll::Pending => this.next = Next::Fetching(page),
                        Poll::Ready(Ok(page)) => this.take_page(page),
                        Poll::Ready(Err(error)) => {
                            this.next = Next::Failed(this.error(PageErrorCause::Call(error)));
                        }
                    }
                    if matches!(this.next, Next::Fetching(_)) {
                        return Poll::Pending;
                    }
                    continue;
                }
            };
            this.page += 1;
            this.next = Next::Fetching((this.fetch)(PageOptions {
                query,
                timeout: this.timeout,
                retry: this.retry,
            }));
        }
    }
}

impl<T> fmt::Debug for PageStream<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageStream")
            .field("operation", &self.operation)
            .field("page", &self.page)
            .field("yielded", &self.yielded)
            .field("buffered", &self.buffered.len())
            .finish_non_exhaustive()
    }
}

/// Why a listing stopped before its last page: the operation, the page that failed,
/// and the failure.
#[derive(Debug)]
pub struct PageError {
    operation: &'static str,
    page: u32,
    yielded: u64,
    cause: PageErrorCause,
}

#[derive(Debug)]
enum PageErrorCause {
    /// The page's call failed.
    Call(Error),
    /// The page before answered a `next` link that cannot be followed.
    Link { link: String, problem: &'static str },
    /// The page limit was reached and the last page still had a `next` link.
    TooManyPages { limit: u32 },
    /// This many pages in a row brought no item not yielded before.
    NoProgress { pages: u32 },
}

impl PageError {
    /// The listed operation's `operationId` (`list_video_conferences`).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The number of the page that failed, from 1. For an unusable `next` link, a
    /// server that makes no progress, or the page limit, the last page fetched.
    pub fn page(&self) -> u32 {
        self.page
    }

    /// How many items the stream yielded before this error.
    pub fn yielded(&self) -> u64 {
        self.yielded
    }

    /// The failed call's error; `None` when the stream stopped without a failed call
    /// (a `next` link that cannot be followed, no progress, the page limit).
    pub fn call_error(&self) -> Option<&Error> {
        match &self.cause {
            PageErrorCause::Call(error) => Some(error),
            _ => None,
        }
    }

    /// The failed call's error, owned; `None` when the stream stopped without a
    /// failed call.
    pub fn into_call_error(self) -> Option<Error> {
        match self.cause {
            PageErrorCause::Call(error) => Some(error),
            _ => None,
        }
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (operation, page, yielded) = (self.operation, self.page, self.yielded);
        match &self.cause {
            PageErrorCause::Call(error) => write!(
                f,
                "listing {operation} stopped at page {page} ({yielded} items were listed \
                 before it): {error}"
            ),
            PageErrorCause::Link { link, problem } => write!(
                f,
                "listing {operation} stopped after page {page} ({yielded} items were \
                 listed): its next link {link} cannot be followed: {problem}"
            ),
            PageErrorCause::TooManyPages { limit } => write!(
                f,
                "listing {operation} stopped after page {page} ({yielded} items were \
                 listed): it still had a next link, and the stream fetches at most \
                 {limit} pages (PageStream::max_pages)"
            ),
            PageErrorCause::NoProgress { pages } => write!(
                f,
                "listing {operation} stopped after page {page} ({yielded} items were \
                 listed): the server is not advancing, its last {pages} pages brought \
                 no item not listed before (empty or repeated pages)"
            ),
        }
    }
}

impl StdError for PageError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.call_error()
            .map(|error| error as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 21: the links and keys a stream remembers take a fixed amount of memory,
    /// however many pages a server sends.
    #[test]
    fn a_stream_remembers_a_bounded_window_of_digests() {
        let mut remembered = Remembered::default();
        let total = REMEMBERED_DIGESTS as u64 + 100;
        for digest in 0..total {
            assert!(remembered.insert(digest));
        }
        assert_eq!(remembered.set.len(), REMEMBERED_DIGESTS);
        assert_eq!(remembered.order.len(), REMEMBERED_DIGESTS);
        // The latest are remembered, the oldest forgotten.
        assert!(!remembered.insert(total - 1));
        assert!(remembered.insert(0));
    }

    /// Items are told apart by their key: an ID, else the whole value, and an ID never
    /// stands for the same value's digest.
    #[test]
    fn item_digests_follow_the_key() {
        let state = RandomState::new();
        let of = |key: &dyn Fn(&mut ItemDigest)| {
            let mut digest = ItemDigest(state.build_hasher());
            key(&mut digest);
            digest.0.finish()
        };
        assert_eq!(of(&|d| d.id("a")), of(&|d| d.id("a")));
        assert_ne!(of(&|d| d.id("a")), of(&|d| d.id("b")));
        assert_ne!(of(&|d| d.id("a")), of(&|d| d.item("a")));
        assert_eq!(
            of(&|d| d.id_or_item(None::<&str>, &[1, 2])),
            of(&|d| d.item(&[1, 2]))
        );
        assert_eq!(
            of(&|d| d.id_or_item(Some("x"), &[1, 2])),
            of(&|d| d.id("x"))
        );
    }
}
