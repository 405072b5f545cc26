//! `stats` on the first 2,000 lines of the default dataset (14 MB in one
//! file), on 1 and 2 threads: parsing, counting every token with
//! o200k_base, and the report.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use synthforge::progress::Silent;
use synthforge::stats::{self, Options};

fn stats(c: &mut Criterion) {
    let (_dir, dataset) = common::default_file(2000);

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
