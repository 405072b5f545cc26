//! Every loader against arbitrary input: bytes, JSON of any shape, and the
//! mini fixture with one part broken. Whatever comes in, loading (and, when
//! the inputs pass, generating) ends in a result, never a panic, and an
//! error message stays short enough to read.

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use synthforge::dictionary::Dictionary;
use synthforge::error::Error;
use synthforge::generate::{self, Options};
use synthforge::inputs::{Inputs, default_templates};
use synthforge::progress::Silent;
use synthforge::recipe::Recipe;
use synthforge::source::Source;
use synthforge::verify;

use crate::workdir::fixtures;

/// Field names of the dictionary and recipe, so that arbitrary JSON gets
/// past the outer structs often enough to reach the checks within.
const FIELDS: &[&str] = &[
    "name",
    "categories",
    "patterns",
    "id",
    "description",
    "category",
    "component",
    "summary",
    "intent_phrases",
    "phrase",
    "aliases",
    "context_keywords",
    "components",
    "import_path",
    "exports",
    "props",
    "required",
    "optional",
    "type",
    "default",
    "variants",
    "prop",
    "values",
    "accessibility",
    "states",
    "code",
    "seed",
    "format",
    "shard_lines",
    "families",
    "quota",
    "base",
    "contextual",
    "composition",
    "edge_case",
    "domain",
    "phrasings",
    "style",
    "text",
    "note",
    "generic",
    "domains",
    "brand",
    "sections",
    "keywords",
    "contexts",
    "entities",
    "noun",
    "plural",
    "title",
    "fields",
    "label",
    "samples",
    "actions",
    "primary",
    "secondary",
    "destructive",
    "handler",
    "statuses",
    "edge_cases",
    "requests",
    "compositions",
    "phrases",
    "loading",
    "forms",
];

/// Strings that mean something to the loaders or the templates.
const WORDS: &[&str] = &[
    "",
    "save-button",
    "notice",
    "forms",
    "openai",
    "number",
    "string",
    "boolean",
    "{{ request }}",
    "{{ entity.plural }}",
    "{{ missing }}",
    "{% if %}",
    "{{",
    "../x",
    "\u{feff}",
    "\u{0}",
    "é",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(WORDS).prop_map(String::from),
        prop::sample::select(FIELDS).prop_map(String::from),
        "\\PC{0,24}",
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("JSON has no NaN or infinity", |f| {
            serde_json::Number::from_f64(f).map(Value::Number)
        }),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((text(), inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("mini").join(name)).unwrap()
}

/// Replaces (or, with `remove`, deletes) the value that `path` leads to,
/// each step choosing among the children of an object or array.
fn mutate(value: &mut Value, path: &[Index], remove: bool, new: Value) {
    let children = match value {
        Value::Object(m) => m.len(),
        Value::Array(a) => a.len(),
        _ => 0,
    };
    let Some(step) = path.first().filter(|_| children > 0) else {
        *value = new;
        return;
    };
    let i = step.index(children);
    match value {
        Value::Object(m) if path.len() == 1 && remove => {
            let key = m.keys().nth(i).cloned().unwrap();
            m.remove(&key);
        }
        Value::Array(a) if path.len() == 1 && remove => {
            a.remove(i);
        }
        Value::Object(m) => mutate(m.values_mut().nth(i).unwrap(), &path[1..], remove, new),
        Value::Array(a) => mutate(&mut a[i], &path[1..], remove, new),
        _ => unreachable!("only objects and arrays have children"),
    }
}

/// Runs every loader on the inputs, then generation if they pass.
fn load_everything(dictionary: &Source, recipe: &Source, templates: Vec<Source>) {
    for result in [
        Dictionary::load(dictionary).err(),
        Recipe::load(recipe).err(),
        Inputs::from_sources(dictionary, recipe, templates.clone()).err(),
    ] {
        readable(result);
    }
    if let Ok(inputs) = Inputs::from_sources(dictionary, recipe, templates) {
        let options = Options {
            threads: Some(1),
            ..Options::default()
        };
        readable(generate::stream(&inputs, &options, &mut std::io::sink(), &Silent).err());
    }
}

fn readable(error: Option<Error>) {
    if let Some(e) = error {
        let message = e.to_string();
        assert!(
            !message.is_empty() && message.len() < 4096,
            "unreadable error: {message}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic_a_loader(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let (dictionary, recipe) = (fixture("dictionary.json"), fixture("recipe.json"));
        if let Ok(source) = Source::from_bytes("fuzz.json", bytes.clone()) {
            load_everything(&source, &Source::new("recipe.json", recipe), default_templates());
            load_everything(&Source::new("dictionary.json", dictionary), &source, default_templates());
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("manifest.json"), &bytes).unwrap();
        readable(verify::check(dir.path()).err());
    }

    #[test]
    fn arbitrary_json_never_panics_a_loader(value in json()) {
        let text = value.to_string();
        let source = Source::new("fuzz.json", text.clone());
        load_everything(&source, &Source::new("recipe.json", fixture("recipe.json")), default_templates());
        load_everything(&Source::new("dictionary.json", fixture("dictionary.json")), &source, default_templates());
        let mut templates = default_templates();
        templates[0].text = value.as_str().map_or(text, String::from);
        load_everything(
            &Source::new("dictionary.json", fixture("dictionary.json")),
            &Source::new("recipe.json", fixture("recipe.json")),
            templates,
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// One value of a valid fixture replaced, deleted, or one stretch of
    /// its text spliced with other bytes: a located error or a dataset.
    #[test]
    fn a_fixture_with_one_part_broken_never_panics(
        in_recipe in any::<bool>(),
        path in prop::collection::vec(any::<Index>(), 1..7),
        remove in any::<bool>(),
        new in json(),
        splice in any::<Index>(),
        bytes in prop::collection::vec(any::<u8>(), 0..4),
    ) {
        let (mut dictionary, mut recipe) = (fixture("dictionary.json"), fixture("recipe.json"));
        let target = if in_recipe { &mut recipe } else { &mut dictionary };
        let mut value: Value = serde_json::from_str(target).unwrap();
        mutate(&mut value, &path, remove, new);
        *target = value.to_string();
        load_everything(
            &Source::new("dictionary.json", dictionary.as_str()),
            &Source::new("recipe.json", recipe.as_str()),
            default_templates(),
        );

        let original = if in_recipe { fixture("recipe.json") } else { fixture("dictionary.json") };
        let mut spliced = original.into_bytes();
        let at = splice.index(spliced.len());
        spliced.splice(at..(at + bytes.len()).min(spliced.len()), bytes);
        if let Ok(source) = Source::from_bytes("spliced.json", spliced) {
            let (d, r) = match in_recipe {
                true => (Source::new("dictionary.json", fixture("dictionary.json")), source),
                false => (source, Source::new("recipe.json", fixture("recipe.json"))),
            };
            load_everything(&d, &r, default_templates());
        }
    }
}
