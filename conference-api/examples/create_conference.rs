//! Creates, lists, shows, updates and deletes video conferences from the command line.
//!
//! ```text
//! cargo run --example create_conference -- --display-name "Weekly sync"
//! cargo run --example create_conference -- list --limit 10
//! cargo run --example create_conference -- get ID
//! cargo run --example create_conference -- update ID --display-name "Renamed" --quality 1080p
//! cargo run --example create_conference -- delete ID
//! cargo run --example create_conference -- --help
//! ```
//!
//! `create` is the default subcommand. It talks to SignalWire when `SIGNALWIRE_SPACE`,
//! `SIGNALWIRE_PROJECT_ID` and `SIGNALWIRE_API_TOKEN` are all set, and otherwise to a
//! stand-in server started in this process (nothing leaves the machine); stderr says
//! which. The options of `create` and `update` are derived from the schema
//! (`CreateConferenceRequest::FIELDS`, `UpdateConferenceRequest::FIELDS`), and every
//! value is checked before anything is sent. `--json` prints machine-readable output on
//! stdout.
//!
//! Exit status: 0 done; 1 the call failed; 2 bad arguments or invalid values.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use conference_api::{
    Api, Client, Conference, CreateConferenceRequest, CreateConferenceRequestBuilder, DateTime,
    FieldInfo, FieldKind, GetVideoConferenceParams, ListVideoConferencesParams, PageSize,
    UpdateConferenceRequest, UpdateConferenceRequestBuilder, Uuid, ValidationErrors,
};
use conference_standin::StandIn;
use futures_util::TryStreamExt;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// The variables that select SignalWire, as `Client::from_env` reads them.
const ENV_VARS: [&str; 3] = [
    "SIGNALWIRE_SPACE",
    "SIGNALWIRE_PROJECT_ID",
    "SIGNALWIRE_API_TOKEN",
];

/// Exit status of a call that failed.
const CALL_FAILED: u8 = 1;
/// Exit status of bad arguments or invalid values.
const BAD_ARGUMENTS: u8 = 2;

/// How the program ends: the exit status, after its message was printed.
struct Exit(u8);

/// Appends `text` to `out`, wrapped at `width` columns.
fn wrap(out: &mut String, text: &str, width: usize) {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
}

/// One option per request field, from the schema: its documentation, rules and default
/// are its help.
fn field_args(fields: &'static [FieldInfo]) -> Vec<Arg> {
    fields
        .iter()
        .map(|field| {
            let mut text = String::new();
            let mut help = field.doc.to_owned();
            if field.required {
                help.push_str(" (required)");
            }
            help.push_str(&format!(" Rules: {}.", field.rules));
            if let Some(default) = field.default {
                help.push_str(&format!(" Default (applied by the server): {default}."));
            }
            wrap(&mut text, &help, 80);
            let arg = Arg::new(field.name)
                .long(field.name.replace('_', "-"))
                .help(text)
                .action(ArgAction::Set);
            match field.kind {
                // Alone it means true; `=false` or a following `false` gives false.
                FieldKind::Boolean => arg
                    .value_name("true|false")
                    .num_args(0..=1)
                    .default_missing_value("true"),
                FieldKind::String => arg.value_name("VALUE"),
                FieldKind::Integer | FieldKind::Number => arg.value_name("NUMBER"),
                _ => arg.value_name("JSON"),
            }
            .allow_hyphen_values(matches!(
                field.kind,
                FieldKind::Integer | FieldKind::Number | FieldKind::Json
            ))
        })
        .collect()
}

fn json_flag(what: &'static str) -> Arg {
    Arg::new("json")
        .long("json")
        .action(ArgAction::SetTrue)
        .help(what)
}

fn id_arg() -> Arg {
    Arg::new("id")
        .value_name("ID")
        .required(true)
        .help("The conference's ID (a UUID)")
        .value_parser(|text: &str| {
            Uuid::try_parse(text).map_err(|_| format!("{text:?} is not a conference ID (a UUID)"))
        })
}

