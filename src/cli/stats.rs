//! `synthforge stats`: flags → `stats::Options`, then the report as text
//! (tables and a histogram) or JSON, and with `--plot` an SVG file.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;
use synthforge::dataset::{Dataset, Format};
use synthforge::stats::{self, Options};

use super::progress::Bar;
use super::size;

#[derive(clap::Args, Debug)]
pub struct StatsArgs {
    /// JSONL files, or directories: their *.jsonl files, or the data/ shards of a synthforge output directory. All together are one dataset
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Line format [default: detected from the first lines]
    #[arg(long, value_name = "FORMAT", value_parser = super::format_parser())]
    format: Option<Format>,
    /// Model to count tokens and cost for: gpt-4o-mini, gpt-4o, gpt-4.1, gpt-4.1-mini, gpt-4.1-nano (o200k_base), gpt-3.5-turbo, gpt-4 (cl100k_base), or a dated snapshot of one
    #[arg(long, value_name = "MODEL", default_value = synthforge::model::DEFAULT)]
    model: String,
    /// Epochs to bill [default: the cookbook's rule: 3, kept within 100..25,000 example-passes and 1..25 epochs]
    #[arg(long, value_name = "N")]
    epochs: Option<u64>,
    /// USD per 1M training tokens [default: the model's price in data/models.json]
    #[arg(long, value_name = "USD")]
    price_per_mtok: Option<f64>,
    /// Locations shown of skipped lines and of examples over the limit
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
    /// Also draw the token-length histogram of each family into an SVG file
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
}

pub fn run(args: StatsArgs) -> anyhow::Result<()> {
    let dataset = Dataset::open(&args.paths)?;
    let options = Options {
        format: args.format,
        model: args.model,
        epochs: args.epochs,
        price_per_mtok: args.price_per_mtok,
        threads: args.threads,
        limit: args.limit,
    };
    let started = Instant::now();
    let report = stats::stats(&dataset, &options, &Bar::bytes(args.quiet))?;
    let seconds = started.elapsed().as_secs_f64();
    if let Some(path) = &args.plot {
        let svg =
            stats::plot::svg(&report).context("nothing to plot: the dataset has no examples")?;
        std::fs::write(path, svg).with_context(|| format!("writing {}", path.display()))?;
    }
    if args.json {
        super::print(&format!("{}\n", serde_json::to_string_pretty(&report)?))?;
    } else {
        super::print(&report.text())?;
    }
    if !args.json && !args.quiet {
        eprintln!(
            "read {} in {seconds:.2} s, {:.1} MB/s",
            size(report.bytes),
            report.bytes as f64 / 1e6 / seconds.max(1e-9)
        );
    }
    Ok(())
}
