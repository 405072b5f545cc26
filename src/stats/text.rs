//! The stats report as text, for a terminal and for `prepare`'s
//! `stats.txt`: tables of roles and families, the histogram, the limit, and
//! training and cost.

use std::fmt::Write as _;

use super::{Distribution, Report, training};
use crate::tokens;

/// Bytes as kB or MB (powers of ten), as the commands' summaries show them.
pub fn size(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{:.1} kB", bytes as f64 / 1e3)
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

impl Report {
    /// The report for a terminal: what `synthforge stats` prints and
    /// `prepare` writes as `stats.txt`.
    pub fn text(&self) -> String {
        text(self)
    }
}

fn text(r: &Report) -> String {
    let files = crate::dataset::describe_files(&r.files);
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
                super::family::Source::Manifest => "manifest: generate writes them in its order",
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
