//! Step 1 of the purchase-history view: a file in, its columns mapped (the suggestion shown,
//! never applied silently), every row checked, and the good rows used or nothing.

use super::{Checked, Loaded, Page, Source};
use crate::app::browser::{read_file, yield_now};
use crate::app::import::{
    date_order_select, encoding_controls, FileDrop, ProblemsTable, ReadOptionsControls,
};
use crate::app::messages::{Explain, Message};
use crate::app::state::AppState;
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::{Date, DateOrder, DateOrderGuess};
use crate::i18n::{t, tf, tfn};
use crate::io::csv_import::{read_table, sniff, CsvOptions, ReadError};
use crate::io::encoding::{TextEncoding, TextFile};
use crate::io::purchase_log::{
    check_log_mapping, suggest_date_order, suggest_log_mapping, LogConverter, LogField, LogKind,
    LogMappingError,
};
use crate::io::store::LOG_KEY;
use leptos::prelude::*;
use std::sync::Arc;

/// Rows converted between two paints of the progress bar.
const CHUNK_ROWS: usize = 5_000;
impl Source {
    fn new(file_name: String, bytes: &[u8]) -> Source {
        let file = TextFile::new(bytes);
        let options = sniff(file.text());
        let mut s = Source {
            file_name,
            file,
            options,
            kind: LogKind::Purchases,
            table: Err(ReadError::Empty),
            mapping: Vec::new(),
            date_order: DateOrderGuess {
                order: DateOrder::YearMonthDay,
                ambiguous: false,
            },
        };
        s.reread();
        // A file whose header names summary columns is a summary.
        if let Ok(table) = &s.table {
            if table.has_header
                && check_log_mapping(
                    &suggest_log_mapping(table, LogKind::Summary),
                    LogKind::Summary,
                )
                .is_ok()
            {
                s.kind = LogKind::Summary;
                s.reread();
            }
        }
        s
    }

    /// Re-reads the text after an option changed, and suggests the mapping afresh.
    fn reread(&mut self) {
        self.table = read_table(self.file.text(), &self.options);
        self.mapping = match &self.table {
            Ok(table) => suggest_log_mapping(table, self.kind),
            Err(_) => Vec::new(),
        };
        self.guess_date_order();
    }

    /// Guesses the date order afresh from the column now mapped to the date.
    fn guess_date_order(&mut self) {
        if let Ok(table) = &self.table {
            self.date_order = suggest_date_order(table, &self.mapping);
        }
    }

    /// Reads the file's bytes again in another encoding, guesses the options afresh and
    /// re-reads.
    fn set_encoding(&mut self, encoding: TextEncoding) {
        self.file.set_encoding(encoding);
        self.options = sniff(self.file.text());
        self.reread();
    }
}

fn field_name(field: LogField) -> String {
    t(&format!("history.field_{}", field.key()))
}

/// Today's date from the browser's clock.
pub(super) fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

