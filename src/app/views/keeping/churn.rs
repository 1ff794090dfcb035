//! Churn measured from the list: the year, the customers at its start and lost
//! in it, overall and per segment, with the churn each segment's customers' lifetimes use.

use super::{churn_text, source_text};
use crate::app::state::AppState;
use crate::app::views::lifetime::lifetime_text;
use crate::app::widgets::{ChartFigure, ChoiceSetting, EmptyNote, NumberSetting};
use crate::chart::{self, ChartError};
use crate::engine::analysis::Analysis;
use crate::engine::keys::Keyed;
use crate::engine::measured_churn::{ChurnCounts, ChurnDimension, ChurnYearSource};
use crate::engine::numbers;
use crate::format;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;

fn dimension_text(d: ChurnDimension) -> String {
    t(&format!("keeping.dimension_{}", d.key()))
}

/// The attribute as it reads inside a sentence ("churn by market type").
fn dimension_in_text(d: ChurnDimension) -> String {
    t(&format!("keeping.by_{}", d.key()))
}

/// The name of a segment of `dimension` from its key: a market type, channel or size band.
fn segment_text(key: &str) -> String {
    t(&format!("choice.{key}"))
}

/// The row cells of one set of counts: at start, lost, churn, group lifetime.
fn counts_cells(c: &ChurnCounts) -> impl IntoView {
    let rate = c
        .rate
        .map(churn_text)
        .unwrap_or_else(|| t("keeping.no_rate"));
    let lifetime = c
        .lifetime
        .map(lifetime_text)
        .unwrap_or_else(|| t("keeping.no_rate"));
    view! {
        <td class="num">{format::count(c.at_start)}</td>
        <td class="num">{format::count(c.lost)}</td>
        <td class="num">{rate}</td>
        <td class="num">{lifetime}</td>
    }
}

#[component]
pub(super) fn MeasuredSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let year_text = move || a.with(year_sentence);
    let notes = move || {
        a.with(|a| {
            let m = &a.measured_churn;
            let mut notes = Vec::new();
            if m.undated_at_start > 0 {
                notes.push(tfn(
                    "keeping.undated",
                    &[("count", m.undated_at_start as usize)],
                    &[],
                ));
            }
            if m.former_without_date > 0 {
                notes.push(tfn(
                    "keeping.former_undated",
                    &[("count", m.former_without_date as usize)],
                    &[],
                ));
            }
            notes
                .into_iter()
                .map(|n| view! { <p class="note">{n}</p> })
                .collect_view()
        })
    };
    let measured = move || a.with(|a| a.measured_churn.year.is_some());
    let rows = move || {
        a.with(|a| {
            let force = &a.churn_in_force;
            let Some(d) = a.measured_churn.by(force.dimension) else {
                return Vec::new();
            };
            let mut rows: Vec<_> = d
                .segments
                .iter()
                .map(|s| {
                    let used = force
                        .segments
                        .iter()
                        .find(|f| f.key == s.key)
                        .map(|f| {
                            format!(
                                "{} ({})",
                                churn_text(f.churn.rate),
                                source_text(f.churn.source)
                            )
                        })
                        .unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{segment_text(s.key)}</th>
                            {counts_cells(&s.counts)}
                            <td>{used}</td>
                        </tr>
                    }
                    .into_any()
                })
                .collect();
            if d.unknown.at_start > 0 || d.unknown.lost > 0 {
                rows.push(
                    view! {
                        <tr>
                            <th scope="row">{t("keeping.segment_unknown")}</th>
                            {counts_cells(&d.unknown)}
                            <td>{format!("{} ({})", churn_text(force.list.rate), source_text(force.list.source))}</td>
                        </tr>
                    }
                    .into_any(),
                );
            }
            rows.push(
                view! {
                    <tr class="total">
                        <th scope="row">{t("keeping.segment_all")}</th>
                        {counts_cells(&a.measured_churn.overall)}
                        <td>{format!("{} ({})", churn_text(force.list.rate), source_text(force.list.source))}</td>
                    </tr>
                }
                .into_any(),
            );
            rows
        })
    };
    let caption = move || {
        a.with(|a| {
            tf(
                "keeping.churn_caption",
                &[("by", &dimension_in_text(a.churn_in_force.dimension))],
            )
        })
    };
    let chart = move || {
        let _ = crate::i18n::lang();
        a.with(churn_chart)
    };
    view! {
        <section aria-labelledby="keeping-churn-title">
            <h3 id="keeping-churn-title">{move || t("keeping.churn_title")}</h3>
            <p>{move || t("keeping.churn_intro")}</p>
            <div class="toolbar">
                <NumberSetting id="churn-year" label=move || t("keeping.churn_year")
                    get=|s| s.churn_year.map(f64::from) set=|s, v| s.churn_year = v.map(|y| y as i32)
                    spec=numbers::ANALYSIS_YEAR optional=true />
                <ChoiceSetting id="churn-by" label=move || t("keeping.churn_by") text=dimension_text
                    get=|s| s.churn_segments_by set=|s, d| s.churn_segments_by = d />
                <NumberSetting id="churn-min" label=move || t("keeping.churn_min")
                    get=|s| Some(s.churn_min_at_start as f64) set=|s, v| s.churn_min_at_start = v.map_or(30, |v| v as u64)
                    spec=numbers::CUSTOMER_COUNT />
            </div>
            <p data-testid="churn-year-text">{year_text}</p>
            {notes}
            <Show when=measured fallback=|| view! { <EmptyNote text=move || t("keeping.no_former") /> }>
                <ChartFigure name="churn-by-segment" caption=move || t("keeping.churn_chart_caption") svg=Signal::derive(chart) />
                <div class="table-scroll">
                    <table class="measured-churn">
                        <caption>{caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t("keeping.col_segment")}</th>
                                <th scope="col">{move || t("keeping.col_at_start")}</th>
                                <th scope="col">{move || t("keeping.col_lost")}</th>
                                <th scope="col">{move || t("keeping.col_churn")}</th>
                                <th scope="col">{move || t("keeping.col_lifetime")}</th>
                                <th scope="col">{move || t("keeping.col_used")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <OtherDimensions />
            </Show>
            <p class="note">{move || a.with(|a| tf("keeping.rule", &[("min", &format::count(a.churn_in_force.min_at_start))]))}</p>
        </section>
    }
}

