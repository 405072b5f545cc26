//! The intent dictionary: UI patterns with their phrases, components, props,
//! accessibility notes, interaction states and code template.
//!
//! This module owns the typed model, its checks (unique ids, known
//! categories, variant props that exist) and the choice of schema: a file in
//! synthforge's own schema is the model as JSON; a MyContext intent
//! dictionary is converted by the `mycontext` module, with the placeholders
//! of its templates read by [`placeholder`]. It knows nothing about rendering;
//! `catalog` joins a dictionary and a recipe.

mod mycontext;
pub mod placeholder;

use std::collections::HashSet;
use std::fmt;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Warning};
use crate::recipe::Recipe;
use crate::slots::Vocabulary;
use crate::source::Source;

/// The JSON schema a dictionary file is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Schema {
    /// synthforge's own: `categories` and `patterns` (see the README).
    Synthforge,
    /// The MyContext CLI's intent dictionary: `mappings` keyed by
    /// canonical name, `synonyms`, `categories`, ….
    Mycontext,
    /// A CodeTutor lesson directory: `dictionary.json` with `languages`,
    /// beside `topics/`, `code/` and `templates/` (see [`crate::tutor`]).
    Codetutor,
}

impl Schema {
    /// The name used by `--schema` and the manifest.
    pub fn name(self) -> &'static str {
        match self {
            Schema::Synthforge => "synthforge",
            Schema::Mycontext => "mycontext",
            Schema::Codetutor => "codetutor",
        }
    }

    /// The schema a dictionary's text is written in, told from its
    /// top-level keys: `mappings` without `patterns` is MyContext,
    /// `languages` without `patterns` is CodeTutor, anything
    /// else (including text that is not JSON, so that its error comes from
    /// the loader that reports it best) is synthforge's own.
    pub fn detect(text: &str) -> Schema {
        #[derive(Deserialize)]
        struct TopLevel {
            #[serde(default)]
            mappings: Option<serde::de::IgnoredAny>,
            #[serde(default)]
            patterns: Option<serde::de::IgnoredAny>,
            #[serde(default)]
            languages: Option<serde::de::IgnoredAny>,
        }
        match serde_json::from_str::<TopLevel>(text) {
            Ok(TopLevel {
                mappings: Some(_),
                patterns: None,
                ..
            }) => Schema::Mycontext,
            Ok(TopLevel {
                languages: Some(_),
                patterns: None,
                ..
            }) => Schema::Codetutor,
            _ => Schema::Synthforge,
        }
    }
}

impl fmt::Display for Schema {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A dictionary as loaded, with what the loader noticed on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The checked dictionary.
    pub dictionary: Dictionary,
    /// The schema it was read as.
    pub schema: Schema,
    /// Things that load but deserve a look: unknown fields, undeclared
    /// categories, states no edge case stands for.
    pub warnings: Vec<Warning>,
}

/// Loads a dictionary in `schema` (detected from the text when `None`).
/// A MyContext dictionary needs the recipe (its edge cases name the
/// interaction states they stand for) and the slot vocabulary (values for
/// its templates' placeholders).
pub fn load(
    source: &Source,
    schema: Option<Schema>,
    recipe: &Recipe,
    vocabulary: &Vocabulary,
) -> Result<Loaded, Error> {
    match schema.unwrap_or_else(|| Schema::detect(&source.text)) {
        Schema::Synthforge => Ok(Loaded {
            dictionary: Dictionary::load(source)?,
            schema: Schema::Synthforge,
            warnings: Vec::new(),
        }),
        Schema::Mycontext => mycontext::load(source, recipe, vocabulary),
        Schema::Codetutor => Err(source.invalid(
            String::from("."),
            "a CodeTutor dictionary is a directory (dictionary.json, topics/, code/, templates/); pass the directory as --dictionary".into(),
        )),
    }
}

