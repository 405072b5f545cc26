//! The CodeTutor dataset: `generate --dictionary intent-dictionary/codetutor`
//! writes at least 1,200 distinct questions whose answers all follow the
//! seven-section structure; its Python and JavaScript code runs (and its
//! buggy code fails as the answer says); one example per family and mode is
//! pinned; broken lesson directories get clear errors.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use synthforge::generate::{self, Options};
use synthforge::inputs::{InputPaths, Inputs};
use synthforge::plan::Plan;
use synthforge::progress::Silent;
use synthforge::validate::structure;

use crate::workdir::Workdir;

fn dictionary() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("intent-dictionary/codetutor")
}

fn generate(wd: &Workdir, extra: &[&str]) -> Vec<serde_json::Value> {
    let dir = dictionary();
    let mut args = vec!["generate", "--dictionary", dir.to_str().unwrap(), "--quiet"];
    args.extend_from_slice(extra);
    wd.ok(&args);
    let out = extra
        .iter()
        .position(|a| *a == "--out")
        .map_or("out", |i| extra[i + 1]);
    wd.lines(out)
        .iter()
        .map(|l| serde_json::from_str(l).expect("a line is JSON"))
        .collect()
}

#[test]
fn the_default_dataset_has_1200_distinct_questions_all_in_the_seven_section_structure() {
    let wd = Workdir::new();
    let lines = generate(&wd, &[]);
    assert!(lines.len() >= 1200, "{} lines", lines.len());
    let mut questions = HashSet::new();
    for (i, line) in lines.iter().enumerate() {
        let object = line.as_object().unwrap();
        assert_eq!(
            object.keys().collect::<Vec<_>>(),
            ["input", "output"],
            "line {}",
            i + 1
        );
        let (input, output) = (
            line["input"].as_str().unwrap(),
            line["output"].as_str().unwrap(),
        );
        assert!(
            questions.insert(input.to_string()),
            "line {}: the question is asked twice: {input}",
            i + 1
        );
        let problems = structure::codetutor(input, output);
        assert!(
            problems.is_empty(),
            "line {}: {problems:?}\n{output}",
            i + 1
        );
        // Outside code, no template syntax at all; missing values are
        // validate's to judge (a sentence may quote `undefined` from an error).
        let prose = prose(output);
        assert!(
            !prose.contains("{{") && !prose.contains("{%"),
            "line {}: {prose}",
            i + 1
        );
    }
    // validate agrees: clean (leaks included), with the structure rule on.
    wd.ok(&["validate", "out", "--structure", "codetutor"]);
    let manifest: serde_json::Value = serde_json::from_str(&wd.read("out/manifest.json")).unwrap();
    assert_eq!(manifest["schema"], "codetutor");
    assert_eq!(manifest["format"], "io");
    for (family, n) in manifest["families"].as_object().unwrap() {
        assert!(n.as_u64().unwrap() > 0, "{family} wrote nothing");
    }
    for axis in ["languages", "modes", "levels", "edge_cases"] {
        let counts = manifest["counts"][axis].as_object().unwrap();
        let used = counts.values().filter(|n| n.as_u64().unwrap() > 0).count();
        assert!(used >= 2, "{axis}: {counts:?}");
    }
}

/// The answer's text outside code blocks: code may say `None` or
/// `undefined` on purpose.
fn prose(text: &str) -> String {
    let mut inside = false;
    let mut out = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            inside = !inside;
        } else if !inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn one_and_two_threads_write_the_same_bytes_and_verify_regenerates_them() {
    let wd = Workdir::new();
    let one = generate(&wd, &["--threads", "1", "--out", "one"]);
    let two = generate(
        &wd,
        &["--threads", "2", "--out", "two", "--shard-lines", "333"],
    );
    assert_eq!(one, two);
    wd.ok(&["verify", "two", "--regenerate"]);
}

#[test]
fn openai_output_is_the_io_output_as_chat_with_the_tutors_system_prompt() {
    let wd = Workdir::new();
    generate(&wd, &["--out", "io"]);
    let chat = generate(&wd, &["--out", "chat", "--format", "openai"]);
    let system = chat[0]["messages"][0]["content"].as_str().unwrap();
    assert!(system.starts_with("You are CodeTutor"), "{system}");
    wd.write("system.txt", system);
    wd.ok(&[
        "convert",
        "io",
        "--to",
        "openai",
        "--system",
        "@system.txt",
        "--out",
        "converted",
    ]);
    // Compared whole; the lines are long, so a mismatch names the first one.
    let (converted, chat) = (wd.lines("converted"), wd.lines("chat"));
    assert_eq!(converted.len(), chat.len());
    let first = converted.iter().zip(&chat).position(|(a, b)| a != b);
    assert_eq!(first, None, "the first line that differs (0-based)");
    wd.ok(&["validate", "chat", "--structure", "codetutor"]);
}

