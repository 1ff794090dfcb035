//! The table where the user says what each column of a file holds, shared by the imports: one
//! row per column with its first values and a drop-down of targets. Why the mapping cannot be
//! used yet is told at the drop-down where it is mended (see
//! [`ImportSession::problem_column`]), and Check rows moves the focus there.

use crate::app::browser::focus_later;
use crate::app::messages::Explain;
use crate::engine::keys::{Keyed, VariantArray};
use crate::i18n::{t, tf};
use crate::io::csv_import::{ColumnTarget, MappingError, RawTable};
use crate::io::fields::Field;
use crate::io::import_session::{
    CustomerImport, ImportKind, ImportSession, LogImport, MappingProblem,
};
use crate::io::purchase_log::LogField;
use leptos::prelude::*;

/// What the mapping table offers for one kind of import, and its words (translation keys).
pub trait MappingChoices: ImportKind {
    /// The table's caption.
    const CAPTION: &'static str;
    /// The header of the targets' column.
    const TARGET_HEADER: &'static str;
    /// The name of one column's drop-down, given the column as $column.
    const TARGET_FOR: &'static str;
    /// What the ids of the table's drop-downs and of its problem begin with.
    const ID_PREFIX: &'static str;

    /// The drop-down's options: the value and the translation key of the name of each.
    fn options(&self) -> Vec<(String, String)>;
    /// The option value that stands for `target`.
    fn value(target: &Self::Target) -> String;
    /// The target an option value stands for, for the column with header `column`.
    fn target(value: &str, column: &str) -> Self::Target;
    /// Why the mapping cannot be used, as the page says it.
    fn problem_text(problem: MappingProblem<Self::Field>) -> String;
}

impl MappingChoices for CustomerImport {
    const CAPTION: &'static str = "import.mapping_caption";
    const TARGET_HEADER: &'static str = "import.maps_to";
    const TARGET_FOR: &'static str = "import.target_for";
    const ID_PREFIX: &'static str = "import";

    fn options(&self) -> Vec<(String, String)> {
        let fields = Field::VARIANTS
            .iter()
            .map(|f| (format!("field:{}", f.key()), f.label_key()));
        [("ignore".into(), "import.target_ignore".into())]
            .into_iter()
            .chain(fields)
            .chain([
                ("indicator".into(), "import.target_indicator".into()),
                ("custom".into(), "import.target_custom".into()),
            ])
            .collect()
    }

    fn value(target: &ColumnTarget) -> String {
        target.key()
    }

    fn target(value: &str, column: &str) -> ColumnTarget {
        ColumnTarget::from_key(value, column)
    }

    /// In the words of the converter's own refusal.
    fn problem_text(problem: MappingProblem<Field>) -> String {
        match problem {
            MappingProblem::Missing(_) => MappingError::NoName,
            MappingProblem::Twice(field) => MappingError::Twice(field),
        }
        .explain()
    }
}

impl MappingChoices for LogImport {
    const CAPTION: &'static str = "history.mapping_caption";
    const TARGET_HEADER: &'static str = "history.holds";
    const TARGET_FOR: &'static str = "history.holds_for";
    const ID_PREFIX: &'static str = "history";

    fn options(&self) -> Vec<(String, String)> {
        let fields = self
            .log_kind
            .choices()
            .map(|f| (f.key().to_string(), log_field_key(f)));
        [("ignore".into(), "import.target_ignore".into())]
            .into_iter()
            .chain(fields)
            .collect()
    }

    fn value(target: &Option<LogField>) -> String {
        target.map_or("ignore", |f| f.key()).to_string()
    }

    fn target(value: &str, _column: &str) -> Option<LogField> {
        LogField::from_key(value)
    }

    fn problem_text(problem: MappingProblem<LogField>) -> String {
        let (key, field) = match problem {
            MappingProblem::Missing(f) => ("history.mapping_missing", f),
            MappingProblem::Twice(f) => ("history.mapping_twice", f),
        };
        tf(key, &[("field", &t(&log_field_key(field)))])
    }
}

/// The id of the drop-down of column `column`.
fn target_id<K: MappingChoices>(column: usize) -> String {
    format!("{}-target-{column}", K::ID_PREFIX)
}

/// Moves the focus to the drop-down where the session's first mapping problem is told;
/// returns whether there was one (the rows cannot be checked then).
pub fn focus_mapping_problem<K: MappingChoices>(session: &ImportSession<K>) -> bool {
    let Some((column, _)) = session.problem_column() else {
        return false;
    };
    focus_later(target_id::<K>(column));
    true
}

/// The translation key of a log field's name.
pub fn log_field_key(field: LogField) -> String {
    format!("history.field_{}", field.key())
}

/// One row per column of `session`'s table: its header, its first three values and a
/// drop-down of what it holds, starting at the session's mapping; a choice goes to `on_change`
/// with the column's index. The mapping's first problem is told under the drop-down where it
/// is mended, which is then invalid and described by it.
pub fn mapping_table<K: MappingChoices>(
    session: &ImportSession<K>,
    table: &RawTable,
    on_change: impl Fn(usize, K::Target) + Copy + 'static,
) -> AnyView
where
    K::Field: Send + Sync + 'static,
{
    let options = session.kind.options();
    let mapping = session.mapping();
    let problem = session.problem_column();
    let problem_id = format!("{}-mapping-problem", K::ID_PREFIX);
    view! {
        <table class="mapping-table">
            <caption>{move || t(K::CAPTION)}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t("import.column")}</th>
                    <th scope="col">{move || t("import.examples")}</th>
                    <th scope="col">{move || t(K::TARGET_HEADER)}</th>
                </tr>
            </thead>
            <tbody>
                {table
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, column)| {
                        let examples: Vec<String> = table.rows.iter().take(3).filter_map(|r| r.cells.get(i).cloned()).collect();
                        let current = mapping.get(i).map(K::value).unwrap_or_else(|| "ignore".into());
                        let header = StoredValue::new(column.clone());
                        let label = move || header.with_value(|c| tf(K::TARGET_FOR, &[("column", c)]));
                        let told = problem.filter(|(at, _)| *at == i).map(|(_, p)| p);
                        let described_by = told.map(|_| problem_id.clone());
                        let select_id = target_id::<K>(i);
                        let message = told.map(|p| {
                            view! { <p id=problem_id.clone() class="field-error" role="alert">{move || K::problem_text(p)}</p> }
                        });
                        view! {
                            <tr>
                                <th scope="row">{column.clone()}</th>
                                <td>{examples.join(" · ")}</td>
                                <td>
                                    <select
                                        id=select_id
                                        aria-label=label
                                        aria-invalid=told.map(|_| "true")
                                        aria-describedby=described_by
                                        on:change=move |ev| {
                                            let target = header.with_value(|c| K::target(&event_target_value(&ev), c));
                                            on_change(i, target);
                                        }
                                    >
                                        {options
                                            .iter()
                                            .map(|(value, name)| {
                                                let name = name.clone();
                                                view! {
                                                    <option value=value.clone() selected={ *value == current }>
                                                        {move || t(&name)}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                    {message}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
