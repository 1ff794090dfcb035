//! Export of the open list, its results and the whole workspace: CSV in the page language's
//! convention, Excel workbooks, the list as JSON and a backup of everything.

use crate::app::browser::workbook_from_worker;
use crate::app::messages::Message;
use crate::app::state::{list_name, AppState};
use crate::app::storage::StorageKind;
use crate::engine::model::Customer;
use crate::engine::results::{rows as result_rows, ResultRow};
use crate::i18n::{lang, t, tf};
use crate::io::export::{
    customers_csv, customers_sheet_text, results_csv, results_sheet_text, CsvDialect,
};
use crate::io::number::DecimalSeparator;
use crate::io::store::list_to_json;
use leptos::prelude::*;

/// The export buttons, with where the page keeps its data.
#[component]
pub(super) fn ExportSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let export_csv = move |_| {
        let (name, csv) = state.workspace.with_untracked(|w| {
            w.current()
                .map(|l| (list_name(l), customers_csv(&l.customers, csv_dialect())))
                .unwrap_or_default()
        });
        state.offer_file(
            &format!("{}.csv", file_stem(&name)),
            "text/csv;charset=utf-8",
            &csv,
        );
    };
    let export_json = move |_| export_current_list(&state);
    let export_backup = move |_| state.back_up_everything();

    let export_results = move |_| {
        let (name, csv) = from_results(&state, |rows, customers| {
            results_csv(rows, customers, csv_dialect())
        });
        state.offer_file(
            &format!("{} - results.csv", file_stem(&name)),
            "text/csv;charset=utf-8",
            &csv,
        );
    };

    let export_xlsx = move |_| {
        let (name, sheet) = state.workspace.with_untracked(|w| {
            w.current()
                .map(|l| (list_name(l), customers_sheet_text(&l.customers)))
                .unwrap_or_else(|| (String::new(), customers_sheet_text(&[])))
        });
        offer_workbook(state, format!("{}.xlsx", file_stem(&name)), sheet);
    };
    let export_results_xlsx = move |_| {
        let (name, sheet) = from_results(&state, results_sheet_text);
        offer_workbook(state, format!("{} - results.xlsx", file_stem(&name)), sheet);
    };

    view! {
        <section aria-labelledby="export-title">
            <h2 id="export-title">{move || t("export.title")}</h2>
            <p>{move || t("export.intro")}</p>
            <div class="buttons">
                <button on:click=export_csv>{move || csv_button("export.csv")}</button>
                <button on:click=export_json>{move || t("export.json")}</button>
                <button on:click=export_xlsx>{move || t("export.xlsx")}</button>
                <button on:click=export_results>{move || csv_button("export.results")}</button>
                <button on:click=export_results_xlsx>{move || t("export.results_xlsx")}</button>
                <button on:click=export_backup>{move || t("export.backup")}</button>
            </div>
            <p>{move || t("export.backup_hint")}</p>
            <p class="storage-kind" role="status">
                {move || match state.persistent.get() {
                    Some(true) => t("storage.persistent"),
                    Some(false) => t("storage.best_effort"),
                    None => t("storage.persistence_unknown"),
                }}
            </p>
            <p class="storage-kind">
                {move || match state.storage {
                    StorageKind::IndexedDb => t("storage.in_indexeddb"),
                    StorageKind::LocalStorage => t("storage.in_localstorage"),
                }}
            </p>
        </section>
    }
}

/// The CSV convention of the page's language: semicolons and decimal commas where numbers are
/// written with a decimal comma, as the spreadsheets of those languages expect.
fn csv_dialect() -> CsvDialect {
    CsvDialect::for_decimal(lang().decimal())
}

/// The name of a CSV export button, saying the convention the file follows.
fn csv_button(key: &str) -> String {
    let convention = match csv_dialect().decimal {
        DecimalSeparator::Point => t("export.convention_comma"),
        DecimalSeparator::Comma => t("export.convention_semicolon"),
    };
    tf(key, &[("convention", &convention)])
}

/// The open list's name and what `write` makes of its per-customer results.
fn from_results<R>(
    state: &AppState,
    write: impl FnOnce(&[ResultRow], &[Customer]) -> R,
) -> (String, R) {
    state.workspace.with_untracked(|w| {
        let (name, customers) = w
            .current()
            .map(|l| (list_name(l), l.customers.as_slice()))
            .unwrap_or_default();
        let rows = state.analysis.with_untracked(|a| result_rows(a, customers));
        (name, write(&rows, customers))
    })
}

/// The MIME type of an Excel workbook (.xlsx).
const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Has the workbook worker make the workbook of `sheet` (a sheet text), then offers it for
/// download, or says why it could not be made.
fn offer_workbook(state: AppState, file_name: String, sheet: String) {
    // A workbook of 100,000 rows takes seconds: the page says it is on its way.
    state.announce(Message::new("export.xlsx_making", &[("file", &file_name)]));
    leptos::task::spawn_local(async move {
        match workbook_from_worker(sheet).await {
            Ok(bytes) => {
                state.offer_bytes(&file_name, XLSX_MIME, &bytes);
            }
            Err(error) => state.download_not_made(Message::new(
                "export.xlsx_failed",
                &[("file", &file_name), ("error", &error)],
            )),
        }
    });
}

/// Downloads the open list as a JSON document that the import reads back identically.
pub fn export_current_list(state: &AppState) {
    let (name, json) = state.workspace.with_untracked(|w| {
        w.current()
            .map(|l| (list_name(l), list_to_json(l)))
            .unwrap_or_default()
    });
    state.offer_file(
        &format!("{}.json", file_stem(&name)),
        "application/json",
        &json,
    );
}

/// A file name from a list name, without characters file systems refuse.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if "/\\:*?\"<>|".contains(c) { '_' } else { c })
        .collect();
    if stem.trim().is_empty() {
        "customers".into()
    } else {
        stem
    }
}
