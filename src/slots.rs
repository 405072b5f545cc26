//! The slot vocabulary: values for the placeholders of converted templates
//! (MyContext's `{{label}}`, `{{{handler}}}`, …), keyed by placeholder name,
//! and optionally by domain or by pattern. synthforge ships one
//! (`intent-dictionary/slots.json`, embedded in the binary); a recipe's
//! `slots` has the same shape and extends it or replaces its entries.
//!
//! Every value is a minijinja template rendered in the code template's
//! context (`entity`, `domain`, `variant`, `state`, `component`), so the
//! request's vocabulary reaches the code. This module owns the model, its
//! checks and the lookup order (recipe before the shipped file; pattern,
//! then domain, then generic); which source fills which placeholder is
//! decided by the dictionary loader.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::source::{Source, unique_keys};

const SHIPPED: &str = include_str!("../intent-dictionary/slots.json");

/// The name of the shipped vocabulary in errors and reports.
pub const SHIPPED_NAME: &str = "<embedded>/slots.json";

/// Slot values by placeholder name.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Slots(#[serde(deserialize_with = "unique_keys")] pub IndexMap<String, Slot>);

/// A slot vocabulary: the shipped file, or a recipe's `slots`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// Values for any pattern in any domain.
    #[serde(default)]
    pub generic: Slots,
    /// Per domain id: values that replace the generic ones in that domain.
    #[serde(default, deserialize_with = "unique_keys")]
    pub domains: IndexMap<String, Slots>,
    /// Per pattern id: values for that pattern only, in every domain.
    #[serde(default, deserialize_with = "unique_keys")]
    pub patterns: IndexMap<String, Slots>,
    /// Per pattern id: statements the component runs before it renders,
    /// declaring what its template uses without declaring (e.g. `form`).
    #[serde(default, deserialize_with = "unique_keys")]
    pub setup: IndexMap<String, Vec<String>>,
    /// The module to import a name from when a template uses it and no
    /// component of its pattern exports it, e.g. `Menu` → `lucide-react`.
    #[serde(default, deserialize_with = "unique_keys")]
    pub imports: IndexMap<String, String>,
}

/// The values of one slot: text, an expression, or both.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    /// Text, for a placeholder in JSX text, an attribute or a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A JavaScript expression written where the placeholder is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// The name of a constant the component declares (with `value`) and
    /// writes where the placeholder is.
    #[serde(rename = "const", default, skip_serializing_if = "Option::is_none")]
    pub constant: Option<String>,
    /// The constant's value, a JavaScript expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The name of a prop the component declares (with `type`) and writes
    /// where the placeholder is, e.g. a handler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prop: Option<String>,
    /// The prop's TypeScript type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<String>,
}

/// How a slot fills a placeholder that sits in an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expression<'a> {
    /// Written in place.
    Inline(&'a str),
    /// `const name = value` before the component renders; `name` in place.
    Const {
        /// The constant's name.
        name: &'a str,
        /// Its value.
        value: &'a str,
    },
    /// A prop `name: ty` of the component; `name` in place.
    Prop {
        /// The prop's name (a template).
        name: &'a str,
        /// Its type.
        ty: &'a str,
    },
}

