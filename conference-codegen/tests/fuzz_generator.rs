//! Fuzzes the generator on stable Rust: real OpenAPI documents (SignalWire's, in
//! `tests/fixtures/signalwire/`, and `tests/fixtures/video_conferences.openapi.json`) with
//! one to four random mutations each (keys dropped, duplicated or retyped, dangling and
//! cyclic `$ref`s, huge and contradictory numbers, odd and colliding names, pathological
//! patterns), written to a temporary file and given to [`generate`].
//!
//! The property: `generate` does not panic, returns within [`BUDGET`], and either returns
//! tokens that parse as a Rust file (whose items, fields and variants have distinct names)
//! or errors, each located by a JSON pointer (`#…`), or by a line and column for a file
//! that is not valid JSON, and with a message.
//!
//! Every run starts from the same seed, [`SEED`], and runs [`CASES`] cases, so that a
//! failure happens on every run. A failure prints its seed, the document, the mutations and
//! the command that replays it, and keeps the failing document in the temporary directory
//! (`conference-codegen-fuzz-<pid>-failed.json`). To try other inputs or replay a failure,
//! set proptest's `PROPTEST_RNG_SEED` (a `u64`); to run more cases, `FUZZ_CASES`:
//!
//! ```text
//! FUZZ_CASES=2000 PROPTEST_RNG_SEED=42 cargo test -p conference-codegen --test fuzz_generator
//! ```
//!
//! A stack overflow aborts the process before anything can be reported: `FUZZ_TRACE=1`
//! prints every case (document and mutations) to stderr before it runs, and its outcome.
//! `FUZZ_REPLAY=<file>` (with `FUZZ_CHECK_EXAMPLES=1` if the case had `check_examples`)
//! runs the `replay` test on one document, to minimize a kept failing one by hand:
//!
//! ```text
//! FUZZ_REPLAY=/tmp/min.json cargo test -p conference-codegen --test fuzz_generator replay -- --nocapture
//! ```
//!
//! Each bug found so far has a minimized regression test: here, or in the unit tests of
//! the module it was in.

use std::collections::HashSet;
use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, mpsc};
use std::time::{Duration, Instant};

use conference_codegen::{Error, Options, generate};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestError, TestRunner};
use serde_json::{Map, Value, json};

/// The seed of the property test, unless `PROPTEST_RNG_SEED` is set.
const SEED: u64 = 20_260_903;

/// The cases run, unless `FUZZ_CASES` is set: about 15 s in a debug build on two cores.
const CASES: u32 = 48;

/// The time one case may take (generating, then parsing the tokens) in a debug build
/// before it counts as a hang. Not a speed check (the `macro_cost` bench is one): a
/// large fixture takes a few seconds alone, and 20 s failed on a machine busy with
/// three builds, so the margin is wide.
const BUDGET: Duration = Duration::from_secs(120);

/// The stack of the thread that runs the generator: rustc's main thread has 8 MiB, and a
/// proc macro runs on it.
const STACK: usize = 8 << 20;

/// A document the mutations start from.
struct Document {
    name: String,
    value: Value,
}

/// The fixtures: every `tests/fixtures/signalwire/*.json` and the conference extract.
static DOCUMENTS: LazyLock<Vec<Document>> = LazyLock::new(|| {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures.join("signalwire"))
        .unwrap_or_else(|error| panic!("{}: {error}", fixtures.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths.push(fixtures.join("video_conferences.openapi.json"));
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            Document {
                name: path.file_name().unwrap().to_string_lossy().into_owned(),
                value: serde_json::from_str(&text)
                    .unwrap_or_else(|error| panic!("{}: {error}", path.display())),
            }
        })
        .collect()
});

/// Where in the document a mutation goes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Focus {
    Anywhere,
    Schemas,
    Paths,
    Properties,
    Parameters,
}

impl Focus {
    fn contains(self, pointer: &str) -> bool {
        match self {
            Focus::Anywhere => true,
            Focus::Schemas => pointer.starts_with("/components/schemas/"),
            Focus::Paths => pointer.starts_with("/paths/"),
            Focus::Properties => pointer.contains("/properties/"),
            Focus::Parameters => pointer.contains("/parameters/"),
        }
    }
}

/// How cyclic `$ref`s are made, from one or two components `A` and `B`.
#[derive(Clone, Copy, Debug)]
enum Cycle {
    /// `A: {$ref: A}`.
    SelfRef,
    /// `A: {$ref: B}`, `B: {$ref: A}`.
    Mutual,
    /// `A: {allOf: [{$ref: A}]}`.
    AllOfSelf,
    /// `A: {allOf: [{$ref: B}]}`, `B: {allOf: [{$ref: A}]}`.
    AllOfMutual,
    /// `A: {anyOf: [{$ref: A}, {type: null}]}`.
    AnyOfSelf,
    /// `A: {oneOf: [{$ref: A}, {$ref: B}]}`.
    OneOfSelf,
    /// A property, the items and the extra properties of `A` are `A` (a recursive type).
    Recursive,
    /// `A: {allOf: [{$ref: A}, <A as it was>]}`.
    AllOfSelfAndMore,
}

