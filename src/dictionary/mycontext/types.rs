//! TypeScript as the generated code writes it: types without `undefined`
//! and `null`, literals from JSON values, and the names a template uses.
//!
//! Generated examples never carry the words `undefined` or `null` (a
//! dataset check reads them as missing values), so a type that admits them
//! is written the way TypeScript says the same thing otherwise: a prop or
//! parameter of type `T | undefined` or `T | null` becomes optional (`p?:
//! T`), and a state that starts unset is `useState<T>()`.

use serde_json::Value;

/// Splits `text` at `sep` where it is not nested in brackets or quotes.
fn split_top(text: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut quote = None;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '(' | '[' | '{' | '<' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                // `=>` is not a closing bracket.
                '>' if !text[..i].ends_with('=') => depth -= 1,
                c if c == sep && depth == 0 => {
                    parts.push(&text[start..i]);
                    start = i + c.len_utf8();
                }
                _ => {}
            },
        }
    }
    parts.push(&text[start..]);
    parts
}

fn is_missing(member: &str) -> bool {
    matches!(member.trim(), "undefined" | "null")
}

/// The type as the code writes it, and whether it admitted `undefined` or
/// `null` (so that what holds it becomes optional). Parameters of a
/// function type are rewritten the same way.
pub(super) fn present(ty: &str) -> (String, bool) {
    let members = split_top(ty, '|');
    let missing = members.iter().any(|m| is_missing(m));
    let kept: Vec<String> = members
        .iter()
        .filter(|m| !is_missing(m))
        .map(|m| function(m.trim()))
        .collect();
    (kept.join(" | "), missing)
}

/// `(a: T | undefined, b: U) => R` → `(a?: T, b: U) => R`.
fn function(ty: &str) -> String {
    let Some(rest) = ty.strip_prefix('(') else {
        return ty.to_string();
    };
    let close = {
        let mut depth = 1;
        rest.char_indices().find_map(|(i, c)| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(i)
        })
    };
    let Some(close) = close else {
        return ty.to_string();
    };
    if !rest[close + 1..].trim_start().starts_with("=>") {
        return ty.to_string();
    }
    let params: Vec<String> = split_top(&rest[..close], ',')
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| match p.split_once(':') {
            Some((name, pty)) => {
                let (pty, missing) = present(pty.trim());
                let name = name.trim();
                match missing && !name.ends_with('?') {
                    true => format!("{name}?: {pty}"),
                    false => format!("{name}: {pty}"),
                }
            }
            None => p.trim().to_string(),
        })
        .collect();
    format!("({}){}", params.join(", "), &rest[close + 1..])
}

/// The members of a union of string literals (`'sm' | 'md'` → `sm`, `md`);
/// empty for any other type.
pub(super) fn string_union(ty: &str) -> Vec<String> {
    let members: Vec<Option<String>> = split_top(ty, '|')
        .into_iter()
        .map(|m| {
            let m = m.trim();
            ["'", "\""].iter().find_map(|q| {
                m.strip_prefix(q)
                    .and_then(|r| r.strip_suffix(q))
                    .filter(|inner| !inner.contains(['\'', '"']))
                    .map(String::from)
            })
        })
        .collect();
    match members.iter().all(Option::is_some) && members.len() > 1 {
        true => members.into_iter().flatten().collect(),
        false => Vec::new(),
    }
}

/// A JSON value as a JavaScript literal; `None` for `null` and for the
/// string `"undefined"` (which MyContext writes for an unset value).
pub(super) fn literal(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) if s == "undefined" => None,
        other => Some(other.to_string()),
    }
}

/// Whether two names mean the same (`checked_values` and `checkedValues`).
pub(super) fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    key(a) == key(b)
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// `primary-button` → `PrimaryButton`.
pub(super) fn pascal(s: &str) -> String {
    words(s).map(capitalise).collect()
}

/// `primary-button` → `primaryButton`.
pub(super) fn camel(s: &str) -> String {
    let p = pascal(s);
    let mut c = p.chars();
    c.next()
        .map(|f| f.to_ascii_lowercase().to_string() + c.as_str())
        .unwrap_or_default()
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// `AlertDialog` → `alert-dialog`.
pub(super) fn kebab(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A name the code uses from elsewhere: a JSX tag, or a function it calls.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Used {
    /// `<Name`.
    Tag(String),
    /// `name(`, not a method call.
    Call(String),
}

/// The JSX tags and plain function calls of `code`, each once, in order.
pub(super) fn used_names(code: &str) -> Vec<Used> {
    let mut used = Vec::new();
    let ident = |s: &str| -> usize {
        s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len())
    };
    for (i, _) in code.match_indices('<') {
        let rest = &code[i + 1..];
        let n = ident(rest);
        if n > 0 && rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            used.push(Used::Tag(rest[..n].to_string()));
        }
    }
    for (open, _) in code.match_indices('(') {
        let before = &code[..open];
        let start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        if start < open && !before[..start].ends_with('.') {
            used.push(Used::Call(before[start..].to_string()));
        }
    }
    let mut seen = std::collections::HashSet::new();
    used.retain(|u| seen.insert(u.clone()));
    used
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undefined_and_null_are_written_away() {
        let cases = [
            ("Date | undefined", "Date", true),
            ("string | null", "string", true),
            ("boolean", "boolean", false),
            (
                "(date: Date | undefined) => void",
                "(date?: Date) => void",
                false,
            ),
            (
                "(files: FileList | null) => void",
                "(files?: FileList) => void",
                false,
            ),
            (
                "(data: { email: string; password: string }) => void | Promise<void>",
                "(data: { email: string; password: string }) => void | Promise<void>",
                false,
            ),
            (
                "Array<{ href: string; label: string }>",
                "Array<{ href: string; label: string }>",
                false,
            ),
            ("'a' | 'b'", "'a' | 'b'", false),
        ];
        for (ty, want, missing) in cases {
            assert_eq!(present(ty), (want.to_string(), missing), "{ty}");
        }
    }

    #[test]
    fn string_unions_and_literals() {
        assert_eq!(string_union("'sm' | 'md' | \"lg\""), ["sm", "md", "lg"]);
        assert!(string_union("'sm' | number").is_empty());
        assert!(string_union("'only'").is_empty());
        assert!(string_union("string").is_empty());
        assert_eq!(
            literal(&serde_json::json!("a\"b")).as_deref(),
            Some(r#""a\"b""#)
        );
        assert_eq!(literal(&serde_json::json!(false)).as_deref(), Some("false"));
        assert_eq!(literal(&serde_json::json!([])).as_deref(), Some("[]"));
        assert_eq!(literal(&serde_json::json!("undefined")), None);
        assert_eq!(literal(&Value::Null), None);
    }

    #[test]
    fn names_convert() {
        assert_eq!(pascal("primary-button"), "PrimaryButton");
        assert_eq!(camel("primary-button"), "primaryButton");
        assert_eq!(kebab("AlertDialog"), "alert-dialog");
        assert!(same_name("checked_values", "checkedValues"));
        assert!(!same_name("value", "values"));
    }

    #[test]
    fn tags_and_calls_are_found() {
        let used = used_names(
            "<Menu className=\"x\" />{format(value, \"PPP\")}{rows.map(r => r)}<item.icon /><>",
        );
        assert_eq!(
            used,
            [Used::Tag("Menu".into()), Used::Call("format".into())]
        );
    }
}
