//! Import (CSV with a mapping step and a row report, or a JSON list) and export.

mod check;
mod controls;
mod export;
mod json;
mod mapping;
mod mapping_table;
mod readings;
mod report;

pub use check::{read_in_slices, run_check, CheckProgress, Checking, ReadProgress, Reading};
pub use controls::{
    change_encoding, date_order_select, decoding_of, encoding_controls, unreadable, FileDrop,
    ReadOptionsControls,
};
pub use export::export_current_list;
pub use mapping_table::{focus_mapping_problem, mapping_table};
pub use report::ProblemsTable;

use crate::app::browser::{read_file, yield_now, File, Measure};
use crate::app::messages::Message;
use crate::app::state::{list_name, AppState};
use crate::app::storage::preparing_save;
use crate::app::views::history::HistoryPage;
use crate::engine::analysis::ANALYSIS_STAGES;
use crate::engine::model::Customer;
use crate::i18n::{choice_labels, t, tfn};
use crate::io::import_session::{CustomerCheckInput, CustomerImport, ImportSession};
use crate::io::json_lists::ListsRead;
use crate::lists::{ChoiceMemory, CustomerList};
use leptos::prelude::*;
use report::Report;
use std::collections::HashSet;

/// Rows converted between two paints of the progress bar.
const CHUNK_ROWS: usize = 2_000;

/// Rows from which a new list is analysed in steps before it is shown: natively 5,000
/// customers take about 10 ms to analyse, in the page two or three times that, so a smaller
/// list is analysed in one task with the page drawn, and a larger one a stage at a time.
const ANALYSED_IN_STEPS_FROM: usize = 5_000;

/// What an import confirms, from the name and the count of customers of the list it added.
type Confirmation = Box<dyn FnOnce(&str, usize) -> Message>;

/// The list an import just added (the open one): its name and its count of customers.
fn added_list(state: &AppState) -> Option<(String, usize)> {
    state
        .workspace
        .with_untracked(|w| w.current().map(|l| (list_name(l), l.customers.len())))
}

/// A customer list being mapped.
type Session = ImportSession<CustomerImport>;

/// A change to the session being mapped (the report of an earlier check is dropped with it).
type Change = Callback<Box<dyn FnOnce(&mut Session)>>;

/// The import wizard's state, made once for the page (see [`crate::app::App`]) and provided
/// as a context: a change of language draws the page anew, and a half-done column mapping
/// stays as it was.
#[derive(Clone, Copy)]
pub struct ImportPage {
    session: RwSignal<Option<Session>>,
    report: RwSignal<Option<Report>>,
    /// Lines of the held total rows the user keeps.
    keep: RwSignal<HashSet<usize>>,
    progress: Checking,
    cancel: RwSignal<bool>,
    /// How many stages of a large new list's analysis are done, while it runs.
    analysing: Checking,
    /// The user stopped the analysis shown (of its own: stopping a file's reading or check
    /// must not stop an import already under way, nor the reverse).
    analysis_cancel: RwSignal<bool>,
    /// The number of the latest import analysed in steps: only it shows its progress.
    analysis_run: RwSignal<u64>,
    /// How far the file being opened is read.
    reading: Reading,
    /// The number of the latest file picked: an older file still being read is dropped.
    read_run: RwSignal<u64>,
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
        analysing: RwSignal::new(None),
        analysis_cancel: RwSignal::new(false),
        analysis_run: RwSignal::new(0),
        reading: RwSignal::new(None),
        read_run: RwSignal::new(0),
        file_error: RwSignal::new(None),
        done: RwSignal::new(None),
    });
}

/// The list an import not into the open list makes, with the words its mapping learnt.
fn new_list(name: String, rows: Vec<Customer>, choice_words: ChoiceMemory) -> CustomerList {
    let mut list = CustomerList::new(String::new(), name);
    list.append(rows);
    list.choice_words = choice_words;
    list
}

#[component]
pub fn ImportExport() -> impl IntoView {
    view! {
        <ImportSection />
        <export::ExportSection />
    }
}

