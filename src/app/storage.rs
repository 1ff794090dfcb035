//! Where the page keeps its documents: IndexedDB when the browser offers it (lists of any size,
//! each save one transaction), else localStorage (about 5 MB, as before).
//!
//! [`Persistence`](crate::io::store::Persistence) works on a synchronous [`Store`], so the
//! IndexedDB store keeps every document in memory as well: reads answer from there at once,
//! writes change it at once and are queued to IndexedDB. Everything queued by one piece of
//! synchronous code (a list and the index) goes into one transaction, which a list's save only
//! commits over the revision this window read; a refusal puts the stored documents back in
//! memory and is reported to the page. Other windows hear of each commit on a
//! BroadcastChannel and read the documents again.

use crate::app::browser::{monotonic_ms, yield_now, LocalStore, SLICE_MS};
use crate::io::store::{
    doc_revision, is_document_key, is_list_key, revision_from_head, DocText, Store, StoreError,
    TextPart, INDEX_KEY, LIST_KEY_PREFIX, REVISION_HEAD,
};
use idb::{
    Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode, TransactionResult,
};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

const DATABASE: &str = "value-pyramid";
/// Version 2 added [`REVISIONS`], version 3 lists stored in [`PARTS`]. A tab still running a
/// build of an earlier version keeps the database at that version until it is reloaded or
/// closed (version 1 never learnt to let go; later ones tell their user), so no build that
/// reads, checks or writes lists another way can open the database once a newer one has.
const DATABASE_VERSION: u32 = 3;
const DOCUMENTS: &str = "documents";
/// Each stored list's revision under the list's key, written in the transaction that writes the
/// list: a save checks what another window stored by reading a number, not the list's text (19
/// million characters at 100,000 customers, which the browser copies out whole).
const REVISIONS: &str = "revisions";
/// A list's text in the parts the saver keeps it in (its head, its customers a thousand at a
/// time, its tail), each under `[list key, place]`; the list's key in [`DOCUMENTS`]
/// then holds `{ parts: n }`. A save writes only the parts that changed: after an edit of one
/// customer, the head (the revision is in it) and that customer's thousand, where handing the
/// browser the whole text of 100,000 customers took 31 ms of the save's task (it copies and
/// compresses what it is given). Lists stored whole, as text, before version 3 are read as
/// they are.
const PARTS: &str = "parts";
const CHANNEL: &str = "value-pyramid/saved";

/// Which of the browser's stores keeps the lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKind {
    IndexedDb,
    LocalStorage,
}

/// The page's store of documents.
#[derive(Clone)]
pub enum PageStore {
    Idb(IdbStore),
    Local(LocalStore),
}

/// Called with the keys of a refused transaction and why.
type RefusalHandler = Rc<dyn Fn(Vec<String>, StoreError)>;
/// Called with the key of a document another window changed.
type ChangeHandler = Rc<dyn Fn(String)>;

/// A document held in memory, with its revision when it is a list.
struct Doc {
    body: Body,
    revision: u64,
}

/// A document's text where it is cheapest to hold: a list of 100,000 customers is 19 million
/// characters, and WebAssembly memory, once grown, is never given back.
#[derive(Clone)]
enum Body {
    /// As read from IndexedDB: a JavaScript string, outside WebAssembly memory, copied in only
    /// when read (at start, the page reads each list once).
    Stored(js_sys::JsString),
    /// As written by this window: the parts share the customers' text the saver keeps
    /// ([`DocText`]), so the document costs no second copy; it becomes one JavaScript string
    /// only when its write is handed to IndexedDB. Also a stored list once read, packed.
    Written(DocText),
}

impl Body {
    fn text(&self) -> String {
        match self {
            Body::Stored(text) => String::from(text),
            Body::Written(text) => text.joined(),
        }
    }

    fn equals(&self, other: &str) -> bool {
        match self {
            Body::Stored(text) => text == other,
            Body::Written(text) => text.equals(other),
        }
    }
}

/// A written text as one JavaScript string, the parts copied over one by one (the engine joins
/// them without a joined copy in WebAssembly memory).
fn js_text(text: &DocText) -> js_sys::JsString {
    text.parts()
        .iter()
        .fold(js_sys::JsString::from(""), |whole, part| {
            whole.concat(&js_sys::JsString::from(&*part.text()))
        })
}

impl Doc {
    /// A document as read from IndexedDB or another store; a list's revision is read from the
    /// head of its text.
    fn stored(key: &str, text: js_sys::JsString) -> Doc {
        let revision = if is_list_key(key) {
            js_revision(&text)
        } else {
            0
        };
        Doc {
            body: Body::Stored(text),
            revision,
        }
    }
}

/// The revision written into a stored list, from the head of its text when that settles it.
fn js_revision(text: &js_sys::JsString) -> u64 {
    let head = String::from(text.slice(0, REVISION_HEAD as u32));
    revision_from_head(&head).unwrap_or_else(|| doc_revision(&String::from(text)))
}

/// A document's text written whole, and its revision when it is a list.
fn written_whole(key: &str, text: &str) -> (DocText, u64) {
    let text = DocText::whole(text);
    let revision = if is_list_key(key) { text.revision() } else { 0 };
    (text, revision)
}

/// One queued change: a document written (`Some`) or removed (`None`), and what the
/// transaction must find stored for it to go in.
struct Op {
    key: String,
    value: Option<DocText>,
    /// The written list's revision (0 for any other document).
    revision: u64,
    expected: Expect,
}

