//! Input/output pairs: `{"input":…,"output":…}`, one request and its answer.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::{exchange, only_keys, string, text};
use crate::conversation::{Conversation, Role, Turn};
use crate::dataset::Format;
use crate::refusal::Refusal;
use crate::render::Example;

/// Writes a generated example's request and answer; its system message
/// has no place in a pair.
pub(super) fn write_line(example: &Example, buf: &mut Vec<u8>) {
    buf.extend_from_slice(br#"{"input":"#);
    string(buf, &example.user);
    buf.extend_from_slice(br#","output":"#);
    string(buf, &example.assistant);
    buf.push(b'}');
}

/// Reads a pair as a user turn and an assistant turn.
pub(super) fn read<'a>(
    object: &'a Map<String, Value>,
    to: Format,
) -> Result<Conversation<'a>, Refusal> {
    only_keys(object, &["input", "output"], to)?;
    let turn = |role, key| -> Result<Turn<'a>, Refusal> {
        Ok(Turn {
            role,
            text: Cow::Borrowed(text(object.get(key), key)?),
        })
    };
    Ok(Conversation {
        field: "",
        turns: vec![turn(Role::User, "input")?, turn(Role::Assistant, "output")?],
    })
}

/// Writes a conversation of one user turn and one assistant turn.
pub(super) fn write(conversation: &Conversation, buf: &mut Vec<u8>) -> Result<(), Refusal> {
    let (input, output) = exchange(conversation, Format::Io)?;
    buf.extend_from_slice(br#"{"input":"#);
    string(buf, input);
    buf.extend_from_slice(br#","output":"#);
    string(buf, output);
    buf.push(b'}');
    Ok(())
}
