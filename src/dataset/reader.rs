//! The line reader: the files of a dataset as one stream of lines, read in
//! chunks of whole lines into buffers that are cleared and reused, so memory
//! stays at two chunks (a few MB) whatever the dataset's size.
//!
//! A [`Line`] is its file, its 1-based number in that file and its bytes,
//! without the line ending (`\n` or `\r\n`) and without a UTF-8 byte-order
//! mark at the start of a file, which it reports instead. The reader does not
//! judge the bytes: [`Line::is_blank`] and [`Line::text`] tell blank lines
//! and invalid UTF-8 to whoever reads them.
//!
//! [`Reader::scan`] is the parallel pipeline every command shares: each
//! chunk's lines are mapped on the rayon pool while the next chunk is read,
//! and the results are folded on the calling thread in file and line order.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use rayon::prelude::*;

use crate::error::Error;
use crate::progress::Progress;

/// A chunk is full at this many bytes: large enough to keep every core busy,
/// small enough that two of them in flight stay a few MB.
const CHUNK_BYTES: usize = 4 << 20;
/// ... or at this many lines, so that a file of tiny lines does not make the
/// per-line bookkeeping outgrow the bytes.
const CHUNK_LINES: usize = 16 << 10;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One line of a dataset.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    /// Index of the file in the dataset's file list.
    pub file: usize,
    /// 1-based line number within the file.
    pub number: u64,
    /// The line's bytes, without line ending or byte-order mark.
    pub bytes: &'a [u8],
    /// Whether the file starts with a UTF-8 byte-order mark (first line only).
    pub bom: bool,
}

impl<'a> Line<'a> {
    /// Whether the line holds nothing but whitespace.
    pub fn is_blank(&self) -> bool {
        self.bytes.iter().all(u8::is_ascii_whitespace)
    }

    /// The line as text, or where its bytes stop being UTF-8.
    pub fn text(&self) -> Result<&'a str, std::str::Utf8Error> {
        std::str::from_utf8(self.bytes)
    }
}

/// Whole lines read in one go, in a buffer that is reused.
#[derive(Debug, Default)]
pub struct Chunk {
    buf: Vec<u8>,
    spans: Vec<Span>,
}

#[derive(Debug)]
struct Span {
    file: usize,
    number: u64,
    start: usize,
    end: usize,
    bom: bool,
}

impl Chunk {
    /// The chunk's lines in order.
    pub fn lines(&self) -> impl Iterator<Item = Line<'_>> {
        (0..self.spans.len()).map(|i| self.line(i))
    }

    fn line(&self, i: usize) -> Line<'_> {
        let s = &self.spans[i];
        Line {
            file: s.file,
            number: s.number,
            bytes: &self.buf[s.start..s.end],
            bom: s.bom,
        }
    }
}

/// Reads the files of a dataset one after another, in chunks of lines.
pub struct Reader<'a> {
    files: &'a [PathBuf],
    /// The next file to open.
    next: usize,
    open: Option<Open>,
    chunk_bytes: usize,
    /// Told the bytes of each chunk read, line endings included, so that
    /// the files' sizes are the total.
    progress: Option<&'a dyn Progress>,
}

struct Open {
    file: usize,
    reader: BufReader<File>,
    lines: u64,
}

