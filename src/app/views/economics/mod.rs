//! The economics view: what winning and serving customers costs (acquisition cost and cost to
//! serve) and what each customer earns once those costs are counted (annual profit).

pub(crate) mod lines;
mod ranking;

use crate::app::messages::Explain;
use crate::app::state::AppState;
use crate::app::widgets::{
    choice_text, currency, ChartFigure, ChoiceSetting, Figure, Fold, NumberSetting,
};
use crate::chart;
use crate::engine::acquisition::{AnalysisYearSource, NewCustomerSource};
use crate::engine::analysis::Analysis;
use crate::engine::keys::Keyed;
use crate::engine::numbers;
use crate::engine::service_cost::{count_sources, Remainder};
use crate::engine::settings::{AcquisitionCharge, CacDenominator};
use crate::format;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;
use lines::{LineEditor, Lines};
use ranking::ProfitRanking;

/// Text for a value that cannot be computed.
/// The words for what the average CAC divides the spend by.
fn denominator_text(d: CacDenominator) -> String {
    t(&format!("economics.denominator_{}", d.key()))
}

fn dash() -> String {
    t("choice.none")
}

/// Which customers' acquisition cost the annual profit carries, and how many have no year of
/// first purchase (their cost is then not charged to the year).
pub(super) fn year_note(a: &Analysis) -> String {
    let acq = &a.acquisition;
    let unknown = acq.unknown_year;
    match (a.settings_used.acquisition_charge, acq.analysis_year) {
        (AcquisitionCharge::SpreadOverLifetime, _) => t("economics.year_note_spread"),
        (AcquisitionCharge::YearWon, None) => {
            tfn("economics.year_note_no_dates", &[("n", unknown)], &[])
        }
        (AcquisitionCharge::YearWon, Some(y)) => {
            let key = match acq.analysis_year_source {
                AnalysisYearSource::Entered => "economics.year_note_entered",
                _ => "economics.year_note_latest",
            };
            let mut note = tf(key, &[("year", &y.to_string())]);
            if acq.unknown_year > 0 {
                note.push(' ');
                note.push_str(&tfn("economics.unknown_year", &[("n", unknown)], &[]));
            }
            note
        }
    }
}

#[component]
pub fn EconomicsView() -> impl IntoView {
    view! {
        <section class="economics" aria-labelledby="economics-title">
            <h2 id="economics-title">{move || t("view.economics")}</h2>
            <p>{move || t("economics.intro")}</p>
            <Acquisition />
            <Fold key="economics-service" later=true title="economics.service"><CostToServe /></Fold>
            <Fold key="economics-ranking" later=true title="economics.ranking"><ProfitRanking /></Fold>
        </section>
    }
}