#[component]
pub(super) fn ImportStep(page: Page) -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = page;
    let cancel = RwSignal::new(false);

    let accept_file = move |file: web_sys::File| {
        let name = file.name();
        p.file_error.set(None);
        p.checked.set(None);
        p.source.set(None);
        leptos::task::spawn_local(async move {
            match read_file(file).await {
                Ok(bytes) => p.source.set(Some(Source::new(name, &bytes))),
                Err(e) => p.file_error.set(Some(
                    Message::new("history.read_failed", &[]).explaining("reason", e),
                )),
            }
        });
    };
    let check_rows = move |_| {
        let Some(s) = p.source.get_untracked() else {
            return;
        };
        let Ok(table) = s.table else { return };
        let Ok(converter) = LogConverter::new(table, &s.mapping, s.kind, s.options.decimal) else {
            return;
        };
        let mut converter = converter.with_date_order(s.date_order.order);
        cancel.set(false);
        p.checked.set(None);
        let file_name = s.file_name;
        let kind = s.kind;
        leptos::task::spawn_local(async move {
            let total = converter.total_rows();
            p.checking.set(Some((0, total)));
            loop {
                let done = converter.step(CHUNK_ROWS);
                p.checking.set(Some((converter.done_rows(), total)));
                if done {
                    break;
                }
                yield_now().await;
                if cancel.try_get_untracked().unwrap_or(true) {
                    p.checking.set(None);
                    state.announce(Message::new("history.check_cancelled", &[]));
                    return;
                }
            }
            p.checking.set(None);
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
        });
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
            <h3 id="history-import-title">{t("history.import_title")}</h3>
            <p>{t("history.import_intro")}</p>
            <FileDrop
                id="history-file"
                accept=".csv,.tsv,.txt,text/csv,text/plain"
                pick_label=t("history.pick")
                drop_hint=t("history.drop")
                on_file=accept_file
            />
            <p class="field-error" role="alert">{move || p.file_error.with(|m| m.as_ref().map(Message::text)).unwrap_or_default()}</p>
            {move || p.source.get().map(|s| view! { <MappingStep source=s page=p /> })}
            <Show when=move || p.checking.with(Option::is_some)>
                <div class="progress">
                    <label for="history-check-progress">{t("history.checking")}</label>
                    <progress
                        id="history-check-progress"
                        max=move || p.checking.get().map_or(1, |c| c.1.max(1)).to_string()
                        value=move || p.checking.get().map_or(0, |c| c.0).to_string()
                    ></progress>
                    <button on:click=move |_| cancel.set(true)>{t("history.cancel_check")}</button>
                </div>
            </Show>
            <Show when=move || p.source.with(Option::is_some) && p.checking.with(Option::is_none)>
                <div class="buttons">
                    <button
                        on:click=check_rows
                        disabled=move || {
                            p.source.with(|s| s.as_ref().is_none_or(|s| s.table.is_err() || check_log_mapping(&s.mapping, s.kind).is_err()))
                        }
                    >
                        {t("history.check")}
                    </button>
                    <button on:click=use_nothing>{t("history.cancel")}</button>
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
                    <button on:click=use_nothing>{t("history.use_nothing")}</button>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn MappingStep(source: Source, page: Page) -> impl IntoView {
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
    let kind = source.kind;
    let mapping_error = check_log_mapping(&source.mapping, kind).err();
    let headerless_log = kind == LogKind::Purchases && !options.has_header;
    let date_order = source.date_order;
    view! {
        <section class="mapping" aria-labelledby="history-mapping-title">
            <h4 id="history-mapping-title">{tf("history.mapping_title", &[("file", &source.file_name)])}</h4>
            <div class="toolbar">
                {encoding_controls(
                    "history",
                    &source.file,
                    move |encoding| update(Box::new(move |s| s.set_encoding(encoding))),
                )}
                <div class="field">
                    <label for="history-kind">{t("history.kind")}</label>
                    <select
                        id="history-kind"
                        on:change=move |ev| {
                            if let Some(k) = LogKind::from_key(&event_target_value(&ev)) {
                                update(Box::new(move |s| {
                                    s.kind = k;
                                    s.reread();
                                }));
                            }
                        }
                    >
                        {LogKind::VARIANTS
                            .iter()
                            .map(|&k| view! { <option value=k.key() selected=k == kind>{t(&format!("history.kind_{}", k.key()))}</option> })
                            .collect_view()}
                    </select>
                </div>
                <ReadOptionsControls
                    id_prefix="history"
                    options=options
                    on_change=move |new: CsvOptions| {
                        update(Box::new(move |s| {
                            s.options = new;
                            s.reread();
                        }))
                    }
                />
            </div>
            {match source.table {
                Err(e) => view! { <p class="field-error" role="alert">{tf("import.unreadable", &[("reason", &e.explain())])}</p> }.into_any(),
                Ok(table) => {
                    let mapping = source.mapping.clone();
                    let fields = kind.fields();
                    let date_column = mapping
                        .iter()
                        .position(|m| *m == Some(LogField::Date))
                        .and_then(|i| table.columns.get(i).cloned());
                    view! {
                        <p>{tfn("import.rows_found", &[("count", table.rows.len())], &[])}</p>
                        {headerless_log.then(|| view! { <p class="note">{t("history.suggestion_note")}</p> })}
                        <table class="mapping-table">
                            <caption>{t("history.mapping_caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("import.column")}</th>
                                    <th scope="col">{t("import.examples")}</th>
                                    <th scope="col">{t("history.holds")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {table
                                    .columns
                                    .iter()
                                    .enumerate()
                                    .map(|(i, column)| {
                                        let examples: Vec<String> = table.rows.iter().take(3).filter_map(|r| r.cells.get(i).cloned()).collect();
                                        let current = mapping.get(i).copied().flatten();
                                        let label = tf("history.holds_for", &[("column", column)]);
                                        view! {
                                            <tr>
                                                <th scope="row">{column.clone()}</th>
                                                <td>{examples.join(" · ")}</td>
                                                <td>
                                                    <select
                                                        aria-label=label
                                                        on:change=move |ev| {
                                                            let field = LogField::from_key(&event_target_value(&ev));
                                                            update(Box::new(move |s| {
                                                                let was_date = s.mapping.get(i) == Some(&Some(LogField::Date));
                                                                if let Some(slot) = s.mapping.get_mut(i) {
                                                                    *slot = field;
                                                                }
                                                                if was_date || field == Some(LogField::Date) {
                                                                    s.guess_date_order();
                                                                }
                                                            }));
                                                        }
                                                    >
                                                        <option value="ignore" selected=current.is_none()>{t("import.target_ignore")}</option>
                                                        {fields
                                                            .iter()
                                                            .map(|&f| view! { <option value=f.key() selected=current == Some(f)>{field_name(f)}</option> })
                                                            .collect_view()}
                                                    </select>
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                        {date_column.map(|column| {
                            view! {
                                <div class="toolbar">
                                    {date_order_select("history-date-order".to_string(), column, date_order, move |order| {
                                        update(Box::new(move |s| {
                                            s.date_order = DateOrderGuess { order, ambiguous: false };
                                        }))
                                    })}
                                </div>
                            }
                        })}
                    }
                    .into_any()
                }
            }}
            {mapping_error.map(|e| {
                let text = match e {
                    LogMappingError::Missing(f) => tf("history.mapping_missing", &[("field", &field_name(f))]),
                    LogMappingError::Twice(f) => tf("history.mapping_twice", &[("field", &field_name(f))]),
                };
                view! { <p class="field-error" role="alert">{text}</p> }
            })}
        </section>
    }
}

#[component]
fn CheckReport(checked: Checked) -> impl IntoView {
    view! {
        <section class="report" aria-labelledby="history-report-title">
            <h4 id="history-report-title">
                {tfn("history.check_summary", &[("good", checked.good), ("bad", checked.bad_rows)], &[])}
            </h4>
            <ProblemsTable problems=checked.problems.clone() caption=t("history.problems") />
        </section>
    }
}
