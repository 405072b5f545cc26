//! `synthforge convert`: round trips that give back the same bytes (on the
//! default generated dataset and on any conversation), refusals that name
//! file, line and reason with nothing written, the `--system` choices,
//! splits kept, and bad input.

use proptest::prelude::*;
use synthforge::convert::{Converter, System};
use synthforge::dataset::{Format, Line};
use synthforge::validate;

use crate::workdir::Workdir;

/// The bytes of every shard of a dataset directory, in order.
fn shard_bytes(wd: &Workdir, out: &str) -> Vec<(String, Vec<u8>)> {
    wd.snapshot(&format!("{out}/data"))
        .into_iter()
        .map(|(path, bytes)| (path.display().to_string(), bytes))
        .collect()
}

/// Asserts that nothing of a failed run remains: no output, no staging.
fn nothing_written(wd: &Workdir, out: &str) {
    assert!(!wd.exists(out), "{out} was written");
    assert!(
        wd.entries()
            .iter()
            .all(|e| !e.contains("synthforge-partial")),
        "staging left behind: {:?}",
        wd.entries()
    );
}

#[test]
fn openai_mistral_openai_and_sharegpt_give_back_the_generated_bytes() {
    let wd = Workdir::new();
    wd.ok(&[
        "generate",
        "--total",
        "1000",
        "--shard-lines",
        "300",
        "--out",
        "ds",
        "--quiet",
    ]);
    let original = shard_bytes(&wd, "ds");
    assert_eq!(original.len(), 4);
    for via in ["mistral", "sharegpt"] {
        let there = format!("as-{via}");
        let back = format!("back-from-{via}");
        wd.ok(&[
            "convert",
            "ds",
            "--to",
            via,
            "--out",
            &there,
            "--shard-lines",
            "300",
            "-q",
        ]);
        wd.ok(&["verify", &there]);
        wd.ok(&["validate", &there, "--format", via]);
        wd.ok(&[
            "convert",
            &there,
            "--to",
            "openai",
            "--out",
            &back,
            "--shard-lines",
            "300",
            "-q",
        ]);
        assert!(
            shard_bytes(&wd, &back) == original,
            "openai → {via} → openai changed the bytes"
        );
    }
    let err = wd.fails(&["verify", "as-mistral", "--regenerate"], 1);
    assert!(
        err.contains("it was made by `synthforge convert` from the files its manifest lists under `sources`, not generated"),
        "{err}"
    );
    let manifest = wd.manifest("as-mistral");
    assert_eq!(
        (
            &manifest["command"],
            &manifest["from"],
            &manifest["format"],
            &manifest["total_examples"],
            &manifest["splits"]
        ),
        (
            &"convert".into(),
            &"openai".into(),
            &"mistral".into(),
            &1000.into(),
            &serde_json::json!({"train": 1000})
        )
    );
    let ds = wd.manifest("ds");
    for (i, source) in manifest["sources"].as_array().unwrap().iter().enumerate() {
        assert_eq!(
            source["path"],
            format!("ds/{}", ds["shards"][i]["path"].as_str().unwrap())
        );
        assert_eq!(source["blake3"], ds["shards"][i]["blake3"]);
        assert_eq!(source["lines"], ds["shards"][i]["lines"]);
    }
}

