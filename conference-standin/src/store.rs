//! The conferences a stand-in keeps, and how `GET /api/video/conferences` pages
//! through them.
//!
//! Every conference gets a sequence number when it is created (1, 2, 3, …; never
//! reused), and listings are in that order: creation order, oldest first. A page token
//! is a cursor: the listing's upper bound (the first sequence number *not* in the
//! listing, fixed when its first page was asked for), the position the page starts
//! after (or ends before, for a `prev` link) and the page number it is for, with a
//! keyed checksum so that a token this server did not give is refused. Conferences
//! created while a listing is paged have sequence numbers at or above its bound, so
//! they never appear in it; a deletion does not move the other conferences' positions,
//! so pages neither repeat nor skip conferences either way.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, RandomState};
use std::ops::Bound;

use conference_api::{
    Conference, DateTime, ListConferencesResponse, ListVideoConferencesParams, OrUnknown,
    PageNumber, PageSize, PaginationLinks, RestApiErrorItem, Uuid,
};

use crate::conference::item;

/// The stand-in's conferences, in creation order.
pub(crate) struct Store {
    /// By sequence number: creation order.
    conferences: BTreeMap<u64, Conference>,
    by_id: HashMap<Uuid, u64>,
    by_name: HashMap<String, u64>,
    /// The sequence number of the next conference.
    next: u64,
    /// The key of page tokens' checksums: random per stand-in.
    token_key: RandomState,
    /// The most conferences it keeps at once.
    limit: usize,
}

impl Store {
    /// An empty store that keeps at most `limit` conferences.
    pub(crate) fn new(limit: usize) -> Self {
        Store {
            conferences: BTreeMap::new(),
            by_id: HashMap::new(),
            by_name: HashMap::new(),
            next: 1,
            token_key: RandomState::new(),
            limit,
        }
    }

    /// The most conferences it keeps at once.
    pub(crate) fn limit(&self) -> usize {
        self.limit
    }

    /// Whether it keeps as many conferences as it may: a new one needs a delete first.
    pub(crate) fn is_full(&self) -> bool {
        self.conferences.len() >= self.limit
    }

    /// Whether a conference has this name.
    pub(crate) fn name_taken(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// The sequence number the next conference gets: how many were created so far,
    /// plus 1.
    pub(crate) fn next_sequence(&self) -> u64 {
        self.next
    }

    /// Keeps a new conference (its ID and name must be free: see
    /// [`name_taken`](Self::name_taken); and there must be room: see
    /// [`is_full`](Self::is_full)).
    pub(crate) fn insert(&mut self, conference: Conference) {
        let seq = self.next;
        self.next += 1;
        self.by_id.insert(conference.id, seq);
        self.by_name.insert(conference.name.clone(), seq);
        self.conferences.insert(seq, conference);
    }

    pub(crate) fn get(&self, id: &Uuid) -> Option<&Conference> {
        self.by_id.get(id).and_then(|seq| self.conferences.get(seq))
    }

    pub(crate) fn get_mut(&mut self, id: &Uuid) -> Option<&mut Conference> {
        let seq = self.by_id.get(id)?;
        self.conferences.get_mut(seq)
    }

    /// Forgets a conference (its name becomes free); `false` if there was none.
    pub(crate) fn remove(&mut self, id: &Uuid) -> bool {
        let Some(seq) = self.by_id.remove(id) else {
            return false;
        };
        if let Some(conference) = self.conferences.remove(&seq) {
            self.by_name.remove(&conference.name);
        }
        true
    }

    /// Every conference, in list order.
    pub(crate) fn all(&self) -> Vec<Conference> {
        self.conferences.values().cloned().collect()
    }

    /// The page a listing query asks for, or the 422 items of its invalid parameters.
    /// `base` is the listing's absolute URL, without a query.
    pub(crate) fn list(
        &self,
        query: Option<&str>,
        base: &str,
    ) -> Result<ListConferencesResponse, Vec<RestApiErrorItem>> {
        let request = ListQuery::parse(query, &self.token_key, self.next)?;
        let matches = |conference: &Conference| request.filters.matches(conference);
        let upper = request.cursor.upper;
        let size = usize::try_from(request.size).unwrap_or(usize::MAX);
        let page: Vec<(u64, &Conference)> = match request.cursor.position {
            Position::From(start) => self
                .conferences
                .range(start..upper.max(start))
                .filter(|(_, conference)| matches(conference))
                .take(size)
                .map(|(seq, conference)| (*seq, conference))
                .collect(),
            Position::Before(end) => {
                let mut page: Vec<(u64, &Conference)> = self
                    .conferences
                    .range(..end.min(upper))
                    .rev()
                    .filter(|(_, conference)| matches(conference))
                    .take(size)
                    .map(|(seq, conference)| (*seq, conference))
                    .collect();
                page.reverse();
                page
            }
        };
        // Where the next page starts and the previous one ends.
        let (after, before) = match (page.first(), page.last()) {
            (Some((first, _)), Some((last, _))) => (last + 1, *first),
            _ => match request.cursor.position {
                Position::From(start) => (start, start),
                Position::Before(end) => (end, end),
            },
        };
        let has_next = self
            .conferences
            .range((Bound::Included(after), Bound::Excluded(upper.max(after))))
            .any(|(_, conference)| matches(conference));
        let link = |number: u32, cursor: Option<Cursor>| {
            let token = cursor.map(|cursor| cursor.token(&self.token_key));
            request.link(base, number, token.as_deref())
        };
        let number = request.number;
        let links = PaginationLinks {
            self_: request.link(base, number, request.token.as_deref()),
            first: link(0, None),
            next: has_next.then(|| {
                link(
                    number.saturating_add(1),
                    Some(Cursor {
                        number: number.saturating_add(1),
                        position: Position::From(after),
                        upper,
                    }),
                )
            }),
            prev: (number > 0).then(|| {
                link(
                    number - 1,
                    Some(Cursor {
                        number: number - 1,
                        position: Position::Before(before),
                        upper,
                    }),
                )
            }),
        };
        let data = page
            .into_iter()
            .map(|(_, conference)| conference.clone())
            .collect();
        Ok(ListConferencesResponse { links, data })
    }
}

/// Where a page is in its listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Position {
    /// The first `page_size` conferences with a sequence number from this one on.
    From(u64),
    /// The last `page_size` conferences with a sequence number below this one.
    Before(u64),
}

