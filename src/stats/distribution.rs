//! The shape of a list of token counts: min, max, mean and exact
//! percentiles, from all the counts rather than a sketch of them.
//!
//! Percentiles interpolate linearly between the two nearest ranks, as
//! numpy's `quantile` does by default: the `q` percentile of `n` sorted
//! counts is at rank `q × (n − 1)`. The median is the 50th percentile.

use serde::Serialize;

/// Token counts per example, summarized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    /// How many examples.
    pub examples: u64,
    /// Their tokens together.
    pub total: u64,
    /// The smallest count.
    pub min: u32,
    /// The 5th percentile.
    pub p5: f64,
    /// The 50th percentile.
    pub median: f64,
    /// The mean.
    pub mean: f64,
    /// The 95th percentile.
    pub p95: f64,
    /// The largest count.
    pub max: u32,
}

impl Distribution {
    /// Summarizes `sorted` (ascending); `None` when it is empty.
    pub fn of(sorted: &[u32]) -> Option<Distribution> {
        debug_assert!(sorted.is_sorted());
        let (&min, &max) = (sorted.first()?, sorted.last()?);
        let total: u64 = sorted.iter().map(|&t| u64::from(t)).sum();
        Some(Distribution {
            examples: sorted.len() as u64,
            total,
            min,
            p5: percentile(sorted, 5),
            median: percentile(sorted, 50),
            mean: total as f64 / sorted.len() as f64,
            p95: percentile(sorted, 95),
            max,
        })
    }
}

/// The `p`th percentile of a non-empty ascending list.
fn percentile(sorted: &[u32], p: u32) -> f64 {
    let rank = (sorted.len() - 1) as f64 * f64::from(p) / 100.0;
    let below = rank.floor() as usize;
    let above = (below + 1).min(sorted.len() - 1);
    let (a, b) = (f64::from(sorted[below]), f64::from(sorted[above]));
    a + (b - a) * (rank - below as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_ranks_like_numpy() {
        // numpy.quantile([...], [0.05, 0.5, 0.95]) for each list.
        let cases: [(&[u32], [f64; 3]); 4] = [
            (&[7], [7.0, 7.0, 7.0]),
            (&[1, 2], [1.05, 1.5, 1.95]),
            (&[10, 20, 30, 40, 50], [12.0, 30.0, 48.0]),
            (&(1..=100).collect::<Vec<u32>>(), [5.95, 50.5, 95.05]),
        ];
        for (sorted, [p5, median, p95]) in cases {
            let d = Distribution::of(sorted).unwrap();
            for (got, want) in [(d.p5, p5), (d.median, median), (d.p95, p95)] {
                assert!((got - want).abs() < 1e-9, "{sorted:?}: {got} != {want}");
            }
            assert_eq!((d.min, d.max), (sorted[0], *sorted.last().unwrap()));
        }
        assert_eq!(Distribution::of(&[]), None);
    }

    #[test]
    fn totals_do_not_overflow() {
        let d = Distribution::of(&[u32::MAX, u32::MAX]).unwrap();
        assert_eq!(d.total, 2 * u64::from(u32::MAX));
        assert_eq!(d.mean, f64::from(u32::MAX));
    }
}
