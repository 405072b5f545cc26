//! `convert`: a dataset from one line format into another, sharded like
//! `generate`, with a manifest that records the files it came from.
//!
//! ```text
//! dataset reader ─► validate::example (the source format's rules)
//!   ─► the line as it is             (same format, or Mistral → OpenAI)
//!    | Mistral's rules, then as it is (OpenAI → Mistral)
//!    | format::read ─► --system ─► format::write   (every other pair)
//!   ─► shard writer per split ─► manifest (sources with blake3) ─► swapped in
//! ```
//!
//! OpenAI and Mistral lines have the same shape, so between them a line is
//! copied byte for byte once it keeps the target's rules: openai → mistral →
//! openai gives back the input's bytes, whatever their formatting. Every
//! other pair goes through a [`Conversation`], written compactly as
//! serde_json would, so a line that started compact comes back the same.
//!
//! Lossless or not at all: a line the target cannot hold is refused, with
//! its file, line, JSON path and the reason; every refused line is counted
//! by kind, and then nothing is written. Where a choice is needed the user
//! makes it with [`System`]. Lines are converted on the rayon pool in
//! ordered chunks ([`Reader::try_scan`]) while another thread hashes the
//! source files for the manifest; memory stays at two chunks. Each source
//! file keeps its split: `validation-00000-of-00001.jsonl` is converted
//! into `data/validation-…`, any file not named the Hub's way into `train`.
//!
//! [`Reader::try_scan`]: crate::dataset::Reader::try_scan

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::conversation::{Conversation, JOIN, Role, Turn};
use crate::dataset::{self, Dataset, Format, Line};
use crate::error::Error;
use crate::format;
use crate::manifest::{Command, Derived, SourceFile};
use crate::output::Target;
use crate::progress::Progress;
use crate::refusal::{Refusal, Refusals};
use crate::shard::Splits;
use crate::validate::{self, Location};

/// What to do about system messages where one format has them and the
/// other has not (`--system`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum System {
    /// Chat into io or Alpaca: leave the system message out.
    Drop,
    /// Chat into io or Alpaca: put the system message before the request,
    /// joined by a blank line.
    Prefix,
    /// io or Alpaca into chat: open every conversation with this system
    /// message.
    Text(String),
}

/// How to convert.
#[derive(Debug, Clone)]
pub struct Options {
    /// The source format; `None` detects it from the first lines.
    pub from: Option<Format>,
    /// The target format.
    pub to: Format,
    /// What to do about system messages, when the pair of formats needs it.
    pub system: Option<System>,
    /// Where to write, and how the run goes.
    pub target: Target,
}

/// What a finished conversion wrote.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The manifest written last.
    pub manifest: Derived,
    /// The source format.
    pub from: Format,
    /// Whether it was detected rather than given.
    pub detected: bool,
    /// Bytes in all shards.
    pub bytes: u64,
    /// Wall time of the run.
    pub seconds: f64,
}

/// Converts one line at a time from one format into another.
#[derive(Debug, Clone)]
pub struct Converter {
    from: Format,
    to: Format,
    system: Option<System>,
}

/// Formats whose lines are conversations with system messages.
fn is_chat(format: Format) -> bool {
    matches!(format, Format::Openai | Format::Mistral | Format::Sharegpt)
}

impl Converter {
    /// A converter from `from` into `to`. `system` must be given only where
    /// it means something: a text when io or Alpaca become chat, `drop` or
    /// `prefix` when chat becomes io or Alpaca.
    pub fn new(from: Format, to: Format, system: Option<System>) -> Result<Converter, Error> {
        let wrong = |message: String| Error::Option {
            option: "--system",
            message,
        };
        match (&system, is_chat(from), is_chat(to)) {
            (None, _, _) => {}
            (Some(System::Text(text)), false, true) if text.trim().is_empty() => {
                return Err(wrong(
                    "the system message is empty; give its text, or @FILE to read it from a file"
                        .into(),
                ));
            }
            (Some(System::Text(_)), false, true) => {}
            (Some(System::Drop | System::Prefix), true, false) => {}
            (Some(System::Text(_)), true, false) => {
                return Err(wrong(format!(
                    "{from} → {to} takes `drop` (leave system messages out) or `prefix` (put them before the request); a text adds a system message to io or alpaca lines turned into chat"
                )));
            }
            (Some(System::Text(_)), true, true) => {
                return Err(wrong(format!(
                    "{from} lines bring their own system messages, and {from} → {to} keeps them; leave --system out"
                )));
            }
            (Some(System::Drop | System::Prefix), false, true) => {
                return Err(wrong(format!(
                    "{from} lines have no system message to drop or prefix; to open every {to} conversation with one, pass its text (or @FILE)"
                )));
            }
            (Some(_), _, _) => {
                return Err(wrong(format!(
                    "{from} → {to} has no system messages on either side; leave --system out"
                )));
            }
        }
        Ok(Converter { from, to, system })
    }