#[test]
fn io_into_openai_with_a_system_message_and_back_gives_the_same_bytes() {
    let wd = Workdir::new();
    let pairs: String = (0..12)
        .map(|i| {
            format!(
                "{{\"input\":\"Question {i}: \\\"why?\\\"\\nSay é.\",\"output\":\"Answer {i}\"}}\n"
            )
        })
        .collect();
    wd.write("pairs.jsonl", &pairs);
    wd.write("system.txt", "You answer in one line.\n");
    wd.ok(&[
        "convert",
        "pairs.jsonl",
        "--to",
        "openai",
        "--system",
        "@system.txt",
        "--out",
        "chat",
        "-q",
    ]);
    let chat = wd.lines("chat");
    assert_eq!(
        chat[0],
        r#"{"messages":[{"role":"system","content":"You answer in one line."},{"role":"user","content":"Question 0: \"why?\"\nSay é."},{"role":"assistant","content":"Answer 0"}]}"#
    );
    assert_eq!(
        wd.manifest("chat")["system"],
        serde_json::json!({"text": "You answer in one line."})
    );
    wd.ok(&["validate", "chat"]);

    wd.ok(&[
        "convert", "chat", "--to", "io", "--system", "drop", "--out", "back", "-q",
    ]);
    assert_eq!(wd.lines("back").join("\n") + "\n", pairs);
    wd.ok(&[
        "convert", "chat", "--to", "io", "--system", "prefix", "--out", "prefixed", "-q",
    ]);
    assert_eq!(
        wd.lines("prefixed")[0],
        r#"{"input":"You answer in one line.\n\nQuestion 0: \"why?\"\nSay é.","output":"Answer 0"}"#
    );
    // Alpaca's instruction and input become one user message.
    wd.write(
        "alpaca.jsonl",
        "{\"instruction\":\"Add.\",\"input\":\"2 3\",\"output\":\"5\"}\n{\"instruction\":\"Greet.\",\"input\":\"\",\"output\":\"Hi\"}\n",
    );
    wd.ok(&[
        "convert",
        "alpaca.jsonl",
        "--to",
        "sharegpt",
        "--out",
        "sg",
        "-q",
    ]);
    assert_eq!(
        wd.lines("sg"),
        [
            r#"{"conversations":[{"from":"human","value":"Add.\n\n2 3"},{"from":"gpt","value":"5"}]}"#,
            r#"{"conversations":[{"from":"human","value":"Greet."},{"from":"gpt","value":"Hi"}]}"#,
        ]
    );
}

#[test]
fn refusals() {
    insta::glob!("fixtures/convert/*.jsonl", |path| {
        let name = path.file_name().unwrap().to_str().unwrap();
        let wd = Workdir::new();
        wd.write(name, std::fs::read(path).unwrap());
        let from: Format = name.trim_end_matches(".jsonl").parse().unwrap();
        let mut report = String::new();
        let targets: &[&[&str]] = &[
            &["--to", "openai"],
            &["--to", "mistral"],
            &["--to", "sharegpt"],
            &["--to", "io"],
            &["--to", "io", "--system", "drop"],
            &["--to", "alpaca"],
            &["--to", "alpaca", "--system", "prefix"],
        ];
        for target in targets {
            let chat = matches!(from, Format::Openai | Format::Mistral | Format::Sharegpt);
            if target.contains(&"--system") && !chat {
                continue;
            }
            let args = [&["convert", name], *target, &["--out", "out"]].concat();
            let err = wd.fails(&args, 1);
            nothing_written(&wd, "out");
            report += &format!("$ synthforge {}\n{err}\n", args.join(" "));
        }
        insta::assert_snapshot!(report);
    });
}

#[test]
fn a_refused_line_leaves_a_previous_dataset_untouched() {
    let wd = Workdir::with_fixture("convert");
    wd.write("ok.jsonl", "{\"input\":\"Hi\",\"output\":\"Hello\"}\n");
    wd.ok(&[
        "convert", "ok.jsonl", "--to", "openai", "--out", "out", "-q",
    ]);
    let before = wd.snapshot("out");
    let err = wd.fails(
        &[
            "convert",
            "convert/io.jsonl",
            "--to",
            "openai",
            "--out",
            "out",
            "--force",
        ],
        1,
    );
    assert!(
        err.contains("convert/io.jsonl:2: category: `category` has no place in openai lines"),
        "{err}"
    );
    assert!(
        err.contains("convert/io.jsonl:3: output: `output` is missing"),
        "{err}"
    );
    assert_eq!(wd.snapshot("out"), before);
}

