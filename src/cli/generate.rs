//! `synthforge generate`: flags → `generate::Options`, then the summary.

use std::path::PathBuf;

use anyhow::Context;
use synthforge::generate::{self, Options};
use synthforge::inputs::Inputs;
use synthforge::recipe::Format;

use super::InputArgs;
use super::progress::Bar;

#[derive(clap::Args, Debug)]
pub struct GenerateArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// Output directory; it receives data/train-*.jsonl shards and manifest.json
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    out: PathBuf,
    /// Seed of every choice [default: the recipe's seed]
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Worker threads [default: all cores]
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Lines per shard [default: the recipe's shard_lines]
    #[arg(long, value_name = "N")]
    shard_lines: Option<u64>,
    /// Line format [default: the recipe's format]: `openai` chat messages (with the system prompt), or `io` input/output pairs
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<FormatArg>,
    /// Scale all family quotas proportionally so they sum to N
    #[arg(long, value_name = "N")]
    total: Option<u64>,
    /// Replace an existing output directory (the old one is kept until the new dataset is complete)
    #[arg(long)]
    force: bool,
    /// Write what is reachable when a quota exceeds the distinct space, instead of failing
    #[arg(long)]
    allow_shortfall: bool,
    /// Print nothing but errors
    #[arg(long, short)]
    quiet: bool,
}

pub fn run(args: GenerateArgs) -> anyhow::Result<()> {
    let cancel = super::signals::cancel_on_signals()?;
    let inputs = Inputs::load(&args.inputs.paths())?;
    super::print_warnings(&inputs.warnings, args.quiet);
    let options = Options {
        out: args.out.clone(),
        seed: args.seed,
        threads: args.threads,
        shard_lines: args.shard_lines,
        format: args.format.map(Format::from),
        total: args.total,
        force: args.force,
        allow_shortfall: args.allow_shortfall,
        cancel,
    };
    let summary = generate::generate(&inputs, &options, &Bar::new(args.quiet))
        .with_context(|| format!("generating into {}", args.out.display()))?;
    if !args.quiet {
        let m = &summary.manifest;
        let secs = summary.seconds.max(1e-9);
        let families: Vec<String> = m.families.iter().map(|(f, n)| format!("{f} {n}")).collect();
        eprintln!(
            "wrote {} examples ({}) to {} in {} shards, {:.1} MB\n{} duplicates dropped; {:.2} s, {:.0} examples/s, {:.1} MB/s",
            m.total_examples,
            families.join(", "),
            args.out.display(),
            m.shards.len(),
            summary.bytes as f64 / 1e6,
            m.duplicates_dropped,
            summary.seconds,
            m.total_examples as f64 / secs,
            summary.bytes as f64 / 1e6 / secs,
        );
    }
    Ok(())
}

/// `--format` values of `generate`.
#[derive(clap::ValueEnum, Debug, Clone, Copy)]
enum FormatArg {
    /// OpenAI chat: {"messages":[system, user, assistant]}
    Openai,
    /// Input/output pairs: {"input", "output"}
    Io,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Openai => Format::Openai,
            FormatArg::Io => Format::Io,
        }
    }
}
