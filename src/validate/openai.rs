//! OpenAI chat fine-tuning rules: the format checks of OpenAI's cookbook
//! ("Data preparation and analysis for chat model fine-tuning"), under its
//! names, brought up to today's format:
//!
//! - roles `system`, `user`, `assistant`, `tool`, and `function` for legacy
//!   data; message keys `role`, `content`, `name`, `weight`, `tool_calls`,
//!   `tool_call_id`, `function_call`, `refusal`;
//! - an assistant message that calls a tool or a function, or refuses, may
//!   leave `content` out or null; content may also be a list of parts
//!   (`{"type":"text","text":…}`, images);
//! - `weight` is 0 or 1, and only on assistant messages.
//!
//! A message missing both `role` and `content` is one finding, as in the
//! cookbook; a missing key is not reported again as an unrecognized role or
//! missing content. An example may hold at most the chosen model's tokens
//! per training example, counted as [`crate::tokens`] counts them; fewer
//! than 10 examples is a dataset-level warning.
//! Mistral's rules ([`super::mistral`]) reuse the message checks here with
//! their own roles and keys.

use serde_json::{Map, Value};

use super::duplicates::Exchange;
use super::line::kind;
use super::report::Check;
use super::{Found, path};
use crate::dataset::Format;
use crate::model::Model;
use crate::tokens::{self, Counter};

/// The roles and message keys a chat format accepts.
pub(super) struct Rules {
    pub roles: &'static [&'static str],
    pub keys: &'static [&'static str],
}

const RULES: Rules = Rules {
    roles: &["system", "user", "assistant", "tool", "function"],
    keys: &[
        "role",
        "content",
        "name",
        "weight",
        "tool_calls",
        "tool_call_id",
        "function_call",
        "refusal",
    ],
};

/// OpenAI needs at least this many examples to start a job.
pub(super) const MIN_EXAMPLES: u64 = 10;

/// Checks one line under OpenAI's rules.
pub(super) fn check(object: &Map<String, Value>, found: &mut Vec<Found>) {
    check_messages(object, &RULES, found);
}

/// Checks that a valid line's tokens stay within `model`'s limit per
/// training example. Most examples are far shorter than the limit in bytes,
/// which bounds their tokens, so only the few that are not get tokenized.
pub(super) fn check_tokens(object: &Map<String, Value>, model: &Model, found: &mut Vec<Found>) {
    let limit = u64::from(model.example_limit);
    if tokens::bound(Format::Openai, object).is_none_or(|bytes| bytes <= limit) {
        return;
    }
    let Some(count) = Counter::new(model.encoding).count(Format::Openai, object) else {
        return;
    };
    if count.total > limit {
        found.push(Found::new(
            Check::TooManyTokens,
            "messages",
            format!(
                "{} tokens ({}, counted as OpenAI's cookbook does); {} takes at most {limit} per training example, so shorten or split it",
                count.total,
                model.encoding.name(),
                model.model
            ),
        ));
    }
}

/// Checks `messages` and each message under `rules`; returns the messages
/// when they are a non-empty list.
pub(super) fn check_messages<'a>(
    object: &'a Map<String, Value>,
    rules: &Rules,
    found: &mut Vec<Found>,
) -> Option<&'a [Value]> {
    let messages = match object.get("messages") {
        Some(Value::Array(m)) if !m.is_empty() => m,
        other => {
            let message = match other {
                None => "the line has no `messages`; a chat example is {\"messages\": [{\"role\": …, \"content\": …}, …]}".to_string(),
                Some(Value::Array(_)) => "`messages` is empty; give the conversation's messages".to_string(),
                Some(v) => format!("`messages` is {}, expected a list of messages", kind(v)),
            };
            found.push(Found::new(Check::MissingMessagesList, "messages", message));
            return None;
        }
    };
    for (i, message) in messages.iter().enumerate() {
        let at = format!("messages[{i}]");
        match message {
            Value::Object(m) => check_message(m, &at, rules, found),
            other => found.push(Found::new(
                Check::DataType,
                &at,
                format!("the message is {}, expected an object", kind(other)),
            )),
        }
    }
    if !messages.iter().any(|m| role(m) == Some("assistant")) {
        found.push(Found::new(
            Check::ExampleMissingAssistantMessage,
            "messages",
            "no assistant message; an example trains on its assistant messages, so add one".into(),
        ));
    }
    Some(messages)
}