/// What a change was built on.
enum Expect {
    /// Nothing: written as it is.
    Nothing,
    /// A list: the revision this window read (`None`: no document). Another one stored means
    /// another window saved or deleted the list: the whole transaction is refused.
    Revision(Option<u64>),
    /// The index: the text this window read. Another text stored means another window changed
    /// the index meanwhile: this one is not written, and the page merges the two and saves again.
    Text(Option<String>),
}

struct Inner {
    db: Database,
    docs: RefCell<BTreeMap<String, Doc>>,
    queue: RefCell<Vec<Op>>,
    /// Keys of the transaction under way.
    in_flight: RefCell<Vec<String>>,
    /// The parts of each list as this window last committed them: a part still the same
    /// (`Rc::ptr_eq`) need not be written again. Forgotten whenever what is stored may differ
    /// (another window's save taken, a refusal).
    written_parts: RefCell<BTreeMap<String, Written>>,
    /// This window's mark on what it writes: its own, and a count of its commits.
    window: String,
    commits: Cell<u64>,
    draining: Cell<bool>,
    /// Keys another window changed while this one had its own change to them under way.
    deferred: RefCell<Vec<String>>,
    channel: Option<web_sys::BroadcastChannel>,
    on_refused: RefCell<Option<RefusalHandler>>,
    on_change: RefCell<Option<ChangeHandler>>,
    on_index_stale: RefCell<Option<Rc<dyn Fn()>>>,
    newer_version: NewerVersion,
}

/// Whether a tab of a newer build asked for the database at a higher version (it waits until
/// this one is reloaded or closed), and whom to tell.
#[derive(Clone, Default)]
struct NewerVersion {
    waiting: Rc<Cell<bool>>,
    on_newer: Rc<RefCell<Option<Handler>>>,
}

/// Called when something happens the page tells its user of.
type Handler = Rc<dyn Fn()>;

impl NewerVersion {
    /// Listens from the moment the database is open, for as many asks as come (a second newer
    /// tab, the waiting one reloaded).
    fn listen(&self, db: Database) -> Database {
        let db = web_sys::IdbDatabase::from(db);
        let this = self.clone();
        let callback = Closure::<dyn Fn()>::new(move || {
            this.waiting.set(true);
            let handler = this.on_newer.borrow().clone();
            if let Some(handler) = handler {
                handler();
            }
        });
        db.set_onversionchange(Some(callback.as_ref().unchecked_ref()));
        // The connection lives as long as the page.
        callback.forget();
        Database::from(db)
    }

    fn on_newer(&self, on_newer: Handler) {
        *self.on_newer.borrow_mut() = Some(on_newer.clone());
        if self.waiting.get() {
            on_newer();
        }
    }
}

/// Why IndexedDB was not opened.
enum Opening {
    /// A newer build of the page has upgraded the database since this page was loaded: its
    /// lists are in a form this build may not read or write.
    NewerVersion,
    Failed(String),
}

impl From<idb::Error> for Opening {
    fn from(e: idb::Error) -> Opening {
        match e {
            idb::Error::DomException(e) if e.name() == "VersionError" => Opening::NewerVersion,
            other => Opening::Failed(other.to_string()),
        }
    }
}

/// Documents in IndexedDB, mirrored in memory.
#[derive(Clone)]
pub struct IdbStore {
    inner: Rc<Inner>,
}

thread_local! {
    static OPENED: OnceCell<PageStore> = const { OnceCell::new() };
    /// Saves being prepared before they reach the store (see [`preparing_save`]).
    static PREPARING: Cell<usize> = const { Cell::new(0) };
}

/// Marks a save being prepared (a large import analysed, a list's text written a slice at a
/// time) until the guard is dropped: the page counts as saving, as it does while IndexedDB
/// writes (`<html data-saving>`; and, with IndexedDB, a warning before the tab is closed).
pub fn preparing_save() -> PreparingSave {
    PREPARING.with(|p| p.set(p.get() + 1));
    mark_saving(true);
    PreparingSave(())
}

/// See [`preparing_save`].
#[must_use = "the save counts as prepared only while the guard is held"]
pub struct PreparingSave(());

impl Drop for PreparingSave {
    fn drop(&mut self) {
        let left = PREPARING.with(|p| {
            p.set(p.get().saturating_sub(1));
            p.get()
        });
        let writing = OPENED.with(|cell| {
            cell.get()
                .is_some_and(|s| matches!(s, PageStore::Idb(idb) if idb.inner.draining.get()))
        });
        if left == 0 && !writing {
            mark_saving(false);
        }
    }
}

fn preparing() -> bool {
    PREPARING.with(|p| p.get() > 0)
}

/// Opens the page's store once, before the page is drawn: IndexedDB with every document read
/// into memory and earlier localStorage documents moved over, or localStorage when IndexedDB
/// cannot be opened (some private windows, policies).
pub async fn open() -> PageStore {
    let store = match IdbStore::open().await {
        Ok(store) => PageStore::Idb(store),
        Err(Opening::NewerVersion) => {
            // Falling back to localStorage would show no lists and keep new work where the
            // newer build never looks: the page says why and is not drawn.
            notice::show("storage.newer_version_stored");
            std::future::pending::<()>().await;
            unreachable!("a pending future never ends")
        }
        Err(Opening::Failed(why)) => {
            web_sys::console::warn_1(&format!("IndexedDB not used: {why}").into());
            PageStore::Local(LocalStore)
        }
    };
    OPENED.with(|cell| {
        let _ = cell.set(store.clone());
    });
    store
}

