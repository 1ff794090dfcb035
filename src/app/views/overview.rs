//! The overview: the story of the list in one screen (issue 16 point 2). The headline figures,
//! then four charts (the value pyramid, the 80/20 curve, profit by tier, LTV : CAC by channel)
//! and the three things to do next, each leading to the view that has the details; the other
//! figures and the warnings below.

use crate::app::messages::explain;
use crate::app::state::{AppState, View};
use crate::app::views::pareto::{lorenz_chart, losses_sentence};
use crate::app::views::pyramid::tier_label;
use crate::app::views::pyramid::tiers::pyramid_chart;
use crate::app::widgets::{choice_text, currency, money, value_share_text, ChartFigure, Figure};
use crate::chart::{self, ChartError};
use crate::engine::analysis::Analysis;
use crate::engine::churn::Lifetime;
use crate::engine::concentration::MarginVerdict;
use crate::engine::keeping::Cheaper;
use crate::engine::pareto::curve_at_steps;
use crate::format;
use crate::i18n::{formula, t, tf, tfn, tfx};
use leptos::prelude::*;

#[component]
pub fn OverviewView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    // The chart and its table read the same sums: one pass over 100,000 rows, not two.
    let tier_profit = Memo::new(move |_| a.with(Analysis::profit_by_tier));
    let count = move || {
        a.with(|a| {
            tfn(
                "overview.count_value",
                &[
                    ("customers", a.customer_count),
                    ("prospects", a.prospect_count),
                ],
                &[],
            )
        })
    };
    let revenue = move || a.with(|a| money(&state, a.totals.revenue));
    let profit = move || a.with(|a| money(&state, a.totals.profit));
    let relationship = move || a.with(|a| money(&state, a.totals.relationship_value));
    let ltv = move || a.with(|a| money(&state, a.totals.ltv));
    let top_share = move || a.with(|a| value_share_text(a.revenue_pareto.top_share_of_value, 1));
    let top_share_how = move || {
        a.with(|a| {
            let p = &a.revenue_pareto;
            if p.top_share_of_value.is_none() {
                return tf("pareto.no_share", &[("measure", &t("pareto.revenue_word"))]);
            }
            let mut text = tfn(
                "overview.top_share_how",
                &[("count", p.count)],
                &[
                    ("top", &format::count(p.top_count)),
                    ("share", &format::percent(p.top_share_of_customers, 0)),
                ],
            );
            if p.losses.count > 0 {
                text.push(' ');
                text.push_str(&losses_sentence(&state, p, &t("pareto.revenue_word")));
            }
            text
        })
    };
    let gini = move || {
        a.with(|a| {
            a.revenue_pareto
                .gini
                .map_or_else(|| t("share.none"), |g| format::number(g, 2))
        })
    };
    let targets = move || {
        a.with(|a| {
            tf(
                "overview.targets_value",
                &[
                    ("targets", &format::count(a.targets.targets.len())),
                    ("capacity", &format::count(a.targets.capacity)),
                ],
            )
        })
    };
    let lifetime = move || {
        a.with(|a| match a.churn.lifetime {
            Lifetime::Years(y) => tfx("unit.n_years", &[("n", y, 1)], &[]),
            Lifetime::Unbounded => t("churn.unbounded"),
        })
    };
    let negative = move || a.with(|a| a.negative_profit.len().to_string());
    let warnings = move || {
        a.with(|a| {
            let mut w: Vec<String> = a.warnings.iter().map(explain).collect();
            for flag in &a.concentration.flagged {
                if let Some(c) = a.customers.get(flag.index) {
                    w.push(tf(
                        "overview.concentration_flag",
                        &[
                            ("name", &state.name_of(c)),
                            ("share", &format::percent(flag.share, 1)),
                        ],
                    ));
                }
            }
            if !a.negative_profit.is_empty() {
                w.push(tfn(
                    "overview.negative_profit",
                    &[("count", a.negative_profit.len())],
                    &[],
                ));
            }
            let c = &a.concentration;
            match c.verdict {
                MarginVerdict::EatMargin => w.push(tf(
                    "overview.big_eat_margin",
                    &[
                        ("service", &value_share_text(c.big_service_cost_share, 1)),
                        ("profit", &value_share_text(c.big_profit_share, 1)),
                    ],
                )),
                MarginVerdict::LoseMoney => w.push(tf(
                    "overview.big_lose_money",
                    &[("net", &money(&state, c.big_profit))],
                )),
                MarginVerdict::PayTheirWay
                | MarginVerdict::NoProfit
                | MarginVerdict::NoServiceCost => {}
            }
            w
        })
    };
    let next = move || a.with(|a| next_steps(&state, a));
    view! {
        <section class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title">{move || t("view.overview")}</h2>
            <div class="figures headline">
                <Figure label=move || t("overview.relationship") value=Signal::derive(relationship) how=move || t("overview.relationship_how") />
                <Figure label=move || t("overview.revenue") value=Signal::derive(revenue) how=move || t("overview.revenue_how") />
                <Figure label=move || t("overview.profit") value=Signal::derive(profit) how=move || t("overview.profit_how") />
                <Figure label=move || t("overview.ltv") value=Signal::derive(ltv) how=move || tf("overview.ltv_how", &[("formula", formula::EXPECTED_YEARS)]) />
                <Figure label=move || t("overview.top_share") value=Signal::derive(top_share) how=Signal::derive(top_share_how) />
            </div>
            <div class="story">
                <StoryCard name="pyramid" title="overview.chart_pyramid" link="overview.see_pyramid" view=View::Pyramid
                    svg=Signal::derive(move || a.with(|a| pyramid_chart(a, &t("overview.chart_pyramid"), CARD)))
                    columns=["overview.axis_tier", "overview.col_customers"]
                    rows=Signal::derive(move || a.with(pyramid_rows)) />
                <StoryCard name="lorenz" title="overview.chart_lorenz" link="overview.see_pareto" view=View::Pareto
                    svg=Signal::derive(move || a.with(|a| lorenz_chart(a, &t("overview.chart_lorenz"), CARD)))
                    columns=["pareto.col_customers", "pareto.col_revenue"]
                    rows=Signal::derive(move || a.with(lorenz_rows)) />
                <StoryCard name="profit-by-tier" title="overview.chart_profit_tiers" link="overview.see_profiles" view=View::Pyramid
                    svg=Signal::derive(move || tier_profit.with(|sums| profit_by_tier_chart(sums.as_deref(), &currency(&state), CARD)))
                    columns=["overview.axis_tier", "overview.profit"]
                    rows=Signal::derive(move || tier_profit.with(|sums| profit_rows(&state, sums.as_deref()))) />
                <StoryCard name="ltv-cac" title="overview.chart_ltv_cac" link="overview.see_economics" view=View::Economics
                    svg=Signal::derive(move || a.with(|a| ltv_cac_chart(a, CARD)))
                    columns=["economics.col_channel", "overview.col_ratio"]
                    rows=Signal::derive(move || a.with(|a| ratio_rows(a).into_iter().map(|(c, r)| (c, tf("economics.ratio", &[("x", &format::number(r, 2))]))).collect())) />
            </div>
            <h3 id="overview-next-title">{move || t("overview.next_title")}</h3>
            <ul class="next-steps" aria-labelledby="overview-next-title">
                {move || {
                    next()
                        .into_iter()
                        .map(|step| {
                            let view = step.view;
                            view! {
                                <li data-next=step.key>
                                    <strong>{t(step.title)}</strong>
                                    <p>{step.text}</p>
                                    <button class="link-button" on:click=move |_| state.set_view(view)>{t(step.link)}</button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <div class="overview-more">
            <h3>{move || t("overview.more_figures")}</h3>
            <div class="figures">
                <Figure label=move || t("overview.count") value=Signal::derive(count) how=move || t("overview.count_how") />
                <Figure label=move || t("overview.gini") value=Signal::derive(gini) how=move || t("overview.gini_how") />
                <Figure label=move || t("overview.targets") value=Signal::derive(targets) how=move || t("overview.targets_how") />
                <Figure label=move || t("overview.lifetime") value=Signal::derive(lifetime) how=move || t("overview.lifetime_how") />
                <Figure label=move || t("overview.negative") value=Signal::derive(negative) how=move || t("overview.negative_how") />
            </div>
            <h3>{move || t("overview.warnings")}</h3>
            {move || {
                let w = warnings();
                if w.is_empty() {
                    view! { <p>{move || t("overview.no_warnings")}</p> }.into_any()
                } else {
                    view! { <ul class="warnings">{w.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
            <p>
                <button on:click=move |_| state.set_view(View::Import)>{move || t("overview.go_import")}</button>
            </p>
            </div>
        </section>
    }
}

/// The size the overview's charts are drawn at: four fit side by side at 1280 px, each
/// scaled to its card (the SVG's viewBox), their text still about 11 px.
const CARD: chart::Size = chart::Size {
    width: 340,
    height: 230,
};

/// One chart of the story, its figures as a table (folded), and a button to the view that
/// explains it. `columns` are the keys of the table's two column headers.
#[component]
fn StoryCard(
    name: &'static str,
    title: &'static str,
    link: &'static str,
    view: View,
    svg: Signal<Result<String, ChartError>>,
    columns: [&'static str; 2],
    rows: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="story-card">
            <ChartFigure name=name caption=move || t(title) svg=svg>
                <details class="chart-table">
                    <summary>{move || t("overview.as_table")}</summary>
                    <table>
                        <caption class="sr-only">{move || t(title)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t(columns[0])}</th>
                                <th scope="col">{move || t(columns[1])}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                rows.get()
                                    .into_iter()
                                    .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td class="num">{value}</td></tr> })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </details>
            </ChartFigure>
            <button class="link-button" on:click=move |_| state.set_view(view)>{move || t(link)}</button>
        </div>
    }
}

/// Each tier and its customers.
fn pyramid_rows(a: &Analysis) -> Vec<(String, String)> {
    a.pyramid.as_ref().map_or_else(
        |_| Vec::new(),
        |p| {
            p.bands
                .iter()
                .enumerate()
                .map(|(k, b)| (tier_label(k), format::count(b.count)))
                .collect()
        },
    )
}

/// The share of revenue of the top 10 %, 20 %, … of customers.
fn lorenz_rows(a: &Analysis) -> Vec<(String, String)> {
    const STEPS: usize = 10;
    curve_at_steps(&a.revenue_pareto.curve, STEPS)
        .iter()
        .skip(1)
        .map(|c| (format::percent(c.customers, 0), format::percent(c.value, 1)))
        .collect()
}

/// Each tier's profit a year.
fn profit_rows(state: &AppState, sums: Option<&[f64]>) -> Vec<(String, String)> {
    sums.unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(k, p)| (tier_label(k), money(state, *p)))
        .collect()
}

/// LTV : CAC of each channel that has both, highest first (the chart's order).
fn ratio_rows(a: &Analysis) -> Vec<(String, f64)> {
    let mut rows: Vec<(String, f64)> = a
        .acquisition
        .channels
        .iter()
        .filter_map(|c| Some((choice_text(c.channel), c.ltv_to_cac?)))
        .collect();
    rows.sort_by(|x, y| y.1.total_cmp(&x.1));
    rows
}

/// Net profit a year of each pyramid tier, as bars.
fn profit_by_tier_chart(
    sums: Option<&[f64]>,
    currency: &str,
    size: chart::Size,
) -> Result<String, ChartError> {
    let sums = sums.ok_or(ChartError::NoData)?;
    let tiers: Vec<String> = (0..sums.len()).map(tier_label).collect();
    let labels = chart::AxisLabels {
        title: t("overview.chart_profit_tiers"),
        x: t("overview.axis_tier"),
        y: tf("overview.axis_profit", &[("currency", currency)]),
    };
    chart::single_bars(&tiers, sums, &labels, size)
}

/// LTV : CAC of each channel that has both, highest first, with the line at 1 where a customer
/// just earns back what winning it cost.
fn ltv_cac_chart(a: &Analysis, size: chart::Size) -> Result<String, ChartError> {
    // Ten bars stay legible in a card: with more channels, the five best and the five worst
    // (the table beside it has them all).
    let mut rows = ratio_rows(a);
    if rows.len() > 10 {
        rows.drain(5..rows.len() - 5);
    }
    let labels = chart::AxisLabels {
        title: t("overview.chart_ltv_cac"),
        x: t("overview.axis_ratio"),
        y: t("economics.col_channel"),
    };
    chart::ratio_bars(&rows, Some(1.0), &labels, size)
}

/// Keeping against replacing, short enough for a card, and how many churn risks there are.
fn keep_text(state: &AppState, a: &Analysis) -> String {
    let k = &a.keeping;
    let compared = match (k.cheaper, k.cost_per_kept, k.cac) {
        (Some(Cheaper::Replacing), Some(keep), Some(cac)) => tf(
            "overview.next_keep_replacing",
            &[("keep", &money(state, keep)), ("cac", &money(state, cac))],
        ),
        (Some(_), Some(keep), Some(cac)) => tf(
            "overview.next_keep",
            &[
                ("keep", &money(state, keep)),
                ("cac", &money(state, cac)),
                ("times", &format::number(k.cac_to_keeping.unwrap_or(1.0), 1)),
            ],
        ),
        _ => t("overview.next_keep_missing"),
    };
    match a.delivered.at_risk.len() {
        0 => compared,
        n => format!(
            "{compared} {}",
            tfn("overview.next_keep_risks", &[("count", n)], &[])
        ),
    }
}

/// One of the four things to do next.
struct NextStep {
    key: &'static str,
    title: &'static str,
    text: String,
    link: &'static str,
    view: View,
}

/// Customers to grow (the migration plan), customers losing money, concentration risk, and
/// customers to keep.
fn next_steps(state: &AppState, a: &Analysis) -> Vec<NextStep> {
    let grow = match a.migration.len() {
        0 => t("overview.next_grow_none"),
        n => tfn("overview.next_grow", &[("count", n)], &[]),
    };
    let losses: f64 = a
        .negative_profit
        .iter()
        .filter_map(|&i| a.customers.get(i))
        .map(|c| c.profit.profit)
        .sum();
    let losing = match a.negative_profit.len() {
        0 => t("overview.next_losing_none"),
        n => tfn(
            "overview.next_losing",
            &[("count", n)],
            &[("loss", &money(state, -losses))],
        ),
    };
    let c = &a.concentration;
    let threshold = format::percent(c.threshold, 0);
    let largest = c
        .flagged
        .iter()
        .max_by(|x, y| x.share.total_cmp(&y.share))
        .and_then(|f| Some((a.customers.get(f.index)?, f.share)));
    let concentration = match largest {
        Some((customer, share)) => tfn(
            "overview.next_concentrated",
            &[("count", c.flagged.len())],
            &[
                ("threshold", &threshold),
                ("name", &state.name_of(customer)),
                ("share", &format::percent(share, 1)),
            ],
        ),
        None => tf(
            "overview.next_not_concentrated",
            &[
                ("threshold", &threshold),
                (
                    "top",
                    &format::percent(a.revenue_pareto.top_share_of_customers, 0),
                ),
                (
                    "share",
                    &value_share_text(a.revenue_pareto.top_share_of_value, 1),
                ),
            ],
        ),
    };
    vec![
        NextStep {
            key: "grow",
            title: "overview.next_grow_title",
            text: grow,
            link: "overview.see_migration",
            view: View::Pyramid,
        },
        NextStep {
            key: "losing",
            title: "overview.next_losing_title",
            text: losing,
            link: "overview.see_losing",
            view: View::Pyramid,
        },
        NextStep {
            key: "concentration",
            title: "overview.next_concentration_title",
            text: concentration,
            link: "overview.see_concentration",
            view: View::Pareto,
        },
        NextStep {
            key: "keep",
            title: "overview.next_keep_title",
            text: keep_text(state, a),
            link: "overview.see_keeping",
            view: View::Keeping,
        },
    ]
}
