//! Integration tests: one module per subcommand or property, sharing one
//! binary so they compile once.

// Shared fixture directory and binary runner.
mod workdir;

// `synthforge bench`: the paired benchmark harness.
mod bench;
// Bad inputs: each gets a located error, a non-zero exit and no output.
mod bad_input;
// The CodeTutor dataset: structure, distinct questions, code that runs.
mod codetutor;
// `synthforge convert`: round trips, refusals, `--system`, splits kept.
mod convert;
// `synthforge dictionary check`: what was understood of a dictionary.
mod dictionary;
// `synthforge generate`: the default dataset, output safety, summaries.
mod generate;
// Arbitrary bytes and JSON into every loader: errors, never panics.
mod loaders;
// MyContext dictionaries: the public fixture's 10,000 lines, broken variants.
mod mycontext;
// Interrupts, kills, full disks and unwritable directories during generate.
#[cfg(unix)]
mod output_safety;
// `synthforge plan`: the dry run.
mod plan;
// `synthforge prepare`: the layout, the bytes of the commands by hand, nothing on bad input.
mod prepare;
// Determinism, dedup, refill and shortfall, against the real pipeline.
mod properties;
// The first example of each family of the default dataset, pinned.
mod snapshots;
// `synthforge split`: determinism, exact sizes, groups, no overlap.
mod split;
// `synthforge stats`: token counts against tiktoken, families, cost, plot.
mod stats;
// `synthforge validate`: planted errors, detection, real datasets.
mod validate;
// `synthforge verify`: shards against the manifest and against a regeneration.
mod verify;
