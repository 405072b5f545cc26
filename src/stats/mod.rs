//! `stats`: what a dataset holds and what training on it costs: examples,
//! messages, content tokens per role, tokens per example (overall and per
//! family) with exact percentiles and a histogram, examples over the
//! model's limit, and the epochs, billed tokens and cost of a job.
//!
//! ```text
//! dataset reader ─► line ─► JSON ─► tokens (crate::tokens, the model's encoding)
//!   ─► in order: family, per-role sums, one u32 per example ─► report
//! ```
//!
//! Lines are parsed and tokenized on the rayon pool in ordered chunks
//! ([`Reader::scan`]); the in-order pass keeps sums, the first few
//! locations, and each example's token count as a `u32` in its family's
//! list: 4 bytes per example, all that exact percentiles need (briefly 8
//! while the families' lists are joined for the overall figures). Lines
//! are not kept. Lines that are not examples of the format are counted
//! and skipped; saying what is wrong with them is `validate`'s job.
//!
//! [`Reader::scan`]: crate::dataset::Reader::scan

mod distribution;
pub mod family;
mod histogram;
pub mod plot;
mod report;
pub mod text;
pub mod training;

use std::collections::HashMap;

use serde_json::Value;

use crate::dataset::{Dataset, Format, Line};
use crate::error::Error;
use crate::model::{Model, Table};
use crate::progress::Progress;
use crate::tokens::{Counter, Role, Tokens};
use crate::validate::Location;
use family::{Ranges, Source};
use training::{MAX_TOKENS_PER_EXAMPLE, Price, Training};

pub use distribution::Distribution;
pub use histogram::Histogram;
pub use report::{
    FamilyStats, LongLine, Messages, OverLimit, Report, RoleStats, Skipped, SkippedLine,
};

/// How to compute the statistics.
#[derive(Debug, Clone)]
pub struct Options {
    /// The line format; `None` detects it from the first lines.
    pub format: Option<Format>,
    /// The model to count and price for, e.g. `gpt-4o-mini`.
    pub model: String,
    /// Epochs; `None` uses the cookbook's default for the dataset's size.
    pub epochs: Option<u64>,
    /// USD per 1M training tokens; `None` uses the model's price in the
    /// embedded table.
    pub price_per_mtok: Option<f64>,
    /// Worker threads; `None` uses every core.
    pub threads: Option<usize>,
    /// Locations kept of skipped lines and of examples over the limit.
    pub limit: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            format: None,
            model: crate::model::DEFAULT.into(),
            epochs: None,
            price_per_mtok: None,
            threads: None,
            limit: 10,
        }
    }
}