/// One mutation; its targets are indices into the candidates of the mutated document.
#[derive(Clone, Debug)]
enum Op {
    /// Remove a key of an object or an item of an array.
    Drop,
    /// Copy a value under another key (one of [`KEYS`]) of its object.
    Duplicate(&'static str),
    /// Replace a value by one of another JSON type (one of [`VALUES`]).
    Retype(&'static str),
    /// Insert keys into a schema object (JSON text of an object); a patch with a `type`
    /// replaces the schema's keywords but its annotations.
    Patch(&'static str),
    /// Replace a schema object (JSON text).
    Replace(&'static str),
    /// Replace a schema object by a `$ref` to this text.
    Ref(&'static str),
    /// Make components refer to each other; the index picks `B`.
    Cycle(Cycle, Index),
    /// Rename the first properties of a `properties` map to these names (and `required`).
    RenameProperties(&'static [&'static str]),
    /// Rename components to these names, and the `$ref`s to them.
    RenameSchemas(&'static [&'static str]),
    /// Rename a parameter (and its `{name}` in the path, for a path parameter).
    RenameParameter(&'static str),
    /// Change the `operationId` of operations to these names.
    RenameOperations(&'static [&'static str]),
    /// Nest a schema in this many `items` or `allOf` wrappers.
    Nest(usize, bool),
    /// Damage the JSON text: cut it at a point (true) or insert a `}` there.
    Corrupt(bool),
}

#[derive(Clone, Debug)]
struct Mutation {
    focus: Focus,
    target: Index,
    op: Op,
}

#[derive(Clone, Debug)]
struct Case {
    document: usize,
    check_examples: bool,
    mutations: Vec<Mutation>,
}

/// Keys a value is copied under.
const KEYS: &[&str] = &[
    "type",
    "properties",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "$ref",
    "enum",
    "const",
    "required",
    "additionalProperties",
    "unevaluatedProperties",
    "not",
    "if",
    "then",
    "discriminator",
    "default",
    "examples",
    "schema",
    "content",
    "responses",
    "parameters",
    "requestBody",
    "name",
    "in",
    "operationId",
    "x-copy",
];

/// Values of every JSON type, some of them extreme.
const VALUES: &[&str] = &[
    r#""x""#,
    r#""""#,
    "7",
    "-1",
    "0.5",
    "1e308",
    "-1e308",
    "18446744073709551616.0",
    "true",
    "false",
    "null",
    "[]",
    r#"["x"]"#,
    "[null]",
    "{}",
    r#"{"type": "string"}"#,
    r##"{"$ref": "#/components/schemas/Nope"}"##,
];

/// Keywords with values of the wrong type or out of range, inserted into schemas.
const PATCHES: &[&str] = &[
    r#"{"type": 7}"#,
    r#"{"type": "strin"}"#,
    r#"{"type": []}"#,
    r#"{"type": ["string", "integer", "null"]}"#,
    r#"{"type": ["null"]}"#,
    r#"{"properties": []}"#,
    r#"{"properties": {"": {}}}"#,
    r#"{"required": "x"}"#,
    r#"{"required": [1, "x", "x"]}"#,
    r#"{"enum": {}}"#,
    r#"{"enum": []}"#,
    r#"{"enum": [null]}"#,
    r#"{"enum": ["a", "A", "a-", "", "é", "1", "self", "Self"]}"#,
    r#"{"enum": [1, 1.0, 1e308, -1e308, 18446744073709551615]}"#,
    r#"{"enum": [{"a": 1}, [1], true]}"#,
    r#"{"const": null}"#,
    r#"{"const": 1e308}"#,
    r#"{"default": 1e308}"#,
    r#"{"default": {"a": [1, {"b": null}]}}"#,
    r#"{"examples": [1e308, "é", null, {"🙂": []}]}"#,
    r#"{"example": "\u0000\"\\{}"}"#,
    r#"{"description": "*/ \" \\ \u0000 {} \r\n ```"}"#,
    r#"{"title": 7}"#,
    r#"{"format": 7}"#,
    r#"{"format": "date-time", "pattern": "^a$"}"#,
    r#"{"nullable": true}"#,
    r#"{"deprecated": "yes"}"#,
    r#"{"readOnly": true, "writeOnly": true}"#,
    r#"{"allOf": []}"#,
    r#"{"allOf": [true, false]}"#,
    r#"{"anyOf": {}}"#,
    r#"{"oneOf": [{"type": "null"}]}"#,
    r#"{"anyOf": [{}], "oneOf": [{}]}"#,
    r##"{"discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/Nope"}}}"##,
    r#"{"discriminator": "kind"}"#,
    r#"{"items": false}"#,
    r##"{"additionalProperties": {"$ref": "#/nope"}}"##,
    r#"{"unevaluatedProperties": []}"#,
    r#"{"not": {"not": {}}}"#,
    r#"{"if": {"type": "string"}, "then": false, "else": 7}"#,
    r##"{"$ref": "#/components/schemas/Nope", "type": "string"}"##,
    // Numbers.
    r#"{"type": "integer", "minimum": 1e308}"#,
    r#"{"type": "integer", "maximum": -1e308}"#,
    r#"{"type": "integer", "maximum": 18446744073709551616.0}"#,
    r#"{"type": "integer", "minimum": 18446744073709551615}"#,
    r#"{"type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807}"#,
    r#"{"type": "integer", "format": "int32", "maximum": 1e10, "minimum": -3000000000}"#,
    r#"{"type": "integer", "minimum": 10, "maximum": 1}"#,
    r#"{"type": "integer", "exclusiveMinimum": 5, "exclusiveMaximum": 5}"#,
    r#"{"type": "integer", "multipleOf": 0}"#,
    r#"{"type": "integer", "multipleOf": 0.5}"#,
    r#"{"type": "integer", "multipleOf": 1e308}"#,
    r#"{"type": "integer", "multipleOf": 18446744073709551615}"#,
    r#"{"type": "integer", "minimum": 0.5, "maximum": 0.75}"#,
    r#"{"type": "integer", "enum": [1e308]}"#,
    r#"{"type": "number", "multipleOf": 0}"#,
    r#"{"type": "number", "multipleOf": 1e-320}"#,
    r#"{"type": "number", "minimum": 1e308, "maximum": 1e308}"#,
    r#"{"type": "number", "exclusiveMinimum": -1e308, "exclusiveMaximum": 1e308}"#,
    r#"{"type": "number", "format": "float", "maximum": 1e308, "minimum": -1e308}"#,
    r#"{"type": "number", "format": "float", "minimum": 1e-300}"#,
    r#"{"type": "number", "format": "int32", "maximum": 1e300}"#,
    r#"{"type": "number", "enum": [1e308, -1e308, 0.1]}"#,
    r#"{"type": "string", "maxLength": 1e20}"#,
    r#"{"type": "string", "maxLength": 18446744073709551615, "minLength": 18446744073709551615}"#,
    r#"{"type": "string", "minLength": 5, "maxLength": 2}"#,
    r#"{"type": "string", "minLength": 1.5}"#,
    r#"{"type": "array", "minItems": -1}"#,
    r#"{"type": "array", "minItems": 18446744073709551615, "uniqueItems": true}"#,
    r#"{"type": "array", "maxItems": 1e20}"#,
    r#"{"type": "object", "minProperties": 5, "maxProperties": 1}"#,
    r#"{"type": "object", "maxProperties": 1e20}"#,
    // Patterns.
    r#"{"type": "string", "pattern": "("}"#,
    r#"{"type": "string", "pattern": "["}"#,
    r#"{"type": "string", "pattern": "(a*)*b"}"#,
    r#"{"type": "string", "pattern": "(?=a)"}"#,
    r#"{"type": "string", "pattern": "\\1"}"#,
    r#"{"type": "string", "pattern": "(a)\\1"}"#,
    r#"{"type": "string", "pattern": "(x+x+)+y"}"#,
    r#"{"type": "string", "pattern": "((((((((((a*)*)*)*)*)*)*)*)*)*)"}"#,
    r#"{"type": "string", "pattern": "^(?!(?!(?!a)))b"}"#,
    r#"{"type": "string", "pattern": "a{99999}"}"#,
    r#"{"type": "string", "pattern": "a{4294967296}"}"#,
    r#"{"type": "string", "pattern": "(?:a{0,100}){0,100}"}"#,
    r#"{"type": "string", "pattern": ".{1000}"}"#,
    r#"{"type": "string", "pattern": "[z-a]"}"#,
    r#"{"type": "string", "pattern": "a{2,1}"}"#,
    r#"{"type": "string", "pattern": "\\p{L}"}"#,
    r#"{"type": "string", "pattern": "(?<n>a)\\k<n>"}"#,
    r#"{"type": "string", "pattern": "[^\\s\\S]"}"#,
    r#"{"type": "string", "pattern": "\\u{110000}"}"#,
    r#"{"type": "string", "pattern": "\\ud800"}"#,
    r#"{"type": "string", "pattern": ""}"#,
    r#"{"type": "string", "pattern": "^$"}"#,
    r#"{"type": "string", "pattern": "\"\\\\{}#"}"#,
    r#"{"type": "string", "pattern": "^[^\"]*\"$"}"#,
    r#"{"type": "string", "pattern": "^[a-z]+$", "maxLength": 1e20, "minLength": 3}"#,
    r#"{"type": "string", "pattern": "^\\d+$", "enum": ["1"]}"#,
    "LONG_ALTERNATION",
    "LONG_LOOKAHEADS",
];

/// Schemas that replace a schema.
const REPLACEMENTS: &[&str] = &[
    "{}",
    "true",
    "false",
    "null",
    "[]",
    r#"{"type": "null"}"#,
    r#"{"type": "object"}"#,
    r#"{"type": "object", "properties": {"a": {"type": "object", "properties": {"a": {}}}}, "additionalProperties": false}"#,
    r#"{"type": "array"}"#,
    r#"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#,
    r#"{"oneOf": [{"type": "string"}, {"type": "string"}]}"#,
    r#"{"anyOf": [{"type": "integer"}, {"type": "number"}, {"type": "boolean"}, {"type": "array", "items": {}}]}"#,
    r#"{"allOf": [{"type": "string"}, {"type": "integer"}]}"#,
    r#"{"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "object", "properties": {"a": {"type": "integer"}}}]}"#,
    r#"{"type": ["string", "null"], "enum": ["a", null]}"#,
    r#"{"enum": ["", "_", "-", "é", "日本", "🙂", "a-b", "1abc", "fooBar", "foo_bar", "FooBar", "Empty"]}"#,
    r#"{"enum": [1, -1, 2.5, 1e308]}"#,
    r#"{"type": "string", "format": "uri", "default": "not a uri"}"#,
    r#"{"type": "string", "format": "date-time", "default": 7}"#,
    r#"{"type": "integer", "default": 1e308, "maximum": 1}"#,
    r#"{"type": "number", "format": "float", "default": 1e308}"#,
    r#"{"type": "string", "maxLength": 2, "default": "abcdef"}"#,
    r#"{"type": "object", "properties": {"foo-bar": {"type": "string", "default": "a"}, "foo_bar": {"type": "integer", "default": 1}, "a_null": {"type": "string"}, "a": {"type": ["string", "null"]}, "b": {"type": ["string", "null"]}, "b_null": {}}}"#,
    r#"{"type": "object", "properties": {"build": {"type": ["string", "null"]}, "validate_null": {}, "validate": {"nullable": true, "type": "integer"}, "additional_properties": {}}, "additionalProperties": {"type": "integer"}}"#,
];

/// Keys a typed patch keeps.
/// Patches that keep a document valid: a schema of another well-formed kind, or an
/// annotation. Most cases take only these, so that they reach code generation, where the
/// generated code's own checks (names, the types it mentions) apply.
const VALID_PATCHES: &[&str] = &[
    r#"{"type": "boolean"}"#,
    r#"{"type": "boolean", "default": true}"#,
    r#"{"type": "integer", "format": "int32", "minimum": 1, "maximum": 10}"#,
    r#"{"type": "integer", "format": "int64"}"#,
    r#"{"type": "number", "exclusiveMinimum": 0}"#,
    r#"{"type": "number", "format": "float"}"#,
    r#"{"type": "string", "maxLength": 5, "minLength": 1}"#,
    r#"{"type": "string", "pattern": "^[a-z]+$"}"#,
    r#"{"type": "string", "format": "date-time"}"#,
    r#"{"type": "string", "format": "uuid"}"#,
    r#"{"type": "string", "format": "uri"}"#,
    r#"{"type": "string", "enum": ["a", "b-c", "D"]}"#,
    r#"{"type": "array", "items": {"type": "boolean"}, "maxItems": 3}"#,
    r#"{"type": "array", "items": {"type": "string"}, "uniqueItems": true}"#,
    r#"{"type": "object", "additionalProperties": {"type": "integer"}}"#,
    r#"{"type": "object", "properties": {"flag": {"type": "boolean"}, "count": {"type": "integer"}}, "required": ["flag"]}"#,
    r#"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#,
    r#"{"type": ["boolean", "null"]}"#,
    r#"{"description": "*/ \" \\ {} \r\n ```"}"#,
    r#"{"title": "A title"}"#,
    r#"{"deprecated": true}"#,
];

const ANNOTATIONS: &[&str] = &["description", "title", "default", "examples", "deprecated"];

/// Where a dangling `$ref` points.
const REFS: &[&str] = &[
    "#/components/schemas/DoesNotExist",
    "#/nope",
    "other.json#/components/schemas/X",
    "https://example.com/schema.json",
    "",
    "#",
    "#/components/schemas/",
    "#/components/schemas/~",
    "#/components/schemas/a~1b",
    "#/components/schemas//x",
    "#/components/schemas/%7B",
    "#/components/parameters/x",
    "#/paths",
];

/// Names of properties and components: empty, non-ASCII, colliding after case
/// conversion, keywords and names the generated code or the prelude uses.
const NAMES: &[&[&str]] = &[
    &["fooBar", "foo_bar", "FooBar"],
    &["Foo.Bar", "Foo_Bar", "foo-bar"],
    &["", "é", "日本"],
    &["🙂", "a-b", "1abc"],
    &["type", "r#type", "Type"],
    &["self", "Self", "self_"],
    &["super", "crate", "async"],
    &["fn", "Api", "Option"],
    &["Result", "String", "Vec"],
    &["a/b", "a~b", "a b"],
    &["_", "__", "r#"],
    &["Some", "None", "Box"],
    &["Ok", "Err", "Default"],
    &["A.Value", "B.Value", "Value"],
    &["x", "X", "x_"],
    &["Builder", "FooBuilder", "Foo"],
    &["Params", "FooParams", "FooResponse"],
    &["value", "Value2", "value_2"],
    &["params", "body", "a{b}"],
    &["build", "validate", "to_query"],
];

fn focus() -> impl Strategy<Value = Focus> {
    prop_oneof![
        1 => Just(Focus::Anywhere),
        3 => Just(Focus::Schemas),
        2 => Just(Focus::Paths),
        3 => Just(Focus::Properties),
        2 => Just(Focus::Parameters),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let cycle = select(
        &[
            Cycle::SelfRef,
            Cycle::Mutual,
            Cycle::AllOfSelf,
            Cycle::AllOfMutual,
            Cycle::AnyOfSelf,
            Cycle::OneOfSelf,
            Cycle::Recursive,
            Cycle::AllOfSelfAndMore,
        ][..],
    );
    let name = select(NAMES.concat());
    prop_oneof![
        3 => Just(Op::Drop),
        2 => select(KEYS).prop_map(Op::Duplicate),
        3 => select(VALUES).prop_map(Op::Retype),
        8 => select(PATCHES).prop_map(Op::Patch),
        2 => select(REPLACEMENTS).prop_map(Op::Replace),
        2 => select(REFS).prop_map(Op::Ref),
        3 => (cycle, any::<Index>()).prop_map(|(cycle, other)| Op::Cycle(cycle, other)),
        3 => select(NAMES).prop_map(Op::RenameProperties),
        2 => select(NAMES).prop_map(Op::RenameSchemas),
        2 => name.prop_map(Op::RenameParameter),
        1 => select(NAMES).prop_map(Op::RenameOperations),
        1 => (select(&[3usize, 40, 130][..]), any::<bool>())
            .prop_map(|(depth, items)| Op::Nest(depth, items)),
        1 => any::<bool>().prop_map(Op::Corrupt),
    ]
}

/// Mutations that keep a document valid.
fn valid_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => select(VALID_PATCHES).prop_map(Op::Patch),
        2 => select(NAMES).prop_map(Op::RenameProperties),
        1 => select(NAMES).prop_map(Op::RenameSchemas),
        1 => select(NAMES).prop_map(Op::RenameOperations),
    ]
}

fn mutation(op: impl Strategy<Value = Op>) -> impl Strategy<Value = Mutation> {
    (focus(), any::<Index>(), op).prop_map(|(focus, target, op)| Mutation { focus, target, op })
}

fn cases() -> impl Strategy<Value = Case> {
    // One case in four may break the document anywhere; the others keep it valid.
    let mutations = prop_oneof![
        1 => vec(mutation(op()), 1..=4),
        3 => vec(mutation(valid_op()), 1..=3),
    ];
    (0..DOCUMENTS.len(), any::<bool>(), mutations).prop_map(
        |(document, check_examples, mutations)| Case {
            document,
            check_examples,
            mutations,
        },
    )
}

/// A key of a JSON pointer, escaped (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn unescape(key: &str) -> String {
    key.replace("~1", "/").replace("~0", "~")
}

/// The pointer of every value in `value` but the root, in document order.
fn pointers(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let pointer = format!("{at}/{}", escape(key));
                out.push(pointer.clone());
                pointers(child, &pointer, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let pointer = format!("{at}/{i}");
                out.push(pointer.clone());
                pointers(child, &pointer, out);
            }
        }
        _ => {}
    }
}

