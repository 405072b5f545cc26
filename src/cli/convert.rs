//! `synthforge convert`: flags → `convert::Options`, then the summary.

use std::path::{Path, PathBuf};

use anyhow::Context;
use synthforge::convert::{self, Options, System};
use synthforge::dataset::{Dataset, Format};
use synthforge::error::Error;

use super::progress::Bar;
use super::{format_parser, size};

#[derive(clap::Args, Debug)]
pub struct ConvertArgs {
    /// JSONL files, or directories: their *.jsonl files, or the data/ shards of a synthforge output directory. All together are one dataset; a shard named {split}-00000-of-00004.jsonl keeps its split
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Target format
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    to: Format,
    /// Source format [default: detected from the first lines]
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    from: Option<Format>,
    /// Output directory; it receives data/{split}-*.jsonl shards and manifest.json
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// System messages where only one side has them. io or alpaca into chat: the system message that opens every conversation, as TEXT or @FILE (one final newline is dropped). Chat into io or alpaca: `drop` leaves system messages out, `prefix` puts one before the request after a blank line
    #[arg(long, value_name = "TEXT|@FILE|drop|prefix")]
    system: Option<String>,
    #[command(flatten)]
    write: super::WriteArgs,
}

pub fn run(args: ConvertArgs) -> anyhow::Result<()> {
    let cancel = super::signals::cancel_on_signals()?;
    let dataset = Dataset::open(&args.paths)?;
    let options = Options {
        from: args.from,
        to: args.to,
        system: args.system.as_deref().map(system).transpose()?,
        target: args.write.target(&args.out, cancel),
    };
    let summary = convert::convert(&dataset, &options, &Bar::bytes(args.write.quiet))
        .with_context(|| format!("converting into {}", args.out.display()))?;
    if !args.write.quiet {
        let m = &summary.manifest;
        let shards = match m.shards.len() {
            1 => "1 shard".to_string(),
            n => format!("{n} shards"),
        };
        eprintln!(
            "converted {} examples from {}{} to {}: {} in {shards}, {}; {:.2} s, {:.1} MB/s",
            m.total_examples,
            summary.from,
            if summary.detected { " (detected)" } else { "" },
            m.format,
            args.out.display(),
            size(summary.bytes),
            summary.seconds,
            summary.bytes as f64 / 1e6 / summary.seconds.max(1e-9),
        );
    }
    Ok(())
}

/// `--system`: the keywords `drop` and `prefix`, a text, or `@FILE`.
pub(super) fn system(value: &str) -> Result<System, Error> {
    Ok(match value {
        "drop" => System::Drop,
        "prefix" => System::Prefix,
        text => match text.strip_prefix('@') {
            Some(path) => {
                let path = Path::new(path);
                let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
                // Editors end a file with a newline that is not part of the message.
                let text = text.strip_suffix('\n').unwrap_or(&text);
                System::Text(text.strip_suffix('\r').unwrap_or(text).to_string())
            }
            None => System::Text(text.to_string()),
        },
    })
}
