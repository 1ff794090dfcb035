//! Targets: the ideal customer profile and each customer's fit, market
//! reality, the capacity-limited target list and the breakdown by market type.

mod icp;

use crate::app::messages::Explain;
use crate::app::pager::{page_bounds, Cell, Column, PagedTable};
use crate::app::state::AppState;
use crate::app::widgets::{
    choice_text, currency, losses_text, money, value_share_text, ChoiceSetting, EmptyNote, Figure,
    Fold, NumberSetting,
};
use crate::engine::numbers;
use crate::engine::numeric::rank;
use crate::engine::settings::TargetRanking;
use crate::format;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;

#[component]
pub fn TargetsView() -> impl IntoView {
    view! {
        <section aria-labelledby="targets-title" class="targets">
            <h2 id="targets-title">{move || t("view.targets")}</h2>
            <p>{move || t("targets.intro")}</p>
            <TargetList />
            <icp::IcpEditor />
            <Fold key="targets-fit" title="targets.fit_title"><FitScores /></Fold>
            <Fold key="targets-market" title="targets.market_title"><MarketReality /></Fold>
            <Fold key="targets-markets" title="targets.markets_title"><MarketTypes /></Fold>
        </section>
    }
}

/// Capacity, the targets (the best customers with a positive relationship value, as many as
/// the company can serve well) and the others.
#[component]
fn TargetList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let target_page = RwSignal::new(0usize);
    let other_page = RwSignal::new(0usize);
    let target_total = Signal::derive(move || a.with(|a| a.targets.targets.len()));
    let other_total = Signal::derive(move || a.with(|a| a.targets.others.len()));
    let summary = move || {
        a.with(|a| {
            let tg = &a.targets;
            let mut text = tfn(
                "targets.summary",
                &[("targets", tg.targets.len()), ("others", tg.others.len())],
                &[("capacity", &format::count(tg.capacity))],
            );
            if tg.capacity_unused > 0 {
                text.push(' ');
                text.push_str(&tfn(
                    "targets.unused",
                    &[("unused", tg.capacity_unused)],
                    &[],
                ));
            }
            text
        })
    };
    let ranking_note = move || {
        a.with(|a| match a.settings_used.target_ranking {
            TargetRanking::Money => t("targets.ranked_money"),
            TargetRanking::Score => t("targets.ranked_score"),
        })
    };
    let target_rows = move || {
        let (start, end) = page_bounds(target_page.get(), target_total.get());
        a.with(|a| {
            a.targets
                .targets
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .enumerate()
                .filter_map(|(k, &i)| {
                    a.customers.get(i).map(|c| {
                        vec![
                            Cell::Figure((start + k + 1).to_string()),
                            Cell::Name(state.name_of(c)),
                            Cell::Figure(money(&state, c.relationship_value)),
                            Cell::Figure(format::number(c.relationship_score, 3)),
                            Cell::Figure(
                                c.fit
                                    .map_or_else(|| "—".to_string(), |f| format::number(f, 0)),
                            ),
                        ]
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    let other_rows = move || {
        let (start, end) = page_bounds(other_page.get(), other_total.get());
        a.with(|a| {
            a.targets
                .others
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .filter_map(|&i| {
                    a.customers.get(i).map(|c| {
                        let why = if c.relationship_value > 0.0 {
                            t("targets.why_capacity")
                        } else {
                            t("targets.why_not_positive")
                        };
                        vec![
                            Cell::Name(state.name_of(c)),
                            Cell::Figure(money(&state, c.relationship_value)),
                            Cell::Figure(format::number(c.relationship_score, 3)),
                            Cell::Text(why),
                        ]
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h3>{move || t("targets.list_title")}</h3>
        <div class="settings-row">
            <NumberSetting id="targets-capacity" label=move || t("settings.capacity") unit=move || t("unit.customers")
                get=|s| Some(s.capacity as f64) set=|s, v| s.capacity = v.unwrap_or(0.0) as usize spec=numbers::CAPACITY />
            <ChoiceSetting id="targets-ranking" label=move || t("settings.target_ranking")
                text=crate::app::views::settings::ranking_text get=|s| s.target_ranking set=|s, k| s.target_ranking = k />
        </div>
        <p class="targets-summary" role="status">{summary}</p>
        <p class="note">{ranking_note}</p>
        <Show when=move || { target_total.get() > 0 } fallback=|| view! { <EmptyNote text=move || t("targets.no_targets") /> }>
            <PagedTable
                class="targets-table"
                caption=Signal::derive(move || tf("targets.targets_caption", &[("count", &format::count(target_total.get()))]))
                columns=vec![
                    Column::new("targets.col_rank"),
                    Column::new("field.name"),
                    Column::explained("targets.col_value", "targets.col_value_title"),
                    Column::explained("targets.col_score", "targets.col_score_title"),
                    Column::explained("targets.col_fit", "targets.col_fit_title"),
                ]
                rows=target_rows
                page=target_page
                total=target_total
                pager_label=move || t("targets.targets_pages")
            />
        </Show>
        <Show when=move || { other_total.get() > 0 }>
            <PagedTable
                class="others-table"
                caption=Signal::derive(move || tf("targets.others_caption", &[("count", &format::count(other_total.get()))]))
                columns=vec![
                    Column::new("field.name"),
                    Column::explained("targets.col_value", "targets.col_value_title"),
                    Column::explained("targets.col_score", "targets.col_score_title"),
                    Column::new("targets.col_why"),
                ]
                rows=other_rows
                page=other_page
                total=other_total
                pager_label=move || t("targets.others_pages")
            />
        </Show>
        <p class="note">{move || t("targets.list_note")}</p>
    }
}

/// Every customer's fit with the profile (weighted share of criteria met, 0–100), best first.
#[component]
fn FitScores() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let page = RwSignal::new(0usize);
    // One sort per recompute: best fit first, ties by id; customers without a fit last.
    let order = Memo::new(move |_| {
        a.with(|a| {
            let fits: Vec<Option<f64>> = a.customers.iter().map(|c| c.fit).collect();
            state.with_customers(|list| {
                let ids: Vec<&str> = a.customers.iter().map(|c| c.id_in(list)).collect();
                rank(&fits, &ids, false)
            })
        })
    });
    let total = Signal::derive(move || order.with(Vec::len));
    let has_fit = move || a.with(|a| a.icp_error.is_none() && a.customer_count > 0);
    let rows = move || {
        let (start, end) = page_bounds(page.get(), total.get());
        order.with(|o| {
            a.with(|a| {
                let threshold = a.settings_used.icp.match_threshold;
                o.get(start..end)
                    .unwrap_or_default()
                    .iter()
                    .enumerate()
                    .filter_map(|(k, &i)| {
                        a.customers.get(i).map(|c| {
                            let matches = c.fit.is_some_and(|f| f >= threshold);
                            let yes_no =
                                |yes: bool| t(if yes { "choice.yes" } else { "choice.no" });
                            vec![
                                Cell::Figure((start + k + 1).to_string()),
                                Cell::Name(state.name_of(c)),
                                Cell::Figure(
                                    c.fit
                                        .map_or_else(|| "—".to_string(), |f| format::number(f, 0)),
                                ),
                                Cell::Text(yes_no(matches)),
                                Cell::Text(yes_no(c.target)),
                            ]
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let threshold_note = move || {
        a.with(|a| {
            tf(
                "targets.fit_note",
                &[(
                    "threshold",
                    &format::number(a.settings_used.icp.match_threshold, 0),
                )],
            )
        })
    };
    view! {
        <h3>{move || t("targets.fit_title")}</h3>
        <Show when=has_fit fallback=|| view! { <EmptyNote text=move || t("targets.fit_none") /> }>
            <PagedTable
                class="fit-table"
                caption=move || t("targets.fit_caption")
                columns=vec![
                    Column::new("targets.col_rank"),
                    Column::new("field.name"),
                    Column::explained("targets.col_fit", "targets.col_fit_title"),
                    Column::explained("targets.col_matches", "targets.col_matches_title"),
                    Column::new("targets.col_target"),
                ]
                rows=rows
                page=page
                total=total
                pager_label=move || t("targets.fit_pages")
            />
            <p class="note">{threshold_note}</p>
        </Show>
    }
}

/// Market reality of the profile: addressable customers (market size × share matching) and
/// the warnings when they are too few or too contested.
#[component]
fn MarketReality() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let check = move || a.with(|a| a.market_check.is_some());
    let addressable = move || {
        a.with(|a| {
            a.market_check
                .as_ref()
                .map(|m| format::number(m.addressable, 0))
                .unwrap_or_default()
        })
    };
    let addressable_how = move || {
        a.with(|a| {
            let Some(m) = a.market_check.as_ref() else {
                return String::new();
            };
            let mut text = tf(
                "targets.addressable_how",
                &[
                    ("size", &format::number(m.market_size, 0)),
                    ("share", &format::percent(m.share_matching, 1)),
                    ("addressable", &format::number(m.addressable, 0)),
                ],
            );
            if m.share_estimated {
                text.push(' ');
                text.push_str(&tf(
                    "targets.share_estimated",
                    &[(
                        "threshold",
                        &format::number(a.settings_used.icp.match_threshold, 0),
                    )],
                ));
            }
            text
        })
    };
    let per_firm = move || {
        a.with(|a| {
            a.market_check
                .as_ref()
                .map(|m| format::number(m.per_firm, 1))
                .unwrap_or_default()
        })
    };
    let per_firm_how = move || {
        a.with(|a| {
            a.market_check
                .as_ref()
                .map(|m| {
                    tf(
                        "targets.per_firm_how",
                        &[
                            ("addressable", &format::number(m.addressable, 0)),
                            ("competitors", &format::count(m.competitors)),
                            ("per_firm", &format::number(m.per_firm, 1)),
                        ],
                    )
                })
                .unwrap_or_default()
        })
    };
    let warnings = move || {
        a.with(|a| {
            a.market_check
                .as_ref()
                .map(|m| m.warnings.iter().map(|e| e.explain()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    view! {
        <h3>{move || t("targets.market_title")}</h3>
        <p>{move || t("targets.market_intro")}</p>
        <div class="settings-row">
            <NumberSetting id="market-size" label=move || t("targets.market_size") unit=move || t("unit.customers") optional=true
                get=|s| s.icp.market.market_size set=|s, v| s.icp.market.market_size = v spec=numbers::MARKET_CUSTOMERS />
            <NumberSetting id="market-share" label=move || t("targets.market_share") optional=true
                get=|s| s.icp.market.share_matching set=|s, v| s.icp.market.share_matching = v spec=numbers::MARKET_SHARE />
            <NumberSetting id="market-competitors" label=move || t("targets.competitors")
                get=|s| Some(f64::from(s.icp.market.competitors)) set=|s, v| s.icp.market.competitors = v.unwrap_or(0.0) as u32
                spec=numbers::COMPETITORS />
            <NumberSetting id="market-min" label=move || t("targets.min_addressable") unit=move || t("unit.customers")
                get=|s| Some(s.icp.market.min_addressable) set=|s, v| s.icp.market.min_addressable = v.unwrap_or(100.0)
                spec=numbers::MARKET_CUSTOMERS />
            <NumberSetting id="market-min-firm" label=move || t("targets.min_per_firm") unit=move || t("unit.customers")
                get=|s| Some(s.icp.market.min_per_competitor) set=|s, v| s.icp.market.min_per_competitor = v.unwrap_or(10.0)
                spec=numbers::MARKET_CUSTOMERS />
        </div>
        <Show when=check fallback=|| view! { <EmptyNote text=move || t("targets.market_none") /> }>
            <div class="figures">
                <Figure label=move || t("targets.addressable") value=Signal::derive(addressable) how=Signal::derive(addressable_how) />
                <Figure label=move || t("targets.per_firm") value=Signal::derive(per_firm) how=Signal::derive(per_firm_how) />
            </div>
            {move || {
                let w = warnings();
                if w.is_empty() {
                    view! { <p class="market-ok">{move || t("targets.market_ok")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="warnings market-warnings">
                            {w.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </Show>
    }
}

/// Count, revenue and profit per market type.
#[component]
fn MarketTypes() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let rows = move || {
        a.with(|a| {
            let cur = currency(&state);
            a.markets
                .iter()
                .map(|m| {
                    (
                        match &m.market_type {
                            Some(k) => choice_text(*k),
                            None => t("choice.market_not_given"),
                        },
                        m.customers.to_string(),
                        m.prospects.to_string(),
                        money(&state, m.revenue),
                        value_share_text(m.revenue_share, 1),
                        money(&state, m.profit),
                        (
                            value_share_text(m.profit_share, 1),
                            losses_text(&m.losses, &cur),
                        ),
                        money(&state, m.average_profit),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h3>{move || t("targets.markets_title")}</h3>
        <div class="table-scroll">
            <table class="markets-table">
                <caption>{move || t("targets.markets_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t("field.market_type")}</th>
                        <th scope="col">{move || t("targets.col_customers")}</th>
                        <th scope="col">{move || t("targets.col_prospects")}</th>
                        <th scope="col">{move || t("targets.col_revenue")}</th>
                        <th scope="col" title=move || t("targets.col_revenue_share_title")>{move || t("targets.col_revenue_share")}</th>
                        <th scope="col">{move || t("targets.col_profit")}</th>
                        <th scope="col" title=move || t("targets.col_profit_share_title")>{move || t("targets.col_profit_share")}</th>
                        <th scope="col" title=move || t("targets.col_losses_title")>{move || t("targets.col_losses")}</th>
                        <th scope="col" title=move || t("targets.col_average_profit_title")>{move || t("targets.col_average_profit")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows()
                            .into_iter()
                            .map(|(name, customers, prospects, revenue, rshare, profit, (pshare, losses), avg)| {
                                view! {
                                    <tr>
                                        <th scope="row">{name}</th>
                                        <td class="num">{customers}</td>
                                        <td class="num">{prospects}</td>
                                        <td class="num">{revenue}</td>
                                        <td class="num">{rshare}</td>
                                        <td class="num">{profit}</td>
                                        <td class="num">{pshare}</td>
                                        <td class="num">{losses}</td>
                                        <td class="num">{avg}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <p class="note">{move || t("targets.markets_note")}</p>
    }
}