/// The store opened at start (localStorage if the page is used before, as in a panic banner).
pub fn page_store() -> PageStore {
    OPENED.with(|cell| cell.get().cloned().unwrap_or(PageStore::Local(LocalStore)))
}

impl PageStore {
    pub fn kind(&self) -> StorageKind {
        match self {
            PageStore::Idb(_) => StorageKind::IndexedDb,
            PageStore::Local(_) => StorageKind::LocalStorage,
        }
    }

    /// Calls `on_change` with the key of every document another window of this page changes.
    pub fn on_change(&self, on_change: impl Fn(String) + 'static) {
        match self {
            PageStore::Idb(store) => {
                *store.inner.on_change.borrow_mut() = Some(Rc::new(on_change));
            }
            PageStore::Local(_) => crate::app::browser::on_storage_change(on_change),
        }
    }

    /// Calls `on_stale` when this window's index was not written because another window had
    /// changed it: the page then takes the stored one and saves its own merged with it.
    pub fn on_index_stale(&self, on_stale: impl Fn() + 'static) {
        if let PageStore::Idb(store) = self {
            *store.inner.on_index_stale.borrow_mut() = Some(Rc::new(on_stale));
        }
    }

    /// Calls `on_newer` when a tab of a newer build of the page waits for this one to let the
    /// database go (at once if one already does).
    pub fn on_newer_version(&self, on_newer: impl Fn() + 'static) {
        if let PageStore::Idb(store) = self {
            store.inner.newer_version.on_newer(Rc::new(on_newer));
        }
    }

    /// Calls `on_refused` when IndexedDB refuses a transaction it was handed earlier, with the
    /// keys it held (already back to what is stored) and why. localStorage refuses at once.
    pub fn on_refused(&self, on_refused: impl Fn(Vec<String>, StoreError) + 'static) {
        if let PageStore::Idb(store) = self {
            *store.inner.on_refused.borrow_mut() = Some(Rc::new(on_refused));
        }
    }
}

impl Store for PageStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            PageStore::Idb(s) => s.read(key),
            PageStore::Local(s) => s.read(key),
        }
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            PageStore::Idb(s) => s.write(key, value),
            PageStore::Local(s) => s.write(key, value),
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            PageStore::Idb(s) => s.remove(key),
            PageStore::Local(s) => s.remove(key),
        }
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        match self {
            PageStore::Idb(s) => s.keys(),
            PageStore::Local(s) => s.keys(),
        }
    }

    fn revision(&self, key: &str) -> Result<Option<u64>, StoreError> {
        match self {
            PageStore::Idb(s) => s.revision(key),
            PageStore::Local(s) => s.revision(key),
        }
    }

    fn write_list(&mut self, key: &str, value: DocText, revision: u64) -> Result<(), StoreError> {
        match self {
            PageStore::Idb(s) => s.write_list(key, value, revision),
            PageStore::Local(s) => s.write_list(key, value, revision),
        }
    }
}

impl Store for IdbStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        let (text, stored) = match self.inner.docs.borrow().get(key) {
            Some(doc) => (doc.body.text(), matches!(doc.body, Body::Stored(_))),
            None => return Ok(None),
        };
        // A list is read whole once (at start, or when another window saved it): from then
        // on it is held packed in WebAssembly memory (19 million characters of 100,000
        // customers in 3 MB) rather than as the JavaScript string IndexedDB gave, which
        // counts as much as the whole analysis. Left as it is when the documents are in use
        // (the panic banner reading them for its backup).
        if stored && is_list_key(key) {
            if let Ok(mut docs) = self.inner.docs.try_borrow_mut() {
                if let Some(doc) = docs.get_mut(key) {
                    doc.body = Body::Written(DocText::packed(&text));
                }
            }
        }
        Ok(Some(text))
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let (text, revision) = written_whole(key, value);
        self.write_doc(key, text, revision)
    }

    fn write_list(&mut self, key: &str, value: DocText, revision: u64) -> Result<(), StoreError> {
        self.write_doc(key, value, revision)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.docs.borrow_mut().remove(key);
        self.enqueue(Op {
            key: key.to_string(),
            value: None,
            revision: 0,
            expected: Expect::Nothing,
        });
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.inner.docs.borrow().keys().cloned().collect())
    }

    fn revision(&self, key: &str) -> Result<Option<u64>, StoreError> {
        Ok(self.inner.docs.borrow().get(key).map(|d| d.revision))
    }
}

impl IdbStore {
    /// Keeps the document in memory (what reads answer) and queues its writing, which must
    /// find stored what this window last knew of the key.
    fn write_doc(&mut self, key: &str, text: DocText, revision: u64) -> Result<(), StoreError> {
        // The old text goes before the new one is kept, and memory and the queue share the new
        // one's parts: held three times over, a large list's text made the page's peak memory.
        let previous = self.inner.docs.borrow_mut().remove(key);
        let expected = if is_list_key(key) {
            Expect::Revision(previous.map(|d| d.revision))
        } else if key == INDEX_KEY {
            Expect::Text(previous.map(|d| d.body.text()))
        } else {
            Expect::Nothing
        };
        let doc = Doc {
            body: Body::Written(text.clone()),
            revision,
        };
        self.inner.docs.borrow_mut().insert(key.to_string(), doc);
        self.enqueue(Op {
            key: key.to_string(),
            value: Some(text),
            revision,
            expected,
        });
        Ok(())
    }

