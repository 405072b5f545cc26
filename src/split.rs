//! `split`: a dataset into train and validation, the same way every time,
//! at the size asked for, with every group of examples on one side.
//!
//! ```text
//! pass 1: dataset reader ─► validate::example ─► group key ─► examples per group
//!         rank the groups by a seeded blake3 of their key ─► which go to validation
//! pass 2: dataset reader ─► each line to its group's side ─► shard writers
//!         ─► manifest ─► swapped in
//! ```
//!
//! A group is what must not be torn apart ([`GroupBy`]): by default an
//! example and its near duplicates (validate's normalised key, the same
//! once the case and spacing of every string are ignored); with
//! `--group-by user` every example with the same user messages; with
//! `--group-by pattern` every example of the same pattern. Walking the
//! groups in order of their seeded rank, a group goes to validation when
//! that brings validation's size closer to `round(n × fraction)`: with
//! groups of one example each, validation gets exactly that many; larger
//! groups can leave it off by at most half the largest group, and the
//! manifest records the target beside the sizes. The same lines, fraction, grouping and seed give the
//! same bytes; another seed, another draw.
//!
//! The check that no example of validation is in train compares normalised
//! example keys: pass 1 notes every example whose key turns up in two
//! groups, and the split counts those whose groups ended on different
//! sides (grouping by example, a key is its own group, so it cannot
//! happen). Memory holds the key and size of each group and four bytes per
//! line (which group it is in), plus, with `--group-by`, each distinct
//! example's key; the lines themselves are read twice and never kept.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::convert::sources;
use crate::dataset::reader::Chunk;
use crate::dataset::{Dataset, Format};
use crate::dedup::{Key, PassThrough};
use crate::error::Error;
use crate::manifest::{Command, Derived, SourceFile};
use crate::output::Target;
use crate::progress::Progress;
use crate::refusal::{Refusal, Refusals};
use crate::shard::Splits;
use crate::validate::{self, Location, normalised_object, normalised_values};

/// What keeps examples together on one side of the split.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    /// Each example with its near duplicates (no `--group-by`).
    #[default]
    Example,
    /// Examples whose user messages are the same, ignoring case and
    /// spacing: every `user` message (ShareGPT `human` turn), io's
    /// `input`, Alpaca's `instruction` and non-empty `input`.
    User,
    /// Examples of the same pattern: a top-level `pattern` field, else a
    /// `family` field, else the system message (which synthforge renders
    /// once per pattern or composition, so it names the pattern).
    Pattern,
}

impl GroupBy {
    /// The name used on the command line and in the manifest.
    pub fn name(self) -> &'static str {
        match self {
            GroupBy::Example => "example",
            GroupBy::User => "user",
            GroupBy::Pattern => "pattern",
        }
    }
}

/// How to split.
#[derive(Debug, Clone)]
pub struct Options {
    /// The fraction of examples for validation, between 0 and 1.
    pub validation: f64,
    /// The seed of the ranking.
    pub seed: u64,
    /// What keeps examples together.
    pub group_by: GroupBy,
    /// The line format; `None` detects it from the first lines.
    pub format: Option<Format>,
    /// Where to write, and how the run goes.
    pub target: Target,
}

/// What a finished split wrote.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The manifest written last; its `splits` hold the sizes.
    pub manifest: Derived,
    /// Whether the format was detected rather than given.
    pub detected: bool,
    /// The first example of validation found in train, with the train line.
    pub overlap: Option<(Location, Location)>,
    /// Bytes in all shards.
    pub bytes: u64,
    /// Wall time of the run.
    pub seconds: f64,
}