#[test]
fn each_file_keeps_its_split() {
    let wd = Workdir::new();
    let line = |i| format!("{{\"input\":\"Q{i}\",\"output\":\"A{i}\"}}\n");
    wd.write(
        "ds/data/train-00000-of-00001.jsonl",
        (0..5).map(line).collect::<String>(),
    );
    wd.write(
        "ds/data/validation-00000-of-00001.jsonl",
        (5..7).map(line).collect::<String>(),
    );
    wd.write("extra.jsonl", line(7));
    wd.ok(&[
        "convert",
        "ds",
        "extra.jsonl",
        "--to",
        "sharegpt",
        "--out",
        "out",
        "--shard-lines",
        "3",
        "-q",
    ]);
    let mut names: Vec<String> = shard_bytes(&wd, "out")
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "train-00000-of-00002.jsonl",
            "train-00001-of-00002.jsonl",
            "validation-00000-of-00001.jsonl"
        ]
    );
    let manifest = wd.manifest("out");
    assert_eq!(
        manifest["splits"],
        serde_json::json!({"train": 6, "validation": 2})
    );
    assert!(
        wd.read("out/data/validation-00000-of-00001.jsonl")
            .contains("Q6")
    );
    wd.ok(&["verify", "out"]);
}

#[test]
fn bad_input_exits_with_a_located_message_and_writes_nothing() {
    let wd = Workdir::new();
    wd.write("chat.jsonl", "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello\"}]}\n");
    wd.write(
        "broken.jsonl",
        "{\"input\":\"a\",\"output\":\"b\"}\n{\"input\":\"a\",\n",
    );
    wd.write("pc.jsonl", "{\"prompt\":\"Hi\",\"completion\":\"Hello\"}\n");
    wd.write("existing/notes.txt", "keep me");
    for (args, code, says) in [
        (
            &["chat.jsonl", "--out", "out"][..],
            2,
            "the following required arguments were not provided:\n  --to <FORMAT>",
        ),
        (
            &["chat.jsonl", "--to", "chatml", "--out", "out"],
            2,
            "invalid value 'chatml' for '--to <FORMAT>'",
        ),
        (
            &["chat.jsonl", "--to", "io"],
            2,
            "the following required arguments were not provided:\n  --out <DIR>",
        ),
        (
            &["chat.jsonl", "--to", "mistral", "--out", "existing"],
            2,
            "output directory `existing` already exists and is not empty; pass --force",
        ),
        (
            &["broken.jsonl", "--to", "openai", "--out", "out"],
            1,
            "broken.jsonl:2: EOF while parsing a value at column 13; not a valid io line",
        ),
        (
            &[
                "chat.jsonl",
                "--to",
                "io",
                "--system",
                "Be brief.",
                "--out",
                "out",
            ],
            2,
            "invalid value for --system: openai → io takes `drop`",
        ),
        (
            &[
                "broken.jsonl",
                "--to",
                "alpaca",
                "--system",
                "drop",
                "--out",
                "out",
            ],
            2,
            "invalid value for --system: io → alpaca has no system messages on either side",
        ),
        (
            &[
                "broken.jsonl",
                "--to",
                "openai",
                "--system",
                "@missing.txt",
                "--out",
                "out",
            ],
            1,
            "missing.txt: No such file or directory",
        ),
        (
            &[
                "chat.jsonl",
                "--to",
                "io",
                "--shard-lines",
                "0",
                "--out",
                "out",
            ],
            2,
            "invalid value for --shard-lines: must be at least 1",
        ),
        (
            &["missing.jsonl", "--to", "io", "--out", "out"],
            1,
            "missing.jsonl: No such file or directory",
        ),
        (
            &["pc.jsonl", "--to", "io", "--out", "out"],
            1,
            "pc.jsonl: cannot tell the format from the first lines: their keys `completion`, `prompt` match none of",
        ),
        (
            &["pc.jsonl", "--to", "io", "--out", "out"],
            1,
            "; pass --from openai|mistral|io|alpaca|sharegpt\n",
        ),
    ] {
        let err = wd.fails(&[&["convert"], args].concat(), code);
        assert!(err.contains(says), "{args:?}: {err}");
        nothing_written(&wd, "out");
    }
    assert_eq!(wd.read("existing/notes.txt"), "keep me");
}

