//! Step 6: the probability-alive heat map, the tracking chart and the repeat distribution,
//! each with its table.

use super::super::compute::{Fits, ModelChoice};
use super::super::Loaded;
use super::{current_summary, unit_name, Page};
use crate::app::browser::{after_next_paint, unless_cancelled, yield_now};
use crate::app::messages::{explain, Explain};
use crate::app::widgets::ChartFigure;
use crate::chart::{self, AxisLabels, Size};
use crate::engine::btyd::clv::PurchaseModel;
use crate::engine::btyd::fitting::{Fit, ModelError};
use crate::engine::btyd::report::{
    has_holdout, p_alive_grid, repeat_distribution, tracking, PAliveGrid, RepeatDistribution,
    Tracking, HISTOGRAM_MAX_X,
};
use crate::engine::btyd::rfm::{RepeatPurchaseCount, RfmSummary, TimeUnit};
use crate::format;
use crate::i18n::{t, tf};
use leptos::prelude::*;

/// Rows the tracking chart reads a task (the customers indexed by id, then the purchases): some
/// 14 ms of purchases in the page, 19 of customers.
const TRACKING_SLICE: usize = 100_000;

/// The probability-alive heat map's data: the model it shows, and its grid.
#[derive(Debug, Clone, PartialEq)]
struct HeatData {
    unit: TimeUnit,
    choice: ModelChoice,
    heat: Result<PAliveGrid, String>,
}

/// The tracking chart's data: None without a holdout period (or without a log).
#[derive(Debug, Clone, PartialEq)]
struct TrackingData {
    unit: TimeUnit,
    tracking: Option<Result<Tracking, String>>,
}

#[component]
pub(super) fn ChartsStep(page: Page, fits: Memo<Option<Fits>>) -> impl IntoView {
    let p = page;
    let summary_ok = move || current_summary(p);
    // The charts follow the fits' tables by a frame: their figures read every customer of
    // the log (the tracking, the repeat distribution) and their drawing is some hundreds of
    // elements, so with the tables in one task the end of a large log's fit was a task of
    // 55–100 ms. They are made after the frame that shows the tables, a chart a task (below).
    let drawn_run = RwSignal::new(None::<u64>);
    Effect::new(move |_| after_paint_if_shown(fits, fits.with(run_of), drawn_run));
    // The tracking chart's actual repeat purchases read every purchase of the log: counted a
    // slice at a time once the tables are painted (with the other charts' data in one task,
    // a log ten times CDNOW's made a task of 130–170 ms), and the tracking chart follows.
    let tracked = RwSignal::new(None::<(u64, Option<Result<Tracking, String>>)>);
    Effect::new(move |_| {
        let Some(run) = drawn_run.get() else {
            return;
        };
        let (Some(s), Some(f)) = (summary_ok(), fits.get()) else {
            return;
        };
        if f.run != run {
            return;
        }
        let log = p.dataset.with(|d| {
            let d = d.as_ref()?;
            match (&d.data, d.first) {
                (Loaded::Log(purchases), Some(start)) => Some((purchases.clone(), start)),
                _ => None,
            }
        });
        let Some((purchases, start)) = log.filter(|_| has_holdout(&s)) else {
            tracked.set(Some((run, None)));
            return;
        };
        let model = match f.bgnbd.as_ref().map(|f| f.params).map_err(explain) {
            Ok(model) => model,
            Err(e) => {
                tracked.set(Some((run, Some(Err(e)))));
                return;
            }
        };
        leptos::task::spawn_local(async move {
            // Each step in a task of its own, not beside the heat map's nor each other's: the
            // slices (the customers indexed by id, then the purchases), the count's end (a
            // sort of every repeat purchase read), the chart's figures.
            let work = async {
                let mut count = RepeatPurchaseCount::new(&s, &purchases, start);
                loop {
                    yield_now().await;
                    if count.advance(TRACKING_SLICE) {
                        break;
                    }
                }
                yield_now().await;
                let actual = count.finish();
                yield_now().await;
                tracking(&model, &s, actual, start).map_err(|e| e.explain())
            };
            // Another fit or log since, or the view left: this count is of no use.
            let cancelled = move || drawn_run.try_get_untracked() != Some(Some(run));
            if let Some(done) = unless_cancelled(work, cancelled).await {
                let _ = tracked.try_set(Some((run, Some(done))));
            }
        });
    });
    // Step 6: the charts, a task each. The heat map is drawn in the task after the tables'
    // paint; the tracking chart when the log's count is done (at once without a holdout, a
    // log or a BG/NBD fit); the repeat distribution, which collapses every customer's row,
    // after the paint that follows. Drawn in one task, a log ten times CDNOW's made the end of
    // its fit one task of 77 ms.
    let heat = Memo::new(move |_| {
        let s = summary_ok()?;
        let f = fits.get()?;
        // Until then the section shows its heading alone.
        if drawn_run.get() != Some(f.run) {
            return None;
        }
        let choice = p.choice.get();
        let heat = match choice {
            ModelChoice::BgNbd => grid(&f.bgnbd, &s),
            ModelChoice::ParetoNbd => grid(&f.paretonbd, &s),
        };
        Some(HeatData {
            unit: s.unit,
            choice,
            heat,
        })
    });
    let tracking_data = Memo::new(move |_| {
        let s = summary_ok()?;
        let run = fits.with(run_of)?;
        tracked.with(|t| match t {
            Some((at, tracking)) if *at == run => Some(TrackingData {
                unit: s.unit,
                tracking: tracking.clone(),
            }),
            _ => None,
        })
    });
    // The repeat distribution needs no count, but waits for the tracking chart all the same:
    // drawn last, away from the others' tasks, and the page's tests know the charts are all
    // there once it is.
    let histogram_run = RwSignal::new(None::<u64>);
    Effect::new(move |_| {
        if let Some(run) = tracked.with(|t| t.as_ref().map(|(run, _)| *run)) {
            after_paint_if_shown(fits, Some(run), histogram_run);
        }
    });
    let histogram = Memo::new(move |_| {
        let s = summary_ok()?;
        let f = fits.get()?;
        if histogram_run.get() != Some(f.run) {
            return None;
        }
        Some(
            f.bgnbd
                .as_ref()
                .map_err(explain)
                .and_then(|m| repeat_distribution(&m.params, &s).map_err(|e| e.explain())),
        )
    });

    // The charts' texts are written when they are drawn: reading the language in each draws
    // it again, in the new one, when it changes.
    view! {
                <section aria-labelledby="history-charts-title">
                    <h3 id="history-charts-title">{move || t("history.charts_title")}</h3>
                    <div class="charts">
                        {move || {
                            let _ = crate::i18n::lang();
                            heat.get().map(|d| view! { <HeatChart data=d /> })
                        }}
                        {move || {
                            let _ = crate::i18n::lang();
                            tracking_data.get().map(|d| view! { <TrackingChart data=d /> })
                        }}
                        {move || {
                            let _ = crate::i18n::lang();
                            histogram.get().map(|d| view! { <RepeatChart data=d /> })
                        }}
                    </div>
                </section>
    }
}

