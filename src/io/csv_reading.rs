//! The rows of a text read a slice at a time: a 100,000-row file takes a few hundred ms to
//! read in the page, so the page reads a slice, paints how far it has come, and reads on (or
//! drops the reading when the user cancels). Read at once or in slices of any size, the rows
//! and the error are the same.

use crate::io::csv_import::{Delimiter, RawRow, ReadError};
use std::io::Read;

/// Bytes of the unclosed-quote scan that count as one row of a budget (the scan is a plain
/// loop over bytes, far cheaper per byte than reading a row).
const SCAN_BYTES_PER_ROW: usize = 256;

/// The rows of `text` split by `delimiter`, read a slice at a time (see
/// [`RowReading::advance`]). `T` is the text's holder: a `&str` when read at once, a shared
/// `Arc<String>` when the reading outlives the call that started it.
pub struct RowReading<T: AsRef<str> + Clone> {
    text: T,
    /// Where the text starts after a byte-order mark.
    start: usize,
    stage: Stage<T>,
    rows: Vec<RawRow>,
    error: Option<ReadError>,
}

enum Stage<T: AsRef<str> + Clone> {
    /// Looking for a quoted cell never closed (read as it is, it would swallow the rest of the
    /// file), before any row is read.
    Quotes {
        scan: QuoteScan,
        delimiter: u8,
    },
    /// Reading CSV records.
    Records {
        reader: Box<csv::Reader<TextBytes<T>>>,
        record: csv::StringRecord,
    },
    /// Splitting lines at runs of whitespace, from byte `pos`; `line` lines read so far.
    Words {
        pos: usize,
        line: usize,
    },
    Done,
}

impl<T: AsRef<str> + Clone> RowReading<T> {
    /// Starts reading `text` (a leading byte-order mark is skipped) with `delimiter`.
    pub fn new(text: T, delimiter: Delimiter) -> Self {
        let start = if text.as_ref().starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let stage = match delimiter.byte() {
            None => Stage::Words {
                pos: start,
                line: 0,
            },
            Some(delimiter) => Stage::Quotes {
                scan: QuoteScan::new(start),
                delimiter,
            },
        };
        RowReading {
            text,
            start,
            stage,
            rows: Vec::new(),
            error: None,
        }
    }

    /// Reads about `rows` more rows (at least one; a blank line counts as a row, and
    /// `SCAN_BYTES_PER_ROW` bytes of the quote scan as one); true once the text is read or
    /// an error stopped the reading.
    pub fn advance(&mut self, rows: usize) -> bool {
        let mut budget = rows.max(1);
        while budget > 0 {
            let used = match &mut self.stage {
                Stage::Done => break,
                Stage::Quotes { scan, delimiter } => {
                    let delimiter = *delimiter;
                    let bytes = self.text.as_ref().as_bytes();
                    let chunk = budget.saturating_mul(SCAN_BYTES_PER_ROW);
                    let end = scan.pos.saturating_add(chunk).min(bytes.len());
                    scan.scan(&bytes[scan.pos..end], delimiter);
                    let used = ((end - scan.pos) / SCAN_BYTES_PER_ROW).max(1);
                    scan.pos = end;
                    if end == bytes.len() {
                        self.stage = match scan.unclosed() {
                            Some(line) => {
                                self.error = Some(ReadError::UnclosedQuote { line });
                                Stage::Done
                            }
                            None => Stage::Records {
                                reader: Box::new(
                                    csv::ReaderBuilder::new()
                                        .has_headers(false)
                                        .flexible(true)
                                        .delimiter(delimiter)
                                        .from_reader(TextBytes {
                                            text: self.text.clone(),
                                            pos: self.start,
                                        }),
                                ),
                                record: csv::StringRecord::new(),
                            },
                        };
                    }
                    used
                }
                Stage::Records { reader, record } => {
                    let mut used = 0;
                    while used < budget {
                        used += 1;
                        match reader.read_record(record) {
                            Ok(true) => {
                                let line = record
                                    .position()
                                    .map_or(self.rows.len() + 1, |p| p.line() as usize);
                                // Each cell trimmed as it is copied out: the reader's own
                                // trimming (`csv::Trim::All`) rebuilt every record first, a
                                // tenth of reading a large file in the page. The same cells:
                                // it trims Unicode white space as `str::trim` does.
                                let cells: Vec<String> =
                                    record.iter().map(|c| c.trim().to_string()).collect();
                                if cells.iter().any(|c| !c.is_empty()) {
                                    self.rows.push(RawRow { line, cells });
                                }
                            }
                            Ok(false) => {
                                self.stage = Stage::Done;
                                break;
                            }
                            Err(e) => {
                                self.error = Some(ReadError::Malformed {
                                    line: e.position().map_or(0, |p| p.line() as usize),
                                    detail: e.to_string(),
                                });
                                self.stage = Stage::Done;
                                break;
                            }
                        }
                    }
                    used
                }
                Stage::Words { pos, line } => {
                    let text = self.text.as_ref();
                    let mut used = 0;
                    while used < budget {
                        // As `str::lines` splits: at '\n', a '\r' before it dropped (runs of
                        // whitespace split the cells, so a '\r' left would change nothing).
                        let Some(rest) = text.get(*pos..).filter(|r| !r.is_empty()) else {
                            self.stage = Stage::Done;
                            break;
                        };
                        used += 1;
                        *line += 1;
                        let (piece, next) = match rest.find('\n') {
                            Some(j) => (&rest[..j], *pos + j + 1),
                            None => (rest, text.len()),
                        };
                        *pos = next;
                        let cells: Vec<String> =
                            piece.split_whitespace().map(str::to_string).collect();
                        if !cells.is_empty() {
                            self.rows.push(RawRow { line: *line, cells });
                        }
                    }
                    used
                }
            };
            budget = budget.saturating_sub(used);
        }
        matches!(self.stage, Stage::Done)
    }

