//! Contextual family: a pattern placed in one of a domain's contexts ("for
//! the checkout of my shop"), about one of that domain's entities.

use super::{Item, Vocabulary, at, len};
use crate::catalog::Catalog;
use crate::recipe::Family;

pub(super) fn radices(catalog: &Catalog, pattern: usize) -> Vec<u64> {
    vec![
        len(catalog.settings.len()),
        len(catalog.surfaces[pattern].len()),
        len(catalog.recipe.phrasings.len()),
        catalog.variant_counts[pattern],
    ]
}

pub(super) fn item(catalog: &Catalog, pattern: usize, d: &[u64]) -> Item {
    let (domain, context, entity) = catalog.settings[at(d[0])];
    let vocabulary = Vocabulary {
        domain: Some(domain),
        entity,
    };
    let surface = catalog.surfaces[pattern][at(d[1])];
    Item {
        context: Some(context),
        variant: d[3],
        ..Item::named(Family::Contextual, pattern, surface, at(d[2]), vocabulary)
    }
}
