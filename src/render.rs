//! Rendering: turns an [`Item`] into an [`Example`], three messages rendered
//! by minijinja in strict-undefined mode.
//!
//! The renderer compiles the message templates, each phrasing, each edge-case
//! clause and each pattern's code template once, and converts the dictionary
//! and recipe into template values once; rendering an item only assembles a
//! context from shared values. It knows nothing of dedup or output.

use std::collections::HashMap;
use std::sync::Arc;

use indexmap::IndexMap;
use minijinja::value::{Serde, Value};
use minijinja::{Environment, UndefinedBehavior, context};
use serde::Serialize;

use crate::catalog::{Catalog, Surface};
use crate::dedup::Key;
use crate::dictionary::Pattern;
use crate::error::{Error, elide};
use crate::expand::{self, Item};
use crate::generate::{NO_TAG, Produce, Produced};
use crate::recipe::{Domain, Entity, Family};
use crate::source::Source;

/// The message roles, in order.
pub const ROLES: [&str; 3] = ["system", "user", "assistant"];

/// Names of the message templates a template set provides.
pub const TEMPLATE_NAMES: [&str; 10] = [
    "system.jinja",
    "assistant.jinja",
    "request/base.jinja",
    "request/contextual.jinja",
    "request/composition.jinja",
    "request/edge_case.jinja",
    "request/domain.jinja",
    "macros.jinja",
    "lines/props.jinja",
    "lines/vocabulary.jinja",
];

/// One rendered training example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The family it belongs to.
    pub family: Family,
    /// The system message, shared by every example of the same pattern (or
    /// composition): it depends on nothing else, so it is rendered once.
    pub system: Arc<SystemPrompt>,
    /// The user message.
    pub user: String,
    /// The assistant message.
    pub assistant: String,
}

impl Example {
    /// System, user and assistant contents, in [`ROLES`] order.
    pub fn messages(&self) -> [&str; 3] {
        [&self.system.text, &self.user, &self.assistant]
    }
}

/// A rendered system message and its blake3, computed once.
#[derive(Debug)]
pub struct SystemPrompt {
    /// The message.
    pub text: String,
    /// blake3 of `text`.
    pub hash: [u8; 32],
    json: std::sync::OnceLock<String>,
}

impl SystemPrompt {
    /// Wraps a rendered system message.
    pub fn new(text: String) -> SystemPrompt {
        let hash = *blake3::hash(text.as_bytes()).as_bytes();
        SystemPrompt {
            text,
            hash,
            json: std::sync::OnceLock::new(),
        }
    }

    /// The message as a JSON string literal, escaped once and reused by
    /// every line that carries it.
    pub fn json(&self) -> &str {
        self.json
            .get_or_init(|| serde_json::to_string(&self.text).expect("a string serializes"))
    }
}

impl PartialEq for SystemPrompt {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash
    }
}

impl Eq for SystemPrompt {}

/// Compiled templates plus the template values of a catalog.
pub struct Renderer<'c> {
    catalog: &'c Catalog,
    env: Environment<'static>,
    sources: HashMap<String, String>,
    patterns: Vec<Value>,
    generic: VocabularyValues,
    domains: Vec<VocabularyValues>,
    phrasings: Vec<Value>,
    compositions: Vec<Value>,
    /// System prompts per pattern, then per composition.
    systems: Vec<Arc<SystemPrompt>>,
    /// Template name of each phrasing.
    phrasing_templates: Vec<String>,
    /// Per pattern and surface (see `Catalog::surfaces`): the `matched` value.
    matched: Vec<Vec<Value>>,
    /// Per pattern and variant combination: the `variant` map.
    variants: Vec<Vec<Value>>,
    /// Per pattern: the part's key in a composition page, e.g. `dataTable`.
    part_keys: Vec<Value>,
}

struct VocabularyValues {
    domain: Value,
    entities: Vec<Value>,
}

