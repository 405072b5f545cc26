//! The progress bar: draws library progress on stderr when it is a terminal,
//! never on stdout, so `--json` output stays clean.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};
use synthforge::progress::Progress;

/// An indicatif bar, or nothing when stderr is not a terminal or `--quiet`.
pub struct Bar {
    bar: Option<ProgressBar>,
    /// The template's counts: examples, or bytes read.
    counts: &'static str,
}

impl Bar {
    /// A bar counting examples (`generate`).
    pub fn new(quiet: bool) -> Bar {
        Bar::counting(
            quiet,
            "{human_pos}/{human_len} examples  {per_sec}  ETA {eta}",
        )
    }

    /// A bar counting the bytes of a dataset read (`validate`, `stats`,
    /// `convert`, `split`, `prepare`).
    pub fn bytes(quiet: bool) -> Bar {
        Bar::counting(
            quiet,
            "{binary_bytes}/{binary_total_bytes}  {binary_bytes_per_sec}  ETA {eta}",
        )
    }

    fn counting(quiet: bool, counts: &'static str) -> Bar {
        let visible = !quiet && std::io::stderr().is_terminal();
        Bar {
            bar: visible.then(ProgressBar::hidden),
            counts,
        }
    }
}

impl Progress for Bar {
    fn stage(&self, name: &str) {
        if let Some(bar) = &self.bar {
            bar.set_prefix(format!("{name:<9} "));
        }
    }
    fn start(&self, total: u64) {
        if let Some(bar) = &self.bar {
            // A bar of several stages starts again from zero for each.
            bar.reset();
            bar.set_length(total);
            bar.set_style(
                ProgressStyle::with_template(&format!(
                    "{{prefix}}{{spinner}} {{elapsed_precise}} [{{bar:32}}] {}",
                    self.counts
                ))
                .expect("the progress template is valid")
                .progress_chars("=> "),
            );
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }
    fn advance(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }
    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
