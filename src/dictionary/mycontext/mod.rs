//! The MyContext intent dictionary schema, read as it is and converted into
//! synthforge's pattern model.
//!
//! A MyContext file has `mappings` keyed by canonical name, `synonyms`
//! (alias → canonical name) and `categories`; each mapping carries intent
//! phrases, a component pattern (shadcn/ui components, a Handlebars-style
//! `template_code`, TypeScript props), interaction, accessibility,
//! design-token, responsive and validation specs. This module owns the
//! file's model and the conversion, field by field (the README lists which
//! fields are used and which are knowingly ignored):
//!
//! - [`fields`]: unknown fields, reported as warnings with their JSON path;
//! - [`types`]: TypeScript types and literals as the generated code writes them;
//! - [`sources`]: where each placeholder gets its values;
//! - [`notes`]: the specs as the notes of the system prompt and explanation;
//! - [`code`]: the minijinja template of the component's TSX.

mod code;
mod fields;
mod notes;
mod sources;
mod types;

use std::collections::HashSet;

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;

use super::placeholder::{self, Segment};
use super::{
    Category, Component, Dictionary, IntentPhrase, Loaded, Pattern, Prop, Props, Schema, Variant,
    is_identifier,
};
use crate::error::{Error, Warning};
use crate::recipe::Recipe;
use crate::slots::{Layers, Vocabulary};
use crate::source::{Source, unique_keys};

/// The whole file. Fields not listed here are either ignored on purpose
/// (see `fields::KNOWN`) or unknown (a warning).
#[derive(Debug, Deserialize)]
struct File {
    #[serde(default)]
    schema_version: Option<String>,
    #[serde(default)]
    categories: Vec<CategoryDef>,
    #[serde(deserialize_with = "unique_keys")]
    mappings: IndexMap<String, Mapping>,
    #[serde(default, deserialize_with = "unique_keys")]
    synonyms: IndexMap<String, String>,
}

