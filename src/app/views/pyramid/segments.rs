//! Single-indicator segmentation: one to three indicators, each cut into top,
//! middle and bottom by rank, and the customers grouped by their combination of levels.

use super::indicator_text;
use super::weighted::{components_editor, Owner};
use crate::app::messages::Explain;
use crate::app::state::AppState;
use crate::app::widgets::{currency, losses_text, value_share_text};
use crate::engine::tiers::{Level, Segmentation};
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

/// "Revenue: top · Profit: bottom", best level first per indicator.
fn segment_label(segmentation: &Segmentation, levels: &[Level]) -> String {
    levels
        .iter()
        .zip(&segmentation.indicators)
        .map(|(level, chosen)| {
            let key = match level {
                Level::High => "pyramid.seg_level_top",
                Level::Medium => "pyramid.seg_level_middle",
                Level::Low => "pyramid.seg_level_bottom",
                Level::Unknown => "pyramid.seg_level_unknown",
            };
            capitalised(&tf(
                key,
                &[("indicator", &indicator_text(&chosen.indicator))],
            ))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Indicator names are written for the middle of a sentence; a label starts with a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[component]
pub fn SegmentationSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let intro = move || {
        a.with(|a| {
            let shares = a
                .segmentation
                .as_ref()
                .map_or([0.2, 0.3, 0.5], |s| s.shares);
            tf(
                "pyramid.seg_intro",
                &[
                    ("top", &format::percent(shares[0], 0)),
                    ("middle", &format::percent(shares[1], 0)),
                ],
            )
        })
    };
    let table = move || {
        a.with(|a| match &a.segmentation {
            Err(e) => view! { <p class="warning" role="alert">{e.explain()}</p> }.into_any(),
            Ok(seg) if seg.indicators.is_empty() => {
                view! { <p>{move || t("pyramid.seg_none")}</p> }.into_any()
            }
            Ok(seg) => {
                let cur = currency(&state);
                let rows: Vec<[String; 5]> = seg
                    .segments
                    .iter()
                    .map(|s| {
                        [
                            segment_label(seg, &s.levels),
                            format::number(s.count as f64, 0),
                            value_share_text(s.revenue_share, 1),
                            value_share_text(s.profit_share, 1),
                            losses_text(&s.losses, &cur),
                        ]
                    })
                    .collect();
                view! {
                    <div class="table-scroll">
                        <table class="segments">
                            <caption>{move || t("pyramid.seg_caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{move || t("pyramid.seg_col_segment")}</th>
                                    <th scope="col" class="num" title=move || t("pyramid.col_count_how")>{move || t("pyramid.col_count")}</th>
                                    <th scope="col" class="num" title=move || t("pyramid.col_revenue_share_how")>{move || t("pyramid.col_revenue_share")}</th>
                                    <th scope="col" class="num" title=move || t("pyramid.col_profit_share_how")>{move || t("pyramid.col_profit_share")}</th>
                                    <th scope="col" class="num" title=move || t("pyramid.col_losses_how")>{move || t("pyramid.col_losses")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows.into_iter().map(|[label, count, revenue, profit, losses]| view! {
                                    <tr>
                                        <th scope="row">{label}</th>
                                        <td class="num">{count}</td>
                                        <td class="num">{revenue}</td>
                                        <td class="num">{profit}</td>
                                        <td class="num">{losses}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="segmentation" aria-labelledby="pyr-seg-title">
            <h3 id="pyr-seg-title">{move || t("pyramid.seg_title")}</h3>
            <p>{intro}</p>
            {components_editor(Owner::Segmentation)}
            {table}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::capitalised;

    #[test]
    fn labels_start_with_a_capital_in_any_script() {
        assert_eq!(capitalised("revenue: top"), "Revenue: top");
        assert_eq!(capitalised("доход: горна част"), "Доход: горна част");
        assert_eq!(capitalised("收入：前段"), "收入：前段");
        assert_eq!(capitalised(""), "");
    }
}
