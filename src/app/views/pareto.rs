//! The pareto view.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn ParetoView() -> impl IntoView {
    view! { <h2>{t("view.pareto")}</h2> }
}
