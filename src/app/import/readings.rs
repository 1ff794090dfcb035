//! How values of a customer list will be read, for the columns where that is a choice: percent
//! or fraction, the order of year-last dates, and what each word of a choice column stands for.

use super::controls::date_order_select;
use super::{Change, Session};
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::{DateOrder, DateOrderGuess};
use crate::format;
use crate::i18n::{choice_labels, t, tf, tfn};
use crate::io::csv_import::{
    choice_values, scale_preview, takes_scale, ColumnTarget, RawTable, Readings,
};
use crate::io::fields::{normalise_word, Field, Kind, PercentScale};
use leptos::prelude::*;

/// Most distinct values of one choice column listed for mapping; a column with more is not a
/// choice column, and the count of the rest is said.
const SHOWN_CHOICE_VALUES: usize = 50;

/// How values will be read, for the columns where that is a choice: percent or fraction for a
/// percent field (with the first values converted), and what each distinct value of a choice
/// column stands for (a drop-down per value, remembered with the list).
pub(super) fn value_readings(session: &Session, update: Change) -> AnyView {
    let Ok(table) = &session.table else {
        return ().into_any();
    };
    let readings = session
        .kind
        .readings(session.options.decimal, choice_labels().clone());
    let blocks: Vec<AnyView> = session
        .mapping()
        .iter()
        .enumerate()
        .filter_map(|(i, target)| match target {
            ColumnTarget::Field(f) if takes_scale(*f) => {
                Some(scale_block(table, i, *f, &readings, update))
            }
            ColumnTarget::Field(f) if f.kind() == Kind::Date => {
                let guess = session.kind.date_orders.get(&i).copied().unwrap_or(DateOrderGuess {
                    order: DateOrder::YearMonthDay,
                    ambiguous: false,
                });
                let header = table.columns.get(i).cloned().unwrap_or_default();
                let id = format!("import-date-order-{i}");
                Some(
                    view! {
                        <div class="toolbar">
                            {date_order_select(id, header, guess, move |order| {
                                update.run(Box::new(move |s| {
                                    s.kind.date_orders.insert(i, DateOrderGuess { order, ambiguous: false });
                                }))
                            })}
                        </div>
                    }
                    .into_any(),
                )
            }
            ColumnTarget::Field(f) if f.kind() == Kind::Choice => {
                Some(choice_block(table, i, *f, &readings, update))
            }
            _ => None,
        })
        .collect();
    if blocks.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="value-readings" aria-labelledby="readings-title">
            <h4 id="readings-title">{move || t("import.readings_title")}</h4>
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
    update: Change,
) -> AnyView {
    let header = table.columns.get(column).cloned().unwrap_or_default();
    let current = readings.scales.get(&column).copied().unwrap_or_default();
    let values = scale_preview(table, column, field, &readings.cell(column), 5);
    let preview = move || {
        let shown: Vec<String> = values
            .iter()
            .map(|(raw, value)| match value {
                Some(v) => format!("{raw} → {}", format::percent(*v, exact_decimals(v * 100.0))),
                None => format!("{raw} → {}", t("import.refused")),
            })
            .collect();
        tf("import.scale_preview", &[("values", &shown.join(" · "))])
    };
    let group = format!("scale-{column}");
    let legend = move || {
        tf(
            "import.scale_legend",
            &[("column", &header), ("field", &t(&field.label_key()))],
        )
    };
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
                                on:change=move |_| update.run(Box::new(move |s| {
                                    s.kind.scales.insert(column, scale);
                                }))
                            />
                            {move || t(&format!("import.scale_is_{}", scale.key()))}
                        </label>
                    }
                })
                .collect_view()}
            <p class="scale-preview">{preview}</p>
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
    update: Change,
) -> AnyView {
    let header = table.columns.get(column).cloned().unwrap_or_default();
    let values = choice_values(table, column, field, readings);
    let more = values.len().saturating_sub(SHOWN_CHOICE_VALUES);
    let unrecognised = values.iter().filter(|v| v.read_as.is_none()).count();
    let allowed = move || {
        let names: Vec<String> = field
            .choices()
            .into_iter()
            .map(|k| t(&format!("choice.{k}")))
            .collect();
        tf("import.allowed_values", &[("values", &names.join(" · "))])
    };
    let caption = StoredValue::new(header);
    let caption = move || {
        caption.with_value(|header| {
            tf(
                "import.choices_caption",
                &[("column", header), ("field", &t(&field.label_key()))],
            )
        })
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table class="choice-values">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t("import.value_in_file")}</th>
                        <th scope="col">{move || t("import.value_rows")}</th>
                        <th scope="col">{move || t("import.read_as")}</th>
                    </tr>
                </thead>
                <tbody>
                    {values
                        .into_iter()
                        .take(SHOWN_CHOICE_VALUES)
                        .map(|v| {
                            let text = v.text.clone();
                            let label = {
                                let value = v.text.clone();
                                move || tf("import.read_value_as", &[("value", &value)])
                            };
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
                                                update.run(Box::new(move |s| {
                                                    if choice == "?" {
                                                        s.kind.memory.forget(field.key(), &word);
                                                    } else {
                                                        s.kind.memory.set(field.key(), &word, &choice);
                                                    }
                                                }));
                                            }
                                        >
                                            {v.read_as.is_none().then(|| view! { <option value="?" selected=true>{move || t("import.not_recognised")}</option> })}
                                            <option value="" selected=is("")>{move || t("import.leave_empty")}</option>
                                            {field
                                                .choices()
                                                .into_iter()
                                                .map(|k| view! { <option value=k selected=is(k)>{move || t(&format!("choice.{k}"))}</option> })
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
        <p class="allowed">{allowed}</p>
        {(unrecognised > 0).then(|| view! { <p class="warning">{move || tfn("import.values_unrecognised", &[("count", unrecognised)], &[])}</p> })}
        {(more > 0).then(|| view! { <p>{move || tfn("import.more_values", &[("count", more)], &[])}</p> })}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_write_percentages_with_the_decimals_they_have() {
        assert_eq!(exact_decimals(39.0), 0);
        assert_eq!(exact_decimals(18.5), 1);
        assert_eq!(exact_decimals(0.25), 2);
        assert_eq!(exact_decimals(100.0 / 3.0), 4);
    }
}
