//! Command-line interface: clap types, one file per subcommand. Each turns
//! flags into library options, calls the library and prints the result;
//! no engine logic lives here.

mod bench;
mod convert;
mod dictionary;
mod generate;
mod plan;
mod prepare;
mod progress;
mod signals;
mod split;
mod stats;
mod validate;
mod verify;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use synthforge::dataset::Format;
use synthforge::dictionary::Schema;
use synthforge::error::Error;
use synthforge::inputs::InputPaths;
use synthforge::output::Target;
use synthforge::stats::text::size;

/// Synthesize fine-tuning datasets from an intent dictionary: parallel,
/// deterministic, deduplicated.
#[derive(Parser, Debug)]
#[command(name = "synthforge", version, about, long_about = None, propagate_version = true)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Generate a dataset (the default dictionary and recipe when no inputs are given).
    #[command(
        after_help = "Examples:\n  synthforge generate\n  synthforge generate --total 1000000 --out big --threads 2\n  synthforge generate --dictionary my-dictionary/ --out data --force"
    )]
    Generate(generate::GenerateArgs),
    /// Show what a recipe would generate, per family and per pattern, without writing anything.
    #[command(
        after_help = "Examples:\n  synthforge plan\n  synthforge plan --total 1000000\n  synthforge plan --dictionary my-dictionary/ --json"
    )]
    Plan(plan::PlanArgs),
    /// Check a JSONL dataset (OpenAI, Mistral, io, Alpaca, ShareGPT): format rules, leaks, duplicates, uniform schema.
    #[command(
        after_help = "Exit status: 0 valid (warnings allowed), 1 errors found or unreadable input, 2 usage error.\n\nExamples:\n  synthforge validate out\n  synthforge validate train.jsonl --format mistral\n  synthforge validate train.jsonl --model gpt-3.5-turbo\n  synthforge validate data/ --json --limit 100"
    )]
    Validate(validate::ValidateArgs),
    /// Count a JSONL dataset's examples, messages and tokens (the model's tokenizer, as OpenAI's cookbook counts), and what training on it costs.
    #[command(
        after_help = "Examples:\n  synthforge stats out\n  synthforge stats train.jsonl --model gpt-4o --epochs 2\n  synthforge stats data/ --json --plot tokens.svg"
    )]
    Stats(stats::StatsArgs),
    /// Convert a dataset into another line format (OpenAI, Mistral, io, Alpaca, ShareGPT), losslessly or not at all.
    #[command(
        after_help = "Exit status: 0 converted, 1 a line is not valid or cannot be converted without loss (each kind is named with its first file:line; nothing is written), 2 usage error.\n\nExamples:\n  synthforge convert out --to mistral --out out-mistral\n  synthforge convert pairs.jsonl --to openai --system @system.txt --out chat\n  synthforge convert out --to io --system drop --out pairs --shard-lines 10000"
    )]
    Convert(convert::ConvertArgs),
    /// Split a dataset into train and validation: deterministic, at the size asked for, groups kept on one side.
    #[command(
        after_help = "Exit status: 0 split, 1 a line is not valid or the groups are too large to split, 2 usage error.\n\nExamples:\n  synthforge split out --validation 0.1 --out out-split\n  synthforge split train.jsonl --validation 0.05 --group-by user --seed 7 --out split"
    )]
    Split(split::SplitArgs),
    /// Validate a dataset, then write it split into train and validation as OpenAI and Mistral datasets, with the stats of the train split; nothing is written when it is not valid.
    #[command(
        after_help = "Exit status: 0 prepared, 1 the input is not valid (validate's report; nothing is written) or a line cannot be converted, 2 usage error.\n\nExamples:\n  synthforge prepare out --out prepared\n  synthforge prepare pairs.jsonl --system @system.txt --validation 0.05 --out prepared\n  synthforge prepare train.jsonl --group-by user --model gpt-4o --out prepared --force"
    )]
    Prepare(prepare::PrepareArgs),
    /// Check a dataset against its manifest: every shard's lines, bytes and blake3, nothing missing or extra; with --regenerate, byte for byte against its recorded inputs.
    #[command(
        after_help = "Examples:\n  synthforge verify out\n  synthforge verify out --regenerate\n\nExits 0 when the dataset matches, 1 naming the first shard (and line) that does not."
    )]
    Verify(verify::VerifyArgs),
    /// Read a dictionary (synthforge's schema or MyContext's) and show what was understood.
    #[command(subcommand)]
    Dictionary(dictionary::DictionaryCommand),
    /// Measure generation speed and memory beside the naive Python + Jinja2 baseline.
    #[command(
        after_help = "Examples:\n  synthforge bench --python /tmp/nb/bin/python\n  synthforge bench --sizes 10000,100000 --runs 5 --baseline none"
    )]
    Bench(bench::BenchArgs),
}