/// `(parent, last key)` of a pointer.
fn split(pointer: &str) -> (&str, String) {
    let (parent, key) = pointer.rsplit_once('/').unwrap_or(("", pointer));
    (parent, unescape(key))
}

/// Whether the value at `pointer` looks like a schema object.
fn is_schema(doc: &Value, pointer: &str) -> bool {
    let Some(Value::Object(object)) = doc.pointer(pointer) else {
        return false;
    };
    let (parent, key) = split(pointer);
    let (_, parent_key) = split(parent);
    // Parameters and responses, and values that are data rather than schemas.
    let data = ["/examples", "/example/", "/default/", "/enum/", "/const/"];
    if matches!(parent_key.as_str(), "parameters" | "responses")
        || data.iter().any(|d| pointer.contains(d))
    {
        return false;
    }
    const SCHEMA_KEYS: &[&str] = &[
        "type",
        "$ref",
        "properties",
        "allOf",
        "anyOf",
        "oneOf",
        "enum",
        "items",
    ];
    matches!(
        key.as_str(),
        "schema" | "items" | "not" | "if" | "then" | "else" | "additionalProperties"
    ) || matches!(
        parent_key.as_str(),
        "properties" | "schemas" | "allOf" | "anyOf" | "oneOf"
    ) || SCHEMA_KEYS.iter().any(|k| object.contains_key(*k))
}

