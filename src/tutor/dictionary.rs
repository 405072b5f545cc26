//! The CodeTutor dictionary: a directory of teaching content.
//!
//! ```text
//! dictionary.json           languages and categories
//! topics/*.json             {"topics": [...]}, read in file-name order
//! compositions.json         {"compositions": [...]}: two topics together
//! code/<id>/beginner.<ext>  one pair per language a lesson is taught in
//! code/<id>/advanced.<ext>
//! code/<id>/bugs/<bug>.<ext>        a bug's buggy program ...
//! code/<id>/bugs/<bug>.fixed.<ext>  ... and its fix
//! ```
//!
//! A lesson's languages are the code pairs present, in the order of
//! `dictionary.json`. Every file is read and checked here: a code file no
//! lesson claims, half a pair, or a bug without its files is an error that
//! names the file.

use std::collections::HashSet;
use std::path::Path;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::dictionary::{is_identifier, join_sorted};
use crate::error::Error;
use crate::source::Source;

/// The checked dictionary with its code.
#[derive(Debug, Clone)]
pub struct Dictionary {
    /// A human name, shown in the dataset card.
    pub name: String,
    /// The languages lessons may be taught in.
    pub languages: Vec<Language>,
    /// The categories topics belong to.
    pub categories: Vec<Category>,
    /// Single-topic lessons.
    pub topics: Vec<Lesson>,
    /// Lessons on two or more topics used together.
    pub compositions: Vec<Lesson>,
}

/// A programming language (or a framework flavour of one, such as JSX).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Unique id, e.g. `python`.
    pub id: String,
    /// The name used in questions, e.g. `Python`.
    pub name: String,
    /// The info string of its fenced code blocks, e.g. `python`.
    pub fence: String,
    /// The extension of its code files, without the dot.
    pub extension: String,
}

/// A group of topics.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Unique id, e.g. `data-structures`.
    pub id: String,
    /// Human name.
    pub name: String,
}

/// A topic or a composition: the prose of the seven answer sections, the
/// code per language and the bugs and misconceptions about it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Unique id across topics and compositions; names its code directory.
    pub id: String,
    /// A topic's category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// A composition's topics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
    /// Noun phrase used in questions, e.g. `for loops`.
    pub name: String,
    /// Other noun phrases a learner might use.
    pub aliases: Vec<String>,
    /// An everyday analogy.
    pub analogy: String,
    /// Plain words for a beginner.
    pub explanation: String,
    /// The precise statement.
    pub definition: String,
    /// What a senior engineer adds: cost, pitfalls at scale.
    pub engineering: String,
    /// A small text diagram, one string per line.
    pub diagram: Vec<String>,
    /// Common mistakes with their remedies.
    pub mistakes: Vec<String>,
    /// Two practice tasks: for beginners, then a stretch.
    pub practice: Vec<String>,
    /// Wrong beliefs and their corrections.
    #[serde(default)]
    pub misconceptions: Vec<Misconception>,
    /// A remark per language id, where the language differs.
    #[serde(default)]
    pub notes: IndexMap<String, String>,
    /// Buggy programs a learner might bring.
    #[serde(default)]
    pub bugs: Vec<Bug>,
    /// Indices into the dictionary's languages, with the code of each.
    #[serde(skip)]
    pub code: Vec<(usize, Code)>,
}

/// A lesson's code in one language.
#[derive(Debug, Clone, Default)]
pub struct Code {
    /// The simplest correct use.
    pub beginner: String,
    /// The idiomatic, experienced use.
    pub advanced: String,
}

/// A wrong belief and its correction.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Misconception {
    /// The belief, as a sentence.
    pub claim: String,
    /// Why it is wrong.
    pub truth: String,
}

