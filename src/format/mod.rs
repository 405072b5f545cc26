//! Line formats: an example as one JSONL line, written and read back. One
//! file per format.
//!
//! `generate` writes each rendered [`Example`] here (OpenAI chat, appended
//! to a caller-owned buffer so the hot path reuses it). `convert` reads a
//! line of any format into a [`Conversation`] ([`read`]) and writes that in
//! any format ([`write`](fn@write)). A reader refuses what its line holds beyond a
//! conversation (tool calls, names, `weight: 0`, other keys), a writer what
//! its format cannot hold (two exchanges for io, a system message in the
//! middle for Mistral): nothing is dropped on the way. Lines come to a
//! reader already checked against their format's rules (`validate`), so a
//! reader only looks at what a conversation cannot carry.

mod alpaca;
mod io;
mod mistral;
mod openai;
mod sharegpt;

use serde_json::{Map, Value};

use crate::conversation::{Conversation, Role};
use crate::dataset::Format;
use crate::recipe;
use crate::refusal::Refusal;
use crate::render::Example;

/// Appends `example` as one line (with its trailing newline) to `buf`.
pub fn write_line(format: recipe::Format, example: &Example, buf: &mut Vec<u8>) {
    match format {
        recipe::Format::Openai => openai::write_line(example, buf),
        recipe::Format::Io => io::write_line(example, buf),
    }
    buf.push(b'\n');
}

/// Reads `object`, a valid example of `format`, as a conversation bound
/// for the format `to` (which refusals name).
pub fn read<'a>(
    format: Format,
    object: &'a Map<String, Value>,
    to: Format,
) -> Result<Conversation<'a>, Refusal> {
    match format {
        Format::Openai | Format::Mistral => openai::read(object, to),
        Format::Io => io::read(object, to),
        Format::Alpaca => alpaca::read(object, to),
        Format::Sharegpt => sharegpt::read(object, to),
    }
}

/// Appends `conversation` as one line of `format` (with its newline) to
/// `buf`, or leaves `buf` as it was and refuses when the format cannot
/// hold it.
pub fn write(
    format: Format,
    conversation: &Conversation,
    buf: &mut Vec<u8>,
) -> Result<(), Refusal> {
    match format {
        Format::Openai => openai::write(conversation, buf),
        Format::Mistral => mistral::write(conversation, buf)?,
        Format::Io => io::write(conversation, buf)?,
        Format::Alpaca => alpaca::write(conversation, buf)?,
        Format::Sharegpt => sharegpt::write(conversation, buf),
    }
    buf.push(b'\n');
    Ok(())
}

/// Refuses a top-level key of `object` that is not one of `keys`: the
/// target format has no place for it.
fn only_keys(object: &Map<String, Value>, keys: &[&str], to: Format) -> Result<(), Refusal> {
    match object.keys().find(|k| !keys.contains(&k.as_str())) {
        None => Ok(()),
        Some(key) => Err(Refusal::new(
            "extra_key",
            key.as_str(),
            format!(
                "`{key}` has no place in {to} lines, so it would be lost; remove it to convert (e.g. jq -c 'del(.{key})')"
            ),
        )),
    }
}

/// The text of `value`, found at `path`; a line that passed its format's
/// rules always has one where a reader looks.
fn text<'a>(value: Option<&'a Value>, path: &str) -> Result<&'a str, Refusal> {
    value.and_then(Value::as_str).ok_or_else(|| {
        Refusal::new(
            "field_type",
            path,
            "expected text here; `synthforge validate` says what is wrong",
        )
    })
}

/// The single exchange io and Alpaca hold: one user turn, then one
/// assistant turn. A system message is folded away before (`--system`).
fn exchange<'c>(conversation: &'c Conversation, to: Format) -> Result<(&'c str, &'c str), Refusal> {
    match conversation.turns.as_slice() {
        [user, assistant] if user.role == Role::User && assistant.role == Role::Assistant => {
            Ok((&user.text, &assistant.text))
        }
        turns => {
            if let Some(i) = turns.iter().position(|t| t.role == Role::System) {
                return Err(Refusal::new(
                    "system_message",
                    conversation.path(Some(i)),
                    format!(
                        "a system message; {to} has no place for it: pass --system drop to leave it out, or --system prefix to put it before the {}",
                        if to == Format::Alpaca {
                            "instruction"
                        } else {
                            "input"
                        }
                    ),
                ));
            }
            let (users, assistants) = (
                conversation.count(Role::User),
                conversation.count(Role::Assistant),
            );
            let message = if users == 1 && assistants == 1 {
                format!(
                    "the assistant speaks before the user; {to} holds a request and the answer to it"
                )
            } else {
                format!(
                    "{users} user and {assistants} assistant turns; {to} holds one request and one answer, so the other turns would be lost"
                )
            };
            Err(Refusal::new(
                "several_turns",
                conversation.path(None),
                message,
            ))
        }
    }
}

/// Appends `s` as a JSON string.
fn string(buf: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *buf, s).expect("serializing a string into a Vec cannot fail");
}
