//! The page's state: the workspace in a signal, saved through the store after every change.
//! A save the browser refuses leaves the change in memory and raises a banner until a later
//! save of that list succeeds.

use crate::app::ahead::Ahead;
use crate::app::browser::{self, download};
use crate::app::messages::Message;
use crate::app::storage::{self, PageStore, StorageKind};
use crate::engine::analysis::{
    analyse, analyse_in_steps, analysed_settings, cohort_view, entry_counts, Analysis, CohortView,
    CustomerResult, Step, StepEnd,
};
use crate::engine::keys::Keyed;
use crate::engine::model::Customer;
use crate::engine::settings::Settings;
use crate::i18n::t;
use crate::io::demo::{demo_list, DEMO_NAME};
use crate::io::store::{
    backup_to_json, Persistence, Store, StoreError, Unreadable, INDEX_KEY, LIST_KEY_PREFIX, LOG_KEY,
};
use crate::lists::{CustomerList, Revision, UndoStack, Workspace};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The views of the page; the open one is stored so a reload returns to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum View {
    Overview,
    Customers,
    Economics,
    Pyramid,
    Pareto,
    Lifetime,
    Keeping,
    Targets,
    Prospects,
    History,
    Settings,
    Import,
}

impl View {
    /// The stored view, or the overview for a first visit or an unknown key.
    pub fn stored(key: &str) -> View {
        View::from_key(key).unwrap_or(View::Overview)
    }
}

/// Where the time of the last backup is kept (milliseconds since 1970, as text).
const LAST_BACKUP_KEY: &str = "value-pyramid/last-backup";

/// Days without a backup after which the page reminds the user: Safari removes a site's data
/// after seven days without a visit, so a week is already a risk.
pub const BACKUP_REMINDER_DAYS: f64 = 7.0;

/// Whether to remind the user to back up: only when some list holds their own work, and no
/// backup was made, or the last one is more than [`BACKUP_REMINDER_DAYS`] old.
pub fn backup_due(has_own_work: bool, last_backup_ms: Option<f64>, now_ms: f64) -> bool {
    const DAY_MS: f64 = 86_400_000.0;
    has_own_work && last_backup_ms.is_none_or(|last| now_ms - last > BACKUP_REMINDER_DAYS * DAY_MS)
}

/// Everything components share, cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub view: RwSignal<View>,
    /// Why saving failed, while some change exists only in memory.
    pub save_problem: RwSignal<Option<StoreError>>,
    /// Lists in storage that could not be opened.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// The last refused save was a conflict with another window: the banner offers a reload.
    pub conflict: RwSignal<bool>,
    /// Whether the browser agreed to keep the lists when space runs low (`None`: not asked or
    /// not answered).
    pub persistent: RwSignal<Option<bool>>,
    /// No backup was made for a while and the lists hold the user's own work: a reminder shows.
    pub backup_due: RwSignal<bool>,
    /// Why the last file asked for was not downloaded (the browser refused it, or a workbook
    /// could not be made), shown until the user dismisses it or a file is offered.
    pub download_problem: RwSignal<Option<Message>>,
    /// The last message for screen readers and the status line.
    pub announcement: RwSignal<Option<Message>>,
    /// Deleted customers that can still be brought back, each with its list.
    pub undo: RwSignal<UndoStack>,
    /// Everything the engine computes for the open list, recomputed only when its customers
    /// or the settings the analysis reads change (not on a rename, nor on a cohort-table edit).
    pub analysis: Memo<Analysis>,
    /// The cohort table of the open list, from the analysis's list figures and the table's
    /// stored inputs: editing the table recomputes only this.
    pub cohort: Memo<CohortView>,
    /// The names of the indicators the open list's customers give (the Customers table's
    /// columns): kept here, a pass over 100,000 customers is not made again each time the
    /// table is opened, only after the list changed.
    pub indicator_names: Memo<std::collections::BTreeSet<String>>,
    /// The open list's entries: customers, prospects, all (shown beside the list on every
    /// view). Counted apart from the analysis, so that a view which shows none (the customer
    /// table being typed in) does not wait for one after each edit.
    pub entry_counts: Memo<(usize, usize, usize)>,
    /// Which of the browser's stores keeps the lists.
    pub storage: StorageKind,
    persistence: StoredValue<Persistence<PageStore>, LocalStorage>,
    /// Lists changed in memory but not yet saved.
    unsaved: StoredValue<BTreeSet<String>>,
    /// An analysis made in steps before its list joined the workspace, with the revision and
    /// settings it was made of: the analysis memo takes it instead of analysing that list again.
    analysed_ahead: StoredValue<Option<AnalysedAhead>>,
    /// The analysis made ahead in the background (see [`AppState::edit_current`]).
    ahead: Ahead,
}

