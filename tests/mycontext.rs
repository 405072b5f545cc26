//! MyContext intent dictionaries as they are: the public fixture
//! (`../shared/fixtures/`, read in place, never copied) generates the
//! default dataset's 10,000 distinct, leak-free lines; hand-made broken
//! variants of it fail with an error naming the mapping and the field.

use std::collections::HashSet;
use std::path::PathBuf;

use synthforge::generate::{self, Options};
use synthforge::inputs::{InputPaths, Inputs};
use synthforge::plan::Plan;
use synthforge::progress::Silent;

use crate::generate::{check_openai_line, leaks};
use crate::workdir::Workdir;

/// The MyContext CLI's own intent dictionary (32 mappings, 77 synonyms).
pub fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures/mycontext-intent-dictionary.json")
}

fn fixture_json() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(fixture()).expect("the fixture is readable"))
        .expect("the fixture is JSON")
}

#[test]
fn the_fixture_generates_10000_distinct_leak_free_lines_at_the_seed_quotas() {
    let wd = Workdir::new();
    let fixture = fixture();
    let dictionary = fixture.to_str().unwrap();
    wd.ok(&["generate", "--dictionary", dictionary, "--quiet"]);
    let manifest = wd.manifest("out");
    assert_eq!(manifest["total_examples"], 10_000);
    assert_eq!(manifest["schema"], "mycontext");
    assert_eq!(manifest["recipe"], "<embedded>/recipe.json");
    let families: Vec<(&str, u64)> = manifest["families"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(f, n)| (f.as_str(), n.as_u64().unwrap()))
        .collect();
    assert_eq!(
        families,
        [
            ("base", 1500),
            ("contextual", 600),
            ("composition", 100),
            ("edge_case", 200),
            ("domain", 7600)
        ]
    );
    assert_eq!(
        manifest["counts"]["patterns"].as_object().unwrap().len(),
        32
    );

    let lines = wd.lines("out");
    assert_eq!(lines.len(), 10_000);
    let mut distinct = HashSet::new();
    for (i, line) in lines.iter().enumerate() {
        check_openai_line(line);
        let found = leaks(line);
        assert!(found.is_empty(), "line {} leaks {found:?}: {line}", i + 1);
        assert!(
            distinct.insert(line.as_str()),
            "line {} repeats an earlier line",
            i + 1
        );
    }

    // The dataset passes synthforge's own checks and regenerates byte for byte.
    wd.ok(&["validate", "out"]);
    wd.ok(&["verify", "out", "--regenerate"]);
}

/// The first example of each family from the fixture, pinned as readable
/// text (as `snapshots.rs` does for the default dictionary).
#[test]
fn first_example_of_each_family_from_the_fixture() {
    let inputs = Inputs::load(&InputPaths {
        dictionary: Some(fixture()),
        ..InputPaths::default()
    })
    .unwrap();
    let options = Options {
        total: Some(100),
        ..Default::default()
    };
    let mut out = Vec::new();
    generate::stream(&inputs, &options, &mut out, &Silent).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let plan = Plan::new(inputs.content.space(), inputs.content.seed(), Some(100));
    let mut offset = 0;
    for family in &plan.families {
        let v: serde_json::Value = serde_json::from_str(lines[offset]).unwrap();
        let readable: Vec<String> = v["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                format!(
                    "## {}\n{}\n",
                    m["role"].as_str().unwrap(),
                    m["content"].as_str().unwrap()
                )
            })
            .collect();
        insta::assert_snapshot!(
            format!("mycontext_{}", family.family.name()),
            readable.join("\n")
        );
        offset += family.requested as usize;
    }
}

/// A broken copy of the fixture.
struct Case {
    name: &'static str,
    /// The broken dictionary's text.
    text: fn() -> String,
    /// Words the message must contain: the mapping and the field, at least.
    says: &'static [&'static str],
}

