//! The macro's cost in a real build: `cargo check` of a crate that invokes
//! `conference_api::generate!`, against the same crate with the code `generate_source`
//! prints `include!`d instead, each after touching its `lib.rs`. Target: the macro adds
//! under 10%. For each document it also reports what the macro emits (bytes against the
//! schema's, lines per schema, tokens) and rustc's peak memory for the check (where
//! `/usr/bin/time` exists).
//!
//! `cargo bench -p conference-tests --bench macro_cost`
//!
//! The two crates live in a scratch workspace under this crate's `CARGO_TARGET_TMPDIR`
//! and share its target dir, so dependencies are built once, by an untimed first check
//! (minutes on the first run: reqwest, rustls; the Cargo.lock is copied so no other
//! versions are picked, and `--offline` ensures nothing is fetched). The two checks then
//! alternate, round after round, and the medians are reported.

#[path = "../../conference-api/benches/common/mod.rs"]
mod common;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Instant, SystemTime};

use conference_codegen::{Options, generate_source};

/// The schema files (relative to the workspace root, or to the scratch workspace for
/// the documents this bench writes) and their `names { .. }`.
const SCHEMAS: &[(&str, &[(&str, &str)])] = &[
    // SignalWire's whole REST document, as published: 253 operations, 912 schemas.
    ("tests/fixtures/published/signalwire-rest.openapi.yaml", &[]),
    // The same document three times over (`scaled_document`): 759 operations, 2,736
    // schemas, the scale of the largest vendors' documents, made of real schemas.
    (SCALED, &[]),
    // Enums of 5,000 and 10,000 values, on the request and the response side.
    (LARGE_ENUMS, &[]),
    // One family of it: 96 operations, 424 schemas.
    ("tests/fixtures/signalwire/fabric_resources.json", &[]),
    (
        "tests/fixtures/video_conferences.openapi.json",
        &[(
            "Color",
            "#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary",
        )],
    ),
];

const CRATES: [&str; 2] = ["with-macro", "with-include"];

/// Written by this bench into the scratch workspace.
const SCALED: &str = "scaled.openapi.json";
const LARGE_ENUMS: &str = "large-enums.openapi.json";
/// How many times `scaled_document` holds SignalWire's REST document.
const COPIES: usize = 3;

