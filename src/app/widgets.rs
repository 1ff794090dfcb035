//! Small building blocks every view uses: a figure that explains itself, inputs for settings
//! that validate at the field, and formatting in the open list's currency.

use crate::app::messages::{Explain, Message, NumberRefused};
use crate::app::state::AppState;
use crate::chart::ChartError;
use crate::engine::keys::Keyed;
use crate::engine::numbers::{NumberKind, NumberSpec};
use crate::engine::profiles::{Attribute, AttributeValue};
use crate::engine::settings::Settings;
use crate::engine::settings::DEFAULT_NAMES;
use crate::engine::shares::Losses;
use crate::format;
use crate::i18n::{lang, t, tf};
use leptos::prelude::*;

/// The open list's currency code.
pub fn currency(state: &AppState) -> String {
    state.workspace.with(|w| {
        w.current()
            .map(|l| l.settings.currency.clone())
            .unwrap_or_default()
    })
}

/// A unit's text with the open list's currency filled in ("EUR a year").
pub fn unit_text(state: &AppState, key: &str) -> String {
    unit_text_in(key, &currency(state))
}

/// [`unit_text`] with the currency given: for many fields, read once.
pub fn unit_text_in(key: &str, currency: &str) -> String {
    if key.is_empty() {
        return String::new();
    }
    tf(key, &[("currency", currency)])
}

/// Money in the open list's currency.
pub fn money(state: &AppState, value: f64) -> String {
    format::money(value, &currency(state))
}

/// A share as a percentage, or the words for no share (nothing above zero to share).
pub fn value_share_text(share: Option<f64>, decimals: usize) -> String {
    share.map_or_else(|| t("share.none"), |s| format::percent(s, decimals))
}

/// A group's losses for a table cell: their sum and how many lose money, or "none".
pub fn losses_text(losses: &Losses, currency: &str) -> String {
    if losses.count == 0 {
        return t("share.no_losses");
    }
    tf(
        "share.losses",
        &[
            ("sum", &format::money(losses.sum, currency)),
            ("count", &format::count(losses.count)),
        ],
    )
}

/// A number with a label and an expandable note naming the formula and its inputs.
#[component]
pub fn Figure(
    #[prop(into)] label: TextProp,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] how: TextProp,
) -> impl IntoView {
    let named = label.clone();
    let summary = move || tf("how.summary", &[("what", &named.get())]);
    view! {
        <div class="figure">
            <span class="figure-label">{move || label.get()}</span>
            <span class="figure-value">{move || value.get()}</span>
            <details class="how">
                <summary aria-label=summary>{move || t("how.short")}</summary>
                <p>{move || how.get()}</p>
            </details>
        </div>
    }
}

/// Says a refused value at its field and to screen readers; nothing is stored. The message is
/// kept typed and worded where it is shown, so it follows a change of language.
pub fn refuse(state: &AppState, error: RwSignal<Option<Message>>, message: Message) {
    state.announce(message.clone());
    error.set(Some(message));
}

/// Reads a number field's text by its spec in the active language; a refusal is a message
/// naming what the field accepts and what was typed.
pub fn read_number(spec: NumberSpec, text: &str) -> Result<f64, Message> {
    format::parse_field(spec, text, lang()).map_err(|error| {
        Message::of(NumberRefused {
            spec,
            error,
            found: text.to_string(),
        })
    })
}

/// [`read_number`] for a field that may be left empty, which is `Ok(None)`.
pub fn read_optional(spec: NumberSpec, text: &str) -> Result<Option<f64>, Message> {
    match read_number(spec, text) {
        Ok(v) => Ok(Some(v)),
        Err(_) if text.trim().is_empty() => Ok(None),
        Err(message) => Err(message),
    }
}

/// The refusal of an empty name: "Not saved: expected a name …; found “”."
pub fn name_required(found: &str) -> Message {
    Message::new("table.invalid", &[("found", found)])
        .explaining("rule", Message::new("rule.text_required", &[]))
}

/// The unit beside a field of `spec`: "%" for a percentage, else `unit`.
pub fn unit_of(spec: NumberSpec, unit: String) -> String {
    if spec.kind == NumberKind::Percent {
        "%".to_string()
    } else {
        unit
    }
}

/// The text a field shows, written into the field only when that text changes: a save in
/// another window, or an edit elsewhere in the list, updates what the text is read from, and
/// writing the field again then would wipe what the user is typing in it.
pub fn field_value(
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let memo = Memo::new(move |_| text());
    move || memo.get()
}

