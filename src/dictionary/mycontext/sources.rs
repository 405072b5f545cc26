//! Where each placeholder of a mapping gets its values, decided once, before
//! anything is generated. In order:
//!
//! - text (JSX text, an attribute, a string): the slot vocabulary's `text`
//!   for the pattern, else its generic `text` (replaced per domain where the
//!   vocabulary has a domain entry); else an optional prop of that name whose
//!   type is a union of string literals, whose members become a variant of
//!   the pattern (an axis of the dataset); else that prop's `default_value`.
//! - expression (inside `{…}`): the slot vocabulary's expression forms for
//!   the pattern, else generic (per domain likewise): written in place, a
//!   constant, or a prop the component declares; when the placeholder also
//!   names a prop, the slot's value becomes that prop's default instead
//!   (unless it is a constant of another name).
//!   Else a prop of that name; else an interaction state of that name.
//!
//! A placeholder nothing fills is reported with how to supply it; the
//! loader collects them over all mappings and fails listing every one.

use super::code::Piece;
use super::{CodeProp, State};
use crate::dictionary::PlaceholderSource;
use crate::dictionary::placeholder::{Position, Segment};
use crate::slots::{Expression, Found, Layers};

/// How one placeholder (a name at a position) is filled.
#[derive(Debug, Clone)]
pub(super) struct Fill {
    pub(super) name: String,
    pub(super) position: Position,
    /// What is written in its place.
    pub(super) at: Vec<Piece>,
    /// `at` renders one identifier, so a negation needs no parentheses.
    pub(super) identifier: bool,
    /// What the component declares for it.
    pub(super) declares: Declaration,
    /// The prop whose variant values fill it.
    pub(super) variant: Option<String>,
    /// For `dictionary check`.
    pub(super) report: PlaceholderSource,
}

/// A declaration the code needs for a filled placeholder.
#[derive(Debug, Clone)]
pub(super) enum Declaration {
    None,
    /// `const name = value` in the component.
    Const {
        name: String,
        value: Vec<Piece>,
    },
    /// A prop `name: ty` of the component.
    Prop {
        name: Vec<Piece>,
        ty: Vec<Piece>,
    },
    /// A default for an existing prop.
    Default {
        prop: String,
        value: Vec<Piece>,
    },
}

