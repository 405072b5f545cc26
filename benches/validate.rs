//! `validate` on the first 2,000 lines of the default dataset (14 MB in one
//! file), on 1 and 2 threads: every check, the dedup keys and the schema.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use synthforge::dataset::Dataset;
use synthforge::generate;
use synthforge::progress::Silent;
use synthforge::validate::{self, Options};

fn validate(c: &mut Criterion) {
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

    let mut group = c.benchmark_group("validate");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(dataset.bytes().expect("its size")));
    for threads in [1, 2] {
        let options = Options {
            threads: Some(threads),
            ..Default::default()
        };
        group.bench_function(format!("default_2k_threads_{threads}"), |b| {
            b.iter(|| {
                let report = validate::validate(&dataset, &options, &Silent).unwrap();
                assert!(report.is_valid());
            })
        });
    }
    group.finish();
}

criterion_group!(benches, validate);
criterion_main!(benches);
