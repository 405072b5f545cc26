//! `synthforge prepare`: flags → `prepare::Options`; then validate's report
//! when the input is not valid, or a summary of what was written.

use std::path::PathBuf;

use anyhow::Context;
use synthforge::dataset::{Dataset, Format};
use synthforge::manifest::Command;
use synthforge::prepare::{self, Options, Outcome};

use super::progress::Bar;
use super::{format_parser, size};

#[derive(clap::Args, Debug)]
pub struct PrepareArgs {
    /// JSONL files, or directories: their *.jsonl files, or the data/ shards of a synthforge output directory. All together are one dataset
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output directory; it receives openai/ and mistral/ (each data/train-*.jsonl, data/validation-*.jsonl, manifest.json, README.md), stats.json and stats.txt
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Line format of the input [default: detected from the first lines]
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    format: Option<Format>,
    /// The system message that opens every conversation, as TEXT or @FILE (one final newline is dropped); required for io and alpaca input, which have none
    #[arg(long, value_name = "TEXT|@FILE")]
    system: Option<String>,
    /// Fraction of the examples for validation, between 0 and 1; validation gets round(examples × FRACTION) of them
    #[arg(long, value_name = "FRACTION", default_value_t = 0.1)]
    validation: f64,
    /// Seed of the split: the same seed gives the same split
    #[arg(long, value_name = "N", default_value_t = 42)]
    seed: u64,
    /// Keep on one side the examples with the same user messages (`user`), or of the same pattern (`pattern`), as `split` does [default: each example with its near duplicates]
    #[arg(long, value_name = "KEY", value_parser = super::split::group_by_parser())]
    group_by: Option<synthforge::split::GroupBy>,
    /// Model whose limit on tokens per example validation holds OpenAI lines to, and whose tokens and price the stats count
    #[arg(long, value_name = "MODEL", default_value = synthforge::model::DEFAULT)]
    model: String,
    /// Findings shown per check when the input is not valid
    #[arg(long, value_name = "N", default_value_t = 10)]
    limit: usize,
    #[command(flatten)]
    write: super::WriteArgs,
}

pub fn run(args: PrepareArgs) -> anyhow::Result<()> {
    let cancel = super::signals::cancel_on_signals()?;
    let dataset = Dataset::open(&args.paths)?;
    let options = Options {
        format: args.format,
        system: args
            .system
            .as_deref()
            .map(super::convert::system)
            .transpose()?,
        validation: args.validation,
        seed: args.seed,
        group_by: args.group_by.unwrap_or_default(),
        model: args.model,
        limit: args.limit,
        target: args.write.target(&args.out, cancel),
    };
    let quiet = args.write.quiet;
    let outcome = prepare::prepare(&dataset, &options, &Bar::bytes(quiet))
        .with_context(|| format!("preparing {}", args.out.display()))?;
    let summary = match outcome {
        Outcome::Invalid(report) => {
            eprint!("{}", super::validate::text(&report));
            anyhow::bail!(
                "the dataset is not valid ({}); nothing was written to {}",
                super::validate::totals(&report),
                args.out.display()
            );
        }
        Outcome::Prepared(summary) => summary,
    };
    let report = &summary.validation;
    for group in &report.groups {
        if let Some(first) = group.findings.first() {
            let at = first
                .location
                .as_ref()
                .map(|l| format!("{}:{}: ", l.file, l.line))
                .unwrap_or_default();
            eprintln!(
                "warning: {} ({}): {at}{} (synthforge validate lists them)",
                group.check.name(),
                group.count,
                first.message
            );
        }
    }
    let m = &summary.manifests[0];
    let Command::Prepare {
        validation,
        target_validation,
        seed,
        group_by,
        groups,
        overlap,
        ..
    } = m.command
    else {
        unreachable!("prepare writes prepare manifests")
    };
    super::split::warn_overlap(overlap, summary.overlap.as_ref(), "prepare");
    if quiet {
        return Ok(());
    }
    let count = |split: &str| m.splits.get(split).copied().unwrap_or(0);
    eprintln!(
        "validated {} {} examples{}: no errors",
        report.examples,
        report.format,
        if report.detected { " (detected)" } else { "" },
    );
    eprintln!(
        "split: train {}, validation {} (target {target_validation} = round({} × {validation})), {groups} groups by {}, seed {seed}",
        count("train"),
        count("validation"),
        m.total_examples,
        group_by.name(),
    );
    let out = args.out.display();
    let dirs: Vec<String> = summary
        .manifests
        .iter()
        .map(|m| format!("{out}/{} ({} shards)", m.format, m.shards.len()))
        .collect();
    eprintln!(
        "wrote {}, {}; {out}/{} and {out}/{}; {:.2} s",
        dirs.join(" and "),
        size(summary.bytes),
        prepare::STATS_JSON,
        prepare::STATS_TEXT,
        summary.seconds
    );
    let s = &summary.stats;
    let t = &s.training;
    eprintln!(
        "train: {} tokens for {}, {} epochs, {} billed tokens{}",
        s.tokens.as_ref().map_or(0, |d| d.total),
        s.model.model,
        t.epochs,
        t.billed_tokens,
        t.cost
            .map(|cost| format!(", ${cost:.2}"))
            .unwrap_or_default()
    );
    Ok(())
}
