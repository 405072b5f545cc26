//! `validate`: checks a dataset against its format's rules, line by line,
//! and across lines for duplicates and a uniform schema.
//!
//! ```text
//! dataset reader ─► line (BOM, blank, UTF-8, JSON, duplicate keys, object)
//!   ─► format rules (openai | mistral | io | alpaca | sharegpt) ─► leaks
//!   ─► keys and shape ─► in order: duplicates, schema ─► report
//! ```
//!
//! Lines are checked on the rayon pool in ordered chunks ([`Reader::scan`]);
//! the in-order pass keeps only counts, the first findings of each check,
//! the dedup keys and the reference shape, so memory does not grow with the
//! file size. Each rule set is one module. Findings are data ([`Report`]);
//! only a dataset that cannot be read or whose format cannot be told is an
//! [`Error`].
//!
//! OpenAI lines are also held to the model's tokens per training example
//! ([`Options::model`]); Mistral's tokenizer is another one, so Mistral
//! lines are not.
//!
//! [`Reader::scan`]: crate::dataset::Reader::scan

mod alpaca;
mod duplicates;
mod io;
mod leaks;
mod line;
mod mistral;
mod openai;
mod path;
mod report;
mod schema;
mod sharegpt;
pub mod structure;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::dataset::{Dataset, Format, Line};
use crate::error::Error;
use crate::model::{Model, Table};
use crate::progress::Progress;
use duplicates::{Keys, Ordinal, Repeat, Seen};
use schema::{Difference, Shape};

pub(crate) use duplicates::{normalised_object, normalised_values};
pub use report::{Check, Finding, Group, Location, Report, Severity};
pub use structure::Structure;

/// How to validate.
#[derive(Debug, Clone)]
pub struct Options {
    /// The line format; `None` detects it from the first lines.
    pub format: Option<Format>,
    /// Worker threads; `None` uses every core.
    pub threads: Option<usize>,
    /// Findings kept per check; the others are only counted.
    pub limit: usize,
    /// The model whose limit on tokens per training example OpenAI lines
    /// are checked against, e.g. `gpt-4o-mini`.
    pub model: String,
    /// A structure rule every example's text must follow.
    pub structure: Option<Structure>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            format: None,
            threads: None,
            limit: 10,
            model: crate::model::DEFAULT.into(),
            structure: None,
        }
    }
}

