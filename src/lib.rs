//! synthforge turns an intent dictionary of UI patterns and a recipe into a
//! deduplicated fine-tuning dataset, deterministically and in parallel.
//!
//! The data flow, one module per stage:
//!
//! ```text
//! dictionary + recipe ─► catalog ─► plan (strata, quotas, permutations)
//!   ─► expand (work item → Item) ─► render (Item → Example, minijinja)
//!   ─► dedup (blake3 key) ─► format (JSONL line) ─► shard + manifest
//! ```
//!
//! `generate` wires them together; `inputs` loads files or the embedded
//! defaults (a dictionary in synthforge's schema or MyContext's, whose
//! placeholders `slots` fills); `verify` checks a dataset against its manifest and, by
//! generating it again, against its inputs.
//!
//! Datasets a user brings are read through `dataset` (files, the shared
//! line reader, format detection): `validate` checks them; `stats` counts
//! their tokens (`tokens`, for the models of `model`) and what training on
//! them costs; `convert` turns them into another line format through a
//! `conversation`, and `split` divides them into train and validation, both
//! writing shards and a manifest the way `generate` does and refusing lines
//! (`refusal`) rather than losing them. `prepare` runs them in one step:
//! validate, split, convert into OpenAI and Mistral, stats.
//!
//! ```no_run
//! use synthforge::{generate, inputs, progress};
//!
//! let inputs = inputs::Inputs::load(&inputs::InputPaths::default())?;
//! let options = generate::Options { out: "out".into(), ..Default::default() };
//! let summary = generate::generate(&inputs, &options, &progress::Silent)?;
//! assert_eq!(summary.manifest.total_examples, 10_000);
//! # Ok::<(), synthforge::error::Error>(())
//! ```
#![deny(missing_docs)]

pub mod card;
pub mod catalog;
pub mod check;
pub mod conversation;
pub mod convert;
pub mod dataset;
pub mod dedup;
pub mod dictionary;
pub mod error;
pub mod expand;
pub mod format;
pub mod generate;
pub mod inputs;
pub mod manifest;
pub mod model;
pub mod output;
pub mod plan;
pub mod pool;
pub mod prepare;
pub mod progress;
pub mod recipe;
pub mod refusal;
pub mod render;
pub mod shard;
pub mod slots;
pub mod source;
pub mod split;
pub mod stats;
pub mod tokens;
pub mod tutor;
pub mod validate;
pub mod verify;