    async fn open() -> Result<IdbStore, Opening> {
        let db = open_database().await.map_err(Opening::from)?;
        let newer_version = NewerVersion::default();
        let db = newer_version.listen(db);
        let stored = match read_all(&db).await {
            Ok(stored) => stored,
            Err(e) => {
                // Held open, it would keep a newer build's tab waiting for this one.
                db.close();
                return Err(Opening::from(e));
            }
        };
        let docs = stored
            .into_iter()
            .map(|(key, text)| {
                let doc = Doc::stored(&key, text);
                (key, doc)
            })
            .collect();
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
        let store = IdbStore {
            inner: Rc::new(Inner {
                db,
                docs: RefCell::new(docs),
                queue: RefCell::new(Vec::new()),
                in_flight: RefCell::new(Vec::new()),
                written_parts: RefCell::new(BTreeMap::new()),
                window: format!("{:x}", (js_sys::Math::random() * 2f64.powi(53)) as u64),
                commits: Cell::new(0),
                draining: Cell::new(false),
                deferred: RefCell::new(Vec::new()),
                channel,
                on_refused: RefCell::new(None),
                on_change: RefCell::new(None),
                on_index_stale: RefCell::new(None),
                newer_version,
            }),
        };
        if let Err(why) = store.move_from_local_storage().await {
            store.inner.db.close();
            return Err(Opening::Failed(why));
        }
        store.listen_to_other_windows();
        store.warn_before_leaving_unsaved();
        Ok(store)
    }

    /// Moves the documents an earlier version kept in localStorage into IndexedDB, in one
    /// transaction, and removes them from localStorage only once it committed. When IndexedDB
    /// already holds documents, only copies identical to them are removed: nothing differing
    /// is lost.
    async fn move_from_local_storage(&self) -> Result<(), String> {
        let mut local = LocalStore;
        let Ok(keys) = local.keys() else {
            return Ok(());
        };
        let found: Vec<(String, String)> = keys
            .into_iter()
            .filter(|k| is_document_key(k))
            .filter_map(|k| local.read(&k).ok().flatten().map(|text| (k, text)))
            .collect();
        if found.is_empty() {
            return Ok(());
        }
        let has_documents = self.inner.docs.borrow().keys().any(|k| is_document_key(k));
        if has_documents {
            let docs = self.inner.docs.borrow();
            for (key, text) in &found {
                if docs.get(key).is_some_and(|d| d.body.equals(text)) {
                    let _ = local.remove(key);
                }
            }
            return Ok(());
        }
        let batch: Vec<Op> = found
            .iter()
            .map(|(key, text)| {
                let (text, revision) = written_whole(key, text);
                Op {
                    key: key.clone(),
                    value: Some(text),
                    revision,
                    expected: Expect::Nothing,
                }
            })
            .collect();
        commit(&self.inner, &batch)
            .await
            .map_err(|e| e.to_string())?;
        // Held as stored from here: outside WebAssembly memory until read.
        let mut docs = self.inner.docs.borrow_mut();
        for ((key, text), op) in found.into_iter().zip(batch) {
            let _ = local.remove(&key);
            let doc = Doc {
                body: Body::Stored(js_sys::JsString::from(text.as_str())),
                revision: op.revision,
            };
            docs.insert(key, doc);
        }
        Ok(())
    }

    fn enqueue(&self, op: Op) {
        {
            let mut queue = self.inner.queue.borrow_mut();
            // Only the last text of a document matters; the revision to find stored is the
            // one the first queued change expected.
            match queue.iter_mut().find(|q| q.key == op.key) {
                Some(queued) => {
                    queued.value = op.value;
                    queued.revision = op.revision;
                }
                None => queue.push(op),
            }
        }
        if !self.inner.draining.replace(true) {
            mark_saving(true);
            let inner = self.inner.clone();
            // Runs once the synchronous code that queued the change is done, so that a list
            // and the index saved together share one transaction.
            wasm_bindgen_futures::spawn_local(drain(inner));
        }
    }

    fn listen_to_other_windows(&self) {
        let Some(channel) = &self.inner.channel else {
            return;
        };
        let weak = Rc::downgrade(&self.inner);
        let callback =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let Some(inner) = weak.upgrade() else {
                    return;
                };
                let keys: Vec<String> = js_sys::Array::from(&event.data())
                    .iter()
                    .filter_map(|k| k.as_string())
                    .collect();
                wasm_bindgen_futures::spawn_local(take_from_another_window(inner, keys));
            });
        channel.set_onmessage(Some(callback.as_ref().unchecked_ref()));
        // The page lives as long as the listener is needed.
        callback.forget();
    }

    /// Asks the user to stay while a save is still being written: closing the tab then would
    /// keep the previous version, but lose the last change.
    fn warn_before_leaving_unsaved(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let weak = Rc::downgrade(&self.inner);
        let callback = Closure::<dyn Fn(web_sys::BeforeUnloadEvent)>::new(
            move |event: web_sys::BeforeUnloadEvent| {
                if weak.upgrade().is_some_and(|inner| inner.draining.get()) || preparing() {
                    event.prevent_default();
                    event.set_return_value("saving");
                }
            },
        );
        let _ = window
            .add_event_listener_with_callback("beforeunload", callback.as_ref().unchecked_ref());
        callback.forget();
    }
}

/// Marks the page while a save is being written (`<html data-saving>`), for tests and styles.
fn mark_saving(on: bool) {
    crate::app::browser::mark_root("data-saving", on);
}

