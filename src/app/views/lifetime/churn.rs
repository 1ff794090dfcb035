//! Churn and group lifetime (1 ÷ churn): the list's churn, the comparison with a benchmark
//! firm, and a two-firm calculator preset to firms A and B.

use super::inputs::LocalNumber;
use super::{count_places, count_text, follow, lifetime_text, source_line};
use crate::app::messages::Explain;
use crate::app::state::AppState;
use crate::app::widgets::{money, unit_text, Figure, NumberSetting};
use crate::engine::churn::{self, ChurnComparison, ChurnError};
use crate::engine::list_figures::{CalculatorInputs, FirmsInputs};
use crate::engine::numbers;
use crate::engine::settings::Figures;
use crate::format;
use crate::i18n::{t, tf, tfx};
use leptos::prelude::*;

/// The sentence on what the higher churn costs each year.
fn extra_spend_text(state: &AppState, c: &ChurnComparison) -> String {
    let extra = c.extra_customers_per_year;
    match c.extra_acquisition_spend {
        Some(spend) => tfx(
            "lifetime.churn_extra_spend",
            &[("extra", extra, count_places(extra))],
            &[
                ("cac", &money(state, c.cac.unwrap_or(0.0))),
                ("spend", &money(state, spend)),
            ],
        ),
        None => tfx(
            "lifetime.churn_extra_no_cac",
            &[("extra", extra, count_places(extra))],
            &[],
        ),
    }
}

#[component]
pub fn ChurnSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let lifetime = move || a.with(|a| lifetime_text(a.churn.lifetime));
    let need = move || {
        a.with(|a| {
            tf(
                "lifetime.churn_need_value",
                &[("n", &count_text(a.churn.replacement_need))],
            )
        })
    };
    let need_how = move || {
        a.with(|a| {
            tf(
                "lifetime.churn_need_how",
                &[
                    ("churn", &format::percent(a.churn.churn, 1)),
                    ("base", &count_text(a.churn.base)),
                    ("n", &count_text(a.churn.replacement_need)),
                ],
            )
        })
    };
    let comparison = move || {
        a.with(|a| match &a.churn_comparison {
            Some(c) => {
                let need = c.a.replacement_need;
                tfx(
                    "lifetime.churn_benchmark_result",
                    &[("our_need", need, count_places(need))],
                    &[
                        ("ours", &format::percent(c.a.churn, 1)),
                        ("theirs", &format::percent(c.b.churn, 1)),
                        ("their_need", &count_text(c.b.replacement_need)),
                        ("their_lifetime", &lifetime_text(c.b.lifetime)),
                    ],
                ) + " "
                    + &extra_spend_text(&state, c)
            }
            None => t("lifetime.churn_no_benchmark"),
        })
    };
    view! {
        <section aria-labelledby="lt-churn-title">
            <h3 id="lt-churn-title">{move || t("lifetime.churn_title")}</h3>
            <p>{move || t("lifetime.churn_intro")}</p>
            <div class="inputs">
                <NumberSetting id="lt-churn" label=move || t("settings.churn_rate")
                    get=|s| Some(s.churn_rate) set=|s, v| s.churn_rate = v.unwrap_or(0.0) spec=numbers::CHURN_RATE />
                <NumberSetting id="lt-benchmark-churn" label=move || t("settings.benchmark_churn") optional=true
                    get=|s| s.benchmark_churn_rate set=|s, v| s.benchmark_churn_rate = v spec=numbers::CHURN_RATE />
            </div>
            <p class="churn-in-force" data-testid="lifetime-churn-in-force">{move || a.with(crate::app::views::keeping::churn_in_force_text)}</p>
            <div class="figures">
                <Figure label=move || t("overview.lifetime") value=Signal::derive(lifetime) how=move || t("lifetime.churn_lifetime_how") />
                <Figure label=move || t("lifetime.churn_need") value=Signal::derive(need) how=Signal::derive(need_how) />
            </div>
            <p class="lesson">{comparison}</p>
            <TwoFirms />
        </section>
    }
}