/// Validates every line of `dataset`, telling `progress` the bytes read.
pub fn validate(
    dataset: &Dataset,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Report, Error> {
    let model = Table::embedded().find(&options.model)?;
    let pool = crate::pool::build(options.threads)?;
    let (format, detected) = match options.format {
        Some(format) => (format, false),
        None => (Format::detect(dataset)?, true),
    };
    let bytes = dataset.bytes()?;
    let mut tally = Tally::new(dataset, options.limit);
    progress.start(bytes);
    let scanned = pool.install(|| {
        dataset.reader().with_progress(progress).scan(
            Vec::new,
            |scratch, line| check_line(format, model, options.structure, line, scratch),
            |checked| tally.add(checked),
        )
    });
    progress.finish();
    scanned?;
    Ok(tally.finish(format, detected, bytes))
}

/// A finding inside a line, before the in-order pass adds the line.
#[derive(Debug)]
struct Found {
    check: Check,
    path: String,
    message: String,
}

impl Found {
    fn new(check: Check, path: &str, message: String) -> Found {
        Found {
            check,
            path: path.to_string(),
            message,
        }
    }
}

/// What the checks of one line found.
struct Checked {
    file: usize,
    number: u64,
    blank: bool,
    found: Vec<Found>,
    /// Dedup keys, when the line is a JSON object.
    keys: Option<Keys>,
    /// Keys and types, when the line passed its format's rules.
    shape: Option<Result<Shape, Difference>>,
}

/// Every check that looks at one line alone; runs on a worker thread.
fn check_line(
    format: Format,
    model: &Model,
    structure: Option<Structure>,
    line: Line<'_>,
    scratch: &mut Vec<u8>,
) -> Checked {
    let mut checked = Checked {
        file: line.file,
        number: line.number,
        blank: line.is_blank(),
        found: Vec::new(),
        keys: None,
        shape: None,
    };
    let found = &mut checked.found;
    let Some(object) = line::check(&line, found) else {
        return checked;
    };
    let before = found.len();
    check_rules(format, &object, found);
    let valid = found.len() == before;
    if valid && format == Format::Openai {
        openai::check_tokens(&object, model, found);
    }
    leaks::check(&object, found);
    let exchange = match format {
        _ if !valid => None,
        Format::Openai | Format::Mistral => openai::exchange(&object),
        Format::Io => Some(io::EXCHANGE),
        Format::Alpaca => Some(alpaca::EXCHANGE),
        Format::Sharegpt => sharegpt::exchange(&object),
    };
    if let (Some(structure), Some(exchange)) = (structure, &exchange) {
        structure::check(structure, &object, exchange, &mut checked.found);
    }
    checked.keys = Some(Keys::of(line.bytes, &object, exchange, scratch));
    checked.shape = valid.then(|| Shape::of_object(&object));
    checked
}

/// The rules of `format` on one line's object.
fn check_rules(format: Format, object: &Map<String, Value>, found: &mut Vec<Found>) {
    match format {
        Format::Openai => openai::check(object, found),
        Format::Mistral => mistral::check(object, found),
        Format::Io => io::check(object, found),
        Format::Alpaca => alpaca::check(object, found),
        Format::Sharegpt => sharegpt::check(object, found),
    }
}

impl Found {
    /// The finding, without a location (the caller knows the line).
    fn unlocated(self) -> Finding {
        Finding {
            check: self.check,
            location: None,
            path: self.path,
            message: self.message,
            first: None,
        }
    }
}

/// `format`'s rules on one line's object: the first problem, if any.
pub fn rules(format: Format, object: &Map<String, Value>) -> Result<(), Finding> {
    let mut found = Vec::new();
    check_rules(format, object, &mut found);
    match found.into_iter().next() {
        None => Ok(()),
        Some(first) => Err(first.unlocated()),
    }
}

/// One line checked alone under `format`'s rules, as `validate` checks it:
/// the line's object when it is a valid example, otherwise the first
/// problem (check, JSON path and message, without a location). This is how
/// commands that read a dataset to write another (`convert`, `split`) take
/// their lines. A byte-order mark is not part of any example and passes;
/// leaks are about what the text says rather than its shape, and are left
/// to `validate`.
pub fn example(format: Format, line: &Line<'_>) -> Result<Map<String, Value>, Finding> {
    let mut found = Vec::new();
    let object = line::check(line, &mut found);
    found.retain(|f| f.check != Check::Bom);
    match (object, found.into_iter().next()) {
        (Some(object), None) => rules(format, &object).map(|()| object),
        (_, Some(first)) => Err(first.unlocated()),
        (None, None) => unreachable!("line::check reports why a line has no object"),
    }
}

/// The in-order pass: counts, first findings, dedup keys, reference shape.
struct Tally<'a> {
    dataset: &'a Dataset,
    limit: usize,
    lines: u64,
    examples: u64,
    /// The ordinal of each file's first line, with the file, in order.
    starts: Vec<(Ordinal, usize)>,
    groups: BTreeMap<Check, Group>,
    seen: Seen,
    /// The first valid line's shape, refined by later lines, and that line.
    schema: Option<(Shape, Ordinal)>,
}

