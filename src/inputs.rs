//! Loading a run's inputs: dictionary, recipe and templates, from paths the
//! user gave or from the defaults embedded in the binary (so `generate`
//! works from any directory after `cargo install`), or back from the names
//! a manifest records (for `verify --regenerate`, [`Inputs::recorded`]).

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::dictionary::{self, Schema};
use crate::error::{Error, Warning};
use crate::plan::Space;
use crate::recipe::{Format, Recipe};
use crate::render::TEMPLATE_NAMES;
use crate::slots::Vocabulary;
use crate::source::Source;
use crate::tutor;

const DEFAULT_DICTIONARY: &str = include_str!("../intent-dictionary/dictionary.json");
const DEFAULT_RECIPE: &str = include_str!("../intent-dictionary/recipe.json");
const DEFAULT_TEMPLATES: [(&str, &str); 10] = [
    ("system.jinja", include_str!("../templates/system.jinja")),
    (
        "assistant.jinja",
        include_str!("../templates/assistant.jinja"),
    ),
    (
        "request/base.jinja",
        include_str!("../templates/request/base.jinja"),
    ),
    (
        "request/contextual.jinja",
        include_str!("../templates/request/contextual.jinja"),
    ),
    (
        "request/composition.jinja",
        include_str!("../templates/request/composition.jinja"),
    ),
    (
        "request/edge_case.jinja",
        include_str!("../templates/request/edge_case.jinja"),
    ),
    (
        "request/domain.jinja",
        include_str!("../templates/request/domain.jinja"),
    ),
    ("macros.jinja", include_str!("../templates/macros.jinja")),
    (
        "lines/props.jinja",
        include_str!("../templates/lines/props.jinja"),
    ),
    (
        "lines/vocabulary.jinja",
        include_str!("../templates/lines/vocabulary.jinja"),
    ),
];

/// How the names of built-in inputs begin, in errors and manifests.
pub const EMBEDDED: &str = "<embedded>";

/// Where to read inputs from; `None` means the embedded default.
#[derive(Debug, Clone, Default)]
pub struct InputPaths {
    /// A dictionary file, or a directory holding `dictionary.json` and
    /// `recipe.json` (and optionally `templates/`).
    pub dictionary: Option<PathBuf>,
    /// A recipe file; overrides the one found beside the dictionary.
    pub recipe: Option<PathBuf>,
    /// A directory of templates; each file present overrides the built-in one.
    pub templates: Option<PathBuf>,
    /// The dictionary's schema; `None` detects it from the file.
    pub schema: Option<Schema>,
}

/// A checked dictionary and recipe of one of the two dataset kinds.
pub enum Content {
    /// UI patterns (synthforge's schema or MyContext's) into chat examples.
    Ui(Box<Catalog>),
    /// CodeTutor lessons into teaching answers.
    Tutor(Box<tutor::Catalog>),
}

impl Content {
    /// What the plan draws from.
    pub fn space(&self) -> &dyn Space {
        match self {
            Content::Ui(c) => c.as_ref(),
            Content::Tutor(c) => c.as_ref(),
        }
    }

    /// The recipe's seed.
    pub fn seed(&self) -> u64 {
        match self {
            Content::Ui(c) => c.recipe.seed,
            Content::Tutor(c) => c.recipe.seed,
        }
    }

    /// The recipe's lines per shard.
    pub fn shard_lines(&self) -> u64 {
        match self {
            Content::Ui(c) => c.recipe.shard_lines,
            Content::Tutor(c) => c.recipe.shard_lines,
        }
    }

    /// The recipe's line format.
    pub fn format(&self) -> Format {
        match self {
            Content::Ui(c) => c.recipe.format,
            Content::Tutor(c) => c.recipe.format,
        }
    }

    /// How many values each tag of the kind's examples ranges over
    /// (see [`crate::generate::Tags`]).
    pub fn tag_sizes(&self) -> [usize; 4] {
        match self {
            Content::Ui(c) => [c.recipe.domains.len() + 1, c.recipe.edge_cases.len(), 0, 0],
            Content::Tutor(c) => c.tag_sizes(),
        }
    }
}

/// Checked inputs of a run, with the hashes the manifest records.
pub struct Inputs {
    /// Dictionary and recipe, joined and checked.
    pub content: Content,
    /// The message templates (name relative to the templates directory).
    pub templates: Vec<Source>,
    /// Name and blake3 of the dictionary file (of a CodeTutor directory:
    /// over every file in it that was read).
    pub dictionary: (String, String),
    /// Name and blake3 of the recipe file.
    pub recipe: (String, String),
    /// blake3 over every template's name and text.
    pub templates_blake3: String,
    /// The templates directory whose files replaced built-in ones, as named.
    pub templates_dir: Option<String>,
    /// The schema the dictionary was read as.
    pub schema: Schema,
    /// What loading noticed that deserves a look (unknown fields, …).
    pub warnings: Vec<Warning>,
}

