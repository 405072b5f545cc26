//! The recipe: what to generate from a dictionary. Families and quotas, the
//! seed, the shard size, request phrasings, domains with their vocabulary,
//! edge cases and compositions.
//!
//! This module owns the typed model and the checks that need only the recipe;
//! references into the dictionary (composition parts, pattern states) are
//! resolved and checked by `catalog`.

use std::collections::HashSet;
use std::fmt;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::dictionary::is_identifier;
use crate::error::Error;
use crate::slots::Vocabulary;
use crate::source::Source;

/// One variant family: a set of axes and a request shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// Pattern × phrase or alias × phrasing, with everyday vocabulary.
    Base,
    /// A pattern placed in a domain context.
    Contextual,
    /// Several patterns in one page.
    Composition,
    /// A pattern in an interaction state: error, loading, empty, …
    EdgeCase,
    /// A pattern built from a domain's vocabulary.
    Domain,
}

impl Family {
    /// Every family, in plan order.
    pub const ALL: [Family; 5] = [
        Family::Base,
        Family::Contextual,
        Family::Composition,
        Family::EdgeCase,
        Family::Domain,
    ];

    /// The family of a recipe key.
    pub fn from_name(name: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The name used in recipes, manifests and template names.
    pub fn name(self) -> &'static str {
        match self {
            Family::Base => "base",
            Family::Contextual => "contextual",
            Family::Composition => "composition",
            Family::EdgeCase => "edge_case",
            Family::Domain => "domain",
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The output format of generated lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// OpenAI chat: `{"messages":[system,user,assistant]}`.
    #[default]
    Openai,
    /// Input/output pairs: `{"input":user,"output":assistant}`; the system
    /// message is left out.
    Io,
}

impl Format {
    /// The name used in recipes and manifests.
    pub fn name(self) -> &'static str {
        match self {
            Format::Openai => "openai",
            Format::Io => "io",
        }
    }
}

/// The whole recipe file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipe {
    /// Seed of every permutation; `--seed` overrides it.
    pub seed: u64,
    /// Line format of the shards.
    #[serde(default)]
    pub format: Format,
    /// Lines per shard; `--shard-lines` overrides it.
    #[serde(default = "default_shard_lines")]
    pub shard_lines: u64,
    /// How many examples each family contributes, in plan order; keys are
    /// family names (checked on load, see [`Recipe::quotas`]).
    #[serde(deserialize_with = "crate::source::unique_keys")]
    pub families: IndexMap<String, FamilyQuota>,
    /// Ways to phrase a request around the family's request phrase.
    pub phrasings: Vec<Phrasing>,
    /// Everyday vocabulary for requests without a domain (the base family).
    pub generic: Domain,
    /// Domains whose vocabulary changes the code.
    pub domains: Vec<Domain>,
    /// Interaction states the edge-case family asks for.
    #[serde(default)]
    pub edge_cases: Vec<EdgeCase>,
    /// Page-level UIs built from several patterns.
    #[serde(default)]
    pub compositions: Vec<Composition>,
    /// Slot values that extend or replace the shipped slot vocabulary
    /// (`intent-dictionary/slots.json`) for placeholders of converted
    /// templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slots: Option<Vocabulary>,
}

fn default_shard_lines() -> u64 {
    2500
}

/// A family's share of the dataset.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyQuota {
    /// Distinct examples to produce, spread evenly over the family's patterns
    /// (or compositions).
    pub quota: u64,
}

/// A way of phrasing a request.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrasing {
    /// Unique id.
    pub id: String,
    /// Register: terse, casual, formal, detailed, constrained, …
    pub style: String,
    /// minijinja template of the user message; `{{ request }}` is the
    /// family's request phrase.
    pub text: String,
    /// How the answer honours this phrasing; quoted in the answer, so it must
    /// differ between phrasings.
    pub note: String,
}