fn check_message(m: &Map<String, Value>, at: &str, rules: &Rules, found: &mut Vec<Found>) {
    let role_value = m.get("role");
    let is_assistant = role_value.and_then(Value::as_str) == Some("assistant");
    let present = |k: &str| m.get(k).is_some_and(|v| !v.is_null());
    // A tool call, function call or refusal is the assistant's answer; its
    // content may be null or absent.
    let answers_otherwise =
        is_assistant && (present("tool_calls") || present("function_call") || present("refusal"));

    let mut missing = Vec::new();
    if role_value.is_none() {
        missing.push("`role`");
    }
    if !m.contains_key("content") && !answers_otherwise {
        missing.push("`content`");
    }
    if !missing.is_empty() {
        found.push(Found::new(
            Check::MessageMissingKey,
            at,
            format!("the message has no {}", missing.join(" and no ")),
        ));
    }
    for key in m.keys().filter(|k| !rules.keys.contains(&k.as_str())) {
        found.push(Found::new(
            Check::MessageUnrecognizedKey,
            &path::child(at, key),
            format!(
                "unrecognized message key; a message has {}",
                rules.keys.join(", ")
            ),
        ));
    }
    if let Some(role) = role_value
        && !role.as_str().is_some_and(|r| rules.roles.contains(&r))
    {
        found.push(Found::new(
            Check::UnrecognizedRole,
            &format!("{at}.role"),
            format!("role {role} is not one of {}", rules.roles.join(", ")),
        ));
    }
    if let Some(content) = m.get("content") {
        check_content(content, &format!("{at}.content"), answers_otherwise, found);
    }
    if let Some(weight) = m.get("weight") {
        let at = format!("{at}.weight");
        if !matches!(weight.as_u64(), Some(0 | 1)) {
            found.push(Found::new(
                Check::InvalidWeight,
                &at,
                format!("weight is {weight}; it must be 0 (do not train on this message) or 1"),
            ));
        }
        if !is_assistant {
            found.push(Found::new(
                Check::WeightOnNonAssistant,
                &at,
                "only assistant messages carry a weight; remove it here".into(),
            ));
        }
    }
}

fn check_content(content: &Value, at: &str, may_be_null: bool, found: &mut Vec<Found>) {
    let problem = match content {
        Value::Null if may_be_null => None,
        Value::String(s) if s.trim().is_empty() && !may_be_null => Some(if s.is_empty() {
            "content is empty".to_string()
        } else {
            "content holds only whitespace".to_string()
        }),
        Value::String(_) => None,
        Value::Array(parts) if parts.is_empty() => Some("content is an empty list of parts".into()),
        Value::Array(parts) => {
            for (i, part) in parts.iter().enumerate() {
                if let Some(problem) = part_problem(part) {
                    found.push(Found::new(
                        Check::MissingContent,
                        &format!("{at}[{i}]"),
                        problem,
                    ));
                }
            }
            None
        }
        other => Some(format!("content is {}, expected text", kind(other))),
    };
    if let Some(problem) = problem {
        found.push(Found::new(Check::MissingContent, at, problem));
    }
}

/// What is wrong with one part of a list content, if anything.
fn part_problem(part: &Value) -> Option<String> {
    let Some(ty) = part.get("type").and_then(Value::as_str) else {
        return Some("a content part needs a `type` (`text`, `image_url`)".into());
    };
    match (ty, part.get("text")) {
        ("text", Some(Value::String(s))) if !s.trim().is_empty() => None,
        ("text", _) => Some("a text part needs a non-empty `text`".into()),
        _ => None,
    }
}

/// The role of a message, when it has a text one.
pub(super) fn role(message: &Value) -> Option<&str> {
    message.get("role").and_then(Value::as_str)
}

/// Prompt and answer of a chat example: the answer is the last assistant
/// message and what follows it.
pub(super) fn exchange(object: &Map<String, Value>) -> Option<Exchange> {
    let messages = object.get("messages")?.as_array()?;
    let at = messages
        .iter()
        .rposition(|m| role(m) == Some("assistant"))?;
    Some(Exchange::Split {
        field: "messages",
        at,
    })
}
