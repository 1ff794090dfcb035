//! Lifecycle stages and lifetime profit: the list's customers per stage with
//! their profit, and a calculator of one customer's lifetime profit.

use super::inputs::LocalNumber;
use super::{follow, source_line, stage_name};
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{
    currency, money, read_number, refuse, unit_text, ChartFigure, Figure, ValidatedField,
};
use crate::chart;
use crate::engine::keys::Keyed;
use crate::engine::lifecycle::{self, LifetimeProfitInput};
use crate::engine::list_figures::CalculatorInputs;
use crate::engine::model::LifecycleStage;
use crate::engine::numbers;
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

#[component]
pub fn StagesSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    // Stage of each analysed customer, read from the list (results point into it).
    let by_stage = Memo::new(move |_| {
        state.workspace.with(|w| {
            a.with(|a| {
                let stages: Vec<_> = a
                    .customers
                    .iter()
                    .map(|c| {
                        w.current()
                            .and_then(|l| l.customers.get(c.input_index))
                            .and_then(|x| x.lifecycle_stage)
                    })
                    .collect();
                let profits: Vec<_> = a.customers.iter().map(|c| c.lifetime_profit).collect();
                lifecycle::lifetime_profit_by_stage(&stages, &profits)
            })
        })
    });
    let rows = move || {
        a.with(|a| {
            by_stage.with(|lifetime| {
                a.stages
                    .iter()
                    .zip(lifetime)
                    .filter(|(s, _)| s.count > 0 || s.stage.is_some())
                    .map(|(s, l)| {
                        (
                            stage_name(s.stage),
                            s.count.to_string(),
                            money(&state, s.total_profit),
                            money(&state, s.average_profit),
                            money(&state, l.total.lifetime_profit),
                            money(&state, l.average_lifetime_profit),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let any_stage = move || a.with(|a| a.stages.iter().any(|s| s.stage.is_some() && s.count > 0));
    let chart = move || {
        a.with(|a| {
            let stages: Vec<(String, f64)> = a
                .stages
                .iter()
                .filter(|s| s.stage.is_some())
                .map(|s| (stage_name(s.stage), s.average_profit))
                .collect();
            let labels = chart::AxisLabels {
                title: t("lifetime.chart_lifetime_profit"),
                x: t("lifetime.stage"),
                y: tf(
                    "lifetime.chart_profit_axis",
                    &[("currency", &currency(&state))],
                ),
            };
            chart::lifetime_profit(&stages, &labels, chart::Size::default())
        })
    };
    view! {
        <section aria-labelledby="lt-stages-title">
            <h3 id="lt-stages-title">{move || t("lifetime.stages_title")}</h3>
            <p>{move || t("lifetime.stages_intro")}</p>
            <Show
                when=any_stage
                fallback=|| view! { <p class="empty-note">{move || t("lifetime.stages_none")}</p> }
            >
                <ChartFigure name="lifetime-profit" caption=move || t("lifetime.chart_lifetime_profit") svg=Signal::derive(chart) />
            </Show>
            <figure class="chart-table">
                <figcaption>{move || t("lifetime.chart_lifetime_profit")}</figcaption>
                <div class="table-scroll">
                    <table class="stages">
                        <caption>{move || t("lifetime.stages_caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t("lifetime.stage")}</th>
                                <th scope="col">{move || t("lifetime.stage_count")}</th>
                                <th scope="col" title=move || t("lifetime.stage_profit_how")>{move || t("lifetime.stage_profit")}</th>
                                <th scope="col" title=move || t("lifetime.stage_average_how")>{move || t("lifetime.stage_average")}</th>
                                <th scope="col" title=move || t("lifetime.stage_lifetime_how")>{move || t("lifetime.stage_lifetime")}</th>
                                <th scope="col" title=move || t("lifetime.stage_lifetime_average_how")>{move || t("lifetime.stage_lifetime_average")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || rows().into_iter().map(|(name, count, total, avg, life, life_avg)| view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td class="num">{count}</td>
                                    <td class="num">{total}</td>
                                    <td class="num">{avg}</td>
                                    <td class="num">{life}</td>
                                    <td class="num">{life_avg}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </figure>
            <p class="note">{move || t("lifetime.stages_note")}</p>
            <p class="seed-check" data-testid="stage-shape">{move || a.with(crate::app::views::keeping::stage_shape_text)}</p>
            <fieldset class="stage-growth">
                <legend>{move || t("lifetime.stage_growth")}</legend>
                <p class="note">{move || t("lifetime.stage_growth_note")}</p>
                <div class="inputs">
                    <StageGrowth stage=LifecycleStage::Exploration />
                    <StageGrowth stage=LifecycleStage::Formation />
                    <StageGrowth stage=LifecycleStage::Stability />
                    <StageGrowth stage=LifecycleStage::Decline />
                </div>
            </fieldset>
            <LifetimeProfitCalculator />
        </section>
    }
}

/// The yearly growth of profit of one lifecycle stage's customers, saved with the list; empty
/// for none. A customer's own growth (its "Profit growth" field) wins over its stage's.
#[component]
fn StageGrowth(stage: LifecycleStage) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = format!("stage-growth-{}", stage.key());
    let error = RwSignal::new(None::<Message>);
    let shown = move || {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| l.settings.stage_growth.get(&stage).copied())
                .map(|v| format::field_text(numbers::PROFIT_GROWTH, v))
                .unwrap_or_default()
        })
    };
    let commit = move |text: String| {
        if text.trim().is_empty() {
            error.set(None);
            state.edit_current(|l| {
                l.settings.stage_growth.remove(&stage);
            });
            return;
        }
        match read_number(numbers::PROFIT_GROWTH, &text) {
            Ok(v) => {
                error.set(None);
                state.edit_current(|l| {
                    l.settings.stage_growth.insert(stage, v);
                });
            }
            Err(message) => refuse(&state, error, message),
        }
    };
    view! {
        <ValidatedField id=id label=move || stage_name(Some(stage)) unit=move || t("unit.percent")
            value=Signal::derive(shown) error=error commit=commit />
    }
}

/// Lifetime profit = (base + cross-sell + savings + referral) − (acquisition + discounts +
/// negative referral damage), with page-local inputs.
#[component]
fn LifetimeProfitCalculator() -> impl IntoView {
    let state = expect_context::<AppState>();
    let e = LifetimeProfitInput::EXAMPLE;
    let base = RwSignal::new(e.base_profit);
    let cross = RwSignal::new(e.cross_sell_profit);
    let savings = RwSignal::new(e.cost_savings);
    let referral = RwSignal::new(e.referral_value);
    let acquisition = RwSignal::new(e.acquisition_cost);
    let discounts = RwSignal::new(e.price_discounts);
    let damage = RwSignal::new(e.negative_referral_damage);
    let source = follow(&state, move |i: LifetimeProfitInput| {
        base.set(i.base_profit);
        cross.set(i.cross_sell_profit);
        savings.set(i.cost_savings);
        referral.set(i.referral_value);
        acquisition.set(i.acquisition_cost);
        discounts.set(i.price_discounts);
        damage.set(i.negative_referral_damage);
    });
    let result = Memo::new(move |_| {
        lifecycle::lifetime_profit(&LifetimeProfitInput {
            base_profit: base.get(),
            cross_sell_profit: cross.get(),
            cost_savings: savings.get(),
            referral_value: referral.get(),
            acquisition_cost: acquisition.get(),
            price_discounts: discounts.get(),
            negative_referral_damage: damage.get(),
        })
    });
    let m = move |v: f64| money(&state, v);
    let total_how = move || {
        tf(
            "lifetime.lp_total_profit_how",
            &[
                ("base", &m(base.get())),
                ("cross", &m(cross.get())),
                ("savings", &m(savings.get())),
                ("referral", &m(referral.get())),
            ],
        )
    };
    let investment_how = move || {
        tf(
            "lifetime.lp_investment_how",
            &[
                ("acquisition", &m(acquisition.get())),
                ("discounts", &m(discounts.get())),
                ("damage", &m(damage.get())),
            ],
        )
    };
    let lifetime_how = move || {
        let r = result.get();
        tf(
            "lifetime.lp_lifetime_how",
            &[
                ("profit", &m(r.total_profit)),
                ("investment", &m(r.total_investment)),
            ],
        )
    };
    let field = |id: &'static str, key: &'static str, value: RwSignal<f64>| {
        view! { <LocalNumber id=id label=move || t(key) unit=move || unit_text(&state, "unit.money_once") value=value spec=numbers::CALCULATOR_MONEY source=source /> }
    };
    view! {
        <fieldset class="calculator">
            <legend>{move || t("lifetime.lp_title")}</legend>
            <p>{move || t("lifetime.lp_intro")}</p>
            {source_line(source, "lifetime.lp_example", "lifetime.lp_from_list")}
            <div class="inputs">
                {field("lt-lp-base", "lifetime.lp_base", base)}
                {field("lt-lp-cross", "lifetime.lp_cross", cross)}
                {field("lt-lp-savings", "lifetime.lp_savings", savings)}
                {field("lt-lp-referral", "lifetime.lp_referral", referral)}
                {field("lt-lp-acquisition", "lifetime.lp_acquisition", acquisition)}
                {field("lt-lp-discounts", "lifetime.lp_discounts", discounts)}
                {field("lt-lp-damage", "lifetime.lp_damage", damage)}
            </div>
            <div class="figures">
                <Figure label=move || t("lifetime.lp_total_profit") value=Signal::derive(move || m(result.get().total_profit)) how=Signal::derive(total_how) />
                <Figure label=move || t("lifetime.lp_investment") value=Signal::derive(move || m(result.get().total_investment)) how=Signal::derive(investment_how) />
                <Figure label=move || t("lifetime.lp_lifetime") value=Signal::derive(move || m(result.get().lifetime_profit)) how=Signal::derive(lifetime_how) />
            </div>
        </fieldset>
    }
}
