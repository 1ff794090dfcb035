//! CSV import in three steps: read the file into a raw table (delimiter, header and decimal
//! separator guessed but shown to the user), map its columns to fields, then convert row by row
//! into customers with a report of every bad cell. Conversion runs in chunks so the page can
//! show progress and cancel.

use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::{guess_date_order, Customer, DateOrder, DateOrderGuess, Status};
use crate::io::csv_reading::RowReading;
use crate::io::export::{CELL_BREAKS, FORMULA_STARTS};
use crate::io::fields::{
    normalise_word, said_choice, CellReading, ChoiceCache, ChoiceLabels, Field, Kind, PercentScale,
    MAX_TEXT_CHARS, MAX_VALUE,
};
use crate::io::number::{parse_number, DecimalSeparator};
use crate::lists::ChoiceMemory;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// How cells are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
    /// One or more spaces or tabs, as in fixed-width logs such as CDNOW's; no quoting.
    Whitespace,
}

impl Delimiter {
    pub(crate) fn byte(self) -> Option<u8> {
        match self {
            Delimiter::Comma => Some(b','),
            Delimiter::Semicolon => Some(b';'),
            Delimiter::Tab => Some(b'\t'),
            Delimiter::Whitespace => None,
        }
    }
}

/// How to read the file; guessed by [`sniff`], always shown and changeable before importing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    pub delimiter: Delimiter,
    pub has_header: bool,
    pub decimal: DecimalSeparator,
}

/// One line of the file split into cells; `line` is the 1-based line number in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct RawRow {
    pub line: usize,
    pub cells: Vec<String>,
}

/// The file as a grid of text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawTable {
    /// Column names from the header row, or "Column 1", "Column 2", … without one.
    pub columns: Vec<String>,
    pub has_header: bool,
    pub rows: Vec<RawRow>,
}

/// The file could not be read at all.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ReadError {
    /// Nothing but blank lines.
    Empty,
    /// The CSV structure is broken at this line.
    Malformed { line: usize, detail: String },
    /// A quoted cell opened at this line is never closed: read as it is, it would swallow the
    /// rest of the file.
    UnclosedQuote { line: usize },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Empty => write!(f, "the file has no rows"),
            ReadError::Malformed { line, detail } => write!(f, "line {line}: {detail}"),
            ReadError::UnclosedQuote { line } => {
                write!(f, "line {line}: a quote opened here is never closed")
            }
        }
    }
}

impl std::error::Error for ReadError {}

/// Files above this size (50 MB) are named with their size and the memory reading them takes
/// before they are read, and read only when the user says so.
pub const LARGE_FILE_BYTES: u64 = 50_000_000;

/// Roughly how many bytes of memory reading a CSV file of `file_bytes` takes: the bytes kept
/// (so another encoding can be tried), the decoded text (up to 1.5 times the bytes for
/// three-byte characters from a two-byte legacy encoding) and the table of cells, each a
/// string with about 32 bytes of bookkeeping (taken as 5.5 times the text for cells of six
/// characters). 8 times the file in all.
pub fn read_memory_estimate(file_bytes: u64) -> u64 {
    file_bytes.saturating_mul(8)
}

/// Guesses delimiter, header and decimal separator from the first lines.
pub fn sniff(text: &str) -> CsvOptions {
    let delimiter = sniff_delimiter(text);
    let rows = RowReading::new(text, delimiter).finish();
    options_from_rows(delimiter, rows.as_deref().ok())
}

/// The delimiter [`sniff`] picks: the one that splits the most of the first 50 non-blank lines
/// into the same number of cells.
pub fn sniff_delimiter(text: &str) -> Delimiter {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(50)
        .collect();
    // The delimiter is the one that splits the most lines into the same number of cells;
    // ragged rows still count for it, and ties go to the rarer character.
    let score = |d: Delimiter| {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, d.byte().unwrap_or(b',')))
            .collect();
        let mode = counts
            .iter()
            .filter(|&&c| c > 0)
            .max_by_key(|&&c| {
                (
                    counts.iter().filter(|&&x| x == c).count(),
                    std::cmp::Reverse(c),
                )
            })
            .copied();
        mode.map_or(0, |m| counts.iter().filter(|&&c| c == m).count())
    };
    [Delimiter::Tab, Delimiter::Semicolon, Delimiter::Comma]
        .into_iter()
        .map(|d| (score(d), d))
        .fold((0, Delimiter::Whitespace), |best, (s, d)| {
            if s > best.0 {
                (s, d)
            } else {
                best
            }
        })
        .1
}

/// The options [`sniff`] gives once the rows are read with `delimiter` (a header row left in):
/// the decimal separator and whether the first row is a header, guessed from the rows; with
/// no rows (the text could not be read, or is blank), no header and a decimal point.
pub fn options_from_rows(delimiter: Delimiter, rows: Option<&[RawRow]>) -> CsvOptions {
    let guess = CsvOptions {
        delimiter,
        has_header: false,
        decimal: DecimalSeparator::Point,
    };
    let Some(rows) = rows.filter(|r| !r.is_empty()) else {
        return guess;
    };
    let decimal = if delimiter == Delimiter::Comma {
        DecimalSeparator::Point
    } else {
        guess_decimal(rows)
    };
    let has_header = rows
        .first()
        .is_some_and(|first| looks_like_header(first, rows.get(1), decimal));
    CsvOptions {
        delimiter,
        has_header,
        decimal,
    }
}

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    line.bytes()
        .filter(|&b| {
            if b == b'"' {
                quoted = !quoted;
            }
            b == delimiter && !quoted
        })
        .count()
}

fn guess_decimal(rows: &[RawRow]) -> DecimalSeparator {
    let (mut comma, mut point) = (0, 0);
    for cell in rows.iter().take(200).flat_map(|r| r.cells.iter()) {
        let t = cell.trim().trim_start_matches('-');
        // The decimal separator is the last one; the integer part may group thousands with the
        // other ("1.000.000,00", "1,000,000.00").
        for (sep, other, counter) in [(',', '.', &mut comma), ('.', ',', &mut point)] {
            if let Some((i, f)) = t.rsplit_once(sep) {
                let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
                let grouped = i.split(other).all(digits);
                if grouped && digits(f) && f.len() != 3 {
                    *counter += 1;
                }
            }
        }
    }
    if comma > point {
        DecimalSeparator::Comma
    } else {
        DecimalSeparator::Point
    }
}

fn looks_like_header(first: &RawRow, second: Option<&RawRow>, decimal: DecimalSeparator) -> bool {
    let numeric = |c: &String| parse_number(c, decimal).is_some();
    if first
        .cells
        .iter()
        .any(|c| suggest_target(c, false) != ColumnTarget::Ignore && !numeric(c))
    {
        return true;
    }
    let first_has_numbers = first.cells.iter().any(numeric);
    let second_has_numbers = second.is_some_and(|r| r.cells.iter().any(numeric));
    !first_has_numbers && second_has_numbers
}

/// Splits the text into rows with the given options. Blank lines are skipped.
pub fn read_table(text: &str, options: &CsvOptions) -> Result<RawTable, ReadError> {
    let rows = RowReading::new(text, options.delimiter).finish()?;
    table_from_rows(rows, options.has_header)
}

/// The table of the rows [`RowReading`] read, the first taken as the header with
/// `has_header`.
///
/// # Errors
/// [`ReadError::Empty`] when there are no rows.
pub fn table_from_rows(mut rows: Vec<RawRow>, has_header: bool) -> Result<RawTable, ReadError> {
    if rows.is_empty() {
        return Err(ReadError::Empty);
    }
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let columns = if has_header {
        let header = rows.remove(0);
        (0..width)
            .map(|i| {
                header
                    .cells
                    .get(i)
                    .filter(|c| !c.is_empty())
                    .cloned()
                    .unwrap_or_else(|| format!("Column {}", i + 1))
            })
            .collect()
    } else {
        (1..=width).map(|i| format!("Column {i}")).collect()
    };
    Ok(RawTable {
        columns,
        has_header,
        rows,
    })
}

/// Where one column of the file goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnTarget {
    Ignore,
    Field(Field),
    /// A numeric scorecard indicator with this name.
    Indicator(String),
    /// A free attribute with this name.
    Custom(String),
}

impl ColumnTarget {
    /// A stable text form for a `<select>` value: "ignore", "field:name", "indicator", "custom".
    pub fn key(&self) -> String {
        match self {
            ColumnTarget::Ignore => "ignore".into(),
            ColumnTarget::Field(f) => format!("field:{}", f.key()),
            ColumnTarget::Indicator(_) => "indicator".into(),
            ColumnTarget::Custom(_) => "custom".into(),
        }
    }

