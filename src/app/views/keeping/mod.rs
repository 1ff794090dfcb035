//! Keeping customers: churn measured from the list's former customers, what
//! keeping a customer costs against losing and replacing one, the customer's side of the
//! relationship (delivered value), share of wallet, and the seed's own checks, each said in
//! a sentence.

mod churn;
mod value;
pub(crate) use value::stage_shape_text;

use crate::app::state::AppState;
use crate::app::views::economics::lines::{LineEditor, Lines};
use crate::app::widgets::{currency, money, ChartFigure, EmptyNote, Figure, Fold};
use crate::chart::{self, ChartError};
use crate::engine::analysis::Analysis;
use crate::engine::keeping::{Cheaper, KeptLostSource};
use crate::engine::keys::Keyed;
use crate::engine::measured_churn::ChurnSource;
use crate::engine::settings::RetentionLevel;
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

#[component]
pub fn KeepingView() -> impl IntoView {
    view! {
        <section class="keeping" aria-labelledby="keeping-title">
            <h2 id="keeping-title">{move || t("view.keeping")}</h2>
            <p>{move || t("keeping.intro")}</p>
            <KeepingAnswer />
            <Fold key="keeping-churn" title="keeping.churn_title"><churn::MeasuredSection /></Fold>
            <Fold key="keeping-spend" title="keeping.spend_title"><SpendSection /></Fold>
            <Fold key="keeping-delivered" title="keeping.delivered_title"><value::DeliveredSection /></Fold>
            <Fold key="keeping-wallet" title="keeping.wallet_title"><value::WalletSection /></Fold>
            <Fold key="keeping-checks" title="keeping.checks_title"><value::ChecksSection /></Fold>
        </section>
    }
}

/// The words for where a churn came from.
pub(crate) fn source_text(source: ChurnSource) -> String {
    t(&format!("keeping.source_{}", source.key()))
}

/// "12.5 %" for a churn a year.
fn churn_text(rate: f64) -> String {
    format::percent(rate, 1)
}

/// A count that may be fractional (the customers a typed churn loses): whole numbers bare.
fn count_text(value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 {
        format::count(value.round() as u64)
    } else {
        format::number(value, 1)
    }
}

/// The answer: the churn in force and where it comes from, then keeping against replacing in
/// figures, one sentence and a chart.
#[component]
fn KeepingAnswer() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let churn = move || a.with(|a| churn_text(a.churn_in_force.list.rate));
    let churn_how = move || a.with(churn_in_force_text);
    let optional_money = move |v: Option<f64>| match v {
        Some(v) => money(&state, v),
        None => t("economics.not_available"),
    };
    let per_kept = move || a.with(|a| optional_money(a.keeping.cost_per_kept));
    let per_kept_how = move || a.with(|a| per_kept_how(&state, a));
    let cac = move || a.with(|a| optional_money(a.keeping.cac));
    let churn_cost = move || a.with(|a| optional_money(a.keeping.cost_of_churn));
    let churn_cost_how = move || {
        a.with(|a| {
            let k = &a.keeping;
            match (k.average_ltv, k.cost_of_churn) {
                (Some(ltv), Some(cost)) => tf(
                    "keeping.churn_cost_how",
                    &[
                        ("lost", &count_text(k.counts.lost)),
                        ("ltv", &money(&state, ltv)),
                        ("cost", &money(&state, cost)),
                    ],
                ),
                _ => t("keeping.churn_cost_missing"),
            }
        })
    };
    let replacing = move || a.with(|a| optional_money(a.keeping.cost_of_replacing));
    let replacing_how = move || {
        a.with(|a| {
            let k = &a.keeping;
            match (k.cac, k.cost_of_replacing) {
                (Some(cac), Some(cost)) => tf(
                    "keeping.replacing_how",
                    &[
                        ("lost", &count_text(k.counts.lost)),
                        ("cac", &money(&state, cac)),
                        ("cost", &money(&state, cost)),
                    ],
                ),
                _ => t("keeping.replacing_missing"),
            }
        })
    };
    let verdict = move || a.with(|a| verdict_text(&state, a));
    let chart = move || {
        let _ = crate::i18n::lang();
        a.with(|a| keeping_chart(a, &currency(&state)))
    };
    view! {
        <div class="figures">
            <Figure label=move || t("keeping.churn_in_force") value=Signal::derive(churn) how=churn_how />
            <Figure label=move || t("keeping.per_kept") value=Signal::derive(per_kept) how=per_kept_how />
            <Figure label=move || t("keeping.cac") value=Signal::derive(cac) how=move || t("keeping.cac_how") />
            <Figure label=move || t("keeping.churn_cost") value=Signal::derive(churn_cost) how=churn_cost_how />
            <Figure label=move || t("keeping.replacing") value=Signal::derive(replacing) how=replacing_how />
        </div>
        <p class="keeping-verdict" data-testid="keeping-verdict">{verdict}</p>
        <ChartFigure name="keeping" caption=move || t("keeping.chart_caption") svg=Signal::derive(chart) />
    }
}

/// Which churn the lifetimes use and why.
pub(crate) fn churn_in_force_text(a: &Analysis) -> String {
    let m = &a.measured_churn;
    let force = &a.churn_in_force;
    match (force.list.source, m.year) {
        (ChurnSource::MeasuredOverall, Some(year)) => tf(
            "keeping.in_force_measured",
            &[
                ("lost", &format::count(m.overall.lost)),
                ("start", &format::count(m.overall.at_start)),
                ("year", &year.to_string()),
                ("churn", &churn_text(force.list.rate)),
            ],
        ),
        _ => tf(
            "keeping.in_force_typed",
            &[("churn", &churn_text(force.list.rate))],
        ),
    }
}