/// What a page token stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Cursor {
    /// The page number the token is for.
    number: u32,
    position: Position,
    /// The first sequence number not in the listing.
    upper: u64,
}

impl Cursor {
    /// `PT<number>-<f|b><position>-<upper>-<checksum>`, all in hex.
    fn token(&self, key: &RandomState) -> String {
        let (direction, position) = match self.position {
            Position::From(at) => ('f', at),
            Position::Before(at) => ('b', at),
        };
        format!(
            "PT{:x}-{direction}{position:x}-{:x}-{:016x}",
            self.number,
            self.upper,
            key.hash_one(self)
        )
    }

    /// The cursor of a token this server gave, `None` for any other text.
    fn from_token(token: &str, key: &RandomState) -> Option<Cursor> {
        let mut parts = token.strip_prefix("PT")?.split('-');
        let number = u32::from_str_radix(parts.next()?, 16).ok()?;
        let position = parts.next()?;
        let upper = u64::from_str_radix(parts.next()?, 16).ok()?;
        let checksum = u64::from_str_radix(parts.next()?, 16).ok()?;
        if parts.next().is_some() {
            return None;
        }
        let at = |text: &str| u64::from_str_radix(text, 16).ok();
        let position = if let Some(at_text) = position.strip_prefix('f') {
            Position::From(at(at_text)?)
        } else {
            Position::Before(at(position.strip_prefix('b')?)?)
        };
        let cursor = Cursor {
            number,
            position,
            upper,
        };
        (key.hash_one(cursor) == checksum).then_some(cursor)
    }
}

/// The conferences `starts_after` and `ends_before` select.
#[derive(Default)]
struct Filters {
    starts_after: Option<chrono::DateTime<chrono::Utc>>,
    ends_before: Option<chrono::DateTime<chrono::Utc>>,
}

impl Filters {
    fn matches(&self, conference: &Conference) -> bool {
        let utc = |value: &Option<OrUnknown<DateTime>>| {
            value
                .as_ref()
                .and_then(OrUnknown::known)
                .map(|value| value.into_chrono().to_utc())
        };
        let after = self
            .starts_after
            .is_none_or(|bound| utc(&conference.join_from).is_some_and(|from| from >= bound));
        let before = self
            .ends_before
            .is_none_or(|bound| utc(&conference.join_until).is_some_and(|until| until <= bound));
        after && before
    }
}

