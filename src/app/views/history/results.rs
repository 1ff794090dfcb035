//! Steps 2–6 of the purchase-history view: calibration and unit, the per-customer summary,
//! the fitted models, predictions (into lists and files) and the charts.

use super::compute::{
    add_predictions, list_customer, matching_ids, one_year, tier_by_predicted_clv, Fits,
    ModelChoice,
};
use super::{now_ms, Loaded, Page};
use crate::app::browser::yield_now;
use crate::app::messages::{explain, Explain, Message};
use crate::app::state::AppState;
use crate::app::widgets::{refuse, ChartFigure, Figure, ValidatedField};
use crate::chart::{self, AxisLabels, Size};
use crate::engine::btyd::bgnbd;
use crate::engine::btyd::clv::PurchaseModel;
use crate::engine::btyd::fitting::{FitOptions, ModelError};
use crate::engine::btyd::gammagamma;
use crate::engine::btyd::paretonbd;
use crate::engine::btyd::report::{
    bgnbd_estimates, calibration_end_in_log, calibration_span, gammagamma_estimates, has_holdout,
    p_alive_grid, paretonbd_estimates, repeat_buyers, repeat_distribution, tracking, PAliveGrid,
    ParamEstimate, RepeatDistribution, Tracking, HISTOGRAM_MAX_X,
};
use crate::engine::btyd::rfm::{RfmSummary, TimeUnit, DAYS_PER_MONTH};
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::{parse_date, Date};
use crate::format;
use crate::i18n::{formula, t, tf};
use crate::io::predictions::predictions_csv;
use crate::io::purchase_log::summary_csv;
use crate::lists::CustomerList;
use leptos::prelude::*;

/// Rows per page of the customer tables.
const PAGE_SIZE: usize = 25;

fn unit_name(unit: TimeUnit) -> String {
    t(&format!("history.unit_{}", unit.key()))
}

/// As a date input holds it, whatever the language.
fn iso_date(d: Date) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Data behind the three charts and their tables.
#[derive(Debug, Clone, PartialEq)]
struct ChartData {
    unit: TimeUnit,
    model_name: String,
    heat: Result<PAliveGrid, String>,
    /// None without a holdout period (or without a log).
    tracking: Option<Result<Tracking, String>>,
    histogram: Result<RepeatDistribution, String>,
}

