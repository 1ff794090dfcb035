//! The history tables' own pager (its buttons and page line name the table and count the
//! rows, which the shared [`crate::app::pager::Pager`] does not) and number field (it stores
//! into a signal, not the list's settings like [`crate::app::widgets::NumberSetting`], by the
//! same specs).

use super::super::compute::matching_ids;
use crate::app::messages::Message;
use crate::app::pager::{page_bounds, page_count};
use crate::app::state::AppState;
use crate::app::widgets::{read_number, refuse, ValidatedField};
use crate::engine::numbers::NumberSpec;
use crate::format;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;
use std::sync::Arc;

/// A numeric input read by `spec` that refuses bad values at the field (aria-invalid, a
/// described error) and stores only good ones.
#[component]
pub(super) fn NumberField(
    id: &'static str,
    label: Signal<String>,
    spec: NumberSpec,
    value: Signal<f64>,
    set: impl Fn(f64) + Copy + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<Message>);
    let commit = move |text: String| match read_number(spec, &text) {
        Ok(v) => {
            error.set(None);
            set(v);
        }
        Err(message) => refuse(&state, error, message),
    };
    let shown = Signal::derive(move || format::field_text(spec, value.get()));
    // The labels name their unit themselves ("Discount rate d per month (%)").
    view! { <ValidatedField id=id label=label value=shown error=error commit=commit /> }
}

/// The rows of a [`PagedTable`], formatted only when shown: a large log has tens of thousands
/// of customers, and the table shows one page of them.
pub(super) trait RowSource: Send + Sync + 'static {
    /// How many rows there are.
    fn count(&self) -> usize;
    /// Row `row`'s customer id, its first cell (and what the search looks in).
    fn id(&self, row: usize) -> &str;
    /// Row `row`'s cells after the id.
    fn cells(&self, row: usize) -> Vec<String>;
}

/// A table shown a page at a time, with the formula of a column in its header's title; with
/// `search` (the search box's id), a search by customer id (the first cell) above it.
#[component]
pub(super) fn PagedTable<S: RowSource>(
    id: &'static str,
    caption: Signal<String>,
    headers: Signal<Vec<(String, String)>>,
    rows: Signal<Option<Arc<S>>>,
    #[prop(optional)] search: Option<&'static str>,
) -> impl IntoView {
    let page = RwSignal::new(0usize);
    let query = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        rows.with(|r| {
            r.as_ref().map_or_else(Vec::new, |r| {
                query.with(|q| matching_ids((0..r.count()).map(|i| r.id(i)), q))
            })
        })
    });
    let total = move || rows.with(|r| r.as_ref().map_or(0, |r| r.count()));
    let pages = move || shown.with(|s| page_count(s.len()));
    let current = move || page.get().min(pages() - 1);
    let search_box = search.map(|search_id| {
        let count_id = format!("{search_id}-count");
        view! {
            <div class="field table-search">
                <label for=search_id>{move || t("history.search_id")}</label>
                <input
                    id=search_id
                    type="search"
                    aria-controls=id
                    aria-describedby=count_id.clone()
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        page.set(0);
                    }
                />
                <span id=count_id class="note" role="status">
                    {move || {
                        tfn(
                            "history.search_count",
                            &[("shown", shown.with(Vec::len)), ("total", total())],
                            &[],
                        )
                    }}
                </span>
            </div>
        }
    });
    view! {
        {search_box}
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || caption.get()>
            <table id=id class="history-table">
                <caption>{move || caption.get()}</caption>
                <thead>
                    <tr>
                        {move || {
                            headers
                                .get()
                                .into_iter()
                                .map(|(h, how)| view! { <th scope="col" title=how>{h}</th> })
                                .collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows.with(|r| {
                            let Some(r) = r else { return Vec::new() };
                            shown.with(|s| {
                                let (start, end) = page_bounds(current(), s.len());
                                s[start..end]
                                    .iter()
                                    .filter(|&&i| i < r.count())
                                    .map(|&i| {
                                        let first = r.id(i).to_string();
                                        let cells = r.cells(i);
                                        view! {
                                            <tr>
                                                <th scope="row">{first}</th>
                                                {cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect::<Vec<_>>()
                            })
                        })
                    }}
                </tbody>
            </table>
        </div>
        <nav class="pager" aria-label=move || tf("history.pages", &[("table", &caption.get())])>
            <button
                aria-controls=id
                aria-label=move || tf("history.prev_page", &[("table", &caption.get())])
                disabled=move || { current() == 0 }
                on:click=move |_| page.set(current().saturating_sub(1))
            >
                {move || t("history.prev")}
            </button>
            <span>
                {move || {
                    tfn(
                        "history.page_of",
                        &[("rows", shown.with(Vec::len))],
                        &[
                            ("page", &(current() + 1).to_string()),
                            ("pages", &pages().to_string()),
                        ],
                    )
                }}
            </span>
            <button
                aria-controls=id
                aria-label=move || tf("history.next_page", &[("table", &caption.get())])
                disabled=move || { current() + 1 >= pages() }
                on:click=move |_| page.set((current() + 1).min(pages() - 1))
            >
                {move || t("history.next")}
            </button>
        </nav>
    }
}
