//! The placeholder grammar of MyContext templates, and writing code into a
//! minijinja template so that it comes out exactly as written.
//!
//! A MyContext `template_code` is TSX with Handlebars-style holes. The
//! grammar, exactly:
//!
//! - A placeholder is `{{` NAME `}}`, or `{{!` NAME `}}` for the negation of
//!   a boolean expression. NAME starts with a letter or `_` and goes on with
//!   letters, digits, `_`, `.` and `-`; nothing, not even a space, stands
//!   between the braces and the name.
//! - Braces around a placeholder are code: `{{{name}}}` is the JSX
//!   expression container `{…}` around `{{name}}`, and `{{{items}}.map(…)}`
//!   is one around `{{items}}.map(…)`.
//! - `{{` followed by anything that cannot start a name (a space, `{`, `(`,
//!   `.`, a digit, a quote, …) is code: `style={{ width: 10 }}` and
//!   `onClick={() => {}}` come out untouched.
//! - `{{` followed by a name that is not closed by `}}` right after it is an
//!   error, and so is Handlebars syntax synthforge does not read: blocks,
//!   partials and comments (`{{#`, `{{/`, `{{^`, `{{>`, `{{!` without a name).
//!
//! Where a placeholder sits decides what fills it: inside a JSX expression
//! container (more `{` than `}` of code before it) and outside any string
//! literal there, it is an [`Position::Expression`] and takes a JavaScript
//! expression; anywhere else (JSX text, an attribute string, a string
//! literal) it is [`Position::Text`] and takes text. The scan counts braces
//! and quotes; it does not parse JSX, so an apostrophe in JSX text nested
//! inside an expression container can mislead it.
//!
//! [`Jinja`] writes code and template tags into a minijinja template: every
//! `{` that would start a tag with the character after it is written as
//! `{{ "{" }}`, so no code is ever read as template syntax.

use serde::Serialize;

/// Where a placeholder sits, which decides the kind of value that fills it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    /// JSX text, an attribute string or a string literal: takes text.
    Text,
    /// Inside a JSX expression container: takes a JavaScript expression.
    Expression,
}

impl Position {
    /// `text` or `expression`.
    pub fn name(self) -> &'static str {
        match self {
            Position::Text => "text",
            Position::Expression => "expression",
        }
    }
}

/// A piece of a template: code to keep or a placeholder to fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Code, exactly as written.
    Code(&'a str),
    /// A placeholder.
    Placeholder(Placeholder<'a>),
}

/// One placeholder occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placeholder<'a> {
    /// The name between the braces.
    pub name: &'a str,
    /// Written `{{!name}}`: the negation of the value.
    pub negated: bool,
    /// Where it sits.
    pub position: Position,
}

/// Why a template does not follow the grammar, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line within the template.
    pub line: usize,
    /// 1-based column (in characters) within that line.
    pub column: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')
}

/// Splits a template into code and placeholders.
pub fn parse(template: &str) -> Result<Vec<Segment<'_>>, SyntaxError> {
    let bytes = template.as_bytes();
    let mut segments = Vec::new();
    let mut code_start = 0;
    let mut i = 0;
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"{{") {
            // `{` is ASCII, so i + 2 is a character boundary.
            let rest = &template[i + 2..];
            let (negated, body) = match rest.strip_prefix('!') {
                Some(body) => (true, body),
                None => (false, rest),
            };
            let first = body.chars().next();
            if first.is_some_and(is_name_start) {
                let len = body.find(|c| !is_name_char(c)).unwrap_or(body.len());
                let name = &body[..len];
                if !body[len..].starts_with("}}") {
                    let shown: String = template[i..]
                        .chars()
                        .take(2 + usize::from(negated) + len.min(40))
                        .collect();
                    return Err(error_at(
                        template,
                        i,
                        format!(
                            "`{shown}` opens a placeholder that is not closed: a placeholder is `{{{{name}}}}` with `}}}}` right after the name (no spaces); if this is code, put a space after `{{{{`"
                        ),
                    ));
                }
                if code_start < i {
                    segments.push(Segment::Code(&template[code_start..i]));
                }
                let position = match depth > 0 && quote.is_none() {
                    true => Position::Expression,
                    false => Position::Text,
                };
                segments.push(Segment::Placeholder(Placeholder {
                    name,
                    negated,
                    position,
                }));
                i += 2 + usize::from(negated) + len + 2;
                code_start = i;
                continue;
            }
            if negated || matches!(first, Some('#' | '/' | '^' | '>')) {
                let shown: String = template[i..].chars().take(3).collect();
                return Err(error_at(
                    template,
                    i,
                    format!(
                        "`{shown}` is Handlebars block, partial or comment syntax, which synthforge does not read; use plain `{{{{name}}}}` placeholders, or put a space after `{{{{` if this is code"
                    ),
                ));
            }
        }
        let c = bytes[i];
        match quote {
            Some(_) if c == b'\\' => {
                // Skip the escaped character.
                i += 2;
                continue;
            }
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if depth > 0 && matches!(c, b'"' | b'\'' | b'`') => quote = Some(c),
            None if c == b'{' => depth += 1,
            None if c == b'}' => depth = depth.saturating_sub(1),
            None => {}
        }
        i += 1;
    }
    if code_start < template.len() {
        segments.push(Segment::Code(&template[code_start..]));
    }
    Ok(segments)
}

