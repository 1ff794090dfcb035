//! Prospects: qualified prospects ranked by how much they look like the top
//! tier and by fit, with the reasons in words, the value expected, the channel most likely to
//! reach them and what winning them would cost; the others apart, with what is missing.

use crate::app::messages::Explain;
use crate::app::pager::{page_bounds, page_bounds_of, Cell, Column, PagedTable, PAGE_SIZE};
use crate::app::state::AppState;
use crate::app::views::pyramid::tier_label;
use crate::app::widgets::{attribute_name_text, attribute_value_text, choice_text};
use crate::app::widgets::{money, Disclosure, EmptyNote, Fold};
use crate::engine::analysis::Analysis;
use crate::engine::icp::FitScore;
use crate::engine::model::Answer;
use crate::engine::profiles::AttributeValue;
use crate::engine::prospects::ProspectResult;
use crate::format;
use crate::i18n::{formula, t, tf, tfn};
use leptos::prelude::*;

/// The sentence for one attribute value's lift in the top tier.
fn why(value: &AttributeValue, lift: f64, tier: &str) -> String {
    let shown = format::number(lift, 1);
    let attribute = attribute_name_text(&value.attribute());
    let value = attribute_value_text(value);
    let args = [
        ("attribute", attribute.as_str()),
        ("value", value.as_str()),
        ("lift", &shown),
        ("tier", tier),
    ];
    if shown == format::number(1.0, 1) {
        tf("prospects.why_same", &args)
    } else if lift >= 1.0 {
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

/// The fit, with how many criteria could not be checked for lack of figures.
fn fit_text(fit: Option<FitScore>) -> String {
    match fit {
        None => "—".to_string(),
        Some(f) if f.unchecked == 0 => format::number(f.score, 0),
        Some(f) => tf(
            "prospects.fit_value",
            &[
                ("fit", &format::number(f.score, 0)),
                ("count", &format::count(f.unchecked)),
            ],
        ),
    }
}

/// The tier it resembles, or that it resembles none and gets the list's average.
fn resembled_text(band: Option<usize>) -> String {
    band.map_or_else(|| t("prospects.resembles_none"), tier_label)
}

/// One row of the qualified list: rank, name, odds, fit, reasons, tier, expected value, channel,
/// acquisition cost and net value.
fn row(state: &AppState, a: &Analysis, rank: usize, p: &ProspectResult) -> Vec<Cell> {
    let tier = top_tier(a);
    let net = optional_money(state, p.net_value);
    // The name and the values its reasons name are read from its entry (see
    // `AppState::with_customers`).
    let (name, reasons) = state.with_customers(|list| {
        let reasons = list.get(p.input_index).map_or_else(Vec::new, |entry| {
            p.explanations
                .iter()
                .filter_map(|e| Some(why(&e.value_in(entry)?, e.lift, &tier)))
                .collect()
        });
        (p.name_in(list).to_owned(), reasons)
    });
    vec![
        Cell::Figure(rank.to_string()),
        Cell::Name(name),
        Cell::Figure(tf(
            "prospects.lift_value",
            &[
                ("lift", &format::number(p.combined_lift, 2)),
                ("score", &format::number(p.lookalike_score, 2)),
            ],
        )),
        Cell::Figure(fit_text(p.fit)),
        Cell::Reasons(reasons),
        Cell::Text(resembled_text(p.resembled_band)),
        Cell::Figure(money(state, p.expected_value)),
        Cell::Text(
            p.channel
                .map_or_else(|| t("prospects.channel_unknown"), choice_text),
        ),
        Cell::Figure(optional_money(state, p.cac)),
        if p.loses_money() {
            Cell::Loss(net)
        } else {
            Cell::Figure(net)
        },
    ]
}

/// What the combined lift column's explanation fills in: the formula of the lift.
const LOOKALIKE_TITLE: &[(&str, &str)] = &[("formula", formula::COMBINED_LIFT)];

/// The columns of both ranked tables: the most promising and those that lose money.
fn ranked_columns() -> Vec<Column> {
    vec![
        Column::new("prospects.col_rank"),
        Column::new("field.name"),
        Column::explained_with(
            "prospects.col_lookalike",
            "prospects.col_lookalike_title",
            LOOKALIKE_TITLE,
        ),
        Column::explained("prospects.col_fit", "prospects.col_fit_title"),
        Column::new("prospects.col_why"),
        Column::explained("prospects.col_tier", "prospects.col_tier_title"),
        Column::explained("prospects.col_expected", "prospects.col_expected_title"),
        Column::explained("prospects.col_channel", "prospects.col_channel_title"),
        Column::explained("prospects.col_cac", "prospects.col_cac_title"),
        Column::explained("prospects.col_net", "prospects.col_net_title"),
    ]
}

#[component]
pub fn ProspectsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let summary = move || {
        a.with(|a| {
            tfn(
                "prospects.summary",
                &[
                    (
                        "qualified",
                        a.prospects.qualified.len() + a.prospects.losing.len(),
                    ),
                    ("others", a.prospects.not_qualified.len()),
                ],
                &[],
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
            <h2 id="prospects-title">{move || t("view.prospects")}</h2>
            <p>{move || t("prospects.intro")}</p>
            <Show
                when=move || a.with(|a| a.prospect_count > 0)
                fallback=|| view! { <EmptyNote text=move || t("prospects.empty") /> }
            >
                <p class="prospects-summary">{summary}</p>
                {move || no_tiers().map(|text| view! { <p class="warning">{text}</p> })}
                <Qualified />
                <Show when=move || a.with(|a| !a.prospects.losing.is_empty())>
                    <Fold key="prospects-losing" title="prospects.losing_title"><Losing /></Fold>
                </Show>
                <Fold key="prospects-not-qualified" title="prospects.not_qualified_title"><NotQualified /></Fold>
            </Show>
        </section>
    }
}

/// The row count and the current page's rows of one ranked prospect table (the qualified and
/// the losing tables show the same columns over different lists).
fn ranked_page(
    state: AppState,
    page: RwSignal<usize>,
    size: usize,
    list: fn(&Analysis) -> &Vec<ProspectResult>,
) -> (
    Signal<usize>,
    impl Fn() -> Vec<Vec<Cell>> + Copy + Send + Sync + 'static,
) {
    let a = state.analysis;
    let total = Signal::derive(move || a.with(|a| list(a).len()));
    let rows = move || {
        let (start, end) = page_bounds_of(page.get(), total.get(), size);
        a.with(|a| {
            list(a)
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .enumerate()
                .map(|(k, p)| row(&state, a, start + k + 1, p))
                .collect::<Vec<_>>()
        })
    };
    (total, rows)
}

/// Rows a page of the qualified table: the view's answer, each row with its reasons, so a
/// page of the usual size would fill several screens before the reader reaches anything else.
const QUALIFIED_PAGE: usize = 10;

/// Qualified prospects, best lookalikes first.
#[component]
fn Qualified() -> impl IntoView {
    let state = expect_context::<AppState>();
    let page = RwSignal::new(0usize);
    let (total, rows) = ranked_page(state, page, QUALIFIED_PAGE, |a| &a.prospects.qualified);
    view! {
        <h3>{move || t("prospects.qualified_title")}</h3>
        <Show when=move || { total.get() > 0 } fallback=|| view! { <EmptyNote text=move || t("prospects.none_qualified") /> }>
            <PagedTable
                class="prospects-table"
                caption=Signal::derive(move || tf("prospects.qualified_caption", &[("count", &format::count(total.get()))]))
                columns=ranked_columns()
                rows=rows
                page=page
                total=total
                pager_label=move || t("prospects.qualified_pages")
                size=QUALIFIED_PAGE
            />
        </Show>
        <p class="note">{move || t("prospects.score_note")}</p>
        <Disclosure class="how" summary=|| view! { <summary aria-label=move || tf("how.summary", &[("what", &t("prospects.col_lookalike"))])>{move || t("how.short")}</summary> }>
            <p>{move || tf("prospects.lift_how", &[("formula", formula::COMBINED_LIFT), ("example", &formula::combined_lift_example())])}</p>
        </Disclosure>
        <p class="note">{move || t("prospects.fit_note")}</p>
        <p class="note">{move || t("prospects.value_note")}</p>
    }
}

/// Qualified prospects whose expected value − CAC is negative: apart from the most promising,
/// smallest loss first; nothing at all when there are none.
#[component]
fn Losing() -> impl IntoView {
    let state = expect_context::<AppState>();
    let page = RwSignal::new(0usize);
    let (total, rows) = ranked_page(state, page, PAGE_SIZE, |a| &a.prospects.losing);
    view! {
        <Show when=move || { total.get() > 0 }>
            <h3>{move || t("prospects.losing_title")}</h3>
            <p class="warning">{move || t("prospects.losing_note")}</p>
            <PagedTable
                class="prospects-table losing-table"
                caption=Signal::derive(move || tf("prospects.losing_caption", &[("count", &format::count(total.get()))]))
                columns=ranked_columns()
                rows=rows
                page=page
                total=total
                pager_label=move || t("prospects.losing_pages")
            />
        </Show>
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
                        vec![
                            Cell::Name(p.name_in(entries).to_owned()),
                            Cell::Text(answer(needs)),
                            Cell::Text(answer(pay)),
                            Cell::Text(missing.join(" ")),
                            Cell::Figure(format::number(p.combined_lift, 2)),
                            Cell::Figure(money(&state, p.expected_value)),
                        ]
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <h3>{move || t("prospects.not_qualified_title")}</h3>
        <Show when=move || { total.get() > 0 } fallback=|| view! { <EmptyNote text=move || t("prospects.all_qualified") /> }>
            <PagedTable
                class="unqualified-table"
                caption=Signal::derive(move || tf("prospects.not_qualified_caption", &[("count", &format::count(total.get()))]))
                columns=vec![
                    Column::new("field.name"),
                    Column::new("field.needs_it"),
                    Column::new("field.can_pay"),
                    Column::new("prospects.col_missing"),
                    Column::explained_with("prospects.col_lookalike", "prospects.col_lookalike_title", LOOKALIKE_TITLE),
                    Column::explained("prospects.col_expected", "prospects.col_expected_title"),
                ]
                rows=rows
                page=page
                total=total
                pager_label=move || t("prospects.not_qualified_pages")
            />
        </Show>
        <p class="note">{move || t("prospects.qualify_note")}</p>
    }
}
