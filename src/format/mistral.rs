//! Mistral fine-tuning format: OpenAI's line shape, under Mistral's order:
//! at most one system message, and only first; the conversation ends with
//! the assistant.

use super::openai;
use crate::conversation::{Conversation, Role};
use crate::refusal::Refusal;

/// Writes a conversation that keeps Mistral's order as an OpenAI-shaped line.
pub(super) fn write(conversation: &Conversation, buf: &mut Vec<u8>) -> Result<(), Refusal> {
    let turns = &conversation.turns;
    if let Some(i) = turns.iter().skip(1).position(|t| t.role == Role::System) {
        return Err(Refusal::new(
            "misplaced_system_message",
            conversation.path(Some(i + 1)),
            format!(
                "a system message in position {}; Mistral takes at most one system message, as the first message",
                i + 2
            ),
        ));
    }
    if let Some(last) = turns.last()
        && last.role != Role::Assistant
    {
        return Err(Refusal::new(
            "last_message_not_assistant",
            conversation.path(Some(turns.len() - 1)),
            format!(
                "the conversation ends with a {} turn; Mistral needs the last message to be the assistant's",
                last.role.chat_name()
            ),
        ));
    }
    openai::write(conversation, buf);
    Ok(())
}