fn main() {
    let quick = common::quick_mode();
    let rounds = if quick { 1 } else { 15 };
    let root = fs::canonicalize(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
        .expect("the workspace root");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("macro_cost");
    write_workspace(&scratch, &root);
    scaled_document(&root.join(SCHEMAS[0].0), &scratch.join(SCALED));
    large_enums(&scratch.join(LARGE_ENUMS));

    for &(file, names) in SCHEMAS {
        let schema = match file {
            SCALED | LARGE_ENUMS => scratch.join(file),
            _ => root.join(file),
        };
        let source = write_sources(&scratch, &schema, names);
        report_size(&schema, &source);
        let started = Instant::now();
        // Builds the dependencies (the first time) and proves both crates compile.
        cargo_check(&scratch, &["--workspace"]);
        println!(
            "macro_cost: {file}: first check of both crates {:.1} s (untimed)",
            started.elapsed().as_secs_f64()
        );

        let lib_rs = CRATES.map(|name| scratch.join(name).join("src/lib.rs"));
        let [with_macro, with_include] = &mut CRATES.map(|name| {
            let scratch = &scratch;
            move || cargo_check(scratch, &["-p", name])
        });
        let medians = common::measure(
            rounds,
            1,
            &mut [with_macro, with_include],
            |crate_, before| {
                if before {
                    touch(&lib_rs[crate_]);
                }
            },
        );
        let [with, without] = medians[..] else {
            unreachable!()
        };
        let ratio = with / without;
        println!(
            "  cargo check after touching lib.rs, {rounds} rounds alternating; medians: \
             with the macro {:.0} ms, with the code include!d {:.0} ms, ratio {ratio:.3}",
            with / 1e6,
            without / 1e6,
        );
        println!(
            "  target (the macro adds under 10%): {} ({:+.1}%)",
            if ratio < 1.10 { "met" } else { "NOT met" },
            (ratio - 1.0) * 100.0
        );
        touch(&lib_rs[0]);
        match peak_memory(&scratch, CRATES[0]) {
            Some(kib) => println!(
                "  peak memory of one check with the macro: {:.2} GB",
                kib as f64 * 1024.0 / 1e9
            ),
            None => println!("  peak memory: not measured (no /usr/bin/time)"),
        }
    }
}

/// SignalWire's REST document with every component and path copied `COPIES - 1` more
/// times, each copy's names, `$ref`s, paths and operation ids suffixed, so that every
/// copied schema is reached by a copied operation.
fn scaled_document(rest: &Path, out: &Path) {
    let text = fs::read_to_string(rest).expect("read the REST document");
    let mut document: serde_json::Value = serde_yaml_ng::from_str(&text).expect("YAML");
    let original = document.clone();
    for copy in 2..=COPIES {
        let suffix = format!("Copy{copy}");
        let mut renamed = original.clone();
        rename_refs(&mut renamed, &suffix);
        if let Some(sections) = renamed["components"].as_object() {
            for (section, items) in sections {
                let Some(items) = items.as_object() else {
                    continue;
                };
                for (name, item) in items {
                    document["components"][section][format!("{name}{suffix}")] = item.clone();
                }
            }
        }
        for (path, item) in renamed["paths"].as_object().expect("paths") {
            let mut item = item.clone();
            for operation in item
                .as_object_mut()
                .into_iter()
                .flat_map(|o| o.values_mut())
            {
                if let Some(id) = operation.get("operationId").and_then(|id| id.as_str()) {
                    operation["operationId"] = format!("{id}_{suffix}").into();
                }
            }
            document["paths"][format!("/copy{copy}{path}")] = item;
        }
    }
    write(out, &serde_json::to_string(&document).expect("JSON"));
}

/// Appends `suffix` to every component a `$ref` or a discriminator's `mapping` names.
fn rename_refs(value: &mut serde_json::Value, suffix: &str) {
    let rename = |target: &mut serde_json::Value| match target {
        serde_json::Value::String(target) if target.starts_with("#/components/") => {
            target.push_str(suffix);
        }
        _ => {}
    };
    match value {
        serde_json::Value::Object(object) => {
            for (key, value) in object.iter_mut() {
                match (key.as_str(), value) {
                    ("$ref", target) => rename(target),
                    ("mapping", serde_json::Value::Object(mapping)) => {
                        mapping.values_mut().for_each(rename);
                    }
                    (_, value) => rename_refs(value, suffix),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| rename_refs(v, suffix)),
        _ => {}
    }
}

/// A document whose request and response bodies hold enums of 5,000 and 10,000 values.
fn large_enums(out: &Path) {
    let values = |n: usize| (0..n).map(|i| format!("value-{i:05}")).collect::<Vec<_>>();
    let document = serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "Large enums", "version": "1"},
        "paths": {"/things": {"post": {
            "operationId": "create_thing",
            "requestBody": {"required": true, "content": {"application/json": {"schema":
                {"$ref": "#/components/schemas/Thing"}}}},
            "responses": {"200": {"description": "The thing", "content": {"application/json":
                {"schema": {"$ref": "#/components/schemas/Thing"}}}}}
        }}},
        "components": {"schemas": {
            "Thing": {"type": "object", "properties": {
                "five_thousand": {"$ref": "#/components/schemas/FiveThousand"},
                "ten_thousand": {"$ref": "#/components/schemas/TenThousand"}
            }},
            "FiveThousand": {"type": "string", "enum": values(5_000)},
            "TenThousand": {"type": "string", "enum": values(10_000)}
        }}
    });
    write(out, &document.to_string());
}

/// What the macro emits for `schema`, against the schema itself.
fn report_size(schema: &Path, source: &str) {
    let text = fs::read_to_string(schema).expect("read the schema");
    let document: serde_json::Value = if schema.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).expect("JSON")
    } else {
        serde_yaml_ng::from_str(&text).expect("YAML")
    };
    let schemas = document
        .pointer("/components/schemas")
        .and_then(serde_json::Value::as_object)
        .map_or(0, serde_json::Map::len);
    let tokens = source
        .parse::<proc_macro2::TokenStream>()
        .map_or(0, count_tokens);
    let lines = source.lines().count();
    println!(
        "  emitted: {} bytes formatted ({:.2}x the schema's {} bytes), {lines} lines ({:.0} per schema, {schemas} schemas), {tokens} tokens",
        source.len(),
        source.len() as f64 / text.len() as f64,
        text.len(),
        lines as f64 / schemas.max(1) as f64,
    );
}