/// The group key of a valid example of `format`: what [`GroupBy`] reads,
/// normalised, so that examples differing only in case and spacing share
/// it. A line without what the grouping reads is refused.
pub fn group_key(
    group_by: GroupBy,
    format: Format,
    object: &Map<String, Value>,
    scratch: &mut Vec<u8>,
) -> Result<Key, Refusal> {
    let chat = matches!(format, Format::Openai | Format::Mistral);
    let (list, role_key, content_key) = match format {
        Format::Sharegpt => ("conversations", "from", "value"),
        _ => ("messages", "role", "content"),
    };
    let turns = || {
        object
            .get(list)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
    };
    let spoken_by = |role: &'static str| {
        turns()
            .filter(move |t| t.get(role_key).and_then(Value::as_str) == Some(role))
            .filter_map(|t| t.get(content_key))
    };
    match group_by {
        GroupBy::Example => Ok(normalised_object(object, scratch)),
        GroupBy::User => {
            let user = if chat { "user" } else { "human" };
            let values: Vec<&Value> = match format {
                Format::Io => object.get("input").into_iter().collect(),
                Format::Alpaca => ["instruction", "input"]
                    .iter()
                    .filter_map(|k| object.get(*k))
                    .filter(|v| v.as_str() != Some(""))
                    .collect(),
                _ => spoken_by(user).collect(),
            };
            if values.is_empty() {
                return Err(Refusal::new(
                    "no_group",
                    "",
                    "no user message to group by; split without --group-by to group by example",
                ));
            }
            Ok(normalised_values(&values, scratch))
        }
        GroupBy::Pattern => {
            let tagged = |tag: &str, value: &Value, scratch: &mut Vec<u8>| {
                normalised_values(&[&Value::from(tag), value], scratch)
            };
            if let Some(value) = ["pattern", "family"]
                .into_iter()
                .find_map(|k| object.get(k).map(|v| (k, v)))
            {
                return Ok(tagged(value.0, value.1, scratch));
            }
            match spoken_by("system").next() {
                Some(system) => Ok(tagged("system", system, scratch)),
                None => Err(Refusal::new(
                    "no_group",
                    "",
                    "no `pattern` or `family` field and no system message to group by; --group-by user groups by the user's messages",
                )),
            }
        }
    }
}

/// A seeded rank of a group key: the order in which groups are offered
/// to validation.
fn rank(seed: u64, key: &Key) -> u64 {
    let mut h = blake3::Hasher::new();
    h.update(&seed.to_le_bytes()).update(&key.0);
    let bytes: [u8; 8] = h.finalize().as_bytes()[..8]
        .try_into()
        .expect("a blake3 hash has 8 leading bytes");
    u64::from_le_bytes(bytes)
}

/// One group: its key and how many examples it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Group {
    key: Key,
    examples: u64,
}

/// Which groups go to validation. In order of their seeded rank (the key
/// breaks a tie), a group goes to validation when that brings validation's
/// size closer to `target`; equally close is not closer.
fn assign_groups(groups: &[Group], seed: u64, target: u64) -> Vec<bool> {
    let mut order: Vec<(u64, [u8; 16], usize)> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| (rank(seed, &g.key), g.key.0, i))
        .collect();
    order.sort_unstable();
    let mut validation = vec![false; groups.len()];
    let mut taken = 0;
    for (_, _, i) in order {
        if taken >= target {
            break;
        }
        // |taken + n - target| < |target - taken|, for taken < target.
        if groups[i].examples < 2 * (target - taken) {
            validation[i] = true;
            taken += groups[i].examples;
        }
    }
    validation
}

type KeyMap<V> = HashMap<Key, V, BuildHasherDefault<PassThrough>>;

/// What pass 1 keeps.
#[derive(Default)]
struct Tally {
    index: KeyMap<u32>,
    groups: Vec<Group>,
    /// The group of every line, in order.
    of_line: Vec<u32>,
    /// With `--group-by`: each example's key, its group and first line.
    examples: Option<KeyMap<(u32, usize, u64)>>,
    /// Lines whose example was first seen in another group.
    shared: Vec<Shared>,
    lines: Vec<u64>,
    refusals: Refusals,
}

/// A line whose example was first seen in another group: both groups, and
/// both lines as (file, line).
struct Shared {
    first_group: u32,
    group: u32,
    first: (usize, u64),
    here: (usize, u64),
}

/// One line's keys, from a worker to pass 1's in-order fold.
struct Keyed {
    file: usize,
    number: u64,
    keys: Result<(Key, Key), Refusal>,
}

