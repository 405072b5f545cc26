//! `dictionary check`: what synthforge understood of a dictionary, as data.
//! Patterns per category, phrases and aliases, where each placeholder gets
//! its values, the edge cases each pattern's states stand for, how
//! compositions resolved, the distinct space per family and the warnings.
//! Loading already failed on every error; this reports a dictionary that
//! loaded. The CLI prints it as text or JSON.

use serde::Serialize;

use crate::dictionary::{PlaceholderSource, Schema};
use crate::error::Warning;
use crate::inputs::{Content, Inputs};
use crate::plan::Plan;
use crate::tutor;

/// Everything `dictionary check` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The dictionary file.
    pub dictionary: String,
    /// The recipe used for edge cases, compositions and spaces.
    pub recipe: String,
    /// The schema it was read as.
    pub schema: Schema,
    /// Categories with their patterns, in dictionary order.
    pub categories: Vec<CategoryReport>,
    /// One entry per pattern.
    pub patterns: Vec<PatternReport>,
    /// Each composition of the recipe and the patterns it resolved to.
    pub compositions: Vec<CompositionReport>,
    /// Per family: requested, distinct space, whether the quota can be met.
    pub families: Vec<FamilyReport>,
    /// What loading noticed.
    pub warnings: Vec<Warning>,
}

/// A category and its patterns.
#[derive(Debug, Clone, Serialize)]
pub struct CategoryReport {
    /// The category id.
    pub id: String,
    /// Pattern ids.
    pub patterns: Vec<String>,
}

/// What was understood of one pattern.
#[derive(Debug, Clone, Serialize)]
pub struct PatternReport {
    /// The id.
    pub id: String,
    /// Its category.
    pub category: String,
    /// Each intent phrase with its aliases.
    pub phrases: Vec<(String, Vec<String>)>,
    /// Synonyms of the dictionary that became aliases.
    pub synonyms: Vec<String>,
    /// Variant props and their values.
    pub variants: Vec<(String, Vec<String>)>,
    /// The edge cases it can be asked for in.
    pub edge_cases: Vec<String>,
    /// Placeholders of a converted template and their value sources.
    pub placeholders: Vec<PlaceholderSource>,
}

/// A composition as resolved against the dictionary.
#[derive(Debug, Clone, Serialize)]
pub struct CompositionReport {
    /// The composition id.
    pub id: String,
    /// The pattern of each part.
    pub patterns: Vec<String>,
}

/// A family's quota against its space.
#[derive(Debug, Clone, Serialize)]
pub struct FamilyReport {
    /// The family name.
    pub family: String,
    /// Its quota.
    pub requested: u64,
    /// Distinct work items it can draw.
    pub distinct_space: u64,
    /// Whether every stratum's quota fits its space.
    pub can_meet: bool,
}

impl Report {
    /// The report of loaded inputs, planned with `seed` (the recipe's when
    /// `None`).
    pub fn new(inputs: &Inputs, seed: Option<u64>) -> Report {
        let catalog = match &inputs.content {
            Content::Ui(catalog) => catalog,
            Content::Tutor(catalog) => return Report::tutor(inputs, catalog, seed),
        };
        let dictionary = &catalog.dictionary;
        let categories = dictionary
            .categories
            .iter()
            .map(|c| CategoryReport {
                id: c.id.clone(),
                patterns: dictionary
                    .patterns
                    .iter()
                    .filter(|p| p.category == c.id)
                    .map(|p| p.id.clone())
                    .collect(),
            })
            .collect();
        let patterns = dictionary
            .patterns
            .iter()
            .map(|p| PatternReport {
                id: p.id.clone(),
                category: p.category.clone(),
                phrases: p
                    .intent_phrases
                    .iter()
                    .map(|ip| (ip.phrase.clone(), ip.aliases.clone()))
                    .collect(),
                synonyms: p.synonyms.clone(),
                variants: p
                    .variants
                    .iter()
                    .map(|v| (v.prop.clone(), v.values.clone()))
                    .collect(),
                edge_cases: p.states.keys().cloned().collect(),
                placeholders: p.placeholders.clone(),
            })
            .collect();
        let compositions = catalog
            .recipe
            .compositions
            .iter()
            .zip(&catalog.composition_patterns)
            .map(|(c, parts)| CompositionReport {
                id: c.id.clone(),
                patterns: parts
                    .iter()
                    .map(|&i| dictionary.patterns[i].id.clone())
                    .collect(),
            })
            .collect();
        Report::of(inputs, seed, categories, patterns, compositions)
    }