fn per_kept_how(state: &AppState, a: &Analysis) -> String {
    let k = &a.keeping;
    let kept_from = t(match k.counts.source {
        KeptLostSource::Measured => "keeping.kept_measured",
        KeptLostSource::Typed => "keeping.kept_typed",
    });
    match (k.cost_per_kept, &k.bad_line) {
        (_, Some(line)) => tf("keeping.bad_line", &[("name", line)]),
        (Some(per), None) => tf(
            "keeping.per_kept_how",
            &[
                ("spend", &money(state, k.spend)),
                ("kept", &count_text(k.counts.kept)),
                ("per", &money(state, per)),
                ("from", &kept_from),
            ],
        ),
        (None, None) if k.spend <= 0.0 => t("keeping.no_spend"),
        (None, None) => t("keeping.nobody_kept"),
    }
}

/// One sentence: which is cheaper, keeping or replacing, and by how much.
fn verdict_text(state: &AppState, a: &Analysis) -> String {
    let k = &a.keeping;
    match (k.cheaper, k.cost_per_kept, k.cac) {
        (Some(Cheaper::Keeping), Some(keep), Some(cac)) => tf(
            "keeping.verdict_keeping",
            &[
                ("keep", &money(state, keep)),
                ("cac", &money(state, cac)),
                ("times", &format::number(k.cac_to_keeping.unwrap_or(0.0), 2)),
            ],
        ),
        (Some(Cheaper::Replacing), Some(keep), Some(cac)) => tf(
            "keeping.verdict_replacing",
            &[
                ("keep", &money(state, keep)),
                ("cac", &money(state, cac)),
                ("times", &format::number(keep / cac, 2)),
            ],
        ),
        (Some(Cheaper::Same), Some(keep), _) => {
            tf("keeping.verdict_same", &[("keep", &money(state, keep))])
        }
        _ => t("keeping.verdict_missing"),
    }
}

/// Retention spend of the year against what the customers lost cost: their lifetime value and
/// the acquisition cost of replacing them.
fn keeping_chart(a: &Analysis, currency: &str) -> Result<String, ChartError> {
    let k = &a.keeping;
    let mut names = Vec::new();
    let mut values = Vec::new();
    for (key, value) in [
        ("keeping.bar_spend", Some(k.spend).filter(|v| *v > 0.0)),
        ("keeping.bar_replacing", k.cost_of_replacing),
        ("keeping.bar_churn", k.cost_of_churn),
    ] {
        if let Some(v) = value.filter(|v| v.is_finite()) {
            names.push(t(key));
            values.push(v);
        }
    }
    if values.is_empty() {
        return Err(ChartError::NoData);
    }
    let axis = chart::AxisLabels {
        title: t("keeping.chart_title"),
        x: String::new(),
        y: tf("keeping.chart_axis", &[("currency", currency)]),
    };
    chart::single_bars(&names, &values, &axis, chart::Size::default())
}

const LEVEL_COLUMNS: &[&str] = &[
    "economics.col_level",
    "keeping.col_means",
    "keeping.col_spend",
    "keeping.col_per_kept",
];

/// Retention spend by level: the lines, then what each level costs per customer kept.
#[component]
fn SpendSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let rows = move || {
        a.with(|a| {
            a.keeping
                .by_level
                .iter()
                .map(|l| {
                    let per = l
                        .per_kept
                        .map(|v| money(&state, v))
                        .unwrap_or_else(|| t("economics.not_available"));
                    view! {
                        <tr>
                            <th scope="row">{level_text(l.level)}</th>
                            <td>{level_means(l.level)}</td>
                            <td class="num">{money(&state, l.spend)}</td>
                            <td class="num">{per}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="keeping-spend-title">
            <h3 id="keeping-spend-title">{move || t("keeping.spend_title")}</h3>
            <p>{move || t("keeping.spend_intro")}</p>
            <LineEditor lines=Lines::Retention />
            <Show
                when=move || a.with(|a| a.keeping.spend > 0.0)
                fallback=|| view! { <EmptyNote text=move || t("keeping.no_spend") /> }
            >
                <KeyedTable class="levels" caption="keeping.levels_caption" columns=LEVEL_COLUMNS rows=rows />
            </Show>
        </section>
    }
}

/// A table with a caption and column headings given as translation keys, its body drawn by
/// `rows` (the keeping view's tables differ only in those).
#[component]
pub(super) fn KeyedTable<R, V>(
    class: &'static str,
    caption: &'static str,
    columns: &'static [&'static str],
    rows: R,
) -> impl IntoView
where
    R: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <div class="table-scroll">
            <table class=class>
                <caption>{move || t(caption)}</caption>
                <thead>
                    <tr>
                        {columns.iter().map(|key| view! { <th scope="col">{move || t(key)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A level's name.
fn level_text(level: RetentionLevel) -> String {
    t(&format!("economics.kind_{}", level.key()))
}

/// What a level works with, as the seed describes it.
fn level_means(level: RetentionLevel) -> String {
    t(&format!("keeping.means_{}", level.key()))
}
