//! Settings every calculation reads; saved with the list.

use crate::app::state::AppState;
use crate::app::widgets::{field_value, unit_text, ChoiceSetting, NumberSetting};
use crate::engine::numbers;
use crate::engine::settings::{AcquisitionCharge, CompanyStage, DiscountConvention, TargetRanking};
use crate::i18n::{formula, t, tf};
use leptos::prelude::*;

#[component]
pub fn SettingsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let currency_error = RwSignal::new(false);
    let currency = move || {
        state.workspace.with(|w| {
            w.current()
                .map(|l| l.settings.currency.clone())
                .unwrap_or_default()
        })
    };
    let set_currency = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev).trim().to_uppercase();
        if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
            currency_error.set(false);
            state.edit_current(|l| l.settings.currency = code);
        } else {
            currency_error.set(true);
        }
    };
    view! {
        <section aria-labelledby="settings-title">
            <h2 id="settings-title">{move || t("view.settings")}</h2>
            <p>{move || t("settings.intro")}</p>
            <fieldset>
                <legend>{move || t("settings.money")}</legend>
                <div class="field setting">
                    <label for="set-currency">{move || t("settings.currency")}</label>
                    <input
                        id="set-currency"
                        type="text"
                        maxlength="3"
                        prop:value=field_value(currency)
                        aria-invalid=move || currency_error.get().to_string()
                        aria-describedby="set-currency-error"
                        on:change=set_currency
                    />
                    <span id="set-currency-error" class="field-error">{move || currency_error.get().then(|| t("settings.currency_invalid"))}</span>
                </div>
                <NumberSetting id="set-hourly" label=move || t("settings.hourly_rate") unit=move || unit_text(&state, "unit.money_per_hour")
                    get=|s| Some(s.hourly_rate) set=|s, v| s.hourly_rate = v.unwrap_or(0.0) spec=numbers::HOURLY_RATE />
                <ChoiceSetting id="set-acq-charge" label=move || t("settings.acquisition_charge")
                    text=charge_text get=|s| s.acquisition_charge set=|s, k| s.acquisition_charge = k />
                <NumberSetting id="set-analysis-year" label=move || t("settings.analysis_year") optional=true
                    get=|s| s.analysis_year.map(f64::from) set=|s, v| s.analysis_year = v.map(|y| y as i32) spec=numbers::ANALYSIS_YEAR />
            </fieldset>
            <fieldset>
                <legend>{move || t("settings.relationship")}</legend>
                <ChoiceSetting id="set-stage" label=move || t("settings.company_stage") text=stage_text
                    get=|s| s.company_stage
                    set=|s, k| {
                        s.company_stage = k;
                        s.weights = k.preset();
                    } />
                <NumberSetting id="set-w-explicit" label=move || t("settings.weight_explicit") get=|s| Some(s.weights.explicit)
                    set=|s, v| s.weights.explicit = v.unwrap_or(0.0) spec=numbers::RELATIONSHIP_WEIGHT />
                <NumberSetting id="set-w-share" label=move || t("settings.weight_share") get=|s| Some(s.weights.share)
                    set=|s, v| s.weights.share = v.unwrap_or(0.0) spec=numbers::RELATIONSHIP_WEIGHT />
                <NumberSetting id="set-w-brand" label=move || t("settings.weight_brand") get=|s| Some(s.weights.brand)
                    set=|s, v| s.weights.brand = v.unwrap_or(0.0) spec=numbers::RELATIONSHIP_WEIGHT />
                <NumberSetting id="set-life" label=move || t("settings.life_expectancy") unit=move || t("unit.years")
                    get=|s| Some(s.life_expectancy) set=|s, v| s.life_expectancy = v.unwrap_or(80.0) spec=numbers::LIFE_EXPECTANCY />
                <ChoiceSetting id="set-ranking" label=move || t("settings.target_ranking")
                    text=ranking_text get=|s| s.target_ranking set=|s, k| s.target_ranking = k />
                <NumberSetting id="set-capacity" label=move || t("settings.capacity") unit=move || t("unit.customers")
                    get=|s| Some(s.capacity as f64) set=|s, v| s.capacity = v.unwrap_or(0.0) as usize spec=numbers::CAPACITY />
            </fieldset>
            <fieldset>
                <legend>{move || t("settings.lifetime")}</legend>
                <NumberSetting id="set-discount" label=move || t("settings.discount_rate")
                    get=|s| Some(s.discount_rate) set=|s, v| s.discount_rate = v.unwrap_or(0.0) spec=numbers::DISCOUNT_RATE />
                <ChoiceSetting id="set-convention" label=move || t("settings.discount_convention")
                    text=convention_text get=|s| s.discount_convention set=|s, k| s.discount_convention = k />
                <NumberSetting id="set-churn" label=move || t("settings.churn_rate")
                    get=|s| Some(s.churn_rate) set=|s, v| s.churn_rate = v.unwrap_or(0.0) spec=numbers::CHURN_RATE />
                <NumberSetting id="set-benchmark-churn" label=move || t("settings.benchmark_churn") optional=true
                    get=|s| s.benchmark_churn_rate set=|s, v| s.benchmark_churn_rate = v spec=numbers::CHURN_RATE />
                <NumberSetting id="set-max-life" label=move || t("settings.max_lifetime") unit=move || t("unit.years")
                    get=|s| Some(s.max_lifetime_years) set=|s, v| s.max_lifetime_years = v.unwrap_or(100.0) spec=numbers::MAX_LIFETIME />
                <NumberSetting id="set-retention-budget" label=move || t("settings.retention_budget") unit=move || unit_text(&state, "unit.money_per_year_plain")
                    get=|s| Some(s.retention_budget) set=|s, v| s.retention_budget = v.unwrap_or(0.0) spec=numbers::RETENTION_BUDGET />
            </fieldset>
            <fieldset>
                <legend>{move || t("settings.pareto")}</legend>
                <NumberSetting id="set-pareto-top" label=move || t("settings.pareto_top")
                    get=|s| Some(s.pareto_top_share) set=|s, v| s.pareto_top_share = v.unwrap_or(0.2) spec=numbers::TOP_SHARE />
                <NumberSetting id="set-pareto-value" label=move || t("settings.pareto_value")
                    get=|s| Some(s.pareto_value_share) set=|s, v| s.pareto_value_share = v.unwrap_or(0.8) spec=numbers::TOP_SHARE />
                <NumberSetting id="set-concentration" label=move || t("settings.concentration")
                    get=|s| Some(s.concentration_threshold) set=|s, v| s.concentration_threshold = v.unwrap_or(0.25) spec=numbers::TOP_SHARE />
                <NumberSetting id="set-migration" label=move || t("settings.migration_candidates")
                    get=|s| Some(s.migration_candidates as f64) set=|s, v| s.migration_candidates = v.unwrap_or(10.0) as usize spec=numbers::MIGRATION_CANDIDATES />
            </fieldset>
        </section>
    }
}

