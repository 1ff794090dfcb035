//! One import of a text file, whatever its rows become: the file decoded, its reading options
//! sniffed, its table read, a column mapping suggested and then changed by the user, the
//! mapping's problems, and a check of every row that runs a chunk at a time so that a page can
//! paint progress and stop it. Customer lists and purchase logs differ only in their
//! [`ImportKind`]; both import wizards drive this one type.

mod customers;
mod log;
mod reading;

pub use customers::{CustomerCheckInput, CustomerImport};
pub use log::LogImport;
pub use reading::{ReadingProgress, SessionReading};

use crate::io::csv_import::{read_table, sniff, CsvOptions, RawRow, RawTable, ReadError};
use crate::io::encoding::{Decoded, TextEncoding, TextFile};
use crate::io::number::DecimalSeparator;
use std::collections::HashSet;
use std::fmt::Debug;
use std::hash::Hash;
use std::sync::Arc;

/// What a file is imported as: the fields its columns can go to, which of them a mapping needs,
/// how a mapping is suggested, and the converter that checks the rows.
pub trait ImportKind: Clone + PartialEq + Debug {
    /// A field a column can be mapped to.
    type Field: Copy + Eq + Hash + Debug;
    /// Where one column goes: a field, nowhere, or (for customer lists) a named attribute.
    type Target: Clone + PartialEq + Debug;
    /// What a check needs that the session does not hold.
    type CheckInput;
    /// Checks the rows a chunk at a time.
    type Converter: RowCheck;

    /// The field a target fills, if it fills one.
    fn field(target: &Self::Target) -> Option<Self::Field>;
    /// The fields a mapping needs before rows can be checked.
    fn required(&self) -> &[Self::Field];
    /// A target per column of `table`, suggested from its header (or its values).
    fn suggest(&self, table: &RawTable, decimal: DecimalSeparator) -> Vec<Self::Target>;
    /// Guesses afresh how values are read (scales, date orders) after the table was read and a
    /// mapping suggested: a guess made for the old table would describe other columns.
    fn read(&mut self, _table: &RawTable, _mapping: &[Self::Target], _decimal: DecimalSeparator) {}
    /// Follows the user's change of column `column` from `was` (a date column moved needs its
    /// order guessed from its new values).
    fn remapped(
        &mut self,
        _table: &RawTable,
        _mapping: &[Self::Target],
        _column: usize,
        _was: &Self::Target,
    ) {
    }
    /// A converter for the rows as mapped; `None` when the mapping cannot be used. The table
    /// is the session's own, shared: a converter that changes it copies it first.
    fn converter(
        &self,
        table: Arc<RawTable>,
        mapping: &[Self::Target],
        decimal: DecimalSeparator,
        input: Self::CheckInput,
    ) -> Option<Self::Converter>;
}

/// Why a mapping cannot be used yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MappingProblem<F> {
    /// No column is mapped to this field, and rows cannot be read without it.
    Missing(F),
    /// More than one column is mapped to this field.
    Twice(F),
}

/// How far a check has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Rows checked.
    pub done: usize,
    /// Rows in the table.
    pub total: usize,
}

impl Progress {
    /// Whether every row is checked.
    pub fn finished(self) -> bool {
        self.done >= self.total
    }
}

/// A check of every row that can stop after any chunk and go on later: a page checks a chunk,
/// paints, and checks the next, or drops the check when the user cancels.
pub trait RowCheck {
    /// Rows in the table.
    fn total_rows(&self) -> usize;
    /// Rows checked so far.
    fn done_rows(&self) -> usize;
    /// Checks up to `max_rows` more rows; returns whether all rows are done.
    fn step(&mut self, max_rows: usize) -> bool;

    /// Checks up to `rows` more rows and says how far the check has come.
    fn next_chunk(&mut self, rows: usize) -> Progress {
        self.step(rows);
        self.progress()
    }

    /// How far the check has come.
    fn progress(&self) -> Progress {
        Progress {
            done: self.done_rows(),
            total: self.total_rows(),
        }
    }
}

/// A text file being mapped: what was read from it and how the user mapped its columns.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportSession<K: ImportKind> {
    /// The name of the file, as picked.
    pub file_name: String,
    /// The bytes, the encoding detected and the text in the encoding chosen.
    pub file: TextFile,
    /// How the text is read: sniffed, then as the user set it.
    pub options: CsvOptions,
    /// What the rows become, with the readings the kind keeps.
    pub kind: K,
    /// The table read from the text, shared with a check under way (which would otherwise
    /// hold a second copy of every row).
    pub table: Result<Arc<RawTable>, ReadError>,
    mapping: Vec<K::Target>,
    /// Cells corrected since the last check.
    pub fixed_cells: usize,
}

impl<K: ImportKind> ImportSession<K> {
    /// Decodes `bytes`, sniffs how to read them, reads the table and suggests a mapping.
    pub fn new(file_name: String, bytes: &[u8], kind: K) -> ImportSession<K> {
        ImportSession::start(file_name, bytes, kind).finish()
    }

    /// Reads the text again (after an option changed) and suggests the mapping afresh:
    /// corrections made to the old table are gone with it.
    pub fn reread(&mut self) {
        self.table = read_table(self.file.text(), &self.options).map(Arc::new);
        self.suggest_mapping();
    }