/// Splits `dataset` into `options.target.out`, telling `progress` the bytes read
/// (the dataset is read twice).
pub fn split(
    dataset: &Dataset,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    let started = Instant::now();
    check_options(options)?;
    let pool = crate::pool::build(options.target.threads)?;
    let (format, detected) = match options.format {
        Some(format) => (format, false),
        None => (Format::detect(dataset)?, true),
    };
    let staging = options.target.stage()?;
    progress.start(2 * dataset.bytes()?);
    let written = (|| {
        let assignment = assign(dataset, format, options, &pool, progress)?;
        // Pass 2: every line to its side, in order.
        let mut splits = Splits::new(staging.path(), options.target.shard_lines);
        let mut reader = dataset.reader().with_progress(progress);
        let mut chunk = Chunk::default();
        let mut buf = Vec::new();
        let mut sides = assignment.sides(dataset);
        while reader.fill(&mut chunk)? {
            options.target.unless_cancelled()?;
            for line in chunk.lines() {
                buf.clear();
                buf.extend_from_slice(line.bytes);
                buf.push(b'\n');
                splits.write_line(sides.next_line()?, &buf)?;
            }
        }
        sides.finish()?;
        Ok::<_, Error>((assignment, splits.finish()?))
    })();
    progress.finish();
    let (assignment, (shards, split_lines)) = written?;
    let bytes = shards.iter().map(|s| s.bytes).sum();
    let manifest = Derived {
        generator: "synthforge".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        command: assignment.command.clone(),
        format,
        total_examples: assignment.examples(),
        sources: assignment.sources,
        shard_lines: options.target.shard_lines,
        splits: split_lines,
        shards,
    };
    options.target.unless_cancelled()?;
    manifest.write(staging.path())?;
    staging.commit()?;
    Ok(Summary {
        manifest,
        detected,
        overlap: assignment.overlap,
        bytes,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// The options that cannot work whatever the data: a fraction outside
/// (0, 1), shards of no lines.
pub(crate) fn check_options(options: &Options) -> Result<(), Error> {
    let fraction = options.validation;
    if !(fraction > 0.0 && fraction < 1.0) {
        return Err(Error::Option {
            option: "--validation",
            message: format!(
                "{fraction} is not a fraction between 0 and 1; e.g. 0.1 puts 10% of the examples in validation"
            ),
        });
    }
    options.target.check()
}

/// Which side every line of a dataset goes to: what pass 1 decides, for
/// `split` to copy the lines and `prepare` to convert them.
pub(crate) struct Assignment {
    /// The group of every line, in order.
    of_line: Vec<u32>,
    /// Whether each group goes to validation.
    validation: Vec<bool>,
    /// [`Command::Split`] with what was decided.
    pub command: Command,
    /// The first example of validation found in train, with the train line.
    pub overlap: Option<(Location, Location)>,
    /// The files read, with their blake3.
    pub sources: Vec<SourceFile>,
}

impl Assignment {
    /// Lines (all valid examples).
    pub fn examples(&self) -> u64 {
        self.of_line.len() as u64
    }

    /// The sides of the lines of `dataset` as they are read again, in order.
    pub fn sides<'a>(&'a self, dataset: &'a Dataset) -> Sides<'a> {
        Sides {
            assignment: self,
            dataset,
            at: 0,
        }
    }
}

/// The side of each line in turn, checking that the dataset reads the same
/// as in pass 1.
pub(crate) struct Sides<'a> {
    assignment: &'a Assignment,
    dataset: &'a Dataset,
    at: usize,
}

impl Sides<'_> {
    /// `train` or `validation`: where the next line goes.
    pub fn next_line(&mut self) -> Result<&'static str, Error> {
        let group = *self
            .assignment
            .of_line
            .get(self.at)
            .ok_or_else(|| self.changed())?;
        self.at += 1;
        Ok(match self.assignment.validation[group as usize] {
            true => "validation",
            false => "train",
        })
    }

    /// Checks that every line of pass 1 was read again.
    pub fn finish(self) -> Result<(), Error> {
        match self.at == self.assignment.of_line.len() {
            true => Ok(()),
            false => Err(self.changed()),
        }
    }

    fn changed(&self) -> Error {
        Error::Dataset {
            path: self.dataset.files.first().cloned().unwrap_or_default(),
            message: "the dataset changed while it was being split (its lines differ from the first reading); split it again".into(),
        }
    }
}

