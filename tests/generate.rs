//! `synthforge generate`: the default dataset and output safety.

use std::collections::HashSet;

use crate::workdir::Workdir;

/// Content that must never reach a dataset: template syntax, and words a
/// missing value turns into.
pub fn leaks(text: &str) -> Vec<String> {
    let mut found: Vec<String> = ["{{", "{%", "{#", "[object Object]"]
        .iter()
        .filter(|m| text.contains(*m))
        .map(|m| m.to_string())
        .collect();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if matches!(word, "undefined" | "None" | "null" | "NaN") && !found.iter().any(|f| f == word)
        {
            found.push(word.to_string());
        }
    }
    found
}

/// Checks one line against OpenAI's chat fine-tuning format: an object with
/// only `messages`, known roles, string contents, an assistant message.
pub fn check_openai_line(line: &str) -> serde_json::Value {
    let v: serde_json::Value =
        serde_json::from_str(line).unwrap_or_else(|e| panic!("invalid JSON ({e}): {line}"));
    let obj = v.as_object().expect("a line is an object");
    assert_eq!(
        obj.keys().collect::<Vec<_>>(),
        ["messages"],
        "every line has exactly the key `messages`"
    );
    let messages = obj["messages"].as_array().expect("messages is a list");
    let roles: Vec<&str> = messages
        .iter()
        .map(|m| m["role"].as_str().expect("role is a string"))
        .collect();
    assert_eq!(roles, ["system", "user", "assistant"]);
    for m in messages {
        assert_eq!(
            m.as_object().unwrap().len(),
            2,
            "a message has only role and content"
        );
        assert!(
            !m["content"]
                .as_str()
                .expect("content is a string")
                .trim()
                .is_empty(),
            "content is not empty"
        );
    }
    v
}

#[test]
fn default_run_writes_10000_distinct_leak_free_openai_lines_with_a_matching_manifest() {
    let wd = Workdir::new();
    wd.ok(&["generate", "--quiet"]);
    let manifest = wd.manifest("out");
    let families: Vec<(String, u64)> = manifest["families"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect();
    let want = [
        ("base", 1500),
        ("contextual", 600),
        ("composition", 100),
        ("edge_case", 200),
        ("domain", 7600),
    ];
    assert_eq!(families, want.map(|(f, n)| (f.to_string(), n)));
    assert_eq!(manifest["total_examples"], 10_000);

    for shard in manifest["shards"].as_array().unwrap() {
        let bytes =
            std::fs::read(wd.path(&format!("out/{}", shard["path"].as_str().unwrap()))).unwrap();
        assert_eq!(shard["bytes"], bytes.len() as u64);
        assert_eq!(shard["lines"], bytecount(&bytes));
        assert_eq!(shard["blake3"], blake3::hash(&bytes).to_hex().as_str());
    }
    let mut shard_files: Vec<String> = std::fs::read_dir(wd.path("out/data"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    shard_files.sort();
    let listed: Vec<&str> = manifest["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap().trim_start_matches("data/"))
        .collect();
    assert_eq!(shard_files, listed, "no shard is missing or extra");
    assert_eq!(wd.entries(), ["out"], "no staging directory is left behind");

    let lines = wd.lines("out");
    assert_eq!(lines.len(), 10_000);
    let mut distinct = HashSet::new();
    let mut answers = HashSet::new();
    for (i, line) in lines.iter().enumerate() {
        let v = check_openai_line(line);
        let found = leaks(line);
        assert!(found.is_empty(), "line {} leaks {found:?}: {line}", i + 1);
        assert!(
            distinct.insert(line.as_str()),
            "line {} repeats an earlier line",
            i + 1
        );
        let assistant = v["messages"][2]["content"].as_str().unwrap().to_string();
        let react_import = assistant
            .lines()
            .find(|l| l.ends_with("from \"react\""))
            .unwrap_or("");
        for hook in [
            "useState",
            "useEffect",
            "useMemo",
            "useRef",
            "useCallback",
            "useId",
        ] {
            let called =
                assistant.contains(&format!("{hook}(")) || assistant.contains(&format!("{hook}<"));
            assert!(
                !called || react_import.contains(hook),
                "line {}: calls {hook} without importing it",
                i + 1
            );
        }
        assert!(
            answers.insert(assistant),
            "line {}: two different requests share one answer",
            i + 1
        );
    }
}

fn bytecount(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

#[test]
fn generate_refuses_existing_output_without_force() {
    let wd = Workdir::with_fixture("mini");
    wd.write("data-out/keep.txt", "precious");
    let err = wd.fails(
        &["generate", "--dictionary", "mini", "--out", "data-out"],
        2,
    );
    assert!(
        err.contains("output directory `data-out` already exists and is not empty; pass --force"),
        "{err}"
    );
    assert_eq!(wd.read("data-out/keep.txt"), "precious");
    assert!(!wd.exists("data-out/manifest.json"));
}

#[test]
fn generate_with_force_replaces_the_previous_dataset_only_when_complete() {
    let wd = Workdir::with_fixture("mini");
    wd.ok(&["generate", "--dictionary", "mini", "--out", "ds", "--quiet"]);
    let first = wd.lines("ds");
    wd.ok(&[
        "generate",
        "--dictionary",
        "mini",
        "--out",
        "ds",
        "--quiet",
        "--force",
        "--seed",
        "99",
    ]);
    assert_ne!(wd.lines("ds"), first, "a new seed gives a new dataset");
    // A failing run with --force leaves the last complete dataset in place.
    wd.edit_json("mini/recipe.json", |r| {
        r["families"]["base"]["quota"] = 1_000_000.into()
    });
    wd.fails(
        &["generate", "--dictionary", "mini", "--out", "ds", "--force"],
        1,
    );
    assert_eq!(wd.manifest("ds")["seed"], 99);
    assert_eq!(wd.entries(), ["ds", "mini"]);
}

#[test]
fn generate_prints_a_summary() {
    let wd = Workdir::with_fixture("mini");
    let out = wd.run(&["generate", "--dictionary", "mini", "--out", "ds"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success());
    for words in [
        "wrote 35 examples (base 12, contextual 6, composition 3, edge_case 4, domain 10) to ds in 4 shards",
        "0 duplicates dropped",
        "examples/s",
        "MB/s",
    ] {
        assert!(stderr.contains(words), "summary lacks {words:?}: {stderr}");
    }
    let quiet = wd.run(&[
        "generate",
        "--dictionary",
        "mini",
        "--out",
        "ds2",
        "--quiet",
    ]);
    assert!(quiet.stderr.is_empty() && quiet.stdout.is_empty());
}

#[test]
fn leak_scanner_finds_what_it_should() {
    assert_eq!(leaks("Design Pattern: undefined"), ["undefined"]);
    assert_eq!(leaks("label {{name}} and None"), ["{{", "None"]);
    assert!(leaks("an undefinedness check, Nonempty, nullable").is_empty());
}

#[test]
fn generate_writes_a_dataset_card_the_hub_can_read() {
    let wd = Workdir::with_fixture("mini");
    wd.ok(&["generate", "--dictionary", "mini", "--out", "ds", "--quiet"]);
    let manifest = wd.manifest("ds");
    let mut card = wd.read("ds/README.md");
    // The hashes change with every template edit; the card's shape is what is pinned.
    for input in ["dictionary", "recipe", "templates"] {
        let hash = manifest[format!("{input}_blake3")].as_str().unwrap();
        assert!(card.contains(hash), "the card records the {input} hash");
        card = card.replace(hash, &format!("<{input} blake3>"));
    }
    insta::assert_snapshot!(card);
}
