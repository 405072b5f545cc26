//! The minijinja template of a mapping's TSX component. MyContext's
//! `template_code` is a JSX fragment; the answer needs a component, so the
//! fragment is wrapped:
//!
//! ```text
//! /** summary; Accessibility, Validation, Design tokens, Responsive notes */
//! const <id>Tokens = { css property or --custom-property: "var(--token)" }
//! export interface <Component>Props { the spec's props, slot props }
//! export function <Component>({ props with defaults }) {
//!   development checks of `required` validation rules
//!   useState hooks for interaction states no prop holds
//!   setup statements and constants of the slot vocabulary
//!   return (<div style={<id>Tokens}> the fragment </div>)
//! }
//! ```
//!
//! The fragment's code comes out as written, placeholders filled, with one
//! addition: a boolean `open` state is bound (`open={open}
//! onOpenChange={setOpen}`) to the first tag of a component that has a
//! `…Trigger` export, so an edge case that starts open opens it. In an edge
//! case (`state`), the states standing for it start in it.

use super::notes::{RuleDef, TokenDef};
use super::sources::{Declaration, Fill};
use super::types;
use super::{CodeProp, State};
use crate::dictionary::placeholder::{Jinja, Segment};

/// A piece of the template: code to keep as written, or template syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::dictionary) enum Piece {
    /// Code, written literally.
    Code(String),
    /// Template syntax or a slot's template.
    Tag(String),
}

fn write(j: &mut Jinja, pieces: &[Piece]) {
    for p in pieces {
        match p {
            Piece::Code(c) => j.code(c),
            Piece::Tag(t) => j.tag(t),
        };
    }
}

/// Everything the component is made from.
pub(super) struct Spec<'a> {
    pub(super) id: &'a str,
    pub(super) summary: String,
    pub(super) accessibility: Vec<String>,
    pub(super) validation: Vec<String>,
    pub(super) tokens: &'a [TokenDef],
    pub(super) responsive: Vec<String>,
    pub(super) props: &'a [CodeProp],
    pub(super) states: &'a [State],
    pub(super) rules: &'a [RuleDef],
    pub(super) setup: &'a [String],
    /// Exports that have a `…Trigger` export: roots an `open` state binds to.
    pub(super) roots: Vec<&'a str>,
    pub(super) segments: &'a [Segment<'a>],
    pub(super) fills: &'a [Fill],
}

/// CSS properties design tokens may set directly; any other key of a
/// token's `css_var_mapping` becomes a custom property `--key`.
const CSS_PROPERTIES: [&str; 14] = [
    "background",
    "background-color",
    "border",
    "border-color",
    "border-radius",
    "box-shadow",
    "color",
    "font-size",
    "font-weight",
    "gap",
    "margin",
    "outline-color",
    "padding",
    "width",
];

/// How a state starts in its edge case, by type: the value, and how the
/// notes say it. `None` for a type without an obvious starting value.
pub(super) fn start(ty: &str, rules: &[RuleDef]) -> (Option<Vec<Piece>>, &'static str) {
    let sample = || Piece::Tag("{{ entity.fields[0].samples[0] | string | js }}".into());
    let code = |s: &str| Piece::Code(s.to_string());
    match ty.trim() {
        "boolean" => (Some(vec![code("true")]), "true"),
        "number" => (Some(vec![code("2")]), "at 2"),
        "string" => (
            Some(vec![sample()]),
            "filled in with the record's first sample value",
        ),
        "string[]" => (
            Some(vec![code("["), sample(), code("]")]),
            "with the record's first sample value chosen",
        ),
        "File[]" => (
            Some(vec![
                code("[new File([], "),
                Piece::Tag("{{ (entity.noun ~ \".pdf\") | js }}".into()),
                code(")]"),
            ]),
            "with one file already chosen",
        ),
        "Date" => (Some(vec![code("new Date()")]), "at today's date"),
        t if t.starts_with("Record<string,") => {
            let mut entries: Vec<String> = Vec::new();
            for r in rules {
                let key = &r.rule_type;
                if crate::slots::is_js_identifier(key)
                    && !entries.iter().any(|e| e.starts_with(&format!("{key}:")))
                {
                    entries.push(format!("{key}: {}", json(&r.error_message)));
                }
            }
            match entries.is_empty() {
                true => (
                    Some(vec![
                        code("{ form: "),
                        Piece::Tag(
                            "{{ (\"Check the \" ~ entity.noun ~ \" details.\") | js }}".into(),
                        ),
                        code(" }"),
                    ]),
                    "holding a validation message",
                ),
                false => (
                    Some(vec![code(&format!("{{ {} }}", entries.join(", ")))]),
                    "holding the validation rules' messages",
                ),
            }
        }
        _ => (None, "in that state"),
    }
}

/// The value a state of type `ty` starts at when the spec gives none:
/// empty text, `false`, `0`, an empty list or record; `None` for other
/// types (such a state gets no hook).
pub(super) fn empty(ty: &str) -> Option<String> {
    match ty.trim() {
        "string" => Some("\"\"".into()),
        "boolean" => Some("false".into()),
        "number" => Some("0".into()),
        t if t.ends_with("[]") || t.starts_with("Array<") => Some("[]".into()),
        t if t.starts_with("Record<") => Some("{}".into()),
        _ => None,
    }
}