/// The `index`th of the candidates in `focus`, else of all candidates.
fn pick<'a>(candidates: &'a [String], focus: Focus, index: &Index) -> Option<&'a String> {
    let focused: Vec<&String> = candidates
        .iter()
        .filter(|pointer| focus.contains(pointer))
        .collect();
    if focused.is_empty() {
        (!candidates.is_empty()).then(|| &candidates[index.index(candidates.len())])
    } else {
        Some(focused[index.index(focused.len())])
    }
}

fn parse(text: &str) -> Value {
    match text {
        "LONG_ALTERNATION" => {
            let words: Vec<String> = (0..2000).map(|i| format!("w{i}x")).collect();
            json!({"type": "string", "pattern": format!("^({})$", words.join("|"))})
        }
        "LONG_LOOKAHEADS" => {
            let looks: String = (0..64).map(|i| format!("(?!.*{i}.*{i})")).collect();
            json!({"type": "string", "pattern": format!("^{looks}.*$")})
        }
        _ => serde_json::from_str(text).unwrap_or_else(|error| panic!("{text}: {error}")),
    }
}

fn component_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{}", escape(name)) })
}

/// Replaces every `$ref` to `from` by one to `to`.
fn retarget(value: &mut Value, from: &str, to: &str) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "$ref" && child.as_str() == Some(from) {
                    *child = Value::from(to);
                } else {
                    retarget(child, from, to);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|child| retarget(child, from, to)),
        _ => {}
    }
}

/// Renames the key `from` of `map` to `to` in place, keeping the order; `to` replaces a
/// key of that name.
fn rename_key(map: &mut Map<String, Value>, from: &str, to: &str) {
    if from == to {
        return;
    }
    let entries = std::mem::take(map);
    for (key, value) in entries {
        if key == from {
            map.insert(to.to_owned(), value);
        } else if key != to {
            map.insert(key, value);
        }
    }
}

