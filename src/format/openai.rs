//! OpenAI chat fine-tuning format: `{"messages":[{"role":…,"content":…},…]}`.

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
            String::from_utf8(buf).unwrap(),
            serde_json::to_string(&expected).unwrap()
        );
    }
}
