//! Structure rules: what the text of an answer must look like, beyond its
//! line format. `validate --structure codetutor` applies [`codetutor`] to
//! each example's last question and answer; the generator's tests apply it
//! to every line they write.

use serde_json::{Map, Value};

use super::duplicates::Exchange;
use super::{Check, Found};

/// The seven sections of a CodeTutor answer, in order.
pub const SECTIONS: [&str; 7] = [
    "1️⃣ ANALOGY",
    "2️⃣ SIMPLE EXPLANATION",
    "3️⃣ BEGINNER CODE EXAMPLE",
    "4️⃣ ADVANCED EXAMPLE",
    "5️⃣ VISUAL EXPLANATION",
    "6️⃣ COMMON MISTAKES",
    "7️⃣ MINI PRACTICE TASK",
];

/// The mode tags a CodeTutor question may end in.
pub const MODE_TAGS: [&str; 3] = ["[BEGINNER MODE]", "[ENGINEER MODE]", "[STRICT MODE]"];

/// A structure rule set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Structure {
    /// CodeTutor's seven-section teaching answers ([`codetutor`]).
    Codetutor,
}

/// Which text a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The question.
    Question,
    /// The answer.
    Answer,
}

/// A way a text breaks a structure rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The question or the answer.
    pub part: Part,
    /// What is wrong, with the answer's line number where there is one.
    pub message: String,
}

/// CodeTutor's rule: the answer has the seven [`SECTIONS`] as header
/// lines, each once, in order, each followed by non-blank text before the
/// next; at least one fenced code block tagged with a language (a `text`
/// block, such as the diagram, does not count); every fence closed; and the
/// question, if it carries a mode tag, ends in one of [`MODE_TAGS`].
/// Headers inside code blocks are code, not headers.
pub fn codetutor(question: &str, answer: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut answer_problem = |message: String| {
        problems.push(Problem {
            part: Part::Answer,
            message,
        })
    };
    // (section index, line number) of each header, and whether the text
    // after it (up to the next header) is blank.
    let mut headers: Vec<(usize, usize, bool)> = Vec::new();
    let mut open_fence: Option<usize> = None;
    let mut code_blocks = 0;
    for (i, line) in answer.lines().enumerate() {
        let number = i + 1;
        let trimmed = line.trim();
        if let Some(info) = trimmed.strip_prefix("```") {
            match open_fence {
                Some(_) if info.is_empty() => open_fence = None,
                Some(start) => answer_problem(format!(
                    "line {number}: a code block opens inside the one opened at line {start}; close that one first"
                )),
                None => {
                    let language = info.trim();
                    if language.is_empty() {
                        answer_problem(format!(
                            "line {number}: a code block without a language tag; write ```python, ```go, … (```text for diagrams)"
                        ));
                    } else if !matches!(language, "text" | "plaintext" | "txt") {
                        code_blocks += 1;
                    }
                    open_fence = Some(number);
                }
            }
            if let Some(last) = headers.last_mut() {
                last.2 = false;
            }
            continue;
        }
        if open_fence.is_none()
            && let Some(section) = SECTIONS.iter().position(|s| trimmed == *s)
        {
            headers.push((section, number, true));
            continue;
        }
        if !trimmed.is_empty()
            && let Some(last) = headers.last_mut()
        {
            last.2 = false;
        }
    }
    if headers.is_empty() {
        // Not written in the structure at all: one finding, not nine.
        answer_problem(format!(
            "none of the seven section headers is a line of the answer; it must be written as {}, each on a line of its own",
            SECTIONS.join(", ")
        ));
        if let Some(message) = mode_tag(question) {
            problems.push(Problem {
                part: Part::Question,
                message,
            });
        }
        return problems;
    }
    if let Some(start) = open_fence {
        answer_problem(format!("line {start}: a code block that is never closed"));
    }
    if headers
        .first()
        .is_none_or(|h| h.1 != first_text_line(answer))
    {
        answer_problem(format!(
            "the answer must open with the `{}` header line",
            SECTIONS[0]
        ));
    }
    for (section, name) in SECTIONS.iter().enumerate() {
        let lines: Vec<usize> = headers
            .iter()
            .filter(|h| h.0 == section)
            .map(|h| h.1)
            .collect();
        match lines.as_slice() {
            [] => answer_problem(format!(
                "no `{name}` section: the seven sections are {}",
                SECTIONS.join(", ")
            )),
            [_] => {}
            [first, again, ..] => answer_problem(format!(
                "line {again}: `{name}` again (first at line {first}); each section appears once"
            )),
        }
    }
    for pair in headers.windows(2) {
        if pair[1].0 <= pair[0].0 {
            answer_problem(format!(
                "line {}: `{}` comes after `{}`; the sections go in order 1 to 7",
                pair[1].1, SECTIONS[pair[1].0], SECTIONS[pair[0].0]
            ));
        }
    }
    for &(section, number, blank) in &headers {
        if blank {
            answer_problem(format!(
                "line {number}: the `{}` section is empty",
                SECTIONS[section]
            ));
        }
    }
    if code_blocks == 0 {
        answer_problem(
            "no fenced code block tagged with a language (```python, ```javascript, …)".into(),
        );
    }
    if let Some(message) = mode_tag(question) {
        problems.push(Problem {
            part: Part::Question,
            message,
        });
    }
    problems
}