    /// The inverse of [`ColumnTarget::key`]; indicator and custom columns are named after the
    /// column header.
    pub fn from_key(key: &str, column: &str) -> ColumnTarget {
        let name = attribute_name(column);
        match key {
            "indicator" => ColumnTarget::Indicator(name),
            "custom" => ColumnTarget::Custom(name),
            _ => key
                .strip_prefix("field:")
                .and_then(Field::from_key)
                .map_or(ColumnTarget::Ignore, ColumnTarget::Field),
        }
    }
}

fn attribute_name(header: &str) -> String {
    let bare = header
        .strip_prefix("indicator:")
        .or_else(|| header.strip_prefix("custom:"))
        .unwrap_or(header);
    normalise_word(bare)
}

/// Header words (normalised) that mean a field, beyond its own key.
fn aliases(field: Field) -> &'static [&'static str] {
    match field {
        Field::Id => &[
            "customer_id",
            "cust_id",
            "client_id",
            "code",
            "customer_code",
            "number",
            // The page's other languages, as their CRMs name the column.
            "id_cliente",
            "código",
            "codigo",
            "номер",
            "код",
            "mã",
            "mã_khách_hàng",
            "编号",
            "客户编号",
            "customer_number",
            "customer_no",
            "client_number",
            "account_id",
            "account_number",
            "numero_cliente",
            "número_cliente",
            "codigo_cliente",
            "código_cliente",
            "ид",
            "номер_на_клиент",
            "клиентски_номер",
            "ma_khach_hang",
            "客户id",
            "客户代码",
        ],
        Field::Name => &[
            "customer",
            "customer_name",
            "client",
            "client_name",
            "company",
            "full_name",
            "nombre",
            "cliente",
            "empresa",
            "име",
            "клиент",
            "фирма",
            "tên",
            "khách_hàng",
            "công_ty",
            "名称",
            "客户",
            "客户名称",
            "公司",
            "company_name",
            "account_name",
            "nombre_cliente",
            "razón_social",
            "razon_social",
            "име_на_клиент",
            "наименование",
            "tên_khách_hàng",
            "ten_khach_hang",
            "客户姓名",
            "姓名",
        ],
        Field::Status => &["type_of_entry", "customer_or_prospect"],
        Field::NeedsIt => &["needs", "need", "has_need"],
        Field::CanPay => &["can_afford", "budget", "solvent"],
        Field::MarketType => &["market", "market_segment"],
        Field::Channel => &[
            "source",
            "acquisition_channel",
            "lead_source",
            "origin",
            "canal",
            "origen",
            "канал",
            "kênh",
            "渠道",
            "来源",
        ],
        Field::Region => &[
            "area",
            "territory",
            "city",
            "country",
            "state",
            "province",
            "región",
            "zona",
            "ciudad",
            "país",
            "регион",
            "град",
            "държава",
            "khu_vực",
            "tỉnh",
            "地区",
            "区域",
            "城市",
        ],
        Field::Age => &["age_years"],
        Field::SizeBand => &["size", "company_size", "employees_band"],
        Field::FirstPurchase => &[
            "first_order",
            "customer_since",
            "since",
            "start_date",
            "first_purchase_date",
            "first_order_date",
            "first_purchase_on",
            "fecha_primera_compra",
            "primera_compra",
            "cliente_desde",
            "първа_покупка",
            "дата_на_първа_покупка",
            "клиент_от",
            "ngày_mua_đầu_tiên",
            "mua_lần_đầu",
            "khách_hàng_từ",
            "首次购买",
            "首次购买日期",
            "首购日期",
        ],
        Field::LostOn => &[
            "lost_date",
            "date_lost",
            "churned_on",
            "churn_date",
            "left_on",
            "end_date",
            "customer_until",
            "fecha_de_baja",
            "fecha_baja",
            "fecha_perdida",
            "perdido_el",
            "дата_на_загуба",
            "загубен_на",
            "напуснал_на",
            "ngày_mất",
            "ngày_rời_đi",
            "流失日期",
            "流失时间",
        ],
        Field::RevenuePerYear => &[
            "revenue",
            "sales",
            "annual_revenue",
            "turnover",
            "yearly_revenue",
            "annual_sales",
            "ingresos",
            "ventas",
            "facturación",
            "facturacion",
            "приходи",
            "оборот",
            "продажби",
            "doanh_thu",
            "收入",
            "销售额",
            "营业额",
            "annual_spend",
            "yearly_spend",
            "spend_per_year",
            "total_revenue",
            "amount",
            "importe",
            "importe_anual",
            "ingresos_anuales",
            "ventas_anuales",
            "годишни_приходи",
            "годишен_оборот",
            "сума",
            "doanh_số",
            "doanh_thu_năm",
            "số_tiền",
            "年收入",
            "年销售额",
            "金额",
        ],
        Field::PurchasesPerYear => &[
            "purchases",
            "orders",
            "orders_per_year",
            "frequency",
            "order_count",
            "number_of_orders",
            "num_orders",
            "purchase_count",
            "purchase_frequency",
            "compras",
            "pedidos",
            "compras_al_año",
            "compras_por_año",
            "pedidos_al_año",
            "número_de_pedidos",
            "numero_de_pedidos",
            "покупки",
            "поръчки",
            "брой_поръчки",
            "покупки_годишно",
            "số_đơn_hàng",
            "đơn_hàng",
            "số_lần_mua",
            "购买次数",
            "订单数",
            "年订单数",
            "年购买次数",
        ],
        Field::AverageOrderValue => &[
            "aov",
            "avg_order_value",
            "average_order",
            "order_value",
            "basket",
            "ticket_medio",
            "valor_medio_pedido",
            "pedido_medio",
            "средна_поръчка",
            "средна_стойност_на_поръчка",
            "giá_trị_đơn_trung_bình",
            "客单价",
            "平均订单金额",
        ],
        Field::GrossMargin => &[
            "margin",
            "gm",
            "margin_rate",
            "margen",
            "margen_bruto",
            "марж",
            "брутен_марж",
            "biên_lợi_nhuận",
            "毛利率",
        ],
        Field::AcquisitionCost => &["cac", "acquisition", "cost_of_acquisition"],
        Field::ServiceCost => &["cost_to_serve", "serving_cost", "service", "support_cost"],
        Field::MarketShareValue => &["share_value"],
        Field::MarketShareScore => &["share_score", "market_share"],
        Field::BrandValue => &["reputation_value"],
        Field::BrandScore => &["brand", "reputation", "reputation_score"],
        Field::ImplicitCostHours => &["hours", "effort_hours", "time_hours"],
        Field::LifecycleStage => &["stage", "lifecycle"],
        Field::DeliveredProduct => &["product_value", "value_of_product", "value_product"],
        Field::DeliveredService => &["service_value", "value_of_service", "value_service"],
        Field::DeliveredPeople => &[
            "people_value",
            "personnel_value",
            "value_of_people",
            "value_people",
        ],
        Field::DeliveredImage => &["image_value", "value_of_image", "value_image"],
        Field::CustomerCostPrice => &["price_cost", "monetary_cost", "cost_of_price", "price_paid"],
        Field::CustomerCostTime => &["time_cost", "cost_of_time", "cost_time"],
        Field::CustomerCostEffort => &[
            "effort_cost",
            "energy_cost",
            "cost_of_effort",
            "cost_effort",
        ],
        Field::CustomerCostRisk => &[
            "risk_cost",
            "psychological_cost",
            "cost_of_risk",
            "cost_risk",
        ],
        Field::CategorySpend => &[
            "wallet",
            "wallet_size",
            "categoryspend",
            "category_spending",
            "total_spend_in_category",
            "total_category_spend",
            "spend_in_category",
            "customer_wallet",
            "gasto_en_la_categoría",
            "gasto_en_la_categoria",
            "gasto_total_en_la_categoría",
            "chi_tiêu_trong_ngành_hàng",
            "chi_tiêu_ngành_hàng",
            "品类总支出",
            "品类支出",
            "разходи_в_категорията",
            "общи_разходи_в_категорията",
        ],
        Field::ProfitGrowth => &[
            "growth_rate",
            "profit_growth_rate",
            "yearly_growth",
            "crecimiento_del_beneficio",
            "tăng_trưởng_lợi_nhuận",
            "利润增长率",
            "利润增长",
            "ръст_на_печалбата",
        ],
    }
}

fn suggest_target(header: &str, numeric: bool) -> ColumnTarget {
    let word = normalise_word(header);
    if header.starts_with("indicator:") {
        return ColumnTarget::Indicator(attribute_name(header));
    }
    if header.starts_with("custom:") {
        return ColumnTarget::Custom(attribute_name(header));
    }
    if let Some(f) = Field::VARIANTS
        .iter()
        .copied()
        .find(|f| f.key() == word || aliases(*f).contains(&word.as_str()))
    {
        return ColumnTarget::Field(f);
    }
    match numeric {
        _ if word.is_empty() => ColumnTarget::Ignore,
        true => ColumnTarget::Indicator(word),
        false => ColumnTarget::Ignore,
    }
}

