//! The tier scheme chooser with the tier table, and the ratings with their rule and table.

use super::fields::{number_field, select_field, LabelShown};
use super::{
    band_table, basis_choices, basis_from_key, basis_key, basis_text, basis_unit, currency_of,
    not_rated_block, prefill_thresholds, pyramid_names, rule_sentence, share_text, tie_sentence,
    tier_label, BandRow, Scheme, ScoreUnit,
};
use crate::app::messages::Explain;
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{value_share_text, ChartFigure, NumberSetting};
use crate::chart::{self, ChartError, PyramidTier};
use crate::engine::analysis::Analysis;
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::numbers;
use crate::engine::settings::{RatingCuts, RatingScale, ScoreBasis, Settings, TierCuts};
use crate::engine::tiers::Tiering;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;

/// Which three-tier cut is edited: the value pyramid's or a weighted pyramid's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CutsAt {
    Main,
    Weighted(usize),
}

impl CutsAt {
    fn get(self, s: &Settings) -> Option<&TierCuts> {
        match self {
            CutsAt::Main => Some(&s.pyramid.cuts),
            CutsAt::Weighted(p) => s.weighted_pyramids.get(p).map(|w| &w.cuts),
        }
    }

    fn get_mut(self, s: &mut Settings) -> Option<&mut TierCuts> {
        match self {
            CutsAt::Main => Some(&mut s.pyramid.cuts),
            CutsAt::Weighted(p) => s.weighted_pyramids.get_mut(p).map(|w| &mut w.cuts),
        }
    }

    fn prefix(self) -> String {
        match self {
            CutsAt::Main => "pyr-main".into(),
            CutsAt::Weighted(p) => format!("pyr-wp{p}"),
        }
    }

    /// A field label, naming the weighted pyramid when it is one (labels stay unique).
    fn label(self, text: String) -> String {
        match self {
            CutsAt::Main => text,
            CutsAt::Weighted(p) => tf(
                "pyramid.of_weighted",
                &[("what", &text), ("n", &(p + 1).to_string())],
            ),
        }
    }

    /// The unit its thresholds are in.
    fn unit(self, s: &Settings) -> ScoreUnit {
        match self {
            CutsAt::Main => basis_unit(s.pyramid.basis),
            CutsAt::Weighted(_) => ScoreUnit::Composite,
        }
    }
}

