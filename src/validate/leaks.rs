//! Leaks: text a generator produced by mistake, in any string of a line.
//!
//! - Template syntax: `{{x}}`, `{{{x}}}` and `{% … %}` on one line. JSX
//!   object literals are code, not leaks: a body with `:` or `;` (`{{ color:
//!   'red' }}`), or braces right after `=` (`style={{ width }}`), is skipped.
//! - A missing value rendered as text: `undefined`, `None`, `null`, `NaN` or
//!   `[object Object]` as the whole value, or as the value after a label at
//!   the end of a line of prose (`Design Pattern: undefined`). A label
//!   starts with a letter and is capitalised or has several words, so code
//!   (`x === undefined`, `name: null,`) is not a leak; lines inside fenced
//!   code blocks are not read for labels.

use serde_json::{Map, Value};

use super::Found;
use super::path::{self, Segment};
use super::report::Check;

/// What a missing value turns into when it is rendered as text.
const MISSING: [&str; 5] = ["undefined", "None", "null", "NaN", "[object Object]"];

/// Template bodies longer than this are not a placeholder.
const MAX_BODY: usize = 200;

/// One leak in a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leak<'a> {
    /// Template syntax, as it appears.
    Template(&'a str),
    /// The whole value is one of the missing-value words.
    Whole(&'static str),
    /// A label followed by a missing-value word: the line of text (1-based)
    /// and the line itself.
    Labelled {
        line: usize,
        text: &'a str,
        word: &'static str,
    },
}

/// Scans every string value of the line.
pub(super) fn check(object: &Map<String, Value>, found: &mut Vec<Found>) {
    let mut segments = Vec::new();
    for (key, value) in object {
        segments.push(Segment::Key(key));
        walk(value, &mut segments, found);
        segments.pop();
    }
}

fn walk<'a>(value: &'a Value, segments: &mut Vec<Segment<'a>>, found: &mut Vec<Found>) {
    match value {
        Value::String(s) => {
            for leak in leaks(s) {
                found.push(report(leak, &path::render(segments)));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                segments.push(Segment::Index(i));
                walk(item, segments, found);
                segments.pop();
            }
        }
        Value::Object(object) => {
            for (key, item) in object {
                segments.push(Segment::Key(key));
                walk(item, segments, found);
                segments.pop();
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

fn report(leak: Leak<'_>, at: &str) -> Found {
    match leak {
        Leak::Template(text) => Found::new(
            Check::TemplateLeak,
            at,
            format!(
                "`{}` is template syntax left in the text; render it, or fix the template that produced it",
                excerpt(text)
            ),
        ),
        Leak::Whole(word) => Found::new(
            Check::MissingValueLeak,
            at,
            format!("the whole value is `{word}`, a missing value rendered as text"),
        ),
        Leak::Labelled { line, text, word } => Found::new(
            Check::MissingValueLeak,
            at,
            format!(
                "`{}` (line {line} of the text): the label is followed by `{word}`, a missing value rendered as text",
                excerpt(text)
            ),
        ),
    }
}

/// At most 80 characters of `text`.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// Every leak in `s`, in order: template syntax first, then missing values.
fn leaks(s: &str) -> Vec<Leak<'_>> {
    let mut out = Vec::new();
    templates(s, &mut out);
    missing_values(s, &mut out);
    out
}

fn templates<'a>(s: &'a str, out: &mut Vec<Leak<'a>>) {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(pos) = s[from..].find('{').map(|p| p + from) {
        let end = match b.get(pos + 1) {
            Some(b'{') => mustache(b, pos),
            Some(b'%') => statement(s, pos),
            _ => None,
        };
        match end {
            Some(end) => {
                out.push(Leak::Template(&s[pos..end]));
                from = end;
            }
            None => from = pos + b[pos..].iter().take_while(|&&c| c == b'{').count(),
        }
    }
}

/// The end of a `{{x}}` or `{{{x}}}` placeholder starting at `pos`.
fn mustache(b: &[u8], pos: usize) -> Option<usize> {
    if pos > 0 && b[pos - 1] == b'=' {
        return None;
    }
    let open = b[pos..].iter().take_while(|&&c| c == b'{').count();
    if open > 3 {
        return None;
    }
    let body_start = pos + open;
    let body_len = b[body_start..].iter().take(MAX_BODY).position(|&c| {
        matches!(
            c,
            b'}' | b'{' | b'\n' | b':' | b';' | b'=' | b'+' | b'<' | b'>'
        )
    })?;
    let close = body_start + body_len;
    let body = &b[body_start..close];
    if b[close] != b'}' || !body.iter().any(|c| c.is_ascii_alphanumeric() || *c == b'_') {
        return None;
    }
    // A nested literal in Go, C#, Rust or C (`[]cell{{0, 0}}`,
    // `{{"a", 1}}`) starts with a value or lists several; a placeholder
    // names something, and its commas sit inside a filter's parentheses.
    let first = body.iter().find(|c| !c.is_ascii_whitespace());
    if first.is_some_and(|c| c.is_ascii_digit() || matches!(c, b'"' | b'\'' | b'-'))
        || top_level_comma(body)
    {
        return None;
    }
    let closing = b[close..].iter().take_while(|&&c| c == b'}').count();
    (closing >= 2).then_some(close + closing.min(open))
}

/// Whether `body` has a comma outside parentheses, brackets and quotes.
fn top_level_comma(body: &[u8]) -> bool {
    let (mut depth, mut quote) = (0i32, None);
    for &c in body {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'(' | b'[') => depth += 1,
            (None, b')' | b']') => depth -= 1,
            (None, b',') if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// The end of a `{% … %}` statement starting at `pos`, on the same line.
fn statement(s: &str, pos: usize) -> Option<usize> {
    let rest = &s[pos + 2..];
    let window = &rest[..rest.len().min(MAX_BODY)];
    let window = window.split('\n').next().unwrap_or_default();
    window.find("%}").map(|i| pos + 2 + i + 2)
}

fn missing_values<'a>(s: &'a str, out: &mut Vec<Leak<'a>>) {
    if let Some(word) = MISSING.into_iter().find(|w| s.trim() == *w) {
        out.push(Leak::Whole(word));
        return;
    }
    if !MISSING.iter().any(|w| s.contains(w)) {
        return;
    }
    let mut fenced = false;
    for (i, line) in s.lines().enumerate() {
        let text = line.trim();
        if text.starts_with("```") || text.starts_with("~~~") {
            fenced = !fenced;
        } else if let (false, Some(word)) = (fenced, labelled_missing(text)) {
            out.push(Leak::Labelled {
                line: i + 1,
                text,
                word,
            });
        }
    }
}

/// The missing-value word of a `Label: word` line of prose, if it is one.
fn labelled_missing(line: &str) -> Option<&'static str> {
    let (label, value) = line.rsplit_once(':')?;
    let value = value
        .trim()
        .trim_end_matches('.')
        .trim_matches(['*', '_'])
        .trim();
    let word = MISSING.into_iter().find(|w| value == *w)?;
    // List markers, quotes, headings and emphasis around the label.
    let label = label
        .trim_start_matches(|c: char| {
            matches!(c, '-' | '*' | '+' | '>' | '#' | '.' | ')' | ' ') || c.is_ascii_digit()
        })
        .trim_matches(['*', '_', ' ']);
    let first = label.chars().next()?;
    let prose = label.len() <= 60
        && first.is_alphabetic()
        && (first.is_uppercase() || label.contains(' '))
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || " -_'/()&".contains(c));
    prose.then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<Leak<'_>> {
        leaks(s)
    }

    #[test]
    fn template_syntax_is_a_leak() {
        for (text, leak) in [
            ("Hello {{name}}!", "{{name}}"),
            ("type {{ entity.type }}[]", "{{ entity.type }}"),
            ("<div>{{{ body }}}</div>", "{{{ body }}}"),
            ("{% if admin %}x", "{% if admin %}"),
            ("a {%- for x in y -%} b", "{%- for x in y -%}"),
            ("{{#each items}}", "{{#each items}}"),
            ("{{ x | default('a', 'b') }}", "{{ x | default('a', 'b') }}"),
        ] {
            assert_eq!(found(text), [Leak::Template(leak)], "{text}");
        }
    }

    #[test]
    fn code_with_braces_is_not_a_leak() {
        for text in [
            "<div style={{ color: 'red' }} />",
            "<Box sx={{ width }} />",
            "<Box style={{...base}} />",
            "format!(\"{{}}\")",
            "let s = \"{{\" + name + \"}}\";",
            "{{ a }",
            "if (a) {{ b(); }}",
            "queue := []entry{{0, 0, 0}}",
            "pairs := []pair{{a, b}, {c, d}}",
            "var grid = new[,] {{\"a\", \"b\"}};",
            "{ {x} }",
            "{% unterminated\n%}",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn a_missing_value_as_the_whole_value_is_a_leak() {
        for word in MISSING {
            assert_eq!(found(word), [Leak::Whole(word)]);
        }
        assert_eq!(found("  None\n"), [Leak::Whole("None")]);
        assert_eq!(found("Nonetheless"), []);
    }

    #[test]
    fn a_missing_value_after_a_label_is_a_leak() {
        for (text, word) in [
            ("Design Pattern: undefined", "undefined"),
            ("- **Pattern:** undefined", "undefined"),
            ("Price: NaN.", "NaN"),
            ("1. Component name: None", "None"),
            ("> Owner: null", "null"),
            ("Props: [object Object]", "[object Object]"),
        ] {
            let text_line = text.trim();
            assert_eq!(
                found(&format!("Intro.\n{text}\nMore.")),
                [Leak::Labelled {
                    line: 2,
                    text: text_line,
                    word
                }],
                "{text}"
            );
        }
    }

    #[test]
    fn code_that_mentions_a_missing_value_is_not_a_leak() {
        for text in [
            "if (x === undefined) return;",
            "Check it:\n```js\nStatus: undefined\n```",
            "const props = {\n  name: null,\n  size: undefined\n};",
            "function f(): string | undefined {}",
            "return a ? b : undefined",
            "def f(x):\n    return None",
            "x: None = None",
            "\"a\": null",
            "The value is undefined until set.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