/// A conversation of text turns: an optional system message, then
/// exchanges of a user and an assistant message.
fn conversation() -> impl Strategy<Value = (Option<String>, Vec<(String, String)>)> {
    let text = "[a-zA-Z0-9 é\"\\\\\n\t{}<>.!?\u{1F600}]{0,12}[a-z]";
    (
        proptest::option::of(text),
        proptest::collection::vec((text, text), 1..4),
    )
}

fn convert_line(
    from: Format,
    to: Format,
    system: Option<System>,
    text: &str,
) -> Result<String, String> {
    let line = Line {
        file: 0,
        number: 1,
        bytes: text.as_bytes(),
        bom: false,
    };
    let mut out = Vec::new();
    Converter::new(from, to, system)
        .unwrap()
        .line(&line, &mut out)
        .map_err(|r| r.kind.to_string())?;
    let out = String::from_utf8(out).unwrap();
    let converted = Line {
        bytes: out.trim_end_matches('\n').as_bytes(),
        ..line
    };
    if let Err(finding) = validate::example(to, &converted) {
        panic!("{from} → {to} wrote a line {to} does not accept: {finding:?}\n{out}");
    }
    Ok(out.trim_end_matches('\n').to_string())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any conversation of text turns goes into every other format and
    /// comes back as the same bytes, or is refused for a reason the
    /// format gives: io and Alpaca hold one exchange and no system message
    /// unless `--system` says what to do with it.
    #[test]
    fn every_round_trip_gives_back_the_same_bytes((system, exchanges) in conversation()) {
        let mut messages = Vec::new();
        if let Some(system) = &system {
            messages.push(serde_json::json!({"role": "system", "content": system}));
        }
        for (user, assistant) in &exchanges {
            messages.push(serde_json::json!({"role": "user", "content": user}));
            messages.push(serde_json::json!({"role": "assistant", "content": assistant}));
        }
        let line = serde_json::json!({"messages": messages}).to_string();
        for via in [Format::Mistral, Format::Sharegpt] {
            let there = convert_line(Format::Openai, via, None, &line).unwrap();
            prop_assert_eq!(&convert_line(via, Format::Openai, None, &there).unwrap(), &line);
        }
        for via in [Format::Io, Format::Alpaca] {
            let (out, back) = match &system {
                Some(text) => (Some(System::Drop), Some(System::Text(text.clone()))),
                None => (None, None),
            };
            match convert_line(Format::Openai, via, out, &line) {
                Ok(there) => {
                    prop_assert_eq!(exchanges.len(), 1);
                    prop_assert_eq!(&convert_line(via, Format::Openai, back, &there).unwrap(), &line);
                }
                Err(kind) => {
                    prop_assert!(exchanges.len() > 1);
                    prop_assert_eq!(kind, "several_turns");
                }
            }
            if system.is_some() {
                let refused = convert_line(Format::Openai, via, None, &line).unwrap_err();
                prop_assert!(refused == "system_message" || refused == "several_turns");
            }
        }
    }
}

#[test]
fn convert_writes_a_card_naming_its_files_counts_and_sources() {
    let wd = Workdir::new();
    wd.write("pairs.jsonl", crate::workdir::io_pairs(0..12));
    wd.ok(&[
        "convert",
        "pairs.jsonl",
        "--to",
        "openai",
        "--system",
        "You answer in two words.",
        "--shard-lines",
        "5",
        "--out",
        "chat",
        "-q",
    ]);
    let card = wd.read("chat/README.md");
    for shard in wd.manifest("chat")["shards"].as_array().unwrap() {
        let name = shard["path"].as_str().unwrap();
        assert!(wd.exists(&format!("chat/{name}")), "{name}");
    }
    insta::assert_snapshot!(card);
}