impl<'c> Renderer<'c> {
    /// Compiles every template; a syntax error names the template and line.
    pub fn new(catalog: &'c Catalog, templates: &[Source]) -> Result<Renderer<'c>, Error> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.add_filter("js", js);
        env.add_filter("with_article", with_article);
        env.add_filter("sentence", sentence);
        env.add_function("calls", calls);

        let mut sources = HashMap::new();
        add_set(&mut env, &mut sources, templates)?;
        let mut add = |env: &mut Environment<'static>, name: String, text: String| {
            add_template(env, &mut sources, name, text)
        };
        for p in &catalog.recipe.phrasings {
            add(&mut env, format!("phrasing/{}", p.id), p.text.clone())?;
        }
        for e in &catalog.recipe.edge_cases {
            for (r, text) in e.requests.iter().enumerate() {
                add(&mut env, format!("edge/{}/{r}", e.id), text.clone())?;
            }
        }
        for p in &catalog.dictionary.patterns {
            add(&mut env, format!("code/{}", p.id), p.code.clone())?;
        }
        for name in TEMPLATE_NAMES {
            if !sources.contains_key(name) {
                return Err(Error::Template {
                    template: name.into(),
                    line: None,
                    message:
                        "the template set lacks this template; add it to the templates directory"
                            .into(),
                });
            }
        }