/// A list's revision, the settings its analysis read, and that analysis.
type AnalysedAhead = (Revision, Settings, Analysis);

impl AppState {
    /// Loads what the browser kept; on a first visit, adds the demo list.
    pub fn load() -> AppState {
        let store = storage::page_store();
        let mut persistence = Persistence::new(store.clone());
        let loaded = persistence.load();
        let workspace = RwSignal::new(loaded.workspace);
        // Which customers (by revision) and settings the analysis would read: the analysis
        // tracks only this, so a change elsewhere in the workspace costs one comparison of
        // settings instead of a recompute of every customer.
        let analysis_inputs = Memo::new(move |_| {
            workspace.with(|w| {
                w.current()
                    .map(|l| (l.customers.revision(), analysed_settings(&l.settings)))
            })
        });
        // The memo owns its previous value: an edit of a single stage's settings redoes that
        // stage on it (engine::analysis::reanalyse) instead of every customer's figures, an
        // edit of a few customers moves them in its rankings instead of sorting every customer
        // again (reanalyse_changed), and nothing of 100,000 rows is copied or compared.
        let ahead = Ahead::new(analysis_inputs);
        let analysed_ahead = StoredValue::new(None::<AnalysedAhead>);
        let analysis = Memo::new_owning(move |previous: Option<Analysis>| {
            ahead.moved.track();
            let next = analysis_inputs.with(|inputs| {
                // Taken whether it fits or not: one made for a list since edited is of no use.
                let made_for_import = analysed_ahead
                    .try_update_value(Option::take)
                    .flatten()
                    .filter(|(r, s, _)| {
                        inputs
                            .as_ref()
                            .is_some_and(|(rev, set)| rev == r && set == s)
                    });
                if let Some((revision, settings, ready)) = made_for_import {
                    let _timing = browser::Measure::start("vp:analyse");
                    drop(previous);
                    ahead.drop_work();
                    ahead.analysed.set_value(Some((revision, settings)));
                    return ready;
                }
                workspace.with_untracked(|w| match (w.current(), inputs) {
                    (Some(list), Some((revision, settings))) => {
                        ahead.next(previous, &list.customers, *revision, settings)
                    }
                    _ => {
                        ahead.analysed.set_value(None);
                        drop(previous);
                        ahead.drop_work();
                        analyse(&[], &Settings::default())
                    }
                })
            });
            (next, true)
        });
        ahead.analyse_when_idle(analysis, move |revision| {
            workspace.with_untracked(|w| {
                w.current()
                    .is_some_and(|l| l.customers.changed_since(revision).is_some())
            })
        });
        let cohort_settings = Memo::new(move |_| {
            workspace.with(|w| {
                w.current()
                    .map(|l| l.settings.cohort.clone())
                    .unwrap_or_default()
            })
        });
        let cohort = Memo::new(move |_| {
            cohort_settings.with(|stored| analysis.with(|a| cohort_view(stored, &a.list_figures)))
        });
        let indicator_names = Memo::new(move |_| {
            workspace.with(|w| {
                w.current()
                    .map(CustomerList::indicator_names)
                    .unwrap_or_default()
            })
        });
        let entry_counts = Memo::new(move |_| {
            workspace.with(|w| {
                w.current().map_or((0, 0, 0), |l| {
                    let (customers, prospects) = entry_counts(&l.customers);
                    (customers, prospects, l.customers.len())
                })
            })
        });
        let state = AppState {
            analysis,
            cohort,
            indicator_names,
            entry_counts,
            workspace,
            view: RwSignal::new(View::stored(&loaded.view)),
            save_problem: RwSignal::new(None),
            unreadable: RwSignal::new(loaded.unreadable),
            conflict: RwSignal::new(false),
            backup_due: RwSignal::new(false),
            persistent: RwSignal::new(None),
            download_problem: RwSignal::new(None),
            announcement: RwSignal::new(None),
            undo: RwSignal::new(UndoStack::default()),
            storage: store.kind(),
            persistence: StoredValue::new_local(persistence),
            unsaved: StoredValue::new(BTreeSet::new()),
            analysed_ahead,
            ahead,
        };
        match loaded.error {
            Some(e) => state.report(&e),
            None if loaded.first_visit => {
                state.workspace.update(|w| {
                    w.add(demo_list("", DEMO_NAME));
                });
                let ids = state
                    .workspace
                    .with_untracked(|w| w.lists.iter().map(|l| l.id.clone()).collect());
                state.save(ids);
            }
            None => {}
        }
        // After the demo of a first visit took "list-1": lists made from now on carry this
        // window's own mark, so two windows never make the same id.
        state
            .workspace
            .update_untracked(|w| w.id_prefix = browser::window_mark());
        let has_own_work = state.workspace.with_untracked(|w| {
            w.lists
                .iter()
                .any(|l| !l.is_demo && !l.customers.is_empty())
        });
        let last_backup = browser::load_preference(LAST_BACKUP_KEY).and_then(|v| v.parse().ok());
        state
            .backup_due
            .set(backup_due(has_own_work, last_backup, browser::now_ms()));
        let persistent = state.persistent;
        leptos::task::spawn_local(async move {
            persistent.set(browser::request_persistent_storage().await);
        });
        let sync = state;
        store.on_change(move |key| sync.take_change_from_another_window(&key));
        store.on_refused(move |keys, error| sync.take_refusal(&keys, &error));
        store.on_index_stale(move || {
            sync.take_index_from_another_window();
            sync.save(Vec::new());
        });
        state
    }