fn edited(edit: fn(&mut serde_json::Value)) -> String {
    let mut v = fixture_json();
    edit(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

const CASES: &[Case] = &[
    Case {
        name: "missing mapping field",
        text: || {
            edited(|v| {
                v["mappings"]["auth-form"]
                    .as_object_mut()
                    .unwrap()
                    .remove("component_pattern");
            })
        },
        says: &[
            "at `mappings.auth-form`",
            "missing field `component_pattern`",
        ],
    },
    Case {
        name: "wrong type",
        text: || edited(|v| v["mappings"]["data-table"]["intent_phrases"] = "data table".into()),
        says: &[
            "at `mappings.data-table.intent_phrases`",
            "invalid type: string \"data table\", expected a sequence",
        ],
    },
    Case {
        name: "placeholders with no value source",
        text: || {
            edited(|v| {
                let code = &mut v["mappings"]["badge"]["component_pattern"]["template_code"];
                *code = format!("{}\n<p>{{{{tagline}}}}</p>", code.as_str().unwrap()).into();
                v["mappings"]["avatar"]["component_pattern"]["template_code"] =
                    "<Avatar onClick={{{onZoom}}} />".into();
            })
        },
        says: &[
            "2 placeholders without a value source",
            "mappings.badge: `{{tagline}}` (text) has no value source; add `\"tagline\": {\"text\": \"…\"}` to the recipe's `slots.patterns.badge`",
            "mappings.avatar: `{{onZoom}}` (expression) has no value source",
        ],
    },
    Case {
        name: "synonym of a missing mapping",
        text: || edited(|v| v["synonyms"]["grid"] = "data-grid".into()),
        says: &[
            "at `synonyms.grid`",
            "synonym `grid` points at `data-grid`, which is not a mapping",
        ],
    },
    Case {
        name: "duplicate mapping key",
        text: || {
            let text = std::fs::read_to_string(fixture()).unwrap();
            let badge = serde_json::to_string(&fixture_json()["mappings"]["badge"]).unwrap();
            text.replacen(
                "\"mappings\": {",
                &format!("\"mappings\": {{\n\"badge\": {badge},"),
                1,
            )
        },
        says: &["at `mappings`", "duplicate key `badge`"],
    },
    Case {
        name: "unbalanced placeholder",
        text: || {
            edited(|v| {
                v["mappings"]["avatar"]["component_pattern"]["template_code"] =
                    "<Avatar>\n  <AvatarFallback>{{fallback</AvatarFallback>\n</Avatar>".into()
            })
        },
        says: &[
            "at `mappings.avatar.component_pattern.template_code`",
            "line 2, column 19 of the template: `{{fallback` opens a placeholder that is not closed",
        ],
    },
    Case {
        name: "Handlebars block",
        text: || {
            edited(|v| {
                v["mappings"]["badge"]["component_pattern"]["template_code"] =
                    "{{#if content}}<Badge>{{content}}</Badge>{{/if}}".into()
            })
        },
        says: &[
            "at `mappings.badge.component_pattern.template_code`",
            "`{{#` is Handlebars block, partial or comment syntax",
        ],
    },
    Case {
        name: "forced into the wrong schema",
        text: || std::fs::read_to_string(fixture()).unwrap(),
        says: &["unknown field `version`"],
    },
];

#[test]
fn broken_fixtures_name_the_mapping_and_field_exit_1_and_write_nothing() {
    let mut report = String::new();
    for case in CASES {
        let wd = Workdir::new();
        wd.write("broken.json", (case.text)());
        // Read as synthforge's own schema, the file needs a recipe beside it
        // or named; the built-in one is used only for MyContext files.
        let recipe = concat!(env!("CARGO_MANIFEST_DIR"), "/intent-dictionary/recipe.json");
        let schema: &[&str] = match case.name {
            "forced into the wrong schema" => &["--schema", "synthforge", "--recipe", recipe],
            _ => &[],
        };
        let mut generate = vec!["generate", "--dictionary", "broken.json", "--out", "out"];
        generate.extend(schema);
        let mut check = vec!["dictionary", "check", "broken.json"];
        check.extend(schema);
        let err = wd.fails(&generate, 1);
        assert_eq!(
            wd.fails(&check, 1),
            err,
            "{}: check and generate agree",
            case.name
        );
        for words in case.says {
            assert!(
                err.contains(words),
                "{}: message lacks {words:?}:\n{err}",
                case.name
            );
        }
        assert_eq!(
            wd.entries(),
            ["broken.json"],
            "{}: something was written",
            case.name
        );
        report.push_str(&format!("## {}\n{}\n", case.name, err.trim_end()));
    }
    insta::assert_snapshot!(report);
}

#[test]
fn a_recipe_supplies_what_the_shipped_slots_lack_and_typos_are_warnings() {
    let wd = Workdir::new();
    wd.write(
        "dictionary.json",
        edited(|v| {
            let code = &mut v["mappings"]["badge"]["component_pattern"]["template_code"];
            *code = format!("{}\n<p>{{{{tagline}}}}</p>", code.as_str().unwrap()).into();
            let phrase = v["mappings"]["avatar"]["intent_phrases"][0]
                .as_object_mut()
                .unwrap();
            let aliases = phrase.remove("aliases").unwrap();
            phrase.insert("alias".into(), aliases);
        }),
    );
    let mut recipe: serde_json::Value =
        serde_json::from_str(include_str!("../intent-dictionary/recipe.json")).unwrap();
    recipe["slots"] = serde_json::json!({
        "patterns": {"badge": {"tagline": {"text": "{{ entity.title }} at {{ domain.brand }}"}}}
    });
    wd.write("recipe.json", recipe.to_string());
    let out = wd.run(&[
        "generate",
        "--dictionary",
        "dictionary.json",
        "--total",
        "200",
        "--out",
        "out",
    ]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: dictionary.json: at `mappings.avatar.intent_phrases[0].alias`: unknown field `alias`, ignored; did you mean `aliases`?"),
        "{stderr}"
    );
    let badges: Vec<String> = wd
        .lines("out")
        .into_iter()
        .filter(|l| l.contains("BadgeProps"))
        .collect();
    assert!(!badges.is_empty());
    for line in badges {
        let at = line.find("<p>").expect("the tagline is in the code") + 3;
        let tagline = &line[at..at + line[at..].find("</p>").unwrap()];
        assert!(tagline.contains(" at "), "the recipe's tagline: {tagline}");
    }
}