/// A buggy program, how it fails and its fix.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bug {
    /// Unique within the lesson; names the files in `code/<lesson>/bugs/`.
    pub id: String,
    /// The language id.
    pub language: String,
    /// Text the failure prints, verbatim (quoted in answers, checked by tests).
    pub fails_with: String,
    /// Why it fails.
    pub cause: String,
    /// What the fix changes.
    pub fix: String,
    /// The buggy program.
    #[serde(skip)]
    pub buggy: String,
    /// The fixed program.
    #[serde(skip)]
    pub fixed: String,
    /// Index of the language.
    #[serde(skip)]
    pub language_index: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Head {
    #[serde(default)]
    name: String,
    languages: Vec<Language>,
    categories: Vec<Category>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Topics {
    topics: Vec<Lesson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Compositions {
    compositions: Vec<Lesson>,
}

/// The head file's name inside a dictionary directory.
pub const HEAD: &str = "dictionary.json";

impl Dictionary {
    /// Reads and checks the dictionary in `dir`; also returns every file
    /// read, in a fixed order, for the manifest's hash.
    pub fn load(dir: &Path) -> Result<(Dictionary, Vec<Source>), Error> {
        let mut files = Vec::new();
        let head_source = Source::read(&dir.join(HEAD))?;
        let head: Head = head_source.parse_json()?;
        check_head(&head, &head_source)?;
        let mut topics = Vec::new();
        let mut lesson_sources = Vec::new();
        for path in sorted_entries(&dir.join("topics"), "json")? {
            let source = Source::read(&path)?;
            let mut read: Topics = source.parse_json()?;
            lesson_sources.extend(
                std::iter::repeat_n(topics.len(), read.topics.len()).map(|_| files.len() + 1),
            );
            topics.append(&mut read.topics);
            files.push(source);
        }
        let compositions_path = dir.join("compositions.json");
        let mut compositions = Vec::new();
        if compositions_path.is_file() {
            let source = Source::read(&compositions_path)?;
            let read: Compositions = source.parse_json()?;
            lesson_sources
                .extend(std::iter::repeat_n(0, read.compositions.len()).map(|_| files.len() + 1));
            compositions = read.compositions;
            files.push(source);
        }
        files.insert(0, head_source);
        let mut dictionary = Dictionary {
            name: head.name,
            languages: head.languages,
            categories: head.categories,
            topics,
            compositions,
        };
        dictionary.check(&files, &lesson_sources)?;
        dictionary.read_code(dir, &mut files)?;
        Ok((dictionary, files))
    }

    /// Every lesson: topics, then compositions.
    pub fn lessons(&self) -> impl Iterator<Item = &Lesson> {
        self.topics.iter().chain(&self.compositions)
    }

    /// Lesson `i` in [`Dictionary::lessons`] order: topics, then compositions.
    pub fn lesson(&self, i: usize) -> &Lesson {
        match i.checked_sub(self.topics.len()) {
            None => &self.topics[i],
            Some(c) => &self.compositions[c],
        }
    }

    /// The index of the language with this id.
    pub fn language_index(&self, id: &str) -> Option<usize> {
        self.languages.iter().position(|l| l.id == id)
    }

    /// Checks the prose of every lesson; `sources[i]` is the file index of
    /// lesson `i` (topics, then compositions) in `files`.
    fn check(&self, files: &[Source], sources: &[usize]) -> Result<(), Error> {
        let categories: HashSet<&str> = self.categories.iter().map(|c| c.id.as_str()).collect();
        let topic_ids: HashSet<&str> = self.topics.iter().map(|t| t.id.as_str()).collect();
        let languages: HashSet<&str> = self.languages.iter().map(|l| l.id.as_str()).collect();
        let mut ids = HashSet::new();
        let count = self.topics.len();
        for (i, lesson) in self.lessons().enumerate() {
            let (key, at) = if i < count {
                ("topics", i)
            } else {
                ("compositions", i - count)
            };
            let source = &files[sources[i]];
            let bad = |field: &str, message: String| {
                Err(source.invalid(format!("{key}[{at}]{field}"), message))
            };
            if !is_identifier(&lesson.id) {
                return bad(
                    ".id",
                    format!(
                        "`{}` is not an id: use lower-case letters, digits and dashes",
                        lesson.id
                    ),
                );
            }
            if !ids.insert(lesson.id.as_str()) {
                return bad(
                    ".id",
                    format!(
                        "`{}` is used by an earlier lesson; ids name code directories, so they must be unique",
                        lesson.id
                    ),
                );
            }
            match (key, &lesson.category, lesson.parts.is_empty()) {
                ("topics", Some(c), true) if categories.contains(c.as_str()) => {}
                ("topics", Some(c), true) => {
                    return bad(
                        ".category",
                        format!(
                            "unknown category `{c}`; known: {}",
                            join_sorted(&categories)
                        ),
                    );
                }
                ("topics", _, _) => {
                    return bad("", "a topic has a `category` and no `parts`".into());
                }
                (_, None, false) => {
                    if lesson.parts.len() < 2 {
                        return bad(
                            ".parts",
                            "a composition combines at least two topics".into(),
                        );
                    }
                    if let Some(p) = lesson
                        .parts
                        .iter()
                        .find(|p| !topic_ids.contains(p.as_str()))
                    {
                        return bad(".parts", format!("no topic `{p}` in the dictionary"));
                    }
                }
                _ => return bad("", "a composition has `parts` and no `category`".into()),
            }
            let texts = [
                ("name", lesson.name.as_str()),
                ("analogy", &lesson.analogy),
                ("explanation", &lesson.explanation),
                ("definition", &lesson.definition),
                ("engineering", &lesson.engineering),
            ];
            for (field, text) in texts {
                if let Err(message) = prose(text) {
                    return bad(&format!(".{field}"), message);
                }
            }
            let lists = [
                ("aliases", &lesson.aliases, 0),
                ("diagram", &lesson.diagram, 1),
                ("mistakes", &lesson.mistakes, 2),
                ("practice", &lesson.practice, 2),
            ];
            for (field, list, least) in lists {
                if list.len() < least {
                    return bad(
                        &format!(".{field}"),
                        format!("needs at least {least} entries"),
                    );
                }
                for (j, text) in list.iter().enumerate() {
                    let check = if field == "diagram" {
                        diagram_line(text)
                    } else {
                        prose(text)
                    };
                    if let Err(message) = check {
                        return bad(&format!(".{field}[{j}]"), message);
                    }
                }
            }
            for (j, m) in lesson.misconceptions.iter().enumerate() {
                for (field, text) in [("claim", &m.claim), ("truth", &m.truth)] {
                    if let Err(message) = prose(text) {
                        return bad(&format!(".misconceptions[{j}].{field}"), message);
                    }
                }
            }
            for (language, text) in &lesson.notes {
                if !languages.contains(language.as_str()) {
                    return bad(
                        ".notes",
                        format!(
                            "unknown language `{language}`; known: {}",
                            join_sorted(&languages)
                        ),
                    );
                }
                if let Err(message) = prose(text) {
                    return bad(&format!(".notes.{language}"), message);
                }
            }
            let mut bug_ids = HashSet::new();
            for (j, b) in lesson.bugs.iter().enumerate() {
                if !is_identifier(&b.id) || !bug_ids.insert(b.id.as_str()) {
                    return bad(
                        &format!(".bugs[{j}].id"),
                        format!("`{}` must be a unique id within the lesson", b.id),
                    );
                }
                if !languages.contains(b.language.as_str()) {
                    return bad(
                        &format!(".bugs[{j}].language"),
                        format!(
                            "unknown language `{}`; known: {}",
                            b.language,
                            join_sorted(&languages)
                        ),
                    );
                }
                for (field, text) in [
                    ("fails_with", &b.fails_with),
                    ("cause", &b.cause),
                    ("fix", &b.fix),
                ] {
                    if let Err(message) = prose(text) {
                        return bad(&format!(".bugs[{j}].{field}"), message);
                    }
                }
            }
        }
        Ok(())
    }

    /// Reads every lesson's code and bug files, and refuses files that no
    /// lesson claims.
    fn read_code(&mut self, dir: &Path, files: &mut Vec<Source>) -> Result<(), Error> {
        let root = dir.join("code");
        let languages = self.languages.clone();
        let mut claimed = HashSet::new();
        let lessons = self.topics.iter_mut().chain(self.compositions.iter_mut());
        for lesson in lessons {
            let here = root.join(&lesson.id);
            for (index, language) in languages.iter().enumerate() {
                let beginner = here.join(format!("beginner.{}", language.extension));
                let advanced = here.join(format!("advanced.{}", language.extension));
                match (beginner.is_file(), advanced.is_file()) {
                    (false, false) => continue,
                    (true, true) => {}
                    (has_beginner, _) => {
                        let (present, missing) = if has_beginner {
                            (&beginner, &advanced)
                        } else {
                            (&advanced, &beginner)
                        };
                        return Err(Error::Dataset {
                            path: present.clone(),
                            message: format!(
                                "{} code comes in pairs: add `{}` too, or remove this file",
                                language.name,
                                missing.display()
                            ),
                        });
                    }
                }
                let code = Code {
                    beginner: code_file(&beginner, files)?,
                    advanced: code_file(&advanced, files)?,
                };
                claimed.insert(beginner);
                claimed.insert(advanced);
                lesson.code.push((index, code));
            }
            if lesson.code.is_empty() {
                return Err(Error::Dataset {
                    path: here,
                    message: format!(
                        "the lesson `{}` has no code: add beginner.<ext> and advanced.<ext> for at least one language",
                        lesson.id
                    ),
                });
            }
            for bug in &mut lesson.bugs {
                let index = languages
                    .iter()
                    .position(|l| l.id == bug.language)
                    .expect("checked");
                if !lesson.code.iter().any(|(l, _)| *l == index) {
                    return Err(Error::Dataset {
                        path: here.join("bugs"),
                        message: format!(
                            "the bug `{}` is in {}, which the lesson `{}` has no code for; its answer shows that code",
                            bug.id, languages[index].name, lesson.id
                        ),
                    });
                }
                let ext = &languages[index].extension;
                let buggy = here.join("bugs").join(format!("{}.{ext}", bug.id));
                let fixed = here.join("bugs").join(format!("{}.fixed.{ext}", bug.id));
                bug.buggy = code_file(&buggy, files)?;
                bug.fixed = code_file(&fixed, files)?;
                bug.language_index = index;
                claimed.insert(buggy);
                claimed.insert(fixed);
            }
        }
        let lesson_ids: HashSet<&str> = self.lessons().map(|l| l.id.as_str()).collect();
        for entry in sorted_entries(&root, "")? {
            let name = entry
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if !entry.is_dir() || !lesson_ids.contains(name) {
                return Err(Error::Dataset {
                    path: entry.clone(),
                    message: "no lesson has this id; code lives in code/<lesson id>/".into(),
                });
            }
            for file in walk(&entry)? {
                if !claimed.contains(&file) {
                    return Err(Error::Dataset {
                        path: file,
                        message: "no lesson claims this file: code files are beginner.<ext> and advanced.<ext> of a language in dictionary.json, and bugs/<bug id>.<ext> and bugs/<bug id>.fixed.<ext> of a bug the lesson lists".into(),
                    });
                }
            }
        }
        Ok(())
    }
}

fn check_head(head: &Head, source: &Source) -> Result<(), Error> {
    let (mut ids, mut extensions) = (HashSet::new(), HashSet::new());
    for (i, l) in head.languages.iter().enumerate() {
        let ok = is_identifier(&l.id)
            && !l.extension.is_empty()
            && l.extension.chars().all(|c| c.is_ascii_alphanumeric())
            && !l.fence.is_empty()
            && !l.fence.contains(char::is_whitespace);
        if !ok || !ids.insert(l.id.as_str()) || !extensions.insert(l.extension.as_str()) {
            return Err(source.invalid(format!("languages[{i}]"), "each language needs a unique id, a unique extension of letters and digits, and a fence word without spaces".into()));
        }
    }
    let mut seen = HashSet::new();
    for (i, c) in head.categories.iter().enumerate() {
        if !is_identifier(&c.id) || !seen.insert(c.id.as_str()) {
            return Err(source.invalid(
                format!("categories[{i}].id"),
                format!("`{}` must be a unique id", c.id),
            ));
        }
    }
    Ok(())
}

/// Prose goes into answers as it is: it must say something, and must not
/// open a code fence or look like an unfilled template.
fn prose(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("is empty".into());
    }
    if text.contains("```") {
        return Err("contains ``` , which would open a code block in the answer; use single backticks for inline code".into());
    }
    if text.contains("{{") || text.contains("{%") {
        return Err("contains `{{` or `{%`, which reads as a leaked template placeholder".into());
    }
    Ok(())
}

/// A diagram line sits inside a fenced block: it may be blank, but must not
/// close the fence.
fn diagram_line(text: &str) -> Result<(), String> {
    match text.contains("```") || text.contains('\n') {
        true => Err("a diagram line may not contain ``` or a line break".into()),
        false => Ok(()),
    }
}

fn code_file(path: &Path, files: &mut Vec<Source>) -> Result<String, Error> {
    let source = Source::read(path)?;
    if source.text.trim().is_empty() {
        return Err(Error::Dataset {
            path: path.to_path_buf(),
            message: "the code file is empty".into(),
        });
    }
    if source.text.contains("```") {
        return Err(Error::Dataset {
            path: path.to_path_buf(),
            message: "the code contains ```, which would close its code block in the answer".into(),
        });
    }
    let text = source.text.trim_end().to_string();
    files.push(source);
    Ok(text)
}

/// The entries of `dir` in name order; with `extension`, only the files
/// that have it. A missing directory has none.
fn sorted_entries(dir: &Path, extension: &str) -> Result<Vec<std::path::PathBuf>, Error> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if extension.is_empty()
            || (path.is_file() && path.extension().is_some_and(|e| e == extension))
        {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// Every file under `dir`, depth first in name order.
fn walk(dir: &Path) -> Result<Vec<std::path::PathBuf>, Error> {
    let mut files = Vec::new();
    for path in sorted_entries(dir, "")? {
        if path.is_dir() {
            files.extend(walk(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}
