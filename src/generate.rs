//! Generation wires the stages together:
//! plan → expand → render → dedup → format → shards + manifest.
//!
//! Work items are processed in ordered chunks: rayon renders chunk `k + 1`
//! while the calling thread dedups and writes chunk `k`, always in plan
//! order, so the output is the same on any number of threads. A stratum
//! whose draws collide with earlier examples draws further items from its
//! permutation in refill rounds until its quota is met or its space is spent.
//!
//! A run can be cancelled through [`Options::cancel`]: the engine looks at
//! the flag between chunks and returns [`Error::Interrupted`]; the staging
//! directory goes with it, so nothing of the run remains.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use indexmap::IndexMap;
use rayon::prelude::*;

use crate::card;
use crate::catalog::Catalog;
use crate::dedup::{Dedup, Key};
use crate::dictionary::Schema;
use crate::error::Error;
use crate::format;
use crate::inputs::{Content, Inputs};
use crate::manifest::{Counts, FamilyReport, Manifest};
use crate::output::Staging;
use crate::plan::{Plan, Shortfall};
use crate::pool;
use crate::progress::Progress;
use crate::recipe::{Family, Format};
use crate::render::{Example, Renderer};
use crate::shard::ShardWriter;
use crate::tutor;

/// Work items rendered per parallel batch: enough to keep both cores busy
/// between hand-offs, small enough that two batches in flight stay a few MB.
const CHUNK: usize = 2048;

/// How to run a generation.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Output directory.
    pub out: PathBuf,
    /// Overrides the recipe's seed.
    pub seed: Option<u64>,
    /// Rendering threads (one more thread writes); `None` uses every core.
    pub threads: Option<usize>,
    /// Overrides the recipe's lines per shard.
    pub shard_lines: Option<u64>,
    /// Overrides the recipe's line format.
    pub format: Option<Format>,
    /// Scales all quotas to sum to this.
    pub total: Option<u64>,
    /// Replace an existing output directory.
    pub force: bool,
    /// Write what is reachable when a quota cannot be met.
    pub allow_shortfall: bool,
    /// Raised (by a signal handler, say) to stop the run: the workers finish
    /// the chunk in hand and the run returns [`Error::Interrupted`].
    pub cancel: Arc<AtomicBool>,
}

/// What a finished run wrote.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The manifest written last.
    pub manifest: Manifest,
    /// Bytes in all shards.
    pub bytes: u64,
    /// Wall time of the run, load excluded.
    pub seconds: f64,
}

