//! The customer table: edit in place, sort, filter, search, page; delete with undo.

use crate::app::browser::focus_later;
use crate::app::messages::Message;
use crate::app::pager::{pages_of, PageButtons};
use crate::app::state::AppState;
use crate::app::widgets::unit_text;
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::{DateOrder, MarketType, Status};
use crate::format;
use crate::i18n::{choice_labels, lang, t, tf, tfn};
use crate::io::fields::{CellReading, Field, FieldError, Kind, PercentScale};
use crate::table_query::{SortOrder, TableQuery};
use leptos::prelude::*;
use std::collections::{BTreeSet, HashMap};

/// Columns shown until the user picks others.
const DEFAULT_COLUMNS: [Field; 10] = [
    Field::Status,
    Field::MarketType,
    Field::Channel,
    Field::Region,
    Field::RevenuePerYear,
    Field::GrossMargin,
    Field::ServiceCost,
    Field::AcquisitionCost,
    Field::LifecycleStage,
    Field::FirstPurchase,
];
const PAGE_SIZES: [usize; 4] = [25, 50, 100, 250];

#[component]
pub fn CustomerTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(TableQuery::default());
    let columns = RwSignal::new(DEFAULT_COLUMNS.to_vec());
    let indicators = RwSignal::new(
        PREDICTION_INDICATORS
            .iter()
            .map(|s| s.to_string())
            .collect::<BTreeSet<String>>(),
    );
    // Indicator names in use in the open list, for the chooser and the shown columns.
    let list_indicators = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.current()
                .map(|l| {
                    l.customers
                        .iter()
                        .flat_map(|c| c.indicators.keys().cloned())
                        .collect::<BTreeSet<String>>()
                })
                .unwrap_or_default()
        })
    });
    let shown_indicators = Memo::new(move |_| {
        indicators.with(|chosen| {
            list_indicators.with(|present| {
                present
                    .intersection(chosen)
                    .cloned()
                    .collect::<Vec<String>>()
            })
        })
    });
    let page = RwSignal::new(0usize);
    let page_size = RwSignal::new(PAGE_SIZES[0]);
    // Refused edits, by (customer id, field): the rule and the text typed, which the cell keeps
    // showing; the stored value stays untouched.
    let errors = RwSignal::new(HashMap::<(String, Field), FieldError>::new());

    let rows = Memo::new(move |_| {
        query.with(|q| {
            state.workspace.with(|w| {
                w.current()
                    .map(|l| q.rows(&l.customers))
                    .unwrap_or_default()
            })
        })
    });
    let page_count = move || rows.with(|r| pages_of(r.len(), page_size.get()));
    let page_rows = Memo::new(move |_| {
        let size = page_size.get();
        let start = page.get().min(page_count() - 1) * size;
        rows.with(|r| {
            state.workspace.with(|w| {
                let Some(list) = w.current() else {
                    return Vec::new();
                };
                r.iter()
                    .skip(start)
                    .take(size)
                    .filter_map(|&i| list.customers.get(i).map(|c| (i, c.id.clone())))
                    .collect::<Vec<_>>()
            })
        })
    });

    let set_search = move |ev: leptos::ev::Event| {
        query.update(|q| q.search = event_target_value(&ev));
        page.set(0);
    };
    let set_status = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        query.update(|q| {
            q.status = match key.as_str() {
                "customer" => Some(Status::Customer),
                "prospect" => Some(Status::Prospect),
                _ => None,
            }
        });
        page.set(0);
    };
    let set_market = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        query.update(|q| {
            q.market_type = if key == "not_given" {
                Some(None)
            } else {
                serde_json::from_value::<MarketType>(serde_json::Value::String(key))
                    .ok()
                    .map(Some)
            }
        });
        page.set(0);
    };
    let add = move |_| {
        let mut added = None;
        state.edit_current(|l| {
            let index = l.add_blank(t("table.new_customer"));
            added = l.customers.get(index).map(|c| c.id.clone());
        });
        query.set(TableQuery::default());
        let last_page =
            rows.with_untracked(|r| r.len().saturating_sub(1)) / page_size.get_untracked();
        page.set(last_page);
        state.announce(Message::new("table.added", &[]));
        if let Some(id) = added {
            focus_later(format!("cell-{id}-name"));
        }
    };
    let undo = move |_| {
        let list_id = state.current_id();
        let mut stack = state.undo.get_untracked();
        let restored = state
            .edit_workspace(|w| w.undo_delete(&mut stack), |_| vec![list_id.clone()])
            .flatten();
        state.undo.set(stack);
        if let Some(customer) = restored {
            state.announce(Message::new("table.restored", &[("name", &customer.name)]));
        }
    };

    view! {
        <section aria-labelledby="table-title">
            <h2 id="table-title">{move || t("table.title")}</h2>
            <div class="toolbar">
                <div class="field">
                    <label for="search">{move || t("table.search")}</label>
                    <input id="search" type="search" prop:value=move || query.with(|q| q.search.clone()) on:input=set_search />
                </div>
                <div class="field">
                    <label for="filter-status">{move || t("table.filter_status")}</label>
                    <select id="filter-status" on:change=set_status>
                        <option value="">{move || t("table.all")}</option>
                        <option value="customer">{move || t("choice.customer")}</option>
                        <option value="prospect">{move || t("choice.prospect")}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="filter-market">{move || t("table.filter_market")}</label>
                    <select id="filter-market" on:change=set_market>
                        <option value="">{move || t("table.all")}</option>
                        {Field::MarketType
                            .choices()
                            .into_iter()
                            .map(|k| view! { <option value=k>{move || t(&format!("choice.{k}"))}</option> })
                            .collect_view()}
                        <option value="not_given">{move || t("choice.market_not_given")}</option>
                    </select>
                </div>
                <button on:click=add>{move || t("table.add")}</button>
                <ColumnChooser columns=columns indicators=indicators list_indicators=list_indicators />
            </div>
            <Show when=move || {
                let list_id = state.current_id();
                state.undo.with(|u| u.latest(&list_id).is_some())
            }>
                <div class="undo-bar" role="status">
                    {move || {
                        let list_id = state.current_id();
                        state
                            .undo
                            .with(|u| u.latest(&list_id).map(|d| tf("table.deleted", &[("name", &d.customer.name)])))
                            .unwrap_or_default()
                    }}
                    " "
                    <button on:click=undo>{move || t("table.undo")}</button>
                </div>
            </Show>
            <p class="table-summary">
                {move || {
                    let shown = rows.with(Vec::len);
                    let total = state.workspace.with(|w| w.current().map_or(0, |l| l.customers.len()));
                    tfn("table.showing", &[("shown", shown), ("total", total)], &[])
                }}
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("table.title")>
                <table class="customers">
                    <thead>
                        <tr>
                            <SortHeader field=Field::Name query=query />
                            {move || {
                                columns
                                    .get()
                                    .into_iter()
                                    .map(|f| view! { <SortHeader field=f query=query /> })
                                    .collect_view()
                            }}
                            {move || {
                                shown_indicators
                                    .get()
                                    .into_iter()
                                    .map(|name| view! { <th scope="col" class="num">{indicator_label(&name)}</th> })
                                    .collect_view()
                            }}
                            <th scope="col">{move || t("table.actions")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || page_rows.get()
                            key=|(index, id)| (*index, id.clone())
                            children=move |(index, id)| {
                                view! { <Row index=index id=id columns=columns indicators=shown_indicators errors=errors /> }
                            }
                        />
                    </tbody>
                </table>
            </div>
            <nav class="pager" aria-label=move || t("table.pages")>
                <PageButtons page=page pages=Signal::derive(page_count) />
                <label for="page-size">{move || t("table.rows_per_page")}</label>
                <select
                    id="page-size"
                    on:change=move |ev| {
                        if let Ok(size) = event_target_value(&ev).parse() {
                            page_size.set(size);
                            page.set(0);
                        }
                    }
                >
                    {PAGE_SIZES.map(|s| view! { <option value=s.to_string()>{s.to_string()}</option> }).collect_view()}
                </select>
            </nav>
        </section>
    }
}

