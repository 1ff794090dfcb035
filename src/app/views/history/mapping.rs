//! Step 1 of the purchase-history view: a file in, its columns mapped (the suggestion shown,
//! never applied silently), every row checked, and the good rows used or nothing.

use super::{Checked, Loaded, Page, Source};
use crate::app::browser::read_file;
use crate::app::import::{
    change_encoding, date_order_select, decoding_of, encoding_controls, focus_mapping_problem,
    mapping_table, read_in_slices, run_check, unreadable, CheckProgress, FileDrop, ProblemsTable,
    ReadOptionsControls, ReadProgress, Reading,
};
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::DateOrderGuess;
use crate::i18n::{t, tf, tfn};
use crate::io::csv_import::CsvOptions;
use crate::io::import_session::LogImport;
use crate::io::purchase_log::{LogField, LogKind};
use crate::io::store::LOG_KEY;
use leptos::prelude::*;
use std::sync::Arc;

/// Rows converted between two paints of the progress bar.
const CHUNK_ROWS: usize = 5_000;

#[component]
pub(super) fn ImportStep(page: Page) -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = page;
    let cancel = RwSignal::new(false);
    let reading: Reading = RwSignal::new(None);
    let read_run = RwSignal::new(0u64);

    let accept_file = move |file: web_sys::File| {
        let name = file.name();
        p.file_error.set(None);
        p.checked.set(None);
        p.source.set(None);
        let mine = read_run.get_untracked() + 1;
        read_run.set(mine);
        reading.set(None);
        leptos::task::spawn_local(async move {
            let bytes = match read_file(file).await {
                Ok(bytes) => bytes,
                Err(e) => {
                    return p.file_error.set(Some(
                        Message::new("history.read_failed", &[]).explaining("reason", e),
                    ))
                }
            };
            let current = move || read_run.try_get_untracked() == Some(mine);
            let decoding = match decoding_of(bytes).await {
                Ok(decoding) => decoding,
                Err(why) => {
                    return p.file_error.set(Some(
                        Message::new("history.read_failed", &[]).explaining("reason", why),
                    ))
                }
            };
            let start = Source::start_log_decoding(name, decoding);
            match read_in_slices(start, reading, cancel, current).await {
                Some(source) => p.source.set(Some(source.as_summary_if_named())),
                None if current() => {
                    state.announce(Message::new("import.reading_cancelled", &[]));
                }
                None => {}
            }
        });
    };
    let check_rows = move |_| {
        // With a column still to choose, the rows cannot be checked: the focus goes to its
        // drop-down, where the page says which.
        if p.source
            .with_untracked(|s| s.as_ref().is_some_and(focus_mapping_problem))
        {
            return;
        }
        let Some((converter, file_name, kind)) = p.source.with_untracked(|s| {
            let s = s.as_ref()?;
            Some((s.start_check(())?, s.file_name.clone(), s.kind.log_kind))
        }) else {
            return;
        };
        p.checked.set(None);
        run_check(
            converter,
            CHUNK_ROWS,
            p.checking,
            cancel,
            move || state.announce(Message::new("history.check_cancelled", &[])),
            move |converter| {
                let (data, good) = match kind {
                    LogKind::Purchases => {
                        let n = converter.purchases.len();
                        (Loaded::Log(Arc::new(converter.purchases)), n)
                    }
                    LogKind::Summary => {
                        let n = converter.summary.len();
                        (Loaded::Summary(Arc::new(converter.summary)), n)
                    }
                };
                let bad = converter.bad_rows;
                state.announce(
                    Message::new("history.check_summary", &[])
                        .counting("good", good)
                        .counting("bad", bad),
                );
                p.checked.set(Some(Checked {
                    file_name,
                    data,
                    good,
                    problems: converter.problems,
                    bad_rows: bad,
                }));
            },
        );
    };

    let use_good = move |_| {
        let Some(c) = p.checked.get_untracked() else {
            return;
        };
        let name = c
            .file_name
            .rsplit_once('.')
            .map_or(c.file_name.as_str(), |(b, _)| b)
            .to_string();
        p.use_data(name, c.data);
        // Kept for the next visit; a refusal is said like any other save.
        if let Some(json) = p.kept_json() {
            state.keep_document(LOG_KEY, &json);
        }
        p.source.set(None);
        p.checked.set(None);
        state.announce(Message::new("history.used", &[]).counting("count", c.good));
    };
    let use_nothing = move |_| {
        cancel.set(true);
        p.source.set(None);
        p.checked.set(None);
        p.checking.set(None);
        state.announce(Message::new("history.used_nothing", &[]));
    };

    view! {
        <section aria-labelledby="history-import-title">
            <h3 id="history-import-title">{move || t("history.import_title")}</h3>
            <p>{move || t("history.import_intro")}</p>
            <FileDrop
                id="history-file"
                accept=".csv,.tsv,.txt,text/csv,text/plain"
                pick_label=move || t("history.pick")
                drop_hint=move || t("history.drop")
                on_file=accept_file
            />
            <p class="field-error" role="alert">{move || p.file_error.with(|m| m.as_ref().map(Message::text)).unwrap_or_default()}</p>
            {move || p.source.with(|s| s.as_ref().map(|s| mapping_step(s, p)))}
            <ReadProgress id="history-reading" progress=reading cancel=cancel />
            <CheckProgress id="history-check-progress" label="history.checking" cancel_label="history.cancel_check" progress=p.checking cancel=cancel />
            <Show when=move || p.source.with(Option::is_some) && p.checking.with(Option::is_none)>
                <div class="buttons">
                    <button on:click=check_rows disabled=move || !p.source.with(|s| s.as_ref().is_some_and(|s| s.table.is_ok()))>
                        {move || t("history.check")}
                    </button>
                    <button on:click=use_nothing>{move || t("history.cancel")}</button>
                </div>
            </Show>
            {move || p.checked.get().map(|c| view! { <CheckReport checked=c /> })}
            <Show when=move || p.checked.with(Option::is_some)>
                <div class="buttons">
                    <button
                        class="primary"
                        on:click=use_good
                        disabled=move || p.checked.with(|c| c.as_ref().is_none_or(|c| c.good == 0))
                    >
                        {move || tfn("history.use_good", &[("count", p.checked.with(|c| c.as_ref().map_or(0, |c| c.good)))], &[])}
                    </button>
                    <button on:click=use_nothing>{move || t("history.use_nothing")}</button>
                </div>
            </Show>
        </section>
    }
}

