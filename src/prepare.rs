//! `prepare`: the one-step `prepare-dataset`. A dataset in any line format
//! is validated; when it is clean it is split into train and validation and
//! converted into OpenAI and Mistral datasets with the same split, and the
//! stats of the OpenAI train split are written beside them.
//!
//! ```text
//! validate ──(any error: the report, nothing written)
//!   ─► split pass 1 (split::assign: groups, ranks, sides; sources' blake3)
//!   ─► pass 2: each line ─► Converter (openai) ─► openai/  shards per side
//!                        └► Converter (mistral) ─► mistral/ shards per side
//!   ─► each: card, manifest ─► stats of openai/ train ─► stats.json, stats.txt
//!   ─► swapped in
//! ```
//!
//! Each stage is the library function of its command, so the shards are
//! byte for byte what `split` followed by `convert --to openai` and
//! `convert --to mistral` write, and `stats.json` is what `stats --json`
//! prints on the OpenAI train shards. The whole directory is built in one
//! staging directory and swapped in at the end: a failed or interrupted
//! run leaves nothing, a clean one a directory in which every dataset
//! has its manifest.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::convert::{Converter, System};
use crate::dataset::{Dataset, Format};
use crate::error::Error;
use crate::manifest::{Command, Derived};
use crate::output::Target;
use crate::progress::Progress;
use crate::refusal::{Refusal, Refusals};
use crate::shard::Splits;
use crate::split::{self, GroupBy};
use crate::stats;
use crate::validate::{self, Location};

/// The formats `prepare` writes, each into the directory of its name.
pub const TARGETS: [Format; 2] = [Format::Openai, Format::Mistral];

/// File names of the stats report of the OpenAI train split.
pub const STATS_JSON: &str = "stats.json";
/// The same report as `synthforge stats` prints it.
pub const STATS_TEXT: &str = "stats.txt";

/// How to prepare.
#[derive(Debug, Clone)]
pub struct Options {
    /// The line format of the input; `None` detects it from the first lines.
    pub format: Option<Format>,
    /// The system message that opens every conversation, for io or Alpaca
    /// input (required there: the targets are chat formats).
    pub system: Option<System>,
    /// The fraction of examples for validation, between 0 and 1.
    pub validation: f64,
    /// The seed of the split.
    pub seed: u64,
    /// What keeps examples together on one side.
    pub group_by: GroupBy,
    /// The model to hold examples to (validate) and to count and price for
    /// (stats).
    pub model: String,
    /// Findings kept per check in the validation report.
    pub limit: usize,
    /// Where to write, and how the run goes.
    pub target: Target,
}

/// How a run ended, unless it failed.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    /// Validation found errors; nothing was written.
    Invalid(validate::Report),
    /// Everything was written.
    Prepared(Summary),
}

/// What a finished run wrote.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Validation's report: no errors, perhaps warnings.
    pub validation: validate::Report,
    /// The manifests of `openai/` and `mistral/`, in [`TARGETS`] order.
    pub manifests: Vec<Derived>,
    /// The stats of the OpenAI train split, as `stats.json` holds them.
    pub stats: stats::Report,
    /// The first example of validation found in train, with the train line.
    pub overlap: Option<(Location, Location)>,
    /// Bytes in all shards.
    pub bytes: u64,
    /// Wall time of the run.
    pub seconds: f64,
}

