//! Where inputs come from: a file the user named or the defaults embedded in
//! the binary. A [`Source`] keeps the text with its name so that every parse
//! error can say which file and where.
//!
//! This module also owns what JSON input must be beyond what serde checks:
//! no byte-order mark, no key twice in one object (`unique_keys`), and
//! messages that stay readable when the input is huge or deeply nested.

use std::fmt;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::de::{DeserializeOwned, Deserializer, MapAccess, Visitor};

use crate::error::{Error, elide};

/// The text of one input file and the name to show in errors.
#[derive(Debug, Clone)]
pub struct Source {
    /// A path, or `<embedded>/…` for the built-in defaults.
    pub name: String,
    /// The whole file.
    pub text: String,
}

impl Source {
    /// Wraps text that is already in memory.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Reads a UTF-8 file.
    pub fn read(path: &Path) -> Result<Source, Error> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Source::from_bytes(path.display().to_string(), bytes)
    }

    /// Checks that `bytes` are UTF-8 text without a byte-order mark.
    pub fn from_bytes(name: impl Into<String>, bytes: Vec<u8>) -> Result<Source, Error> {
        let name = name.into();
        match String::from_utf8(bytes) {
            Err(e) => Err(Error::Input {
                file: name,
                location: format!("byte {}", e.utf8_error().valid_up_to()),
                message: "the file is not valid UTF-8; save it as UTF-8".into(),
            }),
            Ok(text) if text.starts_with(BOM) => Err(Source::new(name, "").bom_error()),
            Ok(text) => Ok(Source::new(name, text)),
        }
    }

    /// The blake3 of the file's bytes, as recorded in the manifest.
    pub fn blake3(&self) -> String {
        blake3::hash(self.text.as_bytes()).to_hex().to_string()
    }

    /// Deserializes the text as JSON. The error names the file, the line
    /// and column, and the JSON path of the value that did not fit.
    pub fn parse_json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        // Files were checked on reading; text built in memory is checked here.
        if self.text.starts_with(BOM) {
            return Err(self.bom_error());
        }
        let mut de = serde_json::Deserializer::from_str(&self.text);
        let located = |path: String, inner: serde_json::Error| {
            // serde_path_to_error writes `?` for a segment it could not name
            // (a map key that failed to parse); show the path up to there.
            let path = path
                .split(".?")
                .next()
                .unwrap_or_default()
                .trim_start_matches('?')
                .to_string();
            let location = if path == "." || path.is_empty() {
                format!("line {}, column {}", inner.line(), inner.column())
            } else {
                format!(
                    "line {}, column {}, at `{path}`",
                    inner.line(),
                    inner.column()
                )
            };
            let mut message = strip_position(&inner.to_string());
            if let Some(hint) = hint(&message) {
                message = format!("{message}; {hint}");
            }
            self.error_at(&location, message)
        };
        let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            located(path, e.into_inner())
        })?;
        de.end().map_err(|e| located(String::new(), e))?;
        Ok(value)
    }

    /// An error about a value that parsed but is not acceptable.
    pub fn invalid(&self, json_path: String, message: String) -> Error {
        self.error_at(&format!("at `{json_path}`"), message)
    }

    /// Input errors quote values and paths from the file; a 50 MB string or
    /// a path 128 levels deep is shortened so that the message stays readable.
    fn error_at(&self, location: &str, message: String) -> Error {
        Error::Input {
            file: self.name.clone(),
            location: elide(location, 200),
            message: elide(&message, 400),
        }
    }

    fn bom_error(&self) -> Error {
        self.error_at(
            "line 1, column 1",
            "the file starts with a byte-order mark; save it as UTF-8 without BOM".into(),
        )
    }

    /// The directory the file is in, if it came from disk.
    pub fn dir(&self) -> Option<PathBuf> {
        if self.name.starts_with(crate::inputs::EMBEDDED) {
            return None;
        }
        Path::new(&self.name).parent().map(Path::to_path_buf)
    }
}

const BOM: char = '\u{feff}';

