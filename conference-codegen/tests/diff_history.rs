//! `diff` over the real history of SignalWire's `/api/ai/chat` extract
//! (`tests/fixtures/history/ai_chat/`, see its README): every consecutive pair is
//! classified as written down below after reading both schemas. Then the step that
//! closes every object of today's conference schema, which only requests enforce.

use conference_codegen::diff::{Class, diff, diff_documents};
use conference_codegen::{Options, generate};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use Class::{Additive as A, Breaking as B, Docs as D};

/// Per pair (old commit -> new commit): the verdict, then every (class, Rust item) the
/// report must list, no more. `examples` stands for the document's `examples` values.
/// (old commit, new commit, verdict, changes).
type Pair = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(Class, &'static str)],
);

const EXPECTED: &[Pair] = &[
    // The transcript's log items move from AI.ChatLogMessage to the webhook's
    // AICallLogEntry (a rename, and `content` becomes required): the old type is gone and
    // `chat_log`'s item type changes.
    (
        "1305379258",
        "5f8bee6f96",
        "major",
        &[
            (B, "ChatLogMessage"),
            (B, "ChatTranscriptResponseResult::chat_log"),
            (A, "AiCallLogEntry"),
            (D, "ChatTranscriptResponseResult::chat_log"),
            (D, "examples"),
        ],
    ),
    // "type the closed value sets": the error body's `code` goes from a free int32 to
    // the new number enum ChatErrorCode.
    (
        "5f8bee6f96",
        "6d9afd73d2",
        "major",
        &[
            (B, "ChatError::code"),
            (A, "ChatErrorCode"),
            (D, "Api::chat_methods"),
            (D, "ChatError::code"),
        ],
    ),
    // Prose only: the error codes move to the error codes page.
    (
        "6d9afd73d2",
        "bf5594b3c1",
        "patch",
        &[(D, "Api::chat_methods"), (D, "ChatErrorCode")],
    ),
    // Prose only.
    (
        "bf5594b3c1",
        "5f7538e67f",
        "patch",
        &[(D, "Api::chat_methods"), (D, "ChatErrorCode")],
    ),
    // "drop the auth section": the section was prose in descriptions; the generated API
    // does not change.
    (
        "5f7538e67f",
        "943f3e37ec",
        "patch",
        &[(D, "Api::chat_methods"), (D, "ChatRequest")],
    ),
    // Plainer prose.
    (
        "943f3e37ec",
        "7005229bc8",
        "patch",
        &[
            (D, "Api::chat_methods"),
            (D, "ChatConversationCreatedResponseResult::initial_message"),
            (D, "ChatCreateConversationRequestParams::config_url"),
            (D, "ChatErrorResponse"),
            (D, "ChatSendMessageRequestParams::config_url"),
            (D, "ChatSummarizeRequest::params"),
            (D, "ChatSummarizeRequestParams"),
            (D, "ChatTranscriptResponseResult::call_timeline"),
            (D, "ChatTranscriptResponseResult::chat_log"),
        ],
    ),
    // "correct HTTP error contract": a documented 400 appears and the 401 body is no
    // longer Types.StatusCodes.StatusCode401 but an inline `{message}` object (two
    // breaking changes of Api::chat_methods, and the old error types are gone); new
    // error body types. The 401's new `text/plain` body is not in the model. `initial_message` becomes nullable: the response field is an
    // Option either way, so only its documentation changes.
    (
        "7005229bc8",
        "2cf5b0e632",
        "major",
        &[
            (B, "Api::chat_methods"),
            (B, "StatusCode401"),
            (B, "StatusCode401Error"),
            (A, "ChatInvalidJsonError"),
            (A, "ChatMethodsError401"),
            (A, "RestApiErrorItem"),
            (D, "Api::chat_methods"),
            (D, "ChatConversationCreatedResponseResult::initial_message"),
            (
                D,
                "ChatCreateConversationRequestParams::conversation_timeout",
            ),
            (D, "ChatErrorResponse"),
            (D, "ChatRequest"),
            (D, "ChatResponse"),
            (D, "ChatServiceUnavailableError"),
            (D, "ChatSummarizeRequest::params"),
            (D, "ChatSummarizeRequestParams"),
            (D, "ChatSummaryResponse"),
            (D, "ChatTranscriptResponseResult::call_timeline"),
            (D, "ChatTranscriptResponseResult::chat_log"),
            (D, "examples"),
        ],
    ),
    // Error wording refined; "restore two documented codes" is prose (the enum kept them).
    (
        "2cf5b0e632",
        "9da04e5f89",
        "patch",
        &[
            (D, "AiCallLogEntry::role"),
            (D, "Api::chat_methods"),
            (D, "ChatCreateConversationRequestParams::config_url"),
            (D, "ChatCreateConversationRequestParams::user_meta_data"),
            (D, "ChatError"),
            (D, "ChatErrorCode"),
            (D, "ChatInvalidJsonError"),
            (D, "ChatResponse"),
            (D, "ChatSendMessageRequestParams::user_meta_data"),
            (D, "ChatSummarizeRequest::params"),
            (D, "ChatSummarizeRequestParams"),
            (D, "ChatTranscriptResponse::result"),
            (D, "ChatTranscriptResponseResult"),
        ],
    ),
    // Links only.
    (
        "9da04e5f89",
        "194fa560c6",
        "patch",
        &[
            (D, "Api::chat_methods"),
            (D, "ChatError::code"),
            (D, "ChatErrorCode"),
        ],
    ),
    // ChatErrorCode loses -32008, -32009 and -32700: three Rust variants removed.
    (
        "194fa560c6",
        "6ce8e796ef",
        "major",
        &[
            (B, "ChatErrorCode::Code32008"),
            (B, "ChatErrorCode::Code32009"),
            (B, "ChatErrorCode::Code32700"),
        ],
    ),
];

