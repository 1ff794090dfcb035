//! Prospects (DOMAIN.md §16): qualified prospects ranked by how much they look like the top
//! tier and by fit, with the reasons in words, the value expected, the channel most likely to
//! reach them and what winning them would cost; the others apart, with what is missing.

use crate::app::messages::Explain;
use crate::app::state::AppState;
use crate::app::views::pyramid::tier_label;
use crate::app::views::targets::pager::{page_bounds, Pager};
use crate::app::widgets::{attribute_name_text, attribute_value_text};
use crate::app::widgets::{money, EmptyNote};
use crate::engine::analysis::Analysis;
use crate::engine::model::Answer;
use crate::engine::prospects::{Explanation, ProspectResult};
use crate::format;
use crate::i18n::{t, tf};
use crate::io::fields::enum_key;
use leptos::prelude::*;

/// The sentence for one attribute value's lift in the top tier.
fn why(e: &Explanation, tier: &str) -> String {
    let shown = format::number(e.lift, 1);
    let attribute = attribute_name_text(&e.attribute);
    let value = attribute_value_text(&e.attribute, &e.value);
    let args = [
        ("attribute", attribute.as_str()),
        ("value", value.as_str()),
        ("lift", &shown),
        ("tier", tier),
    ];
    if shown == format::number(1.0, 1) {
        tf("prospects.why_same", &args)
    } else if e.lift >= 1.0 {
        tf("prospects.why_more", &args)
    } else {
        tf("prospects.why_less", &args)
    }
}

/// Label of the top tier, as the explanations name it.
fn top_tier(a: &Analysis) -> String {
    a.tier_profiles
        .first()
        .map(|_| tier_label(0))
        .unwrap_or_default()
}

fn optional_money(state: &AppState, v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |v| money(state, v))
}

/// One rendered row of the qualified list.
#[derive(Clone)]
struct Row {
    rank: String,
    name: String,
    odds: String,
    fit: String,
    reasons: Vec<String>,
    tier: String,
    expected: String,
    channel: String,
    cac: String,
    net: String,
    net_negative: bool,
}

fn row(state: &AppState, a: &Analysis, rank: usize, p: &ProspectResult) -> Row {
    let tier = top_tier(a);
    Row {
        rank: rank.to_string(),
        name: p.name.clone(),
        odds: tf(
            "prospects.odds_value",
            &[
                ("odds", &format::number(p.odds_multiplier, 2)),
                ("score", &format::number(p.lookalike_score, 2)),
            ],
        ),
        fit: p
            .fit
            .map_or_else(|| "—".to_string(), |f| format::number(f, 0)),
        reasons: p.explanations.iter().map(|e| why(e, &tier)).collect(),
        tier: tier_label(p.resembled_band),
        expected: money(state, p.expected_value),
        channel: p.channel.map_or_else(
            || t("prospects.channel_unknown"),
            |c| t(&format!("choice.{}", enum_key(&c))),
        ),
        cac: optional_money(state, p.cac),
        net: optional_money(state, p.net_value),
        net_negative: p.net_value.is_some_and(|v| v < 0.0),
    }
}

#[component]
pub fn ProspectsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let summary = move || {
        a.with(|a| {
            tf(
                "prospects.summary",
                &[
                    ("qualified", &a.prospects.qualified.len().to_string()),
                    ("others", &a.prospects.not_qualified.len().to_string()),
                ],
            )
        })
    };
    let no_tiers = move || {
        a.with(|a| {
            if a.prospect_count == 0 || !a.tier_profiles.is_empty() {
                return None;
            }
            Some(match &a.pyramid {
                Err(e) => tf("prospects.no_tiers_because", &[("reason", &e.explain())]),
                Ok(_) => t("prospects.no_tiers"),
            })
        })
    };
    view! {
        <section aria-labelledby="prospects-title" class="prospects">
            <h2 id="prospects-title">{t("view.prospects")}</h2>
            <p>{t("prospects.intro")}</p>
            <Show
                when=move || a.with(|a| a.prospect_count > 0)
                fallback=|| view! { <EmptyNote text=t("prospects.empty") /> }
            >
                <p class="prospects-summary">{summary}</p>
                {move || no_tiers().map(|text| view! { <p class="warning">{text}</p> })}
                <Qualified />
                <NotQualified />
            </Show>
        </section>
    }
}

