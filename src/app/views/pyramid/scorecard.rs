//! The four-aspect scorecard: aspects with names, weights and weighted indicators; the score
//! distribution and the customers with the highest scores.

use super::dropped_sentence;
use super::fields::{name_field, number_field, LabelShown};
use super::weighted::{components_editor, Owner};
use crate::app::messages::Explain;
use crate::app::state::AppState;
use crate::app::widgets::{shown_name, Disclosure};
use crate::engine::numbers;
use crate::engine::tiers::{score_distribution, top_scored};
use crate::format;
use crate::i18n::{formula, t, tf, tfn};
use leptos::prelude::*;

/// Bands of the distribution (0–10, 10–20, …).
const BINS: usize = 10;
/// Customers listed with the highest scores.
const TOP: usize = 10;

#[component]
pub fn ScorecardSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let count = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.current()
                .map_or(0, |l| l.settings.scorecard.aspects.len())
        })
    });
    let editors = move || {
        (0..count.get())
            .map(|k| {
                let title = move || {
                    state.workspace.with(|w| {
                        let name = w
                            .current()
                            .and_then(|l| l.settings.scorecard.aspects.get(k))
                            .map(|x| shown_name(&x.name))
                            .unwrap_or_default();
                        tf("pyramid.edit_aspect", &[("name", &name)])
                    })
                };
                view! {
                    <Disclosure class="editor" summary=move || view! { <summary>{title}</summary> }>
                        <div class="scheme">
                            {name_field(
                                format!("pyr-sc{k}-name"),
                                move || t("pyramid.aspect_name"),
                                move |s| s.scorecard.aspects.get(k).map(|x| shown_name(&x.name)),
                                move |s, v| if let Some(x) = s.scorecard.aspects.get_mut(k) { x.name = v },
                            )}
                            {number_field(
                                format!("pyr-sc{k}-weight"),
                                move || t("pyramid.aspect_weight"),
                                String::new(),
                                LabelShown::Visible,
                                numbers::CRITERION_WEIGHT,
                                move |s| s.scorecard.aspects.get(k).map(|x| x.weight),
                                move |s, v| if let Some(x) = s.scorecard.aspects.get_mut(k) { x.weight = v },
                                |_, _| None,
                            )}
                        </div>
                        {components_editor(Owner::Aspect(k))}
                    </Disclosure>
                }
            })
            .collect_view()
    };
    let results = move || {
        a.with(|a| match &a.scorecard {
            Err(e) => view! { <p class="warning" role="alert">{e.explain()}</p> }.into_any(),
            Ok(r) => {
                let aspects: Vec<(String, String)> = r
                    .aspects
                    .iter()
                    .zip(&r.weights)
                    .map(|(n, w)| (shown_name(n), format::percent(*w, 1)))
                    .collect();
                let bins: Vec<(String, String)> = score_distribution(&r.scores, BINS)
                    .iter()
                    .enumerate()
                    .map(|(k, b)| {
                        let key = if k + 1 == BINS {
                            "pyramid.bin_last"
                        } else {
                            "pyramid.bin"
                        };
                        (
                            tf(
                                key,
                                &[
                                    ("from", &format::number(b.from, 0)),
                                    ("to", &format::number(b.to, 0)),
                                ],
                            ),
                            format::number(b.count as f64, 0),
                        )
                    })
                    .collect();
                let top: Vec<(String, Vec<String>, String)> = state
                    .with_customers(|list| {
                        top_scored(&r.scores, |i| a.customers.get(i).map_or("", |c| c.id_in(list)), TOP)
                    })
                    .into_iter()
                    .filter_map(|i| {
                        let c = a.customers.get(i)?;
                        let written = |s: Option<f64>| {
                            s.map_or_else(|| t("pyramid.not_available"), |v| format::number(v, 1))
                        };
                        let parts = r
                            .aspect_scores
                            .get(i)
                            .map(|v| v.iter().map(|s| written(*s)).collect())
                            .unwrap_or_default();
                        let score = r.scores.get(i).copied().flatten();
                        Some((state.name_of(c), parts, written(score)))
                    })
                    .collect();
                // What the scorecard left out or could not score, said beside the results.
                let not_rated = r.scores.iter().filter(|s| s.is_none()).count();
                let notes: Vec<String> = r
                    .dropped_aspects
                    .iter()
                    .map(|&k| {
                        tf(
                            "pyramid.aspect_dropped",
                            &[
                                ("aspect", &r.aspects.get(k).map(|n| shown_name(n)).unwrap_or_default()),
                                (
                                    "weight",
                                    &format::input_number(
                                        r.entered_weights.get(k).copied().unwrap_or(0.0),
                                    ),
                                ),
                            ],
                        )
                    })
                    .chain(
                        // An aspect left out whole is said once, above.
                        r.aspects
                            .iter()
                            .zip(&r.dropped_indicators)
                            .enumerate()
                            .filter(|(k, _)| !r.dropped_aspects.contains(k))
                            .flat_map(|(_, (name, d))| {
                                let name = shown_name(name);
                                d.iter().map(move |d| dropped_sentence(&name, d))
                            }),
                    )
                    .chain((!r.partial.is_empty()).then(|| {
                        tfn("pyramid.scorecard_partial", &[("count", r.partial.len())], &[])
                    }))
                    .chain((not_rated > 0).then(|| {
                        tfn("pyramid.scorecard_not_rated", &[("count", not_rated)], &[])
                    }))
                    .collect();
                let names: Vec<String> = r.aspects.iter().map(|n| shown_name(n)).collect();
                view! {
                    <div class="scorecard-results">
                        <div class="table-scroll">
                            <table class="aspects">
                                <caption>{move || t("pyramid.aspects_caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{move || t("pyramid.col_aspect")}</th>
                                        <th scope="col" class="num" title=move || t("pyramid.col_aspect_weight_how")>{move || t("pyramid.col_aspect_weight")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {aspects.into_iter().map(|(n, w)| view! {
                                        <tr><th scope="row">{n}</th><td class="num">{w}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <div class="table-scroll">
                            <table class="distribution">
                                <caption>{move || t("pyramid.distribution_caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{move || t("pyramid.col_score_band")}</th>
                                        <th scope="col" class="num">{move || t("pyramid.col_count")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {bins.into_iter().map(|(band, n)| view! {
                                        <tr><th scope="row">{band}</th><td class="num">{n}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </div>
                    <div class="table-scroll">
                        <table class="top-scores">
                            <caption>{move || tf("pyramid.top_caption", &[("n", &TOP.to_string())])}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{move || t("pyramid.col_customer")}</th>
                                    {names.into_iter().map(|n| view! { <th scope="col" class="num">{n}</th> }).collect_view()}
                                    <th scope="col" class="num" title=move || tf("pyramid.col_final_how", &[("formula", formula::WEIGHTED_MEAN)])>{move || t("pyramid.col_final")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {top.into_iter().map(|(name, parts, score)| view! {
                                    <tr>
                                        <th scope="row">{name}</th>
                                        {parts.into_iter().map(|p| view! { <td class="num">{p}</td> }).collect_view()}
                                        <td class="num">{score}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {(!notes.is_empty()).then(|| view! {
                        <ul class="notes" data-testid="scorecard-notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    })}
                    <p class="note">{move || tf("pyramid.scorecard_note", &[("formula", formula::ASPECT_SCORE)])}</p>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="pyr-section" aria-labelledby="pyr-scorecard-title">
            <h3 id="pyr-scorecard-title">{move || t("pyramid.scorecard_title")}</h3>
            <p>{move || t("pyramid.scorecard_intro")}</p>
            {results}
            <div class="editors">{editors}</div>
        </section>
    }
}
