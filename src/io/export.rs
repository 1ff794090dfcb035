//! Export of a list: CSV and Excel workbooks for spreadsheets, JSON for a faithful copy.

use crate::engine::keys::{Keyed, VariantArray};
use crate::engine::model::Customer;
use crate::engine::results::{ResultRow, HEADERS as RESULT_HEADERS, NUMBER_HEADERS};
use crate::engine::text::Text;
use crate::io::fields::{Field, Kind};
use crate::io::number::{parse_number, write_number, DecimalSeparator};
use rust_xlsxwriter::{Format, Workbook};
use serde::{Deserialize, Serialize, Serializer};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::fmt;

pub use rust_xlsxwriter::XlsxError;

/// Excel and LibreOffice expect the byte-order mark to read UTF-8 correctly.
pub const BOM: &str = "\u{feff}";

/// The first characters with which a spreadsheet starts a formula (or a DDE command).
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Characters after which some spreadsheet setting may start a new cell: each import dialog
/// splits on its own choice of comma, semicolon or tab, whatever the file was written with.
pub const CELL_BREAKS: [char; 5] = [',', ';', '\t', '\n', '\r'];

/// How an exported CSV is written: separator and decimal mark, as spreadsheets in the user's
/// language expect them (where decimals take a comma, cells are split on semicolons).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvDialect {
    pub delimiter: char,
    pub decimal: DecimalSeparator,
}

impl CsvDialect {
    /// Comma-separated with decimal points, as tools and English spreadsheets read.
    pub const PLAIN: CsvDialect = CsvDialect {
        delimiter: ',',
        decimal: DecimalSeparator::Point,
    };

    /// The dialect of a language whose numbers use `decimal`.
    pub fn for_decimal(decimal: DecimalSeparator) -> CsvDialect {
        match decimal {
            DecimalSeparator::Point => CsvDialect::PLAIN,
            DecimalSeparator::Comma => CsvDialect {
                delimiter: ';',
                decimal,
            },
        }
    }
}

/// Protects a text cell that a spreadsheet would run as a formula by putting an apostrophe
/// before it: at its start, and after every character where a spreadsheet splitting on another
/// separator would start a new cell ("Acme;=HYPERLINK(…)" opened with semicolon splitting).
/// Plain numbers such as -5 stay as they are.
pub fn neutralise(cell: &str, decimal: DecimalSeparator) -> String {
    let plain_number = parse_number(cell, decimal).is_some_and(|n| !n.percent);
    if plain_number {
        return cell.to_string();
    }
    let mut out = String::with_capacity(cell.len() + 2);
    let mut at_start = true;
    for ch in cell.chars() {
        if at_start && FORMULA_STARTS.contains(&ch) {
            out.push('\'');
        }
        out.push(ch);
        // A quote right after a break opens a quoted cell in such a split, so the character
        // after it starts the cell's text.
        at_start = CELL_BREAKS.contains(&ch) || (at_start && ch == '"');
    }
    out
}

/// The number a cell of a number column holds, when it holds a plain finite one (no exponent,
/// no sign "+", which some spreadsheets read otherwise); `None` keeps the cell as text.
fn number_cell(cell: &str) -> Option<f64> {
    cell.parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && !cell.contains(['e', 'E', '+']))
}

/// Writes rows as CSV with a BOM in `dialect`: cells of number columns as numbers with the
/// dialect's decimal mark, every other cell quoted and neutralised, so that no separator
/// setting of any spreadsheet turns a cell into a formula.
pub fn write_csv_in(
    header: &[String],
    rows: impl Iterator<Item = Vec<String>>,
    dialect: CsvDialect,
    is_number_column: impl Fn(usize) -> bool,
) -> String {
    let mut out = String::from(BOM);
    let mut line = |cells: &[String], numbers: bool| {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(dialect.delimiter);
            }
            let number = numbers && is_number_column(i) && number_cell(cell).is_some();
            if number {
                match dialect.decimal {
                    DecimalSeparator::Point => out.push_str(cell),
                    DecimalSeparator::Comma => out.push_str(&cell.replace('.', ",")),
                }
            } else {
                out.push('"');
                out.push_str(&neutralise(cell, dialect.decimal).replace('"', "\"\""));
                out.push('"');
            }
        }
        out.push_str("\r\n");
    };
    line(header, false);
    for row in rows {
        line(&row, true);
    }
    out
}

