//! Weighted pyramids side by side, with their editors, and the editor of weighted indicators
//! that the scorecard's aspects share.

use super::fields::{check_field, name_field, number_field, select_field, LabelShown};
use super::tiers::{shift_basis, tier_cuts_editor, CutsAt};
use super::{currency_of, dropped_sentence, indicator_text, share_text, tier_label, USUAL_NAMED};
use crate::app::messages::Explain;
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{losses_text, shown_name, value_share_text, Disclosure};
use crate::engine::numbers;
use crate::engine::settings::{Indicator, Settings, TierCuts, WeightedIndicator, WeightedPyramid};
use crate::format;
use crate::i18n::{formula, t, tf, tfn};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Whose weighted indicators are edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Owner {
    Pyramid(usize),
    Aspect(usize),
    /// Single-indicator segmentation: at most three indicators, weights unused.
    Segmentation,
}

/// Indicators a segmentation crosses (the engine ignores more).
const SEGMENTATION_MAX: usize = 3;

impl Owner {
    fn get(self, s: &Settings) -> Option<&Vec<WeightedIndicator>> {
        match self {
            Owner::Pyramid(p) => s.weighted_pyramids.get(p).map(|w| &w.components),
            Owner::Aspect(a) => s.scorecard.aspects.get(a).map(|x| &x.indicators),
            Owner::Segmentation => Some(&s.segmentation),
        }
    }

    fn get_mut(self, s: &mut Settings) -> Option<&mut Vec<WeightedIndicator>> {
        match self {
            Owner::Pyramid(p) => s.weighted_pyramids.get_mut(p).map(|w| &mut w.components),
            Owner::Aspect(a) => s.scorecard.aspects.get_mut(a).map(|x| &mut x.indicators),
            Owner::Segmentation => Some(&mut s.segmentation),
        }
    }

    fn name(self, s: &Settings) -> String {
        match self {
            Owner::Pyramid(p) => s.weighted_pyramids.get(p).map(|w| shown_name(&w.name)),
            Owner::Aspect(a) => s.scorecard.aspects.get(a).map(|x| shown_name(&x.name)),
            Owner::Segmentation => Some(t("pyramid.seg_name")),
        }
        .unwrap_or_default()
    }

    fn prefix(self) -> String {
        match self {
            Owner::Pyramid(p) => format!("pyr-wp{p}"),
            Owner::Aspect(a) => format!("pyr-sc{a}"),
            Owner::Segmentation => "pyr-seg".into(),
        }
    }

    fn weighted(self) -> bool {
        !matches!(self, Owner::Segmentation)
    }

    fn limit(self) -> usize {
        match self {
            Owner::Segmentation => SEGMENTATION_MAX,
            _ => usize::MAX,
        }
    }

    fn component(self, s: &Settings, k: usize) -> Option<&WeightedIndicator> {
        self.get(s).and_then(|c| c.get(k))
    }

    fn component_mut(self, s: &mut Settings, k: usize) -> Option<&mut WeightedIndicator> {
        self.get_mut(s).and_then(|c| c.get_mut(k))
    }
}

/// Indicators offered in every indicator select of the view, computed once per change.
#[derive(Clone, Copy)]
pub(crate) struct IndicatorChoices(pub Memo<Vec<(String, String)>>);

/// Indicators offered: the built-in ones, then every named indicator the list carries, the
/// settings use, or the seeds mention.
pub(crate) fn indicator_choices(state: AppState) -> IndicatorChoices {
    IndicatorChoices(Memo::new(move |_| {
        let mut named: BTreeSet<String> = USUAL_NAMED.iter().map(|s| s.to_string()).collect();
        state.workspace.with(|w| {
            if let Some(l) = w.current() {
                for key in l.customers.iter().flat_map(|c| c.indicators.keys()) {
                    if !named.contains(key.as_str()) {
                        named.insert(key.to_string());
                    }
                }
                let s = &l.settings;
                let used = s
                    .weighted_pyramids
                    .iter()
                    .flat_map(|p| &p.components)
                    .chain(s.scorecard.aspects.iter().flat_map(|a| &a.indicators))
                    .chain(&s.segmentation);
                for wi in used {
                    if let Indicator::Named(n) = &wi.indicator {
                        named.insert(n.clone());
                    }
                }
            }
        });
        Indicator::BUILT_IN
            .into_iter()
            .chain(named.into_iter().map(Indicator::Named))
            .map(|i| (i.key(), indicator_text(&i)))
            .collect()
    }))
}