    /// Suggests the mapping for the table as read.
    fn suggest_mapping(&mut self) {
        self.fixed_cells = 0;
        self.mapping = match &self.table {
            Ok(table) => {
                let mapping = self.kind.suggest(table, self.options.decimal);
                self.kind.read(table, &mapping, self.options.decimal);
                mapping
            }
            Err(_) => Vec::new(),
        };
    }

    /// Reads the file's bytes again in another encoding, sniffs the options afresh and re-reads.
    pub fn set_encoding(&mut self, encoding: TextEncoding) {
        self.file.set_encoding(encoding);
        self.after_encoding();
    }

    /// [`ImportSession::set_encoding`] for UTF-8 and UTF-16, which the page reads itself.
    pub fn set_unicode_encoding(&mut self, encoding: TextEncoding) {
        self.file.set_unicode_encoding(encoding);
        self.after_encoding();
    }

    /// Takes the file's text read again in another encoding (by the page's decoding worker,
    /// for a legacy one), then as [`ImportSession::set_encoding`].
    pub fn set_decoded(&mut self, decoded: Decoded) {
        self.file.set_decoded(decoded);
        self.after_encoding();
    }

    fn after_encoding(&mut self) {
        self.options = sniff(self.file.text());
        self.reread();
    }

    /// Reads the text with other options.
    pub fn set_options(&mut self, options: CsvOptions) {
        self.options = options;
        self.reread();
    }

    /// Imports the file as another kind, with a mapping suggested for it.
    pub fn set_kind(&mut self, kind: K) {
        self.kind = kind;
        self.reread();
    }

    /// The target of each column, in column order.
    pub fn mapping(&self) -> &[K::Target] {
        &self.mapping
    }

    /// Maps column `column` to `target`.
    pub fn set_target(&mut self, column: usize, target: K::Target) {
        let Some(slot) = self.mapping.get_mut(column) else {
            return;
        };
        let was = std::mem::replace(slot, target);
        if let Ok(table) = &self.table {
            self.kind.remapped(table, &self.mapping, column, &was);
        }
    }

    /// Every reason the mapping cannot be used: fields mapped twice (in column order), then
    /// needed fields not mapped.
    pub fn problems(&self) -> Vec<MappingProblem<K::Field>> {
        mapping_problems(&self.kind, &self.mapping)
    }

    /// The first mapping problem and the column whose control it is told at (and focused
    /// from): for a field mapped twice, the later column mapped to it; for a missing field, the
    /// first column that fills no field (where an unrecognised name left it), else the first.
    pub fn problem_column(&self) -> Option<(usize, MappingProblem<K::Field>)> {
        let problem = *self.problems().first()?;
        let fills = |i: &usize| K::field(&self.mapping[*i]);
        let column = match problem {
            MappingProblem::Twice(f) => (0..self.mapping.len()).rfind(|i| fills(i) == Some(f)),
            MappingProblem::Missing(_) => (0..self.mapping.len()).find(|i| fills(i).is_none()),
        };
        Some((column.unwrap_or(0), problem))
    }

    /// Whether the rows can be checked: the table was read and the mapping has no problem.
    pub fn ready(&self) -> bool {
        self.table.is_ok() && self.problems().is_empty()
    }

    /// The column headers (named "column 1", … when the file has no header row).
    pub fn header(&self) -> &[String] {
        self.table.as_ref().map_or(&[], |t| t.columns.as_slice())
    }

    /// The first `n` rows, as a preview shows them.
    pub fn preview(&self, n: usize) -> &[RawRow] {
        self.table
            .as_ref()
            .map_or(&[], |t| &t.rows[..n.min(t.rows.len())])
    }

    /// Replaces the text of one cell (a correction made in the problem table).
    pub fn fix_cell(&mut self, line: usize, column: usize, text: String) {
        let Ok(table) = &mut self.table else { return };
        let Some(index) = table.rows.iter().position(|r| r.line == line) else {
            return;
        };
        let row = &table.rows[index];
        let padded = row.cells.len() <= column;
        if !padded && row.cells[column] == text {
            return;
        }
        // Copied only while a check still holds the table; a finished check has let it go.
        let row = &mut Arc::make_mut(table).rows[index];
        if padded {
            row.cells.resize(column + 1, String::new());
        }
        if row.cells[column] != text {
            row.cells[column] = text;
            self.fixed_cells += 1;
        }
    }

    /// A check of every row as mapped now, not yet started; `None` when the table could not
    /// be read or the mapping has a problem. A cancelled check is dropped, and a new one
    /// starts from the first row.
    pub fn start_check(&self, input: K::CheckInput) -> Option<K::Converter> {
        let table = self.table.as_ref().ok()?;
        if !self.problems().is_empty() {
            return None;
        }
        self.kind.converter(
            Arc::clone(table),
            &self.mapping,
            self.options.decimal,
            input,
        )
    }
}

/// The problems of `mapping` for `kind` (see [`ImportSession::problems`]).
pub fn mapping_problems<K: ImportKind>(
    kind: &K,
    mapping: &[K::Target],
) -> Vec<MappingProblem<K::Field>> {
    let mut seen = HashSet::new();
    let mut twice = HashSet::new();
    let mut problems = Vec::new();
    for field in mapping.iter().filter_map(K::field) {
        if !seen.insert(field) && twice.insert(field) {
            problems.push(MappingProblem::Twice(field));
        }
    }
    problems.extend(
        kind.required()
            .iter()
            .filter(|f| !seen.contains(f))
            .map(|&f| MappingProblem::Missing(f)),
    );
    problems
}

#[cfg(test)]
mod tests;
