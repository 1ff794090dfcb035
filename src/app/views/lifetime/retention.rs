//! Retention budget by LTV segment: where retention money goes, which
//! segments not to spend on, and where acquisition spend should be held.

use crate::app::state::AppState;
use crate::app::widgets::{
    attribute_name_text, attribute_value_text, currency, money, unit_text, ChartFigure,
    NumberSetting,
};
use crate::chart::{self, ChartError};
use crate::engine::analysis::Analysis;
use crate::engine::numbers;
use crate::engine::profiles::{Attribute, AttributeValue};
use crate::engine::retention::{LtvSegment, RetentionAction};
use crate::i18n::{formula, t, tf, tfn};
use leptos::prelude::*;

fn segment_name(s: LtvSegment) -> String {
    t(match s {
        LtvSegment::High => "lifetime.segment_high",
        LtvSegment::Medium => "lifetime.segment_medium",
        LtvSegment::Low => "lifetime.segment_low",
        LtvSegment::Negative => "lifetime.segment_negative",
    })
}

fn action_name(a: RetentionAction) -> String {
    t(match a {
        RetentionAction::Retain => "lifetime.action_retain",
        RetentionAction::Nurture => "lifetime.action_nurture",
        RetentionAction::Maintain => "lifetime.action_maintain",
        RetentionAction::DoNotRetain => "lifetime.action_do_not_retain",
    })
}

/// The page's word for an engine label ("door-to-door" → the text of `choice.door_to_door`),
/// or the label itself when there is none.
/// "Market type: Producer", with the attribute named as a field of the list.
fn target_text(value: &AttributeValue) -> String {
    let attribute = match value.attribute() {
        Attribute::MarketType => t("field.market_type"),
        Attribute::Channel => t("field.channel"),
        other => attribute_name_text(&other),
    };
    format!("{attribute}: {}", attribute_value_text(value))
}

#[component]
pub fn RetentionSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let segments = move || {
        a.with(|a| {
            a.retention
                .segments
                .iter()
                .map(|s| {
                    let flagged = s.segment == LtvSegment::Negative && s.count > 0;
                    view! {
                        <tr class:flagged=flagged>
                            <th scope="row">{segment_name(s.segment)}</th>
                            <td class="num">{s.count}</td>
                            <td class="num">{money(&state, s.total_ltv)}</td>
                            <td class="num">{money(&state, s.average_ltv)}</td>
                            <td class="num">{money(&state, s.budget)}</td>
                            <td class="num">{money(&state, s.budget_per_customer)}</td>
                            <td>
                                {action_name(s.action)}
                                {flagged.then(|| view! { <strong class="flag">{move || t("lifetime.flag_negative")}</strong> })}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let targets = move || {
        a.with(|a| {
            a.retention
                .acquisition_targets
                .iter()
                .map(|x| {
                    view! {
                        <tr>
                            <th scope="row">{target_text(&x.value)}</th>
                            <td class="num">{x.count}</td>
                            <td class="num">{money(&state, x.average_ltv)}</td>
                            <td>{t(if x.acquire_more { "lifetime.acquire_more" } else if x.average_ltv < 0.0 { "lifetime.acquire_avoid" } else { "lifetime.acquire_as_is" })}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let average = move || a.with(|a| money(&state, a.retention.average_ltv));
    let negative_note = move || {
        a.with(|a| {
            a.retention
                .segments
                .iter()
                .find(|s| s.segment == LtvSegment::Negative && s.count > 0)
                .map(|s| {
                    tfn(
                        "lifetime.negative_note",
                        &[("count", s.count)],
                        &[("total", &money(&state, s.total_ltv))],
                    )
                })
        })
    };
    let not_rated = move || {
        a.with(|a| {
            (a.retention.not_rated > 0).then(|| {
                tfn(
                    "lifetime.segments_not_rated",
                    &[("count", a.retention.not_rated)],
                    &[],
                )
            })
        })
    };
    view! {
        <section aria-labelledby="lt-retention-title">
            <h3 id="lt-retention-title">{move || t("lifetime.retention_title")}</h3>
            <p>{move || t("lifetime.retention_intro")}</p>
            <div class="inputs">
                <NumberSetting id="lt-retention-budget" label=move || t("settings.retention_budget") unit=move || unit_text(&state, "unit.money_per_year_plain")
                    get=|s| Some(s.retention_budget) set=|s, v| s.retention_budget = v.unwrap_or(0.0) spec=numbers::RETENTION_BUDGET />
            </div>
            {move || negative_note().map(|n| view! { <p class="warning">{n}</p> })}
            <ChartFigure name="retention" caption=move || t("lifetime.chart_retention_caption")
                svg=Signal::derive(move || state.analysis.with(|a| retention_chart(a, &currency(&state)))) />
            <div class="table-scroll">
                <table class="segments">
                    <caption>{move || t("lifetime.segments_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col" title=move || t("lifetime.segment_how")>{move || t("lifetime.segment")}</th>
                            <th scope="col">{move || t("lifetime.stage_count")}</th>
                            <th scope="col" title=move || tf("lifetime.segment_total_how", &[("formula", formula::EXPECTED_YEARS)])>{move || t("lifetime.segment_total")}</th>
                            <th scope="col">{move || t("lifetime.segment_average")}</th>
                            <th scope="col" title=move || t("lifetime.segment_budget_how")>{move || t("lifetime.segment_budget")}</th>
                            <th scope="col">{move || t("lifetime.segment_budget_each")}</th>
                            <th scope="col">{move || t("lifetime.segment_action")}</th>
                        </tr>
                    </thead>
                    <tbody>{segments}</tbody>
                </table>
            </div>
            {move || not_rated().map(|n| view! { <p class="note segments-not-rated">{n}</p> })}
            <p class="note">{move || t("lifetime.segment_note")}</p>
            <h4>{move || t("lifetime.acquisition_title")}</h4>
            <p>{move || format!("{} {}", t("lifetime.acquisition_intro"), average())}</p>
            <div class="table-scroll">
                <table class="acquisition-targets">
                    <caption>{move || t("lifetime.acquisition_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t("lifetime.acquisition_group")}</th>
                            <th scope="col">{move || t("lifetime.stage_count")}</th>
                            <th scope="col">{move || t("lifetime.segment_average")}</th>
                            <th scope="col">{move || t("lifetime.acquisition_advice")}</th>
                        </tr>
                    </thead>
                    <tbody>{targets}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The retention budget of each LTV segment, as bars (the table below has the same figures).
fn retention_chart(a: &Analysis, currency: &str) -> Result<String, ChartError> {
    let segments = &a.retention.segments;
    let names: Vec<String> = segments.iter().map(|s| segment_name(s.segment)).collect();
    let budgets: Vec<f64> = segments.iter().map(|s| s.budget).collect();
    let axis = chart::AxisLabels {
        title: t("lifetime.chart_retention"),
        x: t("lifetime.chart_segment_axis"),
        y: tf("lifetime.chart_budget_axis", &[("currency", currency)]),
    };
    chart::single_bars(&names, &budgets, &axis, chart::Size::default())
}
