//! What `stats` found, as data: the CLI prints it as text or JSON and
//! [`plot`](super::plot) draws it.

use serde::Serialize;

use super::distribution::Distribution;
use super::family::Source;
use super::histogram::Histogram;
use super::training::Training;
use crate::dataset::Format;
use crate::model::Model;
use crate::tokens::Role;
use crate::validate::Location;

/// The statistics of a dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The files read, in order.
    pub files: Vec<String>,
    /// Bytes in all files.
    pub bytes: u64,
    /// Lines read, blank ones included.
    pub lines: u64,
    /// The format the lines were read as.
    pub format: Format,
    /// Whether the format was detected from the first lines.
    pub detected: bool,
    /// The model the tokens are counted and priced for.
    pub model: Model,
    /// Lines counted as examples.
    pub examples: u64,
    /// Lines that could not be counted.
    pub skipped: Skipped,
    /// Messages (io, Alpaca: 2 per example; ShareGPT: turns).
    pub messages: Messages,
    /// Per role: its messages and their content tokens.
    pub roles: Vec<RoleStats>,
    /// Tokens per example, over all examples; `None` when there are none.
    pub tokens: Option<Distribution>,
    /// Tokens per example binned; every family uses the same bins.
    pub histogram: Option<Histogram>,
    /// Where the families come from.
    pub families_from: Source,
    /// Per family, in the order they first appear; empty when the dataset
    /// has none.
    pub families: Vec<FamilyStats>,
    /// Examples over the model's limit per training example.
    pub over_limit: OverLimit,
    /// Epochs, billed tokens and cost.
    pub training: Training,
}

/// Lines that are not examples of the format.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    /// How many.
    pub count: u64,
    /// The first ones, with why.
    pub first: Vec<SkippedLine>,
}

/// A line that could not be counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkippedLine {
    /// Where.
    #[serde(flatten)]
    pub location: Location,
    /// Why, in a few words (`validate` says more).
    pub reason: &'static str,
}

/// Messages per example.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Messages {
    /// All messages.
    pub total: u64,
    /// The fewest in one example.
    pub min: u64,
    /// The mean per example.
    pub mean: f64,
    /// The most in one example.
    pub max: u64,
}

/// One role's messages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleStats {
    /// The role.
    pub role: Role,
    /// Its messages.
    pub messages: u64,
    /// The tokens of their content (no overheads).
    pub tokens: u64,
    /// The fewest content tokens in one message.
    pub min: u64,
    /// The mean content tokens per message.
    pub mean: f64,
    /// The most content tokens in one message.
    pub max: u64,
}

/// One family's examples.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FamilyStats {
    /// The family's name.
    pub family: String,
    /// Tokens per example.
    pub tokens: Distribution,
    /// Tokens per example binned like the dataset's histogram.
    pub histogram: Histogram,
}

/// Examples with more tokens than the model takes in one training example.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverLimit {
    /// The model's limit.
    pub limit: u32,
    /// How many examples exceed it.
    pub count: u64,
    /// The first ones.
    pub first: Vec<LongLine>,
}

/// An example over the limit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LongLine {
    /// Where.
    #[serde(flatten)]
    pub location: Location,
    /// Its tokens.
    pub tokens: u64,
}