fn count_tokens(tokens: proc_macro2::TokenStream) -> usize {
    tokens
        .into_iter()
        .map(|tree| match tree {
            proc_macro2::TokenTree::Group(group) => 2 + count_tokens(group.stream()),
            _ => 1,
        })
        .sum()
}

/// rustc's peak resident memory (KiB) for one `cargo check -p name`, through GNU time.
fn peak_memory(scratch: &Path, name: &str) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let output = Command::new(time)
        .args([
            "-f",
            "peak-kib %M",
            env!("CARGO"),
            "check",
            "-p",
            name,
            "--offline",
        ])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env_remove("CONFERENCE_API_MANIFEST_DIR")
        .output()
        .ok()?;
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .find_map(|line| line.strip_prefix("peak-kib ")?.trim().parse().ok())
}

/// The scratch workspace: two crates that depend on this workspace's `conference-api`.
fn write_workspace(scratch: &Path, root: &Path) {
    let members = CRATES.map(|name| format!("{name:?}")).join(", ");
    write(
        &scratch.join("Cargo.toml"),
        &format!("[workspace]\nresolver = \"3\"\nmembers = [{members}]\n"),
    );
    // The versions this workspace was tested with, already in the local registry cache.
    fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock")).expect("copy Cargo.lock");
    let api = root.join("conference-api");
    for name in CRATES {
        write(
            &scratch.join(name).join("Cargo.toml"),
            &format!(
                "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
                 [dependencies]\nconference-api = {{ path = {api:?} }}\n"
            ),
        );
    }
}

/// `with-macro` invokes the macro on `schema`; `with-include` includes what it expands
/// to, which is returned.
fn write_sources(scratch: &Path, schema: &Path, names: &[(&str, &str)]) -> String {
    let mut call_names = String::new();
    for (name, pointer) in names {
        write!(call_names, "{name} = {pointer:?}, ").unwrap();
    }
    // An absolute path: the macro joins it to the crate's directory, which it replaces.
    write(
        &scratch.join("with-macro/src/lib.rs"),
        &format!("conference_api::generate!({schema:?}, names {{ {call_names}}});\n"),
    );
    let options = Options {
        names: names
            .iter()
            .map(|&(name, pointer)| (name.to_owned(), pointer.to_owned()))
            .collect(),
        ..Default::default()
    };
    // Absolute too, so that the generated `include_bytes!` of the schema resolves.
    let source = generate_source(schema, &options).unwrap_or_else(|errors| {
        panic!(
            "{}: the generator rejects it ({} errors), first:\n{}",
            schema.display(),
            errors.len(),
            errors
                .iter()
                .take(10)
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        )
    });
    write(&scratch.join("with-include/src/generated.rs"), &source);
    write(
        &scratch.join("with-include/src/lib.rs"),
        "include!(\"generated.rs\");\n",
    );
    source
}

/// Runs `cargo check --offline` in the scratch workspace; panics unless it succeeds
/// having checked what was asked (a timing of a no-op check would mean nothing).
fn cargo_check(scratch: &Path, args: &[&str]) {
    let output = Command::new(env!("CARGO"))
        .arg("check")
        .args(args)
        .arg("--offline")
        .current_dir(scratch)
        // Not the target dir of the build running this bench, which may be locked.
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        // Set by the compile-fail tests' harness; it would move the macro's base path.
        .env_remove("CONFERENCE_API_MANIFEST_DIR")
        .output()
        .expect("run cargo");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let checked = match args {
        ["-p", name] => stderr.contains(&format!("Checking {name} ")),
        _ => CRATES
            .iter()
            .all(|name| stderr.contains(&format!("Checking {name} "))),
    };
    assert!(
        output.status.success() && checked,
        "cargo check {} in {} did not check it:\n{stderr}",
        args.join(" "),
        scratch.display()
    );
}

/// Updates the file's modification time, so that cargo checks its crate again.
fn touch(path: &Path) {
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .unwrap_or_else(|e| panic!("touch {}: {e}", path.display()));
}

fn write(path: &Path, contents: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, contents).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}
