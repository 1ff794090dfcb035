//! Inputs of the pyramid view that edit one place of the settings, found by closures (the
//! shared `NumberSetting` takes plain function pointers, which cannot name the n-th pyramid or
//! component). Same rules: a refused value is explained at the field and never stored.

use crate::app::state::AppState;
use crate::app::widgets::{refuse, ValidatedField};
use crate::engine::settings::Settings;
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

/// What a number field accepts, in the units shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumSpec {
    /// Smallest value shown.
    pub min: f64,
    /// Largest value shown.
    pub max: f64,
    /// Shown and typed as a percentage of the stored fraction.
    pub percent: bool,
}

impl NumSpec {
    pub const fn plain(min: f64, max: f64) -> NumSpec {
        NumSpec {
            min,
            max,
            percent: false,
        }
    }

    pub const fn percent() -> NumSpec {
        NumSpec {
            min: 0.0,
            max: 100.0,
            percent: true,
        }
    }

    fn scale(self) -> f64 {
        if self.percent {
            100.0
        } else {
            1.0
        }
    }
}

/// Where a field's label goes: visible above it, or only for assistive technology (inside
/// table rows whose column header already says what it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelShown {
    Visible,
    Hidden,
}

fn read_settings<R>(state: AppState, read: impl Fn(&Settings) -> Option<R>) -> Option<R> {
    state
        .workspace
        .with(|w| w.current().and_then(|l| read(&l.settings)))
}

fn label_class(shown: LabelShown) -> &'static str {
    match shown {
        LabelShown::Visible => "",
        LabelShown::Hidden => "sr-only",
    }
}

/// A numeric field. `check` sees the settings and the value in stored units and may refuse it
/// with a message (for relations between fields, such as thresholds in order).
#[allow(clippy::too_many_arguments)]
pub fn number_field(
    id: String,
    label: impl Into<TextProp>,
    unit: impl Into<TextProp>,
    shown: LabelShown,
    spec: NumSpec,
    read: impl Fn(&Settings) -> Option<f64> + Copy + Send + Sync + 'static,
    write: impl Fn(&mut Settings, f64) + Copy + Send + Sync + 'static,
    check: impl Fn(&Settings, f64) -> Option<String> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    let scale = spec.scale();
    let value = move || {
        read_settings(state, read)
            .map(|v| format::input_number((v * scale * 1e9).round() / 1e9))
            .unwrap_or_default()
    };
    let rule = tf(
        "rule.range",
        &[
            ("min", &format::input_number(spec.min)),
            ("max", &format::input_number(spec.max)),
        ],
    );
    let commit = move |text: String| {
        let parsed = format::parse_input(text.trim())
            .map(|n| n.value)
            .filter(|v| (spec.min..=spec.max).contains(v));
        let outcome = match parsed {
            None => Err(tf("table.invalid", &[("rule", &rule), ("found", &text)])),
            Some(v) => {
                let stored = v / scale;
                let refused = state
                    .workspace
                    .with_untracked(|w| w.current().and_then(|l| check(&l.settings, stored)));
                match refused {
                    Some(message) => Err(message),
                    None => Ok(stored),
                }
            }
        };
        match outcome {
            Ok(v) => {
                error.set(None);
                state.edit_current(|l| write(&mut l.settings, v));
            }
            Err(message) => refuse(&state, error, message),
        }
    };
    let unit: TextProp = if spec.percent {
        "%".into()
    } else {
        unit.into()
    };
    view! {
        <ValidatedField id=id label=label unit=unit setting=true hidden_label={ shown == LabelShown::Hidden }
            value=Signal::derive(value) error=error commit=commit />
    }
}

/// A name field; an empty name is refused.
pub fn name_field(
    id: String,
    label: impl Into<TextProp>,
    read: impl Fn(&Settings) -> Option<String> + Copy + Send + Sync + 'static,
    write: impl Fn(&mut Settings, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    let value = move || read_settings(state, read).unwrap_or_default();
    let commit = move |text: String| {
        let name = text.trim().to_string();
        if name.is_empty() {
            let message = tf(
                "table.invalid",
                &[("rule", &t("rule.text_required")), ("found", &text)],
            );
            refuse(&state, error, message);
        } else {
            error.set(None);
            state.edit_current(|l| write(&mut l.settings, name));
        }
    };
    view! {
        <ValidatedField id=id label=label setting=true words=true
            value=Signal::derive(value) error=error commit=commit />
    }
}

/// A select whose choices may change (pyramid names); `current` and `pick` speak in keys.
pub fn select_field(
    id: String,
    label: impl Into<TextProp>,
    shown: LabelShown,
    choices: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
    current: impl Fn() -> String + Copy + Send + Sync + 'static,
    pick: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let label: TextProp = label.into();
    let for_id = id.clone();
    view! {
        <div class="field setting">
            <label for=for_id class=label_class(shown)>{move || label.get()}</label>
            <select id=id on:change=move |ev| pick(event_target_value(&ev))>
                {move || {
                    choices()
                        .into_iter()
                        .map(|(key, text)| {
                            let k = key.clone();
                            view! { <option value=key prop:selected=move || current() == k>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A check box bound to one flag of the settings; `name` is its full accessible name when the
/// short visible `label` repeats from row to row.
pub fn check_field(
    id: String,
    label: impl Into<TextProp>,
    name: impl Into<TextProp>,
    read: impl Fn(&Settings) -> Option<bool> + Copy + Send + Sync + 'static,
    write: impl Fn(&mut Settings, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (label, name): (TextProp, TextProp) = (label.into(), name.into());
    let state = expect_context::<AppState>();
    let for_id = id.clone();
    view! {
        <label for=for_id class="check">
            <input
                id=id
                type="checkbox"
                aria-label=name
                prop:checked=move || read_settings(state, read).unwrap_or(false)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.edit_current(|l| write(&mut l.settings, on));
                }
            />
            {move || label.get()}
        </label>
    }
}
