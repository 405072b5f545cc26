//! Alpaca: `instruction` and `output` are non-empty strings; `input`, the
//! optional context, is a string (often empty) when present.

use serde_json::{Map, Value};

use super::Found;
use super::duplicates::Exchange;
use super::io::{Need, text_field};

/// Checks one Alpaca line.
pub(super) fn check(object: &Map<String, Value>, found: &mut Vec<Found>) {
    text_field(object, "", "instruction", Need::Text, found);
    text_field(object, "", "input", Need::Optional, found);
    text_field(object, "", "output", Need::Text, found);
}

/// Instruction and input are the prompt, the output the answer.
pub(super) const EXCHANGE: Exchange = Exchange::Fields {
    prompt: &["instruction", "input"],
    answer: &["output"],
};
