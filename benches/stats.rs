//! `stats` on the first 2,000 lines of the default dataset (14 MB in one
//! file), on 1 and 2 threads: parsing, counting every token with
//! o200k_base, and the report.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use synthforge::dataset::Dataset;
use synthforge::generate;
use synthforge::progress::Silent;
use synthforge::stats::{self, Options};

fn stats(c: &mut Criterion) {
    let inputs = common::default_inputs();
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("train.jsonl");
    let mut file = std::fs::File::create(&path).expect("create the bench file");
    let options = generate::Options {
        total: Some(2000),
        ..Default::default()
    };
    generate::stream(&inputs, &options, &mut file, &Silent).expect("the default dataset generates");
    let dataset = Dataset::open(&[path]).expect("the bench file opens");

    let mut group = c.benchmark_group("stats");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(dataset.bytes().expect("its size")));
    for threads in [1, 2] {
        let options = Options {
            threads: Some(threads),
            ..Default::default()
        };
        group.bench_function(format!("default_2k_threads_{threads}"), |b| {
            b.iter(|| {
                let report = stats::stats(&dataset, &options, &Silent).unwrap();
                assert_eq!(report.examples, 2000);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, stats);
criterion_main!(benches);
