//! Inputs of the lifetime view that validate at the field: page-local calculator numbers and
//! the cells of the cohort table (stored in the list's settings).

use super::Source;
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{field_value, read_number, refuse, unit_of, ValidatedField};
use crate::engine::keys::Keyed;
use crate::engine::numbers::{self, NumberSpec};
use crate::engine::settings::{CohortSettings, CohortYearInput, Figures};
use crate::format;
use crate::i18n::{lang, tf};
use leptos::prelude::*;

/// What a number field does with the text typed: a value its spec accepts clears the error and
/// goes to `apply`; anything else is refused at the field.
fn checked(
    state: AppState,
    error: RwSignal<Option<Message>>,
    spec: NumberSpec,
    apply: impl Fn(f64) + 'static,
) -> impl Fn(String) + 'static {
    move |text: String| match read_number(spec, &text) {
        Ok(v) => {
            error.set(None);
            apply(v);
        }
        Err(message) => refuse(&state, error, message),
    }
}

/// A page-local number for a calculator: a refused value is shown at the field and the signal
/// keeps its last good value. A changed value makes the calculator's figures the user's own
/// (`source`).
#[component]
pub fn LocalNumber(
    id: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(into, optional)] unit: TextProp,
    value: RwSignal<f64>,
    spec: NumberSpec,
    #[prop(optional)] source: Option<Source>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<Message>);
    let commit = checked(state, error, spec, move |v| {
        // The field shows the value rounded (`field_text`): retyping it is no change.
        let shown = format::field_text(spec, value.get_untracked());
        if format::parse_field(spec, &shown, lang()) != Ok(v) {
            if let Some(s) = source {
                s.edited();
            }
            value.set(v);
        }
    });
    view! {
        <ValidatedField id=id label=label unit=move || unit_of(spec, unit.get().to_string())
            value=Signal::derive(move || format::field_text(spec, value.get())) error=error commit=commit />
    }
}

/// One editable input of a cohort year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum CohortInput {
    Retention,
    Orders,
    OrderValue,
    CostRate,
    Marketing,
}

impl CohortInput {
    /// Translation key of the row label.
    pub fn label_key(self) -> String {
        format!("lifetime.cohort_{}", self.key())
    }

    /// The part of the input's element ids that names it ("order-value").
    fn slug(self) -> String {
        self.key().replace('_', "-")
    }

    /// What the cell accepts: the specs the cohort table checks its years by.
    pub fn spec(self) -> NumberSpec {
        match self {
            CohortInput::Retention | CohortInput::CostRate => numbers::COHORT_RATE,
            _ => numbers::COHORT_FIGURE,
        }
    }

    fn get(self, y: &CohortYearInput) -> f64 {
        match self {
            CohortInput::Retention => y.retention,
            CohortInput::Orders => y.orders_per_customer,
            CohortInput::OrderValue => y.average_order_value,
            CohortInput::CostRate => y.cost_rate,
            CohortInput::Marketing => y.marketing_per_customer,
        }
    }

    fn set(self, y: &mut CohortYearInput, v: f64) {
        match self {
            CohortInput::Retention => y.retention = v,
            CohortInput::Orders => y.orders_per_customer = v,
            CohortInput::OrderValue => y.average_order_value = v,
            CohortInput::CostRate => y.cost_rate = v,
            CohortInput::Marketing => y.marketing_per_customer = v,
        }
    }
}

/// One editable cell of the cohort table: year `year` (0-based) of input `input`.
#[component]
pub fn CohortCell(input: CohortInput, year: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let spec = input.spec();
    let error = RwSignal::new(None::<Message>);
    let value = move || {
        state.cohort.with(|a| {
            a.inputs
                .years
                .get(year)
                .map(|y| format::field_text(spec, input.get(y)))
                .unwrap_or_default()
        })
    };
    let commit = checked(state, error, spec, move |v| {
        edit_cohort(&state, |c| {
            if let Some(y) = c.years.get_mut(year) {
                input.set(y, v);
            }
        })
    });
    let id = format!("cohort-{}-{}", input.slug(), year + 1);
    let error_id = format!("{id}-error");
    let label = move || {
        tf(
            "lifetime.cohort_cell",
            &[
                ("row", &crate::i18n::t(&input.label_key())),
                ("year", &(year + 1).to_string()),
            ],
        )
    };
    view! {
        <td>
            <input
                id=id
                type="text"
                inputmode="decimal"
                class="num"
                aria-label=label
                prop:value=field_value(value)
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:change=move |ev| commit(event_target_value(&ev))
            />
            <span id=error_id class="field-error">{move || error.with(|e| e.as_ref().map(Message::text))}</span>
        </td>
    }
}

/// Changes the cohort table shown (the list's, the example or the user's figures) and keeps
/// the result as the user's own figures; a change that changes nothing keeps what is shown.
pub fn edit_cohort(state: &AppState, change: impl FnOnce(&mut CohortSettings)) {
    let before = state.cohort.with_untracked(|a| a.inputs.clone());
    let mut after = before.clone();
    change(&mut after);
    if after != before {
        after.shown = Some(Figures::Own);
        state.edit_current(|l| l.settings.cohort = after);
    }
}

/// A number of the cohort table other than its cells (size, interest, risk factor): shows the
/// table's figures and an edit makes them the user's own.
#[component]
pub fn CohortNumber(
    id: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(into, optional)] unit: TextProp,
    get: fn(&CohortSettings) -> f64,
    set: fn(&mut CohortSettings, f64),
    spec: NumberSpec,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<Message>);
    let commit = checked(state, error, spec, move |v| {
        edit_cohort(&state, |c| set(c, v))
    });
    view! {
        <ValidatedField id=id label=label unit=move || unit_of(spec, unit.get().to_string()) setting=true
            value=Signal::derive(move || state.cohort.with(|a| format::field_text(spec, get(&a.inputs)))) error=error commit=commit />
    }
}