fn history() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history/ai_chat");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_consecutive_pair_is_classified_as_expected() {
    let files = history();
    assert_eq!(files.len(), EXPECTED.len() + 1);
    let mut failures = Vec::new();
    for (pair, (old_commit, new_commit, verdict, changes)) in files.windows(2).zip(EXPECTED) {
        let (old, new) = (&pair[0], &pair[1]);
        assert!(old.to_str().unwrap().contains(old_commit), "{old:?}");
        assert!(new.to_str().unwrap().contains(new_commit), "{new:?}");
        let report = diff(old, new, &Options::default()).unwrap();
        let got: BTreeSet<(Class, &str)> = report
            .changes
            .iter()
            .map(|c| (c.class, c.item.as_str()))
            .collect();
        let want: BTreeSet<(Class, &str)> = changes.iter().copied().collect();
        if report.verdict() != *verdict || got != want {
            failures.push(format!(
                "{old_commit} -> {new_commit}: want {verdict}, got {}\n  missing {:?}\n  unexpected {:?}\n{report}",
                report.verdict(),
                want.difference(&got).collect::<Vec<_>>(),
                got.difference(&want).collect::<Vec<_>>(),
            ));
        }
        for change in &report.changes {
            assert!(change.pointer.starts_with('#'), "{change:?}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn pointers_name_the_new_document_or_the_old_one_for_removals() {
    let files = history();
    let report = diff(&files[9], &files[10], &Options::default()).unwrap();
    for change in &report.changes {
        assert_eq!(change.pointer, "#/components/schemas/AI.ChatErrorCode");
        assert!(change.message.contains("removed"), "{change:?}");
    }
    let report = diff(&files[6], &files[7], &Options::default()).unwrap();
    let removed = report
        .changes
        .iter()
        .find(|c| c.item == "StatusCode401")
        .unwrap();
    assert_eq!(
        removed.pointer,
        "#/components/schemas/Types.StatusCodes.StatusCode401"
    );
    let statuses = report
        .changes
        .iter()
        .find(|c| c.pointer == "#/paths/~1api~1ai~1chat/post/responses")
        .unwrap();
    assert_eq!(statuses.class, Class::Breaking);
    assert!(statuses.message.contains("[400, 401, 502]"), "{statuses:?}");
    let body = report
        .changes
        .iter()
        .find(|c| c.pointer == "#/paths/~1api~1ai~1chat/post/responses/401")
        .unwrap();
    assert_eq!(
        (body.class, body.item.as_str()),
        (Class::Breaking, "Api::chat_methods")
    );
    assert!(
        body.message
            .contains("now ChatMethodsError401 (was StatusCode401)"),
        "{body:?}"
    );
}

#[test]
fn json_report_lists_changes_and_verdict() {
    let files = history();
    let report = diff(&files[1], &files[2], &Options::default()).unwrap();
    let json = report.to_json();
    assert_eq!(json["verdict"], "major");
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), report.changes.len());
    assert!(changes.iter().any(|c| c["class"] == "breaking"
        && c["item"] == "ChatError::code"
        && c["pointer"] == "#/components/schemas/AI.ChatError/properties/code"));
}

#[test]
fn a_document_against_itself_is_no_change() {
    let files = history();
    let report = diff(&files[0], &files[0], &Options::default()).unwrap();
    assert!(report.changes.is_empty());
    assert_eq!(report.verdict(), "no change");
}

/// Today's conference schema, the file `conference-api` generates from.
fn conference_schema_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/video_conferences.json")
}

fn conference_schema() -> Value {
    serde_json::from_str(&std::fs::read_to_string(conference_schema_path()).unwrap()).unwrap()
}

