//! Rendering one example of each family (system, user and assistant).

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use synthforge::render::Renderer;

fn render(c: &mut Criterion) {
    let inputs = common::default_inputs();
    let renderer = Renderer::new(inputs.ui().unwrap(), &inputs.templates).unwrap();
    let mut group = c.benchmark_group("render");
    for item in common::first_items(&inputs) {
        group.bench_function(item.family.name(), |b| {
            b.iter(|| renderer.render(std::hint::black_box(&item)).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