fn error_at(template: &str, offset: usize, message: String) -> SyntaxError {
    let before = &template[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    SyntaxError {
        line,
        column,
        message,
    }
}

/// A minijinja template under construction from code and template tags.
#[derive(Debug, Default)]
pub struct Jinja {
    text: String,
    /// The last character written is a `{` of code.
    open_brace: bool,
}

impl Jinja {
    /// Appends code that must come out exactly as written.
    pub fn code(&mut self, code: &str) -> &mut Self {
        self.push(code, true)
    }

    /// Appends template syntax (`{{ … }}`, `{% … %}`) or plain text without
    /// braces; a `{` of code just before it is protected first.
    pub fn tag(&mut self, tag: &str) -> &mut Self {
        self.push(tag, false)
    }

    fn push(&mut self, piece: &str, literal: bool) -> &mut Self {
        for c in piece.chars() {
            if self.open_brace && matches!(c, '{' | '%' | '#') {
                // The `{` written last would start a tag with this character.
                self.text.pop();
                self.text.push_str(r#"{{ "{" }}"#);
            }
            self.text.push(c);
            self.open_brace = literal && c == '{';
        }
        self
    }

    /// The template text.
    pub fn finish(self) -> String {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(template: &str) -> Vec<String> {
        parse(template)
            .expect("the template parses")
            .into_iter()
            .map(|s| match s {
                Segment::Code(c) => format!("code {c:?}"),
                Segment::Placeholder(p) => format!(
                    "{} {}{}",
                    p.position.name(),
                    if p.negated { "!" } else { "" },
                    p.name
                ),
            })
            .collect()
    }

    #[test]
    fn placeholders_are_told_from_code_and_placed() {
        let cases: &[(&str, &[&str])] = &[
            (
                "<b>{{label}}</b>",
                &["code \"<b>\"", "text label", "code \"</b>\""],
            ),
            (
                "size=\"{{size}}\" onClick={{{handler}}}",
                &[
                    "code \"size=\\\"\"",
                    "text size",
                    "code \"\\\" onClick={\"",
                    "expression handler",
                    "code \"}\"",
                ],
            ),
            (
                "{{{columns}}.map(c => c)}",
                &["code \"{\"", "expression columns", "code \".map(c => c)}\""],
            ),
            (
                "{{{value}} ? format({{value}}, \"PPP\") : \"{{placeholder}}\"}",
                &[
                    "code \"{\"",
                    "expression value",
                    "code \" ? format(\"",
                    "expression value",
                    "code \", \\\"PPP\\\") : \\\"\"",
                    "text placeholder",
                    "code \"\\\"}\"",
                ],
            ),
            (
                "disabled={{{!has_next}}}",
                &["code \"disabled={\"", "expression !has_next", "code \"}\""],
            ),
            (
                "<a id=\"{{aria.label-1}}\">",
                &["code \"<a id=\\\"\"", "text aria.label-1", "code \"\\\">\""],
            ),
            ("style={{ width: 10 }}", &["code \"style={{ width: 10 }}\""]),
            ("onClick={() => {}}", &["code \"onClick={() => {}}\""]),
            ("style={{...base}}", &["code \"style={{...base}}\""]),
            (
                "{toast({ title: \"{{title}}\" })}",
                &[
                    "code \"{toast({ title: \\\"\"",
                    "text title",
                    "code \"\\\" })}\"",
                ],
            ),
            (
                "{a ? '}' : {{b}}}",
                &["code \"{a ? '}' : \"", "expression b", "code \"}\""],
            ),
            ("", &[]),
        ];
        for (template, want) in cases {
            assert_eq!(shown(template), *want, "{template}");
        }
    }

    #[test]
    fn unclosed_placeholders_and_handlebars_blocks_are_errors_with_a_place() {
        let cases = [
            (
                "<b>{{label</b>",
                1,
                4,
                "`{{label` opens a placeholder that is not closed",
            ),
            ("a\n  {{label }}", 2, 3, "no spaces"),
            ("x {{!-- note --}}", 1, 3, "Handlebars"),
            ("{{#each items}}", 1, 1, "`{{#` is Handlebars"),
            ("{{value}", 1, 1, "not closed"),
        ];
        for (template, line, column, says) in cases {
            let err = parse(template).expect_err(template);
            assert_eq!((err.line, err.column), (line, column), "{template}");
            assert!(err.message.contains(says), "{template}: {}", err.message);
        }
    }

    #[test]
    fn code_written_through_jinja_renders_unchanged() {
        let env = minijinja::Environment::new();
        for code in [
            "style={{ width: 10 }}",
            "{% raw %}{#x#}{{{",
            "a {{{",
            "{",
            "{{",
            "no braces",
        ] {
            let mut j = Jinja::default();
            j.code(code);
            let text = j.finish();
            let out = env.render_str(&text, ()).expect("renders");
            assert_eq!(out, code, "from {text}");
        }
        let mut j = Jinja::default();
        j.code("onClick={").tag("{{ name }}").code("}");
        let out = env
            .render_str(&j.finish(), minijinja::context! { name => "go" })
            .expect("renders");
        assert_eq!(out, "onClick={go}");
    }
}
