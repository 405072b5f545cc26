//! The worker pool every parallel command runs on: `--threads N` becomes a
//! rayon pool of N threads, all cores when it is absent.

use crate::error::Error;

/// A pool of `threads` workers (every core for `None`); zero is refused with
/// the flag's name.
pub fn build(threads: Option<usize>) -> Result<rayon::ThreadPool, Error> {
    if threads == Some(0) {
        return Err(Error::Option {
            option: "--threads",
            message: "must be at least 1 (leave it out to use every core)".into(),
        });
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| Error::Option {
            option: "--threads",
            message: format!("cannot start the worker threads: {e}"),
        })
}
