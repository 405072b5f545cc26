//! Domain family: a pattern built from one domain entity's vocabulary (its
//! fields, rows, actions and statuses), with one combination of variants.

use super::{Item, Vocabulary, at, len};
use crate::catalog::Catalog;
use crate::recipe::Family;

pub(super) fn radices(catalog: &Catalog, pattern: usize) -> Vec<u64> {
    vec![
        len(catalog.subjects.len()),
        len(catalog.surfaces[pattern].len()),
        len(catalog.recipe.phrasings.len()),
        catalog.variant_counts[pattern],
    ]
}

pub(super) fn item(catalog: &Catalog, pattern: usize, d: &[u64]) -> Item {
    let (domain, entity) = catalog.subjects[at(d[0])];
    let vocabulary = Vocabulary {
        domain: Some(domain),
        entity,
    };
    let surface = catalog.surfaces[pattern][at(d[1])];
    Item {
        variant: d[3],
        ..Item::named(Family::Domain, pattern, surface, at(d[2]), vocabulary)
    }
}