/// Writes rows as plain CSV (comma, decimal point) for other tools, every text cell protected.
pub fn write_csv(header: &[String], rows: impl Iterator<Item = Vec<String>>) -> String {
    write_csv_in(header, rows, CsvDialect::PLAIN, |_| true)
}

/// What an export holds, whatever the file format: the header, which columns hold numbers, and
/// the rows (made as they are written, so a large list is never held twice as text).
struct Table<R> {
    header: Vec<String>,
    numbers: Vec<bool>,
    rows: R,
}

impl<R: Iterator<Item = Vec<String>>> Table<R> {
    /// The table as the workbook worker reads it (see [`SheetOut`]).
    fn text(self, sheet_name: &str) -> String {
        let out = SheetOut {
            sheet: sheet_name,
            header: &self.header,
            numbers: &self.numbers,
            rows: RowsOnce(RefCell::new(Some(self.rows))),
        };
        // Strings and booleans always serialise; an empty text would be refused by the worker
        // with its reason rather than make a wrong workbook.
        serde_json::to_string(&out).unwrap_or_default()
    }

    fn csv(self, dialect: CsvDialect) -> String {
        let Table {
            header,
            numbers,
            rows,
        } = self;
        write_csv_in(&header, rows, dialect, |i| {
            numbers.get(i).copied().unwrap_or(false)
        })
    }

    /// An Excel workbook of one sheet: numbers as numbers, every other cell as a string (never
    /// a formula, whatever it starts with), the header bold, frozen and filterable.
    fn xlsx(self, sheet_name: &str) -> Result<Vec<u8>, XlsxError> {
        /// Column widths in characters: at least a short number, at most a long name.
        const MIN_WIDTH: usize = 8;
        const MAX_WIDTH: usize = 50;
        let mut workbook = Workbook::new();
        let bold = Format::new().set_bold();
        let sheet = workbook.add_worksheet();
        sheet.set_name(sheet_name)?;
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count() + 3).collect();
        for (col, name) in self.header.iter().enumerate() {
            sheet.write_string_with_format(0, column(col)?, name, &bold)?;
        }
        let mut last_row = 0;
        for (r, cells) in self.rows.enumerate() {
            let row = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (col, cell) in cells.iter().enumerate() {
                let number = if self.numbers.get(col).copied().unwrap_or(false) {
                    number_cell(cell)
                } else {
                    None
                };
                match number {
                    Some(value) => sheet.write_number(row, column(col)?, value)?,
                    None if cell.is_empty() => sheet,
                    None => sheet.write_string(row, column(col)?, cell)?,
                };
                if let Some(width) = widths.get_mut(col) {
                    *width = (*width).max(cell.chars().count() + 1);
                }
            }
            last_row = row;
        }
        for (col, width) in widths.iter().enumerate() {
            sheet.set_column_width(column(col)?, (*width).clamp(MIN_WIDTH, MAX_WIDTH) as f64)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        if let Some(last_col) = self.header.len().checked_sub(1) {
            sheet.autofilter(0, 0, last_row, column(last_col)?)?;
        }
        workbook.save_to_buffer()
    }
}

/// An export's table as text, as the page hands it to the workbook worker
/// (`src/xlsx_worker.rs`): the Excel writer is about a seventh of the page's download and only
/// the two workbook exports use it, so it lives in a module of its own, fetched when one is
/// asked for. JSON: `{"sheet": name, "header": [..], "numbers": [..], "rows": [[..], ..]}`.
#[derive(Serialize)]
#[serde(bound(serialize = "R: Iterator<Item = Vec<String>>"))]
struct SheetOut<'a, R> {
    sheet: &'a str,
    header: &'a [String],
    numbers: &'a [bool],
    rows: RowsOnce<R>,
}