/// Suggests a target per column from its header; without a header every column starts ignored,
/// and the user maps them (the page never imports on a guess it has not shown).
pub fn suggest_mapping(table: &RawTable, decimal: DecimalSeparator) -> Vec<ColumnTarget> {
    let mut used = HashSet::new();
    table
        .columns
        .iter()
        .enumerate()
        .map(|(i, header)| {
            if !table.has_header {
                return ColumnTarget::Ignore;
            }
            let numeric = table
                .rows
                .iter()
                .take(20)
                .filter_map(|r| r.cells.get(i))
                .filter(|c| !c.is_empty())
                .all(|c| parse_number(c, decimal).is_some());
            match suggest_target(header, numeric) {
                ColumnTarget::Field(f) if !used.insert(f) => ColumnTarget::Ignore,
                ColumnTarget::Ignore if !header.trim().is_empty() => {
                    ColumnTarget::Custom(attribute_name(header))
                }
                t => t,
            }
        })
        .collect()
}

/// The mapping cannot be used as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MappingError {
    /// No column is mapped to the customer's name.
    NoName,
    /// Two columns are mapped to the same field.
    Twice(Field),
}

impl std::fmt::Display for MappingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MappingError::NoName => write!(f, "map one column to the name"),
            MappingError::Twice(field) => write!(f, "two columns are mapped to {}", field.key()),
        }
    }
}

impl std::error::Error for MappingError {}

pub fn check_mapping(mapping: &[ColumnTarget]) -> Result<(), MappingError> {
    let mut seen = HashSet::new();
    for target in mapping {
        if let ColumnTarget::Field(f) = target {
            if !seen.insert(*f) {
                return Err(MappingError::Twice(*f));
            }
        }
    }
    if seen.contains(&Field::Name) {
        Ok(())
    } else {
        Err(MappingError::NoName)
    }
}

/// How cells are read beyond the mapping: the decimal separator, the percent scale of each
/// column, and the words that stand for choices.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Readings {
    pub decimal: DecimalSeparator,
    /// Percent scale per column index; a column not listed reads plain numbers as fractions.
    pub scales: HashMap<usize, PercentScale>,
    /// What the user said words stand for.
    pub memory: ChoiceMemory,
    /// The page's own names of choices in every language.
    pub labels: ChoiceLabels,
    /// Date order per column index; a column not listed reads year-month-day.
    pub date_orders: HashMap<usize, DateOrder>,
}

impl Readings {
    /// Fractions, keys and common words only.
    pub fn plain(decimal: DecimalSeparator) -> Readings {
        Readings {
            decimal,
            ..Readings::default()
        }
    }

    /// How the cells of column `index` are read.
    pub fn cell(&self, index: usize) -> CellReading<'_> {
        CellReading {
            decimal: self.decimal,
            scale: self.scales.get(&index).copied().unwrap_or_default(),
            memory: Some(&self.memory),
            labels: Some(&self.labels),
            date_order: self.date_orders.get(&index).copied().unwrap_or_default(),
        }
    }
}

/// Words in a header that say its numbers are percentages.
const PERCENT_WORDS: &[&str] = &[
    "percent",
    "percentage",
    "pct",
    "prozent",
    "porcentaje",
    "porciento",
    "процент",
    "phần_trăm",
    "百分比",
];

/// Whether a column's plain numbers are percentages (`39` = 39 %) or fractions (`0.39`): a
/// header with "%" or a percent word says percent, and so does any value beyond ±1 among the
/// first rows, which as a fraction would be refused anyway.
pub fn suggest_scale(table: &RawTable, column: usize, decimal: DecimalSeparator) -> PercentScale {
    let header = table.columns.get(column).map_or("", String::as_str);
    let word = normalise_word(header);
    if table.has_header
        && (header.contains('%')
            || PERCENT_WORDS
                .iter()
                .any(|w| word.split('_').any(|part| part == *w) || word.contains(w)))
    {
        return PercentScale::Percent;
    }
    let beyond_one = table
        .rows
        .iter()
        .take(200)
        .filter_map(|r| r.cells.get(column))
        .filter_map(|c| parse_number(c, decimal))
        .any(|n| !n.percent && n.value.abs() > 1.0);
    if beyond_one {
        PercentScale::Percent
    } else {
        PercentScale::Fraction
    }
}

/// The first `count` non-empty cells of a percent column with how they will be read: the
/// fraction stored, or `None` when the cell will be refused.
pub fn scale_preview(
    table: &RawTable,
    column: usize,
    field: Field,
    reading: &CellReading,
    count: usize,
) -> Vec<(String, Option<f64>)> {
    table
        .rows
        .iter()
        .filter_map(|r| r.cells.get(column))
        .filter(|c| !c.trim().is_empty())
        .take(count)
        .map(|cell| {
            let mut c = Customer::default();
            let value = field
                .apply_as(&mut c, &strip_neutraliser(cell), reading)
                .ok()
                .and_then(|()| field.get(&c).parse::<f64>().ok());
            (cell.clone(), value)
        })
        .collect()
}

/// One distinct value of a choice column: its first spelling in the file, how many rows hold
/// it, and what it will be read as (`None`: not recognised; `Some(None)`: left empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceValue {
    pub text: String,
    pub rows: usize,
    pub read_as: Option<Option<&'static str>>,
    /// Whether the reading comes from what the user said (rather than recognised).
    pub said: bool,
}

/// The distinct non-empty values of a column mapped to a choice field (spellings that
/// normalise alike are one value), most frequent first.
pub fn choice_values(
    table: &RawTable,
    column: usize,
    field: Field,
    readings: &Readings,
) -> Vec<ChoiceValue> {
    // Each distinct text of the column counted first, in the order first met, and only those
    // read and normalised: a CRM export's 100,000 cells of a choice column are a handful of
    // texts, and normalising every cell (a new string each) was 30 ms of drawing the mapping
    // step in the page. The first text met of a word is still the one listed.
    let mut places: HashMap<&str, usize> = HashMap::new();
    let mut distinct: Vec<(&str, usize)> = Vec::new();
    for cell in table.rows.iter().filter_map(|r| r.cells.get(column)) {
        match places.get(cell.as_str()) {
            Some(&k) => distinct[k].1 += 1,
            None => {
                places.insert(cell, distinct.len());
                distinct.push((cell, 1));
            }
        }
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut values: Vec<ChoiceValue> = Vec::new();
    for (cell, rows) in distinct {
        let stripped = strip_neutraliser(cell);
        let cell = stripped.trim();
        if cell.is_empty() {
            continue;
        }
        let word = normalise_word(cell);
        if let Some(&i) = seen.get(&word) {
            values[i].rows += rows;
            continue;
        }
        seen.insert(word, values.len());
        values.push(ChoiceValue {
            text: cell.to_string(),
            rows,
            read_as: readings.cell(column).choice(field, cell),
            said: said_choice(&readings.memory, field, cell).is_some(),
        });
    }
    values.sort_by(|a, b| b.rows.cmp(&a.rows).then_with(|| a.text.cmp(&b.text)));
    values
}

/// The date order of column `column` from its values (see [`guess_date_order`]).
pub fn suggest_date_order(table: &RawTable, column: usize) -> DateOrderGuess {
    guess_date_order(
        table
            .rows
            .iter()
            .filter_map(|r| r.cells.get(column))
            .map(String::as_str),
    )
}

/// Whether a field's column needs a percent scale chosen.
pub fn takes_scale(field: Field) -> bool {
    field.kind() == Kind::Fraction
}

/// One bad cell: where it is, what was expected (a translation key) and what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    pub column: String,
    /// The column's index in the file, when the cell can be corrected there.
    pub column_index: Option<usize>,
    pub expected: String,
    pub found: String,
}

impl RowProblem {
    /// Line, column, expected rule and text found: what a report (or a test) compares.
    pub fn parts(&self) -> (usize, &str, &str, &str) {
        (self.line, &self.column, &self.expected, &self.found)
    }
}

/// Converts rows into customers a chunk at a time.
#[derive(Debug)]
pub struct Converter {
    /// The session's table, shared rather than copied (a second copy of 100,000 rows while
    /// the check runs); a correction made meanwhile copies it then (`Arc::make_mut`).
    table: Arc<RawTable>,
    mapping: Vec<ColumnTarget>,
    readings: Readings,
    /// The choices read so far, per column.
    choices: Vec<ChoiceCache>,
    /// The ids met so far: those of the list the rows go into, and those of the good rows.
    ids: SeenIds,
    next: usize,
    pub good: Vec<Customer>,
    pub problems: Vec<RowProblem>,
    pub bad_rows: usize,
    /// Lines whose revenue disagrees with purchases × order value (imported, but flagged).
    pub disagreeing_revenue: Vec<usize>,
    /// Lines whose revenue is above the customer's whole category spend (imported, but
    /// flagged: one of the two is wrong).
    pub spend_below_revenue: Vec<usize>,
    /// Line of each row in `good`, in the same order.
    good_lines: Vec<usize>,
    /// Rows that look like a total line rather than a customer: taken out of `good` when the
    /// last row is done, so they are left out unless the user keeps them.
    pub held_totals: Vec<HeldTotal>,
    totals_held: bool,
    /// Good rows without an id: the only rows that can be held as totals.
    good_without_id: usize,
}

