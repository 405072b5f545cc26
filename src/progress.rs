//! Progress reporting. The library never prints; long work reports through
//! this trait and the CLI draws it (a progress bar on a terminal).

/// Receives progress of a long-running job.
pub trait Progress: Sync {
    /// The job is about to process about `total` work items.
    fn start(&self, total: u64);
    /// `n` more work items are done.
    fn advance(&self, n: u64);
    /// The job is over (successfully or not).
    fn finish(&self);
}

/// Progress that goes nowhere.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: u64) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}