/// Writes what is queued, one transaction at a time, until nothing is left.
async fn drain(inner: Rc<Inner>) {
    loop {
        let batch = std::mem::take(&mut *inner.queue.borrow_mut());
        if batch.is_empty() {
            inner.draining.set(false);
            if !preparing() {
                mark_saving(false);
            }
            break;
        }
        let keys: Vec<String> = batch.iter().map(|op| op.key.clone()).collect();
        *inner.in_flight.borrow_mut() = keys.clone();
        let outcome = commit(&inner, &batch).await;
        inner.in_flight.borrow_mut().clear();
        match outcome {
            Ok(Committed { index_stale }) => {
                if index_stale {
                    index_was_stale(&inner).await;
                }
                // One message per transaction, its keys in order: a new list arrives before
                // the index that names it.
                if let Some(channel) = &inner.channel {
                    let message: js_sys::Array =
                        keys.iter().map(|k| JsValue::from_str(k)).collect();
                    let _ = channel.post_message(&message);
                }
            }
            Err(error) => refused(&inner, keys, error).await,
        }
        let deferred = std::mem::take(&mut *inner.deferred.borrow_mut());
        if !deferred.is_empty() {
            take_from_another_window(inner.clone(), deferred).await;
        }
    }
}

/// A refused transaction: changes queued since to the same documents were built on it and go
/// too; memory gets the stored documents back; the page hears which and why.
async fn refused(inner: &Rc<Inner>, keys: Vec<String>, error: StoreError) {
    inner
        .queue
        .borrow_mut()
        .retain(|op| !keys.contains(&op.key));
    for key in &keys {
        let stored = read_one(&inner.db, key).await.ok().flatten();
        hold_as_stored(inner, key, stored);
    }
    let handler = inner.on_refused.borrow().clone();
    if let Some(handler) = handler {
        handler(keys, error);
    }
}

/// Memory takes what IndexedDB holds for `key` (`None`: nothing).
fn hold_as_stored(inner: &Inner, key: &str, stored: Option<js_sys::JsString>) {
    inner.written_parts.borrow_mut().remove(key);
    let mut docs = inner.docs.borrow_mut();
    match stored {
        Some(text) => {
            let doc = Doc::stored(key, text);
            docs.insert(key.to_string(), doc);
        }
        None => {
            docs.remove(key);
        }
    }
}

/// Another window changed the index while this one's was being written: memory takes the
/// stored index, the page takes the lists it names and saves its own merged with it.
async fn index_was_stale(inner: &Rc<Inner>) {
    if let Ok(Some(text)) = read_one(&inner.db, INDEX_KEY).await {
        hold_as_stored(inner, INDEX_KEY, Some(text));
    }
    let handler = inner.on_index_stale.borrow().clone();
    if let Some(handler) = handler {
        handler();
    }
}

/// Another window committed changes to `keys`: memory takes the stored documents and the page
/// hears of each, in order. A key this window has its own change to under way is left to that
/// change's transaction, and looked at again once it is settled.
async fn take_from_another_window(inner: Rc<Inner>, keys: Vec<String>) {
    let busy_with = |key: &String| {
        inner.queue.borrow().iter().any(|op| op.key == *key)
            || inner.in_flight.borrow().contains(key)
    };
    let mut taken = Vec::new();
    for key in keys {
        if busy_with(&key) {
            inner.deferred.borrow_mut().push(key);
            continue;
        }
        let Ok(stored) = read_one(&inner.db, &key).await else {
            continue;
        };
        // This window may have changed it while the document was read.
        if busy_with(&key) {
            inner.deferred.borrow_mut().push(key);
            continue;
        }
        hold_as_stored(&inner, &key, stored);
        taken.push(key);
    }
    let handler = inner.on_change.borrow().clone();
    if let Some(handler) = handler {
        for key in taken {
            handler(key);
        }
    }
}

async fn open_database() -> Result<Database, idb::Error> {
    let factory = Factory::new()?;
    let mut request = factory.open(DATABASE, Some(DATABASE_VERSION))?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = event.database() {
            let names = db.store_names();
            for name in [DOCUMENTS, REVISIONS, PARTS] {
                if !names.iter().any(|n| n == name) {
                    let _ = db.create_object_store(name, ObjectStoreParams::new());
                }
            }
        }
    });
    request.on_blocked(|_| notice::show("storage.older_tab_open"));
    let opened = request.await;
    notice::remove();
    opened
}

/// What the page says when it cannot open the database yet: while a tab still running an older
/// build holds it at an older version (the upgrade waits until that tab is reloaded or closed),
/// or when a newer build has upgraded it since this page was loaded. The page itself is not
/// drawn, so the notice is an element of its own.
mod notice {
    use std::cell::Cell;

    const ID: &str = "vp-storage-notice";

    thread_local! {
        static WAITING: Cell<bool> = const { Cell::new(false) };
    }

    /// Shows the message of `key` until [`remove`].
    pub fn show(key: &'static str) {
        WAITING.with(|w| w.set(true));
        // The language's file may still be on its way: the notice is written in the language
        // the page opens in once it is there.
        wasm_bindgen_futures::spawn_local(async move {
            let lang = crate::app::initial_language();
            if crate::app::browser::load_language(lang).await {
                crate::i18n::set_lang(lang);
            }
            if !WAITING.with(Cell::get) {
                return;
            }
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let (Ok(notice), Some(body)) = (document.create_element("p"), document.body()) else {
                return;
            };
            notice.set_id(ID);
            let _ = notice.set_attribute("role", "alert");
            let _ = notice.set_attribute("class", "banner info");
            let _ = notice.set_attribute("lang", crate::i18n::lang().code());
            notice.set_text_content(Some(&crate::i18n::t(key)));
            let _ = body.append_child(&notice);
        });
    }

