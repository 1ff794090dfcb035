//! The purchase-history view: a purchase log (or a per-customer summary) in, the
//! buy-till-you-die models of [`crate::engine::btyd`] fitted in the page, per-customer
//! predictions and CLV out — into the open list, a new list, CSV files and charts.
//!
//! The view's state lives in signals owned outside the view (see [`page`]), so switching to
//! another view and back keeps the imported log and the fits.

mod compute;
mod mapping;
mod results;

use crate::app::browser::{monotonic_ms, yield_now, SLICE_MS};
use crate::app::messages::{Explain, Message};
use crate::app::storage;
use crate::app::widgets::Fold;
use crate::engine::btyd::rfm::{summarize, Purchase, RfmSummary, TimeUnit};
use crate::engine::model::Date;
use crate::i18n::t;
use crate::io::csv_import::RowProblem;
use crate::io::demo::{demo_list, demo_purchase_log, DEMO_LOG_NAME, DEMO_NAME};
use crate::io::import_session::{ImportSession, LogImport};
use crate::io::purchase_log::{
    default_calibration_end, kept_log_from_json, kept_log_json, summary_from_rows, LogRows,
    LogSlice, SummaryRow,
};
use crate::io::store::{Store, LOG_KEY};
use compute::{start_predicting, ClvInputs, Fits, ModelChoice, Prediction};
use leptos::prelude::*;
use std::sync::Arc;

/// A log file being mapped.
type Source = ImportSession<LogImport>;

/// The rows a check found good, as the file's kind.
#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    Log(Arc<Vec<Purchase>>),
    Summary(Arc<Vec<SummaryRow>>),
}

/// The outcome of checking every row of a mapped file.
#[derive(Debug, Clone, PartialEq)]
struct Checked {
    file_name: String,
    data: Loaded,
    good: usize,
    problems: Vec<RowProblem>,
    bad_rows: usize,
}

/// The log or summary the page works on.
#[derive(Debug, Clone, PartialEq)]
struct Dataset {
    name: String,
    generation: u64,
    data: Loaded,
    first: Option<Date>,
    last: Option<Date>,
    /// The demo's own log, shown (and fitted) until the user loads one.
    demo: bool,
}

/// What a summary (and so a fit) was computed from.
type SummaryKey = (u64, Option<Date>, TimeUnit);

/// The purchase-history view's state, as other parts of the page hold it.
pub type HistoryPage = Page;

/// Every signal of the view. Copy, so closures take it freely.
#[derive(Clone, Copy)]
pub struct Page {
    source: RwSignal<Option<Source>>,
    checked: RwSignal<Option<Checked>>,
    checking: RwSignal<Option<(usize, usize)>>,
    file_error: RwSignal<Option<Message>>,
    dataset: RwSignal<Option<Dataset>>,
    cal_end: RwSignal<Option<Date>>,
    unit: RwSignal<TimeUnit>,
    summary: Memo<Option<Result<Arc<RfmSummary>, String>>>,
    fits: RwSignal<Option<(SummaryKey, Fits)>>,
    /// The key of the step a running fit is at.
    progress: RwSignal<Option<&'static str>>,
    /// Set by "Cancel fit"; the running fit reads it between slices. Kept here, not in the
    /// component, because the fit goes on when the view is left.
    fit_cancel: RwSignal<bool>,
    /// The number of the latest fit started; a running fit whose number is no longer this one
    /// (another log was loaded, or a new fit began) stops at its next slice.
    fit_run: RwSignal<u64>,
    /// Likelihood evaluations of the model being fitted, for the progress line.
    fit_evaluations: RwSignal<usize>,
    choice: RwSignal<ModelChoice>,
    clv: RwSignal<ClvInputs>,
    /// The predictions of the summary, fits, model and inputs shown; `None` while they are
    /// being made (after the first slice) or were cancelled.
    predictions: RwSignal<Option<Result<Arc<Vec<Prediction>>, String>>>,
    /// Customers predicted and in all while predictions are being made.
    predicting: RwSignal<Option<(usize, usize)>>,
    /// Set by "Cancel predictions" (read between slices); cleared when new ones start.
    predict_cancel: RwSignal<bool>,
    /// Bumped by "Make the predictions" after a cancel, to make them again.
    predict_again: RwSignal<u64>,
    outcome: RwSignal<Option<Message>>,
}

