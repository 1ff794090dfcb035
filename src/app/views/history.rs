//! The purchase-history view.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn HistoryView() -> impl IntoView {
    view! { <h2>{t("view.history")}</h2> }
}
