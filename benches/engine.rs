//! Criterion benchmark of the engine: a full recompute (`analyse`), an edit of a single
//! stage's setting (`reanalyse`) and an edit of one customer's revenue (`reanalyse_changed`)
//! at 1,000, 10,000 and 100,000 customers. Criterion reports a confidence interval per size
//! and the change since its last run on the same machine;
//! `cargo run --release --example bench_engine` gives the same list stage by stage.
//! Run with `cargo bench --bench engine`.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use value_pyramid::engine::analysis::{analyse, reanalyse, reanalyse_changed};
use value_pyramid::engine::model::{Figure, Status};

#[path = "support/generated_list.rs"]
mod generated_list;
use generated_list::{generate, settings};

fn engine(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine");
    // 100,000 customers take about half a second a run here: ten samples keep the run short.
    group.sample_size(10);
    for customers in [1_000, 10_000, 100_000] {
        let list = generate(customers);
        let s = settings();
        group.throughput(Throughput::Elements(customers as u64));
        group.bench_with_input(BenchmarkId::new("analyse", customers), &list, |b, list| {
            b.iter(|| analyse(black_box(list), &s))
        });
        let mut edited = s.clone();
        edited.pareto_top_share = 0.15;
        edited.capacity = 60;
        let analysed = analyse(&list, &s);
        group.bench_with_input(
            BenchmarkId::new("reanalyse", customers),
            &list,
            |b, list| {
                b.iter_batched(
                    || analysed.clone(),
                    |previous| reanalyse(previous, black_box(list), &edited),
                    BatchSize::LargeInput,
                )
            },
        );
        let mut changed = list.clone();
        let at = (customers / 2..changed.len())
            .find(|&i| changed[i].status == Status::Customer)
            .expect("a customer in the second half");
        changed[at].revenue_per_year = Figure::of(12_345.0);
        group.bench_with_input(
            BenchmarkId::new("reanalyse_changed", customers),
            &changed,
            |b, list| {
                b.iter_batched(
                    || analysed.clone(),
                    |previous| reanalyse_changed(previous, black_box(list), &s, &[at]),
                    BatchSize::LargeInput,
                )
            },
        );
    }
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
