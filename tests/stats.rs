//! `synthforge stats`: token counts equal to OpenAI's own tiktoken, the
//! report of a generated dataset (per family from its manifest), families
//! from a `family` field, the plot, flags, and real public datasets.

use std::path::Path;

use serde_json::Value;
use synthforge::dataset::Format;
use synthforge::tokens::{Counter, Encoding};

use crate::workdir::{Workdir, fixtures};

/// Runs `synthforge stats ARGS` and expects success; returns stdout.
fn stats(wd: &Workdir, args: &[&str]) -> String {
    wd.ok(&[&["stats"], args].concat())
}

/// The `--json` report.
fn json(wd: &Workdir, args: &[&str]) -> Value {
    serde_json::from_str(&stats(wd, &[args, &["--json"]].concat())).unwrap()
}

// Expected counts: (o200k_base, cl100k_base), computed once with OpenAI's
// Python tiktoken 0.14.0 by `tests/fixtures/stats/tiktoken_counts.py`, whose
// docstring says how (the cookbook's num_tokens_from_messages for examples).
// Offline, its vocabularies were seeded into tiktoken's cache from the
// files bpe-openai 0.3.2 embeds; tiktoken checked them against the sha256
// it ships with (o200k_base 446a9538…, cl100k_base 223921b7…).

/// Tokens of each text of `tests/fixtures/stats/texts.json`, in order.
const TEXTS: [(u64, u64); 15] = [
    (4, 4),
    (21, 24),
    (16, 20),
    (16, 22),
    (15, 33),
    (22, 32),
    (11, 11),
    (31, 31),
    (19, 19),
    (7, 7),
    (18, 17),
    (17, 17),
    (22, 22),
    (41, 36),
    (1, 1),
];

/// Tokens of each example of each `tests/fixtures/stats/<format>.jsonl`.
const EXAMPLES: [(&str, &[(u64, u64)]); 4] = [
    (
        "openai",
        &[(56, 63), (44, 68), (116, 126), (46, 45), (79, 74)],
    ),
    ("io", &[(73, 71), (46, 52)]),
    ("alpaca", &[(37, 55), (83, 78)]),
    ("sharegpt", &[(70, 84), (111, 105)]),
];

const ENCODINGS: [Encoding; 2] = [Encoding::O200kBase, Encoding::Cl100kBase];

fn pick((o200k, cl100k): (u64, u64), encoding: Encoding) -> u64 {
    match encoding {
        Encoding::O200kBase => o200k,
        Encoding::Cl100kBase => cl100k,
    }
}

#[test]
fn texts_have_as_many_tokens_as_tiktoken_says() {
    let texts: Vec<String> = serde_json::from_str(
        &std::fs::read_to_string(fixtures().join("stats/texts.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(texts.len(), TEXTS.len());
    for (text, want) in texts.iter().zip(TEXTS) {
        for encoding in ENCODINGS {
            assert_eq!(
                encoding.count(text),
                pick(want, encoding),
                "{} of {text:?}",
                encoding.name()
            );
        }
    }
}

#[test]
fn examples_have_as_many_tokens_as_the_cookbook_counts_with_tiktoken() {
    for (name, want) in EXAMPLES {
        let format: Format = name.parse().unwrap();
        let text = std::fs::read_to_string(fixtures().join(format!("stats/{name}.jsonl"))).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), want.len(), "{name}");
        for (number, (line, &want)) in lines.iter().zip(want).enumerate() {
            let object = serde_json::from_str(line).unwrap();
            for encoding in ENCODINGS {
                let got = Counter::new(encoding).count(format, &object).unwrap();
                assert_eq!(
                    got.total,
                    pick(want, encoding),
                    "{name}.jsonl:{} in {}",
                    number + 1,
                    encoding.name()
                );
            }
        }
    }
}

#[test]
fn the_report_totals_the_reference_counts_for_each_model() {
    let wd = Workdir::with_fixture("stats");
    for (model, encoding) in [
        ("gpt-4o-mini", Encoding::O200kBase),
        ("gpt-4.1-2025-04-14", Encoding::O200kBase),
        ("gpt-3.5-turbo", Encoding::Cl100kBase),
    ] {
        for (name, want) in EXAMPLES {
            let report = json(&wd, &[&format!("stats/{name}.jsonl"), "--model", model]);
            let total: u64 = want.iter().map(|&w| pick(w, encoding)).sum();
            assert_eq!(report["tokens"]["total"], total, "{name} with {model}");
            assert_eq!(report["format"], name);
            assert_eq!(report["model"]["encoding"], encoding.name());
        }
    }
}

#[test]
fn a_generated_dataset() {
    let wd = Workdir::new();
    wd.ok(&["generate", "--total", "2000", "--out", "ds", "--quiet"]);
    let text = stats(&wd, &["ds", "--plot", "tokens.svg"]);
    insta::assert_snapshot!(text);

    // Families come from the manifest, in its order and with its counts,
    // and every family is drawn.
    let report = json(&wd, &["ds"]);
    assert_eq!(report["families_from"], "manifest");
    let families: Vec<(String, u64)> = report["families"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["family"].as_str().unwrap().to_string(),
                f["tokens"]["examples"].as_u64().unwrap(),
            )
        })
        .collect();
    let manifest: Vec<(String, u64)> = wd.manifest("ds")["families"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect();
    assert_eq!(families, manifest);
    let svg = wd.read("tokens.svg");
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{svg}"
    );
    assert!(svg.ends_with("</svg>\n"));
    for (family, examples) in &families {
        assert!(
            svg.contains(&format!(
                ">{family} <tspan font-weight=\"normal\" fill=\"#555\">{examples} examples<"
            )),
            "{family}"
        );
    }
    let bins = report["histogram"]["counts"].as_array().unwrap().len();
    assert_eq!(svg.matches("<rect x=").count(), bins * families.len());
}

