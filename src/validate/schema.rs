//! Uniform schema: every line has the same keys with the same types, so
//! Hugging Face `datasets` (Arrow) loads all shards as one table.
//!
//! A line's [`Shape`] is its keys and types, as Arrow would infer them: the
//! elements of a list merge into one shape (a key that only some messages
//! have is part of the list's shape), null fits any type, and all numbers
//! are one type. The first valid line sets the reference; a later line whose
//! shape differs is reported with the path of the first difference. A null
//! in the reference is filled in by the first line that has a value there.

use serde_json::{Map, Value};

use super::path;

/// The keys and types of a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Shape {
    /// null, or the elements of an empty list: fits any shape.
    Unknown,
    /// true or false.
    Bool,
    /// Any number.
    Number,
    /// A string.
    String,
    /// A list whose elements merge into one shape.
    List(Box<Shape>),
    /// An object's keys, sorted, with their shapes.
    Object(Vec<(String, Shape)>),
}

/// Where two shapes differ and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Difference {
    /// JSON path with `[]` for "any element": `messages[].weight`.
    pub path: String,
    /// What differs, in words.
    pub message: String,
}

impl Shape {
    /// The shape of a line, or the first place where the elements of one of
    /// its lists have incompatible types.
    pub(super) fn of_object(object: &Map<String, Value>) -> Result<Shape, Difference> {
        let mut fields = object
            .iter()
            .map(|(k, v)| {
                Shape::of(v)
                    .map(|s| (k.clone(), s))
                    .map_err(|d| d.under(&path::key(k)))
            })
            .collect::<Result<Vec<_>, _>>()?;
        fields.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Shape::Object(fields))
    }

    fn of(value: &Value) -> Result<Shape, Difference> {
        Ok(match value {
            Value::Null => Shape::Unknown,
            Value::Bool(_) => Shape::Bool,
            Value::Number(_) => Shape::Number,
            Value::String(_) => Shape::String,
            Value::Array(items) => {
                let mut element = Shape::Unknown;
                for item in items {
                    element = merge(element, Shape::of(item).map_err(|d| d.under("[]"))?)
                        .map_err(|d| d.under("[]"))?;
                }
                Shape::List(Box::new(element))
            }
            Value::Object(object) => Shape::of_object(object)?,
        })
    }

    fn name(&self) -> &'static str {
        match self {
            Shape::Unknown => "null",
            Shape::Bool => "a boolean",
            Shape::Number => "a number",
            Shape::String => "a string",
            Shape::List(_) => "a list",
            Shape::Object(_) => "an object",
        }
    }

    /// Where `line` differs from this reference shape, if anywhere;
    /// `reference` names the reference line in the message.
    pub(super) fn compare(&self, line: &Shape, reference: &str) -> Option<Difference> {
        match (self, line) {
            (Shape::Unknown, _) | (_, Shape::Unknown) => None,
            (Shape::List(a), Shape::List(b)) => a.compare(b, reference).map(|d| d.under("[]")),
            (Shape::Object(a), Shape::Object(b)) => {
                if let Some((key, _)) = a.iter().find(|(k, _)| !has(b, k)) {
                    return Some(Difference {
                        path: path::key(key),
                        message: format!("missing here; {reference} has it"),
                    });
                }
                if let Some((key, _)) = b.iter().find(|(k, _)| !has(a, k)) {
                    return Some(Difference {
                        path: path::key(key),
                        message: format!("{reference} does not have this key"),
                    });
                }
                a.iter().zip(b).find_map(|((key, a), (_, b))| {
                    a.compare(b, reference).map(|d| d.under(&path::key(key)))
                })
            }
            (a, b) if a == b => None,
            (a, b) => Some(Difference {
                path: String::new(),
                message: format!("{} here, {} in {reference}", b.name(), a.name()),
            }),
        }
    }

    /// Fills the unknowns of this reference with what `line` (which
    /// compares equal) knows.
    pub(super) fn refine(&mut self, line: &Shape) {
        match (self, line) {
            (this @ Shape::Unknown, known) => *this = known.clone(),
            (Shape::List(a), Shape::List(b)) => a.refine(b),
            (Shape::Object(a), Shape::Object(b)) => {
                for ((_, a), (_, b)) in a.iter_mut().zip(b) {
                    a.refine(b);
                }
            }
            _ => {}
        }
    }

    /// Whether an unknown remains to be filled in.
    pub(super) fn has_unknown(&self) -> bool {
        match self {
            Shape::Unknown => true,
            Shape::List(a) => a.has_unknown(),
            Shape::Object(fields) => fields.iter().any(|(_, s)| s.has_unknown()),
            Shape::Bool | Shape::Number | Shape::String => false,
        }
    }
}

