//! The customer table: edit in place, sort, filter, search, page; delete with undo.

use crate::app::browser::focus_later;
use crate::app::messages::Message;
use crate::app::pager::{pages_of, PageButtons};
use crate::app::state::AppState;
use crate::app::widgets::{
    choice_options_when_opened, field_value, unit_text, unit_text_in, Disclosure,
};
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::{Customer, DateOrder, MarketType, Status};
use crate::format;
use crate::i18n::{choice_labels, lang, t, tf, tfn};
use crate::io::fields::{CellReading, Field, FieldError, Kind, PercentScale};
use crate::lists::Revision;
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
/// The page size that shows every row in one scrolling table, of which only the rows in view
/// (and [`OVERSCAN`] more each side) are in the page: 100,000 customers cost a screenful of DOM.
const ALL_ROWS: usize = usize::MAX;
/// Rows kept in the page beyond each edge of those in view, so that Tab, Shift+Tab and the
/// browser's scrolling of a focused cell into view always find the next row there (from the
/// frame after a jump's first: that one draws the rows in view alone).
const OVERSCAN: usize = 8;
/// The rendered rows of a scrolling table start at a multiple of this many rows. At 100,000
/// customers, blocks of 8 made each wheel scroll one redraw of 50–95 ms; blocks of 4 keep
/// those at 50–63 ms, as many as redrawing at each row did, for about a fifth less work.
const BLOCK: usize = 4;
/// A row's height until one is measured, in CSS pixels.
const ROW_HEIGHT_GUESS: f64 = 34.0;

/// The scrolled part of the table while it shows every row: how far down it is scrolled and
/// how tall the visible part is, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Viewport {
    top: f64,
    height: f64,
}

/// The rows `first..first + count` of `total` that a scrolling table renders for a viewport,
/// with rows of `row_height` pixels: those in view and [`OVERSCAN`] more each side, from a
/// multiple of [`BLOCK`] rows, so that scrolling changes the rendered rows once a block
/// instead of at each row crossing the edge (a smooth scroll of a wheel notch crossed some
/// ten, each a redraw, a layout and a paint).
fn rendered_rows(viewport: Viewport, row_height: f64, total: usize) -> (usize, usize) {
    let row_height = row_height.max(1.0);
    let top = viewport.top.max(0.0);
    let first_in_view = (top / row_height).floor() as usize;
    // The rows the height spans, whole: a row more can be partly in view at each edge.
    let spanned = (viewport.height.max(0.0) / row_height).floor() as usize;
    let first = first_in_view.saturating_sub(OVERSCAN) / BLOCK * BLOCK;
    // From `first`, up to BLOCK - 1 + OVERSCAN rows before the first in view, the rows in
    // view and OVERSCAN after: the same count wherever the block starts.
    let count = BLOCK + 2 * OVERSCAN + spanned + 1;
    let first = first.min(total.saturating_sub(count));
    (first, count.min(total - first))
}

/// The rows `first..first + count` of `total` at least partly in view for a viewport, with
/// rows of `row_height` pixels: within those [`rendered_rows`] gives.
fn rows_in_view(viewport: Viewport, row_height: f64, total: usize) -> (usize, usize) {
    let (window_first, window_count) = rendered_rows(viewport, row_height, total);
    let row_height = row_height.max(1.0);
    // A row more than the height spans can be partly in view at each edge.
    let count = ((viewport.height.max(0.0) / row_height).floor() as usize + 2).min(window_count);
    let first = ((viewport.top.max(0.0) / row_height).floor() as usize)
        .clamp(window_first, window_first + window_count - count);
    (first, count)
}

/// Where the table's first row starts, in CSS pixels from the window's top, at most, when the
/// Customers view opens (the title, toolbar and summary above it).
const FIRST_ROW_TOP_GUESS: f64 = 370.0;
/// A row's height, in CSS pixels, as drawn (one line of inputs: 41.6 in Chromium); where rows
/// are drawn lower, the last one or two the window shows follow a frame later.
const ROW_HEIGHT_DRAWN: f64 = 41.0;