    pub fn remove() {
        if !WAITING.with(|w| w.replace(false)) {
            return;
        }
        let notice = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(ID));
        if let Some(notice) = notice {
            notice.remove();
        }
    }
}

async fn read_all(db: &Database) -> Result<BTreeMap<String, js_sys::JsString>, idb::Error> {
    let tx = db.transaction(&[DOCUMENTS, PARTS], TransactionMode::ReadOnly)?;
    let store = tx.object_store(DOCUMENTS)?;
    let keys = store.get_all_keys(None, None)?.await?;
    let values = store.get_all(None, None)?.await?;
    let parts = tx.object_store(PARTS)?;
    let part_keys = parts.get_all_keys(None, None)?.await?;
    let part_values = parts.get_all(None, None)?.await?;
    let mut parts: BTreeMap<(String, usize), js_sys::JsString> = part_keys
        .into_iter()
        .zip(part_values)
        .filter_map(|(k, v)| Some((part_of(&k)?, v.dyn_into().ok()?)))
        .collect();
    Ok(keys
        .into_iter()
        .zip(values)
        .filter_map(|(k, v)| {
            let key = k.as_string()?;
            let text = match part_count(&v) {
                Some(count) => joined((0..count).map(|place| parts.remove(&(key.clone(), place)))),
                None => v.dyn_into::<js_sys::JsString>().ok()?,
            };
            Some((key, text))
        })
        .collect())
}

async fn read_one(db: &Database, key: &str) -> Result<Option<js_sys::JsString>, idb::Error> {
    let tx = db.transaction(&[DOCUMENTS, PARTS], TransactionMode::ReadOnly)?;
    let store = tx.object_store(DOCUMENTS)?;
    let Some(value) = store.get(JsValue::from_str(key))?.await? else {
        return Ok(None);
    };
    let Some(count) = part_count(&value) else {
        return Ok(value.dyn_into::<js_sys::JsString>().ok());
    };
    let parts = tx.object_store(PARTS)?;
    let places = parts
        .get_all_keys(Some(parts_from(key, 0)?.into()), None)?
        .await?;
    let values = parts
        .get_all(Some(parts_from(key, 0)?.into()), None)?
        .await?;
    let mut stored: BTreeMap<usize, js_sys::JsString> = places
        .iter()
        .zip(values)
        .filter_map(|(k, v)| Some((part_of(k)?.1, v.dyn_into().ok()?)))
        .collect();
    Ok(Some(joined((0..count).map(|place| stored.remove(&place)))))
}

/// The key of a list's `place`-th part in [`PARTS`]: `[list key, place]`, so that a list's
/// parts are one range of keys, in the order of their places, whatever its id holds.
fn part_key(list_key: &str, place: usize) -> JsValue {
    js_sys::Array::of2(
        &JsValue::from_str(list_key),
        &JsValue::from_f64(place as f64),
    )
    .into()
}

/// The list key and place of a key in [`PARTS`].
fn part_of(key: &JsValue) -> Option<(String, usize)> {
    let key = key.dyn_ref::<js_sys::Array>()?;
    Some((key.get(0).as_string()?, key.get(1).as_f64()? as usize))
}

/// The parts of a list from its `place`-th on.
fn parts_from(list_key: &str, place: usize) -> Result<idb::KeyRange, idb::Error> {
    idb::KeyRange::bound(
        &part_key(list_key, place),
        &js_sys::Array::of2(&JsValue::from_str(list_key), &f64::INFINITY.into()).into(),
        Some(false),
        Some(false),
    )
}

/// What a list stored in parts holds under its own key.
fn parts_marker(count: usize) -> JsValue {
    let marker = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&marker, &"parts".into(), &(count as f64).into());
    marker.into()
}

/// How many parts a list stored in parts has (`None`: the value is a whole text).
fn part_count(value: &JsValue) -> Option<usize> {
    if !value.is_object() {
        return None;
    }
    let count = js_sys::Reflect::get(value, &"parts".into())
        .ok()?
        .as_f64()?;
    Some(count as usize)
}

/// The parts as one text. With a part missing (which no save of this page leaves) the rest
/// could still read as a list with customers left out: the text is marked so that it reads as
/// unreadable instead, kept as found and never written over.
fn joined(parts: impl Iterator<Item = Option<js_sys::JsString>>) -> js_sys::JsString {
    let mut missing = false;
    let whole = parts.fold(js_sys::JsString::from(""), |whole, part| match part {
        Some(part) => whole.concat(&part),
        None => {
            missing = true;
            whole
        }
    });
    if missing {
        js_sys::JsString::from("(a part of this list is missing) ").concat(&whole)
    } else {
        whole
    }
}

/// What a committed transaction did.
struct Committed {
    /// The index was left out: another window had changed it.
    index_stale: bool,
}

/// A list's parts as this window committed them, and the mark of that commit.
struct Written {
    mark: String,
    parts: Vec<Rc<TextPart>>,
}

/// What [`REVISIONS`] holds for a list: its revision, and the mark of the commit that wrote it
/// (none for records of database version 2, a bare number).
struct Recorded {
    revision: u64,
    mark: Option<String>,
}

