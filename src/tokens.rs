//! Tokens per example, counted as OpenAI's cookbook counts them
//! ("Data preparation and analysis for chat model fine-tuning",
//! `num_tokens_from_messages`): every message costs 3 tokens plus the
//! tokens of each of its values (the role's included), a `name` 1 more, and
//! the reply is primed with 3. Text is tokenized with the model's encoding
//! ([`Encoding`]), embedded in the binary.
//!
//! What counts as a message's values, for today's chat format:
//!
//! - text values (`role`, `content`, `name`, `refusal`, `tool_call_id`)
//!   are tokenized as they are;
//! - content given as a list of parts counts the `text` of its text parts
//!   (images are priced by OpenAI another way and count 0 here);
//! - `tool_calls` and `function_call` count their compact JSON text, an
//!   estimate: OpenAI renders calls its own way;
//! - `weight` counts nothing: it tells the trainer what to learn, the model
//!   never reads it; a null value counts nothing.
//!
//! The other line formats count as the OpenAI chat example they would
//! become, as `convert` makes it: io is a user message (`input`) and an
//! assistant message (`output`); Alpaca the same with the user message
//! `instruction`, then a blank line ([`JOIN`]) and `input` when `input` is
//! not empty; ShareGPT turns are messages whose `from` becomes the role
//! (`human` → user, `gpt` → assistant, `system` → system, and the tool
//! turns `convert` refuses: `function_call` → assistant, `observation` →
//! tool; other names are kept as they are).
//!
//! Lines come in as parsed JSON objects; a line whose shape is not its
//! format's (no `messages` list, a message that is not an object, a text
//! field that is not text) has no count, and it is left to `validate` to
//! say why. [`bound`] gives a cheap upper bound on the count, for checks
//! that only need to know an example stays under a limit.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::conversation::JOIN;
use crate::dataset::Format;

/// Tokens every message costs besides its values.
pub const PER_MESSAGE: u64 = 3;
/// Tokens a `name` costs besides its value.
pub const PER_NAME: u64 = 1;
/// Tokens that prime the reply, once per example.
pub const REPLY: u64 = 3;

/// A tokenizer's vocabulary and splitting rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Encoding {
    /// The gpt-4o family (gpt-4o, gpt-4o-mini, gpt-4.1*).
    #[serde(rename = "o200k_base")]
    O200kBase,
    /// gpt-3.5-turbo and gpt-4.
    #[serde(rename = "cl100k_base")]
    Cl100kBase,
}

impl Encoding {
    /// `o200k_base` or `cl100k_base`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::O200kBase => "o200k_base",
            Encoding::Cl100kBase => "cl100k_base",
        }
    }

    /// Tokens of `text`, as OpenAI's `tiktoken` would encode it (special
    /// tokens are plain text here, as in the cookbook's fine-tuning data).
    pub fn count(self, text: &str) -> u64 {
        // The tokenizer is deserialized on first use (tens of ms), so a
        // command that never needs exact counts never pays for it.
        let tokenizer = match self {
            Encoding::O200kBase => bpe_openai::o200k_base(),
            Encoding::Cl100kBase => bpe_openai::cl100k_base(),
        };
        tokenizer.count(text) as u64
    }
}

/// A role, for per-role figures; the roles of OpenAI chat and the ones
/// other formats map to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// `system`.
    System,
    /// `user`.
    User,
    /// `assistant`.
    Assistant,
    /// `tool`.
    Tool,
    /// `function` (legacy).
    Function,
    /// Any other role, or none.
    Other,
}

impl Role {
    /// Every role, in report order.
    pub const ALL: [Role; 6] = [
        Role::System,
        Role::User,
        Role::Assistant,
        Role::Tool,
        Role::Function,
        Role::Other,
    ];

    /// The role's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
            Role::Tool => "tool",
            Role::Function => "function",
            Role::Other => "other",
        }
    }

    fn of(name: &str) -> Role {
        match name {
            "system" => Role::System,
            "user" => Role::User,
            "assistant" => Role::Assistant,
            "tool" => Role::Tool,
            "function" => Role::Function,
            _ => Role::Other,
        }
    }
}

/// The tokens of one example.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    /// Everything, overheads included: what a training pass reads.
    pub total: u64,
    /// Each message's role and the tokens of its content alone.
    pub messages: Vec<(Role, u64)>,
}

/// Counts examples with one encoding. Each worker thread owns one: it
/// remembers the counts of system prompts and roles, which most datasets
/// repeat on every line, so each distinct one is tokenized once.
#[derive(Debug)]
pub struct Counter {
    encoding: Encoding,
    memo: HashMap<Box<str>, u64>,
}

