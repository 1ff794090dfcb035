//! Paging for the long lists of the targets and prospects views: only one page of rows is
//! rendered, so 100,000 customers cost one page of DOM.

use crate::i18n::{t, tf};
use leptos::prelude::*;

/// Rows per page.
pub const PAGE_SIZE: usize = 25;

/// Pages needed for `total` rows (at least one).
pub fn page_count(total: usize) -> usize {
    total.div_ceil(PAGE_SIZE).max(1)
}

/// The rows `start..end` of the given page, the page clamped to the last one.
pub fn page_bounds(page: usize, total: usize) -> (usize, usize) {
    let page = page.min(page_count(total) - 1);
    let start = page * PAGE_SIZE;
    (start.min(total), (start + PAGE_SIZE).min(total))
}

/// Previous / next buttons and the page number; nothing when everything fits on one page.
#[component]
pub fn Pager(
    /// Accessible name of the navigation ("Pages of targets").
    #[prop(into)]
    label: String,
    page: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
) -> impl IntoView {
    let pages = move || page_count(total.get());
    let current = move || page.get().min(pages() - 1);
    view! {
        <Show when=move || { pages() > 1 }>
            <nav class="pager" aria-label=label.clone()>
                <button
                    on:click=move |_| page.set(current().saturating_sub(1))
                    disabled=move || current() == 0
                >
                    {t("table.previous_page")}
                </button>
                <span>
                    {move || {
                        tf(
                            "table.page_of",
                            &[("page", &(current() + 1).to_string()), ("pages", &pages().to_string())],
                        )
                    }}
                </span>
                <button
                    on:click=move |_| page.set((current() + 1).min(pages() - 1))
                    disabled=move || { current() + 1 >= pages() }
                >
                    {t("table.next_page")}
                </button>
            </nav>
        </Show>
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
    }
}
