//! The CodeTutor recipe: families and quotas, and the axes questions vary
//! on: phrasings, learner levels, modes, learner contexts, domains, and the
//! requests of the debugging and misconception edge cases.

use std::collections::HashSet;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::dictionary::{is_identifier, join_sorted};
use crate::error::Error;
use crate::recipe::{Family, FamilyQuota, Format, check_quotas};
use crate::source::Source;

/// The whole recipe file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipe {
    /// Seed of every permutation; `--seed` overrides it.
    pub seed: u64,
    /// Line format of the shards (`io` or `openai`).
    #[serde(default = "io")]
    pub format: Format,
    /// Lines per shard.
    #[serde(default = "default_shard_lines")]
    pub shard_lines: u64,
    /// Examples per family, in plan order.
    #[serde(deserialize_with = "crate::source::unique_keys")]
    pub families: IndexMap<String, FamilyQuota>,
    /// Question templates: `{{ topic }}` is the lesson's name or an alias,
    /// `{{ language }}` the language's name.
    pub phrasings: Vec<Phrasing>,
    /// Who asks; the answer's practice task follows the level.
    pub levels: Vec<Level>,
    /// The modes a question may end in; `tag` is empty for no tag.
    pub modes: Vec<Mode>,
    /// Where the learner needs it (contextual family).
    pub contexts: Vec<Context>,
    /// Fields and frameworks (domain family).
    pub domains: Vec<Domain>,
    /// Requests that present a buggy program (edge-case family):
    /// templates with `{{ language }}`; the code follows them.
    pub debugging: Vec<String>,
    /// Requests that test a belief (edge-case family): templates with
    /// `{{ claim }}`, `{{ topic }}` and `{{ language }}`.
    pub misconceptions: Vec<String>,
}

fn io() -> Format {
    Format::Io
}

fn default_shard_lines() -> u64 {
    1000
}

/// A question template.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrasing {
    /// Unique id.
    pub id: String,
    /// minijinja template of the question.
    pub text: String,
}

/// A learner level.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Unique id.
    pub id: String,
    /// The sentence that opens the question (empty: the learner does not say).
    pub text: String,
    /// Which practice task suits the level: 0 the first, 1 the stretch.
    pub practice: usize,
}

/// An answer mode.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mode {
    /// `default`, `beginner`, `engineer` or `strict`; the templates branch on it.
    pub id: String,
    /// The tag that ends the question, e.g. `[BEGINNER MODE]`; empty for none.
    pub tag: String,
}

/// A learner's context.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// Unique id.
    pub id: String,
    /// The sentence that places the question, e.g. `I need it for a job interview.`
    pub text: String,
    /// What the answer adds for this context.
    pub note: String,
    /// The languages the context fits (empty: all).
    #[serde(default)]
    pub languages: Vec<String>,
}

/// A field or framework and what it means for each category of topic.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    /// Unique id.
    pub id: String,
    /// Noun phrase, e.g. `game development with Unity`.
    pub name: String,
    /// The sentence that places the question, e.g. `I'm building a game in Unity.`
    pub text: String,
    /// The languages used there.
    pub languages: Vec<String>,
    /// Per category id: how topics of that category show up in the domain.
    /// Topics of other categories are not asked about in this domain.
    pub notes: IndexMap<String, String>,
    /// A practice task set in the domain.
    pub practice: String,
}

/// The modes the structure rule knows, by id, with their tags.
pub const MODES: [(&str, &str); 4] = [
    ("default", ""),
    ("beginner", "[BEGINNER MODE]"),
    ("engineer", "[ENGINEER MODE]"),
    ("strict", "[STRICT MODE]"),
];

impl Recipe {
    /// Parses and checks a recipe; `languages` and `categories` are the
    /// dictionary's ids.
    pub fn load(
        source: &Source,
        languages: &HashSet<&str>,
        categories: &HashSet<&str>,
    ) -> Result<Recipe, Error> {
        let recipe: Recipe = source.parse_json()?;
        recipe.check(source, languages, categories)?;
        Ok(recipe)
    }

    /// The families and their quotas, in recipe order.
    pub fn quotas(&self) -> Vec<(Family, u64)> {
        self.families
            .iter()
            .filter_map(|(name, q)| Family::from_name(name).map(|f| (f, q.quota)))
            .collect()
    }

    fn check(
        &self,
        source: &Source,
        languages: &HashSet<&str>,
        categories: &HashSet<&str>,
    ) -> Result<(), Error> {
        let bad = |path: String, message: String| Err(source.invalid(path, message));
        check_quotas(&self.families, source)?;
        if !matches!(self.format, Format::Io | Format::Openai) {
            return bad("format".into(), "CodeTutor writes `io` or `openai`".into());
        }
        let lists: [(&str, Vec<&str>); 4] = [
            (
                "phrasings",
                self.phrasings.iter().map(|p| p.id.as_str()).collect(),
            ),
            (
                "levels",
                self.levels.iter().map(|l| l.id.as_str()).collect(),
            ),
            (
                "contexts",
                self.contexts.iter().map(|c| c.id.as_str()).collect(),
            ),
            (
                "domains",
                self.domains.iter().map(|d| d.id.as_str()).collect(),
            ),
        ];
        for (key, ids) in lists {
            if ids.is_empty() {
                return bad(key.into(), "needs at least one entry".into());
            }
            let mut seen = HashSet::new();
            for (i, id) in ids.iter().enumerate() {
                if !is_identifier(id) || !seen.insert(*id) {
                    return bad(
                        format!("{key}[{i}].id"),
                        format!("`{id}` must be a unique id"),
                    );
                }
            }
        }
        for (key, list) in [
            ("debugging", &self.debugging),
            ("misconceptions", &self.misconceptions),
        ] {
            if list.is_empty() {
                return bad(key.into(), "needs at least one request".into());
            }
        }
        if self.modes.is_empty() {
            return bad("modes".into(), "needs at least one mode".into());
        }
        for (i, m) in self.modes.iter().enumerate() {
            if !MODES.contains(&(m.id.as_str(), m.tag.as_str())) {
                let known: Vec<String> = MODES
                    .iter()
                    .map(|(id, tag)| format!("{id} ({tag:?})"))
                    .collect();
                return bad(
                    format!("modes[{i}]"),
                    format!(
                        "unknown mode `{}` with tag {:?}; the modes are {}",
                        m.id,
                        m.tag,
                        known.join(", ")
                    ),
                );
            }
        }
        for (i, l) in self.levels.iter().enumerate() {
            if l.practice > 1 {
                return bad(
                    format!("levels[{i}].practice"),
                    "0 (the first practice task) or 1 (the stretch task)".into(),
                );
            }
        }
        let known = |list: &[String], at: String| -> Result<(), Error> {
            match list.iter().find(|l| !languages.contains(l.as_str())) {
                None => Ok(()),
                Some(l) => Err(source.invalid(
                    at,
                    format!("unknown language `{l}`; known: {}", join_sorted(languages)),
                )),
            }
        };
        for (i, c) in self.contexts.iter().enumerate() {
            known(&c.languages, format!("contexts[{i}].languages"))?;
        }
        for (i, d) in self.domains.iter().enumerate() {
            known(&d.languages, format!("domains[{i}].languages"))?;
            if let Some(c) = d.notes.keys().find(|c| !categories.contains(c.as_str())) {
                return bad(
                    format!("domains[{i}].notes.{c}"),
                    format!("unknown category `{c}`; known: {}", join_sorted(categories)),
                );
            }
        }
        Ok(())
    }
}