/// Flags that choose the inputs, shared by every subcommand that reads a
/// dictionary.
#[derive(clap::Args, Debug)]
struct InputArgs {
    /// A dictionary file, or a directory with dictionary.json, recipe.json and optionally templates/ [default: the built-in UI dictionary]
    #[arg(long, value_name = "PATH")]
    dictionary: Option<PathBuf>,
    /// Recipe file [default: recipe.json beside the dictionary, or the built-in recipe]
    #[arg(long, value_name = "FILE")]
    recipe: Option<PathBuf>,
    /// Directory of templates; each file in it replaces the built-in template of the same name
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// The dictionary's schema [default: detected from its top-level keys: `mappings` is MyContext, `languages` is CodeTutor]
    #[arg(long, value_enum, value_name = "SCHEMA")]
    schema: Option<SchemaArg>,
}

/// `--schema` values.
#[derive(ValueEnum, Debug, Clone, Copy)]
enum SchemaArg {
    /// synthforge's own: `categories` and `patterns`
    Synthforge,
    /// The MyContext CLI's intent dictionary: `mappings`, `synonyms`, …
    Mycontext,
    /// A CodeTutor lesson directory: `languages`, `topics/`, `code/`
    Codetutor,
}

impl From<SchemaArg> for Schema {
    fn from(s: SchemaArg) -> Schema {
        match s {
            SchemaArg::Synthforge => Schema::Synthforge,
            SchemaArg::Mycontext => Schema::Mycontext,
            SchemaArg::Codetutor => Schema::Codetutor,
        }
    }
}

/// Flags of the commands that write a dataset from another (convert, split, prepare).
#[derive(clap::Args, Debug)]
struct WriteArgs {
    /// Lines per shard
    #[arg(long, value_name = "N", default_value_t = 2500)]
    shard_lines: u64,
    /// Replace an existing output directory (the old one is kept until the new dataset is complete)
    #[arg(long)]
    force: bool,
    /// Worker threads [default: all cores]
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Print nothing but errors
    #[arg(long, short)]
    quiet: bool,
}

impl WriteArgs {
    /// Where and how to write `out`.
    fn target(&self, out: &std::path::Path, cancel: Arc<AtomicBool>) -> Target {
        Target {
            out: out.to_path_buf(),
            shard_lines: self.shard_lines,
            force: self.force,
            threads: self.threads,
            cancel,
        }
    }
}

impl InputArgs {
    fn paths(&self) -> InputPaths {
        InputPaths {
            dictionary: self.dictionary.clone(),
            recipe: self.recipe.clone(),
            templates: self.templates.clone(),
            schema: self.schema.map(Schema::from),
        }
    }
}

/// Prints what loading the inputs noticed, unless `quiet`.
fn print_warnings(warnings: &[synthforge::error::Warning], quiet: bool) {
    use std::io::Write;
    if quiet {
        return;
    }
    let mut stderr = std::io::stderr().lock();
    for w in warnings {
        let _ = writeln!(stderr, "warning: {w}");
    }
}

/// Runs the parsed command.
pub fn run(args: Args) -> anyhow::Result<()> {
    match args.command {
        Command::Generate(a) => generate::run(a),
        Command::Plan(a) => plan::run(a),
        Command::Validate(a) => validate::run(a),
        Command::Stats(a) => stats::run(a),
        Command::Convert(a) => convert::run(a),
        Command::Split(a) => split::run(a),
        Command::Prepare(a) => prepare::run(a),
        Command::Verify(a) => verify::run(a),
        Command::Dictionary(a) => dictionary::run(a),
        Command::Bench(a) => bench::run(a),
    }
}

/// Parses a line format name (`openai`, `mistral`, …), listing them in help.
fn format_parser() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.map(Format::name))
        .map(|name| name.parse::<Format>().expect("a listed format name parses"))
}

/// Writes `text` to stdout; a reader that closed the pipe early (`| head`)
/// ends the program quietly rather than with an error.
fn print(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// The exit codes besides 0 (success); the README lists them under
/// "Errors and exit codes".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The input or data is bad, or a file could not be read or written.
    Failure = 1,
    /// The program was called wrongly (clap exits 2 for its own errors too).
    Usage = 2,
    /// SIGINT or SIGTERM stopped the run (128 + SIGINT, as shells report).
    Interrupted = 130,
}

/// The exit code for an error.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    let exit = match err.downcast_ref::<Error>() {
        Some(Error::Interrupted) => Exit::Interrupted,
        Some(e) if e.is_usage() => Exit::Usage,
        _ => Exit::Failure,
    };
    exit as u8
}
