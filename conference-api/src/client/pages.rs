//! Every conference of a listing as a [`Stream`], fetching pages as they are needed.

use std::collections::{HashSet, VecDeque};
use std::error::Error as StdError;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::hash::{BuildHasher, RandomState};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_core::Stream;

use crate::{
    Api, Client, Conference, Error, ListConferencesResponse, ListVideoConferencesParams,
    RetryPolicy,
};

type PageFuture<'a> =
    Pin<Box<dyn Future<Output = Result<ListConferencesResponse, Error>> + Send + 'a>>;

impl Client {
    /// Every conference that `params` selects, as a [`Stream`] that fetches one page
    /// at a time, when the items of the page before have been taken.
    ///
    /// The first page is asked for with `params`; each further page with the query of
    /// the page's `links.next`, sent to this client's base URL (never to the link's
    /// host, so credentials cannot follow a link elsewhere). The stream ends after the
    /// page without a `next` link. A failed page ends it with one [`PageError`] that
    /// says which page failed; the conferences of the pages before it have been
    /// yielded already.
    ///
    /// A server that never reaches a last page ends the stream with a [`PageError`]
    /// too: a `next` link that repeats one followed before (the last
    /// [`ConferenceStream::REMEMBERED`] links are remembered),
    /// [`ConferenceStream::MAX_PAGES_WITHOUT_PROGRESS`] pages in a row with no
    /// conference not yielded before (empty pages, or pages that repeat earlier ones,
    /// whose conferences are not yielded twice), or more pages than
    /// [`ConferenceStream::max_pages`] allows ([`ConferenceStream::DEFAULT_MAX_PAGES`]
    /// by default). Each page is one call with the client's timeout and retry
    /// policy (listing is idempotent: see [`RetryPolicy`]), or the ones set on the
    /// stream.
    ///
    /// ```no_run
    /// use futures_util::TryStreamExt;
    /// use conference_api::{Client, ListVideoConferencesParams, PageSize};
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
    pub fn list_all_video_conferences(
        &self,
        params: &ListVideoConferencesParams,
    ) -> ConferenceStream<'_> {
        ConferenceStream {
            client: self,
            params: params.clone(),
            timeout: None,
            retry: None,
            buffered: VecDeque::new(),
            next: Next::First,
            page: 0,
            yielded: 0,
            max_pages: Some(ConferenceStream::DEFAULT_MAX_PAGES),
            without_progress: 0,
            digests: RandomState::new(),
            followed: Remembered::default(),
            seen: Remembered::default(),
        }
    }
}

/// The stream of [`Client::list_all_video_conferences`]: yields each
/// [`Conference`], then `None` after the last page, or one [`PageError`].
#[must_use = "a stream does nothing until it is polled"]
pub struct ConferenceStream<'a> {
    client: &'a Client,
    params: ListVideoConferencesParams,
    timeout: Option<Option<Duration>>,
    retry: Option<RetryPolicy>,
    /// The conferences of the last page not yet yielded.
    buffered: VecDeque<Conference>,
    next: Next<'a>,
    /// The number of the page being fetched or last fetched, from 1.
    page: u32,
    /// How many conferences have been yielded.
    yielded: u64,
    /// The most pages to fetch; `None`: no limit.
    max_pages: Option<u32>,
    /// How many pages in a row brought no conference not seen before.
    without_progress: u32,
    /// Hashes links and IDs into the digests below (keyed per stream).
    digests: RandomState,
    /// Digests of the queries of the links followed, to stop a server that loops.
    followed: Remembered,
    /// Digests of the IDs of the conferences yielded, to see pages that bring nothing new.
    seen: Remembered,
}

/// The last [`ConferenceStream::REMEMBERED`] digests of a stream: fixed-size hashes
/// rather than the values, so a server's long links or many pages cannot fill memory.
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
        if self.order.len() > ConferenceStream::REMEMBERED
            && let Some(oldest) = self.order.pop_front()
        {
            self.set.remove(&oldest);
        }
        true
    }
}

/// What the stream does once its buffer is empty.
enum Next<'a> {
    /// Ask for the first page, with the stream's parameters.
    First,
    /// Ask for the page of this query, a `next` link's.
    Link(String),
    /// Wait for a page.
    Fetching(PageFuture<'a>),
    /// Yield this error, then end.
    Failed(PageError),
    /// End.
    Done,
}

impl ConferenceStream<'_> {
    /// How many pages a stream fetches at most by default: with SignalWire's default page
    /// size (50) that is 500,000 conferences, far beyond a project's, and it stops a
    /// server that never gives a last page after minutes rather than never.
    pub const DEFAULT_MAX_PAGES: u32 = 10_000;

    /// After this many pages in a row that bring no conference not yielded before
    /// (empty pages, or repeated ones) and still have a `next` link, the stream ends
    /// with a [`PageError`]. Not one: a server that filters pages after cutting them
    /// can answer an empty page before the next full one.
    pub const MAX_PAGES_WITHOUT_PROGRESS: u32 = 5;

    /// How many links and conference IDs the stream remembers (as 64-bit digests, a
    /// few dozen KiB) to see a loop or a repeated page. A loop longer than that is
    /// stopped by the rule of pages without progress or by the page limit.
    pub const REMEMBERED: usize = 4096;

    /// The most pages to fetch: a listing with more ends with a [`PageError`] after
    /// page `pages` (its conferences yielded). `None`: no limit. Default:
    /// [`DEFAULT_MAX_PAGES`](Self::DEFAULT_MAX_PAGES). `0` counts as `1`.
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
}