        // Lines of the answer that depend only on a pattern or only on an
        // entity are rendered once here, not once per example.
        let render = |name: &str, ctx: Value| render_with(&env, &sources, name, ctx);
        let patterns: Vec<Value> = catalog
            .dictionary
            .patterns
            .iter()
            .map(|p| {
                Ok(pattern_value(
                    p,
                    render("lines/props.jinja", context! { pattern => ser(p) })?,
                ))
            })
            .collect::<Result<_, Error>>()?;
        let vocabulary = |d: &Domain| -> Result<VocabularyValues, Error> {
            let domain = ser(DomainValue::new(d));
            let entities = d
                .entities
                .iter()
                .map(|e| {
                    Ok(entity_value(
                        e,
                        render(
                            "lines/vocabulary.jinja",
                            context! { entity => ser(e), domain => domain.clone() },
                        )?,
                    ))
                })
                .collect::<Result<_, Error>>()?;
            Ok(VocabularyValues { domain, entities })
        };
        let generic = vocabulary(&catalog.recipe.generic)?;
        let domains = catalog
            .recipe
            .domains
            .iter()
            .map(vocabulary)
            .collect::<Result<_, Error>>()?;
        let compositions = catalog
            .recipe
            .compositions
            .iter()
            .zip(&catalog.composition_patterns)
            .map(|(c, parts)| {
                ser(CompositionValue {
                    id: &c.id,
                    title: &c.title,
                    component: pascal(&c.title),
                    imports: imports(parts.iter().map(|&i| &catalog.dictionary.patterns[i])),
                    patterns: parts.iter().map(|&i| patterns[i].clone()).collect(),
                })
            })
            .collect();
        let mut renderer = Renderer {
            catalog,
            env,
            sources,
            systems: Vec::new(),
            phrasing_templates: catalog
                .recipe
                .phrasings
                .iter()
                .map(|p| format!("phrasing/{}", p.id))
                .collect(),
            part_keys: catalog
                .dictionary
                .patterns
                .iter()
                .map(|p| Value::from(lower_first(&p.component)))
                .collect(),
            matched: catalog
                .dictionary
                .patterns
                .iter()
                .zip(&catalog.surfaces)
                .map(|(p, surfaces)| surfaces.iter().map(|s| matched_value(p, *s)).collect())
                .collect(),
            variants: catalog
                .dictionary
                .patterns
                .iter()
                .zip(&catalog.variant_counts)
                .map(|(p, &n)| (0..n).map(|v| variant_value(p, v)).collect())
                .collect(),
            patterns,
            generic,
            domains,
            phrasings: catalog.recipe.phrasings.iter().map(ser).collect(),
            compositions,
        };
        let pattern_sets = (0..catalog.dictionary.patterns.len())
            .map(|p| vec![p])
            .chain(catalog.composition_patterns.iter().cloned());
        renderer.systems = pattern_sets
            .map(|set| {
                let patterns: Vec<Value> =
                    set.iter().map(|&p| renderer.patterns[p].clone()).collect();
                let text =
                    renderer.render_template("system.jinja", context! { patterns => patterns })?;
                Ok(Arc::new(SystemPrompt::new(text)))
            })
            .collect::<Result<_, Error>>()?;
        Ok(renderer)
    }

    /// Renders the three messages of one item.
    pub fn render(&self, item: &Item) -> Result<Example, Error> {
        let cat = self.catalog;
        let vocabulary = match item.vocabulary.domain {
            Some(d) => &self.domains[d],
            None => &self.generic,
        };
        let domain_model = item
            .vocabulary
            .domain
            .map_or(&cat.recipe.generic, |d| &cat.recipe.domains[d]);
        let entity_model = &domain_model.entities[item.vocabulary.entity];
        let entity = vocabulary.entities[item.vocabulary.entity].clone();

        let pattern_model = &cat.dictionary.patterns[item.pattern];
        let parts: Vec<Value> = match item.composition {
            Some((c, _)) => cat.composition_patterns[c]
                .iter()
                .map(|&p| self.part(p, 0, entity_model))
                .collect(),
            None => vec![self.part(item.pattern, item.variant, entity_model)],
        };
        let matched = item.surface.map(|s| {
            let index = cat.surfaces[item.pattern]
                .iter()
                .position(|x| *x == s)
                .expect("an item's surface comes from its pattern's surfaces");
            self.matched[item.pattern][index].clone()
        });
        let (state, edge) = match item.edge {
            Some((e, r)) => {
                let ec = &cat.recipe.edge_cases[e];
                let request = self.render_template(
                    &format!("edge/{}/{r}", ec.id),
                    context! { entity => entity.clone() },
                )?;
                let note = pattern_model
                    .states
                    .get(&ec.id)
                    .map(String::as_str)
                    .unwrap_or_default();
                (
                    ec.id.as_str(),
                    Some(
                        context! { id => ec.id.as_str(), label => ec.label.as_str(), request => request, note => note },
                    ),
                )
            }
            None => ("", None),
        };
        let composition = item.composition.map(|(c, phrase)| {
            let value = &self.compositions[c];
            context! { phrase => cat.recipe.compositions[c].phrases[phrase].as_str(), ..value.clone() }
        });
        let system = match item.composition {
            Some((c, _)) => &self.systems[cat.dictionary.patterns.len() + c],
            None => &self.systems[item.pattern],
        };

        // One flat context per template rather than a merged map, so every
        // variable lookup in the hot templates is a single scan; the request
        // template gets no `request` at all.
        let parts = Value::from(parts);
        macro_rules! item_context {
            ($($key:ident => $value:expr),*) => {
                context! {
                    $($key => $value,)*
                    family => item.family.name(),
                    pattern => self.patterns[item.pattern].clone(),
                    parts => parts.clone(),
                    composition => composition.clone(),
                    matched => matched.clone(),
                    phrasing => self.phrasings[item.phrasing].clone(),
                    domain => vocabulary.domain.clone(),
                    entity => entity.clone(),
                    context => item.context.map(|c| domain_model.contexts[c].as_str()),
                    edge => edge.clone(),
                    state => state,
                }
            };
        }
        let request = self.render_template(request_template(item.family), item_context!())?;
        let ctx = item_context!(request => request.as_str());
        let user = self.render_template(&self.phrasing_templates[item.phrasing], ctx.clone())?;
        let assistant = self.render_template("assistant.jinja", ctx)?;
        Ok(Example {
            family: item.family,
            system: Arc::clone(system),
            user,
            assistant,
        })
    }

    /// One part of the answer: a pattern with its component name and the
    /// chosen variant values.
    fn part(&self, pattern: usize, variant: u64, entity: &Entity) -> Value {
        let p = &self.catalog.dictionary.patterns[pattern];
        context! {
            pattern => self.patterns[pattern].clone(),
            component => format!("{}{}", entity.ty, p.component),
            key => self.part_keys[pattern].clone(),
            variant => self.variants[pattern][variant as usize].clone(),
        }
    }

    fn render_template(&self, name: &str, ctx: Value) -> Result<String, Error> {
        render_with(&self.env, &self.sources, name, ctx)
    }
}

