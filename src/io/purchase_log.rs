//! Purchase logs (customer id, date, amount, optionally a quantity) and per-customer summaries
//! (id, frequency, recency, age T, mean repeat spend) read from a [`RawTable`] with a
//! user-checked mapping, for the buy-till-you-die models of [`crate::engine::btyd`].
//!
//! The file is read with the same [`crate::io::csv_import`] steps as a customer list (decode,
//! sniff, read_table); this module suggests which column is which (never applied without the
//! user seeing it), then converts row by row, reporting every bad cell with its line, column,
//! what was expected (a translation key) and what was found. Conversion runs in chunks so the
//! page can show progress.

use crate::engine::btyd::gammagamma::{spend_use, SpendUse};
use crate::engine::btyd::rfm::{CustomerSummary, Purchase, RfmSummary, TimeUnit, MAX_AMOUNT};
use crate::engine::keys::VariantArray;
use crate::engine::model::{guess_date_order, parse_date_as, Date, DateOrder, DateOrderGuess};
use crate::io::csv_import::{shown_found, RawRow, RawTable, RowProblem};
use crate::io::export::write_csv;
use crate::io::fields::normalise_word;
use crate::io::fields::MAX_TEXT_CHARS;
use crate::io::number::{parse_number, write_number, DecimalSeparator};
use std::collections::HashSet;

/// Largest recency or age accepted in a summary, in its time unit (100 000 days is 274 years).
pub const MAX_TIME: f64 = 100_000.0;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum LogKind {
    /// One row per purchase: customer id, date, amount, and optionally a quantity (the amount
    /// is then the price of one, see [`LogField::Quantity`]).
    Purchases,
    /// One row per customer: id, frequency x, recency t_x, age T, mean repeat spend.
    Summary,
}

impl LogKind {
    /// The fields a mapping of this kind needs, each exactly once.
    pub fn fields(self) -> &'static [LogField] {
        match self {
            LogKind::Purchases => &[LogField::Id, LogField::Date, LogField::Amount],
            LogKind::Summary => &[
                LogField::Id,
                LogField::Frequency,
                LogField::Recency,
                LogField::Age,
                LogField::Monetary,
            ],
        }
    }

    /// The fields a mapping of this kind may hold, at most once each, beyond [`Self::fields`].
    pub fn optional_fields(self) -> &'static [LogField] {
        match self {
            LogKind::Purchases => &[LogField::Quantity],
            LogKind::Summary => &[],
        }
    }

    /// Every field a column of this kind can go to: the needed ones, then the optional ones.
    pub fn choices(self) -> impl Iterator<Item = LogField> {
        self.fields().iter().chain(self.optional_fields()).copied()
    }
}

/// Where one column of a purchase log or summary goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum LogField {
    /// Customer id (text, not empty).
    Id,
    /// Purchase date: year first (YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD) or year last in the
    /// order chosen (DD.MM.YYYY, MM/DD/YYYY, …), with or without a time of day.
    Date,
    /// Purchase amount, money, 0 to 10^15: the row's total, or the price of one when a
    /// column is mapped to [`LogField::Quantity`].
    Amount,
    /// Optional: how many were bought, a number greater than 0. When a column holds it, the
    /// purchase's amount is the amount column × this quantity (the amount column is then a
    /// unit price), and that product must be at most 10^15. Suggested only when the amount
    /// column's header names a unit price ([`looks_like_unit_price`]): a log whose amount is
    /// already the row's total, as CDNOW's, is never multiplied on a guess.
    Quantity,
    /// x: repeat purchases, a whole number ≥ 0.
    Frequency,
    /// t_x: first to last purchase, in the summary's time unit.
    Recency,
    /// T: first purchase to the end of the calibration period, in the summary's time unit.
    Age,
    /// Mean spend per repeat purchase (first purchase excluded), money; 0 or less is valued at
    /// the population mean.
    Monetary,
}

impl LogField {
    /// Translation key of what a cell of this field must hold.
    pub fn rule(self) -> &'static str {
        match self {
            LogField::Id => "history.rule_id",
            LogField::Date => "history.rule_date",
            LogField::Amount => "history.rule_amount",
            LogField::Quantity => "history.rule_quantity",
            LogField::Frequency => "history.rule_frequency",
            LogField::Recency => "history.rule_recency",
            LogField::Age => "history.rule_age",
            LogField::Monetary => "history.rule_monetary",
        }
    }

    /// Header words (normalised) that suggest this field.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            LogField::Id => &[
                "customer_id",
                "customerid",
                "cust_id",
                "client_id",
                "id",
                "customer",
                "client",
                "user_id",
                "account_id",
                // The page's other languages: what their CRMs and shops call these columns.
                "id_cliente",
                "codigo_cliente",
                "código_cliente",
                "cliente",
                "клиент",
                "номер_на_клиент",
                "ид_клиент",
                "mã_khách_hàng",
                "ma_khach_hang",
                "khách_hàng",
                "客户编号",
                "客户id",
                "客户",
                "顾客",
            ],
            LogField::Date => &[
                "date",
                "order_date",
                "purchase_date",
                "transaction_date",
                "invoice_date",
                "day",
                "datetime",
                "timestamp",
                "purchased_at",
                "ordered_at",
                "created_at",
                "fecha",
                "fecha_pedido",
                "fecha_compra",
                "дата",
                "дата_на_покупка",
                "ngày",
                "ngày_mua",
                "ngay",
                "日期",
                "购买日期",
                "下单日期",
                "订单日期",
            ],
            LogField::Amount => &[
                "amount",
                "revenue",
                "value",
                "spend",
                "sales",
                "total",
                "price",
                "unit_price",
                "order_value",
                "dollars",
                // CDNOW_master's "dollar_value" (a prefix match, like every synonym).
                "dollar",
                "importe",
                "monto",
                "valor",
                "ventas",
                "precio",
                "precio_unitario",
                "сума",
                "стойност",
                "цена",
                "единична_цена",
                "продажби",
                "số_tiền",
                "so_tien",
                "thành_tiền",
                "giá_trị",
                "doanh_thu",
                "giá",
                "đơn_giá",
                "don_gia",
                "金额",
                "销售额",
                "总额",
                "价格",
                "单价",
                "订单金额",
            ],
            LogField::Quantity => &[
                "quantity",
                "qty",
                "units",
                "count",
                "cantidad",
                "unidades",
                "uds",
                "количество",
                "бройки",
                "брой",
                "số_lượng",
                "so_luong",
                "数量",
                "件数",
                "购买数量",
            ],
            LogField::Frequency => &["frequency", "frequency_cal", "x", "repeat_purchases"],
            LogField::Recency => &["recency", "recency_cal", "t_x", "tx"],
            LogField::Age => &["t", "t_cal", "age", "tenure"],
            LogField::Monetary => &[
                "monetary_value",
                "monetary",
                "mean_repeat_spend",
                "average_spend",
                "m",
            ],
        }
    }

    fn matches_header(self, header: &str) -> bool {
        let word = normalise_word(header);
        self.synonyms()
            .iter()
            .any(|s| word == *s || word.strip_prefix(s).is_some_and(|r| r.starts_with('_')))
    }
}