impl Inputs {
    /// Loads the inputs a manifest names: `<embedded>/…` is the built-in
    /// file, any other name a path as `generate` was given it (so relative
    /// to the directory it ran in); `templates` is the directory whose files
    /// replaced built-in templates (the templates of a CodeTutor directory).
    /// The hashes the manifest records are the loaded inputs' own.
    pub fn recorded(
        dictionary: &str,
        recipe: &str,
        templates: Option<&str>,
        schema: Option<Schema>,
    ) -> Result<Inputs, Error> {
        if schema == Some(Schema::Codetutor) {
            return Inputs::load(&InputPaths {
                dictionary: Some(dictionary.into()),
                recipe: Some(recipe.into()),
                templates: templates.map(Into::into),
                schema,
            });
        }
        let (default_dictionary, default_recipe) = default_sources();
        let read = |name: &str, default: Source| match name.starts_with(EMBEDDED) {
            true => Ok(default),
            false => Source::read(Path::new(name)),
        };
        let mut inputs = Inputs::from_sources_as(
            &read(dictionary, default_dictionary)?,
            &read(recipe, default_recipe)?,
            load_templates(templates.map(Path::new))?,
            schema,
        )?;
        inputs.templates_dir = templates.map(String::from);
        Ok(inputs)
    }

    /// The UI catalog, when the inputs are of that kind.
    pub fn ui(&self) -> Option<&Catalog> {
        match &self.content {
            Content::Ui(c) => Some(c.as_ref()),
            Content::Tutor(_) => None,
        }
    }

    /// Loads and checks everything named in `paths`.
    pub fn load(paths: &InputPaths) -> Result<Inputs, Error> {
        if let Some(dir) = tutor_dir(paths)? {
            return Inputs::load_tutor(&dir, paths);
        }
        let (dictionary, dictionary_dir) = match &paths.dictionary {
            None => (default_sources().0, None),
            Some(p) if p.is_dir() => (Source::read(&p.join("dictionary.json"))?, Some(p.clone())),
            Some(p) => (Source::read(p)?, None),
        };
        let schema = paths
            .schema
            .unwrap_or_else(|| Schema::detect(&dictionary.text));
        let recipe = match (&paths.recipe, &paths.dictionary) {
            (Some(r), _) => Source::read(r)?,
            (None, None) => default_sources().1,
            (None, Some(_)) => {
                let beside = dictionary.dir().unwrap_or_default().join("recipe.json");
                // A MyContext dictionary comes without a synthforge recipe:
                // the built-in one knows the states its mappings have.
                if !beside.is_file() && schema == Schema::Mycontext {
                    default_sources().1
                } else if !beside.is_file() {
                    return Err(Error::Option {
                        option: "--recipe",
                        message: format!(
                            "no recipe given and no `{}` beside the dictionary; pass --recipe FILE",
                            beside.display()
                        ),
                    });
                } else {
                    Source::read(&beside)?
                }
            }
        };
        let template_dir = paths.templates.clone().or_else(|| {
            dictionary_dir
                .map(|d| d.join("templates"))
                .filter(|d| d.is_dir())
        });
        let templates = load_templates(template_dir.as_deref())?;
        let mut inputs = Inputs::from_sources_as(&dictionary, &recipe, templates, Some(schema))?;
        inputs.templates_dir = template_dir.map(|d| d.display().to_string());
        Ok(inputs)
    }

    /// Checks inputs that are already in memory, detecting the dictionary's
    /// schema. `templates` must hold every name of [`TEMPLATE_NAMES`] (see
    /// [`default_templates`]).
    pub fn from_sources(
        dictionary: &Source,
        recipe: &Source,
        templates: Vec<Source>,
    ) -> Result<Inputs, Error> {
        Inputs::from_sources_as(dictionary, recipe, templates, None)
    }

    /// [`Inputs::from_sources`] with the dictionary read in `schema`
    /// (detected when `None`).
    pub fn from_sources_as(
        dictionary: &Source,
        recipe: &Source,
        templates: Vec<Source>,
        schema: Option<Schema>,
    ) -> Result<Inputs, Error> {
        let recipe_model = Recipe::load(recipe)?;
        let vocabulary = Vocabulary::shipped()?;
        let loaded = dictionary::load(dictionary, schema, &recipe_model, &vocabulary)?;
        let catalog = Catalog::new(loaded.dictionary, recipe_model, dictionary, recipe)?;
        Ok(Inputs {
            schema: loaded.schema,
            warnings: loaded.warnings,
            content: Content::Ui(Box::new(catalog)),
            dictionary: (dictionary.name.clone(), dictionary.blake3()),
            recipe: (recipe.name.clone(), recipe.blake3()),
            templates_blake3: templates_blake3(&templates),
            templates,
            templates_dir: None,
        })
    }
}

