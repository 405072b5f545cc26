//! What a fine-tuning job on the dataset would train and bill, by the rule
//! of OpenAI's cookbook ("Data preparation and analysis for chat model
//! fine-tuning"):
//!
//! - epochs: 3, unless that makes fewer than 100 or more than 25,000
//!   example-passes; then as many as reach 100 (at most 25) or as few as
//!   stay under 25,000 (at least 1), in whole epochs, rounding down;
//! - billed tokens: epochs × the sum over examples of each example's
//!   tokens, capped at 16,385 per example as the cookbook caps them (its
//!   `MAX_TOKENS_PER_EXAMPLE`); the uncapped sum is given too, because
//!   today's models train on longer examples and bill every token;
//! - cost: billed tokens × the price per million.

use serde::Serialize;

/// The epochs the cookbook aims for.
pub const TARGET_EPOCHS: u64 = 3;
/// Example-passes the default epochs reach at least...
pub const MIN_TARGET_EXAMPLES: u64 = 100;
/// ... and at most.
pub const MAX_TARGET_EXAMPLES: u64 = 25_000;
/// The fewest default epochs.
pub const MIN_DEFAULT_EPOCHS: u64 = 1;
/// The most default epochs.
pub const MAX_DEFAULT_EPOCHS: u64 = 25;
/// The cookbook's cap on the tokens billed per example.
pub const MAX_TOKENS_PER_EXAMPLE: u64 = 16_385;

/// The epochs a job on `examples` examples runs by default.
pub fn default_epochs(examples: u64) -> u64 {
    if examples * TARGET_EPOCHS < MIN_TARGET_EXAMPLES {
        // An empty dataset trains nothing; any epoch count bills 0.
        MIN_TARGET_EXAMPLES
            .checked_div(examples)
            .map_or(TARGET_EPOCHS, |e| e.min(MAX_DEFAULT_EPOCHS))
    } else if examples * TARGET_EPOCHS > MAX_TARGET_EXAMPLES {
        (MAX_TARGET_EXAMPLES / examples).max(MIN_DEFAULT_EPOCHS)
    } else {
        TARGET_EPOCHS
    }
}

/// A training price and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Price {
    /// USD per 1M training tokens.
    pub per_mtok: f64,
    /// `--price-per-mtok`, or the price table with its date.
    pub source: String,
}

/// Epochs, billed tokens and cost of one job.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Training {
    /// Passes over the dataset.
    pub epochs: u64,
    /// Whether `epochs` was given (`--epochs`) rather than the default.
    pub epochs_given: bool,
    /// The cap on each example's billed tokens.
    pub per_example_cap: u64,
    /// Epochs × the examples' tokens, each capped.
    pub billed_tokens: u64,
    /// Epochs × the examples' tokens.
    pub billed_tokens_uncapped: u64,
    /// The price, when one is known.
    pub price: Option<Price>,
    /// USD for `billed_tokens`, when the price is known.
    pub cost: Option<f64>,
    /// USD for `billed_tokens_uncapped`, when the price is known.
    pub cost_uncapped: Option<f64>,
}

impl Training {
    /// A job over examples whose tokens sum to `capped` (each capped at
    /// [`MAX_TOKENS_PER_EXAMPLE`]) and `uncapped`.
    pub fn new(
        examples: u64,
        capped: u64,
        uncapped: u64,
        epochs: Option<u64>,
        price: Option<Price>,
    ) -> Training {
        let n = epochs.unwrap_or_else(|| default_epochs(examples));
        let (billed, billed_uncapped) = (n * capped, n * uncapped);
        let cost = |tokens: u64| price.as_ref().map(|p| tokens as f64 / 1e6 * p.per_mtok);
        Training {
            epochs: n,
            epochs_given: epochs.is_some(),
            per_example_cap: MAX_TOKENS_PER_EXAMPLE,
            billed_tokens: billed,
            billed_tokens_uncapped: billed_uncapped,
            cost: cost(billed),
            cost_uncapped: cost(billed_uncapped),
            price,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epochs_billed_tokens_and_cost_follow_the_cookbook() {
        // n examples of 20,000 tokens each, at gpt-4o-mini's $3.00 per 1M:
        // billed = epochs × n × 16,385 (capped) or × 20,000 (uncapped).
        let cases = [
            // n, epochs, billed capped, uncapped, cost capped, uncapped
            (5, 20, 1_638_500, 2_000_000, 4.9155, 6.0), // 15 < 100: 100 / 5
            (50, 3, 2_457_750, 3_000_000, 7.37325, 9.0),
            (1_000, 3, 49_155_000, 60_000_000, 147.465, 180.0),
            (20_000, 1, 327_700_000, 400_000_000, 983.1, 1_200.0), // 25,000 / 20,000
            (100_000, 1, 1_638_500_000, 2_000_000_000, 4_915.5, 6_000.0), // at least 1
        ];
        for (n, epochs, capped, uncapped, cost, cost_uncapped) in cases {
            let price = Price {
                per_mtok: 3.0,
                source: "test".into(),
            };
            let t = Training::new(n, n * 16_385, n * 20_000, None, Some(price));
            assert_eq!(
                (t.epochs, t.billed_tokens, t.billed_tokens_uncapped),
                (epochs, capped, uncapped),
                "n = {n}"
            );
            let (got, got_uncapped) = (t.cost.unwrap(), t.cost_uncapped.unwrap());
            assert!((got - cost).abs() < 1e-6, "n = {n}: ${got}");
            assert!(
                (got_uncapped - cost_uncapped).abs() < 1e-6,
                "n = {n}: ${got_uncapped}"
            );
        }
    }

    #[test]
    fn default_epochs_at_the_edges() {
        let cases = [
            (0, 3),
            (1, 25),
            (3, 25),
            (4, 25),
            (5, 20),
            (33, 3),
            (34, 3),
            (8_333, 3),
            (8_334, 2),
            (12_500, 2),
            (12_501, 1),
            (25_001, 1),
        ];
        for (n, epochs) in cases {
            assert_eq!(default_epochs(n), epochs, "n = {n}");
        }
    }

    #[test]
    fn given_epochs_win_and_no_price_means_no_cost() {
        let t = Training::new(5, 100, 100, Some(2), None);
        assert_eq!((t.epochs, t.epochs_given, t.billed_tokens), (2, true, 200));
        assert_eq!((t.cost, t.cost_uncapped), (None, None));
    }
}
