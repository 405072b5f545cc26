//! CodeTutor: the second kind of dataset. A dictionary of programming
//! lessons (topics and compositions, with code per language, bugs and
//! misconceptions) and a recipe become `{"input","output"}` pairs whose
//! answers follow the seven-section teaching structure of
//! [`structure`](crate::validate::structure).
//!
//! The five families mean here:
//!
//! | family      | stratum     | axes |
//! |-------------|-------------|------|
//! | base        | topic       | language × name or alias × phrasing × level × mode |
//! | contextual  | topic       | (context, language) × name or alias × phrasing × mode |
//! | composition | composition | language × name or alias × phrasing × level × mode |
//! | edge_case   | topic's bugs, topic's misconceptions | (bug × request, or misconception × language × request) × level × mode |
//! | domain      | topic       | (domain, language) × name or alias × phrasing × mode |
//!
//! Loading ([`dictionary`], [`recipe`]) checks everything; [`Catalog`]
//! flattens the axes for the plan; [`Renderer`] renders an item with the
//! templates of the dictionary directory. The dedup key is the question
//! alone (with the system prompt), so no two lines ask the same thing.

pub mod dictionary;
pub mod recipe;
mod render;

use std::collections::HashSet;
use std::path::Path;

use indexmap::IndexMap;

pub use dictionary::Dictionary;
pub use recipe::Recipe;
pub use render::{Renderer, TEMPLATE_NAMES};

use crate::error::Error;
use crate::generate::{Tally, named};
use crate::manifest::Counts;
use crate::plan::{Plan, Space};
use crate::recipe::Family;
use crate::source::Source;

/// A CodeTutor dictionary and recipe with their axes flattened.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The lessons.
    pub dictionary: Dictionary,
    /// What to generate.
    pub recipe: Recipe,
    /// Per topic: the (context, code slot) pairs that fit.
    contexts: Vec<Vec<(usize, usize)>>,
    /// Per topic: the (domain, code slot) pairs that fit.
    domains: Vec<Vec<(usize, usize)>>,
    /// The edge-case strata: per topic, its bugs (with each debugging
    /// request) and its misconceptions (with each language and request),
    /// as two strata so that both kinds get their share of the quota.
    edges: Vec<EdgeStratum>,
}

/// A topic's bugs or its misconceptions, as one stratum of the edge-case family.
#[derive(Debug, Clone)]
struct EdgeStratum {
    topic: usize,
    name: String,
    edges: Vec<Edge>,
}

/// One edge case of a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// A bug of the topic, presented with a debugging request.
    Bug {
        /// Index into the topic's bugs.
        bug: usize,
        /// Index into the recipe's debugging requests.
        request: usize,
    },
    /// A misconception about the topic, in one of its languages.
    Misconception {
        /// Index into the topic's misconceptions.
        misconception: usize,
        /// Index into the topic's code slots.
        slot: usize,
        /// Index into the recipe's misconception requests.
        request: usize,
    },
}

/// Everything chosen for one work item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// The family.
    pub family: Family,
    /// Index into topics, then compositions (see [`Dictionary::lessons`]).
    pub lesson: usize,
    /// Index into the lesson's code slots (its languages).
    pub slot: usize,
    /// 0 for the lesson's name, `a + 1` for alias `a`.
    pub surface: usize,
    /// Index into the recipe's phrasings (not for edge cases).
    pub phrasing: Option<usize>,
    /// Index into the recipe's levels.
    pub level: Option<usize>,
    /// Index into the recipe's modes.
    pub mode: usize,
    /// Index into the recipe's contexts.
    pub context: Option<usize>,
    /// Index into the recipe's domains.
    pub domain: Option<usize>,
    /// The edge case.
    pub edge: Option<Edge>,
}

/// Reads the CodeTutor dictionary in `dir` with a recipe: `recipe` or
/// `dir/recipe.json`. Returns the catalog, the files read (dictionary
/// files in a fixed order) and the recipe's source.
pub fn load(dir: &Path, recipe: Option<&Path>) -> Result<(Catalog, Vec<Source>, Source), Error> {
    let (dictionary, files) = Dictionary::load(dir)?;
    let recipe_path = recipe.map_or_else(|| dir.join("recipe.json"), Path::to_path_buf);
    let recipe_source = Source::read(&recipe_path)?;
    let languages: HashSet<&str> = dictionary.languages.iter().map(|l| l.id.as_str()).collect();
    let categories: HashSet<&str> = dictionary
        .categories
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let recipe = Recipe::load(&recipe_source, &languages, &categories)?;
    Ok((Catalog::new(dictionary, recipe), files, recipe_source))
}

