//! Composition family: a page that combines several patterns, asked for by
//! one of the composition's phrases, about one domain entity. The parts use
//! their patterns' first variant combination.

use super::{Item, Vocabulary, at, len};
use crate::catalog::Catalog;
use crate::recipe::Family;

pub(super) fn radices(catalog: &Catalog, composition: usize) -> Vec<u64> {
    vec![
        len(catalog.subjects.len()),
        len(catalog.recipe.compositions[composition].phrases.len()),
        len(catalog.recipe.phrasings.len()),
    ]
}

pub(super) fn item(catalog: &Catalog, composition: usize, d: &[u64]) -> Item {
    let (domain, entity) = catalog.subjects[at(d[0])];
    Item {
        family: Family::Composition,
        pattern: catalog.composition_patterns[composition][0],
        composition: Some((composition, at(d[1]))),
        surface: None,
        phrasing: at(d[2]),
        vocabulary: Vocabulary {
            domain: Some(domain),
            entity,
        },
        context: None,
        edge: None,
        variant: 0,
    }
}