/// The line number of the first non-blank line (0 for a blank text).
fn first_text_line(text: &str) -> usize {
    text.lines()
        .position(|l| !l.trim().is_empty())
        .map_or(0, |i| i + 1)
}

/// What is wrong with the question's mode tag, if anything: a tag is
/// `[… MODE]`; it must be a known one and end the question.
fn mode_tag(question: &str) -> Option<String> {
    let start = question.rfind('[')?;
    let tag = &question[start..];
    let end = tag.find(']')?;
    let tag = &tag[..=end];
    if !tag.ends_with(" MODE]") {
        return None;
    }
    if !MODE_TAGS.contains(&tag) {
        return Some(format!(
            "unknown mode tag `{tag}`; the modes are {}",
            MODE_TAGS.join(", ")
        ));
    }
    if !question.trim_end().ends_with(tag) {
        return Some(format!("the mode tag `{tag}` must end the question"));
    }
    None
}

/// Applies `structure` to one valid line: its last question and answer,
/// found as the duplicate check finds prompt and answer.
pub(super) fn check(
    structure: Structure,
    object: &Map<String, Value>,
    exchange: &Exchange,
    found: &mut Vec<Found>,
) {
    let Some(((question_path, question), (answer_path, answer))) = texts(object, exchange) else {
        return;
    };
    let problems = match structure {
        Structure::Codetutor => codetutor(question, answer),
    };
    for p in problems {
        let path = match p.part {
            Part::Question => &question_path,
            Part::Answer => &answer_path,
        };
        found.push(Found::new(Check::Structure, path, p.message));
    }
}

/// A text of a line and its JSON path.
type Located<'o> = (String, &'o str);

