//! What `validate` found: every check by name, the findings (line, JSON path,
//! message) and the report grouped by check with a count and the first
//! locations of each. Findings are data, not errors: the caller decides what
//! they mean (the CLI exits 1 when there is an error).

use serde::{Serialize, Serializer};

use crate::dataset::Format;

/// Whether a finding makes the dataset invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The dataset should not be used as it is.
    Error,
    /// Worth a look; the dataset can be used.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

// One list keeps each check's report name and severity beside its variant,
// so adding a check cannot leave a `match` behind.
macro_rules! checks {
    ($($(#[$doc:meta])* $variant:ident = $name:literal $severity:ident,)*) => {
        /// A kind of finding. Its name is what reports show.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Check {
            $($(#[$doc])* $variant,)*
        }

        impl Check {
            /// The check's name, e.g. `missing_content`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Check::$variant => $name,)*
                }
            }

            /// Whether the check finds errors or warnings.
            pub fn severity(self) -> Severity {
                match self {
                    $(Check::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

checks! {
    // Every format.
    /// A file that starts with a UTF-8 byte-order mark.
    Bom = "bom" Error,
    /// An empty or whitespace-only line.
    BlankLine = "blank_line" Error,
    /// A line that is not valid UTF-8.
    InvalidUtf8 = "invalid_utf8" Error,
    /// A line that is not one JSON value.
    InvalidJson = "invalid_json" Error,
    /// An object with the same key twice (JSON readers keep only the last).
    DuplicateKey = "duplicate_key" Error,
    /// A line, message or turn that is not a JSON object (the cookbook's name).
    DataType = "data_type" Error,
    // OpenAI and Mistral chat (the names of OpenAI's cookbook).
    /// No `messages`, or not a non-empty list.
    MissingMessagesList = "missing_messages_list" Error,
    /// A message without `role` or `content`.
    MessageMissingKey = "message_missing_key" Error,
    /// A message key the format does not know.
    MessageUnrecognizedKey = "message_unrecognized_key" Error,
    /// A role (or ShareGPT `from`) the format does not know.
    UnrecognizedRole = "unrecognized_role" Error,
    /// Content that is empty, null or not text.
    MissingContent = "missing_content" Error,
    /// An example without an assistant message (ShareGPT: `gpt` turn).
    ExampleMissingAssistantMessage = "example_missing_assistant_message" Error,
    /// A `weight` other than 0 or 1.
    InvalidWeight = "invalid_weight" Error,
    /// A `weight` on a message that is not the assistant's.
    WeightOnNonAssistant = "weight_on_non_assistant" Error,
    /// Mistral: a system message that is not the first message.
    MisplacedSystemMessage = "misplaced_system_message" Error,
    /// Mistral: a conversation that does not end with the assistant.
    LastMessageNotAssistant = "last_message_not_assistant" Error,
    /// OpenAI: an example with more tokens than the model takes.
    TooManyTokens = "too_many_tokens" Error,
    /// OpenAI: fewer than 10 examples, which OpenAI refuses to train on.
    TooFewExamples = "too_few_examples" Warning,
    // io, Alpaca, ShareGPT.
    /// A required field is absent.
    MissingField = "missing_field" Error,
    /// A field of the wrong JSON type.
    FieldType = "field_type" Error,
    /// A text field that is empty.
    EmptyField = "empty_field" Error,
    // Leaks.
    /// Template syntax left in the text: `{{x}}`, `{{{x}}}`, `{% … %}`.
    TemplateLeak = "template_leak" Error,
    /// A missing value rendered as text: `undefined`, `None`, `null`, `NaN`,
    /// `[object Object]` as a whole value or after a label.
    MissingValueLeak = "missing_value_leak" Error,
    // Duplicates.
    /// A line identical to an earlier one.
    Duplicate = "duplicate" Error,
    /// A line equal to an earlier one once whitespace and case are normalised.
    NearDuplicate = "near_duplicate" Error,
    /// A prompt seen earlier with a different answer.
    ConflictingAnswer = "conflicting_answer" Warning,
    // Uniform schema.
    /// Keys or types that differ from the first valid line's.
    SchemaMismatch = "schema_mismatch" Error,
    // Structure rules (`--structure`).
    /// An answer or question that breaks the chosen structure rule.
    Structure = "structure" Error,
}

impl Serialize for Check {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A line of the dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// The file, as named in the dataset's file list.
    pub file: String,
    /// 1-based line number in the file.
    pub line: u64,
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What was checked.
    pub check: Check,
    /// The line; absent when the finding is about the whole dataset.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// JSON path inside the line (`messages[2].content`); empty for the
    /// line as a whole.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
    /// What is wrong and how to fix it.
    pub message: String,
    /// The earlier line this one repeats or differs from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<Location>,
}

/// The findings of one check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// The check.
    pub check: Check,
    /// Error or warning.
    pub severity: Severity,
    /// How many findings there are.
    pub count: u64,
    /// The first findings, in file and line order, up to the report's limit.
    pub findings: Vec<Finding>,
}

/// The result of validating a dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The format the lines were checked against.
    pub format: Format,
    /// Whether the format was detected from the first lines rather than given.
    pub detected: bool,
    /// The files read, in order.
    pub files: Vec<String>,
    /// Bytes in all files.
    pub bytes: u64,
    /// Lines read, blank ones included.
    pub lines: u64,
    /// Lines that are not blank: the examples.
    pub examples: u64,
    /// Findings of checks whose severity is error.
    pub errors: u64,
    /// Findings of checks whose severity is warning.
    pub warnings: u64,
    /// One group per check that found something, in the order the
    /// variants of [`Check`] are declared.
    pub groups: Vec<Group>,
}

impl Report {
    /// Whether nothing of severity error was found.
    pub fn is_valid(&self) -> bool {
        self.errors == 0
    }
}
