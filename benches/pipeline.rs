//! The whole pipeline: the default 10,000-example dataset streamed into
//! `io::sink()` (plan, expand, render, dedup, format), on 1 and 2 threads.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use synthforge::generate::{self, Options};
use synthforge::progress::Silent;

fn pipeline(c: &mut Criterion) {
    let inputs = common::default_inputs();
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Elements(10_000));
    for threads in [1, 2] {
        let options = Options {
            threads: Some(threads),
            ..Default::default()
        };
        group.bench_function(format!("default_10k_threads_{threads}"), |b| {
            b.iter(|| generate::stream(&inputs, &options, &mut std::io::sink(), &Silent).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
