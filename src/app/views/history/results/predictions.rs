//! Step 5: the prediction inputs, the predictions table and what to do with it.

use super::super::compute::{
    add_predictions, list_customer, tier_by_predicted_clv, Fits, ModelChoice,
};
use super::table::{NumberField, PagedTable, RowSource};
use super::{current_summary, dataset_name, is_log, left_out_text, unit_name, Page};
use crate::app::import::CheckProgress;
use crate::app::messages::Message;
use crate::app::state::{list_name, AppState};
use crate::engine::btyd::report::Prediction;
use crate::engine::btyd::rfm::DAYS_PER_MONTH;
use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::numbers;
use crate::format;
use crate::i18n::{formula, t, tf, tfn, tfx};
use crate::io::predictions::predictions_csv;
use crate::lists::CustomerList;
use leptos::prelude::*;

/// The model choice, t, horizon and discount fields, the predictions table and its buttons.
#[component]
pub(super) fn Predictions(page: Page, fits: Memo<Option<Fits>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = page;
    let unit = move || unit_name(p.unit.get());
    let summary_ok = move || current_summary(p);
    // Step 5: predictions.
    let preds = move || p.predictions.get().and_then(Result::ok);
    let pred_error = move || p.predictions.get().and_then(Result::err);
    let pred_headers = Signal::derive(move || {
        let u = unit();
        let inputs = p.clv.get();
        vec![
            (t("history.col_id"), String::new()),
            (t("history.col_p_alive"), t("history.col_p_alive_how")),
            (
                tf(
                    "history.col_expected",
                    &[("t", &format::input_number(inputs.t_units)), ("unit", &u)],
                ),
                t("history.col_expected_how"),
            ),
            (
                t("history.col_spend"),
                tf(
                    "history.col_spend_how",
                    &[
                        ("formula", formula::GAMMA_GAMMA_CONDITIONAL_SPEND),
                        ("population_mean", formula::GAMMA_GAMMA_POPULATION_MEAN),
                    ],
                ),
            ),
            (
                tfx(
                    "history.col_clv",
                    &[
                        ("h", f64::from(inputs.horizon_months), 0),
                        ("days", DAYS_PER_MONTH, 4),
                    ],
                    &[],
                ),
                tf("history.col_clv_how", &[("formula", formula::MONTHLY_CLV)]),
            ),
        ]
    });
    // BG/NBD's 100 % for customers who never bought again is the model, not a finding: said
    // beside the column while such rows are shown, with Pareto/NBD one click away.
    let bgnbd_no_repeat_text = move || {
        if p.choice.get() != ModelChoice::BgNbd {
            return None;
        }
        let count = summary_ok().map_or(0, |s| s.without_repeat());
        (count > 0).then(|| {
            tfn(
                "history.bgnbd_no_repeat",
                &[("count", count)],
                &[("p", &format::percent(1.0, 1))],
            )
        })
    };
    let pred_rows = Signal::derive(preds);
    let export_predictions = move |_| {
        let (Some(v), Some(s)) = (preds(), summary_ok()) else {
            return;
        };
        let inputs = p.clv.get_untracked();
        let csv = predictions_csv(&s, &v, inputs.t_units, inputs.horizon_months);
        let name = dataset_name(p);
        state.offer_file(
            &format!("{name} - predictions.csv"),
            "text/csv;charset=utf-8",
            &csv,
        );
    };
    let add_to_open = move |_| {
        let Some(v) = preds() else { return };
        let mut matched = 0;
        let list_name = state
            .workspace
            .with_untracked(|w| w.current().map(list_name).unwrap_or_default());
        state.edit_current(|l| matched = add_predictions(&mut l.customers, &v));
        let message = if matched == 0 {
            Message::new("history.added_none", &[("list", &list_name)])
        } else {
            Message::new("history.added", &[("list", &list_name)])
                .counting("matched", matched)
                .counting("unmatched", v.len() - matched.min(v.len()))
        };
        state.announce(message.clone());
        p.outcome.set(Some(message));
    };
    let create_list = move |_| {
        let (Some(v), Some(s)) = (preds(), summary_ok()) else {
            return;
        };
        let from_table = !is_log(p);
        let name = dataset_name(p);
        let mut list =
            CustomerList::new(String::new(), tf("history.list_name", &[("name", &name)]));
        let mut customers: Vec<_> = s
            .customers
            .iter()
            .map(|c| list_customer(c, from_table))
            .collect();
        add_predictions(&mut customers, &v);
        let count = customers.len();
        list.customers = customers.into();
        let pyramid = t("history.pyramid_name");
        tier_by_predicted_clv(&mut list.settings, &pyramid);
        let created = state.edit_workspace(|w| w.add(list), |id| vec![id.clone()]);
        let list_name = created
            .and_then(|id| {
                state
                    .workspace
                    .with_untracked(|w| w.get(&id).map(list_name))
            })
            .unwrap_or_default();
        let message = Message::new(
            "history.created",
            &[("list", &list_name), ("pyramid", &pyramid)],
        )
        .counting("count", count);
        state.announce(message.clone());
        p.outcome.set(Some(message));
    };

    view! {
                <section aria-labelledby="history-predictions-title">
                    <h3 id="history-predictions-title">{move || t("history.predictions_title")}</h3>
                    <div class="toolbar">
                        <div class="field">
                            <label for="history-model">{move || t("history.model")}</label>
                            <select
                                id="history-model"
                                on:change=move |ev| {
                                    if let Some(choice) = ModelChoice::from_key(&event_target_value(&ev)) {
                                        p.choice.set(choice);
                                    }
                                }
                            >
                                {ModelChoice::VARIANTS
                                    .iter()
                                    .map(|&choice| view! { <option value=choice.key() selected=move || p.choice.get() == choice>{choice.name()}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <NumberField
                            id="history-t"
                            label=Signal::derive(move || tf("history.t_label", &[("unit", &unit())]))
                            spec=numbers::PREDICTION_PERIODS
                            value=Signal::derive(move || p.clv.get().t_units)
                            set=move |v| p.clv.update(|c| c.t_units = v)
                        />
                        <NumberField
                            id="history-horizon"
                            label=Signal::derive(|| t("history.horizon_label"))
                            spec=numbers::HORIZON_MONTHS
                            value=Signal::derive(move || f64::from(p.clv.get().horizon_months))
                            set=move |v| p.clv.update(|c| c.horizon_months = v as u32)
                        />
                        <NumberField
                            id="history-discount"
                            label=Signal::derive(|| t("history.discount_label"))
                            spec=numbers::MONTHLY_DISCOUNT
                            value=Signal::derive(move || p.clv.get().monthly_discount)
                            set=move |v| p.clv.update(|c| c.monthly_discount = v)
                        />
                    </div>
                    <p class="note">
                        {move || tf("history.per_month", &[("month", &formula::month_days()), ("n", &format::number(p.unit.get().per_month(), 3)), ("unit", &unit()), ("clv", formula::MONTHLY_CLV)])}
                    </p>
                    {move || pred_error().map(|e| view! { <p class="fit-error">{e}</p> })}
                    <CheckProgress id="history-predicting" label="history.predicting" cancel_label="history.cancel_predictions" progress=p.predicting cancel=p.predict_cancel counted="history.predicting_count" />
                    <p role="status" class="progress-line">
                        {move || (p.predict_cancel.get() && p.predicting.with(Option::is_none)).then(|| t("history.predictions_cancelled"))}
                    </p>
                    <Show when=move || p.predict_cancel.get() && p.predicting.with(Option::is_none) && p.predictions.with(Option::is_none)>
                        <div class="buttons">
                            <button on:click=move |_| p.predict_again.update(|n| *n += 1)>{move || t("history.predict_again")}</button>
                        </div>
                    </Show>
                    <Show when=move || p.predictions.with(|x| matches!(x, Some(Ok(_))))>
                        {move || bgnbd_no_repeat_text().map(|text| view! {
                            <p class="note" data-note="bgnbd-no-repeat">
                                {text} " "
                                <button on:click=move |_| p.choice.set(ModelChoice::ParetoNbd)>{move || t("history.show_paretonbd")}</button>
                            </p>
                        })}
                        <PagedTable
                            id="history-predictions-table"
                            caption=Signal::derive(move || tf("history.predictions_caption", &[("model", &p.choice.get().name())]))
                            headers=pred_headers
                            rows=pred_rows
                            search="history-predictions-search"
                        />
                        {move || left_out_text(p, fits).map(|text| view! { <p class="note" data-left-out="predictions">{text}</p> })}
                        <p class="note">{move || t("history.predictions_note")}</p>
                        <div class="buttons">
                            <button on:click=export_predictions>{move || t("history.export_predictions")}</button>
                            <button on:click=add_to_open>{move || t("history.add_to_open")}</button>
                            <button on:click=create_list>{move || t("history.create_list")}</button>
                        </div>
                    </Show>
                    <p class="outcome">{move || p.outcome.with(|m| m.as_ref().map(Message::text)).unwrap_or_default()}</p>
                </section>
    }
}

impl RowSource for Vec<Prediction> {
    fn count(&self) -> usize {
        self.len()
    }
    fn id(&self, row: usize) -> &str {
        &self[row].id
    }
    fn cells(&self, row: usize) -> Vec<String> {
        let x = &self[row];
        vec![
            format::percent(x.p_alive, 1),
            format::number(x.expected, 3),
            format::number(x.spend, 2),
            format::number(x.clv, 2),
        ]
    }
}