/// A slot value per domain: the base, and the domains that replace it.
fn per_domain(
    layers: Layers<'_>,
    name: &str,
    base: &str,
    pick: impl Fn(Found<'_>) -> Option<String>,
) -> Vec<Piece> {
    let overrides: Vec<(&str, String)> = layers
        .domain_ids()
        .filter_map(|d| layers.domain(d, name).and_then(&pick).map(|v| (d, v)))
        .collect();
    if overrides.is_empty() {
        return vec![Piece::Tag(base.to_string())];
    }
    let mut pieces = Vec::new();
    for (i, (domain, value)) in overrides.into_iter().enumerate() {
        let keyword = if i == 0 { "if" } else { "elif" };
        pieces.push(Piece::Tag(format!(
            "{{% {keyword} domain.id == \"{domain}\" %}}"
        )));
        pieces.push(Piece::Tag(value));
    }
    pieces.push(Piece::Tag("{% else %}".into()));
    pieces.push(Piece::Tag(base.to_string()));
    pieces.push(Piece::Tag("{% endif %}".into()));
    pieces
}

/// Resolves every placeholder of a template; `Err` lists the unfilled ones
/// with how to supply them.
pub(super) fn resolve(
    pattern: &str,
    segments: &[Segment<'_>],
    props: &[CodeProp],
    states: &[State],
    layers: Layers<'_>,
) -> Result<Vec<Fill>, Vec<String>> {
    let mut fills: Vec<Fill> = Vec::new();
    let mut missing = Vec::new();
    for segment in segments {
        let Segment::Placeholder(p) = segment else {
            continue;
        };
        if fills
            .iter()
            .any(|f| f.name == p.name && f.position == p.position)
            || missing
                .iter()
                .any(|m: &(String, Position)| m.0 == p.name && m.1 == p.position)
        {
            continue;
        }
        let fill = match p.position {
            Position::Text => text(pattern, p.name, props, layers),
            Position::Expression => expression(pattern, p.name, props, states, layers),
        };
        match fill {
            Some(f) => fills.push(f),
            None => missing.push((p.name.to_string(), p.position)),
        }
    }
    if missing.is_empty() {
        return Ok(fills);
    }
    Err(missing
        .into_iter()
        .map(|(name, position)| {
            let how = match position {
                Position::Text => format!(
                    "add `\"{name}\": {{\"text\": \"…\"}}` to the recipe's `slots.patterns.{pattern}` (or `slots.generic`), or give the mapping an optional prop `{name}` with a `default_value` or a union of string literals as its type"
                ),
                Position::Expression => format!(
                    "add `\"{name}\": {{\"expression\": \"…\"}}` (or `const` with `value`, or `prop` with `type`) to the recipe's `slots.patterns.{pattern}` (or `slots.generic`), or give the mapping a prop or an interaction state named `{name}`"
                ),
            };
            format!(
                "mappings.{pattern}: `{{{{{name}}}}}` ({}) has no value source; {how}",
                position.name()
            )
        })
        .collect())
}

fn report(name: &str, position: Position, source: String) -> PlaceholderSource {
    PlaceholderSource {
        name: name.to_string(),
        position,
        source,
    }
}

fn text(pattern: &str, name: &str, props: &[CodeProp], layers: Layers<'_>) -> Option<Fill> {
    let fill = |at: Vec<Piece>, variant: Option<String>, source: String| Fill {
        name: name.to_string(),
        position: Position::Text,
        at,
        identifier: false,
        declares: Declaration::None,
        variant,
        report: report(name, Position::Text, source),
    };
    if let Some(found) = layers.pattern(pattern, name)
        && let Some(t) = &found.slot.text
    {
        return Some(fill(
            vec![Piece::Tag(t.clone())],
            None,
            format!("{} patterns.{pattern}.{name}", found.file),
        ));
    }
    if let Some(found) = layers.generic(name)
        && let Some(t) = &found.slot.text
    {
        let at = per_domain(layers, name, t, |f| f.slot.text.clone());
        let domains = if at.len() > 1 { ", per domain" } else { "" };
        return Some(fill(
            at,
            None,
            format!("{} generic.{name}{domains}", found.file),
        ));
    }
    let prop = props.iter().find(|p| p.name == name)?;
    if prop.optional && !prop.members.is_empty() {
        return Some(fill(
            vec![Piece::Tag(format!("{{{{ variant[\"{name}\"] }}}}"))],
            Some(name.to_string()),
            format!("variant of prop `{name}`: {}", prop.members.join(", ")),
        ));
    }
    let default = prop.default.as_ref()?;
    // The text of a string default is the string itself.
    let text = serde_json::from_str::<String>(default).unwrap_or_else(|_| default.clone());
    Some(fill(
        vec![Piece::Code(text)],
        None,
        format!("default_value of prop `{name}`: {default}"),
    ))
}

fn expression(
    pattern: &str,
    name: &str,
    props: &[CodeProp],
    states: &[State],
    layers: Layers<'_>,
) -> Option<Fill> {
    let prop = props.iter().find(|p| p.name == name);
    let fill = |at: Vec<Piece>, identifier: bool, declares: Declaration, source: String| Fill {
        name: name.to_string(),
        position: Position::Expression,
        at,
        identifier,
        declares,
        variant: None,
        report: report(name, Position::Expression, source),
    };
    let slot = layers
        .pattern(pattern, name)
        .filter(|f| f.slot.expression().is_some())
        .map(|f| (f, format!("{} patterns.{pattern}.{name}", f.file), false))
        .or_else(|| {
            layers
                .generic(name)
                .filter(|f| f.slot.expression().is_some())
                .map(|f| (f, format!("{} generic.{name}", f.file), true))
        });
    if let Some((found, origin, generic)) = slot {
        let expression = found
            .slot
            .expression()
            .expect("filtered on an expression form");
        let vary = |base: &str, pick: &dyn Fn(Expression<'_>) -> Option<String>| match generic {
            true => per_domain(layers, name, base, |f| f.slot.expression().and_then(pick)),
            false => vec![Piece::Tag(base.to_string())],
        };
        let (value, declares, identifier) = match expression {
            Expression::Inline(e) => (
                vary(e, &|x| match x {
                    Expression::Inline(e) => Some(e.to_string()),
                    _ => None,
                }),
                None,
                false,
            ),
            Expression::Const {
                name: constant,
                value,
            } => (
                vary(value, &|x| match x {
                    Expression::Const { value, .. } => Some(value.to_string()),
                    _ => None,
                }),
                Some(constant.to_string()),
                true,
            ),
            Expression::Prop {
                name: prop_name,
                ty,
            } => {
                let name_pieces = vary(prop_name, &|x| match x {
                    Expression::Prop { name, .. } => Some(name.to_string()),
                    _ => None,
                });
                let ty_pieces = vary(ty, &|x| match x {
                    Expression::Prop { ty, .. } => Some(ty.to_string()),
                    _ => None,
                });
                return Some(fill(
                    name_pieces.clone(),
                    true,
                    Declaration::Prop {
                        name: name_pieces,
                        ty: ty_pieces,
                    },
                    format!("{origin} (a prop of the component)"),
                ));
            }
        };
        // A value for a placeholder that names a prop becomes the prop's
        // default (a constant of the prop's own name could not be declared
        // beside it); a constant of another name stays a constant.
        if let Some(prop) = prop.filter(|p| declares.as_ref().is_none_or(|c| *c == p.name)) {
            return Some(fill(
                vec![Piece::Code(prop.name.clone())],
                true,
                Declaration::Default {
                    prop: prop.name.clone(),
                    value,
                },
                format!("prop `{name}`, defaulting to {origin}"),
            ));
        }
        return Some(match declares {
            Some(constant) => fill(
                vec![Piece::Code(constant.clone())],
                true,
                Declaration::Const {
                    name: constant.clone(),
                    value,
                },
                format!("{origin} (const `{constant}`)"),
            ),
            None => fill(value, identifier, Declaration::None, origin),
        });
    }
    if let Some(prop) = prop {
        return Some(fill(
            vec![Piece::Code(prop.name.clone())],
            true,
            Declaration::None,
            format!("prop `{name}`: {}", prop.ty),
        ));
    }
    let state = states
        .iter()
        .find(|s| s.prop.is_none() && super::types::same_name(&s.name, name))?;
    Some(fill(
        vec![Piece::Code(state.name.clone())],
        true,
        Declaration::None,
        format!("interaction state `{}`: {}", state.name, state.ty),
    ))
}
