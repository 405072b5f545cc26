//! Token-length histograms: examples counted in bins of equal width. Every
//! family of a dataset is binned the same way, so their bars line up in the
//! terminal and in the plot.

use serde::Serialize;

/// At most this many bins: readable in a terminal, enough to see a shape.
const MAX_BINS: u32 = 20;

/// Examples per token-length bin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Histogram {
    /// The first bin's lowest count.
    pub start: u32,
    /// Counts per bin: bin `i` holds `start + i × width` up to, not
    /// including, `start + (i + 1) × width`.
    pub width: u32,
    /// Examples in each bin.
    pub counts: Vec<u64>,
}

impl Histogram {
    /// Empty bins that cover `min..=max`: the narrowest width of 1, 2 or 5
    /// times a power of ten that needs at most 20 bins, starting
    /// at a multiple of the width.
    pub fn covering(min: u32, max: u32) -> Histogram {
        let mut width: u64 = 1;
        let bins = |w: u64| u64::from(max) / w - u64::from(min) / w + 1;
        'search: for scale in std::iter::successors(Some(1u64), |s| s.checked_mul(10)) {
            for step in [1, 2, 5] {
                width = step * scale;
                if bins(width) <= u64::from(MAX_BINS) {
                    break 'search;
                }
            }
        }
        let start = u64::from(min) / width * width;
        Histogram {
            start: start as u32,
            width: width.min(u64::from(u32::MAX)) as u32,
            counts: vec![0; bins(width) as usize],
        }
    }

    /// Counts `tokens` into bins laid out like `self`.
    pub fn with(&self, tokens: &[u32]) -> Histogram {
        let mut h = Histogram {
            counts: vec![0; self.counts.len()],
            ..*self
        };
        let last = h.counts.len() - 1;
        for &t in tokens {
            let bin = (t.saturating_sub(h.start) / h.width) as usize;
            h.counts[bin.min(last)] += 1;
        }
        h
    }

    /// The lowest and highest count bin `i` holds.
    pub fn range(&self, i: usize) -> (u64, u64) {
        let low = u64::from(self.start) + i as u64 * u64::from(self.width);
        (low, low + u64::from(self.width) - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bins_are_round_and_at_most_twenty() {
        let cases = [
            (5, 5, 5, 1, 1),
            (0, 19, 0, 1, 20),
            (0, 20, 0, 2, 11),
            (1234, 5678, 1000, 500, 10),
            (2990, 3010, 2990, 2, 11),
            (0, u32::MAX, 0, 500_000_000, 9),
        ];
        for (min, max, start, width, bins) in cases {
            let h = Histogram::covering(min, max);
            assert_eq!(
                (h.start, h.width, h.counts.len()),
                (start, width, bins),
                "{min}..={max}"
            );
        }
    }

    #[test]
    fn every_count_lands_in_the_bin_that_covers_it() {
        let layout = Histogram::covering(1234, 5678);
        let h = layout.with(&[1234, 1499, 1500, 5678]);
        assert_eq!(h.counts, [2, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(h.range(0), (1000, 1499));
        assert_eq!(h.range(9), (5500, 5999));
    }
}
