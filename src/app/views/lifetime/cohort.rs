//! The cohort lifetime-value table: editable inputs per year, every computed
//! row, what the table teaches and the LTV gained per point of retention.

use super::inputs::{edit_cohort, CohortCell, CohortInput, CohortNumber};
use super::shown_line;
use crate::app::messages::Explain;
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{currency, money, ChartFigure, ChoiceSetting};
use crate::chart;
use crate::engine::cohort::CohortRow;
use crate::engine::keys::VariantArray;
use crate::engine::numbers;
use crate::engine::numbers::NumberKind;
use crate::engine::settings::{CohortYearInput, FactorRounding, Figures};
use crate::format;
use crate::i18n::{formula, t, tf, tfn};
use leptos::prelude::*;

/// Most years the table offers; beyond this a cohort table stops teaching anything.
const MAX_YEARS: usize = 50;

/// A computed row: label key, formula key (shown as the header's title and in the note), and
/// how a cell is written (the second argument: decimals of the discount factor).
type Computed = (&'static str, &'static str, fn(&CohortRow, usize) -> String);

/// A computed row's formula text; the discount factor's formula comes from code.
fn how_text(key: &str) -> String {
    tf(key, &[("formula", formula::COHORT_DISCOUNT_FACTOR)])
}

const COMPUTED: [Computed; 10] = [
    (
        "lifetime.cohort_customers",
        "lifetime.cohort_customers_how",
        |r, _| format::number(r.customers, 0),
    ),
    (
        "lifetime.cohort_revenue",
        "lifetime.cohort_revenue_how",
        |r, _| format::number(r.revenue, 0),
    ),
    (
        "lifetime.cohort_cost_of_sales",
        "lifetime.cohort_cost_of_sales_how",
        |r, _| format::number(r.cost_of_sales, 0),
    ),
    (
        "lifetime.cohort_marketing_costs",
        "lifetime.cohort_marketing_costs_how",
        |r, _| format::number(r.marketing_costs, 0),
    ),
    (
        "lifetime.cohort_total_costs",
        "lifetime.cohort_total_costs_how",
        |r, _| format::number(r.total_costs, 0),
    ),
    (
        "lifetime.cohort_profit",
        "lifetime.cohort_profit_how",
        |r, _| format::number(r.profit, 0),
    ),
    (
        "lifetime.cohort_factor",
        "lifetime.cohort_factor_how",
        |r, d| format::number(r.discount_factor, d),
    ),
    ("lifetime.cohort_npv", "lifetime.cohort_npv_how", |r, _| {
        format::number(r.npv_profit, 0)
    }),
    (
        "lifetime.cohort_cumulative",
        "lifetime.cohort_cumulative_how",
        |r, _| format::number(r.cumulative_npv, 0),
    ),
    ("lifetime.cohort_ltv", "lifetime.cohort_ltv_how", |r, _| {
        format::number(r.ltv, 2)
    }),
];

