//! Refusals: the lines a command that writes a dataset from another one
//! (`convert`, `split`) will not take. A line is refused when it is not a
//! valid example of its format, or when `convert` cannot carry it into the
//! target format without losing something.
//!
//! Workers return a [`Refusal`] for a line; [`Refusals`] gathers them in
//! line order, keeping the first line of each kind and a count, so one run
//! shows every kind of problem. A command with refusals writes nothing and
//! returns them as its error; where the lines come from is the reader's
//! business, what they mean the command's.

use std::fmt;

use crate::dataset::Format;
use crate::validate::{Finding, Location};

/// Why one line is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What kind of problem, e.g. `several_turns` or validate's `invalid_json`.
    pub kind: &'static str,
    /// JSON path inside the line; empty for the line as a whole.
    pub path: String,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Refusal {
    /// A refusal of `kind` at `path`.
    pub fn new(kind: &'static str, path: impl Into<String>, message: impl Into<String>) -> Refusal {
        Refusal {
            kind,
            path: path.into(),
            message: message.into(),
        }
    }

    /// A line that breaks `format`'s rules, as `validate` found it.
    pub fn invalid(format: Format, finding: Finding) -> Refusal {
        Refusal {
            kind: finding.check.name(),
            path: finding.path,
            message: format!(
                "{}; not a valid {format} line (`synthforge validate` lists every problem)",
                finding.message
            ),
        }
    }
}

/// The first line of one kind of refusal, and how many lines have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    /// The first refused line of this kind.
    pub location: Location,
    /// Its refusal.
    pub refusal: Refusal,
    /// Lines refused for this kind, the first included.
    pub count: u64,
}

/// The refused lines of one run, by kind in order of first appearance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refusals {
    /// Every kind seen, with its first line.
    pub kinds: Vec<Kind>,
    /// Lines read in all, refused or not.
    pub read: u64,
}

impl Refusals {
    /// Counts one line read.
    pub fn read_line(&mut self) {
        self.read += 1;
    }

    /// Records the refusal of the line at `location`.
    pub fn add(&mut self, refusal: Refusal, location: impl FnOnce() -> Location) {
        match self
            .kinds
            .iter_mut()
            .find(|k| k.refusal.kind == refusal.kind)
        {
            Some(kind) => kind.count += 1,
            None => self.kinds.push(Kind {
                location: location(),
                refusal,
                count: 1,
            }),
        }
    }

    /// Whether no line was refused.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Lines refused in all.
    pub fn lines(&self) -> u64 {
        self.kinds.iter().map(|k| k.count).sum()
    }
}

/// `3 of 12 lines refused; nothing was written`, then one line per kind:
/// `file:line: json.path: message [kind, N lines]`.
impl fmt::Display for Refusals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines = |n: u64| match n {
            1 => "1 line".to_string(),
            n => format!("{n} lines"),
        };
        write!(
            f,
            "{} of {} refused; nothing was written",
            self.lines(),
            lines(self.read)
        )?;
        for kind in &self.kinds {
            let Location { file, line } = &kind.location;
            write!(f, "\n  {file}:{line}: ")?;
            if !kind.refusal.path.is_empty() {
                write!(f, "{}: ", kind.refusal.path)?;
            }
            write!(
                f,
                "{} [{}, {}]",
                kind.refusal.message,
                kind.refusal.kind,
                lines(kind.count)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_keeps_its_first_line_and_counts_the_others() {
        let mut refusals = Refusals::default();
        let at = |line| Location {
            file: "a.jsonl".into(),
            line,
        };
        for (line, kind) in [(2, "several_turns"), (3, "weight_0"), (5, "several_turns")] {
            refusals.read_line();
            refusals.add(
                Refusal::new(kind, "messages", format!("{kind} at {line}")),
                || at(line),
            );
        }
        refusals.read_line();
        assert_eq!(refusals.lines(), 3);
        assert_eq!(
            refusals.to_string(),
            "3 of 4 lines refused; nothing was written\n  \
             a.jsonl:2: messages: several_turns at 2 [several_turns, 2 lines]\n  \
             a.jsonl:3: messages: weight_0 at 3 [weight_0, 1 line]"
        );
    }
}