/// Applies a mutation to `doc`, describing what it did in `log` (or the damage to the
/// text in `corrupt`).
fn apply(doc: &mut Value, mutation: &Mutation, log: &mut Vec<String>, corrupt: &mut Vec<Op>) {
    let Mutation { focus, target, op } = mutation;
    let mut all = Vec::new();
    pointers(doc, "", &mut all);
    let schemas: Vec<String> = all.iter().filter(|p| is_schema(doc, p)).cloned().collect();
    let components: Vec<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|map| map.keys().cloned().collect())
        .unwrap_or_default();
    match op {
        Op::Drop => {
            let Some(pointer) = pick(&all, *focus, target) else {
                return;
            };
            let (parent, key) = split(pointer);
            match doc.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.shift_remove(&key);
                }
                Some(Value::Array(items)) => {
                    items.remove(key.parse::<usize>().unwrap());
                }
                _ => return,
            }
            log.push(format!("drop #{pointer}"));
        }
        Op::Duplicate(to) => {
            let Some(pointer) = pick(&all, *focus, target) else {
                return;
            };
            let value = doc.pointer(pointer).cloned().unwrap();
            let (parent, key) = split(pointer);
            match doc.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    let to = if *to == "x-copy" {
                        format!("{key}2")
                    } else {
                        (*to).to_owned()
                    };
                    log.push(format!("copy #{pointer} to #{parent}/{}", escape(&to)));
                    map.insert(to, value);
                }
                Some(Value::Array(items)) => {
                    log.push(format!("copy #{pointer} to the end of #{parent}"));
                    items.push(value);
                }
                _ => {}
            }
        }
        Op::Retype(text) => {
            let Some(pointer) = pick(&all, *focus, target) else {
                return;
            };
            *doc.pointer_mut(pointer).unwrap() = parse(text);
            log.push(format!("set #{pointer} to {text}"));
        }
        Op::Patch(text) => {
            let Some(pointer) = pick(&schemas, *focus, target) else {
                return;
            };
            let Value::Object(patch) = parse(text) else {
                unreachable!()
            };
            if let Some(Value::Object(schema)) = doc.pointer_mut(pointer) {
                if patch.contains_key("type") {
                    schema.retain(|key, _| ANNOTATIONS.contains(&key.as_str()));
                }
                schema.extend(patch);
            }
            log.push(format!("patch #{pointer} with {text}"));
        }
        Op::Replace(text) => {
            let Some(pointer) = pick(&schemas, *focus, target) else {
                return;
            };
            *doc.pointer_mut(pointer).unwrap() = parse(text);
            log.push(format!("replace #{pointer} by {text}"));
        }
        Op::Ref(reference) => {
            let Some(pointer) = pick(&schemas, *focus, target) else {
                return;
            };
            *doc.pointer_mut(pointer).unwrap() = json!({ "$ref": reference });
            log.push(format!("replace #{pointer} by a $ref to {reference:?}"));
        }
        Op::Cycle(cycle, other) => {
            if components.is_empty() {
                return;
            }
            let a = components[target.index(components.len())].clone();
            let b = components[other.index(components.len())].clone();
            let Some(Value::Object(schemas)) = doc.pointer_mut("/components/schemas") else {
                return;
            };
            let was = schemas[&a].clone();
            match cycle {
                Cycle::SelfRef => {
                    schemas.insert(a.clone(), component_ref(&a));
                }
                Cycle::Mutual => {
                    schemas.insert(a.clone(), component_ref(&b));
                    schemas.insert(b.clone(), component_ref(&a));
                }
                Cycle::AllOfSelf => {
                    schemas.insert(a.clone(), json!({"allOf": [component_ref(&a)]}));
                }
                Cycle::AllOfMutual => {
                    schemas.insert(a.clone(), json!({"allOf": [component_ref(&b)]}));
                    schemas.insert(b.clone(), json!({"allOf": [component_ref(&a)]}));
                }
                Cycle::AnyOfSelf => {
                    schemas.insert(
                        a.clone(),
                        json!({"anyOf": [component_ref(&a), {"type": "null"}]}),
                    );
                }
                Cycle::OneOfSelf => {
                    schemas.insert(
                        a.clone(),
                        json!({"oneOf": [component_ref(&a), component_ref(&b)]}),
                    );
                }
                Cycle::Recursive => {
                    schemas.insert(
                        a.clone(),
                        json!({
                            "type": "object",
                            "required": ["next"],
                            "properties": {
                                "next": component_ref(&a),
                                "list": {"type": "array", "items": component_ref(&a)},
                                "other": component_ref(&b),
                            },
                            "additionalProperties": component_ref(&a),
                        }),
                    );
                }
                Cycle::AllOfSelfAndMore => {
                    schemas.insert(a.clone(), json!({"allOf": [component_ref(&a), was]}));
                }
            }
            log.push(format!("cycle {cycle:?} of {a:?} and {b:?}"));
        }
        Op::RenameProperties(names) => {
            let maps: Vec<String> = all
                .iter()
                .filter(|p| {
                    p.ends_with("/properties") && doc.pointer(p).is_some_and(Value::is_object)
                })
                .cloned()
                .collect();
            let Some(pointer) = pick(&maps, *focus, target) else {
                return;
            };
            let Some(Value::Object(map)) = doc.pointer_mut(pointer) else {
                return;
            };
            let old: Vec<String> = map.keys().take(names.len()).cloned().collect();
            for (from, to) in old.iter().zip(names.iter()) {
                rename_key(map, from, to);
            }
            if let Some(Value::Array(required)) = doc
                .pointer_mut(pointer.strip_suffix("/properties").unwrap())
                .and_then(|schema| schema.get_mut("required"))
            {
                for item in required {
                    if let Some(i) = old.iter().position(|o| item.as_str() == Some(o)) {
                        *item = Value::from(names[i]);
                    }
                }
            }
            log.push(format!(
                "rename the properties {old:?} of #{pointer} to {names:?}"
            ));
        }
        Op::RenameSchemas(names) => {
            if components.is_empty() {
                return;
            }
            let start = target.index(components.len());
            let old: Vec<String> = components
                .iter()
                .skip(start)
                .take(names.len())
                .cloned()
                .collect();
            for (from, to) in old.iter().zip(names.iter()) {
                if let Some(Value::Object(schemas)) = doc.pointer_mut("/components/schemas") {
                    rename_key(schemas, from, to);
                }
                retarget(
                    doc,
                    &format!("#/components/schemas/{}", escape(from)),
                    &format!("#/components/schemas/{}", escape(to)),
                );
            }
            log.push(format!("rename the components {old:?} to {names:?}"));
        }
        Op::RenameParameter(name) => {
            let parameters: Vec<String> = all
                .iter()
                .filter(|p| {
                    doc.pointer(p)
                        .is_some_and(|v| v.get("in").is_some() && v.get("name").is_some())
                })
                .cloned()
                .collect();
            let Some(pointer) = pick(&parameters, *focus, target).cloned() else {
                return;
            };
            let parameter = doc.pointer_mut(&pointer).unwrap();
            let old = parameter["name"].clone();
            parameter["name"] = Value::from(*name);
            let in_path = parameter["in"] == "path";
            log.push(format!(
                "rename the parameter #{pointer} from {old} to {name:?}"
            ));
            // The path template names it too.
            let path = pointer
                .strip_prefix("/paths/")
                .and_then(|rest| rest.split('/').next());
            if let (true, Some(path), Some(old)) = (in_path, path, old.as_str()) {
                let path = unescape(path);
                let renamed = path.replace(&format!("{{{old}}}"), &format!("{{{name}}}"));
                if let Some(Value::Object(paths)) = doc.pointer_mut("/paths") {
                    rename_key(paths, &path, &renamed);
                }
                log.push(format!("rename the path {path:?} to {renamed:?}"));
            }
        }
        Op::RenameOperations(names) => {
            let operations: Vec<String> = all
                .iter()
                .filter(|p| p.starts_with("/paths/") && p.ends_with("/operationId"))
                .cloned()
                .collect();
            if operations.is_empty() {
                return;
            }
            let start = target.index(operations.len());
            for (pointer, name) in operations.iter().skip(start).zip(names.iter()) {
                *doc.pointer_mut(pointer).unwrap() = Value::from(*name);
                log.push(format!("set #{pointer} to {name:?}"));
            }
        }
        Op::Nest(depth, items) => {
            let Some(pointer) = pick(&schemas, *focus, target) else {
                return;
            };
            let slot = doc.pointer_mut(pointer).unwrap();
            let mut value = slot.take();
            for _ in 0..*depth {
                value = if *items {
                    json!({"type": "array", "items": value})
                } else {
                    json!({"allOf": [value]})
                };
            }
            *slot = value;
            let wrapper = if *items { "items" } else { "allOf" };
            log.push(format!("nest #{pointer} in {depth} {wrapper}"));
        }
        Op::Corrupt(_) => corrupt.push(op.clone()),
    }
}