/// Two firms with their customers at the start and customers lost (churn = lost ÷ at start).
#[component]
fn TwoFirms() -> impl IntoView {
    let state = expect_context::<AppState>();
    let e = FirmsInputs::EXAMPLE;
    let base_a = RwSignal::new(e.base_a);
    let lost_a = RwSignal::new(e.lost_a);
    let base_b = RwSignal::new(e.base_b);
    let lost_b = RwSignal::new(e.lost_b);
    let cac = RwSignal::new(e.cac);
    let source = follow(&state, move |i: FirmsInputs| {
        base_a.set(i.base_a);
        lost_a.set(i.lost_a);
        base_b.set(i.base_b);
        lost_b.set(i.lost_b);
        cac.set(i.cac);
    });
    // What the list could not supply when its figures are shown: the benchmark churn, the
    // acquisition cost.
    let gaps = move || {
        let shown = source.asked.get() == Figures::List && source.missing.get().is_none();
        state.analysis.with(|a| {
            let f = a.list_figures.as_ref().ok().filter(|_| shown)?;
            let mut notes = Vec::new();
            if f.benchmark_churn.is_none() {
                notes.push(tf(
                    "lifetime.firms_no_benchmark",
                    &[("churn", &format::percent(FirmsInputs::EXAMPLE_BENCHMARK, 0))],
                ));
            }
            if f.cac.is_none() {
                notes.push(tf(
                    "lifetime.firms_no_cac",
                    &[("cac", &money(&state, FirmsInputs::EXAMPLE.cac))],
                ));
            }
            (!notes.is_empty()).then(|| notes.join(" "))
        })
    };
    let result = Memo::new(move |_| -> Result<ChurnComparison, ChurnError> {
        let firm = |base: RwSignal<f64>, lost: RwSignal<f64>| {
            let (b, l) = (base.get(), lost.get());
            churn::rate_from_counts(l as u64, b as u64).map(|r| churn::summarise(r, b))
        };
        Ok(churn::compare(
            firm(base_a, lost_a)?,
            firm(base_b, lost_b)?,
            Some(cac.get()),
        ))
    });
    let row = move |key: &'static str, pick: fn(&churn::ChurnSummary) -> String| {
        view! {
            <tr>
                <th scope="row">{move || t(key)}</th>
                <td class="num">{move || result.with(|r| r.as_ref().map(|c| pick(&c.a)).unwrap_or_default())}</td>
                <td class="num">{move || result.with(|r| r.as_ref().map(|c| pick(&c.b)).unwrap_or_default())}</td>
            </tr>
        }
    };
    view! {
        <fieldset class="two-firms">
            <legend>{move || t("lifetime.firms_title")}</legend>
            {source_line(source, "lifetime.firms_example", "lifetime.firms_from_list")}
            {move || gaps().map(|g| view! { <p class="note firms-gaps">{g}</p> })}
            <div class="inputs">
                <LocalNumber id="lt-firm-a-base" label=move || t("lifetime.firm_a_base") value=base_a spec=numbers::FIRM_CUSTOMERS source=source />
                <LocalNumber id="lt-firm-a-lost" label=move || t("lifetime.firm_a_lost") value=lost_a spec=numbers::FIRM_CUSTOMERS source=source />
                <LocalNumber id="lt-firm-b-base" label=move || t("lifetime.firm_b_base") value=base_b spec=numbers::FIRM_CUSTOMERS source=source />
                <LocalNumber id="lt-firm-b-lost" label=move || t("lifetime.firm_b_lost") value=lost_b spec=numbers::FIRM_CUSTOMERS source=source />
                <LocalNumber id="lt-firm-cac" label=move || t("lifetime.firm_cac") unit=move || unit_text(&state, "unit.money_once") value=cac spec=numbers::FIRM_CAC source=source />
            </div>
            {move || result.with(|r| r.as_ref().err().map(|e| view! { <p class="field-error" role="alert">{e.explain()}</p> }))}
            <table class="firms">
                <caption>{move || t("lifetime.firms_caption")}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{move || t("lifetime.firm_a")}</th>
                        <th scope="col">{move || t("lifetime.firm_b")}</th>
                    </tr>
                </thead>
                <tbody>
                    {row("lifetime.firm_churn", |s| format::percent(s.churn, 1))}
                    {row("overview.lifetime", |s| lifetime_text(s.lifetime))}
                    {row("lifetime.firm_need", |s| tf("lifetime.per_year_count", &[("n", &count_text(s.replacement_need))]))}
                </tbody>
            </table>
            <p class="lesson">{move || result.with(|r| r.as_ref().map(|c| extra_spend_text(&state, c)).unwrap_or_default())}</p>
        </fieldset>
    }
}
