//! Duplicates across lines: exact copies, copies once whitespace and case are
//! normalised, and prompts seen before with a different answer.
//!
//! Each line is reduced to 128-bit blake3 keys on the worker threads; the
//! in-order pass keeps one key and the position of the first line that had
//! it, never the lines, so memory grows with the number of distinct
//! examples only: 88 bytes of keys and positions each, about 200 with the
//! hash tables' spare room (measured: 50 MB peak for 150,000 examples).
//!
//! - exact: the line's bytes (after the line ending and BOM are taken off);
//! - normalised: every string lowercased with runs of whitespace made one
//!   space and the ends trimmed, numbers and keys as they are, in order;
//! - prompt and answer: normalised keys of the parts the format's
//!   [`Exchange`] names, so that a prompt repeated with another answer is
//!   found, and an answer that differs only in case or spacing is not a
//!   conflict.
//!
//! The normalised key is a hash tree: each value's digest covers its
//! children's digests, so every string is normalised and hashed once, and
//! the prompt and answer keys reuse the digests of the messages.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use serde_json::{Map, Value};

use crate::dedup::{Key, PassThrough};

/// Which parts of a valid example are the prompt and which the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Exchange {
    /// The elements of the list `field` before `at` are the prompt, the
    /// others the answer (chat messages, ShareGPT turns).
    Split {
        /// The top-level list.
        field: &'static str,
        /// Index of the first element of the answer.
        at: usize,
    },
    /// Top-level fields (io, Alpaca); an absent one is left out.
    Fields {
        /// The prompt's fields, in order.
        prompt: &'static [&'static str],
        /// The answer's fields, in order.
        answer: &'static [&'static str],
    },
}

/// The keys of one line.
pub(super) struct Keys {
    exact: Key,
    normalised: Key,
    /// Prompt and answer, when the line is a valid example.
    exchange: Option<(Key, Key)>,
}

type Digest = [u8; 16];

impl Keys {
    /// The keys of a line with bytes `bytes` and parsed `object`; `scratch`
    /// is reused across lines.
    pub(super) fn of(
        bytes: &[u8],
        object: &Map<String, Value>,
        exchange: Option<Exchange>,
        scratch: &mut Vec<u8>,
    ) -> Keys {
        let split = match exchange {
            Some(Exchange::Split { field, .. }) => Some(field),
            _ => None,
        };
        let mut elements = Vec::new();
        let mut fields = Vec::with_capacity(object.len());
        for (key, value) in object {
            let digest = match value {
                Value::Array(items) if split == Some(key.as_str()) => {
                    elements = items.iter().map(|v| digest(v, scratch)).collect();
                    list(&elements)
                }
                _ => digest(value, scratch),
            };
            fields.push((key.as_str(), digest));
        }
        let of_fields = |names: &[&str]| {
            let mut h = blake3::Hasher::new();
            for name in names {
                if let Some((_, d)) = fields.iter().find(|(k, _)| k == name) {
                    h.update(name.as_bytes()).update(&[KEY]).update(d);
                }
            }
            key(&h)
        };
        let exchange = match exchange {
            Some(Exchange::Split { at, .. }) => {
                Some((Key(list(&elements[..at])), Key(list(&elements[at..]))))
            }
            Some(Exchange::Fields { prompt, answer }) => {
                Some((of_fields(prompt), of_fields(answer)))
            }
            None => None,
        };
        Keys {
            exact: key(blake3::Hasher::new().update(bytes)),
            normalised: Key(record(&fields)),
            exchange,
        }
    }
}

/// The normalised key of a line's object, the one that makes two lines
/// near duplicates: equal for objects that differ only in the case and
/// spacing of their strings (and in formatting).
pub(crate) fn normalised_object(object: &Map<String, Value>, scratch: &mut Vec<u8>) -> Key {
    let fields: Vec<(&str, Digest)> = object
        .iter()
        .map(|(k, v)| (k.as_str(), digest(v, scratch)))
        .collect();
    Key(record(&fields))
}