/// The mutant's text, and what was done to it.
fn mutant(case: &Case) -> (String, Vec<String>) {
    let mut doc = DOCUMENTS[case.document].value.clone();
    let mut log = Vec::new();
    let mut corrupt = Vec::new();
    for mutation in &case.mutations {
        apply(&mut doc, mutation, &mut log, &mut corrupt);
    }
    let mut text = serde_json::to_string_pretty(&doc).unwrap();
    for (op, mutation) in corrupt.iter().zip(
        case.mutations
            .iter()
            .filter(|m| matches!(m.op, Op::Corrupt(_))),
    ) {
        let mut at = mutation.target.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        match op {
            Op::Corrupt(true) => {
                text.truncate(at);
                log.push(format!("cut the text at byte {at}"));
            }
            _ => {
                text.insert(at, '}');
                log.push(format!("insert `}}` at byte {at}"));
            }
        }
    }
    (text, log)
}

/// Whether `location` is `line L column C`.
fn is_line_column(location: &str) -> bool {
    let words: Vec<&str> = location.split(' ').collect();
    matches!(words.as_slice(), ["line", l, "column", c]
        if l.parse::<u64>().is_ok() && c.parse::<u64>().is_ok())
}

fn check_errors(errors: &[Error]) -> Result<(), String> {
    if errors.is_empty() {
        return Err("generate returned an empty list of errors".to_owned());
    }
    for error in errors {
        let pointer = error.location == "#" || error.location.starts_with("#/");
        if !pointer && !is_line_column(&error.location) {
            return Err(format!(
                "an error is not located by a JSON pointer: {error:?}"
            ));
        }
        if error.message.trim().is_empty() {
            return Err(format!("an error has no message: {error:?}"));
        }
    }
    Ok(())
}

