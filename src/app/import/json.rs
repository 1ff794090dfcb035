//! A JSON file given to the import: one list exported from the page, or a backup of every list
//! (and the purchase log kept with them).

use super::check::stop_check;
use super::{added_list, Reading};
use crate::app::browser::{monotonic_ms, yield_now, SLICE_MS};
use crate::app::messages::Message;
use crate::app::state::AppState;
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
/// 100,000 customers read in one task held the page for half a second. `None`, as
/// [`super::read_in_slices`], when `cancel` was set or `current` says a newer file has taken
/// over.
pub(super) async fn read_json(
    bytes: Vec<u8>,
    progress: Reading,
    cancel: RwSignal<bool>,
    current: impl Fn() -> bool,
) -> Option<Result<ListsRead, Message>> {
    let stopped = stop_check(progress, cancel, current);
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
            // The decoding counted as the first half (in floating point: a product of two
            // sizes passes 32 bits).
            let done = size + (done as f64 / total.max(1) as f64 * size as f64) as usize;
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
    state.edit_workspace(
        |w| lists.into_iter().map(|l| w.add(l)).collect::<Vec<_>>(),
        Clone::clone,
    );
    let (name, customers) = added_list(state).unwrap_or_default();
    json_confirmation(count, &name, customers, restore_log(state, history, log))
}

/// Restores the purchase log a backup holds, when it reads as one; whether it did.
pub(super) fn restore_log(
    state: &AppState,
    history: Option<HistoryPage>,
    log: Option<String>,
) -> bool {
    let Some(log) = log.filter(|log| kept_log_from_json(log).is_ok()) else {
        return false;
    };
    state.keep_document(LOG_KEY, &log);
    if let Some(history) = history {
        history.take_kept_log();
    }
    true
}

/// The outcome to confirm once a document's `lists` lists are added, the last of them named
/// `name` with `customers` customers: one list by its name, a backup by its count of lists and
/// whether its purchase log was restored (a backup of one list too).
pub(super) fn json_confirmation(
    lists: usize,
    name: &str,
    customers: usize,
    log_restored: bool,
) -> Message {
    match (lists, log_restored) {
        (1, false) => {
            Message::new("import.json_done", &[("name", name)]).counting("count", customers)
        }
        (_, true) => Message::new("import.backup_done_with_log", &[]).counting("count", lists),
        (_, false) => Message::new("import.backup_done", &[]).counting("count", lists),
    }
}