/// Headers (normalised, matched whole) that name the price of one item rather than a row's
/// total, in the page's five languages. Only with one of these on the amount column is a
/// quantity column suggested.
const UNIT_PRICE_HEADERS: &[&str] = &[
    "price",
    "unit_price",
    "unitprice",
    "price_each",
    "item_price",
    "precio",
    "precio_unitario",
    "precio_unidad",
    "цена",
    "единична_цена",
    "ед_цена",
    "giá",
    "gia",
    "đơn_giá",
    "don_gia",
    "giá_bán",
    "单价",
    "价格",
    "售价",
];

/// Whether a header names a unit price (price, precio, цена, đơn giá, 单价, …), matched
/// whole: "giá_trị" (value) begins with "giá" (price) and is a total.
pub fn looks_like_unit_price(header: &str) -> bool {
    UNIT_PRICE_HEADERS.contains(&normalise_word(header).as_str())
}

/// Whether an id cannot be taken: empty, or longer than [`MAX_TEXT_CHARS`].
fn bad_id(id: &str) -> bool {
    id.is_empty() || id.chars().nth(MAX_TEXT_CHARS).is_some()
}

/// The target of each column of the table (`None` = ignored).
pub type LogMapping = Vec<Option<LogField>>;

/// Suggests a mapping: from the header names when there is a header (a quantity column only
/// when the amount column's header names a unit price); for a headerless purchase log, date = the first column whose cells read as dates, id = the first other
/// column, amount = the last other column; for a headerless summary the columns in the order
/// id, frequency, recency, T, monetary value. Only a suggestion: the page shows it.
pub fn suggest_log_mapping(table: &RawTable, kind: LogKind) -> LogMapping {
    let width = table.columns.len();
    let mut mapping: LogMapping = vec![None; width];
    if table.has_header {
        for &field in kind.fields() {
            if let Some(i) = (0..width)
                .find(|&i| mapping[i].is_none() && field.matches_header(&table.columns[i]))
            {
                mapping[i] = Some(field);
            }
        }
        let amount = mapping.iter().position(|m| *m == Some(LogField::Amount));
        if amount.is_some_and(|i| looks_like_unit_price(&table.columns[i])) {
            for &field in kind.optional_fields() {
                if let Some(i) = (0..width)
                    .find(|&i| mapping[i].is_none() && field.matches_header(&table.columns[i]))
                {
                    mapping[i] = Some(field);
                }
            }
        }
        return mapping;
    }
    match kind {
        LogKind::Purchases => {
            let date = (0..width).find(|&i| column_reads_as_dates(table, i));
            if let Some(d) = date {
                mapping[d] = Some(LogField::Date);
            }
            if let Some(id) = (0..width).find(|&i| mapping[i].is_none()) {
                mapping[id] = Some(LogField::Id);
            }
            if let Some(amount) = (0..width).rev().find(|&i| mapping[i].is_none()) {
                mapping[amount] = Some(LogField::Amount);
            }
        }
        LogKind::Summary => {
            for (slot, &field) in mapping.iter_mut().zip(kind.fields()) {
                *slot = Some(field);
            }
        }
    }
    mapping
}

/// Whether at least 80 % of the first (up to 50) non-empty cells of column `i` read as dates
/// (a few bad rows must not hide the date column; they are reported when rows are checked).
fn column_reads_as_dates(table: &RawTable, i: usize) -> bool {
    let cells: Vec<&String> = table
        .rows
        .iter()
        .filter_map(|r| r.cells.get(i))
        .filter(|c| !c.trim().is_empty())
        .take(50)
        .collect();
    let dates = cells
        .iter()
        .filter(|c| {
            DateOrder::VARIANTS
                .iter()
                .any(|&o| parse_date_as(c, o).is_some())
        })
        .count();
    !cells.is_empty() && dates * 5 >= cells.len() * 4
}

/// The date order of the column mapped to the purchase date, from its values (see
/// [`guess_date_order`]); year-month-day when no column is mapped to it.
pub fn suggest_date_order(table: &RawTable, mapping: &[Option<LogField>]) -> DateOrderGuess {
    let column = mapping.iter().position(|m| *m == Some(LogField::Date));
    guess_date_order(
        table
            .rows
            .iter()
            .filter_map(|r| column.and_then(|i| r.cells.get(i)))
            .map(String::as_str),
    )
}

/// Why a mapping cannot be used yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogMappingError {
    /// No column is mapped to this field.
    Missing(LogField),
    /// More than one column is mapped to this field.
    Twice(LogField),
}