/// Every object schema that lists properties, closed (`shut`) or opened: the closing
/// keyword is set or removed. Free-form objects (`meta`) keep their own keyword.
fn set_closed(value: &mut Value, shut: bool) {
    match value {
        Value::Object(object) => {
            if object.contains_key("properties") {
                if shut {
                    object.insert("unevaluatedProperties".into(), json!({"not": {}}));
                } else {
                    object.remove("unevaluatedProperties");
                    object.remove("additionalProperties");
                }
            }
            object.values_mut().for_each(|v| set_closed(v, shut));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| set_closed(v, shut)),
        _ => {}
    }
}

fn copy(doc: &Value, shut: bool) -> Value {
    let mut doc = doc.clone();
    set_closed(&mut doc, shut);
    doc
}

/// The (class, item) pairs of a report.
fn lines(old: &Value, new: &Value) -> (BTreeSet<(Class, String)>, &'static str) {
    let report = diff_documents(old, new, &Options::default()).unwrap();
    println!("{report}");
    let lines = report
        .changes
        .iter()
        .map(|c| (c.class, c.item.clone()))
        .collect();
    (lines, report.verdict())
}

/// The conference schema's types: the two request bodies, and what responses and error
/// bodies decode to.
const REQUEST_TYPES: &[&str] = &["CreateConferenceRequest", "UpdateConferenceRequest"];
const RESPONSE_TYPES: &[&str] = &[
    "ActiveSession",
    "Conference",
    "ListConferencesResponse",
    "PaginationLinks",
    "RestApiErrorItem",
    "StatusCode400",
    "StatusCode401",
    "StatusCode404",
    "StatusCode500",
    "VideoStatusCode422",
];

fn expected(request: Class) -> BTreeSet<(Class, String)> {
    let request = REQUEST_TYPES.iter().map(|t| (request, t.to_string()));
    let response = RESPONSE_TYPES.iter().map(|t| (D, t.to_string()));
    request.chain(response).collect()
}

#[test]
fn closing_every_object_breaks_only_request_types() {
    let today = conference_schema();
    // Today's schema is closed everywhere already, as SignalWire publishes it.
    assert_eq!(copy(&today, true), today);
    let (open, shut) = (copy(&today, false), copy(&today, true));
    let (got, verdict) = lines(&open, &shut);
    assert_eq!((got, verdict), (expected(B), "major"));
    let report = diff_documents(&open, &shut, &Options::default()).unwrap();
    let conference = report
        .changes
        .iter()
        .find(|c| c.item == "Conference")
        .unwrap();
    assert_eq!(conference.class, D);
    assert!(
        conference.message.contains("no effect on decoding"),
        "{conference:?}"
    );
    // Opening them again lets requests send more; responses still do not notice.
    assert_eq!(lines(&shut, &open), (expected(A), "minor"));
}

#[test]
fn a_new_value_of_a_request_enum_is_additive_and_the_enum_non_exhaustive() {
    let today = conference_schema();
    let mut more = today.clone();
    more["components"]["schemas"]["Video.VideoQuality"]["enum"] = json!(["720p", "1080p", "4k"]);
    let report = diff_documents(&today, &more, &Options::default()).unwrap();
    let got: Vec<(Class, &str)> = report
        .changes
        .iter()
        .map(|c| (c.class, c.item.as_str()))
        .collect();
    assert_eq!(got, [(A, "VideoQuality::Quality4k")], "{report}");
    let message = &report.changes[0].message;
    assert!(message.contains("request and response enum"), "{report}");
    assert!(message.contains("`#[non_exhaustive]`"), "{report}");
    assert_eq!(
        diff_documents(&more, &today, &Options::default())
            .unwrap()
            .verdict(),
        "major"
    );

    // What makes the new value additive: a `match` outside the crate needs a `_` arm.
    let tokens = generate(&conference_schema_path(), &Options::default()).unwrap();
    let file: syn::File = syn::parse2(tokens).unwrap();
    let mut enums = Enums::default();
    syn::visit::Visit::visit_file(&mut enums, &file);
    for name in [
        "ConferenceSize",
        "RoomSessionStatus",
        "VideoFps",
        "VideoLayout",
        "VideoQuality",
    ] {
        assert_eq!(enums.0.get(name), Some(&true), "{name}: {:?}", enums.0);
    }
}

/// Every enum of a file, and whether it is `#[non_exhaustive]`.
#[derive(Default)]
struct Enums(std::collections::BTreeMap<String, bool>);

impl<'ast> syn::visit::Visit<'ast> for Enums {
    fn visit_item_enum(&mut self, item: &'ast syn::ItemEnum) {
        let non_exhaustive = item
            .attrs
            .iter()
            .any(|a| a.path().is_ident("non_exhaustive"));
        self.0.insert(item.ident.to_string(), non_exhaustive);
    }
}
