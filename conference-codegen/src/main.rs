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
//! exists (`docs` < `additive` < `breaking`); a schema error exits with 2, as a usage
//! error does.

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use conference_codegen::diff::{Class, diff};
use conference_codegen::{Options, generate_source};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let matches = command().get_matches();
    match matches.subcommand() {
        Some(("diff", matches)) => diff_command(matches),
        _ => print_command(&matches),
    }
}

/// The command line: the schema to print, or `diff OLD NEW`; both take the selection.
fn command() -> Command {
    Command::new("conference-codegen")
        .about("Prints the code conference_api::generate! emits for a schema file, formatted")
        .args_conflicts_with_subcommands(true)
        .subcommand_negates_reqs(true)
        .arg(
            Arg::new("schema")
                .help("The OpenAPI document (JSON or YAML)")
                .required(true)
                .value_parser(value_parser!(PathBuf)),
        )
        .args(selection())
        .subcommand(
            Command::new("diff")
                .about("Reports what a schema change does to the generated API, with its semver verdict")
                .arg(
                    Arg::new("old")
                        .help("The schema file before the change")
                        .required(true)
                        .value_parser(value_parser!(PathBuf)),
                )
                .arg(
                    Arg::new("new")
                        .help("The schema file after it")
                        .required(true)
                        .value_parser(value_parser!(PathBuf)),
                )
                .args(selection())
                .arg(
                    Arg::new("json")
                        .long("json")
                        .action(ArgAction::SetTrue)
                        .help("Prints {\"changes\": [{class, item, pointer, message}], \"verdict\"}"),
                )
                .arg(
                    Arg::new("fail-on")
                        .long("fail-on")
                        .value_name("CLASS")
                        .value_parser(["breaking", "additive", "docs"])
                        .help("Exits with 1 when a change of this class or a worse one exists"),
                ),
        )
}

/// `--name`, `--operation` and `--tag`, as `names { .. }`, `operations` and `tags` in the
/// macro call.
fn selection() -> [Arg; 3] {
    [
        Arg::new("name")
            .long("name")
            .value_name("Type=<JSON pointer>")
            .action(ArgAction::Append)
            .value_parser(|text: &str| match text.split_once('=') {
                Some((name, pointer)) => Ok((name.to_owned(), pointer.to_owned())),
                None => Err("takes Type=<JSON pointer>"),
            })
            .help("Names a shared constrained type"),
        Arg::new("operation")
            .long("operation")
            .value_name("ID")
            .action(ArgAction::Append)
            .help("Selects an operation by its operationId"),
        Arg::new("tag")
            .long("tag")
            .value_name("TAG")
            .action(ArgAction::Append)
            .help("Selects the operations of a tag"),
    ]
}

fn options(matches: &ArgMatches) -> Options {
    let strings = |id: &str| {
        matches
            .get_many::<String>(id)
            .into_iter()
            .flatten()
            .cloned()
            .collect()
    };
    Options {
        names: matches
            .get_many::<(String, String)>("name")
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        operations: strings("operation"),
        tags: strings("tag"),
        ..Options::default()
    }
}

fn print_command(matches: &ArgMatches) -> ExitCode {
    let path = matches.get_one::<PathBuf>("schema").expect("required");
    match generate_source(path, &options(matches)) {
        Ok(source) => write_out(source.as_bytes()),
        Err(errors) => {
            for error in errors {
                eprintln!("error: {}: {error}", path.display());
            }
            ExitCode::FAILURE
        }
    }
}

fn diff_command(matches: &ArgMatches) -> ExitCode {
    let [old, new] = ["old", "new"].map(|id| matches.get_one::<PathBuf>(id).expect("required"));
    let report = match diff(old, new, &options(matches)) {
        Ok(report) => report,
        Err(errors) => {
            for error in errors {
                eprintln!("error: {error}");
            }
            return ExitCode::from(2);
        }
    };
    let text = match matches.get_flag("json") {
        true => format!("{:#}\n", report.to_json()),
        false => format!("{report}\n"),
    };
    if write_out(text.as_bytes()) == ExitCode::FAILURE {
        return ExitCode::FAILURE;
    }
    let fail_on = matches
        .get_one::<String>("fail-on")
        .and_then(|class| Class::parse(class));
    match (fail_on, report.worst()) {
        (Some(threshold), Some(worst)) if worst >= threshold => ExitCode::FAILURE,
        _ => ExitCode::SUCCESS,
    }
}

/// Writes to stdout. A reader that stopped reading (`| head`) is no failure; any other
/// write error is reported, not a panic.
fn write_out(bytes: &[u8]) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: writing the output: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn the_selection_and_the_diff_options_are_read() {
        let matches = command()
            .try_get_matches_from([
                "conference-codegen",
                "diff",
                "old.json",
                "new.yaml",
                "--name",
                "Color=#/a/b",
                "--tag",
                "Video",
                "--tag",
                "Fabric",
                "--fail-on",
                "additive",
            ])
            .unwrap();
        let Some(("diff", matches)) = matches.subcommand() else {
            panic!("diff not chosen");
        };
        let options = options(matches);
        assert_eq!(options.names, [("Color".to_owned(), "#/a/b".to_owned())]);
        assert_eq!(options.tags, ["Video", "Fabric"]);
        assert_eq!(matches.get_one::<String>("fail-on").unwrap(), "additive");
        assert_eq!(
            matches.get_one::<PathBuf>("new").unwrap(),
            &PathBuf::from("new.yaml")
        );
    }

    #[test]
    fn a_bad_name_or_class_is_a_usage_error_that_says_what_it_takes() {
        let error = command()
            .try_get_matches_from(["conference-codegen", "s.json", "--name", "Color"])
            .unwrap_err()
            .to_string();
        assert!(error.contains("takes Type=<JSON pointer>"), "{error}");
        let error = command()
            .try_get_matches_from(["conference-codegen", "diff", "a", "b", "--fail-on", "big"])
            .unwrap_err()
            .to_string();
        assert!(error.contains("breaking"), "{error}");
    }

    #[test]
    fn the_schema_alone_prints() {
        let matches = command()
            .try_get_matches_from(["conference-codegen", "schema.json", "--operation", "x"])
            .unwrap();
        assert!(matches.subcommand().is_none());
        assert_eq!(options(&matches).operations, ["x"]);
    }
}
