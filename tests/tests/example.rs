//! The `create_conference` example, run as a user runs it: without SignalWire
//! credentials it uses the in-process stand-in.

use std::path::PathBuf;
use std::process::{Command, Output};

use conference_api::{Conference, CreateConferenceRequest, Uuid};
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

/// Runs the example with `args` and no SignalWire variables.
fn run(example: &PathBuf, args: &[&str]) -> Output {
    Command::new(example)
        .args(args)
        .env_remove("SIGNALWIRE_SPACE")
        .env_remove("SIGNALWIRE_PROJECT_ID")
        .env_remove("SIGNALWIRE_API_TOKEN")
        .output()
        .expect("run the example")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_example_creates_conferences_and_explains_bad_values() {
    let example = build_example();

    // The README's command: a conference on the stand-in, printed readably.
    let output = run(&example, &["--display-name", "Weekly sync"]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("Using the stand-in server at http://127.0.0.1:"),
        "{stderr}"
    );
    let id = stdout
        .lines()
        .find_map(|line| line.trim().strip_prefix("id "))
        .unwrap_or_else(|| panic!("no id line in:\n{stdout}"));
    let id = Uuid::parse_str(id.trim()).expect("the id is a UUID");
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

    // Every kind of option, and --json.
    let output = run(
        &example,
        &[
            "--display-name",
            "Weekly sync",
            "--name=weekly_sync",
            "--quality",
            "1080p",
            "--record-on-start",
            "--enable-chat",
            "false",
            "--dark-primary",
            "#000001",
            "--json",
        ],
    );
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stdout}\n{stderr}");
    let conference: Conference = serde_json::from_str(&stdout).expect("--json prints a Conference");
    assert_eq!(conference.name, "weekly_sync");
    assert_eq!(conference.quality.to_string(), "1080p");
    assert!(conference.record_on_start);
    assert!(!conference.enable_chat);
    assert_eq!(conference.dark_primary.as_deref(), Some("#000001"));

    // A bad value: the validator's message, exit code 2, nothing created.
    let output = run(
        &example,
        &[
            "--display-name",
            "Weekly sync",
            "--name",
            "a b",
            "--record-on-start=yes",
        ],
    );
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(2), "{stdout}\n{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("2 invalid values"), "{stderr}");
    assert!(
        stderr.contains("--name: \"a b\" does not match the pattern ^[A-Za-z0-9_-]+$"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--record-on-start: expected a boolean, got a string"),
        "{stderr}"
    );

    // A missing display name and an unknown option are reported too.
    let output = run(&example, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("--display-name: is required but was not given"),
        "{}",
        text(&output.stderr)
    );
    let output = run(&example, &["--display-name", "x", "--colour", "red"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("unknown option --colour"));

    // --help lists every field, with its documentation and rules from the schema.
    let output = run(&example, &["--help"]);
    let help = text(&output.stdout);
    assert!(output.status.success(), "{help}");
    assert!(
        help.contains(
            "  --display-name VALUE  (required)\n      Display name of the video conference."
        ),
        "{help}"
    );
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for field in CreateConferenceRequest::FIELDS {
        let option = format!("--{}", field.name.replace('_', "-"));
        assert!(
            help.contains(&format!("  {option}")),
            "{option} missing:\n{help}"
        );
        let doc = field.doc.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&doc), "{option}'s doc missing:\n{help}");
        assert!(
            flat.contains(field.rules),
            "{option}'s rules missing:\n{help}"
        );
    }
}
