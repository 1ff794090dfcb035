//! The lifetime view.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn LifetimeView() -> impl IntoView {
    view! { <h2>{t("view.lifetime")}</h2> }
}