impl Recorded {
    fn from_js(value: &JsValue) -> Option<Recorded> {
        if let Some(revision) = value.as_f64() {
            return Some(Recorded {
                revision: revision as u64,
                mark: None,
            });
        }
        let field = |name: &str| js_sys::Reflect::get(value, &name.into()).ok();
        Some(Recorded {
            revision: field("revision")?.as_f64()? as u64,
            mark: field("mark").and_then(|m| m.as_string()),
        })
    }

    fn to_js(&self) -> JsValue {
        let record = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&record, &"revision".into(), &(self.revision as f64).into());
        if let Some(mark) = &self.mark {
            let _ = js_sys::Reflect::set(&record, &"mark".into(), &mark.into());
        }
        record.into()
    }
}

/// What is stored of the list under `key`: the record in [`REVISIONS`], or for a list stored
/// before there were records (by a build of database version 1) its revision read from the
/// head of its text; `None` when there is no list.
async fn stored_record(stores: &ListStores, key: &str) -> Result<Option<Recorded>, StoreError> {
    let recorded = stores
        .revisions
        .get(JsValue::from_str(key))
        .map_err(idb_error)?
        .await
        .map_err(idb_error)?;
    if let Some(recorded) = recorded.as_ref().and_then(Recorded::from_js) {
        return Ok(Some(recorded));
    }
    let Some(stored) = stores
        .documents
        .get(JsValue::from_str(key))
        .map_err(idb_error)?
        .await
        .map_err(idb_error)?
    else {
        return Ok(None);
    };
    let head = match part_count(&stored) {
        Some(_) => stores
            .parts
            .get(part_key(key, 0))
            .map_err(idb_error)?
            .await
            .map_err(idb_error)?,
        None => Some(stored),
    };
    let revision = head
        .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
        .map_or(0, |text| js_revision(&text));
    Ok(Some(Recorded {
        revision,
        mark: None,
    }))
}

/// The object stores of a transaction that writes documents.
struct ListStores {
    documents: idb::ObjectStore,
    revisions: idb::ObjectStore,
    parts: idb::ObjectStore,
}

impl ListStores {
    /// Writes a document, or removes it (`None`); a list in parts, with its revision and the
    /// commit's `mark` written last, writing only the parts not already stored as `earlier`.
    /// Answers the list's parts as they will be stored, when they are worth remembering.
    fn write(
        &self,
        op: &Op,
        earlier: Option<&[Rc<TextPart>]>,
        mark: &str,
        prepared: &mut BTreeMap<usize, js_sys::JsString>,
    ) -> Result<Option<Vec<Rc<TextPart>>>, idb::Error> {
        let key = JsValue::from_str(&op.key);
        // The requests are not awaited one by one: the transaction's outcome says it all.
        if !is_list_key(&op.key) {
            match &op.value {
                Some(text) => drop(self.documents.put(&js_text(text), Some(&key))?),
                None => drop(self.documents.delete(key)?),
            }
            return Ok(None);
        }
        let Some(text) = &op.value else {
            self.documents.delete(key.clone())?;
            self.parts.delete(parts_from(&op.key, 0)?)?;
            self.revisions.delete(key)?;
            return Ok(None);
        };
        let record = Recorded {
            revision: op.revision,
            mark: Some(mark.to_string()),
        };
        // The changed parts handed over (made JavaScript strings before the transaction, see
        // `js_parts`): the browser copies them before `put` returns.
        let writing = crate::app::browser::Measure::start("vp:store-write");
        let parts = text.parts();
        for place in changed_parts(earlier, parts) {
            let part = prepared
                .remove(&place)
                .unwrap_or_else(|| js_sys::JsString::from(&*parts[place].text()));
            self.parts.put(&part, Some(&part_key(&op.key, place)))?;
        }
        drop(writing);
        self.parts.delete(parts_from(&op.key, parts.len())?)?;
        self.documents.put(&parts_marker(parts.len()), Some(&key))?;
        self.revisions.put(&record.to_js(), Some(&key))?;
        // A text in one part (a document moved over or written whole) is never a part of a
        // later save: remembered, it would only hold memory.
        Ok((parts.len() > 1).then(|| parts.to_vec()))
    }
}

/// The parts of each list of `batch` that its commit will write, made JavaScript strings
/// (each part of a packed list unpacked, then copied out of the page's memory) a slice of
/// tasks at a time, before the transaction that writes them: made in its task, the 19 parts
/// of a new list of 100,000 customers were a task of some 60 ms. A part found unchanged here
/// but to be written all the same (another window wrote the list since) is made as it is
/// written.
async fn js_parts(
    batch: &[Op],
    earlier: &[Option<Written>],
) -> Vec<BTreeMap<usize, js_sys::JsString>> {
    let _timing = crate::app::browser::Measure::start("vp:store-strings");
    let mut slice_start = monotonic_ms();
    let mut prepared = Vec::with_capacity(batch.len());
    for (op, earlier) in batch.iter().zip(earlier) {
        let mut strings = BTreeMap::new();
        if let (true, Some(text)) = (is_list_key(&op.key), &op.value) {
            let parts = text.parts();
            for place in changed_parts(earlier.as_ref().map(|w| &w.parts[..]), parts) {
                if monotonic_ms() - slice_start >= SLICE_MS {
                    yield_now().await;
                    slice_start = monotonic_ms();
                }
                strings.insert(place, js_sys::JsString::from(&*parts[place].text()));
            }
        }
        prepared.push(strings);
    }
    prepared
}

