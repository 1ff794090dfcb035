//! Opening a file as an [`ImportSession`] a slice at a time: decoding, then reading the rows
//! (once: the options are sniffed from the same rows the table is made of), then suggesting a
//! mapping. A page reads a slice, paints how far it has come and reads on, or drops the
//! reading when the user cancels.

use super::{ImportKind, ImportSession};
use crate::io::csv_import::{
    options_from_rows, sniff_delimiter, table_from_rows, CsvOptions, Delimiter, RawTable, ReadError,
};
use crate::io::csv_reading::RowReading;
use crate::io::encoding::{TextDecoding, TextFile};
use std::sync::Arc;

/// Bytes decoded per row of a budget: decoding is a copy for UTF-8 and a table look-up per
/// byte otherwise, far cheaper than splitting a row into cells.
const DECODE_BYTES_PER_ROW: usize = 1024;

/// A file being opened (see [`ImportSession::start`]).
pub struct SessionReading<K: ImportKind> {
    file_name: String,
    kind: K,
    stage: Stage,
}

enum Stage {
    Decoding(TextDecoding),
    /// The file decoded, its text lent to the row reader (and given back when it is done).
    Rows {
        file: TextFile,
        text: Arc<String>,
        delimiter: Delimiter,
        rows: RowReading<SharedText>,
    },
    /// Every row read (or the error that stopped the reading); the mapping is suggested by
    /// [`SessionReading::finish`].
    Read {
        file: TextFile,
        options: CsvOptions,
        table: Result<RawTable, ReadError>,
    },
}

/// The decoded text, shared between the reading and the row reader.
#[derive(Clone)]
struct SharedText(Arc<String>);

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// How far the opening of a file has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingProgress {
    /// Work done and in all, in bytes: the file decoded, then its text scanned and read.
    pub done: usize,
    /// See `done`.
    pub total: usize,
    /// Rows read so far.
    pub rows: usize,
}

impl<K: ImportKind> ImportSession<K> {
    /// Starts opening `bytes` as [`ImportSession::new`] does, to be read in slices with
    /// [`SessionReading::advance`] and finished with [`SessionReading::finish`].
    pub fn start(file_name: String, bytes: &[u8], kind: K) -> SessionReading<K> {
        ImportSession::start_decoding(file_name, TextFile::start(bytes), kind)
    }

    /// [`ImportSession::start`] from a decoding already begun: the page's own
    /// ([`TextFile::start_unicode`]) or a file its decoding worker read.
    pub fn start_decoding(file_name: String, decoding: TextDecoding, kind: K) -> SessionReading<K> {
        SessionReading {
            file_name,
            kind,
            stage: Stage::Decoding(decoding),
        }
    }
}

impl<K: ImportKind> SessionReading<K> {
    /// Reads about `rows` more rows (at least one; `DECODE_BYTES_PER_ROW` bytes decoded
    /// count as one); true once the file is read, and only the mapping is left to suggest.
    pub fn advance(&mut self, rows: usize) -> bool {
        let rows = rows.max(1);
        match &mut self.stage {
            Stage::Decoding(decoding) => {
                if decoding.advance(rows.saturating_mul(DECODE_BYTES_PER_ROW)) {
                    if let Stage::Decoding(decoding) = self.take_stage() {
                        self.stage = Stage::rows(decoding.finish());
                    }
                }
                false
            }
            Stage::Rows { rows: reading, .. } => {
                if reading.advance(rows) {
                    self.stage = self.take_stage().read();
                    true
                } else {
                    false
                }
            }
            Stage::Read { .. } => true,
        }
    }

    fn take_stage(&mut self) -> Stage {
        // Left for the instant before the stage taken is replaced by the next.
        let empty = Stage::Read {
            file: TextFile::empty(),
            options: options_from_rows(Delimiter::Whitespace, None),
            table: Err(ReadError::Empty),
        };
        std::mem::replace(&mut self.stage, empty)
    }

    /// How far the reading has come.
    pub fn progress(&self) -> ReadingProgress {
        match &self.stage {
            Stage::Decoding(decoding) => {
                let (done, size) = decoding.progress();
                ReadingProgress {
                    done,
                    total: size + 2 * size,
                    rows: 0,
                }
            }
            Stage::Rows { file, rows, .. } => {
                let (done, total) = rows.progress();
                ReadingProgress {
                    done: file.size() + done,
                    total: file.size() + total,
                    rows: rows.rows_read(),
                }
            }
            Stage::Read { file, table, .. } => {
                let size = file.size() + 2 * file.text().len();
                ReadingProgress {
                    done: size,
                    total: size,
                    rows: table.as_ref().map_or(0, |t| t.rows.len()),
                }
            }
        }
    }

    /// The session, reading whatever is left and suggesting the mapping.
    pub fn finish(mut self) -> ImportSession<K> {
        while !self.advance(usize::MAX) {}
        let (file, options, table) = match self.stage {
            Stage::Read {
                file,
                options,
                table,
            } => (file, options, table),
            // Not reached: `advance` ends only at the last stage.
            _ => (
                TextFile::empty(),
                options_from_rows(Delimiter::Whitespace, None),
                Err(ReadError::Empty),
            ),
        };
        let mut s = ImportSession {
            file_name: self.file_name,
            file,
            options,
            kind: self.kind,
            table: table.map(Arc::new),
            mapping: Vec::new(),
            fixed_cells: 0,
        };
        s.suggest_mapping();
        s
    }
}

impl Stage {
    /// Starts reading the rows of a decoded file.
    fn rows(mut file: TextFile) -> Stage {
        let text = Arc::new(std::mem::take(&mut file.decoded.text));
        let delimiter = sniff_delimiter(&text);
        let rows = RowReading::new(SharedText(Arc::clone(&text)), delimiter);
        Stage::Rows {
            file,
            text,
            delimiter,
            rows,
        }
    }

    /// The options and table of the rows read: the same as sniffing the text and reading it
    /// with the options sniffed, as the rows are split by the delimiter alone.
    fn read(self) -> Stage {
        let Stage::Rows {
            mut file,
            text,
            delimiter,
            rows,
        } = self
        else {
            return self;
        };
        let rows = rows.finish();
        // The row reader, holding the other handle, is gone.
        file.decoded.text = Arc::try_unwrap(text).unwrap_or_else(|shared| (*shared).clone());
        let options = options_from_rows(delimiter, rows.as_deref().ok());
        let table = rows.and_then(|rows| table_from_rows(rows, options.has_header));
        Stage::Read {
            file,
            options,
            table,
        }
    }
}