#[component]
fn ImportSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let history = use_context::<HistoryPage>();
    let page = expect_context::<ImportPage>();
    let ImportPage {
        session,
        report,
        keep,
        progress,
        cancel,
        analysing,
        analysis_cancel,
        analysis_run,
        reading,
        read_run,
        file_error,
        done,
    } = page;
    let confirm = move |message: Message| {
        state.announce(message.clone());
        done.set(Some(message));
    };

    // A new list analysed a stage a task before it joins the lists, with its progress and a
    // cancel; `made` makes it (after a yield: the page is drawn without the step that led
    // here first), `confirmation` what to confirm from the name and the count of customers of
    // the list as added.
    let add_in_steps = move |made: Box<dyn FnOnce() -> CustomerList>,
                             confirmation: Confirmation| {
        let mine = analysis_run.get_untracked() + 1;
        analysis_run.set(mine);
        let latest = move || analysis_run.try_get_untracked() == Some(mine);
        analysis_cancel.set(false);
        analysing.set(Some((0, ANALYSIS_STAGES)));
        // Counted as saving until the list joins the lists and is saved: a tab closed
        // meanwhile is warned that the import would be lost.
        let preparing = preparing_save();
        leptos::task::spawn_local(async move {
            let _preparing = preparing;
            yield_now().await;
            let added = state
                .add_analysed_in_steps(
                    made(),
                    move |stages| {
                        if latest() {
                            analysing.try_set(Some((stages, ANALYSIS_STAGES)));
                        }
                    },
                    move || latest() && analysis_cancel.try_get_untracked().unwrap_or(true),
                )
                .await;
            if latest() {
                analysing.try_set(None);
            }
            match added {
                Some(_) => {
                    if let Some((name, count)) = added_list(&state) {
                        confirm(confirmation(&name, count));
                    }
                }
                None => confirm(Message::new("import.analysis_cancelled", &[])),
            }
        });
    };

    let accept_file = move |file: File| {
        let name = file.name();
        file_error.set(None);
        done.set(None);
        report.set(None);
        session.set(None);
        let mine = read_run.get_untracked() + 1;
        read_run.set(mine);
        reading.set(None);
        let not_read = move |why: String| {
            file_error.set(Some(
                Message::new("import.read_failed", &[]).explaining("reason", why),
            ));
        };
        leptos::task::spawn_local(async move {
            let reading_bytes = Measure::start("vp:import-read-file");
            let bytes = match read_file(file).await {
                Ok(b) => b,
                Err(why) => return not_read(why),
            };
            drop(reading_bytes);
            let current = move || read_run.try_get_untracked() == Some(mine);
            // Another file chosen while this one was read takes over.
            if !current() {
                return;
            }
            if json::looks_json(&name, &bytes) {
                let read = {
                    let _timing = Measure::start("vp:import-json");
                    json::read_json(bytes, reading, cancel, current).await
                };
                match read {
                    None => {
                        if current() {
                            state.announce(Message::new("import.reading_cancelled", &[]));
                        }
                    }
                    Some(Err(message)) => file_error.set(Some(message)),
                    Some(Ok(ListsRead { mut lists, log }))
                        if lists.len() == 1
                            && lists[0].customers.len() >= ANALYSED_IN_STEPS_FROM =>
                    {
                        let list = lists.remove(0);
                        // A backup's purchase log is restored once its list has joined.
                        add_in_steps(
                            Box::new(move || list),
                            Box::new(move |name, customers| {
                                let restored = json::restore_log(&state, history, log);
                                json::json_confirmation(1, name, customers, restored)
                            }),
                        );
                    }
                    Some(Ok(read)) => confirm(json::add_json_lists(&state, history, read)),
                }
                return;
            }
            let memory = state.workspace.with_untracked(|w| {
                w.current()
                    .map(|l| l.choice_words.clone())
                    .unwrap_or_default()
            });
            let opened = {
                // The time from the first slice to the last, the yields between them included.
                let _timing = Measure::start("vp:import-open");
                let decoding = match decoding_of(bytes).await {
                    Ok(decoding) => decoding,
                    Err(why) => return not_read(why),
                };
                let start = Session::start_decoding(name, decoding, CustomerImport::new(memory));
                read_in_slices(start, reading, cancel, current).await
            };
            let Some(opened) = opened else {
                if current() {
                    state.announce(Message::new("import.reading_cancelled", &[]));
                }
                return;
            };
            let _timing = Measure::start("vp:import-show-mapping");
            session.set(Some(opened));
        });
    };

    let check_rows = move || {
        // With a column still to choose, the rows cannot be checked: the focus goes to its
        // drop-down, where the page says which.
        if session.with_untracked(|s| s.as_ref().is_some_and(focus_mapping_problem)) {
            return;
        }
        let into_current = session.with_untracked(|s| s.as_ref().map(|s| s.kind.into_current));
        let Some(into_current) = into_current else {
            return;
        };
        let taken_ids = if into_current {
            state
                .workspace
                .with_untracked(|w| w.current().map(CustomerList::ids).unwrap_or_default())
        } else {
            HashSet::new()
        };
        let input = CustomerCheckInput {
            taken_ids,
            labels: choice_labels().clone(),
        };
        let mut converter = None;
        // Untracked: the mapping step, drawn from the session, reads every cell of its choice
        // columns (100,000 rows each) when drawn again, and nothing it shows changes here. The
        // count of fixed cells is shown only beside the report, which is told below.
        session.update_untracked(|s| {
            if let Some(s) = s {
                s.fixed_cells = 0;
                converter = s.start_check(input);
            }
        });
        let Some(converter) = converter else { return };
        report.set(None);
        keep.set(HashSet::new());
        run_check(
            converter,
            CHUNK_ROWS,
            progress,
            cancel,
            move || state.announce(Message::new("import.cancelled", &[])),
            move |converter| {
                let r = Report::from(converter);
                state.announce(
                    Message::new("import.summary", &[])
                        .counting("good", r.good.len())
                        .counting("bad", r.bad_rows),
                );
                report.set(Some(r));
            },
        );
    };

    let import_good = move |_| {
        if !(session.with_untracked(Option::is_some) && report.with_untracked(Option::is_some)) {
            return;
        }
        // Taken out of their signals, not copied: the file's text and table and the checked
        // rows held twice more at once made the page's peak memory. The signals are told below.
        let s = session.try_update_untracked(Option::take).flatten();
        let r = report.try_update_untracked(Option::take).flatten();
        let (Some(mut s), Some(r)) = (s, r) else {
            return;
        };
        let base = s
            .file_name
            .rsplit_once('.')
            .map_or(s.file_name.as_str(), |(b, _)| b)
            .to_string();
        let into_current = s.kind.into_current;
        let memory = std::mem::take(&mut s.kind.memory);
        drop(s);
        session.set(None);
        if !into_current && r.good.len() >= ANALYSED_IN_STEPS_FROM {
            report.set(None);
            add_in_steps(
                Box::new(move || new_list(base, keep.with_untracked(|k| r.into_rows(k)), memory)),
                Box::new(|_, count| Message::new("import.done", &[]).counting("count", count)),
            );
            return;
        }
        let rows = keep.with_untracked(|k| r.into_rows(k));
        let count = rows.len();
        if into_current {
            state.let_go_of_analysis_ahead();
            state.edit_workspace_saved_next(
                |w| {
                    let list = w.current_mut()?;
                    list.append(rows);
                    list.choice_words.merge(&memory);
                    Some(list.id.clone())
                },
                |id| id.iter().cloned().collect(),
            );
        } else {
            let list = new_list(base, rows, memory);
            state.edit_workspace_saved_next(|w| w.add(list), |id| vec![id.clone()]);
        }
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

    view! {
        <section aria-labelledby="import-title">
            <h2 id="import-title">{move || t("import.title")}</h2>
            <p>{move || t("import.intro")}</p>
            <FileDrop
                id="import-file"
                accept=".csv,.tsv,.txt,.json,text/csv,application/json"
                pick_label=move || t("import.pick")
                drop_hint=move || t("import.drop")
                on_file=accept_file
            />
            <p class="field-error" role="alert">{move || file_error.with(|m| m.as_ref().map(Message::text)).unwrap_or_default()}</p>
            {move || done.with(|m| m.as_ref().map(Message::text)).map(|message| view! { <p class="banner info import-done">{message}</p> })}
            {move || session.with(|s| s.as_ref().map(|s| mapping::mapping_step(s, session, report, file_error)))}
            <ReadProgress id="import-reading" progress=reading cancel=cancel />
            <CheckProgress id="import-progress" label="import.checking" cancel_label="import.cancel_check" progress=progress cancel=cancel counted="import.progress" />
            <CheckProgress id="import-analysing" label="import.analysing" cancel_label="import.cancel_analysis" progress=analysing cancel=analysis_cancel counted="import.analysis_progress" />
            <Show when=move || session.with(Option::is_some) && progress.with(Option::is_none)>
                <div class="buttons">
                    <button on:click=move |_| check_rows() disabled=move || !session.with(|s| s.as_ref().is_some_and(|s| s.table.is_ok()))>
                        {move || t("import.check")}
                    </button>
                    <button on:click=import_nothing>{move || t("import.cancel")}</button>
                </div>
            </Show>
            {move || {
                report
                    .with(|r| {
                        r.as_ref()
                            .map(|r| {
                                view! {
                                    <report::ReportView
                                        good=r.good.len()
                                        bad=r.bad_rows
                                        disagreeing_revenue=r.disagreeing_revenue.clone()
                                        spend_below_revenue=r.spend_below_revenue.clone()
                                        held_totals=r.held_totals.clone()
                                        problems=r.problems.clone()
                                        keep=keep
                                        session=session
                                    />
                                }
                            })
                    })
            }}
            <Show when=move || { report.with(Option::is_some) && session.with(|s| s.as_ref().is_some_and(|s| s.fixed_cells > 0)) }>
                <p class="warning" role="status">
                    {move || {
                        let n = session.with(|s| s.as_ref().map_or(0, |s| s.fixed_cells));
                        tfn("import.fixed_cells", &[("count", n)], &[])
                    }}
                </p>
                <div class="buttons">
                    <button class="primary" on:click=move |_| check_rows()>{move || t("import.check_again")}</button>
                </div>
            </Show>
            <Show when=move || report.with(Option::is_some)>
                <div class="buttons">
                    <button class="primary" on:click=import_good disabled=move || { import_count() == 0 }>
                        {move || tfn("import.import_good", &[("count", import_count())], &[])}
                    </button>
                    <button on:click=import_nothing>{move || t("import.import_nothing")}</button>
                </div>
            </Show>
        </section>
    }
}