impl Produce for Renderer<'_> {
    /// Expands the digits into an item and renders it. Tags: the domain
    /// (0 for the generic vocabulary, `d + 1` for domain `d`) and the edge case.
    fn produce(&self, family: Family, subject: usize, digits: &[u64]) -> Result<Produced, Error> {
        let item = expand::item(family, self.catalog, subject, digits);
        let example = self.render(&item)?;
        let tag = |i: Option<usize>| i.map_or(NO_TAG, |i| i as u32);
        Ok(Produced {
            key: Key::of(&example),
            tags: [
                item.vocabulary.domain.map_or(0, |d| d as u32 + 1),
                tag(item.edge.map(|e| e.0)),
                NO_TAG,
                NO_TAG,
            ],
            example,
        })
    }
}

/// minijinja counts lines and columns in 16 bits: past that its error
/// locations are wrong, and a syntax error at the end of a line that long
/// overflows its column (a panic in debug builds).
const MAX_TEMPLATE_LINES: usize = u16::MAX as usize;

/// Compiles `text` as template `name` into `env` and keeps its text in
/// `sources` for error messages; a syntax error names the template and line.
pub(crate) fn add_template(
    env: &mut Environment<'static>,
    sources: &mut HashMap<String, String>,
    name: String,
    text: String,
) -> Result<(), Error> {
    check_size(&name, &text)?;
    env.add_template_owned(name.clone(), text.clone())
        .map_err(|e| template_error(&e, sources))?;
    sources.insert(name, text);
    Ok(())
}

/// Adds a template set's files, named relative to their templates
/// directory (`templates/answer.jinja` is `answer.jinja`).
pub(crate) fn add_set(
    env: &mut Environment<'static>,
    sources: &mut HashMap<String, String>,
    templates: &[Source],
) -> Result<(), Error> {
    for t in templates {
        let name = t
            .name
            .rsplit_once("templates/")
            .map_or(t.name.as_str(), |(_, n)| n);
        add_template(env, sources, name.to_string(), t.text.clone())?;
    }
    Ok(())
}

/// Rejects a template too large for minijinja to locate errors in.
fn check_size(name: &str, text: &str) -> Result<(), Error> {
    let too_large = |line: usize, message: String| {
        Err(Error::Template {
            template: name.into(),
            line: Some(line),
            message: format!(
                "{message}; minijinja cannot locate errors past 65,534 characters per line or 65,535 lines, so split it"
            ),
        })
    };
    for (i, line) in text.lines().enumerate() {
        if i >= MAX_TEMPLATE_LINES {
            return too_large(i + 1, "the template has more lines than that".into());
        }
        let chars = line.chars().count();
        if chars >= MAX_TEMPLATE_LINES {
            return too_large(i + 1, format!("the line is {chars} characters long"));
        }
    }
    Ok(())
}

/// Include sites listed in a template error.
const SHOWN_SITES: usize = 4;

/// The `matched` value: how the request named the pattern.
fn matched_value(p: &Pattern, s: Surface) -> Value {
    let ip = &p.intent_phrases[s.phrase];
    let surface = s.alias.map_or(&ip.phrase, |a| &ip.aliases[a]);
    context! { surface => surface.as_str(), phrase => ip.phrase.as_str(), alias => s.alias.is_some(), keywords => ser(&ip.context_keywords) }
}

/// The `variant` map of combination `index` (mixed radix over the
/// pattern's variants, first variant least significant).
fn variant_value(p: &Pattern, index: u64) -> Value {
    let mut rest = index;
    let mut values = IndexMap::new();
    for v in &p.variants {
        let n = v.values.len() as u64;
        values.insert(v.prop.as_str(), v.values[(rest % n) as usize].as_str());
        rest /= n;
    }
    ser(&values)
}

fn request_template(family: Family) -> &'static str {
    match family {
        Family::Base => "request/base.jinja",
        Family::Contextual => "request/contextual.jinja",
        Family::Composition => "request/composition.jinja",
        Family::EdgeCase => "request/edge_case.jinja",
        Family::Domain => "request/domain.jinja",
    }
}

