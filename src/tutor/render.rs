//! Rendering a CodeTutor item: the question from a phrasing (or a debugging
//! or misconception request) and `question.jinja`, the answer from
//! `answer.jinja`, both with values converted once when the renderer is
//! built.

use std::collections::HashMap;
use std::sync::Arc;

use indexmap::IndexMap;
use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;
use minijinja::{Environment, UndefinedBehavior, context};
use serde::Serialize;

use super::{Catalog, Edge, Item};
use crate::dedup::Key;
use crate::error::Error;
use crate::generate::{NO_TAG, Produce, Produced};
use crate::recipe::Family;
use crate::render::{Example, SystemPrompt, add_set, add_template, render_with, ser};
use crate::source::Source;

/// The templates a CodeTutor dictionary directory provides in `templates/`.
pub const TEMPLATE_NAMES: [&str; 3] = ["system.jinja", "question.jinja", "answer.jinja"];

/// Compiled templates and the template values of a catalog.
pub struct Renderer<'c> {
    catalog: &'c Catalog,
    env: Environment<'static>,
    sources: HashMap<String, String>,
    system: Arc<SystemPrompt>,
    /// Per lesson (topics, then compositions).
    lessons: Vec<Value>,
    /// Per lesson and code slot: `{beginner, advanced}`.
    code: Vec<Vec<Value>>,
    /// Per lesson and code slot: the lesson's note for that language, or none.
    notes: Vec<Vec<Value>>,
    /// Per lesson: its two practice tasks.
    practice: Vec<[Value; 2]>,
    /// Per lesson: its bugs, with their programs.
    bugs: Vec<Vec<Value>>,
    /// Per lesson: its misconceptions.
    misconceptions: Vec<Vec<Value>>,
    /// Per domain: its note for each category id.
    domain_notes: Vec<IndexMap<String, Value>>,
    /// Template names of the phrasings, debugging and misconception requests.
    phrasing_names: Vec<String>,
    debugging_names: Vec<String>,
    misconception_names: Vec<String>,
    /// Per lesson: the names of its parts (empty for topics).
    parts: Vec<Value>,
    languages: Vec<Value>,
    levels: Vec<Value>,
    modes: Vec<Value>,
    contexts: Vec<Value>,
    domains: Vec<Value>,
}

#[derive(Serialize)]
struct CodeValue<'a> {
    beginner: &'a str,
    advanced: &'a str,
}

#[derive(Serialize)]
struct BugValue<'a> {
    id: &'a str,
    fails_with: &'a str,
    cause: &'a str,
    fix: &'a str,
    buggy: &'a str,
    fixed: &'a str,
}