/// Rank shares of the top and middle tier or two thresholds, validated at the field.
pub(crate) fn tier_cuts_editor(at: CutsAt) -> impl IntoView {
    let state = expect_context::<AppState>();
    let prefix = at.prefix();
    let mode = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| at.get(&l.settings))
                .map(|c| matches!(c, TierCuts::Thresholds { .. }))
                .unwrap_or(false)
        })
    });
    let unit = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.current()
                .map(|l| at.unit(&l.settings))
                .unwrap_or(ScoreUnit::MoneyPerYear)
        })
    });
    let pick_mode = move |key: String| {
        let prefill = state.analysis.with_untracked(|a| {
            let tiering: Option<&Tiering> = match at {
                CutsAt::Main => a.pyramid.as_ref().ok(),
                CutsAt::Weighted(p) => a
                    .weighted_pyramids
                    .get(p)
                    .and_then(|r| r.as_ref().ok())
                    .map(|r| &r.tiering),
            };
            prefill_thresholds(tiering.map_or(&[][..], |t| &t.cut_scores), 2)
        });
        let cuts = if key == "thresholds" {
            TierCuts::Thresholds {
                top: prefill[0],
                middle: prefill[1],
            }
        } else {
            TierCuts::default()
        };
        state.edit_current(|l| {
            if let Some(c) = at.get_mut(&mut l.settings) {
                *c = cuts;
            }
        });
    };
    let shares_sum_check = |other: f64| {
        move |v: f64| {
            (v + other > 1.0 + 1e-9)
                .then(|| Message::new("pyramid.shares_too_big", &[("sum", &share_text(v + other))]))
        }
    };
    let p2 = prefix.clone();
    let fields = move || {
        let prefix = p2.clone();
        if mode.get() {
            let unit = unit.get();
            view! {
                {number_field(
                    format!("{prefix}-th-top"),
                    at.label(tf("pyramid.threshold_of", &[("tier", &tier_label(0))])),
                    unit.text(),
                    LabelShown::Visible,
                    unit.spec(),
                    move |s| match at.get(s) { Some(TierCuts::Thresholds { top, .. }) => Some(*top), _ => None },
                    move |s, v| if let Some(TierCuts::Thresholds { top, .. }) = at.get_mut(s) { *top = v },
                    move |s, v| match at.get(s) {
                        Some(TierCuts::Thresholds { middle, .. }) if v < *middle => Some(Message::new(
                            "pyramid.threshold_below_next",
                            &[("next", &crate::format::input_number(*middle))],
                        )),
                        _ => None,
                    },
                )}
                {number_field(
                    format!("{prefix}-th-middle"),
                    at.label(tf("pyramid.threshold_of", &[("tier", &tier_label(1))])),
                    unit.text(),
                    LabelShown::Visible,
                    unit.spec(),
                    move |s| match at.get(s) { Some(TierCuts::Thresholds { middle, .. }) => Some(*middle), _ => None },
                    move |s, v| if let Some(TierCuts::Thresholds { middle, .. }) = at.get_mut(s) { *middle = v },
                    move |s, v| match at.get(s) {
                        Some(TierCuts::Thresholds { top, .. }) if v > *top => Some(Message::new(
                            "pyramid.threshold_above_previous",
                            &[("previous", &crate::format::input_number(*top))],
                        )),
                        _ => None,
                    },
                )}
                <p class="field-note">{move || tf("pyramid.threshold_rest", &[("tier", &tier_label(2))])}</p>
            }
            .into_any()
        } else {
            let rest = move || {
                state
                    .workspace
                    .with(|w| match w.current().and_then(|l| at.get(&l.settings)) {
                        Some(TierCuts::RankShares { top, middle }) => tf(
                            "pyramid.share_rest",
                            &[
                                ("tier", &tier_label(2)),
                                ("share", &share_text((1.0 - top - middle).max(0.0))),
                            ],
                        ),
                        _ => String::new(),
                    })
            };
            view! {
                {number_field(
                    format!("{prefix}-share-top"),
                    at.label(tf("pyramid.share_of", &[("tier", &tier_label(0))])),
                    String::new(),
                    LabelShown::Visible,
                    numbers::TIER_SHARE,
                    move |s| match at.get(s) { Some(TierCuts::RankShares { top, .. }) => Some(*top), _ => None },
                    move |s, v| if let Some(TierCuts::RankShares { top, .. }) = at.get_mut(s) { *top = v },
                    move |s, v| match at.get(s) {
                        Some(TierCuts::RankShares { middle, .. }) => shares_sum_check(*middle)(v),
                        _ => None,
                    },
                )}
                {number_field(
                    format!("{prefix}-share-middle"),
                    at.label(tf("pyramid.share_of", &[("tier", &tier_label(1))])),
                    String::new(),
                    LabelShown::Visible,
                    numbers::TIER_SHARE,
                    move |s| match at.get(s) { Some(TierCuts::RankShares { middle, .. }) => Some(*middle), _ => None },
                    move |s, v| if let Some(TierCuts::RankShares { middle, .. }) = at.get_mut(s) { *middle = v },
                    move |s, v| match at.get(s) {
                        Some(TierCuts::RankShares { top, .. }) => shares_sum_check(*top)(v),
                        _ => None,
                    },
                )}
                <p class="field-note">{rest}</p>
            }
            .into_any()
        }
    };
    view! {
        <div class="cuts-editor">
            {select_field(
                format!("{prefix}-mode"),
                move || at.label(t("pyramid.cut_mode")),
                LabelShown::Visible,
                || vec![
                    ("shares".to_string(), t("pyramid.mode_shares")),
                    ("thresholds".to_string(), t("pyramid.mode_thresholds")),
                ],
                move || if mode.get() { "thresholds".into() } else { "shares".into() },
                pick_mode,
            )}
            {fields}
        </div>
    }
}