impl Page {
    fn new() -> Page {
        let dataset = RwSignal::new(None::<Dataset>);
        let cal_end = RwSignal::new(None::<Date>);
        let unit = RwSignal::new(TimeUnit::Weeks);
        let summary = Memo::new(move |_| {
            let end = cal_end.get()?;
            let unit = unit.get();
            dataset.with(|d| {
                let d = d.as_ref()?;
                Some(match &d.data {
                    Loaded::Log(purchases) => summarize(purchases, end, None, unit)
                        .map(Arc::new)
                        .map_err(|e| e.explain()),
                    Loaded::Summary(rows) => Ok(Arc::new(summary_from_rows(rows, unit, end))),
                })
            })
        });
        let fits = RwSignal::new(None::<(SummaryKey, Fits)>);
        let choice = RwSignal::new(ModelChoice::BgNbd);
        let clv = RwSignal::new(ClvInputs::default());
        let page_key = move || {
            (
                dataset.with(|d| d.as_ref().map_or(0, |d| d.generation)),
                cal_end.get(),
                unit.get(),
            )
        };
        let predictions = RwSignal::new(None);
        let predicting = RwSignal::new(None);
        let predict_cancel = RwSignal::new(false);
        let predict_again = RwSignal::new(0u64);
        let predict_run = RwSignal::new(0u64);
        // Predictions follow the summary, the fits, the model and the inputs; they are made in
        // slices (a large log's take a few hundred ms), a newer request dropping an older one.
        Effect::new(move |_| {
            let key = page_key();
            let summary = summary.get().and_then(Result::ok);
            let choice = choice.get();
            let inputs = clv.get();
            predict_again.track();
            let fits = fits.with(|f| {
                f.as_ref()
                    .filter(|(k, _)| *k == key)
                    .map(|(_, f)| f.clone())
            });
            let mine = predict_run.get_untracked() + 1;
            predict_run.set(mine);
            predict_cancel.set(false);
            predicting.set(None);
            let (Some(summary), Some(fits)) = (summary, fits) else {
                predictions.set(None);
                return;
            };
            let slices = PredictionSlices {
                predictions,
                predicting,
                cancel: predict_cancel,
                run: predict_run,
                mine,
            };
            leptos::task::spawn_local(slices.run(summary, fits, choice, inputs, key.2));
        });
        Page {
            source: RwSignal::new(None),
            checked: RwSignal::new(None),
            checking: RwSignal::new(None),
            file_error: RwSignal::new(None),
            dataset,
            cal_end,
            unit,
            summary,
            fits,
            progress: RwSignal::new(None),
            fit_cancel: RwSignal::new(false),
            fit_run: RwSignal::new(0),
            fit_evaluations: RwSignal::new(0),
            choice,
            clv,
            predictions,
            predicting,
            predict_cancel,
            predict_again,
            outcome: RwSignal::new(None),
        }
    }

    /// Makes `data` the log the page works on, with the calibration end it suggests.
    fn use_data(&self, name: String, data: Loaded) {
        self.use_dataset(name, data, false);
    }

    /// The demo list's purchase log, so that the view shows what it does before a file is
    /// loaded; it is not kept (a reload makes it again), and any log loaded replaces it.
    fn use_demo_log(&self) {
        let log = demo_purchase_log(&demo_list("", DEMO_NAME));
        self.use_dataset(DEMO_LOG_NAME.to_string(), Loaded::Log(Arc::new(log)), true);
    }

    /// Whether the page works on the demo's log.
    fn is_demo_untracked(&self) -> bool {
        self.dataset
            .with_untracked(|d| d.as_ref().is_some_and(|d| d.demo))
    }

    fn use_dataset(&self, name: String, data: Loaded, demo: bool) {
        let generation = self
            .dataset
            .with_untracked(|d| d.as_ref().map_or(0, |d| d.generation))
            + 1;
        let (first, last, end) = match &data {
            Loaded::Log(purchases) => (
                purchases.iter().map(|x| x.date).min(),
                purchases.iter().map(|x| x.date).max(),
                default_calibration_end(purchases),
            ),
            Loaded::Summary(_) => (
                None,
                None,
                self.cal_end
                    .get_untracked()
                    .or_else(crate::app::browser::today),
            ),
        };
        self.cal_end.set(end);
        // A fit still running on the log before (the demo's, fitted as it is shown) stops.
        self.fit_run.update(|run| *run += 1);
        self.progress.set(None);
        self.fits.set(None);
        self.outcome.set(None);
        self.dataset.set(Some(Dataset {
            name,
            generation,
            data,
            first,
            last,
            demo,
        }));
    }

