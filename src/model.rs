//! The models a dataset is counted and priced for: which encoding each one
//! tokenizes with, how many tokens one training example may hold, and what a
//! million training tokens cost.
//!
//! The table is data, `data/models.json`, embedded in the binary so that
//! nothing is fetched at run time. Its prices and limits carry their date
//! and source beside them; change the numbers and the date together. A
//! dated snapshot name (`gpt-4o-mini-2024-07-18`, `gpt-4-0613`) means the
//! model it is a snapshot of. Counting itself is [`crate::tokens`].

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::tokens::Encoding;

/// The model `stats` and `validate` count for when none is named.
pub const DEFAULT: &str = "gpt-4o-mini";

/// The embedded table, as written in `data/models.json`.
const TABLE: &str = include_str!("../data/models.json");

/// A model that can be fine-tuned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Its name, e.g. `gpt-4o-mini`.
    pub model: String,
    /// The encoding its tokenizer uses.
    pub encoding: Encoding,
    /// The most tokens one training example may hold.
    pub example_limit: u32,
    /// USD per 1M training tokens; `None` when the table has no price.
    pub training_per_mtok: Option<f64>,
}

/// Where a number of the table comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// When the numbers were true, e.g. `2026-11`.
    pub as_of: String,
    /// What the numbers measure.
    pub unit: String,
    /// Where they come from and how far they were checked.
    pub source: String,
}

/// `data/models.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// Date and source of `training_per_mtok`.
    pub training_prices: Provenance,
    /// Source of `example_limit`.
    pub example_limits: Provenance,
    /// Every model, by name.
    pub models: Vec<Model>,
}

static PARSED: LazyLock<Table> = LazyLock::new(|| {
    serde_json::from_str(TABLE).expect("data/models.json parses (a unit test checks it)")
});

impl Table {
    /// The embedded table.
    pub fn embedded() -> &'static Table {
        &PARSED
    }

    /// The model called `name`, or the model `name` is a dated snapshot of.
    pub fn find(&self, name: &str) -> Result<&Model, Error> {
        let snapshot_of = |model: &str| {
            name.strip_prefix(model).is_some_and(|rest| {
                rest.is_empty()
                    || rest.strip_prefix('-').is_some_and(|date| {
                        !date.is_empty() && date.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                    })
            })
        };
        self.models
            .iter()
            .filter(|m| snapshot_of(&m.model))
            .max_by_key(|m| m.model.len())
            .ok_or_else(|| Error::Option {
                option: "--model",
                message: format!(
                    "unknown model `{name}`; synthforge knows {} (and their dated snapshots, e.g. gpt-4o-mini-2024-07-18)",
                    self.models
                        .iter()
                        .map(|m| m.model.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_parses_and_dates_its_prices() {
        let table = Table::embedded();
        assert_eq!(table.training_prices.as_of, "2026-11");
        let price = |name: &str| table.find(name).unwrap().training_per_mtok;
        assert_eq!(price("gpt-4o-mini"), Some(3.0));
        assert_eq!(price("gpt-4o"), Some(25.0));
        assert_eq!(price("gpt-3.5-turbo"), Some(8.0));
        assert!(table.find(DEFAULT).is_ok());
    }

    #[test]
    fn a_snapshot_name_means_its_model_and_the_gpt_4o_family_uses_o200k() {
        let table = Table::embedded();
        for (name, model, encoding) in [
            ("gpt-4o-mini", "gpt-4o-mini", Encoding::O200kBase),
            ("gpt-4o-mini-2024-07-18", "gpt-4o-mini", Encoding::O200kBase),
            ("gpt-4o-2024-08-06", "gpt-4o", Encoding::O200kBase),
            ("gpt-4.1-2025-04-14", "gpt-4.1", Encoding::O200kBase),
            ("gpt-4.1-mini", "gpt-4.1-mini", Encoding::O200kBase),
            (
                "gpt-4.1-nano-2025-04-14",
                "gpt-4.1-nano",
                Encoding::O200kBase,
            ),
            ("gpt-3.5-turbo-0125", "gpt-3.5-turbo", Encoding::Cl100kBase),
            ("gpt-4-0613", "gpt-4", Encoding::Cl100kBase),
        ] {
            let found = table.find(name).unwrap();
            assert_eq!(
                (found.model.as_str(), found.encoding),
                (model, encoding),
                "{name}"
            );
        }
        for name in ["gpt-4-turbo", "gpt-4o-", "gpt-5", "claude", ""] {
            let err = table.find(name).unwrap_err().to_string();
            assert!(err.contains(&format!("unknown model `{name}`")), "{err}");
        }
    }
}