/// Pass 1: every line's group, beside the hashing of the sources; then
/// which groups go to validation, and the check that no example is on
/// both sides. A line that is not a valid example of `format` is refused.
pub(crate) fn assign(
    dataset: &Dataset,
    format: Format,
    options: &Options,
    pool: &rayon::ThreadPool,
    progress: &dyn Progress,
) -> Result<Assignment, Error> {
    let fraction = options.validation;
    let location = |file: usize, line: u64| Location {
        file: dataset.files[file].display().to_string(),
        line,
    };
    let group_by = options.group_by;
    let mut tally = Tally {
        examples: (group_by != GroupBy::Example).then(KeyMap::default),
        lines: vec![0; dataset.files.len()],
        ..Tally::default()
    };
    let stop = AtomicBool::new(false);
    let (scanned, digests) = std::thread::scope(|s| {
        let hashing = s.spawn(|| dataset.blake3(&stop));
        let scanned = pool.install(|| {
            dataset.reader().with_progress(progress).try_scan(
                Vec::new,
                |scratch, line| Keyed {
                    file: line.file,
                    number: line.number,
                    keys: validate::example(format, &line)
                        .map_err(|f| Refusal::invalid(format, f))
                        .and_then(|object| {
                            let group = group_key(group_by, format, &object, scratch)?;
                            let example = match group_by {
                                GroupBy::Example => group,
                                _ => normalised_object(&object, scratch),
                            };
                            Ok((group, example))
                        }),
                },
                |keyed| {
                    options.target.unless_cancelled()?;
                    tally.add(keyed, &location)
                },
            )
        });
        // Nothing will be written: the hashes are not needed.
        if scanned.is_err() || !tally.refusals.is_empty() {
            stop.store(true, Ordering::Relaxed);
        }
        (
            scanned,
            hashing.join().expect("hashing the sources does not panic"),
        )
    });
    scanned?;
    if !tally.refusals.is_empty() {
        return Err(Error::Refused {
            what: format!("cannot split {format} lines"),
            refusals: tally.refusals,
        });
    }
    let digests = digests?;

    let n = tally.of_line.len() as u64;
    let first = || dataset.files.first().cloned().unwrap_or_default();
    if n == 0 {
        return Err(Error::Dataset {
            path: first(),
            message: "no examples to split".into(),
        });
    }
    let target = (n as f64 * fraction).round() as u64;
    if target == 0 || target == n {
        return Err(Error::Option {
            option: "--validation",
            message: format!(
                "{fraction} of {n} examples is {target}, which leaves one side empty; choose a fraction that puts examples on both sides"
            ),
        });
    }
    let validation = assign_groups(&tally.groups, options.seed, target);
    let in_validation: u64 = tally
        .groups
        .iter()
        .zip(&validation)
        .filter(|(_, v)| **v)
        .map(|(g, _)| g.examples)
        .sum();
    if in_validation == 0 || in_validation == n {
        return Err(Error::Dataset {
            path: first(),
            message: format!(
                "{n} examples in {} by {} cannot be split near {target} for validation: the groups are too large, so one side would be empty; split by something finer or change --validation",
                match tally.groups.len() {
                    1 => "1 group".to_string(),
                    g => format!("{g} groups"),
                },
                group_by.name()
            ),
        });
    }
    let crossing: Vec<_> = tally
        .shared
        .iter()
        .filter(|s| validation[s.first_group as usize] != validation[s.group as usize])
        .collect();
    let overlap = crossing.first().map(|s| {
        // Validation's line first.
        let (v, t) = match validation[s.first_group as usize] {
            true => (s.first, s.here),
            false => (s.here, s.first),
        };
        (location(v.0, v.1), location(t.0, t.1))
    });
    Ok(Assignment {
        command: Command::Split {
            validation: fraction,
            target_validation: target,
            seed: options.seed,
            group_by,
            groups: tally.groups.len() as u64,
            overlap: crossing.len() as u64,
        },
        overlap,
        sources: sources(dataset, &tally.lines, digests),
        of_line: tally.of_line,
        validation,
    })
}

