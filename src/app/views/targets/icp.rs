//! The ideal-customer-profile editor: weighted criteria, each a test on the
//! customer itself or on its fit with us. A refused value is shown at its field and not stored.

use crate::app::browser::{focus_later, set_checked};
use crate::app::messages::Explain;
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{
    choice_text, field_value, read_number, refuse, shown_name, unit_text, NumberSetting,
};
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::{MarketType, SizeBand};
use crate::engine::numbers;
use crate::engine::settings::{IcpArea, IcpCriterion, IcpTest, IcpTestKind, Indicator};
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

/// The drop-down's indicator choices: every built-in indicator, then "named".
fn indicator_choices() -> Vec<String> {
    Indicator::BUILT_IN
        .iter()
        .map(Indicator::key)
        .chain(["named".to_string()])
        .collect()
}

/// The indicator's choice in the drop-down: its key, or "named" for any indicator of the
/// user's own (its name is typed beside it).
fn indicator_choice(i: &Indicator) -> String {
    match i {
        Indicator::Named(_) => "named".into(),
        built_in => built_in.key(),
    }
}

/// The indicator chosen in the drop-down; "named" keeps the name typed before (or starts on
/// "growth").
fn indicator_from_choice(choice: &str, previous: &Indicator) -> Indicator {
    match Indicator::from_key(choice) {
        Some(i) if choice != "named" => i,
        _ => match previous {
            Indicator::Named(n) => Indicator::Named(n.clone()),
            _ => Indicator::Named("growth".into()),
        },
    }
}

/// Key of the unit words of an indicator's thresholds (money units name the list's currency,
/// so they are filled by [`unit_text`]).
fn indicator_unit(i: &Indicator) -> &'static str {
    match i {
        Indicator::Revenue
        | Indicator::Profit
        | Indicator::ServiceCost
        | Indicator::RelationshipValue => "unit.money_per_year",
        Indicator::AverageOrderValue => "unit.money_per_order",
        Indicator::LifetimeValue => "unit.money_once",
        Indicator::PurchaseFrequency => "unit.per_year",
        Indicator::GrossMargin | Indicator::ShareOfWallet => "targets.unit_fraction",
        Indicator::SizeBand => "targets.unit_size",
        Indicator::Age => "unit.years",
        Indicator::Named(_) => "targets.unit_named",
    }
}

fn kind_of(test: &IcpTest) -> &'static str {
    IcpTestKind::from(test).key()
}

fn indicator_of(test: &IcpTest) -> Option<&Indicator> {
    match test {
        IcpTest::AtLeast { indicator, .. }
        | IcpTest::AtMost { indicator, .. }
        | IcpTest::Between { indicator, .. } => Some(indicator),
        _ => None,
    }
}

/// (lowest, highest) passing values of a numeric test.
fn bounds_of(test: &IcpTest) -> (Option<f64>, Option<f64>) {
    match test {
        IcpTest::AtLeast { min, .. } => (Some(*min), None),
        IcpTest::AtMost { max, .. } => (None, Some(*max)),
        IcpTest::Between { min, max, .. } => (Some(*min), Some(*max)),
        _ => (None, None),
    }
}

/// A test of another kind, keeping what carries over (the indicator and its bounds).
fn switch_kind(kind: &str, previous: &IcpTest) -> IcpTest {
    let indicator = indicator_of(previous)
        .cloned()
        .unwrap_or(Indicator::Revenue);
    let (low, high) = bounds_of(previous);
    let low = low.or(high).unwrap_or(0.0);
    let high = high.unwrap_or(low);
    match IcpTestKind::from_key(kind).unwrap_or(IcpTestKind::AtLeast) {
        IcpTestKind::AtMost => IcpTest::AtMost {
            indicator,
            max: high,
        },
        IcpTestKind::Between => IcpTest::Between {
            indicator,
            min: low.min(high),
            max: high.max(low),
        },
        IcpTestKind::MarketTypeIn => IcpTest::MarketTypeIn(vec![MarketType::Consumer]),
        IcpTestKind::SizeBandIn => IcpTest::SizeBandIn(vec![SizeBand::Medium, SizeBand::Large]),
        IcpTestKind::RegionIn => IcpTest::RegionIn(Vec::new()),
        IcpTestKind::AttributeIn => IcpTest::AttributeIn {
            key: String::new(),
            values: Vec::new(),
        },
        IcpTestKind::AtLeast => IcpTest::AtLeast {
            indicator,
            min: low,
        },
    }
}

