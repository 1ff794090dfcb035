//! The targets view.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn TargetsView() -> impl IntoView {
    view! { <h2>{t("view.targets")}</h2> }
}
