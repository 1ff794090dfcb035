//! The page: thin components over [`state::AppState`]; every calculation lives in the engine,
//! every parse in `io`.

mod ahead;
pub mod background;
pub mod browser;
pub(crate) mod import;
mod lists_bar;
pub mod messages;
mod pager;
pub mod panic;
pub mod state;
pub mod storage;
mod table;
mod views;
pub mod widgets;

use crate::app::messages::{Explain, Message};
use crate::engine::keys::{Keyed, VariantArray};
use crate::format;
use crate::i18n::{self, set_lang, t, tf, Lang};
use crate::io::store::INDEX_ID;
use leptos::prelude::*;
use state::{AppState, View};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    // The state of the purchase history and of the import wizard outlives their views, so a
    // visit to another view and back keeps a half-done task.
    views::history::provide_history_page();
    import::provide_import_page();
    if browser::panic_drill_requested() {
        // A fire drill: the page fails on purpose once it is up, so that the failure banner
        // can be seen and tested without a real bug.
        leptos::task::spawn_local(async {
            browser::yield_now().await;
            panic!("panic drill asked for by the address (?panic-drill)");
        });
    }
    // main.rs has loaded the language's file before the page is drawn; if that failed the
    // page opens in English rather than in a language it cannot show.
    let language = RwSignal::new(
        Some(initial_language())
            .filter(|l| l.is_ready())
            .unwrap_or_default(),
    );
    set_lang(language.get_untracked());
    i18n::observe_language(track_language);
    // A change of language redraws only the texts and numbers that read it (see
    // `i18n::observe_language`): views keep their state, focus and half-typed input.
    Effect::new(move |_| {
        let current = language.get();
        if lang_untracked() != current {
            set_lang(current);
            LANGUAGE_CHANGED.with(ArcTrigger::notify);
        }
        // Untracked: this effect follows `language` alone, not the trigger it rings above.
        browser::set_document_language(current.code(), &untrack(|| t("app.title")));
    });
    // The report view prints every analysis at once; the browser's print of any view is clean too.
    let printing = RwSignal::new(false);
    // On a phone the page's controls and the list's are folded behind one button, so that the
    // first screen shows the view (style/main.css shows the button on narrow screens only).
    let menu_open = RwSignal::new(false);
    view! {
        <a class="skip" href="#main">{move || t("app.skip_to_content")}</a>
        <div class="top" class:menu-open=move || menu_open.get()>
        <header class="app-header">
            <div class="title">
                <h1>{move || t("app.title")}</h1>
                <button
                    class="menu-toggle"
                    aria-expanded=move || menu_open.get().to_string()
                    aria-controls="page-controls"
                    on:click=move |_| menu_open.update(|open| *open = !*open)
                >
                    {move || t("app.menu")}
                </button>
                <p class="tagline">{move || t("app.tagline")}</p>
            </div>
            <div class="header-controls" id="page-controls">
                <LanguageChooser language=language />
                <ThemeChooser />
                <button class="print" on:click=move |_| print_report(printing)>{move || t("report.print")}</button>
            </div>
        </header>
        <UpdateNotice />
        <StorageBanner />
        <lists_bar::ListsBar />
        </div>
        <nav class="tabs" aria-label=move || t("nav.views")>
            {View::VARIANTS
                .iter()
                .map(|&v| {
                    let selected = move || state.view.get() == v;
                    view! {
                        <button
                            class="tab"
                            class:active=selected
                            aria-current=move || if selected() { "page" } else { "false" }
                            on:click=move |_| state.set_view(v)
                        >
                            {move || t(&format!("view.{}", v.key()))}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
        <main id="main" tabindex="-1">
            {move || {
                if printing.get() {
                    view! { <Report printing=printing /> }.into_any()
                } else {
                    render_view(state.view.get())
                }
            }}
        </main>
        <p class="sr-only" role="status" aria-live="polite">{move || state.announcement.with(|m| m.as_ref().map(Message::text).unwrap_or_default())}</p>
    }
}

thread_local! {
    /// Rung when the language changes; every reactive closure that read the language hears it.
    static LANGUAGE_CHANGED: ArcTrigger = ArcTrigger::new();
}

/// Subscribes the reactive closure now running (if any) to changes of language.
fn track_language() {
    LANGUAGE_CHANGED.with(ArcTrigger::track);
}

/// The active language without subscribing anything to it.
fn lang_untracked() -> Lang {
    untrack(i18n::lang)
}

fn render_view(view: View) -> AnyView {
    match view {
        View::Overview => view! { <views::overview::OverviewView /> }.into_any(),
        View::Customers => view! { <table::CustomerTable /> }.into_any(),
        View::Economics => view! { <views::economics::EconomicsView /> }.into_any(),
        View::Pyramid => view! { <views::pyramid::PyramidView /> }.into_any(),
        View::Pareto => view! { <views::pareto::ParetoView /> }.into_any(),
        View::Lifetime => view! { <views::lifetime::LifetimeView /> }.into_any(),
        View::Keeping => view! { <views::keeping::KeepingView /> }.into_any(),
        View::Targets => view! { <views::targets::TargetsView /> }.into_any(),
        View::Prospects => view! { <views::prospects::ProspectsView /> }.into_any(),
        View::History => view! { <views::history::HistoryView /> }.into_any(),
        View::Settings => view! { <views::settings::SettingsView /> }.into_any(),
        View::Import => view! { <import::ImportExport /> }.into_any(),
    }
}

/// Views that make up the printed report, in reading order.
const REPORT_VIEWS: [View; 8] = [
    View::Overview,
    View::Economics,
    View::Pyramid,
    View::Pareto,
    View::Lifetime,
    View::Keeping,
    View::Targets,
    View::Prospects,
];

/// The report a consultant hands over: a cover (list, date, currency), the overview as a
/// one-page summary, then every analysis view, each from a new page.
#[component]
fn Report(printing: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = move || {
        state
            .workspace
            .with(|w| w.current().map(state::list_name).unwrap_or_default())
    };
    let currency = move || crate::app::widgets::currency(&state);
    let date = browser::today().map(format::date).unwrap_or_default();
    view! {
        <div class="report">
            <p class="report-back"><button on:click=move |_| printing.set(false)>{move || t("report.back")}</button></p>
            <section class="report-cover" aria-labelledby="report-title">
                <p class="report-app">{move || t("app.title")}</p>
                <h2 id="report-title">{move || t("report.title")}</h2>
                <p class="report-list">{list}</p>
                <dl>
                    <dt>{move || t("report.date")}</dt>
                    <dd>{date}</dd>
                    <dt>{move || t("report.currency")}</dt>
                    <dd>{currency}</dd>
                </dl>
                <p class="report-note">{move || t("app.tagline")}</p>
            </section>
            // Given to the views below only: the page drawn after the report must not see it.
            <leptos::context::Provider value=crate::app::widgets::InReport>
                {REPORT_VIEWS.into_iter().map(|v| view! { <div class="report-part">{render_view(v)}</div> }).collect_view()}
            </leptos::context::Provider>
        </div>
    }
}

/// Renders the report and opens the browser's print dialog. The report stays until the
/// browser says printing is over, or the reader goes back with the report's own button (a
/// browser that says nothing leaves it on screen, readable, not lost).
fn print_report(printing: RwSignal<bool>) {
    printing.set(true);
    browser::after_print(move || printing.set(false));
    leptos::task::spawn_local(async move {
        browser::yield_now().await;
        browser::print();
    });
}

const LANG_KEY: &str = "value-pyramid/language";

/// The language the page opens in: the saved choice, else the browser's preference.
pub fn initial_language() -> Lang {
    browser::initial_language(LANG_KEY)
}

/// The language switch: follows the browser's preference until the user picks one (saved).
#[component]
fn LanguageChooser(language: RwSignal<Lang>) -> impl IntoView {
    // The last language picked: a file that arrives after another pick does not switch back.
    let picked = StoredValue::new(language.get_untracked());
    let choose = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let Some(lang) = Lang::from_code(&code) {
            picked.set_value(lang);
            browser::save_preference(LANG_KEY, lang.code());
            if lang.is_ready() {
                language.set(lang);
                return;
            }
            // A language not built in is a file of the build, fetched once.
            leptos::task::spawn_local(async move {
                let loaded = browser::load_language(lang).await;
                if picked.get_value() != lang {
                    return;
                }
                if loaded {
                    language.set(lang);
                } else {
                    // The switch goes back to the language still shown.
                    language.set(language.get_untracked());
                }
            });
        }
    };
    view! {
        <div class="field language">
            <label for="language">{move || t("language.label")}</label>
            <select id="language" on:change=choose>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() selected=move || language.get() == l>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Says plainly when the browser refused to keep something, and what is safe.
#[component]
fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.save_problem.with(Option::is_some)>
            <div class="banner error" role="alert">
                <strong>{move || t("storage.banner_title")}</strong>
                " "
                {move || {
                    state
                        .save_problem
                        .with(|e| e.as_ref().map(|e| tf("storage.not_saved", &[("reason", &e.explain())])))
                        .unwrap_or_default()
                }}
                " "
                <Show when=move || state.conflict.get()>
                    <button class="primary" on:click=move |_| browser::reload()>{move || t("storage.reload")}</button>
                    " "
                </Show>
                <button on:click=move |_| crate::app::import::export_current_list(&state)>{move || t("export.json")}</button>
            </div>
        </Show>
        <Show when=move || state.backup_due.get()>
            <div class="banner info" role="status">
                {move || t("backup.reminder")}
                " "
                <button class="primary" on:click=move |_| state.back_up_everything()>{move || t("export.backup")}</button>
                " "
                <button on:click=move |_| state.backup_due.set(false)>{move || t("backup.not_now")}</button>
            </div>
        </Show>
        <Show when=move || state.download_problem.with(Option::is_some)>
            <div class="banner error" role="alert">
                {move || state.download_problem.with(|m| m.as_ref().map(Message::text)).unwrap_or_default()}
                " "
                <button on:click=move |_| state.download_problem.set(None)>{move || t("update.dismiss")}</button>
            </div>
        </Show>
        <Show when=move || state.unreadable.with(|u| !u.is_empty())>
            <div class="banner warning" role="alert">
                <strong>{move || t("storage.unreadable_title")}</strong>
                <ul>
                    {move || {
                        state
                            .unreadable
                            .get()
                            .into_iter()
                            .map(|u| view! { <UnreadableItem id=u.id reason=u.reason /> })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// One document that could not be opened: what it is, its text as found for download, and a
/// removal that asks once more before it is done.
#[component]
fn UnreadableItem(id: String, reason: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let what = if id == INDEX_ID {
        t("storage.the_index")
    } else {
        tf("storage.the_list", &[("id", &id)])
    };
    let (download_id, remove_id) = (id.clone(), id);
    // The visible words start each button's name, and the document it concerns ends it.
    let named = |key: &str| format!("{}: {what}", t(key));
    let (download_name, remove_name) =
        (named("storage.download_as_found"), named("storage.remove"));
    view! {
        <li>
            {format!("{what}: {reason}")}
            " "
            <button aria-label=download_name on:click=move |_| state.offer_unreadable_text(&download_id)>
                {move || t("storage.download_as_found")}
            </button>
            " "
            <Show
                when=move || confirming.get()
                fallback=move || {
                    let remove_name = remove_name.clone();
                    view! { <button aria-label=remove_name on:click=move |_| confirming.set(true)>{move || t("storage.remove")}</button> }
                }
            >
                {
                    let remove_id = remove_id.clone();
                    view! {
                        <button class="danger" on:click=move |_| state.discard_unreadable(&remove_id)>{move || t("storage.remove_for_good")}</button>
                        " "
                        <button on:click=move |_| confirming.set(false)>{move || t("storage.keep_it")}</button>
                    }
                }
            </Show>
        </li>
    }
}

/// Light, dark or the system's choice; saved in the browser and applied to the root element.
#[component]
fn ThemeChooser() -> impl IntoView {
    let stored = browser::load_preference(THEME_KEY).unwrap_or_default();
    let theme = RwSignal::new(stored);
    Effect::new(move |_| {
        browser::set_theme(&theme.get());
    });
    let choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        browser::save_preference(THEME_KEY, &value);
        theme.set(value);
    };
    view! {
        <div class="field theme">
            <label for="theme">{move || t("theme.label")}</label>
            <select id="theme" on:change=choose>
                {[("", "theme.system"), ("light", "theme.light"), ("dark", "theme.dark")]
                    .into_iter()
                    .map(|(value, key)| view! { <option value=value selected=move || theme.with(|t| t == value)>{move || t(key)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

const THEME_KEY: &str = "value-pyramid/theme";

const BUILD_KEY: &str = "value-pyramid/build";

/// Tells the user when the page they see is a newer build than last time, or when a newer
/// build was downloaded in the background (it opens on the next visit).
#[component]
fn UpdateNotice() -> impl IntoView {
    let notice = RwSignal::new(None::<&'static str>);
    if let Some(build) = browser::build_id() {
        let previous = browser::load_preference(BUILD_KEY);
        if previous.is_some_and(|p| p != build) {
            notice.set(Some("update.updated"));
        }
        browser::save_preference(BUILD_KEY, &build);
    }
    browser::register_service_worker(move || notice.set(Some("update.downloaded")));
    storage::page_store().on_newer_version(move || notice.set(Some("update.newer_tab_waits")));
    view! {
        <Show when=move || notice.with(Option::is_some)>
            <div class="banner info" role="status">
                {move || notice.get().map(t).unwrap_or_default()}
                " "
                <button on:click=move |_| notice.set(None)>{move || t("update.dismiss")}</button>
            </div>
        </Show>
    }
}