/// The normalised key of a list of values, as [`normalised_object`]
/// normalises them.
pub(crate) fn normalised_values(values: &[&Value], scratch: &mut Vec<u8>) -> Key {
    let digests: Vec<Digest> = values.iter().map(|v| digest(v, scratch)).collect();
    Key(list(&digests))
}

fn key(h: &blake3::Hasher) -> Key {
    Key(truncate(h))
}

fn truncate(h: &blake3::Hasher) -> Digest {
    let mut d = [0; 16];
    d.copy_from_slice(&h.finalize().as_bytes()[..16]);
    d
}

// Framing bytes: none of them occurs in UTF-8 text, so a value's bytes
// cannot be mistaken for another's.
const NULL: u8 = 0xF8;
const BOOL: u8 = 0xF9;
const NUMBER: u8 = 0xFA;
const STRING: u8 = 0xFB;
const ARRAY: u8 = 0xFC;
const OBJECT: u8 = 0xFD;
const KEY: u8 = 0xFF;

/// The normalised digest of a value.
fn digest(value: &Value, scratch: &mut Vec<u8>) -> Digest {
    let mut h = blake3::Hasher::new();
    match value {
        Value::Null => h.update(&[NULL]),
        Value::Bool(b) => h.update(&[BOOL, u8::from(*b)]),
        Value::Number(n) => h.update(n.to_string().as_bytes()).update(&[NUMBER]),
        Value::String(s) => {
            scratch.clear();
            normalise(s, scratch);
            // The marker goes last so that a long string starts on a chunk
            // boundary, where blake3 hashes many chunks at once.
            h.update(scratch).update(&[STRING])
        }
        Value::Array(items) => {
            let digests: Vec<Digest> = items.iter().map(|v| digest(v, scratch)).collect();
            return list(&digests);
        }
        Value::Object(object) => {
            let fields: Vec<(&str, Digest)> = object
                .iter()
                .map(|(k, v)| (k.as_str(), digest(v, scratch)))
                .collect();
            return record(&fields);
        }
    };
    truncate(&h)
}

fn list(digests: &[Digest]) -> Digest {
    let mut h = blake3::Hasher::new();
    h.update(&[ARRAY]);
    for d in digests {
        h.update(d);
    }
    truncate(&h)
}

fn record(fields: &[(&str, Digest)]) -> Digest {
    let mut h = blake3::Hasher::new();
    h.update(&[OBJECT]);
    for (k, d) in fields {
        h.update(k.as_bytes()).update(&[KEY]).update(d);
    }
    truncate(&h)
}