/// Rows written as they are made: the table is never held whole beside its text.
struct RowsOnce<R>(RefCell<Option<R>>);

impl<R: Iterator<Item = Vec<String>>> Serialize for RowsOnce<R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.borrow_mut().take().into_iter().flatten())
    }
}

/// The sheet text read back in the worker.
#[derive(Deserialize)]
struct SheetIn {
    sheet: String,
    header: Vec<String>,
    numbers: Vec<bool>,
    rows: Vec<Vec<String>>,
}

/// Why a workbook could not be made from a sheet text.
#[derive(Debug)]
pub enum WorkbookError {
    /// The text is not a sheet (it did not come whole from the page).
    Sheet(serde_json::Error),
    /// The Excel writer refused the table (too many rows or columns for a sheet).
    Xlsx(XlsxError),
}

impl fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkbookError::Sheet(e) => write!(f, "unreadable table: {e}"),
            WorkbookError::Xlsx(e) => e.fmt(f),
        }
    }
}

/// The workbook of a sheet text made by [`customers_sheet_text`] or [`results_sheet_text`]:
/// what the workbook worker runs.
pub fn workbook_from_sheet_text(text: &str) -> Result<Vec<u8>, WorkbookError> {
    let sheet: SheetIn = serde_json::from_str(text).map_err(WorkbookError::Sheet)?;
    Table {
        header: sheet.header,
        numbers: sheet.numbers,
        rows: sheet.rows.into_iter(),
    }
    .xlsx(&sheet.sheet)
    .map_err(WorkbookError::Xlsx)
}

/// A column number as Excel counts them, or the error for a table wider than a sheet.
fn column(i: usize) -> Result<u16, XlsxError> {
    u16::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)
}

/// The customers' table: every field, then one column per indicator and custom attribute in use.
fn customers_sheet(customers: &[Customer]) -> Table<impl Iterator<Item = Vec<String>> + '_> {
    let indicators: BTreeSet<&Text> = customers.iter().flat_map(|c| c.indicators.keys()).collect();
    let custom: BTreeSet<&Text> = customers.iter().flat_map(|c| c.custom.keys()).collect();
    let header: Vec<String> = Field::VARIANTS
        .iter()
        .copied()
        .map(|f| f.key().to_string())
        .chain(indicators.iter().map(|k| format!("indicator:{k}")))
        .chain(custom.iter().map(|k| format!("custom:{k}")))
        .collect();
    // Fields that are not words, choices or dates, and the indicators, hold numbers; custom
    // attributes are text.
    let numbers = (0..header.len())
        .map(|i| {
            Field::VARIANTS
                .get(i)
                .is_none_or(|f| !matches!(f.kind(), Kind::Text { .. } | Kind::Choice | Kind::Date))
                && i < Field::VARIANTS.len() + indicators.len()
        })
        .collect();
    let rows = customers.iter().map(move |c| {
        Field::VARIANTS
            .iter()
            .copied()
            .map(|f| f.get(c))
            .chain(indicators.iter().map(|k| {
                c.indicators
                    .get(k.as_str())
                    .map(|v| write_number(*v))
                    .unwrap_or_default()
            }))
            .chain(custom.iter().map(|k| {
                c.custom
                    .get(k.as_str())
                    .map(|v| v.to_string())
                    .unwrap_or_default()
            }))
            .collect()
    });
    Table {
        header,
        numbers,
        rows,
    }
}