/// Names declared twice in one scope: items, `fn`s of a trait or of inherent `impl`s,
/// arguments, fields, variants.
fn check_names(file: &syn::File) -> Result<(), String> {
    fn once(seen: &mut HashSet<String>, scope: &str, name: String) -> Result<(), String> {
        if seen.insert(name.clone()) {
            Ok(())
        } else {
            Err(format!("{scope}: `{name}` is defined twice"))
        }
    }
    /// Arguments bound twice.
    fn arguments(sig: &syn::Signature) -> Result<(), String> {
        let mut names = HashSet::new();
        for input in &sig.inputs {
            if let syn::FnArg::Typed(typed) = input
                && let syn::Pat::Ident(pat) = &*typed.pat
            {
                once(
                    &mut names,
                    &format!("fn {}", sig.ident),
                    pat.ident.to_string(),
                )?;
            }
        }
        Ok(())
    }
    fn scope_names(items: &[syn::Item], scope: &str) -> Result<(), String> {
        let (mut types, mut values) = (HashSet::new(), HashSet::new());
        let mut methods: HashSet<(String, String)> = HashSet::new();
        for item in items {
            match item {
                syn::Item::Struct(s) => {
                    once(&mut types, scope, s.ident.to_string())?;
                    if let syn::Fields::Named(named) = &s.fields {
                        let mut fields = HashSet::new();
                        for field in &named.named {
                            let name = field.ident.as_ref().unwrap().to_string();
                            once(&mut fields, &format!("struct {}", s.ident), name)?;
                        }
                    }
                }
                syn::Item::Enum(e) => {
                    once(&mut types, scope, e.ident.to_string())?;
                    let mut variants = HashSet::new();
                    for variant in &e.variants {
                        once(
                            &mut variants,
                            &format!("enum {}", e.ident),
                            variant.ident.to_string(),
                        )?;
                    }
                }
                syn::Item::Type(t) => once(&mut types, scope, t.ident.to_string())?,
                syn::Item::Trait(t) => {
                    once(&mut types, scope, t.ident.to_string())?;
                    let mut fns = HashSet::new();
                    for item in &t.items {
                        if let syn::TraitItem::Fn(f) = item {
                            once(
                                &mut fns,
                                &format!("trait {}", t.ident),
                                f.sig.ident.to_string(),
                            )?;
                            arguments(&f.sig)?;
                        }
                    }
                }
                syn::Item::Fn(f) => {
                    once(&mut values, scope, f.sig.ident.to_string())?;
                    arguments(&f.sig)?;
                }
                syn::Item::Mod(m) => {
                    once(&mut types, scope, m.ident.to_string())?;
                    if let Some((_, inner)) = &m.content {
                        scope_names(inner, &format!("mod {}", m.ident))?;
                    }
                }
                syn::Item::Impl(i) if i.trait_.is_some() => {
                    for item in &i.items {
                        if let syn::ImplItem::Fn(f) = item {
                            arguments(&f.sig)?;
                        }
                    }
                }
                syn::Item::Impl(i) => {
                    let ty = quote_type(&i.self_ty);
                    for item in &i.items {
                        let name = match item {
                            syn::ImplItem::Fn(f) => {
                                arguments(&f.sig)?;
                                &f.sig.ident
                            }
                            syn::ImplItem::Const(c) => &c.ident,
                            syn::ImplItem::Type(t) => &t.ident,
                            _ => continue,
                        };
                        if !methods.insert((ty.clone(), name.to_string())) {
                            return Err(format!("impl {ty}: `{name}` is defined twice"));
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
    scope_names(&file.items, "the file")
}

/// What `conference_api` exports at its root and in `__private`, read from its source:
/// generated code may name nothing else of it.
static RUNTIME: LazyLock<(HashSet<String>, HashSet<String>)> = LazyLock::new(|| {
    fn leaves(tree: &syn::UseTree, out: &mut HashSet<String>) {
        match tree {
            syn::UseTree::Path(path) => leaves(&path.tree, out),
            syn::UseTree::Name(name) => drop(out.insert(name.ident.to_string())),
            syn::UseTree::Rename(rename) => drop(out.insert(rename.rename.to_string())),
            syn::UseTree::Group(group) => group.items.iter().for_each(|t| leaves(t, out)),
            syn::UseTree::Glob(_) => {}
        }
    }
    fn exports(items: &[syn::Item], out: &mut HashSet<String>) {
        for item in items {
            match item {
                syn::Item::Use(u) if matches!(u.vis, syn::Visibility::Public(_)) => {
                    leaves(&u.tree, out);
                }
                syn::Item::Mod(m) if matches!(m.vis, syn::Visibility::Public(_)) => {
                    out.insert(m.ident.to_string());
                }
                _ => {}
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../conference-api/src");
    let file = syn::parse_file(&std::fs::read_to_string(src.join("lib.rs")).unwrap()).unwrap();
    let mut root = HashSet::new();
    exports(&file.items, &mut root);
    let mut private = HashSet::new();
    for item in &file.items {
        if let syn::Item::Mod(m) = item
            && m.ident == "__private"
        {
            exports(&m.content.as_ref().unwrap().1, &mut private);
        }
    }
    // `#[macro_export]` macros live at the root, wherever the runtime defines them.
    let exported = regex::Regex::new(r"#\[macro_export\]\s*macro_rules!\s*(\w+)").unwrap();
    let mut folders = vec![src.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(path).unwrap();
                root.extend(exported.captures_iter(&text).map(|c| c[1].to_owned()));
            }
        }
    }
    assert!(root.contains("OrUnknown") && private.contains("FromJson"));
    (root, private)
});

/// Names the generated code may use without a path: the prelude's.
const PRELUDE: &[&str] = &["Self", "Some", "None", "Ok", "Err"];

/// Every type-like path the generated code mentions (a name that starts with a capital,
/// or `__` and a capital) is defined in it, or is the prelude's; every
/// `::conference_api::…` path names something the runtime exports.
fn check_paths(file: &syn::File) -> Result<(), String> {
    use syn::visit::Visit;
    #[derive(Default)]
    struct Defined(HashSet<String>);
    impl<'ast> Visit<'ast> for Defined {
        fn visit_item(&mut self, item: &'ast syn::Item) {
            let name = match item {
                syn::Item::Struct(i) => Some(&i.ident),
                syn::Item::Enum(i) => Some(&i.ident),
                syn::Item::Type(i) => Some(&i.ident),
                syn::Item::Trait(i) => Some(&i.ident),
                syn::Item::Const(i) => Some(&i.ident),
                syn::Item::Static(i) => Some(&i.ident),
                syn::Item::Union(i) => Some(&i.ident),
                syn::Item::Mod(i) => Some(&i.ident),
                _ => None,
            };
            self.0.extend(name.map(ToString::to_string));
            syn::visit::visit_item(self, item);
        }
        fn visit_type_param(&mut self, param: &'ast syn::TypeParam) {
            self.0.insert(param.ident.to_string());
            syn::visit::visit_type_param(self, param);
        }
        fn visit_impl_item_const(&mut self, item: &'ast syn::ImplItemConst) {
            self.0.insert(item.ident.to_string());
            syn::visit::visit_impl_item_const(self, item);
        }
    }
    struct Uses<'a> {
        defined: &'a HashSet<String>,
        problems: Vec<String>,
    }
    impl<'ast> Visit<'ast> for Uses<'_> {
        fn visit_path(&mut self, path: &'ast syn::Path) {
            let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
            let text = names.join("::");
            let (root, private) = &*RUNTIME;
            if path.leading_colon.is_some() {
                if names[0] == "conference_api" {
                    let known = match names.get(1).map(String::as_str) {
                        Some("__private") => names.get(2).is_none_or(|n| private.contains(n)),
                        Some(name) => root.contains(name),
                        None => true,
                    };
                    if !known {
                        self.problems.push(format!("::{text}"));
                    }
                }
            } else {
                let first = &names[0];
                let type_like = first.starts_with(|c: char| c.is_ascii_uppercase())
                    || first
                        .strip_prefix("__")
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()));
                if type_like && !self.defined.contains(first) && !PRELUDE.contains(&first.as_str())
                {
                    self.problems.push(text);
                }
            }
            syn::visit::visit_path(self, path);
        }
    }
    let mut defined = Defined::default();
    defined.visit_file(file);
    let mut uses = Uses {
        defined: &defined.0,
        problems: Vec::new(),
    };
    uses.visit_file(file);
    uses.problems.sort();
    uses.problems.dedup();
    if uses.problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the generated code names what nothing defines: {}",
            uses.problems.join(", ")
        ))
    }
}

/// The name of an `impl`'s type (`Foo` of `Foo<T>`), or `?`.
fn quote_type(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .map_or_else(|| "?".to_owned(), |segment| segment.ident.to_string()),
        _ => "?".to_owned(),
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// The file the last failing case is kept in.
fn failed_path() -> PathBuf {
    std::env::temp_dir().join(format!(
        "conference-codegen-fuzz-{}-failed.json",
        std::process::id()
    ))
}

/// Runs `generate` on `text` in a thread of its own, and checks the property. `Ok(None)`
/// for code, `Ok(Some(errors))` for errors.
fn check(text: &str, options: Options) -> Result<Option<Vec<Error>>, String> {
    let path = std::env::temp_dir().join(format!(
        "conference-codegen-fuzz-{}-{}.json",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, text).map_err(|error| format!("{}: {error}", path.display()))?;
    let (sender, receiver) = mpsc::channel();
    let worker_path = path.clone();
    let started = Instant::now();
    std::thread::Builder::new()
        .name("generate".to_owned())
        .stack_size(STACK)
        .spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                match generate(&worker_path, &options) {
                    Ok(tokens) => {
                        let file = syn::parse2::<syn::File>(tokens).map_err(|error| {
                            format!("the generated code does not parse: {error}")
                        })?;
                        check_names(&file)?;
                        check_paths(&file).map(|()| None)
                    }
                    Err(errors) => check_errors(&errors).map(|()| Some(errors)),
                }
            }));
            let verdict = outcome.unwrap_or_else(|payload| {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic without a message".to_owned());
                Err(format!("the generator panicked: {message}"))
            });
            // The receiver is gone when the case took too long.
            let _ = sender.send(verdict);
        })
        .map_err(|error| format!("cannot start a thread: {error}"))?;
    let verdict = match receiver.recv_timeout(BUDGET) {
        Ok(verdict) => verdict,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "the generator took more than {} s",
            BUDGET.as_secs()
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err("the generator's thread died without a verdict".to_owned())
        }
    };
    if verdict.is_err() {
        let _ = std::fs::rename(&path, failed_path());
    } else {
        let _ = std::fs::remove_file(&path);
    }
    let elapsed = started.elapsed();
    verdict.map_err(|why| format!("{why} (after {elapsed:.1?})"))
}

