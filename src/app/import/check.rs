//! The check of every row, shared by the imports: a chunk of rows, a paint of the progress bar,
//! the next chunk, until the rows are done or the user cancels.

use crate::app::browser::{monotonic_ms, yield_now, SLICE_MS};
use crate::i18n::{t, tfn};
use crate::io::import_session::{
    ImportKind, ImportSession, ReadingProgress, RowCheck, SessionReading,
};
use leptos::prelude::*;

/// Where a check stands: rows checked and rows in all, while one runs.
pub type Checking = RwSignal<Option<(usize, usize)>>;

/// Runs `check` in chunks of `chunk` rows, as many as fit in a slice of [`SLICE_MS`] between
/// two yields to the browser, showing its progress in `progress`, and hands it to
/// `on_done` when every row is checked. Setting `cancel` stops it after the chunk under way
/// (as does the owner of `cancel` going away); then `on_cancel` is called and the rows checked
/// so far are dropped.
pub fn run_check<C: RowCheck + 'static>(
    mut check: C,
    chunk: usize,
    progress: Checking,
    cancel: RwSignal<bool>,
    on_cancel: impl FnOnce() + 'static,
    on_done: impl FnOnce(C) + 'static,
) {
    cancel.set(false);
    leptos::task::spawn_local(async move {
        let at = check.progress();
        progress.set(Some((at.done, at.total)));
        loop {
            // Chunks until the slice is used up: a yield per chunk cost the 100,000-row check
            // fifty timer waits and redraws of the progress.
            let slice_start = monotonic_ms();
            let at = loop {
                let at = check.next_chunk(chunk);
                if at.finished() || monotonic_ms() - slice_start >= SLICE_MS {
                    break at;
                }
            };
            progress.set(Some((at.done, at.total)));
            if at.finished() {
                break;
            }
            yield_now().await;
            if cancel.try_get_untracked().unwrap_or(true) {
                progress.try_set(None);
                on_cancel();
                return;
            }
        }
        progress.set(None);
        on_done(check);
    });
}

/// The progress bar of a running check (or other long work) with its cancel button; with
/// `counted` (the translation key of a text taking `$done` and `$total`), how far it has come
/// is also said in words.
#[component]
pub fn CheckProgress(
    id: &'static str,
    /// Translation key of the bar's label.
    label: &'static str,
    /// Translation key of the cancel button.
    cancel_label: &'static str,
    progress: Checking,
    cancel: RwSignal<bool>,
    #[prop(optional)] counted: Option<&'static str>,
) -> impl IntoView {
    view! {
        <Show when=move || progress.with(Option::is_some)>
            <div class="progress">
                <label for=id>{move || t(label)}</label>
                <progress
                    id=id
                    max=move || progress.get().map_or(1, |p| p.1.max(1)).to_string()
                    value=move || progress.get().map_or(0, |p| p.0).to_string()
                ></progress>
                // Before the count, whose width changes as it counts: the button stays put
                // under a pointer (or a test's click, which waits for it to be still).
                <button on:click=move |_| cancel.set(true)>{move || t(cancel_label)}</button>
                {counted
                    .map(|key| {
                        view! {
                            <span>
                                {move || {
                                    progress
                                        .get()
                                        .map(|(d, n)| tfn(key, &[("done", d), ("total", n)], &[]))
                                        .unwrap_or_default()
                                }}
                            </span>
                        }
                    })}
            </div>
        </Show>
    }
}

/// Where the opening of a file stands, while one runs.
pub type Reading = RwSignal<Option<ReadingProgress>>;

/// Rows read between two looks at the clock: natively 500 rows of the 100,000-row CRM export
/// take about a ms.
const READ_ROWS: usize = 500;

/// Starts the reading of a file in slices, its stop not pressed yet; the check made after each
/// yield: whether a newer file took over (its reading owns the progress bar, left as it is) or
/// the reader pressed stop (the bar is cleared).
pub fn stop_check(
    progress: Reading,
    cancel: RwSignal<bool>,
    current: impl Fn() -> bool,
) -> impl Fn() -> bool {
    cancel.set(false);
    move || {
        if !current() {
            return true;
        }
        let cancelled = cancel.try_get_untracked().unwrap_or(true);
        if cancelled {
            progress.try_set(None);
        }
        cancelled
    }
}

/// Opens a file as an import session in slices of about [`SLICE_MS`], yielding to the browser
/// between them and showing how far it has come in `progress`. `None` when `cancel` was set
/// (or its owner went away) or `current` says a newer file has taken over; the reading is
/// then dropped where it stands.
pub async fn read_in_slices<K: ImportKind>(
    mut reading: SessionReading<K>,
    progress: Reading,
    cancel: RwSignal<bool>,
    current: impl Fn() -> bool,
) -> Option<ImportSession<K>> {
    let stopped = stop_check(progress, cancel, current);
    let mut slice_start = monotonic_ms();
    let mut sliced = false;
    while !reading.advance(READ_ROWS) {
        if monotonic_ms() - slice_start < SLICE_MS {
            continue;
        }
        sliced = true;
        progress.set(Some(reading.progress()));
        yield_now().await;
        if stopped() {
            return None;
        }
        slice_start = monotonic_ms();
    }
    let session = reading.finish();
    // A file read in slices has its next step drawn in a task of its own, not after the last
    // slice read (at 100,000 rows the two made a task over 50 ms); its progress bar stays
    // until then, so no frame shows neither.
    if sliced {
        yield_now().await;
        if stopped() {
            return None;
        }
    }
    progress.set(None);
    Some(session)
}

/// The progress bar of a file being opened, with the rows read so far and its cancel button.
#[component]
pub fn ReadProgress(id: &'static str, progress: Reading, cancel: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || progress.with(Option::is_some)>
            <div class="progress">
                <label for=id>{move || t("import.reading")}</label>
                <progress
                    id=id
                    max=move || progress.get().map_or(1, |p| p.total.max(1)).to_string()
                    value=move || progress.get().map_or(0, |p| p.done).to_string()
                ></progress>
                <span>{move || progress.get().map(|p| tfn("import.reading_rows", &[("count", p.rows)], &[])).unwrap_or_default()}</span>
                <button on:click=move |_| cancel.set(true)>{move || t("import.cancel_reading")}</button>
            </div>
        </Show>
    }
}