impl<'c> Renderer<'c> {
    /// Compiles the templates and the recipe's request templates.
    pub fn new(catalog: &'c Catalog, templates: &[Source]) -> Result<Renderer<'c>, Error> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // Block tags sit on lines of their own in the answer template.
        env.set_syntax(
            SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .build()
                .expect("the default delimiters with trimming are a valid syntax"),
        );
        let mut sources = HashMap::new();
        add_set(&mut env, &mut sources, templates)?;
        let mut add = |env: &mut Environment<'static>, name: String, text: String| {
            add_template(env, &mut sources, name, text)
        };
        let recipe = &catalog.recipe;
        let phrasing_names: Vec<String> = recipe
            .phrasings
            .iter()
            .map(|p| format!("phrasing/{}", p.id))
            .collect();
        let debugging_names: Vec<String> = (0..recipe.debugging.len())
            .map(|i| format!("debugging/{i}"))
            .collect();
        let misconception_names: Vec<String> = (0..recipe.misconceptions.len())
            .map(|i| format!("misconception/{i}"))
            .collect();
        let requests = recipe
            .phrasings
            .iter()
            .map(|p| &p.text)
            .chain(&recipe.debugging)
            .chain(&recipe.misconceptions);
        let names = phrasing_names
            .iter()
            .chain(&debugging_names)
            .chain(&misconception_names);
        for (name, text) in names.zip(requests) {
            add(&mut env, name.clone(), text.clone())?;
        }
        for name in TEMPLATE_NAMES {
            if !sources.contains_key(name) {
                return Err(Error::Template {
                    template: name.into(),
                    line: None,
                    message:
                        "a CodeTutor dictionary needs this template in its templates/ directory"
                            .into(),
                });
            }
        }
        let d = &catalog.dictionary;
        let system = render_with(
            &env,
            &sources,
            "system.jinja",
            context! { dictionary => d.name.clone() },
        )?;
        let lessons: Vec<_> = d.lessons().collect();
        let name_of = |id: &String| {
            d.topics
                .iter()
                .find(|t| &t.id == id)
                .map_or_else(String::new, |t| t.name.clone())
        };
        Ok(Renderer {
            system: Arc::new(SystemPrompt::new(system)),
            code: lessons
                .iter()
                .map(|l| {
                    l.code
                        .iter()
                        .map(|(_, c)| {
                            ser(CodeValue {
                                beginner: &c.beginner,
                                advanced: &c.advanced,
                            })
                        })
                        .collect()
                })
                .collect(),
            notes: lessons
                .iter()
                .map(|l| {
                    l.code
                        .iter()
                        .map(|(language, _)| {
                            l.notes
                                .get(&d.languages[*language].id)
                                .map_or_else(|| Value::from(()), |n| Value::from(n.as_str()))
                        })
                        .collect()
                })
                .collect(),
            practice: lessons
                .iter()
                .map(|l| [0, 1].map(|i| Value::from(l.practice[i].as_str())))
                .collect(),
            bugs: lessons
                .iter()
                .map(|l| {
                    l.bugs
                        .iter()
                        .map(|b| {
                            ser(BugValue {
                                id: &b.id,
                                fails_with: &b.fails_with,
                                cause: &b.cause,
                                fix: &b.fix,
                                buggy: &b.buggy,
                                fixed: &b.fixed,
                            })
                        })
                        .collect()
                })
                .collect(),
            misconceptions: lessons
                .iter()
                .map(|l| l.misconceptions.iter().map(ser).collect())
                .collect(),
            domain_notes: recipe
                .domains
                .iter()
                .map(|d| {
                    d.notes
                        .iter()
                        .map(|(c, n)| (c.clone(), Value::from(n.as_str())))
                        .collect()
                })
                .collect(),
            phrasing_names,
            debugging_names,
            misconception_names,
            parts: lessons
                .iter()
                .map(|l| ser(l.parts.iter().map(name_of).collect::<Vec<_>>()))
                .collect(),
            lessons: lessons.iter().map(ser).collect(),
            languages: d.languages.iter().map(ser).collect(),
            levels: recipe.levels.iter().map(ser).collect(),
            modes: recipe.modes.iter().map(ser).collect(),
            contexts: recipe.contexts.iter().map(ser).collect(),
            domains: recipe.domains.iter().map(ser).collect(),
            catalog,
            env,
            sources,
        })
    }

    /// The system prompt every example shares.
    pub fn system(&self) -> &str {
        &self.system.text
    }

    /// Renders the question and answer of one item.
    pub fn render(&self, item: &Item) -> Result<Example, Error> {
        let d = &self.catalog.dictionary;
        let recipe = &self.catalog.recipe;
        let lesson = d.lesson(item.lesson);
        let language_index = lesson.code[item.slot].0;
        let language = &d.languages[language_index];
        let topic = match item.surface {
            0 => &lesson.name,
            a => &lesson.aliases[a - 1],
        };
        let render = |name: &str, ctx: Value| render_with(&self.env, &self.sources, name, ctx);
        let none = Value::from(());
        let (mut bug, mut misconception) = (none.clone(), none.clone());
        let request = match (item.edge, item.phrasing) {
            (Some(Edge::Bug { bug: b, request }), _) => {
                bug = self.bugs[item.lesson][b].clone();
                render(
                    &self.debugging_names[request],
                    context! { language => &language.name, topic => topic },
                )?
            }
            (
                Some(Edge::Misconception {
                    misconception: m,
                    request,
                    ..
                }),
                _,
            ) => {
                misconception = self.misconceptions[item.lesson][m].clone();
                render(
                    &self.misconception_names[request],
                    context! { claim => &lesson.misconceptions[m].claim, language => &language.name, topic => topic },
                )?
            }
            (None, Some(p)) => render(
                &self.phrasing_names[p],
                context! { topic => topic, language => &language.name },
            )?,
            (None, None) => unreachable!("every family but edge_case has a phrasing"),
        };
        let optional = |values: &[Value], index: Option<usize>| {
            index.map_or_else(|| none.clone(), |i| values[i].clone())
        };
        let level = optional(&self.levels, item.level);
        let practice = match (recipe.modes[item.mode].id.as_str(), item.level) {
            ("beginner", _) => 0,
            ("engineer" | "strict", _) => 1,
            (_, Some(l)) => recipe.levels[l].practice,
            (_, None) => 0,
        };
        // A domain item's topic has a category the domain has a note for
        // (the catalog pairs only those).
        let domain_note = item.domain.map_or_else(
            || none.clone(),
            |i| self.domain_notes[i][lesson.category.as_deref().unwrap_or_default()].clone(),
        );
        let ctx = context! {
            family => item.family.name(),
            request => request,
            topic => topic,
            lesson => self.lessons[item.lesson].clone(),
            parts => self.parts[item.lesson].clone(),
            language => self.languages[language_index].clone(),
            code => self.code[item.lesson][item.slot].clone(),
            note => self.notes[item.lesson][item.slot].clone(),
            level => level,
            mode => self.modes[item.mode].clone(),
            practice => self.practice[item.lesson][practice].clone(),
            context => optional(&self.contexts, item.context),
            domain => optional(&self.domains, item.domain),
            domain_note => domain_note,
            bug => bug,
            misconception => misconception,
        };
        let user = render("question.jinja", ctx.clone())?;
        let assistant = render("answer.jinja", ctx)?;
        Ok(Example {
            family: item.family,
            system: Arc::clone(&self.system),
            user: trimmed(user),
            assistant: trimmed(assistant),
        })
    }
}

