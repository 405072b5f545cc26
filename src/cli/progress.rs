//! The progress bar: draws library progress on stderr when it is a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};
use synthforge::progress::Progress;

/// An indicatif bar, or nothing when stderr is not a terminal or `--quiet`.
pub struct Bar(Option<ProgressBar>);

impl Bar {
    pub fn new(quiet: bool) -> Bar {
        let visible = !quiet && std::io::stderr().is_terminal();
        Bar(visible.then(ProgressBar::hidden))
    }
}

impl Progress for Bar {
    fn start(&self, total: u64) {
        if let Some(bar) = &self.0 {
            bar.set_length(total);
            bar.set_style(
                ProgressStyle::with_template("{spinner} {elapsed_precise} [{bar:32}] {human_pos}/{human_len} examples  {per_sec}  ETA {eta}")
                    .expect("the progress template is valid")
                    .progress_chars("=> "),
            );
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }
    fn advance(&self, n: u64) {
        if let Some(bar) = &self.0 {
            bar.inc(n);
        }
    }
    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