impl<'a> Tally<'a> {
    fn new(dataset: &'a Dataset, limit: usize) -> Tally<'a> {
        Tally {
            dataset,
            limit,
            lines: 0,
            examples: 0,
            starts: Vec::new(),
            groups: BTreeMap::new(),
            seen: Seen::default(),
            schema: None,
        }
    }

    fn add(&mut self, checked: Checked) {
        let at = self.lines;
        self.lines += 1;
        if checked.number == 1 {
            self.starts.push((at, checked.file));
        }
        if !checked.blank {
            self.examples += 1;
        }
        for found in checked.found {
            self.record(found.check, Some(at), found.path, || found.message, None);
        }
        if let Some(repeat) = checked.keys.and_then(|keys| self.seen.check(&keys, at)) {
            let (check, first, what) = match repeat {
                Repeat::Exact(first) => (Check::Duplicate, first, "an exact copy of"),
                Repeat::Near(first) => (
                    Check::NearDuplicate,
                    first,
                    "once whitespace and case are normalised, the same as",
                ),
                Repeat::Conflict(first) => (
                    Check::ConflictingAnswer,
                    first,
                    "a different answer to the prompt of",
                ),
            };
            let name = self.name(first);
            self.record(
                check,
                Some(at),
                String::new(),
                || format!("{what} {name}"),
                Some(first),
            );
        }
        match checked.shape {
            None => {}
            Some(Err(d)) => {
                self.record(Check::SchemaMismatch, Some(at), d.path, || d.message, None)
            }
            Some(Ok(shape)) => match &self.schema {
                None => self.schema = Some((shape, at)),
                Some((reference, first)) => {
                    let first = *first;
                    if let Some(d) = reference.compare(&shape, &self.name(first)) {
                        self.record(
                            Check::SchemaMismatch,
                            Some(at),
                            d.path,
                            || d.message,
                            Some(first),
                        );
                    } else if reference.has_unknown() {
                        let (reference, _) = self.schema.as_mut().expect("matched Some above");
                        reference.refine(&shape);
                    }
                }
            },
        }
    }

    /// Counts a finding and keeps it while the check has fewer than `limit`.
    fn record(
        &mut self,
        check: Check,
        at: Option<Ordinal>,
        path: String,
        message: impl FnOnce() -> String,
        first: Option<Ordinal>,
    ) {
        let group = self.groups.entry(check).or_insert_with(|| Group {
            check,
            severity: check.severity(),
            count: 0,
            findings: Vec::new(),
        });
        group.count += 1;
        if group.findings.len() >= self.limit {
            return;
        }
        let finding = Finding {
            check,
            location: at.map(|at| self.location(at)),
            path,
            message: message(),
            first: first.map(|first| self.location(first)),
        };
        self.groups
            .get_mut(&check)
            .expect("inserted above")
            .findings
            .push(finding);
    }

    fn location(&self, at: Ordinal) -> Location {
        let i = self.starts.partition_point(|(start, _)| *start <= at) - 1;
        let (start, file) = self.starts[i];
        Location {
            file: self.dataset.files[file].display().to_string(),
            line: at - start + 1,
        }
    }

    /// `file:line` of a line, for messages.
    fn name(&self, at: Ordinal) -> String {
        let l = self.location(at);
        format!("{}:{}", l.file, l.line)
    }

    fn finish(mut self, format: Format, detected: bool, bytes: u64) -> Report {
        if format == Format::Openai && self.examples < openai::MIN_EXAMPLES {
            let n = self.examples;
            self.record(
                Check::TooFewExamples,
                None,
                String::new(),
                || {
                    format!(
                        "{n} examples; OpenAI needs at least {} to start a fine-tuning job",
                        openai::MIN_EXAMPLES
                    )
                },
                None,
            );
        }
        let groups: Vec<Group> = self.groups.into_values().collect();
        let count = |severity| {
            groups
                .iter()
                .filter(|g| g.severity == severity)
                .map(|g| g.count)
                .sum()
        };
        Report {
            format,
            detected,
            files: self
                .dataset
                .files
                .iter()
                .map(|f| f.display().to_string())
                .collect(),
            bytes,
            lines: self.lines,
            examples: self.examples,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            groups,
        }
    }
}
