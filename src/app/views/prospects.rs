//! The prospects view.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn ProspectsView() -> impl IntoView {
    view! { <h2>{t("view.prospects")}</h2> }
}
