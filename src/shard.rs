//! The shard writer: accepted lines into `data/{split}-XXXXX-of-YYYYY.jsonl`
//! files of a fixed number of lines, hashing each file while it is written.
//! [`Splits`] keeps one writer per split for commands that write more than
//! `train`.
//!
//! Shards are written under temporary names and renamed once the run knows
//! how many shards there are, so a name with `-of-N` is always final.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Serialize;

use crate::error::Error;

/// A finished shard, as listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ShardInfo {
    /// Path relative to the output directory.
    pub path: String,
    /// Number of lines (examples).
    pub lines: u64,
    /// Size in bytes.
    pub bytes: u64,
    /// blake3 of the file, hex.
    pub blake3: String,
}

struct Open {
    file: BufWriter<Hashing<File>>,
    path: PathBuf,
    lines: u64,
    bytes: u64,
}

/// Hashes what passes through it. It sits under the 1 MiB `BufWriter`, so
/// blake3 sees large slices and hashes many 1 KiB chunks at once with SIMD;
/// hashing each ~7 KB line as it arrives took the block-at-a-time path and
/// cost more than the write itself (see docs/performance.md).
struct Hashing<W> {
    inner: W,
    hasher: blake3::Hasher,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Splits a stream of lines into shard files.
pub struct ShardWriter {
    root: PathBuf,
    split: String,
    lines_per_shard: u64,
    open: Option<Open>,
    closed: Vec<(PathBuf, u64, u64, blake3::Hash)>,
    syncer: Syncer,
}

/// Flushes closed shards to disk on a thread of its own: the writer hands a
/// closed file over and goes on, instead of stalling on `fsync` once per
/// shard. [`ShardWriter::finish`] waits for every flush, so the manifest is
/// only written once all shards are durable.
#[derive(Default)]
struct Syncer {
    queue: Option<std::sync::mpsc::Sender<(File, PathBuf)>>,
    thread: Option<std::thread::JoinHandle<Result<(), Error>>>,
}

/// Tells the kernel the shard's pages, now on disk, will not be read soon.
/// A long run writes gigabytes; left in the page cache, they make the kernel
/// reclaim memory on the same two cores that render. A hint: errors are
/// ignored, and a reader later simply reads from disk.
fn forget_pages(file: &File) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: the descriptor is open for the duration of the call.
        unsafe {
            libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = file;
}

impl Syncer {
    fn sync(&mut self, file: File, path: PathBuf) -> Result<(), Error> {
        if self.queue.is_none() {
            let (tx, rx) = std::sync::mpsc::channel::<(File, PathBuf)>();
            self.thread = Some(std::thread::spawn(move || {
                for (file, path) in rx {
                    file.sync_all().map_err(|e| Error::io(&path, e))?;
                    forget_pages(&file);
                }
                Ok(())
            }));
            self.queue = Some(tx);
        }
        let queue = self.queue.as_ref().expect("the queue was created above");
        if queue.send((file, path)).is_err() {
            // The thread stopped on an error; `wait` reports it.
            return self.wait();
        }
        Ok(())
    }

    /// Waits until every handed-over shard is on disk.
    fn wait(&mut self) -> Result<(), Error> {
        self.queue = None;
        match self.thread.take() {
            Some(thread) => thread.join().expect("the shard sync thread does not panic"),
            None => Ok(()),
        }
    }
}

impl ShardWriter {
    /// Writes shards of `lines_per_shard` lines under `root/data/`.
    pub fn new(root: &Path, split: &str, lines_per_shard: u64) -> Result<ShardWriter, Error> {
        let data = root.join("data");
        std::fs::create_dir_all(&data).map_err(|e| Error::io(&data, e))?;
        Ok(ShardWriter {
            root: root.to_path_buf(),
            split: split.into(),
            lines_per_shard,
            open: None,
            closed: Vec::new(),
            syncer: Syncer::default(),
        })
    }

    /// Appends one complete line (with its newline).
    pub fn write_line(&mut self, line: &[u8]) -> Result<(), Error> {
        if self.open.is_none() {
            let path = self.root.join("data").join(format!(
                ".{}-{:05}.jsonl.partial",
                self.split,
                self.closed.len()
            ));
            let file = File::create(&path).map_err(|e| Error::io(&path, e))?;
            self.open = Some(Open {
                file: BufWriter::with_capacity(
                    1 << 20,
                    Hashing {
                        inner: file,
                        hasher: blake3::Hasher::new(),
                    },
                ),
                path,
                lines: 0,
                bytes: 0,
            });
        }
        let open = self.open.as_mut().expect("a shard was opened above");
        open.file
            .write_all(line)
            .map_err(|e| Error::io(&open.path, e))?;
        open.lines += 1;
        open.bytes += line.len() as u64;
        if open.lines == self.lines_per_shard {
            self.close()?;
        }
        Ok(())
    }

    fn close(&mut self) -> Result<(), Error> {
        if let Some(open) = self.open.take() {
            let hashing = open
                .file
                .into_inner()
                .map_err(|e| Error::io(&open.path, e.into_error()))?;
            self.syncer.sync(hashing.inner, open.path.clone())?;
            self.closed
                .push((open.path, open.lines, open.bytes, hashing.hasher.finalize()));
        }
        Ok(())
    }

    /// Closes the last shard and gives every shard its final name.
    pub fn finish(mut self) -> Result<Vec<ShardInfo>, Error> {
        self.close()?;
        self.syncer.wait()?;
        let n = self.closed.len();
        let mut infos = Vec::with_capacity(n);
        for (i, (tmp, lines, bytes, hash)) in self.closed.into_iter().enumerate() {
            let rel = format!("data/{}-{i:05}-of-{n:05}.jsonl", self.split);
            let path = self.root.join(&rel);
            std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))?;
            infos.push(ShardInfo {
                path: rel,
                lines,
                bytes,
                blake3: hash.to_hex().to_string(),
            });
        }
        Ok(infos)
    }
}

/// One [`ShardWriter`] per split (`train`, `validation`, …), each opened at
/// its split's first line.
pub struct Splits {
    root: PathBuf,
    lines_per_shard: u64,
    writers: BTreeMap<String, ShardWriter>,
}

impl Splits {
    /// Writes each split's shards of `lines_per_shard` lines under `root/data/`.
    pub fn new(root: &Path, lines_per_shard: u64) -> Splits {
        Splits {
            root: root.to_path_buf(),
            lines_per_shard,
            writers: BTreeMap::new(),
        }
    }

    /// Appends one complete line (with its newline) to `split`.
    pub fn write_line(&mut self, split: &str, line: &[u8]) -> Result<(), Error> {
        let writer = match self.writers.get_mut(split) {
            Some(writer) => writer,
            None => {
                let writer = ShardWriter::new(&self.root, split, self.lines_per_shard)?;
                self.writers.entry(split.to_string()).or_insert(writer)
            }
        };
        writer.write_line(line)
    }

    /// Finishes every split: their shards, split by split in name order,
    /// and the lines of each split.
    pub fn finish(self) -> Result<(Vec<ShardInfo>, IndexMap<String, u64>), Error> {
        let mut shards = Vec::new();
        let mut lines = IndexMap::new();
        for (split, writer) in self.writers {
            let infos = writer.finish()?;
            lines.insert(split, infos.iter().map(|s| s.lines).sum());
            shards.extend(infos);
        }
        Ok((shards, lines))
    }
}
