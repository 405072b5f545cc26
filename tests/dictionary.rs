//! `synthforge dictionary check`: what was understood of a dictionary in
//! either schema; errors exit 1 (the broken MyContext variants are in
//! `mycontext.rs`).

use std::process::Command;

use crate::mycontext::fixture;
use crate::workdir::Workdir;

#[test]
fn check_shows_what_was_understood_of_the_mycontext_fixture() {
    // Run from the project so that the path in the report is the relative
    // one a user types.
    let out = Command::new(env!("CARGO_BIN_EXE_synthforge"))
        .args([
            "dictionary",
            "check",
            "../shared/fixtures/mycontext-intent-dictionary.json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(fixture().is_file());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for words in [
        "32 patterns in 6 categories, read as the mycontext schema (recipe <embedded>/recipe.json)",
        "  overlay            4  modal-dialog, dropdown-menu, tooltip, popover",
        "placeholders: 55 names",
        "{{size}}           text       variant of prop `size`: default, sm, lg, icon",
        "category `overlay` is not declared under `categories`",
        "no errors",
    ] {
        assert!(stdout.contains(words), "report lacks {words:?}:\n{stdout}");
    }
    insta::assert_snapshot!(stdout);
}

#[test]
fn check_reads_synthforge_schema_and_reports_as_json() {
    let wd = Workdir::with_fixture("mini");
    let text = wd.ok(&["dictionary", "check", "mini"]);
    assert!(text.contains("read as the synthforge schema"), "{text}");
    assert!(text.contains("placeholders: none"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&wd.ok(&["dictionary", "check", "mini", "--json"])).unwrap();
    assert_eq!(json["schema"], "synthforge");
    assert!(
        json["families"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["can_meet"] == true)
    );
    assert_eq!(wd.entries(), ["mini"], "check writes nothing");
}

#[test]
fn check_exits_1_when_the_recipe_cannot_be_met() {
    let wd = Workdir::with_fixture("mini");
    wd.edit_json("mini/recipe.json", |r| {
        r["families"]["base"]["quota"] = 1_000_000.into()
    });
    let err = wd.fails(&["dictionary", "check", "mini"], 1);
    assert!(
        err.contains("some family quotas of the recipe cannot be met"),
        "{err}"
    );
}
