//! Verification of a dataset directory against its manifest, for CI.
//!
//! [`check`] reads every shard once and compares its line count, size and
//! blake3 with the manifest, and lists what is missing from `data/` or
//! should not be there. [`regenerate`] runs the recorded inputs again (after
//! checking their hashes) with the recorded seed, total and shard size, and
//! compares the generated stream with the shards byte for byte as it goes:
//! nothing is written, and memory stays that of a generation.
//!
//! What differs is data ([`Problem`], [`Difference`]), not an error; an
//! [`Error`] means the verification itself could not be done.

use std::collections::HashSet;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::generate::{self, Options};
use crate::inputs::Inputs;
use crate::manifest::{self, Manifest, Recorded};
use crate::progress::Progress;
use crate::shard::ShardInfo;

/// What [`check`] found.
#[derive(Debug)]
pub struct Report {
    /// The dataset's manifest.
    pub manifest: Recorded,
    /// Everything that does not match it, in shard order, extra files last.
    pub problems: Vec<Problem>,
}

/// One way a dataset directory differs from its manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A shard the manifest lists is not there.
    Missing {
        /// The shard's path.
        path: PathBuf,
    },
    /// A shard whose line count, size or blake3 is not what the manifest records.
    Differs {
        /// The shard's path.
        path: PathBuf,
        /// What the file holds.
        found: ShardInfo,
        /// What the manifest records.
        recorded: ShardInfo,
    },
    /// Something under `data/` that the manifest does not list.
    Extra {
        /// Its path.
        path: PathBuf,
    },
    /// `total_examples` is not the sum of the shards' lines.
    Total {
        /// The sum of the lines the manifest lists per shard.
        shards: u64,
        /// `total_examples`.
        recorded: u64,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing { path } => {
                write!(f, "{}: missing; the manifest lists it", path.display())
            }
            Problem::Differs {
                path,
                found,
                recorded,
            } => {
                write!(f, "{}: ", path.display())?;
                let fields = [
                    ("lines", found.lines.to_string(), recorded.lines.to_string()),
                    ("bytes", found.bytes.to_string(), recorded.bytes.to_string()),
                    ("blake3", found.blake3.clone(), recorded.blake3.clone()),
                ];
                let differing: Vec<String> = fields
                    .into_iter()
                    .filter(|(_, found, recorded)| found != recorded)
                    .map(|(what, found, recorded)| {
                        format!("{what} {found}, the manifest records {recorded}")
                    })
                    .collect();
                f.write_str(&differing.join("; "))
            }
            Problem::Extra { path } => {
                write!(f, "{}: not listed in the manifest", path.display())
            }
            Problem::Total { shards, recorded } => write!(
                f,
                "the manifest records total_examples {recorded}, but its shards hold {shards} lines"
            ),
        }
    }
}

/// Compares the dataset in `dir` with its manifest: every listed shard is
/// there with the recorded lines, bytes and blake3, and nothing else is
/// under `data/`.
pub fn check(dir: &Path) -> Result<Report, Error> {
    let manifest_path = dir.join(manifest::FILE_NAME);
    if !manifest_path.is_file() {
        return Err(Error::NotADataset(dir.to_path_buf()));
    }
    let manifest = Recorded::read(dir)?;
    let mut listed = HashSet::new();
    for (i, shard) in manifest.shards().iter().enumerate() {
        let name = shard.path.strip_prefix("data/").unwrap_or_default();
        // The manifest is input too: it must not lead outside `data/`.
        let plain = !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != "..";
        if !plain || !listed.insert(name) {
            return Err(Error::Input {
                file: manifest_path.display().to_string(),
                location: format!("at `shards[{i}].path`"),
                message: format!(
                    "`{}` is not a file directly under data/ listed once; this manifest was not written by synthforge",
                    shard.path
                ),
            });
        }
    }

    let mut problems = Vec::new();
    for shard in manifest.shards() {
        let path = dir.join(&shard.path);
        match measure(&path, &shard.path) {
            Ok(found) if found == *shard => {}
            Ok(found) => problems.push(Problem::Differs {
                path,
                found,
                recorded: shard.clone(),
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                problems.push(Problem::Missing { path });
            }
            Err(e) => return Err(Error::io(&path, e)),
        }
    }
    let lines: u64 = manifest.shards().iter().map(|s| s.lines).sum();
    if lines != manifest.total_examples() {
        problems.push(Problem::Total {
            shards: lines,
            recorded: manifest.total_examples(),
        });
    }
    let data = dir.join("data");
    let mut extra = Vec::new();
    match std::fs::read_dir(&data) {
        Ok(entries) => {
            for entry in entries {
                let entry = entry.map_err(|e| Error::io(&data, e))?;
                if !listed.contains(entry.file_name().to_string_lossy().as_ref()) {
                    extra.push(entry.path());
                }
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&data, e)),
    }
    extra.sort();
    problems.extend(extra.into_iter().map(|path| Problem::Extra { path }));
    Ok(Report { manifest, problems })
}

/// Lines, bytes and blake3 of the file at `path`, read once, as the
/// manifest would list it under `rel`.
fn measure(path: &Path, rel: &str) -> io::Result<ShardInfo> {
    let mut file = File::open(path)?;
    let mut buf = vec![0u8; 1 << 20];
    let mut hasher = blake3::Hasher::new();
    let (mut lines, mut bytes) = (0u64, 0u64);
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buf[..n]);
        lines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
        bytes += n as u64;
    }
    Ok(ShardInfo {
        path: rel.to_string(),
        lines,
        bytes,
        blake3: hasher.finalize().to_hex().to_string(),
    })
}

