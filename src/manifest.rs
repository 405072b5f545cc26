//! The manifest: what a dataset directory holds and how it was made. It is
//! written last, so a directory with a manifest is complete. It has no
//! timestamps: the same inputs give a byte-identical manifest.
//!
//! A generated dataset's manifest ([`Manifest`]) records the dictionary,
//! recipe, templates and seed; one made from other files by `convert`,
//! `split` or `prepare` ([`Derived`]) records the command with its options (under
//! `command`) and each source file with its blake3. Both list their shards
//! and `total_examples` the same way, which is all `verify` needs to check
//! the shards; [`Recorded`] reads either.

use std::path::Path;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::convert::System;
use crate::dataset;
use crate::dictionary::Schema;
use crate::error::Error;
use crate::recipe::Format;
use crate::shard::ShardInfo;
use crate::source::Source;
use crate::split::GroupBy;

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
    /// Examples per value of each axis the dataset kind counts.
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

/// Breakdowns of the written examples: per axis (`patterns`, `domains`,
/// … for UI datasets; `topics`, `languages`, `modes`, … for CodeTutor), the
/// examples per value, in dictionary and recipe order.
pub type Counts = IndexMap<String, IndexMap<String, u64>>;

impl Manifest {
    /// Writes the manifest into `dir` (temporary file, then rename).
    pub fn write(&self, dir: &Path) -> Result<(), Error> {
        write(self, dir)
    }

    /// Reads a manifest from a dataset directory.
    pub fn read(dir: &Path) -> Result<Manifest, Error> {
        Source::read(&dir.join(FILE_NAME))?.parse_json()
    }
}

/// Writes `manifest` into `dir` as `manifest.json` (temporary file, then
/// rename), pretty-printed with a final newline.
fn write(manifest: &impl Serialize, dir: &Path) -> Result<(), Error> {
    let tmp = dir.join(".manifest.json.partial");
    let mut text = serde_json::to_vec_pretty(manifest).expect("a manifest serializes");
    text.push(b'\n');
    std::fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
    let path = dir.join(FILE_NAME);
    std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))
}

/// The manifest of a dataset made from the files of others, by `convert`,
/// `split` or `prepare`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Derived {
    /// `synthforge`.
    pub generator: String,
    /// The version that made it.
    pub version: String,
    /// The command that made it (`"command": "convert"`) and its options.
    #[serde(flatten)]
    pub command: Command,
    /// Line format of the shards.
    pub format: dataset::Format,
    /// Lines in all shards.
    pub total_examples: u64,
    /// The files read, in order, as they were named.
    pub sources: Vec<SourceFile>,
    /// Lines per shard (fewer in a split's last shard).
    pub shard_lines: u64,
    /// Examples per split (`train`, `validation`, …), by name.
    pub splits: IndexMap<String, u64>,
    /// The shard files, split by split.
    pub shards: Vec<ShardInfo>,
}

/// The command that made a [`Derived`] dataset, with what it was told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "lowercase")]
pub enum Command {
    /// `synthforge convert`; the target is the manifest's `format`.
    Convert {
        /// The format of the sources.
        from: dataset::Format,
        /// What `--system` said, when given.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        system: Option<System>,
    },
    /// `synthforge split`.
    Split {
        /// `--validation`: the fraction of examples meant for validation.
        validation: f64,
        /// `round(examples × validation)`, the size validation aims at.
        target_validation: u64,
        /// The seed of the ranking.
        seed: u64,
        /// What kept examples together.
        group_by: GroupBy,
        /// Distinct groups among the examples.
        groups: u64,
        /// Examples of validation whose normalised key is also in train.
        overlap: u64,
    },
    /// `synthforge prepare`: the sources split as `split` splits them, then
    /// converted as `convert` converts them; the target is the manifest's
    /// `format`.
    Prepare {
        /// The format of the sources.
        from: dataset::Format,
        /// What `--system` said, when given.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        system: Option<System>,
        /// `--validation`: the fraction of examples meant for validation.
        validation: f64,
        /// `round(examples × validation)`, the size validation aims at.
        target_validation: u64,
        /// The seed of the ranking.
        seed: u64,
        /// What kept examples together.
        group_by: GroupBy,
        /// Distinct groups among the examples.
        groups: u64,
        /// Examples of validation whose normalised key is also in train.
        overlap: u64,
    },
}