#[test]
fn the_report_is_the_same_on_one_thread_or_many() {
    let wd = Workdir::new();
    wd.ok(&["generate", "--total", "300", "--out", "ds", "--quiet"]);
    assert_eq!(
        json(&wd, &["ds", "--threads", "1"]),
        json(&wd, &["ds", "--threads", "3"])
    );
}

#[test]
fn families_come_from_a_family_field_and_odd_lines_are_skipped() {
    let wd = Workdir::new();
    let line = |family: Option<&str>, words: usize| {
        let mut v = serde_json::json!({"input": "q", "output": vec!["word"; words].join(" ")});
        if let Some(f) = family {
            v["family"] = f.into();
        }
        v.to_string() + "\n"
    };
    let text = [
        line(Some("short"), 1),
        line(Some("long"), 100),
        "\n".into(),
        line(None, 10),
        "[1]\n".into(),
        line(Some("short"), 2),
        "{\"input\": 1, \"output\": \"x\"}\n".into(),
        "{oops\n".into(),
    ]
    .concat();
    wd.write("io.jsonl", text);
    let report = json(&wd, &["io.jsonl"]);
    assert_eq!(report["families_from"], "field");
    let families: Vec<(&str, u64, u64)> = report["families"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["family"].as_str().unwrap(),
                f["tokens"]["examples"].as_u64().unwrap(),
                f["tokens"]["max"].as_u64().unwrap(),
            )
        })
        .collect();
    // An io example: 2 × (3 + role) + input + output + 3 = 12 + output.
    assert_eq!(
        families,
        [("(none)", 1, 22), ("short", 2, 14), ("long", 1, 112)]
    );
    assert_eq!(report["examples"], 4);
    assert_eq!(
        report["skipped"],
        serde_json::json!({"count": 4, "first": [
            {"file": "io.jsonl", "line": 3, "reason": "blank line"},
            {"file": "io.jsonl", "line": 5, "reason": "not a JSON object"},
            {"file": "io.jsonl", "line": 7, "reason": "not an io example"},
            {"file": "io.jsonl", "line": 8, "reason": "not valid JSON"},
        ]})
    );
    let text = stats(&wd, &["io.jsonl", "--limit", "1"]);
    assert!(
        text.contains("\nskipped 4 lines that are not io examples (synthforge validate says why):\n  io.jsonl:3: blank line\n  … and 3 more (--limit N shows more)\n"),
        "{text}"
    );
}

#[test]
fn examples_over_the_models_limit_are_counted_and_located() {
    let wd = Workdir::new();
    let long = vec!["word"; 9000].join(" ");
    let text = crate::workdir::chat_lines(3, |i| match i {
        1 => long.clone(),
        _ => "short".into(),
    });
    wd.write("chat.jsonl", text);
    let report = json(&wd, &["chat.jsonl", "--model", "gpt-4-0613"]);
    assert_eq!(
        report["over_limit"],
        serde_json::json!({"limit": 8192, "count": 1, "first": [
            {"file": "chat.jsonl", "line": 2, "tokens": 9014}
        ]})
    );
    assert_eq!(report["over_limit"]["limit"], 8192);
    let report = json(&wd, &["chat.jsonl"]);
    assert_eq!(report["over_limit"]["count"], 0);
    assert_eq!(report["over_limit"]["limit"], 65536);
}

