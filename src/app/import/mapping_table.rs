//! The table where the user says what each column of a file holds, shared by the imports: one
//! row per column with its first values and a drop-down of targets.

use crate::engine::keys::{Keyed, VariantArray};
use crate::i18n::{t, tf};
use crate::io::csv_import::{ColumnTarget, RawTable};
use crate::io::fields::Field;
use crate::io::import_session::{CustomerImport, ImportKind, LogImport};
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

    /// The drop-down's options: the value and the translation key of the name of each.
    fn options(&self) -> Vec<(String, String)>;
    /// The option value that stands for `target`.
    fn value(target: &Self::Target) -> String;
    /// The target an option value stands for, for the column with header `column`.
    fn target(value: &str, column: &str) -> Self::Target;
}

impl MappingChoices for CustomerImport {
    const CAPTION: &'static str = "import.mapping_caption";
    const TARGET_HEADER: &'static str = "import.maps_to";
    const TARGET_FOR: &'static str = "import.target_for";

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
}

impl MappingChoices for LogImport {
    const CAPTION: &'static str = "history.mapping_caption";
    const TARGET_HEADER: &'static str = "history.holds";
    const TARGET_FOR: &'static str = "history.holds_for";

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
}

/// The translation key of a log field's name.
pub fn log_field_key(field: LogField) -> String {
    format!("history.field_{}", field.key())
}

/// One row per column of `table`: its header, its first three values and a drop-down of what
/// it holds, starting at `mapping`; a choice goes to `on_change` with the column's index.
pub fn mapping_table<K: MappingChoices>(
    kind: &K,
    table: &RawTable,
    mapping: &[K::Target],
    on_change: impl Fn(usize, K::Target) + Copy + 'static,
) -> AnyView {
    let options = kind.options();
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
                        view! {
                            <tr>
                                <th scope="row">{column.clone()}</th>
                                <td>{examples.join(" · ")}</td>
                                <td>
                                    <select
                                        aria-label=label
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
