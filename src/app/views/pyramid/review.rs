//! Tier profiles with lift, the bottom-tier review, the negative-profit list and the migration
//! plan.

use super::tiers::MigrationCount;
use super::{basis_unit, currency_of, tier_label, ScoreUnit};
use crate::app::state::AppState;
use crate::app::widgets::{
    attribute_name_text, attribute_value_text, value_share_text, ChartFigure, Disclosure,
};
use crate::chart::{self, ChartError};
use crate::engine::analysis::Analysis;
use crate::engine::profiles::{AttributeLift, Suggestion, TierProfile};
use crate::engine::shares::Losses;
use crate::format;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;

/// How many attribute values a profile shows before "show all".
const TOP_LIFTS: usize = 5;
/// How many further attribute values "show all" lists at most.
const REST_SHOWN: usize = 50;
/// How many negative-profit customers are listed.
const NEGATIVE_SHOWN: usize = 100;

#[derive(Clone)]
struct LiftRow {
    attribute: String,
    value: String,
    group: String,
    list: String,
    lift: String,
}

impl LiftRow {
    fn new(a: &AttributeLift) -> LiftRow {
        LiftRow {
            attribute: attribute_name_text(&a.value.attribute()),
            value: attribute_value_text(&a.value),
            group: tf(
                "pyramid.share_count",
                &[
                    ("share", &format::percent(a.group_share, 1)),
                    ("count", &format::count(a.group_count)),
                ],
            ),
            list: tf(
                "pyramid.share_count",
                &[
                    ("share", &format::percent(a.list_share, 1)),
                    ("count", &format::count(a.list_count)),
                ],
            ),
            lift: tf(
                "pyramid.lift_value",
                &[("lift", &format::number(a.lift, 2))],
            ),
        }
    }
}