#[component]
pub(super) fn Results(page: Page) -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = page;
    let unit = move || unit_name(p.unit.get());

    // Step 2: calibration end and time unit.
    let cal_error = RwSignal::new(None::<String>);
    let commit_end = move |text: String| {
        let (first, last) = p
            .dataset
            .with_untracked(|d| d.as_ref().map_or((None, None), |d| (d.first, d.last)));
        match parse_date(&text) {
            Some(date) if calibration_end_in_log(date, first, last) => {
                cal_error.set(None);
                p.cal_end.set(Some(date));
            }
            _ => {
                let rule = match (first, last) {
                    (Some(f), Some(l)) => tf(
                        "history.rule_cal_end",
                        &[("first", &format::date(f)), ("last", &format::date(l))],
                    ),
                    _ => t("history.rule_date"),
                };
                let message = tf("table.invalid", &[("rule", &rule), ("found", &text)]);
                refuse(&state, cal_error, message);
            }
        }
    };
    let is_log = move || {
        p.dataset
            .with(|d| d.as_ref().is_some_and(|d| matches!(d.data, Loaded::Log(_))))
    };

    let summary_ok = move || p.summary.get().and_then(Result::ok);
    let summary_error = move || p.summary.get().and_then(Result::err);
    let count_text = move || {
        summary_ok().map_or_else(String::new, |s| format::number(s.customers.len() as f64, 0))
    };
    let repeat_text = move || {
        summary_ok().map_or_else(String::new, |s| {
            let repeat = repeat_buyers(&s);
            tf(
                "history.repeat_value",
                &[
                    ("buyers", &format::number(repeat.buyers as f64, 0)),
                    ("purchases", &format::number(repeat.purchases as f64, 0)),
                ],
            )
        })
    };
    let periods_text = move || {
        let first = p.dataset.with(|d| d.as_ref().and_then(|d| d.first));
        summary_ok().map_or_else(String::new, |s| {
            let span = calibration_span(&s, first);
            tf(
                "history.periods_value",
                &[
                    ("calibration", &format::number(span, 1)),
                    ("holdout", &format::number(s.holdout_length, 1)),
                    ("unit", &unit_name(s.unit)),
                    ("end", &format::date(s.holdout_end)),
                ],
            )
        })
    };
    let merged_text = move || {
        summary_ok().map(|s| {
            let mut text = tf(
                "history.merged",
                &[
                    ("calibration", &format::count(s.calibration_rows_merged)),
                    ("holdout", &format::count(s.holdout_rows_merged)),
                    ("rows", &format::count(s.rows_read)),
                ],
            );
            if s.customers_after_calibration > 0 {
                text.push(' ');
                text.push_str(&tf(
                    "history.after_calibration",
                    &[("count", &format::count(s.customers_after_calibration))],
                ));
            }
            text
        })
    };

    // Step 3: the summary table.
    let summary_headers = Signal::derive(move || {
        let u = unit();
        vec![
            (t("history.col_id"), String::new()),
            (t("history.col_first"), String::new()),
            (t("history.col_x"), t("history.col_x_how")),
            (
                tf("history.col_tx", &[("unit", &u)]),
                t("history.col_tx_how"),
            ),
            (
                tf("history.col_age", &[("unit", &u)]),
                t("history.col_age_how"),
            ),
            (t("history.col_monetary"), t("history.col_monetary_how")),
            (t("history.col_holdout"), t("history.col_holdout_how")),
        ]
    });
    let summary_rows = Memo::new(move |_| {
        summary_ok().map_or_else(Vec::new, |s| {
            s.customers
                .iter()
                .map(|c| {
                    vec![
                        c.customer_id.clone(),
                        format::date(c.first_purchase),
                        c.frequency.to_string(),
                        format::number(c.recency, 2),
                        format::number(c.age, 2),
                        c.mean_repeat_spend
                            .map_or_else(|| t("history.no_repeat"), |m| format::number(m, 2)),
                        c.holdout_purchases.to_string(),
                    ]
                })
                .collect()
        })
    });
    let export_summary = move |_| {
        let Some(s) = summary_ok() else { return };
        let name = p
            .dataset
            .with_untracked(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default());
        state.offer_file(
            &format!("{name} - summary ({}).csv", s.unit.key()),
            "text/csv;charset=utf-8",
            &summary_csv(&s),
        );
    };

    // Step 4: fitting, one model at a time with the page painted in between.
    let run_fit = move |_| {
        let Some(Ok(s)) = p.summary.get_untracked() else {
            return;
        };
        let key = p.key_untracked();
        let run = p
            .fits
            .with_untracked(|f| f.as_ref().map_or(0, |(_, f)| f.run))
            + 1;
        p.outcome.set(None);
        leptos::task::spawn_local(async move {
            let options = FitOptions::default();
            let rows = s.weighted_rows();
            p.progress.set(Some(t("history.fitting_bgnbd")));
            yield_now().await;
            let start = now_ms();
            let bg = bgnbd::fit(&rows, &options);
            let bg_ms = now_ms() - start;
            p.progress.set(Some(t("history.fitting_paretonbd")));
            yield_now().await;
            let start = now_ms();
            let pnbd = paretonbd::fit(&rows, &options);
            let pnbd_ms = now_ms() - start;
            p.progress.set(Some(t("history.fitting_gammagamma")));
            yield_now().await;
            let spend = s.spend_rows();
            let start = now_ms();
            let gg = gammagamma::fit(&spend, &options);
            let gg_ms = now_ms() - start;
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
            state.announce(t("history.fitted"));
        });
    };
    let fits = Memo::new(move |_| p.current_fits());
    // Repeat buyers with a mean repeat spend of 0 or less, said next to the spend fit and the
    // predictions they get the population mean in; nothing when there are none.
    let left_out_text = move || {
        let count = summary_ok().map_or(0, |s| s.repeat_buyers_without_spend());
        let mean = fits.with(|f| {
            f.as_ref()
                .and_then(|f| f.gammagamma.as_ref().ok())
                .and_then(|g| g.params.population_mean_spend().ok())
        })?;
        (count > 0).then(|| {
            tf(
                "history.spend_left_out",
                &[
                    ("formula", formula::GAMMA_GAMMA_POPULATION_MEAN),
                    ("count", &format::number(count as f64, 0)),
                    ("mean", &format::number(mean, 2)),
                ],
            )
        })
    };

    // Step 5: predictions.
    let preds = move || p.predictions.get().and_then(Result::ok);
    let pred_error = move || p.predictions.get().and_then(Result::err);
    let pred_headers = Signal::derive(move || {
        let u = unit();
        let inputs = p.clv.get();
        vec![
            (t("history.col_id"), String::new()),
            (t("history.col_p_alive"), t("history.col_p_alive_how")),
            (
                tf(
                    "history.col_expected",
                    &[("t", &format::input_number(inputs.t_units)), ("unit", &u)],
                ),
                t("history.col_expected_how"),
            ),
            (
                t("history.col_spend"),
                tf(
                    "history.col_spend_how",
                    &[
                        ("formula", formula::GAMMA_GAMMA_CONDITIONAL_SPEND),
                        ("population_mean", formula::GAMMA_GAMMA_POPULATION_MEAN),
                    ],
                ),
            ),
            (
                tf(
                    "history.col_clv",
                    &[
                        ("h", &inputs.horizon_months.to_string()),
                        ("days", &format::number(DAYS_PER_MONTH, 4)),
                    ],
                ),
                t("history.col_clv_how"),
            ),
        ]
    });
    // BG/NBD's 100 % for customers who never bought again is the model, not a finding: said
    // beside the column while such rows are shown, with Pareto/NBD one click away.
    let bgnbd_no_repeat_text = move || {
        if p.choice.get() != ModelChoice::BgNbd {
            return None;
        }
        let count = summary_ok().map_or(0, |s| s.without_repeat());
        (count > 0).then(|| {
            tf(
                "history.bgnbd_no_repeat",
                &[
                    ("count", &format::number(count as f64, 0)),
                    ("p", &format::percent(1.0, 1)),
                ],
            )
        })
    };
    let pred_rows = Memo::new(move |_| {
        preds().map_or_else(Vec::new, |v| {
            v.iter()
                .map(|x| {
                    vec![
                        x.id.clone(),
                        format::percent(x.p_alive, 1),
                        format::number(x.expected, 3),
                        format::number(x.spend, 2),
                        format::number(x.clv, 2),
                    ]
                })
                .collect()
        })
    });
    let export_predictions = move |_| {
        let (Some(v), Some(s)) = (preds(), summary_ok()) else {
            return;
        };
        let inputs = p.clv.get_untracked();
        let csv = predictions_csv(&s, &v, inputs.t_units, inputs.horizon_months);
        let name = p
            .dataset
            .with_untracked(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default());
        state.offer_file(
            &format!("{name} - predictions.csv"),
            "text/csv;charset=utf-8",
            &csv,
        );
    };
    let add_to_open = move |_| {
        let Some(v) = preds() else { return };
        let mut matched = 0;
        let list_name = state
            .workspace
            .with_untracked(|w| w.current().map(|l| l.name.clone()).unwrap_or_default());
        state.edit_current(|l| matched = add_predictions(&mut l.customers, &v));
        let message = if matched == 0 {
            Message::new("history.added_none", &[("list", &list_name)])
        } else {
            Message::new(
                "history.added",
                &[
                    ("matched", &format::count(matched)),
                    ("list", &list_name),
                    ("unmatched", &format::count(v.len() - matched.min(v.len()))),
                ],
            )
        };
        state.announce(message.text());
        p.outcome.set(Some(message));
    };
    let create_list = move |_| {
        let (Some(v), Some(s)) = (preds(), summary_ok()) else {
            return;
        };
        let from_table = !is_log();
        let name = p
            .dataset
            .with_untracked(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default());
        let mut list =
            CustomerList::new(String::new(), tf("history.list_name", &[("name", &name)]));
        let mut customers: Vec<_> = s
            .customers
            .iter()
            .map(|c| list_customer(c, from_table))
            .collect();
        add_predictions(&mut customers, &v);
        let count = customers.len();
        list.customers = customers;
        let pyramid = t("history.pyramid_name");
        tier_by_predicted_clv(&mut list.settings, &pyramid);
        let created = state.edit_workspace(|w| w.add(list), |id| vec![id.clone()]);
        let list_name = created
            .and_then(|id| {
                state
                    .workspace
                    .with_untracked(|w| w.get(&id).map(|l| l.name.clone()))
            })
            .unwrap_or_default();
        let message = Message::new(
            "history.created",
            &[
                ("list", &list_name),
                ("count", &format::count(count)),
                ("pyramid", &pyramid),
            ],
        );
        state.announce(message.text());
        p.outcome.set(Some(message));
    };

    // Step 6: chart data, computed once per change.
    let chart_data = Memo::new(move |_| {
        let s = summary_ok()?;
        let f = fits.get()?;
        let choice = p.choice.get();
        let bg = f.bgnbd.as_ref().map(|f| f.params).map_err(explain);
        let heat = match choice {
            ModelChoice::BgNbd => bg.clone().and_then(|m| grid(&m, &s)),
            ModelChoice::ParetoNbd => f
                .paretonbd
                .as_ref()
                .map_err(explain)
                .and_then(|m| grid(&m.params, &s)),
        };
        let tracking = p.dataset.with(|d| {
            let d = d.as_ref()?;
            let (Loaded::Log(purchases), Some(start)) = (&d.data, d.first) else {
                return None;
            };
            has_holdout(&s).then(|| {
                bg.clone()
                    .and_then(|m| tracking(&m, &s, purchases, start).map_err(|e| e.explain()))
            })
        });
        let histogram = bg.and_then(|m| repeat_distribution(&m, &s).map_err(|e| e.explain()));
        Some(ChartData {
            unit: s.unit,
            model_name: choice.name(),
            heat,
            tracking,
            histogram,
        })
    });

    let working_on = move || {
        p.dataset.with(|d| {
            let d = d.as_ref()?;
            let (count, is_log) = match &d.data {
                Loaded::Log(rows) => (format::count(rows.len()), true),
                Loaded::Summary(rows) => (format::count(rows.len()), false),
            };
            Some(match (is_log, d.first, d.last) {
                (true, Some(first), Some(last)) => tf(
                    "history.working_on_log",
                    &[
                        ("name", &d.name),
                        ("count", &count),
                        ("first", &format::date(first)),
                        ("last", &format::date(last)),
                    ],
                ),
                _ => tf(
                    "history.working_on_summary",
                    &[("name", &d.name), ("count", &count)],
                ),
            })
        })
    };

    view! {
        <p class="working-on">{working_on}</p>
        <section aria-labelledby="history-calibration-title">
            <h3 id="history-calibration-title">{t("history.calibration_title")}</h3>
            <div class="toolbar">
                <div class="field">
                    <label for="history-cal-end">{t("history.cal_end")}</label>
                    <input
                        id="history-cal-end"
                        type="date"
                        prop:value=move || p.cal_end.get().map(iso_date).unwrap_or_default()
                        aria-invalid=move || cal_error.with(Option::is_some).to_string()
                        aria-describedby="history-cal-end-error history-cal-end-note"
                        on:change=move |ev| commit_end(event_target_value(&ev))
                    />
                    <span id="history-cal-end-error" class="field-error">{move || cal_error.get().unwrap_or_default()}</span>
                </div>
                <div class="field">
                    <label for="history-unit">{move || if is_log() { t("history.unit") } else { t("history.unit_of_file") }}</label>
                    <select
                        id="history-unit"
                        on:change=move |ev| {
                            let u = match event_target_value(&ev).as_str() {
                                "days" => TimeUnit::Days,
                                "months" => TimeUnit::Months,
                                _ => TimeUnit::Weeks,
                            };
                            p.unit.set(u);
                            p.clv.update(|c| c.t_units = one_year(u));
                        }
                    >
                        {[TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months]
                            .into_iter()
                            .map(|u| view! { <option value=u.key() selected=move || p.unit.get() == u>{unit_name(u)}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <p id="history-cal-end-note" class="note">
                {move || if is_log() { t("history.cal_end_note") } else { t("history.cal_end_note_summary") }}
            </p>
            {move || summary_error().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <Show when=move || summary_ok().is_some()>
                <div class="figures">
                    <Figure label=t("history.customers") value=Signal::derive(count_text) how=t("history.customers_how") />
                    <Figure label=t("history.repeat") value=Signal::derive(repeat_text) how=t("history.repeat_how") />
                    <Figure label=t("history.periods") value=Signal::derive(periods_text) how=t("history.periods_how") />
                </div>
                <p class="merged">{move || merged_text().unwrap_or_default()}</p>
            </Show>
        </section>
        <Show when=move || summary_ok().is_some()>
            <section aria-labelledby="history-summary-title">
                <h3 id="history-summary-title">{t("history.summary_title")}</h3>
                <p>{move || tf("history.summary_intro", &[("unit", &unit())])}</p>
                <PagedTable
                    id="history-summary-table"
                    caption=Signal::derive(move || tf("history.summary_caption", &[("unit", &unit())]))
                    headers=summary_headers
                    rows=summary_rows
                />
                <div class="buttons">
                    <button on:click=export_summary>{t("history.export_summary")}</button>
                </div>
            </section>
            <section aria-labelledby="history-models-title">
                <h3 id="history-models-title">{t("history.models_title")}</h3>
                <p>{t("history.models_intro")}</p>
                <div class="buttons">
                    <button class="primary" on:click=run_fit disabled=move || p.progress.with(Option::is_some)>
                        {move || if fits.with(Option::is_some) { t("history.fit_again") } else { t("history.fit") }}
                    </button>
                </div>
                <p class="progress-line" role="status" aria-live="polite">{move || p.progress.get().unwrap_or_default()}</p>
                {move || {
                    let u = unit();
                    fits.get()
                        .map(|f| {
                            view! {
                                <div class="fits" data-run=f.run.to_string()>
                                    <FitView
                                        model="bgnbd"
                                        name=t("history.bgnbd")
                                        result=f.bgnbd.as_ref().map(|x| FitFacts::new(bgnbd_estimates(x), x.log_likelihood, x.iterations, x.converged)).map_err(explain)
                                        ms=f.ms[0]
                                        unit=u.clone()
                                    />
                                    <FitView
                                        model="paretonbd"
                                        name=t("history.paretonbd")
                                        result=f.paretonbd.as_ref().map(|x| FitFacts::new(paretonbd_estimates(x), x.log_likelihood, x.iterations, x.converged)).map_err(explain)
                                        ms=f.ms[1]
                                        unit=u.clone()
                                    />
                                    <FitView
                                        model="gammagamma"
                                        name=t("history.gammagamma")
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
                                    {left_out_text().map(|text| view! { <p class="note" data-left-out="gammagamma">{text}</p> })}
                                </div>
                            }
                        })
                }}
            </section>
            <Show when=move || fits.with(Option::is_some)>
                <section aria-labelledby="history-predictions-title">
                    <h3 id="history-predictions-title">{t("history.predictions_title")}</h3>
                    <div class="toolbar">
                        <div class="field">
                            <label for="history-model">{t("history.model")}</label>
                            <select
                                id="history-model"
                                on:change=move |ev| {
                                    if let Some(choice) = ModelChoice::from_key(&event_target_value(&ev)) {
                                        p.choice.set(choice);
                                    }
                                }
                            >
                                {ModelChoice::VARIANTS
                                    .iter()
                                    .map(|&choice| view! { <option value=choice.key() selected=move || p.choice.get() == choice>{choice.name()}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <NumberField
                            id="history-t"
                            label=Signal::derive(move || tf("history.t_label", &[("unit", &unit())]))
                            value=Signal::derive(move || format::input_number(p.clv.get().t_units))
                            min=0.0
                            max=100_000.0
                            whole=false
                            scale=1.0
                            set=move |v| p.clv.update(|c| c.t_units = v)
                        />
                        <NumberField
                            id="history-horizon"
                            label=Signal::derive(|| t("history.horizon_label"))
                            value=Signal::derive(move || p.clv.get().horizon_months.to_string())
                            min=1.0
                            max=1200.0
                            whole=true
                            scale=1.0
                            set=move |v| p.clv.update(|c| c.horizon_months = v as u32)
                        />
                        <NumberField
                            id="history-discount"
                            label=Signal::derive(|| t("history.discount_label"))
                            value=Signal::derive(move || format::input_number((p.clv.get().monthly_discount * 100.0 * 1e9).round() / 1e9))
                            min=0.0
                            max=100.0
                            whole=false
                            scale=100.0
                            set=move |v| p.clv.update(|c| c.monthly_discount = v)
                        />
                    </div>
                    <p class="note">
                        {move || tf("history.per_month", &[("n", &format::number(p.unit.get().per_month(), 3)), ("unit", &unit())])}
                    </p>
                    {move || pred_error().map(|e| view! { <p class="fit-error">{e}</p> })}
                    <Show when=move || p.predictions.with(|x| matches!(x, Some(Ok(_))))>
                        {move || bgnbd_no_repeat_text().map(|text| view! {
                            <p class="note" data-note="bgnbd-no-repeat">
                                {text} " "
                                <button on:click=move |_| p.choice.set(ModelChoice::ParetoNbd)>{t("history.show_paretonbd")}</button>
                            </p>
                        })}
                        <PagedTable
                            id="history-predictions-table"
                            caption=Signal::derive(move || tf("history.predictions_caption", &[("model", &p.choice.get().name())]))
                            headers=pred_headers
                            rows=pred_rows
                            search="history-predictions-search"
                        />
                        {move || left_out_text().map(|text| view! { <p class="note" data-left-out="predictions">{text}</p> })}
                        <p class="note">{t("history.predictions_note")}</p>
                        <div class="buttons">
                            <button on:click=export_predictions>{t("history.export_predictions")}</button>
                            <button on:click=add_to_open>{t("history.add_to_open")}</button>
                            <button on:click=create_list>{t("history.create_list")}</button>
                        </div>
                    </Show>
                    <p class="outcome">{move || p.outcome.with(|m| m.as_ref().map(Message::text)).unwrap_or_default()}</p>
                </section>
                <section aria-labelledby="history-charts-title">
                    <h3 id="history-charts-title">{t("history.charts_title")}</h3>
                    {move || chart_data.get().map(|d| view! { <Charts data=d /> })}
                </section>
            </Show>
        </Show>
    }
}

fn grid(model: &impl PurchaseModel, s: &RfmSummary) -> Result<PAliveGrid, String> {
    p_alive_grid(model, s).map_err(|e: ModelError| e.explain())
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
    name: String,
    result: Result<FitFacts, String>,
    ms: f64,
    unit: String,
) -> impl IntoView {
    let ms_text = tf("history.fit_time", &[("ms", &format::number(ms, 1))]);
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
                    <caption>{tf("history.params_caption", &[("model", &name)])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("history.param")}</th>
                            <th scope="col">{t("history.estimate")}</th>
                            <th scope="col" title=t("history.se_how")>{t("history.se")}</th>
                            <th scope="col">{t("history.meaning")}</th>
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
                                        <td class="num" data-param=symbol>{format::number(value, 4)}</td>
                                        <td class="num">{se.map_or_else(|| "—".to_string(), |s| format::number(s, 4))}</td>
                                        <td>{meaning}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                {missing_se.then(|| view! { <p class="note">{t("history.no_se")}</p> })}
                <p class="fit-facts">
                    <span data-ll=ll.to_string()>{tf("history.ll", &[("ll", &format::number(ll, 2))])}</span>
                    " · "
                    <span>{tf("history.iterations", &[("n", &iterations.to_string())])}</span>
                    " · "
                    <span>{if converged { t("history.converged") } else { t("history.not_converged") }}</span>
                    " · "
                    <span class="fit-time" data-ms=ms.to_string()>{ms_text}</span>
                </p>
            }
            .into_any()
        }
    };
    view! {
        <section class="fit" data-model=model aria-label=name.clone()>
            <h4>{name.clone()}</h4>
            {body}
        </section>
    }
}

/// A numeric input that refuses bad values at the field (aria-invalid, a described error)
/// and stores only good ones. `scale` turns the typed number into the stored one (100 for a
/// percentage typed as 1 meaning 0.01).
#[component]
fn NumberField(
    id: &'static str,
    label: Signal<String>,
    value: Signal<String>,
    min: f64,
    max: f64,
    whole: bool,
    scale: f64,
    set: impl Fn(f64) + Copy + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    let rule = tf(
        "rule.range",
        &[
            ("min", &format::input_number(min)),
            ("max", &format::input_number(max)),
        ],
    );
    let commit = move |text: String| match format::parse_input(text.trim()) {
        Some(n)
            if !n.percent
                && (min..=max).contains(&n.value)
                && (!whole || n.value.fract() == 0.0)
                && (n.value > 0.0 || min > 0.0 || id != "history-t") =>
        {
            error.set(None);
            set(n.value / scale);
        }
        _ => refuse(
            &state,
            error,
            tf("table.invalid", &[("rule", &rule), ("found", &text)]),
        ),
    };
    view! { <ValidatedField id=id label=label value=value error=error commit=commit /> }
}

/// A table shown a page at a time, with the formula of a column in its header's title; with
/// `search` (the search box's id), a search by customer id (the first cell) above it.
#[component]
fn PagedTable(
    id: &'static str,
    caption: Signal<String>,
    headers: Signal<Vec<(String, String)>>,
    rows: Memo<Vec<Vec<String>>>,
    #[prop(optional)] search: Option<&'static str>,
) -> impl IntoView {
    let page = RwSignal::new(0usize);
    let query = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        rows.with(|r| {
            query.with(|q| matching_ids(r.iter().map(|c| c.first().map_or("", String::as_str)), q))
        })
    });
    let pages = move || shown.with(|s| s.len().div_ceil(PAGE_SIZE).max(1));
    let current = move || page.get().min(pages() - 1);
    let search_box = search.map(|search_id| {
        let count_id = format!("{search_id}-count");
        view! {
            <div class="field table-search">
                <label for=search_id>{t("history.search_id")}</label>
                <input
                    id=search_id
                    type="search"
                    aria-controls=id
                    aria-describedby=count_id.clone()
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        page.set(0);
                    }
                />
                <span id=count_id class="note" role="status">
                    {move || {
                        tf(
                            "history.search_count",
                            &[
                                ("shown", &format::number(shown.with(Vec::len) as f64, 0)),
                                ("total", &format::number(rows.with(Vec::len) as f64, 0)),
                            ],
                        )
                    }}
                </span>
            </div>
        }
    });
    view! {
        {search_box}
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || caption.get()>
            <table id=id class="history-table">
                <caption>{move || caption.get()}</caption>
                <thead>
                    <tr>
                        {move || {
                            headers
                                .get()
                                .into_iter()
                                .map(|(h, how)| view! { <th scope="col" title=how>{h}</th> })
                                .collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let start = current() * PAGE_SIZE;
                        rows.with(|r| {
                            shown.with(|s| {
                                s.iter()
                                    .skip(start)
                                    .take(PAGE_SIZE)
                                    .filter_map(|&i| r.get(i))
                                    .map(|cells| {
                                        let mut cells = cells.iter();
                                        let first = cells.next().cloned().unwrap_or_default();
                                        view! {
                                            <tr>
                                                <th scope="row">{first}</th>
                                                {cells.map(|c| view! { <td class="num">{c.clone()}</td> }).collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            })
                        })
                    }}
                </tbody>
            </table>
        </div>
        <nav class="pager" aria-label=move || tf("history.pages", &[("table", &caption.get())])>
            <button
                aria-controls=id
                aria-label=move || tf("history.prev_page", &[("table", &caption.get())])
                disabled=move || { current() == 0 }
                on:click=move |_| page.set(current().saturating_sub(1))
            >
                {t("history.prev")}
            </button>
            <span>
                {move || {
                    tf(
                        "history.page_of",
                        &[
                            ("page", &(current() + 1).to_string()),
                            ("pages", &pages().to_string()),
                            ("rows", &format::count(shown.with(Vec::len))),
                        ],
                    )
                }}
            </span>
            <button
                aria-controls=id
                aria-label=move || tf("history.next_page", &[("table", &caption.get())])
                disabled=move || { current() + 1 >= pages() }
                on:click=move |_| page.set((current() + 1).min(pages() - 1))
            >
                {t("history.next")}
            </button>
        </nav>
    }
}

/// The three charts, each with its table alternative.
/// The figures of a chart as a table: a row header and figures per row. `collapsed` tucks a
/// large table into a disclosure, scrollable by keyboard.
#[component]
fn ChartTable(
    caption: String,
    columns: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
    #[prop(optional)] collapsed: bool,
) -> impl IntoView {
    let table = view! {
        <table>
            <caption>{caption.clone()}</caption>
            <thead>
                <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(header, figures)| {
                        view! {
                            <tr>
                                <th scope="row">{header}</th>
                                {figures.into_iter().map(|f| view! { <td class="num">{f}</td> }).collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    };
    if collapsed {
        view! {
            <details>
                <summary>{t("history.table_alternative")}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
                    {table}
                </div>
            </details>
        }
        .into_any()
    } else {
        table.into_any()
    }
}

#[component]
fn Charts(data: ChartData) -> impl IntoView {
    let unit = unit_name(data.unit);
    let size = Size::default();

    // Probability alive over frequency × recency.
    let heat = match data.heat {
        Err(e) => view! { <p class="fit-error">{e}</p> }.into_any(),
        Ok(PAliveGrid {
            frequencies: xs,
            recencies,
            age,
            cells,
        }) => {
            let unit = unit.clone();
            let x_labels: Vec<String> = recencies.iter().map(|r| format::number(*r, 1)).collect();
            let y_labels: Vec<String> = xs.iter().map(ToString::to_string).collect();
            let labels = AxisLabels {
                title: tf("history.heat_title", &[("model", &data.model_name)]),
                x: tf("history.heat_x", &[("unit", &unit)]),
                y: t("history.heat_y"),
            };
            let svg = chart::heatmap(&cells, &x_labels, &y_labels, &labels, size);
            let caption = tf(
                "history.heat_caption",
                &[("age", &format::number(age, 1)), ("unit", &unit)],
            );
            view! {
                <ChartFigure name="p-alive" caption=caption.clone() svg=Signal::derive(move || svg.clone())>
                    <ChartTable
                        caption=caption.clone()
                        collapsed=true
                        columns=std::iter::once(t("history.heat_corner"))
                            .chain(x_labels.iter().map(|l| format!("{l} {unit}")))
                            .collect()
                        rows=y_labels
                            .iter()
                            .zip(cells.iter())
                            .map(|(y, row)| (y.clone(), row.iter().map(|v| format::percent(*v, 0)).collect()))
                            .collect()
                    />
                </ChartFigure>
            }
            .into_any()
        }
    };

    // Calibration against holdout.
    let tracking = match data.tracking {
        None => view! { <p class="note">{t("history.no_holdout")}</p> }.into_any(),
        Some(Err(e)) => view! { <p class="fit-error">{e}</p> }.into_any(),
        Some(Ok(Tracking {
            points,
            calibration_span: cal,
            start,
        })) => {
            let unit = unit.clone();
            let labels = AxisLabels {
                title: t("history.tracking_title"),
                x: tf(
                    "history.tracking_x",
                    &[("unit", &unit), ("start", &format::date(start))],
                ),
                y: t("history.tracking_y"),
            };
            let series = vec![
                (
                    t("history.actual"),
                    points.iter().map(|p| (p.time, p.actual)).collect(),
                ),
                (
                    t("history.predicted_bgnbd"),
                    points.iter().map(|p| (p.time, p.expected)).collect(),
                ),
            ];
            let svg = chart::two_lines(&series, &labels, size);
            let caption = tf(
                "history.tracking_caption",
                &[("cal", &format::number(cal, 1)), ("unit", &unit)],
            );
            view! {
                <ChartFigure name="tracking" caption=caption.clone() svg=Signal::derive(move || svg.clone())>
                    <ChartTable
                        caption=caption.clone()
                        collapsed=true
                        columns=vec![
                            tf("history.tracking_x", &[("unit", &unit), ("start", &format::date(start))]),
                            t("history.actual"),
                            t("history.predicted_bgnbd"),
                        ]
                        rows=points
                            .iter()
                            .map(|p| (format::number(p.time, 0), vec![format::number(p.actual, 0), format::number(p.expected, 1)]))
                            .collect()
                    />
                </ChartFigure>
            }
            .into_any()
        }
    };

    // Distribution of repeat purchases.
    let histogram = match data.histogram {
        Err(e) => view! { <p class="fit-error">{e}</p> }.into_any(),
        Ok(RepeatDistribution {
            actual,
            expected: model,
        }) => {
            let categories: Vec<String> = (0..=HISTOGRAM_MAX_X)
                .map(|x| {
                    if x == HISTOGRAM_MAX_X {
                        format!("{x}+")
                    } else {
                        x.to_string()
                    }
                })
                .collect();
            let labels = AxisLabels {
                title: t("history.hist_title"),
                x: t("history.hist_x"),
                y: t("history.hist_y"),
            };
            let series = vec![
                (t("history.actual"), actual.clone()),
                (t("history.predicted_bgnbd"), model.clone()),
            ];
            let svg = chart::paired_bars(&categories, &series, &labels, size);
            let caption = t("history.hist_caption");
            view! {
                <ChartFigure name="repeat-distribution" caption=caption.clone() svg=Signal::derive(move || svg.clone())>
                    <ChartTable
                        caption=caption.clone()
                        columns=vec![t("history.hist_x"), t("history.actual"), t("history.predicted_bgnbd")]
                        rows=categories
                            .iter()
                            .enumerate()
                            .map(|(i, c)| (c.clone(), vec![format::number(actual[i], 0), format::number(model[i], 1)]))
                            .collect()
                    />
                </ChartFigure>
            }
            .into_any()
        }
    };

    view! {
        <div class="charts">
            {heat}
            {tracking}
            {histogram}
        </div>
    }
}