/// Sets a basis; thresholds in another unit no longer mean anything, so they fall back to
/// rank shares (and the page says so).
fn set_pyramid_basis(state: AppState, key: String) {
    let basis = basis_from_key(&key);
    let mut reset = false;
    state.edit_current(|l| {
        let s = &mut l.settings;
        if basis_unit(s.pyramid.basis) != basis_unit(basis)
            && matches!(s.pyramid.cuts, TierCuts::Thresholds { .. })
        {
            s.pyramid.cuts = TierCuts::default();
            reset = true;
        }
        s.pyramid.basis = basis;
    });
    if reset {
        state.announce(Message::new("pyramid.thresholds_reset", &[]));
    }
}

#[component]
pub fn PyramidSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let choices = move || {
        state.workspace.with(|w| {
            w.current()
                .map(|l| basis_choices(&l.settings))
                .unwrap_or_default()
        })
    };
    let current = move || {
        state.workspace.with(|w| {
            w.current()
                .map(|l| basis_key(l.settings.pyramid.basis))
                .unwrap_or_default()
        })
    };
    let rule = move || {
        a.with(|a| match &a.pyramid {
            Ok(p) => {
                let s = &a.settings_used;
                let unit = basis_unit(s.pyramid.basis);
                let labels: Vec<String> = (0..p.bands.len()).map(tier_label).collect();
                let basis = basis_text(s.pyramid.basis, &pyramid_names(s));
                let text =
                    rule_sentence(&p.rule, &basis, &labels, |v| unit.write(v, currency_of(s)));
                Ok((text, tie_sentence(&p.rule)))
            }
            Err(e) => Err(e.explain()),
        })
    };
    let rows = move || {
        a.with(|a| {
            let unit = basis_unit(a.settings_used.pyramid.basis);
            let cur = currency_of(&a.settings_used);
            a.pyramid
                .as_ref()
                .map(|p| {
                    p.bands
                        .iter()
                        .enumerate()
                        .map(|(k, b)| BandRow::new(tier_label(k), b, unit, cur))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let chart =
        move || a.with(|a| pyramid_chart(a, &t("pyramid.scheme_title"), chart::Size::default()));
    view! {
        <section class="pyr-section" aria-labelledby="pyr-scheme-title">
            <h3 id="pyr-scheme-title">{move || t("pyramid.scheme_title")}</h3>
            <p>{move || t("pyramid.scheme_intro")}</p>
            <div class="scheme">
                {select_field(
                    "pyr-main-basis".into(),
                    move || t("pyramid.basis"),
                    LabelShown::Visible,
                    choices,
                    current,
                    move |k| set_pyramid_basis(state, k),
                )}
                {tier_cuts_editor(CutsAt::Main)}
            </div>
            {move || match rule() {
                Ok((text, ties)) => view! {
                    <p class="rule">
                        <strong>{move || t("pyramid.rule_in_force")}</strong>" "<span data-testid="pyramid-rule">{text}</span>
                        {ties.map(|s| view! { " "<span data-testid="pyramid-ties">{s}</span> })}
                    </p>
                }.into_any(),
                Err(e) => view! { <p class="warning" role="alert">{e}</p> }.into_any(),
            }}
            <ChartFigure name="pyramid" caption=move || t("pyramid.chart_caption") svg=Signal::derive(chart) />
            {move || band_table("tier-table", t("pyramid.tier_table_caption"), t("pyramid.col_tier"), rows())}
            <p class="note">{move || t("pyramid.tier_table_note")}</p>
            {move || a.with(|a| not_rated_block(a, &state, Scheme::Pyramid))}
        </section>
    }
}

fn scale_text(scale: RatingScale) -> String {
    t(match scale {
        RatingScale::AToD => "pyramid.scale_a_d",
        RatingScale::OneToFive => "pyramid.scale_1_5",
        RatingScale::OneToTen => "pyramid.scale_1_10",
    })
}

fn rating_mode(cuts: &RatingCuts) -> &'static str {
    match cuts {
        RatingCuts::DefaultShares => "default",
        RatingCuts::RankShares(_) => "shares",
        RatingCuts::Thresholds(_) => "thresholds",
    }
}

#[component]
pub fn RatingSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let read = move |f: fn(&Settings) -> String| {
        state
            .workspace
            .with(|w| w.current().map(|l| f(&l.settings)).unwrap_or_default())
    };
    // (scale, mode): the fields below depend on these only, so typing does not rebuild them.
    let shape = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.current()
                .map(|l| {
                    let r = &l.settings.rating;
                    (r.scale, rating_mode(&r.cuts), basis_unit(r.basis))
                })
                .unwrap_or((RatingScale::AToD, "default", ScoreUnit::MoneyPerYear))
        })
    });
    let pick_scale = move |key: String| {
        let scale = RatingScale::from_key(&key).unwrap_or_default();
        let mut reset = false;
        state.edit_current(|l| {
            let r = &mut l.settings.rating;
            if r.scale != scale && r.cuts != RatingCuts::DefaultShares {
                r.cuts = RatingCuts::DefaultShares;
                reset = true;
            }
            r.scale = scale;
        });
        if reset {
            state.announce(Message::new("pyramid.rating_cuts_reset", &[]));
        }
    };
    let pick_basis = move |key: String| {
        let basis = basis_from_key(&key);
        let mut reset = false;
        state.edit_current(|l| {
            let r = &mut l.settings.rating;
            if basis_unit(r.basis) != basis_unit(basis)
                && matches!(r.cuts, RatingCuts::Thresholds(_))
            {
                r.cuts = RatingCuts::DefaultShares;
                reset = true;
            }
            r.basis = basis;
        });
        if reset {
            state.announce(Message::new("pyramid.thresholds_reset", &[]));
        }
    };
    let pick_mode = move |key: String| {
        let (scale, _, _) = shape.get_untracked();
        let n = scale.labels().len();
        let cuts = match key.as_str() {
            "shares" => RatingCuts::RankShares(scale.default_shares()),
            "thresholds" => {
                let prefill = a.with_untracked(|a| {
                    let cut_scores = a.rating.as_ref().map_or(&[][..], |r| &r.cut_scores[..]);
                    prefill_thresholds(cut_scores, n - 1)
                });
                RatingCuts::Thresholds(prefill)
            }
            _ => RatingCuts::DefaultShares,
        };
        state.edit_current(|l| l.settings.rating.cuts = cuts);
    };
    let cut_fields = move || {
        let (scale, mode, unit) = shape.get();
        let labels = scale.labels();
        match mode {
            "shares" => labels
                .iter()
                .enumerate()
                .map(|(k, label)| {
                    number_field(
                        format!("pyr-rating-share-{k}"),
                        tf("pyramid.rating_share_of", &[("rating", label)]),
                        String::new(),
                        LabelShown::Visible,
                        numbers::TIER_SHARE,
                        move |s| match &s.rating.cuts {
                            RatingCuts::RankShares(v) => v.get(k).copied(),
                            _ => None,
                        },
                        move |s, v| {
                            if let RatingCuts::RankShares(shares) = &mut s.rating.cuts {
                                if let Some(x) = shares.get_mut(k) {
                                    *x = v;
                                }
                            }
                        },
                        move |s, v| match &s.rating.cuts {
                            RatingCuts::RankShares(shares) => {
                                let others: f64 = shares
                                    .iter()
                                    .enumerate()
                                    .filter(|(j, _)| *j != k)
                                    .map(|(_, x)| *x)
                                    .sum();
                                (others + v <= 0.0)
                                    .then(|| Message::new("pyramid.shares_all_zero", &[]))
                            }
                            _ => None,
                        },
                    )
                    .into_any()
                })
                .collect_view()
                .into_any(),
            "thresholds" => {
                let last = labels.last().cloned().unwrap_or_default();
                let fields = labels
                    .iter()
                    .take(labels.len().saturating_sub(1))
                    .enumerate()
                    .map(|(k, label)| {
                        number_field(
                            format!("pyr-rating-th-{k}"),
                            tf("pyramid.rating_threshold_of", &[("rating", label)]),
                            unit.text(),
                            LabelShown::Visible,
                            unit.spec(),
                            move |s| match &s.rating.cuts {
                                RatingCuts::Thresholds(v) => v.get(k).copied(),
                                _ => None,
                            },
                            move |s, v| {
                                if let RatingCuts::Thresholds(th) = &mut s.rating.cuts {
                                    if let Some(x) = th.get_mut(k) {
                                        *x = v;
                                    }
                                }
                            },
                            move |s, v| match &s.rating.cuts {
                                RatingCuts::Thresholds(th) => {
                                    let above = k.checked_sub(1).and_then(|j| th.get(j));
                                    let below = th.get(k + 1);
                                    match (above, below) {
                                        (Some(p), _) if v > *p => Some(Message::new(
                                            "pyramid.threshold_above_previous",
                                            &[("previous", &crate::format::input_number(*p))],
                                        )),
                                        (_, Some(n)) if v < *n => Some(Message::new(
                                            "pyramid.threshold_below_next",
                                            &[("next", &crate::format::input_number(*n))],
                                        )),
                                        _ => None,
                                    }
                                }
                                _ => None,
                            },
                        )
                        .into_any()
                    })
                    .collect_view();
                view! {
                    {fields}
                    <p class="field-note">{move || tf("pyramid.rating_threshold_rest", &[("rating", &last)])}</p>
                }
                .into_any()
            }
            _ => view! { <p class="field-note">{move || t("pyramid.rating_default_note")}</p> }
                .into_any(),
        }
    };
    let rule = move || {
        a.with(|a| match &a.rating {
            Ok(r) => {
                let s = &a.settings_used;
                let unit = basis_unit(s.rating.basis);
                let basis = basis_text(s.rating.basis, &pyramid_names(s));
                let text = rule_sentence(&r.rule, &basis, &r.rule.labels, |v| {
                    unit.write(v, currency_of(s))
                });
                Ok((text, tie_sentence(&r.rule)))
            }
            Err(e) => Err(e.explain()),
        })
    };
    let rows = move || {
        a.with(|a| {
            let unit = basis_unit(a.settings_used.rating.basis);
            let cur = currency_of(&a.settings_used);
            a.rating
                .as_ref()
                .map(|r| {
                    r.bands
                        .iter()
                        .map(|b| BandRow::new(b.label.clone(), b, unit, cur))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="pyr-section" aria-labelledby="pyr-rating-title">
            <h3 id="pyr-rating-title">{move || t("pyramid.rating_title")}</h3>
            <p>{move || t("pyramid.rating_intro")}</p>
            <div class="scheme">
                {select_field(
                    "pyr-rating-scale".into(),
                    move || t("pyramid.rating_scale"),
                    LabelShown::Visible,
                    || RatingScale::VARIANTS.iter().map(|&s| (s.key().to_string(), scale_text(s))).collect(),
                    move || read(|s| s.rating.scale.key().to_string()),
                    pick_scale,
                )}
                {select_field(
                    "pyr-rating-basis".into(),
                    move || t("pyramid.rating_basis"),
                    LabelShown::Visible,
                    move || state.workspace.with(|w| w.current().map(|l| basis_choices(&l.settings)).unwrap_or_default()),
                    move || read(|s| basis_key(s.rating.basis)),
                    pick_basis,
                )}
                {select_field(
                    "pyr-rating-mode".into(),
                    move || t("pyramid.rating_mode"),
                    LabelShown::Visible,
                    || vec![
                        ("default".to_string(), t("pyramid.rating_mode_default")),
                        ("shares".to_string(), t("pyramid.rating_mode_shares")),
                        ("thresholds".to_string(), t("pyramid.mode_thresholds")),
                    ],
                    move || read(|s| rating_mode(&s.rating.cuts).to_string()),
                    pick_mode,
                )}
            </div>
            <div class="scheme cut-fields">{cut_fields}</div>
            {move || match rule() {
                Ok((text, ties)) => view! {
                    <p class="rule">
                        <strong>{move || t("pyramid.rule_in_force")}</strong>" "<span data-testid="rating-rule">{text}</span>
                        {ties.map(|s| view! { " "<span data-testid="rating-ties">{s}</span> })}
                    </p>
                }.into_any(),
                Err(e) => view! { <p class="warning" role="alert">{e}</p> }.into_any(),
            }}
            <ChartFigure name="ratings" caption=move || t("pyramid.chart_ratings_caption") svg=Signal::derive(move || a.with(ratings_chart)) />
            {move || band_table("rating-table", t("pyramid.rating_table_caption"), t("pyramid.col_rating"), rows())}
            {move || a.with(|a| not_rated_block(a, &state, Scheme::Rating))}
        </section>
    }
}

/// Keeps a basis pointing at the same weighted pyramid after pyramid `removed` is deleted.
pub(crate) fn shift_basis(basis: &mut ScoreBasis, removed: usize) {
    if let ScoreBasis::WeightedPyramid(k) = *basis {
        if k == removed {
            *basis = ScoreBasis::Profit;
        } else if k > removed {
            *basis = ScoreBasis::WeightedPyramid(k - 1);
        }
    }
}

/// The settings' migration-count field, repeated here where the list is shown.
#[component]
pub fn MigrationCount() -> impl IntoView {
    view! {
        <NumberSetting id="pyr-migration-count" label=move || t("pyramid.migration_count")
            get=|s| Some(s.migration_candidates as f64) set=|s, v| s.migration_candidates = v.unwrap_or(10.0) as usize spec=numbers::MIGRATION_CANDIDATES />
    }
}

/// The value pyramid's chart: each tier's customers and shares of revenue and profit (the
/// pyramid view and the overview draw the same one, each with its own title).
pub(crate) fn pyramid_chart(
    a: &Analysis,
    title: &str,
    size: chart::Size,
) -> Result<String, ChartError> {
    let tiers: Vec<PyramidTier> = a
        .pyramid
        .as_ref()
        .map(|p| {
            p.bands
                .iter()
                .enumerate()
                .map(|(k, b)| {
                    let label = tier_label(k);
                    let caption = tfn(
                        "pyramid.chart_band",
                        &[("count", b.count)],
                        &[
                            ("tier", &label),
                            ("revenue", &value_share_text(b.revenue_share, 1)),
                            ("profit", &value_share_text(b.profit_share, 1)),
                        ],
                    );
                    PyramidTier {
                        label,
                        count: b.count,
                        share_of_revenue: b.revenue_share.unwrap_or(0.0),
                        share_of_profit: b.profit_share.unwrap_or(0.0),
                        caption,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    chart::pyramid(&tiers, title, size)
}

/// How the customers and the profit spread over the ratings: one pair of bars per rating (its
/// share of customers, its share of the profit), the table below holding the same figures.
fn ratings_chart(a: &Analysis) -> Result<String, ChartError> {
    let bands = a
        .rating
        .as_ref()
        .map_err(|_| ChartError::NoData)?
        .bands
        .as_slice();
    let labels: Vec<String> = bands.iter().map(|b| b.label.clone()).collect();
    let percent = |v: Option<f64>| v.map_or(f64::NAN, |v| v * 100.0);
    let series = [
        (
            t("pyramid.col_customer_share"),
            bands.iter().map(|b| b.customer_share * 100.0).collect(),
        ),
        (
            t("pyramid.col_profit_share"),
            bands.iter().map(|b| percent(b.profit_share)).collect(),
        ),
    ];
    let axis = chart::AxisLabels {
        title: t("pyramid.chart_ratings"),
        x: t("pyramid.col_rating"),
        y: t("pyramid.chart_share_axis"),
    };
    chart::paired_bars(&labels, &series, &axis, chart::Size::default())
}
