//! The pyramid view.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn PyramidView() -> impl IntoView {
    view! { <h2>{t("view.pyramid")}</h2> }
}
