//! `synthforge dictionary check`: loads a dictionary with a recipe and
//! prints what was understood, as text or JSON.

use std::fmt::Write as _;
use std::path::PathBuf;
use synthforge::dictionary::Schema;

use synthforge::check::Report;
use synthforge::inputs::{InputPaths, Inputs};

use super::SchemaArg;

#[derive(clap::Subcommand, Debug)]
pub enum DictionaryCommand {
    /// Load a dictionary and print what was understood: patterns per category, phrases and aliases, where each placeholder gets its values, edge cases, compositions, the distinct space per family, warnings. Exits 1 on any error.
    #[command(
        after_help = "Examples:\n  synthforge dictionary check ../shared/fixtures/mycontext-intent-dictionary.json\n  synthforge dictionary check my-ui/ --json\n  synthforge dictionary check export.json --schema mycontext --recipe recipe.json"
    )]
    Check(CheckArgs),
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// A dictionary file, or a directory with dictionary.json (and recipe.json)
    #[arg(value_name = "PATH")]
    path: PathBuf,
    /// Recipe file [default: recipe.json beside the dictionary, or the built-in recipe for a MyContext dictionary]
    #[arg(long, value_name = "FILE")]
    recipe: Option<PathBuf>,
    /// The dictionary's schema [default: detected from its top-level keys: `mappings` is MyContext]
    #[arg(long, value_enum, value_name = "SCHEMA")]
    schema: Option<SchemaArg>,
    /// Seed of the plan whose spaces are shown [default: the recipe's seed]
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Print the report as JSON on stdout
    #[arg(long)]
    json: bool,
}

pub fn run(command: DictionaryCommand) -> anyhow::Result<()> {
    let DictionaryCommand::Check(args) = command;
    let inputs = Inputs::load(&InputPaths {
        dictionary: Some(args.path.clone()),
        recipe: args.recipe.clone(),
        templates: None,
        schema: args.schema.map(Into::into),
    })?;
    let report = Report::new(&inputs, args.seed);
    match args.json {
        true => super::print(&format!("{}\n", serde_json::to_string_pretty(&report)?))?,
        false => super::print(&text(&report))?,
    }
    if !report.can_meet() {
        anyhow::bail!(
            "some family quotas of the recipe cannot be met with this dictionary (see the table above); widen the recipe's axes or lower its quotas"
        );
    }
    Ok(())
}

fn text(r: &Report) -> String {
    let mut s = String::new();
    let patterns = r.patterns.len();
    // A CodeTutor dictionary's entries are topics; the report is the same.
    let noun = match r.schema {
        Schema::Codetutor => "topics",
        _ => "patterns",
    };
    let _ = writeln!(
        s,
        "{}: {patterns} {noun} in {} categories, read as the {} schema (recipe {})",
        r.dictionary,
        r.categories.len(),
        r.schema,
        r.recipe
    );

    let _ = writeln!(s, "\n{noun} per category");
    for c in &r.categories {
        let _ = writeln!(
            s,
            "  {:<16} {:>3}  {}",
            c.id,
            c.patterns.len(),
            c.patterns.join(", ")
        );
    }

    let phrases: usize = r.patterns.iter().map(|p| p.phrases.len()).sum();
    let aliases: usize = r
        .patterns
        .iter()
        .flat_map(|p| &p.phrases)
        .map(|(_, a)| a.len())
        .sum();
    let synonyms: usize = r.patterns.iter().map(|p| p.synonyms.len()).sum();
    let _ = writeln!(
        s,
        "\nphrases and aliases: {phrases} phrases, {aliases} aliases ({synonyms} of them synonyms)"
    );
    for p in &r.patterns {
        let shown: Vec<String> = p
            .phrases
            .iter()
            .map(|(phrase, aliases)| match aliases.is_empty() {
                true => format!("\"{phrase}\""),
                false => format!("\"{phrase}\" ({})", aliases.join(", ")),
            })
            .collect();
        let _ = writeln!(s, "  {:<24} {}", p.id, shown.join("; "));
    }

    let names: std::collections::BTreeSet<&str> = r
        .patterns
        .iter()
        .flat_map(|p| &p.placeholders)
        .map(|h| h.name.as_str())
        .collect();
    let places: usize = r.patterns.iter().map(|p| p.placeholders.len()).sum();
    match places {
        0 => {
            let _ = writeln!(s, "\nplaceholders: none (code templates are minijinja)");
        }
        _ => {
            let _ = writeln!(
                s,
                "\nplaceholders: {} names, {places} (pattern, name, position) places, each with a value source",
                names.len()
            );
            for p in r.patterns.iter().filter(|p| !p.placeholders.is_empty()) {
                for (i, h) in p.placeholders.iter().enumerate() {
                    let id = if i == 0 { p.id.as_str() } else { "" };
                    let _ = writeln!(
                        s,
                        "  {id:<24} {:<18} {:<10} {}",
                        format!("{{{{{}}}}}", h.name),
                        h.position.name(),
                        h.source
                    );
                }
            }
        }
    }

    let _ = writeln!(s, "\nvariants and edge cases");
    for p in &r.patterns {
        let variants: Vec<String> = p
            .variants
            .iter()
            .map(|(prop, values)| format!("{prop}: {}", values.join("|")))
            .collect();
        let _ = writeln!(
            s,
            "  {:<24} variants {:<40} edge cases {}",
            p.id,
            if variants.is_empty() {
                "-".to_string()
            } else {
                variants.join(", ")
            },
            if p.edge_cases.is_empty() {
                "-".to_string()
            } else {
                p.edge_cases.join(", ")
            }
        );
    }

    let _ = writeln!(
        s,
        "\ncompositions (each part: the first alternative this dictionary has)"
    );
    for c in &r.compositions {
        let _ = writeln!(s, "  {:<24} {}", c.id, c.patterns.join(", "));
    }

    let _ = writeln!(s, "\ndistinct space per family");
    let _ = writeln!(
        s,
        "  {:<12} {:>10} {:>16}  can meet",
        "family", "requested", "distinct space"
    );
    for f in &r.families {
        let _ = writeln!(
            s,
            "  {:<12} {:>10} {:>16}  {}",
            f.family,
            f.requested,
            f.distinct_space,
            if f.can_meet { "yes" } else { "NO" }
        );
    }

    let _ = writeln!(s, "\nwarnings: {}", r.warnings.len());
    for w in &r.warnings {
        let _ = writeln!(s, "  {}: {}", w.path, w.message);
    }
    match r.can_meet() {
        true => s.push_str("\nno errors\n"),
        false => s.push_str("\nerror: some quotas cannot be met\n"),
    }
    s
}
