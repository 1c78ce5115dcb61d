//! Prints the code that `conference_api::generate!` emits for a schema file, formatted,
//! so a schema change can be reviewed as a diff:
//!
//! ```text
//! cargo run -p conference-codegen --features print -- schema/video_conferences.json
//! ```
//! `--name Type=<JSON pointer>` names a shared constrained type, as `names { … }` does in
//! the macro call; `--operation ID` and `--tag TAG` select operations, as `operations`
//! and `tags` do.
//!
//! `diff` reports what a schema change does to the generated API:
//!
//! ```text
//! conference-codegen diff OLD.json NEW.json [--name ..] [--operation ..] [--tag ..]
//!     [--json] [--fail-on breaking|additive|docs]
//! ```
//! Each line is one change: its class (`breaking`, `additive` or `docs`), the Rust item
//! it affects (`ChatErrorResponse::code`, `Api::chat_methods`, `ChatErrorCode::Code32008`),
//! its JSON pointer (in NEW, or in OLD for a removal) and what changed. The last line is
//! the semver verdict for a crate re-exporting the bindings: `major`, `minor`, `patch` or
//! `no change`. `--json` prints `{"changes": [{class, item, pointer, message}], "verdict"}`
//! instead. `--fail-on CLASS` exits with 1 when a change of that class or a worse one
//! exists (`docs` < `additive` < `breaking`); a schema error exits with 2.

use conference_codegen::diff::{Class, diff};
use conference_codegen::{Options, generate_source};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("diff") {
        args.next();
        return diff_command(args);
    }
    let mut path = None;
    let mut options = Options::default();
    while let Some(arg) = args.next() {
        match selection(&arg, &mut args, &mut options) {
            Ok(true) => continue,
            Ok(false) => {}
            Err(problem) => return usage(&problem),
        }
        match arg.as_str() {
            "-h" | "--help" => return usage(""),
            _ if path.is_none() => path = Some(PathBuf::from(arg)),
            _ => return usage(&format!("unexpected argument {arg}")),
        }
    }
    let Some(path) = path else {
        return usage("give the schema file");
    };
    match generate_source(&path, &options) {
        Ok(source) => {
            print!("{source}");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in errors {
                eprintln!("error: {}: {error}", path.display());
            }
            ExitCode::FAILURE
        }
    }
}

/// Reads `--name`, `--operation` and `--tag` into `options`; `Ok(false)` when `arg` is
/// none of them.
fn selection(
    arg: &str,
    args: &mut impl Iterator<Item = String>,
    options: &mut Options,
) -> Result<bool, String> {
    match arg {
        "--name" => match args.next().as_deref().and_then(|n| n.split_once('=')) {
            Some((name, pointer)) => options.names.push((name.to_owned(), pointer.to_owned())),
            None => return Err("--name takes Type=<JSON pointer>".into()),
        },
        "--operation" | "--tag" => match args.next() {
            Some(value) if arg == "--operation" => options.operations.push(value),
            Some(value) => options.tags.push(value),
            None => return Err(format!("{arg} takes a value")),
        },
        _ => return Ok(false),
    }
    Ok(true)
}

fn diff_command(mut args: impl Iterator<Item = String>) -> ExitCode {
    let mut options = Options::default();
    let mut paths = Vec::new();
    let mut as_json = false;
    let mut fail_on = None;
    while let Some(arg) = args.next() {
        match selection(&arg, &mut args, &mut options) {
            Ok(true) => continue,
            Ok(false) => {}
            Err(problem) => return usage(&problem),
        }
        match arg.as_str() {
            "--json" => as_json = true,
            "--fail-on" => match args.next().as_deref().and_then(Class::parse) {
                Some(class) => fail_on = Some(class),
                None => return usage("--fail-on takes breaking, additive or docs"),
            },
            "-h" | "--help" => return usage(""),
            _ if paths.len() < 2 && !arg.starts_with("--") => paths.push(PathBuf::from(arg)),
            _ => return usage(&format!("unexpected argument {arg}")),
        }
    }
    let [old, new] = paths.as_slice() else {
        return usage("diff takes the old and the new schema file");
    };
    let report = match diff(old, new, &options) {
        Ok(report) => report,
        Err(errors) => {
            for error in errors {
                eprintln!("error: {error}");
            }
            return ExitCode::from(2);
        }
    };
    if as_json {
        println!("{:#}", report.to_json());
    } else {
        println!("{report}");
    }
    match (fail_on, report.worst()) {
        (Some(threshold), Some(worst)) if worst >= threshold => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!(
        "usage: conference-codegen <schema.json> [--name Type=<JSON pointer>]... [--operation ID]... [--tag TAG]...\n       conference-codegen diff OLD.json NEW.json [--name ..]... [--operation ..]... [--tag ..]... [--json] [--fail-on breaking|additive|docs]"
    );
    if problem.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