impl<'a> ConferenceStream<'a> {
    /// Starts the call of the next page: `params` for the first, else a link's query.
    fn fetch(&self, link_query: Option<String>) -> PageFuture<'a> {
        let client: &'a Client = self.client;
        let mut call = client.list_video_conferences(&self.params);
        if let Some(timeout) = self.timeout {
            call = call.timeout(timeout);
        }
        if let Some(policy) = self.retry {
            call = call.retry(policy);
        }
        if let Some(query) = link_query {
            call = call.with_raw_query(query);
        }
        call.into_future()
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
        if self.without_progress >= Self::MAX_PAGES_WITHOUT_PROGRESS {
            return Err(PageErrorCause::NoProgress {
                pages: self.without_progress,
            });
        }
        Ok(Some(query))
    }
}

impl Stream for ConferenceStream<'_> {
    type Item = Result<Conference, PageError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(conference) = this.buffered.pop_front() {
                this.yielded += 1;
                return Poll::Ready(Some(Ok(conference)));
            }
            let link_query = match std::mem::replace(&mut this.next, Next::Done) {
                Next::Done => return Poll::Ready(None),
                Next::Failed(error) => return Poll::Ready(Some(Err(error))),
                Next::First => None,
                Next::Link(query) => Some(query),
                Next::Fetching(mut page) => {
                    match page.as_mut().poll(cx) {
                        Poll::Pending => this.next = Next::Fetching(page),
                        Poll::Ready(Ok(response)) => this.take_page(response),
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
            this.next = Next::Fetching(this.fetch(link_query));
        }
    }
}

impl ConferenceStream<'_> {
    /// Buffers a page's conferences (unless it only repeats conferences yielded
    /// before) and decides what comes after them.
    fn take_page(&mut self, response: ListConferencesResponse) {
        let mut new = false;
        for conference in &response.data {
            new |= self.seen.insert(self.digests.hash_one(conference.id));
        }
        if new {
            self.without_progress = 0;
            self.buffered.extend(response.data);
        } else {
            self.without_progress += 1;
        }
        // After the buffering: an error counts the page's conferences, which come first.
        self.next = match self.next_query(response.links.next.as_deref()) {
            Ok(Some(query)) => Next::Link(query),
            Ok(None) => Next::Done,
            Err(cause) => Next::Failed(self.error(cause)),
        };
    }

    fn error(&self, cause: PageErrorCause) -> PageError {
        PageError {
            page: self.page,
            yielded: self.yielded + self.buffered.len() as u64,
            cause,
        }
    }
}

impl fmt::Debug for ConferenceStream<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConferenceStream")
            .field("params", &self.params)
            .field("page", &self.page)
            .field("yielded", &self.yielded)
            .field("buffered", &self.buffered.len())
            .finish_non_exhaustive()
    }
}

/// Why a listing stopped before its last page: the page that failed, and the failure.
#[derive(Debug)]
pub struct PageError {
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
    /// This many pages in a row brought no conference not yielded before.
    NoProgress { pages: u32 },
}

impl PageError {
    /// The number of the page that failed, from 1. For an unusable `next` link, a
    /// server that makes no progress, or the page limit, the last page fetched.
    pub fn page(&self) -> u32 {
        self.page
    }

    /// How many conferences the stream yielded before this error.
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
        let (page, yielded) = (self.page, self.yielded);
        match &self.cause {
            PageErrorCause::Call(error) => write!(
                f,
                "listing video conferences stopped at page {page} ({yielded} conferences \
                 were listed before it): {error}"
            ),
            PageErrorCause::Link { link, problem } => write!(
                f,
                "listing video conferences stopped after page {page} ({yielded} conferences \
                 were listed): its next link {link} cannot be followed: {problem}"
            ),
            PageErrorCause::TooManyPages { limit } => write!(
                f,
                "listing video conferences stopped after page {page} ({yielded} conferences \
                 were listed): it still had a next link, and the stream fetches at most \
                 {limit} pages (ConferenceStream::max_pages)"
            ),
            PageErrorCause::NoProgress { pages } => write!(
                f,
                "listing video conferences stopped after page {page} ({yielded} conferences \
                 were listed): the server is not advancing, its last {pages} pages brought \
                 no conference not listed before (empty or repeated pages)"
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

    /// Issue 21: the links and IDs a stream remembers take a fixed amount of memory,
    /// however many pages a server sends.
    #[test]
    fn a_stream_remembers_a_bounded_window_of_digests() {
        let mut remembered = Remembered::default();
        let total = ConferenceStream::REMEMBERED as u64 + 100;
        for digest in 0..total {
            assert!(remembered.insert(digest));
        }
        assert_eq!(remembered.set.len(), ConferenceStream::REMEMBERED);
        assert_eq!(remembered.order.len(), ConferenceStream::REMEMBERED);
        // The latest are remembered, the oldest forgotten.
        assert!(!remembered.insert(total - 1));
        assert!(remembered.insert(0));
    }
}
