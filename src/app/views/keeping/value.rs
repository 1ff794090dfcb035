//! The customer's side of the relationship: delivered value (what the customer gets minus
//! what it gives) with the churn risks it marks beside their profit to us, share of wallet
//! with the room to grow, and the source articles' own checks said in words.

use super::KeyedTable;
use crate::app::messages::Message;
use crate::app::pager::{page_bounds, Cell, Column, PagedTable};
use crate::app::state::AppState;
use crate::app::widgets::{
    choice_text, money, read_number, refuse, ChoiceSetting, Disclosure, EmptyNote, Figure,
    NumberSetting, ValidatedField,
};
use crate::engine::analysis::Analysis;
use crate::engine::delivered::DeliveredComponent;
use crate::engine::keys::Keyed;
use crate::engine::keys::VariantArray;
use crate::engine::model::MarketType;
use crate::engine::numbers;
use crate::engine::seed_checks::{MostProfitable, RevenueQuartile, StageShape};
use crate::engine::settings::DeliveredScale;
use crate::format;
use crate::i18n::{t, tf, tfn};
use leptos::prelude::*;

fn scale_text(s: DeliveredScale) -> String {
    t(&format!("keeping.scale_{}", s.key()))
}

/// A delivered-value amount: money, or points on the 0–10 scale.
fn amount_text(state: &AppState, scale: DeliveredScale, v: f64) -> String {
    match scale {
        DeliveredScale::Money => money(state, v),
        DeliveredScale::Score => tf("keeping.points", &[("n", &format::number(v, 1))]),
    }
}

