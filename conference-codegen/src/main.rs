//! Prints the code that `conference_api::generate!` emits for a schema file, formatted,
//! so a schema change can be reviewed as a diff:
//!
//! ```text
//! cargo run -p conference-codegen --features print -- schema/create_video_conference.json
//! ```
//! `--name Type=<JSON pointer>` names a shared constrained type, as `names { … }` does in
//! the macro call; `--operation ID` and `--tag TAG` select operations, as `operations`
//! and `tags` do.

use conference_codegen::{Options, generate_source};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut options = Options::default();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--name" => match args.next().as_deref().and_then(|n| n.split_once('=')) {
                Some((name, pointer)) => options.names.push((name.to_owned(), pointer.to_owned())),
                None => return usage("--name takes Type=<JSON pointer>"),
            },
            "--operation" | "--tag" => match args.next() {
                Some(value) if arg == "--operation" => options.operations.push(value),
                Some(value) => options.tags.push(value),
                None => return usage(&format!("{arg} takes a value")),
            },
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

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!(
        "usage: conference-codegen <schema.json> [--name Type=<JSON pointer>]... [--operation ID]... [--tag TAG]..."
    );
    if problem.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
