//! Output formats: an [`Example`] encoded as one JSONL line. One file per
//! format; each appends to a caller-owned buffer, so the hot path reuses it.

mod openai;

use crate::recipe::Format;
use crate::render::Example;

/// Appends `example` as one line (with its trailing newline) to `buf`.
pub fn write_line(format: Format, example: &Example, buf: &mut Vec<u8>) {
    match format {
        Format::Openai => openai::write_line(example, buf),
    }
    buf.push(b'\n');
}
