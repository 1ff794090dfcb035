//! What a check of customer rows found: the summary, the rows held back as likely totals, and
//! every bad cell (which the problem table shared with the purchase log lets the user correct).

use super::Session;
use crate::app::state::AppState;
use crate::app::widgets::money;
use crate::engine::model::Customer;
use crate::i18n::{t, tf, tfn};
use crate::io::csv_import::{Converter, HeldTotal, RowProblem, TotalReason};
use crate::io::fields::Field;
use leptos::prelude::*;
use std::collections::HashSet;

/// Problems listed on the page; the count says how many more there are.
const SHOWN_PROBLEMS: usize = 500;

/// The outcome of checking every row.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Report {
    pub(super) good: Vec<Customer>,
    pub(super) problems: Vec<RowProblem>,
    pub(super) bad_rows: usize,
    pub(super) disagreeing_revenue: Vec<usize>,
    pub(super) spend_below_revenue: Vec<usize>,
    /// Rows that look like totals: left out unless their line is in `keep`.
    pub(super) held_totals: Vec<HeldTotal>,
}

impl Report {
    /// The rows the import takes: the good ones and the held totals the user keeps. Takes the
    /// report, so the good rows move into the list instead of being copied (100,000 customers
    /// held twice were much of the page's peak memory).
    pub(super) fn into_rows(self, keep: &HashSet<usize>) -> Vec<Customer> {
        let mut rows = self.good;
        rows.extend(
            self.held_totals
                .into_iter()
                .filter(|h| keep.contains(&h.line))
                .map(|h| h.customer),
        );
        rows
    }
}

impl From<Converter> for Report {
    fn from(c: Converter) -> Report {
        Report {
            good: c.good,
            problems: c.problems,
            bad_rows: c.bad_rows,
            disagreeing_revenue: c.disagreeing_revenue,
            spend_below_revenue: c.spend_below_revenue,
            held_totals: c.held_totals,
        }
    }
}

/// The report as shown: everything but the good rows themselves, which only the import needs
/// (a copy of them for the view doubled the report's memory).
#[component]
pub(super) fn ReportView(
    good: usize,
    bad: usize,
    disagreeing_revenue: Vec<usize>,
    spend_below_revenue: Vec<usize>,
    held_totals: Vec<HeldTotal>,
    problems: Vec<RowProblem>,
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
                {move || tfn("import.summary", &[("good", good), ("bad", bad)], &[])}
            </h3>
            {(!disagreeing_revenue.is_empty())
                .then(|| {
                    let lines: Vec<String> = disagreeing_revenue.iter().take(20).map(ToString::to_string).collect();
                    view! { <p class="warning">{move || tf("import.revenue_disagrees", &[("lines", &lines.join(", "))])}</p> }
                })}
            {(!spend_below_revenue.is_empty())
                .then(|| {
                    let lines: Vec<String> = spend_below_revenue.iter().take(20).map(ToString::to_string).collect();
                    view! { <p class="warning">{move || tf("import.spend_below_revenue", &[("lines", &lines.join(", "))])}</p> }
                })}
            <HeldTotalsTable held=held_totals keep=keep />
            <ProblemsTable problems=problems caption="import.problems" on_fix=on_fix />
        </section>
    }
}

/// Every bad cell of an import: line, column, what was expected and what was found. Lists the
/// first [`SHOWN_PROBLEMS`] and says how many more there are; nothing when there are none.
#[component]
pub fn ProblemsTable(
    problems: Vec<RowProblem>,
    /// The translation key of the table's caption.
    caption: &'static str,
    /// Takes a correction (line, column index, new text); without it the cells are not editable.
    #[prop(optional, into)]
    on_fix: Option<Callback<(usize, usize, String)>>,
) -> impl IntoView {
    let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
    (!problems.is_empty()).then(|| {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t(caption)>
                <table class="problems">
                    <caption>{move || t(caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t("import.line")}</th>
                            <th scope="col">{move || t("import.column")}</th>
                            <th scope="col">{move || t("import.expected")}</th>
                            <th scope="col">{move || t("import.found")}</th>
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
                                        <td>{let key = p.expected.clone(); move || t(&key)}</td>
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
            let column_name = p.column.clone();
            let label = move || {
                tf(
                    "import.fix_cell",
                    &[("line", &line.to_string()), ("column", &column_name)],
                )
            };
            view! {
                <input
                    type="text"
                    class="fix-cell"
                    aria-label=label
                    placeholder=move || t("import.empty_cell")
                    value=p.found.clone()
                    on:change=move |ev| on_fix.run((line, column, event_target_value(&ev)))
                />
            }
            .into_any()
        }
        _ if p.found.is_empty() => (move || t("import.empty_cell")).into_any(),
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
        view! {
            <p class="warning">{let count = held.len(); move || tfn("import.totals_held", &[("count", count)], &[])}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || t("import.totals_caption")>
                <table class="held-totals">
                    <caption>{move || t("import.totals_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t("import.line")}</th>
                            <th scope="col">{move || t(&Field::Name.label_key())}</th>
                            <th scope="col">{move || t(&Field::RevenuePerYear.label_key())}</th>
                            <th scope="col">{move || t("import.total_reason")}</th>
                            <th scope="col">{move || t("import.keep_row_column")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {held
                            .iter()
                            .map(|h| {
                                let line = h.line;
                                let label = move || tf("import.keep_row", &[("line", &line.to_string())]);
                                let revenue = h.customer.revenue().map(|v| money(&state, v)).unwrap_or_default();
                                view! {
                                    <tr>
                                        <td>{line}</td>
                                        <td>{h.customer.name.clone()}</td>
                                        <td class="num">{revenue}</td>
                                        <td>{let r = h.reason; move || reason(r)}</td>
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
                .clone()
                .into_rows(&keep)
                .into_iter()
                .map(|c| c.name)
                .collect()
        };
        assert_eq!(names(&[]), vec!["Anna", "Bao"]);
        assert_eq!(names(&[4]), vec!["Anna", "Bao", "Total"]);
        // A kept line that is not a held total adds nothing.
        assert_eq!(names(&[2]), vec!["Anna", "Bao"]);
    }
}