/// A listing request's parameters, checked.
struct ListQuery {
    /// The filters as given (for the links), decoded.
    given_filters: Vec<(&'static str, String)>,
    filters: Filters,
    number: u32,
    size: u32,
    /// The token as given, for the `self` link.
    token: Option<String>,
    cursor: Cursor,
}

impl ListQuery {
    /// The parameters of `query`, or one 422 item per invalid one. `next` is the
    /// sequence number the next conference will get: the bound of a new listing.
    fn parse(
        query: Option<&str>,
        key: &RandomState,
        next: u64,
    ) -> Result<ListQuery, Vec<RestApiErrorItem>> {
        const NAMES: [&str; 6] = [
            "starts_after",
            "ends_before",
            "include_active_session",
            "page_number",
            "page_size",
            "page_token",
        ];
        let mut values: [Option<String>; 6] = Default::default();
        let mut items = Vec::new();
        for (name, value) in query.map(decode_query).unwrap_or_default() {
            // Parameters the endpoint does not document are ignored, as query
            // parameters usually are.
            let Some(index) = NAMES.iter().position(|known| *known == name) else {
                continue;
            };
            if values[index].replace(value).is_some() {
                items.push(item(NAMES[index], "was given more than once"));
            }
        }
        let [
            starts_after,
            ends_before,
            include_active_session,
            page_number,
            page_size,
            page_token,
        ] = values;

        let mut filters = Filters::default();
        let mut given_filters = Vec::new();
        for (name, value, slot) in [
            ("starts_after", starts_after, &mut filters.starts_after),
            ("ends_before", ends_before, &mut filters.ends_before),
        ] {
            if let Some(value) = value {
                match timestamp(&value) {
                    Some(time) => *slot = Some(time),
                    None => items.push(item(
                        name,
                        &format!(
                            "{} is not an RFC 3339 date-time or a Unix timestamp",
                            quoted(&value)
                        ),
                    )),
                }
                given_filters.push((name, value));
            }
        }
        // The stand-in runs no sessions: the parameter is checked, and there is never an
        // active session to include.
        if let Some(value) = include_active_session {
            items.extend(boolean_item("include_active_session", &value));
            given_filters.push(("include_active_session", value));
        }
        let number = page_param(
            "page_number",
            page_number.as_deref(),
            ListVideoConferencesParams::DEFAULT_PAGE_NUMBER.get(),
            |value| PageNumber::new(value).map(PageNumber::get),
            &mut items,
        );
        let size = page_param(
            "page_size",
            page_size.as_deref(),
            ListVideoConferencesParams::DEFAULT_PAGE_SIZE.get(),
            |value| PageSize::new(value).map(PageSize::get),
            &mut items,
        );
        let cursor = match (&page_token, number) {
            (None, Some(0)) => Some(Cursor {
                number: 0,
                position: Position::From(0),
                upper: next,
            }),
            // An invalid page number: already reported.
            (None, None) => None,
            (None, Some(_)) => {
                items.push(item(
                    "page_token",
                    "is required when page_number is greater than 0",
                ));
                None
            }
            (Some(token), number) => match Cursor::from_token(token, key) {
                None => {
                    items.push(item(
                        "page_token",
                        &format!(
                            "{} is not a page token of this listing (use the links of a page)",
                            quoted(token)
                        ),
                    ));
                    None
                }
                Some(cursor) => match number {
                    Some(number) if number != cursor.number => {
                        items.push(item(
                            "page_token",
                            &format!(
                                "is the token of page_number {}, not {number}",
                                cursor.number
                            ),
                        ));
                        None
                    }
                    _ => Some(cursor),
                },
            },
        };
        match (number, size, cursor) {
            (Some(number), Some(size), Some(cursor)) if items.is_empty() => Ok(ListQuery {
                given_filters,
                filters,
                number,
                size,
                token: page_token,
                cursor,
            }),
            _ => Err(items),
        }
    }

