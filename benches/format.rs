//! Serializing one example as an OpenAI chat JSONL line.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use synthforge::format;
use synthforge::recipe::Format;
use synthforge::render::Renderer;

fn serialize(c: &mut Criterion) {
    let inputs = common::default_inputs();
    let renderer = Renderer::new(inputs.ui().unwrap(), &inputs.templates).unwrap();
    let item = common::first_items(&inputs).pop().unwrap();
    let example = renderer.render(&item).unwrap();
    let mut buf = Vec::with_capacity(8192);
    format::write_line(Format::Openai, &example, &mut buf);

    let mut group = c.benchmark_group("format");
    group.throughput(Throughput::Bytes(buf.len() as u64));
    group.bench_function("openai_line", |b| {
        b.iter(|| {
            buf.clear();
            format::write_line(Format::Openai, std::hint::black_box(&example), &mut buf);
        })
    });
    group.finish();
}

criterion_group!(benches, serialize);
criterion_main!(benches);