/// A field of application (e-commerce, healthcare, …) and its vocabulary.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    /// Unique id.
    pub id: String,
    /// Noun phrase, e.g. `e-commerce store`.
    pub name: String,
    /// Product or company name used in headers.
    pub brand: String,
    /// Navigation sections.
    pub sections: Vec<String>,
    /// Words typical of the domain.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Phrases that place a UI in this domain, e.g. `for the checkout of my shop`.
    #[serde(default)]
    pub contexts: Vec<String>,
    /// The records UIs in this domain are about.
    pub entities: Vec<Entity>,
}

/// A record type with the words that describe it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// PascalCase TypeScript type name, e.g. `Product`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Singular noun, e.g. `product`.
    pub noun: String,
    /// Plural noun, e.g. `products`.
    pub plural: String,
    /// Title, e.g. `Products`.
    pub title: String,
    /// Fields with sample values; field 0 names the record.
    pub fields: Vec<Field>,
    /// Button labels and handler names.
    pub actions: Actions,
    /// Status words shown in badges.
    pub statuses: Vec<String>,
}

/// A field of an entity.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// camelCase property name.
    pub name: String,
    /// Column or input label.
    pub label: String,
    /// TypeScript type of the values.
    #[serde(rename = "type")]
    pub ty: FieldType,
    /// Sample values; every field of an entity has the same number, and
    /// sample `i` of every field makes row `i`.
    pub samples: Vec<serde_json::Value>,
}

/// The value type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    /// Text.
    String,
    /// A number.
    Number,
    /// true or false.
    Boolean,
}

/// The actions a UI about an entity offers.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actions {
    /// The main call to action.
    pub primary: Action,
    /// A secondary action.
    pub secondary: Action,
    /// A destructive action.
    pub destructive: Action,
}

/// A button label and the handler it calls.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Button text.
    pub label: String,
    /// camelCase handler prop name.
    pub handler: String,
}

/// An interaction state the edge-case family asks for.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EdgeCase {
    /// Id matched against patterns' `states`.
    pub id: String,
    /// Human label, e.g. `loading state`.
    pub label: String,
    /// minijinja clauses that ask for the state, e.g.
    /// `that shows skeletons while the {{ entity.plural }} load`.
    pub requests: Vec<String>,
    /// Names of interaction states (a MyContext mapping's
    /// `interaction_spec.states`) this edge case stands for, e.g. `open`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub states: Vec<String>,
}

/// A page-level UI of several patterns.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Composition {
    /// Unique id.
    pub id: String,
    /// Page title, e.g. `Checkout`.
    pub title: String,
    /// Ways to ask for the page, e.g. `checkout page`.
    pub phrases: Vec<String>,
    /// The parts, in page order.
    pub patterns: Vec<Part>,
}

/// One part of a composition: a pattern id, `category:<id>`, or a list of
/// them. The catalog takes the first alternative the loaded dictionary has
/// (a category gives its first pattern not already in the composition), so
/// one recipe serves dictionaries that name the same UI differently.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(
    untagged,
    expecting = "a pattern id, `category:<id>`, or a list of them (the first the dictionary has is used)"
)]
pub enum Part {
    /// One pattern id or category.
    One(String),
    /// Alternatives, in order of preference.
    Any(Vec<String>),
}

/// The prefix of a part that names a category.
pub const CATEGORY_PREFIX: &str = "category:";

impl Part {
    /// The alternatives, in order of preference.
    pub fn alternatives(&self) -> &[String] {
        match self {
            Part::One(id) => std::slice::from_ref(id),
            Part::Any(ids) => ids,
        }
    }
}

impl Recipe {
    /// Parses and checks a recipe; errors carry the file and the JSON path or
    /// line and column.
    pub fn load(source: &Source) -> Result<Recipe, Error> {
        let recipe: Recipe = source.parse_json()?;
        recipe.check(source)?;
        Ok(recipe)
    }