/// The markup every validated text field shares: its label (with the unit in brackets), the
/// input, and under it the message of a refused value. `commit` gets the text as typed.
#[component]
pub fn ValidatedField(
    #[prop(into)] id: String,
    #[prop(into)] label: TextProp,
    #[prop(into, optional)] unit: TextProp,
    /// Laid out as a setting (`field setting`) rather than a plain field.
    #[prop(optional)]
    setting: bool,
    /// The label is for screen readers only (the table around the field says it visibly).
    #[prop(optional)]
    hidden_label: bool,
    /// Words rather than a number: no numeric keyboard, aligned left.
    #[prop(optional)]
    words: bool,
    #[prop(into)] value: Signal<String>,
    error: RwSignal<Option<Message>>,
    commit: impl Fn(String) + 'static,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let for_id = id.clone();
    view! {
        <div class=if setting { "field setting" } else { "field" }>
            <label for=for_id class=hidden_label.then_some("sr-only")>
                {move || label.get()}
                {move || {
                    let unit = unit.get();
                    (!unit.is_empty()).then(|| view! { <span class="unit">{format!(" ({unit})")}</span> })
                }}
            </label>
            <input
                id=id
                type="text"
                inputmode=(!words).then_some("decimal")
                class=(!words).then_some("num")
                prop:value=field_value(move || value.get())
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:change=move |ev| commit(event_target_value(&ev))
            />
            <span id=error_id class="field-error">{move || error.with(|e| e.as_ref().map(Message::text))}</span>
        </div>
    }
}

/// An input for one numeric setting, read by `spec`; a refused value is shown at the field and
/// not stored. With `optional`, an empty field stores `None`.
#[component]
pub fn NumberSetting(
    id: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(into, optional)] unit: TextProp,
    get: fn(&Settings) -> Option<f64>,
    set: fn(&mut Settings, Option<f64>),
    spec: NumberSpec,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<Message>);
    let shown = move || {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| get(&l.settings))
                .map(|v| format::field_text(spec, v))
                .unwrap_or_default()
        })
    };
    let read = move |text: &str| {
        if optional {
            read_optional(spec, text)
        } else {
            read_number(spec, text).map(Some)
        }
    };
    let commit = move |text: String| match read(&text) {
        Ok(value) => {
            error.set(None);
            state.edit_current(|l| set(&mut l.settings, value));
        }
        Err(message) => refuse(&state, error, message),
    };
    view! {
        <ValidatedField id=id label=label unit=move || unit_of(spec, unit.get().to_string()) setting=true
            value=Signal::derive(shown) error=error commit=commit />
    }
}

/// A select for one setting with a fixed set of choices: every variant of `K`, each option's
/// value its stable key, its text made by `text` in the active language.
#[component]
pub fn ChoiceSetting<K: Keyed + PartialEq + Send + Sync>(
    id: &'static str,
    #[prop(into)] label: TextProp,
    text: fn(K) -> String,
    get: fn(&Settings) -> K,
    set: fn(&mut Settings, K),
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || {
        state
            .workspace
            .with(|w| w.current().map(|l| get(&l.settings)))
    };
    let current_key = move || current().map(|c| c.key().to_string()).unwrap_or_default();
    view! {
        <div class="field setting">
            <label for=id>{move || label.get()}</label>
            <select
                id=id
                prop:value=field_value(current_key)
                on:change=move |ev| {
                    if let Some(choice) = K::from_key(&event_target_value(&ev)) {
                        state.edit_current(|l| set(&mut l.settings, choice));
                    }
                }
            >
                {options_of(
                    move || K::VARIANTS.iter().map(|&c| (c.key().to_string(), text(c))).collect(),
                    current_key,
                )}
            </select>
        </div>
    }
}

/// A paragraph shown when a list has nothing to compute on.
#[component]
pub fn EmptyNote(#[prop(into)] text: TextProp) -> impl IntoView {
    view! { <p class="empty-note">{move || text.get()}</p> }
}