/// The results' table: the engine's per-customer results, followed by one `indicator:<name>`
/// column per indicator in use, matched by customer id.
fn results_sheet<'a>(
    rows: &'a [ResultRow],
    customers: &'a [Customer],
) -> Table<impl Iterator<Item = Vec<String>> + 'a> {
    let indicators: BTreeSet<&Text> = customers.iter().flat_map(|c| c.indicators.keys()).collect();
    let by_id: HashMap<&str, &Customer> = customers.iter().map(|c| (c.id.as_str(), c)).collect();
    let header: Vec<String> = RESULT_HEADERS
        .iter()
        .map(|h| h.to_string())
        .chain(indicators.iter().map(|k| format!("indicator:{k}")))
        .collect();
    let numbers = (0..header.len())
        .map(|i| {
            RESULT_HEADERS
                .get(i)
                .is_none_or(|h| NUMBER_HEADERS.contains(h))
        })
        .collect();
    let rows = rows.iter().map(move |row| {
        let customer = by_id.get(row.id.as_str());
        let mut cells = row.cells();
        cells.extend(indicators.iter().map(|k| {
            customer
                .and_then(|c| c.indicators.get(k.as_str()))
                .map(|v| write_number(*v))
                .unwrap_or_default()
        }));
        cells
    });
    Table {
        header,
        numbers,
        rows,
    }
}

/// The customers as CSV: every field, then one column per indicator and custom attribute in use.
pub fn customers_csv(customers: &[Customer], dialect: CsvDialect) -> String {
    customers_sheet(customers).csv(dialect)
}

/// The customers' table as the workbook worker reads it, for a workbook with the columns of
/// [`customers_csv`]: numbers as numbers, names and every other text as strings.
pub fn customers_sheet_text(customers: &[Customer]) -> String {
    customers_sheet(customers).text("customers")
}

/// The customers as an Excel workbook, as the page gets it from the worker.
pub fn customers_xlsx(customers: &[Customer]) -> Result<Vec<u8>, WorkbookError> {
    workbook_from_sheet_text(&customers_sheet_text(customers))
}

/// The engine's per-customer results as CSV, followed by one `indicator:<name>` column per
/// indicator in use (predicted CLV and probability alive among them, when the purchase-history
/// view has added them), matched by customer id.
pub fn results_csv(rows: &[ResultRow], customers: &[Customer], dialect: CsvDialect) -> String {
    results_sheet(rows, customers).csv(dialect)
}

/// The per-customer results' table as the workbook worker reads it, for a workbook with the
/// columns of [`results_csv`].
pub fn results_sheet_text(rows: &[ResultRow], customers: &[Customer]) -> String {
    results_sheet(rows, customers).text("results")
}

