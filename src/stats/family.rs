//! Which family an example belongs to. A line says so itself with a string
//! `family` field. A synthforge output directory says so in its manifest:
//! `generate` writes examples family by family in the manifest's order, so
//! the manifest's per-family counts are ranges of lines, as long as the
//! shards are the ones it lists and no duplicate was dropped (a dropped
//! duplicate is replaced by a later draw, after every family's first ones).
//! Otherwise every example is in one family, `all`.

use std::path::Path;

use serde::Serialize;

use crate::dataset::Dataset;
use crate::manifest::{self, Manifest};

/// Where the families come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The dataset's manifest: ranges of lines.
    Manifest,
    /// A `family` field on the lines.
    Field,
    /// Nowhere: one family, `all`.
    None,
}

/// The family counts of the manifest beside the dataset's shards, in line
/// order, when they describe the lines exactly.
pub fn from_manifest(dataset: &Dataset) -> Option<Vec<(String, u64)>> {
    let dir = dataset.files.first()?.parent()?.parent()?;
    if !dir.join(manifest::FILE_NAME).is_file() {
        return None;
    }
    let manifest = Manifest::read(dir).ok()?;
    let listed = manifest.shards.len() == dataset.files.len()
        && manifest
            .shards
            .iter()
            .zip(&dataset.files)
            .all(|(shard, file)| {
                same_file(&dir.join(&shard.path), file)
                    && std::fs::metadata(file).is_ok_and(|m| m.len() == shard.bytes)
            });
    (listed && manifest.duplicates_dropped == 0).then(|| {
        manifest
            .families
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect()
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || a.canonicalize()
            .ok()
            .is_some_and(|a| b.canonicalize().ok() == Some(a))
}

/// Families by position: which range of lines each line is in.
#[derive(Debug)]
pub struct Ranges {
    lines: Vec<u64>,
    at: usize,
    left: u64,
}

impl Ranges {
    /// Ranges of `lines[0]` lines, then `lines[1]`, and so on.
    pub fn new(lines: Vec<u64>) -> Ranges {
        let left = lines.first().copied().unwrap_or(0);
        Ranges { lines, at: 0, left }
    }

    /// The next line's range; `None` past the last one.
    pub fn next_line(&mut self) -> Option<usize> {
        while self.left == 0 {
            self.at = (self.at + 1).min(self.lines.len());
            self.left = *self.lines.get(self.at)?;
        }
        self.left -= 1;
        Some(self.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_falls_in_its_range() {
        let mut r = Ranges::new(vec![2, 0, 1]);
        let got: Vec<Option<usize>> = (0..5).map(|_| r.next_line()).collect();
        assert_eq!(got, [Some(0), Some(0), Some(2), None, None]);
    }
}