impl Catalog {
    /// Flattens the axes of a checked dictionary and recipe.
    pub fn new(dictionary: Dictionary, recipe: Recipe) -> Catalog {
        let slot_of = |topic: &dictionary::Lesson, language: &str| {
            let index = dictionary.language_index(language);
            topic.code.iter().position(|(l, _)| Some(*l) == index)
        };
        let (debugging, misconception_requests) =
            (recipe.debugging.len(), recipe.misconceptions.len());
        let mut contexts = Vec::new();
        let mut domains = Vec::new();
        let mut edges = Vec::new();
        for (t, topic) in dictionary.topics.iter().enumerate() {
            let fits = |languages: &[String], slot: usize| {
                let id = &dictionary.languages[topic.code[slot].0].id;
                languages.is_empty() || languages.contains(id)
            };
            contexts.push(
                recipe
                    .contexts
                    .iter()
                    .enumerate()
                    .flat_map(|(c, context)| {
                        (0..topic.code.len())
                            .filter(move |&s| fits(&context.languages, s))
                            .map(move |s| (c, s))
                    })
                    .collect(),
            );
            let category = topic.category.as_deref().unwrap_or_default();
            domains.push(
                recipe
                    .domains
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.notes.contains_key(category))
                    .flat_map(|(d, domain)| {
                        domain
                            .languages
                            .iter()
                            .filter_map(|l| slot_of(topic, l))
                            .map(move |s| (d, s))
                    })
                    .collect(),
            );
            let bugs = (0..topic.bugs.len())
                .flat_map(|bug| (0..debugging).map(move |request| Edge::Bug { bug, request }));
            let misconceptions = (0..topic.misconceptions.len()).flat_map(|misconception| {
                (0..topic.code.len()).flat_map(move |slot| {
                    (0..misconception_requests).map(move |request| Edge::Misconception {
                        misconception,
                        slot,
                        request,
                    })
                })
            });
            for (kind, list) in [
                ("debugging", bugs.collect::<Vec<_>>()),
                ("misconception", misconceptions.collect()),
            ] {
                if !list.is_empty() {
                    edges.push(EdgeStratum {
                        topic: t,
                        name: format!("{}/{kind}", topic.id),
                        edges: list,
                    });
                }
            }
        }
        Catalog {
            dictionary,
            recipe,
            contexts,
            domains,
            edges,
        }
    }

    /// The item at the given axis digits of a stratum.
    pub fn item(&self, family: Family, subject: usize, d: &[u64]) -> Item {
        let at = |i: usize| usize::try_from(d[i]).expect("a digit is below its radix");
        let topics = self.dictionary.topics.len();
        let plain = |lesson: usize, slot: usize, surface: usize| Item {
            family,
            lesson,
            slot,
            surface,
            phrasing: None,
            level: None,
            mode: 0,
            context: None,
            domain: None,
            edge: None,
        };
        match family {
            Family::Base | Family::Composition => {
                let lesson = if family == Family::Base {
                    subject
                } else {
                    topics + subject
                };
                Item {
                    phrasing: Some(at(2)),
                    level: Some(at(3)),
                    mode: at(4),
                    ..plain(lesson, at(0), at(1))
                }
            }
            Family::Contextual => {
                let (context, slot) = self.contexts[subject][at(0)];
                Item {
                    phrasing: Some(at(2)),
                    mode: at(3),
                    context: Some(context),
                    ..plain(subject, slot, at(1))
                }
            }
            Family::Domain => {
                let (domain, slot) = self.domains[subject][at(0)];
                Item {
                    phrasing: Some(at(2)),
                    mode: at(3),
                    domain: Some(domain),
                    ..plain(subject, slot, at(1))
                }
            }
            Family::EdgeCase => {
                let stratum = &self.edges[subject];
                let edge = stratum.edges[at(0)];
                let topic = &self.dictionary.topics[stratum.topic];
                let slot = match edge {
                    Edge::Bug { bug, .. } => {
                        let language = topic.bugs[bug].language_index;
                        topic
                            .code
                            .iter()
                            .position(|(l, _)| *l == language)
                            .expect("a bug's language has code (checked on load)")
                    }
                    Edge::Misconception { slot, .. } => slot,
                };
                Item {
                    level: Some(at(1)),
                    mode: at(2),
                    edge: Some(edge),
                    ..plain(stratum.topic, slot, 0)
                }
            }
        }
    }

    /// The manifest's breakdowns: per topic (a composition's examples count
    /// under each of its topics), composition, category, and per tag:
    /// language, mode, level, and context, domain or edge case.
    pub fn counts(&self, plan: &Plan, tally: &Tally) -> Counts {
        let d = &self.dictionary;
        let mut topics = vec![0u64; d.topics.len()];
        let mut compositions = vec![0u64; d.compositions.len()];
        for (s, &n) in plan.strata.iter().zip(&tally.produced) {
            if s.family == Family::Composition {
                compositions[s.subject] += n;
                for part in &d.compositions[s.subject].parts {
                    let t = d
                        .topics
                        .iter()
                        .position(|t| &t.id == part)
                        .expect("parts are topics (checked on load)");
                    topics[t] += n;
                }
            } else if s.family == Family::EdgeCase {
                topics[self.edges[s.subject].topic] += n;
            } else {
                topics[s.subject] += n;
            }
        }
        let mut categories: IndexMap<String, u64> =
            d.categories.iter().map(|c| (c.id.clone(), 0)).collect();
        for (t, n) in d.topics.iter().zip(&topics) {
            *categories
                .entry(t.category.clone().unwrap_or_default())
                .or_default() += n;
        }
        let r = &self.recipe;
        let places = &tally.tags[3];
        let (contexts, rest) = places.split_at(r.contexts.len());
        let (domains, edges) = rest.split_at(r.domains.len());
        let edge_ids = [String::from("debugging"), String::from("misconception")];
        let mut counts = Counts::new();
        counts.insert(
            "topics".into(),
            named(d.topics.iter().map(|t| &t.id), &topics),
        );
        counts.insert(
            "compositions".into(),
            named(d.compositions.iter().map(|c| &c.id), &compositions),
        );
        counts.insert("categories".into(), categories);
        counts.insert(
            "languages".into(),
            named(d.languages.iter().map(|l| &l.id), &tally.tags[0]),
        );
        counts.insert(
            "modes".into(),
            named(r.modes.iter().map(|m| &m.id), &tally.tags[1]),
        );
        counts.insert(
            "levels".into(),
            named(r.levels.iter().map(|l| &l.id), &tally.tags[2]),
        );
        counts.insert(
            "contexts".into(),
            named(r.contexts.iter().map(|c| &c.id), contexts),
        );
        counts.insert(
            "domains".into(),
            named(r.domains.iter().map(|d| &d.id), domains),
        );
        counts.insert("edge_cases".into(), named(edge_ids.iter(), edges));
        counts
    }

    /// How many values each tag of [`Renderer`]'s examples ranges over.
    pub fn tag_sizes(&self) -> [usize; 4] {
        let r = &self.recipe;
        [
            self.dictionary.languages.len(),
            r.modes.len(),
            r.levels.len(),
            r.contexts.len() + r.domains.len() + 2,
        ]
    }

    fn surfaces(&self, lesson: &dictionary::Lesson) -> u64 {
        1 + lesson.aliases.len() as u64
    }
}

