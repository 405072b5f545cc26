//! Where inputs come from: a file the user named or the defaults embedded in
//! the binary. A [`Source`] keeps the text with its name so that every parse
//! error can say which file and where.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::Error;

/// The text of one input file and the name to show in errors.
#[derive(Debug, Clone)]
pub struct Source {
    /// A path, or `<embedded>/…` for the built-in defaults.
    pub name: String,
    /// The whole file.
    pub text: String,
}

impl Source {
    /// Wraps text that is already in memory.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Reads a UTF-8 file.
    pub fn read(path: &Path) -> Result<Source, Error> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = String::from_utf8(bytes).map_err(|e| Error::Input {
            file: path.display().to_string(),
            location: format!("byte {}", e.utf8_error().valid_up_to()),
            message: "the file is not valid UTF-8; save it as UTF-8".into(),
        })?;
        Ok(Source::new(path.display().to_string(), text))
    }

    /// The blake3 of the file's bytes, as recorded in the manifest.
    pub fn blake3(&self) -> String {
        blake3::hash(self.text.as_bytes()).to_hex().to_string()
    }

    /// Deserializes the text as JSON. The error names the file, the line
    /// and column, and the JSON path of the value that did not fit.
    pub fn parse_json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        if self.text.starts_with('\u{feff}') {
            return Err(self.error_at(
                "line 1, column 1",
                "the file starts with a byte-order mark; save it as UTF-8 without BOM".into(),
            ));
        }
        let mut de = serde_json::Deserializer::from_str(&self.text);
        let located = |path: String, inner: serde_json::Error| {
            // serde_path_to_error writes `?` for a segment it could not name
            // (a map key that failed to parse); show the path up to there.
            let path = path
                .split(".?")
                .next()
                .unwrap_or_default()
                .trim_start_matches('?')
                .to_string();
            let location = if path == "." || path.is_empty() {
                format!("line {}, column {}", inner.line(), inner.column())
            } else {
                format!(
                    "line {}, column {}, at `{path}`",
                    inner.line(),
                    inner.column()
                )
            };
            self.error_at(&location, strip_position(&inner.to_string()))
        };
        let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            located(path, e.into_inner())
        })?;
        de.end().map_err(|e| located(String::new(), e))?;
        Ok(value)
    }

    /// An error about a value that parsed but is not acceptable.
    pub fn invalid(&self, json_path: String, message: String) -> Error {
        self.error_at(&format!("at `{json_path}`"), message)
    }

    fn error_at(&self, location: &str, message: String) -> Error {
        Error::Input {
            file: self.name.clone(),
            location: location.into(),
            message,
        }
    }

    /// The directory the file is in, if it came from disk.
    pub fn dir(&self) -> Option<PathBuf> {
        if self.name.starts_with("<embedded>") {
            return None;
        }
        Path::new(&self.name).parent().map(Path::to_path_buf)
    }
}

/// serde_json appends " at line L column C"; we print the location ourselves.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}