/// Comma-separated words, trimmed, empty ones dropped.
fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Changes one criterion of the open list, if it still exists.
fn edit(state: &AppState, index: usize, change: impl FnOnce(&mut IcpCriterion)) {
    state.edit_current(|l| {
        if let Some(c) = l.settings.icp.criteria.get_mut(index) {
            change(c);
        }
    });
}

/// Shows a refusal, announces it, and keeps the stored value.
#[component]
pub fn IcpEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = move || {
        state
            .workspace
            .with(|w| w.current().map_or(0, |l| l.settings.icp.criteria.len()))
    };
    let add = move |_| {
        let mut added = 0;
        state.edit_current(|l| {
            l.settings.icp.criteria.push(IcpCriterion {
                name: t("targets.icp_new_name"),
                area: IcpArea::Customer,
                weight: 1.0,
                test: IcpTest::AtLeast {
                    indicator: Indicator::Revenue,
                    min: 0.0,
                },
            });
            added = l.settings.icp.criteria.len() - 1;
        });
        state.announce(Message::new("targets.icp_added", &[]));
        focus_later(format!("icp-{added}-name"));
    };
    let icp_error = move || state.analysis.with(|a| a.icp_error.map(|e| e.explain()));
    view! {
        <h3 id="icp-title" tabindex="-1">{move || t("targets.icp_title")}</h3>
        <p>{move || t("targets.icp_intro")}</p>
        <div class="icp-criteria">
            <For each=move || 0..count() key=|i| *i children=move |i| view! { <CriterionRow index=i /> } />
        </div>
        <p class="buttons">
            <button on:click=add>{move || t("targets.icp_add")}</button>
        </p>
        {move || icp_error().map(|e| view! { <p class="warning" role="status">{e}</p> })}
        <NumberSetting id="icp-threshold" label=move || t("targets.icp_threshold") unit=move || t("targets.unit_fit")
            get=|s| Some(s.icp.match_threshold) set=|s, v| s.icp.match_threshold = v.unwrap_or(70.0)
            spec=numbers::FIT_THRESHOLD />
    }
}