/// The mapping step for the log as it stands, built from a borrow: a copy of a large log's
/// session (its bytes, text and every row) on each redraw cost more than the step itself.
fn mapping_step(source: &Source, page: Page) -> impl IntoView {
    let p = page;
    let update = move |change: Box<dyn FnOnce(&mut Source)>| {
        p.checked.set(None);
        p.source.update(|s| {
            if let Some(s) = s {
                change(s);
            }
        });
    };
    let options = source.options;
    let kind = source.kind.log_kind;
    let headerless_log = kind == LogKind::Purchases && !options.has_header;
    let date_order = source.kind.date_order;
    let file_name = source.file_name.clone();
    view! {
        <section class="mapping" aria-labelledby="history-mapping-title">
            <h4 id="history-mapping-title">{move || tf("history.mapping_title", &[("file", &file_name)])}</h4>
            <div class="toolbar">
                {encoding_controls(
                    "history",
                    &source.file,
                    move |encoding| {
                        change_encoding(
                            p.source,
                            encoding,
                            update,
                            move |why| {
                                p.file_error.set(Some(
                                    Message::new("history.read_failed", &[]).explaining("reason", why),
                                ))
                            },
                        )
                    },
                )}
                <div class="field">
                    <label for="history-kind">{move || t("history.kind")}</label>
                    <select
                        id="history-kind"
                        on:change=move |ev| {
                            if let Some(k) = LogKind::from_key(&event_target_value(&ev)) {
                                update(Box::new(move |s| s.set_kind(LogImport::new(k))));
                            }
                        }
                    >
                        {LogKind::VARIANTS
                            .iter()
                            .map(|&k| view! { <option value=k.key() selected=k == kind>{move || t(&format!("history.kind_{}", k.key()))}</option> })
                            .collect_view()}
                    </select>
                </div>
                <ReadOptionsControls
                    id_prefix="history"
                    options=options
                    on_change=move |new: CsvOptions| update(Box::new(move |s| s.set_options(new)))
                />
            </div>
            {match &source.table {
                Err(e) => unreadable(e),
                Ok(table) => {
                    let rows = table.rows.len();
                    let date_column = source
                        .mapping()
                        .iter()
                        .position(|m| *m == Some(LogField::Date))
                        .and_then(|i| table.columns.get(i).cloned());
                    view! {
                        <p>{move || tfn("import.rows_found", &[("count", rows)], &[])}</p>
                        {headerless_log.then(|| view! { <p class="note">{move || t("history.suggestion_note")}</p> })}
                        {mapping_table(
                            source,
                            table,
                            move |i, field| update(Box::new(move |s| s.set_target(i, field))),
                        )}
                        {date_column.map(|column| {
                            view! {
                                <div class="toolbar">
                                    {date_order_select("history-date-order".to_string(), column, date_order, move |order| {
                                        update(Box::new(move |s| {
                                            s.kind.date_order = DateOrderGuess { order, ambiguous: false };
                                        }))
                                    })}
                                </div>
                            }
                        })}
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn CheckReport(checked: Checked) -> impl IntoView {
    let (good, bad) = (checked.good, checked.bad_rows);
    view! {
        <section class="report" aria-labelledby="history-report-title">
            <h4 id="history-report-title">
                {move || tfn("history.check_summary", &[("good", good), ("bad", bad)], &[])}
            </h4>
            <ProblemsTable problems=checked.problems caption="history.problems" />
        </section>
    }
}