impl Produce for Renderer<'_> {
    /// Tags: the language, the mode, the level, and the context, domain or
    /// edge case (see [`Catalog::counts`]).
    fn produce(&self, family: Family, subject: usize, digits: &[u64]) -> Result<Produced, Error> {
        let item = self.catalog.item(family, subject, digits);
        let example = self.render(&item)?;
        let d = &self.catalog.dictionary;
        let lesson = d.lesson(item.lesson);
        let r = &self.catalog.recipe;
        let places = r.contexts.len() + r.domains.len();
        let place = match (item.context, item.domain, item.edge) {
            (Some(c), _, _) => c,
            (_, Some(d), _) => r.contexts.len() + d,
            (_, _, Some(Edge::Bug { .. })) => places,
            (_, _, Some(Edge::Misconception { .. })) => places + 1,
            _ => NO_TAG as usize,
        };
        Ok(Produced {
            // The question alone decides a duplicate: no two lines ask alike.
            key: Key::of_parts(&example.system.hash, &example.user, ""),
            tags: [
                lesson.code[item.slot].0 as u32,
                item.mode as u32,
                item.level.map_or(NO_TAG, |l| l as u32),
                place as u32,
            ],
            example,
        })
    }
}

/// `text` without surrounding whitespace, reusing its buffer when nothing
/// leads (a template's output only ever trails a line break).
fn trimmed(mut text: String) -> String {
    text.truncate(text.trim_end().len());
    match text.starts_with(char::is_whitespace) {
        true => text.trim_start().to_string(),
        false => text,
    }
}