/// Generates the dataset into `options.out`.
pub fn generate(
    inputs: &Inputs,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    let started = Instant::now();
    let engine = Engine::new(inputs, options)?;
    let shard_lines = options.shard_lines.unwrap_or(inputs.content.shard_lines());
    if shard_lines == 0 {
        return Err(Error::Option {
            option: "--shard-lines",
            message: "must be at least 1".into(),
        });
    }
    Error::unless_cancelled(&options.cancel)?;
    let staging = Staging::new(&options.out, options.force)?;
    let mut shards = ShardWriter::new(staging.path(), "train", shard_lines)?;
    let tally = engine.produce(progress, &mut |line| shards.write_line(line))?;
    let shards = shards.finish()?;
    let bytes = shards.iter().map(|s| s.bytes).sum();
    let manifest = engine.manifest(&tally, shards, shard_lines);
    card::write(&manifest, staging.path())?;
    // The last moment to stop: after the manifest the dataset is complete.
    Error::unless_cancelled(&options.cancel)?;
    manifest.write(staging.path())?;
    staging.commit()?;
    Ok(Summary {
        manifest,
        bytes,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Generates the dataset as one JSONL stream into `out` (no shards, no
/// manifest): the same lines, in the same order, as `generate` writes.
pub fn stream(
    inputs: &Inputs,
    options: &Options,
    out: &mut (dyn Write + Send),
    progress: &dyn Progress,
) -> Result<u64, Error> {
    let engine = Engine::new(inputs, options)?;
    let tally = engine.produce(progress, &mut |line| {
        out.write_all(line)
            .map_err(|e| Error::io("<stream>".as_ref(), e))
    })?;
    Ok(tally.lines)
}

struct Engine<'a> {
    inputs: &'a Inputs,
    options: &'a Options,
    plan: Plan,
    format: Format,
    producer: Box<dyn Produce + 'a>,
    pool: rayon::ThreadPool,
}

/// A dataset kind's renderer: the example at given axis digits of a stratum.
/// Both kinds (the UI catalog's renderer and CodeTutor's) implement it.
pub trait Produce: Sync {
    /// Renders the item at `digits` of stratum `subject` of `family`.
    fn produce(&self, family: Family, subject: usize, digits: &[u64]) -> Result<Produced, Error>;
}

/// A rendered example with its dedup key and the labels its kind counts.
pub struct Produced {
    /// The example.
    pub example: Example,
    /// What makes it a duplicate of another.
    pub key: Key,
    /// Per counted axis (the kind says which), the value's index or [`NO_TAG`].
    pub tags: Tags,
}

/// Indices of an example's values on the axes its kind counts in the manifest.
pub type Tags = [u32; 4];

/// A [`Tags`] entry for an axis the example has no value on.
pub const NO_TAG: u32 = u32::MAX;

struct Rendered {
    stratum: u32,
    key: Key,
    line: Vec<u8>,
    tags: Tags,
}

/// Counters kept while accepting lines, indexed like the plan (per
/// stratum) and like each counted axis of the kind (per tag value).
pub struct Tally {
    /// Lines accepted.
    pub lines: u64,
    /// Distinct examples per stratum.
    pub produced: Vec<u64>,
    /// Duplicates dropped per stratum.
    pub duplicates: Vec<u64>,
    /// Per counted axis, examples per value.
    pub tags: [Vec<u64>; 4],
}

/// A range of draws `start..end` of one stratum.
struct Run {
    stratum: usize,
    start: u64,
    end: u64,
}

impl<'a> Engine<'a> {
    fn new(inputs: &'a Inputs, options: &'a Options) -> Result<Engine<'a>, Error> {
        let pool = pool::build(options.threads)?;
        let content = &inputs.content;
        let plan = Plan::new(
            content.space(),
            options.seed.unwrap_or(content.seed()),
            options.total,
        );
        let shortfalls = plan.shortfalls();
        if !shortfalls.is_empty() && !options.allow_shortfall {
            return Err(Error::Shortfall(shortfalls));
        }
        let producer: Box<dyn Produce + 'a> = match content {
            Content::Ui(catalog) => Box::new(Renderer::new(catalog, &inputs.templates)?),
            Content::Tutor(catalog) => Box::new(tutor::Renderer::new(catalog, &inputs.templates)?),
        };
        Ok(Engine {
            inputs,
            options,
            plan,
            format: options.format.unwrap_or(content.format()),
            producer,
            pool,
        })
    }

    /// Runs every round and hands each accepted line to `sink`, in plan order.
    fn produce(
        &self,
        progress: &dyn Progress,
        sink: &mut (dyn FnMut(&[u8]) -> Result<(), Error> + Send),
    ) -> Result<Tally, Error> {
        let strata = &self.plan.strata;
        let sizes = self.inputs.content.tag_sizes();
        let mut tally = Tally {
            lines: 0,
            produced: vec![0; strata.len()],
            duplicates: vec![0; strata.len()],
            tags: sizes.map(|n| vec![0; n]),
        };
        // Sized for the whole plan up front, so the table does not rehash
        // (a rehash briefly holds the old and the new table). Capped at 4M
        // keys (~140 MiB); beyond that the set grows as needed.
        let reachable: u64 = strata.iter().map(|s| s.quota.min(s.space)).sum();
        let mut dedup = Dedup::with_capacity(reachable.min(1 << 22));
        let mut next: Vec<u64> = vec![0; strata.len()];
        let mut runs = self.refill(&tally.produced, &mut next);
        progress.start(self.plan.requested());
        let result = (|| {
            while !runs.is_empty() {
                let mut draws = runs
                    .iter()
                    .flat_map(|r| (r.start..r.end).map(move |k| (r.stratum as u32, k)));
                let mut pending: Vec<Rendered> = Vec::new();
                loop {
                    Error::unless_cancelled(&self.options.cancel)?;
                    let items: Vec<(u32, u64)> = draws.by_ref().take(CHUNK).collect();
                    if items.is_empty() && pending.is_empty() {
                        break;
                    }
                    let done = std::mem::take(&mut pending);
                    let (rendered, accepted) = self.pool.install(|| {
                        rayon::join(
                            || self.render_chunk(&items),
                            || accept(done, &mut dedup, &mut tally, sink),
                        )
                    });
                    progress.advance(accepted?);
                    pending = rendered?;
                }
                runs = self.refill(&tally.produced, &mut next);
            }
            Ok(())
        })();
        progress.finish();
        result?;
        let shortfalls = self.shortfalls(&tally);
        if !shortfalls.is_empty() && !self.options.allow_shortfall {
            return Err(Error::Shortfall(shortfalls));
        }
        Ok(tally)
    }

    /// The next draws: each stratum still short of its quota draws as many
    /// further items as it lacks, while its space lasts.
    fn refill(&self, produced: &[u64], next: &mut [u64]) -> Vec<Run> {
        let mut runs = Vec::new();
        for (i, s) in self.plan.strata.iter().enumerate() {
            let lacking = s.quota.saturating_sub(produced[i]);
            let end = next[i].saturating_add(lacking).min(s.space);
            if end > next[i] {
                runs.push(Run {
                    stratum: i,
                    start: next[i],
                    end,
                });
                next[i] = end;
            }
        }
        runs
    }

    fn render_chunk(&self, items: &[(u32, u64)]) -> Result<Vec<Rendered>, Error> {
        let results: Vec<Result<Rendered, Error>> = items
            .par_iter()
            .map_init(Vec::new, |digits, &(s, k)| {
                let stratum = &self.plan.strata[s as usize];
                stratum.digits(k, digits);
                let produced = self
                    .producer
                    .produce(stratum.family, stratum.subject, digits)?;
                let example = &produced.example;
                let mut line = Vec::with_capacity(
                    example.messages().iter().map(|m| m.len()).sum::<usize>() + 128,
                );
                format::write_line(self.format, example, &mut line);
                Ok(Rendered {
                    stratum: s,
                    key: produced.key,
                    line,
                    tags: produced.tags,
                })
            })
            .collect();
        // Sequential collect: the first error in plan order is the one reported.
        results.into_iter().collect()
    }

    fn shortfalls(&self, tally: &Tally) -> Vec<Shortfall> {
        self.plan
            .families
            .iter()
            .filter_map(|f| {
                let produced: u64 = tally.produced[f.strata.clone()].iter().sum();
                (produced < f.requested).then(|| Shortfall {
                    family: f.family,
                    requested: f.requested,
                    produced,
                    space: self.plan.space(f),
                })
            })
            .collect()
    }

    fn manifest(
        &self,
        tally: &Tally,
        shards: Vec<crate::shard::ShardInfo>,
        shard_lines: u64,
    ) -> Manifest {
        let mut families = IndexMap::new();
        let mut quotas = IndexMap::new();
        for f in &self.plan.families {
            let produced = tally.produced[f.strata.clone()].iter().sum();
            families.insert(f.family.name().to_string(), produced);
            quotas.insert(
                f.family.name().to_string(),
                FamilyReport {
                    requested: f.requested,
                    produced,
                    distinct_space: self.plan.space(f),
                    duplicates_dropped: tally.duplicates[f.strata.clone()].iter().sum(),
                },
            );
        }
        let counts = match &self.inputs.content {
            Content::Ui(catalog) => ui_counts(catalog, &self.plan, tally),
            Content::Tutor(catalog) => catalog.counts(&self.plan, tally),
        };
        Manifest {
            generator: "synthforge".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            format: self.format,
            seed: self.plan.seed,
            total_examples: tally.lines,
            duplicates_dropped: tally.duplicates.iter().sum(),
            dictionary: self.inputs.dictionary.0.clone(),
            dictionary_blake3: self.inputs.dictionary.1.clone(),
            schema: (self.inputs.schema != Schema::Synthforge).then_some(self.inputs.schema),
            recipe: self.inputs.recipe.0.clone(),
            recipe_blake3: self.inputs.recipe.1.clone(),
            templates: self.inputs.templates_dir.clone(),
            templates_blake3: self.inputs.templates_blake3.clone(),
            total: self.options.total,
            shard_lines,
            families,
            quotas,
            counts,
            shards,
        }
    }
}

/// The UI kind's breakdowns: per pattern (a composition's examples count
/// under each of its patterns), composition, category, domain (tag 0:
/// `generic` is 0, domain `d` is `d + 1`) and edge case (tag 1).
fn ui_counts(catalog: &Catalog, plan: &Plan, tally: &Tally) -> Counts {
    let dictionary = &catalog.dictionary;
    let mut patterns = vec![0u64; dictionary.patterns.len()];
    let mut compositions = vec![0u64; catalog.recipe.compositions.len()];
    for (s, &n) in plan.strata.iter().zip(&tally.produced) {
        if s.family == Family::Composition {
            compositions[s.subject] += n;
            for &p in &catalog.composition_patterns[s.subject] {
                patterns[p] += n;
            }
        } else {
            patterns[s.subject] += n;
        }
    }
    let mut categories: IndexMap<String, u64> = dictionary
        .categories
        .iter()
        .map(|c| (c.id.clone(), 0))
        .collect();
    for (p, n) in dictionary.patterns.iter().zip(&patterns) {
        *categories.entry(p.category.clone()).or_default() += n;
    }
    let domains = std::iter::once(&catalog.recipe.generic)
        .chain(&catalog.recipe.domains)
        .map(|d| &d.id);
    let mut counts = Counts::new();
    counts.insert(
        "patterns".into(),
        named(dictionary.patterns.iter().map(|p| &p.id), &patterns),
    );
    counts.insert(
        "compositions".into(),
        named(
            catalog.recipe.compositions.iter().map(|c| &c.id),
            &compositions,
        ),
    );
    counts.insert("categories".into(), categories);
    counts.insert("domains".into(), named(domains, &tally.tags[0]));
    counts.insert(
        "edge_cases".into(),
        named(
            catalog.recipe.edge_cases.iter().map(|e| &e.id),
            &tally.tags[1],
        ),
    );
    counts
}

/// Pairs names with counts, in order.
pub(crate) fn named<'n>(
    names: impl Iterator<Item = &'n String>,
    counts: &[u64],
) -> IndexMap<String, u64> {
    names.cloned().zip(counts.iter().copied()).collect()
}

/// Dedups a rendered chunk in order and writes the new lines; returns how
/// many were accepted.
fn accept(
    chunk: Vec<Rendered>,
    dedup: &mut Dedup,
    tally: &mut Tally,
    sink: &mut (dyn FnMut(&[u8]) -> Result<(), Error> + Send),
) -> Result<u64, Error> {
    let mut accepted = 0;
    for r in chunk {
        let s = r.stratum as usize;
        if !dedup.insert(r.key) {
            tally.duplicates[s] += 1;
            continue;
        }
        sink(&r.line)?;
        accepted += 1;
        tally.lines += 1;
        tally.produced[s] += 1;
        for (axis, &tag) in tally.tags.iter_mut().zip(&r.tags) {
            if tag != NO_TAG {
                axis[tag as usize] += 1;
            }
        }
    }
    Ok(accepted)
}
