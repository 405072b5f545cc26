//! `dictionary check`: what synthforge understood of a dictionary, as data.
//! Patterns per category, phrases and aliases, where each placeholder gets
//! its values, the edge cases each pattern's states stand for, how
//! compositions resolved, the distinct space per family and the warnings.
//! Loading already failed on every error; this reports a dictionary that
//! loaded. The CLI prints it as text or JSON.

use serde::Serialize;

use crate::dictionary::{PlaceholderSource, Schema};
use crate::error::Warning;
use crate::inputs::Inputs;
use crate::plan::Plan;

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
        let catalog = &inputs.catalog;
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
        let plan = Plan::new(catalog, seed.unwrap_or(catalog.recipe.seed), None);
        let shortfalls = plan.shortfalls();
        let families = plan
            .families
            .iter()
            .map(|f| FamilyReport {
                family: f.family.name().to_string(),
                requested: f.requested,
                distinct_space: plan.space(f),
                can_meet: shortfalls.iter().all(|s| s.family != f.family),
            })
            .collect();
        Report {
            dictionary: inputs.dictionary.0.clone(),
            recipe: inputs.recipe.0.clone(),
            schema: inputs.schema,
            categories,
            patterns,
            compositions,
            families,
            warnings: inputs.warnings.clone(),
        }
    }

    /// Whether every family's quota can be met.
    pub fn can_meet(&self) -> bool {
        self.families.iter().all(|f| f.can_meet)
    }
}
