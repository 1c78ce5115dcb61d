//! The `conference-standin` binary, run as a developer runs it.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

use conference_api::{
    Api, Client, CreateConferenceRequest, ListVideoConferencesParams, RootCertificate,
};

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

/// Stdout and stderr as pipes whose reading ends are already closed, as after
/// `conference-standin --help | head -1` once `head` has gone.
fn closed_pipes() -> (std::io::PipeWriter, std::io::PipeWriter) {
    let (_, stdout) = std::io::pipe().unwrap();
    let (_, stderr) = std::io::pipe().unwrap();
    (stdout, stderr)
}

#[test]
fn a_closed_stdout_or_stderr_is_no_panic() {
    // `--help` has nothing else to do: it ends quietly, with success.
    let (stdout, _) = closed_pipes();
    let help = Command::new(BINARY)
        .arg("--help")
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(help.status.success(), "{help:?}");
    assert_eq!(String::from_utf8_lossy(&help.stderr), "");
    // A mistake goes to stderr; a closed one does not hide the exit code.
    let (_, stderr) = closed_pipes();
    let bad = Command::new(BINARY)
        .arg("--colour")
        .stderr(stderr)
        .status()
        .unwrap();
    assert_eq!(bad.code(), Some(2));
    // A server whose exports nobody reads still serves.
    let (stdout, _) = closed_pipes();
    let mut serving = Running(
        Command::new(BINARY)
            .args(["--port", "0", "--quiet"])
            .stdout(stdout)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    std::thread::sleep(std::time::Duration::from_millis(500));
    let ended = serving.0.try_wait().unwrap();
    let mut stderr = String::new();
    if ended.is_some() {
        serving
            .0
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
    }
    assert_eq!(ended, None, "it ended: {stderr}");
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
        "--max-conferences",
        "--tls",
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
    let bad = Command::new(BINARY)
        .args(["--seed", "3", "--max-conferences", "2"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr)
            .contains("--seed 3 is more than the stand-in keeps (--max-conferences 2)")
    );
}

#[tokio::test]
async fn with_tls_it_serves_https_and_writes_the_certificate_clients_trust() {
    let mut child = Running(
        Command::new(BINARY)
            .args(["--port", "0", "--tls", "--quiet"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start conference-standin --tls"),
    );
    let mut stdout = BufReader::new(child.0.stdout.take().unwrap());
    let mut exports = Vec::new();
    let mut certificate = None;
    let mut line = String::new();
    loop {
        line.clear();
        if stdout.read_line(&mut line).unwrap() == 0 {
            panic!("conference-standin ended early; printed {exports:?}");
        }
        if let Some(export) = line.trim().strip_prefix("export ") {
            let (name, value) = export.split_once('=').unwrap();
            exports.push((name.to_owned(), value.to_owned()));
        } else if let Some((_, path)) = line.trim().split_once("for 127.0.0.1 and localhost): ") {
            certificate = Some(std::path::PathBuf::from(path));
        } else if line.starts_with("Press Ctrl-C") {
            break;
        }
    }
    let lookup = |name: &str| {
        exports
            .iter()
            .find(|(exported, _)| exported == name)
            .map(|(_, value)| value.clone())
    };
    let space = lookup("SIGNALWIRE_SPACE").unwrap();
    assert!(space.starts_with("https://127.0.0.1:"), "{space}");
    let certificate = certificate.expect("the certificate's path is printed");
    let pem = std::fs::read(&certificate).expect("the certificate file");
    let root = RootCertificate::from_pem(&pem).expect("one PEM certificate");

    let request = CreateConferenceRequest::builder("Over TLS")
        .build()
        .unwrap();
    // Without the certificate: refused before anything is sent.
    let untrusting = Client::from_env_vars(lookup).unwrap();
    let refused = untrusting.create_video_conference(&request).await;
    let trusting = Client::builder()
        .with_env_vars(lookup)
        .add_root_certificate(root)
        .build()
        .unwrap();
    let created = trusting.create_video_conference(&request).await;

    child.0.kill().unwrap();
    child.0.wait().unwrap();
    let _ = std::fs::remove_file(&certificate);
    let refused = refused.unwrap_err();
    assert!(!refused.may_have_reached_server(), "{refused}");
    assert!(
        refused.to_string().contains("invalid peer certificate"),
        "{refused}"
    );
    let created = created.expect("created over https");
    assert_eq!(created.display_name.as_deref(), Some("Over TLS"));
}
