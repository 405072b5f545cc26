//! The specs of a mapping as the notes synthforge's model carries: the
//! summary (phrase, category, events and behaviors), accessibility notes
//! (roles, ARIA attributes, keys, focus, WCAG and mobile targets),
//! validation rules, design tokens, responsive notes, and what each edge
//! case changes. The system prompt, the explanation and the code's doc
//! comment show them.

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;

use super::{InteractionSpec, State, code};
use crate::dictionary::TokenGroup;
use crate::source::unique_keys;

#[derive(Debug, Default, Deserialize)]
pub(super) struct AccessibilitySpec {
    #[serde(default, deserialize_with = "unique_keys")]
    aria_attributes: IndexMap<String, String>,
    #[serde(default)]
    keyboard_support: Vec<KeyDef>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    focus_management: Option<String>,
    #[serde(default)]
    screen_reader_text: Option<String>,
    #[serde(default)]
    wcag_compliance: Option<Wcag>,
    #[serde(default)]
    mobile_accessibility: Option<Mobile>,
}

#[derive(Debug, Deserialize)]
struct KeyDef {
    key: String,
    action: String,
    #[serde(default)]
    condition: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Wcag {
    #[serde(default, deserialize_with = "unique_keys")]
    color_contrast: IndexMap<String, f64>,
    #[serde(default)]
    focus_indicators: bool,
    #[serde(default)]
    skip_links: Vec<String>,
    #[serde(default)]
    alt_text_required: bool,
    #[serde(default)]
    form_labels_required: bool,
}

#[derive(Debug, Deserialize)]
struct Mobile {
    #[serde(default)]
    min_touch_target: Option<String>,
    #[serde(default)]
    gesture_alternatives: Vec<String>,
    #[serde(default)]
    orientation_support: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct TokenDef {
    pub(super) token_category: String,
    #[serde(default)]
    pub(super) required_tokens: Vec<String>,
    #[serde(default, deserialize_with = "unique_keys")]
    pub(super) css_var_mapping: IndexMap<String, String>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct ResponsiveBehavior {
    #[serde(default, deserialize_with = "unique_keys")]
    breakpoint_behaviors: IndexMap<String, String>,
    #[serde(default)]
    mobile_first: bool,
}

#[derive(Debug, Deserialize)]
pub(super) struct RuleDef {
    pub(super) rule_type: String,
    pub(super) rule_value: Value,
    pub(super) error_message: String,
}

#[derive(Debug, Deserialize)]
pub(super) struct BehaviorDef {
    trigger: String,
    action: String,
    #[serde(default)]
    requirements: Vec<String>,
}

fn sentence(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// Ends a note with a full stop unless it has one.
fn stop(s: &str) -> String {
    let s = s.trim();
    match s.ends_with(['.', '!', '?']) {
        true => s.to_string(),
        false => format!("{s}."),
    }
}

/// A number as people write it: `3` rather than `3.0`.
fn number(n: f64) -> String {
    match n.fract() == 0.0 && n.abs() < 1e15 {
        true => format!("{}", n as i64),
        false => n.to_string(),
    }
}

/// One paragraph: the first phrase, its category, events and behaviors.
pub(super) fn summary(phrase: &str, category: &str, spec: &InteractionSpec) -> String {
    let mut s = match category.trim() {
        "" => stop(&sentence(phrase)),
        c => format!(
            "{} ({}).",
            sentence(phrase),
            lower_first(c.trim_end_matches('.'))
        ),
    };
    if !spec.events.is_empty() {
        s += &format!(" Events: {}.", spec.events.join(", "));
    }
    for b in &spec.behaviors {
        s += &format!(" {}: {}", b.trigger, stop(&b.action));
        if !b.requirements.is_empty() {
            s.pop();
            s += &format!(" ({}).", lower_first(&b.requirements.join("; ")));
        }
    }
    s
}

/// Accessibility notes, one per fact of the spec.
pub(super) fn accessibility(spec: &AccessibilitySpec) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(role) = &spec.role {
        notes.push(format!("Role `{role}`."));
    }
    for (attribute, meaning) in &spec.aria_attributes {
        notes.push(format!("`{attribute}`: {}", stop(meaning)));
    }
    for k in &spec.keyboard_support {
        let when = k
            .condition
            .as_deref()
            .map(|c| format!(" ({})", lower_first(c)))
            .unwrap_or_default();
        notes.push(format!(
            "{}: {}{when}.",
            k.key,
            lower_first(k.action.trim_end_matches('.'))
        ));
    }
    if let Some(focus) = &spec.focus_management {
        notes.push(format!("Focus: {}", stop(&lower_first(focus))));
    }
    if let Some(text) = &spec.screen_reader_text {
        notes.push(format!(
            "Screen readers announce \"{}\".",
            text.trim_end_matches('.')
        ));
    }
    if let Some(w) = &spec.wcag_compliance {
        if !w.color_contrast.is_empty() {
            let ratios: Vec<String> = w
                .color_contrast
                .iter()
                .map(|(what, ratio)| format!("{}:1 for {}", number(*ratio), what.replace('_', " ")))
                .collect();
            notes.push(format!("WCAG contrast at least {}.", ratios.join(", ")));
        }
        if w.focus_indicators {
            notes.push("Focus indicators stay visible.".into());
        }
        if w.alt_text_required {
            notes.push("Images carry alt text.".into());
        }
        if w.form_labels_required {
            notes.push("Every form field has a label.".into());
        }
        if !w.skip_links.is_empty() {
            notes.push(format!("Skip links: {}.", w.skip_links.join(", ")));
        }
    }
    if let Some(m) = &spec.mobile_accessibility {
        if let Some(size) = &m.min_touch_target {
            notes.push(format!("Touch targets at least {size}."));
        }
        if !m.gesture_alternatives.is_empty() {
            notes.push(format!(
                "Gesture alternatives: {}.",
                m.gesture_alternatives.join(", ")
            ));
        }
        if let Some(o) = &m.orientation_support {
            notes.push(format!("Orientation: {o}."));
        }
    }
    notes
}

/// Validation rules as notes: `onClick` is required: …; matches `^…$`: ….
pub(super) fn validation(rules: &[RuleDef]) -> Vec<String> {
    rules
        .iter()
        .map(|r| {
            let value = match &r.rule_value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let rule = match r.rule_type.as_str() {
                "required" => format!("`{value}` is required"),
                "pattern" => format!("matches `{value}`"),
                "min" => format!("at least {value}"),
                "max" => format!("at most {value}"),
                other => format!("{other} `{value}`"),
            };
            format!("{}: {}", sentence(&rule), stop(&r.error_message))
        })
        .collect()
}

/// Breakpoint behaviors, for the code's doc comment.
pub(super) fn responsive(spec: &ResponsiveBehavior) -> Vec<String> {
    let mut notes: Vec<String> = spec
        .breakpoint_behaviors
        .iter()
        .map(|(breakpoint, behavior)| format!("{breakpoint}: {}", stop(behavior)))
        .collect();
    if spec.mobile_first && !notes.is_empty() {
        notes.push("Mobile first: the small-screen layout is the default.".into());
    }
    notes
}

/// Design tokens in synthforge's model.
pub(super) fn tokens(defs: &[TokenDef]) -> Vec<TokenGroup> {
    defs.iter()
        .map(|t| TokenGroup {
            category: t.token_category.clone(),
            tokens: t.required_tokens.clone(),
            css: t.css_var_mapping.clone(),
        })
        .collect()
}

/// Per edge case, what changes in the code: the states it stands for and
/// how each starts in it.
pub(super) fn edge_notes(states: &[State]) -> IndexMap<String, String> {
    let mut notes: IndexMap<String, String> = IndexMap::new();
    for s in states {
        let Some(edge) = &s.edge else { continue };
        let (_, starts) = code::start(&s.ty, &[]);
        let initial = match s.prop {
            Some(_) => s.initial.clone(),
            None => s.initial.clone().or_else(|| code::empty(&s.ty)),
        };
        let normally = match initial.as_deref() {
            None => "unset".to_string(),
            Some("\"\"" | "[]" | "{}") => "empty".to_string(),
            Some(other) => other.to_string(),
        };
        let holder = match s.prop {
            Some(_) => format!("The `{}` prop", s.name),
            None => format!("The `{}` state", s.name),
        };
        let mut note = format!("{holder} ({}) starts {starts} instead of {normally}", s.ty);
        if !s.transitions.is_empty() {
            note += &format!("; transitions: {}", s.transitions.join(", "));
        }
        note.push('.');
        notes
            .entry(edge.clone())
            .and_modify(|n| {
                n.push(' ');
                n.push_str(&note);
            })
            .or_insert(note);
    }
    notes
}