    /// Each family's quota, in recipe order.
    pub fn quotas(&self) -> impl Iterator<Item = (Family, u64)> + '_ {
        self.families
            .iter()
            .filter_map(|(name, q)| Family::from_name(name).map(|f| (f, q.quota)))
    }

    fn check(&self, source: &Source) -> Result<(), Error> {
        let bad = |path: String, message: String| Err(source.invalid(path, message));
        check_quotas(&self.families, source)?;
        if self.shard_lines == 0 {
            return bad("shard_lines".into(), "must be at least 1".into());
        }
        if self.phrasings.is_empty() {
            return bad(
                "phrasings".into(),
                "add at least one phrasing; its text must use `{{ request }}`".into(),
            );
        }
        unique(
            self.phrasings.iter().map(|p| p.id.as_str()),
            "phrasings",
            "id",
            source,
        )?;
        unique(
            self.phrasings.iter().map(|p| p.note.as_str()),
            "phrasings",
            "note",
            source,
        )?;
        for (i, p) in self.phrasings.iter().enumerate() {
            if !p.text.contains("request") {
                return bad(
                    format!("phrasings[{i}].text"),
                    "the text never uses `{{ request }}`, so the request would be lost".into(),
                );
            }
        }
        check_domain(&self.generic, "generic", source)?;
        unique(
            self.domains.iter().map(|d| d.id.as_str()),
            "domains",
            "id",
            source,
        )?;
        for (i, d) in self.domains.iter().enumerate() {
            check_domain(d, &format!("domains[{i}]"), source)?;
        }
        unique(
            self.edge_cases.iter().map(|e| e.id.as_str()),
            "edge_cases",
            "id",
            source,
        )?;
        for (i, e) in self.edge_cases.iter().enumerate() {
            if e.requests.is_empty() {
                return bad(
                    format!("edge_cases[{i}].requests"),
                    "add at least one request clause".into(),
                );
            }
        }
        unique(
            self.compositions.iter().map(|c| c.id.as_str()),
            "compositions",
            "id",
            source,
        )?;
        for (i, c) in self.compositions.iter().enumerate() {
            if c.phrases.is_empty() {
                return bad(
                    format!("compositions[{i}].phrases"),
                    "add at least one phrase".into(),
                );
            }
            if c.patterns.len() < 2 {
                return bad(
                    format!("compositions[{i}].patterns"),
                    "a composition combines at least 2 patterns".into(),
                );
            }
            for (j, part) in c.patterns.iter().enumerate() {
                if part.alternatives().is_empty() {
                    return bad(
                        format!("compositions[{i}].patterns[{j}]"),
                        "list at least one pattern id or `category:<id>`".into(),
                    );
                }
                for (k, alternative) in part.alternatives().iter().enumerate() {
                    let id = alternative
                        .strip_prefix(CATEGORY_PREFIX)
                        .unwrap_or(alternative);
                    if !is_identifier(id) {
                        let at = match part {
                            Part::One(_) => format!("compositions[{i}].patterns[{j}]"),
                            Part::Any(_) => format!("compositions[{i}].patterns[{j}][{k}]"),
                        };
                        return bad(
                            at,
                            format!("`{alternative}` is neither a pattern id nor `category:<id>`"),
                        );
                    }
                }
            }
        }
        for (i, e) in self.edge_cases.iter().enumerate() {
            for (j, state) in e.states.iter().enumerate() {
                if state.trim().is_empty() {
                    return bad(
                        format!("edge_cases[{i}].states[{j}]"),
                        "name an interaction state, e.g. `open`".into(),
                    );
                }
            }
        }
        if let Some(slots) = &self.slots {
            slots.check(source, "slots.")?;
        }
        let needs = |family: Family| self.quotas().any(|(f, q)| f == family && q > 0);
        if (needs(Family::Contextual)
            || needs(Family::Domain)
            || needs(Family::EdgeCase)
            || needs(Family::Composition))
            && self.domains.is_empty()
        {
            return bad("domains".into(), "the contextual, composition, edge_case and domain families need at least one domain".into());
        }
        if needs(Family::Composition) && self.compositions.is_empty() {
            return bad(
                "compositions".into(),
                "the composition family has a quota but the recipe has no compositions".into(),
            );
        }
        if needs(Family::EdgeCase) && self.edge_cases.is_empty() {
            return bad(
                "edge_cases".into(),
                "the edge_case family has a quota but the recipe has no edge cases".into(),
            );
        }
        Ok(())
    }
}

