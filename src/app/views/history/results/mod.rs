//! Steps 2–6 of the purchase-history view: calibration and unit, the per-customer summary,
//! the fitted models, predictions (into lists and files) and the charts. Each step is a
//! component of its own; the figures come from [`crate::engine::btyd::report`].

mod calibration;
mod charts;
mod params;
mod predictions;
mod summary;
mod table;

use super::compute::Fits;
use super::{Loaded, Page};
use crate::app::widgets::Fold;
use crate::engine::btyd::rfm::{RfmSummary, TimeUnit};
use crate::engine::keys::Keyed;
use crate::format;
use crate::i18n::{formula, t, tf, tfn};
use leptos::prelude::*;
use std::sync::Arc;

fn unit_name(unit: TimeUnit) -> String {
    t(&format!("history.unit_{}", unit.key()))
}

/// The summary shown now, if it could be made.
fn current_summary(p: Page) -> Option<Arc<RfmSummary>> {
    p.summary.get().and_then(Result::ok)
}

/// Whether the page works on a purchase log (not a summary file).
fn is_log(p: Page) -> bool {
    p.dataset
        .with(|d| d.as_ref().is_some_and(|d| matches!(d.data, Loaded::Log(_))))
}

/// The name of the file the page works on, for the names of the files it writes.
fn dataset_name(p: Page) -> String {
    p.dataset
        .with_untracked(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default())
}

/// Repeat buyers with a mean repeat spend of 0 or less, said next to the spend fit and the
/// predictions they get the population mean in; nothing when there are none.
fn left_out_text(p: Page, fits: Memo<Option<Fits>>) -> Option<String> {
    let count = current_summary(p).map_or(0, |s| s.repeat_buyers_without_spend());
    let mean = fits.with(|f| {
        f.as_ref()
            .and_then(|f| f.gammagamma.as_ref().ok())
            .and_then(|g| g.params.population_mean_spend().ok())
    })?;
    (count > 0).then(|| {
        tf(
            "history.spend_left_out",
            &[
                ("formula", formula::GAMMA_GAMMA_POPULATION_MEAN),
                ("count", &format::number(count as f64, 0)),
                ("mean", &format::number(mean, 2)),
            ],
        )
    })
}

#[component]
pub(super) fn Results(page: Page) -> impl IntoView {
    let p = page;
    let fits = Memo::new(move |_| p.current_fits());
    let working_on = move || {
        p.dataset.with(|d| {
            // The demo's log is said in its own note (it is not kept between visits).
            let d = d.as_ref().filter(|d| !d.demo)?;
            let (count, is_log) = match &d.data {
                Loaded::Log(rows) => (rows.len(), true),
                Loaded::Summary(rows) => (rows.len(), false),
            };
            Some(match (is_log, d.first, d.last) {
                (true, Some(first), Some(last)) => tfn(
                    "history.working_on_log",
                    &[("count", count)],
                    &[
                        ("name", &d.name),
                        ("first", &format::date(first)),
                        ("last", &format::date(last)),
                    ],
                ),
                _ => tfn(
                    "history.working_on_summary",
                    &[("count", count)],
                    &[("name", &d.name)],
                ),
            })
        })
    };

    view! {
        <p class="working-on">{working_on}</p>
        <Show when=move || p.dataset.with(|d| d.as_ref().is_some_and(|d| d.demo))>
            <p class="note" data-demo-log="">{move || t("history.demo_log")}</p>
        </Show>
        <Fold key="history-calibration" title="history.calibration_title"><calibration::Calibration page=p /></Fold>
        <Show when=move || current_summary(p).is_some()>
            <Fold key="history-summary" title="history.summary_title"><summary::SummaryStep page=p /></Fold>
            <params::Models page=p fits=fits />
            <Show when=move || fits.with(Option::is_some)>
                <Fold key="history-predictions" title="history.predictions_title"><predictions::Predictions page=p fits=fits /></Fold>
                <Fold key="history-charts" title="history.charts_title"><charts::ChartsStep page=p fits=fits /></Fold>
            </Show>
        </Show>
    }
}
