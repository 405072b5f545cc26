//! Process signals while a command writes a dataset (`generate`, `convert`,
//! `split`). SIGINT and SIGTERM raise the
//! cancellation flag the library looks at between chunks, so the run stops,
//! removes its staging directory and exits 130; a second signal exits at
//! once (leaving the staging directory). SIGXFSZ is caught as well: its
//! default kills the process without a word when a write passes the
//! file-size limit (`ulimit -f`), while a caught one lets the write fail
//! with EFBIG, which is reported like a full disk.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use signal_hook::consts::signal::{SIGINT, SIGTERM};
use signal_hook::flag;

/// Installs the handlers; returns the flag they raise.
pub fn cancel_on_signals() -> anyhow::Result<Arc<AtomicBool>> {
    let cancel = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGTERM] {
        // Registered first, so only a signal after the flag is up exits.
        flag::register_conditional_shutdown(
            signal,
            super::Exit::Interrupted as i32,
            cancel.clone(),
        )?;
        flag::register(signal, cancel.clone())?;
    }
    #[cfg(unix)]
    flag::register(
        signal_hook::consts::signal::SIGXFSZ,
        Arc::new(AtomicBool::new(false)),
    )?;
    Ok(cancel)
}
