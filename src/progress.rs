//! Progress reporting. The library never prints; long work reports through
//! this trait and the CLI draws it (a progress bar on a terminal).
//!
//! `generate` counts work items; the commands that read a dataset
//! (`validate`, `stats`, `convert`, `split`, `prepare`) count the bytes they
//! read, since a line's size, not the number of lines, is what takes time.

/// Receives progress of a long-running job.
pub trait Progress: Sync {
    /// A job of several stages (`prepare`) is starting the one named; the
    /// next [`start`](Progress::start) counts its work.
    fn stage(&self, _name: &str) {}
    /// The job is about to process about `total` work items (or bytes).
    fn start(&self, total: u64);
    /// `n` more work items (or bytes) are done.
    fn advance(&self, n: u64);
    /// The job, or its stage, is over (successfully or not).
    fn finish(&self);
}

/// Progress that goes nowhere.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: u64) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}