/// The whole dictionary file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dictionary {
    /// A human name for the dictionary, shown in the manifest.
    #[serde(default)]
    pub name: String,
    /// The categories patterns may belong to.
    pub categories: Vec<Category>,
    /// The UI patterns.
    pub patterns: Vec<Pattern>,
}

/// A group of patterns (forms, navigation, ...).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Identifier used by patterns' `category`.
    pub id: String,
    /// One sentence on what the category holds.
    pub description: String,
}

/// One entry of the intent dictionary.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    /// Stable kebab-case identifier, e.g. `data-table`.
    pub id: String,
    /// The id of one of the dictionary's categories.
    pub category: String,
    /// PascalCase component name suffix; the code's component is the
    /// entity type followed by this, e.g. `Product` + `DataTable`.
    pub component: String,
    /// One sentence on what the pattern is.
    pub summary: String,
    /// How people ask for this pattern.
    pub intent_phrases: Vec<IntentPhrase>,
    /// The shadcn/ui components the code imports.
    pub components: Vec<Component>,
    /// Required and optional props of the generated component.
    pub props: Props,
    /// Optional props whose values vary between examples.
    #[serde(default)]
    pub variants: Vec<Variant>,
    /// Accessibility notes the code follows.
    pub accessibility: Vec<String>,
    /// Interaction states the code handles, keyed by edge-case id, with a
    /// note on how; kept in file order.
    #[serde(deserialize_with = "crate::source::unique_keys")]
    pub states: IndexMap<String, String>,
    /// Rules the props and inputs follow, as notes (`onClick` is required:
    /// …); listed in the system prompt and the explanation.
    #[serde(default)]
    pub validation: Vec<String>,
    /// Theme tokens the component's styles use, by category.
    #[serde(default)]
    pub design_tokens: Vec<TokenGroup>,
    /// The minijinja template of the component's TSX code.
    pub code: String,
    /// Where each placeholder of a converted template gets its values, for
    /// `dictionary check` (empty for synthforge's own schema).
    #[serde(skip)]
    pub placeholders: Vec<PlaceholderSource>,
    /// The dictionary's synonyms that became aliases of this pattern.
    #[serde(skip)]
    pub synonyms: Vec<String>,
}

/// Design tokens of one category (color, spacing, …).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenGroup {
    /// The token category, e.g. `color`.
    pub category: String,
    /// The theme tokens used, e.g. `primary`, `primary-foreground`.
    pub tokens: Vec<String>,
    /// CSS properties and the variables they take, e.g. `background` →
    /// `var(--primary)`.
    #[serde(default, deserialize_with = "crate::source::unique_keys")]
    pub css: IndexMap<String, String>,
}

/// One placeholder of a converted template and where its values come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceholderSource {
    /// The placeholder's name, e.g. `label`.
    pub name: String,
    /// `text` (in a string or JSX text) or `expression` (inside `{…}`).
    pub position: placeholder::Position,
    /// Where the values come from, in words, e.g. `slot vocabulary
    /// patterns.primary-button.label (text)`.
    pub source: String,
}

/// A phrase that names a pattern, with its aliases.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntentPhrase {
    /// The canonical phrase, e.g. `data table`.
    pub phrase: String,
    /// Other ways to say the same, e.g. `records table`.
    pub aliases: Vec<String>,
    /// Words that hint at this phrase in a longer request.
    pub context_keywords: Vec<String>,
}

/// A UI component the generated code imports.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// Display name, e.g. `Table`.
    pub name: String,
    /// Module path, e.g. `@/components/ui/table`.
    pub import_path: String,
    /// Names imported from that module.
    pub exports: Vec<String>,
}

/// The generated component's props.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Props {
    /// Props the caller must pass.
    pub required: Vec<Prop>,
    /// Props with a default.
    #[serde(default)]
    pub optional: Vec<Prop>,
}

/// One prop: name, TypeScript type, default and purpose.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prop {
    /// The prop name.
    pub name: String,
    /// Its TypeScript type, written generically (`T` for the record type).
    #[serde(rename = "type")]
    pub ty: String,
    /// The default as a TypeScript expression (optional props only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// What the prop is for.
    pub description: String,
}