/// Acquisition cost: spend lines, new customers, average CAC (spend ÷ new customers), and CAC
/// per channel.
#[component]
fn Acquisition() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let money = move |v: f64| format::money(v, &currency(&state));

    let total = move || a.with(|a| money(a.acquisition.total_spend));
    let total_how = move || {
        a.with(|a| {
            let parts: Vec<String> = a
                .acquisition
                .spend_by_kind
                .iter()
                .map(|(kind, amount)| {
                    tf(
                        "economics.part",
                        &[
                            ("what", &lines::kind_text(kind.key())),
                            ("amount", &money(*amount)),
                        ],
                    )
                })
                .collect();
            if parts.is_empty() {
                t("economics.total_spend_how_empty")
            } else {
                tf("economics.total_spend_how", &[("parts", &parts.join("; "))])
            }
        })
    };
    let source = move || {
        a.with(|a| {
            let n = usize::try_from(a.acquisition.new_customers).unwrap_or(usize::MAX);
            match a.acquisition.new_customers_source {
                NewCustomerSource::Entered => tfn("economics.source_entered", &[("n", n)], &[]),
                NewCustomerSource::WonInYear => {
                    let year = a
                        .acquisition
                        .analysis_year
                        .map(|y| y.to_string())
                        .unwrap_or_default();
                    tfn(
                        match a.acquisition.analysis_year_source {
                            AnalysisYearSource::Entered => "economics.source_won_in_year",
                            _ => "economics.source_won_latest_year",
                        },
                        &[("n", n)],
                        &[("year", &year)],
                    )
                }
                NewCustomerSource::WholeList => {
                    tfn("economics.source_whole_list", &[("n", n)], &[])
                }
            }
        })
    };
    let cac = move || {
        a.with(|a| match &a.acquisition.average_cac {
            Ok(v) => money(*v),
            Err(_) => t("economics.not_available"),
        })
    };
    let cac_how = move || {
        a.with(|a| {
            let acq = &a.acquisition;
            match &acq.average_cac {
                Ok(v) => {
                    // The denominator in force: sales closed only when chosen and given.
                    let (key, count) = match (acq.cac_denominator, acq.sales_closed) {
                        (CacDenominator::SalesClosed, Some(sales)) => {
                            ("economics.cac_how_sales", sales)
                        }
                        _ => ("economics.cac_how", acq.new_customers),
                    };
                    tf(
                        key,
                        &[
                            ("spend", &money(acq.total_spend)),
                            ("count", &format::count(count)),
                            ("cac", &money(*v)),
                        ],
                    )
                }
                Err(e) => tf("economics.cac_how_error", &[("reason", &e.explain())]),
            }
        })
    };
    let denominator_note = move || {
        a.with(|a| {
            let acq = &a.acquisition;
            let chosen = state
                .workspace
                .with(|w| w.current().map(|l| l.settings.cac_denominator));
            // The default is said in the CAC's "How?"; a choice of the other denominator is
            // said here, where it was made.
            match (acq.cac_denominator, chosen) {
                (CacDenominator::SalesClosed, _) => Some(t("economics.denominator_sales")),
                (_, Some(CacDenominator::SalesClosed)) => Some(t("economics.denominator_no_sales")),
                _ => None,
            }
        })
    };
    let cac_error = move || {
        a.with(|a| {
            a.acquisition
                .average_cac
                .as_ref()
                .err()
                .map(|e| e.explain())
        })
    };
    let allocation = move || {
        a.with(|a| {
            let acq = &a.acquisition;
            let shared = acq.shared_cac.filter(|_| acq.average_cac.is_ok())?;
            Some(tf(
                "economics.allocation",
                &[
                    ("n", &acq.sharing_customers.to_string()),
                    ("spend", &money(acq.shared_spend)),
                    ("cac", &money(shared)),
                ],
            ))
        })
    };
    let not_allocated = move || {
        a.with(|a| {
            let left = a.acquisition.not_allocated;
            (left > 0.0).then(|| tf("economics.not_allocated", &[("amount", &money(left))]))
        })
    };
    let ratio_text = |r: f64| tf("economics.ratio", &[("x", &format::number(r, 2))]);
    let ltv_cac = move || {
        a.with(|a| {
            a.acquisition
                .ltv_to_cac
                .map(ratio_text)
                .unwrap_or_else(|| t("economics.not_available"))
        })
    };
    let ltv_cac_how = move || {
        a.with(|a| {
            let acq = &a.acquisition;
            match (acq.average_ltv, &acq.average_cac, acq.ltv_to_cac) {
                (Some(l), Ok(c), Some(r)) => tf(
                    "economics.ltv_cac_how",
                    &[
                        ("ltv", &money(l)),
                        ("cac", &money(*c)),
                        ("ratio", &ratio_text(r)),
                    ],
                ),
                _ => t("economics.ltv_cac_how_missing"),
            }
        })
    };
    let year_note = move || a.with(year_note);
    let rough = move || a.with(|a| a.acquisition.rough_first_assessment);
    let chart = move || {
        a.with(|a| {
            let channels: Vec<(String, f64, f64)> = a
                .acquisition
                .channels
                .iter()
                .filter_map(|c| Some((choice_text(c.channel), c.cac?, c.average_ltv?)))
                .collect();
            let money = currency(&state);
            let labels = chart::AxisLabels {
                title: t("economics.chart_cac_ltv"),
                x: tf("economics.chart_axis_money", &[("currency", &money)]),
                y: t("economics.col_channel"),
            };
            chart::cac_vs_ltv(
                &channels,
                [&t("economics.col_cac"), &t("economics.col_avg_ltv")],
                &labels,
                chart::Size::default(),
            )
        })
    };
    let channel_rows = move || {
        a.with(|a| {
            a.acquisition
                .channels
                .iter()
                .map(|c| {
                    let opt_money = |v: Option<f64>| v.map(money).unwrap_or_else(dash);
                    let ratio = c.ltv_to_cac.map(ratio_text).unwrap_or_else(dash);
                    view! {
                        <tr>
                            <th scope="row">{choice_text(c.channel)}</th>
                            <td class="num">{opt_money(c.spend)}</td>
                            <td class="num">{c.customers_won.to_string()}</td>
                            <td class="num">{opt_money(c.cac)}</td>
                            <td class="num">{opt_money(c.average_ltv)}</td>
                            <td class="num">{ratio}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let no_channels = move || a.with(|a| a.acquisition.channels.is_empty());

    view! {
        <section aria-labelledby="economics-acquisition-title">
            <h3 id="economics-acquisition-title">{move || t("economics.acquisition")}</h3>
            <p>{move || t("economics.spend_intro")}</p>
            <LineEditor lines=Lines::Spend />
            <div class="figures">
                <Figure label=move || t("economics.total_spend") value=Signal::derive(total) how=Signal::derive(total_how) />
            </div>
            <NumberSetting
                id="economics-new-customers"
                label=move || t("economics.new_customers")
                optional=true
                get=|s| s.new_customers.map(|n| n as f64)
                set=|s, v| s.new_customers = v.map(|n| n as u64)
                spec=numbers::CUSTOMER_COUNT
            />
            <p class="source-note">{source}</p>
            <div class="toolbar">
                <ChoiceSetting id="economics-cac-denominator" label=move || t("economics.cac_denominator")
                    text=denominator_text get=|s| s.cac_denominator set=|s, d| s.cac_denominator = d />
                <NumberSetting
                    id="economics-sales-closed"
                    label=move || t("economics.sales_closed")
                    optional=true
                    get=|s| s.sales_closed.map(|n| n as f64)
                    set=|s, v| s.sales_closed = v.map(|n| n as u64)
                    spec=numbers::CUSTOMER_COUNT
                />
            </div>
            {move || denominator_note().map(|note| view! { <p class="denominator-note" data-testid="cac-denominator">{note}</p> })}
            <div class="figures">
                <Figure label=move || t("economics.cac") value=Signal::derive(cac) how=Signal::derive(cac_how) />
            </div>
            {move || cac_error().map(|e| view! { <p class="warning cac-error">{e}</p> })}
            {move || allocation().map(|e| view! { <p class="allocation-note">{e}</p> })}
            {move || not_allocated().map(|e| view! { <p class="warning not-allocated">{e}</p> })}
            <p class="year-note">{year_note}</p>
            <div class="figures">
                <Figure label=move || t("economics.ltv_cac") value=Signal::derive(ltv_cac) how=Signal::derive(ltv_cac_how) />
            </div>
            <Show when=rough>
                <p class="rough-note">{move || t("economics.rough")}</p>
            </Show>
            <ChartFigure name="cac-ltv" caption=move || t("economics.chart_cac_ltv") svg=Signal::derive(chart) />
            <Show
                when=move || !no_channels()
                fallback=|| view! { <p class="empty-note">{move || t("economics.no_channels")}</p> }
            >
                <div class="table-scroll">
                    <table class="channels">
                        <caption>{move || t("economics.channels")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t("economics.col_channel")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_spend")>{move || t("economics.col_spend")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_won")>{move || t("economics.col_won")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_cac")>{move || t("economics.col_cac")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_avg_ltv")>{move || t("economics.col_avg_ltv")}</th>
                                <th scope="col" class="num" title=move || t("economics.title_ltv_cac")>{move || t("economics.col_ltv_cac")}</th>
                            </tr>
                        </thead>
                        <tbody>{channel_rows}</tbody>
                    </table>
                </div>
                <p class="table-note">{move || t("economics.channels_note")}</p>
            </Show>
        </section>
    }
}

/// Cost to serve: service cost lines, customers served, the average (total ÷ served), and own
/// costs.
#[component]
fn CostToServe() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let money = move |v: f64| format::money(v, &currency(&state));
    let served = move || {
        a.with(|a| {
            let n = usize::try_from(a.service_cost.customers_served).unwrap_or(usize::MAX);
            if a.service_cost.served_counted {
                tfn("economics.served_counted", &[("n", n)], &[])
            } else {
                tfn("economics.served_entered", &[("n", n)], &[])
            }
        })
    };
    let average = move || {
        a.with(|a| match &a.service_cost.average {
            Ok(v) => money(*v),
            Err(_) => t("economics.not_available"),
        })
    };
    let average_how = move || {
        a.with(|a| {
            let s = &a.service_cost;
            match &s.average {
                Ok(v) => tf(
                    "economics.service_how",
                    &[
                        ("total", &money(s.total)),
                        ("count", &format::count(s.customers_served)),
                        ("average", &money(*v)),
                    ],
                ),
                Err(e) => tf("economics.service_how_error", &[("reason", &e.explain())]),
            }
        })
    };
    let average_error =
        move || a.with(|a| a.service_cost.average.as_ref().err().map(|e| e.explain()));
    let share = move || {
        a.with(|a| {
            a.service_cost
                .share
                .map(money)
                .unwrap_or_else(|| t("economics.not_available"))
        })
    };
    let share_how = move || {
        a.with(|a| {
            let s = &a.service_cost;
            match s.share {
                Some(v) => tf(
                    "economics.share_how",
                    &[
                        ("total", &money(s.total)),
                        ("own", &money(s.own_total)),
                        ("count", &format::count(s.sharing_customers)),
                        ("share", &money(v)),
                    ],
                ),
                None => t("economics.share_how_missing"),
            }
        })
    };
    let remainder = move || {
        a.with(|a| {
            let s = &a.service_cost;
            match s.remainder {
                Remainder::OwnExceedsTotal { excess } => Some(tf(
                    "economics.own_exceeds",
                    &[
                        ("own", &money(s.own_total)),
                        ("total", &money(s.total)),
                        ("excess", &money(excess)),
                    ],
                )),
                Remainder::NobodyShares { remaining } => Some(tf(
                    "economics.service_not_allocated",
                    &[("amount", &money(remaining))],
                )),
                Remainder::Shared | Remainder::NoTotal => None,
            }
        })
    };
    let benchmark = move || {
        a.with(|a| match &a.service_cost.benchmark {
            Some(b) => {
                let key = if b.difference > 0.0 {
                    "economics.benchmark_above"
                } else if b.difference < 0.0 {
                    "economics.benchmark_below"
                } else {
                    "economics.benchmark_equal"
                };
                tf(
                    key,
                    &[
                        ("average", &money(b.average)),
                        ("benchmark", &money(b.benchmark)),
                        ("difference", &money(b.difference.abs())),
                        ("ratio", &format::number(b.ratio.unwrap_or(0.0), 2)),
                    ],
                )
            }
            None => t("economics.benchmark_none"),
        })
    };
    let own_note = move || {
        a.with(|a| {
            let counts = count_sources(a.customers.iter().map(|c| c.profit.service_cost_source));
            tfn(
                "economics.own_note",
                &[("count", a.customers.len())],
                &[
                    ("own", &format::count(counts.own)),
                    ("average", &format::count(counts.average)),
                    ("unknown", &format::count(counts.unknown)),
                ],
            )
        })
    };
    view! {
        <section aria-labelledby="economics-service-title">
            <h3 id="economics-service-title">{move || t("economics.service")}</h3>
            <p>{move || t("economics.service_intro")}</p>
            <LineEditor lines=Lines::Service />
            <NumberSetting
                id="economics-customers-served"
                label=move || t("economics.customers_served")
                optional=true
                get=|s| s.customers_served.map(|n| n as f64)
                set=|s, v| s.customers_served = v.map(|n| n as u64)
                spec=numbers::CUSTOMER_COUNT
            />
            <p class="source-note">{served}</p>
            <div class="figures">
                <Figure label=move || t("economics.average_service") value=Signal::derive(average) how=Signal::derive(average_how) />
            </div>
            <NumberSetting
                id="economics-service-benchmark"
                label=move || t("economics.service_benchmark")
                optional=true
                get=|s| s.service_cost_benchmark
                set=|s, v| s.service_cost_benchmark = v
                spec=numbers::LINE_AMOUNT
            />
            <p class="benchmark-note" data-testid="service-benchmark">{benchmark}</p>
            {move || average_error().map(|e| view! { <p class="warning service-error">{e}</p> })}
            // When every customer served has its own cost there is no one to share the rest:
            // the own-cost note below says so, and no empty figure stands in the way.
            <Show when=move || a.with(|a| a.service_cost.sharing_customers > 0 || a.service_cost.average.is_err())>
                <div class="figures">
                    <Figure label=move || t("economics.share_service") value=Signal::derive(share) how=Signal::derive(share_how) />
                </div>
            </Show>
            {move || remainder().map(|e| view! { <p class="warning service-remainder">{e}</p> })}
            <p class="own-note">{own_note}</p>
        </section>
    }
}