/// The fields of one criterion.
#[component]
fn CriterionRow(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let crit = move || {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| l.settings.icp.criteria.get(index).cloned())
        })
    };
    let id = move |part: &str| format!("icp-{index}-{part}");
    let name_error = RwSignal::new(None::<Message>);
    let weight_error = RwSignal::new(None::<Message>);
    let kind = Memo::new(move |_| crit().map_or("at_least", |c| kind_of(&c.test)));
    let name = move || crit().map(|c| shown_name(&c.name)).unwrap_or_default();
    let set_name = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let trimmed = text.trim().to_string();
        if trimmed.is_empty() {
            refuse(
                &state,
                name_error,
                Message::new("targets.icp_name_required", &[]),
            );
        } else {
            name_error.set(None);
            edit(&state, index, |c| c.name = trimmed);
        }
    };
    let set_weight = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match read_number(numbers::CRITERION_WEIGHT, &text) {
            Ok(weight) => {
                weight_error.set(None);
                edit(&state, index, |c| c.weight = weight);
            }
            Err(message) => refuse(&state, weight_error, message),
        }
    };
    let set_area = move |ev: leptos::ev::Event| {
        let area = if event_target_value(&ev) == "fit" {
            IcpArea::Fit
        } else {
            IcpArea::Customer
        };
        edit(&state, index, |c| c.area = area);
    };
    let set_kind = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        edit(&state, index, |c| c.test = switch_kind(&key, &c.test));
    };
    let remove = move |_| {
        let removed = name();
        state.edit_current(|l| {
            if index < l.settings.icp.criteria.len() {
                l.settings.icp.criteria.remove(index);
            }
        });
        state.announce(Message::new("targets.icp_removed", &[("name", &removed)]));
        focus_later("icp-title".into());
    };
    let legend = move || tf("targets.icp_criterion", &[("n", &(index + 1).to_string())]);
    view! {
        <fieldset class="icp-criterion">
            <legend>{legend}</legend>
            <div class="field">
                <label for=id("name")>{move || t("targets.icp_name")}</label>
                <input id=id("name") type="text" prop:value=field_value(name)
                    aria-invalid=move || name_error.with(Option::is_some).to_string()
                    aria-describedby=id("name-error") on:change=set_name />
                <span id=id("name-error") class="field-error">{move || name_error.with(|e| e.as_ref().map(Message::text))}</span>
            </div>
            <div class="field">
                <label for=id("area")>{move || t("targets.icp_area")}</label>
                <select id=id("area") on:change=set_area>
                    <option value="customer" selected=move || crit().is_some_and(|c| c.area == IcpArea::Customer)>
                        {move || t("targets.area_customer")}
                    </option>
                    <option value="fit" selected=move || crit().is_some_and(|c| c.area == IcpArea::Fit)>
                        {move || t("targets.area_fit")}
                    </option>
                </select>
            </div>
            <div class="field">
                <label for=id("weight")>{move || t("targets.icp_weight")}</label>
                <input id=id("weight") type="text" inputmode="decimal" class="num"
                    prop:value=field_value(move || crit().map(|c| format::field_text(numbers::CRITERION_WEIGHT, c.weight)).unwrap_or_default())
                    aria-invalid=move || weight_error.with(Option::is_some).to_string()
                    aria-describedby=id("weight-error") on:change=set_weight />
                <span id=id("weight-error") class="field-error">{move || weight_error.with(|e| e.as_ref().map(Message::text))}</span>
            </div>
            <div class="field">
                <label for=id("kind")>{move || t("targets.icp_test")}</label>
                <select id=id("kind") on:change=set_kind>
                    {IcpTestKind::VARIANTS
                        .iter()
                        .map(|k| {
                            let k = k.key();
                            view! {
                                <option value=k selected=move || kind.get() == k>
                                    {move || t(&format!("targets.kind_{k}"))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {move || match kind.get() {
                "market_type_in" => choice_boxes(index, MARKET_TYPE_TEST).into_any(),
                "size_band_in" => choice_boxes(index, SIZE_BAND_TEST).into_any(),
                "region_in" => view! { <Regions index=index /> }.into_any(),
                "attribute_in" => view! { <Attribute index=index /> }.into_any(),
                _ => view! { <Threshold index=index /> }.into_any(),
            }}
            <button class="danger remove"
                aria-label=move || tf("targets.icp_remove_named", &[("name", &name())])
                on:click=remove>
                {move || t("targets.icp_remove")}
            </button>
        </fieldset>
    }
}

/// Indicator and bounds of a numeric test.
#[component]
fn Threshold(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let test = move || {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| l.settings.icp.criteria.get(index).map(|c| c.test.clone()))
        })
    };
    let id = move |part: &str| format!("icp-{index}-{part}");
    let indicator = Memo::new(move |_| test().and_then(|t| indicator_of(&t).cloned()));
    let key = Memo::new(move |_| {
        indicator.with(|i| {
            i.as_ref()
                .map_or_else(|| "revenue".to_string(), indicator_choice)
        })
    });
    let bounds = move || test().map_or((None, None), |t| bounds_of(&t));
    let named_error = RwSignal::new(None::<Message>);
    let min_error = RwSignal::new(None::<Message>);
    let max_error = RwSignal::new(None::<Message>);
    let set_indicator = move |ev: leptos::ev::Event| {
        let k = event_target_value(&ev);
        edit(&state, index, |c| {
            if let IcpTest::AtLeast { indicator, .. }
            | IcpTest::AtMost { indicator, .. }
            | IcpTest::Between { indicator, .. } = &mut c.test
            {
                *indicator = indicator_from_choice(&k, indicator);
            }
        });
    };
    let set_named = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev).trim().to_string();
        if text.is_empty() {
            refuse(
                &state,
                named_error,
                Message::new("targets.icp_named_required", &[]),
            );
            return;
        }
        named_error.set(None);
        edit(&state, index, |c| {
            if let IcpTest::AtLeast { indicator, .. }
            | IcpTest::AtMost { indicator, .. }
            | IcpTest::Between { indicator, .. } = &mut c.test
            {
                *indicator = Indicator::Named(text);
            }
        });
    };
    // Sets the lowest (`low`) or highest passing value, refusing a range turned upside down.
    let set_bound = move |low: bool, text: String| {
        let error = if low { min_error } else { max_error };
        let value = match read_number(numbers::ICP_BOUND, &text) {
            Ok(v) => v,
            Err(message) => return refuse(&state, error, message),
        };
        let (min, max) = bounds();
        let upside_down = if low {
            max.is_some_and(|m| value > m)
        } else {
            min.is_some_and(|m| value < m)
        };
        if upside_down {
            return refuse(
                &state,
                error,
                Message::new("targets.icp_range_upside_down", &[]),
            );
        }
        min_error.set(None);
        max_error.set(None);
        edit(&state, index, |c| match &mut c.test {
            IcpTest::AtLeast { min, .. } if low => *min = value,
            IcpTest::AtMost { max, .. } if !low => *max = value,
            IcpTest::Between { min, .. } if low => *min = value,
            IcpTest::Between { max, .. } => *max = value,
            _ => {}
        });
    };
    let unit = move || {
        indicator.with(|i| {
            i.as_ref()
                .map(|i| format!(" ({})", unit_text(&state, indicator_unit(i))))
                .unwrap_or_default()
        })
    };
    view! {
        <div class="field">
            <label for=id("indicator")>{move || t("targets.icp_indicator")}</label>
            <select id=id("indicator") on:change=set_indicator>
                {indicator_choices()
                    .into_iter()
                    .map(|k| {
                        let option = k.clone();
                        let value = k.clone();
                        view! {
                            <option value=value selected=move || key.get() == option>
                                {move || t(&format!("targets.ind_{k}"))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <Show when=move || key.get() == "named">
            <div class="field">
                <label for=id("named")>{move || t("targets.icp_named")}</label>
                <input id=id("named") type="text"
                    prop:value=field_value(move || indicator.with(|i| match i { Some(Indicator::Named(n)) => n.clone(), _ => String::new() }))
                    aria-invalid=move || named_error.with(Option::is_some).to_string()
                    aria-describedby=id("named-error") on:change=set_named />
                <span id=id("named-error") class="field-error">{move || named_error.with(|e| e.as_ref().map(Message::text))}</span>
            </div>
        </Show>
        <Show when=move || bounds().0.is_some()>
            <div class="field">
                <label for=id("min")>{move || t("targets.icp_min")}<span class="unit">{unit}</span></label>
                <input id=id("min") type="text" inputmode="decimal" class="num"
                    prop:value=field_value(move || bounds().0.map(|v| format::field_text(numbers::ICP_BOUND, v)).unwrap_or_default())
                    aria-invalid=move || min_error.with(Option::is_some).to_string()
                    aria-describedby=id("min-error")
                    on:change=move |ev| set_bound(true, event_target_value(&ev)) />
                <span id=id("min-error") class="field-error">{move || min_error.with(|e| e.as_ref().map(Message::text))}</span>
            </div>
        </Show>
        <Show when=move || bounds().1.is_some()>
            <div class="field">
                <label for=id("max")>{move || t("targets.icp_max")}<span class="unit">{unit}</span></label>
                <input id=id("max") type="text" inputmode="decimal" class="num"
                    prop:value=field_value(move || bounds().1.map(|v| format::field_text(numbers::ICP_BOUND, v)).unwrap_or_default())
                    aria-invalid=move || max_error.with(Option::is_some).to_string()
                    aria-describedby=id("max-error")
                    on:change=move |ev| set_bound(false, event_target_value(&ev)) />
                <span id=id("max-error") class="field-error">{move || max_error.with(|e| e.as_ref().map(Message::text))}</span>
            </div>
        </Show>
    }
}

/// What one kind of check-box test needs: its choices, how to read them from the test and how
/// to build the test again.
struct ChoiceTest<T: 'static> {
    legend: &'static str,
    id_part: &'static str,
    read: fn(&IcpTest) -> Option<&Vec<T>>,
    build: fn(Vec<T>) -> IcpTest,
}

const MARKET_TYPE_TEST: ChoiceTest<MarketType> = ChoiceTest {
    legend: "targets.icp_market_types",
    id_part: "mt",
    read: |test| match test {
        IcpTest::MarketTypeIn(v) => Some(v),
        _ => None,
    },
    build: IcpTest::MarketTypeIn,
};

const SIZE_BAND_TEST: ChoiceTest<SizeBand> = ChoiceTest {
    legend: "targets.icp_size_bands",
    id_part: "size",
    read: |test| match test {
        IcpTest::SizeBandIn(v) => Some(v),
        _ => None,
    },
    build: IcpTest::SizeBandIn,
};

/// Check boxes of the choices that pass; at least one stays ticked.
fn choice_boxes<T>(index: usize, test: ChoiceTest<T>) -> impl IntoView
where
    T: Keyed + Ord + Send + Sync,
{
    let state = expect_context::<AppState>();
    let ChoiceTest {
        legend,
        id_part,
        read,
        build,
    } = test;
    let list = move || {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| l.settings.icp.criteria.get(index))
                .and_then(|c| read(&c.test).cloned())
                .unwrap_or_default()
        })
    };
    let error = RwSignal::new(None::<Message>);
    let error_id = format!("icp-{index}-{id_part}-error");
    let described = error_id.clone();
    view! {
        <fieldset class="choices" aria-describedby=described>
            <legend>{move || t(legend)}</legend>
            {T::VARIANTS
                .iter()
                .map(|&choice| {
                    let key = choice.key();
                    let box_id = format!("icp-{index}-{id_part}-{key}");
                    let label_for = box_id.clone();
                    view! {
                        <label class="check" for=label_for>
                            <input id=box_id type="checkbox" prop:checked=move || list().contains(&choice)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let mut next = list();
                                    next.retain(|c| *c != choice);
                                    if on {
                                        next.push(choice);
                                        next.sort();
                                    }
                                    if next.is_empty() {
                                        set_checked(&ev, true);
                                        refuse(&state, error, Message::new("targets.icp_one_needed", &[]));
                                    } else {
                                        error.set(None);
                                        edit(&state, index, |c| c.test = build(next));
                                    }
                                } />
                            {move || choice_text(choice)}
                        </label>
                    }
                })
                .collect_view()}
            <span id=error_id class="field-error">{move || error.with(|e| e.as_ref().map(Message::text))}</span>
        </fieldset>
    }
}