/// Distinct texts a counter remembers before it starts over: a few system
/// prompts and roles, not a copy of the dataset.
const MEMO: usize = 256;

impl Counter {
    /// A counter for `encoding`.
    pub fn new(encoding: Encoding) -> Counter {
        Counter {
            encoding,
            memo: HashMap::new(),
        }
    }

    /// The tokens of one line of `format`, or `None` when the line does not
    /// have its format's shape.
    pub fn count(&mut self, format: Format, object: &Map<String, Value>) -> Option<Tokens> {
        let mut tokens = Tokens::default();
        tokens.total = walk(format, object, self, Some(&mut tokens.messages))?;
        Some(tokens)
    }
}

/// An upper bound on the tokens of one line of `format`, without
/// tokenizing: every token stands for at least one byte, so a text has at
/// most as many tokens as bytes. `None` when the line does not have its
/// format's shape.
pub fn bound(format: Format, object: &Map<String, Value>) -> Option<u64> {
    walk(format, object, &mut Bytes, None)
}

/// How long a text is: in tokens ([`Counter`]) or in bytes ([`Bytes`]).
trait Measure {
    /// The length of `text`; `repeated` marks texts worth remembering.
    fn text(&mut self, text: &str, repeated: bool) -> u64;
}

impl Measure for Counter {
    fn text(&mut self, text: &str, repeated: bool) -> u64 {
        if !repeated {
            return self.encoding.count(text);
        }
        if let Some(&n) = self.memo.get(text) {
            return n;
        }
        let n = self.encoding.count(text);
        if self.memo.len() == MEMO {
            self.memo.clear();
        }
        self.memo.insert(text.into(), n);
        n
    }
}

struct Bytes;

impl Measure for Bytes {
    fn text(&mut self, text: &str, _: bool) -> u64 {
        text.len() as u64
    }
}

/// Measures a line of `format` as the OpenAI chat example it is or would
/// become; records each message's role and content length in `messages`.
fn walk(
    format: Format,
    object: &Map<String, Value>,
    m: &mut impl Measure,
    mut messages: Option<&mut Vec<(Role, u64)>>,
) -> Option<u64> {
    let mut record = |role: Role, content: u64| {
        if let Some(messages) = messages.as_deref_mut() {
            messages.push((role, content));
        }
    };
    let total = match format {
        Format::Openai | Format::Mistral => {
            let mut total = 0;
            for message in object.get("messages")?.as_array()? {
                let (all, role, content) = chat_message(message.as_object()?, m)?;
                record(role, content);
                total += all;
            }
            total
        }
        Format::Io | Format::Alpaca => {
            let output = object.get("output")?.as_str()?;
            let prompt = match format {
                Format::Io => m.text(object.get("input")?.as_str()?, false),
                _ => {
                    let instruction = object.get("instruction")?.as_str()?;
                    match object.get("input") {
                        None | Some(Value::Null) => m.text(instruction, false),
                        Some(input) => match input.as_str()? {
                            "" => m.text(instruction, false),
                            input => m.text(&format!("{instruction}{JOIN}{input}"), false),
                        },
                    }
                }
            };
            let answer = m.text(output, false);
            record(Role::User, prompt);
            record(Role::Assistant, answer);
            2 * PER_MESSAGE + m.text("user", true) + prompt + m.text("assistant", true) + answer
        }
        Format::Sharegpt => {
            let mut total = 0;
            for turn in object.get("conversations")?.as_array()? {
                let from = turn.get("from")?.as_str()?;
                let role = match from {
                    "human" | "user" => "user",
                    "gpt" | "assistant" | "function_call" => "assistant",
                    "observation" | "tool" => "tool",
                    other => other,
                };
                let content = m.text(turn.get("value")?.as_str()?, role == "system");
                record(Role::of(role), content);
                total += PER_MESSAGE + m.text(role, true) + content;
            }
            total
        }
    };
    Some(total + REPLY)
}