impl Slot {
    /// The slot's expression form, if it has one.
    pub fn expression(&self) -> Option<Expression<'_>> {
        match (
            &self.expression,
            &self.constant,
            &self.value,
            &self.prop,
            &self.ty,
        ) {
            (Some(e), None, None, None, None) => Some(Expression::Inline(e)),
            (None, Some(name), Some(value), None, None) => Some(Expression::Const { name, value }),
            (None, None, None, Some(name), Some(ty)) => Some(Expression::Prop { name, ty }),
            _ => None,
        }
    }

    /// Every template of the slot with its field name, for checking.
    fn templates(&self) -> impl Iterator<Item = (&'static str, &String)> {
        [
            ("text", &self.text),
            ("expression", &self.expression),
            ("value", &self.value),
            ("prop", &self.prop),
            ("type", &self.ty),
        ]
        .into_iter()
        .filter_map(|(field, t)| t.as_ref().map(|t| (field, t)))
    }

    fn check(&self, at: &str, source: &Source) -> Result<(), Error> {
        let bad =
            |field: &str, message: String| Err(source.invalid(format!("{at}.{field}"), message));
        let forms = [
            self.expression.is_some(),
            self.constant.is_some() || self.value.is_some(),
            self.prop.is_some() || self.ty.is_some(),
        ];
        if self.text.is_none() && !forms.contains(&true) {
            return bad(
                "text",
                "a slot needs `text`, or one of `expression`, `const` with `value`, `prop` with `type`".into(),
            );
        }
        if forms.iter().filter(|&&f| f).count() > 1 {
            return bad(
                "expression",
                "give at most one of `expression`, `const` with `value`, `prop` with `type`".into(),
            );
        }
        if forms[1] && self.expression().is_none() {
            return bad("const", "`const` (a name) and `value` go together".into());
        }
        if forms[2] && self.expression().is_none() {
            return bad("prop", "`prop` (a name) and `type` go together".into());
        }
        if let Some(name) = &self.constant
            && !is_js_identifier(name)
        {
            return bad("const", format!("`{name}` is not a JavaScript identifier"));
        }
        for (field, template) in self.templates() {
            check_template(template, &format!("{at}.{field}"), source)?;
        }
        Ok(())
    }
}

/// Whether `s` can name a JavaScript constant.
pub(crate) fn is_js_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

fn check_template(template: &str, at: &str, source: &Source) -> Result<(), Error> {
    let env = minijinja::Environment::new();
    env.template_from_str(template).map(|_| ()).map_err(|e| {
        source.invalid(
            at.to_string(),
            format!(
                "not a valid minijinja template: {}",
                e.detail().unwrap_or("syntax error")
            ),
        )
    })
}

impl Vocabulary {
    /// The vocabulary that ships with synthforge.
    pub fn shipped() -> Result<Vocabulary, Error> {
        Vocabulary::load(&Source::new(SHIPPED_NAME, SHIPPED), "")
    }

    /// Parses and checks a vocabulary file.
    fn load(source: &Source, at: &str) -> Result<Vocabulary, Error> {
        let vocabulary: Vocabulary = source.parse_json()?;
        vocabulary.check(source, at)?;
        Ok(vocabulary)
    }

    /// Checks every slot and template; `at` prefixes JSON paths (`slots.`
    /// inside a recipe).
    pub(crate) fn check(&self, source: &Source, at: &str) -> Result<(), Error> {
        for (name, slot) in &self.generic.0 {
            slot.check(&format!("{at}generic.{name}"), source)?;
        }
        for (level, map) in [("domains", &self.domains), ("patterns", &self.patterns)] {
            for (key, slots) in map {
                for (name, slot) in &slots.0 {
                    slot.check(&format!("{at}{level}.{key}.{name}"), source)?;
                }
            }
        }
        for (pattern, lines) in &self.setup {
            for (i, line) in lines.iter().enumerate() {
                check_template(line, &format!("{at}setup.{pattern}[{i}]"), source)?;
            }
        }
        for (name, module) in &self.imports {
            if module.trim().is_empty() {
                return Err(source.invalid(
                    format!("{at}imports.{name}"),
                    "name the module to import from, e.g. `lucide-react`".into(),
                ));
            }
        }
        Ok(())
    }
}

/// A slot found by a lookup, with where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    /// The slot.
    pub slot: &'a Slot,
    /// `recipe` or `slots.json`.
    pub file: &'static str,
}

/// A recipe's vocabulary over the shipped one.
#[derive(Debug, Clone, Copy)]
pub struct Layers<'a> {
    recipe: Option<&'a Vocabulary>,
    shipped: &'a Vocabulary,
}

