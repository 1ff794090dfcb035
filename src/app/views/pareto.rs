//! Pareto and concentration (DOMAIN.md §6): how much of revenue and profit the top customers
//! bring, the Lorenz curve and the Gini coefficient, customers the business depends on, the
//! Herfindahl–Hirschman index and whether big customers eat service time and margin.

use crate::app::state::AppState;
use crate::app::widgets::{money, ChartFigure, EmptyNote, Figure, NumberKind, NumberSetting};
use crate::chart::{self, LorenzMarker};
use crate::engine::analysis::Analysis;
use crate::engine::pareto::{curve_at_steps, Pareto};
use crate::format;
use crate::i18n::{t, tf};
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
    view! {
        <section aria-labelledby="pareto-title" class="pareto">
            <h2 id="pareto-title">{t("view.pareto")}</h2>
            <p>{t("pareto.intro")}</p>
            <Show
                when=move || !empty()
                fallback=|| view! { <EmptyNote text=t("pareto.empty") /> }
            >
                <ShareFigures />
                <Lorenz />
                <ConcentrationRisk />
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
        let top_value = move || a.with(|a| format::percent(m.of(a).top_share_of_value, 1));
        let top_how = move || {
            a.with(|a| {
                let p = m.of(a);
                let mut text = tf(
                    "pareto.top_share_how",
                    &[
                        ("top", &p.top_count.to_string()),
                        ("count", &p.count.to_string()),
                        ("share", &format::percent(p.top_share_of_customers, 0)),
                        ("measure", &m.word()),
                        ("total", &money(&state, p.total)),
                    ],
                );
                if p.top_share_of_value > 1.0 {
                    text.push(' ');
                    text.push_str(&t("pareto.over_100"));
                }
                text
            })
        };
        let target_value =
            move || a.with(|a| format::percent(m.of(a).share_of_customers_for_target, 1));
        let target_how = move || {
            a.with(|a| {
                let p = m.of(a);
                tf(
                    "pareto.target_how",
                    &[
                        ("k", &p.customers_for_target.to_string()),
                        ("count", &p.count.to_string()),
                        ("target", &format::percent(p.value_target, 0)),
                        ("measure", &m.word()),
                    ],
                )
            })
        };
        let gini_value = move || a.with(|a| format::number(m.of(a).gini, 2));
        let gini_how = move || {
            a.with(|a| {
                tf(
                    "pareto.gini_how",
                    &[
                        ("count", &m.of(a).count.to_string()),
                        ("measure", &m.word()),
                        ("gini", &format::number(m.of(a).gini, 4)),
                    ],
                )
            })
        };
        let (heading, class) = match m {
            Measure::Revenue => (t("pareto.by_revenue"), "figures pareto-revenue"),
            Measure::Profit => (t("pareto.by_profit"), "figures pareto-profit"),
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
        }
    };
    view! {
        <h3>{t("pareto.shares_title")}</h3>
        {move || {
            let (top, target) = shares.get();
            view! {
                {figures(Measure::Revenue, top.clone(), target.clone())}
                {figures(Measure::Profit, top, target)}
            }
        }}
        <p class="note">{t("pareto.settings_note")}</p>
    }
}