/// One chat message: (all its tokens, its role, its content's tokens).
fn chat_message(message: &Map<String, Value>, m: &mut impl Measure) -> Option<(u64, Role, u64)> {
    let role = message.get("role").and_then(Value::as_str);
    let system = role == Some("system");
    let mut total = PER_MESSAGE;
    let mut content = 0;
    for (key, value) in message {
        match (key.as_str(), value) {
            ("weight", _) | (_, Value::Null) => {}
            ("content", Value::String(text)) => content = m.text(text, system),
            ("content", Value::Array(parts)) => {
                for part in parts {
                    if part.get("type").and_then(Value::as_str) == Some("text") {
                        content += m.text(part.get("text")?.as_str()?, system);
                    }
                }
            }
            ("content", _) => return None,
            ("role", Value::String(role)) => total += m.text(role, true),
            ("name", Value::String(name)) => total += m.text(name, true) + PER_NAME,
            (_, Value::String(text)) => total += m.text(text, false),
            (_, other) => total += m.text(&other.to_string(), false),
        }
    }
    Some((total + content, role.map_or(Role::Other, Role::of), content))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(json: &str) -> Map<String, Value> {
        serde_json::from_str(json).unwrap()
    }

    /// Counts with a measure where every text is one token, so each
    /// overhead shows.
    struct One;

    impl Measure for One {
        fn text(&mut self, _: &str, _: bool) -> u64 {
            1
        }
    }

    fn overheads(format: Format, json: &str) -> Option<u64> {
        walk(format, &object(json), &mut One, None)
    }

    #[test]
    fn overheads_are_the_cookbooks() {
        let cases = [
            // 2 messages × (3 + role + content) + 3.
            (
                Format::Openai,
                r#"{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]}"#,
                Some(2 * 5 + 3),
            ),
            // A name costs its text and 1 more; weight and null cost nothing.
            (
                Format::Openai,
                r#"{"messages":[{"role":"user","content":"a","name":"ada"},{"role":"assistant","content":null,"tool_calls":[{"id":"c"}],"weight":0}]}"#,
                Some((3 + 1 + 1 + 2) + (3 + 1 + 1) + 3),
            ),
            // Text parts count, images do not.
            (
                Format::Mistral,
                r#"{"messages":[{"role":"user","content":[{"type":"text","text":"a"},{"type":"image_url","image_url":{"url":"x"}},{"type":"text","text":"b"}]}]}"#,
                Some(3 + 1 + 2 + 3),
            ),
            (Format::Io, r#"{"input":"a","output":"b"}"#, Some(2 * 5 + 3)),
            (
                Format::Alpaca,
                r#"{"instruction":"a","input":"b","output":"c"}"#,
                Some(2 * 5 + 3),
            ),
            (
                Format::Sharegpt,
                r#"{"conversations":[{"from":"system","value":"s"},{"from":"human","value":"a"},{"from":"gpt","value":"b"}]}"#,
                Some(3 * 5 + 3),
            ),
            (Format::Openai, r#"{"messages":"hi"}"#, None),
            (Format::Openai, r#"{"messages":[1]}"#, None),
            (
                Format::Openai,
                r#"{"messages":[{"role":"user","content":5}]}"#,
                None,
            ),
            (Format::Io, r#"{"input":"a"}"#, None),
            (
                Format::Sharegpt,
                r#"{"conversations":[{"from":"human"}]}"#,
                None,
            ),
        ];
        for (format, json, want) in cases {
            assert_eq!(overheads(format, json), want, "{json}");
        }
    }

    #[test]
    fn the_bound_is_never_below_the_count() {
        let lines = [
            r#"{"messages":[{"role":"system","content":"Be terse."},{"role":"user","content":"héllo wörld 你好 👋🏽"},{"role":"assistant","content":"   \n\n  spaces  "}]}"#,
            r#"{"messages":[{"role":"user","content":"x","name":"a"},{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]}]}"#,
        ];
        for line in lines {
            let object = object(line);
            for encoding in [Encoding::O200kBase, Encoding::Cl100kBase] {
                let count = Counter::new(encoding)
                    .count(Format::Openai, &object)
                    .unwrap();
                assert!(
                    count.total <= bound(Format::Openai, &object).unwrap(),
                    "{line}"
                );
            }
        }
    }

    #[test]
    fn remembered_counts_equal_fresh_ones() {
        let line = object(
            r#"{"messages":[{"role":"system","content":"You are a careful assistant."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}]}"#,
        );
        let mut counter = Counter::new(Encoding::O200kBase);
        let first = counter.count(Format::Openai, &line).unwrap();
        for _ in 0..MEMO + 1 {
            counter.text(&format!("{}", counter.memo.len()), true);
        }
        let again = counter.count(Format::Openai, &line).unwrap();
        assert_eq!(first, again);
        assert_eq!(
            first.messages.iter().map(|(r, _)| *r).collect::<Vec<_>>(),
            [Role::System, Role::User, Role::Assistant]
        );
    }
}