    /// Appends `line` converted, with its newline, to `out`; or refuses it
    /// and leaves `out` as it was.
    pub fn line(&self, line: &Line<'_>, out: &mut Vec<u8>) -> Result<(), Refusal> {
        let object =
            validate::example(self.from, line).map_err(|f| Refusal::invalid(self.from, f))?;
        let copy = |out: &mut Vec<u8>| {
            out.extend_from_slice(line.bytes);
            out.push(b'\n');
        };
        match (self.from, self.to) {
            (from, to) if from == to => copy(out),
            (Format::Mistral, Format::Openai) => copy(out),
            (Format::Openai, Format::Mistral) => {
                if let Err(finding) = validate::rules(Format::Mistral, &object) {
                    let message = format!("{} (Mistral's rules)", finding.message);
                    return Err(Refusal::new(finding.check.name(), finding.path, message));
                }
                copy(out)
            }
            (from, to) => {
                let mut conversation = format::read(from, &object, to)?;
                self.fold_system(&mut conversation)?;
                format::write(to, &conversation, out)?;
            }
        }
        Ok(())
    }

    /// Applies `--system` to a conversation on its way between chat and
    /// io or Alpaca.
    fn fold_system<'a>(&'a self, conversation: &mut Conversation<'a>) -> Result<(), Refusal> {
        let turns = &mut conversation.turns;
        match &self.system {
            None => {}
            Some(System::Text(text)) => turns.insert(
                0,
                Turn {
                    role: Role::System,
                    text: Cow::Borrowed(text),
                },
            ),
            Some(System::Drop) => turns.retain(|t| t.role != Role::System),
            Some(System::Prefix) => {
                let systems: Vec<usize> = (0..turns.len())
                    .filter(|&i| turns[i].role == Role::System)
                    .collect();
                match systems.as_slice() {
                    [] => {}
                    [0] if turns.get(1).is_some_and(|t| t.role == Role::User) => {
                        let system = turns.remove(0);
                        let user = &mut turns[0].text;
                        *user = Cow::Owned(format!("{}{JOIN}{user}", system.text));
                    }
                    [first, rest @ ..] => {
                        let (at, what) = match rest {
                            [] => (
                                *first,
                                format!("a system message in position {}", first + 1),
                            ),
                            [second, ..] => (*second, format!("{} system messages", systems.len())),
                        };
                        return Err(Refusal::new(
                            "system_message",
                            conversation.path(Some(at)),
                            format!(
                                "{what}; --system prefix puts the one system message that opens a conversation before the request, so pass --system drop or fix the line"
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

/// One line's outcome, from a worker to the in-order writer.
struct Converted {
    file: usize,
    number: u64,
    line: Result<Vec<u8>, Refusal>,
}

/// Converts `dataset` into `options.target.out`, telling `progress` the bytes read.
pub fn convert(
    dataset: &Dataset,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    let started = Instant::now();
    options.target.check()?;
    let pool = crate::pool::build(options.target.threads)?;
    let (from, detected) = match options.from {
        Some(from) => (from, false),
        None => (Format::detect_for(dataset, "--from")?, true),
    };
    let converter = Converter::new(from, options.to, options.system.clone())?;
    let staging = options.target.stage()?;
    let mut splits = Splits::new(staging.path(), options.target.shard_lines);
    let split_of: Vec<&str> = dataset.files.iter().map(|f| dataset::split_of(f)).collect();
    let mut lines = vec![0u64; dataset.files.len()];
    let mut refusals = Refusals::default();
    let stop = AtomicBool::new(false);
    progress.start(dataset.bytes()?);
    let (scanned, digests) = std::thread::scope(|s| {
        let hashing = s.spawn(|| dataset.blake3(&stop));
        let scanned = pool.install(|| {
            dataset.reader().with_progress(progress).try_scan(
                || (),
                |(), line| {
                    let mut out = Vec::with_capacity(line.bytes.len() + 64);
                    Converted {
                        file: line.file,
                        number: line.number,
                        line: converter.line(&line, &mut out).map(|()| out),
                    }
                },
                |converted| {
                    options.target.unless_cancelled()?;
                    lines[converted.file] += 1;
                    refusals.read_line();
                    match converted.line {
                        Ok(line) if refusals.is_empty() => {
                            splits.write_line(split_of[converted.file], &line)?
                        }
                        // Once a line is refused nothing will be written;
                        // the scan goes on to find every kind of refusal.
                        Ok(_) => {}
                        Err(refusal) => refusals.add(refusal, || Location {
                            file: dataset.files[converted.file].display().to_string(),
                            line: converted.number,
                        }),
                    }
                    Ok(())
                },
            )
        });
        // Nothing will be written: the hashes are not needed.
        if scanned.is_err() || !refusals.is_empty() {
            stop.store(true, Ordering::Relaxed);
        }
        (
            scanned,
            hashing.join().expect("hashing the sources does not panic"),
        )
    });
    progress.finish();
    scanned?;
    if !refusals.is_empty() {
        return Err(Error::Refused {
            what: format!("cannot convert {from} lines to {}", options.to),
            refusals,
        });
    }
    let digests = digests?;
    let (shards, split_lines) = splits.finish()?;
    let bytes = shards.iter().map(|s| s.bytes).sum();
    let manifest = Derived {
        generator: "synthforge".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        command: Command::Convert {
            from,
            system: options.system.clone(),
        },
        format: options.to,
        total_examples: split_lines.values().sum(),
        sources: sources(dataset, &lines, digests),
        shard_lines: options.target.shard_lines,
        splits: split_lines,
        shards,
    };
    // The last moment to stop: after the manifest the dataset is complete.
    options.target.unless_cancelled()?;
    manifest.write(staging.path())?;
    staging.commit()?;
    Ok(Summary {
        manifest,
        from,
        detected,
        bytes,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// The manifest's record of the files read: name, lines, size, blake3.
pub(crate) fn sources(
    dataset: &Dataset,
    lines: &[u64],
    digests: Vec<(u64, String)>,
) -> Vec<SourceFile> {
    dataset
        .files
        .iter()
        .zip(lines)
        .zip(digests)
        .map(|((path, &lines), (bytes, blake3))| SourceFile {
            path: path.display().to_string(),
            lines,
            bytes,
            blake3,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert_line(converter: &Converter, text: &str) -> Result<String, Refusal> {
        let line = Line {
            file: 0,
            number: 1,
            bytes: text.as_bytes(),
            bom: false,
        };
        let mut out = Vec::new();
        converter.line(&line, &mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn system_options_apply_only_where_a_choice_is_needed() {
        use Format::*;
        let text = || Some(System::Text("Be brief.".into()));
        for (from, to, system, ok) in [
            (Io, Openai, text(), true),
            (Alpaca, Sharegpt, text(), true),
            (Openai, Io, Some(System::Drop), true),
            (Sharegpt, Alpaca, Some(System::Prefix), true),
            (Openai, Mistral, None, true),
            (Io, Openai, None, true),
            (Io, Openai, Some(System::Text(" ".into())), false),
            (Openai, Io, text(), false),
            (Openai, Sharegpt, text(), false),
            (Io, Mistral, Some(System::Drop), false),
            (Io, Alpaca, text(), false),
            (Openai, Mistral, Some(System::Prefix), false),
        ] {
            let made = Converter::new(from, to, system.clone());
            assert_eq!(made.is_ok(), ok, "{from} → {to} with {system:?}: {made:?}");
        }
    }

    #[test]
    fn system_messages_are_added_dropped_or_prefixed_as_told() {
        let chat = r#"{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}"#;
        let with = |system| Converter::new(Format::Openai, Format::Io, system).unwrap();
        assert_eq!(
            convert_line(&with(Some(System::Drop)), chat).unwrap(),
            "{\"input\":\"Hi\",\"output\":\"Hello\"}\n"
        );
        assert_eq!(
            convert_line(&with(Some(System::Prefix)), chat).unwrap(),
            "{\"input\":\"Be brief.\\n\\nHi\",\"output\":\"Hello\"}\n"
        );
        let refused = convert_line(&with(None), chat).unwrap_err();
        assert_eq!(
            (refused.kind, refused.path.as_str()),
            ("system_message", "messages[0]")
        );
        let add = Converter::new(
            Format::Io,
            Format::Openai,
            Some(System::Text("Be brief.".into())),
        )
        .unwrap();
        assert_eq!(
            convert_line(&add, r#"{"input":"Hi","output":"Hello"}"#).unwrap(),
            format!("{chat}\n")
        );
    }

    #[test]
    fn openai_into_mistral_copies_the_bytes_or_names_mistrals_rule() {
        let converter = Converter::new(Format::Openai, Format::Mistral, None).unwrap();
        let spaced = r#"{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello", "weight": 0}]}"#;
        assert_eq!(
            convert_line(&converter, spaced).unwrap(),
            format!("{spaced}\n")
        );
        let late = r#"{"messages":[{"role":"user","content":"Hi"},{"role":"system","content":"Be brief."},{"role":"assistant","content":"Hello"}]}"#;
        let refused = convert_line(&converter, late).unwrap_err();
        assert_eq!(
            (refused.kind, refused.path.as_str()),
            ("misplaced_system_message", "messages[1].role")
        );
        let broken = convert_line(&converter, r#"{"messages":[]}"#).unwrap_err();
        assert_eq!(broken.kind, "missing_messages_list");
        assert!(
            broken
                .message
                .ends_with("not a valid openai line (`synthforge validate` lists every problem)"),
            "{}",
            broken.message
        );
    }
}
