//! Inputs of the lifetime view that validate at the field: page-local calculator numbers and
//! the cells of the cohort table (stored in the list's settings).

use super::Source;
use crate::app::state::AppState;
use crate::app::widgets::{refuse, NumberKind, ValidatedField};
use crate::engine::keys::Keyed;
use crate::engine::settings::{CohortSettings, CohortYearInput, Figures};
use crate::format;
use crate::i18n::tf;
use leptos::prelude::*;

/// The factor between a stored value and the typed one (percent fields are typed as 20 for 0.2).
fn scale(kind: NumberKind) -> f64 {
    if kind == NumberKind::Percent {
        100.0
    } else {
        1.0
    }
}

/// A value as it is typed back into its field.
fn shown(value: f64, kind: NumberKind) -> String {
    format::input_number((value * scale(kind) * 1e9).round() / 1e9)
}

/// Reads a typed number within [min, max] (in the field's own scale: percent fields in %);
/// the message says what was expected and what was found.
fn read(text: &str, min: f64, max: f64, kind: NumberKind) -> Result<f64, String> {
    let s = scale(kind);
    let (low, high) = (min * s, max * s);
    match format::parse_input(text.trim()) {
        Some(n)
            if (low..=high).contains(&n.value)
                && (kind != NumberKind::Whole || n.value.fract() == 0.0) =>
        {
            Ok(n.value / s)
        }
        _ => {
            let bound = |v: f64| format::number(v, if v.fract() == 0.0 { 0 } else { 2 });
            let rule = tf("rule.range", &[("min", &bound(low)), ("max", &bound(high))]);
            Err(tf("table.invalid", &[("rule", &rule), ("found", text)]))
        }
    }
}

/// What a number field does with the text typed: a value within [min, max] clears the error and
/// goes to `apply`; anything else is refused at the field.
fn checked(
    state: AppState,
    error: RwSignal<Option<String>>,
    min: f64,
    max: f64,
    kind: NumberKind,
    apply: impl Fn(f64) + 'static,
) -> impl Fn(String) + 'static {
    move |text: String| match read(&text, min, max, kind) {
        Ok(v) => {
            error.set(None);
            apply(v);
        }
        Err(message) => refuse(&state, error, message),
    }
}

/// The unit beside a field: "%" for a percent field, else `unit`.
fn unit_of(kind: NumberKind, unit: TextProp) -> TextProp {
    if kind == NumberKind::Percent {
        TextProp::from("%")
    } else {
        unit
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
    min: f64,
    max: f64,
    #[prop(optional)] kind: Option<NumberKind>,
    #[prop(optional)] source: Option<Source>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = kind.unwrap_or(NumberKind::Plain);
    let error = RwSignal::new(None::<String>);
    let commit = checked(state, error, min, max, kind, move |v| {
        // The field shows the value rounded (`shown`): retyping it is no change.
        if read(&shown(value.get_untracked(), kind), min, max, kind) != Ok(v) {
            if let Some(s) = source {
                s.edited();
            }
            value.set(v);
        }
    });
    let unit = unit_of(kind, unit);
    view! {
        <ValidatedField id=id label=label unit=unit
            value=Signal::derive(move || shown(value.get(), kind)) error=error commit=commit />
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

    pub fn kind(self) -> NumberKind {
        match self {
            CohortInput::Retention | CohortInput::CostRate => NumberKind::Percent,
            _ => NumberKind::Plain,
        }
    }

    /// Allowed range in stored units (the engine's check: rates 0–1, other cells 0–1e9).
    fn range(self) -> (f64, f64) {
        match self {
            CohortInput::Retention | CohortInput::CostRate => (0.0, 1.0),
            _ => (0.0, 1e9),
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
    let kind = input.kind();
    let (min, max) = input.range();
    let error = RwSignal::new(None::<String>);
    let value = move || {
        state.analysis.with(|a| {
            a.cohort_inputs
                .years
                .get(year)
                .map(|y| shown(input.get(y), kind))
                .unwrap_or_default()
        })
    };
    let commit = move |text: String| match read(&text, min, max, kind) {
        Ok(v) => {
            error.set(None);
            edit_cohort(&state, |c| {
                if let Some(y) = c.years.get_mut(year) {
                    input.set(y, v);
                }
            });
        }
        Err(message) => refuse(&state, error, message),
    };
    let id = format!("cohort-{}-{}", input.slug(), year + 1);
    let error_id = format!("{id}-error");
    let label = tf(
        "lifetime.cohort_cell",
        &[
            ("row", &crate::i18n::t(&input.label_key())),
            ("year", &(year + 1).to_string()),
        ],
    );
    view! {
        <td>
            <input
                id=id
                type="text"
                inputmode="decimal"
                class="num"
                aria-label=label
                prop:value=value
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:change=move |ev| commit(event_target_value(&ev))
            />
            <span id=error_id class="field-error">{move || error.get().unwrap_or_default()}</span>
        </td>
    }
}

/// Changes the cohort table shown (the list's, the example or the user's figures) and keeps
/// the result as the user's own figures; a change that changes nothing keeps what is shown.
pub fn edit_cohort(state: &AppState, change: impl FnOnce(&mut CohortSettings)) {
    let before = state.analysis.with_untracked(|a| a.cohort_inputs.clone());
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
    min: f64,
    max: f64,
    #[prop(optional)] kind: Option<NumberKind>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kind = kind.unwrap_or(NumberKind::Plain);
    let error = RwSignal::new(None::<String>);
    let commit = checked(state, error, min, max, kind, move |v| {
        edit_cohort(&state, |c| set(c, v))
    });
    let unit = unit_of(kind, unit);
    view! {
        <ValidatedField id=id label=label unit=unit setting=true
            value=Signal::derive(move || state.analysis.with(|a| shown(get(&a.cohort_inputs), kind))) error=error commit=commit />
    }
}