fn json(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

/// `{% if state == "edge" %}edge{% else %}normal{% endif %}`, or just
/// `normal` outside edge cases.
fn in_edge(edge: Option<(&str, Vec<Piece>)>, normal: Option<Vec<Piece>>) -> Option<Vec<Piece>> {
    match (edge, normal) {
        (None, normal) => normal,
        (Some((id, value)), normal) => {
            let mut pieces = vec![Piece::Tag(format!("{{% if state == \"{id}\" %}}"))];
            pieces.extend(value);
            if let Some(normal) = normal {
                pieces.push(Piece::Tag("{% else %}".into()));
                pieces.extend(normal);
            }
            pieces.push(Piece::Tag("{% endif %}".into()));
            Some(pieces)
        }
    }
}

/// Makes a note safe inside a `/** … */` comment.
fn comment(note: &str) -> String {
    note.replace("*/", "* /").replace('\n', " ")
}

/// The component's minijinja template.
pub(super) fn template(spec: &Spec<'_>) -> String {
    let mut j = Jinja::default();
    let component = "{{ component }}";
    let tokens_name = format!("{}Tokens", types::camel(spec.id));

    // The doc comment: what the specs say, for whoever reads the code.
    j.code("/**\n * ")
        .tag(component)
        .code(&format!(": {}\n", comment(&spec.summary)));
    let token_notes: Vec<String> = spec
        .tokens
        .iter()
        .map(|t| {
            let css: Vec<String> = t
                .css_var_mapping
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect();
            format!(
                "{}: {} ({})",
                t.token_category,
                t.required_tokens.join(", "),
                css.join(", ")
            )
        })
        .collect();
    for (title, notes) in [
        ("Accessibility", &spec.accessibility),
        ("Validation", &spec.validation),
        ("Design tokens", &token_notes),
        ("Responsive", &spec.responsive),
    ] {
        if notes.is_empty() {
            continue;
        }
        j.code(&format!(" *\n * {title}:\n"));
        for n in notes {
            j.code(&format!(" * - {}\n", comment(n)));
        }
    }
    j.code(" */\n");

    // Design tokens as styles of the component's root.
    let mut css: Vec<(String, &str)> = Vec::new();
    for (key, value) in spec.tokens.iter().flat_map(|t| &t.css_var_mapping) {
        let key = match CSS_PROPERTIES.contains(&key.as_str()) {
            true => types::camel(key),
            false => json(&format!("--{key}")),
        };
        if !css.iter().any(|(k, _)| *k == key) {
            css.push((key, value));
        }
    }
    if !css.is_empty() {
        j.code(&format!("const {tokens_name} = {{\n"));
        for (key, value) in &css {
            j.code(&format!("  {key}: {},\n", json(value)));
        }
        j.code("} as React.CSSProperties\n\n");
    }

    // Props: the spec's, then those slots declare.
    let slot_props: Vec<(&Vec<Piece>, &Vec<Piece>)> = {
        let mut v: Vec<(&Vec<Piece>, &Vec<Piece>)> = Vec::new();
        for f in spec.fills {
            if let Declaration::Prop { name, ty } = &f.declares
                && !v.iter().any(|(n, _)| *n == name)
            {
                v.push((name, ty));
            }
        }
        v
    };
    let has_props = !spec.props.is_empty() || !slot_props.is_empty();
    if has_props {
        j.code("export interface ").tag(component).code("Props {\n");
        for p in spec.props {
            let optional = if p.optional { "?" } else { "" };
            j.code(&format!("  {}{optional}: {}\n", p.name, p.ty));
        }
        for (name, ty) in &slot_props {
            j.code("  ");
            write(&mut j, name);
            j.code(": ");
            write(&mut j, ty);
            j.code("\n");
        }
        j.code("}\n\n");
    }

    j.code("export function ").tag(component).code("(");
    if has_props {
        j.code("{ ");
        for (i, p) in spec.props.iter().enumerate() {
            if i > 0 {
                j.code(", ");
            }
            j.code(&p.name);
            write_default(&mut j, spec, i, p);
        }
        for (i, (name, _)) in slot_props.iter().enumerate() {
            if i > 0 || !spec.props.is_empty() {
                j.code(", ");
            }
            write(&mut j, name);
        }
        j.code(" }: ").tag(component).code("Props");
    }
    j.code(") {\n");

    // `required` rules of the spec, checked while developing.
    for r in spec.rules {
        if r.rule_type != "required" {
            continue;
        }
        let Some(prop) = r.rule_value.as_str() else {
            continue;
        };
        if !spec.props.iter().any(|p| p.name == prop) {
            continue;
        }
        let message = json(&r.error_message);
        j.code(&format!(
            "  if (process.env.NODE_ENV !== \"production\" && !{prop}) {{\n    console.warn(\""
        ))
        .tag(component)
        .code(&format!(": {}\")\n  }}\n", &message[1..message.len() - 1]));
    }

    // Interaction states no prop holds.
    let mut open_hook = false;
    for s in spec.states.iter().filter(|s| s.prop.is_none()) {
        if !crate::slots::is_js_identifier(&s.name) {
            continue;
        }
        let Some(initial) = s.initial.clone().or_else(|| empty(&s.ty)) else {
            continue;
        };
        open_hook |= s.name == "open" && s.ty == "boolean";
        let setter = format!("set{}", types::pascal(&s.name));
        // `useState(x as T)` rather than `useState<T>(x)`: the answer's
        // React import lists the hooks the code calls as `name(`.
        let cast = match matches!(s.ty.as_str(), "boolean" | "number" | "string") {
            true => String::new(),
            false => format!(" as {}", s.ty),
        };
        j.code(&format!("  const [{}, {setter}] = useState(", s.name));
        let edge = s.edge.as_deref().and_then(|e| {
            start(&s.ty, spec.rules).0.map(|mut v| {
                v.push(Piece::Code(cast.clone()));
                (e, v)
            })
        });
        let normal = vec![Piece::Code(format!("{initial}{cast}"))];
        write(
            &mut j,
            &in_edge(edge, Some(normal)).expect("a normal value"),
        );
        j.code(")\n");
    }
    for line in spec.setup {
        j.code("  ").tag(line).code("\n");
    }
    let mut consts: Vec<&str> = Vec::new();
    for f in spec.fills {
        if let Declaration::Const { name, value } = &f.declares
            && !consts.contains(&name.as_str())
        {
            consts.push(name);
            j.code(&format!("  const {name} = "));
            write(&mut j, value);
            j.code("\n");
        }
    }

    // The fragment.
    let (open, indent) = match css.is_empty() {
        true => ("    ".to_string(), "\n    "),
        false => (
            format!("    <div style={{{tokens_name}}}>\n      "),
            "\n      ",
        ),
    };
    j.code("  return (\n").code(&open);
    let mut bound = !open_hook;
    for segment in spec.segments {
        match segment {
            Segment::Code(code) => {
                let mut code = code.to_string();
                if !bound && let Some(at) = root_tag_end(&code, &spec.roots) {
                    code.insert_str(at, " open={open} onOpenChange={setOpen}");
                    bound = true;
                }
                j.code(&code.replace('\n', indent));
            }
            Segment::Placeholder(p) => {
                let fill = spec
                    .fills
                    .iter()
                    .find(|f| f.name == p.name && f.position == p.position)
                    .expect("every placeholder was resolved before the code is written");
                match (p.negated, fill.identifier) {
                    (false, _) => write(&mut j, &fill.at),
                    (true, true) => {
                        j.code("!");
                        write(&mut j, &fill.at);
                    }
                    (true, false) => {
                        j.code("!(");
                        write(&mut j, &fill.at);
                        j.code(")");
                    }
                }
            }
        }
    }
    if !css.is_empty() {
        j.code("\n    </div>");
    }
    j.code("\n  )\n}\n");
    j.finish()
}

/// The destructuring default of prop `i`: its variant, a slot's value or
/// the spec's default; in the edge case of a state it holds, that state's
/// start.
fn write_default(j: &mut Jinja, spec: &Spec<'_>, i: usize, p: &CodeProp) {
    let variant = spec
        .fills
        .iter()
        .any(|f| f.variant.as_deref() == Some(p.name.as_str()));
    let from_slot = spec.fills.iter().find_map(|f| match &f.declares {
        Declaration::Default { prop, value } if *prop == p.name => Some(value.clone()),
        _ => None,
    });
    let normal = match (variant, from_slot, &p.default) {
        (true, _, _) => Some(vec![
            Piece::Code("\"".into()),
            Piece::Tag(format!("{{{{ variant[\"{}\"] }}}}", p.name)),
            Piece::Code("\"".into()),
        ]),
        (false, Some(value), _) => Some(value),
        (false, None, Some(default)) => Some(vec![Piece::Code(default.clone())]),
        (false, None, None) => None,
    };
    let edge = spec
        .states
        .iter()
        .find(|s| s.prop == Some(i))
        .and_then(|s| {
            let edge = s.edge.as_deref()?;
            start(&s.ty, spec.rules).0.map(|v| (edge, v))
        });
    match (edge.is_some(), normal.is_some()) {
        (_, true) => {
            j.code(" = ");
            write(j, &in_edge(edge, normal).expect("a normal value"));
        }
        (true, false) => {
            // ` = value` only in the edge case.
            let (id, value) = edge.expect("an edge value");
            j.tag(&format!("{{% if state == \"{id}\" %}}")).code(" = ");
            write(j, &value);
            j.tag("{% endif %}");
        }
        (false, false) => {}
    }
}

/// Where to add attributes to the first tag of one of `roots` in `code`:
/// just after its name.
fn root_tag_end(code: &str, roots: &[&str]) -> Option<usize> {
    roots
        .iter()
        .filter_map(|root| {
            let tag = format!("<{root}");
            code.match_indices(&tag)
                .map(|(i, _)| i + tag.len())
                .find(|&end| {
                    code[end..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_whitespace() || c == '>' || c == '/')
                })
        })
        .min()
}