fn run_case(case: &Case) -> Result<Option<Vec<Error>>, String> {
    let document = &DOCUMENTS[case.document].name;
    let (text, log) = mutant(case);
    let describe = || {
        format!(
            "{document} (check_examples: {}) with:\n  {}",
            case.check_examples,
            log.join("\n  ")
        )
    };
    if std::env::var_os("FUZZ_TRACE").is_some() {
        // Past the test harness's capture, so that it shows before an abort.
        let _ = writeln!(std::io::stderr().lock(), "fuzz case: {}", describe());
    }
    let options = Options {
        check_examples: case.check_examples,
        ..Options::default()
    };
    let started = Instant::now();
    let outcome = check(&text, options).map_err(|why| {
        format!(
            "{why}\non {}\nthe document is kept in {}",
            describe(),
            failed_path().display()
        )
    })?;
    if std::env::var_os("FUZZ_TRACE").is_some() {
        let summary = match &outcome {
            None => "code".to_owned(),
            Some(errors) => format!("{} errors, the first {}", errors.len(), errors[0]),
        };
        let elapsed = started.elapsed();
        let _ = writeln!(std::io::stderr().lock(), "  -> {summary} ({elapsed:.1?})");
    }
    Ok(outcome)
}

/// `PROPTEST_RNG_SEED`, which proptest reads into its default configuration, else [`SEED`].
fn seed() -> u64 {
    match Config::default().rng_seed {
        RngSeed::Fixed(seed) => seed,
        RngSeed::Random => SEED,
    }
}

/// `FUZZ_CASES`, else [`CASES`].
fn case_count() -> u32 {
    match std::env::var("FUZZ_CASES") {
        Ok(text) => text
            .parse()
            .unwrap_or_else(|error| panic!("FUZZ_CASES={text}: {error}")),
        Err(_) => CASES,
    }
}

#[test]
fn mutated_documents_never_break_the_generator() {
    let count = case_count();
    let mut runner = TestRunner::new(Config {
        cases: count,
        rng_algorithm: RngAlgorithm::XorShift,
        rng_seed: RngSeed::Fixed(seed()),
        // Do not write regression files next to the sources: print the failing input.
        failure_persistence: None,
        // Report a failure within two minutes, shrunk as far as it got.
        max_shrink_time: 120_000,
        ..Config::default()
    });
    let started = Instant::now();
    let generated = std::cell::Cell::new(0);
    let result = runner.run(&cases(), |case| {
        let outcome = run_case(&case).map_err(TestCaseError::fail)?;
        generated.set(generated.get() + usize::from(outcome.is_none()));
        Ok(())
    });
    if let Err(error) = result {
        let seed = seed();
        let error = match error {
            TestError::Fail(why, _) => why.to_string(),
            TestError::Abort(why) => why.to_string(),
        };
        panic!(
            "{error}\nseed {seed}: replay with \
             `PROPTEST_RNG_SEED={seed} FUZZ_CASES={count} cargo test -p conference-codegen --test fuzz_generator`"
        );
    }
    let generated = generated.get();
    println!(
        "{count} cases in {:.1?}, {generated} of them generated code",
        started.elapsed(),
    );
    // Most cases must reach the checks of generated code.
    assert!(
        generated * 2 > count as usize,
        "only {generated} of {count} cases generated code (seed {})",
        seed()
    );
}

/// The documents themselves, unmutated: generated code that parses.
#[test]
fn the_fixtures_generate_code_that_parses() {
    for document in DOCUMENTS.iter() {
        let text = serde_json::to_string(&document.value).unwrap();
        for check_examples in [false, true] {
            let options = Options {
                check_examples,
                ..Options::default()
            };
            let started = Instant::now();
            let outcome = check(&text, options).unwrap_or_else(|why| {
                panic!("{}: {why}", document.name);
            });
            if let Some(errors) = outcome {
                panic!("{} must generate: {errors:?}", document.name);
            }
            println!(
                "{} (check_examples: {check_examples}): {:.1?}",
                document.name,
                started.elapsed()
            );
        }
    }
}

/// A document with one operation whose request body and `200` answer are `body` and
/// `answer`, and these components.
fn minimal(body: Value, answer: Value, schemas: Value) -> String {
    let content = |schema: Value| json!({"application/json": {"schema": schema}});
    serde_json::to_string(&json!({
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"post": {
            "operationId": "create_thing",
            "requestBody": {"required": true, "content": content(body)},
            "responses": {"200": {"description": "ok", "content": content(answer)}},
        }}},
        "components": {"schemas": schemas},
    }))
    .unwrap()
}

/// Found by the fuzzer: `foo-bar` and `foo_bar`, both with a default, gave the struct two
/// `DEFAULT_FOO_BAR` constants. The constants are named after the fields' Rust names.
#[test]
fn fields_whose_wire_names_collide_get_a_default_constant_each() {
    let object = json!({"type": "object", "properties": {
        "foo-bar": {"type": "string", "default": "a"},
        "foo_bar": {"type": "string", "default": "b"},
    }});
    let text = minimal(
        component_ref("A"),
        component_ref("A"),
        json!({ "A": object }),
    );
    assert_eq!(check(&text, Options::default()), Ok(None));
}

/// `FUZZ_REPLAY=<file>`: checks the property on that document alone (a kept failing one,
/// being minimized by hand). Without it, does nothing.
#[test]
fn replay() {
    let Some(path) = std::env::var_os("FUZZ_REPLAY") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap();
    let check_examples = std::env::var_os("FUZZ_CHECK_EXAMPLES").is_some();
    let outcome = check(
        &text,
        Options {
            check_examples,
            ..Options::default()
        },
    );
    match outcome {
        Ok(None) => println!("code"),
        Ok(Some(errors)) => errors.iter().for_each(|error| println!("{error}")),
        Err(why) => panic!("{why}"),
    }
}
