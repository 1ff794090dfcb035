//! Inputs of the pyramid view that edit one place of the settings, found by closures (the
//! shared `NumberSetting` takes plain function pointers, which cannot name the n-th pyramid or
//! component). Same rules and the same number specs: a refused value is explained at the
//! field and never stored.

use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{
    field_value, name_required, options_of, read_number, refuse, unit_of, ValidatedField,
};
use crate::engine::numbers::NumberSpec;
use crate::engine::settings::Settings;
use crate::format;
use leptos::prelude::*;

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

/// A numeric field read by `spec`. `check` sees the settings and the value in stored units and
/// may refuse it with a message (for relations between fields, such as thresholds in order).
#[allow(clippy::too_many_arguments)]
pub fn number_field(
    id: String,
    label: impl Into<TextProp>,
    unit: impl Into<TextProp>,
    shown: LabelShown,
    spec: NumberSpec,
    read: impl Fn(&Settings) -> Option<f64> + Copy + Send + Sync + 'static,
    write: impl Fn(&mut Settings, f64) + Copy + Send + Sync + 'static,
    check: impl Fn(&Settings, f64) -> Option<Message> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<Message>);
    let value = move || {
        read_settings(state, read)
            .map(|v| format::field_text(spec, v))
            .unwrap_or_default()
    };
    let commit = move |text: String| {
        let outcome = read_number(spec, &text).and_then(|stored| {
            let refused = state
                .workspace
                .with_untracked(|w| w.current().and_then(|l| check(&l.settings, stored)));
            refused.map_or(Ok(stored), Err)
        });
        match outcome {
            Ok(v) => {
                error.set(None);
                state.edit_current(|l| write(&mut l.settings, v));
            }
            Err(message) => refuse(&state, error, message),
        }
    };
    let unit: TextProp = unit.into();
    view! {
        <ValidatedField id=id label=label unit=move || unit_of(spec, unit.get().to_string()) setting=true hidden_label={ shown == LabelShown::Hidden }
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
    let error = RwSignal::new(None::<Message>);
    let value = move || read_settings(state, read).unwrap_or_default();
    let commit = move |text: String| {
        let name = text.trim().to_string();
        if name.is_empty() {
            refuse(&state, error, name_required(&text));
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
            <select id=id prop:value=field_value(current) on:change=move |ev| pick(event_target_value(&ev))>
                {options_of(choices, current)}
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