/// One fenced block of an example.
struct Block {
    language: String,
    code: String,
}

fn blocks(text: &str) -> Vec<Block> {
    let mut found = Vec::new();
    let mut open: Option<Block> = None;
    for line in text.lines() {
        match (&mut open, line.trim_start().strip_prefix("```")) {
            (None, Some(info)) => {
                open = Some(Block {
                    language: info.trim().to_string(),
                    code: String::new(),
                })
            }
            (Some(_), Some(_)) => found.extend(open.take()),
            (Some(block), None) => {
                block.code.push_str(line);
                block.code.push('\n');
            }
            (None, None) => {}
        }
    }
    found
}

/// The interpreter for a fence tag, if it is on this machine. On CI both
/// must be: `.ci/run` installs them.
fn interpreter(language: &str) -> Option<(&'static str, &'static str)> {
    let (program, extension) = match language {
        "python" => ("python3", "py"),
        "javascript" => ("node", "js"),
        _ => return None,
    };
    let present = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !present {
        assert!(
            std::env::var_os("CI").is_none(),
            "{program} is missing on CI; .ci/run installs it"
        );
        eprintln!("SKIPPED running {language} blocks: `{program}` is not installed");
        return None;
    }
    Some((program, extension))
}

/// Runs `code` with `program`; (success, stdout + stderr).
fn run(program: &str, extension: &str, code: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("snippet.{extension}"));
    std::fs::write(&file, code).unwrap();
    let out = Command::new(program)
        .arg(&file)
        .current_dir(dir.path())
        .output()
        .unwrap_or_else(|e| panic!("run {program}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// The failure an answer says its question's code ends in.
fn said_failure(answer: &str) -> Option<&str> {
    let rest = answer.split_once("It fails with `")?.1;
    Some(rest.split_once("`. ")?.0)
}

#[test]
fn python_and_javascript_code_of_a_seeded_sample_runs_and_buggy_code_fails_as_the_answer_says() {
    let wd = Workdir::new();
    let lines = generate(&wd, &[]);
    // A seeded sample of 240 examples (xorshift, seed fixed), plus the
    // order of the plan: the sample is the same on every run.
    let mut state: u64 = 0x5eed_c0de_u64;
    let mut sample = BTreeMap::new();
    while sample.len() < 240 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let i = (state % lines.len() as u64) as usize;
        sample.insert(i, &lines[i]);
    }
    // Distinct snippets: (language, code) → what must happen.
    let mut must_pass: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut must_fail: BTreeMap<(String, String), (String, usize)> = BTreeMap::new();
    let mut buggy_examples = 0;
    for (&i, line) in &sample {
        let (input, output) = (
            line["input"].as_str().unwrap(),
            line["output"].as_str().unwrap(),
        );
        for b in blocks(output) {
            must_pass.entry((b.language, b.code)).or_insert(i + 1);
        }
        let asked = blocks(input);
        if !asked.is_empty() {
            let failure = said_failure(output).unwrap_or_else(|| {
                panic!(
                    "line {}: a question with code, but the answer does not say how it fails",
                    i + 1
                )
            });
            buggy_examples += 1;
            for b in asked {
                must_fail
                    .entry((b.language, b.code))
                    .or_insert((failure.to_string(), i + 1));
            }
        }
    }
    assert!(buggy_examples > 0, "the sample holds no debugging example");
    let languages = ["python", "javascript"];
    let available: Vec<_> = languages
        .iter()
        .filter_map(|l| interpreter(l).map(|i| (*l, i)))
        .collect();
    let find = |language: &str| {
        available
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, i)| *i)
    };
    let failures = Mutex::new(Vec::new());
    let mut ran = 0;
    let jobs: Vec<_> = must_pass
        .iter()
        .map(|((language, code), line)| (language, code, *line, None))
        .chain(
            must_fail
                .iter()
                .map(|((language, code), (says, line))| (language, code, *line, Some(says))),
        )
        .filter(|(language, ..)| find(language).is_some())
        .collect();
    std::thread::scope(|scope| {
        for chunk in jobs.chunks(jobs.len().div_ceil(2).max(1)) {
            let failures = &failures;
            let find = &find;
            scope.spawn(move || {
                for (language, code, line, says) in chunk {
                    let (program, extension) = find(language).unwrap();
                    let (ok, output) = run(program, extension, code);
                    let problem = match says {
                        None if !ok => Some(format!("exited non-zero:\n{output}")),
                        Some(_) if ok => Some("the buggy code ran cleanly".to_string()),
                        Some(says) if !output.contains(says.as_str()) => {
                            Some(format!("failed, but not with `{says}`:\n{output}"))
                        }
                        _ => None,
                    };
                    if let Some(problem) = problem {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("line {line}, {language}:\n{code}\n{problem}"));
                    }
                }
            });
        }
    });
    ran += jobs.len();
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {ran} snippets misbehaved:\n{}",
        failures.len(),
        failures.join("\n---\n")
    );
    eprintln!(
        "ran {ran} distinct Python/JavaScript snippets from {} sampled examples ({} buggy programs of {buggy_examples} debugging examples)",
        sample.len(),
        must_fail.len()
    );
}