/// Qualified prospects, best lookalikes first.
#[component]
fn Qualified() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let page = RwSignal::new(0usize);
    let total = Signal::derive(move || a.with(|a| a.prospects.qualified.len()));
    let rows = move || {
        let (start, end) = page_bounds(page.get(), total.get());
        a.with(|a| {
            a.prospects
                .qualified
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .enumerate()
                .map(|(k, p)| row(&state, a, start + k + 1, p))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h3>{t("prospects.qualified_title")}</h3>
        <Show when=move || { total.get() > 0 } fallback=|| view! { <EmptyNote text=t("prospects.none_qualified") /> }>
            <div class="table-scroll">
                <table class="prospects-table">
                    <caption>{move || tf("prospects.qualified_caption", &[("count", &total.get().to_string())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("prospects.col_rank")}</th>
                            <th scope="col">{t("field.name")}</th>
                            <th scope="col" title=t("prospects.col_lookalike_title")>{t("prospects.col_lookalike")}</th>
                            <th scope="col" title=t("prospects.col_fit_title")>{t("prospects.col_fit")}</th>
                            <th scope="col">{t("prospects.col_why")}</th>
                            <th scope="col" title=t("prospects.col_tier_title")>{t("prospects.col_tier")}</th>
                            <th scope="col" title=t("prospects.col_expected_title")>{t("prospects.col_expected")}</th>
                            <th scope="col" title=t("prospects.col_channel_title")>{t("prospects.col_channel")}</th>
                            <th scope="col" title=t("prospects.col_cac_title")>{t("prospects.col_cac")}</th>
                            <th scope="col" title=t("prospects.col_net_title")>{t("prospects.col_net")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows()
                                .into_iter()
                                .map(|r| {
                                    view! {
                                        <tr>
                                            <td class="num">{r.rank}</td>
                                            <th scope="row">{r.name}</th>
                                            <td class="num">{r.odds}</td>
                                            <td class="num">{r.fit}</td>
                                            <td class="why">
                                                <ul>
                                                    {r.reasons.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                                                </ul>
                                            </td>
                                            <td>{r.tier}</td>
                                            <td class="num">{r.expected}</td>
                                            <td>{r.channel}</td>
                                            <td class="num">{r.cac}</td>
                                            <td class=if r.net_negative { "num negative" } else { "num" }>{r.net}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <Pager label=t("prospects.qualified_pages") page=page total=total />
        </Show>
        <p class="note">{t("prospects.score_note")}</p>
        <p class="note">{t("prospects.value_note")}</p>
    }
}

/// Prospects that do not both need it and can pay, with what is missing.
#[component]
fn NotQualified() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let page = RwSignal::new(0usize);
    let total = Signal::derive(move || a.with(|a| a.prospects.not_qualified.len()));
    let answer = |v: Answer| match v {
        Answer::Yes => t("choice.yes"),
        Answer::No => t("choice.no"),
        Answer::Unknown => t("choice.unknown"),
    };
    // (name, needs it, can pay, what is missing, odds, expected value)
    let rows = move || {
        let (start, end) = page_bounds(page.get(), total.get());
        a.with(|a| {
            state.workspace.with(|w| {
                let entries = w.current().map(|l| l.customers.as_slice()).unwrap_or(&[]);
                a.prospects
                    .not_qualified
                    .get(start..end)
                    .unwrap_or_default()
                    .iter()
                    .map(|p| {
                        let (needs, pay) = entries
                            .get(p.input_index)
                            .map_or((Answer::Unknown, Answer::Unknown), |c| {
                                (c.needs_it, c.can_pay)
                            });
                        let mut missing = Vec::new();
                        match needs {
                            Answer::Yes => {}
                            Answer::No => missing.push(t("prospects.missing_needs_no")),
                            Answer::Unknown => missing.push(t("prospects.missing_needs_unknown")),
                        }
                        match pay {
                            Answer::Yes => {}
                            Answer::No => missing.push(t("prospects.missing_pay_no")),
                            Answer::Unknown => missing.push(t("prospects.missing_pay_unknown")),
                        }
                        (
                            p.name.clone(),
                            answer(needs),
                            answer(pay),
                            missing.join(" "),
                            format::number(p.odds_multiplier, 2),
                            money(&state, p.expected_value),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <h3>{t("prospects.not_qualified_title")}</h3>
        <Show when=move || { total.get() > 0 } fallback=|| view! { <EmptyNote text=t("prospects.all_qualified") /> }>
            <div class="table-scroll">
                <table class="unqualified-table">
                    <caption>{move || tf("prospects.not_qualified_caption", &[("count", &total.get().to_string())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("field.name")}</th>
                            <th scope="col">{t("field.needs_it")}</th>
                            <th scope="col">{t("field.can_pay")}</th>
                            <th scope="col">{t("prospects.col_missing")}</th>
                            <th scope="col" title=t("prospects.col_lookalike_title")>{t("prospects.col_lookalike")}</th>
                            <th scope="col" title=t("prospects.col_expected_title")>{t("prospects.col_expected")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows()
                                .into_iter()
                                .map(|(name, needs, pay, missing, odds, expected)| {
                                    view! {
                                        <tr>
                                            <th scope="row">{name}</th>
                                            <td>{needs}</td>
                                            <td>{pay}</td>
                                            <td>{missing}</td>
                                            <td class="num">{odds}</td>
                                            <td class="num">{expected}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <Pager label=t("prospects.not_qualified_pages") page=page total=total />
        </Show>
        <p class="note">{t("prospects.qualify_note")}</p>
    }
}