    /// The log kept from an earlier visit (or just restored from a backup), if there is one the
    /// page can read.
    pub fn take_kept_log(&self) {
        let text = storage::page_store().read(LOG_KEY).ok().flatten();
        let Some(kept) = text.and_then(|t| kept_log_from_json(&t).ok()) else {
            return;
        };
        let data = match kept.rows {
            LogRows::Purchases(p) => Loaded::Log(Arc::new(p)),
            LogRows::Summary(s) => Loaded::Summary(Arc::new(s)),
        };
        self.use_data(kept.name, data);
    }

    /// The text the log is kept as between visits.
    fn kept_json(&self) -> Option<String> {
        self.dataset.with_untracked(|d| {
            let d = d.as_ref()?;
            let rows = match &d.data {
                Loaded::Log(p) => LogSlice::Purchases(p),
                Loaded::Summary(s) => LogSlice::Summary(s),
            };
            Some(kept_log_json(&d.name, rows))
        })
    }

    /// The key of the summary shown now.
    fn key_untracked(&self) -> SummaryKey {
        (
            self.dataset
                .with_untracked(|d| d.as_ref().map_or(0, |d| d.generation)),
            self.cal_end.get_untracked(),
            self.unit.get_untracked(),
        )
    }

    /// The fits if they belong to the summary shown now.
    fn current_fits(&self) -> Option<Fits> {
        let key = (
            self.dataset
                .with(|d| d.as_ref().map_or(0, |d| d.generation)),
            self.cal_end.get(),
            self.unit.get(),
        );
        self.fits.with(|f| {
            f.as_ref()
                .filter(|(k, _)| *k == key)
                .map(|(_, f)| f.clone())
        })
    }
}

/// Customers predicted between two looks at the clock: a Pareto/NBD customer whose row is new
/// costs some 16 µs natively, so 16 of them overshoot [`SLICE_MS`] by well under a ms.
const PREDICTION_STEP: usize = 16;

/// Makes the predictions in slices of about [`SLICE_MS`], yielding to the browser between them.
struct PredictionSlices {
    predictions: RwSignal<Option<Result<Arc<Vec<Prediction>>, String>>>,
    predicting: RwSignal<Option<(usize, usize)>>,
    cancel: RwSignal<bool>,
    /// The latest request's number, and this one's: when they differ this one is dropped.
    run: RwSignal<u64>,
    mine: u64,
}

impl PredictionSlices {
    async fn run(
        self,
        summary: Arc<RfmSummary>,
        fits: Fits,
        choice: ModelChoice,
        inputs: ClvInputs,
        unit: TimeUnit,
    ) {
        let started = inputs.settings(unit).and_then(|settings| {
            start_predicting(&summary, &fits, choice, inputs.t_units, &settings)
        });
        let mut run = match started {
            Ok(run) => run,
            Err(e) => return self.predictions.set(Some(Err(e.explain()))),
        };
        let mut slice_start = monotonic_ms();
        let mut yielded = false;
        while !run.advance(PREDICTION_STEP) {
            if monotonic_ms() - slice_start < SLICE_MS {
                continue;
            }
            if !yielded {
                // Predictions of other inputs would be shown under these inputs' headers.
                self.predictions.set(None);
                yielded = true;
            }
            self.predicting.set(Some((run.done(), run.total())));
            yield_now().await;
            if self.run.get_untracked() != self.mine {
                return;
            }
            if self.cancel.get_untracked() {
                self.predicting.set(None);
                return;
            }
            slice_start = monotonic_ms();
        }
        self.predicting.set(None);
        self.predictions
            .set(Some(run.finish().map(Arc::new).map_err(|e| e.explain())));
    }
}

/// The view's signals, made once for the page (see [`crate::app::App`]) and provided as a
/// context, so that they outlive the view (rebuilt every time it is opened, and with the page
/// when the language changes). The log kept from an earlier visit is taken at once.
pub fn provide_history_page() -> HistoryPage {
    let page = Page::new();
    page.take_kept_log();
    provide_context(page);
    page
}

fn page() -> Page {
    expect_context::<Page>()
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let p = page();
    // Made when the view is first opened without a log, not at every start of the page.
    if p.dataset.with_untracked(Option::is_none) {
        p.use_demo_log();
    }
    view! {
        <section class="history" aria-labelledby="history-title">
            <h2 id="history-title">{move || t("view.history")}</h2>
            <p>{move || t("history.intro")}</p>
            <Fold key="history-import" title="history.import_title"><mapping::ImportStep page=p /></Fold>
            <Show when=move || p.dataset.with(Option::is_some)>
                <results::Results page=p />
            </Show>
        </section>
    }
}