#[test]
fn one_example_per_family_and_per_mode_is_pinned() {
    let paths = InputPaths {
        dictionary: Some(dictionary()),
        ..InputPaths::default()
    };
    let inputs = Inputs::load(&paths).unwrap();
    let mut out = Vec::new();
    generate::stream(&inputs, &Options::default(), &mut out, &Silent).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let plan = Plan::new(inputs.content.space(), inputs.content.seed(), None);
    let readable = |v: &serde_json::Value| {
        format!(
            "## input\n{}\n\n## output\n{}\n",
            v["input"].as_str().unwrap(),
            v["output"].as_str().unwrap()
        )
    };
    let mode_of = |v: &serde_json::Value| {
        let input = v["input"].as_str().unwrap();
        structure::MODE_TAGS
            .iter()
            .find(|t| input.ends_with(*t))
            .map_or("default", |t| {
                t.trim_matches(['[', ']']).split(' ').next().unwrap()
            })
            .to_lowercase()
    };
    let mut offset = 0;
    for family in &plan.families {
        let range = &lines[offset..offset + family.requested as usize];
        for mode in ["default", "beginner", "engineer", "strict"] {
            let first = range
                .iter()
                .find(|v| mode_of(v) == mode)
                .unwrap_or_else(|| panic!("no {mode} example in {}", family.family));
            insta::assert_snapshot!(
                format!("codetutor_{}_{mode}", family.family.name()),
                readable(first)
            );
        }
        offset += family.requested as usize;
    }
}

/// A small CodeTutor directory: the real head, recipe and templates, one
/// topic in Python with a bug, and one composition of it with itself not
/// allowed, so a second topic.
fn mini(wd: &Workdir) {
    let real = dictionary();
    wd.copy_dir(&real.join("templates"), "ct/templates");
    wd.write(
        "ct/dictionary.json",
        std::fs::read(real.join("dictionary.json")).unwrap(),
    );
    wd.write(
        "ct/recipe.json",
        std::fs::read(real.join("recipe.json")).unwrap(),
    );
    let topic = |id: &str, category: &str| {
        serde_json::json!({
            "id": id, "category": category, "name": id.replace('-', " "), "aliases": [],
            "analogy": "Like a shelf.", "explanation": "It holds things.", "definition": "A container.",
            "engineering": "Mind the cost.", "diagram": ["[a][b]"], "mistakes": ["One.", "Two."],
            "practice": ["Do it.", "Do more."], "misconceptions": [{"claim": "It is slow.", "truth": "It is not."}],
            "bugs": [{"id": "crash", "language": "python", "fails_with": "ZeroDivisionError", "cause": "Divides by zero.", "fix": "Check first."}]
        })
    };
    wd.write(
        "ct/topics/basics.json",
        serde_json::to_string_pretty(
            &serde_json::json!({"topics": [topic("shelves", "basics"), topic("boxes", "basics")]}),
        )
        .unwrap(),
    );
    for id in ["shelves", "boxes"] {
        wd.write(&format!("ct/code/{id}/beginner.py"), "print(1)\n");
        wd.write(&format!("ct/code/{id}/advanced.py"), "print(2)\n");
        wd.write(&format!("ct/code/{id}/bugs/crash.py"), "print(1 / 0)\n");
        wd.write(&format!("ct/code/{id}/bugs/crash.fixed.py"), "print(1)\n");
    }
    wd.write(
        "ct/compositions.json",
        r#"{"compositions": [{"id": "boxes-on-shelves", "parts": ["shelves", "boxes"], "name": "boxes on shelves", "aliases": [],
            "analogy": "A.", "explanation": "B.", "definition": "C.", "engineering": "D.", "diagram": ["x"],
            "mistakes": ["E.", "F."], "practice": ["G.", "H."]}]}"#,
    );
    wd.write("ct/code/boxes-on-shelves/beginner.py", "print(3)\n");
    wd.write("ct/code/boxes-on-shelves/advanced.py", "print(4)\n");
}

