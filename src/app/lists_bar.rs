//! Choosing, naming, copying and deleting customer lists.

use crate::app::messages::Message;
use crate::app::state::{list_name, AppState};
use crate::app::widgets::field_value;
use crate::i18n::{t, tfn};
use leptos::prelude::*;

#[component]
pub fn ListsBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let rename_error = RwSignal::new(None::<&'static str>);
    let current_name = move || {
        state
            .workspace
            .with(|w| w.current().map(list_name).unwrap_or_default())
    };
    let current_is_demo = move || {
        state
            .workspace
            .with(|w| w.current().is_some_and(|l| l.is_demo))
    };
    // Customers and prospects (former customers are neither: only the churn measured from
    // the list reads them), counted by a memo of the page's state rather than read from the
    // analysis: on a view that shows no analysis, an edit then makes none.
    let counts = move || state.entry_counts.get();

    let open = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        state.edit_workspace(|w| w.open(&id), |_| Vec::new());
        confirming.set(false);
        rename_error.set(None);
    };
    let rename = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        let id = state.current_id();
        let renamed = state.edit_workspace(
            |w| w.rename(&id, &name),
            |ok| if *ok { vec![id.clone()] } else { Vec::new() },
        );
        if renamed == Some(true) {
            rename_error.set(None);
            state.announce(Message::new("lists.renamed", &[("name", name.trim())]));
        } else {
            rename_error.set(Some("lists.rename_invalid"));
        }
    };
    let create = move |_| {
        let id = state.edit_workspace(|w| w.create(&t("lists.new_name")), |id| vec![id.clone()]);
        if id.is_some() {
            state.announce(Message::new("lists.created", &[("name", &current_name())]));
        }
    };
    let duplicate = move |_| {
        let id = state.current_id();
        state.edit_workspace(
            |w| w.duplicate(&id, &t("lists.copy_suffix")),
            |id| id.iter().cloned().collect(),
        );
        state.announce(Message::new("lists.created", &[("name", &current_name())]));
    };
    let delete = move |_| {
        let name = current_name();
        state.delete_list(&state.current_id());
        confirming.set(false);
        state.announce(Message::new("lists.deleted", &[("name", &name)]));
    };

    view! {
        <section class="lists-bar" aria-label=move || t("lists.region")>
            <div class="field list-picker">
                <label for="list-select">{move || t("lists.open")}</label>
                <select id="list-select" on:change=open>
                    {move || {
                        state
                            .workspace
                            .with(|w| {
                                let current = w.current().map(|l| l.id.clone()).unwrap_or_default();
                                w.lists
                                    .iter()
                                    .map(|l| {
                                        let selected = l.id == current;
                                        view! {
                                            <option value=l.id.clone() selected=selected>
                                                {list_name(l)}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            })
                    }}
                </select>
            </div>
            <div class="field">
                <label for="list-name">{move || t("lists.name")}</label>
                <input
                    id="list-name"
                    type="text"
                    prop:value=field_value(current_name)
                    aria-invalid=move || rename_error.with(Option::is_some).to_string()
                    aria-describedby="list-name-error"
                    on:change=rename
                />
                <span id="list-name-error" class="field-error">
                    {move || rename_error.get().map(t).unwrap_or_default()}
                </span>
            </div>
            <p class="list-counts">
                {move || {
                    let (customers, prospects, _) = counts();
                    tfn("lists.counts", &[("customers", customers), ("prospects", prospects)], &[])
                }}
                <Show when=current_is_demo>
                    " "
                    <span class="badge">{move || t("demo.badge")}</span>
                </Show>
            </p>
            <div class="buttons">
                <button on:click=create>{move || t("lists.new")}</button>
                <button on:click=duplicate>{move || t("lists.duplicate")}</button>
                <button on:click=move |_| confirming.set(true)>{move || t("lists.delete")}</button>
                <button on:click=move |_| state.restore_demo()>{move || t("demo.restore")}</button>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
                    <p id="confirm-delete-text">
                        {move || {
                            tfn(
                                "lists.confirm_delete",
                                &[("count", counts().2)],
                                &[("name", &current_name())],
                            )
                        }}
                    </p>
                    <button class="danger" on:click=delete>
                        {move || t("lists.confirm_delete_yes")}
                    </button>
                    <button on:click=move |_| confirming.set(false)>{move || t("lists.confirm_delete_no")}</button>
                </div>
            </Show>
        </section>
    }
}