#[component]
pub(super) fn DeliveredSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let summary = move || {
        a.with(|a| {
            let d = &a.delivered;
            let mut text = tfn(
                "keeping.delivered_summary",
                &[("risks", d.at_risk.len())],
                &[
                    ("count", &format::count(d.customers)),
                    ("profit", &money(&state, d.at_risk_profit)),
                ],
            );
            if let Some(top) = d
                .top_quarter_profit
                .filter(|_| !d.high_profit_at_risk.is_empty())
            {
                text.push(' ');
                text.push_str(&tfn(
                    "keeping.delivered_high_profit",
                    &[("high", d.high_profit_at_risk.len())],
                    &[
                        ("top", &money(&state, top)),
                        ("profit", &money(&state, d.high_profit_at_risk_profit)),
                    ],
                ));
            }
            text
        })
    };
    let out_of_scale = move || {
        a.with(|a| {
            let n = a.delivered.out_of_scale;
            (n > 0).then(|| {
                view! { <p class="warning">{tfn("keeping.out_of_scale", &[("count", n)], &[])}</p> }
            })
        })
    };
    let page = RwSignal::new(0usize);
    let total = Signal::derive(move || a.with(|a| a.delivered.at_risk.len()));
    let rows = move || {
        let (start, end) = page_bounds(page.get(), total.get());
        a.with(|a| {
            let scale = a.delivered.scale;
            a.delivered
                .at_risk
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .filter_map(|&i| a.customers.get(i).map(|c| (i, c)))
                .filter_map(|(i, c)| c.delivered.as_ref().map(|d| (i, c, d)))
                .map(|(i, c, d)| {
                    let amount = |v: Option<f64>| {
                        v.map(|v| amount_text(&state, scale, v)).unwrap_or_default()
                    };
                    let profit = c.profit.profit;
                    let high = a.delivered.high_profit_at_risk.contains(&i);
                    vec![
                        Cell::Name(state.name_of(c)),
                        Cell::Figure(amount(d.value)),
                        Cell::Figure(amount(d.cost)),
                        if d.delivered.is_some_and(|v| v < 0.0) {
                            Cell::Loss(amount(d.delivered))
                        } else {
                            Cell::Figure(amount(d.delivered))
                        },
                        if profit < 0.0 {
                            Cell::Loss(money(&state, profit))
                        } else {
                            Cell::Figure(money(&state, profit))
                        },
                        Cell::Text(if high {
                            t("keeping.flag_high_profit")
                        } else {
                            String::new()
                        }),
                    ]
                })
                .collect::<Vec<_>>()
        })
    };
    let segments = move || {
        a.with(|a| {
            let scale = a.delivered.scale;
            a.delivered
                .by_market
                .iter()
                .map(|s| {
                    let name = s
                        .market_type
                        .map(choice_text)
                        .unwrap_or_else(|| t("keeping.segment_unknown"));
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="num">{format::count(s.customers)}</td>
                            <td class="num">{amount_text(&state, scale, s.average_value)}</td>
                            <td class="num">{amount_text(&state, scale, s.average_cost)}</td>
                            <td class="num">{amount_text(&state, scale, s.average_delivered)}</td>
                            <td class="num">{format::count(s.at_risk)}</td>
                            <td class="num">{money(&state, s.average_profit)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let any = move || a.with(|a| a.delivered.customers > 0);
    view! {
        <section aria-labelledby="keeping-delivered-title">
            <h3 id="keeping-delivered-title">{move || t("keeping.delivered_title")}</h3>
            <p>{move || t("keeping.delivered_intro")}</p>
            <div class="toolbar">
                <ChoiceSetting id="delivered-scale" label=move || t("keeping.delivered_scale") text=scale_text
                    get=|s| s.delivered_scale set=|s, v| s.delivered_scale = v />
                <NumberSetting id="delivered-low" label=move || t("keeping.delivered_low")
                    get=|s| Some(s.delivered_low_share) set=|s, v| s.delivered_low_share = v.unwrap_or(0.1)
                    spec=numbers::DELIVERED_LOW_SHARE />
            </div>
            <Disclosure class="how" summary=|| view! { <summary aria-label=move || tf("how.summary", &[("what", &t("keeping.delivered_title"))])>{move || t("how.short")}</summary> }>
                <p>{move || t("keeping.delivered_how")}</p>
            </Disclosure>
            {out_of_scale}
            <SegmentDelivered />
            <Show when=any fallback=|| view! { <EmptyNote text=move || t("keeping.delivered_none") /> }>
                <p class="delivered-summary" data-testid="delivered-summary">{summary}</p>
                <Show when=move || { total.get() > 0 }>
                    <PagedTable
                        class="at-risk"
                        caption=Signal::derive(move || tf("keeping.at_risk_caption", &[("count", &format::count(total.get()))]))
                        columns=vec![
                            Column::new("keeping.col_customer"),
                            Column::new("keeping.col_value"),
                            Column::new("keeping.col_cost"),
                            Column::explained("keeping.col_delivered", "keeping.col_delivered_how"),
                            Column::new("keeping.col_profit"),
                            Column::new("keeping.col_flag"),
                        ]
                        rows=rows
                        page=page
                        total=total
                        pager_label=move || t("keeping.at_risk_pages")
                    />
                </Show>
                <KeyedTable class="delivered-by-market" caption="keeping.by_market_caption" columns=MARKET_COLUMNS rows=segments />
            </Show>
        </section>
    }
}

/// The page's name of a component, as the Customers table's column calls it.
fn component_text(c: DeliveredComponent) -> String {
    let field = match c {
        DeliveredComponent::Product => "delivered_product",
        DeliveredComponent::Service => "delivered_service",
        DeliveredComponent::People => "delivered_people",
        DeliveredComponent::Image => "delivered_image",
        DeliveredComponent::Price => "customer_cost_price",
        DeliveredComponent::Time => "customer_cost_time",
        DeliveredComponent::Effort => "customer_cost_effort",
        DeliveredComponent::Risk => "customer_cost_risk",
    };
    t(&format!("field.{field}"))
}

/// Delivered value entered for a whole market type, for its customers without their own: a
/// grid of market types by the eight components, saved with the list.
#[component]
fn SegmentDelivered() -> impl IntoView {
    view! {
        <Disclosure class="segment-delivered" summary=|| view! { <summary>{move || t("keeping.segment_delivered")}</summary> }>
            <p class="note">{move || t("keeping.segment_delivered_note")}</p>
            <div class="table-scroll">
                <table class="segment-delivered">
                    <caption>{move || t("keeping.segment_delivered")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t("field.market_type")}</th>
                            {DeliveredComponent::VARIANTS
                                .iter()
                                .map(|&c| view! { <th scope="col">{move || component_text(c)}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {MarketType::VARIANTS
                            .iter()
                            .map(|&m| view! {
                                <tr>
                                    <th scope="row">{move || choice_text(m)}</th>
                                    {DeliveredComponent::VARIANTS
                                        .iter()
                                        .map(|&c| view! { <td><SegmentComponent market=m component=c /></td> })
                                        .collect_view()}
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </Disclosure>
    }
}

/// One component of one market type's delivered value; empty clears it.
#[component]
fn SegmentComponent(market: MarketType, component: DeliveredComponent) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<Message>);
    let shown = move || {
        state.workspace.with(|w| {
            w.current()
                .and_then(|l| l.settings.segment_delivered.get(&market))
                .and_then(|d| component.get(d))
                .map(|v| format::field_text(numbers::LINE_AMOUNT, v))
                .unwrap_or_default()
        })
    };
    let store = move |value: Option<f64>| {
        state.edit_current(|l| {
            let segments = &mut l.settings.segment_delivered;
            let d = segments.entry(market).or_default();
            component.set(d, value);
            if d.is_empty() {
                segments.remove(&market);
            }
        });
    };
    let commit = move |text: String| {
        if text.trim().is_empty() {
            error.set(None);
            store(None);
            return;
        }
        match read_number(numbers::LINE_AMOUNT, &text) {
            Ok(v) => {
                error.set(None);
                store(Some(v));
            }
            Err(message) => refuse(&state, error, message),
        }
    };
    let label = move || {
        tf(
            "keeping.segment_cell",
            &[
                ("part", &component_text(component)),
                ("market", &choice_text(market)),
            ],
        )
    };
    view! {
        <ValidatedField id=format!("seg-delivered-{}-{}", market.key(), component.key()) label=label
            hidden_label=true value=Signal::derive(shown) error=error commit=commit />
    }
}

const MARKET_COLUMNS: &[&str] = &[
    "field.market_type",
    "keeping.col_customers",
    "keeping.col_value",
    "keeping.col_cost",
    "keeping.col_delivered",
    "keeping.col_at_risk",
    "keeping.col_profit",
];
const WALLET_COLUMNS: &[&str] = &[
    "keeping.col_customer",
    "keeping.col_revenue",
    "field.category_spend",
    "keeping.col_share",
    "pyramid.col_room",
];
const GROUP_COLUMNS: &[&str] = &[
    "keeping.col_group",
    "keeping.col_customers",
    "keeping.col_profit_per",
];

#[component]
pub(super) fn WalletSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let share = move || {
        a.with(|a| {
            a.wallet
                .average_share
                .map(|s| format::percent(s, 1))
                .unwrap_or_else(|| t("economics.not_available"))
        })
    };
    let share_how = move || {
        a.with(|a| {
            tfn(
                "keeping.wallet_share_how",
                &[("count", a.wallet.customers)],
                &[],
            )
        })
    };
    let room = move || a.with(|a| money(&state, a.wallet.total_room_to_grow));
    let above = move || {
        a.with(|a| {
            let n = a.wallet.above_spend.len();
            (n > 0).then(|| {
                view! { <p class="warning">{tfn("keeping.wallet_above", &[("count", n)], &[])}</p> }
            })
        })
    };
    // Customers with a category spend, most room to grow first (those whose revenue is above
    // their spend last, by how far): sorted once per analysis, not per page.
    let order = Memo::new(move |_| {
        a.with(|a| {
            let mut order: Vec<(usize, f64)> = state.with_customers(|list| {
                a.customers
                    .iter()
                    .enumerate()
                    .filter_map(|(i, c)| c.wallet_in(list).map(|w| (i, w.room_to_grow)))
                    .collect()
            });
            order.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            order.into_iter().map(|(i, _)| i).collect::<Vec<_>>()
        })
    });
    let page = RwSignal::new(0usize);
    let total = Signal::derive(move || order.with(Vec::len));
    let rows = move || {
        let (start, end) = page_bounds(page.get(), total.get());
        order.with(|order| {
            a.with(|a| {
                order
                    .get(start..end)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|&i| a.customers.get(i))
                    .filter_map(|c| {
                        state
                            .with_customers(|list| c.wallet_in(list))
                            .map(|w| (c, w))
                    })
                    .map(|(c, w)| {
                        let room = money(&state, w.room_to_grow);
                        vec![
                            Cell::Name(state.name_of(c)),
                            Cell::Figure(money(&state, c.profit.revenue)),
                            Cell::Figure(money(&state, c.profit.revenue + w.room_to_grow)),
                            Cell::Figure(format::percent(w.share, 1)),
                            if w.above_spend {
                                Cell::Loss(room)
                            } else {
                                Cell::Figure(room)
                            },
                        ]
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let any = move || a.with(|a| a.wallet.customers > 0);
    view! {
        <section aria-labelledby="keeping-wallet-title">
            <h3 id="keeping-wallet-title">{move || t("keeping.wallet_title")}</h3>
            <p>{move || t("keeping.wallet_intro")}</p>
            <Show when=any fallback=|| view! { <EmptyNote text=move || t("keeping.wallet_none") /> }>
                <div class="figures">
                    <Figure label=move || t("keeping.wallet_share") value=Signal::derive(share) how=share_how />
                    <Figure label=move || t("keeping.wallet_room") value=Signal::derive(room) how=move || t("keeping.wallet_room_how") />
                </div>
                {above}
                <PagedTable
                    class="wallet"
                    caption=Signal::derive(move || tf("keeping.wallet_caption", &[("count", &format::count(total.get()))]))
                    columns=WALLET_COLUMNS.iter().map(|key| Column::new(key)).collect()
                    rows=rows
                    page=page
                    total=total
                    pager_label=move || t("keeping.wallet_pages")
                />
            </Show>
        </section>
    }
}

fn quartile_text(q: RevenueQuartile) -> String {
    t(&format!("keeping.quartile_{}", q.key()))
}

/// Whether profit by lifecycle stage forms the expected inverted U, and which stage breaks it.
pub(crate) fn stage_shape_text(a: &Analysis) -> String {
    match a.seed_checks.stage_shape {
        StageShape::InvertedU { peak } => {
            tf("keeping.shape_inverted_u", &[("peak", &choice_text(peak))])
        }
        StageShape::Breaks { stage } => {
            tf("keeping.shape_breaks", &[("stage", &choice_text(stage))])
        }
        StageShape::TooFewStages => t("keeping.shape_too_few"),
    }
}

/// Whether the most profitable customers per head are the biggest, as people expect, or a
/// middle group, as the articles warn.
fn peak_text<G: Copy>(peak: MostProfitable<G>, name: fn(G) -> String, what: &str) -> String {
    match peak {
        MostProfitable::Biggest => tf("keeping.peak_biggest", &[("what", what)]),
        MostProfitable::Middle { group } => tf(
            "keeping.peak_middle",
            &[("what", what), ("group", &name(group))],
        ),
        MostProfitable::Smallest => tf("keeping.peak_smallest", &[("what", what)]),
        MostProfitable::TooFew => tf("keeping.peak_too_few", &[("what", what)]),
    }
}

#[component]
pub(super) fn ChecksSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.analysis;
    let shape = move || a.with(stage_shape_text);
    let size = move || {
        a.with(|a| {
            peak_text(
                a.seed_checks.size_peak,
                choice_text,
                &t("keeping.what_size"),
            )
        })
    };
    let revenue = move || {
        a.with(|a| {
            peak_text(
                a.seed_checks.revenue_peak,
                quartile_text,
                &t("keeping.what_revenue"),
            )
        })
    };
    let rows = move || {
        a.with(|a| {
            let sizes = a
                .seed_checks
                .by_size
                .iter()
                .map(|g| (choice_text(g.group), g.customers, g.average_profit));
            let quarters = a
                .seed_checks
                .by_revenue
                .iter()
                .map(|g| (quartile_text(g.group), g.customers, g.average_profit));
            sizes
                .chain(quarters)
                .map(|(name, n, avg)| {
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="num">{format::count(n)}</td>
                            <td class="num">{money(&state, avg)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="keeping-checks-title">
            <h3 id="keeping-checks-title">{move || t("keeping.checks_title")}</h3>
            <ul class="checks">
                <li data-testid="check-stages">{shape}</li>
                <li data-testid="check-size">{size}</li>
                <li data-testid="check-revenue">{revenue}</li>
            </ul>
            <KeyedTable class="profit-by-group" caption="keeping.groups_caption" columns=GROUP_COLUMNS rows=rows />
        </section>
    }
}
