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
use crate::dedup::{Dedup, Key};
use crate::dictionary::Schema;
use crate::error::Error;
use crate::expand;
use crate::format;
use crate::inputs::Inputs;
use crate::manifest::{Counts, FamilyReport, Manifest};
use crate::output::Staging;
use crate::plan::{Plan, Shortfall};
use crate::pool;
use crate::progress::Progress;
use crate::recipe::Family;
use crate::render::Renderer;
use crate::shard::ShardWriter;

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
    let shard_lines = options
        .shard_lines
        .unwrap_or(inputs.catalog.recipe.shard_lines);
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
    renderer: Renderer<'a>,
    pool: rayon::ThreadPool,
}

struct Rendered {
    stratum: u32,
    key: Key,
    line: Vec<u8>,
    domain: Option<usize>,
    edge: Option<usize>,
}

/// Counters kept while accepting lines, indexed like the plan and catalog.
struct Tally {
    lines: u64,
    produced: Vec<u64>,
    duplicates: Vec<u64>,
    generic: u64,
    domains: Vec<u64>,
    edges: Vec<u64>,
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
        let catalog = &inputs.catalog;
        let plan = Plan::new(
            catalog,
            options.seed.unwrap_or(catalog.recipe.seed),
            options.total,
        );
        let shortfalls = plan.shortfalls();
        if !shortfalls.is_empty() && !options.allow_shortfall {
            return Err(Error::Shortfall(shortfalls));
        }
        let renderer = Renderer::new(catalog, &inputs.templates)?;
        Ok(Engine {
            inputs,
            options,
            plan,
            renderer,
            pool,
        })
    }

    /// Runs every round and hands each accepted line to `sink`, in plan order.
    fn produce(
        &self,
        progress: &dyn Progress,
        sink: &mut (dyn FnMut(&[u8]) -> Result<(), Error> + Send),
    ) -> Result<Tally, Error> {
        let catalog = &self.inputs.catalog;
        let strata = &self.plan.strata;
        let mut tally = Tally {
            lines: 0,
            produced: vec![0; strata.len()],
            duplicates: vec![0; strata.len()],
            generic: 0,
            domains: vec![0; catalog.recipe.domains.len()],
            edges: vec![0; catalog.recipe.edge_cases.len()],
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
        let catalog = &self.inputs.catalog;
        let format = catalog.recipe.format;
        let results: Vec<Result<Rendered, Error>> = items
            .par_iter()
            .map_init(Vec::new, |digits, &(s, k)| {
                let stratum = &self.plan.strata[s as usize];
                stratum.digits(k, digits);
                let item = expand::item(stratum.family, catalog, stratum.subject, digits);
                let example = self.renderer.render(&item)?;
                let key = Key::of(&example);
                let mut line = Vec::with_capacity(
                    example.messages().iter().map(|m| m.len()).sum::<usize>() + 128,
                );
                format::write_line(format, &example, &mut line);
                Ok(Rendered {
                    stratum: s,
                    key,
                    line,
                    domain: item.vocabulary.domain,
                    edge: item.edge.map(|e| e.0),
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
        let catalog = &self.inputs.catalog;
        let dictionary = &catalog.dictionary;
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
        let mut patterns = vec![0u64; dictionary.patterns.len()];
        let mut compositions = vec![0u64; catalog.recipe.compositions.len()];
        for (s, &n) in self.plan.strata.iter().zip(&tally.produced) {
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
        let named = |names: &mut dyn Iterator<Item = &String>, counts: &[u64]| {
            names
                .cloned()
                .zip(counts.iter().copied())
                .collect::<IndexMap<_, _>>()
        };
        let mut domains = IndexMap::new();
        domains.insert(catalog.recipe.generic.id.clone(), tally.generic);
        domains.extend(named(
            &mut catalog.recipe.domains.iter().map(|d| &d.id),
            &tally.domains,
        ));
        Manifest {
            generator: "synthforge".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            format: catalog.recipe.format,
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
            counts: Counts {
                patterns: named(&mut dictionary.patterns.iter().map(|p| &p.id), &patterns),
                compositions: named(
                    &mut catalog.recipe.compositions.iter().map(|c| &c.id),
                    &compositions,
                ),
                categories,
                domains,
                edge_cases: named(
                    &mut catalog.recipe.edge_cases.iter().map(|e| &e.id),
                    &tally.edges,
                ),
            },
            shards,
        }
    }
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
        match r.domain {
            Some(d) => tally.domains[d] += 1,
            None => tally.generic += 1,
        }
        if let Some(e) = r.edge {
            tally.edges[e] += 1;
        }
    }
    Ok(accepted)
}