/// Why a row looks like a total line rather than a customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotalReason {
    /// Its name is a word such as "Total", "Summe", "Tổng", "合计" or "Общо".
    TotalWord,
    /// Its revenue equals the sum of the other rows' revenue, within a cent.
    SumOfOthers,
}

/// A row held back from the import because it looks like a total line.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldTotal {
    pub line: usize,
    pub reason: TotalReason,
    pub customer: Customer,
}

/// Names a spreadsheet gives its total line, lower case, in the app's five languages and in
/// German and French (common in the exports consultants receive).
const TOTAL_WORDS: &[&str] = &[
    "total",
    "totals",
    "grand total",
    "sum",
    "subtotal",
    "sub-total",
    "overall total",
    "tổng",
    "tổng cộng",
    "cộng",
    "tổng số",
    "合计",
    "总计",
    "总和",
    "合計",
    "總計",
    "小计",
    "total general",
    "totales",
    "suma",
    "suma total",
    "общо",
    "сума",
    "всичко",
    "общо сума",
    "summe",
    "gesamt",
    "gesamtsumme",
    "somme",
];

/// How close (money) a row's revenue must be to the sum of the others to count as their total.
const SUM_TOLERANCE: f64 = 0.01;

/// Whether a name is one of [`TOTAL_WORDS`], ignoring case, surrounding space and a trailing
/// colon or full stop ("Total:", "TOTAL.").
fn is_total_word(name: &str) -> bool {
    let name = name
        .trim()
        .trim_end_matches([':', '.', '：'])
        .trim()
        .to_lowercase();
    TOTAL_WORDS.contains(&name.as_str())
}

/// The indices of rows that look like a total line rather than a customer, with the reason.
/// Only rows without an id are candidates: a CRM row with an id is a customer whatever its
/// name. A sum needs at least two other rows with a revenue, and a zero revenue is never a
/// total (a list of zeros would otherwise flag every row).
pub fn likely_total_rows(rows: &[Customer]) -> Vec<(usize, TotalReason)> {
    let with_revenue = rows.iter().filter(|c| c.revenue().is_some()).count();
    let sum: f64 = rows.iter().filter_map(Customer::revenue).sum();
    rows.iter()
        .enumerate()
        .filter(|(_, c)| c.id.trim().is_empty())
        .filter_map(|(i, c)| {
            if is_total_word(&c.name) {
                return Some((i, TotalReason::TotalWord));
            }
            let revenue = c.revenue()?;
            let others = sum - revenue;
            (with_revenue >= 3
                && revenue.abs() >= SUM_TOLERANCE
                && (revenue - others).abs() <= SUM_TOLERANCE)
                .then_some((i, TotalReason::SumOfOthers))
        })
        .collect()
}

/// The ids a check has met. The good rows' ids are held as a hash of each and the row's place
/// among the good rows, not as copies: a copy of each of 100,000 ids, made and then freed, was
/// a fifth of the check in the page.
#[derive(Debug)]
struct SeenIds<S = std::hash::RandomState> {
    /// The ids of the list the rows go into.
    taken: HashSet<String>,
    /// A good row's id hash → the row's place in `good` (the first row with that hash).
    rows: HashMap<u64, usize>,
    /// Ids whose hash a different id had first, kept whole.
    colliding: HashSet<String>,
    hasher: S,
}

impl<S: std::hash::BuildHasher> SeenIds<S> {
    /// Whether `id` was met already; if not, it is noted as the id of the row about to be
    /// added to `good`.
    fn repeated(&mut self, id: &str, good: &[Customer]) -> bool {
        use std::collections::hash_map::Entry;
        if self.taken.contains(id) {
            return true;
        }
        match self.rows.entry(self.hasher.hash_one(id)) {
            Entry::Vacant(entry) => {
                entry.insert(good.len());
                false
            }
            Entry::Occupied(first) if good[*first.get()].id == id => true,
            Entry::Occupied(_) => !self.colliding.insert(id.to_string()),
        }
    }
}

impl Converter {
    /// `taken_ids` are the ids already in the list the rows go into.
    pub fn new(
        table: impl Into<Arc<RawTable>>,
        mapping: Vec<ColumnTarget>,
        readings: Readings,
        taken_ids: HashSet<String>,
    ) -> Result<Converter, MappingError> {
        check_mapping(&mapping)?;
        let table = table.into();
        // Room for every row at once: most rows are good, and growing by doubling held the old
        // and the new block of 100,000 customers at the same time (and rehashed every id).
        let rows = table.rows.len();
        Ok(Converter {
            table,
            choices: vec![ChoiceCache::default(); mapping.len()],
            mapping,
            readings,
            ids: SeenIds {
                taken: taken_ids,
                rows: HashMap::with_capacity(rows),
                colliding: HashSet::new(),
                hasher: std::hash::RandomState::new(),
            },
            next: 0,
            good: Vec::with_capacity(rows),
            problems: Vec::new(),
            bad_rows: 0,
            disagreeing_revenue: Vec::new(),
            spend_below_revenue: Vec::new(),
            good_lines: Vec::with_capacity(rows),
            held_totals: Vec::new(),
            totals_held: false,
            good_without_id: 0,
        })
    }

    pub fn total_rows(&self) -> usize {
        self.table.rows.len()
    }

    pub fn done_rows(&self) -> usize {
        self.next
    }

    pub fn is_done(&self) -> bool {
        self.next >= self.table.rows.len()
    }

    /// Converts up to `max_rows` more rows; returns whether all rows are done.
    pub fn step(&mut self, max_rows: usize) -> bool {
        let end = (self.next + max_rows).min(self.table.rows.len());
        // Each column's reading looked up once a chunk, not once a cell.
        let cells: Vec<CellReading> = (0..self.mapping.len())
            .map(|i| self.readings.cell(i))
            .collect();
        let id_column = self.column_index_of(Field::Id);
        let mut read = ColumnReadings {
            decimal: self.readings.decimal,
            cells: &cells,
            choices: &mut self.choices,
        };
        for index in self.next..end {
            let row = &self.table.rows[index];
            match convert_row(row, &self.table.columns, &self.mapping, &mut read) {
                Ok(customer)
                    if !customer.id.is_empty() && self.ids.repeated(&customer.id, &self.good) =>
                {
                    self.bad_rows += 1;
                    let column_index = id_column;
                    let column = column_index
                        .and_then(|i| self.table.columns.get(i).cloned())
                        .unwrap_or_default();
                    self.problems.push(RowProblem {
                        line: row.line,
                        column,
                        column_index,
                        expected: "rule.unique_id".into(),
                        found: customer.id,
                    });
                }
                Ok(customer) => {
                    if customer.revenue_disagrees() {
                        self.disagreeing_revenue.push(row.line);
                    }
                    if customer.spend_below_revenue() {
                        self.spend_below_revenue.push(row.line);
                    }
                    if customer.id.trim().is_empty() {
                        self.good_without_id += 1;
                    }
                    self.good.push(customer);
                    self.good_lines.push(row.line);
                }
                Err(mut problems) => {
                    self.bad_rows += 1;
                    self.problems.append(&mut problems);
                }
            }
        }
        self.next = end;
        let done = self.is_done();
        if done && !self.totals_held {
            self.totals_held = true;
            self.hold_totals();
        }
        done
    }

    /// Moves the rows that look like totals from `good` to `held_totals`. Called once: with the
    /// grand total gone, a subtotal could otherwise be taken for the total of the rest.
    fn hold_totals(&mut self) {
        // Every row with an id is a customer: the look for totals (two passes over every
        // customer's revenue) is spared when no row lacks one, as in a CRM export.
        if self.good_without_id == 0 {
            return;
        }
        let flagged = likely_total_rows(&self.good);
        // Backwards, so that each index still points at its row while the others are removed.
        for &(index, reason) in flagged.iter().rev() {
            let customer = self.good.remove(index);
            let line = self.good_lines.remove(index);
            self.disagreeing_revenue.retain(|&l| l != line);
            self.spend_below_revenue.retain(|&l| l != line);
            self.held_totals.push(HeldTotal {
                line,
                reason,
                customer,
            });
        }
        self.held_totals.reverse();
    }

    fn column_index_of(&self, field: Field) -> Option<usize> {
        self.mapping
            .iter()
            .position(|t| *t == ColumnTarget::Field(field))
    }
}

