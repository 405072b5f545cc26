//! Checks every format shares, on the raw line: byte-order mark, blank line,
//! UTF-8, JSON syntax, duplicate keys, and that the line is an object.
//!
//! serde_json keeps the last of two equal keys without a word, so lines are
//! parsed with a visitor of our own that builds the same `Value` and notes
//! every key it replaces.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Value};

use super::Found;
use super::path;
use super::report::Check;
use crate::dataset::Line;

/// Runs the checks on `line`; returns its object when it is one.
pub(super) fn check(line: &Line<'_>, found: &mut Vec<Found>) -> Option<Map<String, Value>> {
    if line.bom {
        found.push(Found::new(
            Check::Bom,
            "",
            "the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM".into(),
        ));
    }
    if line.is_blank() {
        found.push(Found::new(
            Check::BlankLine,
            "",
            "blank line; JSONL has exactly one example on every line, so delete it".into(),
        ));
        return None;
    }
    let text = match line.text() {
        Ok(text) => text,
        Err(e) => {
            found.push(Found::new(
                Check::InvalidUtf8,
                "",
                format!(
                    "invalid UTF-8 at byte {} of the line; save the file as UTF-8",
                    e.valid_up_to() + 1
                ),
            ));
            return None;
        }
    };
    let parsed = match parse(text) {
        Ok(parsed) => parsed,
        Err(e) => {
            found.push(Found::new(
                Check::InvalidJson,
                "",
                format!(
                    "{} at column {}",
                    strip_position(&e.to_string()),
                    e.column()
                ),
            ));
            return None;
        }
    };
    for dup in parsed.duplicates {
        found.push(Found::new(
            Check::DuplicateKey,
            &dup,
            "this key appears more than once in its object; JSON readers keep only the last value, so remove or rename the others".into(),
        ));
    }
    match parsed.value {
        Value::Object(object) => Some(object),
        other => {
            found.push(Found::new(
                Check::DataType,
                "",
                format!("the line is {}, expected a JSON object", kind(&other)),
            ));
            None
        }
    }
}

/// `a string`, `a list`, … for messages about a value of the wrong type.
pub(super) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// serde_json appends " at line L column C"; the column is shown on its own.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}

/// A parsed value and the paths of the keys that were given twice.
struct Parsed {
    value: Value,
    /// Paths relative to `value`, each starting with a segment.
    duplicates: Vec<String>,
}

fn parse(text: &str) -> Result<Parsed, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = ParseSeed.deserialize(&mut de)?;
    de.end()?;
    Ok(parsed)
}

struct ParseSeed;

impl<'de> DeserializeSeed<'de> for ParseSeed {
    type Value = Parsed;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Parsed, D::Error> {
        d.deserialize_any(ParseSeed)
    }
}

fn leaf(value: Value) -> Parsed {
    Parsed {
        value,
        duplicates: Vec::new(),
    }
}

impl<'de> Visitor<'de> for ParseSeed {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Parsed, E> {
        Ok(leaf(Value::Null))
    }

    fn visit_bool<E>(self, v: bool) -> Result<Parsed, E> {
        Ok(leaf(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Parsed, E> {
        Ok(leaf(Value::from(v)))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Parsed, E> {
        Ok(leaf(Value::from(v)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Parsed, E> {
        Ok(leaf(Value::from(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Parsed, E> {
        Ok(leaf(Value::String(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Parsed, E> {
        Ok(leaf(Value::String(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Parsed, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        let mut duplicates = Vec::new();
        while let Some(item) = seq.next_element_seed(ParseSeed)? {
            let index = format!("[{}]", items.len());
            duplicates.extend(item.duplicates.iter().map(|d| join(&index, d)));
            items.push(item.value);
        }
        Ok(Parsed {
            value: Value::Array(items),
            duplicates,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let mut object = Map::new();
        let mut duplicates = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let item = map.next_value_seed(ParseSeed)?;
            if !item.duplicates.is_empty() {
                let prefix = path::key(&key);
                duplicates.extend(item.duplicates.iter().map(|d| join(&prefix, d)));
            }
            match object.entry(key) {
                Entry::Occupied(mut slot) => {
                    duplicates.push(path::key(slot.key()));
                    slot.insert(item.value);
                }
                Entry::Vacant(slot) => {
                    slot.insert(item.value);
                }
            }
        }
        Ok(Parsed {
            value: Value::Object(object),
            duplicates,
        })
    }
}

/// `prefix` followed by a relative path that starts with a key or an index.
fn join(prefix: &str, rest: &str) -> String {
    if rest.starts_with('[') {
        format!("{prefix}{rest}")
    } else {
        format!("{prefix}.{rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dups(text: &str) -> Vec<String> {
        parse(text).unwrap().duplicates
    }

    #[test]
    fn duplicate_keys_are_found_at_any_depth_with_their_path() {
        assert!(dups(r#"{"a":1,"b":{"a":2}}"#).is_empty());
        assert_eq!(dups(r#"{"a":1,"a":2}"#), ["a"]);
        assert_eq!(
            dups(r#"{"messages":[{"role":"user","role":"system","content":"x"}]}"#),
            ["messages[0].role"]
        );
        assert_eq!(dups(r#"[{"x":{"y":1,"y":2}}]"#), ["[0].x.y"]);
        assert_eq!(dups(r#"{"odd key":{"k":1,"k":1}}"#), [r#"["odd key"].k"#]);
    }

    #[test]
    fn the_last_value_wins_as_in_serde_json() {
        let parsed = parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        let plain: Value = serde_json::from_str(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(parsed.value, plain);
    }

    #[test]
    fn invalid_json_names_the_column() {
        let line = Line {
            file: 0,
            number: 1,
            bytes: br#"{"a": 1,}"#,
            bom: false,
        };
        let mut found = Vec::new();
        assert!(check(&line, &mut found).is_none());
        assert_eq!(found[0].message, "trailing comma at column 9");
    }
}
