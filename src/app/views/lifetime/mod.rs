//! The lifetime view: what one customer is worth over
//! the years, what churn costs, the cohort table, lifecycle stages and the retention budget.

mod calculators;
mod churn;
mod cohort;
mod inputs;
mod retention;
mod stages;

use crate::app::state::{list_name, AppState};
use crate::app::widgets::Fold;
use crate::engine::churn::Lifetime;
use crate::engine::list_figures::{self, CalculatorInputs, NoListFigures};
use crate::engine::model::LifecycleStage;
use crate::engine::settings::Figures;
use crate::format;
use crate::i18n::{t, tf, tfx};
use leptos::prelude::*;

#[component]
pub fn LifetimeView() -> impl IntoView {
    view! {
        <section class="lifetime" aria-labelledby="lifetime-title">
            <h2 id="lifetime-title">{move || t("view.lifetime")}</h2>
            <p>{move || t("lifetime.intro")}</p>
            <calculators::IndividualLtv />
            <Fold key="lifetime-age" title="lifetime.age_title"><calculators::ByAge /></Fold>
            <Fold key="lifetime-closed" later=true title="lifetime.closed_title"><calculators::ClosedForms /></Fold>
            <Fold key="lifetime-churn" later=true title="lifetime.churn_title"><churn::ChurnSection /></Fold>
            <Fold key="lifetime-cohort" later=true title="lifetime.cohort_title"><cohort::CohortSection /></Fold>
            <Fold key="lifetime-stages" later=true title="lifetime.stages_title"><stages::StagesSection /></Fold>
            <Fold key="lifetime-retention" later=true title="lifetime.retention_title"><retention::RetentionSection /></Fold>
        </section>
    }
}

/// A length of relationship as text: "5.0 years", or "unbounded" for churn 0.
pub(crate) fn lifetime_text(lifetime: Lifetime) -> String {
    match lifetime {
        Lifetime::Years(y) => tfx("unit.n_years", &[("n", y, 1)], &[]),
        Lifetime::Unbounded => t("churn.unbounded"),
    }
}

/// A count that may be fractional (customers a year): whole numbers without decimals.
fn count_text(value: f64) -> String {
    format::number(value, count_places(value))
}

/// The decimal places [`count_text`] writes a count with, for [`crate::i18n::tfx`].
fn count_places(value: f64) -> usize {
    if (value - value.round()).abs() < 1e-9 {
        0
    } else {
        1
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

/// Which figures a page-local calculator shows: the ones asked for, and why the list's are
/// missing when the example stands in for them.
#[derive(Clone, Copy)]
pub struct Source {
    asked: RwSignal<Figures>,
    missing: RwSignal<Option<NoListFigures>>,
}

impl Source {
    /// Marks the figures as the user's own once a field is changed.
    pub fn edited(self) {
        self.asked.set(Figures::Own);
        self.missing.set(None);
    }
}

/// Opens a calculator on the list's figures: `write` puts the inputs into its fields now, and
/// again whenever the list changes while the list's figures (or the example) are asked for.
fn follow<T: CalculatorInputs + 'static>(state: &AppState, write: impl Fn(T) + 'static) -> Source {
    let a = state.analysis;
    let asked = RwSignal::new(Figures::List);
    let first =
        a.with_untracked(|a| list_figures::shown(Figures::List, T::EXAMPLE, &a.list_figures));
    let missing = RwSignal::new(first.missing);
    write(first.inputs);
    Effect::new(move |_| {
        let want = asked.get();
        if want != Figures::Own {
            let s = a.with(|a| list_figures::shown(want, T::EXAMPLE, &a.list_figures));
            missing.set(s.missing);
            write(s.inputs);
        }
    });
    Source { asked, missing }
}

/// Why the list cannot supply a calculator's figures, in words.
fn missing_text(m: NoListFigures) -> String {
    t(match m {
        NoListFigures::NoCustomers => "lifetime.missing_customers",
        NoListFigures::NoRevenue => "lifetime.missing_revenue",
        NoListFigures::NoAges => "lifetime.missing_ages",
    })
}

/// The line saying which figures a calculator shows, and the two buttons switching between
/// the list's figures and the worked example. `example` and `from_list` are keys describing
/// the example and how the list's figures are derived.
fn shown_line(
    asked: Signal<Figures>,
    missing: Signal<Option<NoListFigures>>,
    example: &'static str,
    from_list: &'static str,
    choose: impl Fn(Figures) + Clone + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || match (asked.get(), missing.get()) {
        (Figures::Own, _) => t("lifetime.shown_own"),
        (Figures::Example, _) => tf("lifetime.shown_example", &[("example", &t(example))]),
        (Figures::List, Some(m)) => tf(
            "lifetime.shown_example_because",
            &[("example", &t(example)), ("reason", &missing_text(m))],
        ),
        (Figures::List, None) => {
            let list = state
                .workspace
                .with(|w| w.current().map(list_name).unwrap_or_default());
            tf(
                "lifetime.shown_list",
                &[("list", &list), ("how", &t(from_list))],
            )
        }
    };
    let to_example = choose.clone();
    view! {
        <div class="shown">
            <p class="shown-line">{text}</p>
            <div class="buttons">
                <button on:click=move |_| to_example(Figures::Example) disabled=move || { asked.get() == Figures::Example }>
                    {move || t("lifetime.use_example")}
                </button>
                <button on:click=move |_| choose(Figures::List) disabled=move || { asked.get() == Figures::List }>
                    {move || t("lifetime.use_list")}
                </button>
            </div>
        </div>
    }
}

/// [`shown_line`] for a page-local calculator.
fn source_line(source: Source, example: &'static str, from_list: &'static str) -> impl IntoView {
    shown_line(
        source.asked.into(),
        source.missing.into(),
        example,
        from_list,
        move |f| source.asked.set(f),
    )
}
