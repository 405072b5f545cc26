//! The library's one error type. Each variant carries where the problem is
//! (file and line/column or JSON path, template and line, output path) and
//! says how to fix it, so the CLI only has to print it. Values quoted from
//! the input go through `elide`, so a huge input cannot make a huge message.
//!
//! Input that loads but deserves a look (an unknown field that is ignored,
//! say) is a [`Warning`]: data the library returns and the CLI prints.

use std::path::{Path, PathBuf};

use crate::plan::Shortfall;
use crate::refusal::Refusals;

/// Everything that can go wrong while loading inputs or generating.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input file (dictionary, recipe, template directory) is malformed or
    /// inconsistent.
    #[error("{file}: {location}: {message}")]
    Input {
        /// The file, as the user named it or `<embedded>/…`.
        file: String,
        /// `line L, column C`, a JSON path, or both.
        location: String,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A template failed to compile or render.
    #[error("template `{template}`{}: {message}", line.map(|l| format!(" line {l}")).unwrap_or_default())]
    Template {
        /// The template's name.
        template: String,
        /// The 1-based line, when known.
        line: Option<usize>,
        /// What went wrong, naming the variable when one was undefined.
        message: String,
    },
    /// An option has a value that cannot work.
    #[error("invalid value for {option}: {message}")]
    Option {
        /// The option, e.g. `--shard-lines`.
        option: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// Placeholders of a dictionary's templates that nothing can fill; all
    /// of them are listed, so that one run shows everything to supply.
    #[error("{file}: {} placeholder{} without a value source:\n{}", missing.len(), if missing.len() == 1 { "" } else { "s" }, missing.iter().map(|m| format!("  {m}")).collect::<Vec<_>>().join("\n"))]
    Unfilled {
        /// The dictionary file.
        file: String,
        /// One line per (mapping, placeholder): where it is and how to
        /// supply it.
        missing: Vec<String>,
    },
    /// Some family quotas cannot be met with distinct examples.
    #[error("{}", Shortfall::report(.0))]
    Shortfall(Vec<Shortfall>),
    /// The output directory exists and holds files.
    #[error("output directory `{}` already exists and is not empty; pass --force to replace it (the old data is kept until the new dataset is complete)", .0.display())]
    OutputExists(PathBuf),
    /// A dataset's files cannot be found or its format cannot be told.
    #[error("{}: {message}", path.display())]
    Dataset {
        /// The file or directory the user named.
        path: PathBuf,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// `convert` or `split` refused lines (not valid, or not convertible
    /// without loss) and wrote nothing.
    #[error("{what}: {refusals}")]
    Refused {
        /// What could not be done, e.g. `cannot convert openai lines to io`.
        what: String,
        /// The refused lines, by kind.
        refusals: Refusals,
    },
    /// A directory given as a dataset has no manifest.
    #[error("`{}` is not a complete dataset: it has no manifest.json (a run that did not finish writes none); generate it again", .0.display())]
    NotADataset(PathBuf),
    /// `verify --regenerate` cannot run the recorded generation again.
    #[error("cannot regenerate `{}`: {message}", dataset.display())]
    Unreproducible {
        /// The dataset directory.
        dataset: PathBuf,
        /// Why, and what to do.
        message: String,
    },
    /// The run was cancelled (SIGINT or SIGTERM in the CLI) before it
    /// finished; its partial output was removed.
    #[error("interrupted; the partial output was removed and any previous dataset is untouched")]
    Interrupted,
    /// Reading or writing a file failed.
    #[error("{}: {cause}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The operating system's error (shown in the message, not chained,
        /// so it prints once).
        cause: std::io::Error,
    },
}

impl Error {
    /// `Err(Interrupted)` once `cancel` is raised (by a signal handler, say);
    /// long runs call it between chunks.
    pub fn unless_cancelled(cancel: &std::sync::atomic::AtomicBool) -> Result<(), Error> {
        match cancel.load(std::sync::atomic::Ordering::Relaxed) {
            true => Err(Error::Interrupted),
            false => Ok(()),
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: &Path, cause: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            cause,
        }
    }

    /// Whether the error comes from the way the program was called rather
    /// than from the data (exit code 2 rather than 1).
    pub fn is_usage(&self) -> bool {
        matches!(self, Error::Option { .. } | Error::OutputExists(_))
    }
}

/// Something in an input file that loads but deserves a look.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    /// The file, as the user named it.
    pub file: String,
    /// The JSON path, e.g. `mappings.auth-form.intent_phrases[0].alias`.
    pub path: String,
    /// What was noticed and what synthforge does about it.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: at `{}`: {}", self.file, self.path, self.message)
    }
}

/// Keeps the start and the end of `text` when it is longer than `max`
/// bytes, so the kind of value and what was expected both stay visible.
pub(crate) fn elide(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let head = floor(max * 2 / 3);
    let tail = floor(text.len() - max / 3);
    format!(
        "{}…[{} bytes]…{}",
        &text[..head],
        tail - head,
        &text[tail..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_keeps_its_start_and_end() {
        let cases = [
            ("short", 10, "short"),
            ("0123456789abcdefghij", 12, "01234567…[8 bytes]…ghij"),
            ("ééééééééééééé", 12, "éééé…[14 bytes]…éé"),
        ];
        for (text, max, want) in cases {
            assert_eq!(elide(text, max), want, "{text} at most {max}");
        }
    }
}
