//! A purchase log (or a per-customer summary) as an [`ImportKind`]: each column holds one
//! field of the log's kind or nothing, and dates are read in the order guessed from the date
//! column.

use super::{mapping_problems, ImportKind, ImportSession, RowCheck, SessionReading};
use crate::engine::model::{DateOrder, DateOrderGuess};
use crate::io::csv_import::RawTable;
use crate::io::encoding::TextDecoding;
use crate::io::number::DecimalSeparator;
use crate::io::purchase_log::{
    suggest_date_order, suggest_log_mapping, LogConverter, LogField, LogKind,
};
use std::sync::Arc;

/// What a log file holds and the order its year-last dates are read in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogImport {
    /// Purchases or a summary.
    pub log_kind: LogKind,
    /// The order of the date column's year-last dates: guessed from its values, then as the
    /// user set it.
    pub date_order: DateOrderGuess,
}

impl LogImport {
    /// A log of `log_kind` whose dates are not guessed yet.
    pub fn new(log_kind: LogKind) -> LogImport {
        LogImport {
            log_kind,
            date_order: DateOrderGuess {
                order: DateOrder::YearMonthDay,
                ambiguous: false,
            },
        }
    }
}

impl ImportKind for LogImport {
    type Field = LogField;
    type Target = Option<LogField>;
    type CheckInput = ();
    type Converter = LogConverter;

    fn field(target: &Option<LogField>) -> Option<LogField> {
        *target
    }

    fn required(&self) -> &[LogField] {
        self.log_kind.fields()
    }

    fn suggest(&self, table: &RawTable, _decimal: DecimalSeparator) -> Vec<Option<LogField>> {
        suggest_log_mapping(table, self.log_kind)
    }

    fn read(&mut self, table: &RawTable, mapping: &[Option<LogField>], _: DecimalSeparator) {
        self.date_order = suggest_date_order(table, mapping);
    }

    fn remapped(
        &mut self,
        table: &RawTable,
        mapping: &[Option<LogField>],
        column: usize,
        was: &Option<LogField>,
    ) {
        let date = Some(LogField::Date);
        if *was == date || mapping.get(column) == Some(&date) {
            self.date_order = suggest_date_order(table, mapping);
        }
    }

    fn converter(
        &self,
        table: Arc<RawTable>,
        mapping: &[Option<LogField>],
        decimal: DecimalSeparator,
        _: (),
    ) -> Option<LogConverter> {
        LogConverter::new(Arc::unwrap_or_clone(table), mapping, self.log_kind, decimal)
            .ok()
            .map(|c| c.with_date_order(self.date_order.order))
    }
}

impl ImportSession<LogImport> {
    /// A log file read as purchases, or as a summary when its header names summary columns.
    pub fn for_log(file_name: String, bytes: &[u8]) -> ImportSession<LogImport> {
        ImportSession::start_log(file_name, bytes)
            .finish()
            .as_summary_if_named()
    }

    /// Starts opening a log file (see [`ImportSession::start`]); finished, the session is
    /// [`ImportSession::as_summary_if_named`].
    pub fn start_log(file_name: String, bytes: &[u8]) -> SessionReading<LogImport> {
        ImportSession::start(file_name, bytes, LogImport::new(LogKind::Purchases))
    }

    /// [`ImportSession::start_log`] from a decoding already begun (see
    /// [`ImportSession::start_decoding`]).
    pub fn start_log_decoding(
        file_name: String,
        decoding: TextDecoding,
    ) -> SessionReading<LogImport> {
        ImportSession::start_decoding(file_name, decoding, LogImport::new(LogKind::Purchases))
    }

    /// The session read as a summary when its header names summary columns (the table is the
    /// same either way: only the mapping is suggested afresh).
    pub fn as_summary_if_named(mut self) -> ImportSession<LogImport> {
        let s = &mut self;
        let summary = LogImport::new(LogKind::Summary);
        let names_summary = s.table.as_ref().is_ok_and(|table| {
            table.has_header
                && mapping_problems(&summary, &summary.suggest(table, s.options.decimal)).is_empty()
        });
        if names_summary {
            s.kind = summary;
            s.suggest_mapping();
        }
        self
    }
}

impl RowCheck for LogConverter {
    fn total_rows(&self) -> usize {
        LogConverter::total_rows(self)
    }

    fn done_rows(&self) -> usize {
        LogConverter::done_rows(self)
    }

    fn step(&mut self, max_rows: usize) -> bool {
        LogConverter::step(self, max_rows)
    }
}