impl<'a> Layers<'a> {
    /// `recipe` (if any) first, then `shipped`.
    pub fn new(recipe: Option<&'a Vocabulary>, shipped: &'a Vocabulary) -> Layers<'a> {
        Layers { recipe, shipped }
    }

    fn each(&self) -> impl Iterator<Item = (&'a Vocabulary, &'static str)> {
        self.recipe
            .map(|v| (v, "recipe slots"))
            .into_iter()
            .chain(std::iter::once((self.shipped, "slots.json")))
    }

    /// The pattern's own slot `name`.
    pub fn pattern(&self, pattern: &str, name: &str) -> Option<Found<'a>> {
        self.each().find_map(|(v, file)| {
            v.patterns
                .get(pattern)
                .and_then(|s| s.0.get(name))
                .map(|slot| Found { slot, file })
        })
    }

    /// Slot `name` in `domain`.
    pub fn domain(&self, domain: &str, name: &str) -> Option<Found<'a>> {
        self.each().find_map(|(v, file)| {
            v.domains
                .get(domain)
                .and_then(|s| s.0.get(name))
                .map(|slot| Found { slot, file })
        })
    }

    /// Every domain id either layer has entries for, each once.
    pub fn domain_ids(&self) -> impl Iterator<Item = &'a str> {
        let mut seen = std::collections::HashSet::new();
        self.each()
            .flat_map(|(v, _)| v.domains.keys())
            .map(String::as_str)
            .filter(move |d| seen.insert(*d))
    }

    /// Generic slot `name`.
    pub fn generic(&self, name: &str) -> Option<Found<'a>> {
        self.each()
            .find_map(|(v, file)| v.generic.0.get(name).map(|slot| Found { slot, file }))
    }

    /// The pattern's setup statements.
    pub fn setup(&self, pattern: &str) -> &'a [String] {
        self.each()
            .find_map(|(v, _)| v.setup.get(pattern))
            .map_or(&[], Vec::as_slice)
    }

    /// The module `name` is imported from.
    pub fn import(&self, name: &str) -> Option<&'a str> {
        self.each()
            .find_map(|(v, _)| v.imports.get(name))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_vocabulary_loads() {
        let v = Vocabulary::shipped().expect("slots.json loads");
        assert!(v.generic.0.contains_key("label"));
    }

    #[test]
    fn slots_take_text_and_one_expression_form() {
        let cases = [
            (r#"{"text": "x"}"#, ""),
            (r#"{"expression": "1 + 1"}"#, ""),
            (r#"{"text": "x", "const": "rows", "value": "[]"}"#, ""),
            (r#"{"prop": "onGo", "type": "() => void"}"#, ""),
            (r#"{}"#, "a slot needs `text`"),
            (
                r#"{"expression": "a", "prop": "b", "type": "c"}"#,
                "at most one",
            ),
            (r#"{"const": "rows"}"#, "go together"),
            (r#"{"type": "string"}"#, "go together"),
            (
                r#"{"const": "2rows", "value": "[]"}"#,
                "not a JavaScript identifier",
            ),
            (
                r#"{"text": "{{ entity.noun "}"#,
                "not a valid minijinja template",
            ),
        ];
        for (slot, says) in cases {
            let text = format!(r#"{{"generic": {{"label": {slot}}}}}"#);
            let got = Vocabulary::load(&Source::new("s.json", text), "");
            match says {
                "" => assert!(got.is_ok(), "{slot}: {:?}", got.err()),
                says => {
                    let err = got.expect_err(slot).to_string();
                    assert!(
                        err.contains(says) && err.contains("generic.label"),
                        "{slot}: {err}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_recipe_layer_comes_first() {
        let shipped: Vocabulary = serde_json::from_str(
            r#"{"generic": {"label": {"text": "a"}}, "imports": {"Menu": "lucide-react"}}"#,
        )
        .unwrap();
        let recipe: Vocabulary =
            serde_json::from_str(r#"{"generic": {"label": {"text": "b"}}}"#).unwrap();
        let layers = Layers::new(Some(&recipe), &shipped);
        let found = layers.generic("label").unwrap();
        assert_eq!(
            (found.slot.text.as_deref(), found.file),
            (Some("b"), "recipe slots")
        );
        assert_eq!(layers.import("Menu"), Some("lucide-react"));
        assert!(Layers::new(None, &shipped).pattern("x", "label").is_none());
    }
}