/// A `starts_after`/`ends_before` value: an RFC 3339 date-time (or date) or a Unix
/// timestamp in seconds, as the API accepts.
fn timestamp(text: &str) -> Result<String, String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let unix = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    if (unix && text.parse::<i64>().is_ok()) || DateTime::parse(text).is_ok() {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "{text:?} is not an RFC 3339 date-time (2030-01-01T09:00:00Z) or a Unix timestamp"
        ))
    }
}

fn page_size(text: &str) -> Result<PageSize, String> {
    let number: i32 = text
        .parse()
        .map_err(|_| format!("{text:?} is not a whole number"))?;
    PageSize::new(number).map_err(|error| error.problem().to_owned())
}

fn command() -> Command {
    let credentials = "It uses SignalWire when SIGNALWIRE_SPACE, SIGNALWIRE_PROJECT_ID and \
         SIGNALWIRE_API_TOKEN are all set, and otherwise a stand-in server started in this \
         process, which starts empty and stops when the command ends (nothing leaves this \
         machine); stderr says which. To keep conferences from one command to the next \
         without SignalWire, run `cargo run -p conference-standin` in another terminal and \
         export the lines it prints.";
    let mut after = String::new();
    wrap(&mut after, credentials, 88);
    after.push_str("\n\n");
    wrap(
        &mut after,
        "Exit status: 0 done; 1 the call failed (the error says why); 2 bad arguments or \
         invalid values (all of them are listed).",
        88,
    );
    let create_json = "Print the created conference as JSON";
    let create = Command::new("create")
        .about(
            "Create a conference (the default subcommand): POST /api/video/conferences. \
             Every request field is an option; a boolean option alone means true.",
        )
        .args(field_args(CreateConferenceRequest::FIELDS))
        .arg(json_flag(create_json));
    Command::new("create_conference")
        .about(
            "Creates, lists, shows, updates and deletes video conferences with SignalWire's \
             Video Conferences API. Without a subcommand it creates one: its options are \
             those of `create`.",
        )
        .after_help(after)
        .next_line_help(true)
        .args_conflicts_with_subcommands(true)
        .args(field_args(CreateConferenceRequest::FIELDS))
        .arg(json_flag(create_json))
        .subcommand(create)
        .subcommand(
            Command::new("list")
                .about(
                    "List conferences, oldest first, following every page: \
                     GET /api/video/conferences",
                )
                .arg(
                    Arg::new("page_size")
                        .long("page-size")
                        .value_name("N")
                        .help("Conferences per page asked for, 1 to 1000 (default 50)")
                        .value_parser(page_size),
                )
                .arg(
                    Arg::new("starts_after")
                        .long("starts-after")
                        .value_name("TIME")
                        .help(
                            "Only conferences whose join_from is at or after TIME (RFC 3339 \
                             date-time or Unix timestamp)",
                        )
                        .value_parser(timestamp),
                )
                .arg(
                    Arg::new("ends_before")
                        .long("ends-before")
                        .value_name("TIME")
                        .help(
                            "Only conferences whose join_until is at or before TIME (RFC \
                             3339 date-time or Unix timestamp)",
                        )
                        .value_parser(timestamp),
                )
                .arg(
                    Arg::new("limit")
                        .long("limit")
                        .value_name("N")
                        .help("Stop after N conferences")
                        .value_parser(clap::value_parser!(u64)),
                )
                .arg(json_flag("Print the conferences as a JSON array")),
        )
        .subcommand(
            Command::new("get")
                .about("Show a conference: GET /api/video/conferences/{id}")
                .arg(id_arg())
                .arg(json_flag("Print the conference as JSON")),
        )
        .subcommand(
            Command::new("update")
                .about(
                    "Update a conference: PUT /api/video/conferences/{id}. The fields \
                     given replace the conference's; --display-name is required. Give \
                     the ID first.",
                )
                .arg(id_arg())
                .args(field_args(UpdateConferenceRequest::FIELDS))
                .arg(json_flag("Print the updated conference as JSON")),
        )
        .subcommand(
            Command::new("delete")
                .about("Delete a conference: DELETE /api/video/conferences/{id}")
                .arg(id_arg())
                .arg(json_flag(r#"Print {"id":…,"deleted":true} as JSON"#)),
        )
}

/// The request fields given as options, as raw JSON values typed by each field's kind;
/// the request's builder checks them all afterwards.
fn field_values(matches: &ArgMatches, fields: &'static [FieldInfo]) -> Map<String, Value> {
    let mut values = Map::new();
    for field in fields {
        let Some(text) = matches.get_one::<String>(field.name) else {
            continue;
        };
        let value = match field.kind {
            FieldKind::String => Value::String(text.clone()),
            FieldKind::Boolean => match text.as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                // Left to the validator, which names the expected type.
                _ => Value::String(text.clone()),
            },
            // Numbers and JSON values; anything else is left to the validator.
            _ => serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.clone())),
        };
        values.insert(field.name.to_owned(), value);
    }
    values
}

