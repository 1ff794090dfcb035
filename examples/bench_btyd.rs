//! Fit times of the three models on CDNOW_sample (2,357 customers, a tenth of CDNOW's cohort), on
//! a simulated log of CDNOW's size (23,570 customers) and on one ten times as large.
//!
//! Run with `cargo run --release --example bench_btyd`. The data file is looked up in
//! `$VP_DATA_DIR`, `<crate>/../shared/data` and `/work/shared/data`.
//!
//! The simulated case draws 23,570 customers from BG/NBD (r, α, a, b) = (0.243, 4.414 weeks,
//! 0.793, 2.426) and Gamma-Gamma (p, q, γ) = (6.25, 3.74, 15.44), first purchases spread over
//! 12 weeks from 1997-01-01, calibration to 1997-09-30, purchase times rounded down to whole
//! days (as real dates are), with a small hand-written PRNG so the run is reproducible.

use chrono::{Days, NaiveDate};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use value_pyramid::engine::btyd::fitting::FitOptions;
use value_pyramid::engine::btyd::gammagamma::GammaGammaParams;
use value_pyramid::engine::btyd::rfm::{summarize, Purchase, RfmSummary, TimeUnit, WeightedRow};
use value_pyramid::engine::btyd::{bgnbd, clv, gammagamma, paretonbd};

/// SplitMix64: tiny, fast, good enough for a simulation.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in (0, 1).
    fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn normal(&mut self) -> f64 {
        let (u, v) = (self.uniform(), self.uniform());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
    /// Gamma(shape, rate) by Marsaglia & Tsang, with the u^(1/shape) boost for shape < 1.
    fn gamma(&mut self, shape: f64, rate: f64) -> f64 {
        if shape < 1.0 {
            let u = self.uniform();
            return self.gamma(shape + 1.0, rate) * u.powf(1.0 / shape);
        }
        let d = shape - 1.0 / 3.0;
        let c = 1.0 / (9.0 * d).sqrt();
        loop {
            let x = self.normal();
            let v = (1.0 + c * x).powi(3);
            if v <= 0.0 {
                continue;
            }
            let u = self.uniform();
            if u.ln() < 0.5 * x * x + d - d * v + d * v.ln() {
                return d * v / rate;
            }
        }
    }
    fn beta(&mut self, a: f64, b: f64) -> f64 {
        let x = self.gamma(a, 1.0);
        let y = self.gamma(b, 1.0);
        x / (x + y)
    }
}

fn simulate(customers: usize, seed: u64) -> Vec<Purchase> {
    let (r, alpha, a, b) = (0.243, 4.414, 0.793, 2.426);
    let (p, q, gamma) = (6.25, 3.74, 15.44);
    let origin = NaiveDate::from_ymd_opt(1997, 1, 1).unwrap_or_default();
    let end_day = 545.0; // 1998-06-30: calibration and holdout
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    for id in 0..customers {
        let first_day = (rng.uniform() * 84.0).floor();
        let lambda = rng.gamma(r, alpha); // purchases per week
        let drop = rng.beta(a, b);
        let nu = rng.gamma(q, gamma);
        let mut push = |day: f64, rng: &mut Rng| {
            out.push(Purchase {
                customer_id: format!("{id:06}"),
                date: origin + Days::new(day as u64),
                amount: (rng.gamma(p, nu) * 100.0).round() / 100.0,
            });
        };
        push(first_day, &mut rng);
        let mut t = 0.0;
        loop {
            t += -rng.uniform().ln() / lambda;
            let day = first_day + (t * 7.0).floor();
            if day > end_day {
                break;
            }
            push(day, &mut rng);
            if rng.uniform() < drop {
                break;
            }
        }
    }
    out
}

/// The same BG/NBD process in continuous time, straight to (x, t_x, T) rows: no rounding to
/// days, so it checks that the fit recovers the true parameters (and, with no two rows alike,
/// it is the worst case for speed).
fn simulate_continuous(customers: usize, seed: u64) -> Vec<WeightedRow> {
    let (r, alpha, a, b) = (0.243, 4.414, 0.793, 2.426);
    let mut rng = Rng(seed);
    (0..customers)
        .map(|_| {
            let age = 39.0 - rng.uniform() * 12.0;
            let lambda = rng.gamma(r, alpha);
            let drop = rng.beta(a, b);
            let (mut t, mut x, mut tx) = (0.0, 0u32, 0.0);
            loop {
                t += -rng.uniform().ln() / lambda;
                if t > age {
                    break;
                }
                x += 1;
                tx = t;
                if rng.uniform() < drop {
                    break;
                }
            }
            WeightedRow {
                frequency: x,
                recency: tx,
                age,
                weight: 1.0,
            }
        })
        .collect()
}

