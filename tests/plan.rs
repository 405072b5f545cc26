//! `synthforge plan`: the dry run.

use crate::workdir::Workdir;

#[test]
fn plan_reports_requested_and_space_per_family_and_pattern_and_writes_nothing() {
    let wd = Workdir::with_fixture("mini");
    let out = wd.ok(&["plan", "--dictionary", "mini"]);
    insta::assert_snapshot!(out);
    assert_eq!(wd.entries(), ["mini"]);
}

#[test]
fn plan_json_scales_with_total_and_flags_unmeetable_quotas() {
    let wd = Workdir::with_fixture("mini");
    let out = wd.ok(&["plan", "--dictionary", "mini", "--total", "40", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total"], 40);
    let base = &v["families"][0];
    assert_eq!(
        (
            base["family"].as_str(),
            base["requested"].as_u64(),
            base["can_meet"].as_bool()
        ),
        (Some("base"), Some(14), Some(true))
    );

    let err = wd.fails(&["plan", "--dictionary", "mini", "--total", "100000"], 1);
    assert!(
        err.contains("some quotas cannot be met with distinct examples"),
        "{err}"
    );
}

#[test]
fn the_default_dictionary_can_reach_a_million_distinct_examples() {
    let wd = Workdir::new();
    let out = wd.ok(&["plan", "--total", "1000000", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for f in v["families"].as_array().unwrap() {
        assert_eq!(
            f["can_meet"], true,
            "family {} cannot meet {} (space {})",
            f["family"], f["requested"], f["distinct_space"]
        );
    }
    assert_eq!(v["total"], 1_000_000);
}
