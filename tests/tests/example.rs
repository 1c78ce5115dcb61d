//! The `create_conference` example, run as a user runs it: against a stand-in started
//! by the test (its URL and credentials in the SIGNALWIRE_* variables, as a user
//! exports them), and without credentials, when it starts its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use conference_api::{
    Conference, CreateConferenceRequest, DateTime, UpdateConferenceRequest, Uuid,
};
use conference_standin::{Fault, StandIn};
use serde_json::Value;

/// Builds the example once (examples are not built for this crate's tests) and
/// returns its executable.
fn build_example() -> PathBuf {
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml");
    let output = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--example",
            "create_conference",
            "-p",
            "conference-api",
            "--message-format=json",
            "--manifest-path",
            manifest,
        ])
        .output()
        .expect("run cargo");
    assert!(
        output.status.success(),
        "building the example failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .find(|message| {
            message["reason"] == "compiler-artifact"
                && message["target"]["name"] == "create_conference"
        })
        .and_then(|message| message["executable"].as_str().map(PathBuf::from))
        .expect("cargo names the example's executable")
}

/// Runs the example with `args` and the SIGNALWIRE_* variables `env` (none: unset).
async fn run_with(example: &Path, args: &[&str], env: Option<[(&str, String); 3]>) -> Output {
    let mut command = Command::new(example);
    command
        .args(args)
        .env_remove("SIGNALWIRE_SPACE")
        .env_remove("SIGNALWIRE_PROJECT_ID")
        .env_remove("SIGNALWIRE_API_TOKEN");
    for (name, value) in env.into_iter().flatten() {
        command.env(name, value);
    }
    // Blocking, off the runtime's threads: the test's stand-in keeps serving.
    tokio::task::spawn_blocking(move || command.output().expect("run the example"))
        .await
        .expect("the example's thread")
}