/// A chart drawn by [`crate::chart`] with its caption. The SVG comes from our own drawing
/// code (user text in it is escaped there), so it is inserted as markup. Every chart on the
/// page also has a table with the same numbers, beside it or given as `children`.
#[component]
pub fn ChartFigure(
    name: &'static str,
    #[prop(into)] caption: TextProp,
    #[prop(into)] svg: Signal<Result<String, ChartError>>,
    /// The table alternative, when it belongs inside the figure.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <figure class="chart" data-chart=name>
            {move || match svg.get() {
                Ok(markup) => view! { <div class="chart-svg" inner_html=markup></div> }.into_any(),
                Err(ChartError::NoData) => view! { <p class="empty-note">{move || t("chart.no_data")}</p> }.into_any(),
                Err(e) => view! { <p class="warning">{move || tf("chart.failed", &[("reason", &e.explain())])}</p> }.into_any(),
            }}
            <figcaption>{move || caption.get()}</figcaption>
            {children.map(|c| c())}
        </figure>
    }
}

/// The page's name of a category value ("choice.trade_show") in the active language.
pub fn choice_text<K: Keyed>(choice: K) -> String {
    t(&format!("choice.{}", choice.key()))
}

/// The name of a profile attribute in the active language, as it reads inside a sentence;
/// custom attributes keep the user's own name.
pub fn attribute_name_text(attribute: &Attribute) -> String {
    match attribute {
        Attribute::MarketType => t("pyramid.attr_market_type"),
        Attribute::Channel => t("pyramid.attr_channel"),
        Attribute::Region => t("pyramid.attr_region"),
        Attribute::SizeBand => t("pyramid.attr_size_band"),
        Attribute::AgeBand => t("pyramid.attr_age_band"),
        Attribute::LifecycleStage => t("pyramid.attr_lifecycle_stage"),
        Attribute::Custom(name) => name.replace('_', " "),
    }
}

/// The value of a profile attribute in the active language: the list's categories are
/// translated, what the user typed (regions, custom attributes) is shown as typed.
pub fn attribute_value_text(value: &AttributeValue) -> String {
    match value {
        AttributeValue::MarketType(m) => choice_text(*m),
        AttributeValue::Channel(c) => choice_text(*c),
        AttributeValue::SizeBand(s) => choice_text(*s),
        AttributeValue::LifecycleStage(s) => choice_text(*s),
        AttributeValue::AgeBand(band) => match band.years() {
            (first, Some(last)) if first > 0 => format!("{first}–{last}"),
            _ => choice_text(*band),
        },
        AttributeValue::Region(text) | AttributeValue::Custom(_, text) => text.clone(),
    }
}

/// Provided while the views are drawn for the printed report.
#[derive(Clone, Copy)]
pub struct InReport;

/// A part of a view the reader can fold away, open until folded; whether it is open is
/// remembered (per `key`) between visits. Its title is the folded part's own heading, drawn
/// in the summary (style/main.css hides the part's first heading, which still names its region).
#[component]
pub fn Fold(
    key: &'static str,
    /// Key of the title's text: the same as the folded part's heading.
    title: &'static str,
    /// The part lies below the window when its view opens: its body is drawn after the
    /// view's first frame is painted ([`Later`]), its title at once.
    #[prop(optional)]
    later: bool,
    children: Children,
) -> impl IntoView {
    let stored = format!("value-pyramid/fold/{key}");
    // The printed report shows every part, whatever the reader folded on screen.
    let in_report = use_context::<InReport>().is_some();
    let open =
        in_report || crate::app::browser::load_preference(&stored).as_deref() != Some("closed");
    let toggle = move |ev: leptos::ev::Event| {
        if in_report {
            return;
        }
        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        crate::app::browser::save_preference(&stored, if open { "open" } else { "closed" });
    };
    view! {
        <details class="fold" data-fold=key open=open on:toggle=toggle>
            <summary><h3 class="fold-title">{move || t(title)}</h3></summary>
            {if later {
                view! { <Later>{children()}</Later> }.into_any()
            } else {
                children().into_any()
            }}
        </details>
    }
}

/// Draws its children in a task of its own after the browser painted the frame it was made
/// in (see [`crate::app::browser::after_next_paint`]): a view opened on a large list shows
/// what fits the window within a frame, and the parts below it follow, each in a short task
/// of its own, rather than the whole view in one long one. The printed report draws them at
/// once.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    let drawn = RwSignal::new(use_context::<InReport>().is_some());
    if !drawn.get_untracked() {
        crate::app::browser::after_next_paint(move || {
            // The view may have been left meanwhile: then there is nothing to draw.
            let _ = drawn.try_set(true);
        });
    }
    made_once_shown(drawn, children)
}

