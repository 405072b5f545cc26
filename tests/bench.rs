//! `synthforge bench`: the harness runs and reports; timings are never asserted.

use crate::workdir::Workdir;

#[test]
fn bench_prints_a_median_table_and_cleans_up() {
    let wd = Workdir::new();
    let out = wd.ok(&[
        "bench",
        "--sizes",
        "200",
        "--threads",
        "1,2",
        "--runs",
        "1",
        "--baseline",
        "none",
        "--work-dir",
        "scratch",
    ]);
    assert!(out.contains("medians of 1 runs"), "{out}");
    for row in [
        "| synthforge, 1 thread     |       200 |",
        "| synthforge, 2 threads    |       200 |",
    ] {
        assert!(out.contains(row), "missing {row:?} in {out}");
    }
    assert!(
        wd.entries().is_empty(),
        "scratch outputs are removed: {:?}",
        wd.entries()
    );
}

#[test]
fn bench_explains_a_missing_baseline() {
    let wd = Workdir::new();
    let err = wd.fails(&["bench", "--sizes", "200", "--baseline", "nowhere"], 1);
    assert!(
        err.contains("no baseline at nowhere/naive_jinja.py; pass --baseline DIR"),
        "{err}"
    );
}