#[component]
fn SortHeader(field: Field, query: RwSignal<TableQuery>) -> impl IntoView {
    let order = move || query.with(|q| q.sort.filter(|(f, _)| *f == field).map(|(_, o)| o));
    let aria_sort = move || match order() {
        Some(SortOrder::Ascending) => "ascending",
        Some(SortOrder::Descending) => "descending",
        None => "none",
    };
    let state = expect_context::<AppState>();
    let unit = move || unit_text(&state, field.unit_key());
    let label = move || t(&field.label_key());
    let toggle = move |_| {
        query.update(|q| {
            q.sort = match q.sort {
                Some((f, SortOrder::Ascending)) if f == field => {
                    Some((field, SortOrder::Descending))
                }
                _ => Some((field, SortOrder::Ascending)),
            }
        })
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button class="sort" on:click=toggle aria-label=move || tf("table.sort_by", &[("field", &label())])>
                {label}
                {(!field.unit_key().is_empty()).then(|| view! { <span class="unit">{move || format!(" ({})", unit())}</span> })}
                <span aria-hidden="true">
                    {move || match order() {
                        Some(SortOrder::Ascending) => " ▲",
                        Some(SortOrder::Descending) => " ▼",
                        None => "",
                    }}
                </span>
            </button>
        </th>
    }
}

