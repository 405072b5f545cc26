//! The dedup key of an example and its insertion into the seen set.

mod common;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use synthforge::dedup::{Dedup, Key};
use synthforge::render::Renderer;

fn dedup(c: &mut Criterion) {
    let inputs = common::default_inputs();
    let renderer = Renderer::new(inputs.ui().unwrap(), &inputs.templates).unwrap();
    let item = common::first_items(&inputs).pop().unwrap();
    let example = renderer.render(&item).unwrap();
    let bytes = example.user.len() + example.assistant.len();

    let mut group = c.benchmark_group("dedup");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("key", |b| {
        b.iter(|| Key::of(std::hint::black_box(&example)))
    });
    group.throughput(Throughput::Elements(100_000));
    group.bench_function("insert_100k", |b| {
        let keys: Vec<Key> = (0u64..100_000)
            .map(|i| Key::of_parts(&[0; 32], &i.to_string(), ""))
            .collect();
        b.iter_batched(
            Dedup::default,
            |mut d| keys.iter().for_each(|&k| _ = d.insert(k)),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, dedup);
criterion_main!(benches);
