//! `validate` on the first 2,000 lines of the default dataset (14 MB in one
//! file), on 1 and 2 threads: every check, the dedup keys and the schema.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use synthforge::progress::Silent;
use synthforge::validate::{self, Options};

fn validate(c: &mut Criterion) {
    let (_dir, dataset) = common::default_file(2000);

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
