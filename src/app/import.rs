//! Import (CSV with a mapping step and a row report, or a JSON list) and export.

use crate::app::browser::{dropped_file, picked_file, read_file, yield_now, File};
use crate::app::messages::{Explain, Message};
use crate::app::state::AppState;
use crate::app::storage::StorageKind;
use crate::app::views::history::HistoryPage;
use crate::app::widgets::money;
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::Customer;
use crate::engine::model::{DateOrder, DateOrderGuess};
use crate::engine::results::{rows as result_rows, ResultRow};
use crate::format;
use crate::i18n::{choice_labels, lang, t, tf, tfn};
use crate::io::csv_import::{
    check_mapping, choice_values, read_memory_estimate, read_table, scale_preview, sniff,
    suggest_date_order, suggest_mapping, suggest_scale, takes_scale, ColumnTarget, Converter,
    CsvOptions, Delimiter, HeldTotal, RawTable, ReadError, Readings, RowProblem, TotalReason,
    LARGE_FILE_BYTES,
};
use crate::io::encoding::{decode, TextEncoding, TextFile};
use crate::io::export::{
    customers_csv, customers_xlsx, results_csv, results_xlsx, CsvDialect, XlsxError,
};
use crate::io::fields::{normalise_word, Field, Kind, PercentScale};
use crate::io::number::DecimalSeparator;
use crate::io::purchase_log::kept_log_from_json;
use crate::io::store::{list_to_json, lists_from_json, log_from_backup, LOG_KEY};
use crate::lists::{ChoiceMemory, CustomerList};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// Rows converted between two paints of the progress bar.
const CHUNK_ROWS: usize = 2_000;
/// Problems listed on the page; the count says how many more there are.
const SHOWN_PROBLEMS: usize = 500;

/// A CSV file being mapped.
#[derive(Debug, Clone, PartialEq)]
struct Session {
    file_name: String,
    /// The bytes, the encoding detected and the text in the encoding chosen.
    file: TextFile,
    options: CsvOptions,
    table: Result<RawTable, ReadError>,
    mapping: Vec<ColumnTarget>,
    /// Percent scale per column index (suggested, then as the user switched it).
    scales: HashMap<usize, PercentScale>,
    /// What choice words stand for: the open list's memory plus what the user says here.
    memory: ChoiceMemory,
    /// Date order per column index, as guessed from its values (then as the user set it).
    date_orders: HashMap<usize, DateOrderGuess>,
    into_current: bool,
    /// Cells corrected in the problem table since the last check.
    fixed_cells: usize,
}

impl Session {
    fn new(file_name: String, bytes: &[u8], memory: ChoiceMemory) -> Session {
        let file = TextFile::new(bytes);
        let options = sniff(file.text());
        let mut s = Session {
            file_name,
            file,
            options,
            table: Err(ReadError::Empty),
            mapping: Vec::new(),
            scales: HashMap::new(),
            memory,
            date_orders: HashMap::new(),
            into_current: false,
            fixed_cells: 0,
        };
        s.reread();
        s
    }

    /// Re-reads the text after an option changed, and suggests the mapping afresh.
    fn reread(&mut self) {
        self.table = read_table(self.file.text(), &self.options);
        self.fixed_cells = 0;
        let (mapping, scales, date_orders) = match &self.table {
            Ok(table) => (
                suggest_mapping(table, self.options.decimal),
                (0..table.columns.len())
                    .map(|i| (i, suggest_scale(table, i, self.options.decimal)))
                    .collect(),
                (0..table.columns.len())
                    .map(|i| (i, suggest_date_order(table, i)))
                    .collect(),
            ),
            Err(_) => (Vec::new(), HashMap::new(), HashMap::new()),
        };
        self.mapping = mapping;
        self.scales = scales;
        self.date_orders = date_orders;
    }

    /// Reads the file's bytes again in another encoding, guesses the options afresh and
    /// re-reads.
    fn set_encoding(&mut self, encoding: TextEncoding) {
        self.file.set_encoding(encoding);
        self.options = sniff(self.file.text());
        self.reread();
    }

    /// How the rows will be read, as the check step shows it.
    fn readings(&self) -> Readings {
        Readings {
            decimal: self.options.decimal,
            scales: self.scales.clone(),
            memory: self.memory.clone(),
            labels: choice_labels().clone(),
            date_orders: self
                .date_orders
                .iter()
                .map(|(&i, g)| (i, g.order))
                .collect(),
        }
    }

    /// Replaces the text of one cell (a correction made in the problem table).
    fn fix_cell(&mut self, line: usize, column: usize, text: String) {
        let Ok(table) = &mut self.table else { return };
        if let Some(row) = table.rows.iter_mut().find(|r| r.line == line) {
            if row.cells.len() <= column {
                row.cells.resize(column + 1, String::new());
            }
            if row.cells[column] != text {
                row.cells[column] = text;
                self.fixed_cells += 1;
            }
        }
    }
}

/// The outcome of checking every row.
#[derive(Debug, Clone, PartialEq, Default)]
struct Report {
    good: Vec<Customer>,
    problems: Vec<RowProblem>,
    bad_rows: usize,
    disagreeing_revenue: Vec<usize>,
    /// Rows that look like totals: left out unless their line is in `keep`.
    held_totals: Vec<HeldTotal>,
}

impl Report {
    /// The rows the import takes: the good ones and the held totals the user keeps.
    fn rows_to_import(&self, keep: &HashSet<usize>) -> Vec<Customer> {
        let kept = self
            .held_totals
            .iter()
            .filter(|h| keep.contains(&h.line))
            .map(|h| h.customer.clone());
        self.good.iter().cloned().chain(kept).collect()
    }
}