/// The weighted indicators of a pyramid or an aspect: indicator, weight, direction; add and
/// remove.
pub(crate) fn components_editor(owner: Owner) -> impl IntoView {
    let state = expect_context::<AppState>();
    let choices = expect_context::<IndicatorChoices>().0;
    // Rebuild the rows only when their number or the owner's name changes.
    let shape = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.current()
                .map(|l| {
                    (
                        owner.get(&l.settings).map_or(0, Vec::len),
                        owner.name(&l.settings),
                    )
                })
                .unwrap_or_default()
        })
    });
    let prefix = owner.prefix();
    let p2 = prefix.clone();
    let rows = move || {
        let (n, name) = shape.get();
        (0..n)
            .map(|k| {
                let id = format!("{p2}-c{k}");
                let position = (k + 1).to_string();
                let what = tf(
                    "pyramid.component_n",
                    &[("n", &position), ("name", &name)],
                );
                let remove_label = tf(
                    "pyramid.remove_component",
                    &[("n", &position), ("name", &name)],
                );
                view! {
                    <tr>
                        <td>
                            {select_field(
                                format!("{id}-ind"),
                                tf("pyramid.indicator_of", &[("what", &what)]),
                                LabelShown::Hidden,
                                move || choices.get(),
                                move || state.workspace.with(|w| {
                                    w.current()
                                        .and_then(|l| owner.component(&l.settings, k))
                                        .map(|c| c.indicator.key())
                                        .unwrap_or_default()
                                }),
                                move |key| state.edit_current(|l| {
                                    if let Some(c) = owner.component_mut(&mut l.settings, k) {
                                        c.indicator = Indicator::from_key(&key).unwrap_or(Indicator::Profit);
                                    }
                                }),
                            )}
                        </td>
                        {owner.weighted().then(|| view! {
                        <td>
                            {number_field(
                                format!("{id}-w"),
                                tf("pyramid.weight_of", &[("what", &what)]),
                                String::new(),
                                LabelShown::Hidden,
                                numbers::CRITERION_WEIGHT,
                                move |s| owner.component(s, k).map(|c| c.weight),
                                move |s, v| if let Some(c) = owner.component_mut(s, k) { c.weight = v },
                                |_, _| None,
                            )}
                        </td>
                        })}
                        <td>
                            {check_field(
                                format!("{id}-low"),
                                move || t("pyramid.lower_better"),
                                tf("pyramid.lower_better_of", &[("what", &what)]),
                                move |s| owner.component(s, k).map(|c| c.lower_is_better),
                                move |s, v| if let Some(c) = owner.component_mut(s, k) { c.lower_is_better = v },
                            )}
                        </td>
                        <td>
                            <button
                                class="delete"
                                aria-label=remove_label
                                on:click=move |_| state.edit_current(|l| {
                                    if let Some(v) = owner.get_mut(&mut l.settings) {
                                        if k < v.len() {
                                            v.remove(k);
                                        }
                                    }
                                })
                            >
                                {move || t("pyramid.remove")}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let caption = move || {
        if owner.weighted() {
            tf(
                "pyramid.components_caption",
                &[("name", &shape.with(|s| s.1.clone()))],
            )
        } else {
            t("pyramid.seg_components_caption")
        }
    };
    let full = move || shape.with(|s| s.0 >= owner.limit());
    let add_label = move || {
        tf(
            "pyramid.add_component",
            &[("name", &shape.with(|s| s.1.clone()))],
        )
    };
    view! {
        <div class="table-scroll">
            <table class="components">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t("pyramid.col_indicator")}</th>
                        {owner.weighted().then(|| view! { <th scope="col" title=move || t("pyramid.col_weight_how")>{move || t("pyramid.col_weight")}</th> })}
                        <th scope="col" title=move || t("pyramid.col_lower_how")>{move || t("pyramid.col_lower")}</th>
                        <th scope="col"><span class="sr-only">{move || t("pyramid.col_actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="buttons">
            <button disabled=full on:click=move |_| state.edit_current(|l| {
                if let Some(v) = owner.get_mut(&mut l.settings) {
                    if v.len() < owner.limit() {
                        v.push(WeightedIndicator::new(Indicator::Revenue, 1.0));
                    }
                }
            })>{add_label}</button>
        </p>
    }
}

#[component]
pub fn WeightedSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let count = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.current()
                .map_or(0, |l| l.settings.weighted_pyramids.len())
        })
    });
    // Side by side: one column per pyramid, one row per tier.
    let side_by_side = move || {
        a.with(|a| {
            if a.weighted_pyramids.is_empty() {
                return view! { <p>{move || t("pyramid.no_weighted")}</p> }.into_any();
            }
            let names: Vec<String> = a
                .settings_used
                .weighted_pyramids
                .iter()
                .map(|p| shown_name(&p.name))
                .collect();
            let cur = currency_of(&a.settings_used);
            let cell = |p: usize, band: usize| -> String {
                match a.weighted_pyramids.get(p) {
                    Some(Ok(r)) => r
                        .tiering
                        .bands
                        .get(band)
                        .map(|b| {
                            let mut text = tf(
                                "pyramid.count_share",
                                &[
                                    ("count", &format::number(b.count as f64, 0)),
                                    ("revenue", &value_share_text(b.revenue_share, 1)),
                                    ("profit", &value_share_text(b.profit_share, 1)),
                                ],
                            );
                            if b.losses.count > 0 {
                                text.push(' ');
                                text.push_str(&tf(
                                    "pyramid.count_share_losses",
                                    &[("losses", &losses_text(&b.losses, cur))],
                                ));
                            }
                            text
                        })
                        .unwrap_or_default(),
                    _ => t("pyramid.not_available"),
                }
            };
            let rows: Vec<(String, Vec<String>)> = (0..3)
                .map(|band| {
                    (
                        tier_label(band),
                        (0..names.len()).map(|p| cell(p, band)).collect(),
                    )
                })
                .collect();
            let rules: Vec<String> = a
                .weighted_pyramids
                .iter()
                .zip(&names)
                .map(|(r, name)| match r {
                    Ok(r) => {
                        let what = match &r.tiering.rule.cut {
                            crate::engine::tiers::Cut::RankShares(s) => tf(
                                "pyramid.weighted_rule_shares",
                                &[
                                    ("top", &share_text(s.first().copied().unwrap_or(0.0))),
                                    ("middle", &share_text(s.get(1).copied().unwrap_or(0.0))),
                                ],
                            ),
                            crate::engine::tiers::Cut::Thresholds(th) => tf(
                                "pyramid.weighted_rule_thresholds",
                                &[
                                    ("top", &format::number(th.first().copied().unwrap_or(0.0), 3)),
                                    ("middle", &format::number(th.get(1).copied().unwrap_or(0.0), 3)),
                                ],
                            ),
                        };
                        tf("pyramid.weighted_rule", &[("name", name), ("rule", &what)])
                    }
                    Err(e) => tf("pyramid.weighted_error", &[("name", name), ("error", &e.explain())]),
                })
                .collect();
            // What each composite left out or could not score, said beside the results.
            let notes: Vec<String> = a
                .weighted_pyramids
                .iter()
                .zip(&names)
                .filter_map(|(r, name)| r.as_ref().ok().map(|r| (r, name)))
                .flat_map(|(r, name)| {
                    r.dropped
                        .iter()
                        .map(|d| dropped_sentence(name, d))
                        .chain((!r.partial.is_empty()).then(|| {
                            tfn(
                                "pyramid.partial_scored",
                                &[("count", r.partial.len())],
                                &[("name", name)],
                            )
                        }))
                        .chain((!r.tiering.not_rated.is_empty()).then(|| {
                            tfn(
                                "pyramid.composite_not_rated",
                                &[("count", r.tiering.not_rated.len())],
                                &[("name", name)],
                            )
                        }))
                        .collect::<Vec<_>>()
                })
                .collect();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("pyramid.side_caption")>
                    <table class="side-by-side">
                        <caption>{move || t("pyramid.side_caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t("pyramid.col_tier")}</th>
                                {names.iter().map(|n| view! { <th scope="col" class="num">{n.clone()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|(label, cells)| view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    {cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <p class="note">{move || t("pyramid.side_note")}</p>
                <ul class="rules">{rules.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                {(!notes.is_empty()).then(|| view! {
                    <ul class="notes" data-testid="weighted-notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                })}
            }
            .into_any()
        })
    };
    let editors = move || {
        (0..count.get())
            .map(|p| {
                let title = move || {
                    state.workspace.with(|w| {
                        let name = w
                            .current()
                            .and_then(|l| l.settings.weighted_pyramids.get(p))
                            .map(|x| shown_name(&x.name))
                            .unwrap_or_default();
                        tf("pyramid.edit_pyramid", &[("name", &name)])
                    })
                };
                let remove_label = move || {
                    state.workspace.with(|w| {
                        let name = w
                            .current()
                            .and_then(|l| l.settings.weighted_pyramids.get(p))
                            .map(|x| shown_name(&x.name))
                            .unwrap_or_default();
                        tf("pyramid.remove_pyramid", &[("name", &name)])
                    })
                };
                let remove = move |_| {
                    state.edit_current(|l| {
                        let s = &mut l.settings;
                        if p < s.weighted_pyramids.len() {
                            s.weighted_pyramids.remove(p);
                            shift_basis(&mut s.pyramid.basis, p);
                            shift_basis(&mut s.rating.basis, p);
                        }
                    });
                    state.announce(Message::new("pyramid.pyramid_removed", &[]));
                };
                view! {
                    <Disclosure class="editor" summary=move || view! { <summary>{title}</summary> }>
                        {name_field(
                            format!("pyr-wp{p}-name"),
                            move || t("pyramid.pyramid_name"),
                            move |s| s.weighted_pyramids.get(p).map(|x| shown_name(&x.name)),
                            move |s, v| if let Some(x) = s.weighted_pyramids.get_mut(p) { x.name = v },
                        )}
                        {tier_cuts_editor(CutsAt::Weighted(p))}
                        {components_editor(Owner::Pyramid(p))}
                        <p class="buttons">
                            <button class="danger" on:click=remove>{remove_label}</button>
                        </p>
                    </Disclosure>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        state.edit_current(|l| {
            let n = l.settings.weighted_pyramids.len();
            l.settings.weighted_pyramids.push(WeightedPyramid {
                name: tf("pyramid.new_pyramid_name", &[("n", &(n + 1).to_string())]),
                components: vec![WeightedIndicator::new(Indicator::Profit, 1.0)],
                cuts: TierCuts::default(),
            });
        });
        state.announce(Message::new("pyramid.pyramid_added", &[]));
    };
    view! {
        <section class="pyr-section" aria-labelledby="pyr-weighted-title">
            <h3 id="pyr-weighted-title">{move || t("pyramid.weighted_title")}</h3>
            <p>{move || tf("pyramid.weighted_intro", &[("formula", formula::WEIGHTED_MEAN)])}</p>
            {side_by_side}
            <div class="editors">{editors}</div>
            <p class="buttons"><button on:click=add>{move || t("pyramid.add_pyramid")}</button></p>
        </section>
    }
}