/// The churn measured per segment of the two attributes the lifetimes do not use, so all three
/// can be read without changing which one is in force.
#[component]
fn OtherDimensions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let tables = move || {
        a.with(|a| {
            let in_force = a.churn_in_force.dimension;
            a.measured_churn
                .dimensions
                .iter()
                .filter(|d| d.dimension != in_force)
                .map(|d| {
                    let caption = tf(
                        "keeping.churn_other_caption",
                        &[("by", &dimension_in_text(d.dimension))],
                    );
                    let unknown = (d.unknown.at_start > 0 || d.unknown.lost > 0).then(|| {
                        view! {
                            <tr>
                                <th scope="row">{t("keeping.segment_unknown")}</th>
                                {counts_cells(&d.unknown)}
                            </tr>
                        }
                    });
                    view! {
                        <div class="table-scroll">
                            <table class="measured-churn-other">
                                <caption>{caption}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t("keeping.col_segment")}</th>
                                        <th scope="col">{t("keeping.col_at_start")}</th>
                                        <th scope="col">{t("keeping.col_lost")}</th>
                                        <th scope="col">{t("keeping.col_churn")}</th>
                                        <th scope="col">{t("keeping.col_lifetime")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {d.segments
                                        .iter()
                                        .map(|s| view! {
                                            <tr>
                                                <th scope="row">{segment_text(s.key)}</th>
                                                {counts_cells(&s.counts)}
                                            </tr>
                                        })
                                        .collect_view()}
                                    {unknown}
                                </tbody>
                            </table>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    // The words are made when drawn: reading the language redraws them when it changes.
    move || {
        let _ = crate::i18n::lang();
        tables()
    }
}

/// Which year is measured, and where that year came from.
fn year_sentence(a: &Analysis) -> String {
    let m = &a.measured_churn;
    match (m.year, m.year_source) {
        (Some(year), ChurnYearSource::Entered) => {
            tf("keeping.year_entered", &[("year", &year.to_string())])
        }
        (Some(year), _) => tf("keeping.year_latest", &[("year", &year.to_string())]),
        (None, _) => t("keeping.no_former"),
    }
}

/// The measured churn of each segment against the list's, as horizontal bars with the
/// list's churn as the reference line.
fn churn_chart(a: &Analysis) -> Result<String, ChartError> {
    let force = &a.churn_in_force;
    let d = a
        .measured_churn
        .by(force.dimension)
        .ok_or(ChartError::NoData)?;
    let rows: Vec<(String, f64)> = d
        .segments
        .iter()
        .filter_map(|s| s.counts.rate.map(|r| (segment_text(s.key), r * 100.0)))
        .collect();
    if rows.is_empty() {
        return Err(ChartError::NoData);
    }
    let axis = chart::AxisLabels {
        title: tf(
            "keeping.churn_chart_title",
            &[("by", &dimension_in_text(force.dimension))],
        ),
        x: t("keeping.churn_chart_axis"),
        y: String::new(),
    };
    let overall = a.measured_churn.overall.rate.map(|r| r * 100.0);
    chart::ratio_bars(&rows, overall, &axis, chart::Size::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::keys::VariantArray;

    #[test]
    fn every_dimension_and_segment_has_words() {
        for &d in ChurnDimension::VARIANTS {
            assert!(crate::i18n::has(&format!("keeping.dimension_{}", d.key())));
            assert!(crate::i18n::has(&format!("keeping.by_{}", d.key())));
            for key in d.segment_keys() {
                assert!(crate::i18n::has(&format!("choice.{key}")), "{key}");
            }
        }
    }
}