    /// Rows read so far (blank lines left out).
    pub fn rows_read(&self) -> usize {
        self.rows.len()
    }

    /// How far the reading has come, in bytes of the text, and the text's length: the quote
    /// scan and the reading each go through the text once.
    pub fn progress(&self) -> (usize, usize) {
        let len = self.text.as_ref().len();
        let done = match &self.stage {
            Stage::Quotes { scan, .. } => scan.pos,
            Stage::Records { reader, .. } => {
                let read = usize::try_from(reader.position().byte()).unwrap_or(len);
                len + (self.start + read).min(len)
            }
            Stage::Words { pos, .. } => 2 * len.min(*pos),
            Stage::Done => 2 * len,
        };
        (done, 2 * len)
    }

    /// The rows of the text (blank lines left out), reading whatever is left.
    ///
    /// # Errors
    /// [`ReadError::UnclosedQuote`] or [`ReadError::Malformed`]; an empty text gives no rows,
    /// not an error.
    pub fn finish(mut self) -> Result<Vec<RawRow>, ReadError> {
        while !self.advance(usize::MAX) {}
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.rows),
        }
    }
}

/// The bytes of a shared text, as the `csv` reader reads them.
struct TextBytes<T> {
    text: T,
    pos: usize,
}

impl<T: AsRef<str>> Read for TextBytes<T> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let rest = self
            .text
            .as_ref()
            .as_bytes()
            .get(self.pos..)
            .unwrap_or_default();
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.pos += n;
        Ok(n)
    }
}

/// Looks for a quoted cell that is never closed, read as the `csv` crate reads (a quote opens
/// a quoted cell only as a cell's first character; `""` inside is a quote), a chunk of bytes
/// at a time.
pub(crate) struct QuoteScan {
    state: QuoteState,
    line: usize,
    opened: usize,
    /// Byte of the text the next chunk starts at.
    pos: usize,
}

#[derive(PartialEq)]
enum QuoteState {
    CellStart,
    Plain,
    Quoted,
    QuoteInQuoted,
}

impl QuoteScan {
    pub(crate) fn new(pos: usize) -> QuoteScan {
        QuoteScan {
            state: QuoteState::CellStart,
            line: 1,
            opened: 0,
            pos,
        }
    }

    /// Goes on through the next `bytes` of the text.
    pub(crate) fn scan(&mut self, bytes: &[u8], delimiter: u8) {
        for &b in bytes {
            self.state = match (&self.state, b) {
                (QuoteState::CellStart, b'"') => {
                    self.opened = self.line;
                    QuoteState::Quoted
                }
                (QuoteState::Quoted, b'"') => QuoteState::QuoteInQuoted,
                (QuoteState::Quoted, _) => QuoteState::Quoted,
                (QuoteState::QuoteInQuoted, b'"') => QuoteState::Quoted,
                (_, b'\n' | b'\r') => QuoteState::CellStart,
                (_, b) if b == delimiter => QuoteState::CellStart,
                _ => QuoteState::Plain,
            };
            if b == b'\n' {
                self.line += 1;
            }
        }
    }

    /// The line of a quoted cell still open at the end of the text.
    pub(crate) fn unclosed(&self) -> Option<usize> {
        (self.state == QuoteState::Quoted).then_some(self.opened)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the reader read when it let `csv` trim the records (`Trim::All`), the rows with a
    /// cell that is not empty.
    fn read_by_csv_trimming(text: &str) -> Vec<RawRow> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.expect("a record");
            let line = record.position().map_or(0, |p| p.line() as usize);
            let cells: Vec<String> = record.iter().map(str::to_string).collect();
            if cells.iter().any(|c| !c.is_empty()) {
                rows.push(RawRow { line, cells });
            }
        }
        rows
    }

    proptest! {
        /// Cells trimmed as they are copied out are the cells `csv` trimmed itself: the same
        /// white space (ASCII, no-break space, vertical tab) goes, inside quotes or not.
        #[test]
        fn cells_are_trimmed_as_csv_trims_them(
            text in proptest::collection::vec(
                prop::sample::select(vec!["a", "é", ",", "\"", " ", "\t", "\u{a0}", "\u{b}", "\n", "\r\n"]),
                0..60,
            ).prop_map(|parts| parts.concat()),
        ) {
            let read = RowReading::new(text.as_str(), Delimiter::Comma).finish();
            // A quote left open is refused before any record is read.
            prop_assume!(read.is_ok());
            prop_assert_eq!(read.unwrap(), read_by_csv_trimming(&text));
        }
    }
}
