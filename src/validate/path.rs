//! JSON paths of values inside a line, as findings show them:
//! `messages[2].content`, `conversations[0].from`, `["odd key"]`.
//!
//! Paths are built only when there is something to report, so the checks
//! that walk every value keep borrowed segments and call [`render`] on a
//! finding.

use std::fmt::Write;

/// One step from a value to a child.
#[derive(Debug, Clone, Copy)]
pub(super) enum Segment<'a> {
    /// A key of an object.
    Key(&'a str),
    /// An index into a list.
    Index(usize),
}

/// The path through `segments`, from the line's top-level object.
pub(super) fn render(segments: &[Segment<'_>]) -> String {
    let mut out = String::new();
    for s in segments {
        match s {
            Segment::Key(k) => push_key(&mut out, k),
            Segment::Index(i) => write!(out, "[{i}]").expect("writing to a String cannot fail"),
        }
    }
    out
}

/// `key` alone as a path.
pub(super) fn key(k: &str) -> String {
    child("", k)
}

/// The path of `parent`'s member `k`.
pub(super) fn child(parent: &str, k: &str) -> String {
    let mut out = parent.to_string();
    push_key(&mut out, k);
    out
}

/// Appends `.key`, or `["key"]` when the key is not a plain name (or
/// `key` alone at the start of a path).
pub(super) fn push_key(out: &mut String, k: &str) {
    let plain = !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !plain {
        out.push('[');
        out.push_str(&serde_json::to_string(k).expect("a string serializes"));
        out.push(']');
        return;
    }
    if !out.is_empty() {
        out.push('.');
    }
    out.push_str(k);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_accessors() {
        use Segment::*;
        assert_eq!(
            render(&[Key("messages"), Index(2), Key("content")]),
            "messages[2].content"
        );
        assert_eq!(render(&[Key("a b"), Key("c")]), "[\"a b\"].c");
        assert_eq!(render(&[Index(0)]), "[0]");
        assert_eq!(key("tool_call_id"), "tool_call_id");
        assert_eq!(child("messages[0]", "bogus"), "messages[0].bogus");
        assert_eq!(child("messages[0]", "x y"), "messages[0][\"x y\"]");
    }
}