/// How to fix what serde_json reports in its own words: the start of its
/// message, and the hint that follows it.
const HINTS: &[(&str, &str)] = &[
    (
        "lone leading surrogate",
        "a `\\uD800`-`\\uDFFF` escape must be one half of a surrogate pair: write the character itself, or both halves (`\\uD83D\\uDE00`)",
    ),
    (
        "unexpected end of hex escape",
        "a `\\uD800`-`\\uDFFF` escape must be one half of a surrogate pair: write the character itself, or both halves (`\\uD83D\\uDE00`)",
    ),
    (
        "control character",
        "escape it in the string (`\\n`, `\\t`, `\\u0001`)",
    ),
    (
        "recursion limit exceeded",
        "the JSON nests more than 128 levels deep; no dictionary or recipe needs that",
    ),
    (
        "EOF while parsing",
        "the file ends too early: close every string, array and object",
    ),
    (
        "expected value",
        "a value goes here: a string in double quotes, a number, true, false, null, [...] or {...} (JSON has no comments)",
    ),
    ("key must be a string", "keys are strings in double quotes"),
    ("trailing comma", "remove the comma after the last element"),
    (
        "expected `,` or",
        "a comma is missing between two elements, or a bracket is not closed",
    ),
    ("expected `:`", "a key and its value are separated by `:`"),
    (
        "trailing characters",
        "the file goes on after its one top-level value; remove the rest",
    ),
    ("invalid escape", "write a backslash in a string as `\\\\`"),
    ("number out of range", "the number does not fit in 64 bits"),
];

fn hint(message: &str) -> Option<&'static str> {
    HINTS
        .iter()
        .find(|(start, _)| message.starts_with(start))
        .map(|(_, hint)| *hint)
}

/// Deserializes a JSON object into an [`IndexMap`], rejecting a key that
/// appears twice: serde's own maps silently keep the last value, which would
/// hide a pasted duplicate (`"base"` twice under `families`). Struct fields
/// need no help: serde derive rejects a duplicate field.
pub(crate) fn unique_keys<'de, D, V>(deserializer: D) -> Result<IndexMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: serde::Deserialize<'de>,
{
    struct Unique<V>(PhantomData<V>);

    impl<'de, V: serde::Deserialize<'de>> Visitor<'de> for Unique<V> {
        type Value = IndexMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = IndexMap::with_capacity(map.size_hint().unwrap_or(0).min(4096));
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(format_args!(
                        "duplicate key `{key}`; each key may appear once in an object"
                    )));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }

    deserializer.deserialize_map(Unique(PhantomData))
}

/// serde_json appends " at line L column C"; we print the location ourselves.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_json_messages_get_a_hint_on_how_to_fix_them() {
        let cases = [
            ("lone leading surrogate in hex escape", "surrogate pair"),
            ("unexpected end of hex escape", "surrogate pair"),
            (
                "control character (\\u0000-\\u001F) found while parsing a string",
                "escape it",
            ),
            ("recursion limit exceeded", "128 levels"),
            ("EOF while parsing a list", "ends too early"),
            ("expected value", "no comments"),
            ("key must be a string", "double quotes"),
            ("trailing comma", "remove the comma"),
            ("expected `,` or `}`", "a comma is missing"),
            ("expected `,` or `]`", "a comma is missing"),
            ("expected `:`", "separated by `:`"),
            ("trailing characters", "remove the rest"),
            ("invalid escape", "`\\\\`"),
            ("number out of range", "64 bits"),
            ("invalid type: string \"x\", expected u64", ""),
        ];
        for (message, want) in cases {
            match hint(message) {
                Some(h) => assert!(!want.is_empty() && h.contains(want), "{message}: {h}"),
                None => assert!(want.is_empty(), "{message}: no hint"),
            }
        }
    }

    #[test]
    fn a_key_twice_in_a_unique_map_is_an_error() {
        #[derive(serde::Deserialize)]
        struct M {
            #[serde(deserialize_with = "unique_keys")]
            m: IndexMap<String, u8>,
        }
        let ok = Source::new("t.json", r#"{"m": {"a": 1, "b": 2}}"#).parse_json::<M>();
        assert_eq!(ok.expect("distinct keys load").m.len(), 2);
        let err = Source::new("t.json", r#"{"m": {"a": 1, "a": 2}}"#)
            .parse_json::<M>()
            .err()
            .expect("a duplicate key is rejected")
            .to_string();
        assert!(err.contains("duplicate key `a`"), "{err}");
        assert!(err.contains("at `m`"), "{err}");
    }
}