fn data_file() -> Option<PathBuf> {
    let mut dirs = Vec::new();
    if let Ok(d) = std::env::var("VP_DATA_DIR") {
        dirs.push(PathBuf::from(d));
    }
    dirs.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    dirs.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".cache/data"));
    dirs.into_iter()
        .map(|d| d.join("CDNOW_sample.txt"))
        .find(|p| p.is_file())
}

fn load(path: &PathBuf) -> Vec<Purchase> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Some(Purchase {
                customer_id: f.first()?.to_string(),
                date: NaiveDate::parse_from_str(f.get(2)?, "%Y%m%d").ok()?,
                amount: f.get(4)?.parse().ok()?,
            })
        })
        .collect()
}

/// Runs `f` `n` times; returns the result of the last run and the fastest and median times.
fn time<T>(n: usize, mut f: impl FnMut() -> T) -> (T, Duration, Duration) {
    let mut times = Vec::with_capacity(n);
    let mut last = None;
    for _ in 0..n {
        let t0 = Instant::now();
        last = Some(f());
        times.push(t0.elapsed());
    }
    times.sort();
    let out = last.unwrap_or_else(f);
    (out, times[0], times[times.len() / 2])
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn report(name: &str, log: &[Purchase]) {
    let cal_end = NaiveDate::from_ymd_opt(1997, 9, 30).unwrap_or_default();
    let opts = FitOptions::default();
    println!("== {name}: {} rows", log.len());
    let (summary, t_min, t_med) = time(5, || summarize(log, cal_end, None, TimeUnit::Weeks));
    let summary: RfmSummary = match summary {
        Ok(s) => s,
        Err(e) => {
            println!("   summary failed: {e}");
            return;
        }
    };
    let rows = summary.weighted_rows();
    let spend = summary.spend_rows();
    println!(
        "   summary (weeks): {} customers, {} unique (x, t_x, T) rows, {} repeat buyers, {} same-day rows merged; {} min / {} median",
        summary.customers.len(),
        rows.len(),
        spend.len(),
        summary.calibration_rows_merged,
        ms(t_min),
        ms(t_med)
    );
    let (bg, t_min, t_med) = time(50, || bgnbd::fit(&rows, &opts));
    let (bg_nose, nose_min, _) = time(50, || {
        bgnbd::fit(
            &rows,
            &FitOptions {
                standard_errors: false,
                ..opts
            },
        )
    });
    match (&bg, &bg_nose) {
        (Ok(f), Ok(_)) => println!(
            "   BG/NBD      r {:.4} alpha {:.4} a {:.4} b {:.4} LL {:.2} ({} iterations): {} min / {} median with SEs, {} min without",
            f.params.r,
            f.params.alpha,
            f.params.a,
            f.params.b,
            f.log_likelihood,
            f.iterations,
            ms(t_min),
            ms(t_med),
            ms(nose_min)
        ),
        (Err(e), _) | (_, Err(e)) => println!("   BG/NBD failed: {e}"),
    }
    let (pn, t_min, t_med) = time(5, || paretonbd::fit(&rows, &opts));
    match &pn {
        Ok(f) => println!(
            "   Pareto/NBD  r {:.4} alpha {:.4} s {:.4} beta {:.4} LL {:.2} ({} iterations): {} min / {} median",
            f.params.r,
            f.params.alpha,
            f.params.s,
            f.params.beta,
            f.log_likelihood,
            f.iterations,
            ms(t_min),
            ms(t_med)
        ),
        Err(e) => println!("   Pareto/NBD failed: {e}"),
    }
    let (gg, t_min, t_med) = time(20, || gammagamma::fit(&spend, &opts));
    match &gg {
        Ok(f) => println!(
            "   Gamma-Gamma p {:.4} q {:.4} gamma {:.4} LL {:.2} ({} iterations): {} min / {} median",
            f.params.p,
            f.params.q,
            f.params.gamma,
            f.log_likelihood,
            f.iterations,
            ms(t_min),
            ms(t_med)
        ),
        Err(e) => println!("   Gamma-Gamma failed: {e}"),
    }
    if let (Ok(bg), Ok(gg)) = (&bg, &gg) {
        let settings = match clv::ClvSettings::new(12, 0.01, TimeUnit::Weeks) {
            Ok(s) => s,
            Err(e) => {
                println!("   {e}");
                return;
            }
        };
        let (values, t_min, _) = time(3, || {
            clv::value_customers(&bg.params, &gg.params, &summary, &settings)
        });
        match values {
            Ok(v) => println!(
                "   12-month CLV (1 %/month) for {} customers, total {:.0}: {}",
                v.len(),
                v.iter().map(|c| c.clv).sum::<f64>(),
                ms(t_min)
            ),
            Err(e) => println!("   CLV failed: {e}"),
        }
        if let Ok(pn) = &pn {
            predictions("BG/NBD", bg.params, gg.params, &summary, &settings);
            predictions("Pareto/NBD", pn.params, gg.params, &summary, &settings);
        }
    }
}

/// The predictions table's work (P(alive), expected purchases over 52 weeks, spend, CLV for
/// every customer): all at once, then in slices of a few customers, with the longest slice.
fn predictions<M: clv::PurchaseModel + Copy>(
    name: &str,
    model: M,
    spend: GammaGammaParams,
    summary: &RfmSummary,
    settings: &clv::ClvSettings,
) {
    let (all, t_min, t_med) = time(3, || {
        clv::Predicting::new(model, spend, summary, 52.0, settings).finish()
    });
    let count = all.as_ref().map_or(0, Vec::len);
    println!(
        "   predictions with {name} for {count} customers, at once: {} min / {} median",
        ms(t_min),
        ms(t_med)
    );
    for slice in [8, 32, 128] {
        let mut run = clv::Predicting::new(model, spend, summary, 52.0, settings);
        let (mut longest, mut slices) = (Duration::ZERO, 0);
        let t0 = Instant::now();
        loop {
            let s0 = Instant::now();
            let finished = run.advance(slice);
            longest = longest.max(s0.elapsed());
            slices += 1;
            if finished {
                break;
            }
        }
        println!(
            "      {slice} customers a slice: {slices} slices, longest {}, total {}",
            ms(longest),
            ms(t0.elapsed())
        );
    }
}

fn main() {
    match data_file() {
        Some(p) => report("CDNOW_sample", &load(&p)),
        None => {
            println!("CDNOW_sample.txt not found (set VP_DATA_DIR); skipping the real-data timings")
        }
    }
    let rows = simulate_continuous(23_570, 7);
    let opts = FitOptions::default();
    println!(
        "== continuous-time simulation, 23,570 distinct rows (true r 0.243, alpha 4.414, a 0.793, b 2.426; weeks)"
    );
    let (bg, t_min, t_med) = time(10, || bgnbd::fit(&rows, &opts));
    match bg {
        Ok(f) => {
            let se = f.std_errors.unwrap_or(f.params);
            println!(
                "   BG/NBD      r {:.4}±{:.4} alpha {:.4}±{:.4} a {:.4}±{:.4} b {:.4}±{:.4}: {} min / {} median",
                f.params.r,
                se.r,
                f.params.alpha,
                se.alpha,
                f.params.a,
                se.a,
                f.params.b,
                se.b,
                ms(t_min),
                ms(t_med)
            );
        }
        Err(e) => println!("   BG/NBD failed: {e}"),
    }
    let sim = simulate(23_570, 20_251_123);
    report(
        "simulated 23,570 customers (true r 0.243, alpha 4.414, a 0.793, b 2.426; p 6.25, q 3.74, gamma 15.44)",
        &sim,
    );
    // Ten times the whole CDNOW cohort (and a hundred times CDNOW_sample): how the fits grow
    // with the log.
    let sim = simulate(235_700, 20_261_206);
    report(
        "simulated 235,700 customers, ten times CDNOW's cohort (same true parameters)",
        &sim,
    );
}