#[derive(Debug, Deserialize)]
struct CategoryDef {
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    shadcn_components: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Mapping {
    canonical_name: String,
    category: String,
    intent_phrases: Vec<PhraseDef>,
    component_pattern: ComponentPattern,
    #[serde(default)]
    interaction_spec: InteractionSpec,
    #[serde(default)]
    accessibility_spec: notes::AccessibilitySpec,
    #[serde(default)]
    design_tokens: Vec<notes::TokenDef>,
    #[serde(default)]
    responsive_behavior: notes::ResponsiveBehavior,
    #[serde(default)]
    validation_rules: Vec<notes::RuleDef>,
}

#[derive(Debug, Deserialize)]
struct PhraseDef {
    phrase: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    context_keywords: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ComponentPattern {
    shadcn_components: Vec<ShadcnDef>,
    template_code: String,
    #[serde(default)]
    required_props: Vec<PropDef>,
    #[serde(default)]
    optional_props: Vec<PropDef>,
    #[serde(default, deserialize_with = "unique_keys")]
    default_variants: IndexMap<String, Value>,
}

#[derive(Debug, Deserialize)]
struct ShadcnDef {
    name: String,
    import_path: String,
    exports: Vec<String>,
    #[serde(default)]
    peer_components: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct PropDef {
    name: String,
    #[serde(rename = "type")]
    ty: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    default_value: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
struct InteractionSpec {
    #[serde(default)]
    events: Vec<String>,
    #[serde(default)]
    states: Vec<StateDef>,
    #[serde(default)]
    behaviors: Vec<notes::BehaviorDef>,
}

#[derive(Debug, Deserialize)]
struct StateDef {
    name: String,
    #[serde(rename = "type")]
    ty: String,
    #[serde(default)]
    initial_value: Option<Value>,
    #[serde(default)]
    transitions: Vec<String>,
}

/// A prop of a mapping as the generated code declares it.
#[derive(Debug, Clone)]
struct CodeProp {
    name: String,
    /// The type with `undefined` and `null` written away.
    ty: String,
    /// Required in the spec but may be left out once `undefined` is gone,
    /// or optional in the spec.
    optional: bool,
    /// The spec's default as a JavaScript literal.
    default: Option<String>,
    /// The members of a union of string literals, default first.
    members: Vec<String>,
    description: String,
}

/// An interaction state and the edge case that asks for it.
#[derive(Debug, Clone)]
struct State {
    name: String,
    ty: String,
    /// The initial value as a JavaScript literal (`None`: unset).
    initial: Option<String>,
    /// The prop that holds the state, when the caller controls it.
    prop: Option<usize>,
    /// The recipe's edge case standing for this state.
    edge: Option<String>,
    transitions: Vec<String>,
}

/// Loads a MyContext dictionary.
pub(in crate::dictionary) fn load(
    source: &Source,
    recipe: &Recipe,
    vocabulary: &Vocabulary,
) -> Result<Loaded, Error> {
    let file: File = source.parse_json()?;
    let value: Value = source.parse_json()?;
    let mut warnings = fields::unknown(&value, &source.name);
    let warn = |warnings: &mut Vec<Warning>, path: String, message: String| {
        warnings.push(Warning {
            file: source.name.clone(),
            path,
            message,
        })
    };
    if let Some(version) = &file.schema_version
        && !version.starts_with("1.")
    {
        warn(
            &mut warnings,
            "schema_version".into(),
            format!(
                "schema version {version}; synthforge reads MyContext schema 1.x and may miss what changed"
            ),
        );
    }
    if file.mappings.is_empty() {
        return Err(source.invalid(
            "mappings".into(),
            "the dictionary has no mappings; add at least one".into(),
        ));
    }

    let mut categories: Vec<Category> = file
        .categories
        .iter()
        .map(|c| Category {
            id: c.name.clone(),
            description: c.description.clone(),
        })
        .collect();
    // shadcn/ui components any category or mapping names, by export name:
    // a template may use them without its own mapping listing them.
    let mut shadcn: HashSet<String> = file
        .categories
        .iter()
        .flat_map(|c| &c.shadcn_components)
        .map(|kebab| types::pascal(kebab))
        .collect();
    for m in file.mappings.values() {
        for c in &m.component_pattern.shadcn_components {
            shadcn.extend(c.peer_components.iter().flatten().cloned());
        }
    }

    for (alias, target) in &file.synonyms {
        if !file.mappings.contains_key(target) {
            let guess = file
                .mappings
                .keys()
                .find(|k| {
                    fields::close(k, target)
                        || k.contains(target.as_str())
                        || target.contains(k.as_str())
                })
                .map(|k| format!("did you mean `{k}`? "))
                .unwrap_or_default();
            return Err(source.invalid(
                format!("synonyms.{alias}"),
                format!(
                    "synonym `{alias}` points at `{target}`, which is not a mapping; {guess}a synonym's value is the key of a mapping under `mappings`"
                ),
            ));
        }
    }

    let layers = Layers::new(recipe.slots.as_ref(), vocabulary);
    let mut patterns = Vec::with_capacity(file.mappings.len());
    let mut missing = Vec::new();
    for (key, mapping) in &file.mappings {
        let at = |field: &str| format!("mappings.{key}.{field}");
        if !is_identifier(key) {
            return Err(source.invalid(
                format!("mappings.{key}"),
                format!("mapping key `{key}` is not usable as an id (letters, digits, `-`, `_`)"),
            ));
        }
        if mapping.canonical_name != *key {
            warn(
                &mut warnings,
                at("canonical_name"),
                format!(
                    "canonical_name `{}` differs from the mapping's key; the key `{key}` is its id",
                    mapping.canonical_name
                ),
            );
        }
        if !file.categories.iter().any(|c| c.name == mapping.category) {
            warn(
                &mut warnings,
                at("category"),
                format!(
                    "category `{}` is not declared under `categories`; it is accepted as a category of its own",
                    mapping.category
                ),
            );
            if !categories.iter().any(|c| c.id == mapping.category) {
                categories.push(Category {
                    id: mapping.category.clone(),
                    description: format!("{} (not declared in the dictionary)", mapping.category),
                });
            }
        }
        let synonyms: Vec<&str> = file
            .synonyms
            .iter()
            .filter(|(_, target)| *target == key)
            .map(|(alias, _)| alias.as_str())
            .collect();
        let description = file
            .categories
            .iter()
            .find(|c| c.name == mapping.category)
            .map_or("", |c| c.description.as_str());
        let converted = convert(
            key,
            mapping,
            &synonyms,
            description,
            Context {
                source,
                recipe,
                layers,
                shadcn: &shadcn,
            },
            &mut warnings,
        )?;
        match converted {
            Ok(pattern) => patterns.push(pattern),
            Err(unfilled) => missing.extend(unfilled),
        }
    }
    if !missing.is_empty() {
        return Err(Error::Unfilled {
            file: source.name.clone(),
            missing,
        });
    }
    Ok(Loaded {
        dictionary: Dictionary {
            name: format!("MyContext intent dictionary ({} mappings)", patterns.len()),
            categories,
            patterns,
        },
        schema: Schema::Mycontext,
        warnings,
    })
}

/// What converting a mapping needs besides the mapping.
#[derive(Clone, Copy)]
struct Context<'a> {
    source: &'a Source,
    recipe: &'a Recipe,
    layers: Layers<'a>,
    /// Names of shadcn/ui components known from the whole file.
    shadcn: &'a HashSet<String>,
}

/// One mapping as a pattern; the inner `Err` lists placeholders without a
/// value source (collected over all mappings before failing).
fn convert(
    key: &str,
    m: &Mapping,
    synonyms: &[&str],
    category_description: &str,
    cx: Context<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<Result<Pattern, Vec<String>>, Error> {
    let at = |field: &str| format!("mappings.{key}.{field}");
    let cp = &m.component_pattern;

    // Phrases and aliases, each surface once; synonyms join the first phrase.
    if m.intent_phrases.is_empty() {
        return Err(cx.source.invalid(
            at("intent_phrases"),
            "a mapping needs at least one intent phrase".into(),
        ));
    }
    let mut seen = HashSet::new();
    let mut intent_phrases = Vec::with_capacity(m.intent_phrases.len());
    for (i, p) in m.intent_phrases.iter().enumerate() {
        if p.phrase.trim().is_empty() {
            return Err(cx.source.invalid(
                at(&format!("intent_phrases[{i}].phrase")),
                "an intent phrase is empty; write how people ask for the pattern".into(),
            ));
        }
        if !seen.insert(p.phrase.to_lowercase()) {
            continue;
        }
        let aliases = p
            .aliases
            .iter()
            .filter(|a| !a.trim().is_empty() && seen.insert(a.to_lowercase()))
            .cloned()
            .collect();
        intent_phrases.push(IntentPhrase {
            phrase: p.phrase.clone(),
            aliases,
            context_keywords: p.context_keywords.clone(),
        });
    }
    let mut merged = Vec::new();
    for s in synonyms {
        if !s.trim().is_empty() && seen.insert(s.to_lowercase()) {
            intent_phrases[0].aliases.push(s.to_string());
            merged.push(s.to_string());
        }
    }

    // Props as the code declares them.
    let mut props: Vec<CodeProp> = Vec::new();
    for (list, optional) in [(&cp.required_props, false), (&cp.optional_props, true)] {
        for p in list {
            let (ty, may_be_missing) = types::present(&p.ty);
            let mut members = types::string_union(&ty);
            let preferred = p
                .default_value
                .as_ref()
                .or_else(|| cp.default_variants.get(&p.name))
                .and_then(Value::as_str);
            if let Some(first) = preferred.and_then(|d| members.iter().position(|m| m == d)) {
                let d = members.remove(first);
                members.insert(0, d);
            }
            props.push(CodeProp {
                name: p.name.clone(),
                ty,
                optional: optional || may_be_missing,
                default: p.default_value.as_ref().and_then(types::literal),
                members,
                description: p.description.clone(),
            });
        }
    }

    // Interaction states: held by a prop of the same name, or a hook.
    let mut states = Vec::new();
    for (i, s) in m.interaction_spec.states.iter().enumerate() {
        let prop = props
            .iter()
            .position(|p| types::same_name(&p.name, &s.name));
        let (ty, _) = types::present(&s.ty);
        let edge = cx
            .recipe
            .edge_cases
            .iter()
            .find(|e| e.states.iter().any(|n| types::same_name(n, &s.name)))
            .map(|e| e.id.clone());
        // A required prop is the caller's: the component cannot start in a
        // state the caller sets.
        let edge = match prop {
            Some(p) if !props[p].optional => None,
            _ => edge,
        };
        if edge.is_none() && prop.is_none_or(|p| props[p].optional) {
            warnings.push(Warning {
                file: cx.source.name.clone(),
                path: at(&format!("interaction_spec.states[{i}].name")),
                message: format!(
                    "no edge case of the recipe stands for the state `{}` (an edge case lists the states it stands for under `states`), so the edge-case family does not ask for it",
                    s.name
                ),
            });
        }
        let initial = s.initial_value.as_ref().and_then(types::literal);
        if prop.is_none() && initial.is_none() && code::empty(&ty).is_none() {
            warnings.push(Warning {
                file: cx.source.name.clone(),
                path: at(&format!("interaction_spec.states[{i}].initial_value")),
                message: format!(
                    "the state `{}` of type `{ty}` has no initial value and its type no empty value, so the code declares no hook for it; give it an `initial_value`",
                    s.name
                ),
            });
            continue;
        }
        states.push(State {
            name: s.name.clone(),
            ty,
            initial,
            prop,
            edge,
            transitions: s.transitions.clone(),
        });
    }

    // The template, and a value source for each placeholder.
    let segments = placeholder::parse(&cp.template_code).map_err(|e| {
        cx.source.invalid(
            at("component_pattern.template_code"),
            format!(
                "line {}, column {} of the template: {}",
                e.line, e.column, e.message
            ),
        )
    })?;
    let resolved = sources::resolve(key, &segments, &props, &states, cx.layers);
    let (fills, unfilled) = match resolved {
        Ok(fills) => (fills, Vec::new()),
        Err(unfilled) => (Vec::new(), unfilled),
    };
    if !unfilled.is_empty() {
        return Ok(Err(unfilled));
    }

    let variants: Vec<Variant> = props
        .iter()
        .filter(|p| {
            fills
                .iter()
                .any(|f| f.variant.as_deref() == Some(p.name.as_str()))
        })
        .map(|p| Variant {
            prop: p.name.clone(),
            values: p.members.clone(),
        })
        .collect();

    let components = imports(key, m, &segments, cx, warnings);
    let spec = code::Spec {
        id: key,
        summary: notes::summary(
            &intent_phrases[0].phrase,
            category_description,
            &m.interaction_spec,
        ),
        accessibility: notes::accessibility(&m.accessibility_spec),
        validation: notes::validation(&m.validation_rules),
        tokens: &m.design_tokens,
        responsive: notes::responsive(&m.responsive_behavior),
        props: &props,
        states: &states,
        rules: &m.validation_rules,
        setup: cx.layers.setup(key),
        roots: cp
            .shadcn_components
            .iter()
            .flat_map(|c| &c.exports)
            .filter(|e| {
                cp.shadcn_components
                    .iter()
                    .flat_map(|c| &c.exports)
                    .any(|t| *t == format!("{e}Trigger"))
            })
            .map(String::as_str)
            .collect(),
        segments: &segments,
        fills: &fills,
    };
    let placeholders = fills.iter().map(|f| f.report.clone()).collect();
    Ok(Ok(Pattern {
        id: key.to_string(),
        category: m.category.clone(),
        component: types::pascal(key),
        summary: spec.summary.clone(),
        intent_phrases,
        components,
        props: Props {
            required: props
                .iter()
                .filter(|p| !p.optional)
                .map(|p| prop(p, false))
                .collect(),
            optional: props
                .iter()
                .filter(|p| p.optional)
                .map(|p| prop(p, true))
                .collect(),
        },
        variants,
        accessibility: spec.accessibility.clone(),
        states: notes::edge_notes(&states),
        validation: spec.validation.clone(),
        design_tokens: notes::tokens(&m.design_tokens),
        code: code::template(&spec),
        placeholders,
        synonyms: merged,
    }))
}

fn prop(p: &CodeProp, optional: bool) -> Prop {
    Prop {
        name: p.name.clone(),
        ty: p.ty.clone(),
        default: if optional { p.default.clone() } else { None },
        description: p.description.clone(),
    }
}

/// The components the code imports: the mapping's shadcn/ui components,
/// then what its template uses beyond them, each from where it comes from:
/// a shadcn/ui component named anywhere in the file from
/// `@/components/ui/<kebab-case>`, a name of the slot vocabulary's
/// `imports` from its module. A tag nothing provides is a warning.
fn imports(
    key: &str,
    m: &Mapping,
    segments: &[Segment<'_>],
    cx: Context<'_>,
    warnings: &mut Vec<Warning>,
) -> Vec<Component> {
    let cp = &m.component_pattern;
    let mut components: Vec<Component> = cp
        .shadcn_components
        .iter()
        .map(|c| Component {
            name: c.name.clone(),
            import_path: c.import_path.clone(),
            exports: c.exports.clone(),
        })
        .collect();
    let exported: HashSet<&str> = cp
        .shadcn_components
        .iter()
        .flat_map(|c| &c.exports)
        .map(String::as_str)
        .collect();
    let code: String = segments
        .iter()
        .filter_map(|s| match s {
            Segment::Code(c) => Some(*c),
            Segment::Placeholder(_) => None,
        })
        .chain(cx.layers.setup(key).iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n");
    let mut add =
        |path: String, name: &str| match components.iter_mut().find(|c| c.import_path == path) {
            Some(c) if !c.exports.iter().any(|e| e == name) => c.exports.push(name.into()),
            Some(_) => {}
            None => components.push(Component {
                name: name.into(),
                import_path: path,
                exports: vec![name.into()],
            }),
        };
    for used in types::used_names(&code) {
        let (name, tag) = match &used {
            types::Used::Tag(name) => (name.as_str(), true),
            types::Used::Call(name) => (name.as_str(), false),
        };
        if exported.contains(name) {
            continue;
        }
        if let Some(module) = cx.layers.import(name) {
            add(module.to_string(), name);
        } else if tag && cx.shadcn.contains(name) {
            add(format!("@/components/ui/{}", types::kebab(name)), name);
        } else if tag {
            warnings.push(Warning {
                file: cx.source.name.clone(),
                path: format!("mappings.{key}.component_pattern.template_code"),
                message: format!(
                    "the template uses `<{name}>`, which no component of the mapping exports and no entry of the slot vocabulary's `imports` names; the generated code will not import it"
                ),
            });
        }
    }
    components
}
