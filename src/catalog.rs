//! The catalog joins a dictionary and a recipe: it checks the references
//! between them (pattern states), resolves each composition part against
//! the dictionary (the first alternative it has), and flattens the choices
//! each axis draws from, so that expanding a work item is indexing, never
//! searching.

use std::collections::HashSet;

use crate::dictionary::{Dictionary, join_sorted};
use crate::error::Error;
use crate::recipe::{CATEGORY_PREFIX, Part, Recipe};
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
            for (j, part) in c.patterns.iter().enumerate() {
                let at = format!("compositions[{i}].patterns[{j}]");
                let index = resolve(&dictionary, part, &indices).map_err(|message| {
                    recipe_source
                        .invalid(at, message.replace("{dictionary}", &dictionary_source.name))
                })?;
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

/// The pattern a composition part stands for: its first alternative that
/// the dictionary has and the composition does not already use. The error
/// says why none fits; `{dictionary}` stands for the dictionary's name.
fn resolve(dictionary: &Dictionary, part: &Part, used: &[usize]) -> Result<usize, String> {
    let alternatives = part.alternatives();
    for alternative in alternatives {
        let found = match alternative.strip_prefix(CATEGORY_PREFIX) {
            Some(category) => dictionary
                .patterns
                .iter()
                .enumerate()
                .position(|(i, p)| p.category == category && !used.contains(&i)),
            None => dictionary
                .pattern_index(alternative)
                .filter(|i| !used.contains(i)),
        };
        if let Some(index) = found {
            return Ok(index);
        }
    }
    Err(match alternatives {
        [id] if !id.starts_with(CATEGORY_PREFIX) => match dictionary.pattern_index(id) {
            Some(_) => format!("`{id}` appears twice in one composition"),
            None => format!("no pattern `{id}` in the dictionary {{dictionary}}"),
        },
        _ => format!(
            "none of {} is a pattern of the dictionary {{dictionary}} that the composition does not already use; add an alternative it has (a pattern id, or `category:<id>`)",
            alternatives
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dictionary() -> Dictionary {
        let text = include_str!("../intent-dictionary/dictionary.json");
        Dictionary::load(&Source::new("d.json", text)).expect("the default dictionary loads")
    }

    #[test]
    fn a_part_is_the_first_alternative_the_dictionary_has() {
        let d = dictionary();
        let id = |i: usize| d.patterns[i].id.clone();
        let part =
            |alternatives: &[&str]| Part::Any(alternatives.iter().map(|a| a.to_string()).collect());
        let table = d.pattern_index("data-table").unwrap();
        let cases: &[(Part, &[usize], Result<&str, &str>)] = &[
            (Part::One("data-table".into()), &[], Ok("data-table")),
            (
                part(&["sortable-grid", "data-table"]),
                &[],
                Ok("data-table"),
            ),
            (
                part(&["data-table", "pagination"]),
                &[table],
                Ok("pagination"),
            ),
            (part(&["category:data-display"]), &[table], Ok("card-grid")),
            (
                Part::One("data-table".into()),
                &[table],
                Err("appears twice"),
            ),
            (
                Part::One("sortable-grid".into()),
                &[],
                Err("no pattern `sortable-grid` in the dictionary {dictionary}"),
            ),
            (
                part(&["grid", "category:charts"]),
                &[],
                Err("none of `grid`, `category:charts`"),
            ),
        ];
        for (part, used, want) in cases {
            let got = resolve(&d, part, used).map(id);
            match want {
                Ok(want) => assert_eq!(got.as_deref(), Ok(*want), "{part:?}"),
                Err(says) => assert!(
                    got.as_ref().is_err_and(|e| e.contains(says)),
                    "{part:?}: {got:?}"
                ),
            }
        }
    }
}