fn charge_text(charge: AcquisitionCharge) -> String {
    t(match charge {
        AcquisitionCharge::YearWon => "settings.charge_year_won",
        AcquisitionCharge::SpreadOverLifetime => "settings.charge_spread",
    })
}

fn stage_text(stage: CompanyStage) -> String {
    t(match stage {
        CompanyStage::Startup => "settings.stage_startup",
        CompanyStage::Growth => "settings.stage_growth",
        CompanyStage::Mature => "settings.stage_mature",
    })
}

/// What the capacity-limited targets are ranked by, in words.
pub(crate) fn ranking_text(ranking: TargetRanking) -> String {
    t(match ranking {
        TargetRanking::Money => "settings.ranking_money",
        TargetRanking::Score => "settings.ranking_score",
    })
}

/// The convention's name with its formula of the discount factor.
pub(crate) fn convention_text(convention: DiscountConvention) -> String {
    match convention {
        DiscountConvention::FirstYearUndiscounted => tf(
            "settings.convention_first",
            &[("formula", formula::DISCOUNT_FIRST_YEAR_UNDISCOUNTED)],
        ),
        DiscountConvention::EndOfYear => tf(
            "settings.convention_end",
            &[("formula", formula::DISCOUNT_EVERY_YEAR)],
        ),
    }
}