/// The question and the answer of an exchange, with their JSON paths:
/// for chat, the turn just before the answer and the answer's first turn.
fn texts<'o>(
    object: &'o Map<String, Value>,
    exchange: &Exchange,
) -> Option<(Located<'o>, Located<'o>)> {
    match *exchange {
        Exchange::Split { field, at } => {
            let list = object.get(field)?.as_array()?;
            let text = |i: usize| -> Option<Located<'o>> {
                let item = list.get(i)?.as_object()?;
                let key = if item.contains_key("content") {
                    "content"
                } else {
                    "value"
                };
                Some((format!("{field}[{i}].{key}"), item.get(key)?.as_str()?))
            };
            Some((text(at.checked_sub(1)?)?, text(at)?))
        }
        Exchange::Fields { prompt, answer } => {
            let field = |keys: &[&str]| {
                keys.iter().rev().find_map(|k| {
                    let text = object.get(*k)?.as_str()?;
                    (!text.trim().is_empty()).then(|| (k.to_string(), text))
                })
            };
            Some((field(prompt)?, field(answer)?))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(sections: &[(&str, &str)]) -> String {
        sections
            .iter()
            .map(|(h, body)| format!("{h}\n{body}\n"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn good() -> Vec<(&'static str, &'static str)> {
        vec![
            (SECTIONS[0], "Like a recipe card."),
            (SECTIONS[1], "A function is a named block of code."),
            (SECTIONS[2], "```python\ndef f():\n    return 1\n```"),
            (SECTIONS[3], "```python\nprint(f())\n```"),
            (SECTIONS[4], "```text\nin -> f -> out\n```"),
            (SECTIONS[5], "- Forgetting to return."),
            (SECTIONS[6], "Write g."),
        ]
    }

    fn messages(question: &str, sections: &[(&str, &str)]) -> Vec<String> {
        codetutor(question, &answer(sections))
            .into_iter()
            .map(|p| p.message)
            .collect()
    }

    #[test]
    fn a_well_formed_answer_passes_with_or_without_a_known_tag() {
        for q in ["Explain functions.", "Explain functions. [STRICT MODE]"] {
            assert_eq!(messages(q, &good()), Vec::<String>::new(), "{q}");
        }
    }

    #[test]
    fn each_broken_rule_is_reported_with_its_line() {
        let mut missing = good();
        missing.remove(4);
        let mut swapped = good();
        swapped.swap(2, 3);
        let mut empty = good();
        empty[5].1 = "   ";
        let mut no_code = good();
        no_code[2].1 = "Just words.";
        no_code[3].1 = "More words.";
        let mut untagged = good();
        untagged[3].1 = "```\nprint(1)\n```";
        let mut unclosed = good();
        unclosed[6].1 = "```python\nprint(1)";
        let mut in_code = good();
        in_code[1].1 = "```python\n6️⃣ COMMON MISTAKES\n```";
        type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);
        let cases: Vec<Case> = vec![
            ("q", missing, "no `5️⃣ VISUAL EXPLANATION` section"),
            (
                "q",
                swapped,
                "line 12: `3️⃣ BEGINNER CODE EXAMPLE` comes after `4️⃣ ADVANCED EXAMPLE`",
            ),
            (
                "q",
                empty,
                "line 23: the `6️⃣ COMMON MISTAKES` section is empty",
            ),
            ("q", no_code, "no fenced code block tagged with a language"),
            (
                "q",
                untagged,
                "line 14: a code block without a language tag",
            ),
            ("q", unclosed, "line 27: a code block that is never closed"),
            (
                "q [EXPERT MODE]",
                good(),
                "unknown mode tag `[EXPERT MODE]`",
            ),
            (
                "[BEGINNER MODE] then more words",
                good(),
                "must end the question",
            ),
        ];
        for (question, sections, says) in cases {
            let got = messages(question, &sections);
            assert!(got.iter().any(|m| m.contains(says)), "{says}: {got:#?}");
        }
        // A header inside a code block is code: the answer has no second
        // `6️⃣` header, only the real one.
        let mut in_code_sections = good();
        in_code_sections[1].1 = "Words.\n```python\n6️⃣ COMMON MISTAKES\n```";
        assert_eq!(messages("q", &in_code_sections), Vec::<String>::new());
        assert!(!messages("q", &in_code).iter().any(|m| m.contains("again")));
    }

    #[test]
    fn an_answer_without_any_header_is_one_finding() {
        let got: Vec<String> = codetutor("q [EXPERT MODE]", "A variable is a box.")
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].starts_with("none of the seven section headers"),
            "{got:?}"
        );
        assert!(got[1].contains("unknown mode tag"), "{got:?}");
    }

    #[test]
    fn text_before_the_first_header_is_refused() {
        let text = format!("Sure! Here you go.\n\n{}", answer(&good()));
        let got: Vec<String> = codetutor("q", &text)
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("must open with"), "{got:?}");
    }
}
