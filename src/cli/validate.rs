//! `synthforge validate`: flags → `validate::Options`, then the report as
//! text (grouped by check) or JSON; exit 1 when it has errors.

use std::path::PathBuf;
use std::time::Instant;

use synthforge::dataset::{Dataset, Format};
use synthforge::validate::{self, Options, Report, Structure};

use super::progress::Bar;
use super::size;

#[derive(clap::Args, Debug)]
pub struct ValidateArgs {
    /// JSONL files, or directories: their *.jsonl files, or the data/ shards of a synthforge output directory. All together are one dataset
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Line format [default: detected from the first lines]
    #[arg(long, value_name = "FORMAT", value_parser = super::format_parser())]
    format: Option<Format>,
    /// Model whose limit on tokens per training example OpenAI lines are held to (see `synthforge stats --help` for the models)
    #[arg(long, value_name = "MODEL", default_value = synthforge::model::DEFAULT)]
    model: String,
    /// Also hold every example's text to a structure rule: `codetutor` (the seven teaching sections in order, each non-empty, a tagged code block, a known mode tag)
    #[arg(long, value_enum, value_name = "RULE")]
    structure: Option<StructureArg>,
    /// Findings shown per check; the others are counted
    #[arg(long, value_name = "N", default_value_t = 10)]
    limit: usize,
    /// Worker threads [default: all cores]
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Print the report as JSON on stdout
    #[arg(long)]
    json: bool,
    /// No progress bar, no timing line on stderr
    #[arg(long, short)]
    quiet: bool,
}

pub fn run(args: ValidateArgs) -> anyhow::Result<()> {
    let dataset = Dataset::open(&args.paths)?;
    let options = Options {
        format: args.format,
        threads: args.threads,
        limit: args.limit,
        model: args.model,
        structure: args.structure.map(|s| match s {
            StructureArg::Codetutor => Structure::Codetutor,
        }),
    };
    let started = Instant::now();
    let report = validate::validate(&dataset, &options, &Bar::bytes(args.quiet))?;
    let seconds = started.elapsed().as_secs_f64();
    if args.json {
        super::print(&format!("{}\n", serde_json::to_string_pretty(&report)?))?;
    } else {
        super::print(&text(&report))?;
    }
    if !args.json && !args.quiet {
        eprintln!(
            "validated {} in {seconds:.2} s, {:.1} MB/s",
            size(report.bytes),
            report.bytes as f64 / 1e6 / seconds.max(1e-9)
        );
    }
    if !report.is_valid() {
        anyhow::bail!("the dataset is not valid: {}", totals(&report));
    }
    Ok(())
}

/// The report for a terminal: what was read, then each check's count and
/// first findings as `file:line: json.path: message`.
pub(super) fn text(report: &Report) -> String {
    let files = synthforge::dataset::describe_files(&report.files);
    let mut out = format!(
        "{files}: {} lines, {} examples, {}\nformat: {}{}\n",
        report.lines,
        report.examples,
        size(report.bytes),
        report.format,
        match (report.detected, report.format) {
            (false, _) => "",
            (true, Format::Openai) => {
                " (detected from the first lines; --format mistral applies Mistral's rules)"
            }
            (true, _) => " (detected from the first lines; set it with --format)",
        }
    );
    for group in &report.groups {
        out += &format!(
            "\n{:<36} {} {}{}\n",
            group.check.name(),
            group.count,
            group.severity.name(),
            if group.count == 1 { "" } else { "s" }
        );
        for f in &group.findings {
            out += "  ";
            if let Some(l) = &f.location {
                out += &format!("{}:{}: ", l.file, l.line);
            }
            if !f.path.is_empty() {
                out += &format!("{}: ", f.path);
            }
            out += &f.message;
            out += "\n";
        }
        let hidden = group.count - group.findings.len() as u64;
        if hidden > 0 {
            out += &format!("  … and {hidden} more (--limit N shows more)\n");
        }
    }
    out += &format!(
        "\n{}: {}\n",
        if report.is_valid() {
            "valid"
        } else {
            "not valid"
        },
        totals(report)
    );
    out
}

pub(super) fn totals(report: &Report) -> String {
    let count = |n: u64, what: &str| match n {
        0 => format!("no {what}s"),
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    };
    let kinds = |severity| {
        report
            .groups
            .iter()
            .filter(|g| g.severity == severity)
            .count()
    };
    let with_kinds = |n: u64, what: &str, k: usize| match (n, k) {
        (0, _) | (_, 1) => count(n, what),
        (n, k) => format!("{} in {k} checks", count(n, what)),
    };
    format!(
        "{}, {}",
        with_kinds(report.errors, "error", kinds(validate::Severity::Error)),
        with_kinds(
            report.warnings,
            "warning",
            kinds(validate::Severity::Warning)
        )
    )
}

/// `--structure` values.
#[derive(clap::ValueEnum, Debug, Clone, Copy)]
enum StructureArg {
    /// CodeTutor answers: 1️⃣ ANALOGY … 7️⃣ MINI PRACTICE TASK
    Codetutor,
}