/// The variables that point the example at `stand_in`.
fn env_of(stand_in: &StandIn) -> [(&'static str, String); 3] {
    [
        ("SIGNALWIRE_SPACE", stand_in.url().to_owned()),
        ("SIGNALWIRE_PROJECT_ID", stand_in.project_id().to_owned()),
        ("SIGNALWIRE_API_TOKEN", stand_in.api_token().to_owned()),
    ]
}

/// Runs the example against `stand_in`.
async fn run_on(example: &Path, stand_in: &StandIn, args: &[&str]) -> Output {
    run_with(example, args, Some(env_of(stand_in))).await
}

/// Runs the example without SignalWire variables.
async fn run(example: &Path, args: &[&str]) -> Output {
    run_with(example, args, None).await
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Checks the exit status, and returns stdout and stderr.
fn expect(output: &Output, status: i32) -> (String, String) {
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(
        output.status.code(),
        Some(status),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    (stdout, stderr)
}

/// The value of a readable output's `label` line.
fn row<'a>(stdout: &'a str, label: &str) -> &'a str {
    stdout
        .lines()
        .find_map(|line| {
            let rest = line.trim_start().strip_prefix(label)?;
            rest.starts_with(' ').then(|| rest.trim())
        })
        .unwrap_or_else(|| panic!("no {label} line in:\n{stdout}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_subcommand_works_against_a_running_stand_in() {
    let example = build_example();
    let stand_in = StandIn::start().await.unwrap();

    // The default subcommand, create, as the README shows it.
    let output = run_on(&example, &stand_in, &["--display-name", "Weekly sync"]).await;
    let (stdout, stderr) = expect(&output, 0);
    assert!(
        stderr.contains(&format!("Using SignalWire at {}", stand_in.url())),
        "{stderr}"
    );
    assert!(!stderr.contains("conference-standin"), "{stderr}");
    assert!(
        stdout.starts_with("Created conference weekly-sync-"),
        "{stdout}"
    );
    let id = Uuid::parse_str(row(&stdout, "id")).expect("the id is a UUID");
    assert_eq!(row(&stdout, "display_name"), "Weekly sync");
    assert_eq!(row(&stdout, "quality"), "720p");
    let kept = stand_in.conferences();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].id, id);

    // create, named, with every kind of option, and --json.
    let output = run_on(
        &example,
        &stand_in,
        &[
            "create",
            "--display-name",
            "Planning",
            "--name=planning",
            "--quality",
            "1080p",
            "--record-on-start",
            "--enable-chat",
            "false",
            "--dark-primary",
            "#000001",
            "--json",
        ],
    )
    .await;
    let (stdout, _) = expect(&output, 0);
    let planning: Conference = serde_json::from_str(&stdout).expect("--json prints a Conference");
    assert_eq!(planning.name, "planning");
    assert_eq!(planning.quality.to_string(), "1080p");
    assert!(planning.record_on_start);
    assert!(!planning.enable_chat);
    assert_eq!(planning.dark_primary.as_deref(), Some("#000001"));
    assert_eq!(stand_in.conferences()[1], planning);

    // get, readable and --json.
    let output = run_on(&example, &stand_in, &["get", &planning.id.to_string()]).await;
    let (stdout, _) = expect(&output, 0);
    assert!(stdout.starts_with("Conference planning:"), "{stdout}");
    assert_eq!(row(&stdout, "id"), planning.id.to_string());
    assert_eq!(row(&stdout, "enable_chat"), "false");
    let output = run_on(
        &example,
        &stand_in,
        &["get", &planning.id.to_string(), "--json"],
    )
    .await;
    let (stdout, _) = expect(&output, 0);
    assert_eq!(
        serde_json::from_str::<Conference>(&stdout).unwrap(),
        planning
    );

    // update: the given fields change.
    let output = run_on(
        &example,
        &stand_in,
        &[
            "update",
            &planning.id.to_string(),
            "--display-name",
            "Planning (moved)",
            "--layout",
            "2x2",
            "--enable-chat",
            "--json",
        ],
    )
    .await;
    let (stdout, _) = expect(&output, 0);
    let updated: Conference = serde_json::from_str(&stdout).unwrap();
    assert_eq!(updated.display_name.as_deref(), Some("Planning (moved)"));
    assert_eq!(updated.layout.to_string(), "2x2");
    assert!(updated.enable_chat);
    assert_eq!(updated.quality.to_string(), "1080p");
    assert_eq!(stand_in.conferences()[1], updated);
    let output = run_on(
        &example,
        &stand_in,
        &[
            "update",
            &planning.id.to_string(),
            "--display-name",
            "Again",
        ],
    )
    .await;
    let (stdout, _) = expect(&output, 0);
    assert!(
        stdout.starts_with("Updated conference planning:"),
        "{stdout}"
    );
    assert_eq!(row(&stdout, "display_name"), "Again");

    // list: every page, in order; --limit; filters; readable.
    let seeded = stand_in.seed_conferences(120);
    let all_ids: Vec<Uuid> = stand_in.conferences().iter().map(|c| c.id).collect();
    assert_eq!(all_ids.len(), 122);
    stand_in.take_requests();
    let output = run_on(
        &example,
        &stand_in,
        &["list", "--page-size", "50", "--json"],
    )
    .await;
    let (stdout, stderr) = expect(&output, 0);
    let listed: Vec<Conference> = serde_json::from_str(&stdout).expect("a JSON array");
    assert_eq!(listed, stand_in.conferences());
    // Not a terminal: no progress lines.
    assert!(!stderr.contains("Listed"), "{stderr}");
    let pages: Vec<_> = stand_in
        .take_requests()
        .into_iter()
        .filter(|request| request.method == "GET")
        .collect();
    assert_eq!(pages.len(), 3, "{pages:?}");

    let output = run_on(&example, &stand_in, &["list", "--limit", "5", "--json"]).await;
    let (stdout, _) = expect(&output, 0);
    let listed: Vec<Conference> = serde_json::from_str(&stdout).unwrap();
    let listed_ids: Vec<Uuid> = listed.iter().map(|c| c.id).collect();
    assert_eq!(listed_ids, all_ids[..5]);

    // Sample n can be joined from 2030-01-01T00:00:00Z + n hours, for an hour: these
    // are the samples 5, 6 and 7.
    let from = DateTime::parse("2030-01-01T05:00:00Z").unwrap();
    let until = DateTime::parse("2030-01-01T08:00:00Z").unwrap();
    let expected: Vec<Uuid> = seeded
        .iter()
        .filter(|c| {
            c.join_from
                .as_ref()
                .and_then(|t| t.known())
                .is_some_and(|time| *time >= from)
        })
        .filter(|c| {
            c.join_until
                .as_ref()
                .and_then(|t| t.known())
                .is_some_and(|time| *time <= until)
        })
        .map(|c| c.id)
        .collect();
    assert_eq!(expected.len(), 3);
    let output = run_on(
        &example,
        &stand_in,
        &[
            "list",
            "--starts-after",
            "2030-01-01T05:00:00Z",
            "--ends-before",
            "1893484800",
            "--page-size",
            "2",
            "--json",
        ],
    )
    .await;
    let (stdout, _) = expect(&output, 0);
    let listed: Vec<Conference> = serde_json::from_str(&stdout).unwrap();
    let listed_ids: Vec<Uuid> = listed.iter().map(|c| c.id).collect();
    assert_eq!(listed_ids, expected);

    let output = run_on(&example, &stand_in, &["list"]).await;
    let (stdout, stderr) = expect(&output, 0);
    assert_eq!(stdout.lines().count(), 122, "{stdout}");
    for (line, id) in stdout.lines().zip(&all_ids) {
        assert!(line.starts_with(&id.to_string()), "{line}");
    }
    assert!(stdout.contains("Sample conference 120"), "{stdout}");
    assert!(stderr.contains("122 conferences"), "{stderr}");

    // delete, then get is the API's 404: exit 1.
    let output = run_on(&example, &stand_in, &["delete", &id.to_string()]).await;
    let (stdout, _) = expect(&output, 0);
    assert_eq!(stdout, format!("Deleted conference {id}.\n"));
    let output = run_on(
        &example,
        &stand_in,
        &["delete", &planning.id.to_string(), "--json"],
    )
    .await;
    let (stdout, _) = expect(&output, 0);
    let deleted: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(deleted["id"], planning.id.to_string());
    assert_eq!(deleted["deleted"], true);
    assert_eq!(stand_in.conferences().len(), 120);
    for args in [["get", &id.to_string()], ["delete", &id.to_string()]] {
        let output = run_on(&example, &stand_in, &args).await;
        let (stdout, stderr) = expect(&output, 1);
        assert!(stdout.is_empty(), "{stdout}");
        assert!(stderr.contains("404 Not Found"), "{stderr}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_calls_exit_1_and_bad_arguments_exit_2() {
    let example = build_example();
    let stand_in = StandIn::start().await.unwrap();
    let id = Uuid::new_v4().to_string();

    // A wrong token: the API's 401, without the token in the message.
    let mut env = env_of(&stand_in);
    env[2].1 = "PTnot-the-token".to_owned();
    let output = run_with(&example, &["list"], Some(env)).await;
    let (_, stderr) = expect(&output, 1);
    assert!(stderr.contains("401"), "{stderr}");
    assert!(!stderr.contains("PTnot-the-token"), "{stderr}");

    // A page that fails: exit 1, with the page in the message.
    stand_in.seed_conferences(3);
    stand_in.fail_next(Fault::status(500, r#"{"error":"Internal Server Error"}"#));
    let output = run_on(&example, &stand_in, &["list", "--json"]).await;
    let (_, stderr) = expect(&output, 1);
    assert!(stderr.contains("stopped at page 1"), "{stderr}");
    assert!(!stderr.contains(stand_in.api_token()), "{stderr}");

    // Bad arguments and invalid values: 2, with clap's or the validators' message, and
    // nothing sent.
    stand_in.take_requests();
    let cases: [(&[&str], &str); 14] = [
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (
            &["--display-name", "x", "--colour", "red"],
            "unexpected argument '--colour'",
        ),
        (&["--display-name", "x", "list"], "cannot be used with"),
        (&["get"], "required arguments were not provided"),
        (
            &["get", "not-a-uuid"],
            "\"not-a-uuid\" is not a conference ID",
        ),
        (&["delete", "42"], "is not a conference ID"),
        (&["list", "--page-size", "0"], "0 is below the minimum 1"),
        (&["list", "--page-size", "5000"], "above the maximum 1000"),
        (&["list", "--limit", "-1"], "unexpected argument '-1'"),
        (
            &["list", "--limit", "many"],
            "invalid value 'many' for '--limit <N>'",
        ),
        (
            &["list", "--starts-after", "yesterday"],
            "is not an RFC 3339 date-time",
        ),
        (
            &[
                "create",
                "--display-name",
                "x",
                "--name",
                "a",
                "--name",
                "b",
            ],
            "cannot be used multiple times",
        ),
        (
            &["update", &id, "--dark-primary", "red"],
            "--display-name: is required but was not given",
        ),
        (
            &[
                "--display-name",
                "Weekly sync",
                "--name",
                "a b",
                "--record-on-start=yes",
            ],
            "--name: \"a b\" does not match the pattern ^[A-Za-z0-9_-]+$",
        ),
    ];
    for (args, message) in cases {
        let output = run_on(&example, &stand_in, args).await;
        let (stdout, stderr) = expect(&output, 2);
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    assert!(stand_in.requests().is_empty(), "{:?}", stand_in.requests());

    // Every invalid value at once.
    let output = run_on(
        &example,
        &stand_in,
        &[
            "--display-name",
            "Weekly sync",
            "--name",
            "a b",
            "--record-on-start=yes",
        ],
    )
    .await;
    let (_, stderr) = expect(&output, 2);
    assert!(stderr.contains("2 invalid values"), "{stderr}");
    assert!(
        stderr.contains("--record-on-start: expected a boolean, got a string"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_credentials_it_uses_its_own_stand_in() {
    let example = build_example();

    // The README's command.
    let output = run(&example, &["--display-name", "Weekly sync"]).await;
    let (stdout, stderr) = expect(&output, 0);
    assert!(
        stderr.contains("Using the stand-in server at http://127.0.0.1:"),
        "{stderr}"
    );
    let id = Uuid::parse_str(row(&stdout, "id")).expect("the id is a UUID");
    assert_eq!(id.get_version_num(), 4);
    assert!(
        stdout.starts_with("Created conference weekly-sync-"),
        "{stdout}"
    );
    assert!(
        stdout.contains("display_name            Weekly sync\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("quality                 720p\n"),
        "{stdout}"
    );

    // A missing display name is the validator's message.
    let output = run(&example, &[]).await;
    let (_, stderr) = expect(&output, 2);
    assert!(
        stderr.contains("--display-name: is required but was not given"),
        "{stderr}"
    );

    // Other subcommands say how to keep state across commands.
    let output = run(&example, &["list", "--json"]).await;
    let (stdout, stderr) = expect(&output, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&stdout).unwrap(),
        Value::Array(vec![])
    );
    assert!(stderr.contains("started empty"), "{stderr}");
    assert!(
        stderr.contains("run `cargo run -p conference-standin` in another terminal"),
        "{stderr}"
    );
    let output = run(&example, &["get", &id.to_string()]).await;
    let (_, stderr) = expect(&output, 1);
    assert!(
        stderr.contains("cargo run -p conference-standin"),
        "{stderr}"
    );
    assert!(stderr.contains("404 Not Found"), "{stderr}");

    // Only some variables: a note, then the stand-in.
    let output = run_with(
        &example,
        &["--display-name", "x"],
        Some([
            (
                "SIGNALWIRE_SPACE",
                "https://example.signalwire.com".to_owned(),
            ),
            ("SIGNALWIRE_PROJECT_ID", String::new()),
            ("SIGNALWIRE_API_TOKEN", String::new()),
        ]),
    )
    .await;
    let (_, stderr) = expect(&output, 0);
    assert!(
        stderr.contains("note: SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN not set"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_lists_every_field_of_create_and_update() {
    let example = build_example();
    for (args, fields) in [
        (&["--help"][..], CreateConferenceRequest::FIELDS),
        (&["create", "--help"][..], CreateConferenceRequest::FIELDS),
        (&["update", "--help"][..], UpdateConferenceRequest::FIELDS),
    ] {
        let output = run(&example, args).await;
        let (help, _) = expect(&output, 0);
        let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
        for field in fields {
            let option = format!("--{}", field.name.replace('_', "-"));
            assert!(
                help.contains(&format!("  {option} ")),
                "{option} missing:\n{help}"
            );
            let doc = field.doc.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&doc), "{option}'s doc missing:\n{help}");
            let rules = field.rules.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&rules), "{option}'s rules missing:\n{help}");
        }
        assert!(flat.contains("--json"), "{help}");
    }
    let output = run(&example, &["--help"]).await;
    let (help, _) = expect(&output, 0);
    for subcommand in ["create", "list", "get", "update", "delete"] {
        assert!(
            help.contains(&format!("\n  {subcommand}\n")),
            "{subcommand}:\n{help}"
        );
    }
    assert!(help.contains("--display-name <VALUE>"), "{help}");
    assert!(
        help.contains("Exit status: 0 done; 1 the call failed"),
        "{help}"
    );
    let output = run(&example, &["list", "--help"]).await;
    let (help, _) = expect(&output, 0);
    for option in [
        "--page-size",
        "--starts-after",
        "--ends-before",
        "--limit",
        "--json",
    ] {
        assert!(help.contains(option), "{option}:\n{help}");
    }
    // The update fields are UpdateConferenceRequest's: no --name.
    let output = run(&example, &["update", "--help"]).await;
    let (help, _) = expect(&output, 0);
    assert!(!help.contains("--name "), "{help}");
}
