//! Step 4: fitting the three models and their parameter tables.

use super::super::compute::Fits;
use super::{left_out_text, unit_name, Page};
use crate::app::browser::{monotonic_ms, yield_now, SLICE_MS};
use crate::app::messages::{explain, Explain, Message};
use crate::app::state::AppState;
use crate::engine::btyd::fitting::{Fit, FitOptions, Fitting, ModelError, Progress};
use crate::engine::btyd::report::{
    bgnbd_estimates, gammagamma_estimates, paretonbd_estimates, ParamEstimate,
};
use crate::engine::btyd::{bgnbd, gammagamma, paretonbd};
use crate::format;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;

/// The fit button, its progress and each model's result.
#[component]
pub(super) fn Models(page: Page, fits: Memo<Option<Fits>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = page;
    let unit = move || unit_name(p.unit.get());
    let (cancel, evaluations) = (p.fit_cancel, p.fit_evaluations);
    // Step 4: fitting, one model at a time, each in slices short enough that the page answers
    // input and paints progress in between.
    let run_fit = move || {
        let Some(Ok(s)) = p.summary.get_untracked() else {
            return;
        };
        let key = p.key_untracked();
        let run = p
            .fits
            .with_untracked(|f| f.as_ref().map_or(0, |(_, f)| f.run))
            + 1;
        p.outcome.set(None);
        cancel.set(false);
        let mine = p.fit_run.get_untracked() + 1;
        p.fit_run.set(mine);
        leptos::task::spawn_local(async move {
            let options = FitOptions::default();
            let rows = s.weighted_rows();
            let spend = s.spend_rows();
            // Stopped by "Cancel fit" (said), or overtaken by another log or fit (which now
            // owns the progress line).
            let current = move || p.fit_run.get_untracked() == mine;
            let step = move |key| {
                if current() {
                    p.progress.set(Some(key));
                }
            };
            let stop = || {
                if current() {
                    p.progress.set(None);
                    state.announce(Message::new("history.fit_cancelled", &[]));
                }
            };
            let mut slices = Slices {
                cancel,
                evaluations,
                run: p.fit_run,
                mine,
            };
            step("history.fitting_bgnbd");
            let Some((bg, bg_ms)) = slices.run(bgnbd::start_fit(&rows, &options)).await else {
                return stop();
            };
            step("history.fitting_paretonbd");
            let Some((pnbd, pnbd_ms)) = slices.run(paretonbd::start_fit(&rows, &options)).await
            else {
                return stop();
            };
            step("history.fitting_gammagamma");
            let Some((gg, gg_ms)) = slices.run(gammagamma::start_fit(&spend, &options)).await
            else {
                return stop();
            };
            if !current() {
                return;
            }
            p.progress.set(None);
            p.fits.set(Some((
                key,
                Fits {
                    bgnbd: bg,
                    paretonbd: pnbd,
                    gammagamma: gg,
                    ms: [bg_ms, pnbd_ms, gg_ms],
                    run,
                },
            )));
            state.announce(Message::new("history.fitted", &[]));
        });
    };
    // The demo's log is fitted as soon as it is shown: its models are what it demonstrates.
    if p.is_demo_untracked()
        && fits.with_untracked(Option::is_none)
        && p.progress.with_untracked(Option::is_none)
    {
        run_fit();
    }

    view! {
            <section aria-labelledby="history-models-title">
                <h3 id="history-models-title">{move || t("history.models_title")}</h3>
                <p>{move || t("history.models_intro")}</p>
                <div class="buttons">
                    <button class="primary" on:click=move |_| run_fit() disabled=move || p.progress.with(Option::is_some)>
                        {move || if fits.with(Option::is_some) { t("history.fit_again") } else { t("history.fit") }}
                    </button>
                </div>
                <p class="progress-line" role="status" aria-live="polite">{move || p.progress.get().map(t).unwrap_or_default()}</p>
                <Show when=move || p.progress.with(Option::is_some)>
                    <p class="progress-count">{move || tfn("history.fit_evaluations", &[("n", evaluations.get())], &[])}</p>
                    <div class="buttons">
                        <button on:click=move |_| cancel.set(true)>{move || t("history.cancel_fit")}</button>
                    </div>
                </Show>
                {move || {
                    let u = unit();
                    fits.get()
                        .map(|f| {
                            view! {
                                <div class="fits" data-run=f.run.to_string()>
                                    <FitView
                                        model="bgnbd"
                                        name=move || t("history.bgnbd")
                                        result=f.bgnbd.as_ref().map(|x| FitFacts::new(bgnbd_estimates(x), x.log_likelihood, x.iterations, x.converged)).map_err(explain)
                                        ms=f.ms[0]
                                        unit=u.clone()
                                    />
                                    <FitView
                                        model="paretonbd"
                                        name=move || t("history.paretonbd")
                                        result=f.paretonbd.as_ref().map(|x| FitFacts::new(paretonbd_estimates(x), x.log_likelihood, x.iterations, x.converged)).map_err(explain)
                                        ms=f.ms[1]
                                        unit=u.clone()
                                    />
                                    <FitView
                                        model="gammagamma"
                                        name=move || t("history.gammagamma")
                                        result=f
                                            .gammagamma
                                            .as_ref()
                                            .map_err(explain)
                                            .and_then(|x| {
                                                // q ≤ 1: no finite mean spend — said in words, never shown as numbers.
                                                x.params.population_mean_spend().map_err(|e| e.explain())?;
                                                Ok(FitFacts::new(gammagamma_estimates(x), x.log_likelihood, x.iterations, x.converged))
                                            })
                                        ms=f.ms[2]
                                        unit=u.clone()
                                    />
                                    {left_out_text(p, fits).map(|text| view! { <p class="note" data-left-out="gammagamma">{text}</p> })}
                                </div>
                            }
                        })
                }}
            </section>
    }
}

