//! Customers ranked by annual profit with the revenue rank beside it (profitability does not
//! follow revenue), paged so a list of 100,000 customers draws 25 rows at a time.

use crate::app::pager::{page_bounds, Pager};
use crate::app::state::AppState;
use crate::app::widgets::currency;
use crate::engine::profit::{profit_ranking, AcquisitionSource, RankGap};
use crate::engine::service_cost::CostSource;
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

fn service_source(s: CostSource) -> String {
    match s {
        CostSource::Own => t("economics.source_own"),
        CostSource::Average => t("economics.source_average"),
        CostSource::Unknown => t("economics.source_unknown"),
    }
}

fn acquisition_source(s: AcquisitionSource) -> String {
    match s {
        AcquisitionSource::Own => t("economics.source_own"),
        AcquisitionSource::Channel => t("economics.source_channel"),
        AcquisitionSource::Average => t("economics.source_average_cac"),
        AcquisitionSource::Unknown => t("economics.source_unknown"),
    }
}

/// One drawn row, all text.
#[derive(Clone, PartialEq)]
struct RowText {
    profit_rank: String,
    name: String,
    revenue: String,
    revenue_rank: String,
    profit: String,
    margin: String,
    service: String,
    acquisition: String,
    gap: RankGap,
}

#[component]
pub fn ProfitRanking() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let ranking = Memo::new(move |_| {
        a.with(|a| profit_ranking(a.customers.iter().map(|c| (c.revenue_rank, c.profit_rank))))
    });
    let page = RwSignal::new(0usize);
    let total = Signal::derive(move || ranking.with(|r| r.order.len()));
    let rows = move || {
        let (start, end) = page_bounds(page.get(), total.get());
        let cur = currency(&state);
        let money = |v: f64| format::money(v, &cur);
        let place = |rank: Option<usize>| {
            rank.map_or_else(|| t("pyramid.not_rated_short"), |r| r.to_string())
        };
        ranking.with(|r| {
            a.with(|a| {
                r.order
                    .iter()
                    .zip(&r.gaps)
                    .skip(start)
                    .take(end - start)
                    .filter_map(|(&i, &gap)| {
                        let c = a.customers.get(i)?;
                        let p = &c.profit;
                        let margin = format::percent(p.margin, 1);
                        Some(RowText {
                            profit_rank: place(c.profit_rank),
                            name: state.name_of(c),
                            revenue: if p.revenue_known {
                                money(p.revenue)
                            } else {
                                t("economics.revenue_unknown")
                            },
                            revenue_rank: place(c.revenue_rank),
                            profit: p
                                .rated_profit()
                                .map_or_else(|| t("pyramid.not_rated_short"), money),
                            margin: if p.margin_known {
                                margin
                            } else {
                                tf("economics.margin_assumed", &[("margin", &margin)])
                            },
                            service: tf(
                                "economics.with_source",
                                &[
                                    ("value", &money(p.service_cost)),
                                    ("source", &service_source(p.service_cost_source)),
                                ],
                            ),
                            acquisition: if p.year_unknown {
                                tf(
                                    "economics.not_charged_year_unknown",
                                    &[("value", &money(p.acquisition_charged))],
                                )
                            } else {
                                tf(
                                    "economics.with_source",
                                    &[
                                        ("value", &money(p.acquisition_charged)),
                                        ("source", &acquisition_source(p.acquisition_source)),
                                    ],
                                )
                            },
                            gap,
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let why = move || {
        ranking.with(|r| {
            tf(
                "economics.ranking_why",
                &[
                    ("threshold", &r.threshold.to_string()),
                    ("less", &format::count(r.earn_less)),
                    ("more", &format::count(r.earn_more)),
                ],
            )
        })
    };
    let empty = move || ranking.with(|r| r.order.is_empty());
    view! {
        <section aria-labelledby="economics-ranking-title">
            <h3 id="economics-ranking-title">{move || t("economics.ranking")}</h3>
            <p>{move || t("economics.ranking_intro")}</p>
            <p class="ranking-why">{why}</p>
            <p class="ranking-year-note">{move || a.with(super::year_note)}</p>
            <Show
                when=move || !empty()
                fallback=|| view! { <p class="empty-note">{move || t("economics.no_customers")}</p> }
            >
                <div class="table-scroll">
                    <table class="profit-ranking">
                        <caption>{move || t("economics.ranking_caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col" title=move || t("economics.title_rank")>{move || t("economics.col_rank")}</th>
                                <th scope="col">{move || t("economics.col_customer")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_revenue")>{move || t("economics.col_revenue")}</th>
                                <th scope="col" title=move || t("economics.title_revenue_rank")>{move || t("economics.col_revenue_rank")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_profit")>{move || t("economics.col_profit")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_margin")>{move || t("economics.col_margin")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_service")>{move || t("economics.col_service")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_acquisition")>{move || t("economics.col_acquisition")}</th>
                                <th scope="col" title=move || t("economics.title_gap")>{move || t("economics.col_gap")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                rows()
                                    .into_iter()
                                    .map(|r| {
                                        let (class, note) = match r.gap {
                                            RankGap::Close => ("", String::new()),
                                            RankGap::EarnsLessThanRevenue => ("gap gap-less", t("economics.gap_less")),
                                            RankGap::EarnsMoreThanRevenue => ("gap gap-more", t("economics.gap_more")),
                                        };
                                        view! {
                                            <tr class=class>
                                                <td class="num">{r.profit_rank}</td>
                                                <th scope="row">{r.name}</th>
                                                <td class="num">{r.revenue}</td>
                                                <td class="num">{r.revenue_rank}</td>
                                                <td class="num">{r.profit}</td>
                                                <td class="num">{r.margin}</td>
                                                <td class="num">{r.service}</td>
                                                <td class="num">{r.acquisition}</td>
                                                <td>{note}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
                <p class="table-note">{move || t("economics.ranking_note")}</p>
                <Pager label=move || t("economics.ranking_pages") page=page total=total />
            </Show>
        </section>
    }
}