pub(crate) fn render_with(
    env: &Environment<'static>,
    sources: &HashMap<String, String>,
    name: &str,
    ctx: Value,
) -> Result<String, Error> {
    let template = env
        .get_template(name)
        .map_err(|e| template_error(&e, sources))?;
    template
        .render(ctx)
        .map_err(|e| template_error(&e, sources))
}

/// Maps a minijinja error to ours. An error inside an included template
/// (a pattern's code) is reported at its own template and line, with the
/// include site after it; an undefined value quotes the expression that
/// produced it, so the message names the variable.
pub(crate) fn template_error(err: &minijinja::Error, sources: &HashMap<String, String>) -> Error {
    let mut innermost = err;
    let mut sites = Vec::new();
    while let Some(inner) =
        std::error::Error::source(innermost).and_then(|e| e.downcast_ref::<minijinja::Error>())
    {
        if let (Some(name), Some(line)) = (innermost.name(), innermost.line()) {
            sites.push(format!("included from `{name}` line {line}"));
        }
        innermost = inner;
    }
    let err = innermost;
    let mut message = err.detail().map_or_else(
        || err.kind().to_string(),
        |d| format!("{}: {d}", err.kind()),
    );
    let source = err
        .name()
        .and_then(|n| sources.get(n))
        .map(String::as_str)
        .or(err.template_source());
    if let (Some(range), Some(source)) = (err.range(), source)
        && let Some(expr) = source.get(range)
    {
        message = if err.kind() == minijinja::ErrorKind::UndefinedError {
            format!(
                "undefined variable `{}`; define it in the context or fix its name",
                elide(expr.trim(), 120)
            )
        } else {
            format!("{message} (at `{}`)", elide(expr.trim(), 120))
        };
    }
    // A template that includes itself fails at minijinja's recursion limit,
    // hundreds of sites deep; the innermost few say where.
    for site in sites.iter().rev().take(SHOWN_SITES) {
        message.push_str(&format!("; {site}"));
    }
    if sites.len() > SHOWN_SITES {
        message.push_str(&format!(
            "; and {} more include sites (does a template include itself?)",
            sites.len() - SHOWN_SITES
        ));
    }
    Error::Template {
        template: err.name().unwrap_or("<unknown>").to_string(),
        line: err.line(),
        message,
    }
}

#[derive(Serialize)]
struct Import<'a> {
    path: &'a str,
    names: Vec<&'a str>,
}

/// Import lines for a set of patterns, one per module, names in first-use order.
fn imports<'a>(patterns: impl Iterator<Item = &'a Pattern>) -> Vec<Import<'a>> {
    let mut by_path: IndexMap<&str, Vec<&str>> = IndexMap::new();
    for p in patterns {
        for c in &p.components {
            let names = by_path.entry(c.import_path.as_str()).or_default();
            for e in &c.exports {
                if !names.contains(&e.as_str()) {
                    names.push(e);
                }
            }
        }
    }
    by_path
        .into_iter()
        .map(|(path, names)| Import { path, names })
        .collect()
}

fn pattern_value(p: &Pattern, props_line: String) -> Value {
    #[derive(Serialize)]
    struct PatternValue<'a> {
        #[serde(flatten)]
        pattern: &'a Pattern,
        imports: Vec<Import<'a>>,
        props_line: String,
    }
    ser(PatternValue {
        pattern: p,
        imports: imports(std::iter::once(p)),
        props_line,
    })
}

#[derive(Serialize)]
struct CompositionValue<'a> {
    id: &'a str,
    title: &'a str,
    component: String,
    imports: Vec<Import<'a>>,
    patterns: Vec<Value>,
}

#[derive(Serialize)]
struct DomainValue<'a> {
    id: &'a str,
    name: &'a str,
    brand: &'a str,
    sections: &'a [String],
    keywords: &'a [String],
}

impl<'a> DomainValue<'a> {
    fn new(d: &'a Domain) -> Self {
        DomainValue {
            id: &d.id,
            name: &d.name,
            brand: &d.brand,
            sections: &d.sections,
            keywords: &d.keywords,
        }
    }
}