/// Computes the statistics of `dataset`, telling `progress` the bytes read.
pub fn stats(
    dataset: &Dataset,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Report, Error> {
    let table = Table::embedded();
    let model = table.find(&options.model)?;
    if options.epochs == Some(0) {
        return Err(Error::Option {
            option: "--epochs",
            message: "must be at least 1 (leave it out for the cookbook's default)".into(),
        });
    }
    let price = match options.price_per_mtok {
        Some(p) if !(p.is_finite() && p >= 0.0) => {
            return Err(Error::Option {
                option: "--price-per-mtok",
                message: format!("{p} is not a price; give USD per 1M training tokens, e.g. 3.00"),
            });
        }
        Some(per_mtok) => Some(Price {
            per_mtok,
            source: "--price-per-mtok".into(),
        }),
        None => model.training_per_mtok.map(|per_mtok| Price {
            per_mtok,
            source: format!(
                "{} training in data/models.json, as of {}",
                model.model, table.training_prices.as_of
            ),
        }),
    };
    let pool = crate::pool::build(options.threads)?;
    let (format, detected) = match options.format {
        Some(format) => (format, false),
        None => (Format::detect(dataset)?, true),
    };
    let bytes = dataset.bytes()?;
    let manifest = family::from_manifest(dataset);
    let mut tally = Tally::new(dataset, model, manifest, options.limit);
    let field = tally.ranges.is_none();
    let encoding = model.encoding;
    progress.start(bytes);
    let scanned = pool.install(|| {
        dataset.reader().with_progress(progress).scan(
            || Counter::new(encoding),
            |counter, line| look(format, line, counter, field),
            |looked| tally.add(looked),
        )
    });
    progress.finish();
    scanned?;
    Ok(tally.finish(format, detected, bytes, options.epochs, price))
}

/// What a worker made of one line.
struct Looked {
    file: usize,
    number: u64,
    counted: Result<Counted, &'static str>,
}

/// An example's tokens and family.
struct Counted {
    tokens: Tokens,
    /// The line's `family` field, when families come from the lines.
    family: Option<String>,
}

/// Parses and counts one line; runs on a worker thread.
fn look(format: Format, line: Line<'_>, counter: &mut Counter, field: bool) -> Looked {
    let counted = if line.is_blank() {
        Err("blank line")
    } else {
        match serde_json::from_slice::<Value>(line.bytes) {
            Err(_) => Err("not valid JSON"),
            Ok(Value::Object(object)) => match counter.count(format, &object) {
                None => Err(match format {
                    Format::Openai => "not an openai example",
                    Format::Mistral => "not a mistral example",
                    Format::Io => "not an io example",
                    Format::Alpaca => "not an alpaca example",
                    Format::Sharegpt => "not a sharegpt example",
                }),
                Some(tokens) => Ok(Counted {
                    tokens,
                    family: object
                        .get("family")
                        .and_then(Value::as_str)
                        .filter(|_| field)
                        .map(String::from),
                }),
            },
            Ok(_) => Err("not a JSON object"),
        }
    };
    Looked {
        file: line.file,
        number: line.number,
        counted,
    }
}

/// The in-order pass.
struct Tally<'a> {
    dataset: &'a Dataset,
    model: &'a Model,
    limit: usize,
    lines: u64,
    /// Families by line position, from the manifest.
    ranges: Option<Ranges>,
    /// Each family's name and token counts; index 0 holds examples without
    /// a family, then come the manifest's families or those of the lines'
    /// `family` fields, in order of appearance.
    groups: Vec<(String, Vec<u32>)>,
    index: HashMap<String, usize>,
    messages: u64,
    messages_min: u64,
    messages_max: u64,
    roles: [RoleSums; Role::ALL.len()],
    capped: u64,
    skipped: Skipped,
    over_limit: OverLimit,
}

#[derive(Debug, Clone, Copy)]
struct RoleSums {
    messages: u64,
    tokens: u64,
    min: u64,
    max: u64,
}

