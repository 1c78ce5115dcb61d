//! Every conference of a listing as a [`Stream`], fetching pages as they are needed.

use std::collections::{HashSet, VecDeque};
use std::error::Error as StdError;
use std::fmt;
use std::future::{Future, IntoFuture};
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
    /// yielded already. Each page is one call with the client's timeout and retry
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
            followed: HashSet::new(),
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
    /// The queries of the links followed so far, to stop a server that loops.
    followed: HashSet<String>,
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
        // Relative links are read against the client's base URL; only the query is used.
        let query = self
            .client
            .inner
            .base_url
            .join(link)
            .ok()
            .and_then(|url| url.query().map(str::to_owned))
            .filter(|query| !query.is_empty())
            .ok_or_else(|| PageErrorCause::Link {
                link: crate::validation::excerpt(link),
                problem: "it has no query to ask for the next page with",
            })?;
        if !self.followed.insert(query.clone()) {
            return Err(PageErrorCause::Link {
                link: crate::validation::excerpt(link),
                problem: "it repeats a page already fetched",
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
    /// Buffers a page's conferences and decides what comes after them.
    fn take_page(&mut self, response: ListConferencesResponse) {
        self.next = match self.next_query(response.links.next.as_deref()) {
            Ok(Some(query)) => Next::Link(query),
            Ok(None) => Next::Done,
            // The page's conferences are good: they come first, the error after them.
            Err(cause) => Next::Failed(self.error(cause)),
        };
        self.buffered.extend(response.data);
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
}

impl PageError {
    /// The number of the page that failed, from 1. For an unusable `next` link, the
    /// page that gave it.
    pub fn page(&self) -> u32 {
        self.page
    }

    /// How many conferences the stream yielded before this error.
    pub fn yielded(&self) -> u64 {
        self.yielded
    }

    /// The failed call's error; `None` when the page before gave a `next` link that
    /// cannot be followed.
    pub fn call_error(&self) -> Option<&Error> {
        match &self.cause {
            PageErrorCause::Call(error) => Some(error),
            PageErrorCause::Link { .. } => None,
        }
    }

    /// The failed call's error, owned; `None` for an unusable `next` link.
    pub fn into_call_error(self) -> Option<Error> {
        match self.cause {
            PageErrorCause::Call(error) => Some(error),
            PageErrorCause::Link { .. } => None,
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
        }
    }
}

impl StdError for PageError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.call_error()
            .map(|error| error as &(dyn StdError + 'static))
    }
}
