//! The token-length histogram as an SVG image: one panel per family (or one
//! for the whole dataset when it has no families), bars over the same bins
//! so the panels compare. Plain SVG written here; a plotting library would
//! outweigh the rest of the program.

use std::fmt::Write as _;

use super::histogram::Histogram;
use super::report::Report;

const WIDTH: f64 = 720.0;
const PANEL: f64 = 180.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 48.0;
const BOTTOM: f64 = 40.0;

/// The report's histograms as an SVG document; `None` when the dataset has
/// no examples to plot.
pub fn svg(report: &Report) -> Option<String> {
    let panels: Vec<(&str, &Histogram, u64)> = if report.families.is_empty() {
        vec![("all", report.histogram.as_ref()?, report.examples)]
    } else {
        report
            .families
            .iter()
            .map(|f| (f.family.as_str(), &f.histogram, f.tokens.examples))
            .collect()
    };
    let height = TOP + panels.len() as f64 * (PANEL + BOTTOM);
    let mut out = String::new();
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="white"/>
<text x="{LEFT}" y="20" font-size="14">{}</text>
<text x="{LEFT}" y="36" fill="#555">tokens per example ({}, {}), {} examples</text>
"##,
        escape(&crate::dataset::describe_files(&report.files)),
        escape(&report.model.model),
        report.model.encoding.name(),
        report.examples,
    );
    for (i, (family, histogram, examples)) in panels.into_iter().enumerate() {
        let top = TOP + i as f64 * (PANEL + BOTTOM);
        panel(&mut out, top, family, histogram, examples);
    }
    out += "</svg>\n";
    Some(out)
}

/// One family's bars, with its name, its tallest bar's count and some bin
/// edges.
fn panel(out: &mut String, top: f64, family: &str, h: &Histogram, examples: u64) {
    let plot = PANEL - 24.0;
    let base = top + 24.0 + plot;
    let tallest = h.counts.iter().copied().max().unwrap_or(0).max(1);
    let bar = (WIDTH - LEFT - RIGHT) / h.counts.len() as f64;
    let _ = writeln!(
        out,
        r##"<text x="{LEFT}" y="{}" font-weight="bold">{} <tspan font-weight="normal" fill="#555">{examples} examples</tspan></text>"##,
        top + 16.0,
        escape(family)
    );
    let _ = writeln!(
        out,
        r##"<text x="{}" y="{}" text-anchor="end" fill="#555">{tallest}</text><line x1="{LEFT}" y1="{base}" x2="{}" y2="{base}" stroke="#999"/>"##,
        LEFT - 6.0,
        top + 32.0,
        WIDTH - RIGHT
    );
    for (i, &count) in h.counts.iter().enumerate() {
        let tall = plot * count as f64 / tallest as f64;
        let (low, high) = h.range(i);
        let _ = writeln!(
            out,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{tall:.1}" fill="#4a78b5"><title>{low}–{high} tokens: {count}</title></rect>"##,
            LEFT + i as f64 * bar + 1.0,
            base - tall,
            (bar - 2.0).max(1.0),
        );
    }
    // Bin edges under the first, middle and last bars, and after the last.
    let bins = h.counts.len();
    let mut edges = vec![0, bins / 2, bins - 1, bins];
    edges.dedup();
    for i in edges {
        let edge = u64::from(h.start) + i as u64 * u64::from(h.width);
        let _ = writeln!(
            out,
            r##"<text x="{:.1}" y="{}" text-anchor="middle" fill="#555">{edge}</text>"##,
            LEFT + i as f64 * bar,
            base + 14.0,
        );
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