/// The chart slot of the Lorenz curve and its table alternative.
#[component]
fn Lorenz() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let rows = move || {
        a.with(|a| {
            let revenue = curve_at_steps(&a.revenue_pareto.curve, TABLE_STEPS);
            let profit = curve_at_steps(&a.profit_pareto.curve, TABLE_STEPS);
            revenue
                .iter()
                .zip(profit.iter())
                .map(|(r, p)| {
                    (
                        format::percent(r.customers, 0),
                        format::percent(r.value, 1),
                        format::percent(p.value, 1),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let chart = move || {
        a.with(|a| {
            let p = &a.revenue_pareto;
            let points: Vec<(f64, f64)> = p.curve.iter().map(|c| (c.customers, c.value)).collect();
            let marker = LorenzMarker {
                customers: p.top_share_of_customers,
                value: p.top_share_of_value,
                caption: tf(
                    "pareto.chart_marker",
                    &[
                        ("customers", &format::percent(p.top_share_of_customers, 0)),
                        ("value", &format::percent(p.top_share_of_value, 1)),
                    ],
                ),
            };
            let labels = chart::AxisLabels {
                title: t("pareto.lorenz_caption"),
                x: t("pareto.chart_x"),
                y: t("pareto.chart_y"),
            };
            chart::lorenz(&points, Some(&marker), &labels, chart::Size::default())
        })
    };
    view! {
        <h3 id="lorenz-title">{t("pareto.lorenz_title")}</h3>
        <ChartFigure name="lorenz" caption=t("pareto.lorenz_caption") svg=Signal::derive(chart) />
        <div class="table-scroll">
            <table class="lorenz-table">
                <caption>{t("pareto.lorenz_table_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col" title=t("pareto.col_customers_title")>{t("pareto.col_customers")}</th>
                        <th scope="col" title=t("pareto.col_revenue_title")>{t("pareto.col_revenue")}</th>
                        <th scope="col" title=t("pareto.col_profit_title")>{t("pareto.col_profit")}</th>
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
        <p class="note">{t("pareto.lorenz_note")}</p>
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
                            c.name.clone(),
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
            tf(
                "pareto.hhi_how",
                &[
                    ("count", &a.customer_count.to_string()),
                    ("fraction", &format::number(a.concentration.hhi, 4)),
                    ("points", &format::number(a.concentration.hhi_points, 0)),
                ],
            )
        })
    };
    let big_how = move |key: &'static str| {
        move || {
            a.with(|a| {
                tf(
                    key,
                    &[
                        ("big", &a.concentration.big_customers.to_string()),
                        (
                            "share",
                            &format::percent(a.revenue_pareto.top_share_of_customers, 0),
                        ),
                    ],
                )
            })
        }
    };
    let big_service =
        move || a.with(|a| format::percent(a.concentration.big_service_cost_share, 1));
    let big_profit = move || a.with(|a| format::percent(a.concentration.big_profit_share, 1));
    let verdict = move || {
        a.with(|a| {
            let c = &a.concentration;
            let args = [
                ("big", c.big_customers.to_string()),
                ("service", format::percent(c.big_service_cost_share, 1)),
                ("profit", format::percent(c.big_profit_share, 1)),
            ];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            if c.big_customers_eat_margin {
                (true, tf("pareto.eat_margin", &args))
            } else {
                (false, tf("pareto.no_eat_margin", &args))
            }
        })
    };
    view! {
        <h3>{t("pareto.concentration_title")}</h3>
        <p>{threshold_text}</p>
        <NumberSetting id="pareto-threshold" label=t("settings.concentration") kind=NumberKind::Percent
            get=|s| Some(s.concentration_threshold) set=|s, v| s.concentration_threshold = v.unwrap_or(0.25)
            min=0.01 max=1.0 />
        {move || {
            let list = flags();
            if list.is_empty() {
                view! { <p class="no-flags">{t("pareto.no_flags")}</p> }.into_any()
            } else {
                view! {
                    <ul class="flags warnings" aria-label=t("pareto.flags_label")>
                        {list
                            .into_iter()
                            .map(|(name, share, revenue)| {
                                view! {
                                    <li class="flag">
                                        {tf(
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
        <div class="figures">
            <Figure label=t("pareto.hhi_label") value=Signal::derive(hhi_value) how=Signal::derive(hhi_how) />
            <Figure label=t("pareto.big_service_label") value=Signal::derive(big_service)
                how=Signal::derive(big_how("pareto.big_service_how")) />
            <Figure label=t("pareto.big_profit_label") value=Signal::derive(big_profit)
                how=Signal::derive(big_how("pareto.big_profit_how")) />
        </div>
        {move || {
            let (warn, text) = verdict();
            view! { <p class=if warn { "verdict warning" } else { "verdict" }>{text}</p> }
        }}
    }
}
