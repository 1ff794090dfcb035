//! Pareto and concentration: how much of revenue and profit the top customers
//! bring, the Lorenz curve and the Gini coefficient, customers the business depends on, the
//! Herfindahl–Hirschman index and whether big customers eat service time and margin.

use crate::app::state::AppState;
use crate::app::widgets::{
    money, value_share_text, ChartFigure, EmptyNote, Figure, Fold, NumberSetting,
};
use crate::chart::{self, ChartError, LorenzMarker};
use crate::engine::analysis::Analysis;
use crate::engine::concentration::MarginVerdict;
use crate::engine::model::Customer;
use crate::engine::numbers;
use crate::engine::pareto::{curve_at_steps, Pareto};
use crate::format;
use crate::i18n::{formula, t, tf, tfn};
use leptos::prelude::*;

/// Points of the Lorenz table: 0 %, 10 %, …, 100 % of customers.
const TABLE_STEPS: usize = 10;

/// Which measure a figure reads.
#[derive(Clone, Copy, PartialEq)]
enum Measure {
    Revenue,
    Profit,
}

impl Measure {
    fn of(self, a: &Analysis) -> &Pareto {
        match self {
            Measure::Revenue => &a.revenue_pareto,
            Measure::Profit => &a.profit_pareto,
        }
    }

    fn word(self) -> String {
        match self {
            Measure::Revenue => t("pareto.revenue_word"),
            Measure::Profit => t("pareto.profit_word"),
        }
    }
}

#[component]
pub fn ParetoView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let empty = move || a.with(|a| a.customer_count == 0);
    // Customers without a revenue are in neither curve (not rated): said above the figures.
    let not_rated = move || {
        a.with(|a| {
            let rated = a.revenue_pareto.count;
            (a.customer_count > rated).then(|| {
                tfn(
                    "pareto.not_rated",
                    &[("count", a.customer_count - rated), ("rated", rated)],
                    &[],
                )
            })
        })
    };
    view! {
        <section aria-labelledby="pareto-title" class="pareto">
            <h2 id="pareto-title">{move || t("view.pareto")}</h2>
            <p>{move || t("pareto.intro")}</p>
            <Show
                when=move || !empty()
                fallback=|| view! { <EmptyNote text=move || t("pareto.empty") /> }
            >
                {move || not_rated().map(|text| view! { <p class="warning" data-testid="pareto-not-rated">{text}</p> })}
                <ShareFigures />
                <Fold key="pareto-lorenz" title="pareto.lorenz_title"><Lorenz /></Fold>
                <Fold key="pareto-concentration" title="pareto.concentration_title"><ConcentrationRisk /></Fold>
            </Show>
        </section>
    }
}