impl<'a> Tally<'a> {
    fn new(
        dataset: &'a Dataset,
        model: &'a Model,
        manifest: Option<Vec<(String, u64)>>,
        limit: usize,
    ) -> Tally<'a> {
        // Group 0 holds examples without a family; the manifest's families,
        // when they apply, are groups 1, 2, … in its order.
        let mut groups = vec![("all".to_string(), Vec::new())];
        let ranges = manifest.map(|families| {
            let (names, lines): (Vec<String>, Vec<u64>) = families.into_iter().unzip();
            groups.extend(names.into_iter().map(|name| (name, Vec::new())));
            Ranges::new(lines)
        });
        Tally {
            dataset,
            model,
            limit,
            lines: 0,
            ranges,
            groups,
            index: HashMap::new(),
            messages: 0,
            messages_min: u64::MAX,
            messages_max: 0,
            roles: [RoleSums {
                messages: 0,
                tokens: 0,
                min: u64::MAX,
                max: 0,
            }; Role::ALL.len()],
            capped: 0,
            skipped: Skipped {
                count: 0,
                first: Vec::new(),
            },
            over_limit: OverLimit {
                limit: model.example_limit,
                count: 0,
                first: Vec::new(),
            },
        }
    }

    fn location(&self, file: usize, line: u64) -> Location {
        Location {
            file: self.dataset.files[file].display().to_string(),
            line,
        }
    }

    fn add(&mut self, looked: Looked) {
        self.lines += 1;
        let by_position = self.ranges.as_mut().and_then(|r| r.next_line());
        let counted = match looked.counted {
            Ok(counted) => counted,
            Err(reason) => {
                self.skipped.count += 1;
                if self.skipped.first.len() < self.limit {
                    let location = self.location(looked.file, looked.number);
                    self.skipped.first.push(SkippedLine { location, reason });
                }
                return;
            }
        };
        let group = match (by_position, counted.family) {
            (Some(range), _) => range + 1,
            (None, None) => 0,
            (None, Some(name)) => match self.index.get(&name) {
                Some(&i) => i,
                None => {
                    self.groups.push((name.clone(), Vec::new()));
                    self.index.insert(name, self.groups.len() - 1);
                    self.groups.len() - 1
                }
            },
        };
        let Tokens { total, messages } = counted.tokens;
        self.groups[group]
            .1
            .push(u32::try_from(total).unwrap_or(u32::MAX));
        self.capped += total.min(MAX_TOKENS_PER_EXAMPLE);
        if total > u64::from(self.model.example_limit) {
            self.over_limit.count += 1;
            if self.over_limit.first.len() < self.limit {
                let location = self.location(looked.file, looked.number);
                self.over_limit.first.push(LongLine {
                    location,
                    tokens: total,
                });
            }
        }
        let n = messages.len() as u64;
        self.messages += n;
        self.messages_min = self.messages_min.min(n);
        self.messages_max = self.messages_max.max(n);
        for (role, tokens) in messages {
            let sums = &mut self.roles[role as usize];
            sums.messages += 1;
            sums.tokens += tokens;
            sums.min = sums.min.min(tokens);
            sums.max = sums.max.max(tokens);
        }
    }

    fn finish(
        self,
        format: Format,
        detected: bool,
        bytes: u64,
        epochs: Option<u64>,
        price: Option<Price>,
    ) -> Report {
        let mut groups = self.groups;
        for (_, tokens) in &mut groups {
            tokens.sort_unstable();
        }
        let families_from = match (&self.ranges, groups.len()) {
            (_, 1) => Source::None,
            (Some(_), _) => Source::Manifest,
            (None, _) => Source::Field,
        };
        if families_from != Source::None {
            if groups[0].1.is_empty() {
                groups.remove(0);
            } else {
                // Lines without a `family` among lines with one.
                groups[0].0 = "(none)".into();
            }
        }
        let min = groups.iter().filter_map(|(_, t)| t.first()).min();
        let max = groups.iter().filter_map(|(_, t)| t.last()).max();
        let layout = min
            .zip(max)
            .map(|(&min, &max)| Histogram::covering(min, max));
        let mut families = Vec::new();
        let all = if families_from == Source::None {
            groups.pop().map(|(_, t)| t).unwrap_or_default()
        } else {
            let mut all = Vec::with_capacity(groups.iter().map(|(_, t)| t.len()).sum());
            for (family, tokens) in groups {
                if let (Some(tokens_of), Some(layout)) = (Distribution::of(&tokens), &layout) {
                    families.push(FamilyStats {
                        family,
                        tokens: tokens_of,
                        histogram: layout.with(&tokens),
                    });
                }
                all.extend(tokens);
            }
            all.sort_unstable();
            all
        };
        let examples = all.len() as u64;
        let uncapped: u64 = all.iter().map(|&t| u64::from(t)).sum();
        let roles = Role::ALL
            .iter()
            .zip(&self.roles)
            .filter(|(_, s)| s.messages > 0)
            .map(|(&role, s)| RoleStats {
                role,
                messages: s.messages,
                tokens: s.tokens,
                min: s.min,
                mean: s.tokens as f64 / s.messages as f64,
                max: s.max,
            })
            .collect();
        Report {
            files: self
                .dataset
                .files
                .iter()
                .map(|f| f.display().to_string())
                .collect(),
            bytes,
            lines: self.lines,
            format,
            detected,
            model: self.model.clone(),
            examples,
            skipped: self.skipped,
            messages: Messages {
                total: self.messages,
                min: if examples == 0 { 0 } else { self.messages_min },
                mean: if examples == 0 {
                    0.0
                } else {
                    self.messages as f64 / examples as f64
                },
                max: self.messages_max,
            },
            roles,
            tokens: Distribution::of(&all),
            histogram: layout.map(|layout| layout.with(&all)),
            families_from,
            families,
            over_limit: self.over_limit,
            training: Training::new(examples, self.capped, uncapped, epochs, price),
        }
    }
}