/// How each column of a check is read, with the choices it has read so far.
struct ColumnReadings<'a, 'r> {
    decimal: DecimalSeparator,
    /// Per column index, as [`Readings::cell`] gives it.
    cells: &'a [CellReading<'r>],
    choices: &'a mut [ChoiceCache],
}

fn convert_row(
    row: &RawRow,
    columns: &[String],
    mapping: &[ColumnTarget],
    read: &mut ColumnReadings,
) -> Result<Customer, Vec<RowProblem>> {
    let mut customer = Customer::default();
    let mut problems = Vec::new();
    // A reading and a cache per target of the mapping: the converter makes both from it.
    let each = mapping.iter().zip(read.cells).zip(read.choices.iter_mut());
    for (i, ((target, reading), cache)) in each.enumerate() {
        let raw = row.cells.get(i).map_or("", String::as_str);
        let stripped = strip_neutraliser(raw);
        let cell: &str = &stripped;
        let problem = |expected: &str| RowProblem {
            line: row.line,
            column: columns.get(i).cloned().unwrap_or_default(),
            column_index: Some(i),
            expected: expected.to_string(),
            found: shown_found(raw),
        };
        match target {
            ColumnTarget::Ignore => {}
            ColumnTarget::Field(field) => {
                if let Err(e) = field.apply_cached(&mut customer, cell, reading, cache) {
                    problems.push(problem(e.expected));
                }
            }
            ColumnTarget::Indicator(name) if !cell.is_empty() => {
                match parse_number(cell, read.decimal) {
                    Some(n) if !n.percent && n.value.abs() <= MAX_VALUE => {
                        customer.indicators.insert(name.into(), n.value);
                    }
                    _ => problems.push(problem("rule.indicator")),
                }
            }
            ColumnTarget::Custom(_)
                if cell.len() > MAX_TEXT_CHARS && cell.chars().nth(MAX_TEXT_CHARS).is_some() =>
            {
                problems.push(problem("rule.custom_text"));
            }
            ColumnTarget::Custom(name) if !cell.is_empty() => {
                customer.custom.insert(name.into(), cell.into());
            }
            ColumnTarget::Indicator(_) | ColumnTarget::Custom(_) => {}
        }
    }
    // A file of former customers often has a date of loss and no status column (or an empty
    // status): an entry that was lost is no current customer, and counting it as one would
    // keep it in every analysis of the customers and hide it from the churn measured.
    let status_given = mapping
        .iter()
        .position(|t| *t == ColumnTarget::Field(Field::Status))
        .is_some_and(|i| row.cells.get(i).is_some_and(|c| !c.trim().is_empty()));
    if customer.lost_on.is_some() && !status_given {
        customer.status = Status::Former;
    }
    if problems.is_empty() {
        Ok(customer)
    } else {
        Err(problems)
    }
}

/// Characters of a refused cell kept in its problem: enough to recognise and correct it.
const FOUND_CHARS: usize = 200;

/// A refused cell as its problem shows it: the first 200 characters, and "…"
/// when there were more (a 1 MB cell is not copied into the report).
pub fn shown_found(raw: &str) -> String {
    match raw.char_indices().nth(FOUND_CHARS) {
        Some((end, _)) => format!("{}…", &raw[..end]),
        None => raw.to_string(),
    }
}