/// Top share, customers for the value target and Gini, for revenue and for profit.
#[component]
fn ShareFigures() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    // The labels name the shares in force; they change only with the settings.
    let shares = Memo::new(move |_| {
        a.with(|a| {
            (
                format::percent(a.revenue_pareto.top_share_of_customers, 0),
                format::percent(a.revenue_pareto.value_target, 0),
            )
        })
    });
    let figures = move |m: Measure, top: String, target: String| {
        let word = m.word();
        let top_value = move || a.with(|a| value_share_text(m.of(a).top_share_of_value, 1));
        // With nothing above zero, every "how" says so instead of a formula on nothing.
        let no_share = move |p: &Pareto| {
            (p.top_share_of_value.is_none())
                .then(|| tf("pareto.no_share", &[("measure", &m.word())]))
        };
        let top_how = move || {
            a.with(|a| {
                let p = m.of(a);
                no_share(p).unwrap_or_else(|| {
                    tfn(
                        "pareto.top_share_how",
                        &[("count", p.count)],
                        &[
                            ("top", &format::count(p.top_count)),
                            ("share", &format::percent(p.top_share_of_customers, 0)),
                            ("measure", &m.word()),
                            ("positive", &money(&state, p.positive_total)),
                        ],
                    )
                })
            })
        };
        let target_value =
            move || a.with(|a| value_share_text(m.of(a).share_of_customers_for_target, 1));
        let target_how = move || {
            a.with(|a| {
                let p = m.of(a);
                no_share(p).unwrap_or_else(|| {
                    tfn(
                        "pareto.target_how",
                        &[("count", p.count)],
                        &[
                            (
                                "k",
                                &format::count(p.customers_for_target.unwrap_or_default()),
                            ),
                            ("target", &format::percent(p.value_target, 0)),
                            ("measure", &m.word()),
                        ],
                    )
                })
            })
        };
        let gini_value = move || {
            a.with(|a| {
                m.of(a)
                    .gini
                    .map_or_else(|| t("share.none"), |g| format::number(g, 2))
            })
        };
        let gini_how = move || {
            a.with(|a| {
                let p = m.of(a);
                match p.gini {
                    None => tf("pareto.no_share", &[("measure", &m.word())]),
                    Some(g) => tfn(
                        "pareto.gini_how",
                        &[("count", p.count)],
                        &[
                            ("formula", formula::GINI),
                            ("measure", &m.word()),
                            ("gini", &format::number(g, 4)),
                        ],
                    ),
                }
            })
        };
        // The losses, stated beside the shares they are left out of; with nothing above zero,
        // first the words for why there is no share.
        let losses = move || {
            a.with(|a| {
                let p = m.of(a);
                let losses = losses_sentence(&state, p, &m.word());
                match no_share(p) {
                    Some(none) if p.losses.count > 0 => format!("{none} {losses}"),
                    Some(none) => none,
                    None => losses,
                }
            })
        };
        let (heading, class, losses_id) = match m {
            Measure::Revenue => (
                t("pareto.by_revenue"),
                "figures pareto-revenue",
                "pareto-losses-revenue",
            ),
            Measure::Profit => (
                t("pareto.by_profit"),
                "figures pareto-profit",
                "pareto-losses-profit",
            ),
        };
        let top_label = tf(
            "pareto.top_share_label",
            &[("share", &top), ("measure", &word)],
        );
        let target_label = tf(
            "pareto.target_label",
            &[("target", &target), ("measure", &word)],
        );
        let gini_label = tf("pareto.gini_label", &[("measure", &word)]);
        view! {
            <h4>{heading}</h4>
            <div class=class>
                <Figure label=top_label value=Signal::derive(top_value) how=Signal::derive(top_how) />
                <Figure label=target_label value=Signal::derive(target_value) how=Signal::derive(target_how) />
                <Figure label=gini_label value=Signal::derive(gini_value) how=Signal::derive(gini_how) />
            </div>
            <p class="losses" data-testid=losses_id>{losses}</p>
        }
    };
    view! {
        <h3>{move || t("pareto.shares_title")}</h3>
        {move || {
            let (top, target) = shares.get();
            view! {
                {figures(Measure::Revenue, top.clone(), target.clone())}
                {figures(Measure::Profit, top, target)}
            }
        }}
        <p class="note">{move || t("pareto.settings_note")}</p>
    }
}

