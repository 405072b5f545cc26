//! Bad input: every case gets a clear error naming the file and the place,
//! a non-zero exit, no panic, and no output directory. The messages are
//! pinned together in one snapshot so a reviewer can read them side by side.

use crate::workdir::Workdir;

struct Case {
    name: &'static str,
    /// Breaks the `mini` fixture copy.
    setup: fn(&Workdir),
    /// Extra arguments after `generate --dictionary mini` (and `--out out`
    /// unless they name another).
    args: &'static [&'static str],
    code: i32,
    /// Words the message must contain.
    says: &'static [&'static str],
}

fn set(path: &'static str, pointer: &'static str, value: serde_json::Value) -> impl Fn(&Workdir) {
    move |wd: &Workdir| {
        wd.edit_json(path, |v| {
            *v.pointer_mut(pointer)
                .unwrap_or_else(|| panic!("{pointer} in {path}")) = value.clone()
        })
    }
}

/// Replaces the first `from` in a fixture file, which must contain it.
fn replace(wd: &Workdir, path: &str, from: &str, to: &str) {
    let text = wd.read(path);
    assert!(text.contains(from), "{path} lacks {from:?}");
    wd.write(path, text.replacen(from, to, 1));
}

/// `depth` nested JSON arrays (or template parentheses).
fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

