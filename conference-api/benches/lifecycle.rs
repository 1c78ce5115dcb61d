//! Issue 10: reading conferences back through the generated client against the same
//! calls written by hand with reqwest, in one run, against the stand-in.
//!
//! `cargo bench -p conference-api --bench lifecycle`
//!
//! The stand-in runs on a thread and runtime of its own, holding 1,000 conferences.
//! Four variants, alternating inside every round (the order rotating), all through one
//! shared `reqwest::Client` (so connection pooling is the same):
//!
//! - (a) hand-written get: `GET /api/video/conferences/{id}` with `basic_auth`, the
//!   answer decoded into a hand-written `Deserialize` struct;
//! - (b) `get_video_conference(&id, &params)`;
//! - (c) hand-written listing of all 1,000 conferences, 100 a page, following each
//!   page's `links.next` URL;
//! - (d) `list_all_video_conferences(&params)` collected, 100 a page.
//!
//! The figures are medians over the rounds; the ratios compare each generated call to
//! its hand-written twin measured in the same rounds.

// Shared with the other benches; this one times its variants with `hand_written::alternate`.
#[allow(dead_code)]
mod common;
#[path = "common/hand_written.rs"]
mod hand_written;

use std::hint::black_box;
use std::time::{Duration, Instant};

use conference_api::{
    Api, Client, Conference, GetVideoConferenceParams, ListVideoConferencesParams, PageSize,
};
use conference_standin::StandIn;
use futures_util::TryStreamExt;
use hand_written::HandConference;
use serde::Deserialize;

const CONFERENCES: usize = 1_000;
const PAGE_SIZE: i32 = 100;

#[derive(Deserialize)]
struct HandLinks {
    next: Option<String>,
}

#[derive(Deserialize)]
struct HandPage {
    links: HandLinks,
    data: Vec<HandConference>,
}

/// What the hand-written program knows: where, and who it is.
struct Hand {
    http: reqwest::Client,
    base_url: String,
    project_id: String,
    api_token: String,
}

impl Hand {
    async fn get(&self, id: &str) -> HandConference {
        let response = self
            .http
            .get(format!("{}/api/video/conferences/{id}", self.base_url))
            .basic_auth(&self.project_id, Some(&self.api_token))
            .send()
            .await
            .expect("sent");
        assert!(response.status().is_success(), "{}", response.status());
        serde_json::from_slice(&response.bytes().await.expect("read")).expect("decoded")
    }

    async fn list_all(&self) -> Vec<HandConference> {
        let mut url = format!(
            "{}/api/video/conferences?page_size={PAGE_SIZE}",
            self.base_url
        );
        let mut all = Vec::new();
        loop {
            let response = self
                .http
                .get(&url)
                .basic_auth(&self.project_id, Some(&self.api_token))
                .send()
                .await
                .expect("sent");
            assert!(response.status().is_success(), "{}", response.status());
            let page: HandPage =
                serde_json::from_slice(&response.bytes().await.expect("read")).expect("decoded");
            all.extend(page.data);
            match page.links.next {
                Some(next) => url = next,
                None => return all,
            }
        }
    }
}

fn main() {
    let quick = common::quick_mode();
    let (budget, batch) = if quick {
        (Duration::from_millis(300), 2)
    } else {
        (Duration::from_secs(30), 8)
    };

    // The stand-in, seeded, on a thread and runtime of its own.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let stand_in = StandIn::builder()
                .log_requests(false)
                .start()
                .await
                .expect("the stand-in starts");
            let seeded = stand_in.seed_conferences(CONFERENCES);
            let details = (
                stand_in.url().to_owned(),
                stand_in.project_id().to_owned(),
                stand_in.api_token().to_owned(),
                seeded[CONFERENCES / 2].id,
            );
            sender.send(details).expect("the bench waits");
            // Serve until the process ends.
            std::future::pending::<()>().await;
        });
    });
    let (base_url, project_id, api_token, id) = receiver.recv().expect("the stand-in's details");
    let base_url = base_url.trim_end_matches('/').to_owned();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let http = hand_written::plain_http_client();
    let client = Client::builder()
        .base_url(&base_url)
        .project_id(&project_id)
        .api_token(&api_token)
        .http_client(http.clone())
        .build()
        .expect("a client");
    let hand = Hand {
        http,
        base_url,
        project_id,
        api_token,
    };
    let id_text = id.to_string();
    let get_params = GetVideoConferenceParams::default();
    let list_params = ListVideoConferencesParams {
        page_size: Some(PageSize::new(PAGE_SIZE).expect("a valid page size")),
        ..Default::default()
    };

    // Both sides read the same conferences.
    runtime.block_on(async {
        let a = hand.get(&id_text).await;
        let b: Conference = client
            .get_video_conference(&id, &get_params)
            .await
            .expect("(b) succeeds");
        assert_eq!(a.id, b.id.to_string());
        let c = hand.list_all().await;
        let d: Vec<Conference> = client
            .list_all_video_conferences(&list_params)
            .try_collect()
            .await
            .expect("(d) succeeds");
        assert_eq!(c.len(), CONFERENCES);
        assert_eq!(d.len(), CONFERENCES);
        let hand_ids: Vec<&str> = c.iter().map(|c| c.id.as_str()).collect();
        let ids: Vec<String> = d.iter().map(|c| c.id.to_string()).collect();
        assert_eq!(
            hand_ids, ids,
            "both listings yield the same conferences in order"
        );
    });

    let started = Instant::now();
    let (round, [a, b, c, d]) = hand_written::alternate(budget, |variant| {
        // A listing is 10 calls: fewer of them per batch.
        let calls = if variant < 2 { batch * 10 } else { batch };
        runtime.block_on(async {
            let t = Instant::now();
            for _ in 0..calls {
                match variant {
                    0 => {
                        black_box(hand.get(black_box(&id_text)).await);
                    }
                    1 => {
                        let call = client.get_video_conference(black_box(&id), &get_params);
                        black_box(call.await.expect("(b)"));
                    }
                    2 => {
                        black_box(hand.list_all().await);
                    }
                    _ => {
                        let all: Vec<Conference> = client
                            .list_all_video_conferences(black_box(&list_params))
                            .try_collect()
                            .await
                            .expect("(d)");
                        black_box(all);
                    }
                }
            }
            (t.elapsed(), calls)
        })
    });
    println!(
        "{round} rounds in {:.1?}; medians per call:",
        started.elapsed()
    );
    println!(
        "  (a) hand-written get                         {:>10.1} us",
        a / 1e3
    );
    println!(
        "  (b) get_video_conference                     {:>10.1} us  {:.3}x (a)",
        b / 1e3,
        b / a
    );
    println!(
        "  (c) hand-written listing of {CONFERENCES}              {:>10.1} us",
        c / 1e3
    );
    println!(
        "  (d) list_all_video_conferences, {CONFERENCES}          {:>10.1} us  {:.3}x (c)",
        d / 1e3,
        d / c
    );
}
