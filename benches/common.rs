//! Shared setup: the shipped dictionary and recipe, and the first work item
//! of each family, as the engine would expand it.

// Each bench binary uses only part of this module.
#![allow(dead_code)]

use synthforge::dataset::Dataset;
use synthforge::expand::{self, Item};
use synthforge::generate;
use synthforge::inputs::{InputPaths, Inputs};
use synthforge::plan::Plan;
use synthforge::progress::Silent;

/// The first `lines` lines of the default dataset in one JSONL file, and
/// the temporary directory that holds it (the file goes with it).
pub fn default_file(lines: u64) -> (tempfile::TempDir, Dataset) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("train.jsonl");
    let mut file = std::fs::File::create(&path).expect("create the bench file");
    let options = generate::Options {
        total: Some(lines),
        ..Default::default()
    };
    generate::stream(&default_inputs(), &options, &mut file, &Silent)
        .expect("the default dataset generates");
    let dataset = Dataset::open(&[path]).expect("the bench file opens");
    (dir, dataset)
}

pub fn default_inputs() -> Inputs {
    Inputs::load(&InputPaths::default()).expect("the built-in inputs load")
}

/// The first item of each family, in plan order.
pub fn first_items(inputs: &Inputs) -> Vec<Item> {
    let catalog = inputs.ui().expect("the built-in inputs are UI patterns");
    let plan = Plan::new(catalog, catalog.recipe.seed, None);
    let mut digits = Vec::new();
    plan.families
        .iter()
        .map(|f| {
            let stratum = &plan.strata[f.strata.start];
            stratum.digits(0, &mut digits);
            expand::item(stratum.family, catalog, stratum.subject, &digits)
        })
        .collect()
}