    /// A CodeTutor dictionary's report: topics stand in the place of
    /// patterns, with their name and aliases as the phrase, their languages
    /// as the one variant, and their bugs and misconceptions as edge cases.
    fn tutor(inputs: &Inputs, catalog: &tutor::Catalog, seed: Option<u64>) -> Report {
        let d = &catalog.dictionary;
        let ids = |lessons: &[tutor::dictionary::Lesson]| -> Vec<String> {
            lessons.iter().map(|l| l.id.clone()).collect()
        };
        let categories = d
            .categories
            .iter()
            .map(|c| CategoryReport {
                id: c.id.clone(),
                patterns: ids(&d.topics)
                    .into_iter()
                    .zip(&d.topics)
                    .filter(|(_, t)| t.category.as_deref() == Some(c.id.as_str()))
                    .map(|(id, _)| id)
                    .collect(),
            })
            .collect();
        let patterns = d
            .topics
            .iter()
            .map(|t| PatternReport {
                id: t.id.clone(),
                category: t.category.clone().unwrap_or_default(),
                phrases: vec![(t.name.clone(), t.aliases.clone())],
                synonyms: Vec::new(),
                variants: vec![(
                    "language".into(),
                    t.code
                        .iter()
                        .map(|(l, _)| d.languages[*l].id.clone())
                        .collect(),
                )],
                edge_cases: t
                    .bugs
                    .iter()
                    .map(|b| format!("bug {} ({})", b.id, b.language))
                    .chain(
                        t.misconceptions
                            .iter()
                            .map(|m| format!("misconception: {}", m.claim)),
                    )
                    .collect(),
                placeholders: Vec::new(),
            })
            .collect();
        let compositions = d
            .compositions
            .iter()
            .map(|c| CompositionReport {
                id: c.id.clone(),
                patterns: c.parts.clone(),
            })
            .collect();
        Report::of(inputs, seed, categories, patterns, compositions)
    }

    /// The report of what was understood, with the inputs' names, the
    /// families planned with `seed` and the warnings.
    fn of(
        inputs: &Inputs,
        seed: Option<u64>,
        categories: Vec<CategoryReport>,
        patterns: Vec<PatternReport>,
        compositions: Vec<CompositionReport>,
    ) -> Report {
        Report {
            dictionary: inputs.dictionary.0.clone(),
            recipe: inputs.recipe.0.clone(),
            schema: inputs.schema,
            categories,
            patterns,
            compositions,
            families: families(inputs, seed),
            warnings: inputs.warnings.clone(),
        }
    }

    /// Whether every family's quota can be met.
    pub fn can_meet(&self) -> bool {
        self.families.iter().all(|f| f.can_meet)
    }
}

/// Per family: the quota against the distinct space, planned with `seed`
/// (the recipe's when `None`).
fn families(inputs: &Inputs, seed: Option<u64>) -> Vec<FamilyReport> {
    let content = &inputs.content;
    let plan = Plan::new(content.space(), seed.unwrap_or(content.seed()), None);
    let shortfalls = plan.shortfalls();
    plan.families
        .iter()
        .map(|f| FamilyReport {
            family: f.family.name().to_string(),
            requested: f.requested,
            distinct_space: plan.space(f),
            can_meet: shortfalls.iter().all(|s| s.family != f.family),
        })
        .collect()
}
