//! The `conference-standin` binary, run as a developer runs it.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

use conference_api::{Api, Client, CreateConferenceRequest, ListVideoConferencesParams};

const BINARY: &str = env!("CARGO_BIN_EXE_conference-standin");

/// The running binary; killed when the test ends, even by a failed assertion.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn it_prints_exports_that_a_client_can_use_and_logs_requests() {
    let mut child = Running(
        Command::new(BINARY)
            .args(["--port", "0", "--project-id", "dev-project", "--seed", "3"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start conference-standin"),
    );
    let mut stdout = BufReader::new(child.0.stdout.take().unwrap());
    let mut exports = Vec::new();
    let mut line = String::new();
    while exports.len() < 3 {
        line.clear();
        if stdout.read_line(&mut line).unwrap() == 0 {
            panic!("conference-standin ended early; printed {exports:?}");
        }
        if let Some(export) = line.trim().strip_prefix("export ") {
            let (name, value) = export.split_once('=').unwrap();
            exports.push((name.to_owned(), value.to_owned()));
        }
    }
    let lookup = |name: &str| {
        exports
            .iter()
            .find(|(exported, _)| exported == name)
            .map(|(_, value)| value.clone())
    };
    assert_eq!(
        lookup("SIGNALWIRE_PROJECT_ID").as_deref(),
        Some("dev-project")
    );
    assert_eq!(
        lookup("SIGNALWIRE_API_TOKEN").as_deref(),
        Some("standin-token")
    );
    assert!(
        lookup("SIGNALWIRE_SPACE").is_some_and(|url| url.starts_with("http://127.0.0.1:")),
        "{exports:?}"
    );

    let client = Client::from_env_vars(lookup).expect("the exports configure a client");
    let request = CreateConferenceRequest::builder("Offline").build().unwrap();
    let result = client.create_video_conference(&request).await;
    // The three seeded conferences come first, then the new one.
    let listed = client
        .list_video_conferences(&ListVideoConferencesParams::default())
        .await;

    // Ctrl-C or kill: it serves until then.
    child.0.kill().unwrap();
    child.0.wait().unwrap();
    let conference = result.expect("the standalone stand-in creates conferences");
    assert_eq!(conference.display_name.as_deref(), Some("Offline"));
    let listed = listed.expect("the standalone stand-in lists conferences");
    let names: Vec<Option<&str>> = listed
        .data
        .iter()
        .map(|conference| conference.display_name.as_deref())
        .collect();
    assert_eq!(
        names,
        [
            Some("Sample conference 1"),
            Some("Sample conference 2"),
            Some("Sample conference 3"),
            Some("Offline")
        ]
    );
    let mut log = String::new();
    child
        .0
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(log.contains("POST /api/video/conferences -> 200"), "{log}");
}

#[test]
fn it_documents_its_options_and_refuses_unknown_ones() {
    let help = Command::new(BINARY).arg("--help").output().unwrap();
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    for option in [
        "--port",
        "--project-id",
        "--api-token",
        "--seed",
        "--quiet",
        "Ctrl-C",
    ] {
        assert!(text.contains(option), "{option} missing from:\n{text}");
    }

    let bad = Command::new(BINARY).arg("--colour").output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown argument \"--colour\""));
    let bad = Command::new(BINARY)
        .args(["--port", "http"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a port number"));
    let bad = Command::new(BINARY)
        .args(["--seed", "-1"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a number of conferences"));
}
