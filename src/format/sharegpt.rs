//! ShareGPT: `{"conversations":[{"from":…,"value":…},…]}` with `from` one of
//! `system`, `human`, `gpt`. Its tool turns (`function_call`, `observation`)
//! carry no call ids, so they have no lossless place in a conversation.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::{only_keys, string, text};
use crate::conversation::{Conversation, Role, Turn};
use crate::dataset::Format;
use crate::refusal::Refusal;

/// Reads a ShareGPT line as a conversation.
pub(super) fn read<'a>(
    object: &'a Map<String, Value>,
    to: Format,
) -> Result<Conversation<'a>, Refusal> {
    only_keys(object, &["conversations"], to)?;
    let Some(Value::Array(list)) = object.get("conversations") else {
        return Err(Refusal::new(
            "field_type",
            "conversations",
            "expected a list of turns",
        ));
    };
    let mut turns = Vec::with_capacity(list.len());
    for (i, turn) in list.iter().enumerate() {
        let at = format!("conversations[{i}]");
        let Some(turn) = turn.as_object() else {
            return Err(Refusal::new("data_type", at, "expected a turn object"));
        };
        if let Some(key) = turn.keys().find(|k| *k != "from" && *k != "value") {
            return Err(Refusal::new(
                "extra_key",
                format!("{at}.{key}"),
                format!("`{key}` has no place in {to} lines, so it would be lost"),
            ));
        }
        let role = match text(turn.get("from"), &format!("{at}.from"))? {
            "system" => Role::System,
            "human" => Role::User,
            "gpt" => Role::Assistant,
            other => {
                return Err(Refusal::new(
                    "tool_use",
                    format!("{at}.from"),
                    format!(
                        "a `{other}` turn; ShareGPT tool turns have no call ids, so {to} cannot hold them without guessing"
                    ),
                ));
            }
        };
        turns.push(Turn {
            role,
            text: Cow::Borrowed(text(turn.get("value"), &format!("{at}.value"))?),
        });
    }
    Ok(Conversation {
        field: "conversations",
        turns,
    })
}

/// Writes a conversation as compact `{"conversations":[{"from":…,"value":…},…]}`.
pub(super) fn write(conversation: &Conversation, buf: &mut Vec<u8>) {
    buf.extend_from_slice(br#"{"conversations":["#);
    for (i, turn) in conversation.turns.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(br#"{"from":""#);
        let from = match turn.role {
            Role::System => "system",
            Role::User => "human",
            Role::Assistant => "gpt",
        };
        buf.extend_from_slice(from.as_bytes());
        buf.extend_from_slice(br#"","value":"#);
        string(buf, &turn.text);
        buf.push(b'}');
    }
    buf.extend_from_slice(b"]}");
}
