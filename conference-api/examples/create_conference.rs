//! Creates a video conference from the command line.
//!
//! ```text
//! cargo run --example create_conference -- --display-name "Weekly sync"
//! cargo run --example create_conference -- --help
//! ```
//!
//! It talks to SignalWire when `SIGNALWIRE_SPACE`, `SIGNALWIRE_PROJECT_ID` and
//! `SIGNALWIRE_API_TOKEN` are all set, and otherwise to a stand-in server started in
//! this process (nothing leaves the machine); stderr says which. Every request field
//! is an option, derived from the schema (`CreateConferenceRequest::FIELDS`), and
//! every value is checked before anything is sent.
//!
//! Exit status: 0 created; 1 the call failed; 2 bad arguments or invalid values.

use std::process::ExitCode;

use conference_api::{
    Api, Client, Conference, CreateConferenceRequest, CreateConferenceRequestBuilder, FieldInfo,
    FieldKind,
};
use conference_standin::StandIn;
use serde_json::{Map, Value};

/// The variables that select SignalWire, as `Client::from_env` reads them.
const ENV_VARS: [&str; 3] = [
    "SIGNALWIRE_SPACE",
    "SIGNALWIRE_PROJECT_ID",
    "SIGNALWIRE_API_TOKEN",
];

/// What the command line asks for.
enum Command {
    Help,
    Create {
        fields: Map<String, Value>,
        json: bool,
    },
}

/// `--display-name` for `display_name`.
fn option_name(field: &FieldInfo) -> String {
    format!("--{}", field.name.replace('_', "-"))
}

/// Reads the options into raw JSON values, typed by each field's kind; the request's
/// builder checks them all afterwards.
fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut fields = Map::new();
    let mut json = false;
    let mut args = args.into_iter().peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--json" => {
                json = true;
                continue;
            }
            _ => {}
        }
        let Some(option) = arg.strip_prefix("--") else {
            return Err(format!(
                "unexpected argument {arg:?}: every value follows its option, as in \
                 --display-name \"Weekly sync\" (see --help)"
            ));
        };
        let (name, inline) = match option.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (option, None),
        };
        let Some(field) = CreateConferenceRequest::FIELDS
            .iter()
            .find(|field| option_name(field) == format!("--{name}"))
        else {
            return Err(format!("unknown option --{name} (see --help)"));
        };
        let value = match field.kind {
            FieldKind::Boolean => {
                let text = inline
                    .or_else(|| args.next_if(|next| next == "true" || next == "false"))
                    .unwrap_or_else(|| "true".to_owned());
                match text.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    // Left to the validator, which names the expected type.
                    _ => Value::String(text),
                }
            }
            kind => {
                let text = inline
                    .or_else(|| args.next())
                    .ok_or_else(|| format!("--{name} needs a value: {}", field.rules))?;
                match kind {
                    FieldKind::String => Value::String(text),
                    // Numbers and JSON values; anything else is left to the validator.
                    _ => serde_json::from_str(&text).unwrap_or(Value::String(text)),
                }
            }
        };
        if fields.insert(field.name.to_owned(), value).is_some() {
            return Err(format!("--{name} was given more than once"));
        }
    }
    Ok(Command::Create { fields, json })
}

/// Appends `text` to `out`, wrapped at 88 columns, each line indented by `indent`.
fn wrap(out: &mut String, text: &str, indent: &str) {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > 88 {
            out.push_str(indent);
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
}

fn help() -> String {
    let mut out = String::from(
        "Creates a video conference with SignalWire's \"Create a Video Conference\" API \
         (POST /api/video/conferences).\n\n\
         Usage: create_conference --display-name VALUE [OPTIONS]\n\n",
    );
    wrap(
        &mut out,
        "It uses SignalWire when SIGNALWIRE_SPACE, SIGNALWIRE_PROJECT_ID and \
         SIGNALWIRE_API_TOKEN are all set, and otherwise a stand-in server started in this \
         process (nothing leaves this machine); stderr says which.",
        "",
    );
    out.push_str(
        "\nRequest fields (from the schema; every value is checked before anything is sent):\n",
    );
    for field in CreateConferenceRequest::FIELDS {
        let option = option_name(field);
        let mut heading = match field.kind {
            FieldKind::Boolean => format!("  {option}[=true|false]"),
            FieldKind::String => format!("  {option} VALUE"),
            FieldKind::Integer | FieldKind::Number => format!("  {option} NUMBER"),
            _ => format!("  {option} JSON"),
        };
        if field.required {
            heading.push_str("  (required)");
        }
        out.push_str(&heading);
        out.push('\n');
        wrap(&mut out, field.doc, "      ");
        let mut rules = format!("Rules: {}.", field.rules);
        if let Some(default) = field.default {
            rules.push_str(&format!(" Default (applied by the server): {default}."));
        }
        wrap(&mut out, &rules, "      ");
    }
    out.push('\n');
    wrap(
        &mut out,
        "A boolean option alone means true; give false as --record-on-start=false or \
         --record-on-start false.",
        "",
    );
    out.push_str(
        "\nOther options:\n  \
         --json       print the created conference as JSON\n  \
         -h, --help   print this help\n\n",
    );
    wrap(
        &mut out,
        "Exit status: 0 created; 1 the call failed (the error says why); 2 bad arguments \
         or invalid values (all of them are listed).",
        "",
    );
    out
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

#[tokio::main]
async fn main() -> ExitCode {
    let (fields, json) = match parse(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            print!("{}", help());
            return ExitCode::SUCCESS;
        }
        Ok(Command::Create { fields, json }) => (fields, json),
        Err(problem) => {
            eprintln!("error: {problem}");
            return ExitCode::from(2);
        }
    };
    let builder =
        match serde_json::from_value::<CreateConferenceRequestBuilder>(Value::Object(fields)) {
            Ok(builder) => builder,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(2);
            }
        };
    let request = match builder.build() {
        Ok(request) => request,
        Err(errors) => {
            let count = errors.len();
            let plural = if count == 1 { "" } else { "s" };
            eprintln!("error: {count} invalid value{plural}; nothing was sent:");
            for error in &errors {
                let option = format!("--{}", error.field().replace('_', "-"));
                eprintln!("  {option}: {} (rule: {})", error.problem(), error.rule());
            }
            eprintln!("See --help for the rules of each option.");
            return ExitCode::from(2);
        }
    };

    let set: Vec<&str> = ENV_VARS
        .into_iter()
        .filter(|name| std::env::var(name).is_ok_and(|value| !value.trim().is_empty()))
        .collect();
    // Kept alive until the call is done; dropping it stops the server.
    let mut stand_in = None;
    let client = if set.len() == ENV_VARS.len() {
        match Client::from_env() {
            Ok(client) => {
                eprintln!("Using SignalWire at {}", client.base_url());
                client
            }
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        }
    } else {
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
        let started = match StandIn::start().await {
            Ok(started) => started,
            Err(error) => {
                eprintln!("error: could not start the stand-in server: {error}");
                return ExitCode::FAILURE;
            }
        };
        let client = match started.client() {
            Ok(client) => client,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        };
        eprintln!(
            "Using the stand-in server at {} (set {} to use SignalWire)",
            started.url(),
            ENV_VARS.join(", ")
        );
        stand_in = Some(started);
        client
    };

    let result = client.create_video_conference(&request).await;
    drop(stand_in);
    match result {
        Ok(conference) if json => match serde_json::to_string_pretty(&conference) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: the conference was created but could not be printed: {error}");
                ExitCode::FAILURE
            }
        },
        Ok(conference) => {
            println!("Created conference {}:", conference.name);
            print!("{}", describe(&conference));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
