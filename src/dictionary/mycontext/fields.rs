//! Every field of the MyContext schema, and warnings for the others: a typo
//! such as `alias` for `aliases` loads (MyContext files carry fields we do
//! not need), but it must be visible, so each unknown field is a warning
//! naming its JSON path and the fields known there.
//!
//! The tree below lists the fields the loader uses and those it knowingly
//! ignores (`Any`: not looked into); the README's table says which is which.

use serde_json::Value;

use crate::error::Warning;

/// What a JSON value is expected to hold.
enum Shape {
    /// An object with these fields.
    Object(&'static [(&'static str, Shape)]),
    /// An object keyed by names of the user's choosing.
    Map(&'static Shape),
    /// A list.
    List(&'static Shape),
    /// Anything; not looked into.
    Any,
}

use Shape::{Any, List, Map, Object};

const FILE: Shape = Object(&[
    ("version", Any),
    ("schema_version", Any),
    ("last_updated", Any),
    ("validation_config", Any),
    ("categories", List(&CATEGORY)),
    ("mappings", Map(&MAPPING)),
    ("synonyms", Any),
    ("usage_analytics", Any),
]);

const CATEGORY: Shape = Object(&[
    ("name", Any),
    ("description", Any),
    ("common_patterns", Any),
    ("shadcn_components", Any),
]);

const MAPPING: Shape = Object(&[
    ("canonical_name", Any),
    ("category", Any),
    ("intent_phrases", List(&PHRASE)),
    ("component_pattern", COMPONENT_PATTERN),
    ("interaction_spec", INTERACTION),
    ("accessibility_spec", ACCESSIBILITY),
    ("design_tokens", List(&TOKEN)),
    ("responsive_behavior", RESPONSIVE),
    ("validation_rules", List(&RULE)),
    ("conflict_resolution", Any),
    ("confidence_threshold", Any),
    ("usage_frequency", Any),
    ("examples", List(&EXAMPLE)),
]);

const PHRASE: Shape = Object(&[
    ("phrase", Any),
    ("aliases", Any),
    ("context_keywords", Any),
    ("confidence_boost", Any),
]);

const COMPONENT_PATTERN: Shape = Object(&[
    ("shadcn_components", List(&SHADCN)),
    ("template_code", Any),
    ("required_props", List(&PROP)),
    ("optional_props", List(&PROP)),
    ("default_variants", Any),
]);

const SHADCN: Shape = Object(&[
    ("name", Any),
    ("import_path", Any),
    ("exports", Any),
    ("peer_components", Any),
]);

const PROP: Shape = Object(&[
    ("name", Any),
    ("type", Any),
    ("description", Any),
    ("default_value", Any),
]);

const INTERACTION: Shape = Object(&[
    ("events", Any),
    ("states", List(&STATE)),
    ("behaviors", List(&BEHAVIOR)),
]);

const STATE: Shape = Object(&[
    ("name", Any),
    ("type", Any),
    ("initial_value", Any),
    ("transitions", Any),
]);

const BEHAVIOR: Shape = Object(&[("trigger", Any), ("action", Any), ("requirements", Any)]);

const ACCESSIBILITY: Shape = Object(&[
    ("aria_attributes", Any),
    ("keyboard_support", List(&KEY)),
    ("role", Any),
    ("focus_management", Any),
    ("screen_reader_text", Any),
    ("wcag_compliance", WCAG),
    ("mobile_accessibility", MOBILE),
]);

const KEY: Shape = Object(&[("key", Any), ("action", Any), ("condition", Any)]);

const WCAG: Shape = Object(&[
    ("color_contrast", Any),
    ("focus_indicators", Any),
    ("skip_links", Any),
    ("alt_text_required", Any),
    ("form_labels_required", Any),
]);

const MOBILE: Shape = Object(&[
    ("min_touch_target", Any),
    ("gesture_alternatives", Any),
    ("orientation_support", Any),
]);

const TOKEN: Shape = Object(&[
    ("token_category", Any),
    ("required_tokens", Any),
    ("css_var_mapping", Any),
]);

const RESPONSIVE: Shape = Object(&[
    ("breakpoint_behaviors", Any),
    ("mobile_first", Any),
    ("touch_targets", Any),
    ("mobile_variants", VARIANT),
    ("tablet_variants", VARIANT),
    ("desktop_variants", VARIANT),
    ("validation_rules", Any),
]);

const VARIANT: Shape = Object(&[("template_code", Any), ("props", Any), ("classes", Any)]);

const RULE: Shape = Object(&[
    ("rule_type", Any),
    ("rule_value", Any),
    ("error_message", Any),
]);

const EXAMPLE: Shape = Object(&[
    ("natural_language", Any),
    ("extracted_intent", Any),
    ("generated_code_sample", Any),
]);

/// A warning for every field of `file` the schema does not know.
pub(super) fn unknown(file: &Value, name: &str) -> Vec<Warning> {
    let mut warnings = Vec::new();
    walk(file, &FILE, "", name, &mut warnings);
    warnings
}

fn join(path: &str, key: &str) -> String {
    match path {
        "" => key.to_string(),
        path => format!("{path}.{key}"),
    }
}

fn walk(value: &Value, shape: &Shape, path: &str, file: &str, warnings: &mut Vec<Warning>) {
    match (shape, value) {
        (Object(fields), Value::Object(object)) => {
            for (key, item) in object {
                match fields.iter().find(|(name, _)| name == key) {
                    Some((_, shape)) => walk(item, shape, &join(path, key), file, warnings),
                    None => {
                        let known: Vec<&str> = fields.iter().map(|(name, _)| *name).collect();
                        let hint = known
                            .iter()
                            .find(|k| close(k, key))
                            .map(|k| format!("did you mean `{k}`? "))
                            .unwrap_or_default();
                        warnings.push(Warning {
                            file: file.to_string(),
                            path: join(path, key),
                            message: format!(
                                "unknown field `{key}`, ignored; {hint}the fields known here are {}",
                                known.join(", ")
                            ),
                        });
                    }
                }
            }
        }
        (Map(shape), Value::Object(object)) => {
            for (key, item) in object {
                walk(item, shape, &join(path, key), file, warnings);
            }
        }
        (List(shape), Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, shape, &format!("{path}[{i}]"), file, warnings);
            }
        }
        // Other shapes and mismatched types: the typed parse reports a
        // wrong type where the field is used.
        _ => {}
    }
}

/// Whether `typed` looks like a slip of `known`: one is the other plus a
/// letter or two, or they differ in at most two edits.
pub(super) fn close(known: &str, typed: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (known.chars().collect(), typed.chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()] <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_named_with_their_path_and_a_guess() {
        let file = serde_json::json!({
            "mappings": {"auth-form": {
                "intent_phrases": [{"phrase": "login", "alias": ["sign in"]}],
                "component_pattern": {"template_code": "", "colour": "red"},
                "usage_frequency": 3
            }},
            "usage_analytics": {"anything": 1},
            "extra": true
        });
        let got: Vec<(String, bool)> = unknown(&file, "f.json")
            .into_iter()
            .map(|w| (w.path, w.message.contains("did you mean `aliases`")))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "mappings.auth-form.intent_phrases[0].alias".to_string(),
                    true
                ),
                (
                    "mappings.auth-form.component_pattern.colour".to_string(),
                    false
                ),
                ("extra".to_string(), false),
            ]
        );
    }

    #[test]
    fn slips_are_close_and_other_words_are_not() {
        assert!(close("aliases", "alias"));
        assert!(close("category", "categroy"));
        assert!(!close("phrase", "template_code"));
    }
}