    /// The store refused, after the fact, a save it had taken: the lists it held count as
    /// unsaved again (a later save retries them) and the page says why. A list refused because
    /// another window saved it first stays marked stale, so it can never be written over that.
    fn take_refusal(&self, keys: &[String], error: &StoreError) {
        for id in keys.iter().filter_map(|k| k.strip_prefix(LIST_KEY_PREFIX)) {
            let conflict = matches!(error, StoreError::Conflict(c) if c == id);
            self.persistence.update_value(|p| p.refused(id, conflict));
            self.unsaved.update_value(|u| {
                u.insert(id.to_string());
            });
        }
        self.report(error);
    }

    /// Another window saved something: a list it changed is read again, unless this window
    /// has changes of its own to it (its next save then says the two conflict); lists it added
    /// appear, lists it deleted go.
    fn take_change_from_another_window(&self, key: &str) {
        let Some(id) = key.strip_prefix(LIST_KEY_PREFIX) else {
            if key == INDEX_KEY {
                self.take_index_from_another_window();
            }
            return;
        };
        if self.unsaved.with_value(|u| u.contains(id)) {
            return;
        }
        let fresh = self
            .persistence
            .try_update_value(|p| p.read_list(id))
            .and_then(Result::ok);
        if let Some(fresh) = fresh {
            self.workspace.update(|w| {
                if let Some(list) = w.lists.iter_mut().find(|l| l.id == id) {
                    *list = fresh;
                }
            });
        }
    }

    fn take_index_from_another_window(&self) {
        let stored = self.persistence.with_value(|p| p.stored_list_ids());
        if stored.is_empty() {
            return;
        }
        let (known, reserved) = self.workspace.with_untracked(|w| {
            (
                w.lists.iter().map(|l| l.id.clone()).collect::<Vec<_>>(),
                w.reserved.clone(),
            )
        });
        let added: Vec<CustomerList> = stored
            .iter()
            .filter(|id| !known.contains(id) && !reserved.contains(id))
            .filter_map(|id| {
                self.persistence
                    .try_update_value(|p| p.read_list(id))
                    .and_then(Result::ok)
            })
            .collect();
        let gone: Vec<String> = known
            .iter()
            .filter(|id| !stored.contains(id))
            .filter(|id| !self.unsaved.with_value(|u| u.contains(*id)))
            .filter(|id| !self.persistence.with_value(|p| p.is_stored(id)))
            .cloned()
            .collect();
        if added.is_empty() && gone.is_empty() {
            return;
        }
        self.persistence
            .update_value(|p| gone.iter().for_each(|id| p.forget(id)));
        self.workspace.update(|w| {
            w.lists.retain(|l| !gone.contains(&l.id));
            w.lists.extend(added);
        });
    }

    fn report(&self, error: &StoreError) {
        self.conflict.set(matches!(error, StoreError::Conflict(_)));
        self.save_problem.set(Some(error.clone()));
    }