impl Space for Catalog {
    fn quotas(&self) -> Vec<(Family, u64)> {
        self.recipe.quotas()
    }

    fn subjects(&self, family: Family) -> Vec<(usize, String)> {
        let topics = self.dictionary.topics.iter().enumerate();
        let named = |(i, t): (usize, &dictionary::Lesson)| (i, t.id.clone());
        match family {
            Family::Base => topics.map(named).collect(),
            Family::Composition => self
                .dictionary
                .compositions
                .iter()
                .enumerate()
                .map(named)
                .collect(),
            Family::Contextual => topics
                .filter(|(i, _)| !self.contexts[*i].is_empty())
                .map(named)
                .collect(),
            Family::Domain => topics
                .filter(|(i, _)| !self.domains[*i].is_empty())
                .map(named)
                .collect(),
            Family::EdgeCase => self
                .edges
                .iter()
                .enumerate()
                .map(|(i, e)| (i, e.name.clone()))
                .collect(),
        }
    }

    fn radices(&self, family: Family, subject: usize) -> Vec<u64> {
        let r = &self.recipe;
        let len = |n: usize| n as u64;
        let (phrasings, levels, modes) = (
            len(r.phrasings.len()),
            len(r.levels.len()),
            len(r.modes.len()),
        );
        match family {
            Family::Base => {
                let t = &self.dictionary.topics[subject];
                vec![
                    len(t.code.len()),
                    self.surfaces(t),
                    phrasings,
                    levels,
                    modes,
                ]
            }
            Family::Composition => {
                let c = &self.dictionary.compositions[subject];
                vec![
                    len(c.code.len()),
                    self.surfaces(c),
                    phrasings,
                    levels,
                    modes,
                ]
            }
            Family::Contextual => {
                let t = &self.dictionary.topics[subject];
                vec![
                    len(self.contexts[subject].len()),
                    self.surfaces(t),
                    phrasings,
                    modes,
                ]
            }
            Family::Domain => {
                let t = &self.dictionary.topics[subject];
                vec![
                    len(self.domains[subject].len()),
                    self.surfaces(t),
                    phrasings,
                    modes,
                ]
            }
            Family::EdgeCase => vec![len(self.edges[subject].edges.len()), levels, modes],
        }
    }
}