/// Validates `dataset` and, when it is clean, writes the prepared
/// directory into `options.target.out`, telling `progress` of each stage.
pub fn prepare(
    dataset: &Dataset,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Outcome, Error> {
    let started = Instant::now();
    let split_options = split::Options {
        validation: options.validation,
        seed: options.seed,
        group_by: options.group_by,
        format: options.format,
        target: options.target.clone(),
    };
    split::check_options(&split_options)?;
    let pool = crate::pool::build(options.target.threads)?;
    let (from, detected) = match options.format {
        Some(format) => (format, false),
        None => (Format::detect(dataset)?, true),
    };
    if matches!(from, Format::Io | Format::Alpaca) && options.system.is_none() {
        return Err(Error::Option {
            option: "--system",
            message: format!(
                "{from} lines have no system message, and prepare writes chat datasets (openai, mistral) that open with one; pass its text, or @FILE to read it from a file"
            ),
        });
    }
    let converters = TARGETS
        .iter()
        .map(|&to| Converter::new(from, to, options.system.clone()))
        .collect::<Result<Vec<_>, _>>()?;
    let staging = options.target.stage()?;

    progress.stage("validate");
    let validate_options = validate::Options {
        format: Some(from),
        threads: options.target.threads,
        limit: options.limit,
        model: options.model.clone(),
        structure: None,
    };
    let mut report = validate::validate(dataset, &validate_options, progress)?;
    report.detected = detected;
    if !report.is_valid() {
        return Ok(Outcome::Invalid(report));
    }

    progress.stage("split");
    let bytes = dataset.bytes()?;
    progress.start(bytes);
    let assignment = split::assign(dataset, from, &split_options, &pool, progress);
    progress.finish();
    let assignment = assignment?;

    progress.stage("convert");
    progress.start(bytes);
    let mut outputs: Vec<Splits> = TARGETS
        .iter()
        .map(|to| Splits::new(&staging.path().join(to.name()), options.target.shard_lines))
        .collect();
    let mut sides = assignment.sides(dataset);
    let mut refusals = Refusals::default();
    let scanned = pool.install(|| {
        dataset.reader().with_progress(progress).try_scan(
            || (),
            |(), line| {
                let converted: Result<Vec<Vec<u8>>, Refusal> = converters
                    .iter()
                    .map(|converter| {
                        let mut out = Vec::with_capacity(line.bytes.len() + 64);
                        converter.line(&line, &mut out).map(|()| out)
                    })
                    .collect();
                (line.file, line.number, converted)
            },
            |(file, number, converted)| {
                options.target.unless_cancelled()?;
                let side = sides.next_line()?;
                refusals.read_line();
                match converted {
                    Ok(lines) if refusals.is_empty() => {
                        for (output, line) in outputs.iter_mut().zip(lines) {
                            output.write_line(side, &line)?;
                        }
                    }
                    // Once a line is refused nothing will be written; the
                    // scan goes on to find every kind of refusal.
                    Ok(_) => {}
                    Err(refusal) => refusals.add(refusal, || Location {
                        file: dataset.files[file].display().to_string(),
                        line: number,
                    }),
                }
                Ok(())
            },
        )
    });
    progress.finish();
    scanned?;
    if !refusals.is_empty() {
        return Err(Error::Refused {
            what: format!(
                "cannot convert {from} lines to {}",
                TARGETS.map(Format::name).join(" and ")
            ),
            refusals,
        });
    }
    sides.finish()?;
    let Command::Split {
        validation,
        target_validation,
        seed,
        group_by,
        groups,
        overlap,
    } = assignment.command
    else {
        unreachable!("split::assign decides a split")
    };
    let mut manifests = Vec::with_capacity(TARGETS.len());
    let mut written = 0;
    for (to, output) in TARGETS.into_iter().zip(outputs) {
        let (shards, splits) = output.finish()?;
        written += shards.iter().map(|s| s.bytes).sum::<u64>();
        let manifest = Derived {
            generator: "synthforge".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            command: Command::Prepare {
                from,
                system: options.system.clone(),
                validation,
                target_validation,
                seed,
                group_by,
                groups,
                overlap,
            },
            format: to,
            total_examples: splits.values().sum(),
            sources: assignment.sources.clone(),
            shard_lines: options.target.shard_lines,
            splits,
            shards,
        };
        let dir = staging.path().join(to.name());
        manifest.write(&dir)?;
        manifests.push(manifest);
    }

    progress.stage("stats");
    let openai = staging.path().join(Format::Openai.name());
    let train: Vec<PathBuf> = manifests[0]
        .shards
        .iter()
        .filter(|s| crate::dataset::split_of(Path::new(&s.path)) == "train")
        .map(|s| openai.join(&s.path))
        .collect();
    let stats_options = stats::Options {
        format: Some(Format::Openai),
        model: options.model.clone(),
        threads: options.target.threads,
        limit: options.limit,
        ..stats::Options::default()
    };
    let mut stats = stats::stats(&Dataset::open(&train)?, &stats_options, progress)?;
    rename(&mut stats, staging.path(), &options.target.out);
    let mut json = serde_json::to_vec_pretty(&stats).expect("a stats report serializes");
    json.push(b'\n');
    for (name, bytes) in [(STATS_JSON, json), (STATS_TEXT, stats.text().into_bytes())] {
        let path = staging.path().join(name);
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
    }
    // The last moment to stop: after the swap the directory is complete.
    options.target.unless_cancelled()?;
    staging.commit()?;
    Ok(Outcome::Prepared(Summary {
        validation: report,
        manifests,
        stats,
        overlap: assignment.overlap,
        bytes: written,
        seconds: started.elapsed().as_secs_f64(),
    }))
}

/// Names the files of a report read in the staging directory as they are
/// named once it is swapped in, so that the report is what `stats` says of
/// the finished directory (and does not carry the staging name).
fn rename(report: &mut stats::Report, staging: &Path, out: &Path) {
    let staging = staging.display().to_string();
    let out = out.display().to_string();
    let rename = |file: &mut String| {
        if let Some(rest) = file.strip_prefix(&staging) {
            *file = format!("{out}{rest}");
        }
    };
    report.files.iter_mut().for_each(rename);
    for skipped in &mut report.skipped.first {
        rename(&mut skipped.location.file);
    }
    for long in &mut report.over_limit.first {
        rename(&mut long.location.file);
    }
}
