//! Generates 1,000, 10,000 and 100,000 customers (each with 5 % more as prospects) and times a
//! full analysis, stage by stage: the minimum of 5 runs, since the machine is shared and the
//! minimum is the figure least disturbed by other work.
//! Run with `cargo run --release --example bench_engine`.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::time::Instant;
use value_pyramid::engine::analysis::{
    analyse, analyse_marked, reanalyse, reanalyse_changed_marked, Analysis,
};
use value_pyramid::engine::model::{Customer, Figure, Status};
use value_pyramid::engine::results::rows;
use value_pyramid::engine::settings::{RatingCuts, Settings, TierCuts};

#[path = "../benches/support/generated_list.rs"]
mod generated_list;
use generated_list::{generate, settings};

const RUNS: usize = 5;

/// Issue 15's budget for a full analysis of 100,000 customers, natively.
const FULL_BUDGET_MS: f64 = 10.0;

fn main() {
    let sizes = [1_000, 10_000, 100_000];
    let totals: Vec<f64> = sizes.iter().map(|&n| bench(n)).collect();
    // How the time per customer grows with the list, against what a cost of n log n allows
    // (the per-customer time growing as log n).
    println!("\nfull analysis, time per customer against n log n:");
    let per_customer = |k: usize| totals[k] * 1000.0 / sizes[k] as f64;
    for k in 1..sizes.len() {
        let grew = per_customer(k) / per_customer(0);
        let allowed = (sizes[k] as f64).ln() / (sizes[0] as f64).ln();
        println!(
            "  {} → {} customers: {:.2} → {:.2} µs per customer, {grew:.2}× (n log n allows {allowed:.2}×: {})",
            sizes[0],
            sizes[k],
            per_customer(0),
            per_customer(k),
            if grew <= allowed { "within" } else { "beyond" }
        );
    }
    let full = totals[sizes.len() - 1];
    println!(
        "  full analysis of 100,000 customers: {full:.1} ms ({})",
        if full <= FULL_BUDGET_MS {
            format!("within the {FULL_BUDGET_MS} ms budget")
        } else {
            format!(
                "budget {FULL_BUDGET_MS} ms, missed {:.1}×",
                full / FULL_BUDGET_MS
            )
        }
    );
}