/// Appends `s` lowercased, with every run of whitespace made one space and
/// none at either end.
fn normalise(s: &str, out: &mut Vec<u8>) {
    out.reserve(s.len());
    let start = out.len();
    let bytes = s.as_bytes();
    let mut space = false;
    let mut i = 0;
    while i < bytes.len() {
        // Most text is runs of visible ASCII: lowercase a whole run at once.
        let run = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii_graphic())
            .unwrap_or(bytes.len() - i);
        if run > 0 {
            if space {
                out.push(b' ');
                space = false;
            }
            out.extend(bytes[i..i + run].iter().map(u8::to_ascii_lowercase));
            i += run;
            continue;
        }
        let c = s[i..].chars().next().expect("i is at a char boundary");
        i += c.len_utf8();
        if c.is_whitespace() {
            space = out.len() > start;
            continue;
        }
        if space {
            out.push(b' ');
            space = false;
        }
        let mut buf = [0; 4];
        for lower in c.to_lowercase() {
            out.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// A line by its position in the dataset: 0 is the first line of the first
/// file. Eight bytes rather than a file and a line number.
pub(super) type Ordinal = u64;

type KeyMap<V> = HashMap<Key, V, BuildHasherDefault<PassThrough>>;

/// What a line repeats, pointing at the first line that had it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Repeat {
    /// The same bytes.
    Exact(Ordinal),
    /// The same once whitespace and case are normalised.
    Near(Ordinal),
    /// The same prompt with a different answer.
    Conflict(Ordinal),
}

/// The keys of the lines seen so far.
#[derive(Default)]
pub(super) struct Seen {
    exact: KeyMap<Ordinal>,
    normalised: KeyMap<Ordinal>,
    prompts: KeyMap<(Key, Ordinal)>,
}

impl Seen {
    /// Records the line at `at`; what it repeats, if anything.
    pub(super) fn check(&mut self, keys: &Keys, at: Ordinal) -> Option<Repeat> {
        let exact = *self.exact.entry(keys.exact).or_insert(at);
        let near = *self.normalised.entry(keys.normalised).or_insert(at);
        if exact != at {
            return Some(Repeat::Exact(exact));
        }
        if near != at {
            return Some(Repeat::Near(near));
        }
        let (prompt, answer) = keys.exchange?;
        let (first_answer, first) = *self.prompts.entry(prompt).or_insert((answer, at));
        (first_answer != answer).then_some(Repeat::Conflict(first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        let mut out = Vec::new();
        normalise(s, &mut out);
        String::from_utf8(out).unwrap()
    }

    fn keys(line: &str) -> Keys {
        let value: Value = serde_json::from_str(line).unwrap();
        let object = value.as_object().unwrap();
        Keys::of(
            line.as_bytes(),
            object,
            Some(super::super::io::EXCHANGE),
            &mut Vec::new(),
        )
    }

    #[test]
    fn normalising_lowercases_and_collapses_whitespace() {
        assert_eq!(norm("  Hello,\n\t WORLD  "), "hello, world");
        assert_eq!(norm("ÉCOLE  Straße\u{a0}x\u{b}Y"), "école straße x y");
        assert_eq!(norm("a\u{1}b"), "a\u{1}b");
        assert_eq!(norm(""), "");
    }

    #[test]
    fn repeats_point_at_the_first_copy() {
        let mut seen = Seen::default();
        let lines = [
            r#"{"input":"Hi there","output":"Hello"}"#,
            r#"{"input":"Hi there","output":"Hello"}"#,
            r#"{"input": "hi   THERE", "output": "hello"}"#,
            r#"{"input":"Hi there","output":"Goodbye"}"#,
            r#"{"input":"Bye","output":"Goodbye"}"#,
        ];
        let got: Vec<Option<Repeat>> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| seen.check(&keys(l), i as u64))
            .collect();
        assert_eq!(
            got,
            [
                None,
                Some(Repeat::Exact(0)),
                Some(Repeat::Near(0)),
                Some(Repeat::Conflict(0)),
                None
            ]
        );
    }

    #[test]
    fn the_normalised_object_key_is_the_near_duplicate_key() {
        for line in [
            r#"{"input":"Hi  There","output":"Hello"}"#,
            r#"{"messages":[{"role":"user","content":"A"},{"role":"assistant","content":"B"}]}"#,
        ] {
            let value: Value = serde_json::from_str(line).unwrap();
            let exchange = super::super::openai::exchange(value.as_object().unwrap());
            let keys = Keys::of(
                line.as_bytes(),
                value.as_object().unwrap(),
                exchange,
                &mut Vec::new(),
            );
            let object = normalised_object(value.as_object().unwrap(), &mut Vec::new());
            assert_eq!(keys.normalised, object, "{line}");
        }
        let values = [Value::from("Hi  There"), Value::from("x")];
        assert_eq!(
            normalised_values(&[&values[0], &values[1]], &mut Vec::new()),
            normalised_values(&[&"hi there".into(), &"X".into()], &mut Vec::new())
        );
    }

    #[test]
    fn values_cannot_run_into_each_other() {
        let a = keys(r#"{"input":"ab","output":"c"}"#);
        let b = keys(r#"{"input":"a","output":"bc"}"#);
        assert_ne!(a.normalised, b.normalised);
    }
}
