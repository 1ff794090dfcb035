//! The economics view.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn EconomicsView() -> impl IntoView {
    view! { <h2>{t("view.economics")}</h2> }
}