/// The chart slot of the Lorenz curve and its table alternative.
#[component]
fn Lorenz() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let rows = move || {
        a.with(|a| {
            // A measure with nothing above zero has no curve: its column says so on every row.
            let column = |p: &Pareto| {
                let points = curve_at_steps(&p.curve, TABLE_STEPS);
                (0..=TABLE_STEPS)
                    .map(|k| value_share_text(points.get(k).map(|c| c.value), 1))
                    .collect::<Vec<_>>()
            };
            let revenue = column(&a.revenue_pareto);
            let profit = column(&a.profit_pareto);
            revenue
                .into_iter()
                .zip(profit)
                .enumerate()
                .map(|(k, (r, p))| (format::percent(k as f64 / TABLE_STEPS as f64, 0), r, p))
                .collect::<Vec<_>>()
        })
    };
    let chart =
        move || a.with(|a| lorenz_chart(a, &t("pareto.lorenz_caption"), chart::Size::default()));
    view! {
        <h3 id="lorenz-title">{move || t("pareto.lorenz_title")}</h3>
        <ChartFigure name="lorenz" caption=move || t("pareto.lorenz_caption") svg=Signal::derive(chart) />
        <div class="table-scroll">
            <table class="lorenz-table">
                <caption>{move || t("pareto.lorenz_table_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col" title=move || t("pareto.col_customers_title")>{move || t("pareto.col_customers")}</th>
                        <th scope="col" title=move || t("pareto.col_revenue_title")>{move || t("pareto.col_revenue")}</th>
                        <th scope="col" title=move || t("pareto.col_profit_title")>{move || t("pareto.col_profit")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows()
                            .into_iter()
                            .map(|(c, r, p)| {
                                view! {
                                    <tr>
                                        <th scope="row" class="num">{c}</th>
                                        <td class="num">{r}</td>
                                        <td class="num">{p}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <p class="note">{move || t("pareto.lorenz_note")}</p>
    }
}

/// Flagged customers, HHI and big customers' service cost against profit.
#[component]
fn ConcentrationRisk() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let flags = move || {
        a.with(|a| {
            a.concentration
                .flagged
                .iter()
                .filter_map(|f| {
                    a.customers.get(f.index).map(|c| {
                        (
                            state.name_of(c),
                            format::percent(f.share, 1),
                            money(&state, c.profit.revenue),
                        )
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    let threshold_text = move || {
        a.with(|a| {
            tf(
                "pareto.threshold_text",
                &[("threshold", &format::percent(a.concentration.threshold, 0))],
            )
        })
    };
    let hhi_value = move || {
        a.with(|a| {
            tf(
                "pareto.hhi_value",
                &[
                    ("fraction", &format::number(a.concentration.hhi, 4)),
                    ("points", &format::number(a.concentration.hhi_points, 0)),
                ],
            )
        })
    };
    let hhi_how = move || {
        a.with(|a| {
            tfn(
                "pareto.hhi_how",
                &[("count", a.customer_count)],
                &[
                    ("formula", formula::HHI),
                    ("fraction", &format::number(a.concentration.hhi, 4)),
                    ("points", &format::number(a.concentration.hhi_points, 0)),
                ],
            )
        })
    };
    // How many the big customers are, and what share of the list.
    let big = move || {
        a.with(|a| {
            (
                a.concentration.big_customers,
                format::percent(a.revenue_pareto.top_share_of_customers, 0),
            )
        })
    };
    let big_how = move |service: bool| {
        move || {
            let (count, share) = big();
            tfn(
                if service {
                    "pareto.big_service_how"
                } else {
                    "pareto.big_profit_how"
                },
                &[("big", count)],
                &[("share", &share)],
            )
        }
    };
    let big_service =
        move || a.with(|a| value_share_text(a.concentration.big_service_cost_share, 1));
    let big_profit = move || a.with(|a| value_share_text(a.concentration.big_profit_share, 1));
    let verdict = move || {
        a.with(|a| {
            let c = &a.concentration;
            let big = [("big", c.big_customers)];
            let args = [
                ("service", value_share_text(c.big_service_cost_share, 1)),
                ("profit", value_share_text(c.big_profit_share, 1)),
                ("net", money(&state, c.big_profit)),
            ];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let mut text = match c.verdict {
                MarginVerdict::EatMargin => tfn("pareto.eat_margin", &big, &args),
                MarginVerdict::PayTheirWay => tfn("pareto.no_eat_margin", &big, &args),
                MarginVerdict::LoseMoney => tfn("pareto.big_lose_money", &big, &args),
                MarginVerdict::NoProfit => t("pareto.big_no_profit"),
                MarginVerdict::NoServiceCost => t("pareto.big_no_service_cost"),
            };
            if c.big_losses.count > 0 {
                text.push(' ');
                text.push_str(&tfn(
                    "pareto.big_losses",
                    &[("losing", c.big_losses.count), ("big", c.big_customers)],
                    &[("losses", &money(&state, c.big_losses.sum))],
                ));
            }
            (c.big_customers_eat_margin, text)
        })
    };
    view! {
        <h3>{move || t("pareto.concentration_title")}</h3>
        <p>{threshold_text}</p>
        <NumberSetting id="pareto-threshold" label=move || t("settings.concentration")
            get=|s| Some(s.concentration_threshold) set=|s, v| s.concentration_threshold = v.unwrap_or(0.25)
            spec=numbers::TOP_SHARE />
        {move || {
            let list = flags();
            if list.is_empty() {
                view! { <p class="no-flags">{move || t("pareto.no_flags")}</p> }.into_any()
            } else {
                view! {
                    <ul class="flags warnings" aria-label=move || t("pareto.flags_label")>
                        {list
                            .into_iter()
                            .map(|(name, share, revenue)| {
                                view! {
                                    <li class="flag">
                                        {move || tf(
                                            "pareto.flag",
                                            &[("name", &name), ("share", &share), ("revenue", &revenue)],
                                        )}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }
        }}
        <ChartFigure name="concentration" caption=move || t("pareto.chart_concentration_caption")
            svg=Signal::derive(move || a.with(|a| state.with_customers(|list| concentration_chart(a, list))))>
            <div class="table-scroll">
                <table class="top-shares">
                    <caption>{move || t("pareto.chart_concentration")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t("pareto.col_customer")}</th>
                            <th scope="col" class="num">{move || t("pareto.col_revenue")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || a.with(|a| state.with_customers(|list| top_shares(a, list))).into_iter().map(|(name, share)| view! {
                            <tr><th scope="row">{name}</th><td class="num">{format::percent(share, 1)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </ChartFigure>
        <div class="figures">
            <Figure label=move || t("pareto.hhi_label") value=Signal::derive(hhi_value) how=Signal::derive(hhi_how) />
            <Figure label=move || t("pareto.big_service_label") value=Signal::derive(big_service)
                how=Signal::derive(big_how(true)) />
            <Figure label=move || t("pareto.big_profit_label") value=Signal::derive(big_profit)
                how=Signal::derive(big_how(false)) />
        </div>
        {move || {
            let (warn, text) = verdict();
            view! { <p class=if warn { "verdict warning" } else { "verdict" }>{text}</p> }
        }}
    }
}

/// The losses of one measure in words: how many customers are below zero and by how much, and
/// what the shares are of; or that nothing is below zero.
pub(crate) fn losses_sentence(state: &AppState, p: &Pareto, measure: &str) -> String {
    if p.losses.count == 0 {
        return tf(
            "pareto.no_losses",
            &[
                ("measure", measure),
                ("positive", &money(state, p.positive_total)),
            ],
        );
    }
    tfn(
        "pareto.losses",
        &[("losing", p.losses.count), ("count", p.count)],
        &[
            ("measure", measure),
            ("losses", &money(state, p.losses.sum)),
            ("positive", &money(state, p.positive_total)),
            ("net", &money(state, p.total)),
        ],
    )
}

/// The Lorenz curve of revenue with the top customers' point marked (the Pareto view and the
/// overview draw the same one, each with its own title).
pub(crate) fn lorenz_chart(
    a: &Analysis,
    title: &str,
    size: chart::Size,
) -> Result<String, ChartError> {
    let p = &a.revenue_pareto;
    let points: Vec<(f64, f64)> = p.curve.iter().map(|c| (c.customers, c.value)).collect();
    // The marker sits at the top customers' own point (2 of 7 = 28.6 %), so it lies on
    // the curve even when the rounded count is not exactly the setting's share.
    let marker = p.top_point().map(|top| LorenzMarker {
        customers: top.customers,
        value: top.value,
        caption: tf(
            "pareto.chart_marker",
            &[
                ("customers", &format::percent(top.customers, 1)),
                ("value", &format::percent(top.value, 1)),
            ],
        ),
    });
    let labels = chart::AxisLabels {
        title: title.to_string(),
        x: t("pareto.chart_x"),
        y: t("pareto.chart_y"),
    };
    chart::lorenz(&points, marker.as_ref(), &labels, size)
}

/// The ten customers with the largest revenue and each one's share of the revenue, largest
/// first: what the concentration threshold is measured against.
fn top_shares(a: &Analysis, list: &[Customer]) -> Vec<(String, f64)> {
    let total = a.totals.revenue;
    if total <= 0.0 {
        return Vec::new();
    }
    let mut ranked: Vec<(usize, &str, f64)> = a
        .customers
        .iter()
        .filter_map(|c| Some((c.revenue_rank?, c.name_in(list), c.profit.revenue / total)))
        .filter(|(rank, _, _)| *rank <= 10)
        .collect();
    ranked.sort_by_key(|(rank, _, _)| *rank);
    ranked
        .into_iter()
        .map(|(_, name, share)| (name.to_string(), share))
        .collect()
}

/// The top customers' shares of revenue as bars, with the concentration threshold as a line.
fn concentration_chart(a: &Analysis, list: &[Customer]) -> Result<String, ChartError> {
    let rows: Vec<(String, f64)> = top_shares(a, list)
        .into_iter()
        .map(|(name, share)| (name, share * 100.0))
        .collect();
    let axis = chart::AxisLabels {
        title: t("pareto.chart_concentration"),
        x: t("pareto.chart_share_axis"),
        y: t("pareto.col_customer"),
    };
    chart::ratio_bars(
        &rows,
        Some(a.concentration.threshold * 100.0),
        &axis,
        chart::Size::default(),
    )
}
