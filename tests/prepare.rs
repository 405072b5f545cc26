//! `synthforge prepare`: the layout it writes, byte for byte what validate,
//! split, convert and stats write by hand; bad input that leaves nothing;
//! the `--system` io input needs.

use crate::workdir::{Workdir, io_pairs as pairs};

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

/// The shard files of one split of a dataset directory, in order.
fn shards(wd: &Workdir, dir: &str, split: &str) -> Vec<String> {
    wd.snapshot(&format!("{dir}/data"))
        .into_iter()
        .map(|(path, _)| format!("{dir}/data/{}", path.display()))
        .filter(|path| path.contains(&format!("/{split}-")))
        .collect()
}

#[test]
fn prepare_writes_the_layout_with_the_bytes_of_split_convert_and_stats_by_hand() {
    let args = |out: &str| {
        [
            "prepare",
            "pairs.jsonl",
            "--system",
            "@system.txt",
            "--validation",
            "0.2",
            "--seed",
            "7",
            "--shard-lines",
            "10",
            "--out",
            out,
        ]
        .map(String::from)
    };
    let prepared = Workdir::new();
    let by_hand = Workdir::new();
    for wd in [&prepared, &by_hand] {
        wd.write("pairs.jsonl", pairs(0..45));
        wd.write("system.txt", "You answer in two words.\n");
    }
    let args_ds = args("ds");
    let args_ds: Vec<&str> = args_ds.iter().map(String::as_str).collect();
    let out = prepared.run(&args_ds);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "prepare prints on stderr only");
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.starts_with(
            "validated 45 io examples (detected): no errors\nsplit: train 36, validation 9 (target 9 = round(45 × 0.2)), 45 groups by example, seed 7\nwrote ds/openai (5 shards) and ds/mistral (5 shards)"
        ),
        "{said}"
    );
    let layout: Vec<String> = prepared
        .snapshot("ds")
        .into_iter()
        .map(|(path, _)| path.display().to_string())
        .collect();
    let mut expected = Vec::new();
    for format in ["mistral", "openai"] {
        expected.push(format!("{format}/README.md"));
        for i in 0..4 {
            expected.push(format!("{format}/data/train-0000{i}-of-00004.jsonl"));
        }
        expected.push(format!("{format}/data/validation-00000-of-00001.jsonl"));
        expected.push(format!("{format}/manifest.json"));
    }
    expected.extend(["stats.json".to_string(), "stats.txt".to_string()]);
    assert_eq!(layout, expected);

    // By hand: split, convert the split into each format, stats of train.
    by_hand.ok(&[
        "split",
        "pairs.jsonl",
        "--validation",
        "0.2",
        "--seed",
        "7",
        "--shard-lines",
        "10",
        "--out",
        "split",
        "-q",
    ]);
    for format in ["openai", "mistral"] {
        let dir = format!("ds/{format}");
        by_hand.ok(&[
            "convert",
            "split",
            "--to",
            format,
            "--system",
            "@system.txt",
            "--shard-lines",
            "10",
            "--out",
            &dir,
            "-q",
        ]);
        assert_eq!(
            prepared.snapshot(&format!("{dir}/data")),
            by_hand.snapshot(&format!("{dir}/data")),
            "{format} shards"
        );
        prepared.ok(&["verify", &dir]);
        prepared.ok(&["validate", &dir, "--format", format, "-q"]);
        let manifest = prepared.manifest(&dir);
        assert_eq!(
            (
                &manifest["command"],
                &manifest["from"],
                &manifest["format"],
                &manifest["splits"],
                &manifest["sources"][0]["path"],
            ),
            (
                &"prepare".into(),
                &"io".into(),
                &format.into(),
                &serde_json::json!({"train": 36, "validation": 9}),
                &"pairs.jsonl".into(),
            )
        );
        assert_eq!(
            manifest["sources"][0]["blake3"],
            by_hand.manifest("split")["sources"][0]["blake3"]
        );
        assert_eq!(manifest["shards"], by_hand.manifest(&dir)["shards"]);
    }
    let train = shards(&by_hand, "ds/openai", "train");
    let stats_args: Vec<&str> = ["stats", "--format", "openai", "-q"]
        .into_iter()
        .chain(train.iter().map(String::as_str))
        .collect();
    assert_eq!(prepared.read("ds/stats.txt"), by_hand.ok(&stats_args));
    let json_args = [&stats_args[..], &["--json"]].concat();
    assert_eq!(prepared.read("ds/stats.json"), by_hand.ok(&json_args));

    // Deterministic: again, on one thread, over the first run.
    let again = [&args_ds[..], &["--threads", "1", "--force", "-q"]].concat();
    let before = prepared.snapshot("ds");
    prepared.ok(&again);
    assert_eq!(prepared.snapshot("ds"), before);
}

#[test]
fn prepare_on_bad_input_exits_1_with_the_report_and_writes_nothing() {
    let wd = Workdir::with_fixture("validate");
    let err = wd.fails(&["prepare", "validate/openai.jsonl", "--out", "ds"], 1);
    assert!(err.contains("\ninvalid_weight "), "{err}");
    assert!(
        err.contains("validate/openai.jsonl:13: messages[2].weight: weight is 2"),
        "{err}"
    );
    assert!(
        err.contains("error: the dataset is not valid (")
            && err.ends_with("; nothing was written to ds\n"),
        "{err}"
    );
    nothing_written(&wd, "ds");

    // Valid OpenAI lines that Mistral's rules refuse: nothing either.
    let chat = |system_first: bool| {
        let system = r#"{"role":"system","content":"Be brief."}"#;
        let user = r#"{"role":"user","content":"Hi"}"#;
        let (a, b) = if system_first {
            (system, user)
        } else {
            (user, system)
        };
        format!("{{\"messages\":[{a},{b},{{\"role\":\"assistant\",\"content\":\"Hello\"}}]}}\n")
    };
    let lines: String = (0..20)
        .map(|i| chat(i != 5).replace("Hi", &format!("Hi {i}")))
        .collect();
    wd.write("chat.jsonl", lines);
    let err = wd.fails(&["prepare", "chat.jsonl", "--out", "ds"], 1);
    assert!(
        err.contains("cannot convert openai lines to openai and mistral: 1 of 20 lines refused; nothing was written\n  chat.jsonl:6: messages[1].role: a system message in position 2"),
        "{err}"
    );
    nothing_written(&wd, "ds");
}

#[test]
fn io_input_without_a_system_message_is_a_usage_error() {
    let wd = Workdir::new();
    wd.write("pairs.jsonl", pairs(0..20));
    let err = wd.fails(&["prepare", "pairs.jsonl", "--out", "ds"], 2);
    assert!(
        err.contains("invalid value for --system: io lines have no system message, and prepare writes chat datasets (openai, mistral) that open with one; pass its text, or @FILE"),
        "{err}"
    );
    nothing_written(&wd, "ds");
    let err = wd.fails(
        &["prepare", "pairs.jsonl", "--system", "drop", "--out", "ds"],
        2,
    );
    assert!(err.contains("invalid value for --system"), "{err}");
    nothing_written(&wd, "ds");
    wd.write("ds/keep.txt", "keep");
    let err = wd.fails(
        &[
            "prepare",
            "pairs.jsonl",
            "--system",
            "Be brief.",
            "--out",
            "ds",
        ],
        2,
    );
    assert!(err.contains("pass --force to replace it"), "{err}");
    assert_eq!(wd.read("ds/keep.txt"), "keep");
}