const CASES: &[Case] = &[
    Case {
        name: "malformed JSON",
        setup: |wd| {
            wd.write(
                "mini/recipe.json",
                "{\n  \"seed\": 7,\n  \"families\": {,}\n}",
            )
        },
        args: &[],
        code: 1,
        says: &[
            "mini/recipe.json",
            "line 3, column 16",
            "key must be a string",
        ],
    },
    Case {
        name: "trailing comma",
        setup: |wd| {
            wd.write(
                "mini/dictionary.json",
                "{\"categories\": [], \"patterns\": [],}",
            )
        },
        args: &[],
        code: 1,
        says: &[
            "mini/dictionary.json",
            "line 1, column 35",
            "trailing comma",
        ],
    },
    Case {
        name: "missing field",
        setup: |wd| {
            wd.edit_json("mini/dictionary.json", |d| {
                _ = d["patterns"][1].as_object_mut().unwrap().remove("summary")
            })
        },
        args: &[],
        code: 1,
        says: &[
            "mini/dictionary.json",
            "at `patterns[1]`",
            "missing field `summary`",
        ],
    },
    Case {
        name: "wrong type",
        setup: |wd| {
            set(
                "mini/dictionary.json",
                "/patterns/0/intent_phrases/0/aliases",
                "cta".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &[
            "at `patterns[0].intent_phrases[0].aliases`",
            "invalid type: string \"cta\", expected a sequence",
        ],
    },
    Case {
        name: "unknown field (typo)",
        setup: |wd| {
            wd.edit_json("mini/dictionary.json", |d| {
                let p = d["patterns"][0]["intent_phrases"][0]
                    .as_object_mut()
                    .unwrap();
                let v = p.remove("aliases").unwrap();
                p.insert("alias".into(), v);
            })
        },
        args: &[],
        code: 1,
        says: &[
            "at `patterns[0].intent_phrases[0].alias`",
            "unknown field `alias`, expected one of `phrase`, `aliases`, `context_keywords`",
        ],
    },
    Case {
        name: "unknown family",
        setup: |wd| {
            wd.edit_json("mini/recipe.json", |r| {
                _ = r["families"]
                    .as_object_mut()
                    .unwrap()
                    .insert("bonus".into(), serde_json::json!({"quota": 1}))
            })
        },
        args: &[],
        code: 1,
        says: &[
            "mini/recipe.json",
            "at `families.bonus`",
            "unknown family `bonus`; the families are base, contextual, composition, edge_case, domain",
        ],
    },
    Case {
        name: "negative quota",
        setup: |wd| set("mini/recipe.json", "/families/base/quota", (-3).into())(wd),
        args: &[],
        code: 1,
        says: &[
            "at `families.base.quota`",
            "invalid value: integer `-3`, expected u64",
        ],
    },
    Case {
        name: "fractional quota",
        setup: |wd| set("mini/recipe.json", "/families/base/quota", 2.5.into())(wd),
        args: &[],
        code: 1,
        says: &[
            "at `families.base.quota`",
            "invalid type: floating point `2.5`, expected u64",
        ],
    },
    Case {
        name: "quota of 2^64",
        setup: |wd| {
            wd.write(
                "mini/recipe.json",
                wd.read("mini/recipe.json").replacen(
                    "\"quota\": 12",
                    "\"quota\": 18446744073709551616",
                    1,
                ),
            )
        },
        args: &[],
        code: 1,
        says: &["at `families.base.quota`", "expected u64"],
    },
    Case {
        name: "zero shard size flag",
        setup: |_| {},
        args: &["--shard-lines", "0"],
        code: 2,
        says: &["invalid value for --shard-lines: must be at least 1"],
    },
    Case {
        name: "zero shard size in recipe",
        setup: |wd| set("mini/recipe.json", "/shard_lines", 0.into())(wd),
        args: &[],
        code: 1,
        says: &["mini/recipe.json", "at `shard_lines`", "must be at least 1"],
    },
    Case {
        name: "zero threads",
        setup: |_| {},
        args: &["--threads", "0"],
        code: 2,
        says: &["invalid value for --threads: must be at least 1"],
    },
    Case {
        name: "unknown category",
        setup: |wd| {
            set(
                "mini/dictionary.json",
                "/patterns/1/category",
                "feedbak".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &[
            "at `patterns[1].category`",
            "unknown category `feedbak`",
            "feedback, forms",
        ],
    },
    Case {
        name: "duplicate pattern id",
        setup: |wd| {
            set(
                "mini/dictionary.json",
                "/patterns/1/id",
                "save-button".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &[
            "at `patterns[1].id`",
            "pattern id `save-button` is used twice",
        ],
    },
    Case {
        name: "variant of a missing prop",
        setup: |wd| {
            set(
                "mini/dictionary.json",
                "/patterns/0/variants/0/prop",
                "colour".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &[
            "at `patterns[0].variants[0].prop`",
            "`colour` is not an optional prop of `save-button`",
        ],
    },
    Case {
        name: "state the recipe lacks",
        setup: |wd| {
            wd.edit_json("mini/dictionary.json", |d| {
                _ = d["patterns"][1]["states"]
                    .as_object_mut()
                    .unwrap()
                    .insert("laoding".into(), "Spins.".into())
            })
        },
        args: &[],
        code: 1,
        says: &[
            "at `patterns[1].states.laoding`",
            "`laoding` is not an edge case of the recipe",
        ],
    },
    Case {
        name: "composition of a missing pattern",
        setup: |wd| {
            set(
                "mini/recipe.json",
                "/compositions/0/patterns/1",
                "notic".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &[
            "mini/recipe.json",
            "at `compositions[0].patterns[1]`",
            "no pattern `notic` in the dictionary",
        ],
    },
    Case {
        name: "uneven samples",
        setup: |wd| {
            set(
                "mini/recipe.json",
                "/domains/0/entities/0/fields/1/samples",
                serde_json::json!([1]),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &[
            "at `domains[0].entities[0].fields[1].samples`",
            "has 1 samples but field 0 has 2",
        ],
    },
    Case {
        name: "sample of the wrong type",
        setup: |wd| {
            set(
                "mini/recipe.json",
                "/domains/0/entities/0/fields/1/samples/0",
                "one".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &[
            "at `domains[0].entities[0].fields[1].samples[0]`",
            "is not a number value",
        ],
    },
    Case {
        name: "phrasing without the request",
        setup: |wd| {
            set(
                "mini/recipe.json",
                "/phrasings/1/text",
                "Please build it.".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &["at `phrasings[1].text`", "never uses `{{ request }}`"],
    },
    Case {
        name: "template syntax error",
        setup: |wd| {
            set(
                "mini/dictionary.json",
                "/patterns/1/code",
                "export function {{ component }() {}".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &["template `code/notice` line 1", "syntax error"],
    },
    Case {
        name: "undefined variable in a pattern",
        setup: |wd| {
            set(
                "mini/dictionary.json",
                "/patterns/1/code",
                "export function {{ component }}() {\n  return <p>{{ entity.colour }}</p>\n}"
                    .into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &[
            "template `code/notice` line 2",
            "undefined variable `entity.colour`",
        ],
    },
    Case {
        name: "undefined variable in a message template",
        setup: |wd| wd.write("mini/templates/system.jinja", "Rules.\n{{ rules }}"),
        args: &[],
        code: 1,
        says: &[
            "template `system.jinja` line 2",
            "undefined variable `rules`",
        ],
    },
    Case {
        name: "byte-order mark",
        setup: |wd| {
            wd.write(
                "mini/recipe.json",
                format!("\u{feff}{}", wd.read("mini/recipe.json")),
            )
        },
        args: &[],
        code: 1,
        says: &["mini/recipe.json", "byte-order mark"],
    },
    Case {
        name: "invalid UTF-8",
        setup: |wd| wd.write("mini/dictionary.json", b"{\"name\": \"caf\xe9\"}"),
        args: &[],
        code: 1,
        says: &["mini/dictionary.json", "not valid UTF-8"],
    },
    Case {
        name: "missing dictionary",
        setup: |wd| std::fs::remove_file(wd.path("mini/dictionary.json")).unwrap(),
        args: &[],
        code: 1,
        says: &["mini/dictionary.json", "No such file or directory"],
    },
    Case {
        name: "shortfall",
        setup: |_| {},
        args: &["--total", "100000"],
        code: 1,
        says: &["some quotas cannot be met", "--allow-shortfall"],
    },
    Case {
        name: "existing output directory",
        setup: |wd| wd.write("out/old.jsonl", "{}"),
        args: &[],
        code: 2,
        says: &["output directory `out` already exists and is not empty; pass --force"],
    },
    // Dictionary: JSON that serde would accept too readily, or that is huge.
    Case {
        name: "duplicate key in a map",
        setup: |wd| {
            replace(
                wd,
                "mini/dictionary.json",
                r#""states": {"loading""#,
                r#""states": {"disabled": "Twice.", "loading""#,
            )
        },
        args: &[],
        code: 1,
        says: &[
            "mini/dictionary.json",
            "at `patterns[0].states`",
            "duplicate key `disabled`",
        ],
    },
    Case {
        name: "duplicate field",
        setup: |wd| {
            replace(
                wd,
                "mini/dictionary.json",
                r#""id": "save-button","#,
                r#""id": "save-button", "id": "save","#,
            )
        },
        args: &[],
        code: 1,
        says: &["at `patterns[0]`", "duplicate field `id`"],
    },
    Case {
        name: "lone leading surrogate",
        setup: |wd| {
            replace(
                wd,
                "mini/dictionary.json",
                r#""summary": "A button"#,
                r#""summary": "\ud800A button"#,
            )
        },
        args: &[],
        code: 1,
        says: &["at `patterns[0].summary`", "hex escape", "surrogate pair"],
    },
    Case {
        name: "pattern id with a path",
        setup: |wd| {
            set(
                "mini/dictionary.json",
                "/patterns/0/id",
                "../../escape".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &["at `patterns[0].id`", "not a kebab-case identifier"],
    },
    Case {
        name: "100,000 levels of nesting in the dictionary",
        setup: |wd| {
            wd.write(
                "mini/dictionary.json",
                format!(
                    r#"{{"categories": [], "patterns": {}}}"#,
                    nested("[", "", "]", 100_000)
                ),
            )
        },
        args: &[],
        code: 1,
        says: &["at `patterns[0][0]`", "invalid type: sequence"],
    },
    Case {
        name: "truncated dictionary",
        setup: |wd| {
            let text = wd.read("mini/dictionary.json");
            wd.write("mini/dictionary.json", &text[..text.len() / 2]);
        },
        args: &[],
        code: 1,
        says: &["mini/dictionary.json", "EOF while parsing"],
    },
    Case {
        name: "empty recipe",
        setup: |wd| wd.write("mini/recipe.json", ""),
        args: &[],
        code: 1,
        says: &[
            "mini/recipe.json",
            "line 1, column 0",
            "EOF while parsing a value",
        ],
    },
    // Recipe.
    Case {
        name: "duplicate family",
        setup: |wd| {
            replace(
                wd,
                "mini/recipe.json",
                r#""families": {"#,
                r#""families": {"domain": {"quota": 1},"#,
            )
        },
        args: &[],
        code: 1,
        says: &["at `families`", "duplicate key `domain`"],
    },
    Case {
        name: "raw control character",
        setup: |wd| {
            replace(
                wd,
                "mini/recipe.json",
                r#""brand": "Acme""#,
                "\"brand\": \"Ac\u{1}me\"",
            )
        },
        args: &[],
        code: 1,
        says: &["at `generic.brand`", "control character", "escape it"],
    },
    Case {
        name: "lone trailing surrogate",
        setup: |wd| {
            replace(
                wd,
                "mini/recipe.json",
                r#""brand": "Acme""#,
                r#""brand": "\udc00Acme""#,
            )
        },
        args: &[],
        code: 1,
        says: &["at `generic.brand`", "surrogate"],
    },
    Case {
        name: "a 50 MB line",
        setup: |wd| {
            wd.write(
                "mini/recipe.json",
                format!(
                    r#"{{"seed": 7, "phrasings": "{}"}}"#,
                    "x".repeat(50_000_000)
                ),
            )
        },
        args: &[],
        code: 1,
        says: &[
            "line 1, column 50000027, at `phrasings`",
            "invalid type: string",
            "bytes]",
            "expected a sequence",
        ],
    },
    Case {
        name: "100,000 levels of nesting in a sample",
        setup: |wd| {
            replace(
                wd,
                "mini/recipe.json",
                r#""samples": ["#,
                &format!(r#""samples": [{}, "#, nested("[", "", "]", 100_000)),
            )
        },
        args: &[],
        code: 1,
        says: &[
            "at `generic.entities[0].fields[0].samples[0][0]",
            "recursion limit exceeded",
            "128 levels",
        ],
    },
    Case {
        name: "quotas past 2^64 in sum",
        setup: |wd| set("mini/recipe.json", "/families/base/quota", u64::MAX.into())(wd),
        args: &[],
        code: 1,
        says: &[
            "at `families.contextual.quota`",
            "the quotas add up to more than 18446744073709551615",
        ],
    },
    Case {
        name: "seed of 2^64",
        setup: |wd| {
            replace(
                wd,
                "mini/recipe.json",
                r#""seed": 7"#,
                r#""seed": 18446744073709551616"#,
            )
        },
        args: &[],
        code: 1,
        says: &["at `seed`", "expected u64"],
    },
    Case {
        name: "comment in JSON",
        setup: |wd| {
            wd.write(
                "mini/recipe.json",
                format!("// my recipe\n{}", wd.read("mini/recipe.json")),
            )
        },
        args: &[],
        code: 1,
        says: &["line 1, column 1", "expected value"],
    },
    Case {
        name: "phrasing with a syntax error",
        setup: |wd| {
            set(
                "mini/recipe.json",
                "/phrasings/0/text",
                "{{ request | sentence }.".into(),
            )(wd)
        },
        args: &[],
        code: 1,
        says: &["template `phrasing/plain` line 1", "syntax error"],
    },
    Case {
        name: "edge-case clause with an undefined variable",
        setup: |wd| {
            wd.edit_json("mini/recipe.json", |r| {
                for e in r["edge_cases"].as_array_mut().unwrap() {
                    e["requests"] = serde_json::json!(["while the {{ entity.plurals }} load"]);
                }
            })
        },
        args: &[],
        code: 1,
        says: &["undefined variable `entity.plurals`"],
    },
    // Templates.
    Case {
        name: "template that includes itself",
        setup: |wd| {
            wd.write(
                "mini/templates/system.jinja",
                r#"Rules. {% include "system.jinja" %}"#,
            )
        },
        args: &[],
        code: 1,
        says: &[
            "template `system.jinja` line 1",
            "recursion limit exceeded",
            "does a template include itself?",
        ],
    },
    Case {
        name: "100,000 levels of nesting in a template",
        setup: |wd| {
            wd.write(
                "mini/templates/system.jinja",
                // Lines of 1,000 parentheses: short lines, deep nesting.
                format!(
                    "{{{{ {} }}}}",
                    nested(
                        &format!("{}\n", "(".repeat(1000)),
                        "1",
                        &format!("{}\n", ")".repeat(1000)),
                        100
                    )
                ),
            )
        },
        args: &[],
        code: 1,
        says: &["template `system.jinja` line 1", "maximum recursion limits"],
    },
    Case {
        name: "macro that calls itself",
        setup: |wd| {
            wd.write(
                "mini/templates/system.jinja",
                "{% macro rules(n) %}{{ rules(n + 1) }}{% endmacro %}{{ rules(1) }}",
            )
        },
        args: &[],
        code: 1,
        says: &["template `system.jinja` line 1", "recursion limit exceeded"],
    },
    Case {
        name: "a 50 MB template line",
        setup: |wd| {
            wd.write(
                "mini/templates/system.jinja",
                format!("Rules.\n{{{{ \"{}", "x".repeat(50_000_000)),
            )
        },
        args: &[],
        code: 1,
        says: &[
            "template `system.jinja` line 2",
            "the line is 50000004 characters long",
            "split it",
        ],
    },
    Case {
        name: "a 60,000-character variable name",
        setup: |wd| {
            wd.write(
                "mini/templates/system.jinja",
                format!("{{{{ {} }}}}", "x".repeat(60_000)),
            )
        },
        args: &[],
        code: 1,
        says: &[
            "template `system.jinja` line 1",
            "undefined variable `xxx",
            "bytes]",
        ],
    },
    Case {
        name: "unknown filter",
        setup: |wd| wd.write("mini/templates/system.jinja", "{{ patterns | frobnicate }}"),
        args: &[],
        code: 1,
        says: &["template `system.jinja` line 1", "unknown filter"],
    },
    Case {
        name: "template not in UTF-8",
        setup: |wd| wd.write("mini/templates/system.jinja", b"Rules \xff"),
        args: &[],
        code: 1,
        says: &["mini/templates/system.jinja", "byte 6", "not valid UTF-8"],
    },
    Case {
        name: "template with a byte-order mark",
        setup: |wd| wd.write("mini/templates/system.jinja", "\u{feff}Rules."),
        args: &[],
        code: 1,
        says: &["mini/templates/system.jinja", "byte-order mark"],
    },
    Case {
        name: "missing templates directory",
        setup: |_| {},
        args: &["--templates", "mini/tmpl"],
        code: 2,
        says: &["--templates", "`mini/tmpl` is not a directory"],
    },
    // Output.
    Case {
        name: "output named `.`",
        setup: |_| {},
        args: &["--out", ".", "--force"],
        code: 2,
        says: &[
            "--out",
            "`.` does not name a directory that can be replaced",
        ],
    },
    Case {
        name: "output is a file",
        setup: |wd| wd.write("out", "not a directory"),
        args: &[],
        code: 2,
        says: &["--out", "`out` is a file"],
    },
    Case {
        name: "output under a file",
        setup: |wd| wd.write("notes", "not a directory"),
        args: &["--out", "notes/out"],
        code: 1,
        says: &["notes", "Not a directory"],
    },
    // Flags.
    Case {
        name: "unknown flag",
        setup: |_| {},
        args: &["--shards", "3"],
        code: 2,
        says: &["unexpected argument '--shards'"],
    },
];

#[test]
fn every_bad_input_gets_a_located_error_a_nonzero_exit_and_no_output() {
    let mut report = String::new();
    for case in CASES {
        let wd = Workdir::with_fixture("mini");
        (case.setup)(&wd);
        let had_out = wd.exists("out");
        let mut args = vec!["generate", "--dictionary", "mini"];
        if !case.args.contains(&"--out") {
            args.extend(["--out", "out"]);
        }
        args.extend(case.args);
        let err = wd.fails(&args, case.code);
        for words in case.says {
            assert!(
                err.contains(words),
                "{}: message lacks {words:?}:\n{err}",
                case.name
            );
        }
        assert!(
            !wd.exists("out/manifest.json"),
            "{}: a manifest was written",
            case.name
        );
        assert_eq!(
            wd.exists("out"),
            had_out,
            "{}: the output directory changed",
            case.name
        );
        assert!(
            wd.entries()
                .iter()
                .all(|e| !e.contains("synthforge-partial")),
            "{}: staging left behind",
            case.name
        );
        let first = err
            .lines()
            .take_while(|l| !l.starts_with("Usage"))
            .collect::<Vec<_>>()
            .join("\n");
        report.push_str(&format!(
            "## {} (exit {})\n{}\n\n",
            case.name,
            case.code,
            first.trim_end()
        ));
    }
    assert!(CASES.len() >= 40);
    insta::assert_snapshot!(report);
}
