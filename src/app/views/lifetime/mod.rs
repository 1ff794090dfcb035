//! The lifetime view (DOMAIN.md §4 lifetime view, §10–§14): what one customer is worth over
//! the years, what churn costs, the cohort table, lifecycle stages and the retention budget.

mod calculators;
mod churn;
mod cohort;
mod inputs;
mod retention;
mod stages;

use crate::engine::churn::Lifetime;
use crate::engine::model::LifecycleStage;
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

#[component]
pub fn LifetimeView() -> impl IntoView {
    view! {
        <section class="lifetime" aria-labelledby="lifetime-title">
            <h2 id="lifetime-title">{t("view.lifetime")}</h2>
            <p>{t("lifetime.intro")}</p>
            <calculators::IndividualLtv />
            <calculators::ByAge />
            <calculators::ClosedForms />
            <churn::ChurnSection />
            <cohort::CohortSection />
            <stages::StagesSection />
            <retention::RetentionSection />
        </section>
    }
}

/// A length of relationship as text: "5.0 years", or "unbounded" for churn 0.
fn lifetime_text(lifetime: Lifetime) -> String {
    match lifetime {
        Lifetime::Years(y) => tf("unit.n_years", &[("n", &format::number(y, 1))]),
        Lifetime::Unbounded => t("churn.unbounded"),
    }
}

/// A count that may be fractional (customers a year): whole numbers without decimals.
fn count_text(value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 {
        format::number(value, 0)
    } else {
        format::number(value, 1)
    }
}

/// The name of a lifecycle stage, or "no stage".
fn stage_name(stage: Option<LifecycleStage>) -> String {
    match stage {
        Some(LifecycleStage::Exploration) => t("choice.exploration"),
        Some(LifecycleStage::Formation) => t("choice.formation"),
        Some(LifecycleStage::Stability) => t("choice.stability"),
        Some(LifecycleStage::Decline) => t("choice.decline"),
        None => t("lifetime.stage_none"),
    }
}
