//! A dataset a user brings: the JSONL files behind the paths named on the
//! command line, read as one stream of lines. `validate`, `convert` and
//! `split` read through here.
//!
//! A path is a file, read as it is, or a directory: a synthforge output
//! directory's `data/*.jsonl` shards, otherwise the directory's own
//! `*.jsonl` files, in name order (so `train-00000-of-00004.jsonl` comes
//! first). All files together are one dataset, in the order named; a file
//! named the Hub's way keeps its split ([`split_of`]).
//!
//! This module finds the files and hashes them for a manifest; [`reader`]
//! reads their lines in chunks and
//! [`format`](mod@format) tells which line format they hold. What a line
//! must contain is left to the commands.

pub mod format;
pub mod reader;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::Error;

pub use format::Format;
pub use reader::{Line, Reader};

/// The files of one dataset, in reading order.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// Each file as it will be named in reports.
    pub files: Vec<PathBuf>,
}

impl Dataset {
    /// Resolves files and directories into the list of files to read.
    pub fn open(paths: &[PathBuf]) -> Result<Dataset, Error> {
        if paths.is_empty() {
            return Err(Error::Option {
                option: "PATH",
                message: "name at least one file or directory".into(),
            });
        }
        let mut files = Vec::new();
        for path in paths {
            let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
            if meta.is_dir() {
                files.extend(shards_in(path)?);
            } else {
                files.push(path.clone());
            }
        }
        Ok(Dataset { files })
    }

    /// Total size of the files in bytes.
    pub fn bytes(&self) -> Result<u64, Error> {
        self.files.iter().try_fold(0, |sum, f| {
            let meta = std::fs::metadata(f).map_err(|e| Error::io(f, e))?;
            Ok(sum + meta.len())
        })
    }

    /// A reader positioned at the first line of the first file.
    pub fn reader(&self) -> Reader<'_> {
        Reader::new(&self.files)
    }

    /// The size and blake3 (hex) of each file, in order: what a manifest
    /// records of the files a dataset was made from. Reads the files in a
    /// pass of its own, so a command runs it on a thread beside its line
    /// scan, and raises `stop` to end it early (the result is then
    /// [`Error::Interrupted`]).
    pub fn blake3(&self, stop: &AtomicBool) -> Result<Vec<(u64, String)>, Error> {
        let mut buf = vec![0; 1 << 20];
        self.files
            .iter()
            .map(|path| {
                let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
                let mut hasher = blake3::Hasher::new();
                let mut bytes = 0;
                loop {
                    if stop.load(Ordering::Relaxed) {
                        return Err(Error::Interrupted);
                    }
                    let n = match file.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(Error::io(path, e)),
                    };
                    hasher.update(&buf[..n]);
                    bytes += n as u64;
                }
                Ok((bytes, hasher.finalize().to_hex().to_string()))
            })
            .collect()
    }
}

/// A dataset's files in a few words: the file, or "N files (first, …)".
pub fn describe_files(files: &[String]) -> String {
    match files {
        [one] => one.clone(),
        [first, ..] => format!("{} files ({first}, …)", files.len()),
        [] => "no files".into(),
    }
}

/// The split a file holds by the Hub's shard naming,
/// `{split}-00000-of-00004.jsonl` (`train`, `validation`, `test`, …);
/// `train` for a file named any other way.
pub fn split_of(path: &Path) -> &str {
    let hub = || {
        let stem = path.file_name()?.to_str()?.strip_suffix(".jsonl")?;
        let mut parts = stem.rsplitn(4, '-');
        let (n, of, i, split) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str| s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit());
        let word =
            |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        (word(split) && digits(i) && of == "of" && digits(n)).then_some(split)
    };
    hub().unwrap_or("train")
}

/// The `*.jsonl` files of a directory, or of its `data/` when it is a
/// synthforge output directory, sorted by name.
fn shards_in(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let data = dir.join("data");
    let from = if data.is_dir() {
        data
    } else {
        dir.to_path_buf()
    };
    let entries = std::fs::read_dir(&from).map_err(|e| Error::io(&from, e))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&from, e))?;
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "jsonl") && path.is_file() {
            files.push(path);
        }
    }
    if files.is_empty() {
        return Err(Error::Dataset {
            path: dir.to_path_buf(),
            message: "no `*.jsonl` files in this directory or in its `data/`; name the files, or a synthforge output directory".into(),
        });
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hub_shard_names_carry_their_split_and_other_names_are_train() {
        for (name, split) in [
            ("out/data/train-00000-of-00004.jsonl", "train"),
            ("data/validation-00001-of-00002.jsonl", "validation"),
            ("test_v2-00000-of-00001.jsonl", "test_v2"),
            ("my-set-00000-of-00001.jsonl", "train"),
            ("validation.jsonl", "train"),
            ("validation-0-of-1.jsonl", "train"),
            ("validation-00000-to-00001.jsonl", "train"),
            ("validation-00000-of-00001.json", "train"),
        ] {
            assert_eq!(split_of(Path::new(name)), split, "{name}");
        }
    }

    #[test]
    fn a_directory_means_its_jsonl_files_or_its_data_shards_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        let at = |rel: &str| dir.path().join(rel);
        std::fs::create_dir_all(at("plain")).unwrap();
        for f in ["plain/b.jsonl", "plain/a.jsonl", "plain/notes.txt"] {
            std::fs::write(at(f), "").unwrap();
        }
        std::fs::create_dir_all(at("out/data")).unwrap();
        for f in [
            "out/manifest.json",
            "out/data/train-00001-of-00002.jsonl",
            "out/data/train-00000-of-00002.jsonl",
        ] {
            std::fs::write(at(f), "").unwrap();
        }
        let files = Dataset::open(&[at("plain"), at("out"), at("plain/notes.txt")])
            .unwrap()
            .files;
        assert_eq!(
            files,
            [
                at("plain/a.jsonl"),
                at("plain/b.jsonl"),
                at("out/data/train-00000-of-00002.jsonl"),
                at("out/data/train-00001-of-00002.jsonl"),
                at("plain/notes.txt"),
            ]
        );
        assert!(matches!(Dataset::open(&[]), Err(Error::Option { .. })));
        assert!(matches!(
            Dataset::open(&[at("out/data/../..")]),
            Err(Error::Dataset { .. })
        ));
    }
}
