//! The page: thin components over [`state::AppState`]; every calculation lives in the engine,
//! every parse in `io`.

pub mod browser;
mod import;
mod lists_bar;
pub mod state;
mod table;
mod views;
pub mod widgets;

use crate::i18n::t;
use leptos::prelude::*;
use state::{AppState, View};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    view! {
        <a class="skip" href="#main">{t("app.skip_to_content")}</a>
        <header class="app-header">
            <h1>{t("app.title")}</h1>
            <p class="tagline">{t("app.tagline")}</p>
        </header>
        <StorageBanner />
        <lists_bar::ListsBar />
        <nav class="tabs" aria-label=t("nav.views")>
            {View::ALL
                .into_iter()
                .map(|v| {
                    let selected = move || state.view.get() == v;
                    view! {
                        <button
                            class="tab"
                            class:active=selected
                            aria-current=move || if selected() { "page" } else { "false" }
                            on:click=move |_| state.set_view(v)
                        >
                            {t(&format!("view.{}", v.key()))}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
        <main id="main" tabindex="-1">
            {move || match state.view.get() {
                View::Overview => view! { <views::overview::OverviewView /> }.into_any(),
                View::Customers => view! { <table::CustomerTable /> }.into_any(),
                View::Economics => view! { <views::economics::EconomicsView /> }.into_any(),
                View::Pyramid => view! { <views::pyramid::PyramidView /> }.into_any(),
                View::Pareto => view! { <views::pareto::ParetoView /> }.into_any(),
                View::Lifetime => view! { <views::lifetime::LifetimeView /> }.into_any(),
                View::Targets => view! { <views::targets::TargetsView /> }.into_any(),
                View::Prospects => view! { <views::prospects::ProspectsView /> }.into_any(),
                View::Settings => view! { <views::settings::SettingsView /> }.into_any(),
                View::Import => view! { <import::ImportExport /> }.into_any(),
            }}
        </main>
        <p class="sr-only" role="status" aria-live="polite">{move || state.announcement.get()}</p>
    }
}

/// Says plainly when the browser refused to keep something, and what is safe.
#[component]
fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.save_problem.with(Option::is_some)>
            <div class="banner error" role="alert">
                <strong>{t("storage.banner_title")}</strong>
                " "
                {move || state.save_problem.get().unwrap_or_default()}
            </div>
        </Show>
        <Show when=move || state.unreadable.with(|u| !u.is_empty())>
            <div class="banner warning" role="alert">
                <strong>{t("storage.unreadable_title")}</strong>
                <ul>
                    {move || {
                        state
                            .unreadable
                            .get()
                            .into_iter()
                            .map(|u| view! { <li>{format!("{}: {}", u.id, u.reason)}</li> })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
