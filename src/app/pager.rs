//! Paged tables for the long lists of the economics, targets and prospects views: only one
//! page of rows is rendered, so 100,000 customers cost one page of DOM.

use crate::app::widgets::Disclosure;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;

/// Rows per page.
pub const PAGE_SIZE: usize = 25;

/// Pages needed for `total` rows (at least one).
pub fn page_count(total: usize) -> usize {
    pages_of(total, PAGE_SIZE)
}

/// Pages needed for `total` rows of `size` each (at least one), for a table whose reader picks
/// the page size.
pub fn pages_of(total: usize, size: usize) -> usize {
    total.div_ceil(size).max(1)
}

/// The rows `start..end` of the given page, the page clamped to the last one.
pub fn page_bounds(page: usize, total: usize) -> (usize, usize) {
    page_bounds_of(page, total, PAGE_SIZE)
}

/// The rows `start..end` of the given page of `size` rows, the page clamped to the last one.
pub fn page_bounds_of(page: usize, total: usize, size: usize) -> (usize, usize) {
    let page = page.min(pages_of(total, size) - 1);
    let start = page * size;
    (start.min(total), (start + size).min(total))
}

/// Previous / next buttons and the page number; nothing when everything fits on one page.
#[component]
pub fn Pager(
    /// Accessible name of the navigation ("Pages of targets").
    #[prop(into)]
    label: TextProp,
    page: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
    /// Rows per page.
    #[prop(default = PAGE_SIZE)]
    size: usize,
) -> impl IntoView {
    let pages = Signal::derive(move || pages_of(total.get(), size));
    view! {
        <Show when=move || { pages.get() > 1 }>
            <nav class="pager" aria-label=label.clone()>
                <PageButtons page=page pages=pages />
            </nav>
        </Show>
    }
}

/// The previous button, "Page x of y" and the next button, for a pager's navigation; `page`
/// beyond the last (rows removed since) counts as the last.
#[component]
pub fn PageButtons(page: RwSignal<usize>, #[prop(into)] pages: Signal<usize>) -> impl IntoView {
    let current = move || page.get().min(pages.get() - 1);
    view! {
        <button
            on:click=move |_| page.set(current().saturating_sub(1))
            disabled=move || current() == 0
        >
            {move || t("table.previous_page")}
        </button>
        <span>
            {move || {
                tf(
                    "table.page_of",
                    &[("page", &(current() + 1).to_string()), ("pages", &pages.get().to_string())],
                )
            }}
        </span>
        <button
            on:click=move |_| page.set((current() + 1).min(pages.get() - 1))
            disabled=move || { current() + 1 >= pages.get() }
        >
            {move || t("table.next_page")}
        </button>
    }
}

/// A column heading, with an optional explanation shown on hover: translation keys, worded
/// when shown so a change of language rewords them.
pub struct Column {
    label_key: String,
    title_key: Option<String>,
    /// Placeholders the explanation fills, such as a formula from [`crate::i18n::formula`].
    title_args: &'static [(&'static str, &'static str)],
}

impl Column {
    /// A heading from its translation key.
    pub fn new(key: &str) -> Column {
        Column {
            label_key: key.to_string(),
            title_key: None,
            title_args: &[],
        }
    }

    /// A heading from its translation key, explained by the text of `title_key`.
    pub fn explained(key: &str, title_key: &str) -> Column {
        Column {
            label_key: key.to_string(),
            title_key: Some(title_key.to_string()),
            title_args: &[],
        }
    }

    /// A heading explained by the text of `title_key` with its placeholders filled by
    /// `args`, such as `("formula", formula::COMBINED_LIFT)`.
    pub fn explained_with(
        key: &str,
        title_key: &str,
        args: &'static [(&'static str, &'static str)],
    ) -> Column {
        Column {
            title_args: args,
            ..Column::explained(key, title_key)
        }
    }

    fn view(self) -> impl IntoView {
        let Column {
            label_key,
            title_key,
            title_args,
        } = self;
        view! { <th scope="col" title=move || title_key.as_deref().map(|key| tf(key, title_args))>{move || t(&label_key)}</th> }
    }
}

/// One cell of a paged table's row.
pub enum Cell {
    /// The entry's name: the row's header.
    Name(String),
    /// A figure, aligned right.
    Figure(String),
    /// A figure that is a loss, aligned right and marked.
    Loss(String),
    /// Words.
    Text(String),
    /// Short reasons, as a list.
    Reasons(Vec<String>),
}

/// Reasons a cell shows before "n more reasons".
const REASONS_SHOWN: usize = 3;

fn cell_view(cell: Cell) -> AnyView {
    match cell {
        Cell::Name(text) => view! { <th scope="row">{text}</th> }.into_any(),
        Cell::Figure(text) => view! { <td class="num">{text}</td> }.into_any(),
        Cell::Loss(text) => view! { <td class="num negative">{text}</td> }.into_any(),
        Cell::Text(text) => view! { <td>{text}</td> }.into_any(),
        Cell::Reasons(mut reasons) => {
            // The strongest few keep a row short; the rest are one click away.
            let rest = reasons.split_off(reasons.len().min(REASONS_SHOWN));
            let items = |list: Vec<String>| {
                list.into_iter()
                    .map(|r| view! { <li>{r}</li> })
                    .collect_view()
            };
            let more = (!rest.is_empty()).then(|| {
                let count = rest.len();
                view! {
                    <Disclosure class="more-reasons" summary=move || view! { <summary>{move || tfn("table.more_reasons", &[("count", count)], &[])}</summary> }>
                        <ul>{items(rest)}</ul>
                    </Disclosure>
                }
            });
            view! {
                <td class="why">
                    <ul>{items(reasons)}</ul>
                    {more}
                </td>
            }
            .into_any()
        }
    }
}

/// A table showing one page of `total` rows (`rows` gives the current page's), with its pager.
#[component]
pub fn PagedTable(
    class: &'static str,
    #[prop(into)] caption: Signal<String>,
    columns: Vec<Column>,
    rows: impl Fn() -> Vec<Vec<Cell>> + Send + Sync + 'static,
    page: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
    /// Accessible name of the pager.
    #[prop(into)]
    pager_label: TextProp,
    /// Rows per page (`rows` must give pages of this size).
    #[prop(default = PAGE_SIZE)]
    size: usize,
) -> impl IntoView {
    // Focusable and named: a wide table scrolls sideways, and a keyboard user must reach that.
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || caption.get()>
            <table class=class>
                <caption>{move || caption.get()}</caption>
                <thead>
                    <tr>
                        {columns
                            .into_iter()
                            .map(Column::view)
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows()
                            .into_iter()
                            .map(|cells| view! { <tr>{cells.into_iter().map(cell_view).collect_view()}</tr> })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <Pager label=pager_label page=page total=total size=size />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_clamp_to_the_last_page() {
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(200), 8);
        assert_eq!(page_bounds(0, 200), (0, 25));
        assert_eq!(page_bounds(7, 200), (175, 200));
        assert_eq!(page_bounds(99, 30), (25, 30));
        assert_eq!(page_bounds(3, 0), (0, 0));
        assert_eq!(pages_of(0, 50), 1);
        assert_eq!(pages_of(101, 50), 3);
        assert_eq!(page_bounds_of(2, 25, 10), (20, 25));
        assert_eq!(page_bounds_of(9, 25, 10), (20, 25));
    }
}