/// `children`, made the first time `shown` is true and kept from then on. Made untracked: a
/// signal the body reads while being made must not run this again, which would find the body
/// taken and leave its place empty.
fn made_once_shown(shown: RwSignal<bool>, children: Children) -> impl IntoView {
    let body = StoredValue::new_local(Some(children));
    move || {
        shown
            .get()
            .then(|| body.try_update_value(Option::take).flatten())
            .flatten()
            .map(|children| untrack(children))
    }
}

/// A `<details>` closed when drawn, whose body is made the first time the reader opens it:
/// most of these (a tier's further attributes, a pyramid's editor, a prospect's further
/// reasons) stay closed, and drawing them anyway was about half of what opening the Pyramid view cost. Once
/// made, the body stays, open or closed. The printed report draws it at once and open.
/// `summary` is the whole `<summary>` element.
#[component]
pub fn Disclosure(
    #[prop(optional)] class: &'static str,
    #[prop(into)] summary: ViewFn,
    children: Children,
) -> impl IntoView {
    let in_report = use_context::<InReport>().is_some();
    let opened = RwSignal::new(in_report);
    let toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
            opened.set(true);
        }
    };
    view! {
        <details class=class open=in_report on:toggle=toggle>
            {summary.run()}
            {made_once_shown(opened, children)}
        </details>
    }
}

/// A drop-down's options, `choices()` as (value, label) pairs, all drawn by one effect: drawn
/// again together when what `choices` reads changes (the language, a renamed pyramid), rather
/// than an effect for each option's label and one for whether it is chosen. The option whose
/// value is `chosen()` when they are drawn is marked selected; the `<select>` follows later
/// changes of the value through `prop:value` (see [`field_value`]).
pub fn options_of(
    choices: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
    chosen: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let chosen = untrack(&chosen);
        choices()
            .into_iter()
            .map(|(value, label)| {
                let selected = value == chosen;
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    }
}

/// The options of a choice field for [`options_of`]: each stored key labelled by its choice
/// text, after an empty value labelled by the key `none` where the field may be left empty.
pub fn choice_options(
    field: crate::io::fields::Field,
    none: Option<&'static str>,
    chosen: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    options_of(move || choices_of(field, none, |_| true), chosen)
}

/// [`choice_options`] for a drop-down of which only the chosen option is drawn until
/// `opened` is set (when the drop-down is first focused or pressed): the closed drop-down
/// shows, and a screen reader reads, the chosen option alone, and a table of many rows holds
/// one option per drop-down instead of every choice of each.
pub fn choice_options_when_opened(
    field: crate::io::fields::Field,
    none: Option<&'static str>,
    chosen: impl Fn() -> String + Copy + Send + Sync + 'static,
    opened: RwSignal<bool>,
) -> impl IntoView {
    let choices = move || {
        if opened.get() {
            return choices_of(field, none, |_| true);
        }
        // Drawn again when the value changes, so that the one option is the chosen one.
        let value = chosen();
        let only = choices_of(field, none, |key| key == value);
        if only.is_empty() {
            // A value the field does not offer: every choice, as the full list would show.
            choices_of(field, none, |_| true)
        } else {
            only
        }
    };
    // Keyed by value and label: when the value changes while the drop-down is closed, its one
    // option is a new element, which the browser selects as it is inserted, whichever of this
    // and the `<select>`'s own `prop:value` runs first (an option drawn again in place would
    // keep the selection the value had just cleared, and show a blank).
    view! {
        <For
            each=choices
            key=|(value, label)| (value.clone(), label.clone())
            children=move |(value, label)| {
                let selected = value == untrack(chosen);
                view! { <option value=value selected=selected>{label}</option> }
            }
        />
    }
}

/// The (value, label) pairs of a choice field whose value `keep` accepts: the empty value
/// labelled by the key `none` where the field may be left empty, then each stored key
/// labelled by its choice text.
fn choices_of(
    field: crate::io::fields::Field,
    none: Option<&'static str>,
    keep: impl Fn(&str) -> bool,
) -> Vec<(String, String)> {
    let keys = field
        .choices()
        .into_iter()
        .filter(|key| keep(key))
        .map(|key| (key.to_string(), t(&format!("choice.{key}"))));
    none.filter(|_| keep(""))
        .map(|none| (String::new(), t(none)))
        .into_iter()
        .chain(keys)
        .collect()
}

/// A name as shown: one the defaults gave ([`DEFAULT_NAMES`]) in the reader's language, one of
/// the user's own as typed.
pub fn shown_name(name: &str) -> String {
    match DEFAULT_NAMES.iter().find(|(default, _)| *default == name) {
        Some((_, key)) => t(key),
        None => name.to_string(),
    }
}