    /// The absolute URL of page `number` of this listing.
    fn link(&self, base: &str, number: u32, token: Option<&str>) -> String {
        let mut url = format!("{base}?page_number={number}&page_size={}", self.size);
        if let Some(token) = token {
            url.push_str("&page_token=");
            encode_into(&mut url, token);
        }
        for (name, value) in &self.given_filters {
            url.push('&');
            url.push_str(name);
            url.push('=');
            encode_into(&mut url, value);
        }
        url
    }
}

/// A quoted excerpt of a value for a message (at most 60 characters of it).
pub(crate) fn quoted(value: &str) -> String {
    let mut excerpt: String = value.chars().take(60).collect();
    if excerpt.len() < value.len() {
        excerpt.push('…');
    }
    format!("{excerpt:?}")
}

/// The 422 item of a boolean query parameter whose value is neither `true` nor `false`.
pub(crate) fn boolean_item(name: &str, value: &str) -> Option<RestApiErrorItem> {
    (value != "true" && value != "false").then(|| {
        item(
            name,
            &format!("{} is not a boolean (true or false)", quoted(value)),
        )
    })
}

/// A paging parameter: `default` when not given, else the integer `text` holds if
/// `check` (the schema's type for it) accepts it; otherwise its problem is an item.
fn page_param(
    name: &str,
    text: Option<&str>,
    default: i32,
    check: impl FnOnce(i32) -> Result<i32, conference_api::ValidationError>,
    items: &mut Vec<RestApiErrorItem>,
) -> Option<u32> {
    let Some(text) = text else {
        return u32::try_from(default).ok();
    };
    match integer(text).map(|value| check(value).map_err(|error| error.problem().to_owned())) {
        Ok(Ok(value)) => u32::try_from(value).ok(),
        Ok(Err(problem)) | Err(problem) => {
            items.push(item(name, &problem));
            None
        }
    }
}

/// An integer query value, or the problem with it.
fn integer(text: &str) -> Result<i32, String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{} is not an integer", quoted(text)));
    }
    text.parse()
        .map_err(|_| format!("{} is out of range", quoted(text)))
}

/// An RFC 3339 date-time (or date) or Unix timestamp in seconds, as SignalWire
/// accepts for `starts_after` and `ends_before`.
pub(crate) fn timestamp(text: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        let seconds: i64 = text.parse().ok()?;
        return chrono::DateTime::from_timestamp(seconds, 0);
    }
    DateTime::parse(text)
        .ok()
        .map(|time| time.into_chrono().to_utc())
}

/// The pairs of a query string, decoded as HTML forms encode them (`+` is a space,
/// `%XX` a byte; invalid escapes are kept as they are, invalid UTF-8 is replaced).
pub(crate) fn decode_query(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// Appends `text` encoded as a query value (unreserved characters as they are, a
/// space as `+`, everything else `%XX`).
fn encode_into(out: &mut String, text: &str) {
    out.extend(form_urlencoded::byte_serialize(text.as_bytes()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_refuse_anything_else() {
        let key = RandomState::new();
        let cursor = Cursor {
            number: 3,
            position: Position::Before(17),
            upper: 40,
        };
        let token = cursor.token(&key);
        assert_eq!(Cursor::from_token(&token, &key), Some(cursor));
        // Another stand-in's key, a changed part, garbage.
        assert_eq!(Cursor::from_token(&token, &RandomState::new()), None);
        let forged = token.replacen("PT3-", "PT4-", 1);
        assert_eq!(Cursor::from_token(&forged, &key), None);
        for text in [
            "",
            "PT",
            "PT1-f1-1",
            "PT1-x1-1-0",
            "abc",
            "PT1-f1-1-0-0",
            "PTz-f-1-1",
        ] {
            assert_eq!(Cursor::from_token(text, &key), None, "{text:?}");
        }
    }

    #[test]
    fn query_values_are_decoded_and_encoded() {
        assert_eq!(
            decode_query("a=1&b=x+y%3A%2B&&c&d=%zz%4"),
            [
                ("a".to_owned(), "1".to_owned()),
                ("b".to_owned(), "x y:+".to_owned()),
                ("c".to_owned(), String::new()),
                ("d".to_owned(), "%zz%4".to_owned()),
            ]
        );
        let mut out = String::new();
        encode_into(&mut out, "2022-01-01T00:00:00+01:00 x");
        assert_eq!(out, "2022-01-01T00%3A00%3A00%2B01%3A00+x");
        assert_eq!(
            decode_query(&out),
            [("2022-01-01T00:00:00+01:00 x".to_owned(), String::new())]
        );
    }

    #[test]
    fn timestamps_are_rfc3339_or_unix_seconds() {
        let expected = chrono::DateTime::from_timestamp(1_640_995_200, 0);
        assert_eq!(timestamp("1640995200"), expected);
        assert_eq!(timestamp("2022-01-01T00:00:00Z"), expected);
        assert_eq!(timestamp("2022-01-01T01:00:00+01:00"), expected);
        assert_eq!(timestamp("2022-01-01"), expected);
        for bad in [
            "",
            "-",
            "yesterday",
            "1e9",
            "99999999999999999999",
            "2022-13-01",
        ] {
            assert_eq!(timestamp(bad), None, "{bad:?}");
        }
    }
}