impl Tally {
    /// Pass 1's in-order fold: counts the line into its group.
    fn add(
        &mut self,
        keyed: Keyed,
        location: &impl Fn(usize, u64) -> Location,
    ) -> Result<(), Error> {
        self.lines[keyed.file] += 1;
        self.refusals.read_line();
        let (group, example) = match keyed.keys {
            Ok(keys) if self.refusals.is_empty() => keys,
            // Once a line is refused nothing will be written; the scan
            // goes on to find every kind of refusal.
            Ok(_) => return Ok(()),
            Err(refusal) => {
                self.refusals
                    .add(refusal, || location(keyed.file, keyed.number));
                return Ok(());
            }
        };
        let next = u32::try_from(self.groups.len()).map_err(|_| Error::Dataset {
            path: location(keyed.file, keyed.number).file.into(),
            message: "more than 4,294,967,295 groups; split the dataset in parts".into(),
        })?;
        let index = *self.index.entry(group).or_insert(next);
        if index == next {
            self.groups.push(Group {
                key: group,
                examples: 0,
            });
        }
        self.groups[index as usize].examples += 1;
        self.of_line.push(index);
        if let Some(examples) = &mut self.examples {
            let here = (keyed.file, keyed.number);
            let (first_group, file, line) =
                *examples.entry(example).or_insert((index, here.0, here.1));
            if first_group != index {
                self.shared.push(Shared {
                    first_group,
                    group: index,
                    first: (file, line),
                    here,
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(sizes: &[u64]) -> Vec<Group> {
        sizes
            .iter()
            .enumerate()
            .map(|(i, &examples)| Group {
                key: Key(*blake3::hash(&i.to_le_bytes())
                    .as_bytes()
                    .first_chunk()
                    .unwrap()),
                examples,
            })
            .collect()
    }

    fn taken(groups: &[Group], seed: u64, target: u64) -> u64 {
        let validation = assign_groups(groups, seed, target);
        groups
            .iter()
            .zip(validation)
            .filter(|(_, v)| *v)
            .map(|(g, _)| g.examples)
            .sum()
    }

    #[test]
    fn single_examples_give_exactly_the_target() {
        let single = groups(&[1; 1000]);
        for target in [1, 100, 333, 999] {
            assert_eq!(taken(&single, 7, target), target);
        }
    }

    #[test]
    fn a_group_goes_to_validation_only_when_that_brings_it_closer() {
        // One group larger than twice the target is never taken.
        assert_eq!(taken(&groups(&[250]), 1, 100), 0);
        // One group under twice the target is, overshooting by less than
        // it would fall short.
        assert_eq!(taken(&groups(&[150]), 1, 100), 150);
        // Mixed sizes land within half the largest group of the target.
        let mixed = groups(&[5, 40, 3, 3, 1, 12, 7, 30, 2, 9, 1, 1, 22, 4]);
        for seed in 0..20 {
            assert!(taken(&mixed, seed, 50).abs_diff(50) <= 20, "seed {seed}");
        }
    }

    #[test]
    fn the_seed_changes_the_draw_and_only_the_seed() {
        let single = groups(&[1; 200]);
        assert_eq!(assign_groups(&single, 3, 20), assign_groups(&single, 3, 20));
        assert_ne!(assign_groups(&single, 3, 20), assign_groups(&single, 4, 20));
    }

    #[test]
    fn group_keys_read_what_the_grouping_names() {
        let key = |group_by, format, line: &str| {
            let value: Value = serde_json::from_str(line).unwrap();
            group_key(
                group_by,
                format,
                value.as_object().unwrap(),
                &mut Vec::new(),
            )
        };
        let chat = |system: &str, user: &str, answer: &str| {
            format!(
                r#"{{"messages":[{{"role":"system","content":"{system}"}},{{"role":"user","content":"{user}"}},{{"role":"assistant","content":"{answer}"}}]}}"#
            )
        };
        let (a, b) = (chat("S1", "Hi", "Hello"), chat("S2", "hi ", "Bye"));
        use Format::Openai;
        assert_eq!(
            key(GroupBy::User, Openai, &a).unwrap(),
            key(GroupBy::User, Openai, &b).unwrap()
        );
        assert_ne!(
            key(GroupBy::Pattern, Openai, &a).unwrap(),
            key(GroupBy::Pattern, Openai, &b).unwrap()
        );
        assert_ne!(
            key(GroupBy::Example, Openai, &a).unwrap(),
            key(GroupBy::Example, Openai, &b).unwrap()
        );
        let field = r#"{"input":"x","output":"y","pattern":"login-form"}"#;
        let same = r#"{"input":"z","output":"w","pattern":"Login-Form"}"#;
        assert_eq!(
            key(GroupBy::Pattern, Format::Io, field).unwrap(),
            key(GroupBy::Pattern, Format::Io, same).unwrap()
        );
        let refused = key(
            GroupBy::Pattern,
            Format::Io,
            r#"{"input":"x","output":"y"}"#,
        );
        assert_eq!(refused.unwrap_err().kind, "no_group");
        let alpaca = |input| format!(r#"{{"instruction":"Sum","input":"{input}","output":"3"}}"#);
        assert_eq!(
            key(GroupBy::User, Format::Alpaca, &alpaca("")).unwrap(),
            key(
                GroupBy::User,
                Format::Alpaca,
                r#"{"instruction":"sum","output":"4"}"#
            )
            .unwrap()
        );
        assert_ne!(
            key(GroupBy::User, Format::Alpaca, &alpaca("1 2")).unwrap(),
            key(GroupBy::User, Format::Alpaca, &alpaca("")).unwrap()
        );
    }
}
