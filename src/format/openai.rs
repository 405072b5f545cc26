//! OpenAI chat fine-tuning format: `{"messages":[{"role":…,"content":…},…]}`.

use serde::Serialize;

use crate::render::{Example, ROLES};

#[derive(Serialize)]
struct Line<'a> {
    messages: [Message<'a>; 3],
}

#[derive(Serialize)]
struct Message<'a> {
    role: &'a str,
    content: &'a str,
}

pub(super) fn write_line(example: &Example, buf: &mut Vec<u8>) {
    let contents = example.messages();
    let messages = std::array::from_fn(|i| Message {
        role: ROLES[i],
        content: contents[i],
    });
    serde_json::to_writer(buf, &Line { messages })
        .expect("serializing strings into a Vec cannot fail");
}