impl<'a> Reader<'a> {
    /// A reader at the start of the first of `files`.
    pub fn new(files: &'a [PathBuf]) -> Reader<'a> {
        Reader {
            files,
            next: 0,
            open: None,
            chunk_bytes: CHUNK_BYTES,
            progress: None,
        }
    }

    /// The same reader, telling `progress` how many bytes each chunk read.
    /// The caller starts and finishes it: a command may read a dataset
    /// more than once.
    pub fn with_progress(self, progress: &'a dyn Progress) -> Reader<'a> {
        Reader {
            progress: Some(progress),
            ..self
        }
    }

    /// Replaces the chunk's lines with the next ones; false when every file
    /// has been read to its end.
    pub fn fill(&mut self, chunk: &mut Chunk) -> Result<bool, Error> {
        chunk.buf.clear();
        chunk.spans.clear();
        let mut bytes = 0;
        while chunk.buf.len() < self.chunk_bytes && chunk.spans.len() < CHUNK_LINES {
            let open = match &mut self.open {
                Some(open) => open,
                None if self.next < self.files.len() => {
                    let path = &self.files[self.next];
                    let file = File::open(path).map_err(|e| Error::io(path, e))?;
                    self.next += 1;
                    self.open.insert(Open {
                        file: self.next - 1,
                        reader: BufReader::with_capacity(256 << 10, file),
                        lines: 0,
                    })
                }
                None => break,
            };
            let start = chunk.buf.len();
            let read = open
                .reader
                .read_until(b'\n', &mut chunk.buf)
                .map_err(|e| Error::io(&self.files[open.file], e))?;
            if read == 0 {
                self.open = None;
                continue;
            }
            bytes += read as u64;
            open.lines += 1;
            let mut end = chunk.buf.len();
            if chunk.buf[end - 1] == b'\n' {
                end -= 1;
                if end > start && chunk.buf[end - 1] == b'\r' {
                    end -= 1;
                }
            }
            let bom = open.lines == 1 && chunk.buf[start..end].starts_with(BOM);
            chunk.spans.push(Span {
                file: open.file,
                number: open.lines,
                start: if bom { start + BOM.len() } else { start },
                end,
                bom,
            });
        }
        if let Some(progress) = self.progress {
            progress.advance(bytes);
        }
        Ok(!chunk.spans.is_empty())
    }

    /// Maps every line with `map` on the current rayon pool and hands the
    /// results to `fold` in file and line order. `init` makes the scratch
    /// state a worker reuses across the lines it maps. The next chunk is
    /// read while the current one is mapped.
    pub fn scan<S, T: Send>(
        self,
        init: impl Fn() -> S + Sync + Send,
        map: impl Fn(&mut S, Line<'_>) -> T + Sync + Send,
        mut fold: impl FnMut(T),
    ) -> Result<(), Error> {
        self.try_scan(init, map, |t| {
            fold(t);
            Ok(())
        })
    }

    /// [`Reader::scan`] for a `fold` that can fail: the first error stops
    /// the scan (after the chunk being read) and is returned. Commands that
    /// write a dataset stop this way on a write error or an interrupt.
    pub fn try_scan<S, T: Send>(
        mut self,
        init: impl Fn() -> S + Sync + Send,
        map: impl Fn(&mut S, Line<'_>) -> T + Sync + Send,
        mut fold: impl FnMut(T) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut current = Chunk::default();
        let mut next = Chunk::default();
        let mut results = Vec::new();
        let mut more = self.fill(&mut current)?;
        while more {
            let (filled, ()) = rayon::join(
                || self.fill(&mut next),
                || {
                    (0..current.spans.len())
                        .into_par_iter()
                        .map_init(&init, |state, i| map(state, current.line(i)))
                        .collect_into_vec(&mut results)
                },
            );
            more = filled?;
            results.drain(..).try_for_each(&mut fold)?;
            std::mem::swap(&mut current, &mut next);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the reader should yield: split on `\n`, drop one `\r` before it,
    /// no line after a final `\n`, the BOM taken off the first line.
    fn naive(files: &[Vec<u8>]) -> Vec<(usize, u64, Vec<u8>, bool)> {
        let mut out = Vec::new();
        for (f, bytes) in files.iter().enumerate() {
            let mut rest = &bytes[..];
            let mut number = 0;
            while !rest.is_empty() {
                let (line, next) = match rest.iter().position(|&b| b == b'\n') {
                    Some(i) => (
                        rest[..i].strip_suffix(b"\r").unwrap_or(&rest[..i]),
                        &rest[i + 1..],
                    ),
                    None => (rest, &rest[rest.len()..]),
                };
                number += 1;
                let bom = number == 1 && line.starts_with(BOM);
                let line = if bom { &line[BOM.len()..] } else { line };
                out.push((f, number, line.to_vec(), bom));
                rest = next;
            }
        }
        out
    }

    fn read_all(files: &[Vec<u8>], chunk_bytes: usize) -> Vec<(usize, u64, Vec<u8>, bool)> {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<PathBuf> = files
            .iter()
            .enumerate()
            .map(|(i, bytes)| {
                let p = dir.path().join(format!("{i}.jsonl"));
                std::fs::write(&p, bytes).unwrap();
                p
            })
            .collect();
        let mut reader = Reader::new(&paths);
        reader.chunk_bytes = chunk_bytes;
        let mut chunk = Chunk::default();
        let mut out = Vec::new();
        while reader.fill(&mut chunk).unwrap() {
            out.extend(
                chunk
                    .lines()
                    .map(|l| (l.file, l.number, l.bytes.to_vec(), l.bom)),
            );
        }
        out
    }

    #[test]
    fn lines_carry_file_number_and_bytes_without_ending_or_bom() {
        let files = vec![
            b"\xEF\xBB\xBF{\"a\":1}\r\n\n  \n{\"b\":2}".to_vec(),
            Vec::new(),
            b"x\n".to_vec(),
        ];
        let got = read_all(&files, 1);
        assert_eq!(
            got,
            vec![
                (0, 1, b"{\"a\":1}".to_vec(), true),
                (0, 2, b"".to_vec(), false),
                (0, 3, b"  ".to_vec(), false),
                (0, 4, b"{\"b\":2}".to_vec(), false),
                (2, 1, b"x".to_vec(), false),
            ]
        );
    }

    #[test]
    fn blank_and_invalid_utf8_are_told_apart() {
        let line = |bytes| Line {
            file: 0,
            number: 1,
            bytes,
            bom: false,
        };
        assert!(line(b" \t").is_blank());
        assert!(!line(b" x").is_blank());
        assert_eq!(line(b"ab\xFFc").text().unwrap_err().valid_up_to(), 2);
    }

    #[test]
    fn scan_folds_in_order_on_many_threads() {
        let text: String = (0..5000).map(|i| format!("{i}\n")).collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.jsonl");
        std::fs::write(&path, text).unwrap();
        let files = [path];
        let mut reader = Reader::new(&files);
        reader.chunk_bytes = 100;
        let mut seen = Vec::new();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap();
        pool.install(|| {
            reader
                .scan(
                    || (),
                    |(), line| {
                        std::str::from_utf8(line.bytes)
                            .unwrap()
                            .parse::<u64>()
                            .unwrap()
                    },
                    |n| seen.push(n),
                )
                .unwrap()
        });
        assert_eq!(seen, (0..5000).collect::<Vec<u64>>());
    }

    #[test]
    fn try_scan_stops_at_the_first_error_of_fold() {
        let text: String = (0..5000).map(|i| format!("{i}\n")).collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.jsonl");
        std::fs::write(&path, text).unwrap();
        let files = [path];
        let mut reader = Reader::new(&files);
        reader.chunk_bytes = 100;
        let mut seen = 0;
        let result = reader.try_scan(
            || (),
            |(), line| line.number,
            |number| {
                seen += 1;
                match number {
                    42 => Err(Error::Interrupted),
                    _ => Ok(()),
                }
            },
        );
        assert!(matches!(result, Err(Error::Interrupted)));
        assert_eq!(seen, 42);
    }

    proptest! {
        #[test]
        fn any_chunk_size_yields_the_same_lines(
            files in prop::collection::vec(
                prop::collection::vec(prop::sample::select(b"ab\n\r \xEF\xBB\xBF{".to_vec()), 0..60),
                1..4,
            ),
            chunk_bytes in 1usize..64,
        ) {
            prop_assert_eq!(read_all(&files, chunk_bytes), naive(&files));
        }
    }
}