/// The per-customer results as an Excel workbook, as the page gets it from the worker.
pub fn results_xlsx(rows: &[ResultRow], customers: &[Customer]) -> Result<Vec<u8>, WorkbookError> {
    workbook_from_sheet_text(&results_sheet_text(rows, customers))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Figure;

    #[test]
    fn neutralises_formulas_but_not_numbers() {
        let n = |cell: &str| neutralise(cell, DecimalSeparator::Point);
        assert_eq!(n("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(n("+1+1"), "'+1+1");
        assert_eq!(n("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(n("-2+3"), "'-2+3");
        assert_eq!(n("-5"), "-5");
        assert_eq!(n("-0.25"), "-0.25");
        assert_eq!(n("Acme"), "Acme");
        // After a character where another separator setting would start a new cell.
        assert_eq!(n("Acme;=cmd"), "Acme;'=cmd");
        assert_eq!(n("a,@b\t+c\n-d"), "a,'@b\t'+c\n'-d");
        assert_eq!(n("Smith, Jones"), "Smith, Jones");
        // A negative number with a decimal comma is a number where decimals take a comma.
        assert_eq!(neutralise("-0,25", DecimalSeparator::Comma), "-0,25");
        assert_eq!(neutralise("-0,25", DecimalSeparator::Point), "'-0,25");
        // A quote after a break opens a quoted cell there: the formula start after it is
        // protected too.
        assert_eq!(n("Fritz;\"=1\""), "Fritz;\"'=1\"");
    }

    #[test]
    fn starts_with_bom_quotes_text_and_writes_numbers_in_the_dialect() {
        let header = ["name".to_string(), "revenue".to_string()];
        let rows = || {
            vec![
                vec!["x,y".to_string(), "1234.5".to_string()],
                vec!["=1".into(), "-3".into()],
            ]
        };
        let plain = write_csv_in(&header, rows().into_iter(), CsvDialect::PLAIN, |i| i == 1);
        assert_eq!(
            plain,
            "\u{feff}\"name\",\"revenue\"\r\n\"x,y\",1234.5\r\n\"'=1\",-3\r\n"
        );
        let comma = CsvDialect::for_decimal(DecimalSeparator::Comma);
        let local = write_csv_in(&header, rows().into_iter(), comma, |i| i == 1);
        assert_eq!(
            local,
            "\u{feff}\"name\";\"revenue\"\r\n\"x,y\";1234,5\r\n\"'=1\";-3\r\n"
        );
        // A text column keeps "1234.5" as text, quoted, whatever the dialect.
        let text = write_csv_in(&header, rows().into_iter(), comma, |_| false);
        assert!(text.contains("\"x,y\";\"1234.5\""));
    }

    /// Names a client's CRM may hold that a spreadsheet would run, split one way or another.
    const NASTY_NAMES: [&str; 8] = [
        "Acme;=HYPERLINK(\"http://evil.example\",\"click\")",
        "Bao, =1+1",
        "Chen\t@SUM(A1:A9)",
        "\"Dora\";+cmd|' /C calc'!A0",
        "Emil\n-2+3",
        "=WEBSERVICE(\"x\")",
        "Fritz;\"=1\"",
        "-Gustav",
    ];

    #[test]
    fn no_cell_starts_a_formula_whichever_separator_the_spreadsheet_splits_on() {
        let customers: Vec<Customer> = NASTY_NAMES
            .iter()
            .enumerate()
            .map(|(i, name)| Customer {
                id: format!("C-{i}"),
                name: (*name).to_string(),
                region: "+North;-South".into(),
                revenue_per_year: Figure::of(-0.0 + 1234.5 * i as f64),
                gross_margin: Figure::of(-0.25),
                ..Customer::default()
            })
            .collect();
        for dialect in [
            CsvDialect::PLAIN,
            CsvDialect::for_decimal(DecimalSeparator::Comma),
        ] {
            let csv = customers_csv(&customers, dialect);
            for split_on in [b',', b';', b'\t'] {
                let mut reader = csv::ReaderBuilder::new()
                    .delimiter(split_on)
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(csv.trim_start_matches(BOM).as_bytes());
                let mut cells = 0;
                for record in reader.records() {
                    for cell in record.unwrap().iter() {
                        cells += 1;
                        let risky = cell.starts_with(FORMULA_STARTS);
                        let number = parse_number(cell, dialect.decimal).is_some();
                        assert!(
                            !risky || number,
                            "{dialect:?} split on {:?}: cell {cell:?} would run",
                            split_on as char
                        );
                    }
                }
                assert!(cells > customers.len());
            }
        }
    }

    #[test]
    fn results_have_one_row_per_customer_and_the_documented_columns() {
        use crate::engine::{analysis::analyse, results::rows};
        let list = crate::io::demo::demo_list("d", "D");
        let rows = rows(&analyse(&list.customers, &list.settings), &list.customers);
        let csv = results_csv(&rows, &list.customers, CsvDialect::PLAIN);
        let (header, records) = read_csv(&csv);
        assert_eq!(header[..RESULT_HEADERS.len()], RESULT_HEADERS);
        assert_eq!(
            header[RESULT_HEADERS.len()..],
            [
                "indicator:collection_days",
                "indicator:cooperation",
                "indicator:growth",
                "indicator:satisfaction"
            ]
        );
        let customers = list.customers.iter().filter(|c| c.is_current()).count();
        assert_eq!(records.len(), customers);
        let header_index = |name: &str| header.iter().position(|h| h == name).unwrap();
        let profit_column = header_index("profit");
        let growth_column = header.iter().position(|h| h == "indicator:growth").unwrap();
        let id_column = header.iter().position(|h| h == "id").unwrap();
        let segment_column = header.iter().position(|h| h == "segment").unwrap();
        for record in &records {
            // The demo segments by revenue and by profit: one level each.
            let levels: Vec<&str> = record[segment_column].split('/').collect();
            assert_eq!(levels.len(), 2, "{}", &record[segment_column]);
            assert!(levels.iter().all(|l| ["high", "medium", "low"].contains(l)));
            let profit: f64 = record[profit_column].parse().unwrap();
            assert!(profit.is_finite());
            // Money to the cent, the margin to four decimals, whatever the sums gave.
            let decimals = |header: &str| {
                let i = header_index(header);
                record[i].split_once('.').map(|(_, d)| d.len())
            };
            for money in [
                "revenue_per_year",
                "profit",
                "lifetime_value",
                "service_cost",
            ] {
                assert_eq!(decimals(money), Some(2), "{money}: {record:?}");
            }
            assert_eq!(decimals("gross_margin"), Some(4), "{record:?}");
            let customer = list
                .customers
                .iter()
                .find(|c| c.id == record[id_column])
                .unwrap();
            let growth = customer
                .indicators
                .get("growth")
                .map(|v| v.to_string())
                .unwrap_or_default();
            assert_eq!(
                record[growth_column], growth,
                "indicators follow their customer"
            );
        }
    }

    #[test]
    fn a_sheet_text_holds_the_table_whole_and_a_broken_one_is_refused_with_its_reason() {
        let customers: Vec<Customer> = ["Acme \"Ltd\"", "Đỗ\nThị, Hà", "=1+1"]
            .iter()
            .enumerate()
            .map(|(i, name)| Customer {
                id: format!("C-{i}"),
                name: (*name).to_string(),
                revenue_per_year: Figure::of(1000.5 * i as f64),
                ..Customer::default()
            })
            .collect();
        let text = customers_sheet_text(&customers);
        let sheet: SheetIn = serde_json::from_str(&text).unwrap();
        let table = customers_sheet(&customers);
        assert_eq!(sheet.sheet, "customers");
        assert_eq!(sheet.header, table.header);
        assert_eq!(sheet.numbers, table.numbers);
        assert_eq!(sheet.rows, table.rows.collect::<Vec<_>>());
        // Cut short in transit: no workbook, and the reason says the table is unreadable.
        let cut = &text[..text.len() / 2];
        let refused = workbook_from_sheet_text(cut).unwrap_err();
        assert!(matches!(refused, WorkbookError::Sheet(_)), "{refused:?}");
        assert!(
            refused.to_string().starts_with("unreadable table: "),
            "{refused}"
        );
        assert!(workbook_from_sheet_text("").is_err());
    }

    /// Opens an exported workbook's only sheet as calamine reads it: values and formulas.
    fn read_xlsx(bytes: Vec<u8>, sheet: &str) -> (Vec<Vec<calamine::Data>>, Vec<String>) {
        use calamine::Reader;
        let mut workbook: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(workbook.sheet_names(), [sheet]);
        let values = workbook.worksheet_range(sheet).unwrap();
        let formulas = workbook.worksheet_formula(sheet).unwrap();
        let formulas = formulas.used_cells().map(|(_, _, f)| f.clone()).collect();
        (
            values.rows().map(<[calamine::Data]>::to_vec).collect(),
            formulas,
        )
    }

    #[test]
    fn workbook_holds_numbers_as_numbers_and_names_as_text_never_formulas() {
        use calamine::Data;
        let customers: Vec<Customer> = NASTY_NAMES
            .iter()
            .chain(["=1+1", "1234", "Đỗ Thị Hà"].iter())
            .enumerate()
            .map(|(i, name)| Customer {
                id: format!("C-{i}"),
                name: (*name).to_string(),
                region: "+North;-South".into(),
                revenue_per_year: Figure::of(1234.5 * i as f64),
                gross_margin: Figure::of(-0.25),
                indicators: [("growth".into(), 0.5)].into(),
                custom: [("note".into(), "=2+2".into())].into(),
                ..Customer::default()
            })
            .collect();
        let (rows, formulas) = read_xlsx(customers_xlsx(&customers).unwrap(), "customers");
        assert!(formulas.is_empty(), "no cell is a formula: {formulas:?}");
        let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
        let csv = customers_csv(&customers, CsvDialect::PLAIN);
        let (csv_header, _) = read_csv(&csv);
        assert_eq!(header, csv_header, "the columns of the CSV export");
        assert!(rows[0].iter().all(|c| matches!(c, Data::String(_))));
        assert_eq!(rows.len(), customers.len() + 1);
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        for (row, customer) in rows[1..].iter().zip(&customers) {
            assert_eq!(row[column("id")], Data::String(customer.id.clone()));
            assert_eq!(row[column("name")], Data::String(customer.name.clone()));
            assert_eq!(row[column("region")], Data::String("+North;-South".into()));
            assert_eq!(row[column("custom:note")], Data::String("=2+2".into()));
            assert_eq!(
                row[column("revenue_per_year")],
                Data::Float(customer.revenue_per_year.get().unwrap())
            );
            assert_eq!(row[column("gross_margin")], Data::Float(-0.25));
            assert_eq!(row[column("indicator:growth")], Data::Float(0.5));
        }
        let last = &rows[customers.len()];
        assert_eq!(last[column("name")], Data::String("Đỗ Thị Hà".into()));
        // A name that looks like a formula or a number stays the name.
        assert_eq!(rows[9][column("name")], Data::String("=1+1".into()));
        assert_eq!(rows[10][column("name")], Data::String("1234".into()));
    }

    #[test]
    fn results_workbook_matches_the_results_csv() {
        use crate::engine::{analysis::analyse, results::rows};
        use calamine::Data;
        let list = crate::io::demo::demo_list("d", "D");
        let rows = rows(&analyse(&list.customers, &list.settings), &list.customers);
        let csv = results_csv(&rows, &list.customers, CsvDialect::PLAIN);
        let (csv_header, records) = read_csv(&csv);
        let (sheet, formulas) = read_xlsx(results_xlsx(&rows, &list.customers).unwrap(), "results");
        assert!(formulas.is_empty());
        let header: Vec<String> = sheet[0].iter().map(|c| c.to_string()).collect();
        assert_eq!(header, csv_header);
        assert_eq!(sheet.len() - 1, records.len());
        let numbers = results_sheet(&rows, &list.customers).numbers;
        for (row, record) in sheet[1..].iter().zip(&records) {
            for (i, (cell, text)) in row.iter().zip(record.iter()).enumerate() {
                match cell {
                    Data::Float(value) => {
                        assert!(numbers[i], "{}: {text}", header[i]);
                        assert_eq!(*value, text.parse::<f64>().unwrap(), "{}", header[i]);
                    }
                    Data::String(value) => assert_eq!(value, text, "{}", header[i]),
                    Data::Empty => assert_eq!(text, "", "{}", header[i]),
                    other => panic!("{}: unexpected {other:?}", header[i]),
                }
            }
        }
        // Money is a number in the workbook, the id and tier are text.
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        assert!(matches!(sheet[1][column("profit")], Data::Float(_)));
        assert!(matches!(sheet[1][column("id")], Data::String(_)));
        assert!(matches!(sheet[1][column("tier")], Data::String(_)));
    }

    /// The header and records of an exported CSV, read as a spreadsheet reads them.
    fn read_csv(csv: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches(BOM).as_bytes());
        let header = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        (header, reader.records().map(Result::unwrap).collect())
    }
}