/// The rows a window of the browser's height shows when the view opens (at least a few).
fn rows_in_first_screen() -> usize {
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(900.0);
    (((height - FIRST_ROW_TOP_GUESS) / ROW_HEIGHT_DRAWN).ceil() as usize).max(5)
}

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
    let list_indicators = state.indicator_names;
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
    // Read by every cell's label: as a memo, an edit of a customer no longer makes each cell
    // read the list's settings again.
    let currency = Memo::new(move |_| crate::app::widgets::currency(&state));

    // The list revision and query the rows were made of: after an edit of a few customers
    // under the same query, the rows are those moved, not the whole list filtered and sorted
    // again (with the table sorted, ~25 ms of each edit at 100,000 customers).
    let rows_of = StoredValue::new(None::<(Revision, TableQuery)>);
    let rows = Memo::new(move |previous: Option<&Vec<usize>>| {
        query.with(|q| {
            state.workspace.with(|w| {
                let Some(list) = w.current() else {
                    rows_of.set_value(None);
                    return Vec::new();
                };
                let customers = &list.customers;
                let changed = rows_of.with_value(|of| {
                    of.as_ref()
                        .filter(|(_, earlier)| earlier == q)
                        .and_then(|(revision, _)| customers.changed_since(*revision))
                });
                rows_of.set_value(Some((customers.revision(), q.clone())));
                match (previous, changed) {
                    (Some(earlier), Some(changed)) => {
                        q.rows_after(customers, earlier.clone(), &changed)
                    }
                    _ => q.rows(customers),
                }
            })
        })
    });
    let page_count = move || rows.with(|r| pages_of(r.len(), page_size.get()));
    let scrolling = move || page_size.get() == ALL_ROWS;
    let viewport = RwSignal::new(Viewport {
        top: 0.0,
        height: 600.0,
    });
    let row_height = RwSignal::new(ROW_HEIGHT_GUESS);
    // The header row's height as drawn, in CSS pixels (its labels can take two lines).
    let head_height = RwSignal::new(0.0_f64);
    let scroller = NodeRef::<leptos::html::Div>::new();
    // (first, count) of the rows in the page: a page, or the rows in view when scrolling.
    let window = Memo::new(move |_| {
        let total = rows.with(Vec::len);
        if scrolling() {
            rendered_rows(viewport.get(), row_height.get(), total)
        } else {
            let size = page_size.get();
            let start = (page.get().min(page_count() - 1) * size).min(total);
            (start, size.min(total - start))
        }
    });
    // The rows drawn of the window. After a jump to rows none of which are drawn (the
    // scrollbar dragged, End pressed, the search's return to the top), those in view come in
    // the jump's task and the window's others after that frame is painted: at 100,000
    // customers, a jump that drew every row of the window was a task of 71–138 ms (133–136 in a
    // slower hour). Once painted, the rows drawn lie inside the window, so the next run draws
    // all of it.
    let overscan_due = Trigger::new();
    let last_drawn = StoredValue::new(None::<(usize, usize)>);
    let drawn = Memo::new(move |_| {
        overscan_due.track();
        let now = window.get();
        if !scrolling() {
            last_drawn.set_value(None);
            return now;
        }
        let (first, count) = now;
        let jumped = last_drawn
            .get_value()
            .is_some_and(|(f, c)| f + c <= first || first + count <= f);
        let range = if jumped {
            crate::app::browser::after_next_paint(move || {
                if window.try_get_untracked() == Some(now) {
                    overscan_due.notify();
                }
            });
            let total = rows.with(Vec::len);
            rows_in_view(viewport.get(), row_height.get(), total)
        } else {
            now
        };
        last_drawn.set_value(Some(range));
        range
    });
    // How many of the page's rows the view's first frame draws: about those the window shows
    // below the view's title and controls; the rest are drawn after that frame is painted, so
    // that opening the view on a large list does not wait for rows below the window.
    let first_screen = rows_in_first_screen();
    // The same holds for every other page of rows the table turns to: a sort, a search, a
    // filter or another page redraws the whole page of rows (25 rows of a 100,000-customer
    // list were 60 ms of a click), so the page's first rows (as many as a window shows) come
    // in the click's task and the others after that frame is painted, a stand-in row keeping
    // their place: a reader scrolled down to the pager sees them a frame later. What is
    // shown: the query and the page.
    let shown = Memo::new(move |_| (query.get(), page.get(), page_size.get()));
    let drawn_whole = RwSignal::new(None::<(TableQuery, usize, usize)>);
    let draw_whole_later = move |now: (TableQuery, usize, usize)| {
        crate::app::browser::after_next_paint(move || {
            // Only if it is still what is shown: the frame's wait for an earlier sort or page
            // must not cut a later one, already drawn whole, back to its first rows.
            if shown.try_with_untracked(|s| *s == now) == Some(true) {
                let _ = drawn_whole.try_set(Some(now));
            }
        });
    };
    // Asked for as the view is made (so `<html data-drawing>` is set in its task), then on
    // each change of what is shown.
    draw_whole_later(shown.get_untracked());
    Effect::watch(
        move || shown.get(),
        move |now, _, _| draw_whole_later(now.clone()),
        false,
    );
    let partly_drawn = Memo::new(move |_| {
        !scrolling() && shown.with(|now| drawn_whole.with(|whole| whole.as_ref() != Some(now)))
    });
    // Each rendered row: its customer's place in the list, its id, its place among the rows.
    let page_rows = Memo::new(move |_| {
        let (first, count) = drawn.get();
        // While every row shows (scrolling), the rows drawn are those in view already.
        let count = if partly_drawn.get() {
            count.min(first_screen)
        } else {
            count
        };
        rows.with(|r| {
            state.workspace.with(|w| {
                let Some(list) = w.current() else {
                    return Vec::new();
                };
                r.iter()
                    .enumerate()
                    .skip(first)
                    .take(count)
                    .filter_map(|(at, &i)| list.customers.get(i).map(|c| (i, c.id.clone(), at)))
                    .collect::<Vec<_>>()
            })
        })
    });
    // The page's rows its first frame left to draw after it.
    let still_to_draw = Memo::new(move |_| {
        if partly_drawn.get() {
            window.get().1.saturating_sub(page_rows.with(Vec::len))
        } else {
            0
        }
    });
    // Blank space standing in for the rows above and below those rendered, so the scrollbar
    // is that of the whole table.
    let spacer = move |above: bool| {
        let (first, count) = drawn.get();
        let total = rows.with(Vec::len);
        let hidden = if above { first } else { total - first - count };
        format!("{}px", hidden as f64 * row_height.get())
    };
    // The control that lost focus without another taking it, and when (ms). Rendering other
    // rows can move the focused row within the table (Leptos' keyed list moves the rows it
    // keeps when rows are added after them), and the browser blurs a moved element: such a
    // blur is undone once the rows are drawn, so Tab and typing carry on in the same cell.
    let blurred = StoredValue::new(None::<(String, f64)>);
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        let control = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        blurred.set_value(match (ev.related_target(), control) {
            (None, Some(control)) => Some((control.id(), js_sys::Date::now())),
            _ => None,
        });
    };
    let refocus = move |div: &web_sys::HtmlDivElement| {
        let Some((id, when)) = blurred.get_value() else {
            return;
        };
        blurred.set_value(None);
        let nothing_focused = document()
            .active_element()
            .is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"));
        let moved_now = js_sys::Date::now() - when < 500.0;
        let control = document()
            .get_element_by_id(&id)
            .filter(|c| div.contains(Some(c)))
            .and_then(|c| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(c).ok());
        if let (true, true, Some(control)) = (nothing_focused, moved_now, control) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = control.focus_with_options(&options);
        }
    };
    // Measure the rows as drawn (a refused value's message makes a row taller) and the visible
    // height, after each change of the rendered rows: the rows scrolled past stand in for rows
    // of that height, and so do a page's rows still to draw.
    Effect::new(move |_| {
        page_rows.track();
        let scrolling = scrolling();
        if !scrolling && partly_drawn.get() {
            return;
        }
        request_animation_frame(move || {
            let Some(div) = scroller.get_untracked() else {
                return;
            };
            if scrolling {
                refocus(&div);
                let height = f64::from(div.client_height());
                if height > 0.0 && (height - viewport.get_untracked().height).abs() > 0.5 {
                    viewport.update(|v| v.height = height);
                }
            }
            if scrolling {
                let head = div
                    .query_selector("thead")
                    .ok()
                    .flatten()
                    .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
                    .map_or(0.0, |h| f64::from(h.offset_height()));
                if (head - head_height.get_untracked()).abs() > 0.5 {
                    head_height.set(head);
                }
            }
            let Ok(drawn) = div.query_selector_all("tbody tr.row") else {
                return;
            };
            let row = |k: u32| {
                drawn
                    .item(k)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
            };
            // From the first row's top to the last one's bottom: whole pixels each, so the
            // mean is within a pixel over all rows, where rows 46.2 pixels high each measured
            // 46 and twelve stand-ins fell 2.5 pixels short.
            let count = drawn.length();
            if let (Some(first), Some(last)) = (row(0), count.checked_sub(1).and_then(row)) {
                let span = last.offset_top() + last.offset_height() - first.offset_top();
                let mean = f64::from(span) / f64::from(count);
                if mean > 0.0 && (mean - row_height.get_untracked()).abs() > 0.5 {
                    row_height.set(mean);
                }
            }
        });
    });
    // The least height of the table's box while every row shows: the header and every row. A
    // jump through the table removes the rows drawn before and then sizes the spacers; a
    // layout between the two (Chromium makes one as it takes the focus from a removed row) saw
    // a table shorter by the rows the jump does not draw yet and pulled the scrollbar dragged
    // to the end back by as many, so that the last rows were never drawn. (The rows drawn are
    // within half a pixel each of the height measured, so the box is at most a few pixels
    // taller than the table.)
    let least_height = move || {
        if scrolling() {
            let rows = rows.with(Vec::len);
            format!("{}px", head_height.get() + rows as f64 * row_height.get())
        } else {
            "auto".to_string()
        }
    };
    // The spacer's one cell spans the name, the chosen columns, the indicators and the actions.
    let colspan =
        move || (columns.with(Vec::len) + shown_indicators.with(Vec::len) + 2).to_string();
    let on_scroll = move |_| {
        if let Some(div) = scroller.get_untracked() {
            viewport.set(Viewport {
                top: f64::from(div.scroll_top()),
                height: f64::from(div.client_height()),
            });
        }
    };
    let scroll_to_top = move || {
        if let Some(div) = scroller.get_untracked() {
            div.set_scroll_top(0);
        }
        viewport.update(|v| v.top = 0.0);
    };

    let set_search = move |ev: leptos::ev::Event| {
        query.update(|q| q.search = event_target_value(&ev));
        page.set(0);
        scroll_to_top();
    };
    let set_status = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        query.update(|q| {
            q.status = match key.as_str() {
                "customer" => Some(Status::Customer),
                "prospect" => Some(Status::Prospect),
                "former" => Some(Status::Former),
                _ => None,
            }
        });
        page.set(0);
        scroll_to_top();
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
        scroll_to_top();
    };
    let add = move |_| {
        let mut added = None;
        state.edit_current(|l| {
            let index = l.add_blank(t("table.new_customer"));
            added = l.customers.get(index).map(|c| c.id.clone());
        });
        query.set(TableQuery::default());
        let last_row = rows.with_untracked(|r| r.len().saturating_sub(1));
        page.set(last_row / page_size.get_untracked());
        // The page is drawn whole at once: the new row, focused below, may lie past the
        // rows a page's first frame draws.
        drawn_whole.set(Some(shown.get_untracked()));
        if page_size.get_untracked() == ALL_ROWS {
            // Scrolled to the end, so the new row is rendered before it is focused.
            let bottom = (last_row + 1) as f64 * row_height.get_untracked();
            viewport.update(|v| v.top = bottom);
            if let Some(div) = scroller.get_untracked() {
                div.set_scroll_top(bottom as i32);
            }
        }
        state.announce(Message::new("table.added", &[]));
        if let Some(id) = added {
            focus_later(format!("cell-{id}-name"));
        }
    };
    let undo = move |_| {
        let list_id = state.current_id();
        let mut stack = state.undo.get_untracked();
        state.let_go_of_analysis_ahead();
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
                        <option value="former">{move || t("choice.former")}</option>
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
            <div
                class="table-scroll"
                class:scrolling=scrolling
                tabindex="0"
                role="region"
                aria-label=move || t("table.title")
                node_ref=scroller
                on:scroll=on_scroll
                on:focusin=move |_| blurred.set_value(None)
                on:focusout=on_focusout
            >
                <div class="table-extent" style:min-height=least_height>
                    <table class="customers" aria-rowcount=move || (rows.with(Vec::len) + 1).to_string()>
                        <thead>
                            <tr aria-rowindex="1">
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
                            <Show when=scrolling>
                                <tr class="spacer" aria-hidden="true"><td colspan=colspan style:height=move || spacer(true)></td></tr>
                            </Show>
                            <For
                                each=move || page_rows.get()
                                key=|(index, id, _)| (*index, id.clone())
                                children=move |(index, id, _)| {
                                    let place = Signal::derive(move || {
                                        page_rows.with(|r| r.iter().find(|row| row.0 == index).map_or(0, |row| row.2))
                                    });
                                    view! { <Row index=index id=id place=place columns=columns indicators=shown_indicators errors=errors currency=currency /> }
                                }
                            />
                            <Show when=scrolling>
                                <tr class="spacer" aria-hidden="true"><td colspan=colspan style:height=move || spacer(false)></td></tr>
                            </Show>
                            // The page's rows still to draw keep their place, so the pager below
                            // does not move meanwhile.
                            <Show when=move || still_to_draw.get() != 0>
                                <tr class="spacer" aria-hidden="true">
                                    <td colspan=colspan style:height=move || format!("{}px", still_to_draw.get() as f64 * row_height.get())></td>
                                </tr>
                            </Show>
                        </tbody>
                    </table>
                </div>
            </div>
            <nav class="pager" aria-label=move || t("table.pages")>
                <Show when=move || !scrolling()>
                    <PageButtons page=page pages=Signal::derive(page_count) />
                </Show>
                <label for="page-size">{move || t("table.rows_per_page")}</label>
                <select
                    id="page-size"
                    on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        let size = if chosen == "all" { Some(ALL_ROWS) } else { chosen.parse().ok() };
                        if let Some(size) = size {
                            page_size.set(size);
                            page.set(0);
                            scroll_to_top();
                        }
                    }
                >
                    {PAGE_SIZES.map(|s| view! { <option value=s.to_string()>{s.to_string()}</option> }).collect_view()}
                    <option value="all">{move || t("table.all_rows")}</option>
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
        <Disclosure class="columns" summary=|| view! { <summary>{move || t("table.columns")}</summary> }>
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
        </Disclosure>
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
    /// The row's place among the table's rows (0 for the first), for screen readers and the
    /// striping, which must not move when the rendered rows do.
    place: Signal<usize>,
    columns: RwSignal<Vec<Field>>,
    indicators: Memo<Vec<String>>,
    errors: RwSignal<HashMap<(String, Field), FieldError>>,
    /// The open list's currency, for the cells' units.
    currency: Memo<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The row's customer, read once per change of the list and passed on only when it differs:
    // an edit elsewhere (another row, the settings, another window's save) redraws nothing of
    // this row, where every cell, option and label used to read the list again.
    let customer = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.current().and_then(|l| l.customers.get(index)).cloned())
    });
    let indicator_cells = move || {
        let values: Vec<String> = customer.with(|customer| {
            let customer = customer.as_ref();
            indicators.with(|names| {
                names
                    .iter()
                    .map(|n| {
                        customer
                            .and_then(|c| c.indicators.get(n.as_str()))
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
    let name = move || customer.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
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
    // The row's refusals, by field: a change of the table's refusals reruns one lookup per
    // row, and only the cells of a row whose refusals changed look again (a memo per cell
    // was one more reactive node in each of the page's cells).
    let row_errors = {
        let id = id.clone();
        Memo::new(move |_| {
            errors.with(|e| {
                e.iter()
                    .filter(|((of, _), _)| *of == id)
                    .map(|((_, field), error)| (*field, error.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let cell_id = id.clone();
    // An id like the cells': the table gives the focus back by id to a control that rows drawn
    // above it moved (Shift+Tab up through a scrolled table reaches this button first).
    let delete_id = format!("cell-{id}-delete");
    view! {
        <tr class="row" class:alt=move || place.get() % 2 == 1 aria-rowindex=move || (place.get() + 2).to_string()>
            <th scope="row">
                <Cell index=index id=id.clone() customer=customer field=Field::Name errors=errors row_errors=row_errors currency=currency />
            </th>
            {move || {
                let id = cell_id.clone();
                columns
                    .get()
                    .into_iter()
                    .map(|f| view! { <td><Cell index=index id=id.clone() customer=customer field=f errors=errors row_errors=row_errors currency=currency /></td> })
                    .collect_view()
            }}
            {indicator_cells}
            <td>
                <button id=delete_id class="delete" on:click=delete aria-label=move || tf("table.delete_named", &[("name", &name())])>
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
    /// The row's customer as its row reads it.
    customer: Memo<Option<Customer>>,
    field: Field,
    errors: RwSignal<HashMap<(String, Field), FieldError>>,
    /// The row's refusals, by field.
    row_errors: Memo<Vec<(Field, FieldError)>>,
    currency: Memo<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = move || customer.with(|c| c.as_ref().map(|c| field.get(c)).unwrap_or_default());
    let customer_name =
        move || customer.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let key = (id.clone(), field);
    // The cell's refusal, if any.
    let error = Signal::derive(move || {
        row_errors.with(|e| {
            e.iter()
                .find(|(f, _)| *f == field)
                .map(|(_, error)| error.clone())
        })
    });
    let dom_id = format!("cell-{id}-{}", field.key());
    let error_id = format!("{dom_id}-error");
    // The message's line is made only while there is a refusal: an empty line in every cell
    // was a fifth of the table's elements.
    let error_line = {
        let error_id = error_id.clone();
        move || {
            error.get().map(|e| {
                let text = tf(
                    "table.invalid",
                    &[("rule", &t(e.expected)), ("found", &e.found)],
                );
                view! { <span id=error_id.clone() class="field-error">{text}</span> }
            })
        }
    };
    let described_by = move || error.with(Option::is_some).then(|| error_id.clone());
    let label = move || {
        let unit = currency.with(|c| unit_text_in(field.unit_key(), c));
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
    let invalid = move || error.with(Option::is_some).to_string();
    let control = match field.kind() {
        Kind::Choice => {
            let none = field.choice_optional().then_some("choice.none");
            // The options are drawn when the drop-down is first focused (by Tab or a click)
            // or pressed: four drop-downs a row made half the view's elements. They are drawn
            // before the browser opens the list or reads a key: the effect runs in a microtask,
            // which the browser runs as the event's listener returns, before its default action.
            let opened = RwSignal::new(false);
            let chosen = field_value(value);
            let open = move || {
                if !opened.get_untracked() {
                    opened.set(true);
                }
            };
            view! {
                <select
                    id=dom_id.clone()
                    aria-label=label
                    prop:value=chosen
                    on:focus=move |_| open()
                    on:pointerdown=move |_| open()
                    on:change=move |ev| commit(event_target_value(&ev))
                >{choice_options_when_opened(field, none, chosen, opened)}</select>
            }
            .into_any()
        }
        kind => {
            let input_type = if kind == Kind::Date { "date" } else { "text" };
            let numeric = !matches!(kind, Kind::Text { .. } | Kind::Date);
            let shown = move || {
                if let Some(refused) = error.get() {
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
                    aria-describedby=described_by
                    prop:value=field_value(shown)
                    on:change=move |ev| commit(event_target_value(&ev))
                />
            }
            .into_any()
        }
    };
    view! {
        {control}
        {error_line}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Every row at least partly in view is rendered, with `OVERSCAN` rows more on each
        /// side where the table has them, and never a row past the end; the rows rendered
        /// change only as the first row in view crosses into another block.
        #[test]
        fn the_rows_in_view_are_rendered(
            top in 0.0f64..200_000.0,
            height in 0.0f64..2_000.0,
            row_height in 1.0f64..80.0,
            total in 0usize..5_000,
        ) {
            let (first, count) = rendered_rows(Viewport { top, height }, row_height, total);
            prop_assert!(first + count <= total);
            let last_row = total.saturating_sub(1);
            let first_seen = ((top / row_height).floor() as usize).min(last_row);
            let last_seen = (((top + height) / row_height).floor() as usize).min(last_row);
            if total > 0 {
                prop_assert!(first <= first_seen.saturating_sub(OVERSCAN), "{first} > {first_seen}");
                prop_assert!(first + count > (last_seen + OVERSCAN).min(last_row), "{first}+{count} ≤ {last_seen}");
            } else {
                prop_assert_eq!(count, 0);
            }
            // Bounded by the screen, not the list.
            prop_assert!(count <= (height / row_height).ceil() as usize + 1 + 2 * OVERSCAN + BLOCK);
        }

        /// The rows a jump draws first are among those rendered and hold every row at least
        /// partly in view, and no more than the view spans.
        #[test]
        fn the_rows_drawn_first_after_a_jump_are_those_in_view(
            top in 0.0f64..200_000.0,
            height in 0.0f64..2_000.0,
            row_height in 1.0f64..80.0,
            total in 0usize..5_000,
        ) {
            let viewport = Viewport { top, height };
            let (window_first, window_count) = rendered_rows(viewport, row_height, total);
            let (first, count) = rows_in_view(viewport, row_height, total);
            prop_assert!(window_first <= first && first + count <= window_first + window_count);
            let last_row = total.saturating_sub(1);
            let first_seen = ((top / row_height).floor() as usize).min(last_row);
            let last_seen = (((top + height) / row_height).floor() as usize).min(last_row);
            if total > 0 {
                prop_assert!(first <= first_seen, "{first} > {first_seen}");
                prop_assert!(first + count > last_seen, "{first}+{count} ≤ {last_seen}");
            }
            prop_assert!(count <= (height / row_height).floor() as usize + 2);
        }

        /// Scrolling through a block of rows keeps the rows rendered: the first row in view
        /// anywhere in the block gives the window its first row does.
        #[test]
        fn the_rendered_rows_change_once_a_block(
            block in 0usize..10_000,
            within in 0usize..BLOCK,
            height in 0.0f64..2_000.0,
            row_height in 1.0f64..80.0,
        ) {
            let total = 1_000_000;
            let top_of = |row: usize| (row as f64 + 0.5) * row_height;
            let start = block * BLOCK + OVERSCAN;
            let at_start = rendered_rows(Viewport { top: top_of(start), height }, row_height, total);
            let further = rendered_rows(Viewport { top: top_of(start + within), height }, row_height, total);
            prop_assert_eq!(at_start, further);
            let next = rendered_rows(Viewport { top: top_of(start + BLOCK), height }, row_height, total);
            prop_assert_eq!(next.0, at_start.0 + BLOCK);
        }
    }
}