    /// Saves the given lists, any earlier unsaved ones, and the index.
    fn save(&self, lists: Vec<String>) {
        // A User Timing entry, so the browser's profiler and the benchmark see what saving costs.
        let _timing = browser::Measure::start("vp:save");
        let view = self.view.get_untracked().key();
        let outcome = self.workspace.with_untracked(|w| {
            self.unsaved.update_value(|u| u.extend(lists));
            let pending: Vec<String> = self.unsaved.with_value(|u| u.iter().cloned().collect());
            let mut first_error = None;
            self.persistence.update_value(|p| {
                for id in pending {
                    let result = match w.get(&id) {
                        Some(list) => p.save_list(list),
                        None => Ok(()),
                    };
                    match result {
                        Ok(()) => self.unsaved.update_value(|u| {
                            u.remove(&id);
                        }),
                        Err(e) => {
                            first_error.get_or_insert(e);
                        }
                    }
                }
                if let Err(e) = p.save_index(w, view) {
                    first_error.get_or_insert(e);
                }
            });
            first_error
        });
        match outcome {
            Some(e) => self.report(&e),
            None => {
                self.save_problem.set(None);
                self.conflict.set(false);
            }
        }
    }

    /// Keeps a document other than a list (the purchase log) between visits; a refusal is said
    /// like a list's.
    pub fn keep_document(&self, key: &str, text: &str) {
        let result = self
            .persistence
            .try_update_value(|p| p.store.write(key, text));
        if let Some(Err(e)) = result {
            self.report(&e);
        }
    }

    /// Says `message` to screen readers, in the language shown when it is read out.
    pub fn announce(&self, message: Message) {
        self.announcement.set(Some(message));
    }

    /// Offers every list with its settings in one file, and remembers when, for the reminder.
    pub fn back_up_everything(&self) {
        let log = self
            .persistence
            .with_value(|p| p.store.read(LOG_KEY).ok().flatten());
        let json = self
            .workspace
            .with_untracked(|w| backup_to_json(&w.lists, log.as_deref()));
        if self.offer_file("value-pyramid-backup.json", "application/json", &json) {
            browser::save_preference(LAST_BACKUP_KEY, &browser::now_ms().to_string());
            self.backup_due.set(false);
        }
    }

    /// Offers the stored text of an unreadable document for download, as it was found.
    pub fn offer_unreadable_text(&self, id: &str) {
        let text = self.persistence.with_value(|p| p.raw_text(id));
        match text {
            Some(text) => {
                self.offer_file(
                    &format!("value-pyramid-{id}-as-found.json"),
                    "application/json",
                    &text,
                );
            }
            None => self.announce(Message::new("storage.nothing_kept", &[])),
        }
    }

    /// Removes an unreadable document for good, as the user decided.
    pub fn discard_unreadable(&self, id: &str) {
        let view = self.view.get_untracked().key();
        let result = self.workspace.with_untracked(|w| {
            self.persistence
                .try_update_value(|p| p.discard_unreadable(id, w, view))
        });
        match result {
            Some(Err(e)) => self.report(&e),
            _ => {
                self.unreadable.update(|u| u.retain(|x| x.id != id));
                self.workspace
                    .update_untracked(|w| w.reserved.retain(|r| r != id));
                self.announce(Message::new("storage.removed", &[]));
            }
        }
    }

    /// Offers a file for download; a refusal is shown on the page, never announced as done.
    /// Returns whether the browser took it.
    pub fn offer_file(&self, file_name: &str, mime: &str, content: &str) -> bool {
        self.offered(file_name, download(file_name, mime, content))
    }

    /// Offers bytes (a workbook) for download, as [`AppState::offer_file`] offers text.
    pub fn offer_bytes(&self, file_name: &str, mime: &str, content: &js_sys::Uint8Array) -> bool {
        self.offered(file_name, browser::download_bytes(file_name, mime, content))
    }

    /// Says whether the browser took the file offered, and keeps a refusal on the page.
    fn offered(&self, file_name: &str, done: bool) -> bool {
        if done {
            self.download_problem.set(None);
            self.announce(Message::new("export.done", &[]));
            true
        } else {
            self.download_not_made(Message::new("export.refused", &[("file", file_name)]));
            false
        }
    }

    /// Keeps on the page, and announces, why a file asked for was not downloaded.
    pub fn download_not_made(&self, why: Message) {
        self.download_problem.set(Some(why.clone()));
        self.announce(why);
    }

