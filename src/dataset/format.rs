//! The line formats of fine-tuning datasets, and how to tell which one a
//! dataset holds from its first lines.
//!
//! | format | a line |
//! |---|---|
//! | `openai` | `{"messages":[{"role":…,"content":…},…]}` |
//! | `mistral` | the same shape, under Mistral's rules |
//! | `io` | `{"input":…,"output":…}` |
//! | `alpaca` | `{"instruction":…,"input":…,"output":…}` |
//! | `sharegpt` | `{"conversations":[{"from":…,"value":…},…]}` |
//!
//! OpenAI and Mistral lines have the same shape, so detection says `openai`
//! and the user picks Mistral's rules with `--format mistral`.

use std::collections::BTreeSet;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Dataset;
use super::reader::Chunk;
use crate::error::Error;

/// A line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// OpenAI chat fine-tuning: `messages`.
    Openai,
    /// Mistral fine-tuning: `messages`, Mistral's rules.
    Mistral,
    /// Input/output pairs: `input`, `output`.
    Io,
    /// Alpaca: `instruction`, `input`, `output`.
    Alpaca,
    /// ShareGPT: `conversations` of `from`/`value` turns.
    Sharegpt,
}

/// Object lines detection looks at, at most.
const DETECT_LINES: usize = 64;

impl Format {
    /// Every format, in the order the command line lists them.
    pub const ALL: [Format; 5] = [
        Format::Openai,
        Format::Mistral,
        Format::Io,
        Format::Alpaca,
        Format::Sharegpt,
    ];

    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            Format::Openai => "openai",
            Format::Mistral => "mistral",
            Format::Io => "io",
            Format::Alpaca => "alpaca",
            Format::Sharegpt => "sharegpt",
        }
    }

    /// The format a line's keys point to, if any.
    pub fn of_object(object: &Map<String, Value>) -> Option<Format> {
        let has = |k| object.contains_key(k);
        if has("messages") {
            Some(Format::Openai)
        } else if has("conversations") {
            Some(Format::Sharegpt)
        } else if has("instruction") && has("output") {
            Some(Format::Alpaca)
        } else if has("input") && has("output") {
            Some(Format::Io)
        } else {
            None
        }
    }

    /// The format most of the dataset's first object lines point to (the
    /// earliest one on a tie).
    pub fn detect(dataset: &Dataset) -> Result<Format, Error> {
        Format::detect_for(dataset, "--format")
    }

    /// [`Format::detect`] for a command whose flag naming the format is
    /// `flag` (`convert --from`), which the error tells the user to pass.
    pub fn detect_for(dataset: &Dataset, flag: &str) -> Result<Format, Error> {
        let mut chunk = Chunk::default();
        dataset.reader().fill(&mut chunk)?;
        let mut votes: Vec<(Format, usize)> = Vec::new();
        let mut keys = BTreeSet::new();
        let objects = chunk
            .lines()
            .filter_map(|line| serde_json::from_slice::<Value>(line.bytes).ok())
            .filter_map(|value| match value {
                Value::Object(object) => Some(object),
                _ => None,
            })
            .take(DETECT_LINES);
        for object in objects {
            match Format::of_object(&object) {
                Some(format) => match votes.iter_mut().find(|(f, _)| *f == format) {
                    Some((_, n)) => *n += 1,
                    None => votes.push((format, 1)),
                },
                None => keys.extend(object.keys().cloned()),
            }
        }
        let most = votes.iter().map(|(_, n)| *n).max();
        if let Some((format, _)) = votes.iter().find(|(_, n)| Some(*n) == most) {
            return Ok(*format);
        }
        let path = dataset.files.first().cloned().unwrap_or_default();
        let choose = format!("pass {flag} {}", Format::ALL.map(Format::name).join("|"));
        let message = if keys.is_empty() {
            format!("no JSON object among the first lines to tell the format from; {choose}")
        } else {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            format!(
                "cannot tell the format from the first lines: their keys {} match none of `messages` (openai, mistral), `conversations` (sharegpt), `instruction`+`output` (alpaca), `input`+`output` (io); {choose}",
                keys.join(", ")
            )
        };
        Err(Error::Dataset { path, message })
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| format!("unknown format `{s}`"))
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_point_to_a_format() {
        let of = |line: &str| {
            let v: Value = serde_json::from_str(line).unwrap();
            Format::of_object(v.as_object().unwrap())
        };
        assert_eq!(of(r#"{"messages":[]}"#), Some(Format::Openai));
        assert_eq!(of(r#"{"conversations":[]}"#), Some(Format::Sharegpt));
        assert_eq!(
            of(r#"{"instruction":"","input":"","output":""}"#),
            Some(Format::Alpaca)
        );
        assert_eq!(of(r#"{"input":"","output":""}"#), Some(Format::Io));
        assert_eq!(of(r#"{"prompt":"","completion":""}"#), None);
    }

    #[test]
    fn names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>(), Ok(f));
        }
        assert!("chatml".parse::<Format>().is_err());
    }
}