/// The import wizard's state, made once for the page (see [`crate::app::App`]) and provided
/// as a context: a change of language draws the page anew, and a half-done column mapping
/// stays as it was.
#[derive(Clone, Copy)]
pub struct ImportPage {
    session: RwSignal<Option<Session>>,
    report: RwSignal<Option<Report>>,
    /// Lines of the held total rows the user keeps.
    keep: RwSignal<HashSet<usize>>,
    progress: RwSignal<Option<(usize, usize)>>,
    cancel: RwSignal<bool>,
    file_error: RwSignal<Option<Message>>,
    /// What the last import did, shown on the page (the live region only speaks it).
    done: RwSignal<Option<Message>>,
}

/// Makes the import wizard's state and provides it to the page.
pub fn provide_import_page() {
    provide_context(ImportPage {
        session: RwSignal::new(None),
        report: RwSignal::new(None),
        keep: RwSignal::new(HashSet::new()),
        progress: RwSignal::new(None),
        cancel: RwSignal::new(false),
        file_error: RwSignal::new(None),
        done: RwSignal::new(None),
    });
}

#[component]
pub fn ImportExport() -> impl IntoView {
    let state = expect_context::<AppState>();
    let history = use_context::<HistoryPage>();
    let ImportPage {
        session,
        report,
        keep,
        progress,
        cancel,
        file_error,
        done,
    } = expect_context::<ImportPage>();
    let confirm = move |message: Message| {
        state.announce(message.clone());
        done.set(Some(message));
    };

    let accept_file = move |file: File| {
        let name = file.name();
        file_error.set(None);
        done.set(None);
        report.set(None);
        session.set(None);
        leptos::task::spawn_local(async move {
            let bytes = match read_file(file).await {
                Ok(b) => b,
                Err(e) => {
                    file_error.set(Some(
                        Message::new("import.read_failed", &[]).explaining("reason", e),
                    ));
                    return;
                }
            };
            let looks_json = name.to_lowercase().ends_with(".json")
                || bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
            if looks_json {
                let text = decode(&bytes).text;
                match lists_from_json(&text) {
                    Ok(lists) if lists.len() == 1 => {
                        let count = lists[0].customers.len();
                        state.edit_workspace(
                            |w| lists.into_iter().map(|l| w.add(l)).collect::<Vec<_>>(),
                            Clone::clone,
                        );
                        let list_name = state.workspace.with_untracked(|w| {
                            w.current().map(|l| l.name.clone()).unwrap_or_default()
                        });
                        confirm(
                            Message::new("import.json_done", &[("name", &list_name)])
                                .counting("count", count),
                        );
                    }
                    Ok(lists) => {
                        let count = lists.len();
                        state.edit_workspace(
                            |w| lists.into_iter().map(|l| w.add(l)).collect::<Vec<_>>(),
                            Clone::clone,
                        );
                        let restored_log =
                            log_from_backup(&text).filter(|log| kept_log_from_json(log).is_ok());
                        match restored_log {
                            Some(log) => {
                                state.keep_document(LOG_KEY, &log);
                                if let Some(history) = history {
                                    history.take_kept_log();
                                }
                                confirm(
                                    Message::new("import.backup_done_with_log", &[])
                                        .counting("count", count),
                                );
                            }
                            None => confirm(
                                Message::new("import.backup_done", &[]).counting("count", count),
                            ),
                        }
                    }
                    Err(e) => file_error.set(Some(
                        Message::new("import.json_failed", &[]).explaining("reason", e),
                    )),
                }
                return;
            }
            let memory = state.workspace.with_untracked(|w| {
                w.current()
                    .map(|l| l.choice_words.clone())
                    .unwrap_or_default()
            });
            session.set(Some(Session::new(name, &bytes, memory)));
        });
    };

    let check_rows = move || {
        let Some(s) = session.get_untracked() else {
            return;
        };
        session.update(|s| {
            if let Some(s) = s {
                s.fixed_cells = 0;
            }
        });
        let Ok(table) = s.table.clone() else { return };
        let taken: HashSet<String> = if s.into_current {
            state
                .workspace
                .with_untracked(|w| w.current().map(CustomerList::ids).unwrap_or_default())
        } else {
            HashSet::new()
        };
        let Ok(mut converter) = Converter::new(table, s.mapping.clone(), s.readings(), taken)
        else {
            return;
        };
        cancel.set(false);
        report.set(None);
        keep.set(HashSet::new());
        leptos::task::spawn_local(async move {
            let total = converter.total_rows();
            progress.set(Some((0, total)));
            loop {
                let done = converter.step(CHUNK_ROWS);
                progress.set(Some((converter.done_rows(), total)));
                if done {
                    break;
                }
                yield_now().await;
                if cancel.get_untracked() {
                    progress.set(None);
                    state.announce(Message::new("import.cancelled", &[]));
                    return;
                }
            }
            progress.set(None);
            let r = Report {
                good: converter.good,
                problems: converter.problems,
                bad_rows: converter.bad_rows,
                disagreeing_revenue: converter.disagreeing_revenue,
                held_totals: converter.held_totals,
            };
            state.announce(
                Message::new("import.summary", &[])
                    .counting("good", r.good.len())
                    .counting("bad", r.bad_rows),
            );
            report.set(Some(r));
        });
    };

    let import_good = move |_| {
        let (Some(s), Some(r)) = (session.get_untracked(), report.get_untracked()) else {
            return;
        };
        let rows = keep.with_untracked(|k| r.rows_to_import(k));
        let count = rows.len();
        if s.into_current {
            state.edit_current(|l| {
                l.append(rows);
                l.choice_words.merge(&s.memory);
            });
        } else {
            let base = s
                .file_name
                .rsplit_once('.')
                .map_or(s.file_name.as_str(), |(b, _)| b)
                .to_string();
            state.edit_workspace(
                |w| {
                    let mut list = CustomerList::new(String::new(), base);
                    list.append(rows);
                    list.choice_words = s.memory.clone();
                    w.add(list)
                },
                |id| vec![id.clone()],
            );
        }
        session.set(None);
        report.set(None);
        confirm(Message::new("import.done", &[]).counting("count", count));
    };
    let import_count = move || {
        report.with(|r| {
            r.as_ref().map_or(0, |r| {
                r.good.len()
                    + keep.with(|k| r.held_totals.iter().filter(|h| k.contains(&h.line)).count())
            })
        })
    };
    let import_nothing = move |_| {
        cancel.set(true);
        session.set(None);
        report.set(None);
        progress.set(None);
        state.announce(Message::new("import.nothing", &[]));
    };

    let export_csv = move |_| {
        let (name, csv) = state.workspace.with_untracked(|w| {
            w.current()
                .map(|l| (l.name.clone(), customers_csv(&l.customers, csv_dialect())))
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
        let (name, workbook) = state.workspace.with_untracked(|w| {
            w.current()
                .map(|l| (l.name.clone(), customers_xlsx(&l.customers)))
                .unwrap_or_else(|| (String::new(), customers_xlsx(&[])))
        });
        offer_workbook(&state, &format!("{}.xlsx", file_stem(&name)), workbook);
    };
    let export_results_xlsx = move |_| {
        let (name, workbook) = from_results(&state, results_xlsx);
        offer_workbook(
            &state,
            &format!("{} - results.xlsx", file_stem(&name)),
            workbook,
        );
    };

    view! {
        <section aria-labelledby="import-title">
            <h2 id="import-title">{t("import.title")}</h2>
            <p>{t("import.intro")}</p>
            <FileDrop
                id="import-file"
                accept=".csv,.tsv,.txt,.json,text/csv,application/json"
                pick_label=t("import.pick")
                drop_hint=t("import.drop")
                on_file=accept_file
            />
            <p class="field-error" role="alert">{move || file_error.with(|m| m.as_ref().map(Message::text)).unwrap_or_default()}</p>
            {move || done.with(|m| m.as_ref().map(Message::text)).map(|message| view! { <p class="banner info import-done">{message}</p> })}
            {move || session.get().map(|s| view! { <MappingStep session=s set_session=session report=report /> })}
            <Show when=move || progress.with(Option::is_some)>
                <div class="progress">
                    <label for="import-progress">{t("import.checking")}</label>
                    <progress
                        id="import-progress"
                        max=move || progress.get().map_or(1, |p| p.1.max(1)).to_string()
                        value=move || progress.get().map_or(0, |p| p.0).to_string()
                    ></progress>
                    <span>
                        {move || {
                            progress
                                .get()
                                .map(|(d, n)| tfn("import.progress", &[("done", d), ("total", n)], &[]))
                                .unwrap_or_default()
                        }}
                    </span>
                    <button on:click=move |_| cancel.set(true)>{t("import.cancel_check")}</button>
                </div>
            </Show>
            <Show when=move || session.with(Option::is_some) && progress.with(Option::is_none)>
                <div class="buttons">
                    <button
                        on:click=move |_| check_rows()
                        disabled=move || {
                            session.with(|s| s.as_ref().is_none_or(|s| s.table.is_err() || check_mapping(&s.mapping).is_err()))
                        }
                    >
                        {t("import.check")}
                    </button>
                    <button on:click=import_nothing>{t("import.cancel")}</button>
                </div>
            </Show>
            {move || report.get().map(|r| view! { <ReportView report=r keep=keep session=session /> })}
            <Show when=move || { report.with(Option::is_some) && session.with(|s| s.as_ref().is_some_and(|s| s.fixed_cells > 0)) }>
                <p class="warning" role="status">
                    {move || {
                        let n = session.with(|s| s.as_ref().map_or(0, |s| s.fixed_cells));
                        tfn("import.fixed_cells", &[("count", n)], &[])
                    }}
                </p>
                <div class="buttons">
                    <button class="primary" on:click=move |_| check_rows()>{t("import.check_again")}</button>
                </div>
            </Show>
            <Show when=move || report.with(Option::is_some)>
                <div class="buttons">
                    <button
                        class="primary"
                        on:click=import_good
                        disabled=move || { import_count() == 0 }
                    >
                        {move || tfn("import.import_good", &[("count", import_count())], &[])}
                    </button>
                    <button on:click=import_nothing>{t("import.import_nothing")}</button>
                </div>
            </Show>
        </section>
        <section aria-labelledby="export-title">
            <h2 id="export-title">{t("export.title")}</h2>
            <p>{t("export.intro")}</p>
            <div class="buttons">
                <button on:click=export_csv>{csv_button("export.csv")}</button>
                <button on:click=export_json>{t("export.json")}</button>
                <button on:click=export_xlsx>{t("export.xlsx")}</button>
                <button on:click=export_results>{csv_button("export.results")}</button>
                <button on:click=export_results_xlsx>{t("export.results_xlsx")}</button>
                <button on:click=export_backup>{t("export.backup")}</button>
            </div>
            <p>{t("export.backup_hint")}</p>
            <p class="storage-kind" role="status">
                {move || match state.persistent.get() {
                    Some(true) => t("storage.persistent"),
                    Some(false) => t("storage.best_effort"),
                    None => t("storage.persistence_unknown"),
                }}
            </p>
            <p class="storage-kind">
                {match state.storage {
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
            .map(|l| (l.name.clone(), l.customers.as_slice()))
            .unwrap_or_default();
        let rows = state.analysis.with_untracked(result_rows);
        (name, write(&rows, customers))
    })
}

/// The MIME type of an Excel workbook (.xlsx).
const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Offers a workbook for download, or says why it could not be made.
fn offer_workbook(state: &AppState, file_name: &str, workbook: Result<Vec<u8>, XlsxError>) {
    match workbook {
        Ok(bytes) => {
            state.offer_bytes(file_name, XLSX_MIME, &bytes);
        }
        Err(error) => state.announce(Message::new(
            "export.xlsx_failed",
            &[("file", file_name), ("error", &error.to_string())],
        )),
    }
}

/// Downloads the open list as a JSON document that the import reads back identically.
pub fn export_current_list(state: &AppState) {
    let (name, json) = state.workspace.with_untracked(|w| {
        w.current()
            .map(|l| (l.name.clone(), list_to_json(l)))
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

#[component]
fn MappingStep(
    session: Session,
    set_session: RwSignal<Option<Session>>,
    report: RwSignal<Option<Report>>,
) -> impl IntoView {
    let update = move |change: Box<dyn FnOnce(&mut Session)>| {
        report.set(None);
        set_session.update(|s| {
            if let Some(s) = s {
                change(s);
            }
        });
    };
    let options = session.options;
    let table = session.table.clone();
    let session = StoredValue::new(session);
    let mapping_error = session.with_value(|s| check_mapping(&s.mapping).err());
    view! {
        <section class="mapping" aria-labelledby="mapping-title">
            <h3 id="mapping-title">{tf("import.mapping_title", &[("file", &session.with_value(|s| s.file_name.clone()))])}</h3>
            <div class="toolbar">
                {session
                    .with_value(|s| {
                        encoding_controls(
                            "import",
                            &s.file,
                            move |encoding| update(Box::new(move |s| s.set_encoding(encoding))),
                        )
                    })}
                <ReadOptionsControls
                    id_prefix="import"
                    options=options
                    on_change=move |new: CsvOptions| {
                        update(Box::new(move |s| {
                            s.options = new;
                            s.reread();
                        }))
                    }
                />
                <label class="check" for="import-into-current">
                    <input
                        id="import-into-current"
                        type="checkbox"
                        prop:checked=session.with_value(|s| s.into_current)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            update(Box::new(move |s| s.into_current = on));
                        }
                    />
                    {t("import.into_current")}
                </label>
            </div>
            {match table {
                Err(e) => view! { <p class="field-error" role="alert">{tf("import.unreadable", &[("reason", &e.explain())])}</p> }.into_any(),
                Ok(table) => {
                    let mapping = session.with_value(|s| s.mapping.clone());
                    view! {
                        <p>{tfn("import.rows_found", &[("count", table.rows.len())], &[])}</p>
                        <table class="mapping-table">
                            <caption>{t("import.mapping_caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("import.column")}</th>
                                    <th scope="col">{t("import.examples")}</th>
                                    <th scope="col">{t("import.maps_to")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {table
                                    .columns
                                    .iter()
                                    .enumerate()
                                    .map(|(i, column)| {
                                        let examples: Vec<String> = table.rows.iter().take(3).filter_map(|r| r.cells.get(i).cloned()).collect();
                                        let current = mapping.get(i).cloned().unwrap_or(ColumnTarget::Ignore);
                                        let column_name = column.clone();
                                        view! {
                                            <tr>
                                                <th scope="row">{column.clone()}</th>
                                                <td>{examples.join(" · ")}</td>
                                                <td>
                                                    <TargetSelect column=column_name index=i current=current update=update />
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                        <ValueReadings session=session.get_value() update=update />
                        <PreviewTable table=table.clone() mapping=mapping.clone() />
                    }
                    .into_any()
                }
            }}
            {mapping_error.map(|e| view! { <p class="field-error" role="alert">{e.explain()}</p> })}
        </section>
    }
}

/// Most distinct values of one choice column listed for mapping; a column with more is not a
/// choice column, and the count of the rest is said.
const SHOWN_CHOICE_VALUES: usize = 50;

/// How values will be read, for the columns where that is a choice: percent or fraction for a
/// percent field (with the first values converted), and what each distinct value of a choice
/// column stands for (a drop-down per value, remembered with the list).
#[component]
fn ValueReadings(
    session: Session,
    update: impl Fn(Box<dyn FnOnce(&mut Session)>) + Copy + 'static,
) -> impl IntoView {
    let Ok(table) = session.table.clone() else {
        return ().into_any();
    };
    let readings = session.readings();
    let blocks: Vec<AnyView> = session
        .mapping
        .iter()
        .enumerate()
        .filter_map(|(i, target)| match target {
            ColumnTarget::Field(f) if takes_scale(*f) => {
                Some(scale_block(&table, i, *f, &readings, update))
            }
            ColumnTarget::Field(f) if f.kind() == Kind::Date => {
                let guess = session.date_orders.get(&i).copied().unwrap_or(DateOrderGuess {
                    order: DateOrder::YearMonthDay,
                    ambiguous: false,
                });
                let header = table.columns.get(i).cloned().unwrap_or_default();
                let id = format!("import-date-order-{i}");
                Some(
                    view! {
                        <div class="toolbar">
                            {date_order_select(id, header, guess, move |order| {
                                update(Box::new(move |s| {
                                    s.date_orders.insert(i, DateOrderGuess { order, ambiguous: false });
                                }))
                            })}
                        </div>
                    }
                    .into_any(),
                )
            }
            ColumnTarget::Field(f) if f.kind() == Kind::Choice => {
                Some(choice_block(&table, i, *f, &readings, update))
            }
            _ => None,
        })
        .collect();
    if blocks.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="value-readings" aria-labelledby="readings-title">
            <h4 id="readings-title">{t("import.readings_title")}</h4>
            {blocks}
        </section>
    }
    .into_any()
}

/// Percent or fraction for one column, with its first values as they will be stored.
fn scale_block(
    table: &RawTable,
    column: usize,
    field: Field,
    readings: &Readings,
    update: impl Fn(Box<dyn FnOnce(&mut Session)>) + Copy + 'static,
) -> AnyView {
    let header = table.columns.get(column).cloned().unwrap_or_default();
    let current = readings.scales.get(&column).copied().unwrap_or_default();
    let preview: Vec<String> = scale_preview(table, column, field, &readings.cell(column), 5)
        .into_iter()
        .map(|(raw, value)| match value {
            Some(v) => format!("{raw} → {}", format::percent(v, exact_decimals(v * 100.0))),
            None => format!("{raw} → {}", t("import.refused")),
        })
        .collect();
    let group = format!("scale-{column}");
    let legend = tf(
        "import.scale_legend",
        &[("column", &header), ("field", &t(&field.label_key()))],
    );
    view! {
        <fieldset class="scale">
            <legend>{legend}</legend>
            {PercentScale::VARIANTS
                .iter()
                .map(|&scale| {
                    let id = format!("{group}-{}", scale.key());
                    let label_for = id.clone();
                    view! {
                        <label class="check" for=label_for>
                            <input
                                type="radio"
                                id=id
                                name=group.clone()
                                value=scale.key()
                                prop:checked={ scale == current }
                                on:change=move |_| update(Box::new(move |s| {
                                    s.scales.insert(column, scale);
                                }))
                            />
                            {t(&format!("import.scale_is_{}", scale.key()))}
                        </label>
                    }
                })
                .collect_view()}
            <p class="scale-preview">{tf("import.scale_preview", &[("values", &preview.join(" · "))])}</p>
        </fieldset>
    }
    .into_any()
}

/// The fewest decimals (up to 4) that write `value` exactly, so a preview shows 18.5 as 18.5
/// and 39 as 39, not 39.00.
fn exact_decimals(value: f64) -> usize {
    (0..4)
        .find(|&d| {
            let scale = 10f64.powi(d as i32);
            ((value * scale).round() - value * scale).abs() < 1e-6
        })
        .unwrap_or(4)
}

/// Each distinct value of one choice column with a drop-down of what it stands for.
fn choice_block(
    table: &RawTable,
    column: usize,
    field: Field,
    readings: &Readings,
    update: impl Fn(Box<dyn FnOnce(&mut Session)>) + Copy + 'static,
) -> AnyView {
    let header = table.columns.get(column).cloned().unwrap_or_default();
    let values = choice_values(table, column, field, readings);
    let more = values.len().saturating_sub(SHOWN_CHOICE_VALUES);
    let unrecognised = values.iter().filter(|v| v.read_as.is_none()).count();
    let allowed: Vec<String> = field
        .choices()
        .into_iter()
        .map(|k| t(&format!("choice.{k}")))
        .collect();
    let caption = tf(
        "import.choices_caption",
        &[("column", &header), ("field", &t(&field.label_key()))],
    );
    let region_label = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=region_label>
            <table class="choice-values">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("import.value_in_file")}</th>
                        <th scope="col">{t("import.value_rows")}</th>
                        <th scope="col">{t("import.read_as")}</th>
                    </tr>
                </thead>
                <tbody>
                    {values
                        .into_iter()
                        .take(SHOWN_CHOICE_VALUES)
                        .map(|v| {
                            let text = v.text.clone();
                            let label = tf("import.read_value_as", &[("value", &v.text)]);
                            let selected = match v.read_as {
                                None => "?".to_string(),
                                Some(None) => String::new(),
                                Some(Some(k)) => k.to_string(),
                            };
                            let is = move |key: &str| key == selected;
                            view! {
                                <tr class:unrecognised=v.read_as.is_none()>
                                    <td>{v.text.clone()}</td>
                                    <td class="num">{v.rows}</td>
                                    <td>
                                        <select
                                            aria-label=label
                                            on:change=move |ev| {
                                                let choice = event_target_value(&ev);
                                                let word = normalise_word(&text);
                                                update(Box::new(move |s| {
                                                    if choice == "?" {
                                                        s.memory.forget(field.key(), &word);
                                                    } else {
                                                        s.memory.set(field.key(), &word, &choice);
                                                    }
                                                }));
                                            }
                                        >
                                            {v.read_as.is_none().then(|| view! { <option value="?" selected=true>{t("import.not_recognised")}</option> })}
                                            <option value="" selected=is("")>{t("import.leave_empty")}</option>
                                            {field
                                                .choices()
                                                .into_iter()
                                                .map(|k| view! { <option value=k selected=is(k)>{t(&format!("choice.{k}"))}</option> })
                                                .collect_view()}
                                        </select>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <p class="allowed">{tf("import.allowed_values", &[("values", &allowed.join(" · "))])}</p>
        {(unrecognised > 0).then(|| view! { <p class="warning">{tfn("import.values_unrecognised", &[("count", unrecognised)], &[])}</p> })}
        {(more > 0).then(|| view! { <p>{move || tfn("import.more_values", &[("count", more)], &[])}</p> })}
    }
    .into_any()
}

#[component]
fn TargetSelect(
    column: String,
    index: usize,
    current: ColumnTarget,
    update: impl Fn(Box<dyn FnOnce(&mut Session)>) + Copy + 'static,
) -> impl IntoView {
    let current_key = current.key();
    let options: Vec<(String, String)> = [("ignore".to_string(), t("import.target_ignore"))]
        .into_iter()
        .chain(
            Field::VARIANTS
                .iter()
                .copied()
                .map(|f| (format!("field:{}", f.key()), t(&f.label_key()))),
        )
        .chain([
            ("indicator".to_string(), t("import.target_indicator")),
            ("custom".to_string(), t("import.target_custom")),
        ])
        .collect();
    let label = tf("import.target_for", &[("column", &column)]);
    view! {
        <select
            aria-label=label
            on:change=move |ev| {
                let key = event_target_value(&ev);
                let column = column.clone();
                update(Box::new(move |s| {
                    if let Some(slot) = s.mapping.get_mut(index) {
                        *slot = ColumnTarget::from_key(&key, &column);
                    }
                }));
            }
        >
            {options
                .into_iter()
                .map(|(key, text)| {
                    let selected = key == current_key;
                    view! { <option value=key selected=selected>{text}</option> }
                })
                .collect_view()}
        </select>
    }
}

#[component]
fn PreviewTable(table: RawTable, mapping: Vec<ColumnTarget>) -> impl IntoView {
    let heading = |target: &ColumnTarget| match target {
        ColumnTarget::Ignore => t("import.target_ignore"),
        ColumnTarget::Field(f) => t(&f.label_key()),
        ColumnTarget::Indicator(name) => format!("{}: {name}", t("import.target_indicator")),
        ColumnTarget::Custom(name) => format!("{}: {name}", t("import.target_custom")),
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t("import.preview")>
            <table class="preview">
                <caption>{t("import.preview")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("import.line")}</th>
                        {mapping.iter().map(|m| view! { <th scope="col">{heading(m)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table
                        .rows
                        .iter()
                        .take(5)
                        .map(|r| {
                            view! {
                                <tr>
                                    <td>{r.line}</td>
                                    {(0..mapping.len())
                                        .map(|i| view! { <td>{r.cells.get(i).cloned().unwrap_or_default()}</td> })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn ReportView(
    report: Report,
    keep: RwSignal<HashSet<usize>>,
    session: RwSignal<Option<Session>>,
) -> impl IntoView {
    let on_fix = Callback::new(move |(line, column, text): (usize, usize, String)| {
        session.update(|s| {
            if let Some(s) = s {
                s.fix_cell(line, column, text);
            }
        });
    });
    view! {
        <section class="report" aria-labelledby="report-title">
            <h3 id="report-title">
                {tfn("import.summary", &[("good", report.good.len()), ("bad", report.bad_rows)], &[])}
            </h3>
            {(!report.disagreeing_revenue.is_empty())
                .then(|| {
                    let lines: Vec<String> = report.disagreeing_revenue.iter().take(20).map(ToString::to_string).collect();
                    view! { <p class="warning">{tf("import.revenue_disagrees", &[("lines", &lines.join(", "))])}</p> }
                })}
            <HeldTotalsTable held=report.held_totals keep=keep />
            <ProblemsTable problems=report.problems caption=t("import.problems") on_fix=on_fix />
        </section>
    }
}

/// A file picker that also takes a file dropped on it; the first file goes to `on_file`, and
/// the picker is emptied so that choosing the same file again reads it again.
#[component]
pub fn FileDrop(
    id: &'static str,
    accept: &'static str,
    pick_label: String,
    drop_hint: String,
    on_file: impl Fn(File) + Copy + 'static,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    // A file above LARGE_FILE_BYTES waits here (with its name and size shown) until the user
    // says to read it.
    let waiting = StoredValue::new_local(None::<File>);
    let large = RwSignal::new(None::<(String, f64)>);
    let offer = move |file: File| {
        let size = file.size();
        if size > LARGE_FILE_BYTES as f64 {
            large.set(Some((file.name(), size)));
            waiting.set_value(Some(file));
        } else {
            large.set(None);
            waiting.set_value(None);
            on_file(file);
        }
    };
    let read_large = move |_| {
        large.set(None);
        if let Some(file) = waiting.try_update_value(Option::take).flatten() {
            on_file(file);
        }
    };
    let skip_large = move |_| {
        large.set(None);
        waiting.set_value(None);
    };
    let on_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            offer(file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = dropped_file(&ev) {
            offer(file);
        }
    };
    view! {
        <div
            class="dropzone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label for=id>{pick_label}</label>
            <input id=id type="file" accept=accept on:change=on_pick />
            <p>{drop_hint}</p>
        </div>
        // Always in the page, hidden until a large file waits: the buttons keep the file
        // handler, which cannot move into a reactive child.
        <div class="banner warning large-file" hidden=move || large.with(Option::is_none)>
            <p role="alert">
                {move || {
                    large
                        .get()
                        .map(|(name, size)| {
                            let mb = |bytes: f64| format!("{:.0}", (bytes / 1e6).ceil());
                            let memory = read_memory_estimate(size as u64) as f64;
                            tf("import.large_file", &[("name", &name), ("size", &mb(size)), ("memory", &mb(memory))])
                        })
                        .unwrap_or_default()
                }}
            </p>
            <div class="buttons">
                <button on:click=read_large>{t("import.large_file_read")}</button>
                <button on:click=skip_large>{t("import.large_file_cancel")}</button>
            </div>
        </div>
    }
}

/// The text encoding a file is read in: a select of the likely encodings (the detected one
/// marked), a note when it is not UTF-8, and a warning with the count of characters that could
/// not be read. Shared by every import that reads a text file.
pub fn encoding_controls(
    id_prefix: &'static str,
    file: &TextFile,
    on_change: impl Fn(TextEncoding) + Copy + 'static,
) -> AnyView {
    let id = format!("{id_prefix}-encoding");
    let chosen = file.decoded.encoding;
    let detected = file.detected;
    let replaced = file.decoded.replaced;
    let name = |e: TextEncoding| {
        let base = if e.is_listed() {
            t(&format!("encoding.{}", e.slug()))
        } else {
            e.key().to_string()
        };
        if e == detected {
            tf("import.encoding_detected", &[("encoding", &base)])
        } else {
            base
        }
    };
    let chosen_name = name(chosen);
    view! {
        <div class="field">
            <label for=id.clone()>{t("import.encoding")}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(e) = TextEncoding::from_key(&event_target_value(&ev)) {
                        on_change(e);
                    }
                }
            >
                {file
                    .choices()
                    .into_iter()
                    .map(|e| view! { <option value=e.key() selected={ e == chosen }>{name(e)}</option> })
                    .collect_view()}
            </select>
        </div>
        {(replaced > 0)
            .then(|| {
                view! {
                    <p class="warning encoding-replaced">
                        {tfn("import.encoding_replaced", &[("count", replaced)], &[("encoding", &chosen_name)])}
                    </p>
                }
            })}
        {(replaced == 0 && chosen != TextEncoding::UTF_8)
            .then(|| view! { <p class="note">{tf("import.encoding_check", &[("encoding", &chosen_name)])}</p> })}
    }
    .into_any()
}

/// The order of a date column's year-last dates (day-month-year, month-day-year, or year first
/// only), as guessed from its values; says so when the values do not decide.
pub fn date_order_select(
    id: String,
    column: String,
    guess: DateOrderGuess,
    on_change: impl Fn(DateOrder) + Copy + 'static,
) -> AnyView {
    let label = tf("import.date_order_for", &[("column", &column)]);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(order) = DateOrder::from_key(&event_target_value(&ev)) {
                        on_change(order);
                    }
                }
            >
                {DateOrder::VARIANTS
                    .iter()
                    .map(|&o| {
                        view! {
                            <option value=o.key() selected={ o == guess.order }>
                                {t(&format!("import.date_order_is_{}", o.key()))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        {guess.ambiguous.then(|| view! { <p class="warning date-ambiguous">{tf("import.date_order_ambiguous", &[("column", &column)])}</p> })}
    }
    .into_any()
}

/// How a file is read: delimiter, decimal separator and header row. Shown with every import so
/// that nothing about the file is guessed silently; each change reports the new options.
#[component]
pub fn ReadOptionsControls(
    id_prefix: &'static str,
    options: CsvOptions,
    on_change: impl Fn(CsvOptions) + Copy + 'static,
) -> impl IntoView {
    let delimiter_id = format!("{id_prefix}-delimiter");
    let decimal_id = format!("{id_prefix}-decimal");
    let header_id = format!("{id_prefix}-header");
    let header_for = header_id.clone();
    view! {
        <div class="field">
            <label for=delimiter_id.clone()>{t("import.delimiter")}</label>
            <select
                id=delimiter_id
                on:change=move |ev| {
                    if let Some(delimiter) = Delimiter::from_key(&event_target_value(&ev)) {
                        on_change(CsvOptions { delimiter, ..options });
                    }
                }
            >
                {Delimiter::VARIANTS
                    .iter()
                    .map(|&d| {
                        view! {
                            <option value=d.key() selected=d == options.delimiter>
                                {t(&format!("import.delimiter_{}", d.key()))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=decimal_id.clone()>{t("import.decimal")}</label>
            <select
                id=decimal_id
                on:change=move |ev| {
                    let decimal = if event_target_value(&ev) == "comma" { DecimalSeparator::Comma } else { DecimalSeparator::Point };
                    on_change(CsvOptions { decimal, ..options });
                }
            >
                <option value="point" selected=options.decimal == DecimalSeparator::Point>{t("import.decimal_point")}</option>
                <option value="comma" selected=options.decimal == DecimalSeparator::Comma>{t("import.decimal_comma")}</option>
            </select>
        </div>
        <label class="check" for=header_for>
            <input
                id=header_id
                type="checkbox"
                prop:checked=options.has_header
                on:change=move |ev| on_change(CsvOptions { has_header: event_target_checked(&ev), ..options })
            />
            {t("import.has_header")}
        </label>
    }
}

/// Every bad cell of an import: line, column, what was expected and what was found. Lists the
/// first [`SHOWN_PROBLEMS`] and says how many more there are; nothing when there are none.
#[component]
pub fn ProblemsTable(
    problems: Vec<RowProblem>,
    #[prop(into)] caption: String,
    /// Takes a correction (line, column index, new text); without it the cells are not editable.
    #[prop(optional, into)]
    on_fix: Option<Callback<(usize, usize, String)>>,
) -> impl IntoView {
    let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
    (!problems.is_empty()).then(|| {
        let region_label = caption.clone();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=region_label>
                <table class="problems">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("import.line")}</th>
                            <th scope="col">{t("import.column")}</th>
                            <th scope="col">{t("import.expected")}</th>
                            <th scope="col">{t("import.found")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {problems
                            .iter()
                            .take(SHOWN_PROBLEMS)
                            .map(|p| {
                                view! {
                                    <tr>
                                        <td>{p.line}</td>
                                        <td>{p.column.clone()}</td>
                                        <td>{t(&p.expected)}</td>
                                        <td>{found_cell(p, on_fix)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            {(more > 0).then(|| view! { <p>{move || tfn("import.more_problems", &[("count", more)], &[])}</p> })}
        }
    })
}

/// What a problem found: an input to correct it when corrections are taken, else the text.
fn found_cell(p: &RowProblem, on_fix: Option<Callback<(usize, usize, String)>>) -> AnyView {
    match (on_fix, p.column_index) {
        (Some(on_fix), Some(column)) => {
            let line = p.line;
            let label = tf(
                "import.fix_cell",
                &[("line", &line.to_string()), ("column", &p.column)],
            );
            view! {
                <input
                    type="text"
                    class="fix-cell"
                    aria-label=label
                    placeholder=t("import.empty_cell")
                    value=p.found.clone()
                    on:change=move |ev| on_fix.run((line, column, event_target_value(&ev)))
                />
            }
            .into_any()
        }
        _ if p.found.is_empty() => t("import.empty_cell").into_any(),
        _ => p.found.clone().into_any(),
    }
}

/// The rows held back as likely totals, each with why and a box to keep it as a customer.
#[component]
fn HeldTotalsTable(held: Vec<HeldTotal>, keep: RwSignal<HashSet<usize>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let reason = |r: TotalReason| match r {
        TotalReason::TotalWord => t("import.total_reason_word"),
        TotalReason::SumOfOthers => t("import.total_reason_sum"),
    };
    (!held.is_empty()).then(|| {
        let caption = t("import.totals_caption");
        let region_label = caption.clone();
        view! {
            <p class="warning">{tfn("import.totals_held", &[("count", held.len())], &[])}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=region_label>
                <table class="held-totals">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("import.line")}</th>
                            <th scope="col">{t(&Field::Name.label_key())}</th>
                            <th scope="col">{t(&Field::RevenuePerYear.label_key())}</th>
                            <th scope="col">{t("import.total_reason")}</th>
                            <th scope="col">{t("import.keep_row_column")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {held
                            .iter()
                            .map(|h| {
                                let line = h.line;
                                let label = tf("import.keep_row", &[("line", &line.to_string())]);
                                let revenue = h.customer.revenue().map(|v| money(&state, v)).unwrap_or_default();
                                view! {
                                    <tr>
                                        <td>{line}</td>
                                        <td>{h.customer.name.clone()}</td>
                                        <td class="num">{revenue}</td>
                                        <td>{reason(h.reason)}</td>
                                        <td>
                                            <label class="check">
                                                <input
                                                    type="checkbox"
                                                    prop:checked=move || keep.with(|k| k.contains(&line))
                                                    on:change=move |ev| {
                                                        let on = event_target_checked(&ev);
                                                        keep.update(|k| {
                                                            if on {
                                                                k.insert(line);
                                                            } else {
                                                                k.remove(&line);
                                                            }
                                                        });
                                                    }
                                                />
                                                {label}
                                            </label>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Customer {
        Customer {
            name: name.into(),
            ..Customer::default()
        }
    }

    #[test]
    fn held_totals_are_imported_only_when_kept() {
        let report = Report {
            good: vec![named("Anna"), named("Bao")],
            held_totals: vec![HeldTotal {
                line: 4,
                reason: TotalReason::TotalWord,
                customer: named("Total"),
            }],
            ..Report::default()
        };
        let names = |keep: &[usize]| -> Vec<String> {
            let keep: HashSet<usize> = keep.iter().copied().collect();
            report
                .rows_to_import(&keep)
                .into_iter()
                .map(|c| c.name)
                .collect()
        };
        assert_eq!(names(&[]), vec!["Anna", "Bao"]);
        assert_eq!(names(&[4]), vec!["Anna", "Bao", "Total"]);
        // A kept line that is not a held total adds nothing.
        assert_eq!(names(&[2]), vec!["Anna", "Bao"]);
    }

    #[test]
    fn a_corrected_cell_is_read_at_the_next_check() {
        let text = "name;revenue\nAnna;zwölf\nBao;12\n";
        let mut s = Session::new("crm.csv".into(), text.as_bytes(), ChoiceMemory::default());
        let convert = |s: &Session| {
            let mut c = Converter::new(
                s.table.clone().unwrap(),
                s.mapping.clone(),
                s.readings(),
                HashSet::new(),
            )
            .unwrap();
            while !c.step(10) {}
            c
        };
        let before = convert(&s);
        assert_eq!(before.bad_rows, 1);
        let p = &before.problems[0];
        assert_eq!((p.line, p.column_index), (2, Some(1)));
        s.fix_cell(p.line, 1, "12.5".into());
        // The same text again is not a correction.
        s.fix_cell(p.line, 1, "12.5".into());
        assert_eq!(s.fixed_cells, 1);
        let after = convert(&s);
        assert_eq!(after.bad_rows, 0);
        assert_eq!(after.good[0].revenue_per_year, Some(12.5));
        // A new read of the file starts again from its text.
        s.reread();
        assert_eq!(s.fixed_cells, 0);
        assert_eq!(convert(&s).bad_rows, 1);
    }

    #[test]
    fn previews_write_percentages_with_the_decimals_they_have() {
        assert_eq!(exact_decimals(39.0), 0);
        assert_eq!(exact_decimals(18.5), 1);
        assert_eq!(exact_decimals(0.25), 2);
        assert_eq!(exact_decimals(100.0 / 3.0), 4);
    }
}
