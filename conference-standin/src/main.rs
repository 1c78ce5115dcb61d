//! `conference-standin`: the stand-in server on its own, for offline development.
//! Serves until interrupted (Ctrl-C).

use std::io::Write;
use std::process::ExitCode;

use conference_standin::{DEFAULT_MAX_CONFERENCES, StandIn};

const DEFAULT_PORT: u16 = 8765;
const DEFAULT_PROJECT_ID: &str = "standin-project";
const DEFAULT_API_TOKEN: &str = "standin-token";

/// `println!` that ends nothing: a closed stdout (`conference-standin --help | head -1`)
/// would make `println!` panic. What was not printed is dropped.
macro_rules! say {
    ($($arg:tt)*) => {
        let _ = writeln!(std::io::stdout(), $($arg)*);
    };
}

/// `eprintln!` that ends nothing either, for the same reason.
macro_rules! complain {
    ($($arg:tt)*) => {
        let _ = writeln!(std::io::stderr(), $($arg)*);
    };
}

fn usage() -> String {
    format!(
        "conference-standin: a local stand-in for SignalWire's video conference API
(list, create, get, update and delete under /api/video/conferences), for offline
development. It keeps the conferences created until it stops.

Usage: conference-standin [--port PORT] [--project-id ID] [--api-token TOKEN] [--seed N]
                          [--max-conferences N] [--tls] [--quiet]

Options:
  --port PORT         port on 127.0.0.1 (default {DEFAULT_PORT}; 0: any free port)
  --project-id ID     the project ID it accepts (default {DEFAULT_PROJECT_ID})
  --api-token TOKEN   the API token it accepts (default {DEFAULT_API_TOKEN})
  --seed N            start with N sample conferences (default 0; at most
                      --max-conferences)
  --max-conferences N
                      keep at most N conferences (default {DEFAULT_MAX_CONFERENCES}); a create
                      beyond that is answered 507 until one is deleted
  --tls               serve https, with a self-signed certificate for 127.0.0.1 and
                      localhost made at start-up; its PEM file's path is printed
  --quiet             do not print a line per request on stderr
  -h, --help          this help

It prints its URL and credentials as `export` lines: with SIGNALWIRE_SPACE,
SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN set to them, Client::from_env() and the
create_conference example use it. Stop it with Ctrl-C."
    )
}

struct Options {
    port: u16,
    project_id: String,
    api_token: String,
    seed: usize,
    max_conferences: usize,
    tls: bool,
    quiet: bool,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        port: DEFAULT_PORT,
        project_id: DEFAULT_PROJECT_ID.to_owned(),
        api_token: DEFAULT_API_TOKEN.to_owned(),
        seed: 0,
        max_conferences: DEFAULT_MAX_CONFERENCES,
        tls: false,
        quiet: false,
    };
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_owned(), Some(value.to_owned()))
            }
            _ => (arg, None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(None),
            "--quiet" => options.quiet = true,
            "--tls" => options.tls = true,
            "--port" => {
                let text = value()?;
                options.port = text
                    .parse()
                    .map_err(|_| format!("--port {text:?} is not a port number (0 to 65535)"))?;
            }
            "--seed" => options.seed = count(&name, &value()?)?,
            "--max-conferences" => options.max_conferences = count(&name, &value()?)?,
            "--project-id" => options.project_id = value()?,
            "--api-token" => options.api_token = value()?,
            _ => return Err(format!("unknown argument {name:?}")),
        }
    }
    if options.seed > options.max_conferences {
        return Err(format!(
            "--seed {} is more than the stand-in keeps (--max-conferences {})",
            options.seed, options.max_conferences
        ));
    }
    Ok(Some(options))
}

/// A number of conferences given to `option`.
fn count(option: &str, text: &str) -> Result<usize, String> {
    text.parse()
        .map_err(|_| format!("{option} {text:?} is not a number of conferences"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            say!("{}", usage());
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            complain!("conference-standin: {problem}\n\n{}", usage());
            return ExitCode::from(2);
        }
    };
    let started = StandIn::builder()
        .port(options.port)
        .project_id(&options.project_id)
        .api_token(&options.api_token)
        .log_requests(!options.quiet)
        .max_conferences(options.max_conferences)
        .tls(options.tls)
        .start()
        .await;
    let stand_in = match started {
        Ok(stand_in) => stand_in,
        Err(error) => {
            complain!(
                "conference-standin: cannot serve on 127.0.0.1:{}: {error} (choose another \
                 port with --port; 0 picks a free one)",
                options.port
            );
            return ExitCode::FAILURE;
        }
    };
    // In https mode, the certificate goes to a file that clients can be pointed at.
    let certificate_file = match stand_in.certificate_pem() {
        None => None,
        Some(pem) => {
            let path = std::env::temp_dir()
                .join(format!("conference-standin-{}.pem", stand_in.addr().port()));
            if let Err(error) = std::fs::write(&path, pem) {
                complain!(
                    "conference-standin: cannot write the certificate to {}: {error}",
                    path.display()
                );
                return ExitCode::FAILURE;
            }
            Some(path)
        }
    };
    let count = stand_in.seed_conferences(options.seed).len();
    say!(
        "conference-standin: serving /api/video/conferences (list, create, get, update, \
         delete) at {url} with {count} conferences
export SIGNALWIRE_SPACE={url}
export SIGNALWIRE_PROJECT_ID={project_id}
export SIGNALWIRE_API_TOKEN={api_token}",
        url = stand_in.url(),
        project_id = stand_in.project_id(),
        api_token = stand_in.api_token(),
    );
    if let Some(path) = certificate_file {
        say!(
            "Its certificate (self-signed, for 127.0.0.1 and localhost): {path}
Clients must trust it: ClientBuilder::add_root_certificate(RootCertificate::from_pem(..)),
`curl --cacert {path}`. On Linux, SSL_CERT_FILE={path} makes Client::from_env() and the
create_conference example trust it (and only it: it replaces the system's CAs).",
            path = path.display()
        );
    }
    say!("Press Ctrl-C to stop.");
    // Serves until the process is interrupted.
    std::future::pending::<ExitCode>().await
}
