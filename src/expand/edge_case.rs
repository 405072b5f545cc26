//! Edge-case family: a pattern in one of the interaction states it lists
//! (error, loading, empty, …), asked for with one of the recipe's clauses
//! for that state, about one domain entity.

use super::{Item, Vocabulary, at, len};
use crate::catalog::Catalog;
use crate::recipe::Family;

pub(super) fn radices(catalog: &Catalog, pattern: usize) -> Vec<u64> {
    vec![
        len(catalog.edge_requests[pattern].len()),
        len(catalog.subjects.len()),
        len(catalog.surfaces[pattern].len()),
        len(catalog.recipe.phrasings.len()),
    ]
}

pub(super) fn item(catalog: &Catalog, pattern: usize, d: &[u64]) -> Item {
    let (domain, entity) = catalog.subjects[at(d[1])];
    let vocabulary = Vocabulary {
        domain: Some(domain),
        entity,
    };
    let surface = catalog.surfaces[pattern][at(d[2])];
    let edge = catalog.edge_requests[pattern][at(d[0])];
    Item {
        edge: Some(edge),
        ..Item::named(Family::EdgeCase, pattern, surface, at(d[3]), vocabulary)
    }
}
