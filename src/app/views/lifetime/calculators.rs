//! Page-local calculators: the LTV of one customer, lifetime by age with its ceiling and
//! expected years, and the closed forms with constant retention.

use super::inputs::LocalNumber;
use super::{follow, source_line, Source};
use crate::app::messages::Explain;
use crate::app::state::AppState;
use crate::app::views::settings::convention_text;
use crate::app::widgets::{money, unit_text, Figure};
use crate::engine::churn::Lifetime;
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::list_figures::{AgeInputs, CalculatorInputs, ClosedInputs, IndividualInputs};
use crate::engine::ltv::{self, PurchasePeriod};
use crate::engine::numbers;
use crate::engine::numeric::{ratio, DiscountRate, Rate};
use crate::engine::relationship::{expected_years, lifetime_value_by_age, remaining_years_by_age};
use crate::engine::settings::DiscountConvention;
use crate::format;
use crate::i18n::{formula, t, tf, tfx};
use leptos::prelude::*;

/// A select over the two discount conventions, bound to a page-local signal.
#[component]
fn ConventionChoice(
    id: &'static str,
    value: RwSignal<DiscountConvention>,
    source: Source,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{move || t("settings.discount_convention")}</label>
            <select
                id=id
                on:change=move |ev| {
                    source.edited();
                    if let Some(c) = DiscountConvention::from_key(&event_target_value(&ev)) {
                        value.set(c);
                    }
                }
            >
                {DiscountConvention::VARIANTS
                    .iter()
                    .map(|&c| view! { <option value=c.key() selected=move || value.get() == c>{move || convention_text(c)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// LTV of one customer: profit per purchase, purchases, years, discount.
#[component]
pub fn IndividualLtv() -> impl IntoView {
    let state = expect_context::<AppState>();
    let e = IndividualInputs::EXAMPLE;
    let profit = RwSignal::new(e.profit_per_purchase);
    let purchases = RwSignal::new(e.purchases);
    let period = RwSignal::new(e.period);
    let years = RwSignal::new(e.years);
    let discount = RwSignal::new(e.discount_rate);
    let convention = RwSignal::new(e.convention);
    // Not among the list's figures: the reader's own assumption, kept when the list changes.
    let growth = RwSignal::new(0.0);
    let source = follow(&state, move |i: IndividualInputs| {
        profit.set(i.profit_per_purchase);
        purchases.set(i.purchases);
        period.set(i.period);
        years.set(i.years);
        discount.set(i.discount_rate);
        convention.set(i.convention);
    });
    let result = Memo::new(move |_| {
        ltv::individual(
            profit.get(),
            purchases.get(),
            period.get(),
            years.get(),
            DiscountRate::new(discount.get()).unwrap_or(DiscountRate::ZERO),
            convention.get(),
            growth.get(),
        )
    });
    let yearly = move || money(&state, result.get().yearly_profit);
    let yearly_how = move || {
        tf(
            "lifetime.ind_yearly_how",
            &[
                ("profit", &money(&state, profit.get())),
                (
                    "purchases",
                    &format::number(ltv::purchases_per_year(purchases.get(), period.get()), 2),
                ),
                ("yearly", &money(&state, result.get().yearly_profit)),
            ],
        )
    };
    // With growth, profit in year t is the first year's × (1 + g)^(t−1): said after each sum.
    let growth_note = move || {
        let g = growth.get();
        if g == 0.0 {
            String::new()
        } else {
            format!(
                " {}",
                tf(
                    "lifetime.ind_growth_how",
                    &[
                        ("growth", &format::percent(g, 1)),
                        ("formula", formula::GROWING_PROFIT)
                    ]
                )
            )
        }
    };
    let undiscounted = move || money(&state, result.get().undiscounted);
    let undiscounted_how = move || {
        let sum = tf(
            "lifetime.ind_undiscounted_how",
            &[
                ("yearly", &money(&state, result.get().yearly_profit)),
                ("years", &format::number(years.get(), 2)),
            ],
        );
        sum + &growth_note()
    };
    let discounted = move || money(&state, result.get().discounted);
    let discounted_how = move || {
        let sum = tfx(
            "lifetime.ind_discounted_how",
            &[("years", years.get(), 2)],
            &[
                ("yearly", &money(&state, result.get().yearly_profit)),
                ("rate", &format::percent(discount.get(), 2)),
                ("convention", &convention_text(convention.get())),
            ],
        );
        sum + &growth_note()
    };
    view! {
        <section class="calculator" aria-labelledby="lt-individual-title">
            <h3 id="lt-individual-title">{move || t("lifetime.individual_title")}</h3>
            <p>{move || t("lifetime.individual_intro")}</p>
            {source_line(source, "lifetime.individual_example", "lifetime.individual_from_list")}
            <div class="inputs">
                <LocalNumber id="lt-ind-profit" label=move || t("lifetime.ind_profit") unit=move || unit_text(&state, "unit.money_per_order")
                    value=profit spec=numbers::ORDER_PROFIT source=source />
                <LocalNumber id="lt-ind-purchases" label=move || t("lifetime.ind_purchases") value=purchases spec=numbers::PURCHASES source=source />
                <div class="field">
                    <label for="lt-ind-period">{move || t("lifetime.ind_period")}</label>
                    <select
                        id="lt-ind-period"
                        on:change=move |ev| {
                            source.edited();
                            period.set(if event_target_value(&ev) == "year" {
                                PurchasePeriod::Year
                            } else {
                                PurchasePeriod::Month
                            })
                        }
                    >
                        <option value="month" selected=move || period.get() == PurchasePeriod::Month>{move || t("lifetime.per_month")}</option>
                        <option value="year" selected=move || period.get() == PurchasePeriod::Year>{move || t("lifetime.per_year")}</option>
                    </select>
                </div>
                <LocalNumber id="lt-ind-years" label=move || t("lifetime.ind_years") unit=move || t("unit.years")
                    value=years spec=numbers::LIFETIME_YEARS source=source />
                <LocalNumber id="lt-ind-discount" label=move || t("settings.discount_rate")
                    value=discount spec=numbers::DISCOUNT_RATE source=source />
                <LocalNumber id="lt-ind-growth" label=move || t("lifetime.ind_growth")
                    value=growth spec=numbers::PROFIT_GROWTH source=source />
                <ConventionChoice id="lt-ind-convention" value=convention source=source />
            </div>
            <div class="figures">
                <Figure label=move || t("lifetime.ind_yearly") value=Signal::derive(yearly) how=Signal::derive(yearly_how) />
                <Figure label=move || t("lifetime.ind_undiscounted") value=Signal::derive(undiscounted) how=Signal::derive(undiscounted_how) />
                <Figure label=move || t("lifetime.ind_discounted") value=Signal::derive(discounted) how=Signal::derive(discounted_how) />
            </div>
        </section>
    }
}

/// Lifetime by age for two people side by side: the seed's lifespan ceiling,
/// (life expectancy − age) × yearly value, and the expected remaining years with loyalty
/// counted, Σ (1 − churn)^t over that lifespan, which is what every LTV of the list uses.
#[component]
pub fn ByAge() -> impl IntoView {
    let state = expect_context::<AppState>();
    let e = AgeInputs::EXAMPLE;
    let life = RwSignal::new(e.life_expectancy);
    let churn = RwSignal::new(e.churn);
    let people = [
        ("a", RwSignal::new(e.first.0), RwSignal::new(e.first.1)),
        ("b", RwSignal::new(e.second.0), RwSignal::new(e.second.1)),
    ];
    let source = {
        let [(_, age_a, value_a), (_, age_b, value_b)] = people;
        follow(&state, move |i: AgeInputs| {
            life.set(i.life_expectancy);
            churn.set(i.churn);
            age_a.set(i.first.0);
            value_a.set(i.first.1);
            age_b.set(i.second.0);
            value_b.set(i.second.1);
        })
    };
    let value_of = move |age: RwSignal<f64>, yearly: RwSignal<f64>| {
        lifetime_value_by_age(age.get(), life.get(), yearly.get())
    };
    // A lifespan is bounded, so the sum is always finite here.
    let expected_of = move |age: RwSignal<f64>| match expected_years(
        churn.get(),
        Lifetime::Years(remaining_years_by_age(age.get(), life.get())),
    ) {
        Lifetime::Years(y) => y,
        Lifetime::Unbounded => 0.0,
    };
    let [(_, age_a, value_a), (_, age_b, value_b)] = people;
    let times = move || {
        let b = value_of(age_b, value_b);
        let a = value_of(age_a, value_a);
        let eb = expected_of(age_b) * value_b.get();
        let ea = expected_of(age_a) * value_a.get();
        (b > 0.0 && a >= 0.0 && eb > 0.0 && ea >= 0.0).then(|| {
            tf(
                "lifetime.age_times",
                &[
                    ("times", &format::number(ratio(a, b), 1)),
                    ("expected_times", &format::number(ratio(ea, eb), 2)),
                ],
            )
        })
    };
    let person = move |(key, age, yearly): (&'static str, RwSignal<f64>, RwSignal<f64>)| {
        let (age_id, value_id, title) = if key == "a" {
            ("lt-age-a", "lt-age-a-value", "lifetime.age_person_a")
        } else {
            ("lt-age-b", "lt-age-b-value", "lifetime.age_person_b")
        };
        let remaining = move || {
            tfx(
                "unit.n_years",
                &[("n", remaining_years_by_age(age.get(), life.get()), 0)],
                &[],
            )
        };
        let total = move || money(&state, value_of(age, yearly));
        let how = move || {
            tfx(
                "lifetime.age_how",
                &[(
                    "remaining",
                    remaining_years_by_age(age.get(), life.get()),
                    0,
                )],
                &[
                    ("life", &format::number(life.get(), 0)),
                    ("age", &format::number(age.get(), 0)),
                    ("yearly", &money(&state, yearly.get())),
                ],
            )
        };
        let expected = move || tfx("unit.n_years", &[("n", expected_of(age), 2)], &[]);
        let expected_how = move || {
            tfx(
                "lifetime.age_expected_how",
                &[
                    (
                        "remaining",
                        remaining_years_by_age(age.get(), life.get()),
                        2,
                    ),
                    ("years", expected_of(age), 4),
                ],
                &[
                    ("formula", formula::EXPECTED_YEARS),
                    ("part_year", formula::EXPECTED_PART_YEAR),
                    ("churn", &format::percent(churn.get(), 1)),
                ],
            )
        };
        let expected_value = move || money(&state, expected_of(age) * yearly.get());
        let expected_value_how = move || {
            tfx(
                "lifetime.age_expected_value_how",
                &[("years", expected_of(age), 4)],
                &[("yearly", &money(&state, yearly.get()))],
            )
        };
        view! {
            <fieldset class="person">
                <legend>{move || t(title)}</legend>
                <LocalNumber id=age_id label=move || t("lifetime.age") unit=move || t("unit.years") value=age spec=numbers::AGE source=source />
                <LocalNumber id=value_id label=move || t("lifetime.age_value") unit=move || unit_text(&state, "unit.money_per_year") value=yearly spec=numbers::CALCULATOR_MONEY source=source />
                <Figure label=move || tf("lifetime.age_remaining", &[("who", &t(title))]) value=Signal::derive(remaining)
                    how=move || t("lifetime.age_remaining_how") />
                <Figure label=move || tf("lifetime.age_total", &[("who", &t(title))]) value=Signal::derive(total) how=Signal::derive(how) />
                <Figure label=move || tf("lifetime.age_expected", &[("who", &t(title))]) value=Signal::derive(expected)
                    how=Signal::derive(expected_how) />
                <Figure label=move || tf("lifetime.age_expected_value", &[("who", &t(title))]) value=Signal::derive(expected_value)
                    how=Signal::derive(expected_value_how) />
            </fieldset>
        }
    };
    view! {
        <section class="calculator" aria-labelledby="lt-age-title">
            <h3 id="lt-age-title">{move || t("lifetime.age_title")}</h3>
            <p>{move || tf("lifetime.age_intro", &[("formula", formula::EXPECTED_YEARS)])}</p>
            {source_line(source, "lifetime.age_example", "lifetime.age_from_list")}
            <div class="inputs">
                <LocalNumber id="lt-age-life" label=move || t("settings.life_expectancy") unit=move || t("unit.years") value=life spec=numbers::LIFE_EXPECTANCY source=source />
                <LocalNumber id="lt-age-churn" label=move || t("lifetime.age_churn") value=churn spec=numbers::CHURN_RATE source=source />
            </div>
            <div class="people">{people.into_iter().map(person).collect_view()}</div>
            <p class="lesson">{move || times().unwrap_or_default()}</p>
            <p class="note">{move || t("lifetime.age_rule")}</p>
        </section>
    }
}

/// Closed forms with a constant retention r and discount d: m × (1 + d) ÷ (1 + d − r) and
/// m × r ÷ (1 + d − r).
#[component]
pub fn ClosedForms() -> impl IntoView {
    let state = expect_context::<AppState>();
    let e = ClosedInputs::EXAMPLE;
    let margin = RwSignal::new(e.margin);
    let retention = RwSignal::new(e.retention);
    let discount = RwSignal::new(e.discount_rate);
    let source = follow(&state, move |i: ClosedInputs| {
        margin.set(i.margin);
        retention.set(i.retention);
        discount.set(i.discount_rate);
    });
    let inputs = move || {
        (
            margin.get(),
            Rate::new(retention.get()).unwrap_or(Rate::ZERO),
            DiscountRate::new(discount.get()).unwrap_or(DiscountRate::ZERO),
        )
    };
    let show = move |r: Result<f64, ltv::LtvError>| match r {
        Ok(v) => money(&state, v),
        Err(e) => e.explain(),
    };
    let first = move || {
        let (m, r, d) = inputs();
        show(ltv::closed_form(m, r, d))
    };
    let variant = move || {
        let (m, r, d) = inputs();
        show(ltv::closed_form_variant(m, r, d))
    };
    let every = move || {
        let (m, r, d) = inputs();
        show(ltv::closed_form_with(
            m,
            r,
            d,
            DiscountConvention::EndOfYear,
        ))
    };
    let args = move || {
        [
            money(&state, margin.get()),
            format::number(retention.get(), 4),
            format::number(discount.get(), 4),
        ]
    };
    let how = move |key: &'static str| {
        move || {
            let [m, r, d] = args();
            tf(key, &[("m", &m), ("r", &r), ("d", &d)])
        }
    };
    view! {
        <section class="calculator" aria-labelledby="lt-closed-title">
            <h3 id="lt-closed-title">{move || t("lifetime.closed_title")}</h3>
            <p>{move || t("lifetime.closed_intro")}</p>
            {source_line(source, "lifetime.closed_example", "lifetime.closed_from_list")}
            <div class="inputs">
                <LocalNumber id="lt-closed-m" label=move || t("lifetime.closed_m") unit=move || unit_text(&state, "unit.money_per_year") value=margin spec=numbers::CALCULATOR_MONEY source=source />
                <LocalNumber id="lt-closed-r" label=move || t("lifetime.closed_r") value=retention spec=numbers::CHURN_RATE source=source />
                <LocalNumber id="lt-closed-d" label=move || t("lifetime.closed_d") value=discount spec=numbers::DISCOUNT_RATE source=source />
            </div>
            <div class="figures">
                <Figure label=move || t("lifetime.closed_first") value=Signal::derive(first) how=Signal::derive(how("lifetime.closed_first_how")) />
                <Figure label=move || t("lifetime.closed_variant") value=Signal::derive(variant) how=Signal::derive(how("lifetime.closed_variant_how")) />
                <Figure label=move || t("lifetime.closed_every") value=Signal::derive(every) how=Signal::derive(how("lifetime.closed_every_how")) />
            </div>
        </section>
    }
}
