//! `synthforge verify`: shards against the manifest, and with
//! `--regenerate` against a new generation from the recorded inputs.

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestRunner;
use synthforge::verify::{self, Problem};

use crate::workdir::Workdir;

/// A workdir with the mini fixture and its dataset in `ds` (4 shards of at
/// most 10 lines).
fn mini_dataset() -> Workdir {
    let wd = Workdir::with_fixture("mini");
    wd.ok(&["generate", "--dictionary", "mini", "--out", "ds", "--quiet"]);
    wd
}

fn shard_paths(wd: &Workdir, out: &str) -> Vec<String> {
    wd.manifest(out)["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{out}/{}", s["path"].as_str().unwrap()))
        .collect()
}

fn flip(wd: &Workdir, path: &str, offset: usize, bit: u8) {
    let mut bytes = std::fs::read(wd.path(path)).unwrap();
    bytes[offset] ^= 1 << bit;
    wd.write(path, bytes);
}

/// Makes the manifest agree with the shards as they now are (lines,
/// bytes, blake3, total), as someone who edits a dataset by hand might.
fn rehash(wd: &Workdir, out: &str) {
    let mut total = 0;
    wd.edit_json(&format!("{out}/manifest.json"), |m| {
        for shard in m["shards"].as_array_mut().unwrap() {
            let bytes =
                std::fs::read(wd.path(&format!("{out}/{}", shard["path"].as_str().unwrap())))
                    .unwrap();
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() as u64;
            total += lines;
            shard["lines"] = lines.into();
            shard["bytes"] = bytes.len().into();
            shard["blake3"] = blake3::hash(&bytes).to_hex().as_str().into();
        }
        m["total_examples"] = total.into();
    });
}

/// Rewrites line `line` (1-based) of a shard.
fn edit_line(wd: &Workdir, path: &str, line: usize, edit: impl FnOnce(&str) -> String) {
    let text = wd.read(path);
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines[line - 1] = edit(&lines[line - 1]);
    wd.write(path, lines.join("\n") + "\n");
}