impl Inputs {
    /// Loads a CodeTutor directory: its dictionary files, the recipe
    /// (`--recipe` or the one inside) and the templates (`--templates` or
    /// its `templates/`; all of [`tutor::TEMPLATE_NAMES`] are needed).
    fn load_tutor(dir: &Path, paths: &InputPaths) -> Result<Inputs, Error> {
        let (catalog, files, recipe) = tutor::load(dir, paths.recipe.as_deref())?;
        let template_dir = paths
            .templates
            .clone()
            .unwrap_or_else(|| dir.join("templates"));
        let templates = tutor::TEMPLATE_NAMES
            .iter()
            .map(|name| {
                let path = template_dir.join(name);
                if !path.is_file() {
                    return Err(Error::Template {
                        template: (*name).into(),
                        line: None,
                        message: format!("a CodeTutor dictionary needs `{}`", path.display()),
                    });
                }
                Source::read(&path).map(|s| Source::new(format!("templates/{name}"), s.text))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        // Named relative to the directory, so the hash does not depend on
        // where the command ran.
        let relative: Vec<Source> = files
            .into_iter()
            .map(|f| {
                let name = Path::new(&f.name)
                    .strip_prefix(dir)
                    .map_or_else(|_| f.name.clone(), |p| p.display().to_string());
                Source::new(name, f.text)
            })
            .collect();
        Ok(Inputs {
            content: Content::Tutor(Box::new(catalog)),
            dictionary: (dir.display().to_string(), templates_blake3(&relative)),
            recipe: (recipe.name.clone(), recipe.blake3()),
            templates_blake3: templates_blake3(&templates),
            templates,
            templates_dir: Some(template_dir.display().to_string()),
            schema: Schema::Codetutor,
            warnings: Vec::new(),
        })
    }
}

/// The CodeTutor directory `paths` name, if they name one: a directory
/// (or its `dictionary.json`) whose dictionary is in that schema.
fn tutor_dir(paths: &InputPaths) -> Result<Option<PathBuf>, Error> {
    let Some(path) = &paths.dictionary else {
        return Ok(None);
    };
    let (dir, head) = match path.is_dir() {
        true => (path.clone(), path.join(tutor::dictionary::HEAD)),
        false => (
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
            path.clone(),
        ),
    };
    let schema = match paths.schema {
        Some(schema) => schema,
        None if head.is_file() => Schema::detect(&Source::read(&head)?.text),
        None => return Ok(None),
    };
    Ok((schema == Schema::Codetutor).then_some(dir))
}

/// blake3 over the names and texts of `files`, in order.
fn templates_blake3(templates: &[Source]) -> String {
    let mut h = blake3::Hasher::new();
    for t in templates {
        h.update(t.name.as_bytes());
        h.update(&[0]);
        h.update(t.text.as_bytes());
        h.update(&[0]);
    }
    h.finalize().to_hex().to_string()
}

/// The built-in templates, named `templates/<name>`.
pub fn default_templates() -> Vec<Source> {
    DEFAULT_TEMPLATES
        .iter()
        .map(|&(name, text)| Source::new(format!("templates/{name}"), text))
        .collect()
}

/// The built-in dictionary and recipe.
pub fn default_sources() -> (Source, Source) {
    (
        Source::new(format!("{EMBEDDED}/dictionary.json"), DEFAULT_DICTIONARY),
        Source::new(format!("{EMBEDDED}/recipe.json"), DEFAULT_RECIPE),
    )
}

fn load_templates(dir: Option<&Path>) -> Result<Vec<Source>, Error> {
    if let Some(dir) = dir
        && !dir.is_dir()
    {
        return Err(Error::Option {
            option: "--templates",
            message: format!("`{}` is not a directory", dir.display()),
        });
    }
    debug_assert_eq!(DEFAULT_TEMPLATES.map(|t| t.0), TEMPLATE_NAMES);
    DEFAULT_TEMPLATES
        .iter()
        .map(
            |&(name, text)| match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(path) => {
                    Source::read(&path).map(|s| Source::new(format!("templates/{name}"), s.text))
                }
                None => Ok(Source::new(format!("templates/{name}"), text)),
            },
        )
        .collect()
}