fn entity_value(e: &Entity, vocabulary_line: String) -> Value {
    #[derive(Serialize)]
    struct EntityValue<'a> {
        #[serde(flatten)]
        entity: &'a Entity,
        rows: Vec<IndexMap<&'a str, &'a serde_json::Value>>,
        vocabulary_line: String,
    }
    let rows = (0..e.fields[0].samples.len())
        .map(|i| {
            e.fields
                .iter()
                .map(|f| (f.name.as_str(), &f.samples[i]))
                .collect()
        })
        .collect();
    ser(EntityValue {
        entity: e,
        rows,
        vocabulary_line,
    })
}

/// `js` filter: the value as a JavaScript literal (JSON without HTML escaping).
fn js(value: Value) -> Result<String, minijinja::Error> {
    serde_json::to_string(&value).map_err(|e| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("cannot write value as JavaScript: {e}"),
        )
    })
}

/// `with_article` filter: "alert banner" → "an alert banner".
fn with_article(phrase: &str) -> String {
    let starts_with_vowel = phrase
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {phrase}", if starts_with_vowel { "an" } else { "a" })
}

/// `calls(code, names)`: those of `names` that `code` calls as functions
/// (`name(` not preceded by an identifier character), for import lines.
fn calls(code: &str, names: Vec<String>) -> Vec<String> {
    // One pass over the call sites: the identifier before each `(`.
    let mut called = vec![false; names.len()];
    for (open, _) in code.match_indices('(') {
        let Some(before) = strip_type_arguments(&code[..open]) else {
            continue;
        };
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        if before[..start].ends_with('.') {
            continue;
        }
        if let Some(k) = names.iter().position(|n| *n == before[start..]) {
            called[k] = true;
        }
    }
    names
        .into_iter()
        .zip(called)
        .filter_map(|(name, called)| called.then_some(name))
        .collect()
}

/// `useState<string>(` is a call of `useState`: drops a balanced `<…>`
/// before the parenthesis. `None` when the text cannot be a call with type
/// arguments (an arrow `=>(`, or no matching `<` within a type's length).
fn strip_type_arguments(before: &str) -> Option<&str> {
    if !before.ends_with('>') {
        return Some(before);
    }
    if before.ends_with("=>") {
        return None;
    }
    let mut depth = 0;
    for (i, c) in before.char_indices().rev().take(200) {
        match c {
            '>' => depth += 1,
            '<' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&before[..i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// `sentence` filter: the first letter upper-cased, the rest untouched
/// (unlike `capitalize`, which lower-cases the rest: "SKU" must stay).
fn sentence(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A template value from anything serde can serialize.
pub(crate) fn ser<T: Serialize>(value: T) -> Value {
    Value::from(Serde(value))
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

fn pascal(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w[..1].to_uppercase() + &w[1..])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_follow_the_first_letter() {
        assert_eq!(with_article("alert banner"), "an alert banner");
        assert_eq!(with_article("data table"), "a data table");
        assert_eq!(with_article("Inbox"), "an Inbox");
    }

    #[test]
    fn calls_with_type_arguments_are_found() {
        let names = || ["useState", "useRef"].map(String::from).to_vec();
        assert_eq!(
            calls("const [q, setQ] = useState<string>(\"\")", names()),
            ["useState"]
        );
        assert_eq!(
            calls("useRef<Array<Map<string, number>>>([])", names()),
            ["useRef"]
        );
        assert!(calls("onClick={() =>(open)} <p>(optional)</p> a > b (c)", names()).is_empty());
    }

    #[test]
    fn calls_are_found_by_name_and_parenthesis() {
        let names = || ["useEffect", "useState", "cn"].map(String::from).to_vec();
        assert_eq!(
            calls("const [a] = useState(0); useEffect(() => {})", names()),
            ["useEffect", "useState"]
        );
        assert!(calls("// useStateful(1), x.cn(2), scn(3)", names()).is_empty());
        assert_eq!(calls("className={cn(\"p-2\")}", names()), ["cn"]);
    }

    #[test]
    fn names_convert() {
        assert_eq!(pascal("Admin dashboard"), "AdminDashboard");
        assert_eq!(pascal("sign-up flow"), "SignUpFlow");
        assert_eq!(lower_first("DataTable"), "dataTable");
    }
}