/// A request built from the options, or exit 2 with every invalid value listed.
fn request<B, R>(
    values: Map<String, Value>,
    build: impl FnOnce(B) -> Result<R, ValidationErrors>,
) -> Result<R, Exit>
where
    B: DeserializeOwned,
{
    let builder = serde_json::from_value::<B>(Value::Object(values)).map_err(|error| {
        eprintln!("error: {error}");
        Exit(BAD_ARGUMENTS)
    })?;
    build(builder).map_err(|errors| {
        let count = errors.len();
        let plural = if count == 1 { "" } else { "s" };
        eprintln!("error: {count} invalid value{plural}; nothing was sent:");
        for error in &errors {
            let option = format!("--{}", error.field().replace('_', "-"));
            eprintln!("  {option}: {} (rule: {})", error.problem(), error.rule());
        }
        eprintln!("See --help for the rules of each option.");
        Exit(BAD_ARGUMENTS)
    })
}

/// The client, and the in-process stand-in it talks to if SignalWire is not
/// configured (dropping it stops the server).
async fn connect(subcommand: &str) -> Result<(Client, Option<StandIn>), Exit> {
    let set: Vec<&str> = ENV_VARS
        .into_iter()
        .filter(|name| std::env::var(name).is_ok_and(|value| !value.trim().is_empty()))
        .collect();
    let failed = |error: &dyn std::fmt::Display| {
        eprintln!("error: {error}");
        Exit(CALL_FAILED)
    };
    if set.len() == ENV_VARS.len() {
        let client = Client::from_env().map_err(|error| failed(&error))?;
        eprintln!("Using SignalWire at {}", client.base_url());
        return Ok((client, None));
    }
    if !set.is_empty() {
        let missing: Vec<&str> = ENV_VARS
            .into_iter()
            .filter(|name| !set.contains(name))
            .collect();
        eprintln!(
            "note: {} not set (SignalWire needs all of {}): using the stand-in server",
            missing.join(", "),
            ENV_VARS.join(", ")
        );
    }
    let stand_in = StandIn::start().await.map_err(|error| {
        eprintln!("error: could not start the stand-in server: {error}");
        Exit(CALL_FAILED)
    })?;
    let client = stand_in.client().map_err(|error| failed(&error))?;
    eprintln!(
        "Using the stand-in server at {} (set {} to use SignalWire)",
        stand_in.url(),
        ENV_VARS.join(", ")
    );
    if subcommand != "create" {
        eprintln!(
            "note: this stand-in started empty and stops when this command ends. To keep \
             conferences from one command to the next, run `cargo run -p conference-standin` \
             in another terminal and export the lines it prints."
        );
    }
    Ok((client, Some(stand_in)))
}

