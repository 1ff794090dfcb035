//! Editable lists of named money lines: outreach spend (to win customers), service cost and
//! retention spend (to keep them).
//! Every field validates where it is typed; a refused value is never stored.

use crate::app::browser::focus_later;
use crate::app::messages::Message;
use crate::app::state::AppState;
use crate::app::widgets::{
    choice_options, choice_text, field_value, name_required, options_of, read_number, refuse,
};
use crate::engine::keys::Keyed;
use crate::engine::model::Channel;
use crate::engine::numbers::LINE_AMOUNT;
use crate::engine::settings::{
    CostLine, RetentionLevel, RetentionLine, ServiceCostKind, Settings, SpendKind, SpendLine,
};
use crate::format;
use crate::i18n::{t, tf};
use crate::io::fields::Field;
use leptos::prelude::*;

/// Which list of lines an editor works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// `Settings::spend_lines`.
    Spend,
    /// `Settings::service_cost_lines`.
    Service,
    /// `Settings::retention_lines`, whose kind is the level of tie a line builds.
    Retention,
}

/// The text of a kind key (`sales_staff`, `delivery`, …).
pub(super) fn kind_text(key: &str) -> String {
    t(&format!("economics.kind_{key}"))
}

impl Lines {
    fn prefix(self) -> &'static str {
        match self {
            Lines::Spend => "spend",
            Lines::Service => "service",
            Lines::Retention => "retention",
        }
    }

    pub fn len(self, s: &Settings) -> usize {
        match self {
            Lines::Spend => s.spend_lines.len(),
            Lines::Service => s.service_cost_lines.len(),
            Lines::Retention => s.retention_lines.len(),
        }
    }

    /// The line's name; a line without one (the demo's) is called by its channel or kind, in
    /// the active language.
    fn name(self, s: &Settings, i: usize) -> Option<String> {
        let (name, generic) = match self {
            Lines::Spend => s.spend_lines.get(i).map(|l| {
                let generic = match l.channel {
                    Some(channel) => choice_text(channel),
                    None => kind_text(l.kind.key()),
                };
                (l.name.clone(), generic)
            }),
            Lines::Service => s
                .service_cost_lines
                .get(i)
                .map(|l| (l.name.clone(), kind_text(l.kind.key()))),
            Lines::Retention => s
                .retention_lines
                .get(i)
                .map(|l| (l.name.clone(), kind_text(l.level.key()))),
        }?;
        Some(if name.is_empty() { generic } else { name })
    }

    fn amount(self, s: &Settings, i: usize) -> Option<f64> {
        match self {
            Lines::Spend => s.spend_lines.get(i).map(|l| l.amount),
            Lines::Service => s.service_cost_lines.get(i).map(|l| l.amount),
            Lines::Retention => s.retention_lines.get(i).map(|l| l.amount),
        }
    }

    fn kind_key(self, s: &Settings, i: usize) -> String {
        match self {
            Lines::Spend => s.spend_lines.get(i).map(|l| l.kind.key()),
            Lines::Service => s.service_cost_lines.get(i).map(|l| l.kind.key()),
            Lines::Retention => s.retention_lines.get(i).map(|l| l.level.key()),
        }
        .unwrap_or_default()
        .to_string()
    }

    fn channel_key(self, s: &Settings, i: usize) -> String {
        match self {
            Lines::Spend => s
                .spend_lines
                .get(i)
                .and_then(|l| l.channel.map(|c| c.key().to_string())),
            Lines::Service | Lines::Retention => None,
        }
        .unwrap_or_default()
    }

    fn kinds(self) -> Vec<&'static str> {
        match self {
            Lines::Spend => SpendKind::keys(),
            Lines::Service => ServiceCostKind::keys(),
            Lines::Retention => RetentionLevel::keys(),
        }
    }

    fn set_name(self, s: &mut Settings, i: usize, name: String) {
        match self {
            Lines::Spend => {
                if let Some(l) = s.spend_lines.get_mut(i) {
                    l.name = name;
                }
            }
            Lines::Service => {
                if let Some(l) = s.service_cost_lines.get_mut(i) {
                    l.name = name;
                }
            }
            Lines::Retention => {
                if let Some(l) = s.retention_lines.get_mut(i) {
                    l.name = name;
                }
            }
        }
    }

    fn set_amount(self, s: &mut Settings, i: usize, amount: f64) {
        match self {
            Lines::Spend => {
                if let Some(l) = s.spend_lines.get_mut(i) {
                    l.amount = amount;
                }
            }
            Lines::Service => {
                if let Some(l) = s.service_cost_lines.get_mut(i) {
                    l.amount = amount;
                }
            }
            Lines::Retention => {
                if let Some(l) = s.retention_lines.get_mut(i) {
                    l.amount = amount;
                }
            }
        }
    }

    fn set_kind(self, s: &mut Settings, i: usize, key: &str) {
        match self {
            Lines::Spend => {
                if let (Some(l), Some(k)) = (s.spend_lines.get_mut(i), SpendKind::from_key(key)) {
                    l.kind = k;
                }
            }
            Lines::Service => {
                if let (Some(l), Some(k)) = (
                    s.service_cost_lines.get_mut(i),
                    ServiceCostKind::from_key(key),
                ) {
                    l.kind = k;
                }
            }
            Lines::Retention => {
                if let (Some(l), Some(k)) =
                    (s.retention_lines.get_mut(i), RetentionLevel::from_key(key))
                {
                    l.level = k;
                }
            }
        }
    }

    fn set_channel(self, s: &mut Settings, i: usize, key: &str) {
        if let (Lines::Spend, Some(l)) = (self, s.spend_lines.get_mut(i)) {
            l.channel = Channel::from_key(key);
        }
    }

    fn add(self, s: &mut Settings) -> usize {
        match self {
            Lines::Spend => {
                s.spend_lines.push(SpendLine {
                    name: t("economics.new_spend"),
                    ..Default::default()
                });
                s.spend_lines.len() - 1
            }
            Lines::Service => {
                s.service_cost_lines.push(CostLine {
                    name: t("economics.new_service"),
                    ..Default::default()
                });
                s.service_cost_lines.len() - 1
            }
            Lines::Retention => {
                s.retention_lines.push(RetentionLine {
                    name: t("economics.new_retention"),
                    ..Default::default()
                });
                s.retention_lines.len() - 1
            }
        }
    }

    /// Removes line `i`, giving its name as shown.
    fn remove(self, s: &mut Settings, i: usize) -> Option<String> {
        let name = self.name(s, i)?;
        match self {
            Lines::Spend => drop(s.spend_lines.remove(i)),
            Lines::Service => drop(s.service_cost_lines.remove(i)),
            Lines::Retention => drop(s.retention_lines.remove(i)),
        }
        Some(name)
    }

    /// Accessible name of one control of line `n` (1-based).
    fn control_label(self, control: &str, n: usize) -> String {
        let n = n.to_string();
        let args = [("n", n.as_str())];
        match (self, control) {
            (Lines::Spend, "name") => tf("economics.spend_name_label", &args),
            (Lines::Spend, "kind") => tf("economics.spend_kind_label", &args),
            (Lines::Spend, "amount") => tf("economics.spend_amount_label", &args),
            (Lines::Spend, "channel") => tf("economics.spend_channel_label", &args),
            (Lines::Spend, _) => tf("economics.spend_remove_label", &args),
            (Lines::Service, "name") => tf("economics.service_name_label", &args),
            (Lines::Service, "kind") => tf("economics.service_kind_label", &args),
            (Lines::Service, "amount") => tf("economics.service_amount_label", &args),
            (Lines::Service, _) => tf("economics.service_remove_label", &args),
            (Lines::Retention, "name") => tf("economics.retention_name_label", &args),
            (Lines::Retention, "kind") => tf("economics.retention_level_label", &args),
            (Lines::Retention, "amount") => tf("economics.retention_amount_label", &args),
            (Lines::Retention, _) => tf("economics.retention_remove_label", &args),
        }
    }
}