/// Checks that every needed field of `kind` is mapped exactly once and every optional one at
/// most once (other fields are ignored).
///
/// # Errors
/// The first field missing or mapped twice.
pub fn check_log_mapping(
    mapping: &[Option<LogField>],
    kind: LogKind,
) -> Result<(), LogMappingError> {
    for field in kind.choices() {
        match mapping.iter().filter(|m| **m == Some(field)).count() {
            0 if kind.fields().contains(&field) => return Err(LogMappingError::Missing(field)),
            0 | 1 => {}
            _ => return Err(LogMappingError::Twice(field)),
        }
    }
    Ok(())
}

/// One customer of an imported summary table. Times are in the unit the user states.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    /// Customer id.
    pub customer_id: String,
    /// x: repeat purchases.
    pub frequency: u32,
    /// t_x: first to last purchase.
    pub recency: f64,
    /// T: first purchase to the end of the calibration period.
    pub age: f64,
    /// Mean spend per repeat purchase (first purchase excluded); `None` when x = 0. May be 0
    /// or less: [`spend_use`] then leaves the customer out of the spend fit.
    pub monetary: Option<f64>,
}

/// Converts the rows of a table into purchases or summary rows a chunk at a time. Good rows
/// are kept and every bad cell is reported; the page imports the good rows or nothing.
#[derive(Debug)]
pub struct LogConverter {
    table: RawTable,
    columns: Vec<(LogField, usize)>,
    kind: LogKind,
    decimal: DecimalSeparator,
    date_order: DateOrder,
    next: usize,
    seen_ids: HashSet<String>,
    /// Good purchases (kind [`LogKind::Purchases`]).
    pub purchases: Vec<Purchase>,
    /// Good summary rows (kind [`LogKind::Summary`]).
    pub summary: Vec<SummaryRow>,
    /// Every bad cell, in file order.
    pub problems: Vec<RowProblem>,
    /// Rows with at least one bad cell.
    pub bad_rows: usize,
}

impl LogConverter {
    /// A converter for `table` mapped by `mapping`.
    ///
    /// # Errors
    /// As [`check_log_mapping`].
    pub fn new(
        table: RawTable,
        mapping: &[Option<LogField>],
        kind: LogKind,
        decimal: DecimalSeparator,
    ) -> Result<LogConverter, LogMappingError> {
        check_log_mapping(mapping, kind)?;
        let columns = kind
            .choices()
            .filter_map(|f| mapping.iter().position(|m| *m == Some(f)).map(|i| (f, i)))
            .collect();
        Ok(LogConverter {
            table,
            columns,
            kind,
            decimal,
            date_order: DateOrder::default(),
            next: 0,
            seen_ids: HashSet::new(),
            purchases: Vec::new(),
            summary: Vec::new(),
            problems: Vec::new(),
            bad_rows: 0,
        })
    }

    /// Reads dates whose year comes last in `order` (year-month-day unless said).
    pub fn with_date_order(mut self, order: DateOrder) -> LogConverter {
        self.date_order = order;
        self
    }

    /// Rows in the table.
    pub fn total_rows(&self) -> usize {
        self.table.rows.len()
    }

    /// Rows converted so far.
    pub fn done_rows(&self) -> usize {
        self.next
    }

    /// Converts up to `max_rows` more rows; returns whether all rows are done.
    pub fn step(&mut self, max_rows: usize) -> bool {
        let end = (self.next + max_rows).min(self.table.rows.len());
        // Taken out for the loop so rows can be read while problems are recorded.
        let rows = std::mem::take(&mut self.table.rows);
        for row in &rows[self.next..end] {
            let before = self.problems.len();
            match self.kind {
                LogKind::Purchases => {
                    if let Some(p) = self.purchase(row) {
                        self.purchases.push(p);
                    }
                }
                LogKind::Summary => {
                    if let Some(s) = self.summary_row(row) {
                        self.seen_ids.insert(s.customer_id.clone());
                        self.summary.push(s);
                    }
                }
            }
            if self.problems.len() > before {
                self.bad_rows += 1;
            }
        }
        self.table.rows = rows;
        self.next = end;
        self.next >= self.table.rows.len()
    }

    /// Whether a column is mapped to `field`.
    fn has(&self, field: LogField) -> bool {
        self.columns.iter().any(|(f, _)| *f == field)
    }