/// Regions that pass, separated by commas.
#[component]
fn Regions(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = move || {
        state.workspace.with(|w| {
            match w
                .current()
                .and_then(|l| l.settings.icp.criteria.get(index))
                .map(|c| &c.test)
            {
                Some(IcpTest::RegionIn(v)) => v.join(", "),
                _ => String::new(),
            }
        })
    };
    let error = RwSignal::new(None::<Message>);
    let id = format!("icp-{index}-regions");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{move || t("targets.icp_regions")}</label>
            <input id=id type="text" prop:value=field_value(shown)
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:change=move |ev| {
                    let list = split_list(&event_target_value(&ev));
                    if list.is_empty() {
                        refuse(&state, error, Message::new("targets.icp_list_required", &[]));
                    } else {
                        error.set(None);
                        edit(&state, index, |c| c.test = IcpTest::RegionIn(list));
                    }
                } />
            <span id=error_id class="field-error">{move || error.with(|e| e.as_ref().map(Message::text))}</span>
        </div>
        {move || {
            (shown().is_empty()).then(|| view! { <p class="field-error">{move || t("targets.icp_list_empty")}</p> })
        }}
    }
}

/// A custom attribute and the values of it that pass.
#[component]
fn Attribute(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || {
        state.workspace.with(|w| {
            match w
                .current()
                .and_then(|l| l.settings.icp.criteria.get(index))
                .map(|c| &c.test)
            {
                Some(IcpTest::AttributeIn { key, values }) => (key.clone(), values.join(", ")),
                _ => (String::new(), String::new()),
            }
        })
    };
    let key_error = RwSignal::new(None::<Message>);
    let values_error = RwSignal::new(None::<Message>);
    let id = move |part: &str| format!("icp-{index}-{part}");
    view! {
        <div class="field">
            <label for=id("attr-key")>{move || t("targets.icp_attribute")}</label>
            <input id=id("attr-key") type="text" prop:value=field_value(move || current().0)
                aria-invalid=move || key_error.with(Option::is_some).to_string()
                aria-describedby=id("attr-key-error")
                on:change=move |ev| {
                    let text = event_target_value(&ev).trim().to_string();
                    if text.is_empty() {
                        refuse(&state, key_error, Message::new("targets.icp_attribute_required", &[]));
                    } else {
                        key_error.set(None);
                        edit(&state, index, |c| {
                            if let IcpTest::AttributeIn { key, .. } = &mut c.test {
                                *key = text;
                            }
                        });
                    }
                } />
            <span id=id("attr-key-error") class="field-error">{move || key_error.with(|e| e.as_ref().map(Message::text))}</span>
        </div>
        <div class="field">
            <label for=id("attr-values")>{move || t("targets.icp_values")}</label>
            <input id=id("attr-values") type="text" prop:value=field_value(move || current().1)
                aria-invalid=move || values_error.with(Option::is_some).to_string()
                aria-describedby=id("attr-values-error")
                on:change=move |ev| {
                    let list = split_list(&event_target_value(&ev));
                    if list.is_empty() {
                        refuse(&state, values_error, Message::new("targets.icp_list_required", &[]));
                    } else {
                        values_error.set(None);
                        edit(&state, index, |c| {
                            if let IcpTest::AttributeIn { values, .. } = &mut c.test {
                                *values = list;
                            }
                        });
                    }
                } />
            <span id=id("attr-values-error") class="field-error">{move || values_error.with(|e| e.as_ref().map(Message::text))}</span>
        </div>
        {move || {
            let (k, v) = current();
            (k.is_empty() || v.is_empty())
                .then(|| view! { <p class="field-error">{move || t("targets.icp_list_empty")}</p> })
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_kind_keeps_indicator_and_bounds() {
        let at_least = IcpTest::AtLeast {
            indicator: Indicator::Age,
            min: 25.0,
        };
        assert_eq!(
            switch_kind("between", &at_least),
            IcpTest::Between {
                indicator: Indicator::Age,
                min: 25.0,
                max: 25.0
            }
        );
        assert_eq!(
            switch_kind("at_most", &at_least),
            IcpTest::AtMost {
                indicator: Indicator::Age,
                max: 25.0
            }
        );
        assert_eq!(
            switch_kind("region_in", &at_least),
            IcpTest::RegionIn(vec![])
        );
        for k in IcpTestKind::keys() {
            assert_eq!(kind_of(&switch_kind(k, &at_least)), k);
        }
    }

    #[test]
    fn indicator_keys_round_trip() {
        let named = Indicator::Named("growth".into());
        for k in indicator_choices() {
            assert_eq!(indicator_choice(&indicator_from_choice(&k, &named)), k);
        }
        assert_eq!(
            indicator_from_choice("named", &Indicator::Named("nps".into())),
            Indicator::Named("nps".into())
        );
    }

    #[test]
    fn lists_and_numbers_are_read_strictly() {
        assert_eq!(split_list(" North, ,South "), vec!["North", "South"]);
        assert!(split_list(" , ").is_empty());
        let bound = |text| format::parse_field(numbers::ICP_BOUND, text, crate::i18n::Lang::En);
        assert_eq!(bound("1,500"), Ok(1500.0));
        assert_eq!(bound("35 %"), Ok(0.35));
        assert!(bound("abc").is_err());
        assert!(bound("1e400").is_err());
    }

    #[test]
    fn every_dynamic_key_has_text() {
        for k in IcpTestKind::keys() {
            assert!(crate::i18n::has(&format!("targets.kind_{k}")), "{k}");
        }
        for k in indicator_choices() {
            assert!(crate::i18n::has(&format!("targets.ind_{k}")), "{k}");
        }
    }
}