    /// Runs `f` with the open list's customers, which the analysis's rows point into (their
    /// `input_index`). Untracked: a change of the customers always gives a new analysis, and
    /// every caller reads the analysis, so a change elsewhere (a rename, a cohort-table edit)
    /// redraws nothing.
    pub fn with_customers<R>(&self, f: impl FnOnce(&[Customer]) -> R) -> R {
        self.workspace
            .with_untracked(|w| f(w.current().map_or(&[][..], |l| l.customers.as_slice())))
    }

    /// The id of an analysed customer (see [`AppState::with_customers`]).
    pub fn id_of(&self, row: &CustomerResult) -> String {
        self.with_customers(|list| row.id_in(list).to_owned())
    }

    /// The name of an analysed customer (see [`AppState::with_customers`]).
    pub fn name_of(&self, row: &CustomerResult) -> String {
        self.with_customers(|list| row.name_in(list).to_owned())
    }

    pub fn current_id(&self) -> String {
        self.workspace
            .with(|w| w.current().map(|l| l.id.clone()).unwrap_or_default())
    }

    /// Changes the open list and saves it. An analysis made ahead of it in the background is
    /// finished first (its stages left, in this task), so that the edit neither copies the
    /// customers the analysis reads nor loses the analysis it would be made from. Changes of
    /// the workspace (another list opened, a list added) let such an analysis go instead, or
    /// keep it for a list they do not change.
    pub fn edit_current(&self, change: impl FnOnce(&mut CustomerList)) {
        self.ahead.finish_now();
        let mut id = None;
        self.workspace.update(|w| {
            if let Some(list) = w.current_mut() {
                change(list);
                id = Some(list.id.clone());
            }
        });
        self.save(id.into_iter().collect());
    }

    /// Lets go of the analysis made ahead in the background before a change that rewrites the
    /// open list's customers whole through the workspace (see `Ahead::let_go`).
    pub fn let_go_of_analysis_ahead(&self) {
        self.ahead.let_go();
    }

    /// Changes the workspace (lists added, renamed, …) and saves the lists `touched` names.
    pub fn edit_workspace<R>(
        &self,
        change: impl FnOnce(&mut Workspace) -> R,
        touched: impl FnOnce(&R) -> Vec<String>,
    ) -> Option<R> {
        let result = self.workspace.try_update(change);
        self.save(result.as_ref().map(touched).unwrap_or_default());
        result
    }

    /// [`AppState::edit_workspace`] for a change as large as an import: shown in this task,
    /// saved in later ones (the lists' stored text written a slice at a time, then saved). At
    /// 100,000 customers the analysis the page draws with and the save took about 200 and
    /// 100 ms in one task, where slices let the browser paint and answer input between them.
    /// The change is shown at once, so whatever runs in between reads an analysis of the lists
    /// it reads (the other way round, a view opened in between drew the earlier analysis with
    /// the new list's entries). Until the save the lists count as unsaved: a save in between
    /// writes them too, and another window's change does not replace them.
    pub fn edit_workspace_saved_next<R>(
        &self,
        change: impl FnOnce(&mut Workspace) -> R,
        touched: impl FnOnce(&R) -> Vec<String>,
    ) -> Option<R> {
        let result = self.workspace.try_update(change);
        let lists = result.as_ref().map(touched).unwrap_or_default();
        self.unsaved
            .update_value(|u| u.extend(lists.iter().cloned()));
        let state = *self;
        // The page counts as saving from here: the lists are not stored yet.
        let preparing = storage::preparing_save();
        leptos::task::spawn_local(async move {
            let _preparing = preparing;
            browser::yield_now().await;
            // A large list's text (19 million characters at 100,000 customers) is written a
            // slice at a time first, so that its save, one task, only joins and hands it over.
            for id in &lists {
                while !state.write_ahead_for_a_slice(id) {
                    browser::yield_now().await;
                }
            }
            state.save(Vec::new());
        });
        result
    }

    /// Writes list `id`'s stored text ahead of its save for about [`browser::SLICE_MS`]; true
    /// when nothing is left to write ahead (or the list is gone).
    fn write_ahead_for_a_slice(&self, id: &str) -> bool {
        let start = browser::monotonic_ms();
        loop {
            let done = self.workspace.with_untracked(|w| {
                w.get(id).is_none_or(|list| {
                    self.persistence
                        .try_update_value(|p| p.write_ahead(list, 1))
                        .unwrap_or(true)
                })
            });
            if done {
                return true;
            }
            if browser::monotonic_ms() - start > browser::SLICE_MS {
                return false;
            }
        }
    }

