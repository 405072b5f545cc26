//! The output directory. A run builds its dataset in a staging directory
//! beside the target and swaps it in only when complete, so a failed or
//! interrupted run never leaves a half dataset under the target's name and
//! never destroys the previous one.
//!
//! Every path a run writes is the target, a hidden sibling named after it
//! (`.out.synthforge-partial-<pid>`, `.out.synthforge-old-<pid>`), or a
//! fixed name inside the staging directory (`manifest.json`, shards named by
//! `shard`); no name from a dictionary or recipe ever becomes a path, so
//! no input can place a file outside the output directory.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::error::Error;

/// Where a command that makes a dataset from another one (convert, split,
/// prepare) writes it, and how the run goes.
#[derive(Debug, Clone)]
pub struct Target {
    /// Output directory.
    pub out: PathBuf,
    /// Lines per shard.
    pub shard_lines: u64,
    /// Replace an existing output directory.
    pub force: bool,
    /// Worker threads; `None` uses every core.
    pub threads: Option<usize>,
    /// Raised (by a signal handler, say) to stop the run; it then returns
    /// [`Error::Interrupted`] and leaves nothing behind.
    pub cancel: Arc<AtomicBool>,
}

impl Target {
    /// Refuses a shard size that cannot hold a line.
    pub fn check(&self) -> Result<(), Error> {
        match self.shard_lines {
            0 => Err(Error::Option {
                option: "--shard-lines",
                message: "must be at least 1".into(),
            }),
            _ => Ok(()),
        }
    }

    /// The staging directory that becomes `out` on commit.
    pub fn stage(&self) -> Result<Staging, Error> {
        Staging::new(&self.out, self.force)
    }

    /// `Err(Interrupted)` once the run was cancelled.
    pub fn unless_cancelled(&self) -> Result<(), Error> {
        Error::unless_cancelled(&self.cancel)
    }
}

/// Removes the staging directories of runs that were killed outright
/// (SIGKILL, power loss) before they could clean up: siblings named
/// `<prefix><pid>` whose process no longer runs and that hold no manifest.
/// One with a manifest is a complete dataset that missed only its swap, so
/// it stays; so does anything whose process may still run. Only Linux can
/// tell (through `/proc`); elsewhere nothing is removed. Failures are
/// ignored: this is tidying, not the run's work.
fn remove_abandoned(parent: &Path, prefix: &str) {
    let proc = Path::new("/proc/self");
    let Ok(entries) = std::fs::read_dir(if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    }) else {
        return;
    };
    if !proc.exists() {
        return;
    }
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(prefix))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        let dir = entry.path();
        let running = Path::new("/proc").join(pid.to_string()).exists();
        if !running && dir.is_dir() && !dir.join(crate::manifest::FILE_NAME).exists() {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
}

/// A staging directory that becomes the target on [`Staging::commit`] and
/// is removed if dropped before that.
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Staging {
    /// Prepares to write `target`. Refuses an existing non-empty target
    /// unless `force`.
    pub fn new(target: &Path, force: bool) -> Result<Staging, Error> {
        // `.`, `..` and `/` cannot be renamed over, nor named after.
        let Some(name) = target.file_name() else {
            return Err(Error::Option {
                option: "--out",
                message: format!(
                    "`{}` does not name a directory that can be replaced; name one, e.g. `out`",
                    target.display()
                ),
            });
        };
        if target.is_file() {
            return Err(Error::Option {
                option: "--out",
                message: format!("`{}` is a file; name a directory", target.display()),
            });
        }
        if !force && is_non_empty_dir(target)? {
            return Err(Error::OutputExists(target.to_path_buf()));
        }
        // Empty for a bare name such as `out`: the staging directory is then
        // a bare name too, and messages show no `./`.
        let parent = target.parent().unwrap_or(Path::new(""));
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        let prefix = format!(".{}.synthforge-partial-", name.to_string_lossy());
        remove_abandoned(parent, &prefix);
        let dir = parent.join(format!("{prefix}{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        std::fs::create_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            committed: false,
        })
    }

    /// Where to write the dataset's files now.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Moves the complete dataset to the target, replacing what was there.
    pub fn commit(mut self) -> Result<(), Error> {
        let old = self.dir.with_file_name(
            self.dir
                .file_name()
                .expect("staging dir has a name")
                .to_string_lossy()
                .replace("-partial-", "-old-"),
        );
        let had_old = self.target.exists();
        if had_old {
            std::fs::rename(&self.target, &old).map_err(|e| Error::io(&self.target, e))?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.target) {
            if had_old {
                let _ = std::fs::rename(&old, &self.target);
            }
            return Err(Error::io(&self.target, e));
        }
        self.committed = true;
        if had_old {
            std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

fn is_non_empty_dir(path: &Path) -> Result<bool, Error> {
    match std::fs::read_dir(path) {
        Ok(mut entries) => Ok(entries.next().is_some()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::io(path, e)),
    }
}