/// Where a regenerated dataset first differs from the shards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// The shard.
    pub path: PathBuf,
    /// The 1-based line in that shard.
    pub line: u64,
    /// What differs there.
    pub message: String,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} line {}: {}",
            self.path.display(),
            self.line,
            self.message
        )
    }
}

/// Generates the dataset described by `manifest` again and compares it byte
/// for byte with the shards in `dir` (which [`check`] should have found
/// consistent with the manifest). Fails before generating when the recorded
/// inputs cannot be read or their hashes differ from the recorded ones, or
/// when the dataset was not generated but made from other files.
pub fn regenerate(
    dir: &Path,
    manifest: &Recorded,
    threads: Option<usize>,
    progress: &dyn Progress,
) -> Result<Option<Difference>, Error> {
    let cannot = |message: String| Error::Unreproducible {
        dataset: dir.to_path_buf(),
        message,
    };
    let manifest = match manifest {
        Recorded::Generated(manifest) => manifest,
        Recorded::Derived(derived) => {
            let command = derived.command.name();
            return Err(cannot(format!(
                "it was made by `synthforge {command}` from the files its manifest lists under `sources`, not generated; verify without --regenerate checks its shards"
            )));
        }
    };
    let version = env!("CARGO_PKG_VERSION");
    if manifest.generator != "synthforge" || manifest.version != version {
        return Err(cannot(format!(
            "it was made by {} {}, this is synthforge {version}; run the version that made it",
            manifest.generator, manifest.version
        )));
    }
    // Loaded first: a CodeTutor dictionary's hash covers the files its
    // loader reads. An input that changed is named by its hash below; one
    // that no longer loads at all, by the loader's error.
    let inputs = Inputs::recorded(
        &manifest.dictionary,
        &manifest.recipe,
        manifest.templates.as_deref(),
        manifest.schema,
    )
    .map_err(|e| cannot(format!("its recorded inputs do not load: {e}")))?;
    unchanged(
        manifest,
        &inputs.dictionary.1,
        &inputs.recipe.1,
        &inputs.templates_blake3,
    )
    .map_err(cannot)?;

    // The layout a run with this shard size writes; the bytes come next.
    let shard_lines = manifest.shard_lines;
    let count = manifest.shards.len();
    for (i, shard) in manifest.shards.iter().enumerate() {
        let fits = match i + 1 == count {
            true => (1..=shard_lines).contains(&shard.lines),
            false => shard.lines == shard_lines,
        };
        if !fits {
            return Ok(Some(Difference {
                path: dir.join(&shard.path),
                line: shard.lines.min(shard_lines) + 1,
                message: format!(
                    "the shard has {} lines; a regeneration writes {shard_lines} per shard (fewer only in the last)",
                    shard.lines
                ),
            }));
        }
    }

    let options = Options {
        seed: Some(manifest.seed),
        total: manifest.total,
        shard_lines: Some(shard_lines),
        format: Some(manifest.format),
        threads,
        // A shortfall was allowed if the manifest shows one; if it does
        // not, a regeneration has none either.
        allow_shortfall: true,
        ..Options::default()
    };
    let mut comparer = Comparer::new(dir, &manifest.shards);
    let result = generate::stream(&inputs, &options, &mut comparer, progress);
    match (comparer.outcome.take(), result) {
        (Some(Outcome::Differs(d)), _) => Ok(Some(d)),
        (Some(Outcome::Failed(e)), _) => Err(e),
        (None, Err(e)) => Err(e),
        (None, Ok(_)) => comparer.finish(),
    }
}

enum Outcome {
    Differs(Difference),
    Failed(Error),
}

