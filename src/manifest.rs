//! The manifest: what a dataset directory holds and how it was made. It is
//! written last, so a directory with a manifest is complete. It has no
//! timestamps: the same inputs give a byte-identical manifest.

use std::path::Path;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::dictionary::Schema;
use crate::error::Error;
use crate::recipe::Format;
use crate::shard::ShardInfo;

/// File name of the manifest inside an output directory.
pub const FILE_NAME: &str = "manifest.json";

/// Contents of `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// `synthforge`.
    pub generator: String,
    /// The generator's version.
    pub version: String,
    /// Line format of the shards.
    pub format: Format,
    /// The seed used.
    pub seed: u64,
    /// Lines in all shards.
    pub total_examples: u64,
    /// Rendered items dropped because an earlier item had the same messages.
    pub duplicates_dropped: u64,
    /// Dictionary file name (or `<embedded>/…`).
    pub dictionary: String,
    /// blake3 of the dictionary file.
    pub dictionary_blake3: String,
    /// The dictionary's schema when it is not synthforge's own.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub schema: Option<Schema>,
    /// Recipe file name (or `<embedded>/…`).
    pub recipe: String,
    /// blake3 of the recipe file.
    pub recipe_blake3: String,
    /// The templates directory whose files replaced built-in templates
    /// (absent when all are built in).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub templates: Option<String>,
    /// blake3 over the templates' names and texts.
    pub templates_blake3: String,
    /// `--total`, when given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub total: Option<u64>,
    /// Lines per shard.
    pub shard_lines: u64,
    /// Examples per family.
    pub families: IndexMap<String, u64>,
    /// Per family: requested, produced and the size of its distinct space.
    pub quotas: IndexMap<String, FamilyReport>,
    /// Examples per pattern, composition, category, domain and edge case.
    pub counts: Counts,
    /// The shard files, in order.
    pub shards: Vec<ShardInfo>,
}

/// How a family's quota went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyReport {
    /// The quota after scaling.
    pub requested: u64,
    /// Distinct examples written.
    pub produced: u64,
    /// Number of distinct work items the family could draw.
    pub distinct_space: u64,
    /// Items of this family dropped as duplicates.
    pub duplicates_dropped: u64,
}

/// Breakdowns of the written examples.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// By pattern id (composition examples count under each of their patterns).
    pub patterns: IndexMap<String, u64>,
    /// By composition id.
    pub compositions: IndexMap<String, u64>,
    /// By category id.
    pub categories: IndexMap<String, u64>,
    /// By domain id (`generic` for the base family).
    pub domains: IndexMap<String, u64>,
    /// By edge-case id.
    pub edge_cases: IndexMap<String, u64>,
}

impl Manifest {
    /// Writes the manifest into `dir` (temporary file, then rename).
    pub fn write(&self, dir: &Path) -> Result<(), Error> {
        let tmp = dir.join(".manifest.json.partial");
        let mut text = serde_json::to_vec_pretty(self).expect("a manifest serializes");
        text.push(b'\n');
        std::fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
        let path = dir.join(FILE_NAME);
        std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))
    }

    /// Reads a manifest from a dataset directory.
    pub fn read(dir: &Path) -> Result<Manifest, Error> {
        crate::source::Source::read(&dir.join(FILE_NAME))?.parse_json()
    }
}