fn unique<'a>(
    items: impl Iterator<Item = &'a str>,
    list: &str,
    key: &str,
    source: &Source,
) -> Result<(), Error> {
    let mut seen = HashSet::new();
    for (i, item) in items.enumerate() {
        if key == "id" && !is_identifier(item) {
            return Err(source.invalid(
                format!("{list}[{i}].{key}"),
                format!("`{item}` is not an identifier (letters, digits, `-`, `_`)"),
            ));
        }
        if !seen.insert(item) {
            return Err(source.invalid(
                format!("{list}[{i}].{key}"),
                format!("`{item}` is used twice; each {key} in `{list}` must be unique"),
            ));
        }
    }
    Ok(())
}

fn check_domain(domain: &Domain, at: &str, source: &Source) -> Result<(), Error> {
    let bad = |path: String, message: String| Err(source.invalid(path, message));
    if domain.entities.is_empty() {
        return bad(
            format!("{at}.entities"),
            "a domain needs at least one entity".into(),
        );
    }
    if domain.sections.is_empty() {
        return bad(
            format!("{at}.sections"),
            "a domain needs at least one navigation section".into(),
        );
    }
    for (i, e) in domain.entities.iter().enumerate() {
        let at = format!("{at}.entities[{i}]");
        if e.fields.is_empty() {
            return bad(
                format!("{at}.fields"),
                "an entity needs at least one field".into(),
            );
        }
        if e.statuses.is_empty() {
            return bad(
                format!("{at}.statuses"),
                "an entity needs at least one status".into(),
            );
        }
        let rows = e.fields[0].samples.len();
        if rows == 0 {
            return bad(
                format!("{at}.fields[0].samples"),
                "a field needs at least one sample value".into(),
            );
        }
        for (j, f) in e.fields.iter().enumerate() {
            if f.samples.len() != rows {
                return bad(
                    format!("{at}.fields[{j}].samples"),
                    format!(
                        "has {} samples but field 0 has {rows}; every field needs the same number (sample i of each field makes row i)",
                        f.samples.len()
                    ),
                );
            }
            for (k, s) in f.samples.iter().enumerate() {
                let fits = match f.ty {
                    FieldType::String => s.is_string(),
                    FieldType::Number => s.is_number(),
                    FieldType::Boolean => s.is_boolean(),
                };
                if !fits {
                    return bad(
                        format!("{at}.fields[{j}].samples[{k}]"),
                        format!(
                            "`{s}` is not a {:?} value; the field's type is {:?}",
                            f.ty, f.ty
                        )
                        .to_lowercase(),
                    );
                }
            }
        }
    }
    Ok(())
}

/// Checks a recipe's `families`: known names, at least one, and quotas
/// whose sum is a count too (they are added up when planning).
pub(crate) fn check_quotas(
    families: &IndexMap<String, FamilyQuota>,
    source: &Source,
) -> Result<(), Error> {
    let bad = |path: String, message: String| Err(source.invalid(path, message));
    for name in families.keys() {
        if Family::from_name(name).is_none() {
            let known: Vec<&str> = Family::ALL.iter().map(|f| f.name()).collect();
            return bad(
                format!("families.{name}"),
                format!(
                    "unknown family `{name}`; the families are {}",
                    known.join(", ")
                ),
            );
        }
    }
    let mut sum = 0u64;
    for (name, q) in families {
        sum = match sum.checked_add(q.quota) {
            Some(sum) => sum,
            None => {
                return bad(
                    format!("families.{name}.quota"),
                    format!(
                        "the quotas add up to more than {} examples; lower them",
                        u64::MAX
                    ),
                );
            }
        };
    }
    if families.is_empty() {
        return bad(
            "families".into(),
            "no families; add at least one of base, contextual, composition, edge_case, domain"
                .into(),
        );
    }
    Ok(())
}