/// A writer that compares what it is given with the shards, in order, and
/// stops at the first difference.
struct Comparer<'a> {
    dir: &'a Path,
    shards: &'a [ShardInfo],
    /// The shard being compared (`shards.len()` when all are done).
    index: usize,
    reader: Option<BufReader<File>>,
    /// 1-based line of the next byte in the current shard.
    line: u64,
    outcome: Option<Outcome>,
}

impl<'a> Comparer<'a> {
    fn new(dir: &'a Path, shards: &'a [ShardInfo]) -> Comparer<'a> {
        Comparer {
            dir,
            shards,
            index: 0,
            reader: None,
            line: 1,
            outcome: None,
        }
    }

    fn path(&self) -> PathBuf {
        let shard = self.shards.get(self.index).or(self.shards.last());
        self.dir.join(shard.map_or("data", |s| s.path.as_str()))
    }

    /// The next bytes of the shards, opening the next shard when one ends;
    /// empty when all are done.
    fn fill(&mut self) -> Result<&[u8], Error> {
        loop {
            if self.index == self.shards.len() {
                return Ok(&[]);
            }
            let path = self.path();
            let reader = match &mut self.reader {
                Some(reader) => reader,
                None => {
                    let file = File::open(&path).map_err(|e| Error::io(&path, e))?;
                    self.line = 1;
                    self.reader.insert(BufReader::with_capacity(1 << 20, file))
                }
            };
            if !reader
                .fill_buf()
                .map_err(|e| Error::io(&path, e))?
                .is_empty()
            {
                break;
            }
            self.reader = None;
            self.index += 1;
        }
        // Already buffered: this second call does no I/O.
        let path = self.path();
        let reader = self.reader.as_mut().expect("the loop left a shard open");
        reader.fill_buf().map_err(|e| Error::io(&path, e))
    }

    fn stop(&mut self, outcome: Outcome) -> io::Error {
        self.outcome = Some(outcome);
        io::Error::other("verification stopped")
    }

    /// After the whole regeneration: the shards must end too.
    fn finish(mut self) -> Result<Option<Difference>, Error> {
        if self.fill()?.is_empty() {
            return Ok(None);
        }
        Ok(Some(Difference {
            path: self.path(),
            line: self.line,
            message: "a regeneration ends before this line; the dataset holds more".into(),
        }))
    }
}

impl Write for Comparer<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            let shard = match self.fill() {
                Ok(shard) => shard,
                Err(e) => return Err(self.stop(Outcome::Failed(e))),
            };
            if shard.is_empty() {
                let difference = Difference {
                    path: self.path(),
                    line: self.line,
                    message: "the dataset ends here, but a regeneration goes on".into(),
                };
                return Err(self.stop(Outcome::Differs(difference)));
            }
            let n = shard.len().min(rest.len());
            // Slice equality is one memcmp; look for the byte only when it fails.
            if shard[..n] != rest[..n] {
                let at = (0..n)
                    .find(|&i| shard[i] != rest[i])
                    .expect("the slices differ somewhere");
                let line_start = shard[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let newlines = shard[..at].iter().filter(|&&b| b == b'\n').count() as u64;
                let excerpt = |bytes: &[u8]| {
                    let start = at.saturating_sub(24).max(line_start);
                    let end = (at + 24).min(bytes.len());
                    String::from_utf8_lossy(&bytes[start..end])
                        .escape_debug()
                        .to_string()
                };
                let message = format!(
                    "differs from a regeneration here: the shard has `{}`, a regeneration `{}`",
                    excerpt(shard),
                    excerpt(rest)
                );
                let difference = Difference {
                    path: self.path(),
                    line: self.line + newlines,
                    message,
                };
                return Err(self.stop(Outcome::Differs(difference)));
            }
            self.line += rest[..n].iter().filter(|&&b| b == b'\n').count() as u64;
            self.reader
                .as_mut()
                .expect("fill left a shard open")
                .consume(n);
            rest = &rest[n..];
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Checks that the inputs' hashes are the ones the manifest records; the
/// error says which input changed.
fn unchanged(
    manifest: &Manifest,
    dictionary: &str,
    recipe: &str,
    templates: &str,
) -> Result<(), String> {
    for (what, name, found, recorded) in [
        (
            "dictionary",
            manifest.dictionary.as_str(),
            dictionary,
            &manifest.dictionary_blake3,
        ),
        (
            "recipe",
            manifest.recipe.as_str(),
            recipe,
            &manifest.recipe_blake3,
        ),
        (
            "templates",
            manifest.templates.as_deref().unwrap_or("(built-in)"),
            templates,
            &manifest.templates_blake3,
        ),
    ] {
        if found != recorded {
            return Err(format!(
                "the {what} `{name}` changed since the dataset was made: its blake3 is {found}, the manifest records {recorded}; restore it, or run verify from the directory generate ran in"
            ));
        }
    }
    Ok(())
}