    /// Analyses `list` in steps, yielding to the browser between them (calling `progress` with
    /// the number of stages done), then adds it to the workspace as the open list, shown in the
    /// task that adds it and saved after (see [`AppState::edit_workspace_saved_next`]). The
    /// workspace is not touched before: the views go on showing the open list and its analysis,
    /// and an analysis never stands beside a list it was not made of. `None`, and the list
    /// dropped, when `cancelled` says so at a step.
    pub async fn add_analysed_in_steps(
        &self,
        list: CustomerList,
        progress: impl Fn(usize),
        cancelled: impl Fn() -> bool,
    ) -> Option<String> {
        let settings = analysed_settings(&list.settings);
        let revision = list.customers.revision();
        let mut done = 0;
        // Each stage timed from the end of the yield before it, as "vp:stage <name>".
        let resumed = std::rc::Rc::new(std::cell::Cell::new(browser::monotonic_ms()));
        let mut step = |step: Step| -> StepEnd {
            match step {
                Step::Ended(stage) => {
                    browser::measure_since(&format!("vp:stage {stage}"), resumed.get());
                    done += 1;
                    progress(done);
                }
                Step::Midway => browser::measure_since("vp:stage (part)", resumed.get()),
            }
            let resumed = resumed.clone();
            Box::pin(async move {
                browser::yield_now().await;
                resumed.set(browser::monotonic_ms());
            })
        };
        let analysis = {
            // From the first step to the last, the yields between them included.
            let _timing = browser::Measure::start("vp:analyse-in-steps");
            let steps = analyse_in_steps(&list.customers, &settings, &mut step);
            browser::unless_cancelled(steps, cancelled).await?
        };
        self.analysed_ahead
            .set_value(Some((revision, settings, analysis)));
        let added = self.edit_workspace_saved_next(|w| w.add(list), |id| vec![id.clone()]);
        // The analysis takes the one made ahead now, whatever view is open: left waiting
        // while a view that shows none is open, it would be held beside the previous list's.
        self.analysis.with_untracked(|_| ());
        added
    }

    /// Deletes a list from memory and storage.
    pub fn delete_list(&self, id: &str) {
        let view = self.view.get_untracked().key();
        let removed = self.workspace.try_update(|w| w.delete(id)).flatten();
        if removed.is_some() {
            self.undo.update(|u| u.forget_list(id));
            self.unsaved.update_value(|u| {
                u.remove(id);
            });
            let result = self.workspace.with_untracked(|w| {
                self.persistence
                    .try_update_value(|p| p.delete_list(w, id, view))
            });
            if let Some(Err(e)) = result {
                self.report(&e);
            }
        }
    }

    pub fn set_view(&self, view: View) {
        self.view.set(view);
        self.save(Vec::new());
    }

    /// Puts the pristine demo list back: resets the existing demo list or adds a new one.
    pub fn restore_demo(&self) {
        let id = self
            .workspace
            .try_update(|w| match w.lists.iter_mut().find(|l| l.is_demo) {
                Some(list) => {
                    let fresh = demo_list(&list.id, &list.name);
                    *list = fresh;
                    let id = list.id.clone();
                    w.current = id.clone();
                    id
                }
                None => w.add(demo_list("", DEMO_NAME)),
            });
        self.save(id.into_iter().collect());
        self.announce(Message::new("demo.restored", &[]));
    }
}

/// A list's name as shown. The demo list keeps the name it was made with, [`DEMO_NAME`], until
/// the user renames it; so named it is called by the page's word for it in the active language.
pub fn list_name(list: &CustomerList) -> String {
    if list.is_demo && list.name == DEMO_NAME {
        t("demo.name")
    } else {
        list.name.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backup_reminder_waits_a_week_and_only_for_own_work() {
        const DAY: f64 = 86_400_000.0;
        let now = 1_800_000_000_000.0;
        assert!(backup_due(true, None, now), "never backed up");
        assert!(
            !backup_due(false, None, now),
            "only the demo: nothing to lose"
        );
        assert!(!backup_due(true, Some(now - 6.9 * DAY), now));
        assert!(backup_due(true, Some(now - 7.1 * DAY), now));
    }
}
