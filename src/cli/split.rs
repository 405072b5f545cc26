//! `synthforge split`: flags → `split::Options`, then the summary.

use std::path::PathBuf;

use anyhow::Context;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use synthforge::dataset::{Dataset, Format};
use synthforge::manifest::Command;
use synthforge::split::{self, GroupBy, Options};

use super::progress::Bar;
use super::{format_parser, size};

#[derive(clap::Args, Debug)]
pub struct SplitArgs {
    /// JSONL files, or directories: their *.jsonl files, or the data/ shards of a synthforge output directory. All together are one dataset
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Fraction of the examples for validation, between 0 and 1; validation gets round(examples × FRACTION) of them
    #[arg(long, value_name = "FRACTION", default_value_t = 0.1)]
    validation: f64,
    /// Output directory; it receives data/train-*.jsonl, data/validation-*.jsonl and manifest.json
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Seed of the draw: the same seed gives the same split
    #[arg(long, value_name = "N", default_value_t = 42)]
    seed: u64,
    /// Keep on one side the examples with the same user messages (`user`), or of the same pattern (`pattern`: a `pattern` or `family` field, else the system message) [default: each example with its near duplicates]
    #[arg(long, value_name = "KEY", value_parser = group_by_parser())]
    group_by: Option<GroupBy>,
    /// Line format [default: detected from the first lines]
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    format: Option<Format>,
    #[command(flatten)]
    write: super::WriteArgs,
}

pub(super) fn group_by_parser() -> impl TypedValueParser<Value = GroupBy> {
    PossibleValuesParser::new(["user", "pattern"]).map(|name| match name.as_str() {
        "user" => GroupBy::User,
        _ => GroupBy::Pattern,
    })
}

pub fn run(args: SplitArgs) -> anyhow::Result<()> {
    let cancel = super::signals::cancel_on_signals()?;
    let dataset = Dataset::open(&args.paths)?;
    let options = Options {
        validation: args.validation,
        seed: args.seed,
        group_by: args.group_by.unwrap_or_default(),
        format: args.format,
        target: args.write.target(&args.out, cancel),
    };
    let summary = split::split(&dataset, &options, &Bar::bytes(args.write.quiet))
        .with_context(|| format!("splitting into {}", args.out.display()))?;
    let m = &summary.manifest;
    let Command::Split {
        validation,
        target_validation,
        seed,
        group_by,
        groups,
        overlap,
    } = m.command
    else {
        unreachable!("split writes a split manifest")
    };
    warn_overlap(overlap, summary.overlap.as_ref(), "split");
    if !args.write.quiet {
        let count = |split: &str| m.splits.get(split).copied().unwrap_or(0);
        eprintln!(
            "split {} {} examples{}: train {}, validation {} (target {target_validation} = round({} × {validation})), {groups} groups by {}, seed {seed}",
            m.total_examples,
            m.format,
            if summary.detected { " (detected)" } else { "" },
            count("train"),
            count("validation"),
            m.total_examples,
            group_by.name(),
        );
        if overlap == 0 {
            eprintln!("no example of validation is in train (normalised example keys compared)");
        }
        eprintln!(
            "wrote {} in {} shards, {}; {:.2} s",
            args.out.display(),
            m.shards.len(),
            size(summary.bytes),
            summary.seconds
        );
    }
    Ok(())
}

/// Warns when examples of validation are also in train: how many, and the
/// first pair. `command` is the one to run again without `--group-by`.
pub(super) fn warn_overlap(
    overlap: u64,
    first: Option<&(
        synthforge::validate::Location,
        synthforge::validate::Location,
    )>,
    command: &str,
) {
    if let Some((v, t)) = first {
        eprintln!(
            "warning: {overlap} examples of validation are also in train (the same once case and spacing are ignored), e.g. {}:{} and {}:{}; remove the duplicates (synthforge validate lists them) or {command} without --group-by",
            v.file, v.line, t.file, t.line
        );
    }
}