impl Command {
    /// The subcommand's name, as the manifest's `command` records it.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Convert { .. } => "convert",
            Command::Split { .. } => "split",
            Command::Prepare { .. } => "prepare",
        }
    }
}

/// One file a [`Derived`] dataset was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFile {
    /// The file, as it was named (directories resolved to their files).
    pub path: String,
    /// Lines read from it.
    pub lines: u64,
    /// Its size in bytes.
    pub bytes: u64,
    /// blake3 of the file, hex.
    pub blake3: String,
}

impl Derived {
    /// Writes the dataset card, then the manifest (temporary file, then
    /// rename) into `dir`: the manifest last, since with it the directory
    /// is a complete dataset.
    pub fn write(&self, dir: &Path) -> Result<(), Error> {
        crate::card::write_derived(self, dir)?;
        write(self, dir)
    }
}

/// A manifest read back from a dataset directory, whichever command wrote
/// it: a derived one has a `command`, a generated one has none.
#[derive(Debug, Clone, PartialEq)]
pub enum Recorded {
    /// Written by `generate`.
    Generated(Box<Manifest>),
    /// Written by `convert`, `split` or `prepare`.
    Derived(Box<Derived>),
}

impl Recorded {
    /// Reads the manifest of the dataset in `dir`.
    pub fn read(dir: &Path) -> Result<Recorded, Error> {
        #[derive(Deserialize)]
        struct Probe {
            command: Option<serde::de::IgnoredAny>,
        }
        let source = Source::read(&dir.join(FILE_NAME))?;
        match source.parse_json::<Probe>()?.command {
            Some(_) => Ok(Recorded::Derived(Box::new(source.parse_json()?))),
            None => Ok(Recorded::Generated(Box::new(source.parse_json()?))),
        }
    }

    /// The shard files, in order.
    pub fn shards(&self) -> &[ShardInfo] {
        match self {
            Recorded::Generated(m) => &m.shards,
            Recorded::Derived(m) => &m.shards,
        }
    }

    /// Lines in all shards, as recorded.
    pub fn total_examples(&self) -> u64 {
        match self {
            Recorded::Generated(m) => m.total_examples,
            Recorded::Derived(m) => m.total_examples,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_derived_manifest_reads_back_as_derived_and_names_its_command_first() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = Derived {
            generator: "synthforge".into(),
            version: "0.1.0".into(),
            command: Command::Convert {
                from: dataset::Format::Io,
                system: Some(System::Text("Be brief.".into())),
            },
            format: dataset::Format::Openai,
            total_examples: 2,
            sources: vec![SourceFile {
                path: "pairs.jsonl".into(),
                lines: 2,
                bytes: 60,
                blake3: "ab".into(),
            }],
            shard_lines: 2500,
            splits: [("train".to_string(), 2)].into_iter().collect(),
            shards: vec![ShardInfo {
                path: "data/train-00000-of-00001.jsonl".into(),
                lines: 2,
                bytes: 120,
                blake3: "cd".into(),
            }],
        };
        manifest.write(dir.path()).unwrap();
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert!(
            text.starts_with(
                "{\n  \"generator\": \"synthforge\",\n  \"version\": \"0.1.0\",\n  \"command\": \"convert\",\n  \"from\": \"io\",\n  \"system\": {\n    \"text\": \"Be brief.\"\n  },\n  \"format\": \"openai\","
            ),
            "{text}"
        );
        let read = Recorded::read(dir.path()).unwrap();
        assert_eq!(read, Recorded::Derived(Box::new(manifest.clone())));
        assert_eq!(
            (read.total_examples(), read.shards()),
            (2, &manifest.shards[..])
        );

        let split = Derived {
            command: Command::Split {
                validation: 0.1,
                target_validation: 1,
                seed: 42,
                group_by: GroupBy::User,
                groups: 2,
                overlap: 0,
            },
            ..manifest
        };
        split.write(dir.path()).unwrap();
        assert_eq!(
            Recorded::read(dir.path()).unwrap(),
            Recorded::Derived(Box::new(split))
        );
    }
}