/// The places of the parts in `now` that are not the same parts as at that place in `earlier`
/// (every place when `earlier` is not known).
fn changed_parts(earlier: Option<&[Rc<TextPart>]>, now: &[Rc<TextPart>]) -> Vec<usize> {
    (0..now.len())
        .filter(|&place| {
            !earlier
                .and_then(|parts| parts.get(place))
                .is_some_and(|part| Rc::ptr_eq(part, &now[place]))
        })
        .collect()
}

/// Writes a batch in one transaction. A list whose stored revision is not the one expected
/// (another window saved or deleted it) aborts the whole transaction: nothing of it is written;
/// so does any request refused on the way.
async fn commit(inner: &Inner, batch: &[Op]) -> Result<Committed, StoreError> {
    // What is stored of these lists is known again only if this transaction commits.
    let earlier: Vec<Option<Written>> = {
        let mut written = inner.written_parts.borrow_mut();
        batch.iter().map(|op| written.remove(&op.key)).collect()
    };
    let mut prepared = js_parts(batch, &earlier).await;
    inner.commits.set(inner.commits.get() + 1);
    let mark = format!("{}-{}", inner.window, inner.commits.get());
    let tx = inner
        .db
        .transaction(&[DOCUMENTS, REVISIONS, PARTS], TransactionMode::ReadWrite)
        .map_err(idb_error)?;
    let stores = ListStores {
        documents: tx.object_store(DOCUMENTS).map_err(idb_error)?,
        revisions: tx.object_store(REVISIONS).map_err(idb_error)?,
        parts: tx.object_store(PARTS).map_err(idb_error)?,
    };
    let written = async {
        let mut index_stale = false;
        let mut now_stored = Vec::new();
        for ((op, earlier), prepared) in batch.iter().zip(earlier).zip(&mut prepared) {
            // The parts this window last committed are what is stored only if its commit was
            // the last to write the list: a revision alone can be reached again by another
            // window (a list deleted and made again under the same id).
            let mut reusable = None;
            match &op.expected {
                Expect::Nothing => {}
                Expect::Revision(expected) => {
                    let stored = stored_record(&stores, &op.key).await?;
                    if stored.as_ref().map(|r| r.revision) != *expected {
                        let id = op.key.strip_prefix(LIST_KEY_PREFIX).unwrap_or(&op.key);
                        return Err(StoreError::Conflict(id.to_string()));
                    }
                    let last_mark = stored.and_then(|r| r.mark);
                    reusable = earlier
                        .filter(|w| last_mark.as_deref() == Some(w.mark.as_str()))
                        .map(|w| w.parts);
                }
                Expect::Text(expected) => {
                    let stored = stores
                        .documents
                        .get(JsValue::from_str(&op.key))
                        .map_err(idb_error)?
                        .await
                        .map_err(idb_error)?
                        .and_then(|v| v.as_string());
                    if stored != *expected {
                        index_stale = true;
                        continue;
                    }
                }
            }
            let parts = stores
                .write(op, reusable.as_deref(), &mark, prepared)
                .map_err(idb_error)?;
            if let Some(parts) = parts {
                now_stored.push((
                    op.key.clone(),
                    Written {
                        mark: mark.clone(),
                        parts,
                    },
                ));
            }
        }
        Ok((index_stale, now_stored))
    }
    .await;
    let (index_stale, now_stored) = match written {
        Ok(written) => written,
        Err(error) => {
            // A transaction the browser already stopped says why (a full quota, say) better
            // than the request that then failed in it.
            let cause = stores.documents.transaction().error().map(dom_error);
            // Nothing of the batch goes in: requests already made would otherwise commit.
            if let Ok(aborting) = tx.abort() {
                let _ = aborting.await;
            }
            return Err(cause.unwrap_or(error));
        }
    };
    match tx.await {
        Ok(TransactionResult::Committed) => {
            inner.written_parts.borrow_mut().extend(now_stored);
            Ok(Committed { index_stale })
        }
        Ok(TransactionResult::Aborted) => Err(stores
            .documents
            .transaction()
            .error()
            .map_or(StoreError::Other("the save was stopped".into()), dom_error)),
        Err(e) => Err(idb_error(e)),
    }
}

fn dom_error(e: web_sys::DomException) -> StoreError {
    if e.name() == "QuotaExceededError" {
        StoreError::QuotaExceeded
    } else {
        StoreError::Other(e.message())
    }
}

fn idb_error(e: idb::Error) -> StoreError {
    match e {
        idb::Error::DomException(e) => dom_error(e),
        other => StoreError::Other(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_writes_only_the_parts_that_are_not_the_ones_it_wrote_before() {
        let part = |text: &str| Rc::new(TextPart::plain(text.to_string()));
        let (head, first, second, third) = (part("{"), part("[1,"), part("2]"), part("}"));
        let earlier = vec![head.clone(), first.clone(), second.clone(), third.clone()];
        // Nothing known of what is stored: every part.
        assert_eq!(changed_parts(None, &earlier), vec![0, 1, 2, 3]);
        // A new head and one customer's thousand made again.
        let edited = part("[9,");
        let now = vec![part("{"), edited, second.clone(), third.clone()];
        assert_eq!(changed_parts(Some(&earlier), &now), vec![0, 1]);
        // The same text in another part is written (texts are not compared, a million
        // characters at a time), and a part at a new place is.
        let grown = vec![
            head.clone(),
            first.clone(),
            third.clone(),
            second.clone(),
            part("!"),
        ];
        assert_eq!(changed_parts(Some(&earlier), &grown), vec![2, 3, 4]);
        // Fewer parts: none of them changed (the ones after are removed by range).
        assert!(changed_parts(Some(&earlier), &earlier[..2]).is_empty());
    }
}