#[component]
fn ColumnChooser(
    columns: RwSignal<Vec<Field>>,
    indicators: RwSignal<BTreeSet<String>>,
    list_indicators: Memo<BTreeSet<String>>,
) -> impl IntoView {
    view! {
        <details class="columns">
            <summary>{move || t("table.columns")}</summary>
            <fieldset>
                <legend>{move || t("table.columns_legend")}</legend>
                {Field::VARIANTS
                    .iter()
                    .copied()
                    .filter(|f| *f != Field::Name)
                    .map(|f| {
                        let id = format!("col-{}", f.key());
                        let label_for = id.clone();
                        view! {
                            <label for=label_for class="check">
                                <input
                                    id=id
                                    type="checkbox"
                                    prop:checked=move || columns.with(|c| c.contains(&f))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        columns
                                            .update(|c| {
                                                c.retain(|x| *x != f);
                                                if on {
                                                    c.push(f);
                                                    c.sort_by_key(|x| Field::VARIANTS.iter().position(|y| y == x));
                                                }
                                            })
                                    }
                                />
                                {move || t(&f.label_key())}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <Show when=move || list_indicators.with(|l| !l.is_empty())>
                <fieldset>
                    <legend>{move || t("table.indicators_legend")}</legend>
                    {move || {
                        list_indicators
                            .get()
                            .into_iter()
                            .map(|name| {
                                let id = format!("col-indicator-{name}");
                                let label_for = id.clone();
                                let key = name.clone();
                                let checked = name.clone();
                                view! {
                                    <label for=label_for class="check">
                                        <input
                                            id=id
                                            type="checkbox"
                                            prop:checked=move || indicators.with(|c| c.contains(&checked))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                let key = key.clone();
                                                indicators
                                                    .update(|c| {
                                                        if on {
                                                            c.insert(key);
                                                        } else {
                                                            c.remove(&key);
                                                        }
                                                    })
                                            }
                                        />
                                        {indicator_label(&name)}
                                    </label>
                                }
                            })
                            .collect_view()
                    }}
                </fieldset>
            </Show>
        </details>
    }
}

/// Indicators the purchase-history view writes; shown as columns as soon as a list has them.
const PREDICTION_INDICATORS: [&str; 3] = ["p_alive", "expected_purchases", "predicted_clv"];

/// An indicator's column name: translated for the app's own, as typed for the user's.
fn indicator_label(name: &str) -> String {
    let key = format!("indicator.{name}");
    if crate::i18n::has(&key) {
        t(&key)
    } else {
        name.to_string()
    }
}

#[component]
fn Row(
    index: usize,
    id: String,
    columns: RwSignal<Vec<Field>>,
    indicators: Memo<Vec<String>>,
    errors: RwSignal<HashMap<(String, Field), FieldError>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let indicator_cells = move || {
        let values: Vec<String> = state.workspace.with(|w| {
            let customer = w.current().and_then(|l| l.customers.get(index));
            indicators.with(|names| {
                names
                    .iter()
                    .map(|n| {
                        customer
                            .and_then(|c| c.indicators.get(n))
                            .map(|v| format::number(*v, 2))
                            .unwrap_or_default()
                    })
                    .collect()
            })
        });
        values
            .into_iter()
            .map(|v| view! { <td class="num">{v}</td> })
            .collect_view()
    };
    let name = {
        move || {
            state.workspace.with(|w| {
                w.current()
                    .and_then(|l| l.customers.get(index))
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            })
        }
    };
    let id_for_delete = id.clone();
    let delete = move |_| {
        let list_id = state.current_id();
        let mut removed = None;
        state.edit_current(|l| removed = l.remove(&id_for_delete));
        if let Some(deleted) = removed {
            state.announce(Message::new(
                "table.deleted",
                &[("name", &deleted.customer.name)],
            ));
            state.undo.update(|u| u.push(list_id, deleted));
        }
    };
    let cell_id = id.clone();
    view! {
        <tr>
            <th scope="row">
                <Cell index=index id=id.clone() field=Field::Name errors=errors />
            </th>
            {move || {
                let id = cell_id.clone();
                columns
                    .get()
                    .into_iter()
                    .map(|f| view! { <td><Cell index=index id=id.clone() field=f errors=errors /></td> })
                    .collect_view()
            }}
            {indicator_cells}
            <td>
                <button class="delete" on:click=delete aria-label=move || tf("table.delete_named", &[("name", &name())])>
                    {move || t("table.delete")}
                </button>
            </td>
        </tr>
    }
}

/// How a typed value is read: numbers in the language's convention, and a percent field in
/// percent (the cell shows "35 %", so typing 34 means 34 %).
fn cell_reading() -> CellReading<'static> {
    CellReading {
        decimal: lang().decimal(),
        scale: PercentScale::Percent,
        memory: None,
        labels: Some(choice_labels()),
        date_order: DateOrder::YearMonthDay,
    }
}

/// One editable value. A refused value stays visible with its message beside it and is not stored.
#[component]
fn Cell(
    index: usize,
    id: String,
    field: Field,
    errors: RwSignal<HashMap<(String, Field), FieldError>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = move || {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| l.customers.get(index))
                .map(|c| field.get(c))
                .unwrap_or_default()
        })
    };
    let customer_name = move || {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| l.customers.get(index))
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
    };
    let key = (id.clone(), field);
    let error_key = key.clone();
    let error = {
        let error_key = error_key.clone();
        move || errors.with(|e| e.get(&error_key).cloned())
    };
    let error_text = move || {
        errors.with(|e| {
            e.get(&error_key).map_or_else(String::new, |e| {
                tf(
                    "table.invalid",
                    &[("rule", &t(e.expected)), ("found", &e.found)],
                )
            })
        })
    };
    let dom_id = format!("cell-{id}-{}", field.key());
    let error_id = format!("{dom_id}-error");
    let label = move || {
        let unit = unit_text(&state, field.unit_key());
        let base = tf(
            "table.cell_label",
            &[
                ("field", &t(&field.label_key())),
                ("name", &customer_name()),
            ],
        );
        if unit.is_empty() {
            base
        } else {
            format!("{base} ({unit})")
        }
    };
    let commit = move |text: String| {
        let mut outcome = Ok(());
        state.edit_current(|l| {
            let Some(c) = l.customers.get(index) else {
                return;
            };
            let mut edited = c.clone();
            outcome = field.apply_as(&mut edited, &text, &cell_reading());
            if outcome.is_ok() && edited != *c {
                // One customer changed: the store rewrites only its part of the list.
                if let Some(c) = l.customers.edit(index) {
                    *c = edited;
                }
            }
        });
        let key = key.clone();
        match outcome {
            Ok(()) => errors.update(|e| {
                e.remove(&key);
            }),
            Err(e) => {
                state.announce(Message::new(
                    "table.invalid",
                    &[("rule", &t(e.expected)), ("found", &e.found)],
                ));
                errors.update(|errs| {
                    errs.insert(key, e);
                });
            }
        }
    };
    let invalid = move || error().is_some().to_string();
    let control = match field.kind() {
        Kind::Choice => {
            let optional = field.choice_optional();
            view! {
                <select
                    id=dom_id.clone()
                    aria-label=label
                    on:change=move |ev| commit(event_target_value(&ev))
                >
                    {optional.then(|| view! { <option value="" selected=move || value().is_empty()>{move || t("choice.none")}</option> })}
                    {field
                        .choices()
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k selected=move || value() == k>
                                    {move || t(&format!("choice.{k}"))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            }
            .into_any()
        }
        kind => {
            let input_type = if kind == Kind::Date { "date" } else { "text" };
            let numeric = !matches!(kind, Kind::Text { .. } | Kind::Date);
            let typed = {
                let key = (id.clone(), field);
                move || errors.with(|e| e.get(&key).cloned())
            };
            let shown = move || {
                if let Some(refused) = typed() {
                    return refused.found;
                }
                let v = value();
                match v.parse::<f64>() {
                    Ok(f) if numeric && field == Field::GrossMargin => {
                        format!("{} %", format::input_number((f * 1e6).round() / 1e4))
                    }
                    Ok(f) if numeric => format::input_number(f),
                    _ => v,
                }
            };
            view! {
                <input
                    id=dom_id.clone()
                    type=input_type
                    class:num=numeric
                    inputmode=if numeric { "decimal" } else { "text" }
                    aria-label=label
                    aria-invalid=invalid
                    aria-describedby=error_id.clone()
                    prop:value=shown
                    on:change=move |ev| commit(event_target_value(&ev))
                />
            }
            .into_any()
        }
    };
    view! {
        {control}
        <span id=error_id class="field-error">
            {error_text}
        </span>
    }
}