    fn cell<'a>(&self, row: &'a RawRow, field: LogField) -> &'a str {
        self.columns
            .iter()
            .find(|(f, _)| *f == field)
            .and_then(|(_, i)| row.cells.get(*i))
            .map_or("", |c| c.trim())
    }

    fn problem(&mut self, row_line: usize, field: LogField, found: &str) {
        let column_index = self
            .columns
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, i)| *i);
        let column = column_index
            .and_then(|i| self.table.columns.get(i))
            .cloned()
            .unwrap_or_default();
        self.problems.push(RowProblem {
            line: row_line,
            column,
            column_index,
            expected: field.rule().to_string(),
            found: shown_found(found),
        });
    }

    fn number(&self, text: &str) -> Option<f64> {
        parse_number(text, self.decimal)
            .filter(|n| !n.percent)
            .map(|n| n.value)
    }

    fn purchase(&mut self, row: &RawRow) -> Option<Purchase> {
        let id = self.cell(row, LogField::Id);
        let id = if bad_id(id) { "" } else { id };
        let id_text = self.cell(row, LogField::Id);
        let date_text = self.cell(row, LogField::Date);
        let amount_text = self.cell(row, LogField::Amount);
        let date = parse_date_as(date_text, self.date_order);
        let amount = self
            .number(amount_text)
            .filter(|a| (0.0..=MAX_AMOUNT).contains(a));
        // With a quantity column the amount is a unit price: the purchase is price × quantity.
        let quantity_text = self.cell(row, LogField::Quantity);
        let quantity = if self.has(LogField::Quantity) {
            self.number(quantity_text)
                .filter(|q| *q > 0.0 && amount.is_none_or(|a| a * q <= MAX_AMOUNT))
        } else {
            Some(1.0)
        };
        if id.is_empty() {
            self.problem(row.line, LogField::Id, id_text);
        }
        if date.is_none() {
            self.problem(row.line, LogField::Date, date_text);
        }
        if amount.is_none() {
            self.problem(row.line, LogField::Amount, amount_text);
        }
        if quantity.is_none() {
            self.problem(row.line, LogField::Quantity, quantity_text);
        }
        match (id.is_empty(), date, amount, quantity) {
            (false, Some(date), Some(amount), Some(quantity)) => Some(Purchase {
                customer_id: id.to_string(),
                date,
                // × 1 without a quantity column: the amount to the last bit.
                amount: amount * quantity,
            }),
            _ => None,
        }
    }

    fn summary_row(&mut self, row: &RawRow) -> Option<SummaryRow> {
        let id = self.cell(row, LogField::Id);
        let texts = [
            self.cell(row, LogField::Frequency),
            self.cell(row, LogField::Recency),
            self.cell(row, LogField::Age),
            self.cell(row, LogField::Monetary),
        ];
        let frequency = self
            .number(texts[0])
            .filter(|x| *x >= 0.0 && x.fract() == 0.0 && *x <= f64::from(u32::MAX));
        let age = self
            .number(texts[2])
            .filter(|t| (0.0..=MAX_TIME).contains(t));
        let recency = self
            .number(texts[1])
            .filter(|r| *r >= 0.0 && age.is_none_or(|a| *r <= a));
        // What a mean means for this frequency is the spend model's own rule (spend_use), so
        // the import accepts exactly what the fit and the predictions can use: anything (or
        // nothing) when x = 0; a number when x ≥ 1, where 0 or less is kept and valued at the
        // population mean.
        let mean = if texts[3].is_empty() {
            Some(None)
        } else {
            self.number(texts[3])
                .filter(|m| m.abs() <= MAX_AMOUNT)
                .map(Some)
        };
        let monetary = match (frequency, mean) {
            (_, None) => None,
            // The frequency is reported on its own; the mean is judged with a good one.
            (None, Some(_)) => Some(None),
            (Some(x), Some(m)) => spend_use(x as u32, m).ok().map(|u| match u {
                SpendUse::NoRepeat => None,
                SpendUse::Own(_) | SpendUse::NotPositive => m,
            }),
        };
        let id_text = id;
        let id = if bad_id(id) { "" } else { id };
        let duplicate = !id.is_empty() && self.seen_ids.contains(id);
        if id.is_empty() {
            self.problem(row.line, LogField::Id, id_text);
        } else if duplicate {
            let column_index = self
                .columns
                .iter()
                .find(|(f, _)| *f == LogField::Id)
                .map(|(_, i)| *i);
            let column = column_index
                .and_then(|i| self.table.columns.get(i))
                .cloned()
                .unwrap_or_default();
            self.problems.push(RowProblem {
                line: row.line,
                column,
                column_index,
                expected: "rule.unique_id".into(),
                found: id.to_string(),
            });
        }
        for (field, ok, text) in [
            (LogField::Frequency, frequency.is_some(), texts[0]),
            (LogField::Recency, recency.is_some(), texts[1]),
            (LogField::Age, age.is_some(), texts[2]),
            (LogField::Monetary, monetary.is_some(), texts[3]),
        ] {
            if !ok {
                self.problem(row.line, field, text);
            }
        }
        match (
            id.is_empty() || duplicate,
            frequency,
            recency,
            age,
            monetary,
        ) {
            (false, Some(x), Some(recency), Some(age), Some(monetary)) => Some(SummaryRow {
                customer_id: id.to_string(),
                // Checked above: a whole number from 0 to u32::MAX.
                frequency: x as u32,
                recency: if x == 0.0 { 0.0 } else { recency },
                age,
                monetary,
            }),
            _ => None,
        }
    }
}

/// An [`RfmSummary`] from an imported summary table whose times are in `unit`, for the same
/// fitting and prediction steps as a purchase log. There is no holdout; first purchase dates
/// are `calibration_end` − T (rounded to whole days) and only used for a list created from it.
pub fn summary_from_rows(rows: &[SummaryRow], unit: TimeUnit, calibration_end: Date) -> RfmSummary {
    let mut customers: Vec<CustomerSummary> = rows
        .iter()
        .map(|r| {
            let age_days = (r.age * unit.days()).round() as i64;
            let first_purchase = chrono::TimeDelta::try_days(age_days)
                .and_then(|d| calibration_end.checked_sub_signed(d))
                .unwrap_or(calibration_end);
            CustomerSummary {
                customer_id: r.customer_id.clone(),
                first_purchase,
                frequency: r.frequency,
                recency: r.recency,
                age: r.age,
                recency_days: (r.recency * unit.days()).round() as i64,
                age_days,
                // Unknown in a summary; never below 0 so no list figure goes negative from it.
                first_day_spend: r.monetary.unwrap_or(0.0).max(0.0),
                mean_repeat_spend: r.monetary.filter(|_| r.frequency > 0),
                holdout_purchases: 0,
                holdout_spend: 0.0,
            }
        })
        .collect();
    customers.sort_by(|a, b| a.customer_id.cmp(&b.customer_id));
    RfmSummary {
        unit,
        calibration_end,
        holdout_end: calibration_end,
        holdout_length: 0.0,
        customers,
        rows_read: rows.len(),
        calibration_rows_merged: 0,
        holdout_rows_merged: 0,
        customers_after_calibration: 0,
        rows_after_holdout: 0,
    }
}