fn has(fields: &[(String, Shape)], key: &str) -> bool {
    fields
        .binary_search_by(|(k, _)| k.as_str().cmp(key))
        .is_ok()
}

/// Two elements of one list as one shape: keys are united, as Arrow does.
fn merge(a: Shape, b: Shape) -> Result<Shape, Difference> {
    Ok(match (a, b) {
        (Shape::Unknown, s) | (s, Shape::Unknown) => s,
        (Shape::List(a), Shape::List(b)) => Shape::List(Box::new(merge(*a, *b)?)),
        (Shape::Object(a), Shape::Object(b)) => {
            let mut fields = a;
            for (key, shape) in b {
                match fields.binary_search_by(|(k, _)| k.cmp(&key)) {
                    Ok(i) => {
                        let old = std::mem::replace(&mut fields[i].1, Shape::Unknown);
                        fields[i].1 = merge(old, shape).map_err(|d| d.under(&path::key(&key)))?;
                    }
                    Err(i) => fields.insert(i, (key, shape)),
                }
            }
            Shape::Object(fields)
        }
        (a, b) if a == b => a,
        (a, b) => {
            return Err(Difference {
                path: String::new(),
                message: format!(
                    "{} in one element and {} in another; Arrow needs one type per column",
                    a.name(),
                    b.name()
                ),
            });
        }
    })
}

impl Difference {
    /// The same difference seen from the parent: `prefix` is a key path or
    /// `[]`.
    fn under(mut self, prefix: &str) -> Difference {
        self.path = match (prefix, self.path.starts_with('[') || self.path.is_empty()) {
            (p, true) => format!("{p}{}", self.path),
            (p, false) => format!("{p}.{}", self.path),
        };
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(line: &str) -> Result<Shape, Difference> {
        let v: Value = serde_json::from_str(line).unwrap();
        Shape::of_object(v.as_object().unwrap())
    }

    fn diff(a: &str, b: &str) -> Option<(String, String)> {
        shape(a)
            .unwrap()
            .compare(&shape(b).unwrap(), "line 1")
            .map(|d| (d.path, d.message))
    }

    #[test]
    fn same_keys_and_types_in_any_order_are_the_same_shape() {
        assert_eq!(diff(r#"{"a":"x","b":1}"#, r#"{"b":2.5,"a":"y"}"#), None);
        assert_eq!(diff(r#"{"a":null}"#, r#"{"a":[1]}"#), None);
        assert_eq!(diff(r#"{"a":[]}"#, r#"{"a":[{"k":1}]}"#), None);
    }

    #[test]
    fn a_missing_extra_or_retyped_key_is_found_with_its_path() {
        let chat = r#"{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b","weight":1}]}"#;
        let plain =
            r#"{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]}"#;
        assert_eq!(
            diff(chat, plain),
            Some((
                "messages[].weight".into(),
                "missing here; line 1 has it".into()
            ))
        );
        assert_eq!(
            diff(plain, chat),
            Some((
                "messages[].weight".into(),
                "line 1 does not have this key".into()
            ))
        );
        assert_eq!(
            diff(r#"{"input":"a"}"#, r#"{"input":3}"#),
            Some(("input".into(), "a number here, a string in line 1".into()))
        );
    }

    #[test]
    fn mixed_types_inside_one_list_are_found() {
        let err =
            shape(r#"{"messages":[{"content":"a"},{"content":[{"type":"text"}]}]}"#).unwrap_err();
        assert_eq!(err.path, "messages[].content");
        assert_eq!(
            err.message,
            "a string in one element and a list in another; Arrow needs one type per column"
        );
    }

    #[test]
    fn a_null_in_the_reference_is_filled_in() {
        let mut reference = shape(r#"{"a":null}"#).unwrap();
        assert!(reference.has_unknown());
        reference.refine(&shape(r#"{"a":"x"}"#).unwrap());
        assert!(!reference.has_unknown());
        assert!(
            reference
                .compare(&shape(r#"{"a":1}"#).unwrap(), "line 1")
                .is_some()
        );
    }
}