#[component]
pub fn CohortSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.cohort;
    let years = Memo::new(move |_| a.with(|a| a.inputs.years.len()));
    let add_year = move |_| {
        edit_cohort(&state, |c| {
            let y = &mut c.years;
            if y.len() < MAX_YEARS {
                let next = y.last().copied().unwrap_or(CohortYearInput::default());
                y.push(next);
            }
        });
        state.announce(
            Message::new("lifetime.cohort_year_added", &[]).counting("n", years.get_untracked()),
        );
    };
    let remove_year = move |_| {
        edit_cohort(&state, |c| {
            if c.years.len() > 1 {
                c.years.pop();
            }
        });
        state.announce(
            Message::new("lifetime.cohort_year_removed", &[]).counting("n", years.get_untracked()),
        );
    };
    let factor_decimals = move || {
        a.with(|a| match a.inputs.rounding {
            FactorRounding::Exact => 4,
            FactorRounding::TwoDecimals => 2,
        })
    };
    let computed_row = move |(key, how, write): Computed| {
        view! {
            <tr class="computed">
                <th scope="row" title=move || how_text(how)>{move || t(key)}</th>
                {move || {
                    let d = factor_decimals();
                    a.with(|a| match &a.table {
                        Ok(table) => table
                            .rows
                            .iter()
                            .map(|r| view! { <td class="num">{write(r, d)}</td> })
                            .collect::<Vec<_>>(),
                        Err(_) => Vec::new(),
                    })
                }}
            </tr>
        }
    };
    let input_row = move |input: CohortInput| {
        let unit = match input.spec().kind {
            NumberKind::Percent => " (%)",
            _ => "",
        };
        view! {
            <tr class="input-row">
                <th scope="row">{move || t(&input.label_key())}{unit}</th>
                <For each=move || 0..years.get() key=|k| *k children=move |k| view! { <CohortCell input=input year=k /> } />
            </tr>
        }
    };
    let error = move || {
        a.with(|a| {
            a.table
                .as_ref()
                .err()
                .map(|e| view! { <p class="warning" role="alert">{e.explain()}</p> })
        })
    };
    let note = move || {
        COMPUTED
            .iter()
            .map(|(key, how, _)| format!("{}: {}", t(key), how_text(how)))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    view! {
        <section aria-labelledby="lt-cohort-title">
            <h3 id="lt-cohort-title">{move || t("lifetime.cohort_title")}</h3>
            <p>{move || t("lifetime.cohort_intro")}</p>
            {shown_line(
                Signal::derive(move || a.with(|a| a.requested)),
                Signal::derive(move || a.with(|a| a.missing)),
                "lifetime.cohort_example",
                "lifetime.cohort_from_list",
                move |f: Figures| state.edit_current(|l| l.settings.cohort.shown = Some(f)),
            )}
            <div class="inputs">
                <CohortNumber id="lt-cohort-size" label=move || t("lifetime.cohort_size") unit=move || t("unit.customers")
                    get=|c| c.cohort_size set=|c, v| c.cohort_size = v spec=numbers::COHORT_SIZE />
                <CohortNumber id="lt-cohort-interest" label=move || t("lifetime.cohort_interest")
                    get=|c| c.interest_rate set=|c, v| c.interest_rate = v spec=numbers::COHORT_INTEREST />
                <CohortNumber id="lt-cohort-risk" label=move || t("lifetime.cohort_risk")
                    get=|c| c.risk_factor set=|c, v| c.risk_factor = v spec=numbers::COHORT_RISK />
                <ChoiceSetting id="lt-cohort-rounding" label=move || t("lifetime.cohort_rounding")
                    text=rounding_text get=|s| s.cohort.rounding set=|s, k| s.cohort.rounding = k />
            </div>
            <div class="buttons">
                <button on:click=add_year disabled=move || { years.get() >= MAX_YEARS }>{move || t("lifetime.cohort_add_year")}</button>
                <button on:click=remove_year disabled=move || { years.get() <= 1 }>{move || t("lifetime.cohort_remove_year")}</button>
            </div>
            {error}
            <div class="table-scroll">
                <table class="cohort">
                    <caption>{move || tf("lifetime.cohort_caption", &[("currency", &currency(&state))])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t("lifetime.cohort_measure")}</th>
                            <For each=move || 0..years.get() key=|k| *k
                                children=move |k| view! { <th scope="col">{move || tf("lifetime.year_n", &[("n", &(k + 1).to_string())])}</th> } />
                        </tr>
                    </thead>
                    <tbody>
                        {CohortInput::VARIANTS.iter().copied().map(input_row).collect_view()}
                        {COMPUTED.into_iter().map(computed_row).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="note">{note}</p>
            <Lessons />
            <CumulativeLtv />
        </section>
    }
}

/// What the table teaches: the acquisition year loses money, an early leaver costs −LTV_1,
/// and retention is what makes the cohort profitable.
#[component]
fn Lessons() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.cohort;
    let lessons = move || {
        a.with(|a| {
            let Ok(table) = &a.table else {
                return Vec::new();
            };
            let mut out = Vec::new();
            if let Some(first) = table.rows.first() {
                out.push(if table.acquisition_year_loses {
                    tf(
                        "lifetime.cohort_lesson_loss",
                        &[("profit", &money(&state, first.profit))],
                    )
                } else {
                    tf(
                        "lifetime.cohort_lesson_no_loss",
                        &[("profit", &money(&state, first.profit))],
                    )
                });
            }
            if table.cost_per_early_leaver > 0.0 {
                out.push(tf(
                    "lifetime.cohort_lesson_leaver",
                    &[("cost", &money(&state, table.cost_per_early_leaver))],
                ));
            }
            out.push(tfn(
                "lifetime.cohort_lesson_final",
                &[("years", table.rows.len())],
                &[("ltv", &money(&state, table.final_ltv))],
            ));
            out
        })
    };
    let gains = move || {
        a.with(|a| {
            a.retention_gain.as_ref().ok().map(|g| {
                let mut rows: Vec<(String, String)> = g
                    .per_year
                    .iter()
                    .enumerate()
                    .map(|(k, v)| {
                        (
                            tf("lifetime.year_n", &[("n", &(k + 1).to_string())]),
                            money(&state, *v),
                        )
                    })
                    .collect();
                rows.push((t("lifetime.gain_all_years"), money(&state, g.all_years)));
                rows
            })
        })
    };
    view! {
        <h4>{move || t("lifetime.cohort_lessons")}</h4>
        <ul class="lessons">{move || lessons().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        {move || gains().map(|rows| view! {
            <table class="gains">
                <caption>{move || t("lifetime.gain_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t("lifetime.gain_where")}</th>
                        <th scope="col" title=move || t("lifetime.gain_how")>{move || t("lifetime.gain_value")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(year, v)| view! { <tr><th scope="row">{year}</th><td class="num">{v}</td></tr> }).collect_view()}
                </tbody>
            </table>
            <p class="note">{move || t("lifetime.gain_how")}</p>
        })}
    }
}

/// Chart slot `cumulative-ltv` with its table alternative: LTV_t by year.
#[component]
fn CumulativeLtv() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.cohort;
    let rows = move || {
        a.with(|a| {
            a.table
                .as_ref()
                .map(|table| {
                    table
                        .rows
                        .iter()
                        .map(|r| (r.year, format::number(r.ltv, 2)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let chart = move || {
        a.with(|a| {
            let years: Vec<(u32, f64)> = a
                .table
                .as_ref()
                .map(|table| table.rows.iter().map(|r| (r.year as u32, r.ltv)).collect())
                .unwrap_or_default();
            let labels = chart::AxisLabels {
                title: t("lifetime.chart_cumulative"),
                x: t("lifetime.cohort_year"),
                y: tf(
                    "lifetime.chart_ltv_axis",
                    &[("currency", &currency(&state))],
                ),
            };
            chart::cumulative_ltv(&years, &labels, chart::Size::default())
        })
    };
    view! {
        <ChartFigure name="cumulative-ltv" caption=move || t("lifetime.chart_cumulative") svg=Signal::derive(chart) />
        <figure class="chart-table">
            <figcaption>{move || t("lifetime.chart_cumulative")}</figcaption>
            <table class="chart-alt">
                <caption>{move || t("lifetime.chart_cumulative_table")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t("lifetime.cohort_year")}</th>
                        <th scope="col">{move || t("lifetime.cohort_ltv")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows().into_iter().map(|(year, ltv)| view! {
                        <tr><th scope="row">{year}</th><td class="num">{ltv}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

fn rounding_text(rounding: FactorRounding) -> String {
    t(match rounding {
        FactorRounding::Exact => "lifetime.cohort_exact",
        FactorRounding::TwoDecimals => "lifetime.cohort_rounded",
    })
}
