//! OpenAI chat fine-tuning format: `{"messages":[{"role":…,"content":…},…]}`.
//! Mistral's lines have the same shape, so its reader and writer are these.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::{only_keys, string, text};
use crate::conversation::{Conversation, Role, Turn};
use crate::dataset::Format;
use crate::refusal::Refusal;
use crate::render::Example;

/// Writes the line by hand around serde_json's string escaping: the system
/// message is the same for every example of a pattern, so its escaped form
/// is computed once (`SystemPrompt::json`). The bytes equal serde_json's
/// compact serialization of `{"messages":[{"role":…,"content":…},…]}`.
pub(super) fn write_line(example: &Example, buf: &mut Vec<u8>) {
    buf.extend_from_slice(br#"{"messages":[{"role":"system","content":"#);
    buf.extend_from_slice(example.system.json().as_bytes());
    buf.extend_from_slice(br#"},{"role":"user","content":"#);
    serde_json::to_writer(&mut *buf, &example.user)
        .expect("serializing a string into a Vec cannot fail");
    buf.extend_from_slice(br#"},{"role":"assistant","content":"#);
    serde_json::to_writer(&mut *buf, &example.assistant)
        .expect("serializing a string into a Vec cannot fail");
    buf.extend_from_slice(b"}]}");
}

/// Reads a chat line as a conversation. Text turns of system, user and
/// assistant carry over; `weight: 1` is the default and carries over as no
/// weight. Everything else has no place in a conversation and is refused:
/// tool and function messages and calls, refusals, names, `weight: 0`,
/// content that is a list of parts, other keys on the line. A key whose
/// value is null is absent.
pub(super) fn read<'a>(
    object: &'a Map<String, Value>,
    to: Format,
) -> Result<Conversation<'a>, Refusal> {
    only_keys(object, &["messages"], to)?;
    let messages = match object.get("messages") {
        Some(Value::Array(messages)) => messages,
        _ => {
            return Err(Refusal::new(
                "missing_messages_list",
                "messages",
                "expected a list of messages",
            ));
        }
    };
    let mut turns = Vec::with_capacity(messages.len());
    for (i, message) in messages.iter().enumerate() {
        let at = format!("messages[{i}]");
        let Some(message) = message.as_object() else {
            return Err(Refusal::new("data_type", at, "expected a message object"));
        };
        let role = text(message.get("role"), &format!("{at}.role"))?;
        let role = match role {
            "system" => Role::System,
            "user" => Role::User,
            "assistant" => Role::Assistant,
            other => {
                return Err(Refusal::new(
                    "tool_use",
                    format!("{at}.role"),
                    format!(
                        "a `{other}` message (a tool's result); {to} holds text turns of system, user and assistant only"
                    ),
                ));
            }
        };
        for (key, value) in message.iter().filter(|(_, v)| !v.is_null()) {
            let at = format!("{at}.{key}");
            let (kind, what) = match key.as_str() {
                "role" | "content" => continue,
                "weight" if value.as_u64() == Some(1) => continue,
                "weight" => (
                    "weight_0",
                    format!(
                        "weight {value} (do not train on this message); {to} has no weights, so it would be trained on"
                    ),
                ),
                "tool_calls" | "function_call" => (
                    "tool_use",
                    format!("a tool call; {to} holds text turns only"),
                ),
                "tool_call_id" => (
                    "tool_use",
                    format!("the answer to a tool call; {to} holds text turns only"),
                ),
                "refusal" => (
                    "assistant_refusal",
                    format!("a refusal; {to} has no field for it"),
                ),
                "name" => (
                    "name",
                    format!("a `name` on the message; {to} has no field for it"),
                ),
                _ => (
                    "extra_key",
                    format!("`{key}` has no place in {to} lines, so it would be lost"),
                ),
            };
            return Err(Refusal::new(kind, at, what));
        }
        let content = match message.get("content") {
            Some(Value::String(content)) => content,
            Some(Value::Array(_)) => {
                return Err(Refusal::new(
                    "content_parts",
                    format!("{at}.content"),
                    format!(
                        "content is a list of parts; {to} holds plain text, so write it as one string"
                    ),
                ));
            }
            _ => {
                return Err(Refusal::new(
                    "missing_content",
                    format!("{at}.content"),
                    "expected text content",
                ));
            }
        };
        turns.push(Turn {
            role,
            text: Cow::Borrowed(content),
        });
    }
    Ok(Conversation {
        field: "messages",
        turns,
    })
}

/// Writes a conversation as serde_json's compact serialization of
/// `{"messages":[{"role":…,"content":…},…]}` would: the same bytes as
/// [`write_line`] for a generated example.
pub(super) fn write(conversation: &Conversation, buf: &mut Vec<u8>) {
    buf.extend_from_slice(br#"{"messages":["#);
    for (i, turn) in conversation.turns.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(br#"{"role":""#);
        buf.extend_from_slice(turn.role.chat_name().as_bytes());
        buf.extend_from_slice(br#"","content":"#);
        string(buf, &turn.text);
        buf.push(b'}');
    }
    buf.extend_from_slice(b"]}");
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::recipe::Family;
    use crate::render::SystemPrompt;

    #[test]
    fn hand_written_line_equals_serde_json() {
        let example = Example {
            family: Family::Base,
            system: Arc::new(SystemPrompt::new(
                "Rules:\n1. \"quote\" \\ tab\t \u{1}".into(),
            )),
            user: "naïve <b> & é".into(),
            assistant: "```tsx\n{x}\n```".into(),
        };
        let mut buf = Vec::new();
        write_line(&example, &mut buf);
        let expected = serde_json::json!({"messages": [
            {"role": "system", "content": example.system.text},
            {"role": "user", "content": example.user},
            {"role": "assistant", "content": example.assistant},
        ]});
        assert_eq!(
            String::from_utf8(buf.clone()).unwrap(),
            serde_json::to_string(&expected).unwrap()
        );

        // Read back as a conversation and written again: the same bytes.
        let object = expected.as_object().unwrap();
        let mut again = Vec::new();
        write(&read(object, Format::Sharegpt).unwrap(), &mut again);
        assert_eq!(again, buf);
    }

    #[test]
    fn what_a_conversation_cannot_carry_is_refused_with_its_path() {
        let refused = |messages: Value| {
            let object = serde_json::json!({ "messages": messages });
            let refusal = read(object.as_object().unwrap(), Format::Io).unwrap_err();
            (refusal.kind, refusal.path)
        };
        let user = serde_json::json!({"role": "user", "content": "Hi"});
        for (message, kind, path) in [
            (
                serde_json::json!({"role": "tool", "content": "{}", "tool_call_id": "c1"}),
                "tool_use",
                "messages[1].role",
            ),
            (
                serde_json::json!({"role": "assistant", "content": null, "tool_calls": []}),
                "tool_use",
                "messages[1].tool_calls",
            ),
            (
                serde_json::json!({"role": "assistant", "content": "No.", "weight": 0}),
                "weight_0",
                "messages[1].weight",
            ),
            (
                serde_json::json!({"role": "assistant", "content": null, "refusal": "No."}),
                "assistant_refusal",
                "messages[1].refusal",
            ),
            (
                serde_json::json!({"role": "assistant", "content": "Hi", "name": "bot"}),
                "name",
                "messages[1].name",
            ),
            (
                serde_json::json!({"role": "assistant", "content": [{"type": "text", "text": "Hi"}]}),
                "content_parts",
                "messages[1].content",
            ),
        ] {
            assert_eq!(
                refused(serde_json::json!([user, message])),
                (kind, path.to_string())
            );
        }
        let kept = serde_json::json!({"messages": [user, {"role": "assistant", "content": "Hello", "weight": 1, "name": null}]});
        let conversation = read(kept.as_object().unwrap(), Format::Io).unwrap();
        assert_eq!(conversation.turns.len(), 2);
        let extra = serde_json::json!({"messages": [user], "id": 7});
        assert_eq!(
            read(extra.as_object().unwrap(), Format::Io)
                .unwrap_err()
                .kind,
            "extra_key"
        );
    }
}