/// Column names of [`summary_csv`]; the first five are read back by the summary import.
pub const SUMMARY_HEADERS: [&str; 8] = [
    "customer_id",
    "frequency",
    "recency",
    "T",
    "monetary_value",
    "first_purchase",
    "holdout_purchases",
    "holdout_spend",
];

/// The per-customer summary as CSV (times in the summary's unit, which the caller should put
/// in the file name); monetary_value is the mean repeat spend, empty when x = 0.
pub fn summary_csv(summary: &RfmSummary) -> String {
    let header: Vec<String> = SUMMARY_HEADERS.iter().map(|h| h.to_string()).collect();
    let rows = summary.customers.iter().map(|c| {
        let mut cells = rfm_cells(c);
        cells.extend([
            c.first_purchase.format("%Y-%m-%d").to_string(),
            c.holdout_purchases.to_string(),
            write_number(c.holdout_spend),
        ]);
        cells
    });
    write_csv(&header, rows)
}

/// A customer's id, x, t_x, T (in the summary's unit) and mean repeat spend (empty when
/// x = 0), the first cells of every per-customer export.
pub fn rfm_cells(c: &CustomerSummary) -> Vec<String> {
    vec![
        c.customer_id.clone(),
        c.frequency.to_string(),
        write_number(c.recency),
        write_number(c.age),
        c.mean_repeat_spend.map(write_number).unwrap_or_default(),
    ]
}

/// A default calibration end for a fresh log: the day at two thirds of the span from the
/// first to the last purchase date (the remaining third is the holdout). `None` for no rows.
pub fn default_calibration_end(purchases: &[Purchase]) -> Option<Date> {
    let first = purchases.iter().map(|p| p.date).min()?;
    let last = purchases.iter().map(|p| p.date).max()?;
    let span = (last - first).num_days();
    chrono::TimeDelta::try_days(span * 2 / 3).and_then(|d| first.checked_add_signed(d))
}

/// The purchase log (or summary) the purchase-history page works on, as kept between visits.
#[derive(Debug, Clone, PartialEq)]
pub enum LogRows {
    Purchases(Vec<Purchase>),
    Summary(Vec<SummaryRow>),
}

impl LogRows {
    pub fn as_slice(&self) -> LogSlice<'_> {
        match self {
            LogRows::Purchases(p) => LogSlice::Purchases(p),
            LogRows::Summary(s) => LogSlice::Summary(s),
        }
    }
}

/// A log's rows, borrowed where they are (the page holds them shared).
#[derive(Debug, Clone, Copy)]
pub enum LogSlice<'a> {
    Purchases(&'a [Purchase]),
    Summary(&'a [SummaryRow]),
}

/// A kept log with the name it was imported under.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptLog {
    pub name: String,
    pub rows: LogRows,
}

/// What a kept log document says it is, beside `"app": "value-pyramid"`.
const KEPT_LOG_KIND: &str = "purchase-log";
/// The schema of kept logs (a log has its own, as it is kept apart from the lists).
const KEPT_LOG_SCHEMA: u32 = 1;

/// One purchase as kept: `[customer id, "YYYY-MM-DD", amount]`, a third of the size of
/// named fields over 70,000 rows.
type KeptPurchase<'a> = (std::borrow::Cow<'a, str>, Date, f64);
/// One summary row as kept: `[customer id, x, t_x, T, mean repeat spend]`.
type KeptSummaryRow<'a> = (std::borrow::Cow<'a, str>, u32, f64, f64, Option<f64>);

#[derive(serde::Serialize, serde::Deserialize)]
struct KeptLogDoc<'a> {
    app: std::borrow::Cow<'a, str>,
    kind: std::borrow::Cow<'a, str>,
    schema: u32,
    name: std::borrow::Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none", borrow)]
    purchases: Option<Vec<KeptPurchase<'a>>>,
    #[serde(default, skip_serializing_if = "Option::is_none", borrow)]
    summary: Option<Vec<KeptSummaryRow<'a>>>,
}