/// The conference, one field a line.
fn describe(conference: &Conference) -> String {
    fn text(value: &Option<String>) -> String {
        value.clone().unwrap_or_else(|| "(not set)".to_owned())
    }
    fn shown<T: ToString>(value: &Option<T>) -> String {
        value
            .as_ref()
            .map_or_else(|| "(not set)".to_owned(), ToString::to_string)
    }
    let c = conference;
    let meta = c.meta.as_ref().map(|meta| Value::Object(meta.clone()));
    let rows = [
        ("id", c.id.to_string()),
        ("name", c.name.clone()),
        ("display_name", text(&c.display_name)),
        ("description", text(&c.description)),
        ("join_from", shown(&c.join_from)),
        ("join_until", shown(&c.join_until)),
        ("quality", c.quality.to_string()),
        ("layout", c.layout.to_string()),
        ("size", shown(&c.size)),
        ("record_on_start", c.record_on_start.to_string()),
        (
            "tone_on_entry_and_exit",
            c.tone_on_entry_and_exit.to_string(),
        ),
        ("user_join_video_off", c.user_join_video_off.to_string()),
        ("room_join_video_off", c.room_join_video_off.to_string()),
        ("enable_chat", c.enable_chat.to_string()),
        ("enable_room_previews", shown(&c.enable_room_previews)),
        ("dark_primary", text(&c.dark_primary)),
        ("dark_background", text(&c.dark_background)),
        ("dark_foreground", text(&c.dark_foreground)),
        ("dark_success", text(&c.dark_success)),
        ("dark_negative", text(&c.dark_negative)),
        ("light_primary", text(&c.light_primary)),
        ("light_background", text(&c.light_background)),
        ("light_foreground", text(&c.light_foreground)),
        ("light_success", text(&c.light_success)),
        ("light_negative", text(&c.light_negative)),
        ("meta", shown(&meta)),
        ("created_at", c.created_at.to_string()),
        ("updated_at", c.updated_at.to_string()),
    ];
    let mut out = String::new();
    for (label, value) in rows {
        out.push_str(&format!("  {label:<24}{value}\n"));
    }
    out
}

/// Prints `value` as pretty JSON on stdout.
fn print_json(value: &impl Serialize) -> Result<(), Exit> {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            println!("{text}");
            Ok(())
        }
        Err(error) => {
            eprintln!("error: the answer could not be printed as JSON: {error}");
            Err(Exit(CALL_FAILED))
        }
    }
}

/// Prints a conference readably (after `heading`), or as JSON.
fn print_conference(heading: &str, conference: &Conference, json: bool) -> Result<(), Exit> {
    if json {
        return print_json(conference);
    }
    println!("{heading} {}:", conference.name);
    print!("{}", describe(conference));
    Ok(())
}

/// Writes to stdout; a closed stdout (`| head`) ends the listing quietly.
fn out(text: &str) -> Result<(), Exit> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|_| Exit(0))
}

async fn list(client: &Client, matches: &ArgMatches) -> Result<(), Exit> {
    let params = ListVideoConferencesParams {
        page_size: matches.get_one::<PageSize>("page_size").copied(),
        starts_after: matches.get_one::<String>("starts_after").cloned(),
        ends_before: matches.get_one::<String>("ends_before").cloned(),
        ..Default::default()
    };
    let limit = matches.get_one::<u64>("limit").copied().unwrap_or(u64::MAX);
    let json = matches.get_flag("json");
    // Progress only for a person watching: never in a pipe or a file.
    let progress = std::io::stderr().is_terminal();
    let mut conferences = client.list_all_video_conferences(&params);
    let mut count: u64 = 0;
    if json {
        out("[")?;
    }
    let result = loop {
        if count >= limit {
            break Ok(());
        }
        let conference = match conferences.try_next().await {
            Ok(Some(conference)) => conference,
            Ok(None) => break Ok(()),
            Err(error) => break Err(error),
        };
        if json {
            let text = serde_json::to_string_pretty(&conference).map_err(|error| {
                eprintln!("error: a conference could not be printed as JSON: {error}");
                Exit(CALL_FAILED)
            })?;
            let separator = if count == 0 { "\n" } else { ",\n" };
            out(&format!("{separator}{text}"))?;
        } else {
            let display_name = conference.display_name.as_deref().unwrap_or("");
            let from = conference
                .join_from
                .map_or_else(|| "-".to_owned(), |time| time.to_string());
            let until = conference
                .join_until
                .map_or_else(|| "-".to_owned(), |time| time.to_string());
            out(&format!(
                "{}  {:<32}  {from}  {until}  {display_name}\n",
                conference.id, conference.name
            ))?;
        }
        count += 1;
        if progress && count.is_multiple_of(100) {
            eprint!(
                "\rListed {count} conferences ({} pages)…",
                conferences.pages_fetched()
            );
        }
    };
    if progress && count >= 100 {
        eprintln!();
    }
    if json {
        out(if count == 0 { "]\n" } else { "\n]\n" })?;
    }
    match result {
        Ok(()) => {
            if !json {
                let plural = if count == 1 { "" } else { "s" };
                eprintln!("{count} conference{plural}");
            }
            Ok(())
        }
        Err(error) => {
            eprintln!("error: {error}");
            Err(Exit(CALL_FAILED))
        }
    }
}

