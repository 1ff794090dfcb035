//! A JSON file given to the import: one list exported from the page, or a backup of every list
//! (and the purchase log kept with them).

use super::Reading;
use crate::app::browser::{monotonic_ms, yield_now, SLICE_MS};
use crate::app::messages::Message;
use crate::app::state::{list_name, AppState};
use crate::app::views::history::HistoryPage;
use crate::io::encoding::TextFile;
use crate::io::import_session::ReadingProgress;
use crate::io::json_lists::{ListsRead, ListsReading};
use crate::io::purchase_log::kept_log_from_json;
use crate::io::store::{DocError, LOG_KEY};
use leptos::prelude::*;

/// Bytes decoded, then scanned, between two looks at the clock (about a ms natively).
const SLICE_BYTES: usize = 1 << 20;

/// Customers read between two looks at the clock (about a ms natively).
const SLICE_CUSTOMERS: usize = 500;

/// Whether a file is JSON rather than a table: by its name, or by its first character.
pub(super) fn looks_json(name: &str, bytes: &[u8]) -> bool {
    name.to_lowercase().ends_with(".json")
        || bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Reads a JSON document's bytes in slices of about [`SLICE_MS`], yielding to the browser
/// between them and showing how far it has come in `progress` (decoded, then read): a list of
/// 100,000 customers read in one task held the page for half a second. `None` when `stopped`
/// says, after a yield, that the reading was cancelled or another file took over.
pub(super) async fn read_json(
    bytes: Vec<u8>,
    progress: Reading,
    stopped: impl Fn() -> bool,
) -> Option<Result<ListsRead, Message>> {
    let size = bytes.len();
    let mut slice_start = monotonic_ms();
    // A slice's end: its progress shown, a yield, and whether to go on.
    let pause = async |done: usize, total: usize, rows: usize| {
        progress.set(Some(ReadingProgress { done, total, rows }));
        yield_now().await;
        !stopped()
    };
    let mut decoding = TextFile::start_document(&bytes);
    drop(bytes);
    while !decoding.advance(SLICE_BYTES) {
        if monotonic_ms() - slice_start >= SLICE_MS {
            let (done, _) = decoding.progress();
            if !pause(done, size * 2, 0).await {
                return None;
            }
            slice_start = monotonic_ms();
        }
    }
    let text = decoding.finish().decoded.text;
    let mut reading = ListsReading::new(text);
    let read = loop {
        if let Some(read) = reading.advance(SLICE_BYTES, SLICE_CUSTOMERS) {
            break read;
        }
        if monotonic_ms() - slice_start >= SLICE_MS {
            let (done, total, rows) = reading.progress();
            // The decoding counted as the first half.
            let done = size + done * size / total.max(1);
            if !pause(done, size * 2, rows).await {
                return None;
            }
            slice_start = monotonic_ms();
        }
    };
    progress.set(None);
    Some(
        read.map_err(|e: DocError| Message::new("import.json_failed", &[]).explaining("reason", e)),
    )
}

/// Adds the lists of a JSON document to the workspace (and restores the purchase log a backup
/// holds); the outcome to confirm.
pub(super) fn add_json_lists(
    state: &AppState,
    history: Option<HistoryPage>,
    read: ListsRead,
) -> Message {
    let ListsRead { lists, log } = read;
    let count = lists.len();
    let single = lists
        .first()
        .filter(|_| count == 1)
        .map(|l| l.customers.len());
    state.edit_workspace(
        |w| lists.into_iter().map(|l| w.add(l)).collect::<Vec<_>>(),
        Clone::clone,
    );
    if let Some(customers) = single {
        let list_name = state
            .workspace
            .with_untracked(|w| w.current().map(list_name).unwrap_or_default());
        return json_done(&list_name, customers);
    }
    match log.filter(|log| kept_log_from_json(log).is_ok()) {
        Some(log) => {
            state.keep_document(LOG_KEY, &log);
            if let Some(history) = history {
                history.take_kept_log();
            }
            Message::new("import.backup_done_with_log", &[]).counting("count", count)
        }
        None => Message::new("import.backup_done", &[]).counting("count", count),
    }
}

/// A list document's customers added as the list `name`.
pub(super) fn json_done(name: &str, customers: usize) -> Message {
    Message::new("import.json_done", &[("name", name)]).counting("count", customers)
}
