//! Step 2: the calibration end and time unit, and the summary's headline figures.

use super::super::compute::one_year;
use super::{current_summary, is_log, unit_name, Page};
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{refuse, Figure};
use crate::engine::btyd::report::{calibration_end_in_log, calibration_span, repeat_buyers};
use crate::engine::btyd::rfm::TimeUnit;
use crate::engine::keys::Keyed;
use crate::engine::model::{parse_date, Date};
use crate::format;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;

/// As a date input holds it, whatever the language.
fn iso_date(d: Date) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The calibration end and unit fields, then customers, repeat buyers and periods.
#[component]
pub(super) fn Calibration(page: Page) -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = page;
    // Step 2: calibration end and time unit.
    let cal_error = RwSignal::new(None::<Message>);
    let commit_end = move |text: String| {
        let (first, last) = p
            .dataset
            .with_untracked(|d| d.as_ref().map_or((None, None), |d| (d.first, d.last)));
        match parse_date(&text) {
            Some(date) if calibration_end_in_log(date, first, last) => {
                cal_error.set(None);
                p.cal_end.set(Some(date));
            }
            _ => {
                let rule = match (first, last) {
                    (Some(f), Some(l)) => Message::new(
                        "history.rule_cal_end",
                        &[("first", &format::date(f)), ("last", &format::date(l))],
                    ),
                    _ => Message::new("history.rule_date", &[]),
                };
                let message =
                    Message::new("table.invalid", &[("found", &text)]).explaining("rule", rule);
                refuse(&state, cal_error, message);
            }
        }
    };
    let is_log = move || is_log(p);

    let summary_ok = move || current_summary(p);
    let summary_error = move || p.summary.get().and_then(Result::err);
    let count_text = move || {
        summary_ok().map_or_else(String::new, |s| format::number(s.customers.len() as f64, 0))
    };
    let repeat_text = move || {
        summary_ok().map_or_else(String::new, |s| {
            let repeat = repeat_buyers(&s);
            tfn(
                "history.repeat_value",
                &[
                    ("buyers", repeat.buyers),
                    (
                        "purchases",
                        usize::try_from(repeat.purchases).unwrap_or(usize::MAX),
                    ),
                ],
                &[],
            )
        })
    };
    let periods_text = move || {
        let first = p.dataset.with(|d| d.as_ref().and_then(|d| d.first));
        summary_ok().map_or_else(String::new, |s| {
            let span = calibration_span(&s, first);
            tf(
                "history.periods_value",
                &[
                    ("calibration", &format::number(span, 1)),
                    ("holdout", &format::number(s.holdout_length, 1)),
                    ("unit", &unit_name(s.unit)),
                    ("end", &format::date(s.holdout_end)),
                ],
            )
        })
    };
    let merged_text = move || {
        summary_ok().map(|s| {
            let mut text = tfn(
                "history.merged",
                &[
                    ("calibration", s.calibration_rows_merged),
                    ("holdout", s.holdout_rows_merged),
                    ("rows", s.rows_read),
                ],
                &[],
            );
            if s.customers_after_calibration > 0 {
                text.push(' ');
                text.push_str(&tfn(
                    "history.after_calibration",
                    &[("count", s.customers_after_calibration)],
                    &[],
                ));
            }
            text
        })
    };

    view! {
        <section aria-labelledby="history-calibration-title">
            <h3 id="history-calibration-title">{move || t("history.calibration_title")}</h3>
            <div class="toolbar">
                <div class="field">
                    <label for="history-cal-end">{move || t("history.cal_end")}</label>
                    <input
                        id="history-cal-end"
                        type="date"
                        prop:value=move || p.cal_end.get().map(iso_date).unwrap_or_default()
                        aria-invalid=move || cal_error.with(Option::is_some).to_string()
                        aria-describedby="history-cal-end-error history-cal-end-note"
                        on:change=move |ev| commit_end(event_target_value(&ev))
                    />
                    <span id="history-cal-end-error" class="field-error">{move || cal_error.with(|e| e.as_ref().map(Message::text))}</span>
                </div>
                <div class="field">
                    <label for="history-unit">{move || if is_log() { t("history.unit") } else { t("history.unit_of_file") }}</label>
                    <select
                        id="history-unit"
                        on:change=move |ev| {
                            let u = TimeUnit::from_key(&event_target_value(&ev)).unwrap_or(TimeUnit::Weeks);
                            p.unit.set(u);
                            p.clv.update(|c| c.t_units = one_year(u));
                        }
                    >
                        {[TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months]
                            .into_iter()
                            .map(|u| view! { <option value=u.key() selected=move || p.unit.get() == u>{move || unit_name(u)}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <p id="history-cal-end-note" class="note">
                {move || if is_log() { t("history.cal_end_note") } else { t("history.cal_end_note_summary") }}
            </p>
            {move || summary_error().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <Show when=move || summary_ok().is_some()>
                <div class="figures">
                    <Figure label=move || t("history.customers") value=Signal::derive(count_text) how=move || t("history.customers_how") />
                    <Figure label=move || t("history.repeat") value=Signal::derive(repeat_text) how=move || t("history.repeat_how") />
                    <Figure label=move || t("history.periods") value=Signal::derive(periods_text) how=move || t("history.periods_how") />
                </div>
                <p class="merged">{move || merged_text().unwrap_or_default()}</p>
            </Show>
        </section>
    }
}
