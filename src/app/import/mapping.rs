//! The customer-list import's mapping step: how the file is read, what each column holds, how
//! its values are read, and a preview of the first rows.

use super::controls::{change_encoding, encoding_controls, unreadable, ReadOptionsControls};
use super::mapping_table::mapping_table;
use super::readings::value_readings;
use super::report::Report;
use super::{Change, Session};
use crate::app::messages::Message;
use crate::i18n::{t, tf, tfn};
use crate::io::csv_import::{ColumnTarget, CsvOptions, RawRow};
use leptos::prelude::*;

/// The step for the session as it stands; built from a borrow of the session (the page redraws
/// the step when the session changes), since a copy of a 100,000-row session is megabytes.
pub(super) fn mapping_step(
    session: &Session,
    set_session: RwSignal<Option<Session>>,
    report: RwSignal<Option<Report>>,
    file_error: RwSignal<Option<Message>>,
) -> impl IntoView {
    let update: Change = Change::new(move |change| {
        report.set(None);
        set_session.update(|s| {
            if let Some(s) = s {
                change(s);
            }
        });
    });
    let options = session.options;
    let file_name = session.file_name.clone();
    let into_current = session.kind.into_current;
    view! {
        <section class="mapping" aria-labelledby="mapping-title">
            <h3 id="mapping-title">{move || tf("import.mapping_title", &[("file", &file_name)])}</h3>
            <div class="toolbar">
                {encoding_controls(
                    "import",
                    &session.file,
                    move |encoding| {
                        change_encoding(
                            set_session,
                            encoding,
                            move |change| update.run(change),
                            move |why| {
                                file_error.set(Some(
                                    Message::new("import.read_failed", &[]).explaining("reason", why),
                                ))
                            },
                        )
                    },
                )}
                <ReadOptionsControls
                    id_prefix="import"
                    options=options
                    on_change=move |new: CsvOptions| update.run(Box::new(move |s| s.set_options(new)))
                />
                <label class="check" for="import-into-current">
                    <input
                        id="import-into-current"
                        type="checkbox"
                        prop:checked=into_current
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            update.run(Box::new(move |s| s.kind.into_current = on));
                        }
                    />
                    {move || t("import.into_current")}
                </label>
            </div>
            {match &session.table {
                Err(e) => unreadable(e),
                Ok(table) => {
                    let rows = table.rows.len();
                    view! {
                        <p>{move || tfn("import.rows_found", &[("count", rows)], &[])}</p>
                        {mapping_table(
                            session,
                            table,
                            move |i, target| update.run(Box::new(move |s| s.set_target(i, target))),
                        )}
                        {value_readings(session, update)}
                        <PreviewTable rows=session.preview(5).to_vec() mapping=session.mapping().to_vec() />
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn PreviewTable(rows: Vec<RawRow>, mapping: Vec<ColumnTarget>) -> impl IntoView {
    let heading = |target: &ColumnTarget| match target {
        ColumnTarget::Ignore => t("import.target_ignore"),
        ColumnTarget::Field(f) => t(&f.label_key()),
        ColumnTarget::Indicator(name) => format!("{}: {name}", t("import.target_indicator")),
        ColumnTarget::Custom(name) => format!("{}: {name}", t("import.target_custom")),
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("import.preview")>
            <table class="preview">
                <caption>{move || t("import.preview")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t("import.line")}</th>
                        {mapping.iter().map(|m| { let m = m.clone(); view! { <th scope="col">{move || heading(&m)}</th> } }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .iter()
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
