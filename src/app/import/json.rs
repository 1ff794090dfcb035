//! A JSON file given to the import: one list exported from the page, or a backup of every list
//! (and the purchase log kept with them).

use crate::app::messages::Message;
use crate::app::state::{list_name, AppState};
use crate::app::views::history::HistoryPage;
use crate::io::purchase_log::kept_log_from_json;
use crate::io::store::{lists_from_json, log_from_backup, LOG_KEY};
use leptos::prelude::*;

/// Whether a file is JSON rather than a table: by its name, or by its first character.
pub(super) fn looks_json(name: &str, bytes: &[u8]) -> bool {
    name.to_lowercase().ends_with(".json")
        || bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Adds the lists of a JSON document to the workspace (and restores the purchase log a backup
/// holds); the outcome to confirm, or why nothing was added.
pub(super) fn open_json(
    state: &AppState,
    history: Option<HistoryPage>,
    text: &str,
) -> Result<Message, Message> {
    let lists = lists_from_json(text)
        .map_err(|e| Message::new("import.json_failed", &[]).explaining("reason", e))?;
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
        return Ok(
            Message::new("import.json_done", &[("name", &list_name)]).counting("count", customers)
        );
    }
    match log_from_backup(text).filter(|log| kept_log_from_json(log).is_ok()) {
        Some(log) => {
            state.keep_document(LOG_KEY, &log);
            if let Some(history) = history {
                history.take_kept_log();
            }
            Ok(Message::new("import.backup_done_with_log", &[]).counting("count", count))
        }
        None => Ok(Message::new("import.backup_done", &[]).counting("count", count)),
    }
}