/// An optional prop whose value is an axis of variation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Name of an optional prop.
    pub prop: String,
    /// The values examples choose from.
    pub values: Vec<String>,
}

impl Dictionary {
    /// Parses and checks a dictionary; errors carry the file and the JSON
    /// path or line and column.
    pub fn load(source: &Source) -> Result<Dictionary, Error> {
        let dictionary: Dictionary = source.parse_json()?;
        dictionary.check(source)?;
        Ok(dictionary)
    }

    /// Looks a pattern up by id.
    pub fn pattern_index(&self, id: &str) -> Option<usize> {
        self.patterns.iter().position(|p| p.id == id)
    }

    fn check(&self, source: &Source) -> Result<(), Error> {
        let bad = |path: String, message: String| Err(source.invalid(path, message));
        if self.patterns.is_empty() {
            return bad(
                "patterns".into(),
                "the dictionary has no patterns; add at least one".into(),
            );
        }
        let categories: HashSet<&str> = self.categories.iter().map(|c| c.id.as_str()).collect();
        let mut ids = HashSet::new();
        for (i, p) in self.patterns.iter().enumerate() {
            let at = |field: &str| format!("patterns[{i}].{field}");
            if !is_identifier(&p.id) {
                return bad(
                    at("id"),
                    format!(
                        "`{}` is not a kebab-case identifier (letters, digits, `-`, `_`)",
                        p.id
                    ),
                );
            }
            if !ids.insert(p.id.as_str()) {
                return bad(
                    at("id"),
                    format!("pattern id `{}` is used twice; ids must be unique", p.id),
                );
            }
            if !categories.contains(p.category.as_str()) {
                return bad(
                    at("category"),
                    format!(
                        "unknown category `{}`; declare it under `categories` or use one of: {}",
                        p.category,
                        join_sorted(&categories)
                    ),
                );
            }
            if p.component.is_empty() || !p.component.chars().all(|c| c.is_ascii_alphanumeric()) {
                return bad(
                    at("component"),
                    format!("`{}` is not a PascalCase component name", p.component),
                );
            }
            if p.intent_phrases.is_empty() {
                return bad(
                    at("intent_phrases"),
                    "a pattern needs at least one intent phrase".into(),
                );
            }
            let mut surfaces = HashSet::new();
            for (j, phrase) in p.intent_phrases.iter().enumerate() {
                for (k, s) in std::iter::once(&phrase.phrase)
                    .chain(&phrase.aliases)
                    .enumerate()
                {
                    let field = if k == 0 {
                        format!("intent_phrases[{j}].phrase")
                    } else {
                        format!("intent_phrases[{j}].aliases[{}]", k - 1)
                    };
                    if s.trim().is_empty() {
                        return bad(at(&field), "an intent phrase or alias is empty".into());
                    }
                    if !surfaces.insert(s.to_lowercase()) {
                        return bad(
                            at(&field),
                            format!(
                                "`{s}` appears twice among the phrases and aliases of `{}`",
                                p.id
                            ),
                        );
                    }
                }
            }
            for (j, v) in p.variants.iter().enumerate() {
                if !p.props.optional.iter().any(|o| o.name == v.prop) {
                    return bad(
                        at(&format!("variants[{j}].prop")),
                        format!(
                            "`{}` is not an optional prop of `{}`; variants vary optional props",
                            v.prop, p.id
                        ),
                    );
                }
                if v.values.is_empty() {
                    return bad(
                        at(&format!("variants[{j}].values")),
                        "a variant needs at least one value".into(),
                    );
                }
            }
        }
        Ok(())
    }
}

/// Whether `s` is usable as an id and as a template name.
pub(crate) fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

pub(crate) fn join_sorted(set: &HashSet<&str>) -> String {
    let mut v: Vec<&str> = set.iter().copied().collect();
    v.sort_unstable();
    v.join(", ")
}
