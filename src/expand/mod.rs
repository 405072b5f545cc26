//! Expansion: the axes of each family and the decoding of a work item's axis
//! digits into an [`Item`], the choices a template context is built from.
//! One file per family; each says which strata it has, the size of each
//! axis, and what a digit vector means.

mod base;
mod composition;
mod contextual;
mod domain;
mod edge_case;

use crate::catalog::{Catalog, Surface};
use crate::plan::Space;
use crate::recipe::Family;

/// Which vocabulary an item uses: the recipe's generic one or a domain's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vocabulary {
    /// Index into the recipe's domains, or `None` for `generic`.
    pub domain: Option<usize>,
    /// Index into that domain's entities.
    pub entity: usize,
}

/// Everything chosen for one work item; rendering it is deterministic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The family.
    pub family: Family,
    /// The stratum's pattern, or the composition's first pattern.
    pub pattern: usize,
    /// For the composition family: (composition, phrase).
    pub composition: Option<(usize, usize)>,
    /// How the request names the pattern (not for compositions).
    pub surface: Option<Surface>,
    /// Index into the recipe's phrasings.
    pub phrasing: usize,
    /// Domain and entity.
    pub vocabulary: Vocabulary,
    /// Index into the domain's contexts (contextual family).
    pub context: Option<usize>,
    /// (edge case, request clause) for the edge-case family.
    pub edge: Option<(usize, usize)>,
    /// Index into the pattern's variant combinations.
    pub variant: u64,
}

impl Item {
    /// A single-pattern item named by `surface`; the other axes are unset
    /// and families fill in theirs with struct update syntax.
    fn named(
        family: Family,
        pattern: usize,
        surface: Surface,
        phrasing: usize,
        vocabulary: Vocabulary,
    ) -> Item {
        Item {
            family,
            pattern,
            composition: None,
            surface: Some(surface),
            phrasing,
            vocabulary,
            context: None,
            edge: None,
            variant: 0,
        }
    }
}

impl Space for Catalog {
    fn quotas(&self) -> Vec<(Family, u64)> {
        self.recipe.quotas().collect()
    }

    fn subjects(&self, family: Family) -> Vec<(usize, String)> {
        subjects(family, self)
    }

    fn radices(&self, family: Family, subject: usize) -> Vec<u64> {
        radices(family, self, subject)
    }
}

/// The strata of a family: (subject index, name) in plan order.
fn subjects(family: Family, catalog: &Catalog) -> Vec<(usize, String)> {
    let patterns = || {
        catalog
            .dictionary
            .patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (i, p.id.clone()))
    };
    match family {
        Family::Composition => catalog
            .recipe
            .compositions
            .iter()
            .enumerate()
            .map(|(i, c)| (i, c.id.clone()))
            .collect(),
        Family::EdgeCase => patterns()
            .filter(|(i, _)| !catalog.edge_requests[*i].is_empty())
            .collect(),
        Family::Base | Family::Contextual | Family::Domain => patterns().collect(),
    }
}

/// The size of each axis of a stratum, least significant first.
fn radices(family: Family, catalog: &Catalog, subject: usize) -> Vec<u64> {
    match family {
        Family::Base => base::radices(catalog, subject),
        Family::Contextual => contextual::radices(catalog, subject),
        Family::Composition => composition::radices(catalog, subject),
        Family::EdgeCase => edge_case::radices(catalog, subject),
        Family::Domain => domain::radices(catalog, subject),
    }
}

/// The item at the given axis digits of a stratum.
pub fn item(family: Family, catalog: &Catalog, subject: usize, digits: &[u64]) -> Item {
    match family {
        Family::Base => base::item(catalog, subject, digits),
        Family::Contextual => contextual::item(catalog, subject, digits),
        Family::Composition => composition::item(catalog, subject, digits),
        Family::EdgeCase => edge_case::item(catalog, subject, digits),
        Family::Domain => domain::item(catalog, subject, digits),
    }
}

fn len(n: usize) -> u64 {
    n as u64
}

fn at(digit: u64) -> usize {
    usize::try_from(digit).expect("a digit is below its radix, which came from a usize length")
}