fn lift_table(caption: String, rows: Vec<LiftRow>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="lifts">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t("pyramid.col_attribute")}</th>
                        <th scope="col">{move || t("pyramid.col_value")}</th>
                        <th scope="col" class="num" title=move || t("pyramid.col_in_tier_how")>{move || t("pyramid.col_in_tier")}</th>
                        <th scope="col" class="num" title=move || t("pyramid.col_in_list_how")>{move || t("pyramid.col_in_list")}</th>
                        <th scope="col" class="num" title=move || t("pyramid.col_lift_how")>{move || t("pyramid.col_lift")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| view! {
                            <tr>
                                <td>{r.attribute}</td>
                                <th scope="row">{r.value}</th>
                                <td class="num">{r.group}</td>
                                <td class="num">{r.list}</td>
                                <td class="num">{r.lift}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// A tier's losses in words, beside its profit share; nothing when nobody in it loses money.
fn profile_losses(losses: &Losses, currency: &str) -> Option<String> {
    (losses.count > 0).then(|| {
        tfn(
            "pyramid.profile_losses",
            &[("losing", losses.count)],
            &[("losses", &format::money(losses.sum, currency))],
        )
    })
}

/// A tier's profile: its shares and its attribute values by lift, the first few shown and the
/// rest behind "show all".
fn profile_block(label: String, p: &TierProfile, currency: &str) -> impl IntoView {
    let summary = tfn(
        "pyramid.profile_summary",
        &[("count", p.count)],
        &[
            ("revenue", &value_share_text(p.revenue_share, 1)),
            ("profit", &value_share_text(p.profit_share, 1)),
            ("service", &value_share_text(p.service_cost_share, 1)),
        ],
    );
    let losses = profile_losses(&p.losses, currency);
    let rows: Vec<LiftRow> = p.attributes.iter().map(LiftRow::new).collect();
    let total = rows.len();
    let (top, rest) = rows.split_at(total.min(TOP_LIFTS));
    let top = top.to_vec();
    let hidden = rest.len().saturating_sub(REST_SHOWN);
    let rest: Vec<LiftRow> = rest.iter().take(REST_SHOWN).cloned().collect();
    let body = if total == 0 {
        view! { <p>{move || t("pyramid.no_attributes")}</p> }.into_any()
    } else {
        let more = (!rest.is_empty()).then(|| {
            let summary = tfn(
                "pyramid.all_attributes",
                &[("count", total)],
                &[("tier", &label)],
            );
            let caption = tf("pyramid.rest_caption", &[("tier", &label)]);
            view! {
                <Disclosure class="more" summary=move || view! { <summary>{summary.clone()}</summary> }>
                    {lift_table(caption, rest)}
                    {(hidden > 0).then(|| view! {
                        <p class="note">{move || tfn("pyramid.more_attributes", &[("count", hidden)], &[])}</p>
                    })}
                </Disclosure>
            }
        });
        view! {
            {lift_table(tf("pyramid.top_lifts_caption", &[("tier", &label)]), top)}
            {more}
        }
        .into_any()
    };
    view! {
        <div class="tier-profile">
            <h4>{label}</h4>
            <p>{summary}</p>
            {losses.map(|text| view! { <p class="losses">{text}</p> })}
            {body}
        </div>
    }
}

#[component]
pub fn ProfilesSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let profiles = move || {
        state.analysis.with(|a| {
            if a.tier_profiles.is_empty() {
                return view! { <p>{move || t("pyramid.no_profiles")}</p> }.into_any();
            }
            a.tier_profiles
                .iter()
                .enumerate()
                .map(|(k, p)| profile_block(tier_label(k), p, currency_of(&a.settings_used)))
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section class="pyr-section" aria-labelledby="pyr-profiles-title">
            <h3 id="pyr-profiles-title">{move || t("pyramid.profiles_title")}</h3>
            <p>{move || t("pyramid.profiles_intro")}</p>
            <div class="profiles">{profiles}</div>
        </section>
    }
}

#[component]
pub fn BottomTierSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = move || {
        state.analysis.with(|a| match &a.bottom_tier {
            None => view! { <p>{move || t("pyramid.no_profiles")}</p> }.into_any(),
            Some(review) => {
                let label = tier_label(a.tier_profiles.len().saturating_sub(1));
                let p = &review.profile;
                let summary = tfn(
                    "pyramid.bottom_summary",
                    &[("count", p.count), ("negative", review.negative_profit_count)],
                    &[
                        ("tier", &label),
                        ("revenue", &value_share_text(p.revenue_share, 1)),
                        ("profit", &value_share_text(p.profit_share, 1)),
                        ("service", &value_share_text(p.service_cost_share, 1)),
                    ],
                );
                let losses = profile_losses(&p.losses, currency_of(&a.settings_used));
                let suggestion = match review.suggestion {
                    Suggestion::StopSpending => t("pyramid.stop_spending"),
                };
                let rows: Vec<LiftRow> = p
                    .attributes
                    .iter()
                    .take(TOP_LIFTS)
                    .map(LiftRow::new)
                    .collect();
                view! {
                    <p>{summary}</p>
                    {losses.map(|text| view! { <p class="losses" data-testid="bottom-losses">{text}</p> })}
                    <p class="suggestion" data-testid="bottom-suggestion"><strong>{move || t("pyramid.suggestion")}</strong>" "{suggestion}</p>
                    {(!rows.is_empty()).then(|| lift_table(tf("pyramid.bottom_lifts_caption", &[("tier", &label)]), rows))}
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="pyr-section" aria-labelledby="pyr-bottom-title">
            <h3 id="pyr-bottom-title">{move || t("pyramid.bottom_title")}</h3>
            {body}
        </section>
    }
}

#[component]
pub fn NegativeProfitSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = move || {
        state.analysis.with(|a| {
            let total = a.negative_profit.len();
            if total == 0 {
                return view! { <p>{move || t("pyramid.no_negative")}</p> }.into_any();
            }
            let cur = currency_of(&a.settings_used);
            let rows: Vec<(String, String, String, String)> = a
                .negative_profit
                .iter()
                .take(NEGATIVE_SHOWN)
                .filter_map(|&i| a.customers.get(i))
                .map(|c| {
                    (
                        state.name_of(c),
                        state.id_of(c),
                        format::money(c.profit.profit, cur),
                        match (&a.pyramid, c.tier) {
                            (_, Some(b)) => tier_label(b),
                            (Ok(_), None) => t("pyramid.not_rated_short"),
                            (Err(_), None) => String::new(),
                        },
                    )
                })
                .collect();
            let shown = rows.len();
            view! {
                <p>{move || tfn("pyramid.negative_count", &[("count", total)], &[])}</p>
                <div class="table-scroll">
                    <table class="negative">
                        <caption>{move || t("pyramid.negative_caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t("pyramid.col_customer")}</th>
                                <th scope="col">{move || t("pyramid.col_id")}</th>
                                <th scope="col" class="num" title=move || t("pyramid.col_profit_how")>{move || t("pyramid.col_profit")}</th>
                                <th scope="col">{move || t("pyramid.col_tier")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|(name, id, profit, tier)| view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>{id}</td>
                                    <td class="num">{profit}</td>
                                    <td>{tier}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {(shown < total).then(|| view! {
                    <p class="note">{move || tf("pyramid.negative_more", &[("shown", &format::count(shown)), ("count", &format::count(total))])}</p>
                })}
            }
            .into_any()
        })
    };
    view! {
        <section class="pyr-section" aria-labelledby="pyr-negative-title">
            <h3 id="pyr-negative-title">{move || t("pyramid.negative_title")}</h3>
            {body}
        </section>
    }
}

#[component]
pub fn MigrationSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = move || {
        state.analysis.with(|a| {
            if a.migration.is_empty() {
                return view! { <p>{move || t("pyramid.no_migration")}</p> }.into_any();
            }
            let unit = basis_unit(a.settings_used.pyramid.basis);
            let cur = currency_of(&a.settings_used);
            let rows: Vec<[String; 8]> = a
                .migration
                .iter()
                .filter_map(|m| a.customers.get(m.index).map(|c| (m, c)))
                .map(|(m, c)| {
                    [
                        state.name_of(c),
                        tf(
                            "pyramid.move_from_to",
                            &[("from", &tier_label(m.from_band)), ("to", &tier_label(m.to_band))],
                        ),
                        unit.write(m.score, cur),
                        unit.write(m.target_score, cur),
                        unit.write_up(m.score_gap, cur),
                        m.revenue_gap
                            .map(|v| ScoreUnit::Money.write_up(v, cur))
                            .unwrap_or_else(|| t("pyramid.not_money")),
                        m.room_to_grow
                            .map(|v| ScoreUnit::Money.write(v, cur))
                            .unwrap_or_else(|| t("pyramid.no_wallet")),
                        state.id_of(c),
                    ]
                })
                .collect();
            let chart = migration_chart(a, &state);
            view! {
                <ChartFigure name="migration" caption=move || t("pyramid.chart_migration_caption") svg=Signal::derive(move || chart.clone()) />
                <div class="table-scroll">
                    <table class="migration">
                        <caption>{move || t("pyramid.migration_caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t("pyramid.col_customer")}</th>
                                <th scope="col">{move || t("pyramid.col_move")}</th>
                                <th scope="col" class="num">{move || t("pyramid.col_score")}</th>
                                <th scope="col" class="num" title=move || t("pyramid.col_cut_score_how")>{move || t("pyramid.col_cut_score")}</th>
                                <th scope="col" class="num" title=move || t("pyramid.col_gap_how")>{move || t("pyramid.col_gap")}</th>
                                <th scope="col" class="num" title=move || t("pyramid.col_revenue_gap_how")>{move || t("pyramid.col_revenue_gap")}</th>
                                <th scope="col" class="num" title=move || t("pyramid.col_room_how")>{move || t("pyramid.col_room")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|[name, mv, score, target, gap, revenue, room, id]| view! {
                                <tr data-id=id>
                                    <th scope="row">{name}</th>
                                    <td>{mv}</td>
                                    <td class="num">{score}</td>
                                    <td class="num">{target}</td>
                                    <td class="num">{gap}</td>
                                    <td class="num">{revenue}</td>
                                    <td class="num">{room}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <p class="note">{move || t("pyramid.migration_note")}</p>
            }
            .into_any()
        })
    };
    view! {
        <section class="pyr-section" aria-labelledby="pyr-migration-title">
            <h3 id="pyr-migration-title">{move || t("pyramid.migration_title")}</h3>
            <p>{move || t("pyramid.migration_intro")}</p>
            <MigrationCount />
            {body}
        </section>
    }
}

/// The migration plan's candidates closest to moving up (ten at most), each with its gap to
/// the next tier, in the pyramid's unit.
fn migration_chart(a: &Analysis, state: &AppState) -> Result<String, ChartError> {
    let rows: Vec<(String, f64)> = a
        .migration
        .iter()
        .filter_map(|m| Some((state.name_of(a.customers.get(m.index)?), m.score_gap)))
        .take(10)
        .collect();
    let axis = chart::AxisLabels {
        title: t("pyramid.chart_migration"),
        x: t("pyramid.col_gap"),
        y: t("pyramid.col_customer"),
    };
    chart::ratio_bars(&rows, None, &axis, chart::Size::default())
}