/// Undoes the apostrophes export puts before a formula start, at the start of a cell and after
/// each character where a spreadsheet could split it (see `export::neutralise`).
fn strip_neutraliser(cell: &str) -> std::borrow::Cow<'_, str> {
    if !cell.contains('\'') {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len());
    let mut at_start = true;
    let mut chars = cell.chars().peekable();
    while let Some(ch) = chars.next() {
        let protecting =
            ch == '\'' && at_start && chars.peek().is_some_and(|n| FORMULA_STARTS.contains(n));
        if !protecting {
            out.push(ch);
        }
        at_start = !protecting && (CELL_BREAKS.contains(&ch) || (at_start && ch == '"'));
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Channel;
    use crate::engine::model::Figure;

    /// A hasher giving every id the same hash: every id after the first collides.
    #[derive(Default, Clone)]
    struct OneHash;

    impl std::hash::Hasher for OneHash {
        fn finish(&self) -> u64 {
            7
        }
        fn write(&mut self, _: &[u8]) {}
    }

    proptest::proptest! {
        /// The ids met are told repeated exactly as a set of copies of them would tell it,
        /// whether their hashes differ or all collide, with some ids already in the list.
        #[test]
        fn seen_ids_tell_repeats_as_a_set_of_copies_does(
            ids in proptest::collection::vec("[a-d]{1,2}", 0..40),
            taken in proptest::collection::hash_set("[a-d]{1,2}", 0..4),
        ) {
            fn run<S: std::hash::BuildHasher>(
                ids: &[String],
                taken: &HashSet<String>,
                hasher: S,
            ) -> Vec<bool> {
                let mut seen = SeenIds {
                    taken: taken.clone(),
                    rows: HashMap::new(),
                    colliding: HashSet::new(),
                    hasher,
                };
                let mut good: Vec<Customer> = Vec::new();
                ids.iter()
                    .map(|id| {
                        let repeated = seen.repeated(id, &good);
                        if !repeated {
                            good.push(Customer { id: id.clone(), ..Default::default() });
                        }
                        repeated
                    })
                    .collect()
            }
            let mut copies = taken.clone();
            let expected: Vec<bool> = ids.iter().map(|id| !copies.insert(id.clone())).collect();
            proptest::prop_assert_eq!(&run(&ids, &taken, std::hash::RandomState::new()), &expected);
            proptest::prop_assert_eq!(
                &run(&ids, &taken, std::hash::BuildHasherDefault::<OneHash>::default()),
                &expected
            );
        }
    }

    fn options(text: &str) -> CsvOptions {
        sniff(text)
    }

    #[test]
    fn sniffs_each_delimiter_and_header() {
        let cases = [
            ("name,revenue\nA,10\nB,20\n", Delimiter::Comma, true),
            ("name;revenue\nA;10,5\nB;20\n", Delimiter::Semicolon, true),
            ("name\trevenue\nA\t10\n", Delimiter::Tab, true),
            (
                "0001 19970101 1 11.77\n0002 19970112 2 29.33\n",
                Delimiter::Whitespace,
                false,
            ),
            ("A,10\nB,20\n", Delimiter::Comma, false),
        ];
        for (text, delimiter, header) in cases {
            let o = options(text);
            assert_eq!(o.delimiter, delimiter, "{text:?}");
            assert_eq!(o.has_header, header, "{text:?}");
        }
    }

    #[test]
    fn sniffs_decimal_comma() {
        let o = options("name;revenue\nA;10,5\nB;1.234,75\n");
        assert_eq!(o.decimal, DecimalSeparator::Comma);
        let o = options("name;revenue\nA;10.5\nB;3.25\n");
        assert_eq!(o.decimal, DecimalSeparator::Point);
        // Thousands grouped with the other separator: the last separator is the decimal one.
        let o = options("name;revenue\nA;1.000.000,00\nB;529.372,84\n");
        assert_eq!(o.decimal, DecimalSeparator::Comma);
        let o = options("name;revenue\nA;1,000,000.00\nB;529,372.84\n");
        assert_eq!(o.decimal, DecimalSeparator::Point);
    }

    #[test]
    fn reports_unclosed_quote_with_its_line() {
        let o = CsvOptions {
            delimiter: Delimiter::Comma,
            has_header: true,
            decimal: DecimalSeparator::Point,
        };
        // Line 3 opens a quote that nothing closes: read as the csv crate reads, it would be
        // one cell holding the rest of the file.
        let text = "name,revenue\nAnna,10\n\"Bao,20\nChi,30\nDan,40\n";
        assert_eq!(
            read_table(text, &o),
            Err(ReadError::UnclosedQuote { line: 3 })
        );
        // Closed quotes, doubled quotes inside, a quoted cell over two lines, and a quote in
        // the middle of a plain cell are all fine.
        let text =
            "name,revenue\n\"Anna, \"\"A\"\" Ltd\",10\n\"Bao\nBranch\",20\nChi 5\" pipe,30\n";
        let table = read_table(text, &o).unwrap();
        let names: Vec<&str> = table.rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(
            names,
            vec!["Anna, \"A\" Ltd", "Bao\nBranch", "Chi 5\" pipe"]
        );
        assert_eq!(
            table.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            vec![2, 3, 5]
        );
        // After the closing quote of a quoted cell opened on line 2, line 4 opens another.
        let text = "a;b\n\"x\ny\";1\n\"z;2\n";
        let o = CsvOptions {
            delimiter: Delimiter::Semicolon,
            ..o
        };
        assert_eq!(
            read_table(text, &o),
            Err(ReadError::UnclosedQuote { line: 4 })
        );
    }

    #[test]
    fn empty_file_is_an_error() {
        let o = CsvOptions {
            delimiter: Delimiter::Comma,
            has_header: true,
            decimal: DecimalSeparator::Point,
        };
        assert_eq!(read_table("\n \n", &o), Err(ReadError::Empty));
    }

    /// Asserts the mapping suggested for each header over the same `rows`.
    fn assert_suggested(headers: &[&str], rows: &str, expected: &[ColumnTarget]) {
        for header in headers {
            let text = format!("{header}\n{rows}");
            let o = sniff(&text);
            let table = read_table(&text, &o).unwrap();
            assert_eq!(suggest_mapping(&table, o.decimal), expected, "{header}");
        }
    }

    #[test]
    fn headers_in_every_language_of_the_page_are_suggested() {
        let expected = vec![
            ColumnTarget::Field(Field::Id),
            ColumnTarget::Field(Field::Name),
            ColumnTarget::Field(Field::RevenuePerYear),
            ColumnTarget::Field(Field::GrossMargin),
            ColumnTarget::Field(Field::Channel),
            ColumnTarget::Field(Field::Region),
        ];
        let headers = [
            "Código,Nombre,Ingresos,Margen bruto,Canal,Región",
            "Номер,Име,Приходи,Марж,Канал,Регион",
            "Mã,Tên,Doanh thu,Biên lợi nhuận,Kênh,Khu vực",
            "编号,名称,收入,毛利率,渠道,地区",
        ];
        assert_suggested(&headers, "1,A,100,0.3,x,y\n2,B,200,0.4,x,y\n", &expected);
    }

    #[test]
    fn crm_names_of_id_name_revenue_first_purchase_and_orders_are_suggested_in_every_language() {
        let expected = vec![
            ColumnTarget::Field(Field::Id),
            ColumnTarget::Field(Field::Name),
            ColumnTarget::Field(Field::RevenuePerYear),
            ColumnTarget::Field(Field::FirstPurchase),
            ColumnTarget::Field(Field::PurchasesPerYear),
            ColumnTarget::Field(Field::AverageOrderValue),
        ];
        let headers = [
            "Customer number,Company name,Amount,First order date,Order count,AOV",
            "Número cliente,Razón social,Importe,Fecha primera compra,Pedidos,Ticket medio",
            "Номер на клиент,Наименование,Сума,Първа покупка,Поръчки,Средна поръчка",
            "Mã khách hàng,Tên khách hàng,Số tiền,Ngày mua đầu tiên,Số đơn hàng,Giá trị đơn trung bình",
            "客户ID,客户姓名,金额,首次购买日期,订单数,客单价",
        ];
        let rows = "1,A,100,2024-01-05,3,20\n2,B,200,2024-02-05,4,30\n";
        assert_suggested(&headers, rows, &expected);
    }

    #[test]
    fn category_spend_and_profit_growth_are_suggested_in_every_language() {
        let expected = vec![
            ColumnTarget::Field(Field::Id),
            ColumnTarget::Field(Field::CategorySpend),
            ColumnTarget::Field(Field::ProfitGrowth),
        ];
        let headers = [
            "id,Category spend,Profit growth",
            "id,Gasto en la categoría,Crecimiento del beneficio",
            "id,Разходи в категорията,Ръст на печалбата",
            "id,Chi tiêu trong ngành hàng,Tăng trưởng lợi nhuận",
            "id,品类总支出,利润增长率",
        ];
        assert_suggested(&headers, "1,12000,0.1\n2,9000,0.05\n", &expected);
    }

    #[test]
    fn every_header_alias_is_normalised_and_means_one_field() {
        let mut seen: HashMap<&str, Field> = HashMap::new();
        for &field in Field::VARIANTS {
            for &alias in std::iter::once(&field.key()).chain(aliases(field)) {
                assert_eq!(normalise_word(alias), alias, "{field:?}");
                if let Some(other) = seen.insert(alias, field) {
                    panic!("{alias} means {other:?} and {field:?}");
                }
            }
        }
    }

    #[test]
    fn converts_good_rows_and_reports_every_bad_cell() {
        let text = "id;name;revenue;margin;growth;industry\n\
                    1;Anna;1.200,50;35 %;0,1;retail\n\
                    2;;abc;0,2;x;\n\
                    1;Dup;10;;;\n\
                    3;Bao;;;;\n";
        let o = sniff(text);
        assert_eq!(o.decimal, DecimalSeparator::Comma);
        let table = read_table(text, &o).unwrap();
        let mapping = suggest_mapping(&table, o.decimal);
        assert_eq!(
            mapping,
            vec![
                ColumnTarget::Field(Field::Id),
                ColumnTarget::Field(Field::Name),
                ColumnTarget::Field(Field::RevenuePerYear),
                ColumnTarget::Field(Field::GrossMargin),
                ColumnTarget::Custom("growth".into()),
                ColumnTarget::Custom("industry".into()),
            ]
        );
        let mut mapping = mapping;
        mapping[4] = ColumnTarget::Indicator("growth".into());
        let mut conv =
            Converter::new(table, mapping, Readings::plain(o.decimal), HashSet::new()).unwrap();
        while !conv.step(1) {}
        assert_eq!(conv.good.len(), 2);
        assert_eq!(conv.good[0].revenue_per_year.get(), Some(1200.5));
        assert_eq!(conv.good[0].gross_margin.get(), Some(0.35));
        assert_eq!(conv.good[0].indicators["growth"], 0.1);
        assert_eq!(conv.good[0].custom["industry"], "retail");
        assert_eq!(conv.bad_rows, 2);
        let found: Vec<(usize, &str, &str, &str)> =
            conv.problems.iter().map(RowProblem::parts).collect();
        assert_eq!(
            found,
            vec![
                (3, "name", "rule.text_required", ""),
                (3, "revenue", "rule.money", "abc"),
                (3, "growth", "rule.indicator", "x"),
                (4, "id", "rule.unique_id", "1"),
            ]
        );
    }

    /// A date of loss makes an entry a former customer unless its status is given.
    #[test]
    fn a_lost_date_without_a_status_makes_a_former_customer() {
        let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        let conv = convert_all("id,name,churn date\n1,Anna,2025-03-31\n2,Bao,\n");
        assert_eq!(conv.mapping[2], ColumnTarget::Field(Field::LostOn));
        let got: Vec<_> = conv.good.iter().map(|c| (c.status, c.lost_on)).collect();
        assert_eq!(
            got,
            vec![
                (Status::Former, date(2025, 3, 31)),
                (Status::Customer, None)
            ]
        );
        // A status given wins (a customer won back keeps its old date); an empty one does not.
        let conv = convert_all(
            "id,name,status,fecha de baja\n1,Anna,customer,2025-03-31\n2,Bao,,2024-01-02\n3,Cai,perdido,\n",
        );
        let got: Vec<_> = conv.good.iter().map(|c| c.status).collect();
        assert_eq!(got, vec![Status::Customer, Status::Former, Status::Former]);
    }

    fn customer(id: &str, name: &str, revenue: Option<f64>) -> Customer {
        Customer {
            id: id.into(),
            name: name.into(),
            revenue_per_year: revenue.into(),
            ..Customer::default()
        }
    }

    fn convert_all(text: &str) -> Converter {
        let o = sniff(text);
        let table = read_table(text, &o).unwrap();
        let mapping = suggest_mapping(&table, o.decimal);
        let mut conv =
            Converter::new(table, mapping, Readings::plain(o.decimal), HashSet::new()).unwrap();
        while !conv.step(2) {}
        conv
    }

    #[test]
    fn the_customers_side_goes_out_and_back_through_csv() {
        // Exported with its keys as headers, read back with them.
        let mut c = customer("1", "Anna", Some(3_000.0));
        c.category_spend = Figure::of(12_000.0);
        c.profit_growth = Figure::of(0.1);
        c.delivered = crate::engine::model::DeliveredValue {
            product: Some(500.0),
            service: Some(200.0),
            people: Some(100.0),
            image: Some(50.0),
            price: Some(600.0),
            time: Some(80.0),
            effort: Some(40.0),
            risk: Some(30.0),
        }
        .into();
        let csv = crate::io::export::customers_csv(
            std::slice::from_ref(&c),
            crate::io::export::CsvDialect::PLAIN,
        );
        let conv = convert_all(csv.trim_start_matches('\u{feff}'));
        assert_eq!(conv.bad_rows, 0, "{:?}", conv.problems);
        assert_eq!(conv.good, vec![c]);
        // Headers people write are guessed.
        for header in [
            "CategorySpend",
            "Wallet",
            "Category spend",
            "Total spend in category",
        ] {
            let conv = convert_all(&format!("id,name,revenue,{header}\n1,A,3000,12000\n"));
            assert_eq!(
                conv.good[0].category_spend.get(),
                Some(12_000.0),
                "{header}"
            );
        }
        // Revenue above the whole category spend: imported, its line flagged.
        let conv = convert_all("id,name,revenue,wallet\n1,A,3000,12000\n2,B,5000,4000\n");
        assert_eq!(conv.good.len(), 2);
        assert_eq!(conv.spend_below_revenue, vec![3]);
        let conv = convert_all(
            "id,name,Product value,Service value,Price cost,Time cost,Growth rate\n             1,A,500,200,600,80,10 %\n",
        );
        let d = *conv.good[0].delivered;
        assert_eq!((d.product, d.service), (Some(500.0), Some(200.0)));
        assert_eq!((d.price, d.time), (Some(600.0), Some(80.0)));
        assert_eq!(conv.good[0].profit_growth.get(), Some(0.1));
    }

    #[test]
    fn the_issues_total_line_is_held_back_not_imported() {
        // 1.000.000,00 + 2.000.000,00 + 529.372,84 = 3.529.372,84: the last line is both named
        // "Total" and the sum of the others; the name is the reason given.
        let text = "id;name;revenue;margin;region;channel;note\n\
                    1;Anna;1.000.000,00;;;;\n\
                    2;Bao;2.000.000,00;;;;\n\
                    3;Chi;529.372,84;;;;\n\
                    ;Total;3.529.372,84;;;;\n";
        let conv = convert_all(text);
        assert_eq!(conv.problems, vec![]);
        let names: Vec<&str> = conv.good.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, vec!["Anna", "Bao", "Chi"]);
        assert_eq!(conv.held_totals.len(), 1);
        let held = &conv.held_totals[0];
        assert_eq!(held.line, 5);
        assert_eq!(held.reason, TotalReason::TotalWord);
        assert_eq!(held.customer.name, "Total");
        assert_eq!(held.customer.revenue_per_year.get(), Some(3_529_372.84));
    }

    #[test]
    fn rows_that_all_have_an_id_are_never_held_as_totals() {
        // The last row is named "Total" and is the sum of the others, but it has an id.
        let text = "id;name;revenue\n\
                    1;Anna;10\n\
                    2;Bao;20\n\
                    3;Chi;30\n\
                    4;Total;60\n";
        let conv = convert_all(text);
        assert_eq!(conv.good.len(), 4);
        assert_eq!(conv.held_totals, vec![]);
        assert_eq!(
            likely_total_rows(&conv.good),
            vec![],
            "as the full look finds"
        );
        // Without its id it is held.
        let conv = convert_all(&text.replace("4;Total", ";Total"));
        assert_eq!(conv.good.len(), 3);
        assert_eq!(conv.held_totals.len(), 1);
    }

    #[test]
    fn a_nameless_sum_line_is_held_back_but_a_subtotal_above_it_stays() {
        // 10 + 20 + 30 = 60: "Alle Kunden" is the sum of the others. With it gone, "Chi" (30)
        // would equal 10 + 20, but the check runs once over the whole file: Chi stays.
        let text = "id;name;revenue\n\
                    ;Anna;10\n\
                    ;Bao;20\n\
                    ;Chi;30\n\
                    ;Alle Kunden;60\n";
        let conv = convert_all(text);
        let names: Vec<&str> = conv.good.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, vec!["Anna", "Bao", "Chi"]);
        let held: Vec<(usize, TotalReason)> = conv
            .held_totals
            .iter()
            .map(|h| (h.line, h.reason))
            .collect();
        assert_eq!(held, vec![(5, TotalReason::SumOfOthers)]);
    }

    #[test]
    fn total_words_in_every_language_are_recognised_ignoring_case_and_space() {
        for name in [
            "Total",
            " TOTAL ",
            "Totals",
            "Grand total",
            "Sum",
            "Total:",
            "Tổng",
            "Tổng cộng",
            "合计",
            "总计",
            "Total general",
            "Suma",
            "Общо",
            "ОБЩО",
            "Summe",
            "Gesamt",
        ] {
            let rows = [customer("", name, Some(5.0))];
            assert_eq!(
                likely_total_rows(&rows),
                vec![(0, TotalReason::TotalWord)],
                "{name:?}"
            );
        }
        for name in ["Totalbau GmbH", "Summer Ltd", "Anna Total", ""] {
            let rows = [customer("", name, Some(5.0))];
            assert_eq!(likely_total_rows(&rows), vec![], "{name:?}");
        }
    }

    #[test]
    fn a_row_with_an_id_is_a_customer_whatever_its_name_or_amount() {
        // 10 + 20 = 30, and the name is "Total", but the CRM gave the row an id.
        let rows = [
            customer("1", "Anna", Some(10.0)),
            customer("2", "Bao", Some(20.0)),
            customer("3", "Total", Some(30.0)),
        ];
        assert_eq!(likely_total_rows(&rows), vec![]);
    }

    #[test]
    fn the_sum_must_match_within_a_cent() {
        // Others: 100.10 + 200.20 = 300.30.
        let rows = |last: f64| {
            [
                customer("", "Anna", Some(100.10)),
                customer("", "Bao", Some(200.20)),
                customer("", "Chi", Some(last)),
            ]
        };
        // 300.305 is 0.005 away: within a cent.
        assert_eq!(
            likely_total_rows(&rows(300.305)),
            vec![(2, TotalReason::SumOfOthers)]
        );
        // 300.32 is 0.02 away: a customer, not the total.
        assert_eq!(likely_total_rows(&rows(300.32)), vec![]);
    }

    #[test]
    fn two_equal_rows_or_zero_revenues_are_not_totals() {
        // With two rows each equals "the sum of the others": not enough to call it a total.
        let two = [
            customer("", "Anna", Some(50.0)),
            customer("", "Bao", Some(50.0)),
        ];
        assert_eq!(likely_total_rows(&two), vec![]);
        // 0 = 0 + 0 for every row; zero is never taken for a total.
        let zeros = [
            customer("", "Anna", Some(0.0)),
            customer("", "Bao", Some(0.0)),
            customer("", "Chi", Some(0.0)),
        ];
        assert_eq!(likely_total_rows(&zeros), vec![]);
        // A missing revenue adds nothing to the sum: 10 + 20 = 30 still flags Chi.
        let gap = [
            customer("", "Anna", Some(10.0)),
            customer("", "Bao", Some(20.0)),
            customer("", "Dan", None),
            customer("", "Chi", Some(30.0)),
        ];
        assert_eq!(likely_total_rows(&gap), vec![(3, TotalReason::SumOfOthers)]);
    }

    #[test]
    fn market_type_unreadable_is_reported_and_empty_is_not_given() {
        use crate::engine::model::MarketType;
        let text = "name,market\nAnna,B2B\nBao,martian\nChi,\n";
        let o = sniff(text);
        let table = read_table(text, &o).unwrap();
        let mapping = suggest_mapping(&table, o.decimal);
        assert_eq!(mapping[1], ColumnTarget::Field(Field::MarketType));
        let mut conv =
            Converter::new(table, mapping, Readings::plain(o.decimal), HashSet::new()).unwrap();
        while !conv.step(10) {}
        // Line 3 is refused and reported at its cell; nobody becomes a consumer by default.
        assert_eq!(conv.bad_rows, 1);
        assert_eq!(
            conv.problems,
            vec![RowProblem {
                line: 3,
                column: "market".into(),
                column_index: Some(1),
                expected: "rule.choice".into(),
                found: "martian".into(),
            }]
        );
        let types: Vec<(&str, Option<MarketType>)> = conv
            .good
            .iter()
            .map(|c| (c.name.as_str(), c.market_type))
            .collect();
        assert_eq!(
            types,
            vec![("Anna", Some(MarketType::Producer)), ("Chi", None)]
        );
    }

    #[test]
    fn a_file_without_a_market_type_column_gives_no_market_type() {
        let text = "name,revenue\nAnna,100\nBao,200\n";
        let o = sniff(text);
        let table = read_table(text, &o).unwrap();
        let mapping = suggest_mapping(&table, o.decimal);
        let mut conv =
            Converter::new(table, mapping, Readings::plain(o.decimal), HashSet::new()).unwrap();
        while !conv.step(10) {}
        // Both rows import, neither made a consumer by default: the market table counts them
        // in its "Not given" row.
        assert_eq!(conv.good.len(), 2);
        assert!(conv.good.iter().all(|c| c.market_type.is_none()));
    }

    #[test]
    fn mapping_must_name_the_customer_once() {
        assert_eq!(
            check_mapping(&[ColumnTarget::Ignore]),
            Err(MappingError::NoName)
        );
        assert_eq!(
            check_mapping(&[
                ColumnTarget::Field(Field::Name),
                ColumnTarget::Field(Field::Name)
            ]),
            Err(MappingError::Twice(Field::Name))
        );
    }

    #[test]
    fn headerless_file_maps_nothing_until_the_user_says() {
        let text = "Anna,100\nBao,200\n";
        let o = sniff(text);
        let table = read_table(text, &o).unwrap();
        assert_eq!(table.columns, vec!["Column 1", "Column 2"]);
        assert!(suggest_mapping(&table, o.decimal)
            .iter()
            .all(|t| *t == ColumnTarget::Ignore));
    }

    /// A CRM export as a German client's spreadsheet writes it: `;`, decimal commas, a
    /// "Marge %" column in percent and German channel names.
    const GERMAN_EXPORT: &str = "Kundennr;Name;Umsatz;Marge %;Kanal\n\
        K1;Anna GmbH;1.200,00;39;Empfehlung\n\
        K2;Bao AG;800,50;18,5;Messe\n\
        K3;Chen KG;300,00;0,5;Website\n\
        K4;Dora OHG;100,00;41;Empfehlung\n";

    fn german_table() -> (RawTable, Vec<ColumnTarget>, CsvOptions) {
        let o = options(GERMAN_EXPORT);
        assert_eq!(o.decimal, DecimalSeparator::Comma);
        let table = read_table(GERMAN_EXPORT, &o).unwrap();
        let mut mapping = suggest_mapping(&table, o.decimal);
        // "Kundennr", "Umsatz", "Marge %" and "Kanal" are German headers the user maps.
        mapping[0] = ColumnTarget::Field(Field::Id);
        mapping[2] = ColumnTarget::Field(Field::RevenuePerYear);
        mapping[3] = ColumnTarget::Field(Field::GrossMargin);
        mapping[4] = ColumnTarget::Field(Field::Channel);
        (table, mapping, o)
    }

    #[test]
    fn a_percent_header_or_a_value_beyond_one_reads_plain_numbers_as_percent() {
        let (table, _, o) = german_table();
        assert_eq!(suggest_scale(&table, 3, o.decimal), PercentScale::Percent);
        // No % in the header, but 39 cannot be a fraction.
        let plain = "name;margin\nA;39\nB;0,5\n";
        let t = read_table(plain, &options(plain)).unwrap();
        assert_eq!(
            suggest_scale(&t, 1, DecimalSeparator::Comma),
            PercentScale::Percent
        );
        // What the export writes: fractions.
        let exported = "name,gross_margin\nA,0.35\nB,-0.1\n";
        let t = read_table(exported, &options(exported)).unwrap();
        assert_eq!(
            suggest_scale(&t, 1, DecimalSeparator::Point),
            PercentScale::Fraction
        );
        for header in [
            "Margin (percent)",
            "Marge Prozent",
            "margen_porcentaje",
            "pct_margin",
        ] {
            let text = format!("name;{header}\nA;0,3\n");
            let t = read_table(&text, &options(&text)).unwrap();
            assert_eq!(
                suggest_scale(&t, 1, DecimalSeparator::Comma),
                PercentScale::Percent,
                "{header}"
            );
        }
    }

    #[test]
    fn the_scale_preview_shows_each_first_value_as_it_will_be_stored() {
        let (table, _, o) = german_table();
        let mut readings = Readings::plain(o.decimal);
        readings.scales.insert(3, PercentScale::Percent);
        let preview = scale_preview(&table, 3, Field::GrossMargin, &readings.cell(3), 3);
        assert_eq!(
            preview,
            vec![
                ("39".to_string(), Some(0.39)),
                ("18,5".to_string(), Some(0.185)),
                ("0,5".to_string(), Some(0.005)),
            ]
        );
        // Switched to fractions, 39 and 18,5 would be refused and 0,5 is 50 %.
        readings.scales.insert(3, PercentScale::Fraction);
        let preview = scale_preview(&table, 3, Field::GrossMargin, &readings.cell(3), 3);
        assert_eq!(preview[0].1, None);
        assert_eq!(preview[1].1, None);
        assert_eq!(preview[2].1, Some(0.5));
    }

    proptest::proptest! {
        /// Counting each distinct text once lists what reading every cell would: each word
        /// once under its first spelling, with the count of its cells and its reading, most
        /// rows first.
        #[test]
        fn choice_values_are_those_of_every_cell_read(
            cells in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Email", "email", " EMAIL ", "E-Mail", "Messe", "messe", "'=Messe", "",
                    "  ", "Website", "website", "Empfehlung", "k. A.", "Mail",
                ]),
                0..60,
            ),
            said in proptest::bool::ANY,
        ) {
            let table = RawTable {
                columns: vec!["Channel".into()],
                has_header: true,
                rows: cells
                    .iter()
                    .enumerate()
                    .map(|(line, c)| RawRow { line: line + 2, cells: vec![c.to_string()] })
                    .collect(),
            };
            let mut readings = Readings::plain(DecimalSeparator::Point);
            if said {
                readings.memory.set("channel", "messe", "trade_show");
            }
            // Every non-empty cell, as read (neutraliser stripped, trimmed), in row order.
            let read: Vec<String> = cells
                .iter()
                .map(|c| strip_neutraliser(c).trim().to_string())
                .filter(|c| !c.is_empty())
                .collect();
            let values = choice_values(&table, 0, Field::Channel, &readings);
            proptest::prop_assert_eq!(values.iter().map(|v| v.rows).sum::<usize>(), read.len());
            for (k, v) in values.iter().enumerate() {
                let word = normalise_word(&v.text);
                let alike: Vec<&String> =
                    read.iter().filter(|c| normalise_word(c) == word).collect();
                // Listed under its first spelling, with every cell that normalises alike.
                proptest::prop_assert_eq!(alike.first().copied(), Some(&v.text));
                proptest::prop_assert_eq!(v.rows, alike.len());
                proptest::prop_assert_eq!(
                    v.read_as,
                    readings.cell(0).choice(Field::Channel, &v.text)
                );
                proptest::prop_assert_eq!(
                    v.said,
                    said_choice(&readings.memory, Field::Channel, &v.text).is_some()
                );
                // Once each, most rows first, then by spelling.
                if let Some(next) = values.get(k + 1) {
                    proptest::prop_assert_ne!(normalise_word(&next.text), word);
                    proptest::prop_assert!((v.rows, &next.text) > (next.rows, &v.text));
                }
            }
        }
    }

    #[test]
    fn choice_values_are_listed_once_each_with_what_they_are_read_as() {
        let (table, _, o) = german_table();
        let mut readings = Readings::plain(o.decimal);
        let values = choice_values(&table, 4, Field::Channel, &readings);
        let listed: Vec<(&str, usize, Option<Option<&str>>)> = values
            .iter()
            .map(|v| (v.text.as_str(), v.rows, v.read_as))
            .collect();
        // "Website" is one of the common words for search; the German words are not known.
        assert_eq!(
            listed,
            vec![
                ("Empfehlung", 2, None),
                ("Messe", 1, None),
                ("Website", 1, Some(Some("search")))
            ]
        );
        readings.memory.set("channel", "empfehlung", "referral");
        readings.memory.set("channel", "messe", "trade_show");
        let values = choice_values(&table, 4, Field::Channel, &readings);
        assert_eq!(values[0].read_as, Some(Some("referral")));
        assert!(values[0].said && !values[2].said);
    }

    #[test]
    fn a_german_export_imports_whole_once_percent_and_channel_words_are_said() {
        let (table, mapping, o) = german_table();
        let mut readings = Readings::plain(o.decimal);
        // As read with no word said and fractions: three of four rows are bad.
        let mut conv = Converter::new(
            table.clone(),
            mapping.clone(),
            readings.clone(),
            HashSet::new(),
        )
        .unwrap();
        while !conv.step(10) {}
        assert_eq!(conv.bad_rows, 3);
        readings.scales.insert(3, PercentScale::Percent);
        readings.memory.set("channel", "empfehlung", "referral");
        // "Leave empty" is a said choice too.
        readings.memory.set("channel", "messe", "");
        let mut conv = Converter::new(table, mapping, readings, HashSet::new()).unwrap();
        while !conv.step(10) {}
        assert_eq!(conv.bad_rows, 0, "{:?}", conv.problems);
        let got: Vec<(Option<f64>, Option<Channel>)> = conv
            .good
            .iter()
            .map(|c| (c.gross_margin.get(), c.channel))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(0.39), Some(Channel::Referral)),
                (Some(0.185), None),
                (Some(0.005), Some(Channel::Search)),
                (Some(0.41), Some(Channel::Referral)),
            ]
        );
    }

    #[test]
    fn each_problem_names_the_column_index_where_it_can_be_corrected() {
        let (table, mapping, o) = german_table();
        let mut conv =
            Converter::new(table, mapping, Readings::plain(o.decimal), HashSet::new()).unwrap();
        while !conv.step(10) {}
        let margin = conv
            .problems
            .iter()
            .find(|p| p.line == 2 && p.column == "Marge %")
            .unwrap();
        assert_eq!(margin.column_index, Some(3));
        assert_eq!(margin.expected, "rule.fraction");
        assert_eq!(margin.found, "39");
    }
}
