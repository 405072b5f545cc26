//! Alpaca: `{"instruction":…,"input":…,"output":…}`. The instruction says
//! what to do, the optional input gives what to do it on, the output is
//! the answer.
//!
//! A conversation has one user turn where Alpaca has two fields, so a
//! non-empty `input` joins the instruction after a blank line, as Alpaca's
//! own prompt shows them; the text stays whole. Written back, the user turn
//! is the instruction and `input` is empty.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::{exchange, only_keys, string, text};
use crate::conversation::{Conversation, JOIN, Role, Turn};
use crate::dataset::Format;
use crate::refusal::Refusal;

/// Reads an Alpaca line as a user turn and an assistant turn.
pub(super) fn read<'a>(
    object: &'a Map<String, Value>,
    to: Format,
) -> Result<Conversation<'a>, Refusal> {
    only_keys(object, &["instruction", "input", "output"], to)?;
    let instruction = text(object.get("instruction"), "instruction")?;
    let user = match object.get("input") {
        None => Cow::Borrowed(instruction),
        Some(input) => match text(Some(input), "input")? {
            "" => Cow::Borrowed(instruction),
            input => Cow::Owned(format!("{instruction}{JOIN}{input}")),
        },
    };
    Ok(Conversation {
        field: "",
        turns: vec![
            Turn {
                role: Role::User,
                text: user,
            },
            Turn {
                role: Role::Assistant,
                text: Cow::Borrowed(text(object.get("output"), "output")?),
            },
        ],
    })
}

/// Writes a conversation of one user turn and one assistant turn.
pub(super) fn write(conversation: &Conversation, buf: &mut Vec<u8>) -> Result<(), Refusal> {
    let (instruction, output) = exchange(conversation, Format::Alpaca)?;
    buf.extend_from_slice(br#"{"instruction":"#);
    string(buf, instruction);
    buf.extend_from_slice(br#","input":"","output":"#);
    string(buf, output);
    buf.push(b'}');
    Ok(())
}
