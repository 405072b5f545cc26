//! `synthforge stats`: flags → `stats::Options`, then the report as text
//! (tables and a histogram) or JSON, and with `--plot` an SVG file.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;
use synthforge::dataset::{Dataset, Format};
use synthforge::stats::{self, Distribution, Options, Report, training};
use synthforge::tokens;

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
    let report = stats::stats(&dataset, &options)?;
    let seconds = started.elapsed().as_secs_f64();
    if let Some(path) = &args.plot {
        let svg =
            stats::plot::svg(&report).context("nothing to plot: the dataset has no examples")?;
        std::fs::write(path, svg).with_context(|| format!("writing {}", path.display()))?;
    }
    if args.json {
        super::print(&format!("{}\n", serde_json::to_string_pretty(&report)?))?;
    } else {
        super::print(&text(&report))?;
        eprintln!(
            "read {} in {seconds:.2} s, {:.1} MB/s",
            size(report.bytes),
            report.bytes as f64 / 1e6 / seconds.max(1e-9)
        );
    }
    Ok(())
}

/// The report for a terminal.
fn text(r: &Report) -> String {
    let files = synthforge::dataset::describe_files(&r.files);
    let mut out = format!(
        "{files}: {} lines, {} examples, {}\nformat: {}{}\nmodel: {} ({}, at most {} tokens per training example)\n",
        r.lines,
        r.examples,
        size(r.bytes),
        r.format,
        if r.detected {
            " (detected from the first lines)"
        } else {
            ""
        },
        r.model.model,
        r.model.encoding.name(),
        r.model.example_limit,
    );
    if r.skipped.count > 0 {
        let _ = writeln!(
            out,
            "\nskipped {} that {} not {} examples (synthforge validate says why):",
            plural(r.skipped.count, "line"),
            if r.skipped.count == 1 { "is" } else { "are" },
            r.format
        );
        for s in &r.skipped.first {
            let _ = writeln!(
                out,
                "  {}:{}: {}",
                s.location.file, s.location.line, s.reason
            );
        }
        more(&mut out, r.skipped.count, r.skipped.first.len());
    }
    let Some(all) = &r.tokens else {
        out += "\nno examples to count\n";
        return out;
    };
    let m = &r.messages;
    let _ = writeln!(
        out,
        "\nmessages: {}, {:.1} per example (min {}, max {})\n",
        m.total, m.mean, m.min, m.max
    );
    let _ = writeln!(
        out,
        "{:<12} {:>9} {:>12} {:>8} {:>9} {:>8}   content tokens per message",
        "role", "messages", "tokens", "min", "mean", "max"
    );
    for role in &r.roles {
        let _ = writeln!(
            out,
            "{:<12} {:>9} {:>12} {:>8} {:>9.1} {:>8}",
            role.role.name(),
            role.messages,
            role.tokens,
            role.min,
            role.mean,
            role.max
        );
    }
    let _ = writeln!(
        out,
        "\ntokens per example ({} per message and its values, +{} per name, +{} for the reply):",
        tokens::PER_MESSAGE,
        tokens::PER_NAME,
        tokens::REPLY
    );
    let _ = writeln!(
        out,
        "{:<16} {:>9} {:>12} {:>7} {:>9} {:>9} {:>9} {:>9} {:>7}",
        "family", "examples", "tokens", "min", "p5", "median", "mean", "p95", "max"
    );
    row(&mut out, "all", all);
    for f in &r.families {
        row(&mut out, &f.family, &f.tokens);
    }
    if !r.families.is_empty() {
        let _ = writeln!(
            out,
            "(families from the {})",
            match r.families_from {
                stats::family::Source::Manifest => "manifest: generate writes them in its order",
                _ => "lines' `family` field",
            }
        );
    }
    if let Some(h) = &r.histogram {
        out += "\nhistogram: examples per tokens per example\n";
        let tallest = h.counts.iter().copied().max().unwrap_or(0).max(1);
        let labels: Vec<String> = (0..h.counts.len())
            .map(|i| {
                let (low, high) = h.range(i);
                if low == high {
                    format!("{low}")
                } else {
                    format!("{low}–{high}")
                }
            })
            .collect();
        let wide = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        for (label, &count) in labels.iter().zip(&h.counts) {
            let bar = (count * 40).div_ceil(tallest) as usize;
            let _ = writeln!(out, "  {label:>wide$}  {:<40}  {count}", "█".repeat(bar));
        }
    }
    let o = &r.over_limit;
    if o.count == 0 {
        let _ = writeln!(out, "\nover the limit of {} tokens: none", o.limit);
    } else {
        let _ = writeln!(
            out,
            "\nover the limit of {} tokens: {} (training truncates them, the cookbook warns; shorten or split them)",
            o.limit,
            plural(o.count, "example")
        );
        for l in &o.first {
            let _ = writeln!(
                out,
                "  {}:{}: {} tokens",
                l.location.file, l.location.line, l.tokens
            );
        }
        more(&mut out, o.count, o.first.len());
    }
    let t = &r.training;
    let _ = writeln!(
        out,
        "\ntraining: {} epochs ({})",
        t.epochs,
        if t.epochs_given {
            "--epochs".to_string()
        } else {
            format!(
                "the cookbook's default for {} examples: {}, within {}..{} example-passes; --epochs N to change",
                r.examples,
                training::TARGET_EPOCHS,
                training::MIN_TARGET_EXAMPLES,
                training::MAX_TARGET_EXAMPLES
            )
        }
    );
    let _ = writeln!(
        out,
        "billed tokens: {} (each example capped at {} as the cookbook does), {} uncapped",
        t.billed_tokens, t.per_example_cap, t.billed_tokens_uncapped
    );
    match (&t.price, t.cost, t.cost_uncapped) {
        (Some(p), Some(cost), Some(uncapped)) => {
            let _ = writeln!(
                out,
                "cost: ${cost:.2}, ${uncapped:.2} uncapped, at ${:.2} per 1M tokens ({})",
                p.per_mtok, p.source
            );
        }
        _ => {
            let _ = writeln!(
                out,
                "cost: data/models.json has no training price for {}; pass --price-per-mtok USD",
                r.model.model
            );
        }
    }
    out
}

fn row(out: &mut String, name: &str, d: &Distribution) {
    let _ = writeln!(
        out,
        "{name:<16} {:>9} {:>12} {:>7} {:>9.1} {:>9.1} {:>9.1} {:>9.1} {:>7}",
        d.examples, d.total, d.min, d.p5, d.median, d.mean, d.p95, d.max
    );
}

fn plural(n: u64, what: &str) -> String {
    match n {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    }
}

fn more(out: &mut String, count: u64, shown: usize) {
    let hidden = count - shown as u64;
    if hidden > 0 {
        let _ = writeln!(out, "  … and {hidden} more (--limit N shows more)");
    }
}
