//! The plan: which work items make the dataset, before anything is rendered.
//!
//! Each family's quota is spread evenly over its strata (one per pattern, or
//! one per composition for the composition family). A stratum's space is the
//! mixed-radix product of its axes; its items are drawn in the order of a
//! seeded [`Permutation`] of that space, so work item `k` of a stratum is a
//! pure function of (seed, family, stratum, k). Planning does no I/O.

mod permutation;

use std::fmt::Write as _;

pub use permutation::Permutation;

use crate::recipe::Family;

/// Domain separation for the permutation keys; changing it changes every dataset.
const KEY_CONTEXT: &str = "synthforge 2026-11 plan permutation v1";

/// What a plan draws from: a dataset kind's families, the strata of each
/// and the axes of each stratum. The UI catalog and the CodeTutor catalog
/// implement it; the plan knows nothing else about them.
pub trait Space {
    /// The recipe's families and quotas, in plan order.
    fn quotas(&self) -> Vec<(Family, u64)>;
    /// The strata of a family: (subject index, name) in plan order.
    fn subjects(&self, family: Family) -> Vec<(usize, String)>;
    /// The size of each axis of a stratum, least significant first.
    fn radices(&self, family: Family, subject: usize) -> Vec<u64>;
}

/// A pattern (or composition) within a family: its quota and its space.
#[derive(Debug, Clone)]
pub struct Stratum {
    /// The family.
    pub family: Family,
    /// Pattern index, or composition index for the composition family.
    pub subject: usize,
    /// Pattern or composition id.
    pub name: String,
    /// Distinct examples wanted.
    pub quota: u64,
    /// The size of each axis; the space is their product.
    pub radices: Vec<u64>,
    /// How many distinct work items exist.
    pub space: u64,
    /// The draw order over the space.
    pub permutation: Permutation,
}

impl Stratum {
    /// The axis digits of the `k`-th draw (least significant axis first).
    pub fn digits(&self, k: u64, digits: &mut Vec<u64>) {
        let mut index = self.permutation.at(k);
        digits.clear();
        for &radix in &self.radices {
            digits.push(index % radix);
            index /= radix;
        }
    }
}

/// One family's part of the plan.
#[derive(Debug, Clone)]
pub struct FamilyPlan {
    /// The family.
    pub family: Family,
    /// The quota after `--total` scaling.
    pub requested: u64,
    /// Indices into [`Plan::strata`].
    pub strata: std::ops::Range<usize>,
}

/// All strata of all families, in plan order.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The seed every permutation derives from.
    pub seed: u64,
    /// Families in recipe order.
    pub families: Vec<FamilyPlan>,
    /// Strata in plan order.
    pub strata: Vec<Stratum>,
}

/// A family whose quota could not be met with distinct examples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortfall {
    /// The family.
    pub family: Family,
    /// The quota.
    pub requested: u64,
    /// Distinct examples actually produced.
    pub produced: u64,
    /// The size of the family's space.
    pub space: u64,
}

impl Shortfall {
    /// The message shown when a run falls short.
    pub fn report(rows: &[Shortfall]) -> String {
        let mut s = String::from("some quotas cannot be met with distinct examples:\n");
        for r in rows {
            let _ = writeln!(
                s,
                "  {:<12} requested {:>10}  reachable {:>10}  (distinct space {})",
                r.family.name(),
                r.requested,
                r.produced,
                r.space
            );
        }
        s.push_str("lower the quota (or --total), add phrasings, aliases, domains or variants to grow the space, or pass --allow-shortfall to write what is reachable");
        s
    }
}