/// Runs the command line; `Err` carries the exit status, its message printed.
async fn run() -> Result<(), Exit> {
    let matches = match command().try_get_matches() {
        Ok(matches) => matches,
        Err(error) => {
            // Help goes to stdout with status 0; usage errors to stderr with 2.
            let _ = error.print();
            return Err(Exit(
                u8::try_from(error.exit_code()).unwrap_or(BAD_ARGUMENTS),
            ));
        }
    };
    let (name, sub) = match matches.subcommand() {
        Some((name, sub)) => (name, sub),
        None => ("create", &matches),
    };
    let json = sub.get_flag("json");
    // clap requires the ID of get, update and delete.
    let id = || *sub.get_one::<Uuid>("id").expect("clap requires the ID");
    // Everything is checked before a server is reached or started.
    let action = match name {
        "create" => Action::Create(request(
            field_values(sub, CreateConferenceRequest::FIELDS),
            CreateConferenceRequestBuilder::build,
        )?),
        "update" => Action::Update(
            id(),
            request(
                field_values(sub, UpdateConferenceRequest::FIELDS),
                UpdateConferenceRequestBuilder::build,
            )?,
        ),
        "get" => Action::Get(id()),
        "delete" => Action::Delete(id()),
        "list" => Action::List,
        // clap knows no other subcommand.
        _ => {
            eprintln!("error: unexpected subcommand {name:?} (see --help)");
            return Err(Exit(BAD_ARGUMENTS));
        }
    };
    let (client, _stand_in) = connect(name).await?;
    let failed = |error: conference_api::Error| {
        eprintln!("error: {error}");
        Exit(CALL_FAILED)
    };
    match action {
        Action::List => list(&client, sub).await,
        Action::Get(id) => {
            let conference = client
                .get_video_conference(&id, &GetVideoConferenceParams::default())
                .await
                .map_err(failed)?;
            print_conference("Conference", &conference, json)
        }
        Action::Delete(id) => {
            client.delete_video_conference(&id).await.map_err(failed)?;
            if json {
                print_json(&serde_json::json!({ "id": id, "deleted": true }))
            } else {
                println!("Deleted conference {id}.");
                Ok(())
            }
        }
        Action::Update(id, request) => {
            let conference = client
                .update_video_conference(&id, &request)
                .await
                .map_err(failed)?;
            print_conference("Updated conference", &conference, json)
        }
        Action::Create(request) => {
            let conference = client
                .create_video_conference(&request)
                .await
                .map_err(failed)?;
            print_conference("Created conference", &conference, json)
        }
    }
}

/// What the command line asks for, its values checked.
enum Action {
    Create(CreateConferenceRequest),
    Update(Uuid, UpdateConferenceRequest),
    Get(Uuid),
    Delete(Uuid),
    List,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(Exit(status)) => ExitCode::from(status),
    }
}