/// The table of lines with an add button.
#[component]
pub fn LineEditor(lines: Lines) -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.current().map(|l| lines.len(&l.settings)).unwrap_or(0))
    });
    let prefix = lines.prefix();
    let add_id = format!("{prefix}-add");
    let add = move |_| {
        let mut added = None;
        state.edit_current(|l| added = Some(lines.add(&mut l.settings)));
        if let Some(i) = added {
            state.announce(Message::new(
                match lines {
                    Lines::Spend => "economics.spend_added",
                    Lines::Service => "economics.service_added",
                    Lines::Retention => "economics.retention_added",
                },
                &[],
            ));
            focus_later(format!("{prefix}-{i}-name"));
        }
    };
    let (caption, add_text, empty) = match lines {
        Lines::Spend => (
            "economics.spend_caption",
            "economics.add_spend",
            "economics.no_spend",
        ),
        Lines::Service => (
            "economics.service_caption",
            "economics.add_service",
            "economics.no_service",
        ),
        Lines::Retention => (
            "economics.retention_caption",
            "economics.add_retention",
            "economics.no_retention",
        ),
    };
    view! {
        <div class="table-scroll">
            <table class="money-lines">
                <caption>{move || t(caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t("economics.col_name")}</th>
                        <th scope="col">{move || t(if lines == Lines::Retention { "economics.col_level" } else { "economics.col_kind" })}</th>
                        <th scope="col">{move || t("economics.col_amount")}</th>
                        {(lines == Lines::Spend).then(|| view! { <th scope="col">{move || t("economics.col_channel")}</th> })}
                        <th scope="col">{move || t("economics.col_actions")}</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || { let n = count.get(); (0..n).map(move |i| (i, n)) }
                        key=|pair| *pair
                        children=move |(index, _)| view! { <LineRow lines=lines index=index add_id=add_id.clone() /> }
                    />
                </tbody>
            </table>
        </div>
        <Show when=move || count.get() == 0>
            <p class="empty-note">{move || t(empty)}</p>
        </Show>
        <p class="buttons">
            <button id=format!("{prefix}-add") on:click=add>{move || t(add_text)}</button>
        </p>
    }
}

