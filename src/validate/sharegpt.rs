//! ShareGPT: `conversations`, a non-empty list of turns `{"from", "value"}`;
//! `from` is `system`, `human` or `gpt` (or `function_call`, `observation`
//! for tool use), `value` a non-empty string, and at least one turn is the
//! model's (`gpt`).

use serde_json::{Map, Value};

use super::Found;
use super::duplicates::Exchange;
use super::io::{Need, text_field};
use super::line::kind;
use super::report::Check;

const ROLES: &[&str] = &["system", "human", "gpt", "function_call", "observation"];

/// Checks one ShareGPT line.
pub(super) fn check(object: &Map<String, Value>, found: &mut Vec<Found>) {
    let turns = match object.get("conversations") {
        Some(Value::Array(turns)) if !turns.is_empty() => turns,
        None => {
            return found.push(Found::new(
                Check::MissingField,
                "conversations",
                "`conversations` is missing".into(),
            ));
        }
        Some(Value::Array(_)) => {
            return found.push(Found::new(
                Check::EmptyField,
                "conversations",
                "`conversations` is empty; give the conversation's turns".into(),
            ));
        }
        Some(other) => {
            return found.push(Found::new(
                Check::FieldType,
                "conversations",
                format!(
                    "`conversations` is {}, expected a list of turns",
                    kind(other)
                ),
            ));
        }
    };
    for (i, turn) in turns.iter().enumerate() {
        let at = format!("conversations[{i}]");
        let Value::Object(turn) = turn else {
            found.push(Found::new(
                Check::DataType,
                &at,
                format!("the turn is {}, expected an object", kind(turn)),
            ));
            continue;
        };
        text_field(turn, &at, "from", Need::Text, found);
        if let Some(Value::String(from)) = turn.get("from")
            && !from.trim().is_empty()
            && !ROLES.contains(&from.as_str())
        {
            found.push(Found::new(
                Check::UnrecognizedRole,
                &format!("{at}.from"),
                format!("`from` is \"{from}\", not one of {}", ROLES.join(", ")),
            ));
        }
        text_field(turn, &at, "value", Need::Text, found);
    }
    if !turns.iter().any(|t| from(t) == Some("gpt")) {
        found.push(Found::new(
            Check::ExampleMissingAssistantMessage,
            "conversations",
            "no `gpt` turn; an example trains on the model's turns, so add one".into(),
        ));
    }
}

fn from(turn: &Value) -> Option<&str> {
    turn.get("from").and_then(Value::as_str)
}

/// The answer is the last `gpt` turn and what follows it.
pub(super) fn exchange(object: &Map<String, Value>) -> Option<Exchange> {
    let turns = object.get("conversations")?.as_array()?;
    let at = turns.iter().rposition(|t| from(t) == Some("gpt"))?;
    Some(Exchange::Split {
        field: "conversations",
        at,
    })
}
