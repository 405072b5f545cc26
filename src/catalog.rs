//! The catalog joins a dictionary and a recipe: it checks the references
//! between them (composition patterns, pattern states) and flattens the
//! choices each axis draws from, so that expanding a work item is indexing,
//! never searching.

use std::collections::HashSet;

use crate::dictionary::{Dictionary, join_sorted};
use crate::error::Error;
use crate::recipe::Recipe;
use crate::source::Source;

/// A way to name a pattern: one of its phrases or one of that phrase's aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Surface {
    /// Index into the pattern's `intent_phrases`.
    pub phrase: usize,
    /// Index into that phrase's `aliases`, or `None` for the phrase itself.
    pub alias: Option<usize>,
}

/// A checked dictionary and recipe with their axes flattened.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The patterns.
    pub dictionary: Dictionary,
    /// What to generate.
    pub recipe: Recipe,
    /// Per pattern: every phrase and alias, in file order.
    pub surfaces: Vec<Vec<Surface>>,
    /// Per pattern: the number of variant combinations (at least 1).
    pub variant_counts: Vec<u64>,
    /// Every (domain, entity) pair.
    pub subjects: Vec<(usize, usize)>,
    /// Every (domain, context, entity) triple.
    pub settings: Vec<(usize, usize, usize)>,
    /// Per pattern: every (edge case, request) pair whose edge case the
    /// pattern lists in `states`.
    pub edge_requests: Vec<Vec<(usize, usize)>>,
    /// Per composition: its patterns' indices.
    pub composition_patterns: Vec<Vec<usize>>,
}

impl Catalog {
    /// Checks the references from the recipe into the dictionary and
    /// flattens the axes.
    pub fn new(
        dictionary: Dictionary,
        recipe: Recipe,
        dictionary_source: &Source,
        recipe_source: &Source,
    ) -> Result<Catalog, Error> {
        let edge_ids: HashSet<&str> = recipe.edge_cases.iter().map(|e| e.id.as_str()).collect();
        for (i, p) in dictionary.patterns.iter().enumerate() {
            for state in p.states.keys() {
                if !edge_ids.contains(state.as_str()) {
                    return Err(dictionary_source.invalid(
                        format!("patterns[{i}].states.{state}"),
                        format!("`{state}` is not an edge case of the recipe {}; known: {}; add it to the recipe's `edge_cases` or fix the name", recipe_source.name, join_sorted(&edge_ids)),
                    ));
                }
            }
        }
        let mut composition_patterns = Vec::with_capacity(recipe.compositions.len());
        for (i, c) in recipe.compositions.iter().enumerate() {
            let mut indices = Vec::with_capacity(c.patterns.len());
            for (j, id) in c.patterns.iter().enumerate() {
                let index = dictionary.pattern_index(id).ok_or_else(|| {
                    recipe_source.invalid(
                        format!("compositions[{i}].patterns[{j}]"),
                        format!(
                            "no pattern `{id}` in the dictionary {}",
                            dictionary_source.name
                        ),
                    )
                })?;
                if indices.contains(&index) {
                    return Err(recipe_source.invalid(
                        format!("compositions[{i}].patterns[{j}]"),
                        format!("`{id}` appears twice in one composition"),
                    ));
                }
                indices.push(index);
            }
            composition_patterns.push(indices);
        }

        let surfaces = dictionary
            .patterns
            .iter()
            .map(|p| {
                p.intent_phrases
                    .iter()
                    .enumerate()
                    .flat_map(|(phrase, ip)| {
                        std::iter::once(Surface {
                            phrase,
                            alias: None,
                        })
                        .chain((0..ip.aliases.len()).map(move |a| {
                            Surface {
                                phrase,
                                alias: Some(a),
                            }
                        }))
                    })
                    .collect()
            })
            .collect();
        let variant_counts = dictionary
            .patterns
            .iter()
            .map(|p| {
                p.variants
                    .iter()
                    .fold(1u64, |n, v| n.saturating_mul(v.values.len() as u64))
            })
            .collect();
        let subjects = recipe
            .domains
            .iter()
            .enumerate()
            .flat_map(|(d, dom)| (0..dom.entities.len()).map(move |e| (d, e)))
            .collect();
        let settings = recipe
            .domains
            .iter()
            .enumerate()
            .flat_map(|(d, dom)| {
                (0..dom.contexts.len())
                    .flat_map(move |c| (0..dom.entities.len()).map(move |e| (d, c, e)))
            })
            .collect();
        let edge_requests = dictionary
            .patterns
            .iter()
            .map(|p| {
                recipe
                    .edge_cases
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| p.states.contains_key(&e.id))
                    .flat_map(|(i, e)| (0..e.requests.len()).map(move |r| (i, r)))
                    .collect()
            })
            .collect();
        Ok(Catalog {
            dictionary,
            recipe,
            surfaces,
            variant_counts,
            subjects,
            settings,
            edge_requests,
            composition_patterns,
        })
    }
}