#[test]
fn a_fresh_default_dataset_verifies_and_regenerates_and_one_changed_line_is_named() {
    let wd = Workdir::new();
    wd.ok(&["generate", "--quiet"]);
    let out = wd.run(&["verify", "out", "--regenerate"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("ok: out: 4 shards, 10000 lines")
            && stderr.contains("a regeneration from the recorded inputs gives the same bytes"),
        "{stderr}"
    );

    // One word changed on line 17 of shard 1, with a manifest that agrees:
    // only the regeneration can tell.
    let shard = "out/data/train-00001-of-00004.jsonl";
    edit_line(&wd, shard, 17, |l| l.replacen("import", "imports", 1));
    rehash(&wd, "out");
    wd.ok(&["verify", "out"]);
    let err = wd.fails(&["verify", "out", "--regenerate"], 1);
    assert!(
        err.contains(&format!(
            "{shard} line 17: differs from a regeneration here"
        )),
        "{err}"
    );
    assert!(
        err.contains("imports"),
        "the excerpt shows the change: {err}"
    );
}

#[test]
fn verify_catches_one_flipped_byte_in_any_shard() {
    let wd = mini_dataset();
    wd.ok(&["verify", "ds"]);
    for shard in shard_paths(&wd, "ds") {
        let size = std::fs::metadata(wd.path(&shard)).unwrap().len() as usize;
        for offset in [0, size / 2, size - 1] {
            flip(&wd, &shard, offset, 0);
            let err = wd.fails(&["verify", "ds"], 1);
            // (The last byte is a newline: flipping it changes the line count too.)
            assert!(
                err.contains("`ds` does not match its manifest (1 problem)")
                    && err.contains(&format!("{shard}: "))
                    && err.contains("blake3 "),
                "{shard} byte {offset}: {err}"
            );
            flip(&wd, &shard, offset, 0);
        }
    }
    wd.ok(&["verify", "ds"]);
}

/// Any bit of any shard: the check names that shard and nothing else.
#[test]
fn any_flipped_bit_is_reported_against_its_shard() {
    let wd = mini_dataset();
    let shards = shard_paths(&wd, "ds");
    let mut runner = TestRunner::new(ProptestConfig::with_cases(64));
    let flips = (any::<Index>(), any::<Index>(), 0u8..8);
    runner
        .run(&flips, |(pick, at, bit)| {
            let shard = pick.get(&shards);
            let size = std::fs::metadata(wd.path(shard)).unwrap().len() as usize;
            let offset = at.index(size);
            flip(&wd, shard, offset, bit);
            let problems = verify::check(&wd.path("ds")).unwrap().problems;
            flip(&wd, shard, offset, bit);
            prop_assert_eq!(problems.len(), 1);
            match &problems[0] {
                Problem::Differs { path, .. } => prop_assert_eq!(path, &wd.path(shard)),
                other => prop_assert!(false, "unexpected {:?}", other),
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn verify_names_a_missing_shard_and_every_extra_file() {
    let wd = mini_dataset();
    std::fs::remove_file(wd.path("ds/data/train-00001-of-00004.jsonl")).unwrap();
    wd.write("ds/data/notes.txt", "mine");
    wd.write("ds/data/.train-00004.jsonl.partial", "{}\n");
    let err = wd.fails(&["verify", "ds"], 1);
    for words in [
        "`ds` does not match its manifest (3 problems)",
        "ds/data/train-00001-of-00004.jsonl: missing; the manifest lists it",
        "ds/data/.train-00004.jsonl.partial: not listed in the manifest",
        "ds/data/notes.txt: not listed in the manifest",
    ] {
        assert!(err.contains(words), "lacks {words:?}: {err}");
    }
}

#[test]
fn verify_reports_a_truncated_shard_and_a_wrong_total() {
    let wd = mini_dataset();
    let shard = "ds/data/train-00000-of-00004.jsonl";
    let text = wd.read(shard);
    wd.write(shard, &text[..text.len() - 1]);
    wd.edit_json("ds/manifest.json", |m| m["total_examples"] = 36.into());
    let err = wd.fails(&["verify", "ds"], 1);
    assert!(
        err.contains(&format!(
            "{shard}: lines 9, the manifest records 10; bytes "
        )) && err.contains("the manifest records total_examples 36, but its shards hold 35 lines"),
        "{err}"
    );
}

#[test]
fn verify_refuses_what_is_not_a_dataset() {
    let wd = mini_dataset();
    type Setup = fn(&Workdir);
    let cases: [(&str, Setup, &[&str]); 4] = [
        (
            "no manifest",
            |wd| std::fs::remove_file(wd.path("ds/manifest.json")).unwrap(),
            &["`ds` is not a complete dataset: it has no manifest.json"],
        ),
        (
            "malformed manifest",
            |wd| wd.write("ds/manifest.json", "{\"generator\": \"synthforge\",}"),
            &["ds/manifest.json: line 1, column 28", "trailing comma"],
        ),
        (
            "shard path outside data/",
            |wd| {
                wd.edit_json("ds/manifest.json", |m| {
                    m["shards"][1]["path"] = "data/../../mini/recipe.json".into()
                })
            },
            &[
                "ds/manifest.json: at `shards[1].path`",
                "is not a file directly under data/",
            ],
        ),
        (
            "shard listed twice",
            |wd| {
                wd.edit_json("ds/manifest.json", |m| {
                    m["shards"][1]["path"] = m["shards"][0]["path"].clone()
                })
            },
            &["at `shards[1].path`", "listed once"],
        ),
    ];
    let manifest = wd.read("ds/manifest.json");
    for (name, setup, says) in cases {
        setup(&wd);
        let err = wd.fails(&["verify", "ds"], 1);
        for words in says {
            assert!(err.contains(words), "{name}: lacks {words:?}: {err}");
        }
        wd.write("ds/manifest.json", &manifest);
    }
}

#[test]
fn regenerate_checks_the_recorded_inputs_before_generating() {
    let wd = Workdir::with_fixture("mini");
    // Custom templates, seed, total and shard size are all recorded.
    wd.write(
        "mini/templates/system.jinja",
        "Rules for {{ patterns | length }} patterns.",
    );
    wd.ok(&[
        "generate",
        "--dictionary",
        "mini",
        "--out",
        "ds",
        "--seed",
        "3",
        "--total",
        "20",
        "--shard-lines",
        "6",
        "--quiet",
    ]);
    assert_eq!(wd.manifest("ds")["templates"], "mini/templates");
    wd.ok(&["verify", "ds", "--regenerate"]);

    let dictionary = wd.read("mini/dictionary.json");
    wd.write(
        "mini/dictionary.json",
        dictionary.replacen("saves", "stores", 1),
    );
    let err = wd.fails(&["verify", "ds", "--regenerate"], 1);
    assert!(
        err.contains("cannot regenerate `ds`: the dictionary `mini/dictionary.json` changed since the dataset was made"),
        "{err}"
    );
    wd.write("mini/dictionary.json", dictionary);

    wd.write("mini/templates/system.jinja", "Rules.");
    let err = wd.fails(&["verify", "ds", "--regenerate"], 1);
    assert!(
        err.contains("the templates `mini/templates` changed"),
        "{err}"
    );
    std::fs::remove_dir_all(wd.path("mini")).unwrap();
    let err = wd.fails(&["verify", "ds", "--regenerate"], 1);
    assert!(
        err.contains("mini/dictionary.json: No such file or directory"),
        "{err}"
    );
    wd.ok(&["verify", "ds"]);
}

#[test]
fn regenerate_names_where_lines_are_missing_added_or_moved() {
    let wd = mini_dataset();
    let last = "ds/data/train-00003-of-00004.jsonl";
    let text = wd.read(last);
    type Edit<'a> = Box<dyn Fn(&Workdir) + 'a>;
    let cases: [(&str, Edit, &str); 3] = [
        (
            "last line removed",
            Box::new(|wd| {
                let lines: Vec<&str> = text.lines().collect();
                wd.write(last, lines[..lines.len() - 1].join("\n") + "\n");
            }),
            "ds/data/train-00003-of-00004.jsonl line 5: the dataset ends here, but a regeneration goes on",
        ),
        (
            "a line added",
            Box::new(|wd| wd.write(last, format!("{text}{{\"messages\":[]}}\n"))),
            "ds/data/train-00003-of-00004.jsonl line 6: a regeneration ends before this line",
        ),
        (
            "shards split differently",
            Box::new(|wd| wd.edit_json("ds/manifest.json", |m| m["shard_lines"] = 9.into())),
            "ds/data/train-00000-of-00004.jsonl line 10: the shard has 10 lines; a regeneration writes 9 per shard",
        ),
    ];
    let manifest = wd.read("ds/manifest.json");
    for (name, setup, says) in cases {
        setup(&wd);
        rehash(&wd, "ds");
        wd.ok(&["verify", "ds"]);
        let err = wd.fails(&["verify", "ds", "--regenerate"], 1);
        assert!(err.contains(says), "{name}: {err}");
        wd.write(last, &text);
        wd.write("ds/manifest.json", &manifest);
    }
    wd.ok(&["verify", "ds", "--regenerate"]);
}

#[test]
fn json_reports_the_outcome_and_exits_1_when_it_is_not_ok() {
    let wd = mini_dataset();
    let parse =
        |text: &str| -> serde_json::Value { serde_json::from_str(text).expect("stdout is JSON") };
    let clean = parse(&wd.ok(&["verify", "ds", "--json", "--regenerate"]));
    assert_eq!(clean["ok"], true);
    assert_eq!(clean["regenerated"], true);
    assert_eq!(clean["problems"], serde_json::json!([]));
    assert_eq!(clean["difference"], serde_json::Value::Null);
    assert_eq!(clean["lines"], wd.manifest("ds")["total_examples"]);

    // One flipped bit: the shard no longer matches, nothing is regenerated.
    let shard = &shard_paths(&wd, "ds")[0];
    flip(&wd, shard, 3, 1);
    let out = wd.run(&["verify", "ds", "--json", "--regenerate"]);
    assert_eq!(out.status.code(), Some(1));
    let broken = parse(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(broken["ok"], false);
    assert_eq!(broken["regenerated"], false);
    let problems = broken["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].as_str().unwrap().contains("blake3"),
        "{problems:?}"
    );

    // The manifest made to agree with the edit: only a regeneration tells.
    rehash(&wd, "ds");
    let out = wd.run(&["verify", "ds", "--json", "--regenerate"]);
    assert_eq!(out.status.code(), Some(1));
    let edited = parse(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(edited["problems"], serde_json::json!([]));
    assert_eq!(edited["difference"]["line"], 1, "{edited}");
}
