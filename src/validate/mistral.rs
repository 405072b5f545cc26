//! Mistral fine-tuning rules: the chat message checks of [`super::openai`]
//! with Mistral's roles (`system`, `user`, `assistant`, `tool`) and keys,
//! plus the order Mistral requires: at most one system message, and only
//! first; the conversation ends with the assistant.

use serde_json::{Map, Value};

use super::Found;
use super::openai::{self, Rules, role};
use super::report::Check;

const RULES: Rules = Rules {
    roles: &["system", "user", "assistant", "tool"],
    keys: &[
        "role",
        "content",
        "name",
        "weight",
        "tool_calls",
        "tool_call_id",
    ],
};

/// Checks one line under Mistral's rules.
pub(super) fn check(object: &Map<String, Value>, found: &mut Vec<Found>) {
    let Some(messages) = openai::check_messages(object, &RULES, found) else {
        return;
    };
    for (i, m) in messages.iter().enumerate().skip(1) {
        if role(m) == Some("system") {
            found.push(Found::new(
                Check::MisplacedSystemMessage,
                &format!("messages[{i}].role"),
                format!(
                    "a system message in position {}; Mistral takes at most one system message, as the first message",
                    i + 1
                ),
            ));
        }
    }
    let has_assistant = messages.iter().any(|m| role(m) == Some("assistant"));
    let last = messages.len() - 1;
    let last_role = role(&messages[last]);
    // Without any assistant message, `example_missing_assistant_message`
    // has said it already.
    if has_assistant && last_role != Some("assistant") {
        found.push(Found::new(
            Check::LastMessageNotAssistant,
            &format!("messages[{last}]"),
            format!(
                "the conversation ends with {}; Mistral needs the last message to be the assistant's",
                last_role.map_or("a message without a role".to_string(), |r| format!("a `{r}` message"))
            ),
        ));
    }
}
