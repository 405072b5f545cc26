//! `synthforge stats`: token counts equal to OpenAI's own tiktoken.

use synthforge::dataset::Format;
use synthforge::tokens::{Counter, Encoding};

use crate::workdir::fixtures;

// Expected counts: (o200k_base, cl100k_base), computed once with OpenAI's
// Python tiktoken 0.14.0 by `tests/fixtures/stats/tiktoken_counts.py`, whose
// docstring says how (the cookbook's num_tokens_from_messages for examples).
// Offline, its vocabularies were seeded into tiktoken's cache from the
// files bpe-openai 0.3.2 embeds; tiktoken checked them against the sha256
// it ships with (o200k_base 446a9538…, cl100k_base 223921b7…).

/// Tokens of each text of `tests/fixtures/stats/texts.json`, in order.
const TEXTS: [(u64, u64); 15] = [
    (4, 4),
    (21, 24),
    (16, 20),
    (16, 22),
    (15, 33),
    (22, 32),
    (11, 11),
    (31, 31),
    (19, 19),
    (7, 7),
    (18, 17),
    (17, 17),
    (22, 22),
    (41, 36),
    (1, 1),
];

/// Tokens of each example of each `tests/fixtures/stats/<format>.jsonl`.
const EXAMPLES: [(&str, &[(u64, u64)]); 4] = [
    (
        "openai",
        &[(56, 63), (44, 68), (116, 126), (46, 45), (79, 74)],
    ),
    ("io", &[(73, 71), (46, 52)]),
    ("alpaca", &[(37, 55), (83, 78)]),
    ("sharegpt", &[(70, 84), (111, 105)]),
];

const ENCODINGS: [Encoding; 2] = [Encoding::O200kBase, Encoding::Cl100kBase];

fn pick((o200k, cl100k): (u64, u64), encoding: Encoding) -> u64 {
    match encoding {
        Encoding::O200kBase => o200k,
        Encoding::Cl100kBase => cl100k,
    }
}

#[test]
fn texts_have_as_many_tokens_as_tiktoken_says() {
    let texts: Vec<String> = serde_json::from_str(
        &std::fs::read_to_string(fixtures().join("stats/texts.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(texts.len(), TEXTS.len());
    for (text, want) in texts.iter().zip(TEXTS) {
        for encoding in ENCODINGS {
            assert_eq!(
                encoding.count(text),
                pick(want, encoding),
                "{} of {text:?}",
                encoding.name()
            );
        }
    }
}

#[test]
fn examples_have_as_many_tokens_as_the_cookbook_counts_with_tiktoken() {
    for (name, want) in EXAMPLES {
        let format: Format = name.parse().unwrap();
        let text = std::fs::read_to_string(fixtures().join(format!("stats/{name}.jsonl"))).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), want.len(), "{name}");
        for (number, (line, &want)) in lines.iter().zip(want).enumerate() {
            let object = serde_json::from_str(line).unwrap();
            for encoding in ENCODINGS {
                let got = Counter::new(encoding).count(format, &object).unwrap();
                assert_eq!(
                    got.total,
                    pick(want, encoding),
                    "{name}.jsonl:{} in {}",
                    number + 1,
                    encoding.name()
                );
            }
        }
    }
}
