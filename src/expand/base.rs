//! Base family: a pattern named by one of its phrases or aliases, in one
//! phrasing, with an everyday entity from the recipe's `generic` vocabulary
//! and one combination of the pattern's variants.

use super::{Item, Vocabulary, at, len};
use crate::catalog::Catalog;
use crate::recipe::Family;

pub(super) fn radices(catalog: &Catalog, pattern: usize) -> Vec<u64> {
    vec![
        len(catalog.surfaces[pattern].len()),
        len(catalog.recipe.phrasings.len()),
        len(catalog.recipe.generic.entities.len()),
        catalog.variant_counts[pattern],
    ]
}

pub(super) fn item(catalog: &Catalog, pattern: usize, d: &[u64]) -> Item {
    let vocabulary = Vocabulary {
        domain: None,
        entity: at(d[2]),
    };
    let surface = catalog.surfaces[pattern][at(d[0])];
    Item {
        variant: d[3],
        ..Item::named(Family::Base, pattern, surface, at(d[1]), vocabulary)
    }
}