/// The document a log is kept as in the browser.
pub fn kept_log_json(name: &str, rows: LogSlice<'_>) -> String {
    use std::borrow::Cow::Borrowed;
    let (purchases, summary) = match rows {
        LogSlice::Purchases(p) => (
            Some(
                p.iter()
                    .map(|x| (Borrowed(x.customer_id.as_str()), x.date, x.amount))
                    .collect(),
            ),
            None,
        ),
        LogSlice::Summary(s) => (
            None,
            Some(
                s.iter()
                    .map(|r| {
                        (
                            Borrowed(r.customer_id.as_str()),
                            r.frequency,
                            r.recency,
                            r.age,
                            r.monetary,
                        )
                    })
                    .collect(),
            ),
        ),
    };
    let doc = KeptLogDoc {
        app: Borrowed("value-pyramid"),
        kind: Borrowed(KEPT_LOG_KIND),
        schema: KEPT_LOG_SCHEMA,
        name: Borrowed(name),
        purchases,
        summary,
    };
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Reads a kept log; a document of another kind, a newer schema or a broken one is refused
/// (the page then starts without a log, and the document stays where it is).
pub fn kept_log_from_json(text: &str) -> Result<KeptLog, crate::io::store::DocError> {
    use crate::io::store::DocError;
    let doc: KeptLogDoc =
        serde_json::from_str(text).map_err(|e| DocError::Invalid(e.to_string()))?;
    if doc.app != "value-pyramid" || doc.kind != KEPT_LOG_KIND {
        return Err(DocError::NotOurs);
    }
    if doc.schema > KEPT_LOG_SCHEMA {
        return Err(DocError::NewerVersion(doc.schema));
    }
    let rows = match (doc.purchases, doc.summary) {
        (Some(p), None) => LogRows::Purchases(
            p.into_iter()
                .map(|(id, date, amount)| Purchase {
                    customer_id: id.into_owned(),
                    date,
                    amount,
                })
                .collect(),
        ),
        (None, Some(s)) => LogRows::Summary(
            s.into_iter()
                .map(|(id, frequency, recency, age, monetary)| SummaryRow {
                    customer_id: id.into_owned(),
                    frequency,
                    recency,
                    age,
                    monetary,
                })
                .collect(),
        ),
        _ => return Err(DocError::Invalid("neither purchases nor a summary".into())),
    };
    Ok(KeptLog {
        name: doc.name.into_owned(),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::rfm::summarize;
    use crate::io::csv_import::{read_table, sniff, Delimiter};
    use crate::io::encoding::{decode, TextEncoding};
    use std::path::PathBuf;

    fn table(text: &str) -> (RawTable, DecimalSeparator) {
        let options = sniff(text);
        (read_table(text, &options).unwrap(), options.decimal)
    }

    fn convert(text: &str, kind: LogKind) -> LogConverter {
        let (t, decimal) = table(text);
        let mapping = suggest_log_mapping(&t, kind);
        let mut c = LogConverter::new(t, &mapping, kind, decimal).unwrap();
        while !c.step(3) {}
        c
    }

    /// Asserts the purchase mapping suggested for each header over the same `rows`.
    fn assert_suggested(headers: &[&str], rows: &str, expected: &[Option<LogField>]) {
        for header in headers {
            let (t, _) = table(&format!("{header}\n{rows}"));
            let got = suggest_log_mapping(&t, LogKind::Purchases);
            assert_eq!(got, expected, "{header}");
        }
    }

    fn cdnow_path() -> PathBuf {
        let mut dirs = Vec::new();
        if let Ok(d) = std::env::var("VP_DATA_DIR") {
            dirs.push(PathBuf::from(d));
        }
        dirs.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
        dirs.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".cache/data"));
        dirs.into_iter()
            .map(|d| d.join("CDNOW_sample.txt"))
            .find(|p| p.is_file())
            .expect("CDNOW_sample.txt not found; set VP_DATA_DIR to the folder holding it")
    }

    #[test]
    fn cdnow_sample_as_shipped_reads_through_the_suggested_mapping() {
        let bytes = std::fs::read(cdnow_path()).unwrap();
        let decoded = decode(&bytes);
        assert_eq!(
            (decoded.encoding, decoded.replaced),
            (TextEncoding::UTF_8, 0)
        );
        let text = decoded.text;
        let options = sniff(&text);
        assert_eq!(options.delimiter, Delimiter::Whitespace);
        assert!(!options.has_header);
        let t = read_table(&text, &options).unwrap();
        let mapping = suggest_log_mapping(&t, LogKind::Purchases);
        assert_eq!(
            mapping,
            vec![
                Some(LogField::Id),
                None,
                Some(LogField::Date),
                None,
                Some(LogField::Amount)
            ]
        );
        let mut c = LogConverter::new(t, &mapping, LogKind::Purchases, options.decimal).unwrap();
        while !c.step(1000) {}
        assert_eq!(c.problems, vec![]);
        assert_eq!(c.purchases.len(), 6919);
        let end = Date::from_ymd_opt(1997, 9, 30).unwrap();
        let s = summarize(&c.purchases, end, None, TimeUnit::Weeks).unwrap();
        assert_eq!(s.customers.len(), 2357);
        assert_eq!(s.customers.iter().map(|c| c.frequency).sum::<u32>(), 2457);
        // The default calibration end is two thirds into 1997-01-01 … 1998-06-30.
        assert_eq!(
            default_calibration_end(&c.purchases),
            Date::from_ymd_opt(1997, 12, 30)
        );
    }

    #[test]
    fn header_names_are_recognised_and_every_bad_cell_is_reported() {
        let c = convert(
            "order_date,customer_id,sku,revenue\n\
             2024-01-05,A,x,10.5\n\
             2024-13-01,B,y,abc\n\
             2024-01-07,,z,-3\n\
             2024-01-08,C,w,5%\n\
             20240109,D,v,7\n",
            LogKind::Purchases,
        );
        assert_eq!(c.purchases.len(), 2);
        assert_eq!(c.purchases[1].date, Date::from_ymd_opt(2024, 1, 9).unwrap());
        assert_eq!(c.bad_rows, 3);
        let got: Vec<(usize, &str, &str, &str)> =
            c.problems.iter().map(RowProblem::parts).collect();
        assert_eq!(
            got,
            vec![
                (3, "order_date", "history.rule_date", "2024-13-01"),
                (3, "revenue", "history.rule_amount", "abc"),
                (4, "customer_id", "history.rule_id", ""),
                (4, "revenue", "history.rule_amount", "-3"),
                (5, "revenue", "history.rule_amount", "5%"),
            ]
        );
    }

    #[test]
    fn day_first_dates_with_times_are_detected_and_read() {
        let text = "customer;purchased_at;amount\n\
                    A;05/03/2024 14:22:10;10,5\n\
                    B;28/02/2024 09:00;3\n\
                    A;2024-03-07T08:00:00Z;4\n\
                    C;31/02/2024 10:00;1\n";
        let (t, decimal) = table(text);
        let mapping = suggest_log_mapping(&t, LogKind::Purchases);
        assert_eq!(mapping[1], Some(LogField::Date));
        let guess = suggest_date_order(&t, &mapping);
        assert_eq!(
            guess,
            DateOrderGuess {
                order: DateOrder::DayMonthYear,
                ambiguous: false
            }
        );
        let mut c = LogConverter::new(t.clone(), &mapping, LogKind::Purchases, decimal)
            .unwrap()
            .with_date_order(guess.order);
        while !c.step(2) {}
        let dates: Vec<Option<Date>> = c.purchases.iter().map(|p| Some(p.date)).collect();
        assert_eq!(
            dates,
            vec![
                Date::from_ymd_opt(2024, 3, 5),
                Date::from_ymd_opt(2024, 2, 28),
                Date::from_ymd_opt(2024, 3, 7)
            ]
        );
        // 31 February does not exist.
        assert_eq!(c.problems.len(), 1);
        assert_eq!(
            (c.problems[0].line, c.problems[0].found.as_str()),
            (5, "31/02/2024 10:00")
        );
        // Read month first, 28/02 and 31/02 are refused and 05/03 is 3 May.
        let mut c = LogConverter::new(t, &mapping, LogKind::Purchases, decimal)
            .unwrap()
            .with_date_order(DateOrder::MonthDayYear);
        while !c.step(10) {}
        assert_eq!(c.purchases[0].date, Date::from_ymd_opt(2024, 5, 3).unwrap());
        assert_eq!(c.bad_rows, 2);
    }

    #[test]
    fn headers_in_every_language_of_the_page_are_recognised() {
        let expected = vec![
            Some(LogField::Id),
            Some(LogField::Date),
            Some(LogField::Amount),
        ];
        let headers = [
            "Customer ID,Order date,Sales",
            "Cliente,Fecha de compra,Importe",
            "Клиент,Дата,Сума",
            "Mã khách hàng,Ngày mua,Số tiền",
            "客户编号,日期,金额",
        ];
        assert_suggested(&headers, "A1,2024-01-05,12\nA2,2024-02-05,3\n", &expected);
    }

    #[test]
    fn a_quantity_is_suggested_in_every_language_only_beside_a_unit_price() {
        use LogField::*;
        let rows = "A1,2024-01-05,2,12\nA2,2024-02-05,1,3\n";
        let priced = [
            "customer_id,order_date,qty,unit_price",
            "cliente,fecha,cantidad,precio",
            "Клиент,Дата,Количество,Цена",
            "Mã khách hàng,Ngày mua,Số lượng,Đơn giá",
            "客户编号,日期,数量,单价",
        ];
        let expected = [Some(Id), Some(Date), Some(Quantity), Some(Amount)];
        assert_suggested(&priced, rows, &expected);
        // An amount that is the row's total is never multiplied on a guess.
        let totals = [
            "customer_id,date,quantity,revenue",
            "cliente,fecha,cantidad,importe",
            "Mã khách hàng,Ngày,Số lượng,Giá trị",
            "客户,日期,数量,金额",
        ];
        assert_suggested(&totals, rows, &[Some(Id), Some(Date), None, Some(Amount)]);
        // A summary has no quantity.
        let (t, _) = table("customer_id,frequency,recency,T,monetary_value,qty\na,1,2,3,4,5\n");
        assert_eq!(suggest_log_mapping(&t, LogKind::Summary)[5], None);
    }

    #[test]
    fn with_a_quantity_the_amount_is_price_times_quantity_and_a_bad_quantity_is_reported() {
        let c = convert(
            "cliente;fecha;cantidad;precio\n\
             A;2024-01-05;3;2,50\n\
             B;2024-01-06;0;4\n\
             C;2024-01-07;;4\n\
             D;2024-01-08;-1;4\n\
             E;2024-01-09;0,5;4\n\
             F;2024-01-10;1e15;4\n",
            LogKind::Purchases,
        );
        let kept: Vec<(&str, f64)> = c
            .purchases
            .iter()
            .map(|p| (p.customer_id.as_str(), p.amount))
            .collect();
        assert_eq!(kept, vec![("A", 7.5), ("E", 2.0)]);
        let got: Vec<(usize, &str, &str, &str)> =
            c.problems.iter().map(RowProblem::parts).collect();
        assert_eq!(
            got,
            vec![
                (3, "cantidad", "history.rule_quantity", "0"),
                (4, "cantidad", "history.rule_quantity", ""),
                (5, "cantidad", "history.rule_quantity", "-1"),
                (7, "cantidad", "history.rule_quantity", "1e15"),
            ]
        );
        assert_eq!(c.bad_rows, 4);
    }

    #[test]
    fn a_quantity_column_is_optional_and_taken_once() {
        use LogField::*;
        assert!(
            check_log_mapping(&[Some(Id), Some(Date), Some(Amount)], LogKind::Purchases).is_ok()
        );
        assert!(check_log_mapping(
            &[Some(Id), Some(Date), Some(Amount), Some(Quantity)],
            LogKind::Purchases
        )
        .is_ok());
        assert_eq!(
            check_log_mapping(
                &[
                    Some(Id),
                    Some(Date),
                    Some(Amount),
                    Some(Quantity),
                    Some(Quantity)
                ],
                LogKind::Purchases
            ),
            Err(LogMappingError::Twice(Quantity))
        );
        assert!(looks_like_unit_price("Unit price"));
        assert!(looks_like_unit_price("Giá"));
        assert!(!looks_like_unit_price("Giá trị"));
        assert!(!looks_like_unit_price("dollar_value"));
    }

    #[test]
    fn headerless_log_finds_the_date_column_wherever_it_is() {
        let (t, _) = table("2024-01-05;A;12,5\n2024-02-05;B;3\n");
        assert_eq!(
            suggest_log_mapping(&t, LogKind::Purchases),
            vec![
                Some(LogField::Date),
                Some(LogField::Id),
                Some(LogField::Amount)
            ]
        );
    }

    #[test]
    fn mapping_needs_every_field_once() {
        use LogField::*;
        assert_eq!(
            check_log_mapping(&[Some(Id), Some(Amount)], LogKind::Purchases),
            Err(LogMappingError::Missing(Date))
        );
        assert_eq!(
            check_log_mapping(
                &[Some(Id), Some(Date), Some(Amount), Some(Date)],
                LogKind::Purchases
            ),
            Err(LogMappingError::Twice(Date))
        );
        assert!(check_log_mapping(
            &[Some(Date), None, Some(Id), Some(Amount)],
            LogKind::Purchases
        )
        .is_ok());
    }

    #[test]
    fn summary_table_imports_and_checks_each_rule() {
        let c = convert(
            "customer_id,frequency,recency,T,monetary_value\n\
             a,2,30.43,38.86,20\n\
             b,0,0,38.86,\n\
             c,1,40,38,10\n\
             a,1,1,2,3\n\
             d,1.5,1,2,0\n\
             e,2,10,20,0\n\
             f,2,10,20,-3\n\
             g,2,10,20,\n\
             h,0,0,5,-2\n\
             i,3,10,20,abc\n",
            LogKind::Summary,
        );
        // The spend model's rule (spend_use): a repeat buyer's mean of 0 or less is kept (and
        // valued at the population mean later), a missing one is not; x = 0 ignores the mean.
        let kept: Vec<(&str, Option<f64>)> = c
            .summary
            .iter()
            .map(|r| (r.customer_id.as_str(), r.monetary))
            .collect();
        assert_eq!(
            kept,
            vec![
                ("a", Some(20.0)),
                ("b", None),
                ("e", Some(0.0)),
                ("f", Some(-3.0)),
                ("h", None),
            ]
        );
        let expected: Vec<(usize, &str)> = c
            .problems
            .iter()
            .map(|p| (p.line, p.expected.as_str()))
            .collect();
        assert_eq!(
            expected,
            vec![
                (4, "history.rule_recency"),
                (5, "rule.unique_id"),
                (6, "history.rule_frequency"),
                (9, "history.rule_monetary"),
                (11, "history.rule_monetary"),
            ]
        );
        let end = Date::from_ymd_opt(1997, 9, 30).unwrap();
        let s = summary_from_rows(&c.summary, TimeUnit::Weeks, end);
        assert_eq!(s.customers[0].age_days, 272);
        assert_eq!(
            s.customers[0].first_purchase,
            Date::from_ymd_opt(1997, 1, 1).unwrap()
        );
        assert_eq!(s.customers[0].mean_repeat_spend, Some(20.0));
        assert_eq!(s.holdout_length, 0.0);
        // e (0) and f (−3) are the repeat buyers the spend fit leaves out.
        assert_eq!(s.repeat_buyers_without_spend(), 2);
        assert_eq!(s.spend_rows().len(), 1);
    }

    #[test]
    fn exported_summary_reads_back_as_a_summary() {
        let purchases = vec![
            Purchase {
                customer_id: "=x".into(),
                date: Date::from_ymd_opt(2024, 1, 1).unwrap(),
                amount: 5.0,
            },
            Purchase {
                customer_id: "=x".into(),
                date: Date::from_ymd_opt(2024, 1, 15).unwrap(),
                amount: 7.0,
            },
            Purchase {
                customer_id: "y".into(),
                date: Date::from_ymd_opt(2024, 1, 8).unwrap(),
                amount: 1.0,
            },
        ];
        let end = Date::from_ymd_opt(2024, 1, 29).unwrap();
        let s = summarize(&purchases, end, None, TimeUnit::Weeks).unwrap();
        let csv = summary_csv(&s);
        let text = decode(csv.as_bytes()).text;
        let c = convert(&text, LogKind::Summary);
        assert_eq!(c.problems, vec![]);
        // The formula guard keeps the apostrophe: ids stay text, never formulas.
        assert_eq!(c.summary[0].customer_id, "'=x");
        assert_eq!(c.summary[0].frequency, 1);
        assert_eq!(c.summary[0].recency, 2.0);
        assert_eq!(c.summary[0].age, 4.0);
        assert_eq!(c.summary[0].monetary, Some(7.0));
        assert_eq!(c.summary[1].monetary, None);
    }

    #[test]
    fn a_kept_log_reads_back_identically_and_compactly() {
        let purchases: Vec<Purchase> = (0..70_000)
            .map(|i| Purchase {
                customer_id: format!("{:05}", i % 23_570),
                date: Date::from_ymd_opt(1997, 1, 1).unwrap()
                    + chrono::Duration::days(i64::from(i % 546)),
                amount: f64::from(i % 9_000) / 100.0 + 0.01,
            })
            .collect();
        let rows = LogRows::Purchases(purchases);
        let json = kept_log_json("CDNOW \"master\"", rows.as_slice());
        // Under 40 characters a purchase: a 70,000-row log is under 3 MB.
        assert!(json.len() < 70_000 * 40, "{} characters", json.len());
        let kept = kept_log_from_json(&json).unwrap();
        assert_eq!(kept.name, "CDNOW \"master\"");
        assert_eq!(kept.rows, rows, "every id, date and amount to the last bit");

        let summary = LogRows::Summary(vec![
            SummaryRow {
                customer_id: "a".into(),
                frequency: 2,
                recency: 30.5,
                age: 38.0,
                monetary: Some(12.25),
            },
            SummaryRow {
                customer_id: "b".into(),
                frequency: 0,
                recency: 0.0,
                age: 38.0,
                monetary: None,
            },
        ]);
        let kept = kept_log_from_json(&kept_log_json("rfm", summary.as_slice())).unwrap();
        assert_eq!(kept.rows, summary);
    }

    #[test]
    fn a_kept_log_of_another_kind_or_a_newer_version_is_refused() {
        use crate::io::store::DocError;
        let json = kept_log_json("x", LogSlice::Purchases(&[]));
        assert!(kept_log_from_json(&json).is_ok());
        assert_eq!(
            kept_log_from_json(&json.replace("\"schema\":1", "\"schema\":2")),
            Err(DocError::NewerVersion(2))
        );
        assert_eq!(
            kept_log_from_json(&json.replace("purchase-log", "backup")),
            Err(DocError::NotOurs)
        );
        assert!(matches!(
            kept_log_from_json("{\"app\":\"value-pyramid\""),
            Err(DocError::Invalid(_))
        ));
    }
}
