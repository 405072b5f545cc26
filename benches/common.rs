//! Shared setup: the shipped dictionary and recipe, and the first work item
//! of each family, as the engine would expand it.

// Each bench binary uses only part of this module.
#![allow(dead_code)]

use synthforge::expand::{self, Item};
use synthforge::inputs::{InputPaths, Inputs};
use synthforge::plan::Plan;

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