fn grid<P: PurchaseModel>(
    fit: &Result<Fit<P>, ModelError>,
    s: &RfmSummary,
) -> Result<PAliveGrid, String> {
    let model = &fit.as_ref().map_err(explain)?.params;
    p_alive_grid(model, s).map_err(|e| e.explain())
}

/// The run of the fits shown, if any.
fn run_of(fits: &Option<Fits>) -> Option<u64> {
    fits.as_ref().map(|f| f.run)
}

/// Sets `shown_run` to `run` in a task after the next paint, if the fits shown are still of
/// that run then (a later fit's own wait sets its run, and the view may have been left).
fn after_paint_if_shown(
    fits: Memo<Option<Fits>>,
    run: Option<u64>,
    shown_run: RwSignal<Option<u64>>,
) {
    after_next_paint(move || {
        if fits.try_with_untracked(run_of) == Some(run) {
            let _ = shown_run.try_set(run);
        }
    });
}

/// The figures of a chart as a table: a row header and figures per row. `collapsed` tucks a
/// large table into a disclosure, scrollable by keyboard.
#[component]
fn ChartTable(
    caption: String,
    columns: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
    #[prop(optional)] collapsed: bool,
) -> impl IntoView {
    let table = view! {
        <table>
            <caption>{caption.clone()}</caption>
            <thead>
                <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(header, figures)| {
                        view! {
                            <tr>
                                <th scope="row">{header}</th>
                                {figures.into_iter().map(|f| view! { <td class="num">{f}</td> }).collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    };
    if collapsed {
        view! {
            <details>
                <summary>{move || t("history.table_alternative")}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
                    {table}
                </div>
            </details>
        }
        .into_any()
    } else {
        table.into_any()
    }
}

/// Probability alive over frequency × recency.
#[component]
fn HeatChart(data: HeatData) -> impl IntoView {
    let unit = unit_name(data.unit);
    let size = Size::default();
    match data.heat {
        Err(e) => view! { <p class="fit-error">{e}</p> }.into_any(),
        Ok(PAliveGrid {
            frequencies: xs,
            recencies,
            age,
            cells,
        }) => {
            let unit = unit.clone();
            let x_labels: Vec<String> = recencies.iter().map(|r| format::number(*r, 1)).collect();
            let y_labels: Vec<String> = xs.iter().map(ToString::to_string).collect();
            let labels = AxisLabels {
                title: tf("history.heat_title", &[("model", &data.choice.name())]),
                x: tf("history.heat_x", &[("unit", &unit)]),
                y: t("history.heat_y"),
            };
            let svg = chart::heatmap(&cells, &x_labels, &y_labels, &labels, size);
            let caption = tf(
                "history.heat_caption",
                &[("age", &format::number(age, 1)), ("unit", &unit)],
            );
            view! {
                <ChartFigure name="p-alive" caption=caption.clone() svg=Signal::derive(move || svg.clone())>
                    <ChartTable
                        caption=caption.clone()
                        collapsed=true
                        columns=std::iter::once(t("history.heat_corner"))
                            .chain(x_labels.iter().map(|l| format!("{l} {unit}")))
                            .collect()
                        rows=y_labels
                            .iter()
                            .zip(cells.iter())
                            .map(|(y, row)| (y.clone(), row.iter().map(|v| format::percent(*v, 0)).collect()))
                            .collect()
                    />
                </ChartFigure>
            }
            .into_any()
        }
    }
}

/// Calibration against holdout.
#[component]
fn TrackingChart(data: TrackingData) -> impl IntoView {
    let unit = unit_name(data.unit);
    let size = Size::default();
    match data.tracking {
        None => view! { <p class="note">{move || t("history.no_holdout")}</p> }.into_any(),
        Some(Err(e)) => view! { <p class="fit-error">{e}</p> }.into_any(),
        Some(Ok(Tracking {
            points,
            calibration_span: cal,
            start,
        })) => {
            let unit = unit.clone();
            let labels = AxisLabels {
                title: t("history.tracking_title"),
                x: tf(
                    "history.tracking_x",
                    &[("unit", &unit), ("start", &format::date(start))],
                ),
                y: t("history.tracking_y"),
            };
            let series = vec![
                (
                    t("history.actual"),
                    points.iter().map(|p| (p.time, p.actual)).collect(),
                ),
                (
                    t("history.predicted_bgnbd"),
                    points.iter().map(|p| (p.time, p.expected)).collect(),
                ),
            ];
            let svg = chart::two_lines(&series, &labels, size);
            let caption = tf(
                "history.tracking_caption",
                &[("cal", &format::number(cal, 1)), ("unit", &unit)],
            );
            view! {
                <ChartFigure name="tracking" caption=caption.clone() svg=Signal::derive(move || svg.clone())>
                    <ChartTable
                        caption=caption.clone()
                        collapsed=true
                        columns=vec![
                            tf("history.tracking_x", &[("unit", &unit), ("start", &format::date(start))]),
                            t("history.actual"),
                            t("history.predicted_bgnbd"),
                        ]
                        rows=points
                            .iter()
                            .map(|p| (format::number(p.time, 0), vec![format::number(p.actual, 0), format::number(p.expected, 1)]))
                            .collect()
                    />
                </ChartFigure>
            }
            .into_any()
        }
    }
}

/// Distribution of repeat purchases.
#[component]
fn RepeatChart(data: Result<RepeatDistribution, String>) -> impl IntoView {
    let size = Size::default();
    match data {
        Err(e) => view! { <p class="fit-error">{e}</p> }.into_any(),
        Ok(RepeatDistribution {
            actual,
            expected: model,
        }) => {
            let categories: Vec<String> = (0..=HISTOGRAM_MAX_X)
                .map(|x| {
                    if x == HISTOGRAM_MAX_X {
                        format!("{x}+")
                    } else {
                        x.to_string()
                    }
                })
                .collect();
            let labels = AxisLabels {
                title: t("history.hist_title"),
                x: t("history.hist_x"),
                y: t("history.hist_y"),
            };
            let series = vec![
                (t("history.actual"), actual.clone()),
                (t("history.predicted_bgnbd"), model.clone()),
            ];
            let svg = chart::paired_bars(&categories, &series, &labels, size);
            let caption = t("history.hist_caption");
            view! {
                <ChartFigure name="repeat-distribution" caption=caption.clone() svg=Signal::derive(move || svg.clone())>
                    <ChartTable
                        caption=caption.clone()
                        columns=vec![t("history.hist_x"), t("history.actual"), t("history.predicted_bgnbd")]
                        rows=categories
                            .iter()
                            .enumerate()
                            .map(|(i, c)| (c.clone(), vec![format::number(actual[i], 0), format::number(model[i], 1)]))
                            .collect()
                    />
                </ChartFigure>
            }
            .into_any()
        }
    }
}