#[test]
fn a_small_lesson_directory_generates_and_each_break_gets_a_clear_error_and_no_output() {
    let wd = Workdir::new();
    mini(&wd);
    wd.ok(&[
        "generate",
        "--dictionary",
        "ct",
        "--out",
        "fine",
        "--total",
        "40",
        "--allow-shortfall",
        "--quiet",
    ]);
    wd.ok(&["validate", "fine", "--structure", "codetutor"]);

    type Break = fn(&Workdir);
    let cases: [(&str, Break, &str); 7] = [
        (
            "half a pair",
            |wd| std::fs::remove_file(wd.path("ct/code/boxes/advanced.py")).unwrap(),
            "code comes in pairs",
        ),
        (
            "stray file",
            |wd| wd.write("ct/code/boxes/notes.txt", "x"),
            "no lesson claims this file",
        ),
        (
            "unknown lesson dir",
            |wd| wd.write("ct/code/crates/beginner.py", "x"),
            "no lesson has this id",
        ),
        (
            "bug file missing",
            |wd| std::fs::remove_file(wd.path("ct/code/shelves/bugs/crash.fixed.py")).unwrap(),
            "crash.fixed.py",
        ),
        (
            "unknown part",
            |wd| {
                wd.edit_json("ct/compositions.json", |v| {
                    v["compositions"][0]["parts"][1] = "crates".into()
                })
            },
            "no topic `crates`",
        ),
        (
            "fence in prose",
            |wd| {
                wd.edit_json("ct/topics/basics.json", |v| {
                    v["topics"][1]["analogy"] = "```".into()
                })
            },
            "topics[1].analogy",
        ),
        (
            "unknown mode",
            |wd| {
                wd.edit_json("ct/recipe.json", |v| {
                    v["modes"][1]["tag"] = "[EXPERT MODE]".into()
                })
            },
            "unknown mode `beginner`",
        ),
    ];
    for (what, break_it, says) in cases {
        let wd = Workdir::new();
        mini(&wd);
        break_it(&wd);
        let stderr = wd.fails(
            &["generate", "--dictionary", "ct", "--out", "out", "--quiet"],
            1,
        );
        assert!(stderr.contains(says), "{what}: {stderr}");
        assert!(!wd.path("out").exists(), "{what}: output was written");
    }
}

/// The public CodeTutor dataset kept beside the repository
/// (`../shared/fixtures/real/codetutor`; CI has it): 8 of its 97 answers
/// are written in the seven sections and pass the rule; each of the other
/// 89 is one finding, on its own line.
#[test]
fn the_structure_rule_passes_exactly_the_structured_answers_of_a_public_dataset() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures/real/codetutor/merged-dataset.jsonl");
    if !file.is_file() {
        eprintln!("note: {} is absent; skipping", file.display());
        return;
    }
    let wd = Workdir::new();
    wd.write("merged.jsonl", std::fs::read(&file).unwrap());
    let out = wd.run(&[
        "validate",
        "merged.jsonl",
        "--structure",
        "codetutor",
        "--json",
        "--limit",
        "1000",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let groups = report["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "{report}");
    assert_eq!(groups[0]["check"], "structure");
    let flagged: Vec<u64> = groups[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    let unstructured: Vec<u64> = wd
        .read("merged.jsonl")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.contains("1️⃣ ANALOGY"))
        .map(|(i, _)| i as u64 + 1)
        .collect();
    assert_eq!(unstructured.len(), 89);
    assert_eq!(flagged, unstructured);
}
