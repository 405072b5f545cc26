//! `synthforge verify`: a dataset against its manifest and, with
//! `--regenerate`, against a new generation from the recorded inputs.

use std::path::PathBuf;

use anyhow::bail;
use synthforge::verify;

use super::progress::Bar;

#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// The dataset directory (holding manifest.json and data/)
    #[arg(value_name = "DIR", default_value = "out")]
    dir: PathBuf,
    /// Also generate the dataset again from the recorded dictionary, recipe, templates, seed and sizes (after checking their hashes) and compare it byte for byte; writes nothing
    #[arg(long)]
    regenerate: bool,
    /// Worker threads for --regenerate [default: all cores]
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Print the outcome as JSON on stdout (dataset, ok, shards, lines, bytes, problems, regenerated, difference); exit 1 when it is not ok
    #[arg(long)]
    json: bool,
    /// Print nothing but errors
    #[arg(long, short)]
    quiet: bool,
}

pub fn run(args: VerifyArgs) -> anyhow::Result<()> {
    let dir = args.dir.display();
    let report = verify::check(&args.dir)?;
    if args.json {
        return json(&args, &report);
    }
    if !report.problems.is_empty() {
        let list: Vec<String> = report.problems.iter().map(|p| format!("  {p}")).collect();
        let count = match list.len() {
            1 => "1 problem".to_string(),
            n => format!("{n} problems"),
        };
        bail!(
            "`{dir}` does not match its manifest ({count}):\n{}",
            list.join("\n")
        );
    }
    if args.regenerate {
        let bar = Bar::new(args.quiet);
        if let Some(difference) =
            verify::regenerate(&args.dir, &report.manifest, args.threads, &bar)?
        {
            bail!(
                "`{dir}` is not what its recorded inputs generate: {difference}\nthe shards match the manifest, so the data or the manifest was changed after generation"
            );
        }
    }
    if !args.quiet {
        let m = &report.manifest;
        let bytes: u64 = m.shards().iter().map(|s| s.bytes).sum();
        eprintln!(
            "ok: {dir}: {} shards, {} lines, {:.1} MB match manifest.json{}",
            m.shards().len(),
            m.total_examples(),
            bytes as f64 / 1e6,
            match args.regenerate {
                true => ", and a regeneration from the recorded inputs gives the same bytes",
                false => "",
            }
        );
    }
    Ok(())
}

/// The outcome as one JSON object on stdout; regenerates only when the
/// shards match the manifest, as the text form does.
fn json(args: &VerifyArgs, report: &verify::Report) -> anyhow::Result<()> {
    let m = &report.manifest;
    let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    let difference = match args.regenerate && problems.is_empty() {
        true => verify::regenerate(&args.dir, m, args.threads, &Bar::new(true))?,
        false => None,
    };
    let ok = problems.is_empty() && difference.is_none();
    let out = serde_json::json!({
        "dataset": args.dir.display().to_string(),
        "ok": ok,
        "shards": m.shards().len(),
        "lines": m.total_examples(),
        "bytes": m.shards().iter().map(|s| s.bytes).sum::<u64>(),
        "problems": problems,
        "regenerated": args.regenerate && report.problems.is_empty(),
        "difference": difference.map(|d| serde_json::json!({
            "path": d.path.display().to_string(),
            "line": d.line,
            "message": d.message,
        })),
    });
    super::print(&format!("{}\n", serde_json::to_string_pretty(&out)?))?;
    if !ok {
        bail!("`{}` did not verify", args.dir.display());
    }
    Ok(())
}
