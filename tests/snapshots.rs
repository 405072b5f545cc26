//! The first example of each family of the default dataset, pinned as
//! readable text. A family's first draw does not depend on its quota, so a
//! small `--total` run yields the same first examples as the full dataset.

use synthforge::generate::{self, Options};
use synthforge::inputs::{InputPaths, Inputs};
use synthforge::plan::Plan;
use synthforge::progress::Silent;

#[test]
fn first_example_of_each_family() {
    let inputs = Inputs::load(&InputPaths::default()).unwrap();
    let options = Options {
        total: Some(100),
        ..Default::default()
    };
    let mut out = Vec::new();
    generate::stream(&inputs, &options, &mut out, &Silent).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();

    let plan = Plan::new(&inputs.catalog, inputs.catalog.recipe.seed, Some(100));
    let mut offset = 0;
    for family in &plan.families {
        let v: serde_json::Value = serde_json::from_str(lines[offset]).unwrap();
        let readable: String = v["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                format!(
                    "## {}\n{}\n",
                    m["role"].as_str().unwrap(),
                    m["content"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        insta::assert_snapshot!(family.family.name(), readable);
        offset += family.requested as usize;
    }
}
