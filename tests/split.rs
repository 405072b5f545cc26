//! `synthforge split`: the same bytes for the same seed and another draw
//! for another, exact sizes for any number of examples and fraction,
//! groups kept on one side, no example on both sides, and bad input.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use proptest::prelude::*;
use synthforge::dataset::Dataset;
use synthforge::error::Error;
use synthforge::output::Target;
use synthforge::progress::Silent;
use synthforge::split::{self, GroupBy, Options};

use crate::workdir::Workdir;

/// io lines `Q{i}` → `A{i}` for each `i`.
fn pairs(range: std::ops::Range<usize>) -> String {
    range
        .map(|i| format!("{{\"input\":\"Q{i}\",\"output\":\"A{i}\"}}\n"))
        .collect()
}

/// The lines of one split of a dataset directory, in shard order.
fn split_lines(wd: &Workdir, out: &str, split: &str) -> Vec<String> {
    let mut files: Vec<String> = wd
        .snapshot(&format!("{out}/data"))
        .into_iter()
        .map(|(path, _)| path.display().to_string())
        .filter(|name| name.starts_with(&format!("{split}-")))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|f| {
            wd.read(&format!("{out}/data/{f}"))
                .lines()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_another_draw() {
    let wd = Workdir::new();
    wd.write("pairs.jsonl", pairs(0..500));
    let split = |out: &str, extra: &[&str]| {
        let args = [
            &["split", "pairs.jsonl", "--out", out, "--shard-lines", "100"],
            extra,
        ]
        .concat();
        let out = wd.run(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    };
    let said = split("a", &[]);
    assert!(
        said.starts_with(
            "split 500 io examples (detected): train 450, validation 50 (target 50 = round(500 × 0.1)), 500 groups by example, seed 42\nno example of validation is in train"
        ),
        "{said}"
    );
    split("b", &["--threads", "1"]);
    split("c", &["--seed", "7"]);
    assert_eq!(wd.snapshot("a"), wd.snapshot("b"));
    let (train, validation) = (
        split_lines(&wd, "a", "train"),
        split_lines(&wd, "a", "validation"),
    );
    assert_eq!((train.len(), validation.len()), (450, 50));
    assert_ne!(validation, split_lines(&wd, "c", "validation"));

    // Each side keeps the input's order, and together they are the input.
    let input = pairs(0..500);
    let position: HashMap<&str, usize> = input.lines().zip(0..).collect();
    for side in [&train, &validation] {
        let positions: Vec<usize> = side.iter().map(|l| position[l.as_str()]).collect();
        assert!(positions.is_sorted());
    }
    let mut all: Vec<usize> = train
        .iter()
        .chain(&validation)
        .map(|l| position[l.as_str()])
        .collect();
    all.sort();
    assert_eq!(all, (0..500).collect::<Vec<_>>());

    let manifest = wd.manifest("a");
    assert_eq!(
        (
            &manifest["command"],
            &manifest["group_by"],
            &manifest["target_validation"],
            &manifest["overlap"]
        ),
        (&"split".into(), &"example".into(), &50.into(), &0.into())
    );
    assert_eq!(
        manifest["splits"],
        serde_json::json!({"train": 450, "validation": 50})
    );
    let shards: Vec<&str> = manifest["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        shards,
        [
            "data/train-00000-of-00005.jsonl",
            "data/train-00001-of-00005.jsonl",
            "data/train-00002-of-00005.jsonl",
            "data/train-00003-of-00005.jsonl",
            "data/train-00004-of-00005.jsonl",
            "data/validation-00000-of-00001.jsonl"
        ]
    );
    wd.ok(&["verify", "a"]);
}

#[test]
fn patterns_and_users_stay_on_one_side() {
    let wd = Workdir::new();
    wd.ok(&["generate", "--total", "1000", "--out", "ds", "--quiet"]);
    wd.ok(&[
        "split",
        "ds",
        "--group-by",
        "pattern",
        "--validation",
        "0.2",
        "--out",
        "by-pattern",
        "-q",
    ]);
    let system = |line: &str| {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        v["messages"][0]["content"].as_str().unwrap().to_string()
    };
    let train: HashSet<String> = split_lines(&wd, "by-pattern", "train")
        .iter()
        .map(|l| system(l))
        .collect();
    let validation: HashSet<String> = split_lines(&wd, "by-pattern", "validation")
        .iter()
        .map(|l| system(l))
        .collect();
    assert!(train.is_disjoint(&validation));
    let manifest = wd.manifest("by-pattern");
    let groups = manifest["groups"].as_u64().unwrap();
    assert_eq!(groups as usize, train.len() + validation.len());
    // Whole patterns of about 1000 / groups examples each: validation is
    // within one pattern of its target.
    let in_validation = manifest["splits"]["validation"].as_u64().unwrap();
    assert!(
        in_validation.abs_diff(200) <= 1000 / groups,
        "{in_validation}"
    );

    // Each request three times with different answers: all on one side.
    let asked: String = (0..90)
        .map(|i| format!("{{\"input\":\"Q{}\",\"output\":\"A{i}\"}}\n", i % 30))
        .collect();
    wd.write("asked.jsonl", asked);
    wd.ok(&[
        "split",
        "asked.jsonl",
        "--group-by",
        "user",
        "--out",
        "by-user",
        "-q",
    ]);
    let input = |line: &String| line.split('"').nth(3).unwrap().to_string();
    let train: HashSet<String> = split_lines(&wd, "by-user", "train")
        .iter()
        .map(input)
        .collect();
    let validation: Vec<String> = split_lines(&wd, "by-user", "validation")
        .iter()
        .map(input)
        .collect();
    assert_eq!(validation.len(), 9);
    assert!(validation.iter().all(|q| !train.contains(q)));
}

#[test]
fn near_duplicates_stay_together_so_no_example_is_on_both_sides() {
    let wd = Workdir::new();
    // Each pair three times: as it is, in capitals, with extra spaces.
    let text: String = (0..40)
        .flat_map(|i| {
            [
                format!("{{\"input\":\"Question {i}\",\"output\":\"Answer {i}\"}}\n"),
                format!("{{\"input\":\"QUESTION {i}\",\"output\":\"ANSWER {i}\"}}\n"),
                format!("{{\"input\": \"Question  {i} \", \"output\": \"Answer {i}\"}}\n"),
            ]
        })
        .collect();
    wd.write("dup.jsonl", text);
    for seed in ["1", "2", "3"] {
        let out = format!("s{seed}");
        wd.ok(&[
            "split",
            "dup.jsonl",
            "--seed",
            seed,
            "--validation",
            "0.25",
            "--out",
            &out,
            "-q",
        ]);
        // The digits of a line say which pair it is a copy of.
        let pair = |l: &String| l.chars().filter(char::is_ascii_digit).collect::<String>();
        let train: HashSet<String> = split_lines(&wd, &out, "train").iter().map(pair).collect();
        let validation: Vec<String> = split_lines(&wd, &out, "validation")
            .iter()
            .map(pair)
            .collect();
        // 40 groups of 3: validation takes whole groups, 30 examples.
        assert_eq!(validation.len(), 30);
        assert!(validation.iter().all(|l| !train.contains(l)), "seed {seed}");
        assert_eq!(wd.manifest(&out)["overlap"], 0);
    }
}

#[test]
fn bad_input_exits_with_a_located_message_and_writes_nothing() {
    let wd = Workdir::new();
    wd.write("pairs.jsonl", pairs(0..20));
    wd.write("three.jsonl", pairs(0..3));
    wd.write(
        "broken.jsonl",
        pairs(0..4) + "{\"input\":\"Q\",\"output\":\n" + &pairs(5..9) + "\n",
    );
    wd.write("one.jsonl", pairs(0..1).repeat(10));
    wd.write("existing/notes.txt", "keep me");
    for (args, code, says) in [
        (
            &["pairs.jsonl", "--out", "existing"][..],
            2,
            "output directory `existing` already exists and is not empty; pass --force",
        ),
        (
            &["pairs.jsonl"],
            2,
            "the following required arguments were not provided:\n  --out <DIR>",
        ),
        (
            &["pairs.jsonl", "--out", "out", "--validation", "1"],
            2,
            "invalid value for --validation: 1 is not a fraction between 0 and 1",
        ),
        (
            &["pairs.jsonl", "--out", "out", "--validation", "0"],
            2,
            "invalid value for --validation: 0 is not a fraction",
        ),
        (
            &["pairs.jsonl", "--out", "out", "--validation", "ten"],
            2,
            "invalid value 'ten' for '--validation <FRACTION>'",
        ),
        (
            &["three.jsonl", "--out", "out"],
            2,
            "invalid value for --validation: 0.1 of 3 examples is 0, which leaves one side empty",
        ),
        (
            &["pairs.jsonl", "--out", "out", "--group-by", "family"],
            2,
            "invalid value 'family' for '--group-by <KEY>'",
        ),
        (
            &["pairs.jsonl", "--out", "out", "--format", "chatml"],
            2,
            "invalid value 'chatml' for '--format <FORMAT>'",
        ),
        (
            &["broken.jsonl", "--out", "out"],
            1,
            "cannot split io lines: 2 of 10 lines refused; nothing was written\n  broken.jsonl:5: EOF while parsing a value at column 22; not a valid io line (`synthforge validate` lists every problem) [invalid_json, 1 line]\n  broken.jsonl:10: blank line",
        ),
        (
            &["pairs.jsonl", "--out", "out", "--group-by", "pattern"],
            1,
            "pairs.jsonl:1: no `pattern` or `family` field and no system message to group by; --group-by user groups by the user's messages [no_group, 20 lines]",
        ),
        (
            &["one.jsonl", "--out", "out", "--validation", "0.3"],
            1,
            "10 examples in 1 group by example cannot be split near 3 for validation",
        ),
        (
            &["pairs.jsonl", "--out", "out", "--format", "openai"],
            1,
            "pairs.jsonl:1: messages: the line has no `messages`",
        ),
    ] {
        let err = wd.fails(&[&["split"], args].concat(), code);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!wd.exists("out"), "{args:?}: out was written");
        assert!(
            wd.entries()
                .iter()
                .all(|e| !e.contains("synthforge-partial")),
            "{args:?}: staging left"
        );
    }
    assert_eq!(wd.read("existing/notes.txt"), "keep me");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Distinct examples: validation holds exactly round(n × fraction),
    /// train the rest, and nothing is lost or added.
    #[test]
    fn sizes_are_exact_for_any_count_and_fraction(n in 1usize..400, fraction in 0.005f64..0.995) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pairs.jsonl");
        std::fs::write(&file, pairs(0..n)).unwrap();
        let options = Options {
            validation: fraction,
            seed: n as u64,
            group_by: GroupBy::Example,
            format: None,
            target: Target {
                out: dir.path().join("out"),
                shard_lines: 64,
                force: false,
                threads: Some(2),
                cancel: Arc::new(Default::default()),
            },
        };
        let target = (n as f64 * fraction).round() as u64;
        match split::split(&Dataset::open(&[file]).unwrap(), &options, &Silent) {
            Ok(summary) => {
                let splits = &summary.manifest.splits;
                prop_assert_eq!(splits["validation"], target);
                prop_assert_eq!(splits["train"], n as u64 - target);
            }
            Err(Error::Option { option, .. }) => {
                prop_assert_eq!(option, "--validation");
                prop_assert!(target == 0 || target == n as u64);
            }
            Err(e) => prop_assert!(false, "{e}"),
        }
    }
}

#[test]
fn split_writes_a_card_naming_both_splits_their_counts_and_sources() {
    let wd = Workdir::new();
    wd.write("pairs.jsonl", pairs(0..30));
    wd.ok(&[
        "split",
        "pairs.jsonl",
        "--validation",
        "0.2",
        "--group-by",
        "user",
        "--shard-lines",
        "10",
        "--out",
        "sp",
        "-q",
    ]);
    insta::assert_snapshot!(wd.read("sp/README.md"));
}