impl Plan {
    /// Plans the recipe's families. `total` scales all quotas proportionally
    /// so that they sum to exactly `total`.
    pub fn new(space: &dyn Space, seed: u64, total: Option<u64>) -> Plan {
        let quotas = space.quotas();
        let quotas = match total {
            Some(total) => scale(&quotas, total),
            None => quotas,
        };
        let mut strata = Vec::new();
        let mut families = Vec::new();
        for (family, requested) in quotas {
            let subjects = space.subjects(family);
            let start = strata.len();
            let n = subjects.len() as u64;
            for (i, (subject, name)) in subjects.into_iter().enumerate() {
                // Even spread; the first `requested % n` strata take one more.
                // (The loop only runs when there is at least one stratum.)
                let quota = requested / n + u64::from((i as u64) < requested % n);
                let radices = space.radices(family, subject);
                let space = radices
                    .iter()
                    .try_fold(1u64, |a, &r| a.checked_mul(r))
                    .unwrap_or(u64::MAX);
                let mut material = Vec::with_capacity(name.len() + 24);
                material.extend_from_slice(&seed.to_le_bytes());
                material.extend_from_slice(family.name().as_bytes());
                material.push(0);
                material.extend_from_slice(name.as_bytes());
                let key = blake3::derive_key(KEY_CONTEXT, &material);
                strata.push(Stratum {
                    family,
                    subject,
                    name,
                    quota,
                    radices,
                    space,
                    permutation: Permutation::new(space, key),
                });
            }
            families.push(FamilyPlan {
                family,
                requested,
                strata: start..strata.len(),
            });
        }
        Plan {
            seed,
            families,
            strata,
        }
    }

    /// Sum of all quotas.
    pub fn requested(&self) -> u64 {
        self.families.iter().map(|f| f.requested).sum()
    }

    /// The size of a family's space: the sum of its strata's spaces.
    pub fn space(&self, family: &FamilyPlan) -> u64 {
        self.strata[family.strata.clone()]
            .iter()
            .fold(0u64, |a, s| a.saturating_add(s.space))
    }

    /// Families whose strata ask for more than their spaces hold; the
    /// generator may find still fewer if distinct items render alike.
    pub fn shortfalls(&self) -> Vec<Shortfall> {
        self.families
            .iter()
            .filter_map(|f| {
                let strata = &self.strata[f.strata.clone()];
                let reachable: u64 = strata.iter().map(|s| s.quota.min(s.space)).sum();
                let unplaced = if strata.is_empty() { f.requested } else { 0 };
                (reachable < f.requested || unplaced > 0).then(|| Shortfall {
                    family: f.family,
                    requested: f.requested,
                    produced: reachable,
                    space: self.space(f),
                })
            })
            .collect()
    }
}

/// Scales quotas to sum to `total`, by largest remainder; ties go to the
/// family earlier in the recipe.
fn scale(quotas: &[(Family, u64)], total: u64) -> Vec<(Family, u64)> {
    let sum: u128 = quotas.iter().map(|(_, q)| u128::from(*q)).sum();
    if sum == 0 {
        return quotas.to_vec();
    }
    let mut scaled: Vec<(Family, u64, u128)> = quotas
        .iter()
        .map(|&(f, q)| {
            let exact = u128::from(q) * u128::from(total);
            (f, (exact / sum) as u64, exact % sum)
        })
        .collect();
    let assigned: u64 = scaled.iter().map(|s| s.1).sum();
    let mut order: Vec<usize> = (0..scaled.len()).collect();
    order.sort_by(|&a, &b| scaled[b].2.cmp(&scaled[a].2).then(a.cmp(&b)));
    for &i in order.iter().take((total - assigned) as usize) {
        scaled[i].1 += 1;
    }
    scaled.into_iter().map(|(f, q, _)| (f, q)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaling_keeps_proportions_and_the_exact_total() {
        let q = [
            (Family::Base, 1500),
            (Family::Contextual, 600),
            (Family::Composition, 100),
            (Family::EdgeCase, 200),
            (Family::Domain, 7600),
        ];
        let cases: [(u64, [u64; 5]); 4] = [
            (10_000, [1500, 600, 100, 200, 7600]),
            (1_000_000, [150_000, 60_000, 10_000, 20_000, 760_000]),
            (7, [1, 1, 0, 0, 5]),
            (101, [15, 6, 1, 2, 77]),
        ];
        for (total, want) in cases {
            let got: Vec<u64> = scale(&q, total).into_iter().map(|(_, n)| n).collect();
            assert_eq!(got, want, "total {total}");
            assert_eq!(got.iter().sum::<u64>(), total);
        }
    }
}