/// Times the analyses of a list of `customers`; the full analysis's time (ms).
fn bench(customers: usize) -> f64 {
    let list = generate(customers);
    let settings = settings();
    let mut stages: Vec<(&'static str, f64)> = Vec::new();
    let mut total = f64::INFINITY;
    let mut last = None;
    for _ in 0..RUNS {
        let mut marks: Vec<(&'static str, Instant)> = Vec::new();
        let start = Instant::now();
        let a = analyse_marked(&list, &settings, &mut |name| {
            marks.push((name, Instant::now()))
        });
        total = total.min(start.elapsed().as_secs_f64() * 1000.0);
        keep_stage_minima(&mut stages, start, &marks);
        last = Some(a);
    }
    let a = last.expect("at least one run");
    println!(
        "\n{} customers and {} prospects: {total:.2} ms, {:.2} µs per customer (min of {RUNS})",
        a.customer_count,
        a.prospect_count,
        total * 1000.0 / customers as f64
    );
    for (name, ms) in &stages {
        println!("  {name:<34} {ms:>9.3} ms");
    }
    println!(
        "  gini {:.3}, targets {}, results hash {:016x}",
        a.revenue_pareto.gini.unwrap_or(0.0),
        a.targets.targets.len(),
        digest(&a, &list)
    );
    // What the page does on an edit of one stage's setting: redo that stage on the analysis
    // it holds. Each run edits the 80/20 top share and the capacity of the previous settings.
    let mut previous = a;
    let mut edited = settings.clone();
    let mut light = f64::INFINITY;
    for k in 0..RUNS {
        edited.pareto_top_share = 0.15 + 0.01 * k as f64;
        edited.capacity = 50 + k;
        let start = Instant::now();
        previous = reanalyse(previous, &list, &edited);
        light = light.min(start.elapsed().as_secs_f64() * 1000.0);
    }
    println!("  edit of the 80/20 share and the capacity (reanalyse): {light:.2} ms");
    // The pyramid's tier shares: the pyramid's stage alone is redone, from the ranking, the
    // columns and the figures the previous analysis holds.
    let mut recut = f64::INFINITY;
    let mut same = true;
    for k in 0..RUNS {
        edited.pyramid.cuts = TierCuts::RankShares {
            top: 0.1 + 0.01 * k as f64,
            middle: 0.3,
        };
        let start = Instant::now();
        previous = reanalyse(previous, &list, &edited);
        recut = recut.min(start.elapsed().as_secs_f64() * 1000.0);
        if k == 0 {
            same = previous == analyse(&list, &edited);
        }
    }
    println!(
        "  edit of the pyramid's tier shares (reanalyse: the pyramid's stage alone): {recut:.2} ms against {total:.2} ms for analyse; same results: {same}"
    );
    // Another setting of the tiers (the ratings' shares): every stage is redone, from the order
    // by id and the rankings the previous analysis holds, and every customer keeps its money
    // figures.
    let mut heavy = f64::INFINITY;
    let mut tier_stages: Vec<(&'static str, f64)> = Vec::new();
    for k in 0..RUNS {
        let top = 0.1 + 0.01 * k as f64;
        edited.rating.cuts = RatingCuts::RankShares(vec![top, 0.3, 0.3, 0.4 - top]);
        let mut marks: Vec<(&'static str, Instant)> = Vec::new();
        let start = Instant::now();
        previous = reanalyse_changed_marked(previous, &list, &edited, &[], &mut |name| {
            marks.push((name, Instant::now()))
        });
        heavy = heavy.min(start.elapsed().as_secs_f64() * 1000.0);
        keep_stage_minima(&mut tier_stages, start, &marks);
        if k == 0 {
            same = previous == analyse(&list, &edited);
        }
    }
    println!(
        "  edit of the ratings' shares (reanalyse: every stage, the money figures kept): {heavy:.2} ms against {total:.2} ms for analyse; same results: {same}"
    );
    print_stages(&tier_stages);

    // What the page does on a table edit of one customer: each run edits the revenue of the
    // same customer in the middle of the list and updates the previous analysis.
    let previous = reanalyse(previous, &list, &settings);
    let mut list = list;
    let at = (customers / 2..list.len())
        .find(|&i| list[i].status == Status::Customer)
        .expect("a customer in the second half");
    let (previous, incremental, stages, same) =
        time_revenue_edits(previous, &mut list, &settings, at, 10_000.0);
    println!(
        "  edit of one customer's revenue (reanalyse_changed): {incremental:.2} ms against {total:.2} ms for analyse; same results: {same}"
    );
    print_stages(&stages);

    // The page's benchmark types a revenue above every other one: the revenue's scale moves,
    // so every weighted pyramid and scorecard aspect reading it scores every customer again.
    let (_, largest, stages, same) = time_revenue_edits(previous, &mut list, &settings, at, 1e7);
    println!(
        "  edit to the largest revenue of the list (reanalyse_changed): {largest:.2} ms; same results: {same}"
    );
    print_stages(&stages);
    total
}

/// Edits the revenue of customer `at` (`from`, then 1,000 more each run) and updates
/// `previous`: the last analysis, the fastest run in ms, its stages' fastest times, and whether
/// the last analysis equals a fresh one.
fn time_revenue_edits(
    mut previous: Analysis,
    list: &mut [Customer],
    settings: &Settings,
    at: usize,
    from: f64,
) -> (Analysis, f64, Vec<(&'static str, f64)>, bool) {
    let mut stages: Vec<(&'static str, f64)> = Vec::new();
    let mut fastest = f64::INFINITY;
    for k in 0..RUNS {
        list[at].revenue_per_year = Figure::of(from + 1_000.0 * k as f64);
        let mut marks: Vec<(&'static str, Instant)> = Vec::new();
        let start = Instant::now();
        previous = reanalyse_changed_marked(previous, list, settings, &[at], &mut |name| {
            marks.push((name, Instant::now()))
        });
        fastest = fastest.min(start.elapsed().as_secs_f64() * 1000.0);
        keep_stage_minima(&mut stages, start, &marks);
    }
    let same = digest(&previous, list) == digest(&analyse(list, settings), list);
    (previous, fastest, stages, same)
}

fn print_stages(stages: &[(&'static str, f64)]) {
    for (name, ms) in stages {
        println!("    {name:<32} {ms:>9.3} ms");
    }
}

/// A fingerprint of every figure, so a faster engine can be shown to give the same results: the
/// analysis and the results export's rows (what the rows of the analysis leave to the list or
/// make when asked, such as each customer's id, name and lifetime view), and what the prospects
/// read from the list where they are shown (id, name, the values their reasons name).
fn digest(a: &Analysis, list: &[Customer]) -> u64 {
    let mut h = DefaultHasher::new();
    serde_json::to_string(a)
        .expect("the analysis serialises")
        .hash(&mut h);
    format!("{:?}", rows(a, list)).hash(&mut h);
    let prospects = a.prospects.qualified.iter();
    for p in prospects
        .chain(&a.prospects.losing)
        .chain(&a.prospects.not_qualified)
    {
        (p.id_in(list), p.name_in(list)).hash(&mut h);
        for e in &p.explanations {
            format!("{:?}", e.value_in(&list[p.input_index])).hash(&mut h);
        }
    }
    h.finish()
}

/// Folds one run's stage marks (each stage's name as it ended) into the fastest time seen for
/// each stage, in ms: the stages end in the same order in every run.
fn keep_stage_minima(
    stages: &mut Vec<(&'static str, f64)>,
    start: Instant,
    marks: &[(&'static str, Instant)],
) {
    let mut before = start;
    for (k, &(name, at)) in marks.iter().enumerate() {
        let ms = (at - before).as_secs_f64() * 1000.0;
        before = at;
        match stages.get_mut(k) {
            Some(s) => s.1 = s.1.min(ms),
            None => stages.push((name, ms)),
        }
    }
}
