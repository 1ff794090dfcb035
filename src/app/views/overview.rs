//! The overview: the few numbers that matter, and the warnings.

use crate::app::messages::explain;
use crate::app::state::{AppState, View};
use crate::app::views::pareto::losses_sentence;
use crate::app::widgets::{money, value_share_text, Figure};
use crate::engine::churn::Lifetime;
use crate::engine::concentration::MarginVerdict;
use crate::format;
use crate::i18n::{formula, t, tf, tfn, tfx};
use leptos::prelude::*;

#[component]
pub fn OverviewView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let count = move || {
        a.with(|a| {
            tfn(
                "overview.count_value",
                &[
                    ("customers", a.customer_count),
                    ("prospects", a.prospect_count),
                ],
                &[],
            )
        })
    };
    let revenue = move || a.with(|a| money(&state, a.totals.revenue));
    let profit = move || a.with(|a| money(&state, a.totals.profit));
    let relationship = move || a.with(|a| money(&state, a.totals.relationship_value));
    let ltv = move || a.with(|a| money(&state, a.totals.ltv));
    let top_share = move || a.with(|a| value_share_text(a.revenue_pareto.top_share_of_value, 1));
    let top_share_how = move || {
        a.with(|a| {
            let p = &a.revenue_pareto;
            if p.top_share_of_value.is_none() {
                return tf("pareto.no_share", &[("measure", &t("pareto.revenue_word"))]);
            }
            let mut text = tfn(
                "overview.top_share_how",
                &[("count", p.count)],
                &[
                    ("top", &format::count(p.top_count)),
                    ("share", &format::percent(p.top_share_of_customers, 0)),
                ],
            );
            if p.losses.count > 0 {
                text.push(' ');
                text.push_str(&losses_sentence(&state, p, &t("pareto.revenue_word")));
            }
            text
        })
    };
    let gini = move || {
        a.with(|a| {
            a.revenue_pareto
                .gini
                .map_or_else(|| t("share.none"), |g| format::number(g, 2))
        })
    };
    let targets = move || {
        a.with(|a| {
            tf(
                "overview.targets_value",
                &[
                    ("targets", &format::count(a.targets.targets.len())),
                    ("capacity", &format::count(a.targets.capacity)),
                ],
            )
        })
    };
    let lifetime = move || {
        a.with(|a| match a.churn.lifetime {
            Lifetime::Years(y) => tfx("unit.n_years", &[("n", y, 1)], &[]),
            Lifetime::Unbounded => t("churn.unbounded"),
        })
    };
    let negative = move || a.with(|a| a.negative_profit.len().to_string());
    let warnings = move || {
        a.with(|a| {
            let mut w: Vec<String> = a.warnings.iter().map(explain).collect();
            for flag in &a.concentration.flagged {
                if let Some(c) = a.customers.get(flag.index) {
                    w.push(tf(
                        "overview.concentration_flag",
                        &[
                            ("name", &c.name),
                            ("share", &format::percent(flag.share, 1)),
                        ],
                    ));
                }
            }
            if !a.negative_profit.is_empty() {
                w.push(tfn(
                    "overview.negative_profit",
                    &[("count", a.negative_profit.len())],
                    &[],
                ));
            }
            let c = &a.concentration;
            match c.verdict {
                MarginVerdict::EatMargin => w.push(tf(
                    "overview.big_eat_margin",
                    &[
                        ("service", &value_share_text(c.big_service_cost_share, 1)),
                        ("profit", &value_share_text(c.big_profit_share, 1)),
                    ],
                )),
                MarginVerdict::LoseMoney => w.push(tf(
                    "overview.big_lose_money",
                    &[("net", &money(&state, c.big_profit))],
                )),
                MarginVerdict::PayTheirWay
                | MarginVerdict::NoProfit
                | MarginVerdict::NoServiceCost => {}
            }
            w
        })
    };
    view! {
        <section aria-labelledby="overview-title">
            <h2 id="overview-title">{move || t("view.overview")}</h2>
            <div class="figures">
                <Figure label=move || t("overview.count") value=Signal::derive(count) how=move || t("overview.count_how") />
                <Figure label=move || t("overview.revenue") value=Signal::derive(revenue) how=move || t("overview.revenue_how") />
                <Figure label=move || t("overview.profit") value=Signal::derive(profit) how=move || t("overview.profit_how") />
                <Figure label=move || t("overview.relationship") value=Signal::derive(relationship) how=move || t("overview.relationship_how") />
                <Figure label=move || t("overview.ltv") value=Signal::derive(ltv) how=move || tf("overview.ltv_how", &[("formula", formula::EXPECTED_YEARS)]) />
                <Figure label=move || t("overview.top_share") value=Signal::derive(top_share) how=Signal::derive(top_share_how) />
                <Figure label=move || t("overview.gini") value=Signal::derive(gini) how=move || t("overview.gini_how") />
                <Figure label=move || t("overview.targets") value=Signal::derive(targets) how=move || t("overview.targets_how") />
                <Figure label=move || t("overview.lifetime") value=Signal::derive(lifetime) how=move || t("overview.lifetime_how") />
                <Figure label=move || t("overview.negative") value=Signal::derive(negative) how=move || t("overview.negative_how") />
            </div>
            <h3>{move || t("overview.warnings")}</h3>
            {move || {
                let w = warnings();
                if w.is_empty() {
                    view! { <p>{move || t("overview.no_warnings")}</p> }.into_any()
                } else {
                    view! { <ul class="warnings">{w.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
            <p>
                <button on:click=move |_| state.set_view(View::Import)>{move || t("overview.go_import")}</button>
            </p>
        </section>
    }
}
