//! Input/output pairs, the `prepare-dataset` scripts' format: `input` and
//! `output`, both non-empty strings. The field check here is shared by the
//! other field-based formats (Alpaca, ShareGPT turns).

use serde_json::{Map, Value};

use super::duplicates::Exchange;
use super::line::kind;
use super::report::Check;
use super::{Found, path};

/// What a text field must be.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    /// Present, a string, not blank.
    Text,
    /// A string, possibly empty, when present.
    Optional,
}

/// Checks one line of input/output pairs.
pub(super) fn check(object: &Map<String, Value>, found: &mut Vec<Found>) {
    text_field(object, "", "input", Need::Text, found);
    text_field(object, "", "output", Need::Text, found);
}

/// Checks the field `key` of `object` (found at `parent`) against `need`.
pub(super) fn text_field(
    object: &Map<String, Value>,
    parent: &str,
    key: &str,
    need: Need,
    found: &mut Vec<Found>,
) {
    let at = path::child(parent, key);
    match (object.get(key), need) {
        (None, Need::Optional) => {}
        (None, Need::Text) => found.push(Found::new(
            Check::MissingField,
            &at,
            format!("`{key}` is missing"),
        )),
        (Some(Value::String(s)), Need::Text) if s.trim().is_empty() => found.push(Found::new(
            Check::EmptyField,
            &at,
            format!(
                "`{key}` is {}",
                if s.is_empty() {
                    "empty"
                } else {
                    "only whitespace"
                }
            ),
        )),
        (Some(Value::String(_)), _) => {}
        (Some(other), _) => found.push(Found::new(
            Check::FieldType,
            &at,
            format!("`{key}` is {}, expected a string", kind(other)),
        )),
    }
}

/// The input is the prompt, the output the answer.
pub(super) const EXCHANGE: Exchange = Exchange::Fields {
    prompt: &["input"],
    answer: &["output"],
};