/// Runs fits in slices of about [`SLICE_MS`], yielding to the browser between them.
struct Slices {
    /// Set by the cancel button; read between slices.
    cancel: RwSignal<bool>,
    /// Likelihood evaluations of the running fit, for the progress line.
    evaluations: RwSignal<usize>,
    /// The latest fit's number, and this fit's: when they differ this fit is dropped.
    run: RwSignal<u64>,
    mine: u64,
}

impl Slices {
    /// The fit's result and the time spent computing it (ms, yields left out), or `None` when
    /// cancelled; the fit is then dropped where it stands.
    async fn run<P: Clone>(
        &mut self,
        mut fitting: Fitting<'_, P>,
    ) -> Option<(Result<Fit<P>, ModelError>, f64)> {
        self.evaluations.set(0);
        yield_now().await;
        let mut busy = 0.0;
        let mut slice_start = monotonic_ms();
        loop {
            if self.cancel.get_untracked() || self.run.get_untracked() != self.mine {
                return None;
            }
            let before = monotonic_ms();
            // One evaluation at a time: a Pareto/NBD evaluation of a large log takes a few ms,
            // and the clock, read between them, ends the slice.
            let step = fitting.advance(1);
            let now = monotonic_ms();
            busy += now - before;
            match step {
                Progress::Done(result) => return Some((result, busy)),
                Progress::Running { evaluations } if now - slice_start >= SLICE_MS => {
                    self.evaluations.set(evaluations);
                    yield_now().await;
                    slice_start = monotonic_ms();
                }
                Progress::Running { .. } => {}
            }
        }
    }
}

/// What a fit's table and facts line show.
#[derive(Debug, Clone, PartialEq)]
struct FitFacts {
    /// The parameters with their standard errors.
    estimates: Vec<ParamEstimate>,
    /// Log-likelihood at the estimates (natural log).
    log_likelihood: f64,
    /// Optimiser iterations used.
    iterations: usize,
    /// Whether the optimiser met its tolerance.
    converged: bool,
}

impl FitFacts {
    fn new(
        estimates: Vec<ParamEstimate>,
        log_likelihood: f64,
        iterations: usize,
        converged: bool,
    ) -> FitFacts {
        FitFacts {
            estimates,
            log_likelihood,
            iterations,
            converged,
        }
    }
}

/// What a parameter is, in words; the time scales name `unit`.
fn param_meaning(e: &ParamEstimate, unit: &str) -> String {
    let key = format!("history.param_{}", e.name);
    if e.in_time_unit {
        tf(&key, &[("unit", unit)])
    } else {
        t(&key)
    }
}

/// One model's result: its parameters, standard errors, log-likelihood, iterations and
/// convergence, and the fit time; or, if it failed, why in words.
#[component]
fn FitView(
    model: &'static str,
    #[prop(into)] name: TextProp,
    result: Result<FitFacts, String>,
    ms: f64,
    unit: String,
) -> impl IntoView {
    let ms_text = move || tf("history.fit_time", &[("ms", &format::number(ms, 1))]);
    let model_name = name.clone();
    let section_name = name.clone();
    let body = match result {
        Err(e) => view! { <p class="fit-error">{e}</p> <p class="fit-time" data-ms=ms.to_string()>{ms_text}</p> }.into_any(),
        Ok(FitFacts {
            estimates,
            log_likelihood: ll,
            iterations,
            converged,
        }) => {
            let missing_se = estimates.iter().any(|e| e.std_error.is_none());
            view! {
                <table class="params">
                    <caption>{move || tf("history.params_caption", &[("model", &model_name.get())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t("history.param")}</th>
                            <th scope="col">{move || t("history.estimate")}</th>
                            <th scope="col" title=move || t("history.se_how")>{move || t("history.se")}</th>
                            <th scope="col">{move || t("history.meaning")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {estimates
                            .iter()
                            .map(|e| {
                                let (symbol, value, se, meaning) =
                                    (e.symbol, e.value, e.std_error, param_meaning(e, &unit));
                                view! {
                                    <tr>
                                        <th scope="row">{symbol}</th>
                                        <td class="num" data-param=symbol>{move || format::number(value, 4)}</td>
                                        <td class="num">{se.map_or_else(|| "—".to_string(), |s| format::number(s, 4))}</td>
                                        <td>{meaning}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                {missing_se.then(|| view! { <p class="note">{move || t("history.no_se")}</p> })}
                <p class="fit-facts">
                    <span data-ll=ll.to_string()>{move || tf("history.ll", &[("ll", &format::number(ll, 2))])}</span>
                    " · "
                    <span>{move || tfn("history.iterations", &[("n", iterations)], &[])}</span>
                    " · "
                    <span>{move || if converged { t("history.converged") } else { t("history.not_converged") }}</span>
                    " · "
                    <span class="fit-time" data-ms=ms.to_string()>{ms_text}</span>
                </p>
            }
            .into_any()
        }
    };
    view! {
        <section class="fit" data-model=model aria-label=section_name>
            <h4>{move || name.get()}</h4>
            {body}
        </section>
    }
}