#[test]
fn epochs_and_price_can_be_given() {
    let wd = Workdir::with_fixture("stats");
    // 5 examples: the cookbook's default is 20 epochs (100 / 5).
    let report = json(&wd, &["stats/openai.jsonl"]);
    let t = &report["training"];
    assert_eq!(
        (t["epochs"].as_u64(), t["epochs_given"].as_bool()),
        (Some(20), Some(false))
    );
    assert_eq!(t["billed_tokens"], 20 * (56 + 44 + 116 + 46 + 79));
    assert_eq!(t["price"]["per_mtok"], 3.0);

    let report = json(
        &wd,
        &[
            "stats/openai.jsonl",
            "--epochs",
            "2",
            "--price-per-mtok",
            "1000",
        ],
    );
    let t = &report["training"];
    assert_eq!(
        (t["epochs"].as_u64(), t["epochs_given"].as_bool()),
        (Some(2), Some(true))
    );
    assert_eq!(t["billed_tokens"], 2 * 341);
    assert_eq!(t["price"]["source"], "--price-per-mtok");
    assert!((t["cost"].as_f64().unwrap() - 0.682).abs() < 1e-9, "{t}");

    // A model without a price in the table has no cost unless given one.
    let report = json(&wd, &["stats/openai.jsonl", "--model", "gpt-4.1"]);
    assert_eq!(report["training"]["cost"], Value::Null);
    let text = stats(&wd, &["stats/openai.jsonl", "--model", "gpt-4.1"]);
    assert!(
        text.ends_with(
            "cost: data/models.json has no training price for gpt-4.1; pass --price-per-mtok USD\n"
        ),
        "{text}"
    );
}

#[test]
fn usage_errors_exit_2_and_unreadable_input_exits_1() {
    let wd = Workdir::new();
    wd.write("x.jsonl", "{\"input\":\"a\",\"output\":\"b\"}\n");
    wd.write("pc.jsonl", "{\"prompt\":\"a\",\"completion\":\"b\"}\n");
    for (args, code, says) in [
        (
            &[][..],
            2,
            "the following required arguments were not provided",
        ),
        (
            &["x.jsonl", "--model", "gpt-5"][..],
            2,
            "invalid value for --model: unknown model `gpt-5`; synthforge knows gpt-4o-mini, gpt-4o,",
        ),
        (
            &["x.jsonl", "--epochs", "0"][..],
            2,
            "invalid value for --epochs: must be at least 1",
        ),
        (
            &["x.jsonl", "--price-per-mtok=-1"][..],
            2,
            "invalid value for --price-per-mtok: -1 is not a price",
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
            &["pc.jsonl"][..],
            1,
            "cannot tell the format from the first lines",
        ),
    ] {
        let stderr = wd.fails(&[&["stats"], args].concat(), code);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
}

/// Public datasets kept beside the repository (`../shared/fixtures/real`;
/// CI has them): their statistics are pinned.
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
    for file in [
        "real/cookbook/toy_chat_fine_tuning.jsonl",
        "real/codetutor/dataset-beginner-friendly.jsonl",
        "real/codetutor/merged-dataset.jsonl",
        "real/codetutor/their_output/openai-finetuning.jsonl",
        "real/other/training_data.jsonl",
    ] {
        reports += &format!("$ synthforge stats {file}\n{}\n", stats(&wd, &[file]));
    }
    insta::assert_snapshot!(reports);
}

/// The cookbook notebook's own output on `real/other/training_data.jsonl`
/// (`real/other/their_output/data_prep.stdout.txt`, cl100k_base, counted
/// for gpt-3.5-turbo): the same tokens, min, max, mean, median, epochs and
/// billed tokens. Its "p5 / p95" (83.0, 135.0) are numpy's 10th and 90th
/// percentiles (`np.quantile(values, 0.1)`); the true ones differ.
#[test]
fn the_cookbook_notebooks_figures_on_a_real_dataset() {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real/other");
    if !real.is_dir() {
        eprintln!("note: {} is absent; skipping", real.display());
        return;
    }
    let wd = Workdir::new();
    wd.copy_dir(&real, "other");
    let report = json(
        &wd,
        &["other/training_data.jsonl", "--model", "gpt-3.5-turbo"],
    );
    let tokens = &report["tokens"];
    assert_eq!(
        (
            &tokens["total"],
            &tokens["min"],
            &tokens["max"],
            &tokens["median"]
        ),
        (&23911.into(), &65.into(), &761.into(), &106.0.into())
    );
    assert!((tokens["mean"].as_f64().unwrap() - 121.99489795918367).abs() < 1e-9);
    assert_eq!(
        (&tokens["p5"], &tokens["p95"]),
        (&74.75.into(), &164.0.into())
    );
    let training = &report["training"];
    assert_eq!(
        (&training["epochs"], &training["billed_tokens"]),
        (&3.into(), &71733.into())
    );
    let messages = &report["messages"];
    assert_eq!(
        (&messages["min"], &messages["max"]),
        (&3.into(), &23.into())
    );
}