/// One editable line.
#[component]
fn LineRow(lines: Lines, index: usize, add_id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let n = index + 1;
    let prefix = lines.prefix();
    let read = move |f: &dyn Fn(&Settings) -> String| {
        state
            .workspace
            .with(|w| w.current().map(|l| f(&l.settings)).unwrap_or_default())
    };
    let name = move || read(&|s| lines.name(s, index).unwrap_or_default());
    let amount = move || {
        read(&|s| {
            lines
                .amount(s, index)
                .map(|v| format::field_text(LINE_AMOUNT, v))
                .unwrap_or_default()
        })
    };
    let kind = move || read(&|s| lines.kind_key(s, index));
    let channel = move || read(&|s| lines.channel_key(s, index));

    let name_error = RwSignal::new(None::<Message>);
    let amount_error = RwSignal::new(None::<Message>);
    let commit_name = move |text: String| {
        let trimmed = text.trim().to_string();
        if trimmed.is_empty() {
            refuse(&state, name_error, name_required(&text));
        } else {
            name_error.set(None);
            state.edit_current(|l| lines.set_name(&mut l.settings, index, trimmed));
        }
    };
    let commit_amount = move |text: String| match read_number(LINE_AMOUNT, &text) {
        Ok(v) => {
            amount_error.set(None);
            state.edit_current(|l| lines.set_amount(&mut l.settings, index, v));
        }
        Err(message) => refuse(&state, amount_error, message),
    };
    let remove = move |_| {
        let mut removed = None;
        state.edit_current(|l| removed = lines.remove(&mut l.settings, index));
        if let Some(name) = removed {
            state.announce(Message::new(
                match lines {
                    Lines::Spend => "economics.spend_removed",
                    Lines::Service => "economics.service_removed",
                    Lines::Retention => "economics.retention_removed",
                },
                &[("name", &name)],
            ));
            focus_later(add_id.clone());
        }
    };

    let name_id = format!("{prefix}-{index}-name");
    let name_error_id = format!("{name_id}-error");
    let amount_id = format!("{prefix}-{index}-amount");
    let amount_error_id = format!("{amount_id}-error");
    let kinds = move || {
        lines
            .kinds()
            .into_iter()
            .map(|key| (key.to_string(), kind_text(key)))
            .collect()
    };
    let channel_cell = (lines == Lines::Spend).then(|| {
        view! {
            <td>
                <select
                    id=format!("{prefix}-{index}-channel")
                    aria-label=move || lines.control_label("channel", n)
                    prop:value=field_value(channel)
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        state.edit_current(|l| lines.set_channel(&mut l.settings, index, &key));
                    }
                >{choice_options(Field::Channel, Some("economics.no_channel"), channel)}</select>
            </td>
        }
    });
    view! {
        <tr>
            <td>
                <input
                    id=name_id
                    type="text"
                    aria-label=move || lines.control_label("name", n)
                    prop:value=field_value(name)
                    aria-invalid=move || name_error.with(Option::is_some).to_string()
                    aria-describedby=name_error_id.clone()
                    on:change=move |ev| commit_name(event_target_value(&ev))
                />
                <span id=name_error_id class="field-error">{move || name_error.with(|e| e.as_ref().map(Message::text))}</span>
            </td>
            <td>
                <select
                    id=format!("{prefix}-{index}-kind")
                    aria-label=move || lines.control_label("kind", n)
                    prop:value=field_value(kind)
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        state.edit_current(|l| lines.set_kind(&mut l.settings, index, &key));
                    }
                >{options_of(kinds, kind)}</select>
            </td>
            <td>
                <input
                    id=amount_id
                    type="text"
                    inputmode="decimal"
                    class="num"
                    aria-label=move || lines.control_label("amount", n)
                    prop:value=field_value(amount)
                    aria-invalid=move || amount_error.with(Option::is_some).to_string()
                    aria-describedby=amount_error_id.clone()
                    on:change=move |ev| commit_amount(event_target_value(&ev))
                />
                <span id=amount_error_id class="field-error">{move || amount_error.with(|e| e.as_ref().map(Message::text))}</span>
            </td>
            {channel_cell}
            <td>
                <button class="danger" aria-label=move || lines.control_label("remove", n) on:click=remove>
                    {move || t("economics.remove")}
                </button>
            </td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_edit_through_keys() {
        let mut s = Settings::default();
        for lines in [Lines::Spend, Lines::Service, Lines::Retention] {
            let i = lines.add(&mut s);
            assert_eq!(lines.len(&s), 1);
            lines.set_amount(&mut s, i, 1_000.0);
            lines.set_name(&mut s, i, "Fair".into());
            for key in lines.kinds() {
                lines.set_kind(&mut s, i, key);
                assert_eq!(lines.kind_key(&s, i), key);
                assert!(crate::i18n::has(&format!("economics.kind_{key}")), "{key}");
            }
            assert_eq!(lines.amount(&s, i), Some(1_000.0));
            assert_eq!(lines.remove(&mut s, i), Some("Fair".into()));
            assert_eq!(lines.remove(&mut s, i), None);
        }
        let i = Lines::Spend.add(&mut s);
        Lines::Spend.set_channel(&mut s, i, "trade_show");
        assert_eq!(s.spend_lines[i].channel, Some(Channel::TradeShow));
        assert_eq!(Lines::Spend.channel_key(&s, i), "trade_show");
        Lines::Spend.set_channel(&mut s, i, "");
        assert_eq!(s.spend_lines[i].channel, None);
    }
}
