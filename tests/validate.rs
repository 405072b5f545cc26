//! `synthforge validate`: every check with its line and JSON path on files
//! with planted errors (every error found, none invented), format detection,
//! directories and shards, exit codes, a generated dataset that is clean,
//! and what it finds in real public datasets.

use std::path::Path;

use serde_json::Value;

use crate::workdir::{Workdir, fixtures};

/// Runs `synthforge validate ARGS`; returns exit code, stdout and stderr.
fn validate(wd: &Workdir, args: &[&str]) -> (i32, String, String) {
    let out = wd.run(&[&["validate"], args].concat());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "validate {args:?}: {stderr}");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).unwrap(),
        stderr,
    )
}

/// The `--json` report of a run that is expected to exit with `code`.
fn json_report(wd: &Workdir, args: &[&str], code: i32) -> Value {
    let args = [args, &["--json", "--limit", "1000"]].concat();
    let (got, stdout, stderr) = validate(wd, &args);
    assert_eq!(got, code, "validate {args:?}: {stderr}");
    serde_json::from_str(&stdout).unwrap()
}

/// Every finding of a report as (line, check, path), in report order.
fn findings(report: &Value) -> Vec<(u64, String, String)> {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["findings"].as_array().unwrap())
        .map(|f| {
            (
                f["line"].as_u64().unwrap_or(0),
                f["check"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

type Planted = (
    &'static str,
    &'static [&'static str],
    &'static [(u64, &'static str, &'static str)],
);

/// Each fixture of `tests/fixtures/validate/`, the flags it is checked with,
/// and every finding it must produce: line, check, JSON path. Lines not
/// listed are valid (the OpenAI file's line 18 is code that says
/// `=== undefined` and `style={{ color: 'red' }}`; Mistral's line 8 has
/// `weight: 0` on an earlier turn).
const PLANTED: &[Planted] = &[
    (
        "openai.jsonl",
        &[],
        &[
            (1, "bom", ""),
            (3, "blank_line", ""),
            (5, "invalid_utf8", ""),
            (4, "invalid_json", ""),
            (15, "duplicate_key", "messages[1].content"),
            (6, "data_type", ""),
            (24, "data_type", "messages[0]"),
            (7, "missing_messages_list", "messages"),
            (23, "missing_messages_list", "messages"),
            (8, "message_missing_key", "messages[1]"),
            (9, "message_unrecognized_key", "messages[1].lang"),
            (10, "unrecognized_role", "messages[1].role"),
            (11, "missing_content", "messages[1].content"),
            (12, "example_missing_assistant_message", "messages"),
            (13, "invalid_weight", "messages[2].weight"),
            (14, "weight_on_non_assistant", "messages[1].weight"),
            (16, "template_leak", "messages[2].content"),
            (17, "missing_value_leak", "messages[2].content"),
            (19, "duplicate", ""),
            (20, "near_duplicate", ""),
            (21, "conflicting_answer", ""),
            (22, "schema_mismatch", "source"),
        ],
    ),
    (
        "mistral.jsonl",
        &["--format", "mistral"],
        &[
            (6, "message_unrecognized_key", "messages[2].function_call"),
            (5, "unrecognized_role", "messages[2].role"),
            (7, "example_missing_assistant_message", "messages"),
            (9, "invalid_weight", "messages[2].weight"),
            (2, "misplaced_system_message", "messages[1].role"),
            (3, "misplaced_system_message", "messages[1].role"),
            (4, "last_message_not_assistant", "messages[3]"),
        ],
    ),
    (
        "io.jsonl",
        &[],
        &[
            (2, "missing_field", "output"),
            (4, "field_type", "output"),
            (3, "empty_field", "input"),
            (10, "empty_field", "input"),
            (5, "missing_value_leak", "output"),
            (6, "near_duplicate", ""),
            (7, "conflicting_answer", ""),
            (8, "schema_mismatch", "category"),
        ],
    ),
    (
        "alpaca.jsonl",
        &[],
        &[
            (3, "missing_field", "instruction"),
            (4, "field_type", "input"),
            (5, "empty_field", "output"),
            (6, "template_leak", "instruction"),
            (6, "template_leak", "instruction"),
            (2, "schema_mismatch", "input"),
        ],
    ),
    (
        "sharegpt.jsonl",
        &[],
        &[
            (6, "data_type", "conversations[0]"),
            (2, "unrecognized_role", "conversations[0].from"),
            (3, "example_missing_assistant_message", "conversations"),
            (4, "missing_field", "conversations[1].value"),
            (7, "missing_field", "conversations"),
            (5, "field_type", "conversations"),
        ],
    ),
];

fn with_fixture(name: &str) -> Workdir {
    let wd = Workdir::new();
    wd.write(
        name,
        std::fs::read(fixtures().join("validate").join(name)).unwrap(),
    );
    wd
}

#[test]
fn every_planted_error_is_found_with_its_line_and_path_and_none_is_invented() {
    for (name, flags, want) in PLANTED {
        let wd = with_fixture(name);
        let report = json_report(&wd, &[&[*name], *flags].concat(), 1);
        let want: Vec<(u64, String, String)> = want
            .iter()
            .map(|(l, c, p)| (*l, c.to_string(), p.to_string()))
            .collect();
        assert_eq!(findings(&report), want, "{name}");
    }
}

#[test]
fn planted_error_reports() {
    insta::glob!("fixtures/validate/*.jsonl", |path| {
        let name = path.file_name().unwrap().to_str().unwrap();
        let (_, flags, _) = PLANTED
            .iter()
            .find(|(n, _, _)| *n == name)
            .expect("every fixture is listed in PLANTED");
        let wd = with_fixture(name);
        let (code, stdout, stderr) = validate(&wd, &[&[name], *flags].concat());
        assert_eq!(code, 1);
        assert!(
            stderr.contains("error: the dataset is not valid"),
            "{stderr}"
        );
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn the_json_report_names_file_line_path_and_the_first_copy() {
    let wd = with_fixture("openai.jsonl");
    let report = json_report(&wd, &["openai.jsonl"], 1);
    assert_eq!(report["format"], "openai");
    assert_eq!(report["detected"], true);
    assert_eq!(
        (report["lines"].as_u64(), report["examples"].as_u64()),
        (Some(25), Some(24))
    );
    assert_eq!(
        (report["errors"].as_u64(), report["warnings"].as_u64()),
        (Some(21), Some(1))
    );
    let duplicate = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["check"] == "duplicate")
        .unwrap();
    assert_eq!(duplicate["severity"], "error");
    assert_eq!(
        duplicate["findings"][0],
        serde_json::json!({
            "check": "duplicate",
            "file": "openai.jsonl",
            "line": 19,
            "message": "an exact copy of openai.jsonl:2",
            "first": {"file": "openai.jsonl", "line": 2}
        })
    );
}

#[test]
fn the_report_is_the_same_on_one_thread_or_many() {
    let wd = with_fixture("openai.jsonl");
    let one = json_report(&wd, &["openai.jsonl", "--threads", "1"], 1);
    let two = json_report(&wd, &["openai.jsonl", "--threads", "3"], 1);
    assert_eq!(one, two);
}

#[test]
fn limit_caps_the_locations_shown_but_not_the_counts() {
    let wd = Workdir::new();
    wd.write("blank.jsonl", "\n".repeat(12));
    let (code, stdout, _) = validate(&wd, &["blank.jsonl", "--format", "io", "--limit", "2"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("blank_line                           12 errors\n  blank.jsonl:1: "),
        "{stdout}"
    );
    assert!(stdout.contains("  blank.jsonl:2: "), "{stdout}");
    assert!(!stdout.contains("  blank.jsonl:3: "), "{stdout}");
    assert!(
        stdout.contains("  … and 10 more (--limit N shows more)"),
        "{stdout}"
    );
}

#[test]
fn the_format_is_detected_and_said() {
    let wd = Workdir::new();
    for (format, line) in [
        (
            "openai",
            r#"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}"#,
        ),
        ("io", r#"{"input":"Hi","output":"Hello"}"#),
        (
            "alpaca",
            r#"{"instruction":"Greet.","input":"","output":"Hello"}"#,
        ),
        (
            "sharegpt",
            r#"{"conversations":[{"from":"human","value":"Hi"},{"from":"gpt","value":"Hello"}]}"#,
        ),
    ] {
        wd.write(&format!("{format}.jsonl"), format!("{line}\n"));
        let report = json_report(&wd, &[&format!("{format}.jsonl")], 0);
        assert_eq!(
            (report["format"].as_str(), &report["detected"]),
            (Some(format), &Value::Bool(true))
        );
        let (_, stdout, _) = validate(&wd, &[&format!("{format}.jsonl")]);
        let how = match format {
            "openai" => "--format mistral applies Mistral's rules",
            _ => "set it with --format",
        };
        assert!(
            stdout.contains(&format!(
                "format: {format} (detected from the first lines; {how})"
            )),
            "{stdout}"
        );
    }
    let (_, stdout, _) = validate(&wd, &["io.jsonl", "--format", "io"]);
    assert!(stdout.contains("format: io\n"), "{stdout}");
}

#[test]
fn an_undetectable_format_is_an_error_that_says_to_pass_format() {
    let wd = Workdir::new();
    wd.write("pc.jsonl", "{\"prompt\":\"Hi\",\"completion\":\"Hello\"}\n");
    wd.write("none.jsonl", "[1]\n\n");
    let (code, _, stderr) = validate(&wd, &["pc.jsonl"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: pc.jsonl: cannot tell the format from the first lines: their keys `completion`, `prompt` match none of `messages` (openai, mistral), `conversations` (sharegpt), `instruction`+`output` (alpaca), `input`+`output` (io); pass --format openai|mistral|io|alpaca|sharegpt\n"
    );
    let (code, _, stderr) = validate(&wd, &["none.jsonl"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("none.jsonl: no JSON object among the first lines to tell the format from; pass --format"), "{stderr}");
}

#[test]
fn fewer_than_ten_openai_examples_is_a_warning_not_an_error() {
    let wd = Workdir::new();
    let lines: String = (0..9)
        .map(|i| format!("{{\"messages\":[{{\"role\":\"user\",\"content\":\"Question {i}\"}},{{\"role\":\"assistant\",\"content\":\"Answer {i}\"}}]}}\n"))
        .collect();
    wd.write("nine.jsonl", &lines);
    let (code, stdout, _) = validate(&wd, &["nine.jsonl"]);
    assert_eq!(code, 0);
    assert!(
        stdout.ends_with("too_few_examples                     1 warning\n  9 examples; OpenAI needs at least 10 to start a fine-tuning job\n\nvalid: no errors, 1 warning\n"),
        "{stdout}"
    );
    wd.write(
        "ten.jsonl",
        lines.clone()
            + &lines
                .lines()
                .next()
                .unwrap()
                .replace("Question 0", "Question 9")
                .replace("Answer 0", "Answer 9")
            + "\n",
    );
    let (code, stdout, _) = validate(&wd, &["ten.jsonl"]);
    assert_eq!(code, 0);
    assert!(
        stdout.ends_with("\nvalid: no errors, no warnings\n"),
        "{stdout}"
    );
}

#[test]
fn an_example_over_the_models_token_limit_is_an_error_for_openai_only() {
    let wd = Workdir::new();
    let long = vec!["word"; 9000].join(" ");
    let text = crate::workdir::chat_lines(10, |i| match i {
        3 => long.clone(),
        _ => "Fine.".into(),
    });
    wd.write("chat.jsonl", text);
    // gpt-4 takes 8,192 tokens per example; gpt-4o-mini 65,536.
    let report = json_report(&wd, &["chat.jsonl", "--model", "gpt-4-0613"], 1);
    assert_eq!(
        findings(&report),
        [(4, "too_many_tokens".into(), "messages".into())]
    );
    assert_eq!(
        report["groups"][0]["findings"][0]["message"],
        "9014 tokens (cl100k_base, counted as OpenAI's cookbook does); gpt-4 takes at most 8192 per training example, so shorten or split it"
    );
    assert_eq!(findings(&json_report(&wd, &["chat.jsonl"], 0)), []);
    let mistral = ["chat.jsonl", "--format", "mistral", "--model", "gpt-4"];
    assert_eq!(findings(&json_report(&wd, &mistral, 0)), []);
    let (code, _, stderr) = validate(&wd, &["chat.jsonl", "--model", "gpt-5"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("invalid value for --model: unknown model `gpt-5`"),
        "{stderr}"
    );
}

#[test]
fn todays_openai_messages_are_valid() {
    // Tool calls and refusals without content, content as a list of parts,
    // weights 0 and 1 on assistant messages: every line has the same keys.
    let line = |user: &str| {
        serde_json::json!({"messages": [
            {"role": "system", "content": [{"type": "text", "text": "Be helpful."}]},
            {"role": "user", "content": [{"type": "text", "text": user}], "name": "ada"},
            {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}], "weight": 0},
            {"role": "tool", "content": [{"type": "text", "text": "{\"ok\":true}"}], "tool_call_id": "c1"},
            {"role": "assistant", "content": null, "refusal": "I cannot help with that.", "weight": 1}
        ]})
        .to_string()
    };
    let wd = Workdir::new();
    let text: String = (0..10)
        .map(|i| line(&format!("Look up order {i}.")) + "\n")
        .collect();
    wd.write("tools.jsonl", text);
    let report = json_report(&wd, &["tools.jsonl"], 0);
    assert_eq!(findings(&report), []);
}

#[test]
fn a_synthforge_output_directory_is_validated_shard_by_shard_as_one_dataset() {
    let wd = Workdir::with_fixture("mini");
    wd.ok(&["generate", "--dictionary", "mini", "--out", "ds", "--quiet"]);
    let (code, stdout, _) = validate(&wd, &["ds"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.starts_with(
            "4 files (ds/data/train-00000-of-00004.jsonl, …): 35 lines, 35 examples, "
        ),
        "{stdout}"
    );

    // A copy of shard 0's line 2 at the end of shard 3 is found across files.
    let first = std::fs::read_to_string(wd.path("ds/data/train-00000-of-00004.jsonl")).unwrap();
    let copy = first.lines().nth(1).unwrap();
    let last = "ds/data/train-00003-of-00004.jsonl";
    wd.write(last, wd.read(last) + copy + "\n");
    let report = json_report(&wd, &["ds"], 1);
    let dup = &report["groups"][0]["findings"][0];
    assert_eq!(
        (&dup["check"], &dup["file"], &dup["line"], &dup["first"]),
        (
            &Value::from("duplicate"),
            &Value::from(last),
            &Value::from(6),
            &serde_json::json!({"file": "ds/data/train-00000-of-00004.jsonl", "line": 2})
        )
    );
}

#[test]
fn the_default_generated_dataset_is_clean() {
    let wd = Workdir::new();
    wd.ok(&["generate", "--total", "2000", "--out", "ds", "--quiet"]);
    let report = json_report(&wd, &["ds"], 0);
    assert_eq!(
        (report["examples"].as_u64(), report["format"].as_str()),
        (Some(2000), Some("openai"))
    );
    assert_eq!(findings(&report), []);
}

#[test]
fn usage_errors_exit_2_and_unreadable_input_exits_1() {
    let wd = Workdir::new();
    wd.write("empty/notes.txt", "");
    for (args, code, says) in [
        (
            &[][..],
            2,
            "the following required arguments were not provided",
        ),
        (
            &["x.jsonl", "--format", "chatml"][..],
            2,
            "invalid value 'chatml' for '--format <FORMAT>'",
        ),
        (
            &["x.jsonl", "--threads", "0"][..],
            2,
            "invalid value for --threads: must be at least 1",
        ),
        (
            &["missing.jsonl"][..],
            1,
            "error: missing.jsonl: No such file or directory",
        ),
        (
            &["empty"][..],
            1,
            "error: empty: no `*.jsonl` files in this directory or in its `data/`",
        ),
    ] {
        if args.first() == Some(&"x.jsonl") {
            wd.write("x.jsonl", "{\"input\":\"a\",\"output\":\"b\"}\n");
        }
        let (got, _, stderr) = validate(&wd, args);
        assert_eq!(got, code, "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
}

/// Public datasets kept beside the repository (`../shared/fixtures/real`;
/// CI has them): what validate finds in each is pinned.
#[test]
fn real_public_datasets() {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real");
    if !real.is_dir() {
        eprintln!(
            "note: {} is absent; skipping the real datasets",
            real.display()
        );
        return;
    }
    let wd = Workdir::new();
    wd.copy_dir(&real, "real");
    let mut reports = String::new();
    for (file, flags, code) in [
        ("real/cookbook/toy_chat_fine_tuning.jsonl", &[][..], 0),
        ("real/codetutor/dataset-beginner-friendly.jsonl", &[], 1),
        ("real/codetutor/merged-dataset.jsonl", &[], 0),
        (
            "real/codetutor/their_output/openai-finetuning.jsonl",
            &[],
            0,
        ),
        (
            "real/codetutor/their_output/mistral-finetuning.jsonl",
            &["--format", "mistral"],
            0,
        ),
        ("real/other/training_data.jsonl", &[], 1),
    ] {
        let args = [&[file], flags, &["--limit", "20"]].concat();
        let (got, stdout, stderr) = validate(&wd, &args);
        assert_eq!(got, code, "{args:?}: {stderr}");
        reports += &format!("$ synthforge validate {}\n{stdout}\n", args.join(" "));
    }
    insta::assert_snapshot!(reports);
}
