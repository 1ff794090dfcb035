//! Step 3: the per-customer summary table and its export.

use super::table::{PagedTable, RowSource};
use super::{current_summary, dataset_name, unit_name, Page};
use crate::app::state::AppState;
use crate::engine::btyd::rfm::RfmSummary;
use crate::engine::keys::Keyed;
use crate::format;
use crate::i18n::{t, tf};
use crate::io::purchase_log::summary_csv;
use leptos::prelude::*;

/// The summary table, a page at a time, with its export button.
#[component]
pub(super) fn SummaryStep(page: Page) -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = page;
    let unit = move || unit_name(p.unit.get());
    let summary_ok = move || current_summary(p);
    // Step 3: the summary table.
    let summary_headers = Signal::derive(move || {
        let u = unit();
        vec![
            (t("history.col_id"), String::new()),
            (t("history.col_first"), String::new()),
            (t("history.col_x"), t("history.col_x_how")),
            (
                tf("history.col_tx", &[("unit", &u)]),
                t("history.col_tx_how"),
            ),
            (
                tf("history.col_age", &[("unit", &u)]),
                t("history.col_age_how"),
            ),
            (t("history.col_monetary"), t("history.col_monetary_how")),
            (t("history.col_holdout"), t("history.col_holdout_how")),
        ]
    });
    let summary_rows = Signal::derive(summary_ok);
    let export_summary = move |_| {
        let Some(s) = summary_ok() else { return };
        let name = dataset_name(p);
        state.offer_file(
            &format!("{name} - summary ({}).csv", s.unit.key()),
            "text/csv;charset=utf-8",
            &summary_csv(&s),
        );
    };

    view! {
            <section aria-labelledby="history-summary-title">
                <h3 id="history-summary-title">{move || t("history.summary_title")}</h3>
                <p>{move || tf("history.summary_intro", &[("unit", &unit())])}</p>
                <PagedTable
                    id="history-summary-table"
                    caption=Signal::derive(move || tf("history.summary_caption", &[("unit", &unit())]))
                    headers=summary_headers
                    rows=summary_rows
                />
                <div class="buttons">
                    <button on:click=export_summary>{move || t("history.export_summary")}</button>
                </div>
            </section>
    }
}

impl RowSource for RfmSummary {
    fn count(&self) -> usize {
        self.customers.len()
    }
    fn id(&self, row: usize) -> &str {
        &self.customers[row].customer_id
    }
    fn cells(&self, row: usize) -> Vec<String> {
        let c = &self.customers[row];
        vec![
            format::date(c.first_purchase),
            c.frequency.to_string(),
            format::number(c.recency, 2),
            format::number(c.age, 2),
            c.mean_repeat_spend
                .map_or_else(|| t("history.no_repeat"), |m| format::number(m, 2)),
            c.holdout_purchases.to_string(),
        ]
    }
}
