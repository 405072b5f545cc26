//! The conversation: what every line format can hold. It is text turns,
//! each spoken by the system, the user or the assistant, in order.
//! `convert` reads a line into one ([`crate::format::read`]) and writes it
//! in another format ([`crate::format::write`]); a line that holds more
//! (tool calls, names, `weight: 0`, content parts, other keys) is refused by
//! the reader rather than cut down to fit.
//!
//! Turns borrow their text from the parsed line; only a text that `convert`
//! joins (a system message prefixed to the input, Alpaca's instruction and
//! input) is owned.

use std::borrow::Cow;

/// What joins two texts into one turn: a blank line. Alpaca's instruction
/// and input become one user turn this way, and so do a system message and
/// the user's request under `convert --system prefix`.
pub const JOIN: &str = "\n\n";

/// Who speaks a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Instructions for the model (a system message; ShareGPT `system`).
    System,
    /// The user (ShareGPT `human`; io `input`; Alpaca `instruction`).
    User,
    /// The model's answer (ShareGPT `gpt`; io and Alpaca `output`).
    Assistant,
}

impl Role {
    /// The role's name in OpenAI and Mistral messages.
    pub fn chat_name(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// One turn of a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn<'a> {
    /// Who speaks.
    pub role: Role,
    /// What is said.
    pub text: Cow<'a, str>,
}

/// The turns of one example, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation<'a> {
    /// The line's list of turns (`messages`, `conversations`), to name a
    /// turn in messages; empty for formats that have fields instead.
    pub field: &'static str,
    /// The turns.
    pub turns: Vec<Turn<'a>>,
}

impl Conversation<'_> {
    /// The JSON path of turn `i` in the line it was read from, or of the
    /// whole list when `i` is `None`.
    pub fn path(&self, i: Option<usize>) -> String {
        match i {
            Some(i) if !self.field.is_empty() => format!("{}[{i}]", self.field),
            _ => self.field.to_string(),
        }
    }

    /// How many turns `role` speaks.
    pub fn count(&self, role: Role) -> usize {
        self.turns.iter().filter(|t| t.role == role).count()
    }
}
